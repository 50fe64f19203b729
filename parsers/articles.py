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

from bs4 import BeautifulSoup, Tag, XMLParsedAsHTMLWarning

from parsers.errors import ArticleParseError
from parsers.periods import parse_loose_date

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "figure", "template", "select", "menu")
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|header|masthead|sidebar|side-bar|related|recommend\w*|"
    r"comments?|share|sharing|social|ad|ads|advert\w*|promo\w*|newsletter|subscribe|subscription|"
    r"cookie\w*|breadcrumbs?|banner|popup|modal|outbrain|taboola|more-stories|read-more|tags?|"
    r"byline-social|author-bio|signup|paywall|trending|most-popular|toolbar)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BODY_HINT = re.compile(r"article[-_]?body|story[-_]?body|entry[-_]?content|post[-_]?content|"
                        r"article[-_]?content|main[-_]?content|story[-_]?content|body[-_]?text", re.I)
_DATE_META = ("article:published_time", "og:article:published_time", "datepublished", "pubdate",
              "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date",
              "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime")
_BLOCKS = ("p", "h2", "h3", "h4", "li", "blockquote")


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
    for selector in ('meta[property="og:title"]', 'meta[name="twitter:title"]'):
        tag = soup.select_one(selector)
        if tag and tag.get("content"):
            return tag["content"].strip()
    h1 = soup.find("h1")
    if h1 and h1.get_text(strip=True):
        return h1.get_text(" ", strip=True)
    return soup.title.get_text(strip=True) if soup.title else ""


def _is_boilerplate(tag: Tag) -> bool:
    if tag.attrs is None:
        return False
    names = " ".join(tag.get("class") or []) + " " + str(tag.get("id") or "")
    role = str(tag.get("role") or "")
    return bool(_BOILERPLATE.search(names)) or role in ("navigation", "banner", "contentinfo", "complementary")


def _holds_article(tag: Tag) -> bool:
    """A wrapper flagged as boilerplate that still holds most of a story ("page-header-wrap")."""
    paragraphs = tag.find_all("p", limit=6)
    return len(paragraphs) >= 5 and sum(len(p.get_text()) for p in paragraphs) > 400


def _container(body: Tag) -> Tag:
    for candidate in (body.find(attrs={"itemprop": "articleBody"}),
                      body.find(class_=_BODY_HINT), body.find("article"), body.find("main")):
        if candidate and len(candidate.find_all("p")) >= 1:
            return candidate
    scores: dict[int, tuple[int, Tag]] = {}
    for p in body.find_all("p"):
        parent = p.parent
        if parent is None:
            continue
        length = len(p.get_text(strip=True))
        held = scores.get(id(parent), (0, parent))
        scores[id(parent)] = (held[0] + length, parent)
    return max(scores.values(), key=lambda item: item[0])[1] if scores else body


def _main_text(soup: BeautifulSoup) -> str:
    body = soup.body or soup
    for tag in body.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in body.find_all(True):
        if tag.parent is not None and tag.name not in ("body", "html", "article", "main") and \
                _is_boilerplate(tag) and not _holds_article(tag):
            tag.decompose()
    container = _container(body)
    lines = []
    for block in container.find_all(_BLOCKS):
        if block.find(_BLOCKS):
            continue  # the inner block will be read on its own
        line = " ".join(block.get_text(" ", strip=True).split())
        if line and (block.name != "li" or len(line) > 80):
            lines.append(line)
    if not lines:
        lines = [" ".join(chunk.split()) for chunk in container.get_text("\n").split("\n") if chunk.strip()]
    return "\n".join(lines)


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
            soup = BeautifulSoup(html, "lxml", from_encoding=encoding if isinstance(html, bytes) else None)
    except Exception as exc:  # lxml refuses a few byte sequences outright
        raise ArticleParseError(f"HTML parser failed: {type(exc).__name__}: {exc}") from exc
    canonical = soup.find("link", rel="canonical")
    title = _title(soup)
    published = _published(soup)
    text = _main_text(soup)
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
