"""Rules applied to the warehouse, the alert table and the delivery outbox.

``raise_alerts`` applies the rules to the slice of the warehouse a run touched
(:mod:`warehouse.compare`, which asks the pure deciders of :mod:`warehouse.rules`) and stores
each decision once (its id is deterministic, so a rerun or a second outlet repeating the same
finding adds nothing).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from warehouse.compare import compare_run
from warehouse.db import bulk_insert, transaction
from warehouse.rules import AlertDecision, RuleConfig
from warehouse.store import now


@dataclass(frozen=True)
class Citation:
    value: float
    evidence: str
    title: str | None
    url: str
    published: dt.date | None


@dataclass(frozen=True)
class AlertView:
    """An alert with both sides of the comparison, as shown to people."""

    alert_id: str
    rule: str
    severity: str
    status: str
    summary: str
    change_pct: float | None
    created_at: dt.datetime
    baseline: Citation
    new: Citation


@dataclass(frozen=True)
class PendingDelivery:
    alert: AlertView
    target_id: str
    attempts: int


ALERT_COLUMNS = ("alert_id", "rule", "severity", "subject", "measure", "unit", "geo", "period", "baseline_metric_id",
                 "new_metric_id", "old_value", "new_value", "change_pct", "summary", "run_id", "status")


def raise_alerts(con: duckdb.DuckDBPyConnection, run_id: str, config: RuleConfig) -> list[AlertDecision]:
    """Apply every rule to what ``run_id`` stored; store new alerts and their outbox rows.

    Returns only the alerts that were not stored before.
    """
    con.execute("INSERT OR REPLACE INTO rule_settings VALUES ('baseline_policy', ?)", [config.baseline_policy])
    decisions = {d.alert_id: d for d in compare_run(con, run_id, config)}
    if not decisions:
        return []
    known = {r[0] for r in con.execute("SELECT alert_id FROM alerts WHERE alert_id IN (SELECT unnest(?))",
                                       [list(decisions)]).fetchall()}
    fresh = [d for key, d in decisions.items() if key not in known]
    cooling = _keys_in_cooldown(con, config.cooldown_hours)
    sent: list[AlertDecision] = []
    rows = []
    for d in fresh:
        key = (d.rule, d.key.subject, d.key.measure, d.key.unit, d.key.geo, d.key.period)
        status = "suppressed" if key in cooling else "open"  # kept and queryable, not sent: the key alerted a moment ago
        rows.append([d.alert_id, d.rule, d.severity, d.key.subject, d.key.measure, d.key.unit, d.key.geo,
                     d.key.period, d.baseline_metric_id, d.new_metric_id, d.old_value, d.new_value, d.change_pct,
                     d.summary, run_id, status])
        if status == "open":
            cooling.add(key)
            sent.append(d)
    with transaction(con):
        bulk_insert(con, "alerts", ALERT_COLUMNS, rows, conflict="")
    return sent


def _keys_in_cooldown(con: duckdb.DuckDBPyConnection, hours: float) -> set[tuple]:
    if hours <= 0:
        return set()
    rows = con.execute("""SELECT DISTINCT rule, subject, measure, unit, geo, period FROM alerts
                          WHERE status <> 'suppressed' AND created_at > ?""",
                       [now() - dt.timedelta(hours=hours)]).fetchall()
    return {tuple(r) for r in rows}


_ALERT_SELECT = """
SELECT a.alert_id, a.rule, a.severity, a.status, a.summary, a.change_pct, a.created_at,
       b.value, b.evidence, b.article_title, b.article_url, b.published_at,
       n.value, n.evidence, n.article_title, n.article_url, n.published_at
