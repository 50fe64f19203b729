"""Time expressions in a sentence, resolved to GUIDE.md periods against a publication date.

A period is a year ``"2024"``, a month ``"2024-11"`` or an ISO interval
``"2023-01/2023-11"`` / ``"2021/2025"``.  Expressions after "from", "compared with",
"than" and the like are baselines of a change, not the period a figure covers.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from parsers.calendars import HOLIDAY_NAMES, bikram_fiscal_year
from parsers.numbers import WRITTEN_SUM
from parsers.period_rules import RECORD_WORDS, RULES, TimeRule
from parsers.time_words import COUNT, DAY, MONTH, MONTH_WORD, count_of, free_year, shift_period
from parsers.scan import StemScanner, lowered
from parsers.currencies import CURRENCY_SUFFIXES
from parsers.vocab import SCALE_WORDS

# The words of a sum written out ("17 million won", "24.42 lakh", "3 billion yuan"), which may stand between a
# baseline mark and its period: "up from 17 million won in 2023".
_SUM_WORDS = "|".join(re.escape(w) for w in sorted(
    {w for w in (*SCALE_WORDS, *(s.lower() for s in CURRENCY_SUFFIXES)) if len(w) > 1}, key=len, reverse=True))

# "Over" before a figure is a qualifier ("people over 60 last year"): it marks a baseline only before a period.
_BASELINE_MARK = re.compile(
    # "nearly double the figure of 2013": the year compared with
    r"\b(?:double|doubled|twice|triple|tripled|half)\s+(?:the\s+)?(?:figure|level|number|total)s?\s+(?:of|for|in)\s+$|"
    # "nearly three times the 2024 total", "twice the 2023 level": the year compared with
    r"\b(?:double|twice|triple|half|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) times)\s+the\s+$|"
    # "twice as many as in 2024", "half as much as last year": the period compared with
    r"\b(?:twice|half|(?:two|three|four|five|\d+) times) as (?:many|much|high|large) as (?:in |during |for )?$|"
    r"(?:(?:\bfrom|\bsince|\bcompared (?:with|to)|(?<!more )(?<!less )(?<!fewer )\bthan|\b(?:more|less|"
    r"fewer) than (?:in|during|for|at)|"
    r"(?:%|\bper ?cent|\bpercent) (?:below|above)|\b(?:remains?|remained|still|stays?|stayed|well|far) (?:above|below)|"
    r"\bagainst|\bversus|\bvs\.?|\brelative to|"
    r"\bas against|\bthat of|\bto that of|\bsame as)\s+(?:(?:the|a|an|at|least|just|about|some|only|[\d,.]+%?|" + WRITTEN_SUM + r"|"
    + _SUM_WORDS + r"|per|cent|percent|cases|people|figure|levels?|record|of|same|corresponding|whole|full|period|"
    r"quarter|half|month|week|"
    r"months|time|fiscal|financial|"
    r"in|recorded|reported|"
    r"registered|logged|seen|lost)"
    r"\s+){0,6}|\bover\s+(?:(?:the|same|period|time|of|in)\s+){0,4})$",
)  # on lower-cased text
_BORN_BEFORE = re.compile(r"\bborn (?:in |after |before |since |between |from )?$")  # "suspects born after 2000"
_FOUNDING_WORDS = ("established", "founded", "formed", "set up", "created", "inaugurated", "launched")
_FOUNDED = re.compile(r"\b(?:" + "|".join(_FOUNDING_WORDS) + r")\s+(?:in\s+)?$")
_FOUNDING_ENDS = tuple(word.split()[-1] for word in _FOUNDING_WORDS)
_FOUNDING_TAILS = tuple({word[-2:] for word in _FOUNDING_WORDS})


# "the highest in a single month this year": the year a record is set in, not the figure's period.
_RECORD_FRAME_BEFORE = re.compile(r"\b(?:highest|lowest|largest|biggest|most|fewest|smallest|worst|record|deadliest|"
                                  r"bloodiest|"
                                  # "the third on a scam site in the province this year": a rank, not a period
                                  r"the (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\b"
                                  r"[^,.;]{0,40}$")


def _superlative_frame(lower: str, start: int) -> bool:
    return lower.startswith("this year", start) and bool(_RECORD_FRAME_BEFORE.search(lower, max(0, start - 50), start))


def _ranked_total(lower: str, start: int) -> bool:
    """"the third seizure at sea this year, bringing the total seized to 305 kg": the rank's year is the running
    total's window (since the year began), which dates no other figure."""
    return lower.startswith(", bringing", start + 9) and _superlative_frame(lower, start)


