"""Crackdown metrics from an article's text, typed as ``../shared/eval/GUIDE.md`` says.

``extract_metrics(text, published, default_geo, doc)`` -> :class:`MetricRecord` tuples.
Local words decide the measure, unit, sign and qualifier (:mod:`parsers.classify`); the
sentence and then the article decide the subject, period and country.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from parsers.classify import LocalReading, SentenceMemory, introduces_penalties, read_locally
from parsers.figure_periods import (ANAPHORA, baseline_of, document_period, figure_period, from_to_period,
                                    refined_period)
from parsers.identity import kind_of, reporter_of
from parsers.numbers import NumberMention, find_numbers
from parsers.periods import TimeExpression, find_time_expressions, year_spans
from parsers.places import dateline_country, places_by_sentence
from parsers.scan import StemScanner
from parsers.sentences import Sentence, split_sentences
from parsers.vocab import DOLLAR_BY_COUNTRY, SUBJECT_TERMS

EXTRACTOR_VERSION = "0.2.0"
GUIDE_FIELDS = ("doc", "value", "unit", "measure", "subject", "period", "baseline_period", "geo",
                "qualifier", "evidence")
_SUBJECT_RE = re.compile("|".join(rf"(?P<{s}>\b(?:{p})\b)" for p, s in SUBJECT_TERMS))  # on lower-cased text
_SUBJECT_SCAN = StemScanner.for_terms(_SUBJECT_RE, [p for p, _ in SUBJECT_TERMS], guard=r"\b")
# Money and percentages count only in sentences about crime or enforcement (not GDP growth).
_ENFORCEMENT_TERMS = (
    r"police|court|prosecut\w*|procurator\w*|arrest\w*|crim\w+|fraud\w*|scam\w*|victims?|seiz\w*|"
    r"frozen|freez\w*|launder\w*|drugs?|traffick\w*|offen[cs]es?|suspects?|cases?|illegal|gangs?|syndicates?|"
    r"corrupt\w*|brib\w*|theft|thefts|stolen|robber\w*|loss|losses|lost|defraud\w*|cheat\w*|deception|"
    r"complaints?|investigat\w*|enforcement|confiscat\w*|recovered|fined|penalt\w*|raid\w*|rescued|"
    r"deport\w*|smuggl\w*|hack\w*|cyber\w*|ransom\w*|extort\w*|blackmail|detection|security")
_ENFORCEMENT_CONTEXT = StemScanner.for_terms(re.compile(rf"\b(?:{_ENFORCEMENT_TERMS})\b", re.IGNORECASE),
                                             [_ENFORCEMENT_TERMS], guard=r"\b", flags=re.IGNORECASE)


def _about_enforcement(text: str) -> bool:
    return next(_ENFORCEMENT_CONTEXT.finditer(text), None) is not None


# Words only crime and enforcement news uses ("cases", "victims", "drugs", "losses" serve health and business news
# too): an article whose head has none of them, and a sentence that has none, are not about crime.
_CRIME_NEWS_TERMS = (
    r"police|policemen|court|courts|judges?|prosecut\w*|procurator\w*|arrest\w*|crim\w+|fraud\w*|scam\w*|launder\w*|"
    r"traffick\w*|smuggl\w*|suspects?|convict\w*|jail\w*|prison\w*|sentenced|illegal\w*|gangs?|syndicates?|"
    r"cartels?|corrupt\w*|brib\w*|theft|thefts|robber\w*|burglar\w*|murder\w*|homicides?|detain\w*|raid\w*|"
    r"seiz\w*|confiscat\w*|deport\w*|enforcement|offen[cs]es?|offenders?|indict\w*|extort\w*|ransom\w*|"
    r"hack\w*|cybercrime\w*|narcotics?|kidnap\w*|abduct\w*|rescu\w*|repatriat\w*|pogos?|crackdowns?|racket\w*|"
    r"attackers?|knife|knives|gunm[ae]n|stabb\w*|shootings?|froze|frozen|freez\w*|defraud\w*|swindl\w*|intercept\w*|"
    r"detection rates?|mules?|gambling|casinos?|extradit\w*|fugitives?|investigators|complainants?")
_CRIME_NEWS = StemScanner.for_terms(re.compile(rf"\b(?:{_CRIME_NEWS_TERMS})\b", re.IGNORECASE), [_CRIME_NEWS_TERMS],
                                    guard=r"\b", flags=re.IGNORECASE)


# Measures that only an enforcement verb gives ("arrested", "charged", "deported") and money, which has its own
# test (``_about_enforcement``): their figures need no crime words around them.
_ENFORCEMENT_MEASURES = frozenset({"arrests", "prosecutions", "convictions", "deported", "rescued", "money"})


def _about_crime(text: str) -> bool:
    return next(_CRIME_NEWS.finditer(text), None) is not None


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
    kind: str = "level"  # level | change ("a rise of 4,656 cases", "up 5%") | share | case (one case's figure)
    reporter: str | None = None  # the body the sentence credits: court | prosecutors | police

    def guide_dict(self) -> dict[str, object]:
        """The record as one GUIDE.md JSONL object."""
        full = asdict(self)
        return {key: full[key] for key in GUIDE_FIELDS}


@dataclass
class ArticleContext:
    """What the article as a whole says, for figures whose sentence does not; read once, when needed."""

    text: str
    default_geo: str | None
    sentences: tuple[Sentence, ...] = ()
    _geo: str | None = None
    _subject: str | None = None
    _geo_known: bool = False
    _places: list[tuple[tuple[int, str], ...]] | None = None
    _about_crime: bool | None = None

    def places_of(self, sentence: Sentence) -> tuple[tuple[int, str], ...]:
        """The places a sentence names (positions in the sentence), read for all sentences at once."""
        if self._places is None:
            self._places = places_by_sentence(self.text, [(s.start, s.end) for s in self.sentences])
        return self._places[sentence.index]

    @property
    def geo(self) -> str | None:
        if not self._geo_known:
            self._geo = dateline_country(self.text) or self.default_geo
            if self._geo is None:  # the country its headline and lead name most
                counts = Counter(code for sentence in self.sentences if sentence.start < ARTICLE_HEAD
                                 for pos, code in self.places_of(sentence) if sentence.start + pos < ARTICLE_HEAD)
                self._geo = counts.most_common(1)[0][0] if counts else None
            self._geo_known = True
        return self._geo

    @property
    def about_crime(self) -> bool:
        """Whether the headline and first sentence use the words of crime or enforcement news."""
        if self._about_crime is None:
            self._about_crime = _about_crime(self.text[:LEAD_CHARS])
        return self._about_crime

    @property
    def subject(self) -> str:
        if self._subject is None:
            lead = _subjects_in(self.text[:LEAD_CHARS])
            counts = Counter(subject for _, subject in (lead or _subjects_in(self.text[:ARTICLE_HEAD])))
            self._subject = counts.most_common(1)[0][0] if counts else "other"
        return self._subject


LEAD_CHARS = 400  # the headline and first sentence name an article's topic
ARTICLE_HEAD = 4000  # characters read for an article's overall subject and country: headline and lead


# Agency names hold crime words that say nothing of the figure ("Anti-Organized Crime Commission").
_AGENCY_NAME = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+(?:(?:and|of|on|for)\s+)?){1,6}(?:Commission|Department|Bureau|Division|Group|Council|"
    r"Centre|Center|Agency|Unit|Office|Command|Task Force|Squad|Directorate|Coordination Centre)\b")


_ORG_WORD = re.compile(r"Commission|Department|Bureau|Division|Group|Council|Cent(?:re|er)|Agency|Unit|Office|"
                       r"Command|Task Force|Squad|Directorate")


def _subjects_in(text: str) -> list[tuple[int, str]]:
    masked = _AGENCY_NAME.sub(lambda m: " " * len(m.group(0)), text) if _ORG_WORD.search(text) else text
    return [(m.start(), m.lastgroup or "other") for m in _SUBJECT_SCAN.finditer(masked.lower())]


@dataclass
class _SentenceFacts:
    """What one sentence says about time, place and crime, worked out once for all its figures."""

    sentence: Sentence
    context: ArticleContext
    _subjects: list[tuple[int, str]] | None = None

    @property
    def subjects(self) -> list[tuple[int, str]]:
        if self._subjects is None:
            self._subjects = _subjects_in(self.sentence.text)
        return self._subjects

    @property
    def places(self) -> tuple[tuple[int, str], ...]:
        return self.context.places_of(self.sentence)


def _nearest(items: Sequence[tuple[int, str]], position: int) -> str | None:
    return min(items, key=lambda item: abs(item[0] - position))[1] if items else None


def _in_clause(items: list[tuple[int, str]], text: str, position: int) -> list[tuple[int, str]]:
    """The items of the ";"-clause that holds ``position`` ("robberies - by 64% to 67 cases; burglary - ..."),
    or all of them when that clause names none."""
    if ";" not in text:
        return items
    start, end = text.rfind(";", 0, position) + 1, text.find(";", position)
    inside = [item for item in items if start <= item[0] and (end < 0 or item[0] < end)]
    return inside or items


_ASIDE_WORDS = ("including", "such as", "among them", "notably")
_ASIDE = re.compile(r",\s*(?:" + "|".join(_ASIDE_WORDS) + r")\b[^,;]*,")


def _outside_asides(items: list[tuple[int, str]], text: str, position: int) -> list[tuple[int, str]]:
    """The items outside a closed aside before ``position``: in "commercial crime cases, including online scams,
    amounted to RM1.2 billion" the figure is about the whole, not the part the aside names."""
    if not any(map(text.__contains__, _ASIDE_WORDS)):  # most sentences have no aside: skip the regex
        return items
    asides = [m.span() for m in _ASIDE.finditer(text, 0, position)]
    outside = [item for item in items if not any(start <= item[0] < end for start, end in asides)]
    return outside or items


