"""Crackdown metrics from an article's text, typed as ``../shared/eval/GUIDE.md`` says.

``extract_metrics(text, published, default_geo, doc)`` -> :class:`MetricRecord` tuples.
Local words decide the measure, unit, sign and qualifier (:mod:`parsers.classify`); the
sentence and then the article decide the subject, period and country.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from parsers.article_facts import ArticleContext, SentenceFacts, countries_in_turn, country_of
from parsers.figure_subjects import migrants_at, subject_of
from parsers.currencies import COUNTRY_BY_CURRENCY, CURRENCY_BY_STORY, DOLLAR_BY_COUNTRY
from parsers.bare_counts import OR_BEFORE, PER_TIME_AFTER
from parsers.change_ends import from_to_period, same_months_baseline, same_months_of
from parsers.clause_periods import month_told_with, years_in_turn
from parsers.figure_reading import numbers_by_sentence, read_figures
from parsers.fiscal_years import (OCTOBER_FISCAL, fiscal_part_in, fiscal_quarter_in, last_fiscal_year,
                                  october_fiscal_year, split_year_months, yearless_fiscal_quarter)
from parsers.baselines import LEVEL_REACHED, baseline_of, compared_window, fiscal_year_before, implied_baseline
from parsers.figure_periods import (OPERATION_GATE, comparison_partner, contains_span, figure_period, operation_window,
                                    refers_back, refined_period)
from parsers.headlines import conversions_as_sums, headline_as_body, headline_figures_from_body
from parsers.identity import kind_of, reporter_of
from parsers.nouns import VERB_RE
from parsers.numbers import NumberMention
from parsers.periods import TimeExpression, find_time_expressions
from parsers.reading import LocalReading
from parsers.records import GUIDE_FIELDS, MetricRecord
from parsers.reporting_period import LEAD_SENTENCES, ReportingPeriod, crime_account, document_period
from parsers.scan import joined_clause, phrase_end
from parsers.sentences import Sentence, split_sentences
from parsers.tables import column_period, row_period
from parsers.topics import clause_of, respective_crimes, respective_figures, respective_to_before

__all__ = ["EXTRACTOR_VERSION", "GUIDE_FIELDS", "MetricRecord", "extract_metrics"]

EXTRACTOR_VERSION = "0.2.0"
_PART_LEADS = ("including ", "among them ", "of whom ")  # a part of the figure before, right after these
_SHARED_MARKS = {unit: (re.compile(written), by_country) for unit, (written, by_country) in CURRENCY_BY_STORY.items()}


def _unit(reading: LocalReading, geo: str | None, raw: str) -> str:
    if reading.unit == "$":
        return DOLLAR_BY_COUNTRY.get(geo or "", "USD")
    written, by_country = _SHARED_MARKS.get(reading.unit, (None, {}))
    if geo in by_country and written and written.search(raw.lower()):  # "Rs 35 million" in a Pakistani story
        return by_country[geo]
    return reading.unit


def _money_country(read: list[list[tuple[NumberMention, LocalReading]]]) -> str | None:
    """The country whose money the figures of the article's opening count most, when it is one country's."""
    codes = Counter(COUNTRY_BY_CURRENCY[r.unit] for figures in read[:LEAD_SENTENCES] for _, r in figures
                    if r.unit in COUNTRY_BY_CURRENCY)
    return codes.most_common(1)[0][0] if codes else None


# A headline's quarter or half with no year ("rise 14% in second quarter"): a fiscal one's months are the body's
_TO_DATE_WORDS = re.compile(r"(?:the )?(?:year[- ]to[- ]date|so far this year|ytd)", re.IGNORECASE)
_YEARLESS_PART = re.compile(r"(?:in )?(?:the )?(?:(?:first|second|third|fourth)[- ](?:quarter|half)|q[1-4])",
                            re.IGNORECASE)


def extract_metrics(text: str, published: dt.date | None = None, default_geo: str | None = None,
                    doc: str = "") -> tuple[MetricRecord, ...]:
    """Every crime or enforcement figure in ``text``, in order of appearance.

    Two passes: what each number counts (:func:`parsers.figure_reading.read_figures`), then the period, subject and
    country of each figure, which carry over from one sentence to the next.
    """
    sentences = split_sentences(text)
    context = ArticleContext(text, default_geo, sentences)
    numbers = numbers_by_sentence(text, sentences)
    read = read_figures(sentences, numbers, context)
    context.money_country = _money_country(read)
    records: list[MetricRecord] = []
    previous_period: str | None = None
    last_stated: str | None = None  # the first period the last sentence with figures stated, running totals' too
    previous_subject: str | None = None
    cache: dict[int, tuple[TimeExpression, ...]] = {}

    def times_of(sentence: Sentence) -> tuple[TimeExpression, ...]:
        if sentence.index not in cache:
            cache[sentence.index] = find_time_expressions(sentence.text, published)
        return cache[sentence.index]

    reporting_period = document_period(sentences, times_of)
    if reporting_period.period and len(reporting_period.period) == 4 and 0 <= reporting_period.stated_in and \
            (context.dateline or default_geo) in OCTOBER_FISCAL:  # "the last day of fiscal 2026": the year to
        fiscal = october_fiscal_year(reporting_period.period, sentences[reporting_period.stated_in].text,  # September
                                     [reporting_period.stated_at], context.dateline or default_geo or "US")
        reporting_period = replace(reporting_period, period=fiscal)
    if reporting_period.period and len(reporting_period.period) == 15 and "quarter of" in text[:800]:
        # "in first quarter" over "during the first quarter of the Ethiopian fiscal year": the financial year's quarter
        country = context.dateline or default_geo or context.money_country  # (or the country whose money it counts)
        fiscal = next((q for s in sentences[:3] if (q := yearless_fiscal_quarter(s.text, country, published))), None)
        reporting_period = replace(reporting_period, period=fiscal) if fiscal else reporting_period
    previous_counts: list[tuple[str, str]] = []  # (measure, subject) of the counts of the last sentence with counts
    told_before: list[int] = []  # the records of the last sentence with figures
    told_in = -2  # that sentence's index
    for sentence, figures in zip(sentences, read):
        if told_in == sentence.index - 1:
            _date_by_run_told_after(records, told_before, sentence, times_of)
        if not figures:
            continue
        told_before, told_in = [], sentence.index
        times = times_of(sentence)
        facts = SentenceFacts(sentence, context)
        undated = _tells_no_window(sentence, times, reporting_period)
        document = _NO_PERIOD if undated else reporting_period
        sentence_period = None
        stated_here: str | None = None
        # "Of them, 1,130 have been charged": a part of the figures before, in their window
        anaphoric = refers_back(sentence.text)
        same_period = "the same period" in sentence.text or (" months" in sentence.text or "period" in sentence.text) \
            and bool(_WINDOW_AGAIN.search(sentence.text))  # "over the nine months": the window told before, a running
        # total's too
        group_period = _group_period(sentence.text, records) if anaphoric else None
        # A change with no noun of its own is the change of the figure before it in its clause and takes its
        # subject: "52,000 people for online fraud and betting ..., up 18 percent" (not
        # "..., while drug cases fell 8 per cent", whose own noun decided its measure more strongly).
        bare_change = any(r.unit == "percent" and not r.share and r.strength <= 0.75 for _, r in figures)
        totals: dict[tuple[int, str], str] = {}  # (clause start, measure) -> subject of its first figure
        placed = [(m.start - sentence.start, r.unit, r.share) for m, r in figures]
        respective = respective_figures(sentence.text, placed)
        changes = respective_to_before(sentence.text, placed) if not respective else []
        carried = dict(zip(changes, previous_counts)) if changes and len(changes) == len(previous_counts) else {}
        crimes_in_turn = respective_crimes(sentence.text, facts.subjects, [p for p, _, _ in placed])
        countries = countries_in_turn(sentence.text, [p for p, _, _ in placed]) if "respectively" in sentence.text \
            else {}  # "Thai and Malaysian police arrested 120 and 85 suspects respectively": each force's in turn
        years = years_in_turn(sentence.text, [p for p, _, _ in placed]) \
            if " and 20" in sentence.text or " and 19" in sentence.text else {}  # ("in 2024 and 2025")
        subjects: list[str] = []
        counts: list[tuple[str, str]] = []
        # a table's row of a quarter ("First | 31.2 | 412" under "Quarter | ..."): its own period, which dates no
        # sentence after it
        row = row_period(context.text, sentence.start, published, document.period) if "|" in sentence.text else None
        for index, (mention, reading) in enumerate(figures):
            if index in respective:  # "handled 3,400 cases and prosecuted 1,100, up 12% and 7% respectively"
                reading = replace(reading, measure=figures[respective[index]][1].measure)
            if index in carried:  # "... arrested 27,400 and prosecuted 46,200." then "down 3.6% and 7.1% respectively"
                reading = replace(reading, measure=carried[index][0])
            local_pos = mention.start - sentence.start
            # the other end of a comparison ("against 44 per cent in 2023") is a level with a period of its own
            partner = comparison_partner(sentence.text, local_pos)  # "rose from 3,175 in 2023": the earlier end
            change = reading.unit == "percent" and not partner
            # a change with no period of its own is the change of the sentence's figure before it, not the last sentence's
            # ("Most of those held ...": the figures of the sentence before, whatever their window)
            # ("14% higher than in the same period last year": the period told before, a running total's too)
            carried_period = None if undated else sentence_period if change and sentence_period else \
                group_period or last_stated if anaphoric or same_period else previous_period
            # an absolute change ("420 fewer than in the same quarter last year") is dated as a percentage is
            kind = kind_of(reading, sentence.text, local_pos)  # ("a drop of 1.2 tonnes from January-June 2025")
            compared = change or kind == "change" and reading.unit != "percent" or reading.unit == "count" and bool(
                _COMPARATIVE_AFTER.match(sentence.text, mention.end - sentence.start))
            period = figure_period(times, local_pos, mention.end - sentence.start, carried_period, sentence,
                                   compared, document)
            period = refined_period(period, None if document.running else document.period, sentence.text, local_pos)
            period = month_told_with(sentence.text, local_pos, period) or period  # "March, with 94 killings"
            bracketed = _YEAR_IN_BRACKETS.match(sentence.text, mention.end - sentence.start) \
                if "(" in sentence.text else None  # "rose from 214 (2023) to 389 (2025)": each figure's own year
            period = bracketed.group(1) if bracketed else period
            period = row or (column_period(context.text, mention.start, published) if "|" in sentence.text else None) \
                or years.get(index) or period  # (a cell under "Q3 2026": that quarter; "in 2024 and 2025 respectively")
            # (the headline's "last year" that states the article's financial year is that year, none before it)
            stating = reporting_period.stated_at if sentence.index == reporting_period.stated_in else -1
            period = fiscal_year_before(period, document.in_lead, sentence.text, times, stating)
            geo = countries.get(index) or (None if countries and index > max(countries) else  # (the forces' joint
                                           country_of(facts, local_pos, context, reading.measure))  # figure after)
            yearless = yearless_fiscal_quarter(sentence.text, geo, published) if "quarter of" in sentence.text else None
            if yearless:  # "during the first quarter of the Ethiopian fiscal year": the current one's, by the country's
                period = yearless
            elif period and len(period) == 15 and "quarter" in sentence.text:  # "in the first quarter of the 2026/27
                period = fiscal_quarter_in(sentence.text, geo) or period  # financial year": by the country's
            elif period and len(period) == 9 and " year" in sentence.text and ("half" in sentence.text or
                                                                              "months" in sentence.text):
                # "the first six months of the financial year 2026-27": the months by the country's financial year,
                # in the year the figure's period is in (the year before for "a year earlier")
                period = fiscal_part_in(sentence.text, geo, period) or period
            elif period and len(period) == 4 and geo in OCTOBER_FISCAL and "fiscal" in sentence.text:  # "in fiscal
                period = october_fiscal_year(period, sentence.text, [t.start for t in times if t.period == period],
                                             geo)  # 2025": the year to September
            if not any(t.period for t in times) and " year" in sentence.text:  # "losses ... in the last fiscal
                period = last_fiscal_year(sentence.text, [r.period for r in records if r.period]) or period  # year"
            stated_period = period
            period = from_to_period(period, sentence.text, local_pos, mention.end - sentence.start, times)
            period = compared_window(period, document.period, sentence.text, local_pos,
                                     mention.end - sentence.start)
            period = same_months_of(period, sentence.text, mention.end - sentence.start)
            baseline = None
            if change and not reading.share:  # a change names its baseline, or it is the same span a year before
                baseline = baseline_of(times, local_pos, period) or implied_baseline(period, sentence.text, local_pos)
                baseline = fiscal_year_before(baseline, document.in_lead, sentence.text, times)
                baseline = same_months_baseline(baseline, period, sentence.text)  # ("the same two months of 2025")
            subject = subject_of(facts, local_pos, reading, previous_subject, context)
            if bare_change:
                total = (clause_of(sentence.text, local_pos)[0], reading.measure)
                if reading.unit == "percent" and not reading.share and reading.strength <= 0.75 and total in totals:
                    # (but "868 kidnappings (up 11%)": the change in brackets is the figure's right before it)
                    subject = subjects[-1] if subjects and _BRACKETED_CHANGE.search(
                        sentence.text, max(0, local_pos - 20), local_pos) else totals[total]
                elif reading.unit != "percent":
                    totals.setdefault(total, subject)
            if subjects and reading.unit == "count" and figures[index - 1][1].measure == reading.measure and \
                    sentence.text.endswith(", ", 0, local_pos) and \
                    _OF_THEM_AFTER.match(sentence.text, mention.end - sentence.start) and \
                    not _names_its_crime(facts.subjects, sentence.text, mention.end - sentence.start):  # "6,312
                subject = subjects[-1]  # migrants had been intercepted ..., 219 of them children": a part of the count
                # before, its kind (not "1,200+ arrests, 640 of them for illegal gambling": its own crime)
            if subjects and reading.share and _OF_THEM_AFTER.match(sentence.text, mention.end - sentence.start) and \
                    not _names_a_crime_in_clause(facts.subjects, sentence.text, local_pos):
                subject = subjects[-1]  # "two-thirds of the homicides were linked to disputes between drug gangs, and
                # police cleared 58% of them": a share of the group the figure before counted, of its crime (not
                # "about a third of them on drug charges": a part of its own crime)
            if len(subjects) in respective:  # "38,000 ... and 2,500 ..., up 20 percent and down 12 percent respectively"
                subject = subjects[respective[len(subjects)]]
            subject = carried[index][1] if index in carried else subject
            # the figure this one goes with: the one right before it, or for the other end of a comparison the last
            # one of its unit ("21% of the 298,400 offences, up from 17%": the share's level before is the share's)
            ref = next((j for j in range(index - 1, -1, -1) if figures[j][1].unit == reading.unit), index - 1) \
                if partner else index - 1
            if subjects and figures[ref][1].measure == reading.measure and (
                    partner or _reached_by_change(figures[index - 1][1], sentence.text, local_pos) and
                    ";" not in sentence.text[figures[index - 1][0].end - sentence.start:local_pos] or
                    _as_a_rate(sentence.text, figures[index - 1][0].end - sentence.start, local_pos,
                               mention.end - sentence.start) or
                    (sentence.text.endswith(_PART_LEADS, 0, local_pos) or
                                _listed_after(facts.subjects, sentence.text, figures[index - 1][0].end - sentence.start,
                                              local_pos)) and
                    not _names_its_crime(facts.subjects, sentence.text, mention.end - sentence.start) or
                    change and migrants_at(sentence.text, figures[index - 1][0].start - sentence.start)):
                subject = subjects[ref]  # "deported 15,540 ... involved in fraud and gambling, up from 9,720", "rescued
                # 2,180 victims of trafficking from scam compounds, including 340 children": the figure before's crime;
                # "including 247 Chinese, 98 Vietnamese and 41 Indonesians": the list's; "recorded 23,600 attempts to
                # cross the border illegally ..., 41% fewer than a year earlier": the migration figure's
            subject = crimes_in_turn.get(index, subject)  # "for drug and human trafficking ... 41,000 and 610": in turn
            subjects.append(subject)
            if reading.unit == "count":
                counts.append((reading.measure, subject))
            so_far = _SO_FAR_AFTER.match(sentence.text, mention.end - sentence.start) or \
                "so far" in sentence.text and (_SO_FAR_BEFORE.search(sentence.text, 0, local_pos) or
                                               _SO_FAR_CLOSING.match(sentence.text, mention.end - sentence.start))
            if (kind == "case" or facts.weekday_only) and not any(t.period for t in times) or \
                    so_far and not _dated_in_clause(times, sentence.text, local_pos):
                period = None  # one case's figure, "arrested on Tuesday", "6 have been convicted so far": GUIDE.md
                # leaves weekdays and running totals with no start null (a running total's own clause: not "since
                # 2024" of the crime told before its ", and 57 suspects have been arrested so far")
            told_before.append(len(records))
            records.append(MetricRecord(
                doc=doc, value=reading.sign * mention.value, unit=_unit(reading, geo, mention.raw),
                measure=reading.measure, subject=subject, period=period, baseline_period=baseline,
                geo=geo, qualifier=reading.qualifier, evidence=sentence.text, raw=mention.raw,
                span_start=mention.start, span_end=mention.end, rounding=mention.step,
                confidence=round(reading.strength, 2), kind=kind, reporter=reporter_of(sentence.text, local_pos),
            ))
            if not partner and not any(t.since and t.period == stated_period for t in times):  # nor running totals
                sentence_period = sentence_period or stated_period  # the main clause, stated first
            stated_here = stated_here or (None if partner else stated_period)
            previous_subject = subject
        if sentence_period and not row and not (_told_alone(sentence.text, times, sentence_period) and
                                    contains_span(reporting_period.period, sentence_period)) and \
                not crime_account(sentence.text) and not _COMPARISON_OPENING.match(sentence.text):
            # (not "Last December alone saw 3,870 cases": a part of the year; nor "The regent allegedly received
            # kickbacks ... between 2023 and 2025": the crime's window, which dates no enforcement figure after it; nor
            # "That compares with 15,990 a year earlier": the earlier periods compared with)
            previous_period = sentence_period
        last_stated = stated_here if stated_here and not _COMPARISON_OPENING.match(sentence.text) else last_stated
        previous_counts = counts or previous_counts
    headline = sentences[0] if sentences else None
    dated = bool(headline) and any(t.period and not _YEARLESS_PART.fullmatch(sentences[0].text, t.start, t.end) and
                                   not (_TO_DATE_WORDS.fullmatch(sentences[0].text, t.start, t.end) and
                                        t.period != reporting_period.period)
                                   for t in times_of(sentences[0]))  # ("in second quarter": the body's says which;
    # "year to date" when the body tells to which month)
    based = bool(headline) and any(t.baseline for t in times_of(sentences[0]))
    months = split_year_months([r.period for r in records if r.period], text) if "/" in text or "-" in text else {}
    if months:  # "in the 2025/26 judicial year" ... "in the year to June 30": the split year's months, as told
        records = [replace(r, period=months[r.period], baseline_period=months.get(r.baseline_period or "",
                                                                                  r.baseline_period))
                   if r.period in months else r for r in records]
    if headline and numbers[0] and len(read[0]) < len(numbers[0]):
        records = headline_figures_from_body(records, numbers[0], read[0], headline, text)
    return headline_as_body(conversions_as_sums(records, text), headline, dated, based, text)


def _date_by_run_told_after(records: list[MetricRecord], told_before: list[int], sentence: Sentence,
                            times_of: Callable[[Sentence], tuple[TimeExpression, ...]]) -> None:
    """Date the figures of the sentence before by the span ``sentence`` says a ring ran over: "The ring, which operated
    ... between July 2024 and May 2026" (its victims and sums), "The cases, brought over the past 12 months" (the
    cases' figures that had no period)."""
    ran = OPERATION_GATE.match(sentence.text)
    undated = bool(ran.group("cases") or ran.group("operation")) if ran else False  # (their undated figures)
    window = operation_window(sentence.text, times_of(sentence), undated) if ran else None
    if not (ran and window):
        return
    for i in told_before:
        if ran.group("operation"):
            if records[i].period is None:
                records[i] = replace(records[i], period=window)
        elif records[i].measure == "victims" or records[i].measure == "money" and not _enforced_sum(records[i]) or \
                undated and records[i].period is None:
            records[i] = replace(records[i], period=window)


