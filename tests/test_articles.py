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


def test_a_story_split_into_slides_is_read_whole() -> None:
    slides = "".join(f'<div class="slide"><div class="entry-content"><p>Slide {n}: police arrested {n * 10} '
                     f'suspects in the {n}th raid of the month, officers said on Monday.</p>'
                     f'<p>The raid took place at dawn and lasted more than three hours, the police said.</p>'
                     f'</div></div>' for n in range(1, 4))
    text = parse_article_html(f"<html><body><main>{slides}</main></body></html>").text
    assert [line[:8] for line in text.splitlines() if line.startswith("Slide")] == ["Slide 1:", "Slide 2:", "Slide 3:"]


def test_a_page_built_by_scripts_falls_back_on_the_json_ld_article_body() -> None:
    story = "Police arrested 300 people in a nationwide sweep against scam call centres. " * 12
    html = (f'<html><head><script type="application/ld+json">{{"@type": "NewsArticle", "articleBody": "{story}"}}'
            f'</script></head><body><div id="app"><p>Police arrested 300 people in a sweep, officers said.</p>'
            f'</div></body></html>')
    assert parse_article_html(html).text == story.strip()


def test_the_article_header_keeps_its_standfirst_and_furniture_inside_stories_goes() -> None:
    html = """<html><body><article><header><h1>Fraud arrests double</h1>
    <p>Arrests for online fraud doubled last year, as police turned to new tools to trace scam money.</p></header>
    <div><p>Police arrested 1,200 people for online fraud in 2024, up from 600 the year before.</p>
    <p>Most of them were money mules recruited on social media, investigators said on Monday.</p>
    <p>The force has set up a unit of 40 officers to follow the money, the chief said.</p>
    <ps-newsletter-module class="NewsletterModule"><p>Get our daily crime newsletter in your inbox every morning.</p>
    </ps-newsletter-module><div class="ArticlePage-authorInfo"><p>Jane Doe writes about crime and courts for the
    paper and has covered the police beat since 2010.</p></div></div></article></body></html>"""
    text = parse_article_html(html).text
    assert text.splitlines()[0].startswith("Arrests for online fraud doubled")
    assert "newsletter" not in text and "Jane Doe" not in text


def test_main_text_is_unicode_normalised_and_keeps_short_code_lines() -> None:
    decomposed = "Cafe\u0301 owners lost money to a fake supplier scam, police in the city said on Friday."
    html = f"<html><body><article><p>{decomposed}</p><pre>pip install x</pre></article></body></html>"
    text = parse_article_html(html).text
    assert "Caf\u00e9 owners" in text and "pip install x" in text


def test_main_text_f1_floor_on_the_shared_news_pages(shared) -> None:
    """The 92 real pages of ../shared/corpus, scored like trafilatura's evaluation: a floor, not a target."""
    import json
    import re
    pages = shared / "corpus" / "html"
    evaldata = json.loads((pages / "evaldata-news.json").read_text(encoding="utf-8"))
    norm = lambda text: re.sub(r"\s+", " ", text).strip()  # noqa: E731
    tp = fp = fn = 0
    for name, item in evaldata.items():
        try:
            text = norm(parse_article_html((pages / "news" / name).read_bytes()).text)
        except ArticleParseError:
            text = None
        found = sum(1 for w in item["with"] if text is not None and norm(w) in text)
        tp, fn = tp + found, fn + len(item["with"]) - found
        fp += sum(1 for w in item["without"] if text is not None and norm(w) in text)
    assert 2 * tp / (2 * tp + fp + fn) >= 0.93


def test_navigation_is_cut_before_parsing_but_a_story_inside_a_footer_is_kept() -> None:
    story = "".join(f"<p>Paragraph {n}: police arrested {n} suspects in the raid, officers said on Friday.</p>"
                    for n in range(1, 5))
    html = (f"<html><body><nav><ul><li><a href='/'>Home</a></li><li>Police arrested nobody in the menu, "
            f"which is long enough to be read as prose if it were kept.</li></ul></nav>"
            f"<footer class='story'>{story}</footer></body></html>")
    text = parse_article_html(html).text
    assert text.count("Paragraph") == 4 and "menu" not in text
