"""A feed entry marked updated is fetched again; a changed text is a new revision, compared with the old."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import feed, write_sources
from warehouse.db import connect
from warehouse.runs import run_query

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]

FEED = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Desk</title><id>urn:desk</id><updated>{updated}</updated>
<entry><title>Fraud figures</title><id>urn:desk:1</id><link href="story.html"/>
<published>2025-03-10T08:00:00Z</published><updated>{updated}</updated></entry></feed>"""
PAGE = """<html><head><meta property="article:published_time" content="2025-03-10"></head><body><article>
<p>BEIJING – Chinese courts closed {cases} telecom fraud cases in 2024, the Supreme People's Court said.</p>
<p>The court said it would keep up its campaign against fraud rings based abroad this year.</p>
</article></body></html>"""


STAMP = [1_750_000_000]


def _write(site: Path, updated: str, cases: str) -> None:
    """Write the feed and page with a newer mtime, as a server would serve a changed file."""
    STAMP[0] += 3600
    for name, text in (("feed.atom", FEED.format(updated=updated)), ("story.html", PAGE.format(cases=cases))):
        (site / name).write_text(text)
        os.utime(site / name, (STAMP[0], STAMP[0]))


def test_updated_entries_become_revisions(tmp_path: Path, serve_dir, monkeypatch) -> None:
    from flows.monitor import monitor
    site = tmp_path / "site"
    site.mkdir()
    server = serve_dir(site)
    sources = write_sources(tmp_path / "sources.toml", feed("desk", f"{server.url}/feed.atom"))
    monkeypatch.setenv("NEWSMON_NOTIFY", "")
    db = str(tmp_path / "w.duckdb")

    _write(site, "2025-03-10T08:00:00Z", "40,000")
    assert monitor(sources=sources, db=db)["articles_new"] == 1
    _write(site, "2025-03-10T08:00:00Z", "40,000")  # rewritten, not updated: the feed answers 304 or lists it as seen
    assert monitor(sources=sources, db=db)["articles_new"] == 0

    _write(site, "2025-03-11T09:30:00Z", "48,000")  # the outlet corrects its figure and marks the entry updated
    corrected = monitor(sources=sources, db=db)
    assert corrected["articles_new"] == 1 and corrected["alerts_raised"] == 1
    with connect(db) as con:
        rows = run_query(con, "SELECT count(*), count(DISTINCT url) FROM articles").rows
        alert = run_query(con, "SELECT rule, old_value, new_value FROM alerts").rows
    assert rows == ((2, 1),) and alert == (("revision", 40000.0, 48000.0),)

    _write(site, "2025-03-12T10:00:00Z", "48,000")  # updated again, same text: fetched, nothing stored
    assert monitor(sources=sources, db=db)["articles_new"] == 0