_ENFORCED_BEFORE = re.compile(r"\b(?:freez\w*|froze|frozen|seiz\w*|confiscat\w*|recover\w*|forfeit\w*|fined|fines)\b")


def _enforced_sum(record: MetricRecord) -> bool:
    """Whether a sum is one the authorities froze, seized or fined ("ordered the freezing of up to R$240 million"),
    not what the crime took: the crime's window told after does not date it."""
    at = record.evidence.find(record.raw)
    return at > 0 and bool(_ENFORCED_BEFORE.search(record.evidence, max(0, at - 60), at))


def _group_period(text: str, records: list[MetricRecord]) -> str | None:
    """The period of the group a part is told of: "Of those detained, 372 were students" takes the window of the
    detentions told before, not of the cases told in between."""
    lead = _NAMED_GROUP_LEAD.match(text)
    group = VERB_RE.fullmatch(lead.group(1).lower()) if lead else None
    measure = group.lastgroup if group else None
    return next((r.period for r in reversed(records) if r.measure == measure and r.kind != "change" and
                 not _COMPARISON_OPENING.match(r.evidence)), None)  # (not the earlier figures compared with)


# A sentence that tells only the earlier figures the one before is compared with
_COMPARISON_OPENING = re.compile(r"(?:That|This|It|The (?:figure|number|total))\s+(?:compares|compared|is|was)\s+"
                                 r"(?:\w+\s+)?(?:with|to|down from|up from|against)\b")
