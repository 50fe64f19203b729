"""Periods named by a calendar's feasts and holidays (Ramadan, New Year's Eve, Christmas, Thanksgiving, Songkran),
by dates written in figures ("03/05/2026"), and by quarters, halves and spans counted back from publication.

Pure date arithmetic for :mod:`parsers.period_rules`: a feast's name and the publication date in,
a GUIDE.md period out.
"""
from __future__ import annotations

import datetime as dt

# The first and last day of Ramadan in each year (the Umm al-Qura calendar; a country's moon sighting may shift them by
# a day, which no month of these changes but at the edges).
RAMADAN = {2015: ((6, 18), (7, 16)), 2016: ((6, 6), (7, 5)), 2017: ((5, 27), (6, 24)), 2018: ((5, 16), (6, 14)),
           2019: ((5, 6), (6, 3)), 2020: ((4, 24), (5, 23)), 2021: ((4, 13), (5, 12)), 2022: ((4, 2), (5, 1)),
           2023: ((3, 23), (4, 20)), 2024: ((3, 11), (4, 9)), 2025: ((3, 1), (3, 29)), 2026: ((2, 18), (3, 19)),
           2027: ((2, 8), (3, 9)), 2028: ((1, 28), (2, 26)), 2029: ((1, 16), (2, 14)), 2030: ((1, 6), (2, 4))}


def ramadan_months(year_text: str | None, published: dt.date | None) -> str | None:
    """The months of the Ramadan of ``year_text`` ("during Ramadan 2024"), or of the last that began by the
    publication date: "2026-02/2026-03", "2025-03"."""
    if year_text:
        year = int(year_text)
    elif published:
        began = RAMADAN.get(published.year, ((12, 31),))[0]
        year = published.year if published >= dt.date(published.year, *began) else published.year - 1
    else:
        return None
    if year not in RAMADAN:
        return None
    (first, _), (last, _) = RAMADAN[year]
    return f"{year}-{first:02d}" if first == last else f"{year}-{first:02d}/{year}-{last:02d}"


# Holidays that fall in one month every year ("over Thanksgiving week", "during the Songkran festival").
FIXED_MONTH_HOLIDAYS = {"thanksgiving": 11, "black friday": 11, "halloween": 10, "songkran": 4, "fourth of july": 7,
                        "festive season": 12, "festive period": 12}
# Holidays of the moon's calendars: their day each year (Lunar New Year; Diwali).
LUNAR_NEW_YEAR = {2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26)}
DIWALI = {2023: (11, 12), 2024: (11, 1), 2025: (10, 20), 2026: (11, 8), 2027: (10, 29), 2028: (10, 17)}
# Easter Sunday (the Western churches'), whose long weekend is a police operation's window in many countries
EASTER = {2023: (4, 9), 2024: (3, 31), 2025: (4, 20), 2026: (4, 5), 2027: (3, 28), 2028: (4, 16), 2029: (4, 1),
          2030: (4, 21)}
# Eid al-Fitr, the feast that ends Ramadan (Hari Raya Aidilfitri in Malaysia, Singapore and Brunei): the day after
# Ramadan's last day
EID_AL_FITR = {year: ((eid := dt.date(year, *last) + dt.timedelta(days=1)).month, eid.day)
               for year, (_, last) in RAMADAN.items()}
_ALIASES = {"chinese new year": "lunar new year", "tet": "lunar new year", "hari raya aidilfitri": "eid al-fitr",
            "hari raya": "eid al-fitr", "eid ul-fitr": "eid al-fitr"}
# Every holiday name :func:`last_holiday_month` reads (lower case), for the patterns that find them.
HOLIDAY_NAMES = (*FIXED_MONTH_HOLIDAYS, "diwali", "lunar new year", "easter", "eid al-fitr", *_ALIASES)


