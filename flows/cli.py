"""The ``newsmon`` command line.

Only ``newsmon run`` starts Prefect (its import alone costs about a second); the other
commands read files or the warehouse directly.  Expected failures (a missing file, a bad
sources file, a locked database) print one line on stderr and exit with status 2.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from flows import report
from flows.settings import TASK_RUNNERS, ephemeral_prefect_defaults, load_settings
from parsers.dates import parse_loose_date
from parsers.errors import NewsmonError, SourceConfigError


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="newsmon", description="Watch the news for crime and enforcement figures.")
    sub = ap.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the monitor flow once over the sources")
    run.add_argument("--sources", help="sources file (TOML); default seeds/sources.toml or NEWSMON_SOURCES")
    run.add_argument("--db", help="DuckDB file; default data/newsmon.duckdb or NEWSMON_DB")
    run.add_argument("--feed", action="append", default=[], help="ad-hoc feed URL or path (repeatable)")
    run.add_argument("--article", action="append", default=[], help="ad-hoc article URL or path (repeatable)")
    run.add_argument("--published", help="publication date (YYYY-MM-DD) of ad-hoc articles")
    run.add_argument("--task-runner", choices=TASK_RUNNERS,
                     help="where parse and extract run: processes (default), threads or dask")
    run.add_argument("--workers", type=int, help="processes or Dask workers for parse and extract (default: cores)")
    run.add_argument("--dask-address", help="with --task-runner dask: a scheduler address (default: a local cluster)")
    run.add_argument("--json", action="store_true", help="print the run summary as JSON")
    run.add_argument("-q", "--quiet", action="store_true", help="plain progress lines instead of bars")
    run.add_argument("-v", "--verbose", action="store_true", help="show Prefect's own log lines")

    ex = sub.add_parser("extract", help="print GUIDE.md JSONL figures of text files (no Prefect, no database)")
    ex.add_argument("files", nargs="*", help="article text files; the doc id is the file's stem")
    ex.add_argument("--manifest", help="a sources.tsv (id, url, outlet, published, topic) with docs/<id>.txt beside it")
    ex.add_argument("--published", help="publication date of the files (YYYY-MM-DD)")
    ex.add_argument("--country", help="default ISO country of the files")
    ex.add_argument("--full", action="store_true", help="add span, raw text and confidence to each record")

    pa = sub.add_parser("parse", help="print title, date and main text of HTML files")
    pa.add_argument("files", nargs="+")
    pa.add_argument("--jsonl", action="store_true", help="one JSON object per file (the default)")

    al = sub.add_parser("alerts", help="list alerts, or acknowledge one")
    al.add_argument("action", nargs="?", choices=["list", "ack"], default="list")
    al.add_argument("alert_id", nargs="?")
    al.add_argument("--all", action="store_true", help="acknowledged and suppressed alerts too")
    al.add_argument("--accept-new", action="store_true",
                    help="with ack: make the alert's new figure the baseline of its key")
    al.add_argument("--db")

    sq = sub.add_parser("sql", help="run a SQL query on the warehouse")
    sq.add_argument("query")
    sq.add_argument("--db")
    sq.add_argument("--format", choices=["table", "csv", "json"], default="table")

    st = sub.add_parser("status", help="the last runs and each source's health")
    st.add_argument("--db")
    st.add_argument("--runs", type=int, default=10)

    sv = sub.add_parser("serve", help="serve the deployments: scheduled runs, event-started ingestion, retries")
    sv.add_argument("--sources")
    sv.add_argument("--db")
    sv.add_argument("--cron", help="cron schedule (default: every schedule_interval_minutes, 30)")
    sv.add_argument("--interval", type=float, help="minutes between runs")
    sv.add_argument("--timezone", help="time zone of the schedule (default UTC)")

    so = sub.add_parser("sources", help="show each source's health, or import an OPML subscription list")
    so.add_argument("action", nargs="?", choices=["list", "import"], default="list")
    so.add_argument("file", nargs="?", help="with import: the OPML file")
    so.add_argument("--sources", help="with import: the sources file to add to (default seeds/sources.toml)")
    so.add_argument("--db")
    return ap


def _date(text: str | None):
    if text is None:
        return None
    parsed = parse_loose_date(text)
    if parsed is None:
        raise SourceConfigError(f"not a date: {text!r} (use YYYY-MM-DD)")
    return parsed


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise SourceConfigError(f"no such file: {path}") from None
    except OSError as exc:
        raise SourceConfigError(f"cannot read {path}: {exc.strerror}") from None


def _extract_jobs(args: argparse.Namespace) -> list[tuple[str, Path, object]]:
    jobs = [(Path(f).stem, Path(f), _date(args.published)) for f in args.files]
    if args.manifest:
        manifest = Path(args.manifest)
        rows = list(csv.DictReader(_read(manifest).splitlines(), delimiter="\t"))
        if rows and not {"id", "published"} <= set(rows[0]):
            raise SourceConfigError(f"{manifest}: needs the columns id and published")
        jobs += [(r["id"], manifest.parent / "docs" / f"{r['id']}.txt", parse_loose_date(r["published"]))
                 for r in rows]
    if not jobs:
        raise SourceConfigError("nothing to extract: give files or --manifest")
    return jobs


def cmd_extract(args: argparse.Namespace) -> int:
    from parsers.metrics import extract_metrics
    for doc, path, published in _extract_jobs(args):
        for record in extract_metrics(_read(path), published, args.country, doc):
            row = record.guide_dict()
            if args.full:
                row.update(raw=record.raw, span=[record.span_start, record.span_end], confidence=record.confidence)
            print(json.dumps(row, ensure_ascii=False))
    return 0


def cmd_parse(args: argparse.Namespace) -> int:
    from parsers.articles import parse_article_html
    status = 0
    for name in args.files:
        path = Path(name)
        try:
            article = parse_article_html(path.read_bytes())
        except FileNotFoundError:
            raise SourceConfigError(f"no such file: {path}") from None
        except NewsmonError as exc:
            print(f"newsmon: {path.name}: {exc}", file=sys.stderr)
            status = 1
            continue
        print(json.dumps({"file": path.name, "title": article.title,
                          "published": article.published.isoformat() if article.published else None,
                          "text": article.text}, ensure_ascii=False))
    return status


def cmd_run(args: argparse.Namespace) -> int:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if args.verbose else "WARNING")
    settings = load_settings(db_path=args.db, sources_path=args.sources, task_runner=args.task_runner,
                             workers=args.workers, dask_address=args.dask_address)
    if not (args.feed or args.article) and settings.sources_path and not Path(settings.sources_path).exists():
        raise SourceConfigError(f"sources file not found: {settings.sources_path}")
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows import progress
    from flows.runners import monitor_for
    reporter = progress.for_terminal(args.quiet, args.json)
    progress.install(reporter)
    try:
        with ephemeral_prefect_defaults(), temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            summary = monitor_for(settings)(sources=settings.sources_path, db=settings.db_path, feeds=args.feed,
                                            articles=args.article, published=args.published,
                                            task_runner=settings.task_runner, workers=settings.workers)
    finally:
        reporter.close()
        progress.install(progress.Reporter())
    from warehouse.alerts import list_alerts
    from warehouse.db import connect
    from warehouse.runs import totals
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        counts = totals(con)
        raised = list_alerts(con, status=None, run_id=str(summary["run_id"]))
    if args.json:
        print(json.dumps({"summary": summary, "totals": counts,
                          "alerts": [{"alert_id": a.alert_id, "rule": a.rule, "severity": a.severity,
                                      "summary": a.summary} for a in raised]}))
    else:
        print(report.summary_text(summary, counts))
        print(report.alerts_text(raised, "alerts raised by this run"))
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    from warehouse.alerts import acknowledge, list_alerts
    from warehouse.db import connect
    settings = load_settings(db_path=args.db)
    if args.action == "ack":
        if not args.alert_id:
            raise SourceConfigError("give the id of the alert to acknowledge")
        with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
            if not acknowledge(con, args.alert_id, accept_new=args.accept_new):
                raise SourceConfigError(f"no open alert with id {args.alert_id}")
        print(f"acknowledged {args.alert_id}" + (": its new figure is now the baseline" if args.accept_new else ""))
        return 0
    _require_db(settings.db_path)
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        alerts = list_alerts(con, status=None if args.all else "open")
    print(report.alerts_text(alerts, "alerts" if args.all else "open alerts"))
    return 0


def _require_db(path: str) -> None:
    if not Path(path).exists():
        raise SourceConfigError(f"no database at {path}: run `newsmon run` first")


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    from warehouse.db import connect
    from warehouse.runs import run_query
    settings = load_settings(db_path=args.db)
    _require_db(settings.db_path)
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        try:
            result = run_query(con, args.query)
        except duckdb.Error as exc:
            raise SourceConfigError(f"SQL error: {str(exc).splitlines()[0]}") from None
    print({"table": report.table_text, "csv": report.csv_text, "json": report.json_text}[args.format](result))
    return 0


def cmd_import_opml(args: argparse.Namespace) -> int:
    from parsers.opml import parse_opml, sources_toml
    from parsers.sources import parse_sources_toml
    if not args.file:
        raise SourceConfigError("give the OPML file to import: newsmon sources import FILE.opml")
    settings = load_settings(sources_path=args.sources)
    target = Path(settings.sources_path or "seeds/sources.toml")
    current = _read(target) if target.exists() else ""
    existing = parse_sources_toml(current, base_dir=str(target.resolve().parent)) if current else ()
    subscriptions = parse_opml(Path(args.file).read_bytes() if Path(args.file).exists() else _missing(args.file))
    text, added = sources_toml(subscriptions, {s.name for s in existing}, {s.location for s in existing})
    if added:
        with target.open("a", encoding="utf-8") as out:
            out.write(("\n" if current and not current.endswith("\n\n") else "") + text)
        parse_sources_toml(_read(target), base_dir=str(target.resolve().parent))  # still a valid file
    print(f"imported {added} of {len(subscriptions)} feeds into {target}"
          + (f" ({len(subscriptions) - added} already there)" if len(subscriptions) > added else ""))
    return 0


def _missing(path: str) -> bytes:
    raise SourceConfigError(f"no such file: {path}")


def cmd_status(args: argparse.Namespace) -> int:
    from warehouse.db import connect
    from warehouse.runs import recent_runs, source_health
    settings = load_settings(db_path=args.db)
    _require_db(settings.db_path)
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        runs, health = recent_runs(con, args.runs), source_health(con)
    print("last runs\n" + report.table_text(runs) + "\n\nsources\n" + report.table_text(health))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    settings = load_settings(db_path=args.db, sources_path=args.sources, schedule_cron=args.cron,
                             schedule_interval_minutes=args.interval, schedule_timezone=args.timezone)
    from prefect import serve

    from flows.deploy import build_deployments
    serve(*build_deployments(settings))
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    if args.action == "import":
        return cmd_import_opml(args)
    from warehouse.db import connect
    from warehouse.runs import source_health
    settings = load_settings(db_path=args.db)
    _require_db(settings.db_path)
    with connect(settings.db_path, wait_seconds=settings.db_wait_seconds) as con:
        print(report.table_text(source_health(con)))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler = {"run": cmd_run, "extract": cmd_extract, "parse": cmd_parse, "alerts": cmd_alerts,
               "sql": cmd_sql, "sources": cmd_sources, "status": cmd_status, "serve": cmd_serve}[args.command]
    try:
        return handler(args)
    except NewsmonError as exc:
        print(f"newsmon: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
