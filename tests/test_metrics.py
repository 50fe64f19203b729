"""The metric extractor on sentences written for these tests, and on the bundled seed article."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.metrics import GUIDE_FIELDS, extract_metrics
from tests.conftest import SEED_ARTICLE

PUB = dt.date(2025, 3, 20)


def one(text: str, published: dt.date | None = PUB, geo: str | None = None):
    records = extract_metrics(text, published, geo, "t")
    assert len(records) == 1, [(r.value, r.measure) for r in records]
    return records[0]


@pytest.mark.parametrize("sentence, value, unit, measure", [
    ("Police arrested 1,200 people in raids across the province in 2024.", 1200, "count", "arrests"),
    ("Prosecutors charged 39 suspects with running the call centre.", 39, "count", "prosecutions"),
    ("The gang cheated 5,400 victims out of their savings.", 5400, "count", "victims"),
    ("Some 600 workers were rescued from compounds near the border in May.", 600, "count", "rescued"),
    ("About 250 scam-centre workers are expected to return home next week.", 250, "count", "rescued"),
    ("Police detained 37 gang-linked suspects in the sweep.", 37, "count", "arrests"),  # a compound's first part
    ("Officers netted 56 illegal gamblers in the raid.", 56, "count", "arrests"),
    ("Police took 19 people into custody after the brawl.", 19, "count", "arrests"),
    ("Police have chargesheeted 41 accused in the cyber fraud case.", 41, "count", "prosecutions"),
    ("A court handed prison terms to 33 members of the gang.", 33, "count", "convictions"),
    ("Some 2,500 scam calls were intercepted by the police hotline.", 2500, "count", "other"),  # GUIDE.md
    ("Police froze 3,200 bank cards linked to fraud rings.", 3200, "count", "accounts"),
    ("Authorities blocked 13,000 malicious websites used by fraudsters.", 13000, "count", "other"),
    ("The scheme defrauded 5,000 investors across the country.", 5000, "count", "victims"),
    ("Officers froze 3,100 bank accounts linked to the syndicate.", 3100, "count", "accounts"),
    ("The attacker killed eight people at a market in June.", 8, "count", "deaths"),
    ("A court sentenced 12 defendants to prison for the scheme.", 12, "count", "convictions"),
    ("Authorities deported 250 foreigners after the raid in April.", 250, "count", "deported"),
    ("Police said 97 Vietnamese were awaiting deportation after the scam raid.", 97, "count", "deported"),
    ("China said it had flown home 600 of its citizens from the scam hubs.", 600, "count", "rescued"),
    ("The embassy said 40 of its nationals were rescued from the scam compound.", 40, "count", "rescued"),
    ("Police seized 40 SIM cards from the scam den.", 40, "count", "seizures"),  # GUIDE.md: seized cards
    ("The anti-scam centre intercepted 4,100 fraudulent transfers.", 4100, "count", "other"),  # like calls
    ("Customs seized 1,200 counterfeit handbags at the port.", 1200, "count", "seizures"),
    ("Some 1,419 defendants were acquitted by the courts.", 1419, "count", "other"),  # an enforcement figure
    ("Thai authorities sent back 7,000 scam workers to their home countries.", 7000, "count", "deported"),
    ("Police said ten fraud suspects were remanded in custody.", 10, "count", "arrests"),
    ("Police said 800 more scam centre workers would be repatriated.", 800, "count", "rescued"),  # workers, not centres
    ("Police said 7,000 scam workers await repatriation.", 7000, "count", "rescued"),
    ("Border guards said they had sent 260 scam workers back to Thailand.", 260, "count", "deported"),
    ("China flew 600 scam centre workers home from Mae Sot.", 600, "count", "rescued"),
    ("Twelve of the fraud defendants have pleaded guilty.", 12, "count", "convictions"),
    ("Officers found 12 forged flight tickets on the suspects.", 12, "count", "seizures"),  # not flights
    ("Investigators filed an extortion complaint with the national prosecutor's office against 12 foreigners.", 12,
     "count",
     "prosecutions"),  # the verb stands far before the figure
    ("The narcotics bureau arrested 2,826 drug abusers in 2024.", 2826, "count", "arrests"),
    ("Police arrested 12,000 mule account holders in 2024.", 12000, "count", "arrests"),  # holders, not accounts
    ("The gang swindled 1,200 people out of their savings.", 1200, "count", "victims"),
    ("Police blocked 40 SIM cards used by the scammers.", 40, "count", "accounts"),  # blocked cards
    ("Investigators handled 15,000 fraud cases in 2023.", 15000, "count", "cases"),
    ("Victims lost S$120 million to scams in 2024, police said.", 120e6, "SGD", "money"),
    ("Victims in India lost Rs 5.29 crore to the racket last year.", 52.9e6, "INR", "money"),
    ("Police dismantled 14 syndicates in the operation in March.", 14, "count", "groups"),
    ("Customs officers seized 1.2 tonnes of methamphetamine in 2024.", 1.2, "tonne", "seizures"),
    # "complaints" before "from people" counts complaints, not the people they came from
    ("The fraud hotline received 10,068 complaints from people over 60 in 2024.", 10068, "count", "cases"),
])
def test_measure_unit_and_value(sentence: str, value: float, unit: str, measure: str) -> None:
    record = one(sentence)
    assert (record.value, record.unit, record.measure) == (pytest.approx(value), unit, measure)
    assert record.evidence == sentence


@pytest.mark.parametrize("sentence, value", [
    ("Fraud cases fell 11.4 per cent in 2024 compared with the year before.", -11.4),
    ("Scam reports rose 8% in 2024 from 2023.", 8),
    ("These fraud reports had gone down by 4.7 percent in 2024 from a year earlier.", -4.7),
])
def test_percent_changes_are_signed(sentence: str, value: float) -> None:
    record = one(sentence)
    assert record.unit == "percent" and record.value == pytest.approx(value)
    assert record.period == "2024" and record.baseline_period == "2023"


def test_a_change_of_fraud_losses_is_a_change_of_money() -> None:
    records = extract_metrics("Fraud losses reached HK$9.1 billion, up 90% from HK$4.8 billion.", PUB, "HK", "t")
    assert [(r.value, r.unit, r.measure) for r in records] == [
        (9.1e9, "HKD", "money"), (90, "percent", "money"), (4.8e9, "HKD", "money")]


def test_a_year_on_year_change_written_after_a_year_is_measured_against_the_same_months() -> None:
    sentence = "Prosecutors charged 41,500 fraud suspects in the first 11 months of 2024, a year-on-year increase of 27.3%."
    change = [r for r in extract_metrics(sentence, PUB, None, "t") if r.unit == "percent"]
    assert [(r.value, r.period, r.baseline_period) for r in change] == [(27.3, "2024-01/2024-11", "2023-01/2023-11")]


@pytest.mark.parametrize("sentence", [
    "Victims lost S$456 million to scams in 2024, down 13.3 per cent from the year before.",
    # "more than" is a qualifier, not a rise: "victims had lost more" does not make the change one of victims
    "Police said victims had lost more than 2.1 billion baht to the gangs in 2024, up 35 per cent on 2023.",
    "The hotline logged 10,068 fraud complaints in 2024, with losses of $3.4 billion, an 11% increase over 2023.",
])
def test_a_bare_change_after_a_sum_is_a_change_of_the_sum(sentence: str) -> None:
    change = [r for r in extract_metrics(sentence, PUB, None, "t") if r.unit == "percent"]
    assert [(r.measure, r.period, r.baseline_period) for r in change] == [("money", "2024", "2023")]


@pytest.mark.parametrize("sentence, qualifier", [
    ("Police arrested more than 300 people in 2024.", "at_least"),
    ("Police arrested about 300 people in 2024.", "approx"),
    ("Police arrested up to 300 people in 2024.", "at_most"),
    ("A man was jailed for 12 years in 2024 over a $4m investment fraud.", "exact"),  # over: because of
    ("A man was jailed for 12 years in 2024 over $4m investment fraud.", "exact"),
    ("Police seized over $4 million in cash from the fraud ring.", "at_least"),
    ("Police arrested over 300 fraud suspects in 2024.", "at_least"),
    ("Myanmar handed over 1,041 scam suspects to China in 2024.", "exact"),  # a phrasal verb, not "more than"
    ("Police arrested 300 people in 2024.", "exact"),
    ("Police arrested nearly 300 people in 2024.", "approx"),
    # the longest phrase decides: "no more than" is a ceiling, "just under/over" an estimate
    ("Police arrested no more than 300 people in 2024.", "at_most"),
    ("Police arrested just under 300 people in 2024.", "approx"),
    ("Police arrested just over 300 people in 2024.", "approx"),
    ("Police arrested no fewer than 300 people in 2024.", "at_least"),
    ("Police arrested 300-odd people in 2024.", "approx"),
    ("Victims lost as much as $3 million to the fraud ring in 2024.", "at_most"),
])
def test_qualifiers(sentence: str, qualifier: str) -> None:
    assert one(sentence).qualifier == qualifier


@pytest.mark.parametrize("sentence, period", [
    ("Police arrested 300 people last year.", "2024"),
    ("Police arrested 300 people from January to November 2023.", "2023-01/2023-11"),
    ("Police arrested 300 people in November 2024.", "2024-11"),
    ("Police arrested 300 people between 2021 and 2024.", "2021/2024"),
    ("Police arrested 300 people in the past five years.", "2020/2024"),
    ("Police arrested 300 people over the past decade.", "2015/2024"),
    ("Police arrested 300 people in the third quarter of 2024.", "2024-07/2024-09"),
    ("Police arrested 300 people in Q2 2024.", "2024-04/2024-06"),
    ("Police arrested 300 people in the first quarter.", "2025-01/2025-03"),  # published on 20 March 2025
    ("Police arrested 300 people in the fourth quarter.", "2024-10/2024-12"),
    ("Police arrested 300 people in the 12 months to June.", "2023-07/2024-06"),
    ("Police arrested 300 people in the 12 months ending September 2024.", "2023-10/2024-09"),
    ("Police arrested 300 people in the January-February period.", "2025-01/2025-02"),
    ("Police arrested 300 people in the first six months of the year.", "2025-01/2025-06"),
    ("Police arrested 300 people in the first 10 months of last year.", "2024-01/2024-10"),
    ("Police arrested 300 people in the first half of 2024.", "2024-01/2024-06"),
    ("Police arrested 300 people in the second half of last year.", "2024-07/2024-12"),
    ("Police arrested 300 people in the second half of the year.", "2024-07/2024-12"),  # the latest begun
    ("Police arrested 300 people in H2 2023.", "2023-07/2023-12"),
    ("Police arrested 300 people aged over 60 last year.", "2024"),  # "over 60" marks no baseline
    ("Police arrested 300 people since January.", "2025-01/2025-03"),
    ("Police arrested 300 people since October.", "2024-10/2025-03"),
    ("Police arrested 300 people in the year ending June 2024.", "2023-07/2024-06"),
    ("Police arrested 300 people in the year to September.", "2023-10/2024-09"),
    ("Police arrested 300 people in the past 12 months.", "2024-03/2025-02"),  # the whole months before
    ("Police arrested 300 people in the January-to-March period.", "2025-01/2025-03"),
    ("Police arrested 300 people in 2023-24.", "2023/2024"),  # a financial year
    ("Police arrested 300 people in December last year.", "2024-12"),
    ("Police arrested 300 people last December.", "2024-12"),
    ("Police arrested 300 people last week.", None),  # like a weekday: GUIDE.md leaves it null
    ("Police arrested 300 people.", None),
])
def test_periods_resolve_against_the_publication_date(sentence: str, period: str | None) -> None:
    assert one(sentence).period == period


@pytest.mark.parametrize("sentence, geo", [
    ("Singapore police arrested 300 people in 2024.", "SG"),
    ("Malaysian police arrested 300 people in 2024.", "MY"),
    ("The Supreme People's Court said 300 people were convicted in 2024.", "CN"),
    ("Police in Mumbai arrested 300 people in 2024.", "IN"),
    ("Vietnam's Ministry of Public Security said 300 people were detained in 2024.", "VN"),  # not China's
    ("Laotian police told the Ministry of Public Security that 300 people were detained in 2024.", "LA"),
    ("The Ministry of Public Security said 300 people were detained in 2024.", "CN"),  # no other country named
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
])
def test_places_people_or_calls_come_from_do_not_place_a_figure(text: str, value: float, geo: str) -> None:
    assert [r.geo for r in extract_metrics(text, PUB, None, "t") if r.value == value] == [geo]


@pytest.mark.parametrize("text", [
    "An operation against online fraud across 34 countries led to 3,950 arrests in 2024.",
    "Interpol says fraud operation nets arrests\nPolice identified 14,643 other suspects in 2024.",
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


@pytest.mark.parametrize("sentence", [
    "Tan Ah Kow, 45, was jailed for 10 years in 2024.",
    "The law took effect on March 8, 2024.",
    "Call the hotline 1800 at any time, 24/7.",
    "Under Section 420, offenders can be fined up to $500,000.",
    "The syndicate operated for three years before it was caught.",
    "Under the new law, the maximum penalty for fraud by a company will be the greater of:\n• $5 million; or\n"
    "• three times the gain.",
    "Prosecutors brought 98 charges against the syndicate's leaders.",  # GUIDE.md: charges, not people charged
    "Police in six European countries took part in the operation against fraud.",  # countries are not counted
    "The fraudster promised investment returns of 20 per cent a month.",  # the bait, not an enforcement figure
    "The police force has a budget of $45 million for the season.",  # spending, no crime's money
    "Banks were told to block fraud-prone transfers above $5,000 for 24 hours.",  # a threshold of a rule  # a ratio: no count of 1 or 5 (see the known misses)
])
def test_not_metrics(sentence: str) -> None:
    assert extract_metrics(sentence, PUB, None, "t") == ()


def test_a_subject_in_another_clause_does_not_label_a_figure() -> None:
    records = extract_metrics("Police recorded falls in thefts, down 20 per cent to 1,100 cases; assaults, down 12 per "
                              "cent to 540 cases.", PUB, "HK", "t")
    assert [(r.value, r.subject) for r in records if r.unit == "count"] == [(1100, "other"), (540, "violent_crime")]


def test_a_figure_after_an_aside_is_about_the_whole_not_the_part() -> None:
    records = extract_metrics("Losses from commercial crime, including online scams, reached RM640 million last year.",
                              PUB, "MY", "t")
    assert [(r.value, r.subject) for r in records] == [(640e6, "other")]


def test_a_scale_of_fines_up_to_a_ceiling_is_a_penalty_written_in_a_law() -> None:
    assert extract_metrics("Police said new fines for breaking the order, starting at $200 for a first offence and "
                           "rising to as much as $5,000 after repeated breaches, were announced.", PUB, "US", "t") == ()


def test_a_list_of_sums_that_is_no_penalty_is_kept() -> None:
    records = extract_metrics("Police said the gang laundered the scam proceeds as follows:\n• $5 million through "
                              "casinos; and\n• $2 million of scam proceeds through shell firms.", PUB, "SG", "t")
    assert [r.value for r in records] == [5e6, 2e6]


def test_epidemic_counts_in_crime_news_are_no_crime_figure() -> None:
    text = ("Fines for repeat offenders who refuse to self-isolate rise to £10,000\n"
            "Poland reported 25.9 new cases per 100,000 people, up from 15.6 a week earlier.\n"
            "Police recorded 300 fraud cases during the pandemic.")  # a crime word keeps a figure
    assert [r.value for r in extract_metrics(text, PUB, None, "t")] == [300]


def test_deaths_in_a_disaster_are_no_crime_figure() -> None:
    text = ("Typhoon kills 21 in northern Philippines\nThe typhoon killed at least 21 people, officials said.\n"
            "Rescuers evacuated 2,300 families from low-lying villages.")  # rescuers are no police
    assert extract_metrics(text, PUB, None, "t") == ()


def test_figures_of_articles_that_are_not_crime_news_are_left_out() -> None:
    health = ("Flu season peaks early\nHospitals recorded 4,200 new cases of influenza last week, and 35 patients died. "
              "Officials said 60 per cent of the cases were in children.")
    assert extract_metrics(health, PUB, "GB", "t") == ()
    crime = ("Police smash phone scam ring\nOfficers raided 12 call centres on Monday. "
             "In all, 4,200 cases were closed, and 35 people died by suicide after losing their savings.")
    assert [r.value for r in extract_metrics(crime, PUB, "GB", "t")] == [12, 4200, 35]


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
])
def test_measure_and_subject_of_other_crimes(sentence: str, measure: str, subject: str) -> None:
    record = one(sentence)
    assert (record.measure, record.subject) == (measure, subject)


def test_a_share_of_a_counted_group_takes_the_groups_measure() -> None:
    records = extract_metrics("Nearly 70% of the 312 people arrested were foreigners.", PUB, "SG", "t")
    assert [(r.value, r.unit, r.measure, r.kind) for r in records] == [
        (70, "percent", "arrests", "share"), (312, "count", "arrests", "level")]


@pytest.mark.parametrize("text, expected", [
    ("Police recorded 8,930 violent cases in 2024, a rise of 2.9%.", [(None, None), (2.9, "2023")]),
    ("Police recorded 6,120 fraud cases in the first half of 2024.\nCheating cases rose by 9 per cent.",
     [(None, None), (9, "2023-01/2023-06")]),
    # a level reached is no change; a span of years and a single month imply no baseline
    ("The detection rate of fraud cases rose by 2.6% to 55.1% in 2024.", [(2.6, "2023"), (55.1, None)]),
    ("Fraud cases rose 43% over the past five years.", [(43, None)]),
    ("Fraud offences rose 19 per cent in the year ending June 2024.", [(19, "2022-07/2023-06")]),
])
def test_a_change_with_no_stated_baseline_is_against_the_same_span_a_year_before(text: str, expected: list) -> None:
    records = extract_metrics(text, PUB, None, "t")
    assert [(r.value if r.unit == "percent" else None, r.baseline_period) for r in records] == expected


@pytest.mark.parametrize("text, periods", [
    ("Police recorded 8,000 fraud cases in 2024.\nOfficers arrested 17 scam suspects on Tuesday evening.",
     ["2024", None]),  # GUIDE.md: an act dated by its weekday only has no period
    ("Police recorded 8,000 fraud cases in 2024.\nThe police chief said on Tuesday that 17 suspects were charged.",
     ["2024", "2024"]),  # the weekday dates the statement, not the charges
])
def test_an_act_dated_by_a_weekday_only_has_no_period(text: str, periods: list) -> None:
    assert [r.period for r in extract_metrics(text, PUB, None, "t")] == periods


def test_last_years_figure_in_a_report_on_part_of_a_year_is_the_same_part() -> None:
    text = ("Police recorded 3,870 fraud cases in the first two months of 2025.\n"
            "Prosecutors charged 640 fraud suspects compared to just 310 last year.")  # published on 20 March 2025
    assert [r.period for r in extract_metrics(text, PUB, None, "t")] == [
        "2025-01/2025-02", "2025-01/2025-02", "2024-01/2024-02"]


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


# Whole sentences: (text, the field read, the (value, field) of every record in order).
SENTENCES = [
    # a change measured from last year's period belongs to this year's
    ("Police recorded 28,120 fraud cases in the first half of 2025, while losses fell by RM112 million from the same "
     "period last year.", "period", [(28120, "2025-01/2025-06"), (-112e6, "2025-01/2025-06")]),
    ("Police registered 3,400 fraud FIRs in 2024, up from 2,900 a year ago.", "period", [(3400, "2024"), (2900, "2023")]),
    # a month's figure before a running total since a date keeps its month
    ("Myanmar handed over 1,041 scam suspects to China in January, bringing the total since October 2023 to more "
     "than 53,000.", "period", [(1041, "2025-01"), (53000, "2023-10/2025-03")]),
    # a change of a noun phrase is a change of its head noun
    ("Arrests for drug offences fell to 3,100 in 2024 from 3,600.", "measure", [(3100, "arrests"), (3600, "arrests")]),
    ("Violent crime fell by 4.2 per cent, while property crime rose 2.1 per cent.", "subject",
     [(-4.2, "violent_crime"), (2.1, "other")]),
    # a list of bare figures shares the noun after its last
    ("Job scams, e-commerce scams and phishing accounted for 9,914, 8,740 and 7,100 cases respectively.", "measure",
     [(9914, "cases"), (8740, "cases"), (7100, "cases")]),
    # a part of a group: what the group counts, the total's measure, or the verb right before the group
    ("Only 11 of the 120 fraud cases have gone to trial.", "measure", [(11, "cases"), (120, "cases")]),
    ("The cyber cell arrested 210 accused, 45 of them from Jamtara.", "measure",
     [(210, "arrests"), (45, "arrests")]),  # "accused" is a noun here, no verb
    ("Police arrested 12,000 mule account holders and charged 4,325 of them in court.", "measure",
     [(12000, "arrests"), (4325, "prosecutions")]),
    # a change takes the noun of the level it reaches; "the lowest since 1969" is a record, no period or baseline
    ("Burglaries fell 14 per cent to 1,500 cases in 2024, the lowest since 1969.", "baseline_period",
     [(-14, "2023"), (1500, None)]),
    # the other end of a comparison is a level of its own year, with no baseline
    ("The force detected 51.4 per cent of all crimes in 2024, against 44 per cent in 2023.", "period",
     [(51.4, "2024"), (44, "2023")]),
    ("The force detected 51.4 per cent of all crimes in 2024, against 44 per cent in 2023.", "baseline_period",
     [(51.4, None), (44, None)]),
    ("Police said 60 per cent of the arrested were students.", "measure", [(60, "arrests")]),
    # an absolute change written as a comparison: "N fewer ... than", "N more than", "S$X lower than"
    ("Police recorded 1,342 thefts in 2024, 120 more than in 2023.", "kind", [(1342, "level"), (120, "change")]),
    ("There were 85 fewer scam cases in 2024 than a year earlier.", "measure", [(-85, "cases")]),
    ("Scam losses were S$300 million lower in 2024 than in 2023.", "kind", [(-300e6, "change")]),
    # a rate's level is a share of a whole, with no baseline; its change is a change
    ("The clearance rate of fraud cases stood at 41.7% in 2024, close to the 2023 level.", "baseline_period",
     [(41.7, None)]),
    ("The crime rate of fraud rose from 5.2 in 2023 to 6.1 in 2024.", "kind", [(5.2, "share"), (6.1, "share")]),
    # a second count "and 8 for ..." shares the verb of the first
    ("Police arrested 15 people over illegal moneylending and 8 for unlicensed remittance.", "measure",
     [(15, "arrests"), (8, "arrests")]),
    ("Police arrested 18 people for smuggling migrants across the border.", "subject", [(18, "human_trafficking")]),
    # a press release's labelled list: the label is the verb
    ("Scam crackdown figures\nArrested: 512 men and 98 women.\nDeported: 140 foreigners.", "measure",
     [(512, "arrests"), (98, "arrests"), (140, "deported")]),
]


@pytest.mark.parametrize("text, field, expected", SENTENCES)
def test_whole_sentences(text: str, field: str, expected: list[tuple[float, object]]) -> None:
    records = extract_metrics(text, PUB, None, "t")
    assert [(r.value, getattr(r, field)) for r in records] == expected


def test_a_share_of_all_crime_takes_the_parts_subject() -> None:
    record = one("Telecom fraud cases accounted for 40 percent of all criminal cases filed in 2024.")
    assert (record.value, record.subject) == (40, "telecom_fraud")


def test_handed_down_is_no_fall() -> None:
    records = extract_metrics("Prison terms were handed down to 10,000 drug convicts, a rate of 22.7 percent.",
                              PUB, None, "t")
    assert [r.value for r in records if r.unit == "percent"] == [22.7]


@pytest.mark.parametrize("sentence, value, measure", [
    ("A court jailed eight scam bosses in 2024 and fined them a total of US$2 million.", 2e6, "money"),  # applied
    ("The court ordered the seizure of 12 properties linked to the fraud ring.", 12, "seizures"),
])
def test_fines_imposed_and_properties_seized(sentence: str, value: float, measure: str) -> None:
    assert (value, measure) in [(r.value, r.measure) for r in extract_metrics(sentence, PUB, None, "t")]


def test_a_fake_call_centre_is_a_scam() -> None:
    assert one("Police busted a fake call centre and arrested 65 people.").subject == "telecom_fraud"


def test_a_share_of_those_a_verb_names_takes_the_verb() -> None:
    records = extract_metrics("Police arrested 2,826 drug abusers in 2024.\nNew abusers made up 37 per cent of "
                              "those arrested.", PUB, None, "t")
    assert [(r.value, r.unit, r.measure) for r in records] == [(2826, "count", "arrests"), (37, "percent", "arrests")]


@pytest.mark.parametrize("sentence, measure", [
    ("Officers detained 1,500 people for fraud, 45 per cent of whom were under 25.", "arrests"),
    ("Police opened 9,000 scam cases in 2024, 30 per cent of which began with a text message.", "cases"),
])
def test_a_share_of_whom_or_which_is_a_share_of_the_count_before(sentence: str, measure: str) -> None:
    share = extract_metrics(sentence, PUB, None, "t")[1]
    assert (share.unit, share.measure, share.kind, share.baseline_period) == ("percent", measure, "share", None)


def test_a_share_of_cases_is_of_cases_though_a_people_noun_follows_their_verb() -> None:
    share = one("Nearly 70 per cent of cases involved victims who paid the scammers themselves.")
    assert (share.measure, share.kind) == ("cases", "share")


def test_a_breakdown_by_profession_takes_the_measure_of_its_total() -> None:
    records = extract_metrics("Prosecutors charged 150 defendants, including 41 doctors and nurses, over billing "
                              "fraud.", PUB, "US", "t")
    assert [(r.value, r.measure) for r in records] == [(150, "prosecutions"), (41, "prosecutions")]


def test_a_share_of_a_sum_is_a_share_of_money() -> None:
    records = extract_metrics("Police recovered 95 per cent of the $4 million stolen by the gang.", PUB, "US", "t")
    assert [(r.value, r.unit, r.measure) for r in records] == [(95, "percent", "money"), (4e6, "USD", "money")]


def test_a_change_without_a_noun_of_its_own_shares_its_totals_subject() -> None:
    text = "Prosecutors charged 7,000 people for hacking, ransomware attacks and online betting, up 40 percent " \
           "from 2022."
    assert [(r.value, r.subject) for r in extract_metrics(text, dt.date(2024, 3, 1), "CN", "t")] == [
        (7000, "cybercrime"), (40, "cybercrime")]


def test_a_change_right_after_up_or_down_in_its_own_clause() -> None:
    text = "Fraud cases rose to 5,000, up 12 per cent, while drug cases fell 8 per cent."
    assert [(r.value, r.subject) for r in extract_metrics(text, PUB, "CN", "t")] == [
        (5000, "telecom_fraud"), (12, "telecom_fraud"), (-8, "drugs")]


def test_a_change_of_losses_from_a_crime_is_a_change_of_money() -> None:
    change = extract_metrics("Losses from romance scams in Spain surged 64 percent last year.", PUB, None, "t")[0]
    assert (change.value, change.unit, change.measure) == (64, "percent", "money")


@pytest.mark.parametrize("sentence, measure", [
    ("Police arrested 310 suspected online vendors and buyers of stolen data.", "arrests"),  # suspected: an adjective
    ("Police booked 2,400 people for cyber fraud in 2024.", "prosecutions"),  # booked: charged
])
def test_the_verb_before_decides_what_people_count(sentence: str, measure: str) -> None:
    assert one(sentence).measure == measure


def test_a_figure_takes_a_place_of_its_own_clause_before_a_nearer_one_of_the_next() -> None:
    records = extract_metrics("In France alone, police held 41 people, while Italy accounted for 77 arrests.", PUB,
                              None, "t")
    assert [(r.value, r.geo) for r in records] == [(41, "FR"), (77, "IT")]


def test_a_breakdown_after_a_noun_that_is_also_a_verb_takes_its_totals_measure() -> None:
    records = extract_metrics("Police arrested 900 accused, including 64 from other states, in 2024.", PUB, "IN",
                              "t")
    assert [(r.value, r.measure) for r in records] == [(900, "arrests"), (64, "arrests")]  # not the verb "accused"


def test_a_sweep_since_a_day_takes_that_days_month_anywhere_in_its_sentence() -> None:
    record = one("Police have detained more than 700 people in raids on scam compounds in five provinces since "
                 "June 9, officials said.", dt.date(2025, 6, 20))
    assert record.period == "2025-06"


@pytest.mark.parametrize("sentence, value, measure", [
    ("Officers said one in four fraud victims was a student.", 25, "victims"),
    ("Police said 1 in 3 crimes reported in 2024 was a scam.", 33.3, "cases"),
    ("Two in every five arrests last year were of money mules.", 40, "arrests"),
])
def test_a_ratio_is_a_share_in_percent(sentence: str, value: float, measure: str) -> None:
    record = one(sentence)
    assert (record.value, record.unit, record.measure, record.kind) == (value, "percent", measure, "share")


@pytest.mark.parametrize("sentence, values", [
    ("Police arrested 5 in 10 raids on scam dens.", [5, 10]),  # where, not a share (raids count as other)
    ("Police arrested 4 in 2024 and 12 in 2023 for fraud.", [4, 12]),  # years are no wholes
])
def test_numbers_before_in_that_are_no_ratio(sentence: str, values: list[float]) -> None:
    assert [r.value for r in extract_metrics(sentence, PUB, None, "t")] == values


def test_a_bust_is_enforcement_news_for_its_sums() -> None:
    record = one("Thailand Busts Betting Ring Worth 900 Million Baht")
    assert (record.value, record.unit, record.subject) == (900_000_000, "THB", "gambling")


@pytest.mark.parametrize("headline, value, measure", [
    ("China Convicts 64,500 In Online Fraud Crackdown", 64500, "convictions"),
    ("Police Arrest 300 In Raids On Scam Centres", 300, "arrests"),
    ("Hong Kong: Deception Cases Hit 27,400", 27400, "cases"),
    # headlines speak in the present tense
    ("Border Police Rescue 45 From Trafficking Gang", 45, "rescued"),
    ("Court Jails 12 Over Phone Scam", 12, "convictions"),  # "over phone scam" names no counted noun
    ("Police Charge 150 In Medical Billing Fraud", 150, "prosecutions"),
    ("Thailand Set To Deport 60 Scam Suspects", 60, "deported"),
    ("Manila Court Sentences 9 In Pogo Case", 9, "convictions"),
])
def test_headlines_without_a_counted_noun(headline: str, value: float, measure: str) -> None:
    assert [(r.value, r.measure) for r in extract_metrics(headline + "\n", PUB, None, "t")] == [(value, measure)]


def test_a_purpose_to_rescue_is_no_rescue_and_free_throws_are_no_release() -> None:
    assert extract_metrics("The raid was ordered after an embassy asked officers to rescue nine of its citizens.",
                           PUB, None, "t") == ()
    assert extract_metrics("Police said the guard made two free throws after the fraud trial.", PUB, None, "t") == ()


def test_a_headline_figure_the_body_repeats_takes_the_bodys_period() -> None:
    text = ("Police rescue 300 from scam compound\n\nPolice in the city handled 9,000 scam cases in 2024. On March 3, "
            "officers freed 300 people from a compound.")
    assert [(r.value, r.period) for r in extract_metrics(text, PUB, None, "t")] == [
        (300, "2025-03"), (9000, "2024"), (300, "2025-03")]


def test_people_charged_or_convicted_take_the_courts_country_named_before_them() -> None:  # GUIDE.md
    assert one("A court in China sentenced 36 members of Myanmar crime families in 2024.").geo == "CN"
    assert one("In 2024, 36 members of Myanmar crime families were sentenced.").geo == "MM"  # no court named


def test_a_figure_before_an_uncounted_noun_is_no_verbs_count() -> None:
    assert extract_metrics("Police said the state held two special elections after the fraud scheme.", PUB, "US",
                           "t") == ()


def test_subject_from_the_sentence_then_the_article() -> None:
    text = ("Drug trafficking arrests rose sharply in 2024.\n"
            "Police arrested 2,000 people in the operation in 2024.")
    record = one(text)
    assert record.subject == "drugs"
    assert one("The knife attack injured 17 others in 2024.").subject == "violent_crime"


def test_records_carry_every_guide_field_and_their_span() -> None:
    text = "In 2024, police arrested 1,200 people."
    record = one(text)
    assert set(GUIDE_FIELDS) <= set(record.guide_dict())
    assert text[record.span_start:record.span_end] == record.raw == "1,200"


def test_currency_conversions_give_one_record_per_currency() -> None:
    records = extract_metrics("The 1.8 billion yuan (250 million U.S. dollars) in losses was recovered in 2024.",
                              PUB, "CN", "t")
    assert [(r.value, r.unit) for r in records] == [(1.8e9, "CNY"), (250e6, "USD")]


def test_a_figure_compared_with_a_whole_year_keeps_its_own_period() -> None:
    text = ("Scam victims lost Rs 120 crore from January to September 2025, police said.\n"
            "The cyber police registered 2,341 fraud FIRs in the period, compared with 1,455 in the whole of 2023.")
    records = extract_metrics(text, dt.date(2025, 10, 20), None, "t")
    assert [(r.value, r.period) for r in records] == [
        (1.2e9, "2025-01/2025-09"), (2341, "2025-01/2025-09"), (1455, "2023")]


@pytest.mark.parametrize("text, expected", [
    ("Police detained 655 people, including 214 women and 441 men.", [655, 214, 441]),
    ("Two Indians and one American were among those detained.", [2, 1]),
    ("Police detained 90 people in the raid.\nThey included 40 from Vietnam and 12 from Laos.", [90, 40, 12]),
    ("About 380 foreigners, 57 of whom were minors, were rounded up at the port.", [380, 57]),
])
def test_breakdowns_take_the_measure_of_their_total(text: str, expected: list[float]) -> None:
    records = extract_metrics(text, PUB, "CN", "t")
    assert [(r.value, r.measure) for r in records] == [(v, "arrests") for v in expected]


@pytest.mark.parametrize("sentence, expected", [
    ("The number of frauds reported rose from 4,000 in 2022 to 6,000 in 2023.",
     [(4000, "cases", "2022"), (6000, "cases", "2023")]),
    ("Burglaries dropped from 1,020 to 870 cases in 2024.", [(1020, "cases", "2024"), (870, "cases", "2024")]),
    ("The number of people prosecuted for laundering increased from 120 in 2020 to 900 in 2023.",
     [(120, "prosecutions", "2020"), (900, "prosecutions", "2023")]),
])
def test_from_to_changes_share_their_measure(sentence: str, expected: list[tuple]) -> None:
    records = extract_metrics(sentence, PUB, "CN", "t")
    assert [(r.value, r.measure, r.period) for r in records] == expected


@pytest.mark.parametrize("sentence, qualifier", [
    ("Losses could exceed S$640 million this year.", "at_least"),
    ("Police raided 40-plus compounds in 2024.", "at_least"),
])
def test_open_ended_figures(sentence: str, qualifier: str) -> None:
    assert one(sentence).qualifier == qualifier


@pytest.mark.parametrize("sentence, value", [
    ("The police clearance rate climbed by 2.4% to 61.3% last year.", 61.3),
    ("The city's detection rate rose by about 1.5 per cent, to 40.2.", 40.2),  # the percent sign left out
    ("Theft cases fell, while the solve rate edged up 0.8 percentage points to 52.6 per cent.", 52.6),
])
def test_rates_are_other_percentages_even_after_a_decimal_change(sentence: str, value: float) -> None:
    found = [(r.unit, r.measure) for r in extract_metrics(sentence, PUB, "HK", "t") if r.value == value]
    assert found == [("percent", "other")]


@pytest.mark.parametrize("sentence, value, measure", [
    ("Police said 45 of the workers detained in the raid were foreigners.", 45, "arrests"),
    ("Officials said 120 of the people rescued from the compound were women.", 120, "rescued"),
    ("The court said 18 of the accused convicted on Friday would appeal.", 18, "convictions"),
])
def test_a_part_of_a_group_takes_the_verb_after_it(sentence: str, value: float, measure: str) -> None:
    assert [(r.value, r.measure) for r in extract_metrics(sentence, PUB, "PH", "t")] == [(value, measure)]


@pytest.mark.parametrize("sentence, value", [
    ("Coast guards intercepted 45 migrants off the coast in May.", 45),
    ("The police hotline prevented 300 people from falling victim to scams last year.", 300),
])
def test_interceptions_and_people_kept_from_harm_are_other(sentence: str, value: float) -> None:
    assert [(r.value, r.measure) for r in extract_metrics(sentence, PUB, "PH", "t")] == [(value, "other")]


@pytest.mark.parametrize("sentence, value", [
    ("Police handled 4,100 fraud cases this year, compared with just 3,870 last year.", 3870),
    ("Investigators have received 1,250,000 complaints since 2010, averaging 90,000 each year.", 90000),
])
def test_a_time_phrase_after_a_figure_is_not_what_it_counts(sentence: str, value: float) -> None:
    assert [r.measure for r in extract_metrics(sentence, PUB, "MY", "t") if r.value == value] == ["cases"]


def test_a_series_of_yearly_values_takes_the_measure_of_its_first() -> None:
    records = extract_metrics("The cybercrime portal logged 2.1 lakh complaints in 2024, against 1.8 lakh in 2023 "
                              "and 95,000 in 2022.", PUB, "IN", "t")
    assert [(r.value, r.measure, r.period) for r in records] == [
        (210000, "cases", "2024"), (180000, "cases", "2023"), (95000, "cases", "2022")]


@pytest.mark.parametrize("sentence, value, period", [
    ("Fraud losses tripled to 300 million yuan in 2024, from 100 million a year earlier.", 100e6, "2023"),
    ("Scam losses fell to $20 million in 2024, down from $25 million the year before.", 25e6, "2023"),
])
def test_the_earlier_end_of_a_change_is_the_year_before(sentence: str, value: float, period: str) -> None:
    assert [(r.measure, r.period) for r in extract_metrics(sentence, PUB, "CN", "t") if r.value == value] == [
        ("money", period)]


KNOWN_MISSES = [
    # (sentence, value, field, expected) the extractor does not get yet: tracked as strict xfails,
    # so that a fix shows up as an XPASS, to be moved into the tests above.
    ("Prosecutors said 44 fraud cases were linked to the syndicate and 29 are linked to its boss.", 29, "measure",
     "cases"),  # the verb wins over the breakdown
    ("The embassy asked police to free nine of its nationals held at a scam farm.", 9, "measure", "victims"),
]


@pytest.mark.parametrize("sentence, value, field, expected", KNOWN_MISSES)
@pytest.mark.xfail(strict=True, reason="known miss of the rule-based extractor")
def test_known_misses(sentence: str, value: float, field: str, expected: object) -> None:
    found = {getattr(r, field) for r in extract_metrics(sentence, PUB, "CN", "t") if r.value == value}
    assert found == {expected}


def test_seed_article_scores_f1_one(shared, tmp_path) -> None:
    """The bundled seed article against its gold records, scored by ../shared/eval/score.py."""
    records = extract_metrics(SEED_ARTICLE.read_text(encoding="utf-8"), dt.date(2025, 3, 9), None,
                              "seed-st-2025-03")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r.guide_dict()) + "\n" for r in records))
    out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(shared / "eval/seed/gold.jsonl"),
                          str(pred)], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "F1 1.000", out
    agreement = {line.split(" agreement")[0]: float(line.rsplit(" ", 1)[1])
                 for line in out.splitlines() if " agreement on matched: " in line}
    assert set(agreement) == {"subject", "period", "baseline_period", "geo"}
    assert agreement == {"subject": 1.0, "period": 1.0, "baseline_period": 1.0, "geo": 1.0}, out


def test_dev_set_floors(shared, tmp_path) -> None:
    """The 35 dev articles of ../shared/eval, read only here: floors under the issue's targets."""
    import csv
    from parsers.dates import parse_loose_date
    dev = shared / "eval" / "dev"
    pred = tmp_path / "dev.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for row in csv.DictReader((dev / "sources.tsv").read_text(encoding="utf-8").splitlines(), delimiter="\t"):
            text = (dev / "docs" / f"{row['id']}.txt").read_text(encoding="utf-8")
            for record in extract_metrics(text, parse_loose_date(row["published"]), None, row["id"]):
                out.write(json.dumps(record.guide_dict()) + "\n")
    out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(dev / "gold.jsonl"), str(pred),
                          "--docs", str(dev / "docs")], capture_output=True, text=True, check=True).stdout
    figures = {line.split(" agreement")[0]: float(line.rsplit(" ", 1)[1])
               for line in out.splitlines() if " agreement on matched: " in line}
    figures["F1"] = float(out.strip().splitlines()[-1].split()[-1])
    assert all(figures[name] >= 0.90 for name in ("F1", "subject", "period", "geo")), out
    # A ratchet a little under what the extractor reaches now (F1 0.988, subject 0.963, period 0.953,
    # baseline 1.000, geo 0.983): a change that loses ground shows here, not only under the floors.
    ratchet = {"F1": 0.975, "subject": 0.95, "period": 0.935, "baseline_period": 0.98, "geo": 0.96}
    assert all(figures[name] >= floor for name, floor in ratchet.items()), out


