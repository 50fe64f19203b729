"""Number parsing: digit groups, Indian grouping, words, scales, currencies and percents."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.numbers import find_numbers, parse_number, rounding_step


@pytest.mark.parametrize("raw, value", [
    ("40,000", 40000), ("8,200", 8200), ("1,23,672", 123672), ("49.5", 49.5), ("1\u00a0000", 1000),
    ("nine", 9), ("twenty-five", 25), ("a dozen", 12), ("eight", 8), ("ninety nine", 99),
    ("three hundred and twelve", 312), ("two thousand three hundred", 2300), ("one hundred and fifty thousand", 150_000),
    ("A hundred and twelve", 112), ("a thousand and fifty", 1050), ("a hundred and fifty-two", 152),
    ("J$78 million", 78e6), ("TT$1.2 million", 1.2e6),
    ("1.2 million", 1_200_000), ("3bn", 3e9), ("2.5 billion", 2.5e9), ("4 lakh", 400_000),
    ("1.23 lakh", 123_000), ("Rs 5.29 crore", 52_900_000), ("Rs 1.2 lakh crore", 1.2e12), ("₹3 crore", 30_000_000),
    ("RM1.5 million", 1.5e6), ("P6.7 billion", 6.7e9), ("P250,000", 250_000), ("RM1.2bil", 1.2e9), ("RM2.3mil", 2.3e6),
    ("S$770 million", 770e6), ("US$36 million", 36e6), ("HK$30 million", 30e6), ("$500", 500),
    ("26.7 per cent", 26.7), ("5.8%", 5.8), ("12 percent", 12), ("3 pct", 3), ("10k", 10_000),
    ("2.5 billion yuan", 2.5e9), ("€4.2m", 4.2e6), ("£900,000", 900_000),
    # a decimal comma before a scale or a percent sign (no group of thousands ends in one or two digits); "bln"
    ("1,5 million euros", 1.5e6), ("12,5%", 12.5), ("RM1,25 million", 1.25e6), ("41 bln", 41e9),
    ("CZK 2.9 billion", 2.9e9),
    # a half more, and half a dozen
    ("half a dozen", 6), ("two and a half thousand", 2500), ("one and a half million", 1.5e6),
    ("one and a half", 1.5), ("twenty and a half", 20.5), ("Nu 21.5 million", 21.5e6),
    # a decimal comma before "thousand", as translated reports write it; three digits after the comma stay a group
    ("1,5 thousand", 1500), ("1,500 thousand", 1.5e6), ("1.2 thousand", 1200),
])
def test_parse_number(raw: str, value: float) -> None:
    assert parse_number(raw) == pytest.approx(value)


@pytest.mark.parametrize("text, currency, percent", [
    ("lost Rs 5.29 crore to scammers", "INR", False), ("seized S$2 million", "SGD", False),
    ("RM300,000 was frozen", "MYR", False), ("fined $500", "$", False), ("2.5 billion yuan", "CNY", False),
    ("36 million U.S. dollars", "USD", False), ("rose 12 per cent", None, True), ("HK$30 million", "HKD", False),
    ("shabu worth P6.7 billion", "PHP", False), ("seized P250,000 in cash", "PHP", False),
    ("recovered N365 billion", "NGN", False), ("seized Rp 1.5 billion", "IDR", False),
    ("lost 3.2 billion rupiah", "IDR", False), ("lost A$2.74 billion", "AUD", False),
    ("a 300-million-baht scam", "THB", False),  # a sum written as a compound adjective
    ("seized J$78 million in cash", "JMD", False), ("seized TT$1.2 million", "TTD", False),
    ("recovered USh 38.4 billion", "UGX", False), ("saving TSh 9.6 billion", "TZS", False),
    ("cost K4.2 billion", "ZMW", False), ("lost MK12 million", "MWK", False),
    ("damage of CZK 2.9 billion", "CZK", False), ("lost NOK 420 million", "NOK", False),
    ("lost a combined QR 4.6 million", "QAR", False), ("worth 3.2 billion birr", "ETB", False),
    ("paid 48 million quetzales", "GTQ", False), ("stole 2.3 billion CFA francs", "XOF", False),
    ("damage of czk 2.9 billion", None, False),  # an ISO code is written in capitals
    ("a street value of G$5.1 billion", "GYD", False), ("worth 20 million tala", "WST", False),
    ("seized N$40 million", "NAD", False), ("lost EC$3 million", "XCD", False), ("seized BZ$1.2 million", "BZD", False),
    # as Philippine, Saudi, Egyptian, Myanmar, Belarusian, Bangladeshi and Swiss reports write them
    ("shabu worth Php 1.2 billion", "PHP", False), ("fined SR1.2 million", "SAR", False),
    ("worth E£1.2 million", "EGP", False), ("worth K 4.6 billion", "ZMW", False),
    ("damage of Br3.1 million", "BYN", False),
    ("recovered Taka 2.35 lakh", "BDT", False), ("stole CHF 2'400'000", "CHF", False),
])
def test_currency_and_percent_marks(text: str, currency: str | None, percent: bool) -> None:
    (mention,) = find_numbers(text)
    assert mention.currency == currency
    assert mention.percent is percent
    assert text[mention.start:mention.end] == mention.raw


@pytest.mark.parametrize("text", ["P2P lending", "the P3 grade", "about P5 each", "N95 masks", "the N1 highway"])
def test_a_p_before_a_small_bare_number_is_no_peso(text: str) -> None:
    assert all(mention.currency is None for mention in find_numbers(text))


def test_spans_and_raw_text_are_kept_with_an_offset() -> None:
    mentions = find_numbers("Police arrested 1,200 people and froze 300 accounts.", offset=100)
    assert [(m.raw, m.start, m.value) for m in mentions] == [("1,200", 116, 1200), ("300", 139, 300)]


def test_not_numbers_inside_other_tokens() -> None:
    assert find_numbers("COVID-19 and the A380 and 24/7 and 10:30") == ()


def test_an_improper_fraction_is_no_share() -> None:
    assert [(m.value, m.percent) for m in find_numbers("four-thirds of them")] == [(4, False)]


def test_rounding_step_is_the_last_written_digit() -> None:
    assert rounding_step("1.23 lakh") == pytest.approx(1000)
    assert rounding_step("40,213") == 1
    assert rounding_step("2.5 billion") == pytest.approx(1e8)


def _styles(n: int) -> list[str]:
    return [f"{n}", f"{n:,}", f"{n:,}".replace(",", "\u00a0"), f"{n:,}".replace(",", "'"),  # (Swiss groups)
            f"{n:,}".replace(",", "\u2019")]


@given(st.integers(min_value=1, max_value=10**12))
def test_round_trip_digit_styles(n: int) -> None:
    for text in _styles(n):
        assert parse_number(text) == n, text


@given(st.integers(min_value=1_000_000, max_value=10**12))
def test_round_trip_groups_set_off_by_dots(n: int) -> None:
    assert parse_number(f"{n:,}".replace(",", ".")) == n  # "1.234.567", as much of Europe writes it


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["tonnes", "kg", "litres"]))
def test_round_trip_decimal_comma_before_a_weight(n: int, unit: str) -> None:
    (mention,) = find_numbers(f"seized {n / 10:g} {unit}".replace(".", ","))
    assert mention.value == pytest.approx(n / 10)


def test_an_internet_address_is_no_number() -> None:
    assert find_numbers("traced to 172.16.254.1 and 10.0.0.1 (version 2.4.1)") == ()


@given(st.integers(min_value=1, max_value=999), st.sampled_from([("thousand", 1e3), ("million", 1e6),
                                                                   ("billion", 1e9), ("lakh", 1e5), ("crore", 1e7)]))
def test_round_trip_scale_words(n: int, scale: tuple[str, float]) -> None:
    word, factor = scale
    assert parse_number(f"{n / 10:g} {word}") == pytest.approx(n / 10 * factor)


def _indian(n: int) -> str:
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail]) if head else ",".join([*groups, tail])


@given(st.integers(min_value=1000, max_value=10**11))
def test_round_trip_indian_grouping(n: int) -> None:
    assert parse_number(_indian(n)) == n


@pytest.mark.parametrize("text, value", [("one in four victims", 25), ("1 in 3 crimes", 33.3),
                                          ("two in every five arrests", 40), ("9 in 10 cases", 90)])
def test_a_ratio_is_one_share_in_percent(text: str, value: float) -> None:
    (mention,) = find_numbers(text)
    assert (mention.value, mention.percent, mention.ratio, mention.raw) == (value, True, True, " ".join(text.split()[:-1]))


@pytest.mark.parametrize("text, value", [("half of the victims", 50), ("nearly two-thirds of\nthe cases", 66.7),
                                          ("three quarters of  all arrests", 75), ("a fifth of those held", 20),
                                          ("four-fifths of them", 80), ("nine-tenths of the victims", 90)])
def test_a_fraction_of_a_group_is_one_share_in_percent(text: str, value: float) -> None:
    (mention,) = find_numbers(text)
    assert (mention.value, mention.percent, mention.ratio) == (value, True, True)
    assert text[mention.start:mention.end].endswith(("half", "thirds", "quarters", "fifth", "fifths", "tenths"))


_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand_in_words(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    tens = _ONES[rest] if rest < 20 else _TENS[rest // 10] + (f"-{_ONES[rest % 10]}" if rest % 10 else "")
    if not hundreds:
        return tens
    return f"{_ONES[hundreds]} hundred" + (f" and {tens}" if rest else "")


def _in_words(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    if not thousands:
        return _below_thousand_in_words(rest)
    return f"{_below_thousand_in_words(thousands)} thousand" + (f" {_below_thousand_in_words(rest)}" if rest else "")


@given(st.integers(min_value=1, max_value=999_999))
def test_round_trip_numbers_in_words(n: int) -> None:
    """A number written out in words, as a minister's remarks or a translated report write it ("twenty-two thousand
    five hundred and ten"), is read whole from a sentence."""
    (mention,) = find_numbers(f"Police seized {_in_words(n)} pills.")
    assert mention.value == n, _in_words(n)