def _subject(facts: _SentenceFacts, local_pos: int, measure: str, previous: str | None,
             context: ArticleContext) -> str:
    sentence, subjects = facts.sentence, facts.subjects
    if len({subject for _, subject in subjects}) > 1:  # only then can a clause or an aside change the choice
        subjects = _outside_asides(_in_clause(subjects, sentence.text, local_pos), sentence.text, local_pos)
    found = _nearest(subjects, local_pos)
    if found:
        return found
    if previous and ANAPHORA.match(sentence.text):
        return previous
    if measure in ("deaths", "injuries"):
        return "violent_crime"
    return context.subject


def _geo(facts: _SentenceFacts, local_pos: int, context: ArticleContext) -> str | None:
    return _nearest(facts.places, local_pos) or context.geo


def _unit(reading: LocalReading, geo: str | None) -> str:
    if reading.unit == "$":
        return DOLLAR_BY_COUNTRY.get(geo or "", "USD")
    return reading.unit


def _inside(mention: NumberMention, spans: tuple[tuple[int, int], ...], offset: int) -> bool:
    start, end = mention.start - offset, mention.end - offset
    return any(s <= start < e or s < end <= e for s, e in spans)


def _numbers_by_sentence(text: str, sentences: tuple[Sentence, ...]) -> list[list[NumberMention]]:
    """The numbers of each sentence, read in one pass over the text."""
    found = find_numbers(text)
    by_sentence: list[list[NumberMention]] = []
    i = 0
    for sentence in sentences:
        while i < len(found) and found[i].start < sentence.start:
            i += 1
        mentions = []
        while i < len(found) and found[i].end <= sentence.end:
            mentions.append(found[i])
            i += 1
        by_sentence.append(mentions)
    return by_sentence


