"""The rules that resolve a time expression to a GUIDE.md period (the words of time: :mod:`parsers.time_words`).

Each :class:`TimeRule` is a pattern on the lower-cased sentence, a function of (match,
publication date) giving the period, whether the expression is weak (a date that places an
event or a report, "on March 8", "4th Nov, 2019", rather than a period) and the clues a
sentence must hold before the rule is worth running.  :mod:`parsers.periods` applies them.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from parsers.calendars import (HOLIDAY_NAMES, QUARTERS, first_months_by, last_december, last_full_quarter,
                               last_holiday_month, latest_half, latest_quarter, numeric_date_month, past_months,
                               quarter, ramadan_months, year_pair)
from parsers.day_windows import (as_of, day_first_range, day_range, days_ending, days_of_month, first_days,
                                 first_days_from, first_days_of_month, first_weeks_of_month)
from parsers.day_windows import month_number as _month
from parsers.day_windows import year_of as _year_of
from parsers.scan import word_start_trie
from parsers.time_words import COUNT, DAY, FIGURES_NOUNS, MONTH, MONTH_WORD, WEEKDAY, YEAR, count_of, free_year


def _relative_month(published: dt.date, month: int) -> str:
    year = published.year if month <= published.month else published.year - 1
    return f"{year}-{month:02d}"


def _months_across_years(m: re.Match[str], published: dt.date | None) -> str | None:
    """"between March 2023 and October 2024", "between October 2019 and June this year"."""
    end_year = m[4] or _year_of(m[5], published)
    return f"{m[2]}-{_month(m[1]):02d}/{end_year}-{_month(m[3]):02d}" if end_year else None


def _year_to_month(m: re.Match[str], published: dt.date | None) -> str | None:
    """"between 2023 and April this year", "from 2021 to March 2026": January of the first year to that month."""
    end_year = int(m[3]) if m[3] else _year_of(m[4], published)
    if end_year is None:
        return None
    if not (m[3] or m[4]) and published and _month(m[2]) > published.month:
        end_year -= 1  # "from 2023 to November" in a May report: last November
    return f"{m[1]}-01/{end_year}-{_month(m[2]):02d}" if end_year >= int(m[1]) else None


def _month_range(m: re.Match[str], published: dt.date | None) -> str | None:
    year = _year_of(m[3], published)
    if year is None:
        return None
    first, last = _month(m[1]), _month(m[2])
    if m[3] is None and published and last > published.month:
        year -= 1
    start_year = year - 1 if first > last else year  # "between October and March": across the new year
    return f"{start_year}-{first:02d}/{year}-{last:02d}"


def _end_of(m: re.Match[str], published: dt.date | None) -> str | None:
    year = int(m[2]) if m[2] else (published.year if published else None)
    return f"{year}-01/{year}-{_month(m[1]):02d}" if year else None


def _since_year(m: re.Match[str], published: dt.date | None) -> str | None:
    """"since 2010", "since IC3 was formed in 2000": from then to the report's year."""
    if published is None or int(m[1]) >= published.year:
        return None
    return f"{m[1]}/{published.year}"


def _since_month(m: re.Match[str], published: dt.date | None) -> str | None:
    """"since its enactment last July", "since March 2023", "since January": from that month to publication."""
    if published is None:
        return None
    month = _month(m[1] or m[3] or m[4] or m[5])
    if m[5]:  # "since January": the latest January by publication
        year = published.year if month <= published.month else published.year - 1
    else:
        year = int(m[2]) if m[2] else published.year - 1  # "July last year", "last July"
    if (year, month) > (published.year, published.month):
        return None
    if (year, month) == (published.year, published.month):  # "since the blockades began on October 2", told in
        return f"{year}-{month:02d}"  # October: that month so far
    return f"{year}-{month:02d}/{published.year}-{published.month:02d}"


def _since_last_month(m: re.Match[str], published: dt.date | None) -> str | None:
    if published is None:
        return None
    last = published.year * 12 + published.month - 2
    return f"{last // 12}-{last % 12 + 1:02d}/{published.year}-{published.month:02d}"


def _since_start_of(m: re.Match[str], published: dt.date | None) -> str | None:
    """"since the start of the year", "since the beginning of 2024", "year to date": from that year's January to
    publication."""
    if published is None:
        return None
    year = int(m[2]) if m[2] else published.year - 1 if m[1] == "last" else published.year
    if year > published.year:
        return None
    return f"{year}-01/{published.year}-{published.month:02d}"


