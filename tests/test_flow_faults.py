"""A monitor run against a fault-injecting server: it completes, records each fault, loses nothing."""
from __future__ import annotations

import gzip
import socket
import struct
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from tests.conftest import SEEDS, _Quiet, feed, start_server, write_sources
from warehouse.db import connect
from warehouse.runs import run_query

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]

PAGE = (SEEDS / "demo" / "articles" / "fraud-cases-2025.html").read_bytes()
FAULTS = ["ok", "flaky", "missing", "huge", "image", "loop", "to-private", "reset", "slow", "bomb", "limited", "broken"]
BOMB = gzip.compress(b"<p>" + b"\0" * 4_000_000)
HITS: dict[str, int] = {}


class FaultSite(_Quiet, BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802
        name = self.path.strip("/").removesuffix(".html")
        HITS[name] = HITS.get(name, 0) + 1
        if name == "feed.xml":
            items = "".join(f"<item><title>{f}</title><link>/{f}.html</link><guid>{f}</guid></item>" for f in FAULTS)
            feed = f"<rss version='2.0'><channel><title>faults</title>{items}</channel></rss>"
            self.reply(200, feed.encode(), {"Content-Type": "application/rss+xml"})
        elif name == "ok" or (name == "flaky" and HITS[name] > 1):
            page = PAGE if name == "ok" else PAGE.replace(b"52,000", b"61,000")
            self.reply(200, page, {"Content-Type": "text/html"})
        elif name in ("flaky", "down.xml"):
            self.reply(503, b"busy", {"Content-Type": "text/plain"})
        elif name == "missing":
            self.reply(404, b"gone", {"Content-Type": "text/plain"})
        elif name == "huge":
            self.reply(200, b"<p>" + b"x" * 3_000_000 + b"</p>", {"Content-Type": "text/html"})
        elif name == "image":
            self.reply(200, b"\x89PNG", {"Content-Type": "image/png"})
        elif name == "loop":
            self.reply(302, b"", {"Content-Type": "text/plain", "Location": "/loop.html"})
        elif name == "to-private":
            self.reply(302, b"", {"Content-Type": "text/plain", "Location": "http://192.168.77.1/x.html"})
        elif name == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.wfile.close()
            self.rfile.close()
            self.connection.close()  # linger 0: the peer sees a connection reset
            self.close_connection = True
        elif name == "bomb":  # 4 MB of zeros in 4 kB of gzip
            self.reply(200, BOMB, {"Content-Type": "text/html", "Content-Encoding": "gzip"})
        elif name == "limited":
            self.reply(429, b"slow down", {"Content-Type": "text/plain", "Retry-After": "1"})
        elif name == "broken":
            self.reply(500, b"oops", {"Content-Type": "text/plain"})
        elif name == "slow":
            time.sleep(3)
            self.reply(200, PAGE, {"Content-Type": "text/html"})


@pytest.fixture
def fault_site():
    HITS.clear()
    server = start_server(FaultSite)
    yield server
    server.stop()


def _q(db: str, sql: str) -> list[tuple]:
    with connect(db) as con:
        return [tuple(r) for r in run_query(con, sql).rows]


def test_faults_are_recorded_and_transient_ones_retried(tmp_path: Path, fault_site, webhook, monkeypatch) -> None:
    from flows.monitor import monitor
    sources = write_sources(tmp_path / "sources.toml", feed("faults", f"{fault_site.url}/feed.xml", country="CN"),
                            feed("down", f"{fault_site.url}/down.xml"))
    monkeypatch.setenv("NEWSMON_NOTIFY", webhook.apprise_url)
    config = tmp_path / "newsmon.toml"
    config.write_text("[newsmon]\nread_timeout = 1\ntotal_timeout = 2\nmax_body_bytes = 1000000\nfetch_attempts = 1\n")
    monkeypatch.setenv("NEWSMON_CONFIG", str(config))
    db = str(tmp_path / "w.duckdb")

    first = monitor(sources=sources, db=db)
    assert first["articles_new"] == 1 and first["sources_failed"] == 1
    failures = dict((url.rsplit("/", 1)[1], (transient, error)) for url, transient, error in
                    _q(db, "SELECT url, transient, last_error FROM fetch_failures WHERE target = 'page'"))
    assert set(failures) == {f"{f}.html" for f in FAULTS if f != "ok"}
    for transient in ("flaky", "reset", "slow", "limited", "broken"):
        assert failures[f"{transient}.html"][0], (transient, failures[f"{transient}.html"])
    assert "429" in failures["limited.html"][1] and "500" in failures["broken.html"][1]
    for permanent, words in [("missing", "404"), ("huge", "limit"), ("bomb", "limit"), ("image", "image/png"),
                             ("loop", "redirects"),
                             ("to-private", "192.168.77.1")]:
        transient, error = failures[f"{permanent}.html"]
        assert not transient and words in error, (permanent, error)

    second = monitor(sources=sources, db=db)
    assert second["articles_new"] == 1  # the flaky page, now answering
    assert _q(db, "SELECT count(*), count(DISTINCT url) FROM articles") == [(2, 2)]
    assert _q(db, "SELECT resolved_at IS NOT NULL FROM fetch_failures WHERE url LIKE '%flaky.html'") == [(True,)]
    assert _q(db, "SELECT count(*) FROM runs WHERE status = 'completed'") == [(2,)]

    third = monitor(sources=sources, db=db)
    assert third["articles_new"] == 0
    assert _q(db, "SELECT count(*) FROM metrics") == _q(db, "SELECT count(DISTINCT metric_id) FROM metrics")
    health = dict(_q(db, "SELECT source_id, consecutive_failures FROM source_health"))
    assert health == {"faults": 0, "down": 3}
    assert _q(db, "SELECT source_id FROM source_alerts WHERE resolved_at IS NULL") == [("down",)]
    failing = [m for m in webhook.received if "source failing" in m["title"]]
    assert len(failing) == 1 and "503" in failing[0]["message"]


def test_an_unchanged_feed_costs_one_conditional_get_and_no_parsing(tmp_path: Path, serve_dir,
                                                                     monkeypatch) -> None:
    from flows.monitor import monitor
    server = serve_dir(SEEDS)
    sources = write_sources(tmp_path / "sources.toml", feed("rss", f"{server.url}/demo/feed.rss", country="CN"))
    monkeypatch.setenv("NEWSMON_NOTIFY", "")
    db = str(tmp_path / "w.duckdb")
    assert monitor(sources=sources, db=db)["articles_new"] == 3
    again = monitor(sources=sources, db=db)
    assert (again["articles_new"], again["articles_skipped"]) == (0, 0)
    assert _q(db, "SELECT last_status FROM sources") == [("not_modified",)]
