"""What kind of figure a record is, and which body it is credited to.

A figure is a *level* (a count or sum for a period), a *change* ("a rise of 4,656 cases",
"up 5 %"), a *share*, or a *case* figure (about one case, "in one case, 39 were charged");
the rules compare levels only.  Its reporter is the court, prosecutors or police the sentence
credits nearest to it.
"""
from __future__ import annotations

import re

from parsers.classify import LocalReading

_ABSOLUTE_CHANGE = re.compile(
    r"\b(?:(?:drop|decrease|fall|decline|reduction|dip|rise|increase|jump|growth|surge|climb) of|"
    r"(?:decreased|fell|dropped|declined|reduced|gone down|went down|increased|rose|grew|jumped|climbed|surged) by)"
    r"\s+(?:some |about |nearly |just |over |more than )?(?:[A-Z]{0,3}\$|RM|Rs\.? ?)?$", re.IGNORECASE)
# A figure about one case or incident, not a total: "in one case", "a case involving 39 members".
_ONE_CASE = re.compile(r"\b(?:in one|one|a|in a|the|this|that|in the|in this) case\b(?! of\b)", re.IGNORECASE)


_REPORTERS = (
    ("court", re.compile(r"\b(?:courts?|judicia\w+|judges?|tribunals?|Supreme People's Court)\b", re.IGNORECASE)),
    ("prosecutors", re.compile(r"\b(?:procurator\w*|prosecutors?|prosecution service|Supreme People's "
                               r"Procuratorate|attorney[- ]general)\b", re.IGNORECASE)),
    ("police", re.compile(r"\b(?:police|public security|Ministry of Public Security|constabulary)\b",
                          re.IGNORECASE)),
)


def reporter_of(sentence: str, local_pos: int) -> str | None:
    """The body a figure is credited to, the one named nearest to it in its sentence."""
    text = sentence.replace("\u2019", "'")
    found = [(abs(m.start() - local_pos), body) for body, pattern in _REPORTERS for m in pattern.finditer(text)]
    return min(found)[1] if found else None


def kind_of(reading: LocalReading, sentence: str, local_pos: int) -> str:
    if reading.unit == "percent":
        return "share" if reading.share else "change"
    if _ABSOLUTE_CHANGE.search(sentence[:local_pos]):
        return "change"
    return "case" if _ONE_CASE.search(sentence) else "level"
