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
from dataclasses import asdict, dataclass

from parsers.classify import LocalReading, SentenceMemory, read_locally
from parsers.numbers import NumberMention, find_numbers
from parsers.periods import TimeExpression, find_time_expressions, shift_period, year_spans
from parsers.places import dateline_country, places_in
from parsers.scan import StemScanner
from parsers.sentences import Sentence, split_sentences
from parsers.vocab import DOLLAR_BY_COUNTRY, SUBJECT_TERMS

EXTRACTOR_VERSION = "0.2.0"
GUIDE_FIELDS = ("doc", "value", "unit", "measure", "subject", "period", "baseline_period", "geo",
                "qualifier", "evidence")
_SUBJECT_RE = re.compile("|".join(rf"(?P<{s}>\b(?:{p})\b)" for p, s in SUBJECT_TERMS))  # on lower-cased text
_SUBJECT_SCAN = StemScanner.for_terms(_SUBJECT_RE, [p for p, _ in SUBJECT_TERMS], guard=r"\b")
_ANAPHORA = re.compile(r"^(?:\(|(?:such|these|those|this|the figures?|the numbers?|that|it|they|among (?:them|these|"
                       r"those|the total))\b)", re.IGNORECASE)
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
    _geo: str | None = None
    _subject: str | None = None
    _geo_known: bool = False

    @property
    def geo(self) -> str | None:
        if not self._geo_known:
            self._geo = dateline_country(self.text) or self.default_geo
            if self._geo is None:
                counts = Counter(code for _, code in places_in(self.text[:ARTICLE_HEAD]))
                self._geo = counts.most_common(1)[0][0] if counts else None
            self._geo_known = True
        return self._geo

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
    published: dt.date | None
    _subjects: list[tuple[int, str]] | None = None
    _places: list[tuple[int, str]] | None = None

    @property
    def subjects(self) -> list[tuple[int, str]]:
        if self._subjects is None:
            self._subjects = _subjects_in(self.sentence.text)
        return self._subjects

    @property
    def places(self) -> list[tuple[int, str]]:
        if self._places is None:
            self._places = list(places_in(self.sentence.text))
        return self._places


def _nearest(items: list[tuple[int, str]], position: int) -> str | None:
    return min(items, key=lambda item: abs(item[0] - position))[1] if items else None


def _subject(facts: _SentenceFacts, local_pos: int, measure: str, previous: str | None,
             context: ArticleContext) -> str:
    sentence = facts.sentence
    found = _nearest(facts.subjects, local_pos)
    if found:
        return found
    if previous and _ANAPHORA.match(sentence.text):
        return previous
    if measure in ("deaths", "injuries"):
        return "violent_crime"
    return context.subject


_BINDS_AFTER = re.compile(r"^\s*(?:cases?|people|\w+)?\s*(?:,\s*)?(?:in|during|for|over|by|of)?\s*(?:the\s+)?$",
                          re.IGNORECASE)


_ABSOLUTE_CHANGE = re.compile(
    r"\b(?:(?:drop|decrease|fall|decline|reduction|dip|rise|increase|jump|growth|surge|climb) of|"
    r"(?:decreased|fell|dropped|declined|reduced|gone down|went down|increased|rose|grew|jumped|climbed|surged) by)"
    r"\s+(?:some |about |nearly |just |over |more than )?(?:[A-Z]{0,3}\$|RM|Rs\.? ?)?$", re.IGNORECASE)
# A figure about one case or incident, not a total: "in one case", "a case involving 39 members".
_ONE_CASE = re.compile(r"\b(?:in one|one|a|in a|the|this|that|in the|in this) case\b(?! of\b)", re.IGNORECASE)


_REPORTERS = (
    ("court", re.compile(r"\b(?:courts?|judicia\w+|judges?|tribunals?|Supreme People's Court)\b", re.IGNORECASE)),
    ("prosecutors", re.compile(r"\b(?:procurator\w*|prosecutors?|prosecution service|Supreme People's "
                               r"Procuratorate|attorney[- ]general)\b", re.IGNORECASE)),
    ("police", re.compile(r"\b(?:police|public security|Ministry of Public Security|constabulary)\b",
                          re.IGNORECASE)),
)


def _reporter(sentence: str, local_pos: int) -> str | None:
    """The body a figure is credited to, the one named nearest to it in its sentence."""
    text = sentence.replace("\u2019", "'")
    found = [(abs(m.start() - local_pos), body) for body, pattern in _REPORTERS for m in pattern.finditer(text)]
    return min(found)[1] if found else None


def _kind(reading: LocalReading, sentence: str, local_pos: int) -> str:
    if reading.unit == "percent":
        return "share" if reading.share else "change"
    if _ABSOLUTE_CHANGE.search(sentence[:local_pos]):
        return "change"
    return "case" if _ONE_CASE.search(sentence) else "level"


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


_FROM_TO = re.compile(r"\s+(?:cases?\s+)?to\s+(?:just\s+|about\s+|some\s+)?[\d,. ]+\d")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:just\s+|about\s+|some\s+)?$")


def _dated_nearby(times: tuple[TimeExpression, ...], local_pos: int) -> bool:
    return any(abs(t.start - local_pos) < 40 for t in times)