_NAMED_GROUP_LEAD = re.compile(r"(?:Of|Among) those (\w+ed)\b")


def _told_alone(text: str, times: tuple[TimeExpression, ...], period: str) -> bool:
    """Whether ``period`` is stated as a part of the article's span, "Last December alone", "June alone"."""
    return any(t.period == period and (text.startswith(" alone", t.end) or text.endswith("alone", t.start, t.end))
               for t in times)


def _dated_in_clause(times: tuple[TimeExpression, ...], text: str, position: int) -> bool:
    """Whether a time expression with a period stands in the clause that holds ``position`` (among clauses joined by
    ";" or ", and"; the whole sentence when it joins none)."""
    start, end = joined_clause(text, position, position) or (0, len(text))
    return any(t.period and start <= t.start < end for t in times)


def _names_a_crime_in_clause(subjects: list[tuple[int, str]], text: str, position: int) -> bool:
    """Whether the clause that holds ``position`` (from the last ";" or ", and" before it to the next) names a crime."""
    start, end = joined_clause(text, position, position) or (0, len(text))
    return any(start <= pos < end for pos, _ in subjects)


def _reached_by_change(before: LocalReading, text: str, start: int) -> bool:
    """Whether a level is the one the change told just before it reached: "rose 4.6 per cent to 64,180"."""
    reached = LEVEL_REACHED.search(text, max(0, start - 20), start)
    return before.unit == "percent" and not before.share and bool(reached)