def _founded_before(lower: str, start: int) -> bool:
    """"established in 2000": a year that dates a body, not a figure (the last words are checked first)."""
    window = lower[max(0, start - 30):start]
    if not any(map(window.__contains__, _FOUNDING_TAILS)):  # "ed", "up": how every founding word ends
        return False
    words = window.split()
    if words and words[-1] == "in":
        words.pop()
    return bool(words) and words[-1].endswith(_FOUNDING_ENDS) and bool(_FOUNDED.search(lower, max(0, start - 30), start))


_LAW_NAME = re.compile(r"\b(?:Act|Code|Ordinance|Law|Regulations|Rules|Decree|Sanhita)(?:,| of)? $|"
                       r"\b(?:No\.|Number) \d+ of $")  # (and a case's number: "Criminal Case No. 412 of 2026")


def _names_a_law(sentence: str, start: int) -> bool:
    """Whether the year at ``start`` is part of a law's or a case's name ("the Dangerous Drugs Act 1952")."""
    return sentence[start:start + 1].isdigit() and bool(_LAW_NAME.search(sentence, max(0, start - 16), start))


_SAME_PERIOD = re.compile(r"\b(?:the )?same (?:period|months|time|quarter|half|month) (?:of|in|last)\s*$",
                          re.IGNORECASE)


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


_MONTHS_OF_A_YEAR = re.compile(r"(\d{4})-\d\d(?:-\d\d)?/\1-\d\d(?:-\d\d)?")
# A word opening with a month's first three letters.  The pattern has no "\\b" in front, so the engine
# skips to the letters that start them; the word boundary is then checked at each hit.
_MONTH_CLUE = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_YEAR_CLUE = re.compile(r"(?:19[5-9]|20\d)\d")


_YEARS_AHEAD = 10  # a year this far after publication is no year of the Gregorian calendar


def _names_a_month(lower: str) -> bool:
    """Whether a word of ``lower`` opens with a month's first three letters ("march", "dec.", "decline")."""
    pos = 0
    while found := _MONTH_CLUE.search(lower, pos):
        start = found.start()
        if start == 0 or not (lower[start - 1].isalnum() or lower[start - 1] == "_"):
            return True
        pos = start + 1
    return False


_CLUE_WORDS = sorted({part for rule in RULES for clue in rule.needs if clue not in "MY" for part in clue.split("|")})
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
_NEEDS = tuple(tuple(frozenset(clue.split("|")) for clue in rule.needs) for rule in RULES)


@lru_cache(maxsize=256)
def _rules_for(present: frozenset[str]) -> tuple[TimeRule, ...]:
    """The rules whose clues are all present, in rule order (few distinct clue sets occur)."""
    return tuple(rule for rule, needs in zip(RULES, _NEEDS) if all(not present.isdisjoint(clue) for clue in needs))


_SPANS = "(?:(?:holiday |festive )?(?:period|time|operation|campaign|crackdown|month|quarter|week|weekend|season))"
# ("the same month last year", "during the same holiday weekend last year")
_RELATIVE_BASELINES = re.compile(
    r"(?P<prev>year[- ]on[- ]year|y-o-y|\byoy\b|(?:compared (?:with|to)|from|than|over|against|on) "
    r"(?:the year before|a year (?:earlier|ago|before)|the (?:previous|prior|preceding) year|last year|"
    rf"the same {_SPANS} (?:a year (?:ago|earlier)|last year|of the previous year))|(?:that|those) of (?:the )?"
    r"(?:previous|prior|preceding|last) year|"
    # "7,820 cases for the same period last year": the reporting period a year back, wherever it stands
    rf"same {_SPANS} (?:a year (?:ago|earlier)|last year|of (?:the )?(?:previous|last) year)|"
    # "from 100 million a year earlier": the figure before it is the year before's
    r"a year (?:earlier|before|ago)|the year before|the (?:previous|preceding|prior) year|"
    # "down from $1.04 billion in the previous 12-month period": the same span a year back
    r"the (?:previous|preceding|prior) (?:12|twelve)(?:-month period| months))"
    rf"|(?:compared (?:with|to)|from|than|over|against) (?:(?P<n>{COUNT}) years|(?P<decade>a decade)) "
    r"(?:ago|earlier|before)"
    # "compared with 32% two years earlier": the figure before it is that year's
    rf"|(?<=[\d%] )(?P<m>two|three|four|five|2|3|4|5) years (?:earlier|before)",
)  # on the lower-cased sentence


