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
import os
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ["NEWSMON_NOTIFY"] = ""

# Between flow runs: Prefect's local API server records the task runs of the last flow for a
# couple of seconds after it ends, and a run started meanwhile waits for it.  Scheduled runs
# come minutes apart; the benchmark leaves this pause so that each run is timed on its own.
PAUSE = 5.0
from flows.settings import EPHEMERAL_PREFECT_DEFAULTS  # noqa: E402

for _name, _value in EPHEMERAL_PREFECT_DEFAULTS.items():  # as `newsmon run` does
    os.environ.setdefault(_name, _value)
PAGES = ROOT.parent / "shared" / "corpus" / "html" / "news"


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
    """The site from another process on 127.0.0.1, so that its memory and CPU are not counted as newsmon's."""
    import socket
    import subprocess
    import urllib.request
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", str(site)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            with contextlib.suppress(OSError):
                urllib.request.urlopen(url + "/feed-0.xml", timeout=1).close()
                break
            time.sleep(0.05)
        yield url
    finally:
        server.terminate()
        server.wait()


def sources_file(path: Path, url: str, feeds: int) -> str:
    path.write_text("".join(f'[[source]]\nname = "feed {n}"\nkind = "feed"\nlocation = "{url}/feed-{n}.xml"\n'
                            f'allow_private = ["127.0.0.1"]\n\n' for n in range(feeds)))
    return str(path)


class MemoryWatch:
    """Peak resident memory of this process and its worker processes (not Prefect's API server), sampled."""

    def __init__(self) -> None:
        import psutil
        self.me = psutil.Process()
        self.peak_mb = 0.0
        self.main_peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        import psutil
        ours: dict[int, bool] = {}  # pid -> a worker of ours (not Prefect's server, not the site)
        while not self._stop.is_set():
            total = 0
            try:
                total = self.me.memory_info().rss
                self.main_peak_mb = max(self.main_peak_mb, total / 2**20)
                for child in self.me.children(recursive=True):
                    with contextlib.suppress(psutil.Error):
                        if child.pid not in ours:
                            line = " ".join(child.cmdline())
                            ours[child.pid] = "multiprocessing" in line or "distributed" in line or "dask" in line
                        if ours[child.pid]:
                            total += child.memory_info().rss
            except psutil.Error:
                pass
            self.peak_mb = max(self.peak_mb, total / 2**20)
            self._stop.wait(0.1)

    def __enter__(self) -> MemoryWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def direct(sources: str, db: str, runner: str) -> tuple[float, dict[str, float]]:
    """The same stages and the same wiring (batches, process pool, one writer, run records), without Prefect."""
    from concurrent.futures import ThreadPoolExecutor

    from flows import cpu, stages
    from flows.delivery import deliver
    from flows.fetch import Fetcher
    from flows.monitor import read_sources
    from flows.pipeline import ingest, plan_for
    from flows.process import fetch_and_process, store_processed
    from flows.settings import load_settings
    from flows.memory import release_large_buffers
    from warehouse.db import connect
    from warehouse.runs import RunSummary, finish_run, start_run
    settings = load_settings(db_path=db, sources_path=sources, task_runner=runner)
    release_large_buffers()  # as the flow does
    workers = cpu.worker_count(settings.workers)
    times: dict[str, float] = {}
    wall = time.perf_counter()
    specs = read_sources(settings, [], [], None)
    with connect(settings.db_path) as con:
        start_run(con, "direct")
    stages.register_sources(settings, specs)
    start = time.perf_counter()
    with Fetcher(settings) as fetcher:
        discovery = stages.discover(settings, fetcher, specs)
    stages.record_sources(settings, discovery)
    times["discover"] = time.perf_counter() - start
    plan = plan_for(len(discovery.pages), settings)
    with cpu.process_pool(plan.pool_workers) as pool, ThreadPoolExecutor(max(4, 2 * workers)) as threads:
        counts = ingest(discovery.pages, plan.batch_size, plan.in_flight,
                        submit=lambda chunk: threads.submit(fetch_and_process, settings, chunk, pool),
                        store=lambda batch: store_processed(settings, batch, "direct"))
    times.update(fetch=counts.times.fetch, parse=counts.times.parse, extract=counts.times.extract,
                 store=counts.times.store)
    start = time.perf_counter()
    raised = stages.raise_alerts(settings, "direct")
    times["compare"] = time.perf_counter() - start
    start = time.perf_counter()
    report = deliver(settings, ())
    times["alert"] = time.perf_counter() - start
    with connect(settings.db_path) as con:
        finish_run(con, RunSummary("direct", len(specs), 0, counts.articles_new, counts.articles_unchanged,
                                   counts.pages_failed, counts.figures_new, len(raised.metric), report.delivered))
    return time.perf_counter() - wall, times


