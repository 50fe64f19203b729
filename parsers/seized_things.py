"""What a count of things or sites counts: seized, raided, or blocked (pure helpers of :mod:`parsers.classify`).

Cards seized are seizures, cards blocked or frozen accounts; a count of premises is the sites raided, the searches
carried out, or the property seized; things count as seized when their sentence (or the one before, whose list
this one gives) seizes them.
"""
from __future__ import annotations

import re

from parsers.changes import SentenceMemory
from parsers.nouns import SEIZURE_VERB_RE
from parsers.scan import passive_after
from parsers.vocab import BRAND, CORRECTED_FIGURE, SEIZURE_VERBS

_I = re.IGNORECASE

CARDS = re.compile(r"(?:sim|bank|phone|debit|credit|atm) cards?|sims\b", _I)  # ("1,450 SIMs")
_CARD_VERB = re.compile(r"\b(?:fr[oe]z\w*|freez\w*|block\w*|suspend\w*|deactivat\w*|terminat\w*|disconnect\w*|"
                        rf"disabl\w*|cancel\w*|(?P<seized>{SEIZURE_VERBS}))\b", _I)  # frozen cards first: accounts


def cards_seized(before: str, after: str) -> bool:
    """Whether cards were seized (seizures) rather than blocked or frozen (accounts): the verb before, else after."""
    verbs = list(_CARD_VERB.finditer(before[-80:]))
    verb = verbs[-1] if verbs else _CARD_VERB.search(after[:40])
    return bool(verb and verb.group("seized"))


_RAIDED_BEFORE = re.compile(r"\b(?:raid(?:s|ed|ing)?(?: on| at)?|closed|shut(?: down)?|sealed|demolished|"
                            r"(?:closure|closing|demolition) of)\s+$|"
                            # "The raids, carried out between July 7 and 10 at five buildings"
                            r"\braids?\b[^.;]{0,30}\b(?:carried out|conducted|launched|staged|mounted)\b[^.;]{0,50}"
                            r"\b(?:at|on)\s+$|"
                            # "The raids ... targeted 19 buildings"
                            r"\braids?\b[^.;]{0,40}\b(?:targeted|hit|covered|swept)\s+$", _I)


_SEARCHED_AFTER = passive_after("searched", gap=r"[^.;,]{0,40}?")  # the sites' searches, told after them


def site_measure(measure: str, before: str, told_after: str = "") -> str:
    """What a count of sites or premises counts: "searched 105 locations" or "58 buildings used as call centres had
    been searched" (searches carried out, GUIDE.md's "other"; ``told_after`` is the text after the sites' noun),
    "raids on two houses" (sites raided: groups), "seized 4 houses" (seizures)."""
    near = before[-30:].lower()
    if "search" in near or "inspect" in near or "searched" in told_after[:80] and _SEARCHED_AFTER.match(told_after):
        return "other"  # ("inspected 14,000 locations")
    if measure == "seizures" and near.endswith("from "):  # "seized 128 tonnes of cannabis from three warehouses":
        return "groups"  # the sites the drugs were seized at, raided
    if measure == "seizures" and _RAIDED_BEFORE.search(before[-120:]):
        return "groups"
    return measure


def seized_in(sentence: str, memory: SentenceMemory) -> bool:
    """Whether the sentence seizes something, or lists what the sentence before seized ("The drugs included ...")."""
    if SEIZURE_VERB_RE.search(sentence) or memory.previous_text and (
            _ITEMS_LEAD.search(sentence) or _CORRECTED.search(sentence)) and SEIZURE_VERB_RE.search(memory.previous_text):
        return True
    lower = sentence.lower()  # (the patterns below are caseless: "Police Burn 2 Tonnes of Drugs")
    return "destroy" in lower and bool(_DESTROYED_BY_AUTHORITIES.search(sentence)) or \
        ("burn" in lower or "incinerat" in lower) and bool(_BURNED_BY_AUTHORITIES.search(sentence))


