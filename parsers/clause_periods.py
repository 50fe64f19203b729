"""The time expressions of a figure's own clause, when a sentence joins clauses with their own windows.

"Between January and March, police arrested 1,240 suspects; in April alone, 640 more were detained": the month
named in the second clause dates its figure, though only a weak expression (a bare month name) names it.
"""
from __future__ import annotations

from parsers.periods import TimeExpression


def own_clause_times(text: str, local_pos: int, local_end: int, strong: list[TimeExpression],
                     weak: list[TimeExpression]) -> list[TimeExpression]:
    """``strong``, or the ``weak`` expressions of the figure's own semicolon clause when that clause has no strong
    one of its own."""
    if not (strong and weak) or ";" not in text:
        return strong
    start, end = text.rfind(";", 0, local_pos) + 1, text.find(";", local_end) % (len(text) + 1)
    own = [t for t in weak if start <= t.start < end]
    return own if own and not any(start <= t.start < end for t in strong) else strong
