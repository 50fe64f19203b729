"""What a number in a sentence counts: its measure, unit, sign and qualifier.

Works on one sentence and one :class:`NumberMention` at a time, from the words around
the number: the counted noun after it, the verb before or after it, the change words
around a percentage, and the figures before it in the same sentence (a breakdown such as
"771 detained, including 282 women" takes the measure of its total, :mod:`parsers.reading`).
A number with no counted noun is read by :mod:`parsers.bare_counts`.  Returns None for
numbers that are not crime or enforcement figures (ages, dates, durations, law sections,
phone numbers, penalties written in a law, counts GUIDE.md leaves out).
"""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.acts import STOLE_BEFORE, act_measure, times_done_measure
from parsers.bare_counts import bare_count
from parsers.changes import SentenceMemory, is_fall_by, rate_or_partner, sign_of_change
from parsers.percent_reading import read_percent
from parsers.currencies import CURRENCY_SUFFIXES
from parsers.exclusions import OVERPAID_AFTER, no_crime_sum, not_a_metric, spending_change
from parsers.group_parts import parts_of_cases
from parsers.nouns import NEAR_VERB, VERB_RE, counted_noun, measure_of_noun_phrase, people_measure, verb_measure
from parsers.numbers import NumberMention
from parsers.people_reading import CAUGHT, people_reading
from parsers.reading import LocalReading
from parsers.scan import lowered, passive_after, top_level_alternatives
from parsers.seized_things import (CARDS, SEIZED_RIGHT_BEFORE, cards_seized, seized_in, site_measure,
                                   unnamed_things_seized)
from parsers.time_words import SPAN_BACK_AFTER
from parsers.vocab import ANIMALS, CASE_NOUNS, PEOPLE_MEASURES, PEOPLE_NOUNS, PER_HEAD, QUALIFIERS

_I = re.IGNORECASE
# The upper end of a range of sums written with the currency after it: "500 to 2,000 baht".
_SUM_UPPER_AFTER = re.compile(r"\s+(?:to|and)\s+\d[\d,.]*(?:\s+(?:million|billion|trillion|crore|lakh))?\s+(" +
                              "|".join(map(re.escape, sorted(CURRENCY_SUFFIXES, key=len, reverse=True))) + r")\b", _I)
_SUFFIX_UNITS = {suffix.lower(): code for suffix, code in CURRENCY_SUFFIXES.items()}
PHYSICAL_RE = re.compile(r"^(?:\s*|-)(kg|kilogram(?:me)?s?|kilos?|tonnes?|tons?|lbs?|pounds|litres?|liters?|grams?|"
                         r"grammes?|quintals?|g(?=\s+of\b))\b", _I)  # (grams are read in kg: GUIDE.md's units)
_USED_AFTER = re.compile(r"\s+(?:of\s+(?!illegally\b|illicitly\b|unlawfully\b)\w+\s+)?(?:consumed|used|smoked|produced|"
                         r"imported|exported|"  # (not "seized 412 kilograms of illegally exported gold": contraband)
                         r"sold(?!\s+(?:through|on|via|online|over)\b))\b", _I)  # ("18 kg of MDMA sold through darknet
# markets", seized: how it was sold)
_USED_FOR = re.compile(r"\s+of\s+\w+\s+used\s+(?:by|in|to|for)\b", _I)
PHYSICAL_UNITS = {"kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg",
                   "kilo": "kg", "kilos": "kg", "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne",
                   "lb": "lb", "lbs": "lb", "pounds": "lb",
                   "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre",
                   "gram": "g", "grams": "g", "gramme": "g", "grammes": "g", "g": "g",
                   "quintal": "q", "quintals": "q"}  # (a quintal is 100 kg: North African reports weigh in them)


def in_listed_unit(mention: NumberMention, unit: str) -> tuple[NumberMention, str]:
    """A weighed figure in GUIDE.md's units: grams and quintals in kg ("350 grams" is 0.35 kg, "18 quintals" 1,800 kg,
    its rounding step with it)."""
    if unit not in ("g", "q"):
        return mention, unit
    if unit == "g":
        return replace(mention, value=mention.value / 1000, step=mention.step / 1000), "kg"
    return replace(mention, value=mention.value * 100, step=mention.step * 100), "kg"


