"""Time expressions in a sentence, resolved to GUIDE.md periods against a publication date.

A period is a year ``"2024"``, a month ``"2024-11"`` or an ISO interval
``"2023-01/2023-11"`` / ``"2021/2025"``.  Expressions after "from", "compared with",
"than" and the like are baselines of a change, not the period a figure covers.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from parsers.scan import StemScanner, lowered, trie_pattern, word_start_trie
from parsers.vocab import NUMBER_WORDS

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
# A trie ("ma(?:r(?:ch)?|y)"): the engine reads one branch per letter instead of trying every name, and
# where names share a start the longest is tried first, as in a longest-first alternation.
_MONTH = r"(?:" + trie_pattern(MONTHS) + r")\.?"
_MONTH_WORD = word_start_trie(MONTHS) + r"\.?"  # a month at a word start: \b and _MONTH
_DAY = r"\d(?<!\w\d)\d?"  # \b\d{1,2}, opening with its digit (the engine skips to it)
_YEAR = r"(?:19[5-9]\d|20\d\d)"


def _free_year(not_after: str) -> str:
    """A year (group 1) not inside another number: no character of ``not_after`` before it.

    The check sits after the first digit, so the pattern opens with "1" or "2" and the engine
    skips to those characters instead of testing a lookbehind at every position.
    """
    return rf"((?:1(?<![{not_after}].)9[5-9]\d|2(?<![{not_after}].)0\d\d))(?!\d|,\d)"


_COUNT = r"(?:\d{1,2}|" + "|".join(w for w in NUMBER_WORDS if NUMBER_WORDS[w] < 20) + r")"
_BASELINE_MARK = re.compile(
    r"(?:\bfrom|\bsince|\bcompared (?:with|to)|\bthan|\bagainst|\bover|\bversus|\bvs\.?|\brelative to|"
    r"\bas against|\bthat of|\bto that of)\s+(?:(?:the|a|an|at|least|just|about|some|only|[$€£¥₹]?[\d,.]+|[\w$]+\$[\d,.]+|"
    r"million|billion|cases|people|figure|levels?|of|same|period|time|in|recorded|reported|registered|logged|seen)"
    r"\s+){0,6}$",
)  # on lower-cased text
_FOUNDING_WORDS = ("established", "founded", "formed", "set up", "created", "inaugurated", "launched")
_FOUNDED = re.compile(r"\b(?:" + "|".join(_FOUNDING_WORDS) + r")\s+(?:in\s+)?$")
_FOUNDING_ENDS = tuple(word.split()[-1] for word in _FOUNDING_WORDS)
_FOUNDING_TAILS = tuple({word[-2:] for word in _FOUNDING_WORDS})


def _founded_before(lower: str, start: int) -> bool:
    """"established in 2000": a year that dates a body, not a figure (the last words are checked first)."""
    window = lower[max(0, start - 30):start]
    if not any(map(window.__contains__, _FOUNDING_TAILS)):  # "ed", "up": how every founding word ends
        return False
    words = window.split()
    if words and words[-1] == "in":
        words.pop()
    return bool(words) and words[-1].endswith(_FOUNDING_ENDS) and bool(_FOUNDED.search(lower, max(0, start - 30), start))


_SAME_PERIOD = re.compile(r"\b(?:the )?same (?:period|time) (?:of|in|last)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a sentence (span relative to the sentence)."""

    start: int
    end: int
    period: str | None  # resolved period, None for a relative baseline
    baseline: bool  # the expression is what a change is measured against
    years_back: int | None = None  # relative baseline: 1 for "year on year", 10 for "10 years ago"
    weak: bool = False  # a month without its year ("on March 8"): used only when nothing better
    dated: bool = False  # names a day ("on 12 August"): pins an event, not a background month
    since: bool = False  # a running total from a start to the report ("since 2010")

    @property
    def middle(self) -> float:
        return (self.start + self.end) / 2


def _count(word: str) -> int:
    return int(word) if word.isdigit() else int(NUMBER_WORDS[word.lower()])


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def shift_period(period: str, years: int) -> str:
    """``shift_period("2023-01/2023-11", -1)`` -> ``"2022-01/2022-11"``."""
    return re.sub(r"\d{4}", lambda m: str(int(m.group(0)) + years), period)


def _relative_month(published: dt.date, month: int) -> str:
    year = published.year if month <= published.month else published.year - 1
    return f"{year}-{month:02d}"


def _year_of(word: str | None, published: dt.date | None) -> int | None:
    if word and word.isdigit():
        return int(word)
    if published is None:
        return None
    return published.year - 1 if (word or "").lower() == "last" else published.year


