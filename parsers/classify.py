"""What a number in a sentence counts: its measure, unit, sign and qualifier.

Works on one sentence and one :class:`NumberMention` at a time, from the words around
the number: the counted noun after it, the verb before or after it, the change words
around a percentage.  Returns None for numbers that are not crime or enforcement figures
(ages, dates, durations, law sections, phone numbers, penalties written in a law).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.numbers import NumberMention
from parsers.places import PLACE_RE
from parsers.vocab import (CASE_NOUNS, FALL_WORDS, NOUN_MEASURES, PEOPLE_NOUNS,
                           PEOPLE_VERBS, QUALIFIERS, RISE_WORDS)

_I = re.IGNORECASE
_PEOPLE_NOUN_RE = re.compile(rf"(?:{PEOPLE_NOUNS})\b", _I)
_NOUN_RES = tuple((re.compile(rf"(?:{p})\b", _I), m) for p, m in NOUN_MEASURES)
_VERB_RES = tuple((re.compile(rf"\b(?:{p})\b", _I), m) for p, m in PEOPLE_VERBS)
_CASE_RE = re.compile(rf"\b(?:{CASE_NOUNS})\b", _I)
_SEIZURE_RE = re.compile(r"(?:kg|kilograms?|tonnes?|tons?|grams?|pounds?|lbs?|litres?|liters?|"
                         r"(?:mobile )?phones?|handsets?|laptops?|computers?|vehicles?|cars?|weapons?|"
                         r"guns?|firearms?|rounds|bullets|pills|tablets|passports?|devices?|items?|"
                         r"packets?|bags?|routers?|modems?)\b", _I)
_PHYSICAL_UNITS = {"kg": "kg", "kilogram": "kg", "kilograms": "kg", "tonne": "tonne", "tonnes": "tonne",
                   "ton": "tonne", "tons": "tonne", "lb": "lb", "lbs": "lb", "pounds": "lb",
                   "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre"}
_SKIP_WORD = re.compile(r"^(?:[a-z][\w'-]*|[A-Z][a-z]+)$")
_STOP_WORDS = frozenset("of in at on to and or from for by with was were is are has have had "
                        "that which who than as per a an the".split())
_QUALIFIER_RES = tuple((re.compile(rf"\b(?:{p})\s*$", _I), q) for p, q in QUALIFIERS)
_RISE_RE = re.compile(rf"\b(?:{RISE_WORDS})\b", _I)
_FALL_RE = re.compile(rf"\b(?:{FALL_WORDS})\b", _I)
_CHANGE_OF_RE = re.compile(r"\b(?:(?:drop|decrease|fall|decline|reduction|dip) of|(?:decreased|fell|dropped|"
                           r"declined|reduced|gone down|went down) by)\s+(?:some |about |nearly )?$", _I)
_NOT_METRIC_BEFORE = re.compile(
    r"(?:\b(?:section|sections|sec\.?|article|articles|clause|rule|no\.|number|aged|age|ages|"
    r"helpline|hotline|dial|call|tel\.?|phone|page|chapter|grade|level|class|phase|vol\.?|"
    r"top|rank(?:ed)?|only|one of|pm|am)\s*$)|(?:[A-Z][\w'’-]+,\s*$)", _I)
_NOT_METRIC_AFTER = re.compile(
    r"^(?:-| )?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|"
    r"year-old|years? old|-year-old|-month|-day|-hour|-member|-strong|-storey|-page|th\b|st\b|nd\b|rd\b|"
    r"am\b|pm\b|a\.m\.|p\.m\.|o'clock|times\b|-fold|fold\b|of (?:them|these|those|the \w+est))", _I)
_PENALTY_RE = re.compile(r"\b(?:fine[sd]?|penalt(?:y|ies)|jail|imprisonment|punishable|liable|maximum|"
                         r"face[sd]?)\b[^.;]{0,40}$", _I)


@dataclass(frozen=True)
class LocalReading:
    """What the words around a number say about it."""

    measure: str
    unit: str  # "count", "percent", a currency code or "$", or a physical unit
    sign: int  # -1 when the figure is a fall ("down 5.8 per cent", "a drop of 185 cases")
    qualifier: str
    share: bool  # "80 percent of the victims": a share, not a change
    strength: float  # how directly the words decided the measure (0..1)


def _next_words(text: str, limit: int = 5) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in re.finditer(r"[\w'’-]+|[,;:()]", text)][:limit]


def counted_noun(after: str) -> tuple[str, str] | None:
    """The counted noun after a number: ("people", "people") or ("cases", "cases") etc."""
    for pos, word in _next_words(after, 5):
        tail = after[pos:]
        if _PEOPLE_NOUN_RE.match(tail):
            return "people", _PEOPLE_NOUN_RE.match(tail).group(0)
        for noun_re, measure in _NOUN_RES:
            if noun_re.match(tail):
                return measure, noun_re.match(tail).group(0)
        if _SEIZURE_RE.match(tail):
            return "seizures", _SEIZURE_RE.match(tail).group(0)
        place = PLACE_RE.match(tail)
        if place and re.match(r"[A-Z][a-z]+(?:ns|is|es|s)\b", tail):  # "two Indians"
            return "people", place.group(0)
        if word in _STOP_WORDS or not _SKIP_WORD.match(word) or word.lower() in ("were", "was"):
            return None
    return None


def _verb_measure(text: str, nearest_last: bool) -> tuple[str, int] | None:
    """The people verb in ``text`` nearest to the number, with its distance in characters."""
    best: tuple[str, int] | None = None
    for verb_re, measure in _VERB_RES:
        for match in verb_re.finditer(text):
            distance = len(text) - match.end() if nearest_last else match.start()
            if best is None or distance < best[1]:
                best = (measure, distance)
    return best


def people_measure(before: str, after: str) -> tuple[str, float] | None:
    """Measure of a people count from its verbs: "charging 39 suspects", "35 were killed"."""
    clause_before = re.split(r"[;:.]|,\s+(?:and|but|while|which|who)\b", before)[-1][-60:]
    clause_after = re.split(r"[;:.(]|,\s", after)[0][:60]
    near_before = _verb_measure(clause_before[-30:], nearest_last=True)
    if near_before and near_before[1] <= 12:
        return near_before[0], 0.95
    verb_after = _verb_measure(clause_after, nearest_last=False)
    if verb_after:
        return verb_after[0], 0.9
    if near_before:
        return near_before[0], 0.8
    far_before = _verb_measure(clause_before, nearest_last=True)
    return (far_before[0], 0.7) if far_before else None


def qualifier_of(before: str, after: str) -> str:
    if re.match(r"^(?:-plus|\+|\s?plus\b|\s?or more\b)", after, _I):
        return "at_least"
    for qualifier_re, qualifier in _QUALIFIER_RES:
        if qualifier_re.search(before):
            return qualifier
    return "exact"


def _percent_measure(before: str, after: str) -> tuple[str, bool, float] | None:
    """(measure, is_share, strength) for a percentage."""
    share = re.match(r"^\s*(?:of|of the|of all)\s+(?:the\s+)?", after, _I)
    if share:
        noun = counted_noun(after[share.end():])
        if noun:
            return ("victims" if noun[0] == "people" and "victim" in noun[1].lower() else
                    "suspects" if noun[0] == "people" else noun[0]), True, 0.8
    rise_in = re.match(r"^\s*(?:\w+\s+){0,2}?(?:in|of)\s+(?:the number of\s+)?", after, _I)
    if rise_in:
        noun = counted_noun(after[rise_in.end():])
        if noun and noun[0] != "people":
            return noun[0], False, 0.85
    nouns = [(m.start(), "cases") for m in _CASE_RE.finditer(before)]
    for noun_re, measure in _NOUN_RES:
        nouns += [(m.start(), measure) for m in re.finditer(rf"\b{noun_re.pattern}", before, _I)]
    nouns += [(m.start(), "money") for m in re.finditer(r"\b(?:losses|amount|sums?)\b", before, _I)]
    if not nouns:
        return None
    nouns.sort()
    for pos, measure in reversed(nouns):  # a noun right before its change verb governs it
        if re.match(r"^\S+\s+(?:\w+\s+){0,2}?(?:" + RISE_WORDS + "|" + FALL_WORDS + r")\b", before[pos:], _I):
            return measure, False, 0.85
    return nouns[0][1], False, 0.6


def sign_of_change(before: str, after: str) -> int:
    """-1 when the words around a change say it is a fall."""
    near_after = after[:30]
    near_before = before[-30:]
    fall_after, rise_after = _FALL_RE.search(near_after), _RISE_RE.search(near_after)
    if fall_after and (not rise_after or fall_after.start() < rise_after.start()):
        return -1
    if rise_after:
        return 1
    falls = list(_FALL_RE.finditer(near_before))
    rises = list(_RISE_RE.finditer(near_before))
    if falls and (not rises or falls[-1].start() > rises[-1].start()):
        return -1
    return 1


def read_locally(sentence: str, mention: NumberMention, offset: int) -> LocalReading | None:
    """Classify one number of a sentence (``offset`` is the sentence's start in the article)."""
    start, end = mention.start - offset, mention.end - offset
    before, after = sentence[:start], sentence[end:]
    if _NOT_METRIC_BEFORE.search(before[-25:]) and not mention.currency and not mention.percent:
        if not re.match(r"^\s*(?:people|persons|individuals|cases)", after):
            return None
    if _NOT_METRIC_AFTER.match(after):
        return None
    if re.match(r"^,\s", after) and re.search(r"[A-Z][\w'’-]+,\s*$", before):  # "Fan Weiqiu, 62,"
        return None
    qualifier = qualifier_of(before, after)
    if mention.currency:
        if qualifier == "at_most" and _PENALTY_RE.search(before):
            return None
        sign = -1 if _CHANGE_OF_RE.search(before) else 1
        return LocalReading("money", mention.currency or "$", sign, qualifier, False, 0.9)
    if mention.percent:
        found = _percent_measure(before, after)
        if not found:
            return None
        measure, share, strength = found
        sign = 1 if share else sign_of_change(before, after)
        return LocalReading(measure, "percent", sign, qualifier, share, strength)
    physical = re.match(r"^\s*(kg|kilograms?|tonnes?|tons?|lbs?|litres?|liters?)\b", after, _I)
    if physical:
        return LocalReading("seizures", _PHYSICAL_UNITS[physical.group(1).lower()], 1, qualifier, False, 0.8)
    noun = counted_noun(after)
    if noun is None:
        verb_right_after = re.match(r"^\s+(?:were |have been |had been )?(\w+(?: up| over| into custody)?)", after)
        if verb_right_after:
            for verb_re, measure in _VERB_RES:
                if verb_re.fullmatch(verb_right_after.group(1)):
                    return LocalReading(measure, "count", 1, qualifier, False, 0.8)
        return None
    measure, word = noun
    strength = 0.9
    if measure == "people":
        decided = people_measure(before, after[len(word) + 1:] if after.lstrip().startswith(word) else after)
        if decided is None:
            if re.fullmatch(r"suspects?|accused", word, _I):
                decided = ("suspects", 0.7)
            elif re.fullmatch(r"victims?", word, _I):
                decided = ("victims", 0.8)
            else:
                return None
        measure, strength = decided
    if mention.spelled and mention.value == 1 and measure == "cases":
        return None  # "in one case" introduces an example, it does not count cases
    sign = -1 if _CHANGE_OF_RE.search(before) else 1
    return LocalReading(measure, "count", sign, qualifier, False, strength)
