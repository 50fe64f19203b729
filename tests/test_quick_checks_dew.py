"""The quick tests before this stop's new patterns (the known misses of batches up to 814, and batches 815 on),
checked as ``test_quick_checks.py`` checks the others: whenever the pattern matches a text made of its own words, its
quick test passes too."""
from __future__ import annotations

from hypothesis import example, given

from parsers import group_parts, numbers
from tests.test_quick_checks import texts

COMPOUND_WEIGHT_WORDS = ["2", "300", "tons", "ton", "tonnes", "kg", "kgs", "kilos", "kilo", "kilograms", "kilogrammes",
                         "g", "grams", "grammes", "quintals", "quintal", "and", "\t", "\u00a0"]


@given(texts(COMPOUND_WEIGHT_WORDS))
@example("2 tons 300 kilos")
@example("1\u00a0kg\t250 grams")
@example("18 quintals and 46 kilograms")
def test_a_weight_in_two_units_is_found_by_its_quick_check(text: str) -> None:
    lower = text.lower()
    if numbers._COMPOUND_WEIGHT.search(lower):
        assert "ton" in lower or "kg" in lower or "kilo" in lower or "quintal" in lower


DATELINE_WORDS = ["NAIROBI", "Tangier", "TASHKENT", ",", "September", "14", "(UzA)", "—", "–", "-", " ", "Of",
                  "the"]


@given(texts(DATELINE_WORDS))
@example("NAIROBI — Of the 9,800 complaints")
@example("TASHKENT, September 14 (UzA) - Of the")
def test_a_leads_dateline_is_found_by_its_quick_check(text: str) -> None:
    if group_parts._DATELINE.match(text):
        assert any(map(text[:45].__contains__, ("— ", "– ", "- ")))


CASES_LEAD_WORDS = ["Of", "Among", "the", "cases", "complaints", "recorded", "reported", "18,420", "cybercrime", ",",
                    " ", "NAIROBI", "—", "these", "said", "of"]


@given(texts(CASES_LEAD_WORDS))
@example("Of the cases recorded, ")
@example("NAIROBI — Of the 18,420 cybercrime complaints, ")
def test_a_lead_naming_cases_is_found_by_its_quick_check(text: str) -> None:
    lead = group_parts._lead(text)
    if lead and group_parts._CASES_LEAD.match(lead.group(0), 1):
        assert "of the " in text.lower() or "mong the " in text