def _day_range(m: re.Match[str], published: dt.date | None) -> str | None:
    year = _year_of(m[6] or m[3], published)
    if year is None:
        return None
    first, last = _month(m[1]), _month(m[4])
    if int(m[2]) != 1:  # an operation's dates ("between June 21 and July 4"): an event, by month
        return f"{year}-{first:02d}" if first == last else f"{year}-{first:02d}/{year}-{last:02d}"
    return f"{year}-{first:02d}-{int(m[2]):02d}/{year}-{last:02d}-{int(m[5]):02d}"  # a reporting window


def _month_range(m: re.Match[str], published: dt.date | None) -> str | None:
    year = _year_of(m[3], published)
    if year is None:
        return None
    if m[3] is None and published and _month(m[2]) > published.month:
        year -= 1
    return f"{year}-{_month(m[1]):02d}/{year}-{_month(m[2]):02d}"


# Each rule: a pattern and a function of (match, published date) giving the period.
def _first_days(m: re.Match[str], published: dt.date | None) -> str:
    year = int(m[2])
    last = dt.date(year, 1, 1) + dt.timedelta(days=_count(m[1]) - 1)
    return f"{year}-01-01/{last.isoformat()}"


def _as_of(m: re.Match[str], published: dt.date | None) -> str | None:
    year = int(m[3]) if m[3] else (published.year if published else None)
    if year is None:
        return None
    return f"{year}-01-01/{year}-{_month(m[1]):02d}-{int(m[2]):02d}"


def _end_of(m: re.Match[str], published: dt.date | None) -> str | None:
    year = int(m[2]) if m[2] else (published.year if published else None)
    return f"{year}-01/{year}-{_month(m[1]):02d}" if year else None


def _since_year(m: re.Match[str], published: dt.date | None) -> str | None:
    """"since 2010", "since IC3 was formed in 2000": from then to the report's year."""
    if published is None or int(m[1]) >= published.year:
        return None
    return f"{m[1]}/{published.year}"


def _since_month(m: re.Match[str], published: dt.date | None) -> str | None:
    """"since its enactment last July", "since March 2023": from that month to publication."""
    if published is None:
        return None
    month = _month(m[1] or m[3] or m[4])
    year = int(m[2]) if m[2] else published.year - 1  # "July last year", "last July"
    if (year, month) >= (published.year, published.month):
        return None
    return f"{year}-{month:02d}/{published.year}-{published.month:02d}"