# Every relative baseline starts with one of these words: the full pattern is tried only there.
_RELATIVE_SCAN = StemScanner(_RELATIVE_BASELINES, ["year", "y-o-y", "yoy", "compared", "from", "than", "over",
                                                   "against", "on the ", "on a year", "on last", "that", "those",
                                                   "same", "a year", "the year", "the previous", "the preceding",
                                                   "the prior", "two years", "three years", "four years",
                                                   "five years", "2 years", "3 years", "4 years", "5 years"],
                             guard=r"\b")
# Every baseline mark holds one of these (on the lower-cased words before a period).
_BASELINE_WORDS = ("from", "since", "compared", "than", "against", "over", "versus", "vs", "relative", "that of", "below",
                   "above", "double", "twice", "triple", "half", "same as", "times")


# "up 35 per cent on 2023", "down on last year": "on" marks a baseline right after a change.
_RECORD_SINCE = re.compile(r"\b(?:" + "|".join(RECORD_WORDS) + r") since $|"
                           # "the first time the figure has dropped below 45,000 since 2019", "the first decline
                           # since 2016", in one clause (not "the largest seizure this year, bringing the total
                           # seized since January")
                           r"\b(?:first (?:time|decline|drop|fall|rise|increase|decrease)|highest|lowest|fewest|biggest|"
                           r"largest|smallest|worst)\b(?:[^.;,]|,(?=\d)){0,60}\bsince $")


def _record_since(lower: str, start: int) -> bool:
    """Whether the time expression at ``start`` ends a record ("the lowest since 1969", "the first time ... since
    2019"): it dates no figure."""
    if lower.startswith("since ", start):
        start += 6
    elif RECORDS_GATE in lower[max(0, start - 60):start] and _RECORDS_BEGAN.search(lower, max(0, start - 60), start):
        return True  # "the lowest ... since records began in 1969", "since data collection began in 2008"
    elif not lower.endswith("since ", 0, start):
        return False
    return bool(_RECORD_SINCE.search(lower, max(0, start - 90), start))
RECORDS_GATE = "since "  # in every match of _RECORDS_BEGAN
_RECORDS_BEGAN = re.compile(r"\bsince (?:\w+ ){0,3}(?:began|started|were first \w+)(?: in)? $|"
                            # "the highest since the crime was defined in law in 2015": an event's year, no figure's
                            r"\bsince (?:\w+ ){0,4}(?:was|were) (?:first )?\w+ed(?: (?:in|into|by) law)? in $")
_CHANGE_ON = re.compile(r"(?:%|\bper ?cent|\bpercent|\bpct|\bup|\bdown|\bincrease|\bdecrease|\brise|\bfall|\bdrop|"
                        r"\bjump|\bdecline)\s+on\s+(?:the\s+)?$")  # "a 22 percent increase on 2024"


# the holidays the period rules read, and the other feasts ("tet " so that "tetanus" is none)
_HOLIDAYS = (*(name for name in HOLIDAY_NAMES if name != "tet"), "tet ", "christmas", "new year", "ramadan", "easter")


def _after_baseline_mark(lower: str, start: int) -> bool:
    """Whether the words before ``start`` say that what follows is a baseline ("compared with 2023")."""
    window = lower[max(0, start - 40):start]
    if window.endswith(("on ", "on the ")) and _CHANGE_ON.search(window):
        return True
    if not any(map(window.__contains__, _BASELINE_WORDS)):
        return False
    if window.endswith("over the ") and lower.startswith("past ", start):
        return False  # "over the past year": the span a figure covers, as "over the past five years" is
    if window.endswith(("over ", "over the ")) and lower.startswith(_HOLIDAYS, start):
        return False  # "arrested 312 drunk drivers over Thanksgiving week": during the holiday
    mark = _BASELINE_MARK.search(window)
    # (a sentence that opens "Over the first nine months of 2026," names its span, no baseline)
    return bool(mark) and not (start <= 40 and window.startswith("over", mark.start()) and
                               not window[:mark.start()].strip())


