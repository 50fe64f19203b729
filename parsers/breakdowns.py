"""A breakdown a sentence opens with: "By province: Istanbul, 1,920 suspects (up 14%); Ankara, 610 (down 5%)".

Its counts are parts of the total the sentence before told ("detained 4,812 suspects"), and count what that total
counted, whether they name the people again without a verb or stand bare after their label.
"""
from __future__ import annotations

import re

from parsers.numbers import NumberMention
from parsers.reading import LocalReading
from parsers.vocab import PEOPLE_MEASURES

BREAKDOWN_OPENING = re.compile(r"(?:By|Broken down by) (?:province|region|state|district|city|county|country|"
                               r"nationality|age(?: group)?|gender|sex|month|quarter|type|category|offence|crime|"
                               r"force|prefecture|governorate|emirate|division)s?\s*:")


def part_of_breakdown(reading: LocalReading | None, mention: NumberMention, total: str) -> LocalReading | None:
    """The reading of a count in a breakdown of a total that counted ``total``: the total's measure for a bare count
    or for people named with no verb of their own (read as suspects)."""
    if mention.currency or mention.percent or mention.ratio:
        return reading
    if reading is None or reading.unit == "count" and reading.measure == "suspects" and total in PEOPLE_MEASURES:
        return LocalReading(total, "count", 1, reading.qualifier if reading else "exact", False, 0.6)
    return reading
