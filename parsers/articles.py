"""Articles from HTML (BeautifulSoup with lxml) or plain text: title, date and main text.

The main text is the article body without navigation, ads, related links or comments:
boilerplate elements are dropped, then the container holding the article's paragraphs
is chosen (``<article>``, ``itemprop=articleBody``, or the densest block of ``<p>``).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import warnings
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag, XMLParsedAsHTMLWarning

from parsers.dates import parse_loose_date
from parsers.errors import ArticleParseError
from parsers.maintext import main_text

_DATE_META = ("article:published_time", "og:article:published_time", "datepublished", "pubdate",
              "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date",
              "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime")


@dataclass(frozen=True)
class Article:
    """One article's readable content."""

    title: str
    published: dt.date | None
    text: str
    canonical_url: str | None  # from <link rel=canonical>, when the page states one

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


_INDEXED = frozenset(("meta", "script", "time", "link", "h1", "title"))


def _index(soup: BeautifulSoup) -> dict[str, list[Tag]]:
    """The elements the metadata readers need, by name, from one walk over the page."""
    found: dict[str, list[Tag]] = {name: [] for name in _INDEXED}
    for node in soup.descendants:
        if isinstance(node, Tag) and node.name in _INDEXED:
            found[node.name].append(node)
    return found


def _jsonld(index: dict[str, list[Tag]]) -> list[str]:
    return [script.string or "" for script in index["script"] if script.get("type") == "application/ld+json"]


def _published(index: dict[str, list[Tag]]) -> dt.date | None:
    for meta in index["meta"]:
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _DATE_META and (found := parse_loose_date(meta.get("content"))):
            return found
    for script in _jsonld(index):
        for match in re.finditer(r'"datePublished"\s*:\s*"([^"]+)"', script):
            if found := parse_loose_date(match.group(1)):
                return found
    for time_tag in index["time"]:
        if found := parse_loose_date(time_tag.get("datetime")):
            return found
    return None


def _jsonld_body(index: dict[str, list[Tag]]) -> str:
    """The longest ``articleBody`` the page's JSON-LD states: the story of pages built by scripts."""
    bodies: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            body = node.get("articleBody")
            if isinstance(body, str):
                bodies.append(body)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for script in _jsonld(index):
        if "articleBody" in script:
            try:
                walk(json.loads(script))
            except ValueError:
                continue
    return max(bodies, key=len, default="").strip()


def _title(index: dict[str, list[Tag]]) -> str:
    for meta in index["meta"]:
        if (meta.get("property") == "og:title" or meta.get("name") == "twitter:title") and meta.get("content"):
            return str(meta["content"]).strip()
    for h1 in index["h1"]:
        if h1.get_text(strip=True):
            return h1.get_text(" ", strip=True)
    return index["title"][0].get_text(strip=True) if index["title"] else ""


def _canonical(index: dict[str, list[Tag]]) -> str | None:
    for link in index["link"]:
        if "canonical" in str(link.get("rel") or "").lower().split() and link.get("href"):
            return str(link["href"])
    return None


# Scripts, styles and comments are most of a modern page's bytes and never its text: cut them
# before the tree is built (JSON-LD is kept, it may hold the publication date).  Navigation,
# footers and drop-down menus are cut too, unless one holds paragraphs (a site that wraps its
# story in <footer>, or a <nav> left unclosed): building their elements is a fifth of the parse.
_NOISE = re.compile(rb"<script(?![^>]*ld\+json)[^>]*>.*?</script\s*>|<style[^>]*>.*?</style\s*>|<!--.*?-->|"
                    rb"<svg[^>]*>.*?</svg\s*>|<noscript[^>]*>.*?</noscript\s*>", re.IGNORECASE | re.DOTALL)
_FURNITURE = re.compile(rb"<(nav|footer|select)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _lighter_bytes(html: bytes) -> bytes:
    return _FURNITURE.sub(_unless_prose, _NOISE.sub(b"", html))


def _unless_prose(match: re.Match[bytes]) -> bytes:
    block = match.group(0)
    return block if block.count(b"<p>") + block.count(b"<p ") + block.count(b"<P") >= 3 else b""


def _lighter(html: bytes | str) -> bytes | str:
    if isinstance(html, str):
        return _lighter_bytes(html.encode("utf-8")).decode("utf-8")
    if html[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16: byte patterns would not match
        return html
    return _lighter_bytes(html)


def parse_article_html(html: bytes | str, encoding: str | None = None) -> Article:
    """Title, publication date, canonical URL and main text of an HTML page.

    ``encoding`` is the charset the server declared; without it the BOM, the ``<meta>``
    charset and then detection decide.
    """
    if not html or not html.strip():
        raise ArticleParseError("empty page")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            soup = BeautifulSoup(_lighter(html), "lxml", from_encoding=encoding if isinstance(html, bytes) else None,
                                 multi_valued_attributes=None)  # class stays one string: a faster tree
    except Exception as exc:  # lxml refuses a few byte sequences outright
        raise ArticleParseError(f"HTML parser failed: {type(exc).__name__}: {exc}") from exc
    index = _index(soup)
    canonical = _canonical(index)
    title = _title(index)
    published = _published(index)
    stated_body = _jsonld_body(index)
    text = main_text(soup)
    if len(stated_body) > max(3 * len(text), 500):  # the HTML holds a teaser, the JSON-LD the story
        text = "\n".join(line.strip() for line in stated_body.splitlines() if line.strip())
    if not text.strip():
        raise ArticleParseError("page has no readable text")
    return Article(title, published, text, canonical)


def parse_text_article(text: str, published: dt.date | None = None) -> Article:
    """A plain-text article: its first line is taken as the title."""
    body = text.strip()
    if not body:
        raise ArticleParseError("empty text article")
    first_line = body.split("\n", 1)[0]
    return Article(first_line[:200], published, body, None)
