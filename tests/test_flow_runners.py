"""The monitor on each task runner: a pool of worker processes, threads, and a local Dask cluster.

All three read the demo sources over HTTP on 127.0.0.1 in small batches, and must store the
same articles and figures and raise the same alerts.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED_ARTICLE, SEEDS, feed, write_sources
from warehouse.db import connect
from warehouse.runs import run_query

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]


def _stored(db: str) -> tuple:
    with connect(db) as con:
        return (run_query(con, "SELECT count(*) FROM articles").rows,
                run_query(con, "SELECT measure, value, period FROM metrics ORDER BY ALL").rows,
                run_query(con, "SELECT rule, subject, measure, period FROM alerts ORDER BY ALL").rows)


@pytest.mark.parametrize("runner", ["processes", "threads", "dask"])
def test_every_task_runner_stores_the_same_figures(runner: str, tmp_path: Path, serve_dir, monkeypatch) -> None:
    from flows.runners import monitor_for
    from flows.settings import load_settings
    server = serve_dir(SEEDS)
    sources = write_sources(tmp_path / "sources.toml",
                            {"name": "seed", "kind": "article", "location": str(SEED_ARTICLE), "country": "CN",
                             "published": "2025-03-09"},
                            feed("rss", f"{server.url}/demo/feed.rss", country="CN"),
                            feed("atom", f"{server.url}/demo/feed.atom", country="CN"))
    config = tmp_path / "newsmon.toml"  # batches of two pages, and the process pool even for a few pages
    config.write_text("[newsmon]\nbatch_size = 2\npool_min_pages = 1\nworkers = 2\n")
    monkeypatch.setenv("NEWSMON_CONFIG", str(config))
    monkeypatch.setenv("NEWSMON_NOTIFY", "")
    db = str(tmp_path / f"{runner}.duckdb")
    settings = load_settings(db_path=db, sources_path=sources, task_runner=runner)
    summary = monitor_for(settings)(sources=sources, db=db, task_runner=runner)
    assert (summary["articles_new"], summary["figures_new"], summary["alerts_raised"]) == (6, 20, 5)
    articles, figures, alerts = _stored(db)
    assert articles == ((6,),) and len(figures) == 20 and len(alerts) == 5
    assert ("suspects", 82000.0, "2024") in figures and ("revision", "telecom_fraud", "suspects", "2024") in alerts
