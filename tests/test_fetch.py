"""The fetcher against a real, fault-injecting HTTP server on 127.0.0.1, and local files."""
from __future__ import annotations

import gzip
import socket
import struct
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from flows.fetch import FetchRequest, Fetcher
from flows.netguard import check_destination, is_public
from flows.settings import Settings
from parsers.errors import FetchError
from tests.conftest import _Quiet, start_server

HITS: dict[str, int] = {}
BOMB = gzip.compress(b"\0" * 5_000_000)


class FaultyHandler(_Quiet, BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802
        HITS[self.path] = HITS.get(self.path, 0) + 1
        n = HITS[self.path]
        route = self.path.split("?")[0]
        if route == "/ok":
            self.reply(200, b"<rss/>", {"Content-Type": "application/rss+xml; charset=utf-8", "ETag": '"v1"'})
        elif route == "/etag":
            if self.headers.get("If-None-Match") == '"v1"':
                self.reply(304, b"")
            else:
                self.reply(200, b"<rss>fresh</rss>", {"ETag": '"v1"', "Last-Modified": "Mon, 03 Mar 2025 10:00:00 GMT"})
        elif route == "/ua":
            self.reply(200, self.headers["User-Agent"].encode())
        elif route == "/missing":
            self.reply(404, b"nope")
        elif route == "/flaky":  # 503 twice, then fine
            self.reply(503, b"busy") if n < 3 else self.reply(200, b"recovered")
        elif route == "/limited":  # 429 with Retry-After once
            self.reply(429, b"slow down", {"Retry-After": "1"}) if n < 2 else self.reply(200, b"thanks")
        elif route == "/huge":
            self.reply(200, b"x" * 5000)
        elif route == "/bomb":
            self.reply(200, BOMB, {"Content-Encoding": "gzip"})
        elif route == "/image":
            self.reply(200, b"\x89PNG....", {"Content-Type": "image/png"})
        elif route == "/loop":
            self.reply(302, b"", {"Location": "/loop"})
        elif route == "/hop":
            self.reply(301, b"", {"Location": "/ok"})
        elif route == "/to-private":
            self.reply(302, b"", {"Location": "http://10.0.0.1/admin"})
        elif route == "/always-503":
            self.reply(503, b"down")
        elif route == "/reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.wfile.close()
            self.rfile.close()
            self.connection.close()  # linger 0: the peer sees a connection reset
            self.close_connection = True
        elif route == "/drip":
            self.send_response(200)
            self.send_header("Content-Length", "100")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b".")
                self.wfile.flush()
                time.sleep(0.05)


@pytest.fixture(scope="module")
def server():
    s = start_server(FaultyHandler)
    yield s
    s.stop()


@pytest.fixture
def fetcher():
    settings = Settings(max_body_bytes=1000, fetch_attempts=3, read_timeout=5, connect_timeout=2, total_timeout=0.5)
    with Fetcher(settings) as f:
        yield f


def get(fetcher: Fetcher, url: str, **kwargs: object):
    return fetcher.fetch(FetchRequest(url, allow_private=True, **kwargs))  # type: ignore[arg-type]


def test_ok_user_agent_charset_and_redirect(server, fetcher) -> None:
    got = get(fetcher, server.url + "/ok")
    assert got.body == b"<rss/>" and got.charset == "utf-8" and got.etag == '"v1"'
    assert get(fetcher, server.url + "/ua").body.startswith(b"newsmon/")
    hopped = get(fetcher, server.url + "/hop")
    assert hopped.body == b"<rss/>" and hopped.final_location.endswith("/ok")


def test_conditional_get_costs_nothing_when_unchanged(server, fetcher) -> None:
    first = get(fetcher, server.url + "/etag")
    assert first.body == b"<rss>fresh</rss>" and not first.not_modified
    again = get(fetcher, server.url + "/etag", etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""


def test_permanent_errors_are_not_retried(server, fetcher) -> None:
    with pytest.raises(FetchError, match="404") as info:
        get(fetcher, server.url + "/missing")
    assert not info.value.transient and HITS["/missing"] == 1
    with pytest.raises(FetchError, match="image/png") as wrong_type:
        get(fetcher, server.url + "/image")
    assert not wrong_type.value.transient


def test_transient_errors_are_retried_with_backoff(server, fetcher) -> None:
    assert get(fetcher, server.url + "/flaky").body == b"recovered"
    assert HITS["/flaky"] == 3


def test_retry_after_is_honoured(server, fetcher) -> None:
    start = time.monotonic()
    assert get(fetcher, server.url + "/limited").body == b"thanks"
    assert time.monotonic() - start >= 0.9


@pytest.mark.parametrize("route, message", [("/huge", "limit"), ("/bomb", "limit"), ("/loop", "redirects")])
def test_size_caps_hold_after_decompression_and_redirects_are_capped(server, fetcher, route: str,
                                                                     message: str) -> None:
    with pytest.raises(FetchError, match=message) as info:
        get(fetcher, server.url + route)
    assert not info.value.transient


@pytest.mark.parametrize("route", ["/always-503", "/reset", "/drip"])
def test_unavailable_reset_and_slow_drip_are_transient(server, fetcher, route: str) -> None:
    with pytest.raises(FetchError) as info:
        get(fetcher, server.url + route)
    assert info.value.transient


def test_private_addresses_are_refused_unless_allowed(server, fetcher) -> None:
    with pytest.raises(FetchError, match="private or local") as info:
        fetcher.fetch(FetchRequest(server.url + "/ok"))
    assert not info.value.transient
    before = HITS.get("/to-private", 0)
    with pytest.raises(FetchError, match="10.0.0.1"):  # a redirect is checked like the first hop
        fetcher.fetch(FetchRequest(server.url + "/to-private", allow_private=("127.0.0.1",)))
    assert HITS["/to-private"] == before + 1  # the loopback hop was allowed, the private one refused


@pytest.mark.parametrize("address, public", [
    ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.1", False), ("172.16.5.4", False), ("169.254.1.1", False),
    ("100.64.0.1", False), ("::1", False), ("fe80::1", False), ("::ffff:127.0.0.1", False), ("0.0.0.0", False),
    ("224.0.0.1", False), ("8.8.8.8", True), ("2001:4860:4860::8888", True),
])
def test_which_addresses_are_public(address: str, public: bool) -> None:
    assert is_public(address) is public


def test_only_http_and_https() -> None:
    with pytest.raises(FetchError, match="only http"):
        check_destination("ftp://example.org/feed", allow_private=False)


def test_fetch_many_returns_errors_in_place(server, fetcher) -> None:
    results = fetcher.fetch_many([FetchRequest(server.url + "/ok", allow_private=True),
                                  FetchRequest(server.url + "/missing", allow_private=True)])
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