# One alternation on the lower-cased words before a figure; the longest phrase wins ("no more than" is at most).
_QUALIFIER_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{q}>{p})" for p, q in QUALIFIERS) + r")\s*$")
# No qualifier phrase is longer than its pattern text ("exceed(?:ing|ed|s)?"): a bound on where one can start.
_QUALIFIER_LONGEST = max(len(alternative) for p, _ in QUALIFIERS for alternative in top_level_alternatives(p))
_PLUS_AFTER = re.compile(r"(?:-plus|\+|\s?plus\b|\s?or more\b)", _I)
# marks of an open figure before its noun ("300-plus people"), and the size of a crew or gang as its people ("arrested
# its five-man crew")
_MARKED_AFTER = re.compile(r"^(?:-plus|\+|-odd|-man(?= (?:crew|gang|team|cell)\b))")
# The rest of a list of bare figures that share the noun after the last: ", 8,740 and 7,100" (none when it ends bare).
# (two figures joined by ", and" are two clauses': "fell to 6,290, and 1,482 people were killed")
_NUMBER_LIST_AFTER = re.compile(r"(?:,\s*\d[\d,.]*\d(?=,\s*\d|,?\s+(?:and|or)\s+\d))+"
                                r",?\s+(?:and|or)\s+\d[\d,.]*\d?(?=\s+[a-z])|"
                                r"\s+(?:and|or)\s+\d[\d,.]*\d?(?=\s+[a-z])|")


_COMPARATIVE_AFTER = re.compile(r"(?P<word>\s+(?:(?P<fall>fewer|less|lower)|more|higher))\b(?=[^.;]{0,40}?\bthan\b)",
                                _I)
# the noun first: "1,395 crimes less than the same period of the previous year" (not "less than a mile from")
_NOUN_THEN_COMPARATIVE = re.compile(r"\s+[a-z-]+(?P<word>\s+(?:(?P<fall>fewer|less|lower)|more|higher))(?=\s+than\s+"
                                    r"(?:in\s+|during\s+|over\s+|for\s+)?(?:the|a year|last|previous|\d{4})\b)")
# The upper end of a range after its lower end: "300-400", "between 300 and 400" (not a percentage's range).
_RANGE_AFTER = re.compile(r"(?:-|–|\s+and\s+|\s+to\s+)(?:about\s+|some\s+)?\d[\d,.]*"
                          r"(?![\d,.]*\s*(?:%|per\s?cent|percent|-\d))")
_PERCENT_RANGE_AFTER = re.compile(r"(?:-|–|\s+and\s+|\s+to\s+)\d[\d.]*\s?(?:%|per\s?cent\b|percent\b)")
_PER_POPULATION = re.compile(rf"\s+(?:[a-z]+ed )?{PER_HEAD}\b")  # ("13 fakes detected per million")
# Sites searched are searches ("other"); premises raided or closed are sites raided, groups in GUIDE.md ("raids on
# two houses"); seized, they are seizures.
_INSPECTED_AFTER = re.compile(r"\s+[\w-]+\s+(?:inspected|checked|screened|searched|examined|scanned)\b")
_POUNDS_MONEY_AFTER = re.compile(r" pounds (?:sterling|in cash|in banknotes|in notes|in bribes|in losses)\b")
# What things cost or were worth, in pounds: "cost Welsh farmers an estimated one and a half million pounds" (sterling,
# no weight; not "stole 400 pounds of copper")
_POUNDS_COST_BEFORE = re.compile(r"\b(?:cost|costs|costing|worth|valued at|losses of|fined)\b[^.;\d]{0,40}$")
_POUNDS_COST_WORDS = ("cost", "worth", "valued", "loss", "fined")  # one is in every _POUNDS_COST_BEFORE match
_INFECTED_BEFORE = re.compile(r"\b(?:infected|compromised|hijacked|hacked into)\s+(?:about |some |more than |"
                              r"over |nearly |at least )?$")
_RAIDED_AFTER = passive_after("raided")
_PREMISES = frozenset({"houses", "homes", "addresses", "residences", "apartments", "flats", "buildings", "offices",
                       "condominiums", "condos", "properties", "warehouses"})
_SITES = _PREMISES | {"locations", "premises", "places", "units", "farms"}
# Apps, websites and transactions count as enforcement figures ("other") only when they were blocked, taken down or
# stopped, or are criminals' ("systems that monitor 20 million transactions a day": none stopped).
_COUNTED_IF_STOPPED = frozenset({"apps", "applications", "platforms", "websites", "pages", "domains", "names", "urls",
                                 "links", "transactions", "ads", "advertisements", "adverts", "listings", "calls",
                                 "posts", "videos", "channels"})
