"""Feeds from bytes: RSS, Atom and JSON Feed written here, plus the shared corpus when present."""
from __future__ import annotations

import datetime as dt
import tarfile
from pathlib import Path

import pytest

from parsers.errors import FeedParseError
from parsers.feeds import parse_feed
from tests.conftest import SEEDS

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Police wire</title>
<item><title>Raid</title><link>/news/raid.html?utm_source=rss</link><guid>g-1</guid>
<pubDate>Tue, 04 Mar 2025 10:00:00 +0800</pubDate></item>
<item><title>No link here</title><guid isPermaLink="false">g-2</guid></item></channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Court news</title><id>urn:x</id><updated>2025-03-01T00:00:00Z</updated>
<entry><title>Verdict</title><id>urn:x:1</id><link href="https://courts.example/v1"/>
<published>2025-03-01T08:00:00Z</published><updated>2025-03-01T08:00:00Z</updated></entry></feed>"""

JSON_FEED = b"""{"version": "https://jsonfeed.org/version/1.1", "title": "Scam alerts",
"items": [{"id": "7", "url": "https://alerts.example/7", "title": "New scam", "date_published": "2025-02-11T09:00:00Z"}]}"""


def test_rss_entries_resolve_relative_links_and_dates() -> None:
    feed = parse_feed(RSS, "https://wire.example/feeds/rss.xml")
    assert feed.title == "Police wire" and feed.malformed is None
    (entry,) = feed.entries  # the entry without a link is dropped
    assert entry.link == "https://wire.example/news/raid.html?utm_source=rss"
    assert (entry.guid, entry.published) == ("g-1", dt.date(2025, 3, 4))


def test_atom_and_json_feed() -> None:
    assert parse_feed(ATOM).entries[0].link == "https://courts.example/v1"
    (item,) = parse_feed(JSON_FEED).entries
    assert (item.link, item.published, item.guid) == ("https://alerts.example/7", dt.date(2025, 2, 11), "7")


def test_bundled_demo_feeds_link_to_bundled_pages() -> None:
    for name in ("feed.rss", "feed.atom"):
        path = SEEDS / "demo" / name
        feed = parse_feed(path.read_bytes(), str(path))
        assert feed.entries and all(Path(e.link).is_file() for e in feed.entries)


@pytest.mark.parametrize("data", [b"", b"   ", b"<html><body>not a feed</body></html>", b"{\"a\": 1}",
                                  b"<?xml version='1.0' encoding='\xa7\xa7'?><rss/>"])
def test_what_is_not_a_feed_raises_a_permanent_feed_error(data: bytes) -> None:
    with pytest.raises(FeedParseError) as info:
        parse_feed(data)
    assert not info.value.transient


def test_entity_expansion_is_refused() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10)
                       for i in range(1, 10))
            + b']><rss version="2.0"><channel><title>&lol9;</title></channel></rss>')
    with pytest.raises(FeedParseError, match="entit"):
        parse_feed(bomb)


def _corpus_feeds(shared: Path):
    for path in sorted((shared / "corpus" / "feeds").rglob("*")):
        if path.is_file() and not path.name.endswith(".tar.gz"):
            yield path.name, path.read_bytes()
    with tarfile.open(shared / "corpus" / "feeds" / "feedparser-tests.tar.gz") as tar:
        for member in tar.getmembers():
            if member.isfile():
                yield member.name, tar.extractfile(member).read()  # type: ignore[union-attr]


def test_every_corpus_feed_parses_or_fails_cleanly(shared: Path) -> None:
    read = malformed = refused = 0
    for name, data in _corpus_feeds(shared):
        try:
            feed = parse_feed(data, "https://feeds.example/feed.xml")
        except FeedParseError:
            refused += 1
            continue
        read += 1
        malformed += feed.malformed is not None
    assert read > 1500 and refused > 0, (read, malformed, refused)
