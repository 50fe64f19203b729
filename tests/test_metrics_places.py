"""The extractor's countries and crime subjects, on sentences written for these tests."""
from __future__ import annotations

import pytest

from parsers.metrics import extract_metrics
from tests.extraction import PUB, one


@pytest.mark.parametrize("sentence, geo", [
    ("Singapore police arrested 300 people in 2024.", "SG"),
    ("Malaysian police arrested 300 people in 2024.", "MY"),
    ("The Supreme People's Court said 300 people were convicted in 2024.", "CN"),
    ("The Home Office said police arrested 300 people in 2024.", "GB"),
    ("The National Police Chiefs' Council said 300 people were arrested in 2024.", "GB"),
    ("The EFCC said 300 people were convicted in 2024.", "NG"),
    ("Authorities in Cyprus froze 300 bank accounts in 2024.", "CY"),
    ("Kenyan police arrested 300 people in 2024.", "KE"),
    ("The RCMP said 300 people were charged in 2024.", "CA"),
    ("LOS ANGELES - Prosecutors said 300 people were charged in 2024.", "US"),
    ("Police in Mumbai arrested 300 people in 2024.", "IN"),
    ("Vietnam's Ministry of Public Security said 300 people were detained in 2024.", "VN"),  # not China's
    ("Laotian police told the Ministry of Public Security that 300 people were detained in 2024.", "LA"),
    ("The Ministry of Public Security said 300 people were detained in 2024.", "CN"),  # no other country named
    ("Public security organs nationwide detained 300 people in 2024.", "CN"),  # at a sentence's start
    ("The National Crime Agency said 300 people were arrested in 2024.", "GB"),
    ("The National Anti-Scam Centre said 300 websites were taken down in 2024.", "AU"),  # not Singapore's centre
    ("Manila police lodged charges at the Department of Justice against 12 scam bosses.", "PH"),  # not the US's
    ("Police in Telangana arrested 300 people in 2024.", "IN"),  # states, provinces and cities of the countries
    ("Police in Guangxi arrested 300 people in 2024.", "CN"),
    ("Police in Pampanga arrested 300 people in 2024.", "PH"),
    ("The CCID said 300 people were arrested in 2024.", "MY"),  # agencies: Malaysia's commercial crime department
    ("The Anti-Deception Coordination Centre said 300 people were arrested in 2024.", "HK"),
    ("The Commercial Affairs Department said 300 people were arrested in 2024.", "SG"),
])
def test_geo_from_places_demonyms_and_agencies(sentence: str, geo: str) -> None:
    assert one(sentence).geo == geo


@pytest.mark.parametrize("text, value, geo", [
    ("Thai police raided a compound near the border with Myanmar and detained 212 workers.", 212, "TH"),
    ("BANGKOK: Police said 70 per cent of the 4,000 scam calls came from centres based in Cambodia, Laos or Myanmar.",
     4000, "TH"),
    ("NEW DELHI: The home ministry said Indians lost Rs 75 crore to scams in 2024.", 7.5e8, "IN"),
    ("BANGKOK: Police said 4,000 scam calls came from neighbouring countries, mainly Cambodia.", 4000, "TH"),
])
def test_places_people_or_calls_come_from_do_not_place_a_figure(text: str, value: float, geo: str) -> None:
    assert [r.geo for r in extract_metrics(text, PUB, None, "t") if r.value == value] == [geo]


@pytest.mark.parametrize("text", [
    "An operation against online fraud across 34 countries led to 3,950 arrests in 2024.",
    "Interpol says fraud operation nets arrests\nPolice identified 14,643 other suspects in 2024.",
    # a dateline names where the story was filed, not the country of an Interpol total
    "Interpol nets scam suspects\nLYON, France - An Interpol-led operation against online fraud led to 3,950 "
    "arrests in 2024.",
])
def test_totals_of_many_countries_have_no_country(text: str) -> None:
    assert one(text, geo="FR").geo is None


