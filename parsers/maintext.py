"""The main text of a news page: the article body without navigation, ads, related links or comments.

A readability-style scorer on a BeautifulSoup tree:

1. drop what is never content (scripts, forms, navigation, headers and footers, asides) and
   the elements whose class, id or role says boilerplate ("related", "share", "comments", ...);
2. score every paragraph-like block (``<p>``, ``<pre>``, ``<li>``, text written straight into
   a ``<div>``, ...) by its length and commas, less what is link text, and credit its parent
   fully and its grandparent by half;
3. keep the best-scoring container, and the siblings that score nearly as well;
4. read its blocks in document order, leaving out lines that are mostly links or too short
   to be prose.
"""
from __future__ import annotations

import re
import unicodedata

from bs4 import BeautifulSoup, NavigableString, Tag

DROP_TAGS = ("script", "style", "noscript", "form", "iframe", "svg", "button", "figure", "template", "select",
             "input", "textarea", "label", "dialog", "link", "meta")
# Page furniture, dropped unless it holds a large part of the page's prose (some sites put the
# whole story inside <header> or <aside>).
FURNITURE_TAGS = ("nav", "header", "footer", "aside", "menu")
BLOCK_TAGS = ("p", "pre", "blockquote", "li", "dd", "td", "h2", "h3", "h4", "h5")
_CONTAINERS = ("div", "section", "article", "main", "td", "body", "span", "font", "center")
# Names that always mean boilerplate, and names of page furniture that some sites reuse for the
# story's own wrapper (kept when they hold a large part of the prose).
_ALWAYS_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-list|commentlist|discussion|replies|cookie\w*|consent|gdpr|outbrain|"
    r"taboola|related|recommend\w*|more-stories|read-more|readmore|most-popular|mostread|trending)(?:$|[\s_-])",
    re.IGNORECASE)
_FURNITURE_NAMES = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|header|masthead|sidebar|side-bar|widget|banner|topics|"
    r"keywords|legal|hidden|share|sharing|social|shariff|ad|ads|advert\w*|adsense|sponsor\w*|promo\w*|"
    r"newsletter|subscribe|subscription|tag-list|tags|byline-social|author-bio|signup|paywall|toolbar|print|"
    r"pagination|pager|disclaimer|copyright|skip|teaser-list|teaser|shop|meta|rating|breadcrumbs?|popup|modal)(?:$|[\s_-])",
    re.IGNORECASE)
# The same inside camel-cased or compound names, where word boundaries do not help.
_EMBEDDED_FURNITURE = re.compile(r"newsletter|authorinfo|author-info|author_info|author-?box|biography|related|link-?list",
                                 re.IGNORECASE)
# WordPress and CMS classes that name the post's taxonomy, not its layout ("tag-urheberrecht").
_TAXONOMY_CLASS = re.compile(r"^(?:tag|category|post|format|status|type|author|comment-author|postid|page-id)-")
_BODY_HINT = re.compile(r"article[-_]?body|story[-_]?(?:body|text)|entry[-_]?content|post[-_]?(?:body|content|text)|"
                        r"article[-_]?(?:content|text)|main[-_]?content|story[-_]?content|body[-_]?text|"
                        r"itemprop-articlebody|c-entry-content|rich-text", re.IGNORECASE)
# Short lines that ask the reader to do something, or claim rights: page furniture in any layout.
_CALL_TO_ACTION = re.compile(
    r"\b(?:subscribe|subscription|sign(?:ing)? up|newsletter|copyright|all rights reserved|contact us|follow us|"
    r"read more|click here|download|share this|advertisement|instant access|full article pdf|cookies?|"
    r"abonnieren|herunterladen|anzeige|werbung|mehr zum thema|das könnte sie auch|zum thema|weitere artikel|"
    r"newsletter|inscrivez|abonnez)\b|©", re.IGNORECASE)
_MIN_BLOCK = 25  # characters: shorter blocks are captions, labels and buttons


def _classes(tag: Tag) -> str:
    names = [c for c in str(tag.get("class") or "").split() if not _TAXONOMY_CLASS.match(c)]
    return " ".join(names) + " " + str(tag.get("id") or "")


