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
from dataclasses import dataclass, replace

from parsers.changes import RATE_LEVEL_BEFORE, RATE_RE, SentenceMemory, change_subject, is_fall_by, read_percent, sign_of_change
from parsers.exclusions import no_crime_sum, not_a_metric
from parsers.nouns import (DEFAULT_RES, LABEL, NEAR_VERB, SEIZURE_VERB_RE, SPLIT_VERB_BEFORE, VERB_RE, counted_noun,
                           measure_of_noun_phrase, people_measure, verb_measure)
from parsers.numbers import NumberMention
from parsers.places import DEMONYM_RE
from parsers.scan import lowered, top_level_alternatives
from parsers.vocab import CASE_NOUNS, PEOPLE_NOUNS, QUALIFIERS, SEIZURE_VERBS

_I = re.IGNORECASE
_PHYSICAL_RE = re.compile(r"^\s*(kg|kilograms?|kilos?|tonnes?|tons?|lbs?|pounds|litres?|liters?)\b", _I)
_PHYSICAL_UNITS = {"kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "tonne": "tonne",
                   "tonnes": "tonne", "ton": "tonne", "tons": "tonne", "lb": "lb", "lbs": "lb", "pounds": "lb",
                   "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre"}
# One alternation on the lower-cased words before a figure; the longest phrase wins ("no more than" is at most).
_QUALIFIER_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{q}>{p})" for p, q in QUALIFIERS) + r")\s*$")
# No qualifier phrase is longer than its pattern text ("exceed(?:ing|ed|s)?"): a bound on where one can start.
_QUALIFIER_LONGEST = max(len(alternative) for p, _ in QUALIFIERS for alternative in top_level_alternatives(p))
_PLUS_AFTER = re.compile(r"(?:-plus|\+|\s?plus\b|\s?or more\b)", _I)
_MARKED_AFTER = re.compile(r"^(?:-plus|\+|-odd)")  # marks of an open figure before its noun: "300-plus people"
# The rest of a list of bare figures that share the noun after the last: ", 8,740 and 7,100" (none when it ends bare).
_NUMBER_LIST_AFTER = re.compile(r"(?:,\s*\d[\d,.]*\d(?=,\s*\d|,?\s+(?:and|or)\s+\d))*"
                                r",?\s+(?:and|or)\s+\d[\d,.]*\d?(?=\s+[a-z])|")
# What follows a part of a total, or the next value of a series ("12.4 lakh complaints in 2023 and 8.1 lakh in 2022").
_BREAKDOWN_AFTER = re.compile(r"^\s*(?:of whom|of them|of those|of the \w+|from\s+(?:the\s+)?[A-Z]|for\s+(?!\d)|"
                              r"(?:were|are|was|had|have)\b|,|\)|and\b|\.|$|in (?:19|20)\d\d\b|in (?:the )?(?-i:[A-Z]))", _I)
_BREAKDOWN_BEFORE = re.compile(r"(?:,|\band|\bincluding|\bincluded|\bcomprised|\bcomprising|\bamong them|"
                               r"\bwhile|\bwith|\bbut|\bof whom|\bsuch as|\bnamely|\bplus|\bwere|:|—|–|\()\s*"
                               r"(?:at least |about |some |another |also |only |just )?$")


_PART_OF_BEFORE = re.compile(r"\b(?:includ\w+|comprised|among|those|the group|the detainees|additionally|also)\b|"
                             r"^of (?:the|these|those|all) $")  # "Of the 40 workers, ...": the group told before
_VERB_RIGHT_AFTER = re.compile(r"\s+(?:were |have been |had been |are |was )?(?:\w+ly )?"
                               r"(\w+(?: up| over| into custody| back)?)")
_SHARED_PERCENT = re.compile(r"\s*(?:and|or|to)\s+[\d.]+\s*(?:%|per\s?cent|percent)", _I)
# "64 of them", "35 of whom", "12 of the accused were ...", "307 of the suspects arrested ...": a part of a group,
# its verb read after it.
_OF_GROUP = re.compile(r"\s*(?:of whom|of them|of those|of the [\w\s-]{0,30}?(?=\s(?:were|are|was|had|have)\b|$)|"
                       r"of (?:the|those) [\w-]+(?P<participle>(?=\s+\w+ed\b)))", _I)
