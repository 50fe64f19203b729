"""The record of one crackdown figure: every GUIDE.md field (``../shared/eval/GUIDE.md``) and its provenance."""
from __future__ import annotations

from dataclasses import asdict, dataclass

GUIDE_FIELDS = ("doc", "value", "unit", "measure", "subject", "period", "baseline_period", "geo",
                "qualifier", "evidence")


@dataclass(frozen=True)
class MetricRecord:
    """One figure about crime or enforcement, with every GUIDE.md field and its provenance."""

    doc: str
    value: float
    unit: str
    measure: str
    subject: str
    period: str | None
    baseline_period: str | None
    geo: str | None
    qualifier: str
    evidence: str
    raw: str  # the number as written, currency and scale included
    span_start: int  # character span of ``raw`` in the article text
    span_end: int
    rounding: float  # value of the last written digit ("1.23 lakh" -> 1000)
    confidence: float
    kind: str = "level"  # level | change ("a rise of 4,656 cases", "up 5%") | share | case (one case's figure)
    reporter: str | None = None  # the body the sentence credits: court | prosecutors | police

    def guide_dict(self) -> dict[str, object]:
        """The record as one GUIDE.md JSONL object."""
        full = asdict(self)
        return {key: full[key] for key in GUIDE_FIELDS}