def _boilerplate_kind(tag: Tag) -> str | None:
    """"always" for comments, ads, sharing...; "furniture" for navigation, headers, sidebars; else None."""
    names = _classes(tag)
    if _BODY_HINT.search(names):
        return None
    if _ALWAYS_BOILERPLATE.search(names) or tag.get("aria-hidden") == "true" or \
            "display:none" in str(tag.get("style") or "").replace(" ", ""):
        return "always"
    if _EMBEDDED_FURNITURE.search(names) or _EMBEDDED_FURNITURE.search(tag.name):
        return "always"  # "NewsletterModule", "ArticlePage-authorInfo", <ps-newsletter-module>
    role = str(tag.get("role") or "")
    if tag.name in FURNITURE_TAGS or _FURNITURE_NAMES.search(names) or \
            role in ("navigation", "banner", "contentinfo", "complementary", "search", "dialog"):
        return "furniture"
    return None


def _tags(root: Tag):
    """Every element under ``root`` in document order (a plain walk: much faster than find_all(True))."""
    return (node for node in root.descendants if isinstance(node, Tag))


def _totals(root: Tag, name: str, minimum: int = 0) -> dict[int, int]:
    """Characters of text in ``name`` elements under each element, summed bottom-up in one pass."""
    totals: dict[int, int] = {}
    for element in _tags(root):
        if element.name != name:
            continue
        length = len(element.get_text(strip=True))
        if length < minimum:
            continue
        node = element
        while node is not None:
            totals[id(node)] = totals.get(id(node), 0) + length
            node = node.parent
    return totals


def _is_hinted(tag: Tag) -> bool:
    return bool(tag.get("class")) and _BODY_HINT.search(str(tag["class"])) is not None


def _marked_bodies(body: Tag) -> tuple[list[Tag], list[Tag]]:
    """Elements marked ``itemprop=articleBody``, and elements whose class names the story's body."""
    itemprop, classed = [], []
    for tag in _tags(body):
        if tag.get("itemprop") == "articleBody":
            itemprop.append(tag)
        if _is_hinted(tag):
            classed.append(tag)
    return itemprop, classed


def clean(body: Tag, marked: tuple[list[Tag], list[Tag]] = ([], [])) -> None:
    """Remove what is never article text, in place (comments are cut before parsing).

    One walk over the tree that does not enter what it removes.
    """
    prose = _totals(body, "p", 60)  # how much of the story each element holds
    total = prose.get(id(body), 0) or 1
    anchors = [next((tag for tag in _tags(body) if tag.name == "h1"), None)] + [found[0] for found in marked if found]
    holds_story = {id(parent) for anchor in anchors if anchor is not None for parent in anchor.parents}
    doomed: list[Tag] = []
    stack: list[Tag] = [body]
    while stack:
        for child in stack.pop().children:
            if not isinstance(child, Tag):
                continue
            kind = "always" if child.name in DROP_TAGS else _boilerplate_kind(child)
            if kind and child.name not in DROP_TAGS and id(child) in holds_story:
                kind = None  # a wrapper named "taboola" or "header" that holds the headline or the body
            if kind == "furniture" and child.name == "header" and prose.get(id(child), 0) and \
                    child.find_parent("article") is not None:
                kind = None  # an article's own header: headline and standfirst
            if kind == "always" or (kind == "furniture" and prose.get(id(child), 0) < 0.3 * total):
                doomed.append(child)  # a "header" or "sidebar" that holds the story is kept
            else:
                stack.append(child)
    for tag in doomed:
        tag.decompose()


def _link_density(tag: Tag, text_length: int, links: dict[int, int]) -> float:
    if not text_length:
        return 1.0
    return min(1.0, links.get(id(tag), 0) / text_length)


_INLINE = frozenset("a abbr b bdi bdo cite code em font i kbd mark q s samp small span strong sub sup time "
                    "u var wbr br".split())


def _direct_text(tag: Tag) -> str:
    """Text written in the element itself or in its inline children, not in its blocks."""
    parts = []
    for child in tag.children:
        if isinstance(child, NavigableString):
            parts.append(str(child))
        elif isinstance(child, Tag) and child.name in _INLINE:
            parts.append(child.get_text(" "))
    return " ".join(" ".join(parts).split())


def _blocks(root: Tag) -> list[Tag]:
    """Paragraph-like elements, and containers that hold prose straight in them."""
    found = []
    for tag in _tags(root):
        if tag.name in BLOCK_TAGS:
            found.append(tag)
        elif tag.name in _CONTAINERS and len(_direct_text(tag)) >= _MIN_BLOCK:
            found.append(tag)
    return found


