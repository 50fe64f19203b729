"""Feeds from bytes: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed 1.x directly.

``parse_feed(data, base_url)`` never lets a parser exception escape: a feed that cannot be
read raises :class:`FeedParseError` (permanent), one that is read despite flaws comes back
with ``malformed`` set and the reason kept.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import time
import warnings
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser

from parsers.dates import parse_loose_date
from parsers.errors import FeedParseError

# feedparser resolves DOCTYPE entities; refuse documents that declare their own, the
# shape of entity-expansion ("billion laughs") attacks.
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, pointing at an article."""

    guid: str
    link: str  # absolute URL or path, resolved against the feed's own location
    title: str
    published: dt.date | None
    summary: str
    updated: dt.datetime | None = None  # when the feed says the entry last changed


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    entries: tuple[FeedEntry, ...]
    malformed: str | None  # why the feed is not well-formed, when it was read anyway


def _updated_of(entry: dict) -> dt.datetime | None:
    value = entry.get("updated_parsed") or entry.get("published_parsed")
    return dt.datetime(*value[:6]) if isinstance(value, time.struct_time) else None


def _date_of(entry: dict) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _json_feed(data: bytes, base_url: str) -> ParsedFeed:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FeedParseError(f"not a JSON feed: {exc}") from exc
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise FeedParseError("JSON document is not a JSON Feed (no jsonfeed.org version)")
    entries = []
    for item in doc.get("items") or []:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url") or ""
        published = None
        if isinstance(item.get("date_published"), str):
            published = parse_loose_date(item["date_published"])
        entries.append(FeedEntry(
            guid=str(item.get("id") or link), link=urljoin(base_url, link) if link else "",
            title=str(item.get("title") or ""), published=published,
            summary=str(item.get("summary") or item.get("content_text") or ""),
        ))
    return ParsedFeed(str(doc.get("title") or ""), tuple(e for e in entries if e.link), None)


def parse_feed(data: bytes, base_url: str = "") -> ParsedFeed:
    """Parse feed bytes; links are made absolute against ``base_url``."""
    if not data.strip():
        raise FeedParseError("empty feed document")
    if data.lstrip()[:1] in (b"{", b"["):
        return _json_feed(data, base_url)
    if _ENTITY_DECL.search(data[:65536]):
        raise FeedParseError("feed declares its own XML entities (possible entity-expansion attack)")
    try:
        parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # feedparser raises on some byte sequences (UnicodeDecodeError, ...)
        raise FeedParseError(f"feed parser failed: {type(exc).__name__}: {exc}") from exc
    malformed = None
    if not parsed.get("version") and not parsed.entries:
        raise FeedParseError("not a feed: no RSS, Atom or RDF document found")
    if parsed.get("bozo"):
        malformed = f"{type(parsed.get('bozo_exception')).__name__}: {parsed.get('bozo_exception')}"
        if not parsed.entries:
            raise FeedParseError(f"not a feed: {malformed}")
    entries = []
    with warnings.catch_warnings():  # feedparser warns about its own updated/published fallback
        warnings.simplefilter("ignore", DeprecationWarning)
        for entry in parsed.entries:
            link = entry.get("link") or ""
            if not link:
                continue
            entries.append(FeedEntry(
                guid=str(entry.get("id") or link), link=urljoin(base_url, link),
                title=str(entry.get("title") or ""), published=_date_of(entry),
                summary=str(entry.get("summary") or ""), updated=_updated_of(entry),
            ))
    return ParsedFeed(str(parsed.feed.get("title") or ""), tuple(entries), malformed)
