"""The newsmon command line, in-process: extract, parse, sql, alerts and clear one-line errors."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from flows.cli import main
from parsers.articles import Article
from parsers.metrics import extract_metrics
from tests.conftest import SEED_ARTICLE, SEEDS
from warehouse import store
from warehouse.db import connect


def test_extract_prints_guide_jsonl(capsys, tmp_path: Path) -> None:
    doc = tmp_path / "raid-01.txt"
    doc.write_text("Police in Malaysia arrested 412 people in 2024.\n")
    assert main(["extract", str(doc), "--published", "2025-01-10"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["doc"] == "raid-01" and row["value"] == 412 and row["measure"] == "arrests" and row["geo"] == "MY"


def test_extract_from_a_manifest(capsys, tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a1.txt").write_text("Police arrested 30 people last year.")
    (tmp_path / "sources.tsv").write_text("id\turl\toutlet\tpublished\ttopic\na1\thttp://x\tX\t2024-05 (approx)\tt\n")
    assert main(["extract", "--manifest", str(tmp_path / "sources.tsv")]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (row["doc"], row["period"]) == ("a1", "2023")


def test_extract_the_seed(capsys) -> None:
    assert main(["extract", str(SEED_ARTICLE), "--published", "2025-03-09"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 12


def test_parse_prints_one_json_object_per_file(capsys) -> None:
    page = SEEDS / "demo" / "articles" / "fraud-cases-2025.html"
    assert main(["parse", str(page), "--jsonl"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["file"] == page.name and row["published"] == "2026-03-09" and "52,000" in row["text"]
    assert "Sign up" not in row["text"] and "Related stories" not in row["text"]


@pytest.mark.parametrize("argv, message", [
    (["extract", "/no/such/file.txt"], "no such file"),
    (["run", "--sources", "/no/such/sources.toml"], "sources file not found"),
    (["sql", "SELECT 1", "--db", "/no/such/db.duckdb"], "no database"),
    (["extract", "x.txt", "--published", "soon"], "not a date"),
])
def test_errors_are_one_line_with_a_nonzero_exit(capsys, argv: list[str], message: str) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.fixture
def filled_db(tmp_path: Path) -> str:
    db = str(tmp_path / "w.duckdb")
    text = "Police arrested 1,200 people in 2024."
    new = store.NewArticle("s", "https://a.example/1", "https://a.example/1", None,
                           Article("A", None, text, None), store.now(), "SG")
    with connect(db) as con:
        stored, _ = store.store_articles(con, [new], "r1")
        store.store_metrics(con, [(stored[0].article_id, r) for r in extract_metrics(text, None, "SG")], "r1")
    return db


def test_sql_formats(capsys, filled_db: str) -> None:
    query = "SELECT measure, value, geo FROM metric_series"
    assert main(["sql", query, "--db", filled_db]) == 0
    assert "arrests" in capsys.readouterr().out
    assert main(["sql", query, "--db", filled_db, "--format", "csv"]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out))) == [["measure", "value", "geo"],
                                                                       ["arrests", "1200.0", "SG"]]
    assert main(["sql", query, "--db", filled_db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"measure": "arrests", "value": 1200.0, "geo": "SG"}]
    assert main(["sql", "SELEC nonsense", "--db", filled_db]) == 2
    assert "SQL error" in capsys.readouterr().err


def test_alerts_list_and_ack_errors(capsys, filled_db: str) -> None:
    assert main(["alerts", "--db", filled_db]) == 0
    assert "open alerts: none" in capsys.readouterr().out
    assert main(["alerts", "ack", "nope", "--db", filled_db]) == 2
    assert "no open alert" in capsys.readouterr().err


def test_one_shot_runs_turn_off_prefects_automation_services_only_for_their_duration() -> None:
    from flows.settings import EPHEMERAL_PREFECT_DEFAULTS, ephemeral_prefect_defaults
    env = {"PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "true"}
    with ephemeral_prefect_defaults(env):
        assert env["PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED"] == "true"  # the environment wins
        assert env["PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED"] == "false"
    assert env == {"PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "true"}
    served = {"PREFECT_API_URL": "http://127.0.0.1:4200/api"}
    with ephemeral_prefect_defaults(served):
        assert not set(EPHEMERAL_PREFECT_DEFAULTS) & set(served)  # a real server keeps its services


def test_unknown_task_runners_are_refused(monkeypatch) -> None:
    from flows.settings import load_settings
    from parsers.errors import SourceConfigError
    monkeypatch.setenv("NEWSMON_TASK_RUNNER", "gpu")
    with pytest.raises(SourceConfigError, match="processes, threads or dask"):
        load_settings()