@pytest.mark.parametrize("sentence, published, period", [
    ("Losses reached RM145 million within the first 40 days of 2025.", dt.date(2025, 2, 14), "2025-01-01/2025-02-09"),
    ("A total of 4,260 fraud cases were recorded as of February 9.", dt.date(2025, 2, 14), "2025-01-01/2025-02-09"),
    ("By the end of June, police had arrested 21,700 suspects.", dt.date(2021, 8, 25), "2021-01/2021-06"),
    ("Police arrested 900 people from January 1 to July 1.", dt.date(2024, 7, 13), "2024-01-01/2024-07-01"),
    ("Police arrested 900 people from June to October this year.", dt.date(2019, 11, 4), "2019-06/2019-10"),
    ("Police arrested 900 people in H1 2024.", dt.date(2024, 8, 1), "2024-01/2024-06"),
    ("Police arrested 900 people within two months of 2025.", dt.date(2025, 3, 1), "2025-01/2025-02"),
])
def test_reporting_windows_keep_their_precision(sentence: str, published: dt.date, period: str) -> None:
    (record,) = extract_metrics(sentence, published, "MY", "t")
    assert record.period == period


def test_same_period_comparisons_take_the_same_months() -> None:
    text = "In the first six months of 2024, fraud reports rose to 17,940 from 15,310 in the same period of 2023."
    records = extract_metrics(text, dt.date(2024, 8, 22), "SG", "t")
    assert [(r.value, r.period) for r in records] == [(17940, "2024-01/2024-06"), (15310, "2023-01/2023-06")]