_NAMED_OPERATION = re.compile(r"\s+(?:operation|campaign|crackdown|drive|blitz)\b")  # "the Festive Season operation"


def find_time_expressions(sentence: str, published: dt.date | None) -> tuple[TimeExpression, ...]:
    """Time expressions of a sentence, without overlaps, in order of position."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []

    lower, _, _, present = _clues(sentence)
    if "year" in lower or "yoy" in lower or "y-o-y" in lower or "decade" in lower or "12-month" in lower or \
            "12 months" in lower or "twelve" in lower:
        for match in _RELATIVE_SCAN.finditer(lower):
            back = 1 if match.group("prev") else 10 if match.group("decade") else \
                count_of(match.group("n") or match.group("m"))
            found.append(TimeExpression(match.start(), match.end(), None, True, back))
            taken.append(match.span())
    for rule in _rules_for(present):
        for match in rule.pattern.finditer(lower):
            start, end = match.span()
            if taken and not all(end <= s or start >= e for s, e in taken):  # overlaps an earlier rule's
                continue
            period = rule.resolve(match, published)
            if period is not None and published is not None and period[:1] == "2" and \
                    int(period[:4]) > published.year + _YEARS_AHEAD:
                period = bikram_fiscal_year(period, published)  # "fiscal year 2081/82": Nepal's, in the Bikram
                # Sambat calendar (another far year: none)
            ranked_total = _ranked_total(lower, start)
            record, when = _record_since(lower, start), False
            if record and period and lower.startswith((", when ", " when "), end):
                # "the biggest haul since 2023, when 7 tonnes were seized": the year the when-clause's figure
                # belongs to (its start, no window to today)
                period, record, when = period.split("/")[0], False, True
            if period is None or _founded_before(lower, start) or record or \
                    _names_a_law(sentence, start) or _superlative_frame(lower, start) and not ranked_total or \
                    "born" in lower[max(0, start - 15):start] and \
                    _BORN_BEFORE.search(lower, max(0, start - 15), start):
                continue  # "established in 2000", "the lowest since 1969", "the Customs Act 1967", "the highest
                # ... this year": no figure's period
            dated = rule.days or rule.weak and any(map(str.isdigit, match.group(0)))  # a day, or a week of days
            # Positional arguments in field order: start, end, period, baseline, years_back, weak, dated, since.
            since = lower.startswith("since", start) and not when  # (a running total from a start is no baseline:
            # "taking 41 million dinars from 2,300 people since March 2025")
            found.append(TimeExpression(start, end, period, not since and _after_baseline_mark(lower, start), None,
                                        rule.weak, dated, since or ranked_total))
            taken.append((start, end))
    holidays = [t for t in found if t.period and lower.startswith(HOLIDAY_NAMES, t.start)]
    if holidays:  # "its Safer Festive Season operation, which ran from October 1, 2025, to January 31, 2026": the dates
        spans = [t.period.split("/") for t in found if t.period and "/" in t.period and not t.since]  # the holiday's
        found = [t for t in found if t not in holidays or not _NAMED_OPERATION.match(lower, t.end) or not any(
            first[:7] <= (t.period or "")[:7] <= last[:7] for first, last in spans)]  # month is in (its name's)
        # "7% higher than in the previous festive season": the season a year before the one reported on
        found = [TimeExpression(t.start, t.end, None, True, 1) if t in holidays and
                 lower.endswith("previous ", 0, t.start) else t for t in found]
    if "same " in lower:  # "a 31 per cent rise over the 314 recorded in the same period of 2025": the year the months
        found = [replace(t, baseline=True) if t.period and len(t.period) == 4 and  # told before are compared with
                 _SAME_PERIOD.search(sentence, max(0, t.start - 30), t.start) else t for t in found]
    if len(found) < 2:
        return tuple(found)
    found.sort(key=lambda t: t.start)
    if found[0].start <= 2 and lower.startswith(":", found[0].end) and not lower[:found[0].start].strip(" -*•") and \
            any(t.period and not t.weak for t in found[1:]):
        # a list line's date label ("- Sept 2026: Police say 41,300 complaints were filed in the first eight months"):
        # when the entry was told, weaker than a window the line states
        found[0] = replace(found[0], weak=True)
    if "quarter" in lower:  # "in the third quarter of the 2025/26 financial year, from October to December 2025":
        found = _quarter_told_in_months(found, lower)  # the months that follow say which quarter it is
    months = [t.period for t in found if t.period and "/" in t.period and _MONTHS_OF_A_YEAR.fullmatch(t.period)]
    for i, expr in enumerate(found):
        if months and expr.period and expr.period != months[0] and "/" in expr.period and \
                sentence.endswith("the same ", 0, expr.start):  # "against the same three months of 2025": the
            found[i] = TimeExpression(expr.start, expr.end,  # sentence's months, in that year
                                      shift_period(months[0], int(expr.period[:4]) - int(months[0][:4])), expr.baseline)
            continue
        if not (months and expr.period and len(expr.period) == 4):
            continue
        same = _SAME_PERIOD.search(sentence[max(0, expr.start - 30):expr.start])
        if same:  # "from 15,310 in the same period of 2023": those months of 2023 (a baseline, as marked above)
            start = expr.start - 30 + same.start() if expr.start >= 30 else \
                sentence.rfind("the same period", 0, expr.start)
            found[i] = TimeExpression(max(0, start), expr.end,
                                      shift_period(months[0], int(expr.period) - int(months[0][:4])), True)
    return tuple(found)


_APPOSED = re.compile(r"[^,;.\d]{0,60}(?:\d{4}(?:[/-]\d\d)?[^,;.\d]{0,30})?,\s*")  # up to a comma, maybe past a year


def _quarter_told_in_months(found: list[TimeExpression], lower: str) -> list[TimeExpression]:
    """A quarter followed, past a comma, by the months it is ("the third quarter of the financial year, from
    October to December 2025"), takes those months."""
    out = list(found)
    for i, expr in enumerate(found):
        if "quarter" not in lower[expr.start:expr.end] or expr.baseline:
            continue
        told = next((t for t in found[i + 1:] if t.period and len(t.period) == 15 and not t.baseline and
                     _APPOSED.fullmatch(lower, expr.end, t.start if lower.startswith("from", t.start) or
                                        lower.startswith("between", t.start) else t.start)), None)
        if told:
            out[i] = TimeExpression(expr.start, expr.end, told.period, False)
    return out


def year_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of the years and dates in a sentence, so that they are not read as figures."""
    lower, month, year, _ = _clues(sentence)
    spans = [m.span() for m in _YEAR_SPAN.finditer(sentence)] if year else []
    if spans and ("–" in sentence or "-" in sentence):  # the second year of a span: "2023–25", "2023 - 2025"
        spans += [m.span(1) for m in _YEAR_RANGE_END.finditer(sentence)]
    if month:
        spans += [m.span() for m in _DATE_SPAN.finditer(lower)]
    return tuple(spans)


_YEAR_SPAN = re.compile(free_year(r"\d,.$"))
_YEAR_RANGE_END = re.compile(r"(?<![\d,.])[12]\d{3}\s?[-–]\s?(\d{2}(?:\d{2})?)(?![\d,.]\d|\d)")
# A second day belongs to the date: "October 2 and 3", "4 and 5 March", "March 4-6".
# (Not "on March 4 and 60 on March 6": the second day ends a phrase.)
_SECOND_DAY_END = (r"(?=\s*(?:[,.;:)]|$)|"
                   r"\s+(?:(?:19|20)\d\d|in|at|when|while|after|before|during|last|this|the|and|with|as)\b)")
_DATE_SPAN = re.compile(rf"{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![,.]\d)"  # (not "in April 86,420 litres")
                        rf"(?:\s*(?:and|to|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?\b{_SECOND_DAY_END})?|"
                        rf"{DAY}(?:st|nd|rd|th)?(?:\s*(?:and|to|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{MONTH}")