_LIST_GAP = re.compile(r"\s+[\w'’-]+(?:\s+[\w'’-]+)?(?:,\s+(?:and\s+)?|\s+and\s+)")  # " Chinese, ", " Vietnamese and "


def _listed_after(subjects: list[tuple[int, str]], text: str, previous_end: int, start: int) -> bool:
    """Whether a figure is the next item of a list the figure before opened, with no crime named between them:
    "247 Chinese, 98 Vietnamese and 41 Indonesians" (not "30 fraud suspects and 12 drug suspects")."""
    return bool(_LIST_GAP.fullmatch(text, previous_end, start)) and not _PART_OF_AFTER.match(text, start) and \
        not any(previous_end <= pos < start for pos, _ in subjects)


def _as_a_rate(text: str, previous_end: int, start: int, end: int) -> bool:
    """Whether a figure restates the one before it as a rate of time or a total, after a comma: "deported 35,190 ...
    in 2025, an average of nearly 100 a day" (the words ``bare_count`` reads its measure by)."""
    return bool(PER_TIME_AFTER.match(text, end)) and bool(OR_BEFORE.search(text, previous_end, start))


_SO_FAR_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:so far|to date|thus far)\b")  # "6 have been convicted so far"
# "Police have so far named 31 suspects", "have so far frozen 6.2 billion baht ... and returned 1.1 billion": running
# totals too, in the clause the words open
_SO_FAR_BEFORE = re.compile(r"\b(?:has|have) so far [a-z]+\b[^;:]*$")
# (or closing the sentence of a perfect tense: "1,020 people had been charged over the hubs so far")
_SO_FAR_CLOSING = re.compile(r"\s+(?:[\w-]+\s+)?(?:had|have|has) been\b[^,;:]*\bso far\.?$")
# (or after the figure in the same brackets: "car thefts (6,940, down 9%)")
_BRACKETED_CHANGE = re.compile(r"\((?:\s*[\d,.]+\s*,)?\s*(?:up|down)\s+(?:by\s+)?$")
_PART_OF_AFTER = re.compile(r"[\w,.-]+\s+of\b")  # "233 foreigners, 35 of whom were women": a part told in apposition


