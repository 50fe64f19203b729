"""The quick tests before this stop's new patterns (batches 649 to 700), checked as ``test_quick_checks.py`` checks the
others: whenever the pattern matches a text made of its own words, its quick test passes too."""
from __future__ import annotations

from hypothesis import example, given

from parsers import baselines, classify, exclusions, figure_subjects, metrics
from tests.test_quick_checks import texts

SEQUENTIAL_WORDS = ["up", "14%", "QoQ", "qoq", "MoM", "q-o-q", "m-o-m", "quarter-on-quarter", "month on month",
                    "from", "the", "previous", "last", "quarter", "month", "than"]


@given(texts(SEQUENTIAL_WORDS))
@example("up 14% QoQ")
def test_a_change_against_the_period_before_is_found_by_its_quick_check(text: str) -> None:
    if baselines._SEQUENTIAL.search(text):
        assert "quarter" in text or "month" in text or "oQ" in text or "oM" in text or "-o-" in text


A_YEAR_WORDS = ["losses", "estimate", "estimated", "put", "at", "costs", "60", "billion", "pesos", "$", "a", "per",
                "each", "every", "year", "earlier", "ago", "lost"]


@given(texts(A_YEAR_WORDS))
@example("estimate their losses at 60 billion pesos a year")
def test_a_yearly_rate_is_found_by_its_quick_check(text: str) -> None:
    if metrics._YEARLY_RATE.search(text):
        assert " year" in text


PUT_DOWN_WORDS = ["birds", "had to be", "were", "have been", "later", "euthanized", "euthanised", "put down",
                  "put to sleep", "put"]


@given(texts(PUT_DOWN_WORDS))
@example(" had to be euthanized")
def test_animals_put_down_are_found_by_their_quick_check(after: str) -> None:
    if classify._PUT_DOWN_AFTER.match(after):
        assert "euthan" in after[:60] or " put " in after[:40]


KILLED_WORDS = ["poachers", "killed", "poached", "slaughtered", "shot", "butchered", "about", "more than", "at least"]


@given(texts(KILLED_WORDS))
@example("Poachers killed ")
def test_wildlife_killed_is_found_by_its_quick_check(before: str) -> None:
    if classify._KILLED_ANIMALS_BEFORE.search(before[-30:]):
        assert any(map(before[-30:].__contains__, classify._KILL_STEMS))


CARCASS_WORDS = ["of", "the", "them", "those", "rhino", "carcasses", "found"]


@given(texts(CARCASS_WORDS))
@example(" of the carcasses found")
def test_carcasses_are_found_by_their_quick_check(rest: str) -> None:
    if classify._OF_CARCASSES.match(rest):
        assert " carcasses" in rest[:25]


PART_WORDS = ["1,200+", "640", "arrests", "people", ",", "of", "them", "whom", "about", "for", "gambling"]


@given(texts(PART_WORDS))
@example("1,200+ arrests, 640 of them")
def test_a_part_told_after_a_total_is_found_by_its_quick_check(text: str) -> None:
    if figure_subjects._PART_TOLD_AFTER.match(text):
        assert " of them" in text or " of whom" in text


STAKE_WORDS = ["won", "prizes", "prize", "winnings", "jackpot", "jackpots", "of", "worth", "up to", "about", "bets",
               "wagers", "stakes", "ransom", "ransoms", "demands", "as much as"]


@given(texts(STAKE_WORDS))
@example("told they had won prizes of up to ")
def test_a_stake_or_a_lures_prize_is_found_by_its_quick_check(before: str) -> None:
    tail = before[-40:].lower()
    if exclusions._STAKE_BEFORE.search(tail):
        assert any(map(tail.__contains__, exclusions._STAKE_WORDS))