def _year_named(word: str, published: dt.date | None, first_month: int) -> int | None:
    """The year of "2024", "this year", "last year" or "the year" (the latest one whose ``first_month``
    had begun by publication)."""
    year = _year_of(word, published)
    if year is not None and word == "the" and published is not None and first_month > published.month:
        year -= 1
    return year


def _first_months(m: re.Match[str], published: dt.date | None) -> str | None:
    """"the first nine months of 2024", "the first six months of the year": January to that month."""
    year = _year_named(m[2] or m[3], published, 1)
    return f"{year}-01/{year}-{count_of(m[1]):02d}" if year else None


def _first_quarters(m: re.Match[str], published: dt.date | None) -> str | None:
    """"the first three quarters of 2026", "the first two quarters of the year": January to that quarter's end."""
    months = 3 * {"two": 2, "three": 3}[m[1] or m[4]]  # ("in the first three quarters": the latest ended)
    year = _year_named(m[2] or m[3], published, 1) if m[1] else _year_named("the", published, months)
    return f"{year}-01/{year}-{months:02d}" if year else None


def _quarter_ended(m: re.Match[str], published: dt.date | None) -> str | None:
    """"the quarter ended September 30", "the three months to June 2026": the three months to that month (the latest
    one by publication when no year is named)."""
    month = _month(m[1])
    if m[2]:
        year = int(m[2])
    elif published is None:
        return None
    else:
        year = published.year if month <= published.month else published.year - 1
    first = year * 12 + month - 3  # months since year 0 of the quarter's first month
    return f"{first // 12}-{first % 12 + 1:02d}/{year}-{month:02d}"


def _quarter_of_year(m: re.Match[str], published: dt.date | None) -> str | None:
    """"the first quarter of this year", "the fourth quarter of last year"."""
    number = QUARTERS[m[1]]
    year = _year_named(m[2], published, 3 * number - 2)
    return quarter(number, year) if year else None


def _half(m: re.Match[str], published: dt.date | None) -> str | None:
    """"the first half of 2024", "the second half of last year", "H1 2025"."""
    second = (m[1] or m[4] or m[6]) in ("second", "h2")  # ("during the first semester": the latest begun, as for
    year = _year_named(m[2] or m[3] or m[5] or "the", published, 7 if second else 1)  # "the year")
    if year is None:
        return None
    return f"{year}-07/{year}-12" if second else f"{year}-01/{year}-06"


def _last_month_named(m: re.Match[str], published: dt.date | None) -> str | None:
    """"last December" in a March 2025 report: the latest December before the publication month."""
    if published is None:
        return None
    month = _month(m[1])
    return f"{published.year if month < published.month else published.year - 1}-{month:02d}"


def _fiscal_year_ended(m: re.Match[str], published: dt.date | None) -> str | None:
    """"fiscal year 2026, which ended Sept. 30": October 2025 to September 2026."""
    end = int(m[1]) * 12 + _month(m[2]) - 1  # months since year 0 of the last month
    start = end - 11
    return f"{start // 12}-{start % 12 + 1:02d}/{end // 12}-{end % 12 + 1:02d}"


def _last_fiscal_year_ended(m: re.Match[str], published: dt.date | None) -> str | None:
    """"the fiscal year that ended Sept. 30", in a report of September 30, 2026: October 2025 to September 2026."""
    if published is None:
        return None
    month = _month(m[1])
    end = (published.year if month <= published.month else published.year - 1) * 12 + month - 1
    start = end - 11
    return f"{start // 12}-{start % 12 + 1:02d}/{end // 12}-{end % 12 + 1:02d}"


def _months_to(m: re.Match[str], published: dt.date | None) -> str | None:
    """"the 12 months to June", "the year ending June 2024": the year that ends with that month (the latest such
    month by publication)."""
    return _months_ending(12, _month(m[1]), m[2], published)


def _fiscal_year_to(m: re.Match[str], published: dt.date | None) -> str | None:
    """"the fiscal year to June 2025" (2024-07/2025-06), "to mid-July 2025" (2024-07/2025-07: from mid-July)."""
    return _months_ending(13 if m[1] else 12, _month(m[2]), m[3], published)


