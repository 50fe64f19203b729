"""The monitor's stages as plain functions over batches, free of Prefect.

Each stage is a thin join of parsers (pure) and warehouse (storage) with the I/O edges
(fetcher, notifier).  The Prefect tasks of :mod:`flows.monitor` wrap these one to one;
benchmarks and tests call them directly.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from flows.fetch import Fetched, FetchRequest, Fetcher
from flows.settings import Settings
from parsers.errors import NewsmonError
from parsers.feeds import parse_feed
from parsers.sources import SourceSpec
from parsers.urls import canonical_url
from warehouse import alerts as alert_store
from warehouse import store
from warehouse.db import connect
from warehouse.health import SourceAlert, raise_source_alerts
from warehouse.rules import AlertDecision


@dataclass(frozen=True)
class PageRef:
    """An article to fetch: a feed entry, a retried page or an article source."""

    source_id: str
    location: str
    local_root: str | None
    guid: str | None
    title: str | None
    published: dt.date | None
    default_geo: str | None
    allow_private: bool | tuple[str, ...] = False
    updated: dt.datetime | None = None  # the feed's last-updated time for the entry

    @property
    def request(self) -> FetchRequest:
        return FetchRequest(self.location, self.local_root, self.allow_private)


@dataclass(frozen=True)
class RawPage:
    ref: PageRef
    fetched: Fetched


@dataclass(frozen=True)
class Discovery:
    pages: tuple[PageRef, ...]  # to fetch now
    outcomes: tuple[store.SourceOutcome, ...]
    failures: tuple[store.FetchFailure, ...]
    entries_seen: int
    entries_known: int


def page_failure(ref: PageRef, error: NewsmonError) -> store.FetchFailure:
    return store.FetchFailure(ref.location, ref.source_id, "page", str(error), error.transient,
                              ref.guid, ref.title, ref.published)


def register_sources(settings: Settings, specs: Sequence[SourceSpec]) -> None:
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        store.upsert_sources(con, specs)


def _local_root(spec: SourceSpec) -> str | None:
    return str(Path(spec.location).parent) if spec.is_local else None


def _page(spec: SourceSpec, location: str, guid: str | None, title: str | None, published: dt.date | None,
          updated: dt.datetime | None = None) -> PageRef:
    """A page of a source: it inherits the source's folder, country and allowed networks."""
    return PageRef(spec.source_id, location, _local_root(spec), guid, title, published, spec.country,
                   spec.allow_private, updated)


def _source_failed(spec: SourceSpec, error: NewsmonError, outcomes: list, failures: list) -> None:
    outcomes.append(store.SourceOutcome(spec.source_id, "failed", str(error)))
    failures.append(store.FetchFailure(spec.location, spec.source_id, "source", str(error), error.transient))


def discover(settings: Settings, fetcher: Fetcher, specs: Sequence[SourceSpec]) -> Discovery:
    """Fetch every source; article sources become pages, feeds become their unseen entries.

    Feeds are fetched with a conditional GET: one that has not changed since the last run
    answers 304 and costs nothing more.
    """
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        validators = store.fetch_validators(con)
    requests = [FetchRequest(s.location, _local_root(s), s.allow_private,
                             *(validators.get(s.source_id, (None, None)) if s.kind == "feed" else (None, None)))
                for s in specs]
    results = fetcher.fetch_many(requests)
    pages: list[PageRef] = []
    outcomes: list[store.SourceOutcome] = []
    failures: list[store.FetchFailure] = []
    for spec, result in zip(specs, results):
        if isinstance(result, NewsmonError):
            _source_failed(spec, result, outcomes, failures)
            continue
        if result.not_modified:
            outcomes.append(store.SourceOutcome(spec.source_id, "not_modified", None, result.etag, result.last_modified))
            continue
        if spec.kind == "article":
            pages.append(_page(spec, spec.location, None, spec.name, spec.published))
            outcomes.append(store.SourceOutcome(spec.source_id, "ok", None))
            continue
        try:
            feed = parse_feed(result.body, result.final_location)
        except NewsmonError as exc:
            _source_failed(spec, exc, outcomes, failures)
            continue
        outcomes.append(store.SourceOutcome(spec.source_id, "malformed" if feed.malformed else "ok", feed.malformed,
                                            result.etag, result.last_modified))
        pages += [_page(spec, e.link, e.guid, e.title, e.published, e.updated) for e in feed.entries]
    article_sources = {s.location for s in specs if s.kind == "article"}
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        candidates = [p for p in pages if p.location not in article_sources]
        known = store.known_urls(con, [p.location for p in candidates] + [canonical_url(p.location) for p in candidates])
        retries = store.pages_to_retry(con, settings.max_page_attempts)
    fresh = [p for p in pages if p.location in article_sources or _worth_fetching(p, known)]
    fresh_locations = {p.location for p in fresh}
    by_source = {s.source_id: s for s in specs}
    for retry in retries:
        spec = by_source.get(retry.source_id)
        if spec and retry.url not in fresh_locations:
            fresh.append(_page(spec, retry.url, retry.entry_guid, retry.entry_title, retry.entry_published))
            fresh_locations.add(retry.url)
    unique = list({p.location: p for p in fresh}.values())
    return Discovery(tuple(unique), tuple(outcomes), tuple(failures), len(pages), len(pages) - len(fresh))


def _worth_fetching(page: PageRef, known: dict[str, dt.datetime | None]) -> bool:
    """A page not stored yet, or one its feed says was updated since: it may be a new revision."""
    for url in (page.location, canonical_url(page.location)):
        if url in known:
            seen = known[url]
            return page.updated is not None and seen is not None and page.updated > seen
    return True


def fetch_pages(fetcher: Fetcher, refs: Sequence[PageRef]) -> tuple[list[RawPage], list[store.FetchFailure]]:
    results = fetcher.fetch_many([r.request for r in refs])
    pages, failures = [], []
    for ref, result in zip(refs, results):
        if isinstance(result, NewsmonError):
            failures.append(page_failure(ref, result))
        else:
            pages.append(RawPage(ref, result))
    return pages, failures


def record_sources(settings: Settings, discovery: Discovery) -> None:
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        store.record_source_outcomes(con, discovery.outcomes)
        store.record_failures(con, discovery.failures)


@dataclass(frozen=True)
class RaisedAlerts:
    metric: list[AlertDecision]
    source_health: list[SourceAlert]


def raise_alerts(settings: Settings, run_id: str) -> RaisedAlerts:
    """Metric alerts from the rules, and feed-health alerts for sources failing run after run."""
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        failing = raise_source_alerts(con, settings.source_failure_threshold)
        return RaisedAlerts(alert_store.raise_alerts(con, run_id, settings.rules), failing)
