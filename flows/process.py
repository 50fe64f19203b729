"""Pages to stored figures, in batches: fetch, parse and extract (CPU, in processes), then store.

``fetch_and_process`` is what one Prefect task does with a batch of pages; it runs in a
thread of the flow process (handing the CPU work to the run's process pool) or inside a
Dask worker.  ``store_processed`` is the single writer: one connection, bulk inserts.
"""
from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Sequence
from concurrent.futures import BrokenExecutor, Executor, Future
from dataclasses import dataclass

from flows.cpu import PageInput, PageOutput, active_workers, read_page
from flows.fetch import Fetched, FetchError, Fetcher
from flows.settings import Settings
from flows.stages import PageRef, RawPage, fetch_pages, page_failure
from parsers.errors import ArticleParseError
from parsers.metrics import MetricRecord
from warehouse import store
from warehouse.db import connect


@dataclass(frozen=True)
class StageTimes:
    """Seconds spent in each stage of a batch (parse and extract summed over the worker processes)."""

    fetch: float = 0.0
    parse: float = 0.0
    extract: float = 0.0
    store: float = 0.0

    def __add__(self, other: StageTimes) -> StageTimes:
        return StageTimes(*(a + b for a, b in zip(dataclasses.astuple(self), dataclasses.astuple(other))))


@dataclass(frozen=True)
class ExtractedArticle:
    article: store.NewArticle
    figures: tuple[MetricRecord, ...]


@dataclass(frozen=True)
class ProcessedBatch:
    articles: list[ExtractedArticle]
    failures: list[store.FetchFailure]
    times: StageTimes

    def release(self) -> None:
        """Drop the articles once stored: a task runner may hold every task's result until the run ends."""
        self.articles.clear()
        self.failures.clear()


@dataclass(frozen=True)
class StoredCounts:
    articles_new: int
    articles_unchanged: int
    figures_new: int
    pages_failed: int
    times: StageTimes


def _input(page: RawPage) -> PageInput:
    ref, fetched = page.ref, page.fetched
    return PageInput(fetched.body, fetched.content_type, fetched.charset, ref.location, fetched.final_location,
                     ref.title, ref.published, ref.default_geo, ref.local_root is not None)


def _result(ref: PageRef, output: PageOutput) -> ExtractedArticle | store.FetchFailure:
    if output.article is None:
        return page_failure(ref, ArticleParseError(output.error or "unreadable page"))
    new = store.NewArticle(ref.source_id, ref.location, output.canonical_url or ref.location, ref.guid,
                           output.article, store.now(), ref.default_geo, ref.updated)
    return ExtractedArticle(new, output.figures)


def _batch(results: Sequence[ExtractedArticle | store.FetchFailure], outputs: Sequence[PageOutput],
           fetch_seconds: float) -> ProcessedBatch:
    return ProcessedBatch([r for r in results if isinstance(r, ExtractedArticle)],
                          [r for r in results if isinstance(r, store.FetchFailure)],
                          StageTimes(fetch=fetch_seconds, parse=sum(o.parse_seconds for o in outputs),
                                     extract=sum(o.extract_seconds for o in outputs)))


def _here(fetcher: Fetcher, refs: Sequence[PageRef]) -> ProcessedBatch:
    """Fetch the batch, then parse and extract its pages in this process, one after the other."""
    start = time.perf_counter()
    pages, failures = fetch_pages(fetcher, refs)
    fetch_seconds = time.perf_counter() - start
    outputs = [read_page(_input(page)) for page in pages]
    results = [_result(page.ref, output) for page, output in zip(pages, outputs)]
    return _batch(results + failures, outputs, fetch_seconds)


def _streamed(fetcher: Fetcher, refs: Sequence[PageRef], pool: Executor, workers: int) -> ProcessedBatch:
    """Each page goes to the process pool as soon as it is fetched, and at most two per worker wait
    there: a batch holds a few pages' HTML at a time however large it is."""
    slots = threading.BoundedSemaphore(2 * max(1, workers))
    failures: dict[int, store.FetchFailure] = {}
    pending: dict[int, Future] = {}
    lock = threading.Lock()

    def handle(index: int, fetched: Fetched | FetchError) -> None:
        if isinstance(fetched, FetchError):
            with lock:
                failures[index] = page_failure(refs[index], fetched)
            return
        slots.acquire()  # the workers are busy: the fetchers wait instead of piling up pages
        try:
            future = pool.submit(read_page, _input(RawPage(refs[index], fetched)))
        except BrokenExecutor:  # the pool lost a worker earlier: the page is tried next run
            slots.release()
            with lock:
                failures[index] = page_failure(refs[index], ArticleParseError("the worker processes stopped",
                                                                              transient=True))
            return
        future.add_done_callback(lambda _: slots.release())
        with lock:
            pending[index] = future

    start = time.perf_counter()
    fetcher.fetch_each([r.request for r in refs], handle)
    fetch_seconds = time.perf_counter() - start
    outputs: list[PageOutput] = []
    results: list[ExtractedArticle | store.FetchFailure] = list(failures.values())
    for index, future in sorted(pending.items()):
        try:
            output = future.result()
        except BrokenExecutor:  # a worker died (out of memory, a crash in lxml): the page is tried next run
            results.append(page_failure(refs[index], ArticleParseError("a worker process died reading the page",
                                                                       transient=True)))
            continue
        outputs.append(output)
        results.append(_result(refs[index], output))
    return _batch(results, outputs, fetch_seconds)


def fetch_and_process(settings: Settings, refs: Sequence[PageRef], pool: Executor | None) -> ProcessedBatch:
    """One batch: fetch its pages (I/O, concurrent) and parse and extract them (CPU).

    With a process pool the two overlap page by page; without one (threads, or inside a Dask
    worker) the pages are fetched first, then read here.
    """
    with Fetcher(settings) as fetcher:
        if pool is not None and len(refs) > 1:
            return _streamed(fetcher, refs, pool, active_workers())
        return _here(fetcher, refs)


def store_processed(settings: Settings, batch: ProcessedBatch, run_id: str) -> StoredCounts:
    """The single writer: new articles and their figures, and the pages that failed, in bulk."""
    start = time.perf_counter()
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        stored, unchanged = store.store_articles(con, [a.article for a in batch.articles], run_id)
        store.record_failures(con, batch.failures)
        fresh = {s.article_id for s in stored}
        figures = [(a.article.article_id, record) for a in batch.articles if a.article.article_id in fresh
                   for record in a.figures]
        new_figures = store.store_metrics(con, figures, run_id)
    spent = StageTimes(store=time.perf_counter() - start)
    return StoredCounts(len(stored), unchanged, new_figures, len(batch.failures), batch.times + spent)
