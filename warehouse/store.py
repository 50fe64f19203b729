"""The typed store: frozen records in, rows out, each batch in one transaction."""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from parsers.articles import Article
from parsers.metrics import EXTRACTOR_VERSION, MetricRecord
from parsers.periods import shift_period
from parsers.sources import SourceSpec
from warehouse.db import bulk_insert, transaction
from warehouse.rules import primary_flags


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class NewArticle:
    """An article as fetched and parsed, before it is stored."""

    source_id: str
    url: str
    canonical_url: str
    guid: str | None
    article: Article
    fetched_at: dt.datetime
    default_geo: str | None
    entry_updated: dt.datetime | None = None

    @property
    def article_id(self) -> str:
        return _digest(self.canonical_url, self.article.content_hash)


@dataclass(frozen=True)
class StoredArticle:
    """An article that was new to the warehouse, ready for extraction."""

    article_id: str
    text: str
    published: dt.date | None
    default_geo: str | None


@dataclass(frozen=True)
class SourceOutcome:
    source_id: str
    status: str  # ok | not_modified | malformed | failed
    error: str | None
    etag: str | None = None  # validators for the next conditional GET
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchFailure:
    url: str
    source_id: str
    target: str  # source | page
    error: str
    transient: bool
    entry_guid: str | None = None
    entry_title: str | None = None
    entry_published: dt.date | None = None


def _many(con: duckdb.DuckDBPyConnection, sql: str, rows: list[list[object]]) -> None:
    """Row by row: for the few rows of upserts and updates (sources, failures)."""
    if rows:
        con.executemany(sql, rows)


def upsert_sources(con: duckdb.DuckDBPyConnection, specs: Sequence[SourceSpec]) -> None:
    with transaction(con):
        _many(
            con, """INSERT INTO sources (source_id, name, kind, location, country, allow_private, official)
               VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (source_id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
               location = excluded.location, country = excluded.country, allow_private = excluded.allow_private,
               official = excluded.official,
               etag = CASE WHEN sources.location = excluded.location THEN sources.etag END,
               last_modified = CASE WHEN sources.location = excluded.location THEN sources.last_modified END""",
            [[s.source_id, s.name, s.kind, s.location, s.country, bool(s.allow_private), s.official]
             for s in specs])


def fetch_validators(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str | None, str | None]]:
    """(ETag, Last-Modified) of each source's last successful fetch, for conditional GETs."""
    rows = con.execute("SELECT source_id, etag, last_modified FROM sources").fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def record_source_outcomes(con: duckdb.DuckDBPyConnection, outcomes: Sequence[SourceOutcome]) -> None:
    stamp = now()
    with transaction(con):
        for o in outcomes:
            failed = o.status == "failed"
            con.execute(
                """UPDATE sources SET last_attempt_at = ?, last_status = ?, last_error = ?,
                   consecutive_failures = CASE WHEN ? THEN consecutive_failures + 1 ELSE 0 END,
                   last_success_at = CASE WHEN ? THEN last_success_at ELSE ? END,
                   etag = CASE WHEN ? THEN etag ELSE ? END,
                   last_modified = CASE WHEN ? THEN last_modified ELSE ? END
                   WHERE source_id = ?""",
                [stamp, o.status, o.error, failed, failed, stamp, failed or o.status == "not_modified", o.etag,
                 failed or o.status == "not_modified", o.last_modified, o.source_id])


def record_failures(con: duckdb.DuckDBPyConnection, failures: Sequence[FetchFailure]) -> None:
    stamp = now()
    with transaction(con):
        _many(
            con, """INSERT INTO fetch_failures (url, source_id, target, entry_guid, entry_title, entry_published,
                   first_failed_at, last_failed_at, attempts, transient, last_error)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
               ON CONFLICT (url) DO UPDATE SET last_failed_at = excluded.last_failed_at,
                   attempts = fetch_failures.attempts + 1, transient = excluded.transient,
                   last_error = excluded.last_error, resolved_at = NULL""",
            [[f.url, f.source_id, f.target, f.entry_guid, f.entry_title, f.entry_published,
              stamp, stamp, f.transient, f.error] for f in failures])


def resolve_failures(con: duckdb.DuckDBPyConnection, urls: Sequence[str]) -> None:
    if urls:
        con.execute("UPDATE fetch_failures SET resolved_at = ? WHERE url IN (SELECT unnest(?)) "
                    "AND resolved_at IS NULL", [now(), list(urls)])