_OF_THEIR_PEOPLE = re.compile(rf"\s+of\s+(?:its|their|his|her|our)\s+(?:own\s+)?(?:{PEOPLE_NOUNS})\b", _I)
_CARDS = re.compile(r"(?:sim|bank|phone|debit|credit|atm) cards?", _I)
_CARD_VERB = re.compile(rf"\b(?:(?P<seized>{SEIZURE_VERBS})|"
                        r"fr[oe]z\w*|freez\w*|block\w*|suspend\w*|deactivat\w*|terminat\w*|disconnect\w*|"
                        r"disabl\w*|cancel\w*)\b", _I)


def _cards_seized(before: str, after: str) -> bool:
    """Whether cards were seized (seizures) rather than blocked or frozen (accounts): the verb before, else after."""
    verbs = list(_CARD_VERB.finditer(before[-80:]))
    verb = verbs[-1] if verbs else _CARD_VERB.search(after[:40])
    return bool(verb and verb.group("seized"))


_COMPARATIVE_AFTER = re.compile(r"\s+(?:(?P<fall>fewer|less|lower)|more|higher)\b(?=[^.;]{0,40}?\bthan\b)", _I)
_PUNCTUATION = re.compile(r"[,;:()]")
# "40 of its nationals were rescued", "14 of its nationals who were being held" (their verb, after them)
_PREDICATE_AFTER = re.compile(r"\s+(?:who\s+)?(?:were|was|are|is|have|has|had)\b")
_LEADING_FIGURE = re.compile(r"^\s*(?:the|those|these|all)\s+(?:[\d,.]+\s+)?")  # "the 120" before a group's noun
_FROM_PLACE = re.compile(r"\s+from\s+(?:the\s+)?[A-Z]")
# The rest of a breakdown: "including 82 from other states", "1,927 of them accused of X, 403 of running Y", or
# of a count whose noun is left out: "90 people on March 4 and 60 on March 6", "... and 1,030 with bribery".
_FROM_PLACE_OR_END = re.compile(r"\s+(?:from|on|at|with|for|during|across|under|more|others?|who|whom)\b|\s*(?:[,;.)]|$)|"
                                r"\s+of\s+(?:\w+ )?\w+ing\b")
_NOUN_OF_BEFORE = re.compile(r"\b(\w+)\s+of\s+(?:about |some |over |more than )?$")
_AUXILIARY_AFTER = re.compile(r"\s+(?:are|were|will|would|have|had|is|was)\b")
_TO_PARTNER = re.compile(r"\s+(?:in \d{4}\s+)?to\s+(?:just\s+|about\s+)?[\d,. ]+\s*(?:in \d{4}\s*)?", _I)
# The words before a figure compared with another: "from 490", "reaching 646", "out of 20".
# What follows a figure that counts no noun of its own: "Police Arrest 300 In Raids" (not "held two special elections").
_NOTHING_COUNTED = re.compile(r"\s*(?:[,.;:)—–]|$|(?:in|on|at|for|from|after|over|across|during|since|as|amid|and|including|"
                              r"with|while|who|under)\b)", _I)
_COMPARED_BEFORE = re.compile(r"\b(?:(?:from|to|reaching|reached|hit|hits|reach|reaches|totall?ing|totall?ed|at|by|numbered|"
                              r"top|tops|topped|topping|cross|crosses|crossed|crossing|exceed|exceeds|exceeded|surpass\w*|"
                              r"averag\w+|compared (?:to|with)|against|versus|than)\s+"
                              r"(?:just |about |some |only |a record |an estimated |around |nearly |almost |roughly )?|"
                              r"out of (?:the )?)$")
# A breakdown's lead and the items listed before the figure: "The group included 124 Chinese, 57 Vietnamese and ".
_LISTED_AFTER_LEAD = re.compile(r"\b(?:includ(?:e|ed|es|ing)|compris(?:e|ed|es|ing)|among them|among those \w+)\s+"
                                r"(?:(?:about |some |at least )?[\d,.]+\s+[\w-]+(?:\s+[\w-]+){0,10}?,?\s+(?:and\s+)?)*$")