_CONTENT_AFTER = re.compile(r" of (?:[\w-]+ ){0,3}content\b", _I)  # "pieces of online gambling content"
_ANSWERED_BEFORE = re.compile(r"\b(?:responded to|answered|attended)\s+(?:about |some |more than |over |nearly )?$")
_TAKEN_DOWN = re.compile(r"\b(?:block\w*|remov\w*|t[ao]ken? down|took down|takedowns?|shut\w*|suspend\w*|bans?|"
                         r"banned|banning|flag\w*|dismantl\w*|disabl\w*|delist\w*|referred|report\w*|closed|clos\w+ down|"
                         r"seiz\w*|froze|frozen|deactivat\w*|terminat\w*|cracked down|busted|raided|"
                         # or run by criminals: "The ring operated 14 betting websites"
                         r"operat\w*|rings?|syndicates?|gangs?|scam\w*|fraud\w*|fake|illegal\w*|bogus|phishing|"
                         r"intercept\w*|stopp\w*|prevent\w*)\b", _I)
# People GUIDE.md leaves uncounted for what they do (officials, officers), though not when they are killed or hurt.
# Crimes kept from happening are enforcement figures of their own ("other"), as people kept from falling victim are.
_PREVENTED_BEFORE = re.compile(r"\b(?:prevent|foil|thwart|avert|stopp?|block|intercept)\w*\s+"
                               r"(?:(?:some|about|more than|over|nearly|at least)\s+)?$", _I)
_ATTEMPTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?attempts\b|\s+attempted\b", _I)
_ANIMALS = re.compile(ANIMALS)
_OF_CARCASSES = re.compile(r"\s+of\s+(?:the|them|those|these)?\s*(?:[\w-]+\s+)?carcasses\b")
_KILL_STEMS = ("kill", "poach", "slaughter", "shot", "butcher")
_KILLED = r"killed|poached|slaughtered|butchered"  # (and "shot" right before the animals)
_KILLED_ANIMALS_AFTER = re.compile(rf"\s+(?:were|was|had been|have been)\s+(?:[\w-]+\s+){{0,3}}?(?:{_KILLED})\b")
_KILLED_ANIMALS_BEFORE = re.compile(rf"\b(?:{_KILLED}|shot)\s+"
                                    r"(?:about\s+|some\s+|more than\s+|over\s+|nearly\s+|at least\s+)?$")
_PUT_DOWN_AFTER = re.compile(r"\s+(?:had to be|have been|has been|were|was|will be|would be)\s+(?:\w+\s+)?"
                             r"(?:euthani[sz]ed|put down|put to sleep)\b")
_RESCUED_ANIMALS_BEFORE = re.compile(r"\b(?:rescue[sd]?|free[sd]?|save[sd]?|recover(?:s|ed)?)\s+"
                                     r"(?:about\s+|some\s+|more than\s+|over\s+)?$", re.IGNORECASE)
# A count listed right after its verb, before "and": "arrested 41 teachers and " (the next count shares the verb)
_COUNT_LISTED_BEFORE = re.compile(r"\b[a-z]+ed\s+(?:about |some |more than |over |nearly )?\d[\d,]*\s+"
                                  r"(?:[\w-]+\s+){1,3}and $")
_SERVING_PEOPLE = frozenset({"officials", "officers", "policemen", "agents", "soldiers", "police officers", "personnel",
                             "security personnel", "troops", "reservists", "police reservists", "judges",
                             "prosecutors", "official", "officer", "policeman", "agent", "soldier", "police officer",
                             "ministers", "minister", "gendarmes", "gendarme"})  # ("convicted two former cabinet ministers")
_CAPACITY_STEMS = ("able", "capacity", "designed", "built")  # one is in every _CAPACITY_BEFORE match
_CAPACITY_BEFORE = re.compile(r"\b(?:capable of (?:carrying|holding|transporting|making|producing|manufacturing)|"
                              r"able to (?:carry|hold|make|produce)|"
                              r"capacity of|(?:designed|built) to (?:carry|hold))\s+"
                              r"(?:up to |about |some |more than )?$")
_BLOCKED_BEFORE = re.compile(r"\b(?:block|suspend|deactivat|disconnect|terminat|bar)\w*\s+(?:about\s+|some\s+|over\s+|"
                             r"more than\s+|nearly\s+)?$", _I)
