"""Each quick check the extractor runs before a pattern agrees with that pattern.

The checks (a word at the end of a window, a substring, a bounded search) only decide
whether a regex is worth running; they must never hide one of its matches.  Texts are
built from the words each pattern is about, with near misses and punctuation around them.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import (bare_counts, change_ends, classify, exclusions, figure_periods, group_parts, identity, nouns,
                     percent_reading, period_rules, periods, places, reporting_period, time_words, topics)
from parsers.places import places_by_sentence, places_in
from parsers.scan import lowered, word_start_trie
from parsers.sentences import split_sentences


def texts(words: list[str], max_size: int = 12) -> st.SearchStrategy[str]:
    """Texts made of ``words`` and separators, joined with and without spaces."""
    pieces = st.lists(st.sampled_from(words + [" ", "  ", ",", ".", "-", "–", "(", "x", "5", "\n"]), max_size=max_size)
    return pieces.map("".join) | pieces.map(" ".join)


NOT_METRIC_WORDS = ["section", "sec.", "sec", "no.", "number", "aged", "age", "between", "tel.", "vol", "rank",
                    "ranked", "pm", "am", "covid", "g", "5g", "big", "and", "to", "into", "12", "of",
                    "level", "top", "laptop", "pages", "ages", "younger than", "older than", "under the age of",
                    "than", "category"]


@given(texts(NOT_METRIC_WORDS))
def test_not_a_metric_words_are_found_by_their_quick_check(tail: str) -> None:
    if exclusions._NOT_METRIC_BEFORE.search(tail):
        assert exclusions._ends_like_not_a_metric(tail)


QUALIFIER_WORDS = ["more than", "over", "exceeding", "in excess of", "at least", "no fewer than", "no more than",
                   "up to", "as many as", "under", "just under", "just over", "some", "about", "approx.", "approx",
                   "an estimated", "close to", "circa", "roughly", "cover", "handsome", "the", "a", "north of",
                   "just shy of", "shy of", "in the region of"]


@given(texts(QUALIFIER_WORDS))
def test_the_qualifier_search_bound_keeps_every_match(tail: str) -> None:
    bound = max(0, len(tail.rstrip()) - classify._QUALIFIER_LONGEST)
    found, bounded = classify._QUALIFIER_RE.search(tail), classify._QUALIFIER_RE.search(tail, bound)
    assert (found and found.lastgroup) == (bounded and bounded.lastgroup)


FOUNDING_WORDS = ["established", "founded", "formed", "set up", "created", "inaugurated", "launched", "in",
                  "reestablished", "setup", "up", "the unit was", "2000"]


@given(texts(FOUNDING_WORDS), st.integers(0, 60))
def test_founding_years_are_found_by_their_quick_check(lower: str, start: int) -> None:
    start = min(start, len(lower))
    if periods._FOUNDED.search(lower, max(0, start - 30), start):
        assert periods._founded_before(lower, start)


COUNT_WORDS = ["the number of", "total of", "amount of", "count of", "number", "of", "the", "those", "numbers of",
               "totals", "accounts of"]


@given(texts(COUNT_WORDS))
def test_number_of_phrases_are_found_by_their_quick_check(lower: str) -> None:
    if percent_reading._NUMBER_OF.search(lower):
        assert percent_reading._names_a_count(lower)


MONTH_WORDS = ["jan", "january", "march", "market", "summary", "may", "dismay", "dec", "decline", "oct", "_oct",
               "nov", "novel", "sept", "2023", "in"]
MONTH_AT_A_WORD_START = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


@given(texts(MONTH_WORDS))
def test_month_clue_is_a_month_at_a_word_start(lower: str) -> None:
    assert periods._names_a_month(lower) == bool(MONTH_AT_A_WORD_START.search(lower))


REPORTER_WORDS = ["court", "courts", "judicial", "judges", "tribunal", "procuratorate", "prosecutors",
                  "prosecution service", "attorney-general", "police", "public security", "constabulary", "report",
                  "polices", "publicity"]


@given(texts(REPORTER_WORDS))
def test_reporter_stems_occur_wherever_a_reporter_is_named(lower: str) -> None:
    if next(identity._REPORTER_SCAN.finditer(lower), None):
        assert identity._REPORTER_SCAN.may_occur(lower)


YEAR_TEXTS = ["2023", "1999", "1949", "2101", "$2023", "12023", "2023,5", "2,023", "1.2023", "20231", "in", "-"]
# (the plain form, with the same rule after it: no year in the middle of a reference such as "55-2026-1187")
OLD_YEAR = re.compile(r"(?<![\d,.$])((?:19[5-9]\d|20\d\d))(?!\d|,\d|(?<=\d-\d{4})-\d)")


@given(texts(YEAR_TEXTS))
def test_year_pattern_opening_with_its_digit_finds_the_same_years(text: str) -> None:
    assert [m.span(1) for m in periods._YEAR_SPAN.finditer(text)] == [m.span(1) for m in OLD_YEAR.finditer(text)]


CLAUSE_WORDS = ["were", "arrested", "while", "but", "whereas", "butter", "x", ";", "."]


@given(texts(CLAUSE_WORDS, max_size=80))
def test_main_verb_window_is_the_clause_up_to_its_reach(after: str) -> None:
    window = nouns._CLAUSE_END.split(after, maxsplit=1)[0][:nouns._MAIN_VERB_REACH]
    old = next((v.lastgroup for aux in nouns._AUX_VERB_RE.finditer(window.lower())
                if (v := nouns.VERB_RE.match(window.lower(), aux.end()))), None)
    assert nouns._main_verb_after(after) == old


VERB_WORDS = ["arrested", "arrest", "rescued", "charged", "held", "upheld", "killed", "skilled", "involving", "the",
              "taken into custody", "taken", "sentenced"]


@given(texts(VERB_WORDS))
def test_verb_stems_can_start_wherever_a_people_verb_is_named(lower: str) -> None:
    if next(nouns._VERB_SCAN.finditer(lower), None):
        assert nouns._VERB_SCAN.may_occur(lower)


PLACE_SENTENCES = ["Police in China arrested 40 suspects.", "Victims were flown back to", "China said 12 were held.",
                   "Chinese police and Thai officials met in Bangkok.", "Money went from", "the Philippines to Laos.",
                   "Some 300 people from Myanmar were rescued.", "The US$ 5 million was frozen in Hong Kong.",
                   "Singapore Police Force figures show 9,000 scams."]


@given(st.lists(st.sampled_from(PLACE_SENTENCES), min_size=1, max_size=6), st.sampled_from([" ", "\n", "\n\n"]))
def test_places_read_for_a_whole_article_are_each_sentences_own(sentences: list[str], joint: str) -> None:
    article = split_sentences(joint.join(sentences))
    by_sentence = places_by_sentence(joint.join(sentences), [(s.start, s.end) for s in article])
    assert by_sentence == [places_in(s.text) for s in article]


WORD_STARTS = ["in", "on", "since", "during", "by", "of", "last", "past", "previous", "this year", "as of", "march",
               "mar", "may", "sept", "sep", "september"]


@given(texts(WORD_STARTS + ["bin", "xin", "_on", "5of", "ma", "yesterday", "pastry", "emay"]))
def test_word_start_tries_match_where_the_word_boundary_form_does(text: str) -> None:
    plain = re.compile(r"\b(?:" + "|".join(sorted(WORD_STARTS, key=len, reverse=True)) + ")")
    led = re.compile(word_start_trie(WORD_STARTS))
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(texts(["1", "12", "123", "x1", "_1", "a12", " 5th", "31st"]))
def test_day_pattern_opening_with_its_digit_finds_the_same_days(text: str) -> None:
    assert [m.span() for m in re.finditer(time_words.DAY, text)] == [m.span() for m in re.finditer(r"\b\d{1,2}", text)]


# The substring gates added before a pattern: a text the pattern matches always passes its gate.
SPENDING_WORDS = ["budget", "budgets", "allocated", "funding", "grants", "salaries", "wages", "revenue", "cost of",
                  "price of", "costing", "a", "of", "$", "transfers above", "payments under", "transaction over",
                  "withdrawals of more than"]


@given(texts(SPENDING_WORDS))
def test_spending_and_threshold_sums_pass_their_quick_check(before: str) -> None:
    window = before.lower()
    if exclusions._SPENDING_BEFORE.search(window):
        assert any(map(window.__contains__, exclusions._SPENDING_WORDS))
    if exclusions._THRESHOLD_BEFORE.search(window):
        assert any(map(window.__contains__, exclusions._THRESHOLD_WORDS))


RETURN_WORDS = ["returns of", "return", "interest", "profits", "yield of", "dividends", "commission of", "up to",
                "about", "over", "of"]


@given(texts(RETURN_WORDS))
def test_promised_returns_pass_their_quick_check(lower: str) -> None:
    if percent_reading._RETURN_BEFORE.search(lower):
        assert any(map(lower.__contains__, percent_reading._RETURN_WORDS))


HEALTH_WORDS = ["COVID-19", "covid", "Coronavirus", "pandemic", "infections", "Infected", "vaccines", "hospitalised",
                "quarantine", "self-isolate", "per 100,000", "cases", "per"]


@given(texts(HEALTH_WORDS))
def test_epidemic_words_pass_their_quick_check(text: str) -> None:
    if topics._HEALTH.search(text):
        assert any(map(text.lower().__contains__, topics._HEALTH_WORDS))


@given(st.sampled_from(["across", "in", "spanning", "Covering", "involving"]), st.sampled_from(["34", "six", "several"]),
       st.sampled_from(["countries", "Countries", "COUNTRIES", "nations", "member states", "Jurisdictions"]),
       st.sampled_from(["", "Interpol said ", "EUROPOL: ", "police ", "the International Tennis Integrity Agency said ",
                        "International Cricket Council: "]))
def test_many_countries_pass_their_quick_check(prep: str, count: str, noun: str, lead: str) -> None:
    text = f"{lead}an operation {prep} {count} {noun}"
    if places._MANY_COUNTRIES.search(text) or places._INTERNATIONAL.search(text):
        assert places.names_many_countries(text, international=True)



@given(texts(["rose", "to", "the", "cases", "5", "x"]), st.sampled_from(["compared to", "compared with", "than",
                                                                         "against", "versus", "vs.", "from", "From",
                                                                         "THAN", "fro", "vs"]),
       st.sampled_from(["", "about ", "some ", "just "]))
def test_comparison_partners_pass_their_quick_check(lead: str, mark: str, qualifier: str) -> None:
    window = f"{lead} {mark} {qualifier}"[-30:]
    if figure_periods._PARTNER_BEFORE.search(window.lower()):
        assert any(word in window.lower() for word in figure_periods._PARTNER_WORDS)


@given(st.sampled_from(["during", "in", "over", "for", "within", "In", "DURING"]),
       st.sampled_from(["this", "that", "the same", "the", "The"]),
       st.sampled_from(["period", "time", "timeframe", "month", "quarter", "year", "Quarter", "MONTH", "week"]),
       st.sampled_from(["", ".", " to March", " ending June", " ago", ","]))
def test_this_period_phrases_pass_their_quick_check(prep: str, det: str, noun: str, tail: str) -> None:
    text = f"Police arrested 40 people {prep} {det} {noun}{tail}"
    if figure_periods._THIS_PERIOD.search(text):
        assert any(word in text.lower() for word in figure_periods._THIS_PERIOD_WORDS)


@given(st.sampled_from(["excluding", "except", "except for", "other than", "apart from", "not including",
                        "including", "exclude"]),
       st.lists(st.sampled_from(["online", "drug", "credit-card"]), max_size=3),
       st.sampled_from(["fraud", "crimes", "scams"]))
def test_crimes_a_total_leaves_out_pass_their_quick_check(mark: str, words: list[str], crime: str) -> None:
    lower = f"6.6 million crimes in total, {mark} {' '.join(words + [''])}"
    if topics._LEFT_OUT_BEFORE.search(lower):
        assert any(word in lower for word in topics._LEFT_OUT_WORDS)


# The gates added by the held-out batches' readings.
@given(texts(["rose", "the", "cases", "5", "x", "police"]),
       st.sampled_from(["from", "to", "topped", "crossed", "exceeded", "surpassing", "remain above", "stood at", ", up",
                        ", down", "a record low of", "an all-time high of", "peak of", "out of the", "averaging",
                        "compared with", "than", "numbered", "tops", "x", "an average of", "the average of",
                        "from the", "than the", "led by", "compared to the"]),
       st.sampled_from(["", "about ", "just ", "nearly ", "a record ", "an estimated ", "roughly "]),
       st.sampled_from([" ", "  ", "\n"]))
def test_compared_with_words_pass_their_quick_check(lead: str, word: str, qualifier: str, space: str) -> None:
    lower = f"{lead} {word}{space}{qualifier}".lower()[-50:]
    if bare_counts._COMPARED_BEFORE.search(lower):
        assert bare_counts._ends_with_word(lower, bare_counts._COMPARED_WORDS)


@given(texts(["sent", "Sent", "brought", "flew", "flown", "ferried", "hand", "Hands", "handed", "HANDING", "about",
              "more than", "at least", "a further", "over", "send", "han"]))
def test_split_verbs_pass_their_quick_check(before: str) -> None:
    if nouns.SPLIT_VERB_BEFORE.search(before[-25:]):
        assert any(map(before[-25:].lower().__contains__, nouns.SPLIT_VERBS))


@given(texts(["cases", "the", "x", "5"]), st.sampled_from(["cases", "reports", "complaints"]),
       st.sampled_from([" ", "\n", "  "]), st.sampled_from(["", "about ", "some ", "over ", "more than "]))
def test_noun_of_phrases_pass_their_quick_check(lead: str, noun: str, space: str, qualifier: str) -> None:
    before = f"{lead} {noun} of{space}{qualifier}"
    if bare_counts._NOUN_OF_BEFORE.search(before[-60:]):
        assert bare_counts.NOUN_OF_GATE in before[-25:]


@given(st.sampled_from([" ", "  ", "\n", "\t "]), st.sampled_from(["to", "To", "into"]),
       st.sampled_from(["prosecutors", "prosecution", "the prosecution", "pros"]))
def test_referrals_to_prosecutors_pass_their_quick_check(space: str, to: str, target: str) -> None:
    after = f"{space}{to} {target} over lending"
    if group_parts.TO_PROSECUTORS_AFTER.match(after):
        assert group_parts.PROSECUTORS_GATE in after[:40]


@given(st.sampled_from(["Police", "police", "Authorities", "officers", "Investigators", "prosecutors", "Polices"]),
       st.sampled_from(["in", "from", "In"]), st.sampled_from(["Spain", "the UK", "Hong Kong"]),
       st.sampled_from([", ", " and ", ", and "]), st.sampled_from(["Portugal", "the United States", "Italy"]))
def test_forces_of_several_countries_pass_their_quick_check(force: str, prep: str, first: str, join: str,
                                                            second: str) -> None:
    text = f"{force} {prep} {first}{join}{second} arrested 40 fraud suspects."
    if places._FORCES_OF.search(text):
        assert any(map(text.__contains__, places._FORCES_WORDS))


@given(st.sampled_from(["searching", "hunting", "looking", "search", "manhunt", "Searching", "hunt"]),
       st.sampled_from(["for", "For", "fore"]), st.sampled_from(["", "another ", "a further ", "some "]))
def test_people_sought_pass_their_quick_check(verb: str, prep: str, quantity: str) -> None:
    tail = f"and police are {verb} {prep} {quantity}"
    if nouns.SOUGHT_BEFORE.search(tail):
        assert nouns.SOUGHT_GATE in tail


@given(texts(["box office", "Box Office", "theaters", "THEATRES", "opening weekend", "grossed", "Grossed", "film"]))
def test_box_office_words_pass_their_quick_check(before: str) -> None:
    low = before.lower()
    if exclusions._SHOW_BUSINESS.search(low):
        assert any(map(low.__contains__, exclusions._SHOW_WORDS))


@given(st.sampled_from(["records", "data collection", "comparable records", "the survey", "counting"]),
       st.sampled_from(["began", "started", "were first kept", "were first collected"]), st.sampled_from(["", " in"]))
def test_records_began_pass_their_quick_check(what: str, verb: str, prep: str) -> None:
    lower = f"the lowest since {what} {verb}{prep} 2008"
    start = lower.rindex("2008")
    if periods._RECORDS_BEGAN.search(lower, max(0, start - 60), start):
        assert periods.RECORDS_GATE in lower[max(0, start - 60):start]


@given(st.sampled_from(["", "the ", "all ", "their "]), st.sampled_from(["amount involved", "losses", "cases"]),
       st.sampled_from(["was", "is", "stood at", "at", "of"]), st.sampled_from(["", "just ", "about "]))
def test_shares_named_before_pass_their_quick_check(det: str, noun: str, verb: str, qualifier: str) -> None:
    lower = f"though their share of {det}{noun} {verb} {qualifier}"[-70:]
    if percent_reading._SHARE_OF_BEFORE.search(lower):
        assert percent_reading.SHARE_GATE in lower


@given(texts(["in the", "across the", "throughout the", "European Union", "EU", "EU-wide", "Eurostat", "Europe"]))
def test_eu_wide_totals_pass_their_quick_check(text: str) -> None:
    if places._WHOLE_EU.search(text):
        assert places.names_many_countries(text)


@given(texts(["spend", "spends", "spending", "set aside", "earmarked", "jobs paying", "job offering", "paid the callers",
              "pays its workers", "were paid", "got paid", "cost of", "costing", "budget", "the", "$", "firm raises",
              "start-up has raised", "company raised", "labs raising", "prize of", "jackpot money of", "winnings of"]))
def test_new_spending_words_pass_their_quick_check(before: str) -> None:
    window = before.lower()
    if exclusions._SPENDING_BEFORE.search(window):
        assert any(map(window.__contains__, exclusions._SPENDING_WORDS))


@given(texts(["aged below", "aged under", "aged over", "aged above", "below", "under", "over", "aged", "people"]))
def test_ages_above_or_below_pass_their_quick_check(tail: str) -> None:
    if exclusions._NOT_METRIC_BEFORE.search(tail):
        assert exclusions._ends_like_not_a_metric(tail)


TIME_WORDS = ["in", "on", "since", "from", "between", "to", "and", "compared with", "compared to", "than in", "than",
              "january", "sept", "dec.", "march", "may", "2024", "2025-26", "last year", "this year", "the past",
              "three", "months", "days", "first", "quarter", "half", "of", "as of", "by the end of", "the year",
              "ending", "12", "4th", "decade", "last", "last month", "the start of", "year-to-date"]


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(TIME_WORDS + [",", "5"]), max_size=8).map(" ".join))  # words as words: a month
def test_time_rules_match_only_where_their_clues_are(text: str) -> None:
    lower = text.lower()
    present = periods._clues(lower)[3]
    for rule, needs in zip(period_rules.RULES, periods._NEEDS):
        if rule.pattern.search(lower):
            assert all(not present.isdisjoint(clue) for clue in needs), rule.pattern.pattern[:60]


@given(st.sampled_from(["12,000", "5"]), texts(["cases", "scam", "reports", ","], max_size=3),
       st.sampled_from([" up from ", " down from ", ", down from ", " up   from  "]), texts(["about ", "just ", "Rs.", "RM", "$"],
                                                                                  max_size=2))
def test_up_from_partners_pass_their_quick_check(figure: str, noun: str, mark: str, qualifier: str) -> None:
    before = figure + noun + mark + qualifier
    if change_ends._UP_FROM.search(before):
        assert change_ends.UP_FROM_GATE in before[-20:]


@given(texts(["per lakh", "per 100,000", "per capita", "per head", "population", "per", "lakh", "from", "to", "3.2"]))
def test_rates_per_head_pass_their_quick_check(before: str) -> None:
    if bare_counts._PER_POPULATION_BEFORE.search(before[-40:]):
        assert bare_counts.PER_HEAD_GATE in before[-40:]


@given(texts(["ring", "arrested 46", ","], max_size=3), st.sampled_from(["that", "which", "who", "That"]),
       st.sampled_from([" ", "  ", " had ", " has "]), st.sampled_from(["siphoned", "cheated", "defrauded"]),
       texts(["$2 million", "12", "over the past", "victims", ";"], max_size=4))
def test_relative_clauses_pass_their_quick_check(lead: str, pronoun: str, aux: str, verb: str, rest: str) -> None:
    text = lead + " " + pronoun + aux + verb + " " + rest
    if figure_periods._RELATIVE_CLAUSE.search(text):
        assert figure_periods.clause_of_its_own(text, 0, len(text))


@given(st.sampled_from(["stealing", "stole", "swindled", "Extorted", "bilking"]),
       texts(["$2 million", "more than", "the money", "cash"], max_size=3),
       st.sampled_from([" from ", " from  ", " FROM "]), st.sampled_from(["", "about ", "more than ", "at least  "]))
def test_taken_from_pass_their_quick_check(verb: str, what: str, mark: str, qualifier: str) -> None:
    before = "The gang is accused of " + verb + " " + what + mark + qualifier
    if nouns._TAKEN_FROM.search(before[-110:]):
        assert nouns.TAKEN_FROM_GATE in before[-25:].lower()


@given(texts(["reports", "in 2025", ","], max_size=4),
       st.sampled_from(["of which", "the figure was", "the total stood at", "the tally reached", "that figure is",
                        "a total fell to", "Of Which", "THE TALLY WAS", "accounted for", "makes up", "Accounting For",
                        "the record", "a peak of", "the previous record of", "the 2015 total of",
                        "the previous year's figure of", "the all-time high of"]),
       st.sampled_from(["", " only", " just", " about"]), st.sampled_from([" ", "  "]))
def test_parts_and_restated_totals_pass_their_quick_check(lead: str, phrase: str, qualifier: str, space: str) -> None:
    before = lowered(lead + " " + phrase + qualifier + space)
    if bare_counts._PART_OR_RESTATED.search(before[-45:]):
        assert any(map(before[-45:].__contains__, bare_counts.RESTATED_GATE))


@given(st.sampled_from([" lost ", " had lost ", " each lost ", " all  lost ", "  lost  "]),
       st.sampled_from(["", "more than ", "a total of ", "nearly "]), st.sampled_from(["$5 million", "their savings", "RM3"]))
def test_people_who_lost_money_pass_their_quick_check(verb: str, qualifier: str, what: str) -> None:
    after = verb + qualifier + what + " each"
    if bare_counts._LOST_AFTER.match(after):
        assert bare_counts.LOST_GATE in after[:14]


@given(texts(["cases", "rose", "5", "the", "same"], max_size=3),
       st.sampled_from(["11.2%", "9 per cent", "4 percent", "cases"]),
       st.sampled_from([" below ", " above ", " from ", " since ", " compared with ", " than in ", " against ",
                        " over the ", " versus ", " vs ", " relative to ", " that of ", " more than in "]),
       st.sampled_from(["", "the ", "the same ", "about "]))
def test_baseline_marks_pass_their_quick_check(lead: str, figure: str, mark: str, filler: str) -> None:
    lower = f"{lead} {figure}{mark}{filler}".lower()
    if periods._BASELINE_MARK.search(lower[-40:]):
        assert any(map(lower[-40:].__contains__, periods._BASELINE_WORDS))


@given(texts(["the syndicate", "allegedly", "cheated", "duped", "received", "paid", "bribes", "kickbacks", "took",
              "laundered", "siphoned", "cheating", "bribe", "lure"], max_size=8))
def test_crime_accounts_pass_their_quick_check(text: str) -> None:
    lower = text.lower()
    if reporting_period._CRIME_VERBS.search(lower):
        assert any(map(lower.__contains__, reporting_period._CRIME_WORDS))


@given(texts(["police", "prevented", "foiled", "scam", "attempts", "attempted", "scams", "5,000"], max_size=6))
def test_crimes_kept_from_happening_pass_their_quick_check(after: str) -> None:
    if classify._ATTEMPTS_AFTER.match(after):
        assert "attempt" in after[:50]


@given(texts(["its", "shares", "stock", "share price", "rose", "fell", "the", "cases", "of"], max_size=6))
def test_share_prices_pass_their_quick_check(text: str) -> None:
    lower = lowered(text)
    if percent_reading._MARKET_BEFORE.search(lower[-50:]):
        assert "share" in lower[-50:] or "stock" in lower[-50:]


@given(texts(["arrested 30", "that", "which", "who", "stole", "siphoned", "with cheating", "for allegedly accepting",
              "suspected of carrying out", "over bribes totalling", "$5 million", "18 robberies", "between"], max_size=6))
def test_clauses_of_their_own_pass_their_quick_check(text: str) -> None:
    if figure_periods._RELATIVE_CLAUSE.search(text):
        assert any(map(text.__contains__, figure_periods.RELATIVE_GATE))



PREVIOUS_SPAN_TEXTS = ["in", "during", "over", "the", "previous", "preceding", "prior", "three months", "quarter",
                       "month", "months"]


@given(texts(PREVIOUS_SPAN_TEXTS))
def test_the_span_just_before_is_found_by_its_quick_check(text: str) -> None:
    if change_ends._PREVIOUS_SPAN_AFTER.search(text):
        assert any(map(text.__contains__, change_ends.PREVIOUS_SPAN_WORDS))


PART_FRACTION_TEXTS = ["making up", "makes up", "made up", "make up", "accounts for", "accounted for",
                       "account for", "accounting for", "nearly", "about", "half", "a third", "two-thirds",
                       "three quarters", "of", "up", "upper", "half-year"]


@given(texts(PART_FRACTION_TEXTS))
def test_a_fraction_a_part_makes_up_is_found_by_its_quick_check(text: str) -> None:
    from parsers import numbers
    if numbers._PART_FRACTION.search(text):
        assert " up " in text or "account" in text


REGION_TEXTS = ["in", "across", "throughout", "the", "East and Southeast", "Southeast", "South-East", "East",
                "South", "Central", "West", "Asia", "Asia-Pacific", "Latin America", "Asian", "Americas"]


@given(texts(REGION_TEXTS))
def test_a_whole_region_is_found_by_its_quick_check(text: str) -> None:
    if places._WHOLE_REGION.search(text):
        assert "Asia" in text or "America" in text


RECORDED_WORDS = ["recorded", "registered", "reported", "logged", "counted", "about", "some", "nearly", "more than",
                  "over", "just", "only", "police", "when", "records", "reporter"]


@given(texts(RECORDED_WORDS))
def test_a_count_recorded_is_found_by_its_quick_check(text: str) -> None:
    before = text + " "
    if bare_counts._RECORDED_BEFORE.search(before[-30:]):
        assert any(map(before[-30:].__contains__, bare_counts._RECORDED_STEMS))


ACT_WORDS = ["revoked", "revoking", "cancelled", "canceled", "suspended", "withdrew", "blacklisted", "deregistered",
             "debarred", "banned", "struck off", "inspected", "checked", "searched", "frisked", "wanded",
             "patted down", "screened", "scanned", "examined", "about", "some", "more than", "police", "the", "and",
             "412 vehicles"]


@given(texts(ACT_WORDS))
def test_acts_on_permits_firms_and_checks_are_found_by_their_quick_checks(text: str) -> None:
    from parsers import acts
    tail = (text + " ")[-60:]
    if acts._REVOKED_BEFORE.search(tail[-25:]) or acts._BARRED_BEFORE.search(tail[-25:]):
        assert any(map(tail.__contains__, acts._BAR_STEMS))
    if acts._INSPECTED_BEFORE.search(tail[-30:]) or acts._SEARCHED_BEFORE.search(tail):
        assert any(map(tail.__contains__, acts._CHECK_STEMS))


STAFF_WORDS = ["hired", "hires", "hiring", "displaced", "displaces", "displacing", "about", "more than", "another",
               "an additional", "at least", "an estimated", "the storm", "chair", "misplaced"]


@given(texts(STAFF_WORDS))
def test_staff_hired_and_people_displaced_are_found_by_their_quick_check(text: str) -> None:
    before = text + " "
    if exclusions._STAFF_OR_DISPLACED_BEFORE.search(before[-30:]):
        assert "hir" in before[-25:] or "displac" in before[-30:]
