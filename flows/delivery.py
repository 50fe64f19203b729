"""Delivering alerts: every pending metric and feed-health alert to every notification target.

Deliveries go through the outbox tables: what a target did not accept stays pending (its
attempts and last error recorded) and the next run sends it again; what was delivered is
never sent twice.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from flows.notify import NotifyTarget, render_alert, render_digest, render_source_alert, send
from flows.settings import Settings
from parsers.errors import NewsmonError
from warehouse import alerts as alert_store
from warehouse import health
from warehouse.db import connect


@dataclass(frozen=True)
class DeliveryReport:
    delivered: int
    failed: int
    errors: tuple[str, ...]


@dataclass(frozen=True)
class _Message:
    alert_ids: tuple[str, ...]
    title: str
    body: str
    source_health: bool  # a feed-health alert, recorded in its own outbox


def _messages(settings: Settings, target: NotifyTarget, pending: list[alert_store.AlertView],
              failing: list[health.SourceAlert]) -> list[_Message]:
    messages = [_Message(tuple(a.alert_id for a in pending), *render_digest(pending), False)] \
        if len(pending) > settings.digest_after else \
        [_Message((a.alert_id,), *render_alert(a), False) for a in pending]
    messages += [_Message((a.source_alert_id,), *render_source_alert(a), True) for a in failing]
    return messages


def deliver(settings: Settings, targets: Sequence[NotifyTarget]) -> DeliveryReport:
    """Send every pending alert to every target; failures stay pending for the next run."""
    if not targets:
        return DeliveryReport(0, 0, ())
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        alert_store.ensure_outbox(con, [(t.target_id, t.label) for t in targets])
        pending = alert_store.pending_deliveries(con, [t.target_id for t in targets], settings.max_delivery_attempts)
        failing = {t.target_id: health.pending_source_alerts(con, t.target_id, settings.max_delivery_attempts)
                   for t in targets}
    delivered = failed = 0
    errors: list[str] = []
    results: list[tuple[_Message, str, str | None]] = []
    for target in targets:
        mine = [p.alert for p in pending if p.target_id == target.target_id]
        for message in _messages(settings, target, mine, failing[target.target_id]):
            try:
                send(target, message.title, message.body)
                results.append((message, target.target_id, None))
                delivered += len(message.alert_ids)
            except NewsmonError as exc:
                results.append((message, target.target_id, str(exc)))
                failed += len(message.alert_ids)
                errors.append(str(exc))
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        for message, target_id, error in results:
            record = health.record_source_alert_delivery if message.source_health else alert_store.record_delivery
            record(con, message.alert_ids, target_id, error)
    return DeliveryReport(delivered, failed, tuple(dict.fromkeys(errors)))