def extract_metrics(text: str, published: dt.date | None = None, default_geo: str | None = None,
                    doc: str = "") -> tuple[MetricRecord, ...]:
    """Every crime or enforcement figure in ``text``, in order of appearance."""
    sentences = split_sentences(text)
    context = ArticleContext(text, default_geo, sentences)
    records: list[MetricRecord] = []
    previous_period: str | None = None
    previous_subject: str | None = None
    previous_measure: str | None = None
    previous_text = ""
    cache: dict[int, tuple[TimeExpression, ...]] = {}

    def times_of(sentence: Sentence) -> tuple[TimeExpression, ...]:
        if sentence.index not in cache:
            cache[sentence.index] = find_time_expressions(sentence.text, published)
        return cache[sentence.index]

    reporting_period = document_period(sentences, times_of)
    for sentence, mentions in zip(sentences, _numbers_by_sentence(text, sentences)):
        if not mentions:
            previous_text = sentence.text
            continue
        times: tuple[TimeExpression, ...] | None = None  # read at the sentence's first figure
        dates = year_spans(sentence.text)
        facts = _SentenceFacts(sentence, context)
        sentence_period = None
        memory = SentenceMemory((), previous_measure)
        in_context: bool | None = None
        for mention in mentions:
            if _inside(mention, dates, sentence.start) and not mention.currency and not mention.percent:
                continue
            reading = read_locally(sentence.text, mention, sentence.start, memory)
            if reading is None:
                continue
            if reading.measure not in _ENFORCEMENT_MEASURES and not context.about_crime and \
                    not _about_crime(sentence.text):  # Covid cases and deaths, weight lost
                continue
            if reading.unit != "count":
                if reading.measure == "money" and introduces_penalties(previous_text, sentence.text):
                    continue
                if in_context is None:
                    in_context = _about_enforcement(sentence.text) or _about_enforcement(previous_text)
                if not in_context:
                    continue
            memory = SentenceMemory(memory.earlier + ((mention.end - sentence.start, reading.measure,
                                                       reading.unit),), previous_measure)
            local_pos = mention.start - sentence.start
            times = times_of(sentence) if times is None else times
            period = figure_period(times, local_pos, mention.end - sentence.start, previous_period, sentence,
                             reading.unit == "percent", reporting_period)
            period = refined_period(period, reporting_period.period, sentence.text, local_pos)
            stated_period = period
            period = from_to_period(period, sentence.text, local_pos, mention.end - sentence.start, times)
            baseline = None
            if reading.unit == "percent" and not reading.share:
                baseline = baseline_of(times, local_pos, period)
            geo = _geo(facts, local_pos, context)
            subject = _subject(facts, local_pos, reading.measure, previous_subject, context)
            kind = kind_of(reading, sentence.text, local_pos)
            if kind == "case" and not any(t.period for t in times):
                period = None  # one case's figure: the period the article reports on is not its own
            records.append(MetricRecord(
                doc=doc, value=reading.sign * mention.value, unit=_unit(reading, geo),
                measure=reading.measure, subject=subject, period=period, baseline_period=baseline,
                geo=geo, qualifier=reading.qualifier, evidence=sentence.text, raw=mention.raw,
                span_start=mention.start, span_end=mention.end, rounding=mention.step,
                confidence=round(reading.strength, 2), kind=kind, reporter=reporter_of(sentence.text, local_pos),
            ))
            if not any(t.since and t.period == stated_period for t in times):  # running totals stay put
                sentence_period = sentence_period or stated_period  # the main clause, stated first
            previous_subject = subject
        if sentence_period:
            previous_period = sentence_period
        counts = [measure for _, measure, unit in memory.earlier if unit == "count"]
        previous_measure = counts[-1] if counts else previous_measure
        previous_text = sentence.text
    return tuple(records)
