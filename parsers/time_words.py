"""The words of time: month names, days, years and counts as regex fragments, and shifting a period in time."""
from __future__ import annotations

import re

from parsers.scan import trie_pattern, word_start_trie
from parsers.vocab import NUMBER_WORDS

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
# A trie ("ma(?:r(?:ch)?|y)"): the engine reads one branch per letter instead of trying every name, and
# where names share a start the longest is tried first, as in a longest-first alternation.
MONTH = r"(?:" + trie_pattern(MONTHS) + r")(?![a-z])\.?"  # a whole word: not the "dec" of "decree"
MONTH_WORD = word_start_trie(MONTHS) + r"\.?"  # a month at a word start: \b and MONTH
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"  # (lower-cased text, or a pattern with IGNORECASE)
# What a report's figures for a time are called: "its October tally", "Highlights for July:"
FIGURES_NOUNS = r"figures|results|data|statistics|numbers|highlights|tally"
DAY = r"\d(?<!\w\d)\d?"  # \b\d{1,2}, opening with its digit (the engine skips to it)
YEAR = r"(?:19[5-9]\d|20\d\d)"
COUNT = r"(?:\d{1,2}|" + "|".join(w for w in NUMBER_WORDS if NUMBER_WORDS[w] < 20) + r")"


def free_year(not_after: str) -> str:
    """A year (group 1) not inside another number: no character of ``not_after`` before it.

    The check sits after the first digit, so the pattern opens with "1" or "2" and the engine
    skips to those characters instead of testing a lookbehind at every position.  Nor is a year the middle part
    of a reference ("quoting reference 55-2026-1187"), though a range's first year is ("2025-2026").
    """
    return rf"((?:1(?<![{not_after}].)9[5-9]\d|2(?<![{not_after}].)0\d\d))(?!\d|,\d|(?<=\d-\d{{4}})-\d)"


# A span back from a figure's time, right after the figure: "332,500 ten years earlier", "41 two months ago"
SPAN_BACK_AFTER = re.compile(r"\s+(a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,2})\s+"
                             r"(years?|months?|decades?)\s+(?:earlier|ago|before|previously)\b")


def count_of(word: str) -> int:
    """"12" -> 12, "five" -> 5."""
    return int(word) if word.isdigit() else int(NUMBER_WORDS[word.lower()])


def shift_period(period: str, years: int) -> str:
    """``shift_period("2023-01/2023-11", -1)`` -> ``"2022-01/2022-11"``."""
    return re.sub(r"\d{4}", lambda m: str(int(m.group(0)) + years), period)


def shift_months(period: str, months: int) -> str:
    """``shift_months("2025-07/2025-09", -3)`` -> ``"2025-04/2025-06"`` (every year-month of ``period`` moved)."""
    def moved(match: re.Match[str]) -> str:
        total = int(match.group(1)) * 12 + int(match.group(2)) - 1 + months
        return f"{total // 12}-{total % 12 + 1:02d}"
    return re.sub(r"(\d{4})-(\d\d)(?!-\d)", moved, period)
