"""Financial years that run across two calendar years: the month each country's begins in, and their quarters.

"the first quarter of the 2026/27 financial year" is July to September 2026 in Kenya, April to June 2026 in India;
"the first six months of the financial year 2026-27" is April to September 2026 in India.
"""
from __future__ import annotations

import datetime as dt
import re

# The month a country's financial year begins in, where it spans two calendar years (April where none is listed:
# India, Britain, Hong Kong, Singapore, Japan, Canada, South Africa, ...).
FY_START_MONTH = {"AU": 7, "NZ": 7, "KE": 7, "UG": 7, "TZ": 7, "PK": 7, "EG": 7, "BD": 7, "NP": 7, "ET": 7,
                  "US": 10, "TH": 10, "MM": 10}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4,
             "last": 4}
FISCAL_QUARTER = re.compile(r"\b(first|second|third|fourth|final|last|1st|2nd|3rd|4th) quarter of (?:the |its |this )?"
                            r"(\d{4})[/-](\d{2}) (?:financial|fiscal) year\b", re.IGNORECASE)


def _months(first_year: int, country: str | None, skip: int, count: int) -> str:
    """``count`` months of the financial year that begins in ``first_year`` in ``country``, ``skip`` months in."""
    first = first_year * 12 + FY_START_MONTH.get(country or "", 4) - 1 + skip  # months since year 0
    last = first + count - 1
    return f"{first // 12}-{first % 12 + 1:02d}/{last // 12}-{last % 12 + 1:02d}"


def fiscal_quarter(number: int, first_year: int, country: str | None) -> str:
    """The months of quarter ``number`` of the financial year that begins in ``first_year`` in ``country``."""
    return _months(first_year, country, 3 * (number - 1), 3)


def fiscal_quarter_in(text: str, country: str | None) -> str | None:
    """The months of the one quarter of a two-year financial year ``text`` names, by ``country``'s financial year."""
    found = FISCAL_QUARTER.findall(text) if "quarter" in text else []
    if len(found) != 1:
        return None
    ordinal, first_year, second = found[0]
    if int(second) != (int(first_year) + 1) % 100:
        return None
    return fiscal_quarter(_ORDINALS[ordinal.lower()], int(first_year), country)


# "the first quarter of the Ethiopian fiscal year", "the second quarter of the current financial year": no years named
_YEARLESS_FISCAL_QUARTER = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter of (?:the |its |this )?"
                                      r"(?:current |[A-Z][a-z]+ )?(?:financial|fiscal) year\b", re.IGNORECASE)


def yearless_fiscal_quarter(text: str, country: str | None, published: dt.date | None) -> str | None:
    """The months of the quarter ``text`` names of a financial year it names no years of: the latest such quarter that
    began by ``published``, by ``country``'s financial year (one that spans two calendar years)."""
    found = _YEARLESS_FISCAL_QUARTER.findall(text) if "quarter of" in text else []
    if len(found) != 1 or published is None or country not in FY_START_MONTH:
        return None
    number = _ORDINALS[found[0].lower()]
    first_year = published.year if published.month >= FY_START_MONTH[country] else published.year - 1
    quarter = fiscal_quarter(number, first_year, country)
    return quarter if quarter[:7] <= f"{published.year}-{published.month:02d}" else \
        fiscal_quarter(number, first_year - 1, country)


_MONTH_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}
_YEAR_PAIR = r"(?:(?:the |its |this )?(?P<a>\d{4})[/-](?P<b>\d{2}) (?:financial|fiscal) year|" \
             r"(?:the |its |this )?(?:financial|fiscal) year (?P<c>\d{4})[/-](?P<d>\d{2}))"
# "the first half of the 2025/26 financial year", "the first six months of the financial year 2026-27"
FISCAL_PART = re.compile(r"\b(?:(?P<half>first|second) half|first (?P<months>three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|\d{1,2}) months) of " + _YEAR_PAIR, re.IGNORECASE)


