"""Apprise notifications received by a real JSON webhook on 127.0.0.1."""
from __future__ import annotations

import datetime as dt

import pytest

from flows.notify import NotifyTarget, render_alert, render_digest, send
from parsers.errors import NotifyError
from warehouse.alerts import AlertView, Citation

ALERT = AlertView(
    "abc123", "revision", "high", "open", "telecom fraud suspects in CN, 2024: 82,000 reported against 8,200",
    900.0, dt.datetime(2025, 3, 12, 10, 0),
    Citation(8200, "Some 40,000 cases, involving 8,200 suspects, were closed.", "Seed", "https://a.example/1",
             dt.date(2025, 3, 9)),
    Citation(82000, "The cases involved 82,000 suspects.", "Other", "https://b.example/2", dt.date(2025, 3, 12)),
)


def test_message_says_what_changed_by_how_much_and_according_to_whom() -> None:
    title, body = render_alert(ALERT)
    assert "revision" in title and "high" in title
    for needle in ("8,200", "82,000", "+900.0%", "https://a.example/1", "https://b.example/2",
                   "involving 8,200 suspects", "82,000 suspects", "newsmon alerts ack abc123"):
        assert needle in body
    digest_title, digest = render_digest([ALERT, ALERT])
    assert "2 new alerts" in digest_title and digest.count("82,000 suspects") == 2


def test_delivery_to_a_loopback_webhook(webhook) -> None:
    send(NotifyTarget(webhook.apprise_url), *render_alert(ALERT))
    (message,) = webhook.received
    assert "82,000" in message["message"] and "revision" in message["title"]


def test_a_down_target_raises_a_transient_error_without_its_url(webhook) -> None:
    webhook.status = 500
    target = NotifyTarget(webhook.apprise_url.replace("/hook", "/hook?token=s3cret"))
    with pytest.raises(NotifyError) as info:
        send(target, "t", "b")
    assert info.value.transient and "s3cret" not in str(info.value)
    assert "s3cret" not in repr(target) and target.label.startswith("json://127.0.0.1:")
    with pytest.raises(NotifyError) as bad:
        send(NotifyTarget("nosuchscheme://x"), "t", "b")
    assert not bad.value.transient


def _body(message) -> str:
    parts = message.walk() if message.is_multipart() else [message]
    return "".join(p.get_payload(decode=True).decode() for p in parts if p.get_content_type() == "text/plain")


def test_delivery_by_mail_to_a_loopback_smtp_server(smtp) -> None:
    send(NotifyTarget(smtp.apprise_url), *render_alert(ALERT))
    (mail,) = smtp.messages
    assert "revision" in mail["Subject"] and mail["To"] == "ops@example.org"
    assert "82,000" in _body(mail) and "8,200" in _body(mail)
