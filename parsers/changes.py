"""The figures already read in a sentence (:class:`SentenceMemory`), and the signs and sizes of changes: "down 5.8
per cent" and "a decrease of 185 cases" are falls, "rose by 1,600" a rise.  What a percentage or a share is about is
:mod:`parsers.percent_reading`'s."""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.scan import lowered
from parsers.vocab import FALL_WORDS, RISE_WORDS

_I = re.IGNORECASE
_RISE_RE = re.compile(rf"\b(?:{RISE_WORDS})\b")
_FALL_RE = re.compile(rf"\b(?:{FALL_WORDS})\b")
_SIGN_RIGHT_BEFORE = re.compile(rf"\b(?:(?P<fall>{FALL_WORDS})|{RISE_WORDS})\s+(?:by\s+|of\s+)?"
                                r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|more than\s+|over\s+)?$")
CHANGE_OF_RE = re.compile(r"\b(?:(?:drop|decrease|fall|decline|reduction|dip) of|(?:decreased|fell|dropped|"
                           r"declined|reduced|gone down|went down|falls?|drops?|declines?|decreases?) by|"
                           r"(?:^|,\s*)down)\s+(?:some |about |nearly |just )?$")  # ("seizures fall by 1.2 tonnes")
# The size of a change right before a figure: "a rise of 4,656", "fell by 1,600" (on lower-cased text)
ABSOLUTE_CHANGE = re.compile(
    r"\b(?:(?:drop|decrease|fall|decline|reduction|dip|rise|increase|jump|growth|surge|climb) of|"
    r"(?:decreased|fell|dropped|declined|reduced|gone down|went down|increased|rose|grew|jumped|climbed|surged) by)"
    r"\s+(?:some |about |nearly |just |over |more than )?(?:[a-z]{0,3}\$|rm|rs\.? ?)?$")  # on lower-cased text
_CHANGE_OF_REACH = 45  # characters before a figure that can hold "a decrease of some"


def has_of_or_by(window: str) -> bool:
    """Whether ``window`` holds " of " or " by ", which every "a rise of" / "fell by" phrase has."""
    lower = window.lower()
    return " of " in lower or " by " in lower


def is_fall_by(before: str) -> bool:
    """"a decrease of", "fell by" right before a figure: the figure is the size of a fall."""
    tail = lowered(before[-_CHANGE_OF_REACH:])  # (or ", down 1,600 from a year earlier")
    return (has_of_or_by(tail) or "down" in tail) and bool(CHANGE_OF_RE.search(tail))


SOLVED_BEFORE = re.compile(r"\b(?:solved?|cleared?|detected|cracked|(?:made|making) (?:an )?arrests? in|"
                           r"charged (?:suspects|a suspect|someone|offenders) in|"
                           # "Police filed charge sheets in 91% of dowry death cases": India's charge-sheeting rate
                           r"filed charge[- ]?sheets in|charge[- ]?sheeted in|"
                           # "Courts convicted defendants in 91% of the cases": a conviction rate, as a detection rate is
                           r"convicted (?:defendants|the accused|someone|offenders|suspects) in|"
                           r"(?:secured|won|obtained) (?:a )?convictions? in|"
                           r"complied in|"  # "platforms complied in 97 percent of cases": a rate of compliance
                            r"(?:arrests were|an arrest was) made in)\s+(?:about\s+|nearly\s+|only\s+|just\s+|"
                            r"fewer than\s+|less than\s+|more than\s+|over\s+|under\s+|almost\s+|around\s+)?$")


@dataclass(frozen=True)
class SentenceMemory:
    """Figures already read in this sentence and the one before: breakdowns inherit from them."""

    earlier: tuple[tuple[int, str, str], ...] = ()  # (end position, measure, unit) in this sentence
    previous_measure: str | None = None  # the last count measure of the previous sentence
    previous_text: str = ""  # the previous sentence: what it seized, a list in this one names ("The drugs included")
    told_before: str = ""  # the article's text before this sentence, its last few hundred characters

    def last_count(self, before: int) -> str | None:
        for end, measure, unit in reversed(self.earlier):
            if end <= before and unit == "count":
                return measure
        return None

    def last_measure(self, before: int) -> str | None:
        """The measure of the last figure before ``before``, whatever its unit."""
        return next((measure for end, measure, _ in reversed(self.earlier) if end <= before), None)

    def first_count(self, before: int) -> str | None:
        return next((m for end, m, unit in self.earlier if end <= before and unit == "count"), None)

    def last_currency(self, before: int) -> str | None:
        """The currency of the last sum before ``before``: "to 300 million yuan ..., from 100 million"."""
        return next((unit for end, measure, unit in reversed(self.earlier) if end <= before and measure == "money"),
                    None)


def rate_or_partner(lower: str, memory: SentenceMemory, start: int, measure: str | None) -> str | None:
    """The measure of a ratio ("one in four"): a detection rate's ("other") for cases solved, the share's before for
    the other end of its change ("down from one in six"), else ``measure`` (one in seven reports that "led to a
    charge" are cases, as the older labels have them)."""
    if measure == "cases" and SOLVED_BEFORE.search(lower[-40:]):
        return "other"
    if measure is None and lower.endswith("from ") and memory.earlier and memory.earlier[-1][2] == "percent" and \
            memory.earlier[-1][0] <= start:
        return memory.earlier[-1][1]
    return measure


# "6 per cent fewer than a year earlier", "14 percent fewer items than in 2024", "11.2% below March last year"
COMPARED_RIGHT_AFTER = re.compile(r"\s*(?:or [\d,.]+ (?:[a-z-]+ )?)?"  # ("4.2 percent or 1,395 crimes less than")
                                  r"((?:fewer|less|lower|more|higher)(?=\s+(?:[a-z-]+\s+){0,2}?than\b)|"
                                  r"(?:below|above)(?=\s))")


def sign_of_change(before: str, after: str) -> int:
    """-1 when the words around a change say it is a fall."""
    near_after, lower = lowered(after[:30]), lowered(before)
    compared = COMPARED_RIGHT_AFTER.match(lowered(after[:50]))  # "6 per cent fewer than a year earlier"
    if compared:
        return 1 if compared.group(1) in ("more", "higher", "above") else -1
    near_before = lower[-30:]
    right_before = _SIGN_RIGHT_BEFORE.search(near_before)  # "up 12 per cent, while ... fell": "up" decides
    if right_before:
        return -1 if right_before.group("fall") else 1
    fall_after, rise_after = _FALL_RE.search(near_after), _RISE_RE.search(near_after)
    if fall_after and (not rise_after or fall_after.start() < rise_after.start()):
        return -1
    if rise_after:
        return 1
    for window in (near_before, lower):  # "falls in burglaries — by 30 per cent"
        falls, rises = list(_FALL_RE.finditer(window)), list(_RISE_RE.finditer(window))
        if falls and (not rises or falls[-1].start() > rises[-1].start()):
            return -1
        if rises:
            return 1
    return 1