FROM alerts a
JOIN metric_series b ON b.metric_id = a.baseline_metric_id
JOIN metric_series n ON n.metric_id = a.new_metric_id
"""


def _alert_view(r: tuple) -> AlertView:
    return AlertView(r[0], r[1], r[2], r[3], r[4], r[5], r[6], Citation(*r[7:12]), Citation(*r[12:17]))


def list_alerts(con: duckdb.DuckDBPyConnection, *, status: str | None = "open", run_id: str | None = None,
                limit: int = 100) -> list[AlertView]:
    rows = con.execute(
        _ALERT_SELECT + " WHERE (? IS NULL OR a.status = ?) AND (? IS NULL OR a.run_id = ?)"
        " ORDER BY a.created_at DESC, a.alert_id LIMIT ?", [status, status, run_id, run_id, limit]).fetchall()
    return [_alert_view(r) for r in rows]


def acknowledge(con: duckdb.DuckDBPyConnection, alert_id: str, accept_new: bool = False) -> bool:
    """Close an alert; with ``accept_new`` its new figure becomes the baseline of its key."""
    with transaction(con):
        found = con.execute("UPDATE alerts SET status = 'acknowledged', acknowledged_at = ? "
                            "WHERE alert_id = ? AND status IN ('open', 'suppressed') RETURNING new_metric_id",
                            [now(), alert_id]).fetchall()
        if found and accept_new:
            con.execute("INSERT INTO baseline_overrides (metric_id, alert_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        [found[0][0], alert_id])
    return bool(found)


def ensure_outbox(con: duckdb.DuckDBPyConnection, targets: Sequence[tuple[str, str]]) -> None:
    """An outbox row for every open alert of the last day (metric and feed-health) and every target.

    The one place deliveries are queued: alerts are queued when they are delivered, for the
    targets configured then, so a target added later still gets the last day's alerts.
    """
    since = now() - dt.timedelta(days=1)
    with transaction(con):
        for target_id, label in targets:
            con.execute(
                """INSERT INTO alert_deliveries (alert_id, target_id, target_label)
                   SELECT alert_id, ?, ? FROM alerts
                   WHERE status = 'open' AND created_at > ? ON CONFLICT DO NOTHING""",
                [target_id, label, since])
            con.execute(
                """INSERT INTO source_alert_deliveries (source_alert_id, target_id, target_label)
                   SELECT source_alert_id, ?, ? FROM source_alerts
                   WHERE resolved_at IS NULL AND raised_at > ? ON CONFLICT DO NOTHING""",
                [target_id, label, since])


def pending_deliveries(con: duckdb.DuckDBPyConnection, target_ids: Sequence[str], max_attempts: int
                       ) -> list[PendingDelivery]:
    rows = con.execute(
        f"""SELECT d.target_id, d.attempts, x.* FROM alert_deliveries d
            JOIN ({_ALERT_SELECT}) x ON x.alert_id = d.alert_id
            WHERE d.delivered_at IS NULL AND d.attempts < ? AND d.target_id IN (SELECT unnest(?))
            ORDER BY x.created_at, x.alert_id""", [max_attempts, list(target_ids)]).fetchall()
    return [PendingDelivery(_alert_view(r[2:]), r[0], r[1]) for r in rows]


_OUTBOXES = {"alert_deliveries": "alert_id", "source_alert_deliveries": "source_alert_id"}


def record_outbox(con: duckdb.DuckDBPyConnection, outbox: str, alert_ids: Sequence[str], target_id: str,
                  error: str | None) -> None:
    """One delivery attempt of these alerts to one target: delivered when ``error`` is None."""
    column = _OUTBOXES[outbox]
    stamp = now()
    with transaction(con):
        for alert_id in alert_ids:
            con.execute(
                f"""UPDATE {outbox} SET attempts = attempts + 1, last_attempt_at = ?, last_error = ?,
                    delivered_at = CASE WHEN ? IS NULL THEN ? ELSE NULL END
                    WHERE {column} = ? AND target_id = ?""", [stamp, error, error, stamp, alert_id, target_id])


def record_delivery(con: duckdb.DuckDBPyConnection, alert_ids: Sequence[str], target_id: str,
                    error: str | None) -> None:
    record_outbox(con, "alert_deliveries", alert_ids, target_id, error)