def test_the_same_period_last_year_is_the_reporting_window_a_year_back() -> None:
    text = "Police recorded 9,200 fraud cases from January to June, up 15 per cent on the 8,000 cases in the same " \
           "period last year."
    records = extract_metrics(text, dt.date(2024, 7, 13), "MY", "t")
    assert [(r.value, r.period, r.baseline_period) for r in records] == [
        (9200, "2024-01/2024-06", None), (15, "2024-01/2024-06", "2023-01/2023-06"), (8000, "2023-01/2023-06", None)]


def test_a_projection_for_the_year_keeps_the_whole_year() -> None:
    text = "Scam losses hit S$290 million in the first half of 2024.\nScam losses for 2024 may surpass S$700 million, " \
           "police said.\nVictims lost S$95 million to job scams in 2024."
    records = extract_metrics(text, dt.date(2024, 8, 22), "SG", "t")
    assert [(r.value, r.period) for r in records] == [
        (290e6, "2024-01/2024-06"), (700e6, "2024"), (95e6, "2024-01/2024-06")]


def test_a_figure_compared_with_last_year_is_not_last_years() -> None:
    text = "Fraud losses for January to June 2024 climbed to RM870 million compared to last year."
    assert [(r.value, r.period) for r in extract_metrics(text, dt.date(2024, 7, 13), "MY", "t")] == [
        (870e6, "2024-01/2024-06")]