# An average restating the count before it: "400,000 complaints last year, or roughly 1,100 a day".
_PER_TIME_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|month|hour)\b|\s+(?:daily|weekly|monthly)\b")
_OR_BEFORE = re.compile(r"(?:,|\bor|\bthat is|\bi\.e\.)\s+"
                        r"(?:about |around |roughly |some |nearly |almost |over |more than )?$")
# A ranking's figure set after its noun phrase ("the most complaints, 3.1 lakh") and the next place's ("followed by
# Uttar Pradesh with 2.7 lakh"); on lower-cased text.
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:most|highest|largest|biggest|lowest|fewest)\s+(?:number of\s+)?([\w -]{2,40}?),\s*"
                                 r"(?:about |some |around |nearly |over |more than )?$")
_FOLLOWED_BY_WITH = re.compile(r"\bfollowed by\b[^,;.]{1,50}\bwith\s+(?:about |some |around |nearly |over |more than )?$")
# A total set after the noun phrase it counts: "the networks it dismantled, 41 in all".
_IN_ALL_AFTER = re.compile(r"\s+(?:in all|in total|altogether)\b")
_CLAUSE_BEFORE_COMMA = re.compile(r"[,;:.]")
# The upper end of a range after its lower end: "300-400", "between 300 and 400" (not a percentage's range).
_RANGE_AFTER = re.compile(r"(?:-|–|\s+and\s+)(?:about\s+|some\s+)?\d[\d,.]*(?![\d,.]*\s*(?:%|per\s?cent|percent|-\d))")
_SUSPECTED = re.compile(r"\b(?:suspected|alleged)\b", _I)  # between a count and its people noun
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
    change: bool = False  # "85 fewer cases than a year earlier": an absolute change written as a comparison


# The crime a figure names right after it, as in "over $4m fraud" (a sum's crime, not a count).
_OVER_A_CRIME = re.compile(r"\s*(?:(?!(?:to|the|a|an|in|of|from|for|on|at|by|with|and)\b)[\w-]+\s+){0,2}?"
                           r"(?:fraud|scam|scheme|theft|heist|swindle|embezzlement|laundering|ponzi|bribe|bribery|"
                           r"robbery|racket|con)s?\b(?!\s+(?:" + PEOPLE_NOUNS + "|" + CASE_NOUNS +
                           r"|rings?|gangs?|syndicates?|networks?|groups?|compounds?|cent(?:re|er)s?|hubs?|calls?|accounts?)\b)")


_HANDED_OVER = re.compile(r"\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?)\s+$")  # "handed over 1,041": a phrasal verb


def qualifier_of(before: str, after: str) -> str:
    if _PLUS_AFTER.match(after):
        return "at_least"
    if after.startswith("-odd"):  # "3,000-odd suspects"
        return "approx"
    tail = before[-40:].lower()
    # A qualifier ends where the words before the figure end: search only the last phrase-length.
    found = _QUALIFIER_RE.search(tail, max(0, len(tail.rstrip()) - _QUALIFIER_LONGEST))
    if not (found and found.lastgroup):
        return "exact"
    if found.group(0).startswith("over") and (_OVER_A_CRIME.match(lowered(after[:40])) or
                                              _HANDED_OVER.search(tail, 0, found.start())):
        return "exact"  # "jailed for 12 years over $4m fraud", "handed over 1,041": no "more than"
    return found.lastgroup


def read_locally(sentence: str, mention: NumberMention, offset: int,
                 memory: SentenceMemory = SentenceMemory()) -> LocalReading | None:
    """Classify one number of a sentence (``offset`` is the sentence's start in the article)."""
    start, end = mention.start - offset, mention.end - offset
    before, after = sentence[:start], sentence[end:]
    if after[:1] in "-– " and not mention.currency and not mention.percent:
        upper = _RANGE_AFTER.match(after)
        if upper and (after[:1] != " " or before[-8:].lower() == "between "):  # "300-400 victims", "between 300 and 400"
            before = before[:-8] if after[:1] == " " else before
            after = after[upper.end():]  # the lower end counts what the upper end counts
    if not_a_metric(before, after, mention):
        return None
    comparative = None if mention.percent or "than" not in after else _COMPARATIVE_AFTER.match(after)
    if comparative is None:
        return _read(sentence, before, after, mention, memory, start)
    # "85 fewer scam cases than a year earlier", "S$300 million lower than in 2023": a change, signed
    reading = _read(sentence, before, after[comparative.end():], mention, memory, start)
    last = memory.last_count(start)
    if reading is None and last:  # "1,342 thefts in 2024, 120 more than in 2023"
        reading = LocalReading(last, "count", 1, "exact", False, 0.6)
    return reading and replace(reading, sign=-1 if comparative.group("fall") else 1, change=True)