@pytest.mark.parametrize("text, geo", [
    ("Thai authorities said 7,000 people rescued from scam centres in Myanmar were waiting at the border.", "MM"),
    ("China flew home 600 nationals rescued from scam compounds in Myawaddy.", "MM"),
    ("Indonesia said 554 of its citizens were repatriated from northern Myanmar.", "MM"),
    # no place in the sentence: the lead's
    ("Repatriation of scam workers from Cambodia begins\nAnother 150 are to arrive back in China on Friday.", "KH"),
])
def test_a_rescue_takes_the_country_people_were_taken_from(text: str, geo: str) -> None:  # GUIDE.md
    assert [r.geo for r in extract_metrics(text, PUB, None, "t") if r.measure == "rescued"] == [geo]


@pytest.mark.parametrize("sentence, geo", [
    ("Thai police said 200 people were arrested in raids on scam compounds in Myawaddy.", "MM"),
    ("Chinese police arrested 57 suspects in a raid on a scam centre in Cambodia.", "KH"),
    ("Police arrested 300 workers from Vietnam in a raid in Manila.", "PH"),  # where workers came from: no centre
])
def test_a_raids_figure_takes_the_country_of_the_centre(sentence: str, geo: str) -> None:  # GUIDE.md
    assert one(sentence).geo == geo


def test_a_list_of_countries_victims_were_in_does_not_place_a_figure() -> None:
    record = one("The gang cheated men in Taiwan, Singapore, India and mainland China out of HK$360 million.", geo="HK")
    assert (record.geo, record.unit) == ("HK", "HKD")


def test_geo_and_currency_fall_back_on_the_article_country() -> None:
    record = one("Victims lost $4 million to scams in 2024.", geo="SG")
    assert (record.geo, record.unit) == ("SG", "SGD")
    assert one("Victims lost $4 million to scams in 2024.", geo="US").unit == "USD"


def test_a_subject_in_another_clause_does_not_label_a_figure() -> None:
    records = extract_metrics("Police recorded falls in thefts, down 20 per cent to 1,100 cases; assaults, down 12 per "
                              "cent to 540 cases.", PUB, "HK", "t")
    assert [(r.value, r.subject) for r in records if r.unit == "count"] == [(1100, "other"), (540, "violent_crime")]


def test_a_figure_after_an_aside_is_about_the_whole_not_the_part() -> None:
    records = extract_metrics("Losses from commercial crime, including online scams, reached RM640 million last year.",
                              PUB, "MY", "t")
    assert [(r.value, r.subject) for r in records] == [(640e6, "other")]


@pytest.mark.parametrize("sentence, measure, subject", [
    ("Police arrested 1,200 people for modern slavery offences in 2023.", "arrests", "human_trafficking"),
    ("The anti-graft agency arrested 42 civil servants for bribery in 2024.", "arrests", "corruption"),
    ("Police said 3,200 mule accounts were frozen in 2024.", "accounts", "telecom_fraud"),
    ("Police arrested 40 people for wildlife trafficking in 2024.", "arrests", "other"),
    ("Police arrested 40 people for migrant smuggling in 2024.", "arrests", "human_trafficking"),
    ("Police arrested 40 people in a pig-butchering scheme in 2024.", "arrests", "telecom_fraud"),
    ("Computer misuse offences rose to 900,000 cases in 2024.", "cases", "cybercrime"),
    # GUIDE.md: internet-crime-complaint totals are cybercrime, though the name is an agency's
    ("The bureau's Internet Crime Complaint Center logged 700,000 complaints in 2024.", "cases", "cybercrime"),
    # an overall total, and a crime a total leaves out (GUIDE.md: overall crime totals are other)
    ("Officers logged 2.1 million crimes in total last year, excluding online fraud.", "cases", "other"),
    ("Theft cases, excluding online fraud, rose to 12,300 in 2024.", "cases", "other"),
])
def test_measure_and_subject_of_other_crimes(sentence: str, measure: str, subject: str) -> None:
    record = one(sentence)
    assert (record.measure, record.subject) == (measure, subject)


