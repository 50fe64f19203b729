"""Shared fixtures: real loopback servers, the shared corpus, and one Prefect test harness."""
from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every CI run (a gate, not a lottery: a latent gap one random draw in many
# finds would turn a run red that the change did not cause), fresh ones on a developer's machine, and many more with
# HYPOTHESIS_PROFILE=explore.
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", max_examples=2500, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_596206f3d24f0786.txt"

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def feed(name: str, location: str, **keys: object) -> dict[str, object]:
    """A ``[[source]]`` table of a feed on the loopback servers (127.0.0.1 allowed)."""
    return {"name": name, "kind": "feed", "location": location, "allow_private": ["127.0.0.1"], **keys}


def write_sources(path: Path, *tables: dict[str, object]) -> str:
    """Write a sources file of ``[[source]]`` tables; JSON strings, lists and booleans are TOML too."""
    path.write_text("\n".join("[[source]]\n" + "".join(f"{key} = {json.dumps(value)}\n" for key, value in t.items())
                              for t in tables))
    return str(path)


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared``, or a clean skip when this checkout has none beside it."""
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


class _Quiet:
    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def reply(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        """Answer with ``status``, ``headers`` and ``body`` (the Content-Length is added)."""
        self.send_response(status)  # type: ignore[attr-defined]
        for key, value in (headers or {}).items():
            self.send_header(key, value)  # type: ignore[attr-defined]
        self.send_header("Content-Length", str(len(body)))  # type: ignore[attr-defined]
        self.end_headers()  # type: ignore[attr-defined]
        self.wfile.write(body)  # type: ignore[attr-defined]


@dataclass
class LoopbackServer:
    server: ThreadingHTTPServer

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        import sys
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def start_server(handler: type[BaseHTTPRequestHandler]) -> LoopbackServer:
    server = _QuietServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return LoopbackServer(server)


@pytest.fixture
def serve_dir() -> Iterator[Callable[[Path], LoopbackServer]]:
    """Serve a folder over HTTP on 127.0.0.1."""
    servers: list[LoopbackServer] = []

    def serve(folder: Path) -> LoopbackServer:
        class Handler(_Quiet, SimpleHTTPRequestHandler):
            def __init__(self, *args: object, **kwargs: object) -> None:
                super().__init__(*args, directory=str(folder), **kwargs)  # type: ignore[arg-type]
        servers.append(start_server(Handler))
        return servers[-1]

    yield serve
    for s in servers:
        s.stop()


@dataclass
class WebhookReceiver:
    """A JSON webhook on 127.0.0.1 that records what Apprise's json:// posts to it."""

    loopback: LoopbackServer
    received: list[dict] = field(default_factory=list)
    status: int = 200

    @property
    def apprise_url(self) -> str:
        return self.loopback.url.replace("http://", "json://") + "/hook"


@pytest.fixture
def webhook() -> Iterator[WebhookReceiver]:
    holder: dict[str, WebhookReceiver] = {}

    class Handler(_Quiet, BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            receiver = holder["r"]
            if receiver.status == 200:
                receiver.received.append(json.loads(body))
            self.send_response(receiver.status)
            self.end_headers()

    receiver = WebhookReceiver(start_server(Handler))
    holder["r"] = receiver
    yield receiver
    receiver.loopback.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The flow tests run last: once Prefect's harness is up, its background threads draw from the global ``random``
    (jittered intervals), which Hypothesis would report as a property test's own use of ``random``."""
    items.sort(key=lambda item: "prefect_harness" in getattr(item, "fixturenames", ()))


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One Prefect test harness (a temporary API and database) for every flow test."""
    from prefect.testing.utilities import prefect_test_harness
    with prefect_test_harness(server_startup_timeout=120):
        yield


@dataclass
class MailReceiver:
    """An SMTP server on 127.0.0.1 (aiosmtpd) that keeps what Apprise's mailto:// sends it."""

    port: int
    messages: list = field(default_factory=list)

    @property
    def apprise_url(self) -> str:
        return f"mailto://127.0.0.1:{self.port}?from=newsmon@example.org&to=ops@example.org&mode=insecure"


@pytest.fixture
def smtp() -> Iterator[MailReceiver]:
    import socket
    from email import message_from_bytes

    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    receiver = MailReceiver(port)

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802
            receiver.messages.append(message_from_bytes(envelope.content))
            return "250 OK"

    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    yield receiver
    controller.stop()