def _read(sentence: str, before: str, after: str, mention: NumberMention, memory: SentenceMemory,
          start: int) -> LocalReading | None:
    qualifier = qualifier_of(before, after)
    physical = _PHYSICAL_RE.match(after)
    if mention.currency and not (physical and mention.currency == "$"):
        if no_crime_sum(before, qualifier):
            return None
        sign = -1 if is_fall_by(before) else 1
        return LocalReading("money", mention.currency, sign, qualifier, False, 0.9)
    if mention.ratio:  # "one in four fraud victims", "half of the victims": a share of what the noun after counts
        return _ratio(before, after, memory, start, qualifier)
    if mention.percent:
        found = read_percent(before, after, memory, start)
        if not found:
            return None
        measure, share, strength = found
        sign = 1 if share else sign_of_change(before, after)
        return LocalReading(measure, "percent", sign, qualifier, share, strength)
    if physical:
        return LocalReading("seizures", _PHYSICAL_UNITS[physical.group(1).lower()], 1, qualifier, False, 0.8)
    sign = -1 if is_fall_by(before) else 1
    rest = _MARKED_AFTER.sub("", after, 1)
    if rest[:1] == "," or rest.startswith((" and ", " or ")):
        listed = _NUMBER_LIST_AFTER.match(rest)  # "9,914, 8,740 and 7,100 cases": the list's noun
        rest = rest[listed.end():] if listed else rest
    noun = counted_noun(rest)
    if noun is None:
        return _bare_number(before, after, mention, memory, start, qualifier, sign)
    measure, word = noun
    if measure == "uncounted":
        return None
    strength = 0.9
    if measure == "seizures" and not SEIZURE_VERB_RE.search(sentence):
        return None
    if measure == "groups" and word.lower() == "sites" and "block" in before[-40:].lower():
        measure = "other"  # "blocked 1.2 million gambling sites": websites, not compounds raided
    if measure == "accounts" and _CARDS.fullmatch(word) and _cards_seized(before, after):
        measure = "seizures"  # "seized 28 phones and 40 SIM cards"; "blocked 40 SIM cards" stays accounts
    if measure == "people":
        rest = after[after.find(word) + len(word):] if word in after else after
        decided = people_measure(before, rest)
        if (decided is None or decided[1] < 0.95) and any(map(before.__contains__, ("includ", "compris", "among"))):
            listed = _LISTED_AFTER_LEAD.search(lowered(before[-120:]))
            inherited = _inherited(before, after, memory, start, demonym=True) if listed else None
            if inherited and (decided is None or decided[0] != inherited):
                decided = (inherited, 0.7)  # "The group included 124 Chinese ..., who were flown home": the total's
        if (decided is None or decided[1] < 0.9) and _SUSPECTED.search(after, 0, max(0, after.find(word))):
            decided = ("suspects", 0.8)  # "assets belonging to 41 suspected traffickers": no verb of theirs
        if word.lower() in ("victim", "victims") and (decided is None or decided[0] not in _OVERRIDE_VICTIMS):
            decided = ("victims", 0.85)  # "310 victims of trafficking were found": still victims
        if decided is None:
            inherited = _inherited(before, after, memory, start, demonym=bool(DEMONYM_RE.match(word)))
            default = next((m for d, m in DEFAULT_RES if d.search(word)), None)
            decided = (inherited, 0.7) if inherited else (default, 0.7) if default else None
        if decided is None:
            return None
        measure, strength = decided
    if mention.spelled and mention.value == 1 and measure in ("cases", "groups"):
        return None  # "in one case", "one group of": an example, not a count
    return LocalReading(measure, "count", sign, qualifier, False, strength)


