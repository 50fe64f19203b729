"""What the extractor tests share: a publication date and a reader of one sentence's one record."""
from __future__ import annotations

import datetime as dt

from parsers.metrics import MetricRecord, extract_metrics

PUB = dt.date(2025, 3, 20)


def one(text: str, published: dt.date | None = PUB, geo: str | None = None) -> MetricRecord:
    """The one record of ``text`` (the test fails when there are more or none)."""
    records = extract_metrics(text, published, geo, "t")
    assert len(records) == 1, [(r.value, r.measure) for r in records]
    return records[0]


def readings(text: str, published: dt.date = PUB) -> list[tuple[float, str]]:
    """(value, measure) of every record of ``text``."""
    return [(r.value, r.measure) for r in extract_metrics(text, published, None, "t")]


def field_of(text: str, field: str, published: dt.date = PUB) -> list[object]:
    """One field of every record of ``text``."""
    return [getattr(r, field) for r in extract_metrics(text, published, None, "t")]
