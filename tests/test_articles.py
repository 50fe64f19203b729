"""Article parsing on pages written for these tests; main-text quality is benchmarked separately."""
from __future__ import annotations

import datetime as dt

import pytest

from parsers.articles import parse_article_html, parse_text_article
from parsers.errors import ArticleParseError

PAGE = """<html><head><title>Site | Raid nets 40 suspects</title>
<meta property="og:title" content="Raid nets 40 suspects">
<meta property="article:published_time" content="2025-05-02T09:00:00+08:00">
<link rel="canonical" href="https://news.example/raid-40"></head>
<body><header><nav><a href="/">Home</a> <a href="/crime">Crime</a></nav></header>
<div class="content"><article><h1>Raid nets 40 suspects</h1>
<p>Police arrested 40 suspects in a raid on a scam centre on Thursday.</p>
<p>Officers seized 120 phones and 30 laptops at the site.</p>
<div class="related-stories"><p>Read more: 10 tips to spot a scam</p></div>
<div class="share-buttons"><p>Share on social media</p></div></article></div>
<aside class="sidebar"><p>Most popular: celebrity wedding photos</p></aside>
<footer><p>Copyright 2025 News Example</p></footer></body></html>"""


def test_main_text_title_date_and_canonical_url() -> None:
    article = parse_article_html(PAGE.encode())
    assert article.title == "Raid nets 40 suspects"
    assert article.published == dt.date(2025, 5, 2)
    assert article.canonical_url == "https://news.example/raid-40"
    assert article.text.splitlines() == ["Police arrested 40 suspects in a raid on a scam centre on Thursday.",
                                         "Officers seized 120 phones and 30 laptops at the site."]


@pytest.mark.parametrize("markup, expected", [
    ('<script type="application/ld+json">{"datePublished": "2024-12-01T10:00:00Z"}</script>', dt.date(2024, 12, 1)),
    ('<time datetime="2023-07-09">9 July</time>', dt.date(2023, 7, 9)),
    ('<meta name="pubdate" content="2022-01-31">', dt.date(2022, 1, 31)),
    ("", None),
])
def test_published_date_sources(markup: str, expected: dt.date | None) -> None:
    html = f"<html><head>{markup}</head><body><p>Police arrested 5 people.</p>{markup}</body></html>"
    assert parse_article_html(html).published == expected


def test_content_hash_ignores_markup_but_not_text() -> None:
    a = parse_article_html("<html><body><div class='x'><p>Police arrested 5 people.</p></div></body></html>")
    b = parse_article_html("<html><body><section><p>Police arrested 5 people.</p></section></body></html>")
    c = parse_article_html("<html><body><p>Police arrested 6 people.</p></body></html>")
    assert a.content_hash == b.content_hash != c.content_hash


@pytest.mark.parametrize("html", [b"", b"   ", b"<html><body><script>var x=1;</script></body></html>"])
def test_empty_pages_raise(html: bytes) -> None:
    with pytest.raises(ArticleParseError):
        parse_article_html(html)


def test_text_articles() -> None:
    article = parse_text_article("Headline here\nPolice arrested 5 people.\n", dt.date(2025, 1, 2))
    assert (article.title, article.published) == ("Headline here", dt.date(2025, 1, 2))
    with pytest.raises(ArticleParseError):
        parse_text_article("  \n ")
