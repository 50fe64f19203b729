"""Acts dated by a weekday alone (GUIDE.md: a weekday-only date leaves a figure's period null), and the span of years
told for a scheme's own figure rather than for the figure before it."""
from __future__ import annotations

import re

from parsers.time_words import WEEKDAY

_WEEKDAY = re.compile(rf"\b{WEEKDAY}\b", re.IGNORECASE)
# An enforcement act right before or after the weekday dates the act ("arrested Tuesday evening 17", "on Tuesday
# sentenced 11"); a weekday after "said" or "announced" dates only the report.
_ACTS = (r"arrest\w*|detain\w*|nabbed|caught|rounded up|raid\w*|rescu\w*|deport\w*|repatriat\w*|charg\w*|seiz\w*|"
         r"bust\w*|intercept\w*|apprehend\w*|sentenc\w*|convict\w*|jail\w*|indict\w*")
_ACT_BEFORE = re.compile(rf"\b(?:{_ACTS})\b[^.;,]{{0,40}}$", re.IGNORECASE)
_ACT_AFTER = re.compile(rf"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:{_ACTS})\b",
                        re.IGNORECASE)  # "on Tuesday sentenced"


def names_a_weekday(text: str) -> bool:
    """Whether ``text`` dates an enforcement act by a weekday only ("arrested on Tuesday", "raided ... on Friday")."""
    if "day" not in text:
        return False
    return any(_ACT_BEFORE.search(text, max(0, m.start() - 60), m.start()) or _ACT_AFTER.match(text, m.end())
               for m in _WEEKDAY.finditer(text))


# A scheme's own window, after its own figure: "convicted ... two of her employees for their roles in a $14.3 million
# fraud scheme that ran from 2019 to 2024" (the sum's years, not the convictions')
_RAN_AFTER_SUM = re.compile(r"\d[^,;]*?\b(?:that|which) (?:had )?(?:ran|run|operated|lasted|spanned)\s+$")


def ran_after_sum(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds another figure and ends with a scheme's "that ran" before a span of years."""
    return bool(_RAN_AFTER_SUM.search(text, start, end))

