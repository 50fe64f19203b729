"""What a number in a sentence counts: its measure, unit, sign and qualifier.

Works on one sentence and one :class:`NumberMention` at a time, from the words around
the number: the counted noun after it, the verb before or after it, the change words
around a percentage, and the figures before it in the same sentence (a breakdown such as
"771 detained, including 282 women" takes the measure of its total).  Returns None for
numbers that are not crime or enforcement figures (ages, dates, durations, law sections,
phone numbers, penalties written in a law, counts GUIDE.md leaves out).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.numbers import NumberMention
from parsers.places import DEMONYM_RE, PLACE_RE
from parsers.vocab import (CASE_NOUNS, FALL_WORDS, NOUN_DEFAULTS, NOUN_MEASURES, PEOPLE_NOUNS, PEOPLE_VERBS,
                           QUALIFIERS, RISE_WORDS, SEIZURE_NOUNS, SEIZURE_VERBS, UNCOUNTED_NOUNS)

_I = re.IGNORECASE
_PEOPLE_NOUN_RE = re.compile(rf"(?:{PEOPLE_NOUNS})\b", _I)
_NOUN_RES = tuple((re.compile(rf"(?:{p})\b", _I), m) for p, m in NOUN_MEASURES)
_ANY_NOUN_RE = re.compile(rf"\b(?:{'|'.join(p for p, _ in NOUN_MEASURES)}|losses|amount|sums?|money|"
                          rf"{PEOPLE_NOUNS})\b", _I)
_MONEY_NOUN = re.compile(r"losses|amount|sums?|money", _I)
_VERB_RES = tuple((re.compile(rf"\b(?:{p})\b", _I), m) for p, m in PEOPLE_VERBS)
_DEFAULT_RES = tuple((re.compile(rf"(?:{p})$", _I), m) for p, m in NOUN_DEFAULTS)
_CASE_RE = re.compile(rf"\b(?:{CASE_NOUNS})\b", _I)
_SEIZURE_NOUN_RE = re.compile(rf"(?:{SEIZURE_NOUNS})\b", _I)
_SEIZURE_VERB_RE = re.compile(rf"\b(?:{SEIZURE_VERBS})\b", _I)
_UNCOUNTED_RE = re.compile(rf"(?:{UNCOUNTED_NOUNS})\b", _I)
_PHYSICAL_RE = re.compile(r"^\s*(kg|kilograms?|kilos?|tonnes?|tons?|lbs?|pounds|litres?|liters?)\b", _I)
_PHYSICAL_UNITS = {"kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "tonne": "tonne",
                   "tonnes": "tonne", "ton": "tonne", "tons": "tonne", "lb": "lb", "lbs": "lb", "pounds": "lb",
                   "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre"}
_WORD_RE = re.compile(r"[\w'’-]+|[,;:()—–]")
_ADJECTIVE = re.compile(r"^(?:[a-z][\w'’-]*|[A-Z][a-z]+|[A-Z]{2,5})$")
_STOP_WORDS = frozenset("of in at on to from for by with was were is are has have had that which who than as "
                        "per a an the this these those it its their they he she we".split())
_MODIFIER_NOUN = re.compile(r"(?:frauds?|scams?|crimes?|complaints?|reports?|cases?)", _I)
_NEXT_NOUN = re.compile(rf"\s+(?:(?!(?:of|in|at|on|to|for|by|with|and|or|the|a|an)\b)[\w'-]+\s+)?(?:{PEOPLE_NOUNS}|{'|'.join(p for p, _ in NOUN_MEASURES)}|{SEIZURE_NOUNS})\b",
                        _I)
_QUALIFIER_RES = tuple((re.compile(rf"\b(?:{p})\s*$", _I), q) for p, q in QUALIFIERS)
_RISE_RE = re.compile(rf"\b(?:{RISE_WORDS})\b", _I)
_FALL_RE = re.compile(rf"\b(?:{FALL_WORDS})\b", _I)
_CHANGE_RE = re.compile(rf"\b(?:{RISE_WORDS}|{FALL_WORDS}|rocketed|doubled|tripled|higher|lower)\b", _I)
_CHANGE_OF_RE = re.compile(r"\b(?:(?:drop|decrease|fall|decline|reduction|dip) of|(?:decreased|fell|dropped|"
                           r"declined|reduced|gone down|went down) by)\s+(?:some |about |nearly |just )?$", _I)
_NOT_METRIC_BEFORE = re.compile(
    r"(?:\b(?:section|sections|sec\.?|article|articles|clause|rule|no\.|number|aged|age|ages|between|"
    r"helpline|hotline|dial|call|tel\.?|phone|page|chapter|grade|level|class|phase|vol\.?|"
    r"top|rank(?:ed)?|one of|pm|am|covid|g)\s*[-–]?\s*$)|\baged? (?:between |from )?\d+ (?:and|to) $", _I)
_NOT_METRIC_AFTER = re.compile(
    r"^(?:-| )?(?:years?(?![- ]on[- ]year)|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|"
    r"year-old|years? old|-year-old|-month|-day|-hour|-member|-strong|-storey|-page|th\b|st\b|nd\b|rd\b|"
    r"am\b|pm\b|a\.m\.|p\.m\.|o'clock|times\b|-fold|fold\b|of (?:them|these|those) (?:is|was)|"
    r"per cent of (?:gdp|the population)|and under\b|or over\b)", _I)
_PENALTY_RE = re.compile(r"\b(?:maximum|max\.|fines?|fined|penalt(?:y|ies)|punishable|liable|imprisonment|"
                         r"jail term)\b", _I)
_RATE_RE = re.compile(r"\brates?\b[^.;]{0,60}$", _I)
_AUX_VERB_RE = re.compile(r"\b(?:were|was|are|is|have been|has been|had been|been|being|be|got)\s+"
                          r"(?:\w+ly\s+|also\s+|all\s+|then\s+|later\s+|now\s+)?", _I)
_BREAKDOWN_AFTER = re.compile(r"^\s*(?:of whom|of them|of those|of the \w+|from\s+(?:the\s+)?[A-Z]|"
                              r"(?:were|are|was|had|have)\b|,|\)|and\b|\.|$)", _I)
_BREAKDOWN_BEFORE = re.compile(r"(?:,|\band|\bincluding|\bincluded|\bcomprised|\bcomprising|\bamong them|"
                               r"\bwhile|\bwith|\bbut|\bof whom|\bsuch as|\bnamely|\bplus|\bwere|:|—|–|\()\s*"
                               r"(?:at least |about |some |another |also |only |just )?$", _I)


_OVERRIDE_VICTIMS = frozenset({"rescued", "deported", "deaths", "injuries"})


@dataclass(frozen=True)
class LocalReading:
    """What the words around a number say about it."""

    measure: str
    unit: str  # "count", "percent", a currency code or "$", or a physical unit
    sign: int  # -1 when the figure is a fall ("down 5.8 per cent", "a drop of 185 cases")
    qualifier: str
    share: bool  # "80 percent of the victims": a share, not a change
    strength: float  # how directly the words decided the measure (0..1)


@dataclass(frozen=True)
class SentenceMemory:
    """Figures already read in this sentence and the one before: breakdowns inherit from them."""

    earlier: tuple[tuple[int, str, str], ...] = ()  # (end position, measure, unit) in this sentence
    previous_measure: str | None = None  # the last count measure of the previous sentence

    def last_count(self, before: int) -> str | None:
        for end, measure, unit in reversed(self.earlier):
            if end <= before and unit == "count":
                return measure
        return None

    def first_count(self, before: int) -> str | None:
        return next((m for end, m, unit in self.earlier if end <= before and unit == "count"), None)


def _words(text: str, limit: int) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _WORD_RE.finditer(text, 0, 200)][:limit]


def counted_noun(after: str) -> tuple[str, str] | None:
    """The counted noun after a number: ("people", "suspects"), ("cases", "cases"), ("uncounted", ...)."""
    commas = 0
    for pos, word in _words(after, 7):
        tail = after[pos:]
        if word == ",":
            commas += 1
            if commas > 1:
                return None
            continue
        if (found := _PEOPLE_NOUN_RE.match(tail)) and not tail.lower().startswith(("of them", "of whom")):
            return "people", found.group(0)
        modifier = False
        for noun_re, measure in _NOUN_RES:
            if found := noun_re.match(tail):
                rest = tail[found.end():]
                if re.match(r"\s+(?:types?|categories|kinds)\b", rest, _I):
                    return "uncounted", found.group(0)
                if _MODIFIER_NOUN.fullmatch(found.group(0)) and _NEXT_NOUN.match(rest):
                    modifier = True  # "telecom fraud suspects": fraud describes the suspects
                    break
                return measure, found.group(0)
        if modifier:
            continue
        if found := _SEIZURE_NOUN_RE.match(tail):
            return "seizures", found.group(0)
        if found := DEMONYM_RE.match(tail):
            if _NEXT_NOUN.match(tail[found.end():]):
                continue  # "two Mexican cartels": a nationality used as an adjective
            return "people", found.group(0)
        if found := _UNCOUNTED_RE.match(tail):
            return "uncounted", found.group(0)
        if word in _STOP_WORDS or word.lower() in _STOP_WORDS or not _ADJECTIVE.match(word):
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


def _main_verb_after(after: str) -> str | None:
    """The measure of a passive main verb after the number: "... were rescued", "are under probe"."""
    window = re.split(r"[;:.]|\b(?:while|but|whereas)\b", after, maxsplit=1)[0][:160]
    for aux in _AUX_VERB_RE.finditer(window):
        for verb_re, measure in _VERB_RES:
            if verb_re.match(window, aux.end()):
                return measure
    return None


def people_measure(before: str, after: str) -> tuple[str, float] | None:
    """Measure of a people count from its verbs: "charging 39 suspects", "35 were killed"."""
    copula = re.search(r"\b(\w+)\s+(?:\w+\s+){0,3}?(?:are|were|was|is|include|included|includes)\s+(?:the\s+)?$",
                       before[-60:])
    if copula:
        named = next((m for d, m in _DEFAULT_RES if d.fullmatch(copula.group(1))), None)
        if named:  # "the complainants in the case are two ..."
            return named, 0.85
    clause_before = re.split(r"[;:.]|,\s+(?:and|but|while|which|who)\b", before)[-1][-70:]
    clause_after = re.split(r"[;:.(]|,\s|\b(?:who|which|that)\b", after)[0][:70]
    near_before = _verb_measure(clause_before[-30:], nearest_last=True)
    two_verbs = re.search(r"\b(\w+)\s+and\s+(\w+(?: over)?)\s+(?:\w+\s+)?$", clause_before)
    if two_verbs and near_before and near_before[1] <= 14:
        first = _verb_measure(two_verbs.group(1), nearest_last=True)
        if first:  # "arrested and deported 462": the first verb decides
            return first[0], 0.95
    if near_before and near_before[1] <= 14:
        return near_before[0], 0.95
    main_after = _main_verb_after(after)
    if main_after:
        return main_after, 0.9
    verb_after = _verb_measure(clause_after, nearest_last=False)
    if verb_after:
        return verb_after[0], 0.85
    if near_before:
        return near_before[0], 0.8
    far_before = _verb_measure(clause_before, nearest_last=True)
    return (far_before[0], 0.7) if far_before else None


def qualifier_of(before: str, after: str) -> str:
    if re.match(r"^(?:-plus|\+|\s?plus\b|\s?or more\b)", after, _I):
        return "at_least"
    tail = before[-40:]
    for qualifier_re, qualifier in _QUALIFIER_RES:
        if qualifier_re.search(tail):
            return qualifier
    return "exact"


def _measure_of_noun_phrase(text: str) -> str | None:
    """The measure named by a noun phrase such as "fugitives captured" or "scam cases"."""
    noun = counted_noun(" " + text)
    if noun is None or noun[0] == "uncounted":
        return None
    if noun[0] != "people":
        return noun[0]
    rest = text[text.lower().find(noun[1].lower()) + len(noun[1]):][:40]
    verb = _verb_measure(rest, nearest_last=False)
    if verb:
        return verb[0]
    return next((m for d, m in _DEFAULT_RES if d.search(noun[1])), None)


def change_subject(before: str, after: str, memory: SentenceMemory, start: int) -> tuple[str, float] | None:
    """What a change or a bare figure is about ("cases surged 26.7 per cent", "rose to 8,699 from ...")."""
    number_of = list(re.finditer(r"\b(?:the )?(?:number|total|amount|count) of (?:those |the )?", before, _I))
    if number_of:
        phrase = before[number_of[-1].end():]
        if re.match(r"(?:those )?(\w+ed)\b", phrase):
            verb = _verb_measure(phrase[:30], nearest_last=False)
            if verb:
                return verb[0], 0.85
        found = _measure_of_noun_phrase(phrase[:60])
        if found:
            return found, 0.85
    rise_in = re.match(r"^\s*(?:\w+\s+){0,2}?(?:in|of)\s+(?:the\s+)?(?:number of\s+)?", after, _I)
    if rise_in:
        found = _measure_of_noun_phrase(after[rise_in.end():][:60])
        if found and found != "suspects":
            return found, 0.85
    nouns = [(m.start(), m.group(0)) for m in _ANY_NOUN_RE.finditer(before)]
    for pos, word in reversed(nouns):  # a noun right before its change verb governs it
        if _CHANGE_RE.match(before, pos + len(word) + 1) or re.match(
                r"\s+(?:\w+\s+){0,3}?(?:" + RISE_WORDS + "|" + FALL_WORDS + r"|rocketed)\b", before[pos + len(word):], _I):
            found = "money" if _MONEY_NOUN.fullmatch(word) else _measure_of_noun_phrase(before[pos:pos + 60])
            if found:
                return found, 0.85
    earlier = memory.first_count(start)  # "49,000 cases ..., involving 58,000 people, ..., marking a 5.8% drop"
    if earlier:
        return earlier, 0.75
    for pos, word in nouns:
        found = "money" if _MONEY_NOUN.fullmatch(word) else _measure_of_noun_phrase(before[pos:pos + 60])
        if found:
            return found, 0.6
    noun_after = _measure_of_noun_phrase(after[:80])
    if noun_after:
        return noun_after, 0.6
    if memory.previous_measure:
        return memory.previous_measure, 0.5
    return None


def _percent(before: str, after: str, memory: SentenceMemory, start: int) -> tuple[str, bool, float] | None:
    """(measure, is_share, strength) of a percentage."""
    if _RATE_RE.search(before[-60:]) or re.match(r"^\s*(?:detection|clearance|conviction|crime) rate", after, _I):
        return "other", False, 0.7
    share = re.match(r"^\s*(?:of|of the|of all)\s+(?:the\s+|all\s+|total\s+)*", after, _I)
    if share:
        phrase = after[share.end():share.end() + 60]
        if re.match(r"(?:those|them)\b", phrase, _I):
            earlier = memory.last_count(start)
            return (earlier, True, 0.7) if earlier else None
        if re.match(r"losses|money|amount", phrase, _I):
            return "money", True, 0.8
        found = _measure_of_noun_phrase(phrase)
        if found:
            return found, True, 0.8
    if re.search(r"\b(?:accounted for|making up|made up|represent(?:ed|ing)?|comprised|constitut\w+|or)\s+"
                 r"(?:only |just |about |nearly |over |some )?$", before, _I) or \
            re.match(r"^\s+(?:were|are|was|is)\s+(?!up\b|down\b)", after, _I):
        earlier = memory.last_count(start)
        subject = change_subject(before, after, memory, start)
        if subject or earlier:
            return (subject[0] if subject else earlier), not _CHANGE_RE.search(before[-40:] + after[:30]), 0.6
    subject = change_subject(before, after, memory, start)
    return (subject[0], False, subject[1]) if subject else None


def sign_of_change(before: str, after: str) -> int:
    """-1 when the words around a change say it is a fall."""
    near_after, near_before = after[:30], before[-30:]
    fall_after, rise_after = _FALL_RE.search(near_after), _RISE_RE.search(near_after)
    if fall_after and (not rise_after or fall_after.start() < rise_after.start()):
        return -1
    if rise_after:
        return 1
    for window in (near_before, before):  # "drops in robberies — by 64 per cent"
        falls, rises = list(_FALL_RE.finditer(window)), list(_RISE_RE.finditer(window))
        if falls and (not rises or falls[-1].start() > rises[-1].start()):
            return -1
        if rises:
            return 1
    return 1


def _not_a_metric(before: str, after: str, mention: NumberMention) -> bool:
    if mention.currency or mention.percent:
        return False
    if _NOT_METRIC_BEFORE.search(before[-25:]) and not re.match(r"^\s*(?:people|persons|individuals|cases)", after):
        return True
    if _NOT_METRIC_AFTER.match(after):
        return True
    return bool(re.match(r"^,\s", after) and re.search(r"[A-Z][\w'’-]+,\s*$", before))  # "Fan Weiqiu, 62,"


def read_locally(sentence: str, mention: NumberMention, offset: int,
                 memory: SentenceMemory = SentenceMemory()) -> LocalReading | None:
    """Classify one number of a sentence (``offset`` is the sentence's start in the article)."""
    start, end = mention.start - offset, mention.end - offset
    before, after = sentence[:start], sentence[end:]
    if _not_a_metric(before, after, mention):
        return None
    qualifier = qualifier_of(before, after)
    physical = _PHYSICAL_RE.match(after)
    if mention.currency and not (physical and mention.currency == "$"):
        if _PENALTY_RE.search(before[-80:]) and (qualifier == "at_most" or not re.search(
                r"\b(?:was|were|been|got) (?:\w+ )?(?:fined|ordered)|\b(?:paid|imposed|collected|levied)\b", before[-60:])):
            return None
        sign = -1 if _CHANGE_OF_RE.search(before) else 1
        return LocalReading("money", mention.currency, sign, qualifier, False, 0.9)
    if mention.percent:
        found = _percent(before, after, memory, start)
        if not found:
            return None
        measure, share, strength = found
        sign = 1 if share else sign_of_change(before, after)
        return LocalReading(measure, "percent", sign, qualifier, share, strength)
    if physical:
        return LocalReading("seizures", _PHYSICAL_UNITS[physical.group(1).lower()], 1, qualifier, False, 0.8)
    sign = -1 if _CHANGE_OF_RE.search(before) else 1
    noun = counted_noun(re.sub(r"^(?:-plus|\+)", "", after))
    if noun is None:
        return _bare_number(before, after, mention, memory, start, qualifier, sign)
    measure, word = noun
    if measure == "uncounted":
        return None
    strength = 0.9
    if measure == "seizures" and not _SEIZURE_VERB_RE.search(sentence):
        return None
    if measure == "people":
        rest = after[after.find(word) + len(word):] if word in after else after
        decided = people_measure(before, rest)
        if re.fullmatch(r"victims?", word, _I) and (decided is None or decided[0] not in _OVERRIDE_VICTIMS):
            decided = ("victims", 0.85)  # "529 victims of trafficking were found": still victims
        if decided is None:
            inherited = _inherited(before, after, memory, start, demonym=bool(DEMONYM_RE.match(word)))
            default = next((m for d, m in _DEFAULT_RES if d.search(word)), None)
            decided = (inherited, 0.7) if inherited else (default, 0.7) if default else None
        if decided is None:
            return None
        measure, strength = decided
    if mention.spelled and mention.value == 1 and measure in ("cases", "groups"):
        return None  # "in one case", "one group of": an example, not a count
    return LocalReading(measure, "count", sign, qualifier, False, strength)


def _inherited(before: str, after: str, memory: SentenceMemory, start: int, demonym: bool = False) -> str | None:
    """A breakdown takes the measure of its total: the figure before it, or the previous sentence's."""
    earlier = memory.last_count(start)
    if earlier and (_BREAKDOWN_BEFORE.search(before[-25:]) or _BREAKDOWN_AFTER.match(after) or demonym):
        return earlier
    if memory.previous_measure and (demonym or re.search(
            r"\b(?:includ\w+|comprised|among|those|the group|the detainees|additionally|also)\b", before, _I)):
        return memory.previous_measure
    return None


def _bare_number(before: str, after: str, mention: NumberMention, memory: SentenceMemory, start: int,
                 qualifier: str, sign: int) -> LocalReading | None:
    """A number with no counted noun: "771 detained", "29 from India", "rose to 646 from 490"."""
    verb_right_after = re.match(r"^\s+(?:were |have been |had been |are |was )?(?:\w+ly )?"
                                r"(\w+(?: up| over| into custody| back)?)", after)
    if verb_right_after:
        for verb_re, measure in _VERB_RES:
            if verb_re.fullmatch(verb_right_after.group(1)):
                return LocalReading(measure, "count", sign, qualifier, False, 0.8)
    if mention.spelled and mention.value < 2:
        return None
    shared_percent = re.match(r"^\s*(?:and|or|to)\s+[\d.]+\s*(?:%|per\s?cent|percent)", after, _I)
    if shared_percent:  # "by 36 and 68.9 per cent respectively"
        found = _percent(before, after[shared_percent.end():], memory, start)
        if found:
            return LocalReading(found[0], "percent", sign_of_change(before, after), qualifier, found[1], found[2] * 0.9)
    if _RATE_RE.search(before[-60:]) and re.search(r"\b(?:to|at|of|was|is|stood at)\s+$", before):
        return LocalReading("other", "percent", 1, qualifier, False, 0.6)  # "the detection rate ... to 35.7"
    of_group = re.match(r"^\s*(?:of whom|of them|of those|of the [\w\s-]{0,30}?(?=\s(?:were|are|was|had|have)\b|$))", after, _I)
    if of_group:  # "64 of them already prosecuted", "307 of the suspects arrested", "35 of whom were women"
        decided = people_measure("", after)
        if decided and decided[0] != "suspects":
            return LocalReading(decided[0], "count", sign, qualifier, False, decided[1] * 0.9)
        inherited = _inherited(before, after, memory, start, demonym=True)
        return LocalReading(inherited, "count", sign, qualifier, False, 0.7) if inherited else None
    if re.match(r"^\s+from\s+(?:the\s+)?[A-Z]", after):
        inherited = _inherited(before, after, memory, start, demonym=True)
        return LocalReading(inherited, "count", sign, qualifier, False, 0.7) if inherited else None
    noun_of = re.search(r"\b(\w+)\s+of\s+(?:about |some |over |more than )?$", before)
    if noun_of:  # "reported cases of 17,718"
        found = _measure_of_noun_phrase(noun_of.group(1))
        if found and found not in ("suspects", "seizures"):
            return LocalReading(found, "count", sign, qualifier, False, 0.7)
    if re.match(r"^\s+(?:are|were|will|would|have|had|is|was)\b", after):  # "150 are scheduled to arrive back"
        decided = people_measure(before, after)
        if decided:
            return LocalReading(decided[0], "count", sign, qualifier, False, decided[1] * 0.8)
    partner = re.match(r"^\s+(?:in \d{4}\s+)?to\s+(?:just\s+|about\s+)?[\d,. ]+\s*(?:in \d{4}\s*)?", after, _I)
    if partner or re.search(r"\b(?:from|to|reaching|reached|at|by|averag\w+|compared (?:to|with)|against|versus|"
                            r"than)\s+(?:just |about |some |only |a record )?$", before, _I) \
            or re.search(r"\bout of (?:the )?$", before, _I):
        noun = counted_noun(after[partner.end() - 1:]) if partner else None
        if noun and noun[0] not in ("people", "uncounted"):
            return LocalReading(noun[0], "count", sign, qualifier, False, 0.8)
        subject = change_subject(before, after, memory, start)
        if subject and subject[0] != "money":
            return LocalReading(subject[0], "count", sign, qualifier, False, subject[1] * 0.9)
        return None
    inherited = _inherited(before, after, memory, start)
    if inherited and (_BREAKDOWN_AFTER.match(after) and _BREAKDOWN_BEFORE.search(before[-25:])):
        return LocalReading(inherited, "count", sign, qualifier, False, 0.6)
    return None
