"""The time expressions of a figure's own clause, when a sentence joins clauses with their own windows.

"Between January and March, police arrested 1,240 suspects; in April alone, 640 more were detained", "Earlier this
month, officers arrested 58 people, and last month they seized 112 firearms": the time named in the figure's own
clause dates it, though only a weak expression (a bare month name, an opening "earlier this month") names it.
"""
from __future__ import annotations

from parsers.periods import TimeExpression
from parsers.scan import CLAUSE_JOIN


def own_clause_times(text: str, local_pos: int, local_end: int, strong: list[TimeExpression],
                     weak: list[TimeExpression]) -> list[TimeExpression]:
    """``strong``, or the ``weak`` expressions told in the figure's own clause before it, when that clause has no
    strong one."""
    if not (strong and weak) or not (";" in text or ", " in text):
        return strong
    breaks = [m.start() for m in CLAUSE_JOIN.finditer(text)]
    if not breaks:
        return strong
    start = max((b for b in breaks if b < local_pos), default=0)
    end = min((b for b in breaks if b >= local_end), default=len(text))
    own = [t for t in weak if start <= t.start and t.end <= local_pos]  # (told before the figure, opening its
    # clause: not "..., and seized RO 14 million, according to figures released in February")
    return own if own and not any(start <= t.start < end for t in strong) else strong
