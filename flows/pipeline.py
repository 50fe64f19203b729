"""The page pipeline's wiring, free of Prefect: batches in flight, one writer, bounded memory.

Batches are submitted (to Prefect tasks in the flow, to a thread pool in the benchmark) and
stored one after the other as they finish, with at most ``in_flight`` batches fetched or
being processed at once (one per worker process and one being fetched): memory stays flat
however many pages a run has.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from flows.cpu import worker_count
from flows.process import ProcessedBatch, StageTimes, StoredCounts
from flows.settings import Settings


@dataclass(frozen=True)
class IngestPlan:
    """How a run's pages are cut and spread: the same for the flow and the benchmark."""

    pool_workers: int  # worker processes to start for parse and extract (0: none)
    batch_size: int
    in_flight: int  # batches fetched or being processed at once


def plan_for(pages: int, settings: Settings) -> IngestPlan:
    workers = worker_count(settings.workers)
    # processes for the CPU stages, unless the run is too small to repay their start (about a second)
    pooled = settings.task_runner == "processes" and pages >= settings.pool_min_pages
    return IngestPlan(workers if pooled else 0, batch_size_for(pages, settings.batch_size, workers),
                      workers + 1 if pooled else 2 * workers)


class BatchFuture(Protocol):
    def result(self) -> ProcessedBatch: ...


def batch_size_for(pages: int, configured: int, workers: int) -> int:
    """The configured batch size, or smaller so that every worker gets at least two batches."""
    return max(1, min(configured, -(-pages // (2 * max(1, workers)))))


def batched(items: Sequence, size: int) -> list[list]:
    iterator = iter(items)
    return [chunk for chunk in iter(lambda: list(islice(iterator, max(1, size))), [])]


def add_counts(a: StoredCounts, b: StoredCounts) -> StoredCounts:
    return StoredCounts(a.articles_new + b.articles_new, a.articles_unchanged + b.articles_unchanged,
                        a.figures_new + b.figures_new, a.pages_failed + b.pages_failed, a.times + b.times)


def ingest(pages: Sequence, batch_size: int, in_flight: int, submit: Callable[[list], BatchFuture],
           store: Callable[[ProcessedBatch], StoredCounts],
           on_stored: Callable[[StoredCounts], None] = lambda counts: None) -> StoredCounts:
    """Submit the pages in batches, keep ``in_flight`` of them going, store each as it is done, in order."""
    total = StoredCounts(0, 0, 0, 0, StageTimes())
    window: deque[BatchFuture] = deque()

    def store_oldest() -> None:
        nonlocal total
        batch = window.popleft().result()
        counts = store(batch)
        batch.release()
        total = add_counts(total, counts)
        on_stored(counts)

    for chunk in batched(pages, batch_size):
        window.append(submit(chunk))
        while len(window) >= max(1, in_flight):
            store_oldest()
    while window:
        store_oldest()
    return total