def _ratio(before: str, after: str, memory: SentenceMemory, start: int, qualifier: str) -> LocalReading | None:
    """A ratio's or a fraction's share: of the noun right after it ("one in four fraud victims"), or of the group
    after "of", read as a percentage's would be ("half of the victims", "a quarter of those arrested")."""
    if after.startswith(" of"):
        share = read_percent(before, after, memory, start)
        measure = share[0] if share else None
    else:
        measure = measure_of_noun_phrase(after[:60])
    measure = measure or memory.last_count(start)
    return LocalReading(measure, "percent", 1, qualifier, True, 0.8) if measure else None


def _inherited(before: str, after: str, memory: SentenceMemory, start: int, demonym: bool = False) -> str | None:
    """A breakdown takes the measure of its total: the figure before it, or the previous sentence's."""
    earlier = memory.last_count(start)
    if earlier and (_BREAKDOWN_BEFORE.search(lowered(before[-25:])) or _BREAKDOWN_AFTER.match(after) or demonym):
        return earlier
    if memory.previous_measure and (demonym or _PART_OF_BEFORE.search(lowered(before))):
        return memory.previous_measure
    return None


def _bare_number(before: str, after: str, mention: NumberMention, memory: SentenceMemory, start: int,
                 qualifier: str, sign: int) -> LocalReading | None:
    """A number with no counted noun: "771 detained", "29 from India", "rose to 646 from 490"."""
    verb_right_after = _VERB_RIGHT_AFTER.match(after)
    if verb_right_after:
        verb = VERB_RE.fullmatch(lowered(verb_right_after.group(1)))
        if verb and verb.lastgroup:
            return LocalReading(verb.lastgroup, "count", sign, qualifier, False, 0.8)
    if " hand" in before[-25:] and SPLIT_VERB_BEFORE.search(before[-25:]):  # "hand 140 over to China"
        decided = people_measure(before, after)
        if decided:
            return LocalReading(decided[0], "count", sign, qualifier, False, 0.8)
    if mention.spelled and mention.value < 2:
        return None
    earlier = memory.last_count(start)
    if earlier and after[:1] != "," and _FOLLOWED_BY_WITH.search(before[-70:]):
        return LocalReading(earlier, "count", sign, qualifier, False, 0.7)  # "..., followed by Selangor with 980"
    if after[:1] in ",.;)" and "," in before[-60:]:
        apposed = _SUPERLATIVE_BEFORE.search(lowered(before[-60:]))
        named = measure_of_noun_phrase(apposed.group(1)) if apposed else None
        if named:  # "Johor recorded the most cases, 1,204, ...": the figure restates its noun phrase
            return LocalReading(named, "count", sign, qualifier, False, 0.7)
    if before.endswith(", ") and _IN_ALL_AFTER.match(after):  # "the networks it dismantled, 41 in all"
        words = _CLAUSE_BEFORE_COMMA.split(before[-80:-2])[-1].split()[-6:]
        named = next(filter(None, (measure_of_noun_phrase(" ".join(words[i:])) for i in range(len(words)))), None)
        if named:
            return LocalReading(named, "count", sign, qualifier, False, 0.7)
    if earlier and _BREAKDOWN_BEFORE.search(lowered(before[-25:])) and _FROM_PLACE_OR_END.match(after):
        return LocalReading(earlier, "count", sign, qualifier, False, 0.7)  # "arrested 1,150 accused, including 82"
    verb_before = verb_measure(before[-30:], nearest_last=True) if _NOTHING_COUNTED.match(after) else None
    if verb_before and verb_before[1] <= NEAR_VERB:  # headlines: "Police Arrest 300 In Raids", "China convicts 78,000"
        return LocalReading(verb_before[0], "count", sign, qualifier, False, 0.75)
    label = LABEL.search(before[-50:]) if before.rstrip().endswith(":") else None
    named = measure_of_noun_phrase(label.group(1)) if label else None
    if named:  # a list of results: "Bank accounts frozen: 6,745", "Victims rescued: 212"
        return LocalReading(named, "count", sign, qualifier, False, 0.75)
    earlier = memory.last_count(start)
    if earlier and _PER_TIME_AFTER.match(after) and _OR_BEFORE.search(before[-25:]):
        return LocalReading(earlier, "count", sign, qualifier, False, 0.7)  # "400,000 complaints, or about 1,100 a day"
    shared_percent = _SHARED_PERCENT.match(after)
    if shared_percent:  # "by 12 and 40.5 per cent respectively"
        found = read_percent(before, after[shared_percent.end():], memory, start)
        if found:
            return LocalReading(found[0], "percent", sign_of_change(before, after), qualifier, found[1], found[2] * 0.9)
    if RATE_RE.search(lowered(before[-60:])) and RATE_LEVEL_BEFORE.search(lowered(before[-20:])):
        return LocalReading("other", "percent", 1, qualifier, True, 0.6)  # "the detection rate ... to 35.7": a level
    of_their, of_group = _OF_THEIR_PEOPLE.match(after), _OF_GROUP.match(after)
    if of_their or of_group:  # "charged 4,325 of them", "flown home 600 of its citizens": the verb right before
        near = verb_measure(before[-30:], nearest_last=True)
        if near and near[1] <= NEAR_VERB and not _PUNCTUATION.search(before, len(before) - near[1]):
            return LocalReading(near[0], "count", sign, qualifier, False, 0.8)  # not "210 accused, 45 of them"
    if of_their and _PREDICATE_AFTER.match(after, of_their.end()):  # "40 of its nationals were rescued"
        decided = people_measure("", after[of_their.end():])
        if decided and decided[1] >= 0.9:
            return LocalReading(decided[0], "count", sign, qualifier, False, 0.8)
    if of_group:  # "64 of them already prosecuted", "307 of the suspects arrested", "35 of whom were women"
        # "of the accused convicted": the participle after the group decides, not the group's own words.
        decided = people_measure("", after[of_group.end():] if of_group.group("participle") is not None else after)
        if decided and decided[0] != "suspects":
            return LocalReading(decided[0], "count", sign, qualifier, False, decided[1] * 0.9)
        counted = counted_noun(_LEADING_FIGURE.sub("", after[of_group.start() + of_group.group(0).find("of ") + 3:]))
        if counted and counted[0] not in ("people", "uncounted"):  # "11 of the 120 cases": what the group counts
            return LocalReading(counted[0], "count", sign, qualifier, False, 0.7)
        inherited = _inherited(before, after, memory, start, demonym=True)
        return LocalReading(inherited, "count", sign, qualifier, False, 0.7) if inherited else None
    if _FROM_PLACE.match(after):
        inherited = _inherited(before, after, memory, start, demonym=True)
        return LocalReading(inherited, "count", sign, qualifier, False, 0.7) if inherited else None
    noun_of = _NOUN_OF_BEFORE.search(before[-60:])
    if noun_of:  # "reported cases of 17,718"
        named = measure_of_noun_phrase(noun_of.group(1))
        if named and named not in ("suspects", "seizures"):
            return LocalReading(named, "count", sign, qualifier, False, 0.7)
    if _AUXILIARY_AFTER.match(after):  # "90 are due to fly back"
        decided = people_measure(before, after)
        if decided:
            return LocalReading(decided[0], "count", sign, qualifier, False, decided[1] * 0.8)
    partner = _TO_PARTNER.match(after)
    if partner or _COMPARED_BEFORE.search(lowered(before[-50:])):
        noun = counted_noun(after[partner.end() - 1:]) if partner else None
        if noun and noun[0] not in ("people", "uncounted"):
            return LocalReading(noun[0], "count", sign, qualifier, False, 0.8)
        subject = change_subject(before, after, memory, start)
        if subject and subject[0] != "money":
            return LocalReading(subject[0], "count", sign, qualifier, False, subject[1] * 0.9)
        currency = memory.last_currency(start) if subject else None
        if currency and subject:  # the other end of a change in money keeps its currency
            return LocalReading("money", currency, sign, qualifier, False, subject[1] * 0.8)
        return None
    inherited = _inherited(before, after, memory, start)
    if inherited and (_BREAKDOWN_AFTER.match(after) and _BREAKDOWN_BEFORE.search(lowered(before[-25:]))):
        return LocalReading(inherited, "count", sign, qualifier, False, 0.6)
    return None
