"""Processes for the CPU stages (parse and extract): BeautifulSoup holds the GIL, so threads do not help.

One pool of worker processes serves a whole run; the tasks of :mod:`flows.monitor` hand
their pages to it.  Inside a Dask worker (``--task-runner dask``) there is no pool: the
task is already in its own process and does the work itself.

The workers run :func:`read_page` and import this module and :mod:`parsers` only (no
Prefect, DuckDB or HTTP client), which keeps each of them to about 40 MB.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import multiprocessing
import os
import time
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass

from flows.memory import release_large_buffers
from parsers.articles import Article, parse_article_html, parse_text_article
from parsers.errors import ArticleParseError, NewsmonError
from parsers.metrics import MetricRecord, extract_metrics
from parsers.urls import canonical_url


@dataclass(frozen=True)
class PageInput:
    """A fetched page, as a worker process needs it."""

    body: bytes
    content_type: str | None
    charset: str | None
    location: str
    final_location: str
    title: str | None  # from the feed entry
    published: dt.date | None  # from the feed entry
    default_geo: str | None
    local: bool  # a local file: its path is its canonical location


@dataclass(frozen=True)
class PageOutput:
    """An article and its figures, or why the page could not be read; with the seconds each step took."""

    article: Article | None
    canonical_url: str | None
    figures: tuple[MetricRecord, ...]
    error: str | None
    parse_seconds: float
    extract_seconds: float


def _article(page: PageInput) -> Article:
    if (page.content_type or "").startswith("text/plain"):
        article = parse_text_article(page.body.decode("utf-8", errors="replace"), page.published)
        return dataclasses.replace(article, title=page.title or article.title)
    article = parse_article_html(page.body, page.charset)
    if article.published is None and page.published is not None:
        article = dataclasses.replace(article, published=page.published)
    if not article.title and page.title:
        article = dataclasses.replace(article, title=page.title)
    return article


def read_page(page: PageInput) -> PageOutput:
    """Parse then extract one page.  A page that cannot be read gives its reason, never an exception."""
    start = time.perf_counter()
    try:
        article = _article(page)
    except NewsmonError as exc:
        return PageOutput(None, None, (), str(exc), time.perf_counter() - start, 0.0)
    except Exception as exc:  # a parser bug on one page must not cost the others
        error = ArticleParseError(f"parser crashed: {type(exc).__name__}: {exc}")
        return PageOutput(None, None, (), str(error), time.perf_counter() - start, 0.0)
    canonical = page.location if page.local else canonical_url(article.canonical_url or page.final_location)
    parsed = time.perf_counter()
    try:
        figures = tuple(extract_metrics(article.text, article.published, page.default_geo))
    except Exception:  # noqa: BLE001 - the article is kept, without figures
        figures = ()
    return PageOutput(article, canonical, figures, None, parsed - start, time.perf_counter() - parsed)

_active: Executor | None = None
_active_workers = 0


def worker_count(requested: int) -> int:
    """``requested`` workers, or one per core when it is 0."""
    return requested if requested > 0 else (os.cpu_count() or 1)


def active() -> Executor | None:
    """The run's process pool, when this process started one."""
    return _active


def active_workers() -> int:
    return _active_workers if _active is not None else 0


@contextlib.contextmanager
def process_pool(workers: int) -> Iterator[Executor | None]:
    """A pool of ``workers`` processes for the duration of a run (none for ``workers`` <= 1)."""
    global _active, _active_workers
    if workers <= 1 or _active is not None:
        yield _active
        return
    # spawn, not fork: the parent runs Prefect's threads, and forking a threaded process can deadlock
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=release_large_buffers)
    _active, _active_workers = pool, workers
    try:
        yield pool
    finally:
        _active = None
        pool.shutdown(wait=True, cancel_futures=True)
