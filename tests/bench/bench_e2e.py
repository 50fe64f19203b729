"""make bench: the monitor end to end on real pages served from 127.0.0.1.

The 92 real news pages of ../shared/corpus/html/news/ are replicated under distinct URLs to
N articles (default 1,000; ``--articles 5000``) and listed in generated RSS feeds of 100 items,
served by a local HTTP server.  The real Prefect flow runs on a fresh DuckDB file; then the
same stages run directly without Prefect on another fresh file, so that Prefect's share of the
wall time is a measured ratio; then a second flow run in which nothing changed; then the alert
comparison of 1,000 new figures against a warehouse holding 1,000,000 stored ones.
Ends with one line for scripts: ``bench: articles=N articles_per_s=… prefect_share=…``.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import os
import re
import resource
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ["NEWSMON_NOTIFY"] = ""

PAGES = ROOT.parent / "shared" / "corpus" / "html" / "news"


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def build_site(site: Path, articles: int, per_feed: int = 100) -> int:
    pages = sorted(PAGES.glob("*.html"))
    (site / "p").mkdir(parents=True)
    for page in pages:  # copies are told apart by their URL: drop the pages' own canonical links
        html = re.sub(rb"<link[^>]+rel=[\"']?canonical[^>]*>", b"", page.read_bytes(), flags=re.IGNORECASE)
        (site / "p" / page.name).write_bytes(html)
    feeds = 0
    for start in range(0, articles, per_feed):
        items = "".join(f"<item><title>story {i}</title><link>/p/{pages[i % len(pages)].name}?copy={i}</link>"
                        f"<guid>story-{i}</guid></item>" for i in range(start, min(articles, start + per_feed)))
        (site / f"feed-{feeds}.xml").write_text(f"<rss version='2.0'><channel><title>feed {feeds}</title>{items}"
                                                f"</channel></rss>")
        feeds += 1
    return feeds


@contextlib.contextmanager
def serve(site: Path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


def sources_file(path: Path, url: str, feeds: int) -> str:
    path.write_text("".join(f'[[source]]\nname = "feed {n}"\nkind = "feed"\nlocation = "{url}/feed-{n}.xml"\n'
                            f'allow_private = ["127.0.0.1"]\n\n' for n in range(feeds)))
    return str(path)


def direct(sources: str, db: str) -> dict[str, float]:
    """The same stages without Prefect, timed one by one."""
    from flows import stages
    from flows.delivery import deliver
    from flows.fetch import Fetcher
    from flows.monitor import read_sources
    from flows.settings import load_settings
    settings = load_settings(db_path=db, sources_path=sources)
    times: dict[str, float] = {}

    def timed(name, fn, *args):
        start = time.perf_counter()
        result = fn(*args)
        times[name] = times.get(name, 0.0) + time.perf_counter() - start
        return result
    specs = read_sources(settings, [], [], None)
    stages.register_sources(settings, specs)
    with Fetcher(settings) as fetcher:
        discovery = timed("fetch", stages.discover, settings, fetcher, specs)
        pages, failures = timed("fetch", stages.fetch_pages, fetcher, list(discovery.pages))
    articles, parse_failures = timed("parse", stages.parse_pages, pages)
    stored, _ = timed("store", stages.store_articles, settings, articles, failures + parse_failures, "direct")
    figures = timed("extract", stages.extract, stored)
    timed("store", stages.store_figures, settings, figures, "direct")
    timed("compare", stages.raise_alerts, settings, "direct")
    timed("alert", deliver, settings, ())
    return times


def compare_1m(tmp: Path) -> float:
    """Rules over a warehouse of 1,000,000 stored figures, for a batch of 1,000 new ones."""
    import duckdb

    from warehouse import alerts
    from warehouse.db import connect
    from warehouse.rules import RuleConfig
    db = str(tmp / "million.duckdb")
    with connect(db):
        pass
    con = duckdb.connect(db)
    con.execute("""INSERT INTO articles SELECT 'a' || i, 's', 'https://n.example/' || i, 'https://n.example/' || i,
                   NULL, 't', DATE '2020-01-01' + (i % 1500)::INT, now(), 'h' || i, 'x', 'old', NULL
                   FROM range(20000) t(i)""")
    con.execute("""INSERT INTO metrics SELECT 'm' || i, 'a' || (i % 20000), CASE WHEN i < 1000 THEN 'new' ELSE 'old' END,
                   1000 + (i % 977), 'count', ['cases','arrests','victims','suspects'][1 + i % 4],
                   ['telecom_fraud','drugs','violent_crime','cybercrime'][1 + (i // 4) % 4],
                   (2010 + i % 15)::VARCHAR, (2009 + i % 15)::VARCHAR, NULL,
                   ['CN','SG','IN','MY','HK','US','PH','TH'][1 + (i // 16) % 8], 'exact', 'e', 'r', 0, 1, 1.0, 0.9,
                   'bench', now(), 'level', NULL, true
                   FROM range(1000000) t(i)""")
    # flag each article's first figure of a key, as store_metrics does when it stores figures
    con.execute("""UPDATE metrics SET is_primary = p.flag FROM (
                       SELECT metric_id, row_number() OVER (PARTITION BY article_id, subject, measure, unit, geo,
                                                            period, baseline_period ORDER BY metric_id) = 1 AS flag
                       FROM metrics) p WHERE metrics.metric_id = p.metric_id""")
    con.close()
    with connect(db) as con:
        start = time.perf_counter()
        alerts.raise_alerts(con, "new", RuleConfig(cooldown_hours=0))
        return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()
    if not PAGES.is_dir():
        print("bench: ../shared/corpus is not present")
        return 0
    from prefect import flow
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.monitor import monitor

    @flow
    def warm_up() -> None:
        pass
    with tempfile.TemporaryDirectory() as tmp_name, temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        tmp = Path(tmp_name)
        feeds = build_site(tmp / "site", args.articles)
        warm_up()  # Prefect's own start (ephemeral API) is not part of the figures
        with serve(tmp / "site") as url:
            sources = sources_file(tmp / "sources.toml", url, feeds)
            start = time.perf_counter()
            summary = monitor(sources=sources, db=str(tmp / "flow.duckdb"))
            wall = time.perf_counter() - start
            start = time.perf_counter()
            again = monitor(sources=sources, db=str(tmp / "flow.duckdb"))
            nochange = time.perf_counter() - start
            stage_times = direct(sources, str(tmp / "direct.duckdb"))
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        million = compare_1m(tmp)
    direct_total = sum(stage_times.values())
    share = max(0.0, (wall - direct_total) / wall)
    n = int(summary["articles_new"])
    print(f"articles {n} stored of {args.articles} served in {feeds} feeds; figures {summary['figures_new']}; "
          f"second run new {again['articles_new']}")
    print(f"flow wall {wall:.1f} s = {n / wall:.1f} articles/s; without Prefect {direct_total:.1f} s")
    print("stages without Prefect: " + ", ".join(f"{k} {v:.2f} s" for k, v in stage_times.items()))
    print(f"bench: articles={n} articles_per_s={n / wall:.1f} prefect_share={share:.2f} peak_rss_mb={peak_mb:.0f} "
          f"nochange_s={nochange:.2f} compare_1m_s={million:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