def pages_to_retry(con: duckdb.DuckDBPyConnection, max_attempts: int) -> list[FetchFailure]:
    """Pages that failed transiently and are not yet stored: the next run tries them again."""
    rows = con.execute(
        """SELECT url, source_id, last_error, entry_guid, entry_title, entry_published
           FROM fetch_failures f
           WHERE target = 'page' AND resolved_at IS NULL AND transient AND attempts < ?
             AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.url = f.url OR a.canonical_url = f.url)
           ORDER BY first_failed_at""", [max_attempts]).fetchall()
    return [FetchFailure(r[0], r[1], "page", r[2], True, r[3], r[4], r[5]) for r in rows]


def known_urls(con: duckdb.DuckDBPyConnection, urls: Sequence[str]) -> dict[str, dt.datetime | None]:
    """The stored URLs among ``urls`` (plain or canonical), with the newest entry update seen for each."""
    if not urls:
        return {}
    rows = con.execute("""SELECT u, max(entry_updated) FROM (
                              SELECT url AS u, entry_updated FROM articles WHERE url IN (SELECT unnest(?))
                              UNION ALL
                              SELECT canonical_url, entry_updated FROM articles WHERE canonical_url IN (SELECT unnest(?)))
                          GROUP BY u""", [list(urls), list(urls)]).fetchall()
    return {r[0]: r[1] for r in rows}


ARTICLE_COLUMNS = ("article_id", "source_id", "url", "canonical_url", "guid", "title", "published_at", "fetched_at",
                   "content_hash", "text", "run_id", "entry_updated")
METRIC_COLUMNS = ("metric_id", "article_id", "run_id", "value", "unit", "measure", "subject", "period",
                  "previous_period", "baseline_period", "geo", "qualifier", "evidence", "raw", "span_start", "span_end",
                  "rounding", "confidence", "extractor_version", "observed_at", "kind", "reporter", "is_primary")


def store_articles(con: duckdb.DuckDBPyConnection, articles: Sequence[NewArticle], run_id: str
                   ) -> tuple[list[StoredArticle], int]:
    """Insert the articles not stored yet; return them and how many were already there."""
    unique = {a.article_id: a for a in articles}
    ids = list(unique)
    existing = {r[0] for r in con.execute(
        "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]).fetchall()} if ids else set()
    fresh = [a for key, a in unique.items() if key not in existing]
    with transaction(con):
        bulk_insert(con, "articles", ARTICLE_COLUMNS,
                     [[a.article_id, a.source_id, a.url, a.canonical_url, a.guid, a.article.title, a.article.published,
                       a.fetched_at, a.article.content_hash, a.article.text, run_id, a.entry_updated] for a in fresh])
        seen_again = [a for key, a in unique.items() if key in existing and a.entry_updated]
        _many(con, "UPDATE articles SET entry_updated = greatest(coalesce(entry_updated, ?), ?) WHERE article_id = ?",
              [[a.entry_updated, a.entry_updated, a.article_id] for a in seen_again])
        resolve_failures(con, [a.url for a in fresh])
    stored = [StoredArticle(a.article_id, a.article.text, a.article.published, a.default_geo) for a in fresh]
    return stored, len(articles) - len(fresh)


def metric_id(article_id: str, record: MetricRecord) -> str:
    return _digest(article_id, record.span_start, record.span_end, record.measure, record.unit)


def _key(r: MetricRecord) -> tuple:
    return (r.subject, r.measure, r.unit, r.geo, r.period, r.baseline_period)


def store_metrics(con: duckdb.DuckDBPyConnection, batch: Sequence[tuple[str, MetricRecord]], run_id: str) -> int:
    """Insert (article id, record) pairs; a figure already stored is left alone."""
    stamp = now()
    unique = {metric_id(aid, r): (aid, r) for aid, r in batch}
    levels = [mid for mid, (_, r) in unique.items() if r.kind == "level" and r.period]  # what the rules compare
    flags = primary_flags([(unique[mid][0], _key(unique[mid][1]), unique[mid][1].reporter, unique[mid][1].span_start)
                           for mid in levels])
    primary = {mid for mid, flag in zip(levels, flags) if flag}
    rows = [[mid, aid, run_id, float(r.value), r.unit, r.measure, r.subject, r.period,
             shift_period(r.period, -1) if r.period else None, r.baseline_period, r.geo, r.qualifier,
             r.evidence, r.raw, r.span_start, r.span_end, r.rounding, r.confidence, EXTRACTOR_VERSION, stamp, r.kind,
             r.reporter, mid in primary]
            for mid, (aid, r) in unique.items()]
    before = con.execute("SELECT count(*) FROM metrics").fetchone()[0]
    with transaction(con):
        bulk_insert(con, "metrics", METRIC_COLUMNS, rows)
    return con.execute("SELECT count(*) FROM metrics").fetchone()[0] - before