def compare_1m(tmp: Path) -> float:
    """Rules over a warehouse of 1,000,000 stored figures, for a batch of 1,000 new ones."""
    import duckdb
    tmp.mkdir(parents=True, exist_ok=True)

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


def flow_run(sources: str, db: str, runner: str) -> tuple[float, float, dict[str, object]]:
    """Wall seconds, peak memory (MB) and summary of one monitor flow run with the given task runner."""
    from flows.runners import monitor_for
    from flows.settings import load_settings
    settings = load_settings(db_path=db, sources_path=sources, task_runner=runner)
    with MemoryWatch() as memory:
        start = time.perf_counter()
        summary = monitor_for(settings)(sources=sources, db=db, task_runner=runner)
        wall = time.perf_counter() - start
    return wall, memory.peak_mb, summary


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--runners", default="processes",
                    help="task runners to time, comma-separated (processes, threads, dask); the first is summarised")
    ap.add_argument("--repeat", type=int, default=3, help="flow runs per runner; medians are reported")
    args = ap.parse_args()
    if not PAGES.is_dir():
        print("bench: ../shared/corpus is not present")
        return 0
    from prefect import flow
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    @flow
    def warm_up() -> None:
        pass
    runners = [r.strip() for r in args.runners.split(",") if r.strip()]
    results: dict[str, tuple[float, float, dict[str, object]]] = {}
    with tempfile.TemporaryDirectory() as tmp_name, temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        tmp = Path(tmp_name)
        feeds = build_site(tmp / "site", args.articles)
        warm_up()  # Prefect's own start (ephemeral API) is not part of the figures
        with serve(tmp / "site") as url:
            sources = sources_file(tmp / "sources.toml", url, feeds)
            first = runners[0]
            shares, directs = [], []
            for runner in runners:
                runs = []
                for n in range(args.repeat):
                    time.sleep(PAUSE)
                    runs.append(flow_run(sources, str(tmp / f"{runner}-{n}.duckdb"), runner))
                    if runner == first:  # the same work without Prefect, right after: pairs share conditions
                        time.sleep(PAUSE)
                        with MemoryWatch():  # the same sampling cost as the flow's runs
                            directs.append(direct(sources, str(tmp / f"direct-{n}.duckdb"), runner))
                        shares.append(max(0.0, (runs[-1][0] - directs[-1][0]) / runs[-1][0]))
                walls = sorted(r[0] for r in runs)
                results[runner] = (statistics.median(walls), max(r[1] for r in runs), runs[0][2])
                print(f"flow, {runner:<9} {args.articles / results[runner][0]:6.1f} articles/s  (walls "
                      + ", ".join(f"{w:.1f}" for w in walls) + f" s; peak {results[runner][1]:.0f} MB)", flush=True)
            time.sleep(PAUSE)
            nochange, _, again = flow_run(sources, str(tmp / f"{first}-0.duckdb"), first)
        direct_wall = statistics.median(d[0] for d in directs)
        stage_times = directs[0][1]
        share = statistics.median(shares)
        million = statistics.median(compare_1m(tmp / f"m{n}") for n in range(args.repeat))
    wall, peak_mb, summary = results[first]
    n = int(summary["articles_new"])
    print(f"articles {n} stored of {args.articles} served in {feeds} feeds; figures {summary['figures_new']}; "
          f"second run new {again['articles_new']}")
    print(f"flow ({first}) wall {wall:.1f} s = {n / wall:.1f} articles/s; the same wiring without Prefect "
          f"{direct_wall:.1f} s; Prefect's share {share:.2f} (median of "
          + ", ".join(f"{x:.2f}" for x in shares) + ")")
    print("stages without Prefect (fetch, parse and extract summed over threads and worker processes, "
          "so they overlap): "
          + ", ".join(f"{k} {v:.2f} s" for k, v in stage_times.items()))
    if len(results) > 1:
        base = "threads" if "threads" in results else first
        print(f"speed-up over {base}: " + ", ".join(
            f"{r} {results[base][0] / results[r][0]:.2f}x" for r in results if r != base))
    print(f"bench: articles={n} articles_per_s={n / wall:.1f} prefect_share={share:.2f} peak_rss_mb={peak_mb:.0f} "
          f"nochange_s={nochange:.2f} compare_1m_s={million:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
