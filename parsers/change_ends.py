"""The two ends of a change written "from X to Y", "rose to Y from X", "up from X": which period each end covers.

The earlier end belongs to the period before (the same span a year earlier, or the span just before), unless a
time of its own or a revision says otherwise.
"""
from __future__ import annotations

import re

from parsers.figure_periods import SUM_MARK, YEARS_SPAN, binds_after
from parsers.time_words import SPAN_BACK_AFTER, count_of, shift_months
from parsers.periods import TimeExpression, shift_period

FROM_TO = re.compile(rf"\s+(?:cases?\s+)?to\s+(?:just\s+|about\s+|some\s+)?{SUM_MARK}[\d,. ]+\d")
FROM_BEFORE = re.compile(r"\bfrom\s+(?:just\s+|about\s+|some\s+)?$")
TO_AFTER_FROM = re.compile(r"\bfrom\s+\S*\d\S*(?:\s+(?:million|billion|crore|lakh|cases?))?\s+to\s+"
                           r"(?:just\s+|about\s+)?$")
# The earlier end of a change written "to Y from X" ("rose to 646 from 490"), right before X.
FROM_AFTER_TO = re.compile(rf"\bto\s+(?:just\s+|about\s+)?{SUM_MARK}(?:\d{{1,3}}(?: \d{{3}})+|[\d,.]+\d)"
                           r"(?:\s*(?:m\b|bn\b|k\b|mn\b|million|"
                           r"billion|crore|lakh|cases?|people|per ?cent|percent|%|tonnes?|kg|kilograms?|pounds))?"
                           r"(?:\s+(?:baht|yuan|won|yen|dong|rupiah|pesos|"
                           r"ringgit|dollars|euros|pounds|rupees))?,?\s+from\s+(?:just\s+|about\s+)?"
                           rf"{SUM_MARK}$")
# (a time told before "up from" is the figure's before it, "arrested 3,100 people last year, up from 2,450"; one after
# it, the earlier end's own)
_UP_FROM = re.compile(rf"\d(?:\s+[a-z]+){{0,10}},?\s+(?P<turn>(?:up|down)\s+from)\s+(?:just\s+|about\s+)?"
                      rf"{SUM_MARK}$")
UP_FROM_GATE = "from"  # in the last 20 characters of every _UP_FROM match
_COMPARED_RIGHT_BEFORE = re.compile(r"\b(?:compared (?:with|to)|against|versus|from)\s+(?:about\s+|some\s+|just\s+)?$")
_TO_TIME_FROM = re.compile(rf"\bto\s+(?:just\s+|about\s+)?{SUM_MARK}[\d,.]+\d(?:\s+[a-z]+)?\s+"
                           rf"(?:(?:last|this) (?:year|month|quarter)|in (?:19|20)\d\d),?\s+from\s+"
                           rf"(?:just\s+|about\s+)?{SUM_MARK}$")



def from_to_period(period: str | None, text: str, local_pos: int, local_end: int,
                   times: tuple[TimeExpression, ...]) -> str | None:
    """The ends of a change written "from X to Y": X belongs to the period before, Y to the one it reaches.

    Over a span of years ("in the past five years ... from $1.4 billion to $6.9 billion") X takes the
    first year and Y the last; otherwise X takes the same period a year earlier.
    """
    if not period or _REVISED.search(text, max(0, local_pos - 120), local_pos):
        return period  # "revised to 50,980, from 51,520": the same period's figure as first told
    label = _YEAR_BEFORE_LABEL.search(text, max(0, local_pos - 30), local_pos) if "(" in text else None
    if label:  # "14,120 cases (previous year: 12,060)": the year before the one the sentence tells of
        told = next((t.period for t in times if t.period and t.end <= label.start()), None)
        return shift_period(told or period, -1)
    years = YEARS_SPAN.fullmatch(period)
    if FROM_TO.match(text, local_end) and FROM_BEFORE.search(text, 0, local_pos):
        if years:
            return years.group(1)
        return period if dated_nearby(times, local_pos) else shift_period(period, -1)
    if years and TO_AFTER_FROM.search(text, 0, local_pos):
        return years.group(2)
    previous_span = _PREVIOUS_SPAN_AFTER.match(text, local_end) if any(map(text.__contains__, PREVIOUS_SPAN_WORDS)) \
        else None
    if previous_span and "-" in period[4:5]:  # "up from 48,000 in the previous three months": the span just before
        return shift_months(period, -1 if previous_span.group(1) == "month" else -3)
    financial = bool(years) and int(years.group(2)) == int(years.group(1)) + 1  # "2025-26": one financial year
    if (not years or financial) and FROM_AFTER_TO.search(text, max(0, local_pos - 60), local_pos) and \
            not dated_nearby(times, local_pos):
        return shift_period(period, -1)  # "fell, to $456.4 million, from $385.6 million": the year before's
    if not years and " from" in text[max(0, local_pos - 12):local_pos] and \
            _TO_TIME_FROM.search(text, max(0, local_pos - 60), local_pos) and \
            not any((t.period or t.years_back) and 0 <= t.start - local_end <= 15 for t in times):
        return shift_period(period, -1)  # "fell to 412 last year from 578": the time is the first figure's (not
        # "from 168 in 2024" or "from 2,540 a year earlier": the earlier end's own)
    back = SPAN_BACK_AFTER.match(text, local_end) if " years " in text[local_end:local_end + 20] else None
    if back and back.group(2) == "years" and not years and \
            _COMPARED_RIGHT_BEFORE.search(text, max(0, local_pos - 30), local_pos) and \
            not any(0 <= t.start - local_end <= 2 for t in times):  # (a time expression read it already: "32% two
        return shift_period(period, -count_of(back.group(1)))  # years earlier"): "compared with 332,500 ten years
        # earlier"
    up_from = _UP_FROM.search(text, max(0, local_pos - 80), local_pos) if not years and (
        len(period) == 4 or "/" in period) and UP_FROM_GATE in text[max(0, local_pos - 20):local_pos] else None
    if up_from and _EARLIER_COUNT_AFTER.match(text, local_end):
        return period  # "risen to 2,318 since January 12, up from 2,106 reported on Sunday": the running total's
        # earlier count, in its window
    if up_from and not any(abs(t.start - local_pos) < 40 and t.start > up_from.start("turn") and t.period or
                           0 <= t.start - local_end <= 45 and binds_after(t, text, local_end) for t in times):
        # "6,120 cases, down from 9,880" in a yearly report: the year before's (a year told before the "down from"
        # is the figures' own: "arrested 104,200 in 2025, down from 118,900"; "the year before" says it too)
        return shift_period(period, -1)
    if text.startswith((" previously", " earlier"), local_end) and \
            text.endswith(("against ", "compared with ", "versus "), 0, local_pos):  # "RM412.6 million, against
        return shift_period(period, -1)  # RM301.2 million previously": the same span a year before
    return period


