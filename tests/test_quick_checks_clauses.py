"""The quick substring tests that stand before costly patterns, checked as ``test_quick_checks.py`` checks the others:
whenever the pattern matches a text made of its own words, the quick test must pass too (or the rule would never
run where it should).  These guard the rules of the clause and sentence readers."""
from __future__ import annotations

from hypothesis import example, given

from parsers import (bare_counts, figure_subjects, group_parts, people_reading, places, reporting_period, seized_things,
                     topics)
from tests.test_quick_checks import texts


STILL_NOW_TEXTS = ["are", "remain", "still", "now", "awaiting", "being held", "in custody", "at large", "on the run",
                   "are still awaiting", "remain in custody", "remained", "care", "were", "were still", "at the end"]


@given(texts(STILL_NOW_TEXTS))
def test_a_state_that_holds_now_is_found_by_its_quick_check(text: str) -> None:
    from parsers import metrics
    if metrics._STILL_NOW.search(text):
        assert any(map(text.__contains__, metrics.STILL_NOW_WORDS))


COURT_WORDS = ["have been", "were", "sent", "brought", "taken", "handed over", "to", "before", "a", "the", "military",
               "courts", "court", "courtyard"]


@given(texts(COURT_WORDS))
def test_parts_sent_to_court_are_found_by_their_quick_check(text: str) -> None:
    after = " " + text
    if group_parts._TO_COURT.match(after):
        assert "court" in after[:60]


COMMONEST_WORDS = ["with", "fraud", "scams", "the", "most", "common", "commonest", "frequent", "largest", "leading",
                   "biggest", "complaint", "category", "type", "being", "as", "crime", "crimes", "in", "up", "down",
                   "fell", "is", "was"]


@given(texts(COMMONEST_WORDS))
def test_the_commonest_part_of_a_total_is_found_by_its_quick_check(text: str) -> None:
    if topics._COMMONEST_PART.search(text):
        assert topics.may_name_commonest_part(text)


SUM_PART_WORDS = ["of which", "of", "which", "only", "about", "more than", "over", "just", "recovered"]


@given(texts(SUM_PART_WORDS))
def test_a_part_of_a_sum_is_found_by_its_quick_check(text: str) -> None:
    before = text + " "
    if bare_counts._PART_OF_SUM_BEFORE.search(before[-30:]):
        assert "of which" in before[-30:]


SMUGGLING_WORDS = ["who", "were", "trying", "attempting", "tried", "attempted", "to", "smuggle", "traffic", "sneak",
                   "cross"]


@given(texts(SMUGGLING_WORDS))
def test_people_caught_smuggling_are_found_by_their_quick_check(text: str) -> None:
    rest = " " + text
    if people_reading._CAUGHT_SMUGGLING.match(rest):
        assert " to " in rest[:30]


RECORD_WORDS = ["exceeding", "surpassing", "beating", "topping", "breaking", "the", "previous", "record", "of", "1.7",
                "tonnes", "seized", "in"]


@given(texts(RECORD_WORDS))
def test_a_record_beaten_is_found_by_its_quick_check(text: str) -> None:
    if reporting_period._RECORD_BEATEN_BEFORE.search(text):
        assert "ing the" in text


BURN_WORDS = ["cars", "vehicles", "buses", "have", "been", "were", "set on fire", "set alight", "set ablaze", "burned",
              "burnt", "torched", "burning", "settled"]


@given(texts(BURN_WORDS))
@example("cars\nset on fire")
def test_vehicles_burned_are_found_by_their_quick_check(text: str) -> None:
    from parsers import acts
    rest = " " + text
    if acts._VEHICLES_BURNED_AFTER.match(rest):
        assert any(map(rest[:50].__contains__, acts._BURN_STEMS))


BOOKED_WORDS = ["booked", "about", "some", "more than", "nearly", "over", "rebooked", "the"]


