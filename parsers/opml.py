"""OPML subscription lists (what feed readers export) read into source specs."""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from parsers.errors import SourceConfigError


@dataclass(frozen=True)
class Subscription:
    title: str
    feed_url: str
    category: str | None  # the outline folder it sat in, if any


def parse_opml(data: bytes) -> tuple[Subscription, ...]:
    """Every ``<outline xmlUrl=...>`` of an OPML document, folders flattened into ``category``."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise SourceConfigError(f"not an OPML document: {exc}") from None
    if root.tag.lower() != "opml":
        raise SourceConfigError(f"not an OPML document: the root element is <{root.tag}>")
    found: list[Subscription] = []
    seen: set[str] = set()
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url or url in seen:
            continue
        seen.add(url)
        parent = outline.getparent()
        category = parent.get("text") or parent.get("title") if parent is not None and parent.tag == "outline" else None
        title = (outline.get("title") or outline.get("text") or url).strip()
        found.append(Subscription(title, url, category))
    return tuple(found)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sources_toml(subscriptions: tuple[Subscription, ...], existing_names: set[str],
                 existing_locations: set[str]) -> tuple[str, int]:
    """``[[source]]`` tables for the subscriptions not already in a sources file, and how many."""
    blocks = []
    names = set(existing_names)
    for sub in subscriptions:
        if sub.feed_url in existing_locations:
            continue
        name, n = sub.title, 2
        while name in names:
            name, n = f"{sub.title} ({n})", n + 1
        names.add(name)
        comment = f"# from OPML folder {sub.category}\n" if sub.category else ""
        blocks.append(f"{comment}[[source]]\nname = {_quote(name)}\nkind = \"feed\"\nlocation = {_quote(sub.feed_url)}\n")
    return "\n".join(blocks), len(blocks)
