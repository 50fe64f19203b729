"""Plain-text tables: a figure in a row of cells ("Selangor | 4,310 | RM296 million") counts what the header of its
column names ("State | Cases | Losses"), as a list's label does for the figure after it."""
from __future__ import annotations

from parsers.nouns import measure_of_noun_phrase
from parsers.reading import LocalReading
from parsers.scan import DIGIT


def header_row(text: str, position: int) -> str | None:
    """The header row of the table whose row ``position`` of ``text`` stands in: rows of cells split by "|", the
    header the nearest row above with no digit in it."""
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
        if not DIGIT.search(row):
            return row
        end = above - 1
    return None


def column_header(text: str, position: int) -> str | None:
    """The header of the column that ``position`` of ``text`` stands in ("Cases" over "4,310"), if any."""
    row = header_row(text, position)
    if row is None:
        return None
    cells = row.split("|")
    column = text.count("|", text.rfind("\n", 0, position) + 1, position)
    return (cells[column].strip() or None) if column < len(cells) else None


def column_reading(text: str, position: int, reading: LocalReading | None) -> LocalReading | None:
    """A table cell's count read by its column's header ("Cases" over "4,310") when the header names a measure, as a
    list's label does; a sum keeps the reading its own currency gives."""
    if reading is not None and reading.unit != "count":
        return reading
    header = column_header(text, position)
    measure = measure_of_noun_phrase(header) if header else None
    if measure is None:
        return reading
    return LocalReading(measure, "count", 1, "exact", False, 0.8)
