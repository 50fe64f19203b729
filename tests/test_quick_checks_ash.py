"""The quick tests before this stop's new patterns (batches 720 on), checked as ``test_quick_checks.py`` checks the
others: whenever the pattern matches a text made of its own words, its quick test passes too."""
from __future__ import annotations

from hypothesis import example, given

from parsers import acts, classify, exclusions
from tests.test_quick_checks import texts

AT_A_TIME_WORDS = ["at", "any", "one", "given", "time", "offenders", "prison-places", "for", "held", "in", "custody",
                   "supervised-and-tagged-offenders-across-england", "each", "every", "night", "detention", "were"]


@given(texts(AT_A_TIME_WORDS))
@example(" offenders at any one time")
@example(" young people were held in youth detention centres each night")
def test_a_population_held_at_a_time_is_found_by_its_quick_check(text: str) -> None:
    after = " " + text
    if exclusions._HELD_AT_A_TIME.match(after):
        assert "night" in after[:110] or "at any " in after[:120]


BREACH_WORDS = ["breached", "violated", "their", "curfews", "bail", "conditions", "orders", "court", "times", "breach",
                "violation", "and"]


@given(texts(BREACH_WORDS))
@example("Offenders breached their curfews")
def test_breaches_counted_in_times_are_found_by_their_quick_check(text: str) -> None:
    before = text + " "
    if acts._BREACHED_BEFORE.search(before):
        assert "breach" in before[-70:] or "violat" in before[-70:]


LOST_WORDS = ["lost", "lose", "loses", "losing", "more than", "over", "about", "nearly", "at least", "some", "up to",
              "farmers", "an estimated", "as many as"]


@given(texts(LOST_WORDS))
@example("Delhi loses over ")
def test_things_lost_to_thieves_are_found_by_their_quick_check(text: str) -> None:
    tail = (text + " ")[-60:]
    if acts._LOST_BEFORE.search(tail[-25:]):
        assert "lo" in tail[-25:]


POUNDS_WORDS = ["cost", "costs", "costing", "worth", "valued at", "losses of", "fined", "farmers", "an estimated",
                "Scottish", "the", "economy", "about"]


@given(texts(POUNDS_WORDS))
@example("Livestock thefts cost Scottish farmers an estimated ")
def test_a_cost_in_pounds_is_found_by_its_quick_check(text: str) -> None:
    before = text + " "
    if classify._POUNDS_COST_BEFORE.search(before[-55:]):
        tail = before[-55:]
        assert any(map(tail.__contains__, classify._POUNDS_COST_WORDS))


LOOTED_WORDS = ["looted", "ransacked", "burgled", "robbed", "torched", "vandalised", "vandalized", "broke into", "about",
                "some", "more than", "an estimated", "looters", "the", "rioters"]


@given(texts(LOOTED_WORDS))
@example("Looters ransacked ")
def test_places_looted_are_found_by_their_quick_check(text: str) -> None:
    tail = (text + " ")[-60:]
    if acts._LOOTED_BEFORE.search(tail[-30:]):
        assert any(map(tail[-30:].__contains__, acts._LOOT_STEMS))