def fiscal_part_in(text: str, country: str | None, period: str) -> str | None:
    """The months of the one half, or the opening months, of a two-year financial year ``text`` names, by
    ``country``'s financial year, in the financial year ``period`` is ("2024/2025" for "a year earlier")."""
    found = list(FISCAL_PART.finditer(text)) if "of" in text else []
    if len(found) != 1:
        return None
    match = found[0]
    first_year, second = int(match.group("a") or match.group("c")), int(match.group("b") or match.group("d"))
    if second != (first_year + 1) % 100:
        return None
    count = match.group("months")
    months = (int(count) if count.isdigit() else _MONTH_COUNTS[count.lower()]) if count else 6
    if not 1 <= months <= 11:
        return None
    return _months(int(period[:4]), country, 6 if (match.group("half") or "").lower() == "second" else 0, months)


MONTH_WINDOW = re.compile(r"\d{4}-\d\d/\d{4}-\d\d")  # a window of months, "2025-07/2026-06"


def months_spanned(period: str) -> int:
    """How many months a window of months ("2026-07/2026-09") spans; 0 for any other period."""
    if not MONTH_WINDOW.fullmatch(period):
        return 0
    return (int(period[8:12]) - int(period[:4])) * 12 + int(period[13:15]) - int(period[5:7]) + 1


def split_year_months(periods: list[str], text: str) -> dict[str, str]:
    """The months of the split years an article writes ("the 2025/26 judicial year") when it also tells them ("in the
    year to June 30"): {"2025/2026": "2025-07/2026-06", "2024/2025": "2024-07/2025-06"} (the year before, for a
    change's baseline, by the same months)."""
    spans: dict[int, set[str]] = {}
    for period in periods:
        if months_spanned(period) == 12 and period[:4] != period[8:12]:  # twelve months across a new year
            spans.setdefault(int(period[:4]), set()).add(period)
    months: dict[str, str] = {}
    for first, told in spans.items():
        if len(told) == 1 and re.search(rf"\b{first}[/-](?:{(first + 1) % 100:02d}|{first + 1})\b", text):
            span = told.pop()
            months[f"{first}/{first + 1}"] = span
            months[f"{first - 1}/{first}"] = f"{first - 1}{span[4:8]}{first}{span[12:]}"
    return months


_FISCAL_NAMED = re.compile(r"\bfiscal (?:year )?$", re.IGNORECASE)
_FISCAL_AFTER = re.compile(r" fiscal year\b", re.IGNORECASE)  # "in the 2025 fiscal year"


# Countries whose fiscal year begins in October and is named by the year it ends in ("fiscal 2026": October 2025 to
# September 2026)
OCTOBER_FISCAL = frozenset(country for country, month in FY_START_MONTH.items() if month == 10)


def october_fiscal_year(period: str, text: str, starts: list[int], country: str = "US") -> str:
    """A year written "fiscal 2026" (or "the 2026 fiscal year") in a story of a country whose fiscal year begins in
    October (the US's, Thailand's, Myanmar's) is the fiscal year that ends in it, October 2025 to September 2026
    (``starts``: where the sentence's expressions of ``period`` start); any other year stays as it is."""
    if len(period) == 4 and any(_FISCAL_NAMED.search(text, max(0, start - 12), start) or
                                _FISCAL_AFTER.match(text, start + 4) for start in starts):
        year, first = int(period), FY_START_MONTH[country]
        return f"{year - 1}-{first:02d}/{year}-{first - 1:02d}"
    return period


# "in the last fiscal year", "last financial year": the latest financial year the article has told of (not "than in
# the previous fiscal year", a baseline)
_LAST_FISCAL = re.compile(r"\b(?:in |during |over )?(?:the )?last (?:fiscal|financial) year\b", re.IGNORECASE)
_FISCAL_SPAN = re.compile(r"(\d{4})/(\d{4})|(\d{4})-(\d\d)/(\d{4})-(\d\d)")


def last_fiscal_year(text: str, told: list[str]) -> str | None:
    """The period of "the last fiscal year" in ``text``: the latest financial year among the periods ``told`` before
    ("in 2023/24 ...; in 2024/25, ...; and in 2025/26, ..." then "losses ... in the last fiscal year": 2025/2026)."""
    if "last f" not in text.lower() or not _LAST_FISCAL.search(text):
        return None
    spans = [period for period in told if (found := _FISCAL_SPAN.fullmatch(period)) and
             (found.group(1) and int(found.group(2)) == int(found.group(1)) + 1 or
              found.group(3) and months_spanned(period) == 12)]
    return max(spans, key=lambda period: period[-7:]) if spans else None