def _names_its_crime(subjects: list[tuple[int, str]], text: str, figure_end: int) -> bool:
    """Whether a crime word stands in the figure's own phrase after it ("of whom 61,400 were charged with telecom
    fraud")."""
    end = phrase_end(text, figure_end)
    return any(figure_end <= pos < end for pos, _ in subjects)


def _tells_no_window(sentence: Sentence, times: tuple[TimeExpression, ...], reporting: ReportingPeriod) -> bool:
    """Whether a sentence that states no period of its own tells figures no window of the article's dates: an
    operation's own undated span told after a statistic's window ("arrested 290 people in a year-long operation"; an
    operation the article reports on is dated where the article dates it), a state that holds now ("Another 1,340
    foreigners are awaiting deportation"), a running total with no start ("blocked 110 million texts since it
    began"), an undated later event ("were later arrested")."""
    text = sentence.text
    if any(t.period for t in times):
        return False
    return ("-" in text and reporting.stated_in < sentence.index and bool(_UNDATED_OPERATION.search(text)) or
            any(map(text.__contains__, STILL_NOW_WORDS)) and bool(_STILL_NOW.search(text)) and
            not _CAUGHT_THEN.search(text) or
            "since" in text and bool(_SINCE_NO_START.search(text)) or
            "later" in text and bool(_LATER_EVENT.search(text)) or
            " year" in text and bool(_YEARLY_RATE.search(text)) or
            "career" in text and bool(_OVER_A_CAREER.search(text)))  # ("Over his career, the 52-year-old has helped
    # put more than 600 people behind bars": a life's work, no window of the report)