_HAD_BEFORE = re.compile(r"\b(?:had|got|get|gets|have|has)\s+(?:[\w,-]+\s+){0,8}?$")  # "had ... blocked"
_BLOCKED_AFTER = re.compile(r"[^.;]{0,80}?\bblocked\b")
# "9,400 handsets ... were blocked"
_WERE_BLOCKED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:were|was|are|is|been)\s+(?:\w+\s+)?blocked\b")
_BLOCKED_IN_CLAUSE = re.compile(r"\b(?:blocked|blocking|blocks|block|barred|disabled)\b(?:[^.;:]|\.\d)*$", _I)
_TOLL_BEFORE = re.compile(r"\btoll\b[^.;]{0,25}?\b(?:at|of|to|reached|hit|passed|topped)\s+"
                          r"(?:about\s+|some\s+|nearly\s+|"
                          r"at least\s+|more than\s+|over\s+)?(?:[\d,.]+\s+(?:to|and)\s+)?$", _I)  # the dead, counted
_OPERATED_FROM = re.compile(r"\b(?:operat\w*|run|ran|running|worked|working|based) (?:from|out of|in) $", _I)
_SOUGHT_AFTER = re.compile(r"\s+(?:are|were|remain|remained)\s+(?:being\s+sought|wanted|at large|on the run)\b")
_AT_PLACES_BEFORE = re.compile(r"\b(?:jobs?|work(?:ed|ing)?|employed|posts?) at (?:more than |over |about |some )?$")
_CHARGED_WITH_BEFORE = re.compile(r"\b(?:charged|charging|charges|faces?|facing|faced|convicted|indicted)\b"
                                  r"[^.;,]{0,30}?"
                                  r"\bwith\s+(?:about\s+|some\s+|more than\s+|over\s+|another\s+)?$", _I)
_SHUT_BEFORE = re.compile(r"\b(?:shuts?(?: down)?|closes(?: down)?|closed(?: down)?|blocked|halted|stopped|suspended)\s+"
                          r"(?:(?:[\w,-]+\s+){0,8}and\s+)?(?:about |some |more than |over |nearly )?$", _I)
_NOT_CRIME_CASES = re.compile(r"\s+(?:[\w-]+\s+)?(?:doping|dengue|covid(?:-19)?|measles|flu|influenza|cholera|malaria|"
                              r"mpox|"
                              r"divorce|bankruptcy|insolvency)\s+cases\b|"
                              r"\s+(?:[\w-]+\s+)?drowning\s+(?:cases|incidents|deaths)\b", _I)  # no crime's
_OWN_ACCOUNTS_AFTER = re.compile(r"\s+(?:that |which )?(?:he|she) (?:had )?(?:opened|set up|registered|rented out|"
                                 r"sold)\b")
_HARMED = frozenset({"deaths", "injuries"})




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


_PAIR_AFTER = re.compile(r"\s+(?:and|or)\s+\d[\d.,]*")  # the second of a pair of figures: "4.1 and 5.3 tonnes"


_LINE_LABEL_AFTER = re.compile(r"\**(?::|\s+[—–-](?=\s))")  # after a line's figure: its label's mark


