"""Windows of days a time expression names: "between March 3 and April 19, 2024", "the first 33 days of 2025",
"as of February 2", "a 100-day campaign that ended on August 31", "the first 100 days of the campaign, which began on
July 1".  Each resolver takes a rule's match and the publication date (see :mod:`parsers.period_rules`)."""
from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange

from parsers.time_words import MONTHS, count_of


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def year_of(word: str | None, published: dt.date | None) -> int | None:
    if word and word.isdigit():
        return int(word)
    if published is None:
        return None
    return published.year - 1 if (word or "").lower() == "last" else published.year


def days_of_month(m: re.Match[str], published: dt.date | None) -> str | None:
    """"from 1 to 12 October 2026" (by day, a window from the 1st), "3 to 12 October" (the month, an operation's)."""
    year, month = year_of(m[4], published), month_number(m[3])
    first, last = int(m[1]), int(m[2])
    if year is None or not 1 <= first < last <= 31:
        return None
    whole = first == 1 and last == monthrange(year, month)[1]  # "from 1 to 30 November": the month itself
    return f"{year}-{month:02d}-01/{year}-{month:02d}-{last:02d}" if first == 1 and not whole else f"{year}-{month:02d}"


def day_range(m: re.Match[str], published: dt.date | None) -> str | None:
    """"between March 3 and April 19, 2024" (month first)."""
    return days_between(m[1], m[2], m[4], m[5], m[6] or m[7] or m[3], published)


def day_first_range(m: re.Match[str], published: dt.date | None) -> str | None:
    """"between 3 March and 19 April 2024" (day first, as British and most other English writes it)."""
    return days_between(m[2], m[1], m[5], m[4], m[6] or m[7] or m[3], published)


def days_between(first_month: str, first_day: str, last_month: str, last_day: str, year_word: str | None,
                 published: dt.date | None) -> str | None:
    year = year_of(year_word, published)  # "between March 3 and March 9 last year"
    if year is None:
        return None
    first, last = month_number(first_month), month_number(last_month)
    start = year - 1 if first > last else year  # "between December 21 and January 1": across the new year
    if int(first_day) != 1:  # an operation's dates ("between May 3 and June 16"): an event, by month
        return f"{year}-{first:02d}" if first == last else f"{start}-{first:02d}/{year}-{last:02d}"
    return f"{start}-{first:02d}-{int(first_day):02d}/{year}-{last:02d}-{int(last_day):02d}"  # a reporting window


def first_days_from(m: re.Match[str], published: dt.date | None) -> str | None:
    """"the first 100 days of the campaign, which began on July 1": from that day, by day when it is a month's first
    (a reporting window), by month otherwise (an event's)."""
    year, month, day = year_of(m[4], published), month_number(m[2]), int(m[3])
    if year is None or not 1 <= day <= monthrange(year, month)[1]:
        return None
    if m[4] is None and published and month > published.month:
        year -= 1
    first = dt.date(year, month, day)
    last = first + dt.timedelta(days=count_of(m[1]) - 1)
    if day == 1:
        return f"{first.isoformat()}/{last.isoformat()}"
    return f"{first:%Y-%m}/{last:%Y-%m}" if (first.year, first.month) != (last.year, last.month) else f"{first:%Y-%m}"


def first_days(m: re.Match[str], published: dt.date | None) -> str:
    year = int(m[2])
    last = dt.date(year, 1, 1) + dt.timedelta(days=count_of(m[1]) - 1)
    return f"{year}-01-01/{last.isoformat()}"


def first_days_of_month(m: re.Match[str], published: dt.date | None) -> str | None:
    year, month, days = year_of(m[3], published), month_number(m[2]), count_of(m[1])
    if year is None or not 1 <= days <= 31:
        return None
    return f"{year}-{month:02d}-01/{year}-{month:02d}-{days:02d}"


def first_weeks_of_month(m: re.Match[str], published: dt.date | None) -> str | None:
    """"the first two weeks of April": April 1 to 14."""
    year = year_of(m[3], published)
    days = 7 * count_of(m[1])
    return f"{year}-{month_number(m[2]):02d}-01/{year}-{month_number(m[2]):02d}-{days:02d}" if year else None


def as_of(m: re.Match[str], published: dt.date | None) -> str | None:
    year = int(m[3]) if m[3] else (published.year if published else None)
    if year is None:
        return None
    return f"{year}-01-01/{year}-{month_number(m[1]):02d}-{int(m[2]):02d}"


def days_ending(m: re.Match[str], published: dt.date | None) -> str | None:
    """"a 100-day campaign that ended on August 31": the months from its first day to its last."""
    month, day = month_number(m[2]), int(m[3])
    year = int(m[4]) if m[4] else published.year if published and month <= published.month else \
        published.year - 1 if published else None
    if year is None or not 1 <= day <= 31:
        return None
    try:
        end = dt.date(year, month, day)
    except ValueError:
        return None
    start = end - dt.timedelta(days=int(m[1]) - 1)
    return f"{end.year}-{end.month:02d}" if (start.year, start.month) == (end.year, end.month) else \
        f"{start.year}-{start.month:02d}/{end.year}-{end.month:02d}"