@given(texts(BOOKED_WORDS))
def test_people_booked_into_custody_are_found_by_their_quick_check(text: str) -> None:
    before = text + " "
    if people_reading._BOOKED_BEFORE.search(before[-30:]):
        assert "booked" in before[-30:]


GAPPED_WORDS = ["made up", "accounted for", "represented", "12%", "of the", "reports", ",", "and", "while", "those",
                "website defacements", "rose", "fell", "up", "4%"]


@given(texts(GAPPED_WORDS))
def test_a_gapped_part_is_found_by_its_quick_check(text: str) -> None:
    from parsers import percent_reading
    lower = text.lower()
    if percent_reading._GAPPED_PART.search(lower, max(0, len(lower) - 150)):
        assert " those " in lower[-70:] or (" and " in lower[-60:] or " while " in lower[-60:]) and \
            " of " in lower[-150:]


TAKEN_WORDS = ["taking", "took", "stole", "swindled", "extorted", "collected", "defrauding", "from", "about", "more than",
               "41 million dinars", "people", "the", "in bets"]


@given(texts(TAKEN_WORDS))
def test_people_money_was_taken_from_are_found_by_their_quick_check(text: str) -> None:
    before = text + " "
    if people_reading._TAKEN_FROM_BEFORE.search(before[-90:]):
        assert "from" in before[-20:]


SMUGGLER_WORDS = ["83", "1,204", "suspected", "alleged", "smugglers", "smuggler", "smuggling", " "]


@given(texts(SMUGGLER_WORDS))
def test_smugglers_counted_are_found_by_their_quick_check(text: str) -> None:
    if figure_subjects._SMUGGLERS_AT.match(text):
        assert "smuggler" in text


CAPACITY_WORDS = ["capable of", "making", "producing", "carrying", "able to", "make", "capacity of", "designed to",
                  "built to", "hold", "about", "up to", "a lab"]


@given(texts(CAPACITY_WORDS))
def test_capacities_are_found_by_their_quick_check(text: str) -> None:
    from parsers import classify
    before = text + " "
    if classify._CAPACITY_BEFORE.search(before[-30:]):
        assert any(map(before[-30:].__contains__, classify._CAPACITY_STEMS))


VICTIM_WORDS = ["women", "men", "and", "children", "as", "likely", "possible", "suspected", "victims", "of", "trafficking",
                "who", "had", "been", "were", "was", "promised", "well-paid", "jobs", "work", "employment", "abroad"]


@given(texts(VICTIM_WORDS))
def test_people_named_as_victims_are_found_by_their_quick_check(text: str) -> None:
    rest = " " + text
    if people_reading._AS_VICTIMS_AFTER.match(rest):
        assert " as " in rest[:45]
    if people_reading.LURED_AFTER.match(rest):
        assert "promised" in rest[:50]


BURNED_WORDS = ["police", "Police", "officers", "customs", "also", "have", "had", "publicly", "burned", "Burned", "burnt",
                "incinerated", "Incinerated", "burning", "the", "drugs", "40", "kilograms", "destroyed", "Destroyed"]


@given(texts(BURNED_WORDS))
def test_things_the_authorities_burned_are_found_by_their_quick_check(text: str) -> None:
    lower = text.lower()  # (as seized_in reads them: its patterns are caseless)
    if seized_things._BURNED_BY_AUTHORITIES.search(text):
        assert "burn" in lower or "incinerat" in lower
    if seized_things._DESTROYED_BY_AUTHORITIES.search(text):
        assert "destroy" in lower


BLOCKED_WORDS = ["mobile", "handsets", "used", "by", "fraudsters", "in", "2025", "blocked", "were", "later",
                 "the", "cell", "and", "SIM", "cards", "online-fraud"]


@given(texts(BLOCKED_WORDS))
def test_devices_had_blocked_are_found_by_their_quick_check(text: str) -> None:
    from parsers import classify
    after = " " + text
    if classify._BLOCKED_AFTER.match(after):
        assert "blocked" in after[:90]


