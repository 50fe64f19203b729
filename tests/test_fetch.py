"""The fetcher against a real HTTP server on 127.0.0.1, and local files."""
from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from flows.fetch import FetchRequest, Fetcher
from flows.settings import Settings
from parsers.errors import FetchError
from tests.conftest import _Quiet, start_server

HITS: dict[str, int] = {}


class FaultyHandler(_Quiet, BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        HITS[self.path] = HITS.get(self.path, 0) + 1
        n = HITS[self.path]
        if self.path == "/ok":
            self._send(200, b"<rss/>", {"Content-Type": "application/rss+xml"})
        elif self.path == "/ua":
            self._send(200, self.headers["User-Agent"].encode())
        elif self.path == "/missing":
            self._send(404, b"nope")
        elif self.path == "/flaky":  # 503 twice, then fine
            self._send(503, b"busy") if n < 3 else self._send(200, b"recovered")
        elif self.path == "/limited":  # 429 with Retry-After once
            self._send(429, b"slow down", {"Retry-After": "1"}) if n < 2 else self._send(200, b"thanks")
        elif self.path == "/huge":
            self._send(200, b"x" * 5000)
        elif self.path == "/loop":
            self._send(302, b"", {"Location": "/loop"})
        elif self.path == "/always-503":
            self._send(503, b"down")

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    s = start_server(FaultyHandler)
    yield s
    s.stop()


@pytest.fixture
def fetcher():
    with Fetcher(Settings(max_body_bytes=1000, fetch_attempts=3, read_timeout=5, connect_timeout=2)) as f:
        yield f


def test_ok_and_user_agent(server, fetcher) -> None:
    got = fetcher.fetch(FetchRequest(server.url + "/ok"))
    assert got.body == b"<rss/>" and got.content_type == "application/rss+xml"
    assert fetcher.fetch(FetchRequest(server.url + "/ua")).body.startswith(b"newsmon/")


def test_permanent_errors_are_not_retried(server, fetcher) -> None:
    with pytest.raises(FetchError, match="404") as info:
        fetcher.fetch(FetchRequest(server.url + "/missing"))
    assert not info.value.transient and HITS["/missing"] == 1


def test_transient_errors_are_retried_with_backoff(server, fetcher) -> None:
    assert fetcher.fetch(FetchRequest(server.url + "/flaky")).body == b"recovered"
    assert HITS["/flaky"] == 3


def test_retry_after_is_honoured(server, fetcher) -> None:
    start = time.monotonic()
    assert fetcher.fetch(FetchRequest(server.url + "/limited")).body == b"thanks"
    assert time.monotonic() - start >= 0.9


def test_body_size_cap_and_redirect_loop(server, fetcher) -> None:
    with pytest.raises(FetchError, match="limit"):
        fetcher.fetch(FetchRequest(server.url + "/huge"))
    with pytest.raises(FetchError, match="redirects"):
        fetcher.fetch(FetchRequest(server.url + "/loop"))


def test_exhausted_retries_stay_transient_and_a_dead_port_is_transient(server, fetcher) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(FetchRequest(server.url + "/always-503"))
    assert info.value.transient
    with pytest.raises(FetchError) as dead:
        fetcher.fetch(FetchRequest("http://127.0.0.1:9/feed.xml"))
    assert dead.value.transient


def test_fetch_many_returns_errors_in_place(server, fetcher) -> None:
    results = fetcher.fetch_many([FetchRequest(server.url + "/ok"), FetchRequest(server.url + "/missing")])
    assert results[0].body == b"<rss/>" and isinstance(results[1], FetchError)


def test_local_files_only_inside_their_root(tmp_path: Path, fetcher) -> None:
    root = tmp_path / "feeds"
    root.mkdir()
    (root / "a.html").write_text("<p>hi</p>")
    (tmp_path / "secret.txt").write_text("no")
    assert fetcher.fetch(FetchRequest(str(root / "a.html"), str(root))).body == b"<p>hi</p>"
    with pytest.raises(FetchError, match="outside"):
        fetcher.fetch(FetchRequest(str(root / ".." / "secret.txt"), str(root)))
    with pytest.raises(FetchError, match="no such file"):
        fetcher.fetch(FetchRequest(str(root / "gone.html"), str(root)))
    with pytest.raises(FetchError, match="scheme"):
        fetcher.fetch(FetchRequest("file:///etc/passwd"))