def _hinted(marked: tuple[list[Tag], list[Tag]]) -> list[Tag]:
    """Elements the page marks as the story's body; several for stories split into slides or pages."""
    for found in marked:
        found = [tag for tag in found if not tag.decomposed]
        ids = {id(tag) for tag in found}
        outermost = [tag for tag in found if not any(id(parent) in ids for parent in tag.parents)]
        outermost = [tag for tag in outermost if len(tag.get_text(" ", strip=True)) > 200]
        if outermost:
            return outermost
    return []


def _best_container(body: Tag, links: dict[int, int]) -> Tag:
    scores: dict[int, list] = {}
    for block in _blocks(body):
        if block.name in ("li", "td", "dd"):
            continue
        text = block.get_text(" ", strip=True) if block.name in BLOCK_TAGS else _direct_text(block)
        if len(text) < _MIN_BLOCK:
            continue
        score = (1 + text.count(",") + min(len(text) / 100, 3)) * (1 - _link_density(block, len(text), links))
        own = block if block.name not in BLOCK_TAGS else None
        for ancestor, share in ((own, 1.0), (block.parent, 1.0 if own is None else 0.5),
                                (block.parent.parent if block.parent else None, 0.5 if own is None else 0.25)):
            if isinstance(ancestor, Tag) and ancestor.name not in BLOCK_TAGS:
                held = scores.setdefault(id(ancestor), [0.0, ancestor])
                held[0] += score * share
    if not scores:
        return body
    ranked = sorted(scores.values(), key=lambda item: item[0], reverse=True)
    best_score, best = ranked[0]
    text_length = len(best.get_text(" ", strip=True))
    if _link_density(best, text_length, links) > 0.5 and len(ranked) > 1:
        best = ranked[1][1]
    return best


def _lines(container: Tag, links: dict[int, int]) -> list[str]:
    lines: list[str] = []
    blocks = _blocks(container)
    holding = set()  # blocks with blocks inside them: the inner blocks are read on their own
    for block in blocks:
        if block.name in BLOCK_TAGS:
            for parent in block.parents:
                if parent is container:
                    break
                if parent.name in BLOCK_TAGS:
                    holding.add(id(parent))
    for block in blocks:
        if block.name in BLOCK_TAGS:
            if id(block) in holding:
                continue
            text = " ".join(block.get_text(" ", strip=True).split())
        else:
            text = _direct_text(block)
        if not text:
            continue
        if _link_density(block, len(text), links) > 0.5 and block.name not in ("pre",):
            continue
        heading = block.name in ("h2", "h3", "h4", "h5")
        if len(text) < (10 if heading else _MIN_BLOCK) and not text.endswith((".", "!", "?", "…")) and \
                block.name != "pre":
            continue
        if text.endswith(":") and len(text) < 40 and not heading:
            continue  # a label ("Telefon:", "Comments:")
        if len(text) < 200 and _CALL_TO_ACTION.search(text):
            continue  # "Sign up for our newsletter", "© 2024 ... All rights reserved"
        if block.name in ("li", "td", "dd") and len(text) < 60:
            continue
        lines.append(text)
    return lines


def _standfirst(best: Tag, links: dict[int, int]) -> list[str]:
    """The lead paragraphs an article keeps in its own ``<header>``, outside the body container."""
    article = best.find_parent("article")
    header = article.find("header") if article is not None else None
    if header is None or best in header.parents or header in best.parents:
        return []
    return [line for line in _lines(header, links) if len(line) >= 60]


def main_text(soup: BeautifulSoup) -> str:
    """The article's main text, one block per line."""
    body = soup.body or soup
    marked = _marked_bodies(body)
    clean(body, marked)
    links = _totals(body, "a")
    hinted = _hinted(marked)
    if hinted:
        lines = [line for tag in hinted for line in _lines(tag, links)]
    else:
        best = _best_container(body, links)
        lines = _standfirst(best, links) + _lines(best, links)
    if sum(len(line) for line in lines) < 200:  # the container was too narrow: read the whole body
        lines = _lines(body, links) or lines
    if not lines:
        lines = [" ".join(chunk.split()) for chunk in body.get_text("\n").split("\n") if len(chunk.strip()) > 40]
    return unicodedata.normalize("NFC", "\n".join(dict.fromkeys(lines)))  # one spelling of each character