WINDOW_AGAIN_WORDS = ["in", "over", "during", "for", "within", "across", "the", "that", "this", "period", "first", "nine",
                      "12", "months", "month", "periods", "seized"]


@given(texts(WINDOW_AGAIN_WORDS))
@example("seized over the nine months")
def test_a_window_named_again_is_found_by_its_quick_check(text: str) -> None:
    from parsers import metrics
    if metrics._WINDOW_AGAIN.search(text):
        assert " months" in text or "period" in text


EARLIER_END_WORDS = ["fell", "to", "up", "from", "about", "86", "1.3", "kilograms", "tonnes", "in", "during", "the",
                     "$", "€", "2024"]


@given(texts(EARLIER_END_WORDS))
@example("fell to 86 kilograms from 1.3 tonnes in ")
def test_the_year_of_an_earlier_level_is_found_by_its_quick_check(text: str) -> None:
    from parsers import figure_periods
    if figure_periods._EARLIER_END_BEFORE.search(text):
        assert text.endswith(figure_periods._PERIOD_LEADS)


STOPPED_WORDS = ["police", "stopped", "Stopped", "about", "some", "more than", "18,400", "stopping", "vehicles"]


@given(texts(STOPPED_WORDS))
@example("police stopped about ")
def test_vehicles_stopped_are_found_by_their_quick_check(tail: str) -> None:
    from parsers import acts
    if acts._STOPPED_BEFORE.search(tail[-25:]):
        assert "stopped" in tail[-25:]


FORCES_IN_WORDS = ["Police", "police", "Authorities", "Officers", "Customs", "Troops", "Prosecutors", "Investigators",
                   "in", "the", "Spain", "Portugal", "and", "United States", "Forces", "from"]


@given(texts(FORCES_IN_WORDS))
@example("Investigators in Spain and Portugal")
def test_forces_placed_in_two_countries_are_found_by_their_quick_check(text: str) -> None:
    if places._FORCES_IN_PAIR.search(text):
        assert " and " in text and any(map(text.__contains__, places._FORCES_WORDS))


YEARS_IN_TURN_WORDS = ["in", "for", "2024", "2025", "1999", "and", "respectively", ",", "the"]


@given(texts(YEARS_IN_TURN_WORDS))
@example("seized 4.1 and 5.3 tonnes in 2024 and 2025 respectively")
def test_two_years_in_turn_are_found_by_their_quick_check(text: str) -> None:
    from parsers import clause_periods
    if clause_periods._YEARS_IN_TURN.search(text):
        assert " and 20" in text or " and 19" in text


INDICATOR_WORDS = ["as", "the", "economy", "gdp", "inflation", "unemployment", "exports", "consumer prices", "interest",
                   "rate", "rates", "grew", "rose", "averaged", "by", "about", "stood at", "was", "fraud"]


@given(texts(INDICATOR_WORDS))
@example("as the economy grew ")
def test_an_economic_indicator_is_found_by_its_quick_check(text: str) -> None:
    from parsers import percent_reading
    lower = text.lower()
    if percent_reading._INDICATOR_BEFORE.search(lower[-45:]):
        assert any(map(lower[-45:].__contains__, percent_reading._INDICATOR_WORDS))


BRAND_WORDS = ["seized", "1,250", "iPhone", "PlayStation", "Iphone", "phone", "Police", "units", "16", "the"]


@given(texts(BRAND_WORDS))
@example("seized 1,250 iPhone ")
@example("iPhone \n")  # ("$" passed a line break; the quick check does not)
def test_a_brand_before_a_model_number_is_found_by_its_quick_check(before: str) -> None:
    from parsers import exclusions
    if exclusions._BRAND_BEFORE.search(before[-20:]):
        last = before[-20:-1].rsplit(" ", 1)[-1]
        assert before.endswith(" ") and last[1:] != last[1:].lower()
