"""The metric extractor on sentences written for these tests, and on the bundled seed article."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.metrics import extract_metrics
from tests.conftest import SEED_ARTICLE
from tests.extraction import PUB, one


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
    ("Police said 870 people were found working inside the scam compound.", 870, "count", "suspects"),  # GUIDE.md
    ("Police arrested 1,400 drug personalities in the operation.", 1400, "count", "arrests"),
    ("Nine co-defendants have pleaded guilty to the fraud.", 9, "count", "convictions"),
    ("Authorities blocked 13,000 malicious websites used by fraudsters.", 13000, "count", "other"),
    ("The scheme defrauded 5,000 investors across the country.", 5000, "count", "victims"),
    ("Rights groups said 9,000 people were being held in scam compounds in 2024.", 9000, "count", "victims"),
    ("In 2024, 2,300 workers were released by the militia that ran the compounds.", 2300, "count", "rescued"),
    ("Officers carried out 16 searches of homes linked to the fraud ring.", 16, "count", "other"),  # GUIDE.md
    ("Police arrested a man for duping 250 investors with a fake trading app.", 250, "count", "victims"),
    ("Police held 17 foreigners for alleged involvement in scamming operations.", 17, "count", "arrests"),
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
    # "north of" a figure is more than it; "just shy of" and "in the region of" estimate it
    ("Victims lost north of $3 million to the fraud ring in 2024.", "at_least"),
    ("Police arrested just shy of 300 people in 2024.", "approx"),
    ("Police seized in the region of 3 tonnes of cannabis in 2024.", "approx"),
])
def test_qualifiers(sentence: str, qualifier: str) -> None:
    assert one(sentence).qualifier == qualifier


@pytest.mark.parametrize("sentence", [
    "Tan Ah Kow, 45, was jailed for 10 years in 2024.",
    "The law took effect on March 8, 2024.",
    "Call the hotline 1800 at any time, 24/7.",
    "Under Section 420, offenders can be fined up to $500,000.",
    "Victims of fraud can call the police hotline at 03-2611 5000 or 019-280 4455.",  # phone numbers
    "Police kept watch on the fraud suspects at 4 entry points along the border.",  # points are not counted
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


def test_the_items_of_a_list_after_its_first_share_its_measure() -> None:
    records = extract_metrics("Police detained 900 people.\nOf them, 420 were accused of selling bank accounts, 130 of "
                              "running gambling sites and 95 of recruiting mules.", PUB, None, "t")
    assert [r.value for r in records] == [900, 420, 130, 95] and len({r.measure for r in records[1:]}) == 1


def test_a_count_that_ends_its_clause_takes_the_verb_before_not_the_noun_after_the_comma() -> None:
    records = extract_metrics("Thai police detained 640 people and Lao police detained 215, officials said.", PUB, None,
                              "t")
    assert [(r.value, r.measure) for r in records] == [(640, "arrests"), (215, "arrests")]


def test_a_list_of_results_labelled_by_noun_phrases() -> None:
    text = "Police gave the results of the sweep against fraud:\n- Arrests: 512\n- Bank accounts frozen: 1,240\n" \
           "- Victims rescued: 87"
    assert [(r.value, r.measure) for r in extract_metrics(text, PUB, None, "t")] == [
        (512, "arrests"), (1240, "accounts"), (87, "rescued")]


def test_an_average_restating_the_count_before_it_takes_its_measure() -> None:
    records = extract_metrics("Police logged 292,000 scam complaints last year, or roughly 800 a day.", PUB, None, "t")
    assert [(r.value, r.measure, r.qualifier) for r in records] == [(292000, "cases", "exact"), (800, "cases", "approx")]


def test_model_numbers_are_no_counts() -> None:
    records = extract_metrics("Police arrested 6 men over an iPhone 16 smuggling ring.", PUB, "MY", "t")
    assert [(r.value, r.measure) for r in records] == [(6, "arrests")]


def test_the_sub_clauses_of_a_laws_sections_are_no_counts() -> None:
    records = extract_metrics("Police seized 52 phones.\nThose arrested were booked under sections 316(2) and 61(2) of "
                              "the penal code.", PUB, "IN", "t")
    assert [(r.value, r.measure) for r in records] == [(52, "seizures")]


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


def test_deaths_in_an_accident_are_no_crime_figure_though_police_report_them() -> None:
    text = ("Lorry crash kills 9 on highway\nA lorry overturned on the highway on Monday, killing nine people and "
            "injuring 20, police said.\nThe country records about 15,000 road deaths a year.")
    assert extract_metrics(text, PUB, None, "t") == ()
    attack = "A gunman crashed his car after shooting three people dead, police said."
    assert [(r.value, r.measure) for r in extract_metrics(attack, PUB, None, "t")] == [(3, "deaths")]


def test_areas_are_not_counted_and_a_count_in_a_second_place_shares_the_first_ones_noun() -> None:
    text = "Police cut power to five border areas used by scam gangs, where 20,000 people in Laos and 9,000 in Myanmar "\
           "were being held."
    assert [(r.value, r.measure, r.geo) for r in extract_metrics(text, PUB, None, "t")] == [
        (20000, "victims", "LA"), (9000, "victims", "MM")]


def test_figures_of_articles_that_are_not_crime_news_are_left_out() -> None:
    health = ("Flu season peaks early\nHospitals recorded 4,200 new cases of influenza last week, and 35 patients died. "
              "Officials said 60 per cent of the cases were in children.")
    assert extract_metrics(health, PUB, "GB", "t") == ()
    crime = ("Police smash phone scam ring\nOfficers raided 12 call centres on Monday. "
             "In all, 4,200 cases were closed, and 35 people died by suicide after losing their savings.")
    assert [r.value for r in extract_metrics(crime, PUB, "GB", "t")] == [12, 4200, 35]


def test_a_share_of_a_counted_group_takes_the_groups_measure() -> None:
    records = extract_metrics("Nearly 70% of the 312 people arrested were foreigners.", PUB, "SG", "t")
    assert [(r.value, r.unit, r.measure, r.kind) for r in records] == [
        (70, "percent", "arrests", "share"), (312, "count", "arrests", "level")]


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


FRAGMENTS = ["police", "arrested", "1,200", "people", "in", "2024", "Rs", "5.29", "crore", "per cent", "%", "up", "down",
             "from", "to", "the same period last year", "including", "İ", "ß", "ﬁ", "\u00a0", "\n", "•", ":", ";", ",",
             ".", "March", "3rd", "S$", "$", "cases", "of", "them", "whom", "-", "(", ")", "a dozen", "twenty-five",
             "lakh", "Chinese", "Myanmar", "border with", "based in", "could exceed", "in one case", "rate", "35.7",
             "0", "00000000000000000000",
             # crime words that several figures compete for: the subject rules' paths
             "drug", "trafficking", "human trafficking", "money laundering", "respectively", "and", "fraud", "theft",
             "for", "assault", "rose", "fell", "followed by", "at", "while", "but", "8%", "41,000"]


@pytest.mark.parametrize("text", [
    # every crime word of the sentence is another figure's (this raised ValueError: min() arg is an empty sequence)
    "Arrests for drug trafficking and human trafficking rose 6% and 11% respectively in 2025, to 38,000 and 540.",
    # laundering named before a sum, no other crime word left to compare with (the same error)
    ". reached killed money laundering GENEVA — them 5.29 dollars followed by fell twenty-five Rs 610 610 followed by "
    "gambling missing of rose the same period last year which victims while followed by 5.29 the toll , respectively",
])
def test_sentences_whose_crime_words_are_all_other_figures_read_without_error(text: str) -> None:
    assert extract_metrics(text, dt.date(2026, 12, 31), None, "t")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=5), max_size=40),
       st.sampled_from([None, dt.date(2024, 1, 1), dt.date(2024, 12, 31)]))
def test_any_text_gives_records_whose_span_holds_their_raw_figure(parts: list[str], published: dt.date | None) -> None:
    text = " ".join(parts)
    for record in extract_metrics(text, published, None, "t"):
        assert text[record.span_start:record.span_end].strip() == record.raw


@pytest.mark.parametrize("sentence", [
    "Not waiting for four to six hours for a print, but 40 to 60 minutes.",
    "The company reported record sales in the first half.",
    "It is one easy way to do this in 2025.",
])
def test_ordinary_sentences_hold_no_verb_of_what_was_done_to_people(sentence: str) -> None:
    """The gate that spares news that is no crime news from being read number by number stays shut on ordinary
    sentences: no people verb may hang on a stem as common as "to " or "reported "."""
    from parsers.nouns import people_verb_may_occur
    assert not people_verb_may_occur(sentence)
