"""The quick tests before this stop's new patterns (batches 607 to 642), checked as ``test_quick_checks.py`` checks the
others: whenever the pattern matches a text made of its own words, its quick test passes too."""
from __future__ import annotations

from hypothesis import example, given

from parsers import bare_counts, baselines, figure_subjects, fiscal_years, people_reading, percent_reading
from tests.test_quick_checks import texts

LEVEL_WORDS = ["rose", "by", "38%", "in", "2025", "last year", "this year", "to", "about", "11,846", "cases", ",", " "]


@given(texts(LEVEL_WORDS))
@example(" in 2025 to 11,846 cases")
def test_the_level_a_change_reached_is_found_by_its_quick_check(after: str) -> None:
    if percent_reading._TO_COUNTED_LEVEL.match(after):
        assert " to " in after[:30]


OVER_YEARS_WORDS = ["rose", "9.3%", "over", "the", "two", "five", "years", "to", "September", "by"]


@given(texts(OVER_YEARS_WORDS))
@example("9.3% over the two years to September")
def test_a_change_over_years_is_found_by_its_quick_check(text: str) -> None:
    if baselines._OVER_YEARS.match(text):
        assert " years to " in text


EMPLOYS_WORDS = ["It", "employs", "about", "some", "over", "people", "the", "bank"]


@given(texts(EMPLOYS_WORDS))
@example("It employs about ")
def test_a_firms_staff_is_found_by_its_quick_check(before: str) -> None:
    staff = people_reading._STAFF_BEFORE.search(before[-60:])
    if staff and staff.group("employs"):
        assert "employs " in before[-30:]


RATE_WORDS = ["recorded", "119", "murders", ",", "a", "rate", "of", "14.6", "per", "100,000", "people", "down", "up",
              "from", "lakh"]


@given(texts(RATE_WORDS))
@example("recorded 119 murders, a rate of 14.6 per 100,000 people, down from ")
def test_a_rate_then_a_change_is_found_by_its_quick_check(before: str) -> None:
    if bare_counts._RATE_THEN_FROM.search(before[-80:]) and before.endswith(" from "):
        assert bare_counts.PER_HEAD_GATE in before[-80:]


FISCAL_WORDS = ["in", "the", "last", "Last", "fiscal", "financial", "Fiscal", "year", "during", "over"]


@given(texts(FISCAL_WORDS))
@example("in the Last Fiscal Year")
def test_the_last_fiscal_year_is_found_by_its_quick_check(text: str) -> None:
    if fiscal_years._LAST_FISCAL.search(text):
        assert "last f" in text.lower()


SUCH_WORDS = ["389k", "9,000", "such", "crimes", "offences", "cases", "million", "k", "registered"]


@given(texts(SUCH_WORDS))
def test_such_crimes_are_found_by_their_quick_check(text: str) -> None:
    if figure_subjects._SUCH_CRIMES_AT.search(text):
        assert "such " in text


FINANCE_WORDS = ["a", "return", "on", "tangible", "equity", "assets", "profit", "margin", "margins", "net", "interest",
                 "cost-to-income", "ratio", "market", "share", "dividend", "yield", "of", "about"]


@given(texts(FINANCE_WORDS))
@example("a return on tangible equity of about ")
def test_a_firms_finances_are_found_by_their_quick_check(text: str) -> None:
    lower = text.lower()
    if percent_reading._FINANCE_BEFORE.search(lower[-60:]):
        assert any(map(lower[-60:].__contains__, percent_reading._FINANCE_WORDS))


HOLDS_WORDS = ["which", "holds", "housed", "houses", "can hold", "built to hold", "about", "some", "the", "prison"]


@given(texts(HOLDS_WORDS))
@example("the prison, which houses about ")
def test_a_prisons_population_is_found_by_its_quick_check(before: str) -> None:
    if people_reading._HOLDS_BEFORE.search(before[-30:]):
        assert any(map(before[-30:].__contains__, people_reading._HOLDS_STEMS))


CAUGHT_WORDS = ["customs", "detected", "caught", "stopped", "intercepted", "about", "some", "officers", "the"]


@given(texts(CAUGHT_WORDS))
@example("customs officers stopped about ")
def test_people_caught_are_found_by_their_quick_check(before: str) -> None:
    if people_reading._CAUGHT_BEFORE.search(before[-30:]):
        assert any(map(before[-30:].__contains__, people_reading._CAUGHT_STEMS))
