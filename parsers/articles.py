"""Articles from HTML (BeautifulSoup with lxml) or plain text: title, date and main text.

The main text is the article body without navigation, ads, related links or comments:
boilerplate elements are dropped, then the container holding the article's paragraphs
is chosen (``<article>``, ``itemprop=articleBody``, or the densest block of ``<p>``).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import warnings
from dataclasses import dataclass

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

from parsers.errors import ArticleParseError
from parsers.maintext import main_text
from parsers.periods import parse_loose_date

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


def _published(soup: BeautifulSoup) -> dt.date | None:
    for meta in soup.find_all("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _DATE_META and (found := parse_loose_date(meta.get("content"))):
            return found
    for script in soup.find_all("script", type="application/ld+json"):
        for match in re.finditer(r'"datePublished"\s*:\s*"([^"]+)"', script.string or ""):
            if found := parse_loose_date(match.group(1)):
                return found
    for time_tag in soup.find_all("time"):
        if found := parse_loose_date(time_tag.get("datetime")):
            return found
    return None


def _title(soup: BeautifulSoup) -> str:
    for attrs in ({"property": "og:title"}, {"name": "twitter:title"}):
        tag = soup.find("meta", attrs=attrs)
        if tag and tag.get("content"):
            return str(tag["content"]).strip()
    h1 = soup.find("h1")
    if h1 and h1.get_text(strip=True):
        return h1.get_text(" ", strip=True)
    return soup.title.get_text(strip=True) if soup.title else ""


# Scripts, styles and comments are most of a modern page's bytes and never its text: cut them
# before the tree is built (JSON-LD is kept, it may hold the publication date).
_NOISE = re.compile(rb"<script(?![^>]*ld\+json)[^>]*>.*?</script\s*>|<style[^>]*>.*?</style\s*>|<!--.*?-->|"
                    rb"<svg[^>]*>.*?</svg\s*>|<noscript[^>]*>.*?</noscript\s*>", re.IGNORECASE | re.DOTALL)


def _lighter(html: bytes | str) -> bytes | str:
    if isinstance(html, str):
        return _NOISE.sub(b"", html.encode("utf-8")).decode("utf-8")
    if html[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16: byte patterns would not match
        return html
    return _NOISE.sub(b"", html)


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
            soup = BeautifulSoup(_lighter(html), "lxml", from_encoding=encoding if isinstance(html, bytes) else None)
    except Exception as exc:  # lxml refuses a few byte sequences outright
        raise ArticleParseError(f"HTML parser failed: {type(exc).__name__}: {exc}") from exc
    canonical = soup.find("link", rel="canonical")
    title = _title(soup)
    published = _published(soup)
    text = main_text(soup)
    if not text.strip():
        raise ArticleParseError("page has no readable text")
    return Article(title, published, text, canonical.get("href") if canonical else None)


def parse_text_article(text: str, published: dt.date | None = None) -> Article:
    """A plain-text article: its first line is taken as the title."""
    body = text.strip()
    if not body:
        raise ArticleParseError("empty text article")
    first_line = body.split("\n", 1)[0]
    return Article(first_line[:200], published, body, None)
