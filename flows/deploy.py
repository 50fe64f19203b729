"""Deployments of the monitor for scheduled, event-driven operation (``newsmon serve``).

Three deployments, each with a concurrency limit of one (one writer per DuckDB file):

- ``newsmon-monitor/scheduled``: the sources file, on the schedule from the settings (cron, or
  an interval, every 30 minutes by default, in an explicit time zone);
- ``newsmon-monitor/ingest-url``: one article, started by the event ``newsmon.ingest.requested``
  whose payload holds ``url`` (sent with ``prefect event emit`` or a Prefect webhook);
- ``newsmon-deliver/retry-deliveries``: delivers pending alerts every 10 minutes, so that an
  alert whose target was down goes out without waiting for the next monitor run.
"""
from __future__ import annotations

import datetime as dt

from prefect import flow, get_run_logger
from prefect.client.schemas.schedules import CronSchedule, IntervalSchedule
from prefect.events import DeploymentEventTrigger
from prefect.deployments.runner import RunnerDeployment

from flows.delivery import deliver
from flows.runners import monitor_for
from flows.notify import targets_from
from flows.settings import Settings, load_settings

INGEST_EVENT = "newsmon.ingest.requested"


@flow(name="newsmon-deliver", timeout_seconds=600)
def deliver_pending(db: str | None = None) -> dict[str, int]:
    """Send the alerts still pending (their targets were down) to every configured target."""
    settings = load_settings(db_path=db)
    report = deliver(settings, targets_from(settings.notify_urls))
    for error in report.errors:
        get_run_logger().warning("alert delivery failed, will retry: %s", error)
    return {"delivered": report.delivered, "failed": report.failed}


def schedule_of(settings: Settings) -> CronSchedule | IntervalSchedule:
    if settings.schedule_cron:
        return CronSchedule(cron=settings.schedule_cron, timezone=settings.schedule_timezone)
    return IntervalSchedule(interval=dt.timedelta(minutes=settings.schedule_interval_minutes),
                            timezone=settings.schedule_timezone)


def build_deployments(settings: Settings) -> list[RunnerDeployment]:
    """The deployments ``newsmon serve`` serves; parameters name files, never page content."""
    timed = monitor_for(settings).with_options(timeout_seconds=settings.flow_timeout_seconds)
    scheduled = timed.to_deployment(
        name="scheduled", schedules=[schedule_of(settings)], concurrency_limit=1,
        parameters={"sources": settings.sources_path, "db": settings.db_path, "task_runner": settings.task_runner},
        description="Watch the sources file on a schedule.", tags=["newsmon"])
    ingest = timed.to_deployment(
        name="ingest-url", concurrency_limit=1, parameters={"db": settings.db_path, "task_runner": settings.task_runner},
        tags=["newsmon"],
        description=f"Ingest one article when the event {INGEST_EVENT} arrives (payload: url).",
        triggers=[DeploymentEventTrigger(expect={INGEST_EVENT},
                                         parameters={"articles": ["{{ event.payload.url }}"]})])
    retry = deliver_pending.to_deployment(
        name="retry-deliveries", interval=dt.timedelta(minutes=10), concurrency_limit=1,
        parameters={"db": settings.db_path}, tags=["newsmon"],
        description="Deliver alerts whose notification target was down.")
    return [scheduled, ingest, retry]
