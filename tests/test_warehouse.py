"""The warehouse on a real DuckDB file: migrations, the store, the rule views and locking."""
from __future__ import annotations

import datetime as dt
import multiprocessing
from pathlib import Path

import duckdb
import pytest

from parsers.articles import Article
from parsers.errors import DatabaseLockedError
from parsers.metrics import extract_metrics
from parsers.sources import make_source
from warehouse import alerts, store
from warehouse.db import connect, migrate
from warehouse.rules import RuleConfig
from warehouse.runs import run_query, totals


def _article(source: str, url: str, text: str, published: dt.date) -> store.NewArticle:
    return store.NewArticle(source, url, url, None, Article(url, published, text, None), store.now(), "CN")


def _ingest(con: duckdb.DuckDBPyConnection, run_id: str, *articles: store.NewArticle) -> int:
    stored, _ = store.store_articles(con, articles, run_id)
    figures = [(a.article_id, r) for a in stored for r in extract_metrics(a.text, a.published, a.default_geo)]
    return store.store_metrics(con, figures, run_id)


def test_migrations_apply_once_and_are_recorded(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with connect(db) as con:
        versions = [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
        assert versions[:2] == [1, 2]
        assert migrate(con) == []  # nothing left to apply
    with connect(db) as con:
        assert con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(versions)
        views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
        assert {"metric_series", "latest_figures", "open_alerts", "source_health"} <= views


def test_articles_and_figures_are_stored_once(tmp_path: Path) -> None:
    text = "Police arrested 1,200 people in 2024."
    a = _article("s", "https://a.example/1", text, dt.date(2025, 1, 5))
    with connect(tmp_path / "w.duckdb") as con:
        store.upsert_sources(con, [make_source("s", "feed", "https://a.example/rss")])
        assert _ingest(con, "r1", a) == 1
        assert _ingest(con, "r2", a) == 0  # same URL and content: skipped
        changed = _article("s", "https://a.example/1", "Police arrested 1,300 people in 2024.", dt.date(2025, 1, 5))
        assert _ingest(con, "r3", changed) == 1  # a new revision of the article
        assert totals(con)["articles"] == 2 and totals(con)["figures"] == 2
        assert set(store.known_urls(con, ["https://a.example/1", "https://b.example/2"])) == {"https://a.example/1"}


def test_rules_raise_each_alert_once(tmp_path: Path) -> None:
    first = _article("s", "https://a.example/1", "Police arrested 8,200 people in 2024.", dt.date(2025, 1, 5))
    agree = _article("s", "https://b.example/2", "Police arrested about 8,200 people in 2024.", dt.date(2025, 1, 6))
    conflict = _article("s", "https://c.example/3", "Police arrested 82,000 people in 2024.", dt.date(2025, 1, 7))
    repeat = _article("s", "https://d.example/4", "Police arrested 82,000 people in 2024.", dt.date(2025, 1, 8))
    targets = [("t1", "json://127.0.0.1")]
    with connect(tmp_path / "w.duckdb") as con:
        _ingest(con, "r1", first, agree)
        assert alerts.raise_alerts(con, "r1", RuleConfig()) == []
        _ingest(con, "r2", conflict)
        (raised,) = alerts.raise_alerts(con, "r2", RuleConfig())
        assert (raised.old_value, raised.new_value, raised.rule) == (8200, 82000, "revision")
        assert alerts.raise_alerts(con, "r2", RuleConfig()) == []  # rerun: nothing new
        _ingest(con, "r3", repeat)
        assert alerts.raise_alerts(con, "r3", RuleConfig()) == []  # the same finding, another outlet
        (view,) = alerts.list_alerts(con)
        assert view.baseline.url == "https://a.example/1" and view.new.url == "https://c.example/3"
        assert "82,000" in view.new.evidence
        alerts.ensure_outbox(con, targets)
        pending = alerts.pending_deliveries(con, ["t1"], 10)
        assert [p.alert.alert_id for p in pending] == [raised.alert_id]
        alerts.record_delivery(con, [raised.alert_id], "t1", "connection refused")
        assert alerts.pending_deliveries(con, ["t1"], 10)[0].attempts == 1
        alerts.record_delivery(con, [raised.alert_id], "t1", None)
        assert alerts.pending_deliveries(con, ["t1"], 10) == []
        assert alerts.acknowledge(con, raised.alert_id) and alerts.list_alerts(con) == []
        latest = run_query(con, "SELECT value, citations FROM latest_figures WHERE measure = 'arrests'")
        assert latest.rows == ((82000.0, 4),)
        facts = run_query(con, "SELECT value, citations, first_published FROM facts ORDER BY value").rows
        assert facts == ((8200.0, 2, dt.date(2025, 1, 5)), (82000.0, 2, dt.date(2025, 1, 7)))


def test_new_period_and_contradiction_views(tmp_path: Path) -> None:
    docs = [
        ("https://a.example/1", "Courts closed 31,000 fraud cases in 2023.", dt.date(2024, 3, 1)),
        ("https://b.example/2", "Courts closed 40,000 fraud cases in 2024.", dt.date(2025, 3, 1)),
        ("https://c.example/3", "Fraud cases rose 26.7 per cent in 2024 compared with the year before.",
         dt.date(2025, 3, 2)),
    ]
    with connect(tmp_path / "w.duckdb") as con:
        _ingest(con, "r1", *[_article("s", u, t, d) for u, t, d in docs])
        rules = sorted(a.rule for a in alerts.raise_alerts(con, "r1", RuleConfig()))
    assert rules == ["contradiction", "new_period"]


def _hold_lock(path: str, ready: multiprocessing.Event, release: multiprocessing.Event, seconds: float = 30) -> None:
    con = duckdb.connect(path)
    ready.set()
    release.wait(seconds)
    con.close()


def test_a_query_during_a_write_waits_for_the_writer_and_succeeds(tmp_path: Path, capsys) -> None:
    from flows.cli import main
    db = str(tmp_path / "w.duckdb")
    with connect(db):
        pass
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    writer = ctx.Process(target=_hold_lock, args=(db, ready, release, 1.5))  # a run's write, held 1.5 s
    writer.start()
    try:
        assert ready.wait(30)
        assert main(["sql", "SELECT count(*) AS n FROM articles", "--db", db, "--format", "csv"]) == 0
        assert capsys.readouterr().out.splitlines() == ["n", "0"]
    finally:
        release.set()
        writer.join(30)


def test_a_locked_file_waits_then_gives_a_clear_transient_error(tmp_path: Path) -> None:
    db = str(tmp_path / "w.duckdb")
    with connect(db):
        pass
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(db, ready, release))
    holder.start()
    try:
        assert ready.wait(30)
        with pytest.raises(DatabaseLockedError, match="locked") as info:
            with connect(db, wait_seconds=0.5):
                pass
        assert info.value.transient
    finally:
        release.set()
        holder.join(30)
    with connect(db, wait_seconds=5) as con:  # free again
        assert con.execute("SELECT 1").fetchone() == (1,)


def test_only_each_articles_headline_level_is_compared(tmp_path: Path) -> None:
    total = _article("s", "https://a.example/1",
                     "Scam victims lost $473.6 million in 2023.\nInvestment scams alone cost $200 million in 2023.",
                     dt.date(2024, 2, 1))
    later = _article("s", "https://b.example/2",
                     "Scam victims lost $473.6 million in 2023, police said, a rise of $170 million.",
                     dt.date(2024, 3, 1))
    case = _article("s", "https://c.example/3", "In one case, victims lost $9 million in 2023.", dt.date(2024, 3, 2))
    with connect(tmp_path / "w.duckdb") as con:
        _ingest(con, "r1", total, later, case)
        assert alerts.raise_alerts(con, "r1", RuleConfig()) == []  # breakdown, change and case ignored
        kinds = dict(run_query(con, "SELECT raw, kind FROM metric_series").rows)
        assert kinds["$170 million"] == "change" and kinds["$9 million"] == "case"
        assert run_query(con, "SELECT count(*) FROM conflicts").rows == ((0,),)
        _ingest(con, "r2", _article("s", "https://d.example/4", "Scam victims lost $4.736 billion in 2023.",
                                    dt.date(2024, 4, 1)))
        (raised,) = alerts.raise_alerts(con, "r2", RuleConfig())
        assert (raised.old_value, raised.new_value) == (473.6e6, 4.736e9)
        conflict = run_query(con, "SELECT articles, low, high FROM conflicts").rows
        assert conflict == ((3, 473.6e6, 4.736e9),)


def test_cooldown_acceptance_and_the_official_policy(tmp_path: Path) -> None:
    texts = ["Police arrested 8,200 people in 2024.", "Police arrested 82,000 people in 2024.",
             "Police arrested 9,900 people in 2024."]
    docs = [_article(src, f"https://{src}.example/{n}", t, dt.date(2025, 1, n + 1))
            for n, (src, t) in enumerate(zip(["wire", "paper", "gov"], texts))]
    with connect(tmp_path / "w.duckdb") as con:
        store.upsert_sources(con, [make_source("wire", "feed", "https://wire.example/rss"),
                                   make_source("paper", "feed", "https://paper.example/rss"),
                                   make_source("gov", "feed", "https://gov.example/rss", official=True)])
        _ingest(con, "r1", docs[0])
        _ingest(con, "r2", docs[1])
        (first,) = alerts.raise_alerts(con, "r2", RuleConfig())
        _ingest(con, "r3", docs[2])
        assert alerts.raise_alerts(con, "r3", RuleConfig()) == []  # same key within the cooldown: kept, not sent
        statuses = sorted(r[0] for r in run_query(con, "SELECT status FROM alerts").rows)
        assert statuses == ["open", "suppressed"]
        assert alerts.acknowledge(con, first.alert_id, accept_new=True)
        baseline = run_query(con, "SELECT value, accepted FROM baselines WHERE measure = 'arrests'").rows
        assert baseline == ((82000.0, True),)
        con.execute("DELETE FROM baseline_overrides")
        alerts.raise_alerts(con, "r4", RuleConfig(baseline_policy="official"))
        assert run_query(con, "SELECT value FROM baselines WHERE measure = 'arrests'").rows == ((9900.0,),)
        alerts.raise_alerts(con, "r5", RuleConfig())
        assert run_query(con, "SELECT value FROM baselines WHERE measure = 'arrests'").rows == ((8200.0,),)


def test_figures_credited_to_different_bodies_are_different_facts(tmp_path: Path) -> None:
    court = _article("s", "https://a.example/1", "Courts concluded 40,000 fraud cases in 2024.", dt.date(2025, 3, 8))
    prosecutors = _article("s", "https://b.example/2", "Prosecutors handled 52,000 fraud cases in 2024.",
                           dt.date(2025, 3, 9))
    unnamed = _article("s", "https://c.example/3", "Some 40,000 fraud cases were concluded in 2024.",
                       dt.date(2025, 3, 10))
    with connect(tmp_path / "w.duckdb") as con:
        _ingest(con, "r1", court, prosecutors, unnamed)
        assert alerts.raise_alerts(con, "r1", RuleConfig()) == []
        reporters = sorted(str(r[0]) for r in run_query(con, "SELECT reporter FROM metrics").rows)
        assert reporters == ["None", "court", "prosecutors"]


def test_a_runs_slice_finds_what_the_whole_warehouse_views_find(tmp_path: Path) -> None:
    """compare_run reads only the keys a run touched; the user views read everything: same pairs."""
    from warehouse.compare import compare_run
    texts = ["Police arrested {n:,} people for fraud in {y}.", "Courts closed {n:,} fraud cases in {y}.",
             "Fraud cases rose {p} per cent in {y} compared with the year before."]
    with connect(tmp_path / "w.duckdb") as con:
        for run in range(4):
            docs = [_article("s", f"https://n{run}.example/{i}",
                             texts[i % 3].format(n=1000 * (run + 1) + 7 * i, y=2020 + (i + run) % 3, p=10 + run),
                             dt.date(2024, 1, 1) + dt.timedelta(days=run * 10 + i)) for i in range(9)]
            _ingest(con, f"r{run}", *docs)
        decisions = compare_run(con, "r3", RuleConfig(new_period_threshold_pct=0.0, revision_tolerance=0.0))
        pairs = {(d.new_metric_id, d.baseline_metric_id) for d in decisions if d.rule != "contradiction"}
        whole = {tuple(r) for r in con.execute(
            """SELECT new_metric_id, baseline_metric_id FROM revision_candidates WHERE 'r3' IN (new_run_id, baseline_run_id)
                 AND new_value <> old_value
               UNION SELECT new_metric_id, baseline_metric_id FROM period_changes WHERE new_run_id = 'r3'
                 AND new_value <> old_value""").fetchall()}
        assert pairs and pairs == whole
        stated = {d.new_metric_id for d in decisions if d.rule == "contradiction"}
        assert stated <= {r[0] for r in con.execute("SELECT stated_metric_id FROM stated_vs_computed").fetchall()}


def test_figures_without_a_country_are_compared_too(tmp_path: Path) -> None:
    first = store.NewArticle("s", "https://a.example/1", "https://a.example/1", None,
                             Article("a", dt.date(2025, 1, 5), "Police arrested 8,200 people in 2024.", None),
                             store.now(), None)
    second = store.NewArticle("s", "https://b.example/2", "https://b.example/2", None,
                              Article("b", dt.date(2025, 1, 6), "Police arrested 82,000 people in 2024.", None),
                              store.now(), None)
    with connect(tmp_path / "w.duckdb") as con:
        _ingest(con, "r1", first)
        _ingest(con, "r2", second)
        (raised,) = alerts.raise_alerts(con, "r2", RuleConfig())
    assert (raised.key.geo, raised.old_value, raised.new_value) == (None, 8200, 82000)


def test_primary_flags_take_each_articles_first_figure_per_key_and_per_body() -> None:
    from warehouse.rules import primary_flags
    key, other = ("fraud", "arrests"), ("fraud", "cases")
    flags = primary_flags([("a", key, None, 40), ("a", key, None, 10), ("a", other, None, 90),
                           ("a", key, "court", 70), ("a", key, "court", 80), ("b", key, None, 50)])
    assert flags == [False, True, True, True, False, True]
