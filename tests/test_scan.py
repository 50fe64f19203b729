"""The stem scanner finds exactly what the full pattern finds, only faster."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.scan import StemScanner, leading_literal, lowered, top_level_alternatives, trie_pattern

WORDS = ["china", "chinese", "chin", "cambodia", "scam", "scams", "scammer", "fraud", "fraudster"]


def test_trie_pattern_matches_exactly_its_words() -> None:
    trie = re.compile(f"(?:{trie_pattern(WORDS)})$")
    assert all(trie.match(w) for w in WORDS)
    assert not any(trie.match(w) for w in ["chi", "cambodian", "sca", "frauds"])


@pytest.mark.parametrize("pattern, stem", [
    ("telecom(?:munications?)?s?[- ]fraud", "telecom"), ("scams?", "scam"), ("cyber ?crimes?", "cyber"),
    ("(?<!drug )trafficking", "trafficking"), ("U\\.S\\.", "U.S."), ("labou?r", "labo"), ("swindl\\w*", "swindl"),
])
def test_leading_literal(pattern: str, stem: str) -> None:
    assert leading_literal(pattern) == stem


def test_top_level_alternatives_keep_groups_whole() -> None:
    assert top_level_alternatives("a(?:b|c)|d[|]e|f") == ["a(?:b|c)", "d[|]e", "f"]


TERMS = ["scams?", "telecom(?:s)? fraud", "fraud(?:sters?)?", "china", "chinese nationals", "cyber ?crime"]
FULL = re.compile("|".join(rf"\b(?:{t})\b" for t in TERMS))
SCANNER = StemScanner.for_terms(FULL, TERMS, guard=r"\b")


@given(st.lists(st.sampled_from(["scam", "scams", "telecom fraud", "telecoms fraud", "fraudster", "china",
                                 "chinese nationals", "chinese", "cybercrime", "cyber crime", "the", "x", ",",
                                 "chin", "fraudulent", "tele"]), max_size=30))
def test_scanner_finds_what_the_full_pattern_finds(words: list[str]) -> None:
    text = " ".join(words)
    assert [m.span() for m in SCANNER.finditer(text)] == [m.span() for m in FULL.finditer(text)]


PLACES = ["China", "Chinese", "Hong Kong", "US", "USA", "Myanmar", "mainland"]
PLACE_FULL = re.compile(r"(?<![\w.])(?:" + "|".join(PLACES) + r")(?!\w)")
PLACE_SCANNER = StemScanner(PLACE_FULL, PLACES, rare_starts=True)


@given(st.lists(st.sampled_from(["China", "Chinese", "Hong Kong", "Hong", "US", "USA", "USB", "a.US", "focus",
                                 "Myanmar", "mainland", "the", "x", ",", "Indochina", "HongKong", ".", "(US)"]),
                max_size=30))
def test_rare_start_scanner_checks_the_guard_at_each_hit(words: list[str]) -> None:
    text = " ".join(words)
    assert [m.span() for m in PLACE_SCANNER.finditer(text)] == [m.span() for m in PLACE_FULL.finditer(text)]


CASELESS_FULL = re.compile(r"(?<![\w.])(?:one|two|ten|rs\.?|\d+)(?!\w)", re.IGNORECASE)
CASELESS = StemScanner(CASELESS_FULL, ["one", "two", "ten", "Rs"], extra=r"\d", flags=re.IGNORECASE)


@given(st.lists(st.sampled_from(["One", "one", "TWO", "Ten", "often", "tent", "Rs", "RS.", "12", "a12", "x.5", "İ",
                                 "the"]), max_size=30))
def test_caseless_scanner_reads_lower_cased_text_and_guards_digits_too(words: list[str]) -> None:
    text = " ".join(words)
    assert [m.span() for m in CASELESS.finditer(text)] == [m.span() for m in CASELESS_FULL.finditer(text)]


def test_lowered_keeps_every_character_in_its_place() -> None:
    text = "İstanbul police: 40 CASES"  # "İ" grows to two characters when lower-cased
    lower = lowered(text)
    assert len(lower) == len(text) and lower.index("40") == text.index("40") and "cases" in lower


OVERLAPPING = ["a year (?:earlier|ago)", "year[- ]on[- ]year", "the year before", "years? ago"]
OVERLAPPING_FULL = re.compile("|".join(rf"\b(?:{t})\b" for t in OVERLAPPING))
OVERLAPPING_SCANNER = StemScanner(OVERLAPPING_FULL, ["a year", "year", "the year"], guard=r"\b")


@given(st.lists(st.sampled_from(["a", "year", "years", "year-on-year", "earlier", "ago", "the", "before", "on",
                                 "a year-on-year", "the year", "the years ago"]), max_size=20))
def test_a_stem_inside_a_longer_stem_that_led_nowhere_is_still_tried(words: list[str]) -> None:
    text = " ".join(words)  # "a year-on-year": the stem "a year" matches no term, "year" starts "year-on-year"
    assert [m.span() for m in OVERLAPPING_SCANNER.finditer(text)] == [m.span() for m in OVERLAPPING_FULL.finditer(text)]


@pytest.mark.parametrize("fragment", [r"to (?:the )?judicial authorities", r"in \w+ custody", r"as (?:\w+ )?suspects"])
def test_a_vocabulary_fragment_may_not_open_with_a_function_word_alone(fragment: str) -> None:
    """Its full pattern would be tried at every "to", "in" or "as" of a text: the words must be written out."""
    with pytest.raises(ValueError, match="write its words out"):
        StemScanner.for_terms(re.compile(fragment), [fragment])