def _n_months_to(m: re.Match[str], published: dt.date | None) -> str | None:
    """"the six months to September": the six months that end with that month (the latest such month by
    publication)."""
    months = count_of(m[1])
    return _months_ending(months, _month(m[2]), m[3], published) if 1 < months <= 24 else None


def _months_ending(count: int, end: int, year_text: str | None, published: dt.date | None) -> str | None:
    """The ``count`` months that end with month ``end`` of ``year_text``, or of its latest passing by publication."""
    if year_text:
        year = int(year_text)
    elif published:
        year = published.year if end <= published.month else published.year - 1
    else:
        return None
    if count == 12 and end == 12:
        return str(year)  # "the year ending December 2025" is that calendar year
    first = year * 12 + end - count
    return f"{first // 12}-{first % 12 + 1:02d}/{year}-{end:02d}"


# "the lowest since 1969": a record, no period; a "since" after these words starts no running total.
RECORD_WORDS = ("highest", "lowest", "most", "fewest", "biggest", "largest", "smallest", "worst", "best", "first time")
_SINCE_LEAD = "".join(f"(?<!{word} )" for word in RECORD_WORDS) + \
    r"\bsince (?:(?:the|its|it|was|were|[\w\"'“”‘’-]+)\s+){0,12}?"


@dataclass(frozen=True)
class TimeRule:
    """A time expression's pattern and how it resolves (see the module's docstring)."""

    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], dt.date | None], str | None]
    weak: bool
    needs: tuple[str, ...]  # "M" a month name, "Y" a year, any other clue a substring ("a|b": either word)
    days: bool = False  # its days date an event, as a weak date does ("between September 28 and October 16")


def _year_range(m: re.Match[str], published: dt.date | None) -> str | None:
    """"2023-24" (a financial year's two), "2023-2025" or "2023–25" (a span of years); not "2025-2019"."""
    first = int(m[1])
    if m[4]:  # "2023/24": only a financial or school year
        return year_pair(first, int(m[4]))
    second = int(m[3]) if len(m[3]) == 4 else first - first % 100 + int(m[3])
    return f"{first}/{second}" if 0 < second - first <= 30 else None


def _bracketed_day_month(m: re.Match[str], published: dt.date | None) -> str | None:
    """The month of the latest day numbered ``m[1]`` up to publication ("on Wednesday (12)")."""
    if published is None or not 1 <= int(m[1]) <= 31:
        return None
    year, month = (published.year, published.month) if int(m[1]) <= published.day else \
        (published.year - (published.month == 1), (published.month - 2) % 12 + 1)
    return f"{year}-{month:02d}"


def _rule(pattern: str, resolve: Callable[[re.Match[str], dt.date | None], str | None], weak: bool,
          needs: tuple[str, ...], days: bool = False) -> TimeRule:
    return TimeRule(re.compile(pattern), resolve, weak, needs, days)


