"""The time expressions of a figure's own clause, when a sentence joins clauses with their own windows.

"Between January and March, police arrested 1,240 suspects; in April alone, 640 more were detained", "Earlier this
month, officers arrested 58 people, and last month they seized 112 firearms": the time named in the figure's own
clause dates it, though only a weak expression (a bare month name, an opening "earlier this month") names it.
"""
from __future__ import annotations

import re

from parsers.periods import TimeExpression
from parsers.scan import joined_clause, lowered
from parsers.time_words import MONTHS


def own_clause_times(text: str, local_pos: int, local_end: int, strong: list[TimeExpression],
                     weak: list[TimeExpression]) -> list[TimeExpression]:
    """``strong``, or the ``weak`` expressions told in the figure's own clause before it, when that clause has no
    strong one."""
    clause = joined_clause(text, local_pos, local_end) if strong and weak else None
    if clause is None:
        return strong
    start, end = clause
    own = [t for t in weak if start <= t.start and t.end <= local_pos]  # (told before the figure, opening its
    # clause: not "..., and seized RO 14 million, according to figures released in February")
    return own if own and not any(start <= t.start < end for t in strong) else strong


# "The deadliest months were March, with 94 killings, and August, with 91": the month a figure is told with (on
# lower-cased text; full month names only)
_FULL_MONTHS = [name for name in MONTHS if len(name) > 3 and name != "sept" or name == "may"]
_MONTH_WITH = re.compile(r"\b(" + "|".join(_FULL_MONTHS) +
                         r"),?\s+with\s+(?:about\s+|some\s+|nearly\s+|more than\s+|over\s+)?$")


def month_told_with(text: str, local_pos: int, period: str | None) -> str | None:
    """The month named right before ", with" and the figure, in the year of the figure's period."""
    if not period or " with " not in text[max(0, local_pos - 25):local_pos]:
        return None
    window = lowered(text[max(0, local_pos - 90):local_pos])
    month = _MONTH_WITH.search(window, max(0, len(window) - 40))
    if not (month and period[:4].isdigit() and _LISTED_MONTH_BEFORE.search(window, 0, month.start()) and
            not _RANGE_BEFORE.search(window, 0, month.start())):
        return None  # (not "since its enactment last July, with 64 of them", nor "between June and August, with")
    return f"{period[:4]}-{MONTHS[month.group(1)]:02d}"


_LISTED_MONTH_BEFORE = re.compile(r"(?:\b(?:were|was|are|is)|,|,\s+and)\s+$")  # "months were January, ..., and July"
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+\w+\s+(?:and|to)\s+$")


# Two figures told for two years in turn: "seized 4.1 and 5.3 tonnes of cannabis in 2024 and 2025 respectively"
_YEARS_IN_TURN = re.compile(r"\b(?:in|for) ((?:19|20)\d\d) and ((?:19|20)\d\d)(?:,? respectively)?\b(?![-–/]\d)")


def years_in_turn(text: str, positions: list[int]) -> dict[int, str]:
    """The year of each of two figures joined by "and" and told for two years, by the figures' index ("4.1 and 5.3
    tonnes ... in 2024 and 2025 (respectively)": 4.1 is 2024's, 5.3 is 2025's)."""
    found = _YEARS_IN_TURN.search(text)
    figures = [i for i, pos in enumerate(positions) if found and pos < found.start()]
    if len(figures) < 2 or not text[positions[figures[-2]]:positions[figures[-1]]].rstrip().endswith(" and"):
        return {}
    return {figures[-2]: found.group(1), figures[-1]: found.group(2)}  # type: ignore[union-attr]