# A figure set right after the sentence that gave it wrong: "... said customs officers found 11 tonnes of cocaine. The
# correct figure is 1.1 tonnes."
_CORRECTED = re.compile(rf"\b{CORRECTED_FIGURE}\b", re.IGNORECASE)


# Things the authorities destroyed are taken out of use, as things seized are ("agents destroyed 96 dredging rafts"),
# not what an attack destroyed
_DESTROYED_BY_AUTHORITIES = re.compile(r"\b(?:police|officers|agents|authorities|troops|soldiers|forces|customs|"
                                       r"detectives|agency|bureau|navy|army|guards)\b[^.;]{0,80}?\bdestroy(?:ed|ing)\b",
                                       re.IGNORECASE)
# Things the authorities burned (seized drugs, contraband), in the verb's own clause ("Officers also burned 85
# kilograms of the drug"); not what rioters burned while police watched
_BURNED_BY_AUTHORITIES = re.compile(r"\b(?:police|officers|agents|authorities|troops|soldiers|customs|officials|agency)"
                                    r"\s+(?:also\s+|have\s+|had\s+|publicly\s+)*(?:burned|burnt|incinerated)\b",
                                    re.IGNORECASE)


# ("The drugs, wrapped in 36 packages, ...": how what was seized was packed; "The vessel was carrying 120
# packages": what the craft seized held)
_ITEMS_LEAD = re.compile(r"\b(?:includ\w*|compris\w*|among them|consist\w*|wrapped in|packed in|packaged in|"
                         r"divided into|split into|hidden in|concealed in|stashed in|weighing|weighed|"
                         r"(?:was|were) carrying|carried(?! out)|contained|containing|held|of the total|"
                         r"of this amount)\b|:",
                         re.IGNORECASE)  # ("The parcels held a total of 48 kilograms of drugs", "Of the total, 2,116
# kilograms were hashish")


# Things of a kind no vocabulary names, seized right after the verb: "seized 96,000 kites", "confiscated 310 hookahs"
# A seizure verb right before a figure ("seized 96,000 kites", "confiscated about 310", "recovered 7,200 litres")
SEIZED_RIGHT_BEFORE = re.compile(r"\b(?:seiz(?:ed|es|ing)|confiscat(?:ed|es|ing)|impound(?:ed|s|ing)|recovered)\s+"
                                 r"(?:about |some |more than |over |nearly |at least |a total of )?$", re.IGNORECASE)
_NOT_A_THING = (r"(?!(?:so|of|in|on|at|to|for|from|by|with|and|or|but|while|after|before|when|as|the|a|an|this|that|"
                r"these|those|was|were|is|are|has|had|during|across|since|last|each|per|more|other)\b)")
# (a brand and its model number may stand before the noun: "1,250 iPhone 16 units", "300 PlayStation 5 consoles",
# "300 iPhones")
_THINGS_AFTER = re.compile(rf"\s+(?:(?:{_NOT_A_THING}[a-z-]+|{BRAND}(?:\s+\d{{1,3}})?)\s+){{0,3}}?"
                           rf"(?:{_NOT_A_THING}[a-z]{{3,}}s|{BRAND}s)\b(?! of\b)")
# (words ending in "s" that count no things; the function words are _NOT_A_THING's)
_NO_THINGS = frozenset({"times", "years", "months", "weeks", "days", "hours", "minutes", "percent", "others",
                        "cases", "operations", "raids", "thus", "less", "unless", "always", "perhaps", "whereas",
                        "his", "its"})


def unnamed_things_seized(before: str, after: str) -> bool:
    """Whether a number with no noun the vocabulary knows counts things seized right after the verb."""
    if not before.endswith(" ") or not SEIZED_RIGHT_BEFORE.search(before[-40:]):
        return False
    things = _THINGS_AFTER.match(after)
    return bool(things) and things.group(0).split()[-1] not in _NO_THINGS