def test_one_cases_figure_takes_no_reporting_period() -> None:
    text = "Prosecutors charged 52,000 people with telecom fraud in 2024.\nIn one case, they charged 12 members of a " \
           "call centre gang."
    assert [(r.value, r.period, r.kind) for r in extract_metrics(text, dt.date(2025, 3, 9), "CN", "t")] == [
        (52000, "2024", "level"), (12, None, "case")]


def test_a_year_a_few_words_after_a_figure_is_its_own() -> None:
    text = "Police data for the last three years showed 39,000 fraud cases being reported in 2022."
    assert [(r.value, r.period) for r in extract_metrics(text, dt.date(2025, 3, 12), "IN", "t")] == [(39000, "2022")]


def test_the_same_period_last_year_a_few_words_after_a_figure() -> None:
    text = "Police recorded 4,260 fraud cases as of February 9, a 31% surge from the 3,250 cases reported in the " \
           "same period last year."
    records = extract_metrics(text, dt.date(2025, 2, 28), "MY", "t")
    assert [(r.value, r.period) for r in records if r.unit == "count"] == [
        (4260, "2025-01-01/2025-02-09"), (3250, "2024-01-01/2024-02-09")]


def test_a_year_after_a_sum_in_ringgit_compared_against_is_a_baseline() -> None:
    text = "Police recorded 4,260 scam cases as of February 9.\nScam losses fell 9% compared to RM188.5 million " \
           "recorded in 2024."
    records = extract_metrics(text, dt.date(2025, 2, 28), "MY", "t")
    assert [(r.value, r.period, r.baseline_period) for r in records if r.unit == "percent"] == [
        (-9, "2025-01-01/2025-02-09", "2024-01-01/2024-02-09")]