def _refined(period: str | None, reporting: str | None) -> str | None:
    """A plain year the article reports on more precisely ("in 2021" in a January-July report)."""
    if period and reporting and len(period) == 4 and "/" in reporting and \
            reporting[:4] == period and reporting.split("/")[1][:4] == period:
        return reporting
    return period


@dataclass(frozen=True)
class ReportingPeriod:
    """What an article reports on: the most precise period its opening states."""

    period: str | None


def document_period(sentences: tuple[Sentence, ...], times_of: Callable[[Sentence], tuple[TimeExpression, ...]]
                    ) -> ReportingPeriod:
    found: list[TimeExpression] = []
    for n, sentence in enumerate(sentences[:LEAD_SENTENCES]):
        found += [t for t in times_of(sentence) if t.period and not t.baseline
                  and (n < 3 or not _RELATIVE.search(sentence.text[t.start:t.end]))]
    strong = [t.period for t in found if not t.weak and t.period]
    weak = [t.period for t in found if t.weak and t.period and "/" not in t.period and t.dated]
    period = strong[0] if strong else weak[0] if weak else None  # "carried out on 12 August": the event's month
    if period:  # a more precise statement of the same span: "in 2021" then "from January to July"
        same_year = [p for p in strong if p[:4] == period[:4] and len(p) > len(period) and "/" in p]
        period = same_year[0] if same_year else period
    return ReportingPeriod(period)


def _baseline(times: tuple[TimeExpression, ...], local_pos: int, period: str | None) -> str | None:
    baselines = [t for t in times if t.baseline and t.start > local_pos - 80]
    if not baselines:
        return None
    chosen = min(baselines, key=lambda t: abs(t.middle - local_pos))
    if chosen.period:
        if period and "/" in period and period[5:6].isdigit() and re.fullmatch(r"\d{4}", chosen.period):
            # a change over part of a year is measured against the same months: "Jan-Nov 2023 vs 2022"
            return shift_period(period, int(chosen.period) - int(period[:4]))
        return chosen.period
    if period and chosen.years_back:
        return shift_period(period, -chosen.years_back)
    return None


def _geo(facts: _SentenceFacts, local_pos: int, context: ArticleContext) -> str | None:
    return _nearest(facts.places, local_pos) or context.geo


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
    context = ArticleContext(text, default_geo)
    records: list[MetricRecord] = []
    previous_period: str | None = None
    previous_subject: str | None = None
    previous_measure: str | None = None
    previous_text = ""
    sentences = split_sentences(text)
    cache: dict[int, tuple[TimeExpression, ...]] = {}

    def times_of(sentence: Sentence) -> tuple[TimeExpression, ...]:
        if sentence.index not in cache:
            cache[sentence.index] = find_time_expressions(sentence.text, published)
        return cache[sentence.index]

    reporting_period = document_period(sentences, times_of)
    for sentence in sentences:
        mentions = find_numbers(sentence.text, sentence.start)
        if not mentions:
            previous_text = sentence.text
            continue
        times = times_of(sentence)
        dates = year_spans(sentence.text)
        facts = _SentenceFacts(sentence, published)
        sentence_period = None
        memory = SentenceMemory((), previous_measure)
        in_context: bool | None = None
        for mention in mentions:
            if _inside(mention, dates, sentence.start) and not mention.currency and not mention.percent:
                continue
            reading = read_locally(sentence.text, mention, sentence.start, memory)
            if reading is None:
                continue
            if reading.unit != "count":
                if in_context is None:
                    in_context = bool(_ENFORCEMENT_CONTEXT.search(sentence.text) or
                                      _ENFORCEMENT_CONTEXT.search(previous_text))
                if not in_context:
                    continue
            memory = SentenceMemory(memory.earlier + ((mention.end - sentence.start, reading.measure,
                                                       reading.unit),), previous_measure)
            local_pos = mention.start - sentence.start
            period = _period(times, local_pos, mention.end - sentence.start, previous_period, sentence,
                             reading.unit == "percent", reporting_period)
            period = _refined(period, reporting_period.period)
            if period and _FROM_TO.match(sentence.text, mention.end - sentence.start) and \
                    _FROM_BEFORE.search(sentence.text, 0, local_pos) and not _dated_nearby(times, local_pos):
                period = shift_period(period, -1)  # "rose from 490 to 646 cases": 490 is the period before
            baseline = None
            if reading.unit == "percent" and not reading.share:
                baseline = _baseline(times, local_pos, period)
            geo = _geo(facts, local_pos, context)
            subject = _subject(facts, local_pos, reading.measure, previous_subject, context)
            records.append(MetricRecord(
                doc=doc, value=reading.sign * mention.value, unit=_unit(reading, geo),
                measure=reading.measure, subject=subject, period=period, baseline_period=baseline,
                geo=geo, qualifier=reading.qualifier, evidence=sentence.text, raw=mention.raw,
                span_start=mention.start, span_end=mention.end, rounding=mention.step,
                confidence=round(reading.strength, 2), kind=_kind(reading, sentence.text, local_pos),
                reporter=_reporter(sentence.text, local_pos),
            ))
            sentence_period = sentence_period or period  # the main clause, stated first
            previous_subject = subject
        if sentence_period:
            previous_period = sentence_period
        counts = [measure for _, measure, unit in memory.earlier if unit == "count"]
        previous_measure = counts[-1] if counts else previous_measure
        previous_text = sentence.text
    return tuple(records)