def test_a_total_of_scams_and_cyber_crimes_is_cybercrime() -> None:  # GUIDE.md: mixed internet-crime totals
    record = one("Americans reported losing $16.6 billion to online scams and cyber crimes in 2024.", geo="US")
    assert (record.unit, record.subject) == ("USD", "cybercrime")


@pytest.mark.parametrize("sentence", [
    "Prosecutors charged 152,000 people in 2024 with helping such crimes by renting out bank cards.",
    "Prosecutors charged 64,000 people in 2024 for giving technical support to fraudsters.",
])
def test_helping_fraudsters_is_cybercrime(sentence: str) -> None:  # GUIDE.md: assisting information-network crime
    assert one(sentence).subject == "cybercrime"


def test_the_countries_people_came_from_do_not_place_their_count() -> None:
    record = one("Of those rescued, 4,800 were Chinese, while the rest came from countries including India "
                 "and Indonesia.", geo="MM")  # two places named, both where people came from
    assert (record.value, record.geo) == (4800, "MM")


def test_an_article_that_names_no_place_is_about_the_country_whose_money_it_counts() -> None:
    text = "Scam losses hit 9 trillion dong\nPeople lost 9.2 trillion dong to online scams last year, and police " \
           "arrested 2,300 suspects, the ministry said."
    records = extract_metrics(text, PUB, None, "t")
    assert {r.geo for r in records} == {"VN"} and [r.unit for r in records] == ["VND", "VND", "count"]


def test_rupees_in_a_pakistani_story_are_pakistans() -> None:
    records = extract_metrics("KARACHI: The agency seized Rs 42 million in cash from a fraud ring on Monday.", PUB,
                              None, "t")
    assert [(r.value, r.unit, r.geo) for r in records] == [(42e6, "PKR", "PK")]


def test_the_name_of_the_report_a_figure_is_quoted_from_does_not_label_it() -> None:
    records = extract_metrics("Victims of love scams lost $38 million in 2024, up from $27 million in 2023, police "
                              "said in a cybercrime brief.", PUB, "SG", "t")
    assert [(r.value, r.subject) for r in records] == [(38e6, "telecom_fraud"), (27e6, "telecom_fraud")]


def test_a_share_of_all_crime_takes_the_parts_subject() -> None:
    record = one("Telecom fraud cases accounted for 40 percent of all criminal cases filed in 2024.")
    assert (record.value, record.subject) == (40, "telecom_fraud")


def test_a_fake_call_centre_is_a_scam() -> None:
    assert one("Police busted a fake call centre and arrested 65 people.").subject == "telecom_fraud"


def test_a_figure_takes_a_place_of_its_own_clause_before_a_nearer_one_of_the_next() -> None:
    records = extract_metrics("In France alone, police held 41 people, while Italy accounted for 77 arrests.", PUB,
                              None, "t")
    assert [(r.value, r.geo) for r in records] == [(41, "FR"), (77, "IT")]


def test_a_headline_of_people_held_is_enforcement_news_for_its_sums() -> None:
    records = extract_metrics("Mumbai: 3 held for duping investors of ₹18 crore\n", PUB, None, "t")
    assert [(r.value, r.unit) for r in records] == [(3, "count"), (18e7, "INR")]


def test_a_bust_is_enforcement_news_for_its_sums() -> None:
    record = one("Thailand Busts Betting Ring Worth 900 Million Baht")
    assert (record.value, record.unit, record.subject) == (900_000_000, "THB", "gambling")


def test_people_charged_or_convicted_take_the_courts_country_named_before_them() -> None:  # GUIDE.md
    assert one("A court in China sentenced 36 members of Myanmar crime families in 2024.").geo == "CN"
    assert one("In 2024, 36 members of Myanmar crime families were sentenced.").geo == "MM"  # no court named


def test_subject_from_the_sentence_then_the_article() -> None:
    text = ("Drug trafficking arrests rose sharply in 2024.\n"
            "Police arrested 2,000 people in the operation in 2024.")
    record = one(text)
    assert record.subject == "drugs"
    assert one("The knife attack injured 17 others in 2024.").subject == "violent_crime"