def read_locally(sentence: str, mention: NumberMention, offset: int,
                 memory: SentenceMemory = SentenceMemory()) -> LocalReading | None:
    """Classify one number of a sentence (``offset`` is the sentence's start in the article)."""
    start, end = mention.start - offset, mention.end - offset
    before, after = sentence[:start], sentence[end:]
    if (after[:1] in ":*" or after[:2] in (" —", " –", " -")) and \
            len(before.rsplit("\n", 1)[-1].strip(" •·*-–—")) == 0 and (label := _LINE_LABEL_AFTER.match(after)):
        after = after[label.end():]  # a line of figures: "41,300: scam cases reported", "1 in 4: victims aged 65 and
        # above", "**1,204** — drug suspects arrested"; the label counts what it counts
    if not mention.currency and not mention.percent and after[:1] == " " and \
            (upper_sum := _SUM_UPPER_AFTER.match(after)):  # "paid 500 to 2,000 baht": the lower end is a sum too
        mention = replace(mention, currency=_SUFFIX_UNITS[upper_sum.group(1).lower()])
        after = after[upper_sum.end():]
    if not mention.currency and after.startswith(" pounds") and (
            _POUNDS_MONEY_AFTER.match(after) or not after.startswith(" pounds of") and
            any(map(before[-55:].__contains__, _POUNDS_COST_WORDS)) and _POUNDS_COST_BEFORE.search(before[-55:])):
        mention = replace(mention, currency="GBP")  # "three-quarters of a million pounds in cash": sterling, no weight
    between = after[:1] == " " and before[-8:].lower() == "between "
    if (after[:1] in "-–" or between or after.startswith(" to ") and
            not before.rstrip().endswith(("from", "aged", "ages", "age"))) and not mention.currency and not mention.percent:
        upper = _RANGE_AFTER.match(after) or _PERCENT_RANGE_AFTER.match(after)
        if upper:  # "300-400 victims", "between 300 and 400", "operations of 20 to 50 workers"
            before = before[:-8] if between else before
            after = after[upper.end():]  # the lower end counts what the upper end counts
            if upper.re is _PERCENT_RANGE_AFTER:  # "between 5 and 7 percent of such crimes": a percentage too
                mention = replace(mention, percent=True)
    if after.startswith((" and ", " or ")) and not mention.currency and not mention.percent and \
            (pair := _PAIR_AFTER.match(after)) and PHYSICAL_RE.match(after[pair.end():]):
        after = after[pair.end():]  # "seized 4.1 and 5.3 tonnes": the first of a pair is weighed as the second is
    if after.startswith((" times", " occasions")) and not mention.currency and not mention.percent and \
            (done := times_done_measure(before, after)):  # "Thieves stole cargo from trucks 5,870 times": thefts;
        return LocalReading(done, "count", 1, qualifier_of(before, after), False, 0.7)  # "breached their curfews
        # 61,800 times": violations
    if not_a_metric(before, after, mention):
        return None
    comparative = None if mention.percent or "than" not in after or OVERPAID_AFTER.match(after) else \
        _COMPARATIVE_AFTER.match(after) or _NOUN_THEN_COMPARATIVE.match(after)  # (not "cost the state Bt48 million
    # more than its market value": a loss)
    if comparative is None:
        return _read(sentence, before, after, mention, memory, start)
    # "85 fewer scam cases than a year earlier", "S$300 million lower than in 2023", "1,395 crimes less than the same
    # period": a change, signed, read without its comparative word
    reading = _read(sentence, before, after[:comparative.start("word")] + after[comparative.end("word"):], mention,
                    memory, start)
    last = memory.last_count(start)
    if reading is None and last:  # "1,342 thefts in 2024, 120 more than in 2023"
        reading = LocalReading(last, "count", 1, "exact", False, 0.6)
    return reading and replace(reading, sign=-1 if comparative.group("fall") else 1, change=True)