def test_undated_figures_take_the_reporting_period_of_the_lead() -> None:
    text = ("Police figures for January to November 2023 were released on Monday.\n"
            "During this period, 86,000 people were prosecuted for fraud.")
    (record,) = extract_metrics(text, dt.date(2024, 2, 5), "CN", "t")
    assert record.period == "2023-01/2023-11"


@pytest.mark.parametrize("sentence, published, period", [
    ("Since 2015, investigators have logged 1.2 million fraud complaints.", dt.date(2022, 4, 2), "2015/2022"),
    ("Since the agency was set up in 2012, it has handled 48,000 fraud cases.", dt.date(2020, 5, 1), "2012/2020"),
    ("Some 230 people have been arrested under the new law since March last year.", dt.date(2023, 9, 10),
     "2022-03/2023-09"),
    ("Police arrested 41 suspects in a blitz between May 12 and May 25, 2023.", dt.date(2023, 6, 1), "2023-05"),
    ("Police arrested 41 suspects in a blitz between May 12 and June 3, 2023.", dt.date(2023, 6, 8),
     "2023-05/2023-06"),
])
def test_running_totals_and_operation_dates(sentence: str, published: dt.date, period: str) -> None:
    (record,) = extract_metrics(sentence, published, "US", "t")
    assert record.period == period