_SINCE_LEAD = r"(?<!highest )(?<!lowest )(?<!most )(?<!first time )\bsince (?:(?:the|its|it|was|were|\w+)\s+){0,5}?"
# Each rule: a pattern, a function of (match, published date) giving the period, and whether it is
# weak: a date that places an event or a report ("on March 8", "4th Nov, 2019") rather than a period.
# The rules run on the lower-cased sentence (same length and positions), which is faster than IGNORECASE.
_RULES: tuple[tuple[re.Pattern[str], object, bool], ...] = tuple((re.compile(p), f, w) for p, f, w in (
    (rf"{_SINCE_LEAD}(?:in )?(?:({_MONTH})\s+({_YEAR})|({_MONTH}) last year|last ({_MONTH}))(?!\s*\d)",
     _since_month, False),
    (rf"{_SINCE_LEAD}(?:in )?({_YEAR})(?!\d|,\d)", _since_year, False),
    (rf"(?:from |between )?({_MONTH})\s*(?:to|and|through|until|-|–)\s*({_MONTH}),?\s+(?:of\s+)?({_YEAR})",
     lambda m, d: f"{m[3]}-{_month(m[1]):02d}/{m[3]}-{_month(m[2]):02d}", False),
    (rf"(?:from |between )({_MONTH})\s+(\d{{1,2}})(?:,?\s+({_YEAR}))?\s*(?:to|and|through|until|-|–)\s*({_MONTH})\s+"
     rf"(\d{{1,2}})(?:,?\s+({_YEAR}))?", _day_range, False),
    (rf"(?:from |between )({_MONTH})\s*(?:to|and|through|until|-|–)\s*({_MONTH})(?!\s*\d)(?:\s+(this|last) year)?",
     _month_range, False),
    (rf"(?:the )?first ({_COUNT}|\d{{2,3}}) days (?:of|in) ({_YEAR})(?:,? as of {_MONTH}\s+\d{{1,2}})?", _first_days, False),
    (rf"(?:(?:within|in|during) )?(?:the )?(?:first )?({_COUNT}) months (?:of|in) ({_YEAR})",
     lambda m, d: f"{m[2]}-01/{m[2]}-{_count(m[1]):02d}", False),
    (word_start_trie(["as of"]) + rf" ({_MONTH})\s+(\d{{1,2}})(?:,?\s+({_YEAR}))?", _as_of, False),
    (word_start_trie(["by the end of"]) + rf" ({_MONTH})(?:\s+({_YEAR}))?", _end_of, False),
    (r"(?:the )?first half of (last|this) year",
     lambda m, d: f"{_year_of(m[1], d)}-01/{_year_of(m[1], d)}-06" if d else None, False),
    (rf"(?:the )?first half (?:of|in) ({_YEAR})|\bh1 ({_YEAR})",
     lambda m, d: f"{m[1] or m[2]}-01/{m[1] or m[2]}-06", False),
    (rf"(?:the )?second half (?:of|in) ({_YEAR})|\bh2 ({_YEAR})",
     lambda m, d: f"{m[1] or m[2]}-07/{m[1] or m[2]}-12", False),
    (rf"(?:from |between )({_YEAR})\s*(?:to|and|through|until|-|–)\s*({_YEAR})",
     lambda m, d: f"{m[1]}/{m[2]}", False),
    (rf"{_DAY}(?:st|nd|rd|th)?\s+({_MONTH}),?\s+({_YEAR})|({_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+({_YEAR})",
     lambda m, d: f"{m[2] or m[4]}-{_month(m[1] or m[3]):02d}", True),
    (rf"({_MONTH}),?\s+({_YEAR})", lambda m, d: f"{m[2]}-{_month(m[1]):02d}", False),
    (_free_year(r"\d,."), lambda m, d: m[1], False),
    (word_start_trie(["last", "previous", "past"]) + r" year\b", lambda m, d: str(d.year - 1) if d else None, False),
    (word_start_trie(["this year"]) + r"\b", lambda m, d: str(d.year) if d else None, False),
    (rf"\b(?:in |over |during )?the (?:past|last) ({_COUNT}) years\b",
     lambda m, d: f"{d.year - _count(m[1])}/{d.year - 1}" if d else None, False),
    (word_start_trie(["last month"]) + r"\b", lambda m, d: _relative_month(d, (d.month - 2) % 12 + 1) if d else None, False),
    (word_start_trie(["in", "on", "since", "during", "by", "of"]) + rf"\s+(?:early |late |mid-?)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?({_MONTH})"
     rf"(?!\s*\d{{4}})(?:\s+\d{{1,2}})?\b", lambda m, d: _relative_month(d, _month(m[1])) if d else None, True),
))
# What each rule needs in the lower-cased sentence before it is worth running: "M" a month name,
# "Y" a year, anything else a substring.  Most sentences skip most rules.
_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("since", "M"), ("since", "Y"), ("M", "Y"), ("M",), ("M",), ("days",), ("month",), ("M", "as of"), ("M", "end of"), ("half",),
    ("Y", "half|h1"), ("Y", "half|h2"), ("Y", "from |between "), ("M", "Y"), ("M", "Y"), ("Y",), ("year",), ("this year",),
    ("years",), ("last month",), ("M",),
)
_MONTHS_OF_A_YEAR = re.compile(r"(\d{4})-\d\d(?:-\d\d)?/\1-\d\d(?:-\d\d)?")
# A word opening with a month's first three letters.  The pattern has no "\\b" in front, so the engine
# skips to the letters that start them; the word boundary is then checked at each hit.
_MONTH_CLUE = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_YEAR_CLUE = re.compile(r"(?:19[5-9]|20\d)\d")


def _names_a_month(lower: str) -> bool:
    """Whether a word of ``lower`` opens with a month's first three letters ("march", "dec.", "decline")."""
    pos = 0
    while found := _MONTH_CLUE.search(lower, pos):
        start = found.start()
        if start == 0 or not (lower[start - 1].isalnum() or lower[start - 1] == "_"):
            return True
        pos = start + 1
    return False


_CLUE_WORDS = sorted({part for trigger in _TRIGGERS for clue in trigger if clue not in "MY" for part in clue.split("|")})
# A clue word that holds another ("this year" holds "year") is looked for only when the other is there.
_UNGATED_CLUES = tuple(word for word in _CLUE_WORDS if not any(other != word and other in word for other in _CLUE_WORDS))
_GATED_CLUES = tuple((word, next(gate for gate in _UNGATED_CLUES if gate in word))
                     for word in _CLUE_WORDS if word not in _UNGATED_CLUES)


@lru_cache(maxsize=64)
def _clues(sentence: str) -> tuple[str, bool, bool, frozenset[str]]:
    """Read once per sentence: the lower-cased sentence (positions kept), whether it names a month and
    a year, and which rule triggers it holds ("M", "Y" and the trigger words)."""
    lower = lowered(sentence)
    month, year = _names_a_month(lower), bool(_YEAR_CLUE.search(sentence))
    present = [word for word in _UNGATED_CLUES if word in lower]
    present += [word for word, gate in _GATED_CLUES if gate in present and word in lower]
    if month:
        present.append("M")
    if year:
        present.append("Y")
    return lower, month, year, frozenset(present)