def _read(sentence: str, before: str, after: str, mention: NumberMention, memory: SentenceMemory,
          start: int) -> LocalReading | None:
    qualifier = qualifier_of(before, after)
    physical = PHYSICAL_RE.match(after)
    if mention.currency and not (physical and mention.currency == "$"):
        if no_crime_sum(before, qualifier, after):
            return None
        sign = -1 if is_fall_by(before) else 1
        return LocalReading("money", mention.currency, sign, qualifier, False, 0.9)
    if mention.ratio:  # "one in four fraud victims", "half of the victims": a share of what the noun after counts
        return _ratio(before, after, memory, start, qualifier)
    if mention.percent:
        found = read_percent(before, after, memory, start)
        if not found or found[0] == "money" and not found[1] and spending_change(before):
            return None  # nothing changed, or a budget did
        measure, share, strength = found
        sign = 1 if share else -1 if mention.raw[:1] in "-−" else sign_of_change(before, after)  # ("| -21%")
        return LocalReading(measure, "percent", sign, qualifier, share, strength)
    if physical and STOLE_BEFORE.search(before[-30:]):
        return LocalReading("other", PHYSICAL_UNITS[physical.group(1).lower()], 1, qualifier, False, 0.75)  # "have
        # stolen about 3.2 tonnes of green vanilla": what a theft took, nothing seized
    if physical:  # "imported 50 tonnes", "consumed 16.4 tonnes": no seizure
        used = _USED_AFTER.match(after, physical.end()) and not (
            _USED_FOR.match(after, physical.end()) and SEIZED_RIGHT_BEFORE.search(before[-40:]))  # (not "seized
        # 7,200 litres of fuel used by the miners": what was seized, and what it served)
        if not seized_in(sentence, memory) or used or \
                _CAPACITY_BEFORE.search(before[-30:]):  # ("a vessel capable of carrying 3 tonnes": what it could hold)
            return None  # (nor "an estimated 6.3 tonnes consumed", though testing "found" it)
        sign = -1 if is_fall_by(before) else 1  # ("a drop of 1.2 tonnes": the size of a fall)
        return LocalReading("seizures", PHYSICAL_UNITS[physical.group(1).lower()], sign, qualifier, False, 0.8)
    sign = -1 if is_fall_by(before) else 1
    # "foiled 2,300 scam attempts", "prevented 2,300 attempted scams": crimes kept from happening (GUIDE.md)
    if "attempt" in after[:50] and _ATTEMPTS_AFTER.match(after) and _PREVENTED_BEFORE.search(before[-40:]):
        return LocalReading("other", "count", 1, qualifier, False, 0.8)
    if "toll" in before[-50:] and _TOLL_BEFORE.search(before[-50:]):  # "estimate the true toll at 12,000 to 27,000"
        return LocalReading("deaths", "count", sign, qualifier, False, 0.8)
    rest = _MARKED_AFTER.sub("", after, 1)
    if rest[:1] == "," or rest.startswith((" and ", " or ")):
        listed = _NUMBER_LIST_AFTER.match(rest)  # "9,914, 8,740 and 7,100 cases": the list's noun
        rest = rest[listed.end():] if listed else rest
    noun = None if rest[:1] == " " and SPAN_BACK_AFTER.match(rest) else counted_noun(rest)  # ("compared with
    # 332,500 ten years earlier": a time, no noun the figure counts)
    if noun and noun[0] == "cases" and _PREVENTED_BEFORE.search(before[-40:]):
        return LocalReading("other", "count", sign, qualifier, False, 0.8)  # "prevented 1,212 child marriages",
        # "foiled 40 robberies": crimes kept from happening (GUIDE.md), an enforcement figure of its own
    lines_at = 0 if noun is None else rest.find(noun[1]) + len(noun[1]) if noun[0] == "seizures" else -1
    if lines_at >= 0 and rest.startswith(" lines", lines_at) and _BLOCKED_BEFORE.search(before[-30:]):
        noun = ("accounts", "lines")  # "Safaricom had blocked 14,500 lines linked to fraud", "blocked 11,400 mobile
        # phone lines used to make extortion calls": phone lines
    acted = act_measure(before, rest, noun, sentence)  # "inspected 61,000 gas pumps", "stole 240 vehicles", ...
    if acted:
        return LocalReading(acted[0], "count", sign, qualifier, False, acted[1])
    if noun is None and unnamed_things_seized(before, rest):
        return LocalReading("seizures", "count", sign, qualifier, False, 0.6)  # "seized 96,000 kites"
    if noun is None and " carcasses" in rest[:25] and _OF_CARCASSES.match(rest):
        return LocalReading("other", "count", sign, qualifier, False, 0.7)  # "with 29 of the carcasses found in
        # Etosha": animals killed, as the kills told before are
    if noun is None:
        caught = _caught_doers(before, rest)  # (before "suspected" after the figure says suspects)
        return LocalReading(caught, "count", sign, qualifier, False, 0.75) if caught else \
            bare_count(before, after, mention, memory, start, qualifier, sign)
    measure, word = noun
    if measure == "uncounted" and word.lower() in _SERVING_PEOPLE:  # "three police officers were wounded"
        harmed = people_measure(before, after[after.find(word) + len(word):])
        caught_before = memory.last_count(start)
        if before.endswith(("including ", "among them ")) and caught_before in CAUGHT | _HARMED | {"suspects"}:
            return LocalReading(caught_before, "count", sign, qualifier, False, 0.7)  # "detained 30 enforcement
            # officers, including eight senior officers", "killed 312 people, including 98 security personnel", "The
            # cases involve 603 people, among them 14 senior officials": a part of them
        if _SOUGHT_AFTER.match(after, after.find(word) + len(word)):  # "Another 9 officers are being sought"
            return LocalReading("suspects", "count", sign, qualifier, False, 0.8)
        if harmed and (harmed[0] in _HARMED or harmed[0] in CAUGHT | {"other"} and harmed[1] >= 0.9 or
                       harmed[0] == "prosecutions" and before.endswith(" against ")):  # ("filed graft complaints
            # against 37 officials": charged, the verb's object right before them)
            return LocalReading(harmed[0], "count", sign, qualifier, False, 0.8)  # (or "detained 14 enforcement
            # officers": caught themselves, by the verb right before them; not "deployed 900 officers and arrested";
            # "dismissed 38 officers": disciplined, an enforcement figure of its own)
        listed = before.endswith(" and ") and bool(_COUNT_LISTED_BEFORE.search(before[-80:]))
        joined = verb_measure(before[-80:], nearest_last=True) if before.endswith(" and ") and \
            (after.startswith(" other ") or listed) else None
        if joined and joined[0] in CAUGHT and (listed or not any(map(str.isdigit, before[-80:]))):  # "indicted a
            return LocalReading(joined[0], "count", sign, qualifier, False, 0.75)  # former governor and 6 other
            # officials", "arrested 41 teachers and 17 exam officials": the same
    if measure == "cases" and _CHARGED_WITH_BEFORE.search(before[-40:]):
        return None  # "was charged on Friday with 25 offences": counts of charges, no cases (GUIDE.md)
    if measure == "cases" and _NOT_CRIME_CASES.match(rest):
        return None  # "41 doping cases", "71,200 dengue cases": cases of no crime
    if word.endswith(("schemes", "pyramids", "exchangers")) and \
            _SHUT_BEFORE.search(before, max(0, len(before) - 80)):
        # "shut down 412 illegal investment schemes": as apps and sites shut down are, an enforcement figure of its
        # own (exposed or busted ones are cases)
        return LocalReading("other", "count", sign, qualifier, False, 0.8)
    if measure == "uncounted" or _PER_POPULATION.match(after, after.find(word) + len(word)):
        return None  # "162 offences per 100,000 people": a rate
    strength = 0.9
    if word.lower() == "pieces" and _CONTENT_AFTER.match(after, after.find(word) + len(word)):
        measure, word = "other", "posts"  # "blocked 1.34 million pieces of online gambling content": posts taken down
    if measure == "seizures" and _RAIDED_AFTER.match(after, after.find(word) + len(word)):
        measure = "groups"  # "58 companies were raided": sites raided (GUIDE.md), nothing seized
    if measure in ("groups", "seizures") and word.lower().rsplit(" ", 1)[-1] in _SITES and \
            not after.startswith(" of ", after.find(word) + len(word)):  # "condominium units" (not "units of abalone")
        if _OPERATED_FROM.search(before[-30:]):
            return None  # "the group had operated from three flats": where it worked, not what was raided or seized
        measure = site_measure(measure, before, after[after.find(word) + len(word):])
    if measure == "seizures" and _INFECTED_BEFORE.search(before[-30:]):
        return LocalReading("other", "count", sign, qualifier, False, 0.8)  # "infected 2.4 million computers": devices
        # a crime took over, nothing seized
    if measure == "seizures" and _AT_PLACES_BEFORE.search(before[-30:]):
        return None  # "remote jobs at more than 100 US companies": where people worked, nothing seized
    if measure == "seizures" and _ANIMALS.fullmatch(word.lower().rsplit(" ", 1)[-1]) and (
            not seized_in(sentence, memory) or word.lower().endswith("carcasses") or
            any(map(before[-30:].__contains__, _KILL_STEMS)) and _KILLED_ANIMALS_BEFORE.search(before[-30:]) or
            _KILLED_ANIMALS_AFTER.match(after, after.find(word) + len(word))):  # ("612,000 songbirds were illegally
        # trapped and killed": killed, told after)
        # ("Poachers killed 41 rhinos ..., with 29 of the carcasses found in Etosha": kills, though "found" seizes)
        if _RESCUED_ANIMALS_BEFORE.search(before[-30:]):  # "police rescued 41 dogs crammed into cages": animals the
            return LocalReading("seizures", "count", sign, qualifier, False, 0.8)  # police took, as wildlife seized is
        if "euthan" in after[:60] or " put " in after[:40]:
            if _PUT_DOWN_AFTER.match(after, after.find(word) + len(word)):
                return None  # "about 200 birds had to be euthanized": what became of the animals, no crime's count
        return LocalReading("other", "count", sign, qualifier, False, 0.8)  # "Poachers killed 352 rhinos": wildlife
        # killed or lost, a crime's count that is no people's death
    if measure == "seizures" and any(map(before[-30:].__contains__, _CAPACITY_STEMS)) and \
            _CAPACITY_BEFORE.search(before[-30:]):
        return None  # "a lab capable of making 95 million doses": what it could make, nothing seized
    if measure == "seizures" and "blocked" in after[:90] and word.lower().endswith(("handsets", "phones", "devices")) \
            and (_HAD_BEFORE.search(before[-60:]) and _BLOCKED_AFTER.match(after) or
                 _WERE_BLOCKED_AFTER.match(after) and not seized_in(sentence, memory)):
        return LocalReading("other", "count", sign, qualifier, False, 0.8)  # "got 2,150 mobile handsets used by
        # fraudsters blocked", "9,400 mobile handsets linked to the complaints were blocked": devices blocked
    if measure == "seizures" and not seized_in(sentence, memory):
        if word.lower().endswith(("handsets", "phones", "devices")) and _BLOCKED_IN_CLAUSE.search(before[-80:]):
            return LocalReading("other", "count", sign, qualifier, False, 0.8)  # "blocked 1.3 lakh mobile handsets":
        return None  # devices blocked, as GUIDE.md's blocked device numbers
    if measure == "other" and word.lower().rsplit(" ", 1)[-1] in _COUNTED_IF_STOPPED and \
            not _TAKEN_DOWN.search(sentence) and not rest.startswith(" calls for service") and \
            not (word.lower().endswith("calls") and _ANSWERED_BEFORE.search(before[-30:])):
        return None  # "available on all 18 mobile banking apps": no enforcement figure unless taken down (but police
        # answering "412 calls for service", "responded to 163,400 domestic violence calls" is their work)
    if measure == "groups" and word.lower() == "sites" and "block" in (before[-40:] + after[:60]).lower():
        measure = "other"  # "blocked 1.2 million gambling sites": websites, not compounds raided
    if measure == "accounts" and (before.endswith(("his ", "her ", "His ", "Her ")) or
                                  _OWN_ACCOUNTS_AFTER.match(after, after.find(word) + len(word))):
        return None  # "let a syndicate use his three bank accounts", "through 14 bank accounts he had opened": one
        # person's, no enforcement figure
    if measure == "accounts" and CARDS.fullmatch(word) and cards_seized(before, after):
        measure = "seizures"  # "seized 28 phones and 40 SIM cards"; "blocked 40 SIM cards" stays accounts
    if measure == "people" and after.startswith(" involved ") and parts_of_cases(before):  # "Of the cases recorded,
        measure = "cases"  # 904 involved women": the cases the people were in
    if measure == "people":
        decided = people_reading(sentence, before, after, word, memory, start)
        if decided is None:
            return None
        measure, strength = decided
    if mention.spelled and mention.value == 1 and measure in ("cases", "groups"):
        return None  # "in one case", "one group of": an example, not a count
    if mention.spelled and mention.value < 4 and word.lower().endswith("attacks"):
        return None  # "the resolution of two high-profile deadly attacks": the story's events, no tally
    return LocalReading(measure, "count", sign, qualifier, False, strength)