def test_the_year_an_agency_was_founded_is_not_the_reporting_period() -> None:
    text = ("The fraud office, founded in 2009, released its annual report for 2023 on Monday.\n"
            "It handled 5,600 cases.")
    (record,) = extract_metrics(text, dt.date(2024, 3, 4), "GB", "t")
    assert record.period == "2023"


def test_a_change_over_years_puts_each_end_in_its_own_year() -> None:
    text = "Over the past four years, fraud losses climbed from $2.1 billion to $5.3 billion."
    records = extract_metrics(text, dt.date(2023, 3, 1), "US", "t")
    assert [(r.value, r.period) for r in records] == [(2.1e9, "2019"), (5.3e9, "2022")]


def test_the_earlier_end_of_a_change_does_not_date_the_next_sentence() -> None:
    text = ("Police released crime figures for the first half of 2024 on Tuesday.\n"
            "Burglaries fell from 5,200 cases to 4,100 cases compared with the first half of last year.\n"
            "Robberies fell by 12 per cent.")
    records = extract_metrics(text, dt.date(2024, 7, 20), "HK", "t")
    assert [r.period for r in records] == ["2023-01/2023-06", "2024-01/2024-06", "2024-01/2024-06"]


FRAGMENTS = ["police", "arrested", "1,200", "people", "in", "2024", "Rs", "5.29", "crore", "per cent", "%", "up", "down",
             "from", "to", "the same period last year", "including", "İ", "ß", "ﬁ", "\u00a0", "\n", "•", ":", ";", ",",
             ".", "March", "3rd", "S$", "$", "cases", "of", "them", "whom", "-", "(", ")", "a dozen", "twenty-five",
             "lakh", "Chinese", "Myanmar", "border with", "based in", "could exceed", "in one case", "rate", "35.7",
             "0", "00000000000000000000"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=5), max_size=40),
       st.sampled_from([None, dt.date(2024, 1, 1), dt.date(2024, 12, 31)]))
def test_any_text_gives_records_whose_span_holds_their_raw_figure(parts: list[str], published: dt.date | None) -> None:
    text = " ".join(parts)
    for record in extract_metrics(text, published, None, "t"):
        assert text[record.span_start:record.span_end].strip() == record.raw
