"""Plain-text tables: a figure in a row of cells ("Selangor | 4,310 | RM296 million") counts what the header of its
column names ("State | Cases | Losses"), as a list's label does for the figure after it."""
from __future__ import annotations

import datetime as dt
import re

from parsers.classify import PHYSICAL_RE, PHYSICAL_UNITS
from parsers.nouns import measure_of_noun_phrase
from parsers.periods import find_time_expressions
from parsers.reading import LocalReading
from parsers.scan import DIGIT
from parsers.time_words import shift_period
from parsers.topics import subjects_in


def header_row(text: str, position: int) -> str | None:
    """The header row of the table whose row ``position`` of ``text`` stands in: rows of cells split by "|", the
    header the nearest row above with no digit in it (or none but a period's: "Offence | Q3 2026 | Change")."""
    found = _header(text, position)
    return found[1] if found else None


def _header(text: str, position: int) -> tuple[int, str] | None:
    start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    if "|" not in text[start:line_end if line_end != -1 else len(text)]:
        return None
    end = start - 1
    while end > 0:  # rows above, up to the header
        above = text.rfind("\n", 0, end) + 1
        row = text[above:end]
        if "|" not in row:
            return None
        if not DIGIT.search(row) or all(_PERIOD_CELL.fullmatch(cell.strip()) for cell in row.split("|")
                                        if DIGIT.search(cell)):
            return above, row
        end = above - 1
    return None


def _lead_names_crime(text: str, position: int) -> bool:
    """Whether the row of ``position`` names a crime in its first cell ("Burglary | 2,180"), or the line above its
    table does ("Reported crime rose in most counties ..." over "County | 2024 | 2025")."""
    if subjects_in(text[text.rfind("\n", 0, position) + 1:position].split("|", 1)[0]):
        return True
    found = _header(text, position)
    if found is None or found[0] == 0:
        return False
    return bool(subjects_in(text[text.rfind("\n", 0, found[0] - 1) + 1:found[0]]))


def column_header(text: str, position: int) -> str | None:
    """The header of the column that ``position`` of ``text`` stands in ("Cases" over "4,310"), if any."""
    row = header_row(text, position)
    return _cell_above(row, text, position) if row is not None else None


def _cell_above(row: str, text: str, position: int) -> str | None:
    """The cell of the header ``row`` over the column that ``position`` of ``text`` stands in."""
    cells = row.split("|")
    column = text.count("|", text.rfind("\n", 0, position) + 1, position)
    return (cells[column].strip() or None) if column < len(cells) else None


_CELL_NUMBER = re.compile(r"[\d.,]+")
_SEIZED_HEADER = re.compile(r"\b(?:seized|seizures?|confiscated|recovered|hauls?)\b", re.IGNORECASE)


def column_reading(text: str, position: int, reading: LocalReading | None) -> LocalReading | None:
    """A table cell's count read by its column's header ("Cases" over "4,310") when the header names a measure, as a
    list's label does; a sum keeps the reading its own currency gives."""
    if reading is not None and reading.unit != "count":
        return reading
    header = column_header(text, position)
    cell = _CELL_NUMBER.match(text, position) if header and _SEIZED_HEADER.search(header) else None
    weight = PHYSICAL_RE.match(text[cell.end():cell.end() + 20]) if cell else None
    if weight:  # "61.2 kg" under "Seized": a weight seized
        return LocalReading("seizures", PHYSICAL_UNITS[weight.group(1).lower()], 1, "exact", False, 0.8)
    bracketed = _UNIT_IN_BRACKETS.search(header) if header and "(" in header else None
    physical = PHYSICAL_RE.match(bracketed.group(1) if bracketed else header) if header else None
    if physical:  # "Tonnes seized" or "Cannabis (kg)" over "31.2": a weight seized
        return LocalReading("seizures", PHYSICAL_UNITS[physical.group(1).lower()], 1, "exact", False, 0.8)
    measure = (measure_of_noun_phrase(header) or _PARTICIPLE_HEADERS.get(header.strip().lower())) if header else None
    if measure is None and reading is None and header and _PERIOD_CELL.fullmatch(header) and \
            _lead_names_crime(text, position):
        measure = "cases"  # "Burglary | 2,180" under "Offence | Q3 2026", "Nairobi | 9,412" under "County | 2024"
        # below "Reported crime rose ...": the crimes recorded in the period
    if measure is None:
        return reading
    return LocalReading(measure, "count", 1, "exact", False, 0.8)


# A column headed by what was done to its counts: "Offence | Reported | Charged" over "Burglary | 312 | 96"
_PARTICIPLE_HEADERS = {"reported": "cases", "recorded": "cases", "registered": "cases", "charged": "prosecutions",
                       "prosecuted": "prosecutions", "arrested": "arrests", "detained": "arrests",
                       "convicted": "convictions"}
_UNIT_IN_BRACKETS = re.compile(r"\(([a-z]+)\)\s*$", re.IGNORECASE)  # a header's unit: "Cannabis (kg)"


# A header cell that names a period, the only digits a header row may hold: "Q3 2026", "2025", "FY 2025-26"
_PERIOD_CELL = re.compile(r"(?:(?:Q[1-4]|H[12]|FY|[A-Za-z]{3,9}\.?)\s*)?(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?",
                          re.IGNORECASE)


def column_period(text: str, position: int, published: dt.date | None) -> str | None:
    """The period a table's figure at ``position`` stands for when its column's header names one ("3,412" under "Q3
    2026"), or, in a column that names none ("+24%" under "Change"), when the header names one period only."""
    row = header_row(text, position)
    if row is None:
        return None
    periods = [cell.strip() for cell in row.split("|") if _PERIOD_CELL.fullmatch(cell.strip())]
    header = _cell_above(row, text, position)
    cell = header if header and header in periods else periods[0] if len(periods) == 1 else None
    times = find_time_expressions(f"in {cell}", published) if cell else ()
    return times[0].period if len(times) == 1 else None


# A table whose rows are periods: "Quarter | Tonnes seized | Arrests" over "First | 31.2 | 412"
_ROW_TIMES = {"quarter": "in the {} quarter", "month": "in {}", "year": "in {}", "period": "in {}"}


def row_period(text: str, line_start: int, published: dt.date | None, reported: str | None) -> str | None:
    """The period the table row at ``line_start`` stands for, when the table's first column names periods ("First"
    under "Quarter"), in the year of the article's reporting period ``reported``."""
    row = header_row(text, line_start)
    column = row.split("|", 1)[0].strip().lower() if row else ""
    form = _ROW_TIMES.get(column)
    bar = text.find("|", line_start)
    if form is None or bar == -1:
        return None
    times = find_time_expressions(form.format(text[line_start:bar].strip().lower()), published)
    period = times[0].period if len(times) == 1 else None
    if period and reported and period[:4] != reported[:4] and column == "quarter":  # (in the year reported on; a
        # year or a month cell says its own)
        period = shift_period(period, int(reported[:4]) - int(period[:4]))
    return period
