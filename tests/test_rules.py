"""The pure deciders: agreement within tolerance and rounding, new periods, contradictions."""
from __future__ import annotations

import pytest

from warehouse.rules import (Figure, MetricKey, RuleConfig, decide_contradiction, decide_new_period,
                             decide_revision, figures_agree)

CFG = RuleConfig()
KEY = MetricKey("telecom_fraud", "suspects", "count", "CN", "2024")


@pytest.mark.parametrize("a, b, agree", [
    (Figure(8200), Figure(82000), False),
    (Figure(49000), Figure(51000), False),
    (Figure(40000, "approx"), Figure(40213), True),  # "some 40,000" against 40,213
    (Figure(123000, rounding=1000), Figure(123672), True),  # "1.23 lakh" against 1,23,672
    (Figure(40000, "at_least"), Figure(45000), True),  # "more than 40,000"
    (Figure(40000, "at_least"), Figure(30000), False),
    (Figure(500, "at_most"), Figure(300), True),  # "up to 500"
    (Figure(500, "at_most"), Figure(900), False),
    (Figure(1000), Figure(1009), True),  # within 1 %
    (Figure(1000), Figure(1030), False),
])
def test_agreement(a: Figure, b: Figure, agree: bool) -> None:
    assert figures_agree(a, b, CFG) is agree
    assert figures_agree(b, a, CFG) is agree


def test_revision_alert_has_a_deterministic_id_and_severity() -> None:
    first = decide_revision(KEY, "m1", Figure(8200), "m2", Figure(82000), CFG)
    again = decide_revision(KEY, "m2", Figure(82000), "m1", Figure(8200), CFG)
    assert first is not None and again is not None
    assert first.alert_id == again.alert_id  # the same disagreement, whichever side came first
    assert first.severity == "high" and first.change_pct == pytest.approx(900.0)
    assert "82,000" in first.summary and "8,200" in first.summary
    assert decide_revision(KEY, "m1", Figure(8200), "m2", Figure(8200), CFG) is None


def test_tolerance_is_configurable() -> None:
    loose = RuleConfig(revision_tolerance=0.05)
    assert decide_revision(KEY, "a", Figure(49000), "b", Figure(51000), loose) is None


def test_new_period_threshold() -> None:
    key = MetricKey("telecom_fraud", "cases", "count", "CN", "2025")
    found = decide_new_period(key, "2024", "a", Figure(40000), "b", Figure(52000), CFG)
    assert found is not None and found.change_pct == pytest.approx(30.0) and found.rule == "new_period"
    assert decide_new_period(key, "2024", "a", Figure(49000), "b", Figure(45000), CFG) is None  # -8 %
    per_measure = RuleConfig(new_period_threshold_by_measure={"cases": 5.0})
    assert decide_new_period(key, "2024", "a", Figure(49000), "b", Figure(45000), per_measure) is not None


def test_contradiction_between_stated_and_computed_change() -> None:
    key = MetricKey("telecom_fraud", "cases", "percent", "CN", "2024")
    found = decide_contradiction(key, "2023", "s", 26.7, 0.1, "c", 40000, 31000, CFG)
    assert found is not None and "+29.0%" in found.summary
    assert decide_contradiction(key, "2023", "s", 29.0, 0.1, "c", 40000, 31000, CFG) is None
    assert decide_contradiction(key, "2023", "s", 28.5, 0.1, "c", 40000, 31000, CFG) is None  # within 1 pp
