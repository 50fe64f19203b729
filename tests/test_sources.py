"""The sources file and ad-hoc sources."""
from __future__ import annotations

import datetime as dt

import pytest

from parsers.errors import SourceConfigError
from parsers.sources import make_source, parse_sources_toml
from parsers.urls import canonical_url
from tests.conftest import SEEDS


def test_bundled_sources_file() -> None:
    specs = parse_sources_toml((SEEDS / "sources.toml").read_text(), base_dir=str(SEEDS))
    kinds = {s.kind for s in specs}
    assert kinds == {"article", "feed"} and len(specs) >= 3
    seed = next(s for s in specs if s.kind == "article")
    assert seed.is_local and seed.location.endswith("000_596206f3d24f0786.txt")
    assert seed.published == dt.date(2025, 3, 9) and seed.country == "CN"


@pytest.mark.parametrize("text, message", [
    ("[[source]]\nname='a'\nkind='podcast'\nlocation='x'", "kind"),
    ("[[source]]\nname='a'\nkind='feed'\nlocation=''", "location"),
    ("[[source]]\nname='a'\nkind='feed'\nlocation='x'\ncountry='China'", "country"),
    ("[[source]]\nname='a'\nkind='feed'\nlocation='ftp://x/y'", "scheme"),
    ("[[source]]\nname='a'\nkind='feed'\nlocation='x'\ncolour='red'", "unknown keys"),
    ("[[source]]\nname='a'\nkind='feed'\nlocation='x'\n[[source]]\nname='a'\nkind='feed'\nlocation='y'", "share"),
    ("[[source]\nname=", "TOML"),
])
def test_bad_sources_files_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(SourceConfigError, match=message):
        parse_sources_toml(text)


def test_ad_hoc_sources_resolve_local_paths() -> None:
    spec = make_source("my feed", "feed", "feeds/x.xml", base_dir="/srv/data")
    assert spec.location == "/srv/data/feeds/x.xml" and spec.source_id == "my-feed"
    assert not make_source("u", "feed", "https://a.example/rss").is_local


@pytest.mark.parametrize("url, canonical", [
    ("HTTPS://News.Example:443/a?utm_source=rss&id=3#top", "https://news.example/a?id=3"),
    ("http://news.example:8080/a?fbclid=x", "http://news.example:8080/a"),
    ("http://news.example", "http://news.example/"),
])
def test_canonical_urls(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


OPML = b"""<?xml version="1.0"?><opml version="2.0"><head><title>My feeds</title></head><body>
<outline text="Crime"><outline text="Police wire" type="rss" xmlUrl="https://wire.example/rss"/>
<outline title="Court news" xmlUrl="https://courts.example/atom.xml"/></outline>
<outline text="Dup" xmlUrl="https://wire.example/rss"/><outline text="No feed here"/></body></opml>"""


def test_opml_subscriptions() -> None:
    from parsers.opml import parse_opml
    subs = parse_opml(OPML)
    assert [(s.title, s.feed_url, s.category) for s in subs] == [
        ("Police wire", "https://wire.example/rss", "Crime"), ("Court news", "https://courts.example/atom.xml", "Crime")]
    with pytest.raises(SourceConfigError, match="OPML"):
        parse_opml(b"<rss/>")
    with pytest.raises(SourceConfigError, match="OPML"):
        parse_opml(b"<opml><body><outline")


def test_opml_import_appends_new_feeds_once(tmp_path, capsys) -> None:
    from flows.cli import main
    opml = tmp_path / "subs.opml"
    opml.write_bytes(OPML)
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "Police wire"\nkind = "feed"\nlocation = "https://wire.example/rss"\n')
    assert main(["sources", "import", str(opml), "--sources", str(sources)]) == 0
    assert "imported 1 of 2 feeds" in capsys.readouterr().out
    specs = parse_sources_toml(sources.read_text())
    assert [s.location for s in specs] == ["https://wire.example/rss", "https://courts.example/atom.xml"]
    assert main(["sources", "import", str(opml), "--sources", str(sources)]) == 0
    assert "imported 0 of 2" in capsys.readouterr().out
    assert main(["sources", "import", str(tmp_path / "nope.opml"), "--sources", str(sources)]) == 2
