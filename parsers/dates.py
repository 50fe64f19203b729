"""Publication dates as feeds, pages and manifests write them."""
from __future__ import annotations

import datetime as dt
import re


def parse_loose_date(text: str | None) -> dt.date | None:
    """A publication date from the way feeds and manifests write it.

    ``"2025-03-08"``, ``"2025-03-08T10:00:00+08:00"``, ``"2025-02 (approx)"`` (-> the month's
    last day) and ``"2025"`` (-> 31 December) are read; anything else gives None.
    """
    if not text:
        return None
    match = re.match(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not match:
        return None
    year = int(match.group(1))
    if match.group(3):
        try:
            return dt.date(year, int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    if match.group(2):
        month = int(match.group(2))
        if not 1 <= month <= 12:
            return None
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(year, 12, 31)