# Tried in this order; a later rule's match that overlaps an earlier one's is dropped.  They run on
# the lower-cased sentence (same length and positions), which is faster than IGNORECASE.
RULES: tuple[TimeRule, ...] = (
    # a date in figures, "on 03/05/2026": its month (a day, as a written date is)
    _rule(rf"(?<![\d/])(\d{{1,2}})/(\d{{1,2}})/({YEAR})(?![\d/])", lambda m, d: numeric_date_month(m[1], m[2], m[3], d),
          True, ("Y", "/"), days=True),
    _rule(rf"{_SINCE_LEAD}(?:in |on )?(?:mid-)?(?:({MONTH})\s+({YEAR})|({MONTH}) last year|last ({MONTH})|"
          rf"({MONTH})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?)(?!\s*,?\s*\d)",
          _since_month, False, ("since", "M")),
    _rule(rf"{_SINCE_LEAD}(?:in )?({YEAR})(?!\d|,\d)", _since_year, False, ("since", "Y")),
    # "since a boat capsized off Greece last month": from that month to publication
    _rule(rf"{_SINCE_LEAD}last month\b", _since_last_month, False, ("since", "last month")),
    # "have arrested 17 since last year": from last year to the publication year
    _rule(r"(?<!est )(?<!most )since last year\b", lambda m, d: f"{d.year - 1}/{d.year}" if d else None, False,
          ("since", "last year")),
    # "in the first 100 days of the campaign, which began on July 1": those days
    _rule(rf"(?:the )?first ({COUNT}|\d{{2,3}}) days of (?:[\w'’-]+ ){{0,5}}?"
          rf"(?:crackdown|operation|campaign|drive|sweep|blitz|plan)s?,? (?:that |which )?(?:was )?"
          rf"(?:launched|started|begun|began|kicked off) (?:on )?({MONTH})\s+"
          rf"(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+({YEAR}))?", first_days_from, False, ("M", "first")),
    # "in a crackdown launched in April": the operation's window to date, as "since April" is
    _rule(rf"(?:crackdown|operation|campaign|drive|sweep|blitz)s?,? (?:that was |which was |that |which )?"
          rf"(?:launched|started|begun|began|kicked off) (?:in |on )?(?:early |mid-?|late )?(?:({MONTH})\s+({YEAR})|"
          rf"({MONTH}) last year|"
          rf"last ({MONTH})|({MONTH})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?)(?!\s*,?\s*\d)", _since_month, False,
          ("M", "launched|started|begun|began|kicked off")),
    # "a two-month crackdown on online gambling that ended in August": the months that end with that one
    _rule(rf"({COUNT})-month (?:[\w-]+ ){{0,2}}?(?:crackdown|operation|campaign|drive|sweep|blitz|amnesty)"
          rf"(?: (?:on|against) (?:[\w-]+ ){{0,3}}?[\w-]+)?,? (?:that|which) (?:ended|concluded|closed|ran until) "
          rf"(?:in |on )?(?:early |mid-?|late )?({MONTH})(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+({YEAR}))?",
          lambda m, d: _months_ending(count_of(m[1]), _month(m[2]), m[3], d), False, ("M", "-month")),
    # "a 100-day summer campaign that ended on August 31": the months its days ran through
    _rule(rf"(\d{{1,3}})-day (?:[\w-]+ ){{0,4}}?(?:crackdown|operation|campaign|drive|sweep|blitz|amnesty)"
          rf"(?: (?:on|against) (?:[\w-]+ ){{0,3}}?[\w-]+)?,? (?:that|which) (?:ended|concluded|closed|ran until) "
          rf"(?:on )?({MONTH})\s+(\d{{1,2}})(?!\d)(?:,?\s+({YEAR}))?", days_ending, False, ("M", "-day")),
    # "the first 100 days of the government's security plan, which ended on June 10"
    _rule(rf"(?:the )?first (\d{{2,3}}) days (?:of|in) (?:[\w'’-]+ ){{0,6}}?[\w'’-]+,? (?:which|that) "
          rf"(?:ended|concluded|closed) (?:on )?({MONTH})\s+(\d{{1,2}})(?!\d)(?:,?\s+({YEAR}))?", days_ending, False,
          ("M", "first")),
    _rule(rf"since (?:(?:the )?(?:start|beginning) of|early|earlier) (?:(the|this|last) year|({YEAR}))\b|"
          rf"(?:the )?year[- ]to[- ]date\b",
          _since_start_of, False, ("since|to date|to-date",)),
    # "between March 2023 and October 2024": a window across years
    _rule(rf"(?:from |between )?(?:mid-|early |late )?({MONTH}),?\s+({YEAR})\s*(?:to|and|through|until|-|–)\s*"
          rf"(?:mid-|early |late )?({MONTH}),?\s+"
          rf"(?:({YEAR})|(this|last) year\b)", _months_across_years, False, ("M", "Y")),
    # "between 2023 and April this year": from that year's January
    _rule(rf"(?:from |between )({YEAR})\s*(?:to|and|through|until|-|–)\s*({MONTH})"
          rf"(?:,?\s+({YEAR})(?!\d)|\s+(this|last) year\b|(?!\s*,?\s*\d))", _year_to_month, False, ("M", "Y")),
    _rule(rf"(?:from |between )?(?:mid-|early |late )?({MONTH})\s*(?:to|and|through|until|-|–)\s*"
          rf"(?:mid-|early |late )?({MONTH}),?\s+(?:of\s+)?({YEAR})",
          lambda m, d: f"{m[3]}-{_month(m[1]):02d}/{m[3]}-{_month(m[2]):02d}", False, ("M", "Y")),
    _rule(rf"(?:from |between )({MONTH})\s+(\d{{1,2}})(?:,?\s+({YEAR}),?)?\s*(?:to|and|through|until|-|–)\s*"
          rf"({MONTH})\s+(\d{{1,2}})(?:,?\s+({YEAR})|\s+(last|this) year\b)?", day_range, False, ("M",), days=True),
    _rule(rf"(?:from |between )({DAY})(?:st|nd|rd|th)?\s+({MONTH})(?:,?\s+({YEAR}))?\s*(?:to|and|through|until|-|–)\s*"
          rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH})(?:,?\s+({YEAR})|\s+(last|this) year\b)?", day_first_range, False,
          ("M",), days=True),
    # "from August 3 to 6": an event's days in one month
    _rule(rf"(?:from |between )({MONTH})\s+(\d{{1,2}})\s*(?:to|and|-|–)\s*(\d{{1,2}})(?!\d|,\d)(?:,?\s+({YEAR}))?",
          lambda m, d: f"{_year_of(m[4], d)}-{_month(m[1]):02d}" if m[4] or d else None, False, ("M",), days=True),
    _rule(rf"(?:from |between |in |the )(?:mid-|early |late )?({MONTH})\s*(?:to|and|through|until|-|–)\s*"
          rf"(?:mid-|early |late )?({MONTH})(?!\s*\d)(?:\s+(this|last) year)?", _month_range, False, ("M",)),
    _rule(rf"({MONTH_WORD})\s*(?:-to-|[-–])\s*({MONTH})(?!\s*,?\s*\d)(?:\s+(this|last) year)?", _month_range, False,
          ("M", "-|–")),
    # "on New Year's Eve", "on Christmas Day": December of the last one passed
    _rule(r"(?:new year's eve|new year’s eve|christmas eve|christmas day|boxing day)\b",
          lambda m, d: last_december(d), False, ("new year|christmas|boxing day",)),
    # "over Thanksgiving week", "during the Songkran festival", "over the Lunar New Year holiday": the holiday's month
    # (not "ahead of the Lunar New Year holiday": a day the figure comes before)
    _rule(r"(?<!\w)(?<!ahead of )(?<!ahead of the )(?<!before )(?<!before the )(?<!run-up to )(?<!run-up to the )"
          rf"({'|'.join(HOLIDAY_NAMES)})(?! island)(?: (?:day|week|weekend|long weekend|holidays?|festival|period|"
          r"break))?\b",
          lambda m, d: last_holiday_month(m[1], d), False, ("|".join(HOLIDAY_NAMES),)),
    # "so far today", "earlier today" in a live report: the day it was published (a day, as a date is)
    _rule(r"(?:so far|earlier|later|early) today\b", lambda m, d: f"{d.year}-{d.month:02d}" if d else None, True,
          ("today",), days=True),
    # "on Wednesday (12)", as Brazil's agencies write a day of the month: that day's month
    _rule(rf"{WEEKDAY} \((\d{{1,2}})\)", _bracketed_day_month, True, ("day (",),
          days=True),
    # "during the holy month of Ramadan": its months that year
    _rule(rf"(?:the )?(?:holy |fasting )?(?:month of )?ramadan(?:\s+({YEAR}))?\b",
          lambda m, d: ramadan_months(m[1], d), False, ("ramadan",)),
    _rule(rf"(?:the )?first ({COUNT}|\d{{2,3}}) days (?:of|in) ({YEAR})(?:,? as of {MONTH}\s+\d{{1,2}})?",
          first_days, False, ("days",)),
    # "in the first week of December": an event's month, as its days would date it
    _rule(rf"(?:the )?(?:first|second|third|fourth|last|final) week (?:of|in) ({MONTH})(?!\s*,?\s*\d)",
          lambda m, d: _relative_month(d, _month(m[1])) if d else None, True, ("week", "M"), days=True),
    # "in the first two weeks of April": a reporting window, by day
    _rule(rf"(?:the )?first (two|three|2|3) weeks (?:of|in) ({MONTH})(?:\s+({YEAR}))?(?!\s*\d)", first_weeks_of_month,
          False, ("weeks", "M")),
    # "in the first 10 days of May": a reporting window, by day
    _rule(rf"(?:the )?first ({COUNT}|\d{{1,2}}) days (?:of|in) ({MONTH})(?:\s+({YEAR}))?(?!\s*\d)", first_days_of_month,
          False, ("days", "M")),
    _rule(rf"(?:(?:within|in|during) )?(?:the )?(?:first )?({COUNT}) months (?:of|in) (?:({YEAR})|(this|last|the) year)",
          _first_months, False, ("month",)),
    # "in the first eight months" with no year: of the latest year whose first months had passed by publication
    _rule(rf"(?:(?:within|in|during) )?the first ({COUNT}) months\b(?!\s*(?:of|in|to|ending|ended)\b)",
          lambda m, d: first_months_by(count_of(m[1]), d), False, ("month",)),
    # "the 2025 fiscal year, which ended Sept. 30": the twelve months to that month
    _rule(rf"({YEAR}) fiscal year,? (?:which|that) ended (?:on )?({MONTH}) \d{{1,2}}", _fiscal_year_ended, False,
          ("Y", "M", "fiscal")),
    # "the 2024/25 financial year, which ended on June 30": that year, named as the older labels name it (not the
    # financial year that ended in June before the report)
    _rule(rf"({YEAR})[-–/](\d{{2}}) (?:fiscal|financial) year,? (?:(?:which|that) )?ended (?:on )?{MONTH}\b",
          lambda m, d: year_pair(int(m[1]), int(m[2])), False, ("Y", "fiscal|financial", "M")),
    # "the fiscal year to mid-July 2025": the twelve months to that month, from the same month a year before if mid-way
    _rule(rf"(?:fiscal|financial) year,? (?:to|ending|(?:(?:that|which) )?ended(?: in| on)?|through|until) "
          rf"(?:the end of )?(mid-?)?({MONTH})"
          rf"(?:,?\s+({YEAR}))?", _fiscal_year_to, False, ("fiscal|financial", "M")),
    # ("the 12 months to September 30, 2026": a month's last day, the window by month)
    _rule(rf"(?:(?:the )?(?:12|twelve) months|the year) (?:to|ending|ended|through|until) (?:the end of )?({MONTH})"
          rf"(?:\s+(?:28|29|30|31)(?!\d))?(?:,?\s+({YEAR}))?", _months_to, False, ("months|year", "M")),
    # "in the six months to September": the months that end with that one
    _rule(rf"(?:the )?({COUNT}) months (?:to|ending|ended|through|until) (?:the end of )?({MONTH})"
          rf"(?:\s+(?:28|29|30|31)(?!\d))?(?:,?\s+({YEAR}))?", _n_months_to, False, ("months|year", "M")),
    _rule(word_start_trie(["as of"]) + rf" ({MONTH})\s+(\d{{1,2}})(?:,?\s+({YEAR}))?", as_of, False, ("M", "as of")),
    # "between the start of the year and the end of November": the year to that month
    _rule(word_start_trie(["between the start of", "between the beginning of", "from the start of",
                           "from the beginning of"]) + rf" (?:the|this) year (?:and|to|until|through) "
          rf"(?:the end of )?({MONTH})(?:\s+({YEAR}))?", _end_of, False, ("M", "start of|beginning of")),
    # "by the end of August", "through the end of August": the year to that month
    _rule(word_start_trie(["by the end of", "through the end of", "up to the end of", "until the end of"]) +
          rf" ({MONTH})(?:\s+({YEAR}))?", _end_of, False, ("M", "end of")),
    # "as of end-June", "as at the end of June": the year to that month
    _rule(word_start_trie(["as of", "as at"]) + rf" (?:the end of |end-|end )({MONTH})(?:\s+({YEAR}))?", _end_of, False,
          ("M", "as of|as at")),
    _rule(rf"(?:the )?(first|second|third|fourth|last|final|1st|2nd|3rd|4th) quarter (?:of |in )?({YEAR})|"
          rf"\b(q[1-4])[ ,-]*({YEAR})",
          lambda m, d: quarter(QUARTERS[m[1] or m[3]], int(m[2] or m[4])), False, ("Y", "quarter|q1|q2|q3|q4")),
    # "the June quarter" (as Australia and New Zealand name a quarter by its last month), "the March quarter of 2026"
    _rule(rf"(?:the )?(march|june|september|december) quarter(?: (?:of |in )?({YEAR}))?(?!\s*\d)",
          lambda m, d: quarter(_month(m[1]) // 3, int(m[2])) if m[2] else latest_quarter(_month(m[1]) // 3, d), False,
          ("quarter", "march|june|september|december")),
    _rule(r"(?:the )?(first|second|third|fourth|last|final) quarter (?:of|in) (this|last|the) year",
          _quarter_of_year, False, ("quarter", "year")),  # "in the first quarter of this year"
    _rule(rf"the (?:three months|quarter) (?:ended|ending|to) ({MONTH})(?:\s+\d{{1,2}})?(?:,?\s+({YEAR}))?(?!\d)",
          _quarter_ended, False, ("M", "three months|quarter")),
    _rule(rf"(?:the )?first (two|three) quarters (?:of|in) (?:({YEAR})|(this|last|the) year)|"
          r"(?:in|during) the first (two|three) quarters(?! of| in)\b", _first_quarters, False, ("quarters",)),
    _rule(rf"(?:the )?(first|second) (?:half|semester) (?:of|in) (?:({YEAR})|(this|last|the) year)|\b(h1|h2) ({YEAR})|"
          # ("during the first semester", as translated reports write it; a yearless "second half" is a match's)
          r"(?:in|during) the (first|second) semester(?! of| in)\b", _half, False, ("half|h1|h2|semester",)),
    _rule(rf"(?:from |between )({YEAR})\s*(?:to|and|through|until|-|–)\s*({YEAR})",
          lambda m, d: f"{m[1]}/{m[2]}", False, ("Y", "from |between ")),
    # "in 2015 and 2016": two years in a row, one span (not "in 2015 and 2019")
    _rule(rf"in ({YEAR}) and ({YEAR})(?!\d|,\d)", lambda m, d: f"{m[1]}/{m[2]}" if int(m[2]) == int(m[1]) + 1 else None,
          False, ("Y", "in ", " and ")),
    # "from 1 to 12 October 2026": a reporting window from the 1st keeps its days, an operation's dates are its month
    _rule(rf"(?:from |between )?({DAY})(?:st|nd|rd|th)?\s*(?:to|and|-|–)\s*(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH})"
          rf"(?:,?\s+({YEAR}))?(?!\s*\d)", days_of_month, False, ("M",), days=True),
    _rule(rf"{DAY}(?:st|nd|rd|th)?\s+({MONTH}),?\s+({YEAR})|({MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+({YEAR})",
          lambda m, d: f"{m[2] or m[4]}-{_month(m[1] or m[3]):02d}", True, ("M", "Y")),
    _rule(rf"({MONTH}),?\s+({YEAR})", lambda m, d: f"{m[2]}-{_month(m[1]):02d}", False, ("M", "Y")),
    _rule(rf"({MONTH_WORD}),?\s+(last|this) year\b",
          lambda m, d: f"{_year_of(m[2], d)}-{_month(m[1]):02d}" if d else None, False, ("M", "year")),
    _rule(word_start_trie(["last"]) + rf" ({MONTH})(?!\s*\d)\b", _last_month_named, False, ("M", "last")),
    # "June alone accounted for Rs 112 crore": a month named as the subject of its figure
    _rule(rf"({MONTH_WORD}) alone\b", lambda m, d: _relative_month(d, _month(m[1])) if d else None, True,
          ("M", "alone")),
    # "arrested in the June operations": the month of the operations named
    _rule(rf"\b(?:the|its|their) ({MONTH_WORD}) (?:operations?|raids?|crackdowns?|campaigns?|sweeps?|blitz|"
          rf"{FIGURES_NOUNS})\b",
          lambda m, d: _relative_month(d, _month(m[1])) if d else None, True, ("M", "the")),
    # "fiscal year 2026, which ended Sept. 30": the twelve months to that month
    _rule(rf"fiscal (?:year )?({YEAR}),? (?:which|that) ended (?:on )?({MONTH}) \d{{1,2}}", _fiscal_year_ended, False,
          ("Y", "M", "fiscal")),
    # "the fiscal year that ended Sept. 30": the twelve months to that month's last passing
    _rule(rf"the fiscal year,? (?:which|that) ended (?:on )?({MONTH}) \d{{1,2}}(?!,?\s*\d)", _last_fiscal_year_ended,
          False, ("M", "fiscal")),
    # "FY25", "FY 26": the financial year that ends in that year, named by its two years as "2024-25" is
    _rule(r"\bfy ?(\d{2})(?![\d/-])", lambda m, d: year_pair(2000 + int(m[1]) - 1, int(m[1])), False, ("fy",)),
    # "2023-24": a financial year; "2023-2025", "2023–25": a span of years
    _rule(rf"({YEAR})(?:\s?([-–])\s?(\d{{4}}|\d{{2}})|/(\d{{2}}))(?!\d|[,.]\d)", _year_range, False, ("Y",)),
    _rule(free_year(r"\d,."), lambda m, d: m[1], False, ("Y",)),
    _rule(word_start_trie(["last", "previous", "past"]) + r" year\b",
          lambda m, d: str(d.year - 1) if d else None, False, ("year",)),
    _rule(word_start_trie(["this year"]) + r"\b", lambda m, d: str(d.year) if d else None, False, ("this year",)),
    _rule(rf"\b(?:(?:in |over |during )(?:the )?|the )(?:past|last) ({COUNT}) years\b",  # "in past five years": a headline
          lambda m, d: f"{d.year - count_of(m[1])}/{d.year - 1}" if d else None, False, ("years",)),
    # "Two years ago, we were seizing 20 kilos a year": that year (after "from" or "than" it is a baseline, read first)
    _rule(rf"\b({COUNT}) years ago\b", lambda m, d: str(d.year - count_of(m[1])) if d else None, False, ("years",)),
    _rule(rf"\b(?:in |over |during )?the (?:past|last) ({COUNT}) months\b",
          lambda m, d: past_months(count_of(m[1]), d), False, ("months",)),
    _rule(r"\b(?:(?:in |over |during )(?:the )?|the )(?:past|last) decade\b",
          lambda m, d: f"{d.year - 10}/{d.year - 1}" if d else None, False, ("decade",)),
    _rule(r"(?:the )?(first|second|third|fourth)[- ]quarter(?! (?:of |in )?\d)",
          lambda m, d: latest_quarter(QUARTERS[m[1]], d), False, ("quarter",)),
    _rule(r"\b(q[1-4])\b(?![ ,-]*\d)", lambda m, d: latest_quarter(QUARTERS[m[1]], d), False,
          ("q1|q2|q3|q4",)),  # "down from A$74.5 million in Q2"
    _rule(r"(?:the )?(?:last|past) quarter\b(?! of| in)", lambda m, d: last_full_quarter(d), False, ("quarter",)),
    # a headline's "in first half" (not a match's "in the second half")
    # (and a report's "first-half profit", "second-half results": the latest such half begun by publication too)
    _rule(r"\bin (first|second) half\b(?! (?:of|in)\b)|\b(first|second)-half\b(?! (?:of|in)\b)",
          lambda m, d: latest_half((m[1] or m[2]) == "first", d), False, ("half",)),
    # "Earlier this month, police arrested 11": the month of publication, when it opens the sentence
    _rule(r"^earlier this month\b", lambda m, d: f"{d.year}-{d.month:02d}" if d else None, True, ("this month",)),
    _rule(r"(?<!earlier )(?<!later )" + word_start_trie(["this month"]) + r"\b",  # "in raids on illegal gold mines
          lambda m, d: f"{d.year}-{d.month:02d}" if d else None, False, ("this month",)),  # this month"
    _rule(r"\b(?:in |over |during )?the past month\b",  # "in the past month": the month before publication's
          lambda m, d: _relative_month(d, (d.month - 2) % 12 + 1) if d else None, False, ("past month",)),
    _rule(word_start_trie(["last month"]) + r"\b",
          lambda m, d: _relative_month(d, (d.month - 2) % 12 + 1) if d else None, False, ("last month",)),
    # a month a change is measured against: "down 8 per cent in January compared with December"
    _rule(rf"(?:(?<=compared with )|(?<=compared to )|(?<=than in )|(?<=% from )|(?<=cent from )|(?<=percent from ))"
          rf"({MONTH})(?!\s*,?\s*\d)",  # "down 14.2% from June"
          lambda m, d: _relative_month(d, _month(m[1])) if d else None, False, ("M", "compared|than in|from")),
    _rule(word_start_trie(["in", "on", "since", "during", "by", "of", "for", "throughout"])
          + rf"\s+(?:early |late |mid-?)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:(?:and|to|-|–)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+)?)?"
            rf"({MONTH})(?!\s*\d{{4}})"
            rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?\b",
          lambda m, d: _relative_month(d, _month(m[1])) if d else None, True, ("M",)),
    # a timeline's dated line: "Feb. 12: Troops arrive ...; 38 people are arrested"
    _rule(rf"^(?:[-•*]\s*)?({MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?(?=:)",
          lambda m, d: _relative_month(d, _month(m[1])) if d else None, True, ("M",)),
)
