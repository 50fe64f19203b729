"""What kind of figure a record is, and which body it is credited to.

A figure is a *level* (a count or sum for a period), a *change* ("a rise of 4,656 cases",
"up 5 %"), a *share*, or a *case* figure (about one case, "in one case, 39 were charged");
the rules compare levels only.  Its reporter is the court, prosecutors or police the sentence
credits nearest to it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from parsers.changes import ABSOLUTE_CHANGE, has_of_or_by
from parsers.reading import LocalReading
from parsers.scan import StemScanner, lowered

# A figure about one case or incident, not a total: "in one case", "a case involving 39 members".
_ONE_CASE = re.compile(r"\b(?:one|a|the|this|that) case\b(?! of\b)")  # on lower-cased text: "in one case"
# ... and the figures after "one breach alone" ("..., and one breach alone exposed the data of 9.7 million people")
_ONE_ALONE = re.compile(r"\bone (?:breach|attack|raid|scheme|scam|hack) alone\b")
_CHANGE_REACH = 60  # characters before a figure that can hold its change phrase

# The bodies a figure can be credited to, one alternation on lower-cased text (positions kept).
_REPORTER_TERMS = {"court": r"courts?|judicia\w+|judges?|tribunals?",
                   "prosecutors": r"procurator\w*|prosecutors?|prosecution service|attorney[- ]general",
                   "police": r"police|public security|constabulary"}
_REPORTERS = re.compile(r"\b(?:" + "|".join(f"(?P<{body}>{terms})" for body, terms in _REPORTER_TERMS.items()) + r")\b")
_REPORTER_SCAN = StemScanner.for_terms(_REPORTERS, _REPORTER_TERMS.values(), guard=r"\b")


@lru_cache(maxsize=64)
def _sentence_identity(sentence: str) -> tuple[tuple[tuple[int, str], ...], int]:
    """The bodies a sentence names (position, body) and where the figures of one case begin in it (0 for all of
    them, -1 for none); read once per sentence."""
    lower = lowered(sentence)
    reporters = tuple((m.start(), m.lastgroup or "") for m in _REPORTER_SCAN.finditer(lower)) \
        if _REPORTER_SCAN.may_occur(lower) else ()
    if "case" in lower and _ONE_CASE.search(lower):
        return reporters, 0
    alone = _ONE_ALONE.search(lower) if " alone" in lower else None
    return reporters, alone.start() if alone else -1


def reporter_of(sentence: str, local_pos: int) -> str | None:
    """The body a figure is credited to, the one named nearest to it in its sentence."""
    found = [(abs(pos - local_pos), body) for pos, body in _sentence_identity(sentence)[0]]
    return min(found)[1] if found else None


def kind_of(reading: LocalReading, sentence: str, local_pos: int) -> str:
    if reading.unit == "percent":
        return "share" if reading.share else "change"
    if reading.change:
        return "change"
    window = sentence[max(0, local_pos - _CHANGE_REACH):local_pos]
    if has_of_or_by(window) and ABSOLUTE_CHANGE.search(lowered(window)):
        return "change"
    one_case = _sentence_identity(sentence)[1]
    return "case" if 0 <= one_case <= local_pos else "level"
