"""Where a run's tasks execute: Prefect's thread pool (with a process pool for the CPU stages) or Dask.

- ``processes`` (default): tasks in threads; parse and extract in a pool of worker processes.
- ``threads``: everything in threads (for comparison: BeautifulSoup holds the GIL).
- ``dask``: tasks on a Dask cluster through prefect-dask: a local cluster of one process per
  core, or the scheduler at ``dask_address``.  The DuckDB writer stays in the flow process.
"""
from __future__ import annotations

import logging

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.cpu import worker_count
from flows.settings import Settings


def task_runner_for(settings: Settings) -> TaskRunner:
    workers = worker_count(settings.workers)
    if settings.task_runner == "dask":
        from prefect_dask import DaskTaskRunner
        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": None, "silence_logs": logging.ERROR})
    return ThreadPoolTaskRunner(max_workers=max(4, 2 * workers))


def monitor_for(settings: Settings):
    """The monitor flow with the task runner the settings ask for."""
    from flows.monitor import monitor
    return monitor.with_options(task_runner=task_runner_for(settings))
