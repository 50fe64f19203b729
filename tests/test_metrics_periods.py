"""The extractor's periods and baselines, on sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from parsers.metrics import extract_metrics
from tests.extraction import PUB, one


def test_a_year_on_year_change_written_after_a_year_is_measured_against_the_same_months() -> None:
    sentence = "Prosecutors charged 41,500 fraud suspects in the first 11 months of 2024, a year-on-year increase of 27.3%."
    change = [r for r in extract_metrics(sentence, PUB, None, "t") if r.unit == "percent"]
    assert [(r.value, r.period, r.baseline_period) for r in change] == [(27.3, "2024-01/2024-11", "2023-01/2023-11")]


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
    ("Police arrested 300 people since the start of the year.", "2025-01/2025-03"),
    ("Police arrested 300 people since the beginning of last year.", "2024-01/2025-03"),
    ("Police arrested 300 people year-to-date.", "2025-01/2025-03"),
    ("Police have arrested 300 people since the operation began on Jan 5.", "2025-01/2025-03"),
    ("Police charged 300 people under the Anti-Scam Act 2023.", None),  # a law's name, no period
    ("Since the \"Safe Streets\" campaign began in October, police have arrested 300 people.", "2024-10/2025-03"),
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


def test_a_sweep_since_a_day_takes_that_days_month_anywhere_in_its_sentence() -> None:
    record = one("Police have detained more than 700 people in raids on scam compounds in five provinces since "
                 "June 9, officials said.", dt.date(2025, 6, 20))
    assert record.period == "2025-06"


def test_a_headline_figure_the_body_repeats_takes_the_bodys_period() -> None:
    text = ("Police rescue 300 from scam compound\n\nPolice in the city handled 9,000 scam cases in 2024. On March 3, "
            "officers freed 300 people from a compound.")
    assert [(r.value, r.period) for r in extract_metrics(text, PUB, None, "t")] == [
        (300, "2025-03"), (9000, "2024"), (300, "2025-03")]


def test_a_figure_compared_with_a_whole_year_keeps_its_own_period() -> None:
    text = ("Scam victims lost Rs 120 crore from January to September 2025, police said.\n"
            "The cyber police registered 2,341 fraud FIRs in the period, compared with 1,455 in the whole of 2023.")
    records = extract_metrics(text, dt.date(2025, 10, 20), None, "t")
    assert [(r.value, r.period) for r in records] == [
        (1.2e9, "2025-01/2025-09"), (2341, "2025-01/2025-09"), (1455, "2023")]


@pytest.mark.parametrize("sentence, value, period", [
    ("Fraud losses tripled to 300 million yuan in 2024, from 100 million a year earlier.", 100e6, "2023"),
    ("Scam losses fell to $20 million in 2024, down from $25 million the year before.", 25e6, "2023"),
])
def test_the_earlier_end_of_a_change_is_the_year_before(sentence: str, value: float, period: str) -> None:
    assert [(r.measure, r.period) for r in extract_metrics(sentence, PUB, "CN", "t") if r.value == value] == [
        ("money", period)]


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


@pytest.mark.parametrize("sentence", [
    "The average sum lost per victim was 52 million won, up from 23 million won in 2023.",
    "The helpline logged 41.2 lakh complaints during the year, against 30.6 lakh in 2023.",
    "Fraudsters took 6.4 billion yen over the year, compared with 4.9 billion yen in 2023.",
    "The share of victims who lost money rose to 41% from 33% in 2023.",
])
def test_a_year_after_a_sum_written_in_words_is_the_other_ends_not_the_figures(sentence: str) -> None:
    text = "Police published their figures for 2024 on Monday.\n" + sentence
    records = extract_metrics(text, dt.date(2025, 1, 20), "KR", "t")
    assert [r.period for r in records] == ["2024", "2023"]


@pytest.mark.parametrize("later, period", [
    ("The raids were carried out between May 2 and May 19.", "2024-05"),  # the operation's dates
    ("The sweep ran from March to June.", "2024-03/2024-06"),
    ("Nationwide, police handled 8,100 drug cases in the first half of the year.", None),  # another statistic's
    ("Figures from the ministry show drug arrests fell 6 per cent in the year to March.", None),
])
def test_dates_told_after_a_figure_are_its_own_only_when_they_are_its_operations(later: str, period: str | None
                                                                                ) -> None:
    text = f"Police arrested 412 people and seized 96 kg of heroin, officials said.\n{later}"
    records = extract_metrics(text, dt.date(2024, 8, 20), "TH", "t")
    assert [(r.value, r.period) for r in records[:2]] == [(412, period), (96, period)]


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


def test_a_span_of_two_years_in_the_lead_does_not_refine_the_reporting_year() -> None:
    text = ("Fraud cases up 20% in 2024\n\nPolice recorded 12,000 fraud cases in 2024. In fiscal year 2024-25, banks "
            "reported frauds worth Rs 900 crore.\nThe capital reported the most cases, at 3,100.")
    assert [(r.value, r.period) for r in extract_metrics(text, PUB, "IN", "t")][-1] == (3100, "2024")


def test_a_quarter_in_the_lead_does_not_refine_the_reporting_year() -> None:
    text = ("Police solve 210,000 fraud cases in 2023\nPolice solved 214,000 fraud cases in 2023, and cases fell 9 per "
            "cent year on year in the fourth quarter.\nThey arrested 51,000 suspects.")
    records = extract_metrics(text, dt.date(2024, 1, 12), "CN", "t")
    assert [(r.value, r.period) for r in records if r.unit == "count"] == [
        (210000, "2023"), (214000, "2023"), (51000, "2023")]


def test_in_the_month_is_the_month_told_before() -> None:
    text = "Scam losses fell 20 per cent to HK$310 million in January.\nPolice arrested 290 people in the month."
    records = extract_metrics(text, dt.date(2025, 2, 20), "HK", "t")
    assert [(r.value, r.period) for r in records] == [(-20, "2025-01"), (310e6, "2025-01"), (290, "2025-01")]


def test_an_operations_month_is_not_refined_by_a_statistic_of_the_half_year() -> None:
    text = ("Police probe 640 scam suspects\nPolice are investigating 640 people linked to scams, they said on Friday.\n"
            "The suspects were identified in an operation between Sept 3 and Sept 16.\n"
            "Scam losses fell to $385 million in the first half of 2024.")
    records = extract_metrics(text, dt.date(2024, 9, 27), "SG", "t")
    assert [(r.value, r.period) for r in records] == [(640, "2024-09"), (640, "2024-09"), (385e6, "2024-01/2024-06")]


def test_a_change_on_the_previous_year_of_a_financial_year_is_against_the_financial_year_before() -> None:
    records = extract_metrics("Police recorded 52,300 fraud offences in the 2023-24 financial year, up 11 per cent on "
                              "the previous year.", dt.date(2024, 10, 10), "AU", "t")
    assert [(r.value, r.period, r.baseline_period) for r in records] == [
        (52300, "2023/2024", None), (11, "2023/2024", "2022/2023")]


@pytest.mark.parametrize("sentence, published, baseline", [
    ("In the third quarter, police received 9,800 scam reports, down 4 per cent quarter on quarter.",
     dt.date(2025, 11, 2), "2025-04/2025-06"),
    ("Police received 3,100 scam reports in October, up 8 per cent from the previous month.", dt.date(2025, 11, 2),
     "2025-09"),
])
def test_a_change_on_the_quarter_or_month_before(sentence: str, published: dt.date, baseline: str) -> None:
    assert extract_metrics(sentence, published, None, "t")[1].baseline_period == baseline


def test_the_earlier_end_of_a_change_written_to_then_from_is_the_year_before() -> None:
    text = "Police recorded 8,100 scam cases in the first half of 2025. Losses rose, to $90 million, from $70 million."
    assert [(r.value, r.period) for r in extract_metrics(text, dt.date(2025, 8, 1), "SG", "t")] == [
        (8100, "2025-01/2025-06"), (90e6, "2025-01/2025-06"), (70e6, "2024-01/2024-06")]


def test_a_figure_before_a_running_total_since_a_year_keeps_the_reporting_period() -> None:
    text = ("Police recorded 8,100 scam cases in the first half of 2025. Officers investigated 900 money mules, "
            "bringing the number probed since 2021 to 12,000.")
    assert [(r.value, r.period) for r in extract_metrics(text, dt.date(2025, 8, 1), "SG", "t")] == [
        (8100, "2025-01/2025-06"), (900, "2025-01/2025-06"), (12000, "2021/2025")]


def test_a_figure_before_a_window_to_date_takes_its_own_month() -> None:
    text = "Police arrested 300 fraud suspects in March, while the total since 2020 reached 9,000."
    assert [(r.value, r.period) for r in extract_metrics(text, dt.date(2026, 5, 10), None, "t")] == [
        (300, "2026-03"), (9000, "2020/2026")]


def test_a_record_since_a_year_far_after_its_words_dates_no_figure() -> None:
    text = "Police recorded 30,000 scam cases in 2024. That is a drop of 8%, the first time the total has fallen " \
           "below 35,000 since 2018."
    assert [(r.value, r.period, r.baseline_period) for r in extract_metrics(text, PUB, None, "t")] == [
        (30000, "2024", None), (-8, "2024", "2023")]


def test_the_earlier_end_of_a_rate_written_to_then_from_is_the_year_before() -> None:
    text = "Police solved more cases in 2024. The clearance rate rose to 41 per cent from 36 per cent."
    assert [(r.value, r.period) for r in extract_metrics(text, PUB, None, "t")] == [(41, "2024"), (36, "2023")]