_EARLIER_COUNT_AFTER = re.compile(r"\s+(?:reported|announced|given|released|tallied|recorded)\s+(?:on (?:Monday|Tuesday|"
                                  r"Wednesday|Thursday|Friday|Saturday|Sunday)\b|earlier|last week|"
                                  r"the (?:day|week) before|a (?:day|week) earlier|(?:on )?(?:Jan|Feb|Mar|Apr|May|Jun|"
                                  r"Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b)")
_YEAR_BEFORE_LABEL = re.compile(r"\((?:the )?(?:previous|prior|preceding) year:\s*$|\(a year (?:earlier|before):\s*$",
                                re.IGNORECASE)
_REVISED = re.compile(r"\b(?:revis|correct|restat|amend)(?:ed|es|ing)\b", re.IGNORECASE)
PREVIOUS_SPAN_WORDS = ("previous", "preceding", "prior")  # one is in every _PREVIOUS_SPAN_AFTER match
_PREVIOUS_SPAN_AFTER = re.compile(r"\s+(?:in|during|over) the (?:previous|preceding|prior) "
                                  r"(three months|quarter|month)\b")


def dated_nearby(times: tuple[TimeExpression, ...], local_pos: int) -> bool:
    """Whether a time expression stands within 40 characters of a figure: its own, which no shift overrides."""
    return any(abs(t.start - local_pos) < 40 for t in times)


# "the same months of 2025", "the same two months of 2025": the months of a window told in a sentence before, in
# that year
_SAME_SPAN_OF = (r"the same (?:(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) )?"
                 r"(?:period|months|weeks|days|time) (?:of|in) (?P<year>(?:19|20)\d\d)\b")
_SAME_MONTHS_OF_AFTER = re.compile(r"\s+(?:(?:recorded|reported|registered|logged) )?in " +  # "compared with 61 in
                                   _SAME_SPAN_OF)  # the same months of 2025", "the 314 recorded in the same period of"
_SAME_MONTHS_ANYWHERE = re.compile(r"\b" + _SAME_SPAN_OF)  # "fell 8.5% compared with the same two months of 2025"


def _window_in_year(period: str, same: re.Match[str]) -> str | None:
    """``period``, a window of months or days, moved to the year ``same`` names, when it spans the months it counts."""
    first, last = period.split("/")
    months = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
    if same.group("count") and months != count_of(same.group("count")):
        return None
    return shift_period(period, int(same.group("year")) - int(first[:4]))


def same_months_of(period: str | None, text: str, local_end: int) -> str | None:
    """The other end of a comparison "in the same months of 2025" takes the months of the figure's window in that
    year when the sentence names no months of its own (the window carried from the sentence before)."""
    if not period or "/" not in period or period[4:5] != "-":
        return period
    same = _SAME_MONTHS_OF_AFTER.match(text, local_end)
    return (_window_in_year(period, same) or period) if same else period


def same_months_baseline(baseline: str | None, period: str | None, text: str) -> str | None:
    """A change "compared with the same two months of 2025" whose window was told before ("from July 1 to August 31"):
    that window in 2025, not the year's first two months (never a year not earlier than the window's)."""
    same = _SAME_MONTHS_ANYWHERE.search(text) if "same " in text else None
    if not (same and period and "/" in period and period[4:5] == "-" and int(same.group("year")) < int(period[:4])):
        return baseline
    return _window_in_year(period, same) or baseline