# A plural noun of people known by what they do, which no vocabulary lists: "beggars", "squatters", "hawkers"
_DOER_NOUN = re.compile(r" (?:suspected |alleged )?(?:illegal |unlicensed |undocumented )?(?:[a-z]+-)?[a-z]{2,}"
                        r"(?:ers|ors|ars|ists|ians|ants|ees)\b")


def _caught_doers(before: str, rest: str) -> str | None:
    """What a count of such people measures when an arrest, charge or sentence verb stands right before it:
    "arrested 312 beggars", "charged 40 squatters" (a verb that takes people only)."""
    if not _DOER_NOUN.match(rest):
        return None
    verb = verb_measure(before[-30:], nearest_last=True)
    if not verb or verb[0] not in CAUGHT or verb[1] > NEAR_VERB:
        return None
    return verb[0] if _ONLY_QUALIFIER.fullmatch(before, len(before) - verb[1]) else None  # not "arrests in the first
    # three quarters"


_ONLY_QUALIFIER = re.compile(r"\s*(?:(?:some|about|around|nearly|almost|over|more than|at least|up to|another|"
                             r"a further|an additional|a total of)\s+)?")








# A share of a currency's units: "2 of every 3 dollars lost"
_MONEY_UNIT_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:dollars|euros|pounds|yuan|rupees|ringgit|baht|pesos)\b")


