"""Run records and the read-only queries people run (``newsmon sql``, summaries)."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

import duckdb

from warehouse.store import now


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    sources_ok: int
    sources_failed: int
    articles_new: int
    articles_skipped: int
    pages_failed: int
    figures_new: int
    alerts_raised: int
    alerts_delivered: int

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


def start_run(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    con.execute("INSERT INTO runs (run_id, started_at, status) VALUES (?, ?, 'running') "
                "ON CONFLICT (run_id) DO UPDATE SET started_at = excluded.started_at, status = 'running'",
                [run_id, now()])


def finish_run(con: duckdb.DuckDBPyConnection, summary: RunSummary, status: str = "completed") -> None:
    s = summary
    con.execute(
        """UPDATE runs SET finished_at = ?, status = ?, sources_ok = ?, sources_failed = ?, articles_new = ?,
           articles_skipped = ?, pages_failed = ?, figures_new = ?, alerts_raised = ?, alerts_delivered = ?
           WHERE run_id = ?""",
        [now(), status, s.sources_ok, s.sources_failed, s.articles_new, s.articles_skipped, s.pages_failed,
         s.figures_new, s.alerts_raised, s.alerts_delivered, s.run_id])


def totals(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """How many sources, articles, figures and open alerts the warehouse holds."""
    row = con.execute("""SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM articles),
                                (SELECT count(*) FROM metrics), (SELECT count(*) FROM alerts WHERE status = 'open')
                      """).fetchone()
    return dict(zip(("sources", "articles", "figures", "open_alerts"), row))


def run_query(con: duckdb.DuckDBPyConnection, query: str, limit: int | None = None) -> QueryResult:
    cursor = con.execute(query)
    columns = tuple(d[0] for d in cursor.description or ())
    rows = cursor.fetchmany(limit) if limit else cursor.fetchall()
    return QueryResult(columns, tuple(tuple(r) for r in rows))


@dataclass(frozen=True)
class NewFigure:
    """A figure a run stored, for its report and its events."""

    metric_id: str
    subject: str
    measure: str
    unit: str
    geo: str | None
    period: str | None
    value: float
    article_title: str | None
    article_url: str


def figures_of_run(con: duckdb.DuckDBPyConnection, run_id: str, limit: int = 200) -> list[NewFigure]:
    rows = con.execute("""SELECT metric_id, subject, measure, unit, geo, period, value, article_title, article_url
                          FROM metric_series WHERE run_id = ? ORDER BY published_at, article_url, span_start
                          LIMIT ?""", [run_id, limit]).fetchall()
    return [NewFigure(*r) for r in rows]


def recent_runs(con: duckdb.DuckDBPyConnection, limit: int = 10) -> QueryResult:
    return run_query(con, f"""SELECT run_id, started_at, status, round(epoch(finished_at - started_at), 1) AS seconds,
                                     sources_ok, sources_failed, articles_new, articles_skipped, pages_failed,
                                     figures_new, alerts_raised, alerts_delivered
                              FROM runs ORDER BY started_at DESC LIMIT {int(limit)}""")


def source_health(con: duckdb.DuckDBPyConnection) -> QueryResult:
    return run_query(con, """SELECT source_id, kind, last_status, consecutive_failures AS failures, alerting,
                                    articles, last_success_at, last_error FROM source_health ORDER BY source_id""")


def _jsonable(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def rows_as_dicts(result: QueryResult) -> list[dict[str, object]]:
    return [{c: _jsonable(v) for c, v in zip(result.columns, row)} for row in result.rows]
