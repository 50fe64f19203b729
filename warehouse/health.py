"""Feed-health alerts: a source that failed several runs in a row, kept apart from metric alerts."""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from warehouse.alerts import record_outbox
from warehouse.db import transaction
from warehouse.store import now


@dataclass(frozen=True)
class SourceAlert:
    source_alert_id: str
    source_id: str
    name: str
    location: str
    failures: int
    last_error: str | None
    raised_at: dt.datetime


def raise_source_alerts(con: duckdb.DuckDBPyConnection, threshold: int) -> list[SourceAlert]:
    """Open an alert for each source failing ``threshold`` runs in a row; close those that recovered."""
    with transaction(con):
        con.execute("""UPDATE source_alerts SET resolved_at = ? WHERE resolved_at IS NULL AND source_id IN
                       (SELECT source_id FROM sources WHERE consecutive_failures = 0)""", [now()])
        failing = con.execute(
            """SELECT s.source_id, s.consecutive_failures, s.last_error, s.last_success_at FROM sources s
               WHERE s.consecutive_failures >= ? AND NOT EXISTS (SELECT 1 FROM source_alerts x
                     WHERE x.source_id = s.source_id AND x.resolved_at IS NULL)""", [threshold]).fetchall()
        for source_id, failures, error, last_success in failing:
            alert_id = hashlib.sha256(f"{source_id}|{last_success}|{failures}".encode()).hexdigest()[:16]
            con.execute("INSERT INTO source_alerts (source_alert_id, source_id, failures, last_error) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", [alert_id, source_id, failures, error])
    ids = [row[0] for row in failing]
    return [a for a in open_source_alerts(con) if a.source_id in ids]


def open_source_alerts(con: duckdb.DuckDBPyConnection) -> list[SourceAlert]:
    rows = con.execute(
        """SELECT x.source_alert_id, x.source_id, s.name, s.location, x.failures, x.last_error, x.raised_at
           FROM source_alerts x JOIN sources s USING (source_id)
           WHERE x.resolved_at IS NULL ORDER BY x.raised_at, x.source_id""").fetchall()
    return [SourceAlert(*r) for r in rows]


def pending_source_alerts(con: duckdb.DuckDBPyConnection, target_id: str, max_attempts: int) -> list[SourceAlert]:
    ids = {r[0] for r in con.execute(
        """SELECT source_alert_id FROM source_alert_deliveries
           WHERE target_id = ? AND delivered_at IS NULL AND attempts < ?""", [target_id, max_attempts]).fetchall()}
    return [a for a in open_source_alerts(con) if a.source_alert_id in ids]


def record_source_alert_delivery(con: duckdb.DuckDBPyConnection, alert_ids: Sequence[str], target_id: str,
                                 error: str | None) -> None:
    record_outbox(con, "source_alert_deliveries", alert_ids, target_id, error)