# What each rule needs: every clue, a clue "a|b" being either word.
_NEEDS = tuple(tuple(frozenset(clue.split("|")) for clue in trigger) for trigger in _TRIGGERS)


@lru_cache(maxsize=256)
def _rules_for(present: frozenset[str]) -> tuple[tuple[re.Pattern[str], object, bool], ...]:
    """The rules whose triggers are all present, in rule order (few distinct trigger sets occur)."""
    return tuple(rule for rule, needs in zip(_RULES, _NEEDS) if all(not present.isdisjoint(clue) for clue in needs))


_RELATIVE_BASELINES = re.compile(
    r"(?P<prev>year[- ]on[- ]year|y-o-y|\byoy\b|(?:compared (?:with|to)|from|than|over|against) "
    r"(?:the year before|a year (?:earlier|ago|before)|the (?:previous|prior|preceding) year|last year|"
    r"the same period (?:a year (?:ago|earlier)|last year|of the previous year))|(?:that|those) of (?:the )?"
    r"(?:previous|prior|preceding|last) year|"
    # "11,546 cases for the same period last year": the reporting period a year back, wherever it stands
    r"same (?:period|time) (?:a year (?:ago|earlier)|last year|of (?:the )?(?:previous|last) year))"
    rf"|(?:compared (?:with|to)|from|than|over|against) (?:(?P<n>{_COUNT}) years|(?P<decade>a decade)) (?:ago|earlier|before)",
)  # on the lower-cased sentence


# Every relative baseline starts with one of these words: the full pattern is tried only there.
_RELATIVE_SCAN = StemScanner(_RELATIVE_BASELINES, ["year", "y-o-y", "yoy", "compared", "from", "than", "over",
                                                   "against", "that", "those", "same"], guard=r"\b")
# Every baseline mark holds one of these (on the lower-cased words before a period).
_BASELINE_WORDS = ("from", "since", "compared", "than", "against", "over", "versus", "vs", "relative", "that of")


def _after_baseline_mark(lower: str, start: int) -> bool:
    """Whether the words before ``start`` say that what follows is a baseline ("compared with 2023")."""
    window = lower[max(0, start - 40):start]
    return any(map(window.__contains__, _BASELINE_WORDS)) and \
        bool(_BASELINE_MARK.search(window))


def find_time_expressions(sentence: str, published: dt.date | None) -> tuple[TimeExpression, ...]:
    """Time expressions of a sentence, without overlaps, in order of position."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []

    lower, _, _, present = _clues(sentence)
    if "year" in lower or "yoy" in lower or "y-o-y" in lower or "decade" in lower:
        for match in _RELATIVE_SCAN.finditer(lower):
            back = 1 if match.group("prev") else 10 if match.group("decade") else _count(match.group("n"))
            found.append(TimeExpression(match.start(), match.end(), None, True, back))
            taken.append(match.span())
    for pattern, resolve, weak in _rules_for(present):
        for match in pattern.finditer(lower):
            start, end = match.span()
            if taken and not all(end <= s or start >= e for s, e in taken):  # overlaps an earlier rule's
                continue
            period = resolve(match, published)  # type: ignore[operator]
            if period is None or _founded_before(lower, start):
                continue
            dated = weak and any(map(str.isdigit, match.group(0)))
            # Positional arguments in field order: start, end, period, baseline, years_back, weak, dated, since.
            found.append(TimeExpression(start, end, period, _after_baseline_mark(lower, start), None, weak, dated,
                                        lower.startswith("since", start)))
            taken.append((start, end))
    if len(found) < 2:
        return tuple(found)
    found.sort(key=lambda t: t.start)
    months = [t.period for t in found if t.period and "/" in t.period and _MONTHS_OF_A_YEAR.fullmatch(t.period)]
    for i, expr in enumerate(found):
        if not (months and expr.period and len(expr.period) == 4):
            continue
        same = _SAME_PERIOD.search(sentence[max(0, expr.start - 30):expr.start])
        if same:  # "from 22,853 in the same period of 2023": those months of 2023
            start = expr.start - 30 + same.start() if same and expr.start >= 30 else (
                sentence.rfind("the same period", 0, expr.start) if same else expr.start)
            found[i] = TimeExpression(max(0, start), expr.end, shift_period(months[0], int(expr.period) - int(months[0][:4])),
                                      expr.baseline or bool(same))
    return tuple(found)


def year_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of the years and dates in a sentence, so that they are not read as figures."""
    lower, month, year, _ = _clues(sentence)
    spans = [m.span() for m in _YEAR_SPAN.finditer(sentence)] if year else []
    if month:
        spans += [m.span() for m in _DATE_SPAN.finditer(lower)]
    return tuple(spans)


_YEAR_SPAN = re.compile(_free_year(r"\d,.$"))
_DATE_SPAN = re.compile(rf"{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}")
