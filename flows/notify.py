"""Alert notifications through Apprise, one message per alert or a digest for many.

Target URLs hold secrets (tokens, passwords): they are never logged, printed or stored.
A target is known elsewhere only by its id (a hash of the URL) and a label
(scheme and host).
"""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import apprise

from parsers.errors import NotifyError
from warehouse.alerts import AlertView, Citation
from warehouse.health import SourceAlert


@dataclass(frozen=True)
class NotifyTarget:
    url: str = field(repr=False)

    @property
    def target_id(self) -> str:
        return hashlib.sha256(self.url.encode()).hexdigest()[:16]

    @property
    def label(self) -> str:
        parts = urlsplit(self.url)
        host = parts.hostname or ""
        return f"{parts.scheme}://{host}{':' + str(parts.port) if parts.port else ''}"


def targets_from(urls: Sequence[str]) -> tuple[NotifyTarget, ...]:
    return tuple(NotifyTarget(u) for u in dict.fromkeys(urls))


def _money(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _citation(label: str, c: Citation) -> list[str]:
    when = f" ({c.published.isoformat()})" if c.published else ""
    return [f"{label}: {_money(c.value)} — {c.title or c.url}{when}", f"  {c.url}", f"  “{c.evidence}”"]


def render_alert(alert: AlertView) -> tuple[str, str]:
    """Title and body of one alert: the metric in words, old -> new, both sources and sentences."""
    change = f"{alert.change_pct:+.1f}%" if alert.change_pct is not None else "n/a"
    title = f"newsmon [{alert.severity}] {alert.rule.replace('_', ' ')}: {alert.summary.split(':')[0]}"
    lines = [alert.summary, f"Change: {change}", ""]
    lines += _citation("Baseline", alert.baseline) + [""] + _citation("New", alert.new)
    lines += ["", f"Alert id: {alert.alert_id} (acknowledge with: newsmon alerts ack {alert.alert_id})"]
    return title, "\n".join(lines)


def render_digest(alerts: Sequence[AlertView]) -> tuple[str, str]:
    title = f"newsmon: {len(alerts)} new alerts"
    blocks = []
    for alert in alerts:
        _, body = render_alert(alert)
        blocks.append(f"[{alert.severity}] {body}")
    return title, "\n\n---\n\n".join(blocks)


def render_source_alert(alert: SourceAlert) -> tuple[str, str]:
    """A feed-health alert: which source, how many runs in a row, the last error."""
    title = f"newsmon [source failing] {alert.name}"
    body = (f"Source {alert.name!r} ({alert.location}) has failed {alert.failures} runs in a row.\n"
            f"Last error: {alert.last_error or 'unknown'}\n"
            f"It is retried on every run; this alert closes when it succeeds again.")
    return title, body


def send(target: NotifyTarget, title: str, body: str) -> None:
    """Send one message to one target; raise NotifyError (transient) when it does not arrive."""
    sender = apprise.Apprise()
    if not sender.add(target.url):
        raise NotifyError(f"{target.label}: not a valid Apprise URL", transient=False)
    with apprise.LogCapture(level=logging.WARNING) as logs:
        result = sender.notify(title=title, body=body)
    if not result:
        detail = " ".join(logs.getvalue().replace(target.url, target.label).split())[-300:] or "delivery failed"
        raise NotifyError(f"{target.label}: {detail}")
