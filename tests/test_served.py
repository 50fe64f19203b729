"""Served for real: a Prefect server and `newsmon serve` on 127.0.0.1, driven like a person would.

Starts ``prefect server start`` on a free loopback port and ``newsmon serve`` against it, then:
a run started through the Prefect client completes and writes rows; the events newsmon emits
are visible through the API; an event ``newsmon.ingest.requested`` starts a one-URL run.
Bounded: every wait has a deadline, and both processes are stopped at the end.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from warehouse.db import connect
from warehouse.runs import run_query

pytestmark = [pytest.mark.flow]
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


def _healthy(api: str) -> bool:
    try:
        return urllib.request.urlopen(f"{api}/health", timeout=2).read() == b"true"
    except OSError:
        return False


def _events(api: str) -> list[str]:
    request = urllib.request.Request(f"{api}/events/filter", method="POST", headers={"content-type": "application/json"},
                                     data=json.dumps({"filter": {"event": {"prefix": ["newsmon."]}}, "limit": 50}).encode())
    return [e["event"] for e in json.loads(urllib.request.urlopen(request, timeout=5).read())["events"]]


def _rows(db: str, sql: str) -> tuple:
    try:
        with connect(db, wait_seconds=5, read_only=True) as con:
            return run_query(con, sql).rows
    except Exception:  # noqa: BLE001 - not written yet, or busy
        return ()


@pytest.fixture
def served(tmp_path: Path):
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "NEWSMON_NOTIFY": "", "PREFECT_LOGGING_LEVEL": "WARNING"}
    env.pop("PREFECT_API_URL", None)
    server = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    processes = [server]
    try:
        _wait(lambda: _healthy(api), 90, "the Prefect server")
        env["PREFECT_API_URL"] = api
        db = str(tmp_path / "newsmon.duckdb")
        serve = subprocess.Popen([str(BIN / "newsmon"), "serve", "--sources", str(SEEDS / "sources.toml"),
                                  "--db", db, "--interval", "600"], env=env, cwd=str(ROOT),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        processes.append(serve)
        yield api, db, env
    finally:
        for process in reversed(processes):
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def _deployed(api: str, name: str) -> bool:
    try:
        return urllib.request.urlopen(f"{api}/deployments/name/{name}", timeout=2).status == 200
    except OSError:
        return False


def test_served_runs_events_and_the_ingest_trigger(served, tmp_path: Path) -> None:
    api, db, env = served
    _wait(lambda: _deployed(api, "newsmon-monitor/scheduled") and _deployed(api, "newsmon-monitor/ingest-url"), 90,
          "newsmon serve to register its deployments")
    start = subprocess.run([str(BIN / "prefect"), "deployment", "run", "newsmon-monitor/scheduled"], env=env,
                           capture_output=True, text=True, timeout=120)
    assert start.returncode == 0, start.stderr
    _wait(lambda: _rows(db, "SELECT count(*) FROM runs WHERE status = 'completed'") == ((1,),), 120,
          "the run started through the Prefect client")
    assert _rows(db, "SELECT count(*) FROM articles") == ((6,),)
    _wait(lambda: "newsmon.alert.raised" in _events(api), 60, "newsmon's events in the API")
    assert {"newsmon.figure.new", "newsmon.figure.changed", "newsmon.alert.raised"} <= set(_events(api))

    story = tmp_path / "story.txt"
    story.write_text("Police in Singapore arrested 412 people in 2025 in a scam crackdown, police said.\n")
    emit = subprocess.run([str(BIN / "prefect"), "event", "emit", "newsmon.ingest.requested", "--resource-id",
                           "newsmon.request.test", "--payload", json.dumps({"url": str(story)})],
                          env=env, capture_output=True, text=True, timeout=60)
    assert emit.returncode == 0, emit.stderr
    _wait(lambda: _rows(db, f"SELECT count(*) FROM articles WHERE url = '{story}'") == ((1,),), 120,
          "the event-triggered one-URL run")
    assert _rows(db, "SELECT value, measure FROM metric_series WHERE value = 412") == ((412.0, "arrests"),)