_OVER_A_CAREER = re.compile(r"\b(?:over|in|during|throughout|across) (?:his|her|their|a) (?:[\w-]+ ){0,2}?career\b",
                            re.IGNORECASE)


_UNDATED_OPERATION = re.compile(r"\b(?:an?|the|its) (?:[\w-]+-(?:year|month|week|day)s?(?:-long)?|year-long|month-long|"
                                r"week-long) (?:[\w-]+ )?"
                                r"(?:operation|crackdown|campaign|investigation|sweep|probe)s?\b")
_STILL_NOW = re.compile(r"\b(?:are|remain) (?:still |now )?(?:awaiting|being held|in custody|at large|on the run)\b|"
                        # (reported: "said 86 people were still being held"; not "were still at large at the end of
                        # the period", the period's)
                        r"\bwere still (?:awaiting|being held|in custody)\b(?! at the end| by the end| as of)|"
                        r"\bsaid (?:\w+ ){1,3}(?:were|are) (?:still |now )?under (?:investigation|probe)\b")
STILL_NOW_WORDS = ("are ", "remain ", "under ", "were still ")  # one is in every _STILL_NOW match
# "A further 9,300 Afghans were detained and are awaiting deportation": caught in the window, waiting now
_CAUGHT_THEN = re.compile(r"\b(?:were|was) (?:\w+ )?(?:detained|arrested|held|caught|apprehended|rounded up)\b")
_SINCE_NO_START = re.compile(r"\bsince (?:(?:it|they) (?:began|started|was (?:set up|launched))|(?:its|their) "
                             r"(?:launch|inception|creation|start))\b")
