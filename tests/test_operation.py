"""Scheduled, event-driven operation: deployments, one writer, run records, report and status."""
from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from flows.settings import Settings
from tests.conftest import SEED_ARTICLE
from warehouse.db import connect
from warehouse.runs import run_query

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]


def test_serve_builds_scheduled_event_and_retry_deployments() -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.schedules import CronSchedule, IntervalSchedule

    from flows.deploy import INGEST_EVENT, build_deployments
    scheduled, ingest, retry = build_deployments(Settings(db_path="w.duckdb"))
    (schedule,) = scheduled.schedules
    assert isinstance(schedule.schedule, IntervalSchedule)
    assert schedule.schedule.interval == dt.timedelta(minutes=30) and schedule.schedule.timezone == "UTC"
    assert scheduled.concurrency_limit == 1 and scheduled.parameters["db"] == "w.duckdb"
    (trigger,) = ingest.triggers
    assert trigger.expect == {INGEST_EVENT} and trigger.parameters == {"articles": ["{{ event.payload.url }}"]}
    assert retry.name == "retry-deliveries"
    cron, _, _ = build_deployments(Settings(schedule_cron="*/15 * * * *", schedule_timezone="Asia/Singapore"))
    assert isinstance(cron.schedules[0].schedule, CronSchedule)
    assert cron.schedules[0].schedule.timezone == "Asia/Singapore"

    deployment_id = scheduled.apply()  # registered with the API as `newsmon serve` does
    with get_client(sync_client=True) as client:
        stored = client.read_deployment(deployment_id)
    assert stored.name == "scheduled" and stored.schedules[0].schedule.interval == dt.timedelta(minutes=30)


def test_two_simultaneous_runs_take_turns_on_one_file(tmp_path: Path, monkeypatch) -> None:
    from flows.monitor import monitor
    monkeypatch.setenv("NEWSMON_NOTIFY", "")
    db = str(tmp_path / "w.duckdb")
    results: list[dict] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(monitor(db=db, articles=[str(SEED_ARTICLE)], published="2025-03-09"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors and len(results) == 2
    assert sorted(r["articles_new"] for r in results) == [0, 1]
    with connect(db) as con:
        assert run_query(con, "SELECT count(*) FROM articles").rows == ((1,),)
        assert run_query(con, "SELECT count(*), count(DISTINCT metric_id) FROM metrics").rows == ((12, 12),)
        assert run_query(con, "SELECT count(*) FROM runs WHERE status = 'completed'").rows == ((2,),)
        assert run_query(con, "SELECT count(*) FROM fetch_failures").rows == ((0,),)


def test_a_busy_writer_makes_the_second_run_give_up_clearly(tmp_path: Path) -> None:
    from flows.runlock import writer_lock
    from parsers.errors import WriterBusyError
    db = str(tmp_path / "w.duckdb")
    with writer_lock(db, 1):
        with pytest.raises(WriterBusyError, match="another newsmon run") as info:
            with writer_lock(db, 0.3):
                pass
    assert info.value.transient
    with writer_lock(db, 0.3):  # free again
        pass


def test_status_report_and_artifact(tmp_path: Path, capsys, monkeypatch) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey

    from flows.cli import main
    monkeypatch.setenv("NEWSMON_NOTIFY", "")
    db = str(tmp_path / "w.duckdb")
    assert main(["run", "--db", db, "--article", str(SEED_ARTICLE), "--published", "2025-03-09"]) == 0
    capsys.readouterr()
    assert main(["status", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "last runs" in out and "completed" in out and "000-596206f3d24f0786-txt" in out.replace("_", "-")
    with connect(db) as con:
        ((run_id,),) = run_query(con, "SELECT run_id FROM runs").rows
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(any_=["newsmon-run"]), flow_run_id=ArtifactFilterFlowRunId(any_=[run_id])))
    (artifact,) = artifacts
    assert "New figures" in artifact.data and "40,000" in artifact.data
