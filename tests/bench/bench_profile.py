"""make bench-profile: where one process spends its time on the monitor's work, with cProfile.

Serves N real pages (default 300) from 127.0.0.1 like ``make bench``, then runs discovery,
fetch, parse, extract, store and the rules in this one process (no pool, no Prefect) under
cProfile and prints the top entries by own time and by cumulative time.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_e2e import PAGES, ROOT, build_site, serve, sources_file  # noqa: E402

sys.path.insert(0, str(ROOT))


def work(sources: str, db: str) -> None:
    from flows import stages
    from flows.fetch import Fetcher
    from flows.monitor import read_sources
    from flows.process import fetch_and_process, store_processed
    from flows.settings import load_settings
    settings = load_settings(db_path=db, sources_path=sources, task_runner="threads")
    specs = read_sources(settings, [], [], None)
    stages.register_sources(settings, specs)
    with Fetcher(settings) as fetcher:
        discovery = stages.discover(settings, fetcher, specs)
    store_processed(settings, fetch_and_process(settings, list(discovery.pages), None), "profile")
    stages.raise_alerts(settings, "profile")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    if not PAGES.is_dir():
        print("bench-profile: ../shared/corpus is not present")
        return 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        feeds = build_site(tmp / "site", args.articles)
        with serve(tmp / "site") as url:
            sources = sources_file(tmp / "sources.toml", url, feeds)
            profile = cProfile.Profile()
            profile.runcall(work, sources, str(tmp / "profile.duckdb"))
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).strip_dirs().sort_stats(order).print_stats(args.top)
        text = out.getvalue()
        print(f"== top {args.top} by {order}")
        print(text[text.index("   ncalls"):].rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
