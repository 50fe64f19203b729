"""make replay-dev: the dev articles replayed in publication order through the pipeline's stages.

Each article of ../shared/eval/dev is one run (fetch, parse, store, extract, rules), in the
order its outlet published it, on a fresh DuckDB file; the alerts each run raises are printed
with both sides, so that each can be checked by a reader.  A second pass over the same
articles must raise nothing.
"""
from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from flows import stages  # noqa: E402
from flows.fetch import Fetcher  # noqa: E402
from flows.process import fetch_and_process, store_processed  # noqa: E402
from flows.report import alert_text  # noqa: E402
from flows.settings import Settings  # noqa: E402
from parsers.dates import parse_loose_date  # noqa: E402
from parsers.sources import make_source  # noqa: E402
from warehouse.alerts import list_alerts  # noqa: E402
from warehouse.db import connect  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev"


def run_once(settings: Settings, spec, run_id: str) -> int:
    stages.register_sources(settings, [spec])
    with Fetcher(settings) as fetcher:
        discovery = stages.discover(settings, fetcher, [spec])
        stages.record_sources(settings, discovery)
    store_processed(settings, fetch_and_process(settings, list(discovery.pages), None), run_id)
    return len(stages.raise_alerts(settings, run_id).metric)


def main() -> int:
    if not (DEV / "sources.tsv").exists():
        print("replay-dev: ../shared/eval/dev is not present")
        return 0
    rows = list(csv.DictReader((DEV / "sources.tsv").read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    rows.sort(key=lambda r: (parse_loose_date(r["published"]) or parse_loose_date("1900"), r["id"]))
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db_path=str(Path(tmp) / "replay.duckdb"))
        specs = []
        for row in rows:
            published = parse_loose_date(row["published"])
            specs.append(make_source(row["id"], "article", str(DEV / "docs" / f"{row['id']}.txt"),
                                     published=published.isoformat() if published else None))
        total = 0
        for n, spec in enumerate(specs):
            raised = run_once(settings, spec, f"replay-{n:02d}")
            total += raised  # sent; alerts kept back by the cooldown are printed with status suppressed
            if raised:
                with connect(settings.db_path) as con:
                    for alert in list_alerts(con, status=None, run_id=f"replay-{n:02d}"):
                        print(f"-- after {spec.name} ({spec.published})")
                        print(alert_text(alert))
        again = sum(run_once(settings, spec, f"again-{n:02d}") for n, spec in enumerate(specs))
        print(f"replay: {len(specs)} articles, {total} alerts sent; a second pass raised {again}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