# "Four recruiters were later arrested": an event after the dated one, on a day the article does not give
_LATER_EVENT = re.compile(r"(?<!who )(?<!which )(?<!that )\b(?:was|were|been) later\b"  # (not "412 ... who were
                          r"(?! (?:that|this|the same) (?:day|week|month)\b)")  # later released": of the people)
# A yearly rate in the present tense: "Illegal mining costs the state an estimated $375 million a year", "some $2
# billion is laundered through the country every year", "operators pay gangs about 1.2 billion lempiras a year" (a
# general estimate, no window of the report's)
_YEARLY_RATE = re.compile(r"\b(?:costs|cost|loses|lose|drains|deprives|generates|earns|makes|pay|pays|"
                          r"(?:is|are) (?:\w+ )?(?:lost|laundered|trafficked|smuggled|stolen)|"
                          # "estimate their losses at 60 billion pesos a year", "were estimated at $12 billion a year"
                          r"estimates?|estimated|puts?)\b"
                          r"(?:[^.;]|\.(?=\d)){0,100}?\b(?:a|per|each|every) year\b"
                          r"(?!\s+(?:earlier|ago|before|later|after)\b)")
_NO_PERIOD = ReportingPeriod(None)
# The window the article told before, named again: "seized 9.6 tonnes over the nine months", "in the period"
_WINDOW_AGAIN = re.compile(r"\b(?:in|over|during|for|within|across) (?:the|that|this) (?:period|(?:first )?"
                           r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) months)\b")
_YEAR_IN_BRACKETS = re.compile(r"\s*\((?:in\s+)?((?:19|20)\d\d)\)")
_OF_THEM_AFTER = re.compile(r"\s+of (?:them|those|these)\b(?!\s+\w+ed\b)")  # (not "of those arrested": a group named)
_COMPARATIVE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:fewer|more|less|higher|lower) than\b")  # "420 fewer than"
