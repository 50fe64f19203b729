"""Baseline rules as pure deciders: facts in, alert decisions out, no SQL and no I/O.

The SQL views of ``002_views.sql`` pair each new figure with what it is compared to; the
functions here decide whether the pair is worth an alert.  The agreement test treats a
written figure as an interval: exact figures give way by the relative tolerance or their
written rounding ("1.23 lakh" stands for anything from 1,23,000 to 1,23,999), approximate
ones by the wider approximate tolerance, "more than" and "up to" are open on one side.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RuleConfig:
    revision_tolerance: float = 0.01  # relative: exact figures within 1 % agree
    approx_tolerance: float = 0.05  # relative: "some 40,000" covers 38,000 to 42,000
    new_period_threshold_pct: float = 20.0  # alert when a new period moves more than this
    contradiction_tolerance_pp: float = 1.0  # stated vs computed change, percentage points
    # per-measure and per-subject overrides of the new-period threshold, e.g. {"deaths": 10.0}
    new_period_threshold_by_measure: dict[str, float] = field(default_factory=dict)
    new_period_threshold_by_subject: dict[str, float] = field(default_factory=dict)
    baseline_policy: str = "first_seen"  # or "official": figures of sources marked official come first
    cooldown_hours: float = 24.0  # after an alert on a key, others on the same key and rule are kept, not sent


@dataclass(frozen=True)
class Figure:
    value: float
    qualifier: str = "exact"
    rounding: float = 1.0


@dataclass(frozen=True)
class MetricKey:
    subject: str
    measure: str
    unit: str
    geo: str | None
    period: str | None

    def words(self) -> str:
        unit = "" if self.unit in ("count", "percent") else f" ({self.unit})"
        where = f" in {self.geo}" if self.geo else ""
        when = f", {self.period}" if self.period else ""
        return f"{self.subject.replace('_', ' ')} {self.measure}{unit}{where}{when}"


@dataclass(frozen=True)
class AlertDecision:
    alert_id: str
    rule: str  # revision | new_period | contradiction
    severity: str  # low | medium | high
    key: MetricKey
    baseline_metric_id: str
    new_metric_id: str
    old_value: float
    new_value: float
    change_pct: float | None
    summary: str


def interval(figure: Figure, config: RuleConfig) -> tuple[float, float]:
    """The values a written figure is consistent with."""
    relative = config.approx_tolerance if figure.qualifier == "approx" else config.revision_tolerance
    slack = max(abs(figure.value) * relative, figure.rounding or 0.0)
    low, high = figure.value - slack, figure.value + slack
    if figure.qualifier == "at_least":
        high = math.inf
    elif figure.qualifier == "at_most":
        low = -math.inf
    return low, high


def figures_agree(a: Figure, b: Figure, config: RuleConfig) -> bool:
    a_low, a_high = interval(a, config)
    b_low, b_high = interval(b, config)
    return a_low <= b_high and b_low <= a_high


def change_pct(old: float, new: float) -> float | None:
    return None if old == 0 else (new - old) / abs(old) * 100.0


def _alert_id(rule: str, key: MetricKey, *values: float) -> str:
    text = "|".join([rule, key.subject, key.measure, key.unit, str(key.geo), str(key.period)] +
                    [f"{v:.6g}" for v in values])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _fmt(value: float, unit: str) -> str:
    if unit == "percent":
        return f"{value:+.1f}%"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return text if unit == "count" else f"{text} {unit}"


def decide_revision(key: MetricKey, baseline_id: str, old: Figure, new_id: str, new: Figure,
                    config: RuleConfig) -> AlertDecision | None:
    """A figure for a known key that disagrees with its baseline beyond tolerance."""
    if figures_agree(old, new, config):
        return None
    change = change_pct(old.value, new.value)
    ratio = max(abs(old.value), abs(new.value)) / max(min(abs(old.value), abs(new.value)), 1e-9)
    severity = "high" if ratio >= 2 else "medium"
    low, high = sorted((old.value, new.value))
    summary = (f"{key.words()}: {_fmt(new.value, key.unit)} reported against a baseline of "
               f"{_fmt(old.value, key.unit)}" + (f" ({change:+.1f}%)" if change is not None else ""))
    return AlertDecision(_alert_id("revision", key, low, high), "revision", severity, key, baseline_id,
                         new_id, old.value, new.value, change, summary)


def decide_new_period(key: MetricKey, previous_period: str, baseline_id: str, old: Figure, new_id: str,
                      new: Figure, config: RuleConfig) -> AlertDecision | None:
    """A figure for a new period whose change against the previous period passes the threshold."""
    change = change_pct(old.value, new.value)
    threshold = config.new_period_threshold_by_measure.get(
        key.measure, config.new_period_threshold_by_subject.get(key.subject, config.new_period_threshold_pct))
    if change is None or abs(change) < threshold:
        return None
    severity = "high" if abs(change) >= 2 * threshold else "medium"
    summary = (f"{key.words()}: {_fmt(new.value, key.unit)}, {change:+.1f}% against "
               f"{_fmt(old.value, key.unit)} in {previous_period}")
    return AlertDecision(_alert_id("new_period", key, old.value, new.value), "new_period", severity, key,
                         baseline_id, new_id, old.value, new.value, change, summary)


def decide_contradiction(key: MetricKey, baseline_period: str, stated_id: str, stated_pct: float,
                         stated_rounding: float, current_id: str, current: float, previous: float,
                         config: RuleConfig) -> AlertDecision | None:
    """A stated percentage change that the stored figures of both periods do not bear out."""
    computed = change_pct(previous, current)
    if computed is None:
        return None
    slack = config.contradiction_tolerance_pp + (stated_rounding or 0.0) / 2
    if abs(computed - stated_pct) <= slack:
        return None
    summary = (f"{key.words()}: stated change {stated_pct:+.1f}% against {baseline_period}, but the "
               f"stored figures {_fmt(previous, 'count')} -> {_fmt(current, 'count')} give {computed:+.1f}%")
    return AlertDecision(_alert_id("contradiction", key, stated_pct, round(computed, 1)), "contradiction",
                         "medium", key, current_id, stated_id, computed, stated_pct, stated_pct - computed, summary)


def primary_flags(keys: list[tuple[str, tuple, str | None, int]]) -> list[bool]:
    """Which of an article's figures the rules compare: per key, the first stated, and the first
    credited to each reporting body.

    ``keys`` holds (article id, figure key, reporter, span start) for each figure, in any order;
    the answer is in the same order.  Later figures of a key in one article are mostly its
    breakdowns ("of them, 1,200 in Guangdong"), not rival totals.
    """
    first: dict[tuple, int] = {}
    first_by_reporter: dict[tuple, int] = {}
    for n, (article, key, reporter, start) in enumerate(keys):
        for table, group in ((first, (article, key)), (first_by_reporter, (article, key, reporter))):
            if table is first_by_reporter and reporter is None:
                continue
            held = table.get(group)
            if held is None or start < keys[held][3]:
                table[group] = n
    chosen = set(first.values()) | set(first_by_reporter.values())
    return [n in chosen for n in range(len(keys))]