def last_holiday_month(name: str, published: dt.date | None) -> str | None:
    """The month of the last ``name`` holiday by the publication date: "2025-11" for Thanksgiving in a December story,
    "2026-02" for the Lunar New Year of 2026."""
    if published is None:
        return None
    name = " ".join(name.split())
    name = _ALIASES.get(name, name)
    if name in FIXED_MONTH_HOLIDAYS:
        month = FIXED_MONTH_HOLIDAYS[name]
        return f"{published.year if published.month >= month else published.year - 1}-{month:02d}"
    table = DIWALI if name == "diwali" else EASTER if name == "easter" else EID_AL_FITR if name == "eid al-fitr" \
        else LUNAR_NEW_YEAR
    for year in (published.year, published.year - 1):
        if year in table and dt.date(year, *table[year]) <= published:
            return f"{year}-{table[year][0]:02d}"
    return None


def numeric_date_month(first: str, second: str, year: str, published: dt.date | None) -> str | None:
    """The month of a date written "03/05/2026": month first or day first, whichever falls nearest before the
    publication date (March 5 in a story of March 6; the 13th of a month can only be a day)."""
    if published is None:  # (with no date to read it by, month and day cannot be told apart)
        return None
    dates = []
    for month, day in ((int(first), int(second)), (int(second), int(first))):
        try:
            dates.append(dt.date(int(year), month, day))
        except ValueError:
            continue
    if not dates:
        return None
    before = [d for d in dates if d <= published]
    chosen = max(before) if before else min(dates)
    return f"{chosen.year}-{chosen.month:02d}"


def last_december(published: dt.date | None) -> str | None:
    """The December of the last New Year's Eve or Christmas by the publication date."""
    if published is None:
        return None
    return f"{published.year if published.month == 12 else published.year - 1}-12"


QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}


def quarter(number: int, year: int) -> str:
    """Quarter ``number`` of ``year``: "2026-07/2026-09"."""
    return f"{year}-{3 * number - 2:02d}/{year}-{3 * number:02d}"


def latest_quarter(number: int, published: dt.date | None) -> str | None:
    """"in the first quarter", "in Q2": the latest such quarter begun by publication."""
    if published is None:
        return None
    return quarter(number, published.year if 3 * number - 2 <= published.month else published.year - 1)


def last_full_quarter(published: dt.date | None) -> str | None:
    """"in the last quarter": the last quarter that ended before publication."""
    if published is None:
        return None
    number = (published.month - 1) // 3  # the quarter before the current one (0: the last of the year before)
    return quarter(number, published.year) if number else quarter(4, published.year - 1)


def first_months_by(count: int, published: dt.date | None) -> str | None:
    """"in the first eight months" with no year: of the latest year whose first months had passed by publication."""
    if published is None or not 1 <= count <= 11:
        return None
    year = published.year if published.month > count else published.year - 1
    return f"{year}-01/{year}-{count:02d}"


def latest_half(first: bool, published: dt.date | None) -> str | None:
    """"in first half": the latest such half begun by publication."""
    if published is None:
        return None
    if first:
        return f"{published.year}-01/{published.year}-06"
    year = published.year if published.month >= 7 else published.year - 1
    return f"{year}-07/{year}-12"


def bikram_fiscal_year(period: str, published: dt.date) -> str | None:
    """A fiscal year told in the Bikram Sambat calendar ("fiscal year 2082/83", as Nepal's are): its twelve months in
    the Gregorian calendar, mid-July to mid-July ("2025-07/2026-07"), once it has ended; None for any other far year."""
    first, _, second = period.partition("/")
    if not (first.isdigit() and second[:4].isdigit() and int(second[:4]) == int(first) + 1):
        return None
    start = int(first) - 57  # (2082 began in mid-April 2025; its fiscal year in mid-July)
    ended = (start + 1, 7) <= (published.year, published.month)  # (a year under way: its months so far are told)
    return f"{start}-07/{start + 1}-07" if ended and published.year - 3 <= start else None


def year_pair(first: int, second: int) -> str | None:
    """"2023-24": the two years of a financial or school year; None when the digits are no next year."""
    return f"{first}/{first + 1}" if second == (first + 1) % 100 else None


def past_months(count: int, published: dt.date | None) -> str | None:
    """"in the past 12 months" in a March 2025 report: the twelve whole months before it, 2024-03/2025-02."""
    if published is None:
        return None
    end = published.year * 12 + published.month - 2  # months since year 0 of the month before publication
    start = end - count + 1
    return f"{start // 12}-{start % 12 + 1:02d}/{end // 12}-{end % 12 + 1:02d}"
