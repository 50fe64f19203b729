"""The extractor on articles written for newsmon (not the dev set): rules must carry over to unseen reporting.

``tests/generalisation/`` holds 202 short articles in the styles of crime and enforcement reporting across some
30 countries (police statistics, court and procuratorate reports, raids, repatriations, scam losses, drug busts,
multi-country operations, pages with no crime figures), written for these tests, and their gold records
labelled against GUIDE.md.  ``sources.tsv`` says which batch each article is in:

- batch 0 (53 articles): gold started from the extractor's records, corrected by hand;
- batches 1 to 9 (29, 25, 23, 19, 19, 11, 10, 7 and 6 articles): gold labelled by hand before the extractor
  read them, and each batch scored blind before any rule was mended on it: F1 0.932 (the code of stop 17), 0.915
  (after batch 1's mends), 0.862 (after batch 2's), 0.912 (after batch 3's), 0.864 (after batch 4's), 0.961
  (after batch 5's), 0.932 (after batch 6's), 0.935 (after batch 7's) and 0.901 (after batch 8's); batches 6 to
  9 keep to the dev set's kinds of story.  Those blind scores are the estimate of how the
  rules carry over to unseen reporting (dev: 0.990); the rules were then mended on each batch.

So every batch is now a regression set: scored with GUIDE.md's matching rule (same article, measure and unit,
values within 0.5 %) and held to floors a little under today's figures (all batches: F1 0.987; subject 0.972,
period 0.968, baseline 0.998, geo 0.992), so that a rule keyed on one article's words that breaks how other
articles read shows up here.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from parsers.metrics import MetricRecord, extract_metrics

HERE = Path(__file__).parent / "generalisation"
F1_FLOOR, FIELD_FLOOR = 0.97, 0.95


def _matched(gold: list[dict], predicted: list[MetricRecord]) -> list[tuple[dict, MetricRecord]]:
    """GUIDE.md's matching: each gold record matched once, by article, measure, unit and value (0.5 %)."""
    pairs, free = [], list(predicted)
    for want in gold:
        for got in free:
            if (got.doc, got.measure, got.unit) == (want["doc"], want["measure"], want["unit"]) and \
                    abs(got.value - want["value"]) <= 0.005 * max(abs(want["value"]), 1e-9):
                pairs.append((want, got))
                free.remove(got)
                break
    return pairs


@pytest.fixture(scope="module")
def scored() -> tuple[list[dict], list[MetricRecord], list[tuple[dict, MetricRecord]]]:
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    predicted: list[MetricRecord] = []
    for row in csv.DictReader((HERE / "sources.tsv").read_text(encoding="utf-8").splitlines(), delimiter="\t"):
        text = (HERE / "docs" / f"{row['id']}.txt").read_text(encoding="utf-8")
        predicted += extract_metrics(text, dt.date.fromisoformat(row["published"]), None, row["id"])
    return gold, predicted, _matched(gold, predicted)


def test_every_article_has_its_date_and_every_gold_record_its_article() -> None:
    ids = {row["id"] for row in csv.DictReader((HERE / "sources.tsv").read_text().splitlines(), delimiter="\t")}
    assert ids == {path.stem for path in (HERE / "docs").glob("*.txt")}
    assert {json.loads(line)["doc"] for line in (HERE / "gold.jsonl").read_text().splitlines() if line} <= ids


def test_f1_on_articles_written_for_newsmon(scored: tuple) -> None:
    gold, predicted, pairs = scored
    precision, recall = len(pairs) / len(predicted), len(pairs) / len(gold)
    assert 2 * precision * recall / (precision + recall) >= F1_FLOOR


@pytest.mark.parametrize("field", ["subject", "period", "baseline_period", "geo"])
def test_fields_agree_on_matched_records(scored: tuple, field: str) -> None:
    _, _, pairs = scored
    assert sum(want[field] == getattr(got, field) for want, got in pairs) / len(pairs) >= FIELD_FLOOR
