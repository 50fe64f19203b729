"""The Prefect monitor flow: sources -> feeds -> pages -> articles -> figures -> alerts -> people.

The flow only wires.  Every task is a thin shell around one function of
:mod:`flows.stages` and works on a batch (a list of sources, or up to
``Settings.batch_size`` pages), never on one article or sentence: a Prefect task run costs
tens of milliseconds.  Tasks take no page bodies as flow parameters and cache nothing.
"""
from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from flows import cpu, stages
from flows.delivery import DeliveryReport, deliver
from flows.memory import release_large_buffers
from flows.pipeline import ingest, plan_for
from flows.process import ProcessedBatch, StoredCounts, fetch_and_process, store_processed
from flows.notify import NotifyTarget, targets_from
from flows.settings import Settings, load_settings
from parsers.errors import SourceConfigError
from parsers.sources import SourceSpec, make_source, parse_sources_toml
from warehouse.db import connect
from flows.progress import current
from flows.publish import publish
from flows.runlock import writer_lock
from warehouse.alerts import list_alerts
from warehouse.runs import RunSummary, figures_of_run, finish_run, start_run

NETWORK_RETRIES = 2


def read_sources(settings: Settings, feeds: Sequence[str], articles: Sequence[str],
                 published: str | None) -> tuple[SourceSpec, ...]:
    """The sources file's sources, or the ad-hoc ones when any are given."""
    if feeds or articles:
        specs = [make_source(loc, "feed", loc, base_dir=str(Path.cwd())) for loc in feeds]
        specs += [make_source(loc, "article", loc, published=published, base_dir=str(Path.cwd())) for loc in articles]
        return tuple(specs)
    if not settings.sources_path:
        raise SourceConfigError("no sources: give --sources FILE, --feed or --article")
    path = Path(settings.sources_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourceConfigError(f"sources file not found: {path}") from None
    except OSError as exc:
        raise SourceConfigError(f"cannot read sources file {path}: {exc.strerror}") from None
    return parse_sources_toml(text, base_dir=str(path.resolve().parent))


@task(name="load-sources", cache_policy=NO_CACHE)
def load_sources_task(settings: Settings, feeds: list[str], articles: list[str], published: str | None,
                      run_id: str) -> tuple[SourceSpec, ...]:
    specs = read_sources(settings, feeds, articles, published)
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        start_run(con, run_id)
    stages.register_sources(settings, specs)
    return specs


@task(name="discover", cache_policy=NO_CACHE, retries=NETWORK_RETRIES, retry_delay_seconds=5)
def discover_task(settings: Settings, specs: Sequence[SourceSpec]) -> stages.Discovery:
    from flows.fetch import Fetcher
    with Fetcher(settings) as fetcher:
        discovery = stages.discover(settings, fetcher, specs)
    stages.record_sources(settings, discovery)
    return discovery


@task(name="fetch-parse-extract", cache_policy=NO_CACHE, retries=NETWORK_RETRIES, retry_delay_seconds=5)
def fetch_and_process_task(settings: Settings, refs: list[stages.PageRef]) -> ProcessedBatch:
    return fetch_and_process(settings, refs, cpu.active())  # no pool inside a Dask worker: work here


@task(name="store-batch", cache_policy=NO_CACHE)
def store_task(settings: Settings, batch: ProcessedBatch, run_id: str) -> StoredCounts:
    return store_processed(settings, batch, run_id)


@task(name="raise-alerts", cache_policy=NO_CACHE)
def raise_alerts_task(settings: Settings, run_id: str) -> stages.RaisedAlerts:
    return stages.raise_alerts(settings, run_id)


@task(name="publish-events-and-report", cache_policy=NO_CACHE)
def publish_task(settings: Settings, summary: dict[str, object], raised: stages.RaisedAlerts) -> int:
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        figures = figures_of_run(con, str(summary["run_id"]))
        alerts = list_alerts(con, status="open", run_id=str(summary["run_id"]))
    return publish(summary, figures, alerts, raised.source_health)


@task(name="deliver-alerts", cache_policy=NO_CACHE)
def deliver_task(settings: Settings, targets: tuple[NotifyTarget, ...]) -> DeliveryReport:
    report = deliver(settings, targets)
    for error in report.errors:
        get_run_logger().warning("alert delivery failed, will retry next run: %s", error)
    return report


def _run_id() -> str:
    return str(flow_run.id or uuid.uuid4())


@flow(name="newsmon-monitor", timeout_seconds=3600, validate_parameters=True)
def monitor(sources: str | None = None, db: str | None = None, feeds: list[str] | None = None,
            articles: list[str] | None = None, published: str | None = None, task_runner: str | None = None,
            workers: int | None = None) -> dict[str, object]:
    """Watch the sources once: store new articles and figures, raise and deliver alerts.

    ``task_runner`` and ``workers`` override the settings; they must match the runner the flow
    was given (see :func:`flows.runners.monitor_for`).
    """
    settings = load_settings(db_path=db, sources_path=sources, task_runner=task_runner, workers=workers)
    release_large_buffers()  # page-sized buffers back to the system: memory stays flat in long runs
    with writer_lock(settings.db_path, settings.run_wait_seconds):  # one writer per DuckDB file
        return _watch(settings, feeds or [], articles or [], published)


def _watch(settings: Settings, feeds: list[str], articles: list[str], published: str | None) -> dict[str, object]:
    targets = targets_from(settings.notify_urls)
    run_id = _run_id()
    progress = current()
    specs = load_sources_task(settings, feeds, articles, published, run_id)
    progress.stage("sources", len(specs))
    discovery = discover_task(settings, specs)
    progress.advance("sources", len(specs))
    progress.stage("pages", len(discovery.pages))
    plan = plan_for(len(discovery.pages), settings)
    with cpu.process_pool(plan.pool_workers):
        counts = ingest(discovery.pages, plan.batch_size, plan.in_flight,
                        submit=lambda chunk: fetch_and_process_task.submit(settings, chunk),
                        store=lambda batch: store_task(settings, batch, run_id),
                        on_stored=lambda c: progress.advance("pages", c.articles_new + c.articles_unchanged +
                                                             c.pages_failed))
    progress.stage("alerts", 2)
    raised = raise_alerts_task(settings, run_id)
    progress.advance("alerts")
    report = deliver_task(settings, targets)
    progress.advance("alerts")
    summary = RunSummary(
        run_id=run_id,
        sources_ok=sum(o.status != "failed" for o in discovery.outcomes),
        sources_failed=sum(o.status == "failed" for o in discovery.outcomes),
        articles_new=counts.articles_new, articles_skipped=counts.articles_unchanged + discovery.entries_known,
        pages_failed=counts.pages_failed, figures_new=counts.figures_new, alerts_raised=len(raised.metric),
        alerts_delivered=report.delivered,
    )
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        finish_run(con, summary)
    publish_task(settings, summary.as_dict(), raised)
    get_run_logger().info("run summary: %s", summary.as_dict())
    return summary.as_dict()
