"""Crackdown metrics from an article's text, typed as ``../shared/eval/GUIDE.md`` says.

``extract_metrics(text, published, default_geo, doc)`` -> :class:`MetricRecord` tuples.
Local words decide the measure, unit, sign and qualifier (:mod:`parsers.classify`); the
sentence and then the article decide the subject, period and country.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import asdict, dataclass

from parsers.classify import LocalReading, SentenceMemory, read_locally
from parsers.numbers import NumberMention, find_numbers
from parsers.periods import TimeExpression, find_time_expressions, shift_period, year_spans
from parsers.places import dateline_country, places_in
from parsers.sentences import Sentence, split_sentences
from parsers.vocab import DOLLAR_BY_COUNTRY, SUBJECT_TERMS

EXTRACTOR_VERSION = "0.2.0"
GUIDE_FIELDS = ("doc", "value", "unit", "measure", "subject", "period", "baseline_period", "geo",
                "qualifier", "evidence")
_SUBJECT_RES = tuple((re.compile(rf"\b(?:{p})\b", re.IGNORECASE), s) for p, s in SUBJECT_TERMS)
_ANAPHORA = re.compile(r"^(?:such|these|those|this|the figures?|the numbers?|that|it|they)\b", re.IGNORECASE)
# Money and percentages count only in sentences about crime or enforcement (not GDP growth).
_ENFORCEMENT_CONTEXT = re.compile(
    r"\b(?:police|court|prosecut\w*|procurator\w*|arrest\w*|crim\w+|fraud\w*|scam\w*|victims?|seiz\w*|"
    r"frozen|freez\w*|launder\w*|drugs?|traffick\w*|offen[cs]es?|suspects?|cases?|illegal|gangs?|syndicates?|"
    r"corrupt\w*|brib\w*|theft|thefts|stolen|robber\w*|loss|losses|lost|defraud\w*|cheat\w*|deception|"
    r"complaints?|investigat\w*|enforcement|confiscat\w*|recovered|fined|penalt\w*|raid\w*|rescued|"
    r"deport\w*|smuggl\w*|hack\w*|cyber\w*|ransom\w*|extort\w*|blackmail|detection|security)\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class MetricRecord:
    """One figure about crime or enforcement, with every GUIDE.md field and its provenance."""

    doc: str
    value: float
    unit: str
    measure: str
    subject: str
    period: str | None
    baseline_period: str | None
    geo: str | None
    qualifier: str
    evidence: str
    raw: str  # the number as written, currency and scale included
    span_start: int  # character span of ``raw`` in the article text
    span_end: int
    rounding: float  # value of the last written digit ("1.23 lakh" -> 1000)
    confidence: float

    def guide_dict(self) -> dict[str, object]:
        """The record as one GUIDE.md JSONL object."""
        full = asdict(self)
        return {key: full[key] for key in GUIDE_FIELDS}


@dataclass(frozen=True)
class ArticleContext:
    """What the whole article says, for figures whose sentence does not."""

    published: dt.date | None
    geo: str | None
    subject: str


# Agency names hold crime words that say nothing of the figure ("Anti-Organized Crime Commission").
_AGENCY_NAME = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+(?:(?:and|of|on|for)\s+)?){1,6}(?:Commission|Department|Bureau|Division|Group|Council|"
    r"Centre|Center|Agency|Unit|Office|Command|Task Force|Squad|Directorate|Coordination Centre)\b")


def _subjects_in(text: str) -> list[tuple[int, str]]:
    masked = _AGENCY_NAME.sub(lambda m: " " * len(m.group(0)), text)
    return sorted((m.start(), subject) for subject_re, subject in _SUBJECT_RES
                  for m in subject_re.finditer(masked))


def article_context(text: str, published: dt.date | None, default_geo: str | None) -> ArticleContext:
    geo = dateline_country(text) or default_geo
    if geo is None:
        counts = Counter(code for _, code in places_in(text))
        geo = counts.most_common(1)[0][0] if counts else None
    subjects = Counter(subject for _, subject in _subjects_in(text))
    subject = subjects.most_common(1)[0][0] if subjects else "other"
    return ArticleContext(published, geo, subject)


def _nearest(items: list[tuple[int, str]], position: int) -> str | None:
    return min(items, key=lambda item: abs(item[0] - position))[1] if items else None


def _subject(sentence: Sentence, local_pos: int, measure: str, previous: str | None,
             context: ArticleContext) -> str:
    found = _nearest(_subjects_in(sentence.text), local_pos)
    if found:
        return found
    if previous and _ANAPHORA.match(sentence.text):
        return previous
    if measure in ("deaths", "injuries"):
        return "violent_crime"
    return context.subject


_BINDS_AFTER = re.compile(r"^\s*(?:cases?|people|\w+)?\s*(?:,\s*)?(?:in|during|for|over|by|of)?\s*(?:the\s+)?$",
                          re.IGNORECASE)


_EVENT_MEASURES = frozenset({"arrests", "rescued", "deported", "seizures", "groups", "suspects", "victims",
                             "deaths", "injuries"})
_THIS_PERIOD = re.compile(r"\b(?:during|in|over|for|within) (?:this|that|the same|the) (?:period|time(?:frame)?)\b",
                          re.IGNORECASE)
_FIGURE_OF = re.compile(r"\s*(?:figures?|levels?|totals?)?\s*\(\s*", re.IGNORECASE)


def _period(times: tuple[TimeExpression, ...], local_pos: int, local_end: int, previous: str | None,
            sentence: Sentence, percent: bool, document: "ReportingPeriod") -> str | None:
    text = sentence.text
    strong = [t for t in times if not t.baseline and t.period and not t.weak]
    near_weak = [t for t in times if not t.baseline and t.period and t.weak and abs(t.middle - local_pos) < 60]
    following = [t for t in times if 0 <= t.start - local_end <= 16 and _BINDS_AFTER.match(text[local_end:t.start])]
    if following and not percent:  # "6,000 in 2023": the period written right after the figure
        found = following[0]
        if found.period:
            return found.period
        if found.years_back and (strong or document.period):  # "11,546 in the same period last year"
            return shift_period(strong[0].period if strong else document.period, -found.years_back)
    labelled = [t for t in times if t.period and 0 <= local_pos - t.end <= 20 and _FIGURE_OF.fullmatch(
        text[t.end:local_pos])]
    if labelled:  # "the 2023 figure (90 276 cases)"
        return labelled[-1].period
    if _THIS_PERIOD.search(text) and not strong and (previous or document.period):
        return previous or document.period
    candidates = strong or near_weak
    if candidates:
        if percent and len(candidates) > 1:  # a change belongs to the later period it reaches
            return max(candidates, key=lambda t: (t.period or "")[-7:]).period
        return min(candidates, key=lambda t: abs(t.middle - local_pos)).period
    if previous and (_ANAPHORA.match(text) or percent):
        return previous
    return document.period


LEAD_SENTENCES = 6  # headline, date line and the opening paragraphs
_RELATIVE = re.compile(r"\b(?:last|this|past|previous)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ReportingPeriod:
    """What an article reports on: the most precise period its opening states, else its month."""

    period: str | None
    event_month: str | None  # the publication month, for one-off events in undated stories


def document_period(sentences: tuple[Sentence, ...], published: dt.date | None) -> ReportingPeriod:
    found: list[TimeExpression] = []
    for n, sentence in enumerate(sentences[:LEAD_SENTENCES]):
        found += [t for t in find_time_expressions(sentence.text, published) if t.period and not t.baseline
                  and (n < 3 or not _RELATIVE.search(sentence.text[t.start:t.end]))]
    strong = [t.period for t in found if not t.weak and t.period]
    weak = [t.period for t in found if t.weak and t.period and "/" not in t.period]
    period = strong[0] if strong else weak[0] if weak else None  # "carried out on 12 August": the event's month
    if period:  # a more precise statement of the same span: "in 2021" then "from January to July"
        same_year = [p for p in strong if p[:4] == period[:4] and len(p) > len(period) and "/" in p]
        period = same_year[0] if same_year else period
    return ReportingPeriod(period, None)


def _baseline(times: tuple[TimeExpression, ...], local_pos: int, period: str | None) -> str | None:
    baselines = [t for t in times if t.baseline and t.start > local_pos - 80]
    if not baselines:
        return None
    chosen = min(baselines, key=lambda t: abs(t.middle - local_pos))
    if chosen.period:
        return chosen.period
    if period and chosen.years_back:
        return shift_period(period, -chosen.years_back)
    return None


def _geo(sentence: Sentence, local_pos: int, context: ArticleContext) -> str | None:
    return _nearest(list(places_in(sentence.text)), local_pos) or context.geo


def _unit(reading: LocalReading, geo: str | None) -> str:
    if reading.unit == "$":
        return DOLLAR_BY_COUNTRY.get(geo or "", "USD")
    return reading.unit


def _inside(mention: NumberMention, spans: tuple[tuple[int, int], ...], offset: int) -> bool:
    start, end = mention.start - offset, mention.end - offset
    return any(s <= start < e or s < end <= e for s, e in spans)


def extract_metrics(text: str, published: dt.date | None = None, default_geo: str | None = None,
                    doc: str = "") -> tuple[MetricRecord, ...]:
    """Every crime or enforcement figure in ``text``, in order of appearance."""
    context = article_context(text, published, default_geo)
    records: list[MetricRecord] = []
    previous_period: str | None = None
    previous_subject: str | None = None
    previous_measure: str | None = None
    previous_text = ""
    sentences = split_sentences(text)
    reporting_period = document_period(sentences, published)
    for sentence in sentences:
        mentions = find_numbers(sentence.text, sentence.start)
        if not mentions:
            previous_text = sentence.text
            continue
        times = find_time_expressions(sentence.text, published)
        dates = year_spans(sentence.text)
        sentence_period = None
        memory = SentenceMemory((), previous_measure)
        in_context = bool(_ENFORCEMENT_CONTEXT.search(sentence.text) or _ENFORCEMENT_CONTEXT.search(previous_text))
        for mention in mentions:
            if _inside(mention, dates, sentence.start) and not mention.currency and not mention.percent:
                continue
            reading = read_locally(sentence.text, mention, sentence.start, memory)
            if reading is None or (reading.unit != "count" and not in_context):
                continue
            memory = SentenceMemory(memory.earlier + ((mention.end - sentence.start, reading.measure,
                                                       reading.unit),), previous_measure)
            local_pos = mention.start - sentence.start
            period = _period(times, local_pos, mention.end - sentence.start, previous_period, sentence,
                             reading.unit == "percent", reporting_period)
            if period is None and reading.measure in _EVENT_MEASURES:
                period = reporting_period.event_month
            baseline = None
            if reading.unit == "percent" and not reading.share:
                baseline = _baseline(times, local_pos, period)
            geo = _geo(sentence, local_pos, context)
            subject = _subject(sentence, local_pos, reading.measure, previous_subject, context)
            records.append(MetricRecord(
                doc=doc, value=reading.sign * mention.value, unit=_unit(reading, geo),
                measure=reading.measure, subject=subject, period=period, baseline_period=baseline,
                geo=geo, qualifier=reading.qualifier, evidence=sentence.text, raw=mention.raw,
                span_start=mention.start, span_end=mention.end, rounding=mention.step,
                confidence=round(reading.strength, 2),
            ))
            sentence_period = period or sentence_period
            previous_subject = subject
        if sentence_period:
            previous_period = sentence_period
        counts = [measure for _, measure, unit in memory.earlier if unit == "count"]
        previous_measure = counts[-1] if counts else previous_measure
        previous_text = sentence.text
    return tuple(records)