_PARTICIPLE_AFTER = re.compile(r"\s+([a-z]+ed)\b")


def _ratio(before: str, after: str, memory: SentenceMemory, start: int, qualifier: str) -> LocalReading | None:
    """A ratio's or a fraction's share: of the noun right after it ("one in four fraud victims"), or of the group
    after "of", read as a percentage's would be ("half of the victims", "a quarter of those arrested")."""
    if after.startswith(" of"):
        share = read_percent(before, after, memory, start)
        measure = share[0] if share else None
    else:
        measure = "money" if _MONEY_UNIT_AFTER.match(after) else measure_of_noun_phrase(after[:60])
        if measure == "seizures" and _INSPECTED_AFTER.match(after):  # "1 in 10 containers inspected held drugs"
            measure = "other"  # a hit rate of the checks (GUIDE.md: detection rates are "other")
        measure = rate_or_partner(lowered(before), memory, start, measure)  # "cleared one in four
        # robbery cases", "one in seven fraud reports ... led to a charge, down from one in six"
        participle = _PARTICIPLE_AFTER.match(after) if measure is None else None
        group = VERB_RE.fullmatch(participle.group(1)) if participle else None
        measure = group.lastgroup if group and group.lastgroup in PEOPLE_MEASURES else measure  # "7 in 10 arrested
        # for drug offences are young": a share of those arrested
    measure = measure or memory.last_count(start)
    return LocalReading(measure, "percent", 1, qualifier, True, 0.8) if measure else None


