"""The baselines of changes and the other ends of comparisons: what a change is measured against ("compared with
2023", "year on year", "quarter on quarter"), the year before in a report on a financial year, and the same part of
the year before for "last year" in a report on part of a year.
"""
from __future__ import annotations

import re

from parsers.figure_periods import YEARS_SPAN, COMPARISON_MARK
from parsers.periods import TimeExpression, shift_period
from parsers.time_words import count_of, shift_months


def baseline_of(times: tuple[TimeExpression, ...], local_pos: int, period: str | None) -> str | None:
    baselines = [t for t in times if t.baseline and t.start > local_pos - 80]
    if not baselines:
        return None
    # the comparison written right after the change is its own: "8.4 percent fewer than in February and 11.2 percent
    # below March last year"
    after = [t for t in baselines if local_pos < t.start <= local_pos + 40]
    chosen = min(after or baselines, key=lambda t: abs(t.middle - local_pos))
    if chosen.period:
        if period and "/" in period and period[4:5] == "-" and re.fullmatch(r"\d{4}", chosen.period):
            # a change over part of a year is measured against the same months: "Jan-Nov 2023 vs 2022"; a fiscal
            # year is named by the year it ends in ("October 2025 to September 2026 vs fiscal 2025")
            return shift_period(period, int(chosen.period) - int(period.split("/")[-1][:4]))
        return chosen.period
    if period and chosen.years_back:
        return shift_period(period, -chosen.years_back)
    return None


LEVEL_REACHED = re.compile(r"\bto\s+(?:about\s+|some\s+|nearly\s+|just\s+)?$", re.IGNORECASE)  # "rose by 1.7% to 47.9%"


_SEQUENTIAL = re.compile(r"\b(?:(?P<quarter>quarter[- ]on[- ]quarter|(?-i:QoQ|q-o-q)|"
                         r"(?:from|than|over|on) the (?:previous|preceding|prior|last) quarter)|"
                         r"month[- ]on[- ]month|(?-i:MoM|m-o-m)|"
                         r"(?:from|than|over|on) the (?:previous|preceding|prior|last) month)\b", re.IGNORECASE)


_FISCAL_WINDOW = re.compile(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)")  # twelve months that are no calendar year
_FISCAL_BEFORE = re.compile(r"\b(?:fiscal|financial|FY) (?:year )?$", re.IGNORECASE)
_EARLIER_YEAR = re.compile(r"\b(?:previous|last|prior|preceding|past)\b|\bbefore\b|\bearlier\b")


def fiscal_year_before(period: str | None, reporting: str | None, text: str, times: tuple[TimeExpression, ...],
                       stating: int = -1) -> str | None:
    """"The previous year" in a report on a financial year ("2025-26") is the financial year before ("2024/2025"),
    not the calendar year before the publication; "fiscal 2025" in a report on the fiscal year October 2025 to
    September 2026 is October 2024 to September 2025.  The expression at ``stating`` states the report's year ("last
    year" in a headline over "the 2025-26 financial year"): that year, none before it."""
    window = _FISCAL_WINDOW.fullmatch(reporting or "") if period and len(period) == 4 else None
    if window and int(window.group(3)) * 12 + int(window.group(4)) - int(window.group(1)) * 12 - int(window.group(2)) \
            == 11 and any(t.period == period and _FISCAL_BEFORE.search(text, max(0, t.start - 12), t.start)
                          for t in times):
        return shift_period(reporting, int(period or 0) - int(window.group(3)))  # type: ignore[arg-type]
    years = YEARS_SPAN.fullmatch(reporting or "")
    if not (period and years and int(years.group(2)) - int(years.group(1)) == 1 and period == years.group(1)):
        return period
    relative = any(t.period == period and t.start != stating and _EARLIER_YEAR.search(text, t.start, t.end)
                   for t in times)
    return f"{int(period) - 1}/{period}" if relative else period


def implied_baseline(period: str | None, text: str, local_pos: int) -> str | None:
    """The baseline of a change whose sentence names none: the same span a year before ("a rise of 3.6%" in a
    report on 2024 is against 2023; on January-June 2024, against January-June 2023; on the year to June 2024,
    against the year to June 2023).  None for a level reached ("to 47.9%"), a single month and a span of years."""
    if not period or LEVEL_REACHED.search(text, max(0, local_pos - 20), local_pos):
        return None
    if "since " in text and _SINCE_IT_BEGAN.search(text):  # "had fallen by a third since the operation began": against
        return None  # the time before it, no year before
    sequential = _SEQUENTIAL.search(text) if ("quarter" in text or "month" in text or "oQ" in text or "oM" in text or
                                              "-o-" in text) else None  # ("up 14% QoQ")
    if sequential:  # "down 3 per cent quarter on quarter": against the quarter (or month) before
        return shift_months(period, -3 if sequential.group("quarter") else -1) if "-" in period[4:5] else None
    over = _OVER_YEARS.match(text, local_pos) if " years to " in text else None
    if over and "/" in period and len(period) > 9:  # "rose 9.3% over the two years to September": against the same span
        return shift_period(period, -count_of(over.group(1)))  # that many years before
    years = YEARS_SPAN.fullmatch(period)
    if years and int(years.group(2)) - int(years.group(1)) == 1:  # a financial year ("2025/2026"): the one before
        return f"{int(years.group(1)) - 1}/{int(years.group(2)) - 1}"
    if len(period) == 7 or years:  # a month; "2020/2024"
        return None
    return shift_period(period, -1)


_OVER_YEARS = re.compile(r"\S*\s+(?:\w+\s+){0,2}?over the (two|three|four|five|2|3|4|5) years to ")
_SINCE_IT_BEGAN = re.compile(r"\bsince (?:the|its|this|a) (?:[\w-]+ )?(?:operation|crackdown|campaign|drive|sweep|"
                             r"programme|program|initiative|scheme|law|ban|measures?) (?:began|started|was launched|"
                             r"was introduced|came into (?:force|effect)|took effect)\b")
_COMPARED_BEFORE = re.compile(rf"{COMPARISON_MARK}\s+(?:\w+\s+){{0,3}}$", re.IGNORECASE)


_LAST_YEAR_AFTER = re.compile(r"[^.;,]{0,25}?\b(?:last year|a year (?:earlier|ago|before)|the (?:previous|prior) year)\b",
                              re.IGNORECASE)


def compared_window(period: str | None, reporting: str | None, text: str, local_pos: int, local_end: int
                    ) -> str | None:
    """The other end of a comparison with "last year" in a report on part of a year is the same part a year
    before: "3,870 cases so far compared to only 1,640 last year" in a January-June 2024 report is January-June
    2023 (a year written out, "compared to 12.4 lakh in 2023", stays the whole year)."""
    if not (period and reporting and len(period) == 4 and "/" in reporting):
        return period
    start, end = reporting.split("/")
    if start[:4] != end[:4] or int(period) != int(start[:4]) - 1 or not _LAST_YEAR_AFTER.match(text, local_end) or \
            not _COMPARED_BEFORE.search(text, max(0, local_pos - 40), local_pos):
        return period
    return shift_period(reporting, -1)

