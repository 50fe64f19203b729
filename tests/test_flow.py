"""The monitor flow for real: Prefect (test harness), HTTP on 127.0.0.1, DuckDB file, Apprise webhook."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import SEED_ARTICLE, SEEDS, feed, write_sources
from warehouse.db import connect
from warehouse.runs import run_query

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]

EXPECTED_DEMO_ALERTS = [
    ("contradiction", "telecom_fraud", "percent", "2024"),
    ("new_period", "telecom_fraud", "cases", "2024"),
    ("new_period", "telecom_fraud", "cases", "2025"),
    ("revision", "telecom_fraud", "suspects", "2024"),
    ("revision", "violent_crime", "cases", "2024"),
]


def _sources(tmp_path: Path, base_url: str, *extra: dict[str, object]) -> str:
    return write_sources(tmp_path / "sources.toml",
                         {"name": "seed", "kind": "article", "location": str(SEED_ARTICLE), "country": "CN",
                          "published": "2025-03-09"},
                         feed("rss", f"{base_url}/demo/feed.rss", country="CN"),
                         feed("atom", f"{base_url}/demo/feed.atom", country="CN"), *extra)


def _q(db: str, sql: str) -> tuple:
    with connect(db) as con:
        return run_query(con, sql).rows


def _alert_keys(db: str) -> list[tuple]:
    rows = _q(db, "SELECT rule, subject, CASE WHEN unit = 'percent' THEN 'percent' ELSE measure END, period "
                  "FROM alerts ORDER BY 1, 2, 3, 4")
    return [tuple(r) for r in rows]


def test_demo_sources_over_http_raise_the_expected_alerts_once(tmp_path, serve_dir, webhook, smtp,
                                                              monkeypatch) -> None:
    from flows.monitor import monitor
    server = serve_dir(SEEDS)
    db = str(tmp_path / "newsmon.duckdb")
    monkeypatch.setenv("NEWSMON_NOTIFY", f"{webhook.apprise_url} {smtp.apprise_url}")
    first = monitor(sources=_sources(tmp_path, server.url), db=db)
    assert (first["sources_ok"], first["sources_failed"], first["articles_new"]) == (3, 0, 6)
    assert first["figures_new"] == 20 and first["alerts_raised"] == 5 and first["alerts_delivered"] == 10
    assert _alert_keys(db) == EXPECTED_DEMO_ALERTS
    urls = {r[0] for r in _q(db, "SELECT url FROM articles")}
    assert f"{server.url}/demo/articles/fraud-suspects-82000.html" in urls
    assert len(webhook.received) == 5
    suspects = next(m for m in webhook.received if "82,000" in m["message"] and "suspects" in m["title"])
    assert "8,200" in suspects["message"] and "fraud-suspects-82000.html" in suspects["message"]

    second = monitor(sources=_sources(tmp_path, server.url), db=db)
    assert (second["articles_new"], second["figures_new"], second["alerts_raised"]) == (0, 0, 0)
    assert _q(db, "SELECT count(*) FROM articles")[0][0] == 6
    assert _q(db, "SELECT count(*) FROM metrics")[0][0] == 20
    assert len(webhook.received) == 5 and len(smtp.messages) == 5  # nothing sent twice
    assert _q(db, "SELECT count(*), count(finished_at) FROM runs WHERE status = 'completed'")[0] == (2, 2)


def test_a_down_notification_target_keeps_alerts_pending_until_it_is_back(tmp_path, serve_dir, webhook,
                                                                           monkeypatch) -> None:
    from flows.monitor import monitor
    server = serve_dir(SEEDS)
    db = str(tmp_path / "newsmon.duckdb")
    monkeypatch.setenv("NEWSMON_NOTIFY", webhook.apprise_url)
    webhook.status = 503
    first = monitor(sources=_sources(tmp_path, server.url), db=db)
    assert first["alerts_raised"] == 5 and first["alerts_delivered"] == 0
    assert _q(db, "SELECT count(*), max(attempts), count(delivered_at) FROM alert_deliveries")[0] == (5, 1, 0)
    webhook.status = 200
    second = monitor(sources=_sources(tmp_path, server.url), db=db)
    assert second["alerts_raised"] == 0 and second["alerts_delivered"] == 5 and len(webhook.received) == 5
    third = monitor(sources=_sources(tmp_path, server.url), db=db)
    assert third["alerts_delivered"] == 0 and len(webhook.received) == 5


def test_broken_sources_and_pages_are_recorded_and_do_not_stop_the_run(tmp_path, serve_dir, monkeypatch) -> None:
    from flows.monitor import monitor
    site = tmp_path / "site"
    shutil.copytree(SEEDS / "demo", site / "demo")
    (site / "demo" / "articles" / "violent-crime-revised.html").unlink()  # a feed entry whose page is gone
    (site / "broken.xml").write_bytes(b"<?xml version='1.0' encoding='\xa7\xa7'?><rss/>")
    server = serve_dir(site)
    monkeypatch.setenv("NEWSMON_NOTIFY", "")
    extra = (feed("missing feed", f"{server.url}/nowhere.xml"), feed("broken feed", f"{server.url}/broken.xml"))
    db = str(tmp_path / "newsmon.duckdb")
    summary = monitor(sources=_sources(tmp_path, server.url, *extra), db=db)
    assert (summary["sources_ok"], summary["sources_failed"]) == (3, 2)
    assert summary["articles_new"] == 5 and summary["pages_failed"] == 1
    health = dict(_q(db, "SELECT source_id, last_status FROM source_health"))
    assert health["missing-feed"] == "failed" and health["broken-feed"] == "failed" and health["rss"] == "ok"
    failures = dict(_q(db, "SELECT url, last_error FROM fetch_failures WHERE target = 'page'"))
    assert any("violent-crime-revised" in url and "404" in err for url, err in failures.items())
    again = monitor(sources=_sources(tmp_path, server.url, *extra), db=db)
    assert again["articles_new"] == 0 and again["sources_failed"] == 2
    assert _q(db, "SELECT consecutive_failures FROM sources WHERE source_id = 'missing-feed'")[0][0] == 2
    assert _q(db, "SELECT count(*) FROM articles")[0][0] == 5


def test_newsmon_run_with_an_ad_hoc_article(tmp_path, capsys) -> None:
    from flows.cli import main
    db = str(tmp_path / "adhoc.duckdb")
    assert main(["run", "--db", db, "--article", str(SEED_ARTICLE), "--published", "2025-03-09"]) == 0
    captured = capsys.readouterr()
    assert "1 new" in captured.out and "12 new" in captured.out
    assert "pages: done 1" in captured.err  # plain progress lines when not on a terminal
    assert main(["run", "--db", db, "--article", str(SEED_ARTICLE), "--published", "2025-03-09", "--json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["summary"]["articles_new"] == 0 and report["totals"]["figures"] == 12
    assert "pages:" not in captured.err
