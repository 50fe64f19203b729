"""Counts a clause or list leaves their words out of, read from the figures before them: the next thing of a list of
things seized ("40 parrots, 12 tortoises and three leopard cubs"), a clause whose verb is the one before's ("...,
and investment frauds 318"; "Thai police arrested 1,204 people and Cambodian police 812"), a part of a total ("...,
while 1,480 were teenagers") and the next value of a series ("... a year earlier and 17,210 two years earlier")."""
from __future__ import annotations

import re

from parsers.changes import SentenceMemory
from parsers.nouns import LABEL, measure_of_noun_phrase
from parsers.reading import AGENCY_CLAUSE, BREAKDOWN_AFTER, BREAKDOWN_BEFORE, LocalReading, inherited
from parsers.scan import PHRASE_BREAK, lowered
from parsers.time_words import SPAN_BACK_AFTER
from parsers.places import DEMONYM_RE
from parsers.vocab import PEOPLE_MEASURES, PEOPLE_NOUNS

# A list's item between the figure before and a figure (" parrots, ", " pangolins and "), and the noun after that
# figure, up to its clause's end or the next item: "three leopard cubs at the airport", "95 slow lorises, were ..."
_LISTED_THINGS = (("seizures", "count"), ("groups", "count"))  # things and sites, whose nouns are many
_ITEM_LISTED_BEFORE = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+(?:,\s+(?:and\s+)?|\s+and\s+)")
_ITEM_NOUN_AFTER = re.compile(r"\s+(?:[a-z'’-]+\s+){0,2}[a-z'’-]+"
                              r"(?=[,.;)]|\s+(?:and|at|in|on|from|were|was|worth|during|over|since|after|across|"
                              r"last|this)\b|$)")  # ("and 3,600 limesticks during the season")
# A clause with its verb left out, up to a figure: ", and investment frauds ", "; robbery suspects "
_GAPPED_BEFORE = re.compile(r"(?:,\s+and|;(?:\s+and)?)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s+$")
_GAPPED_AGENCY_BEFORE = re.compile(AGENCY_CLAUSE + "$")
_PLACE_OR_TIME_AFTER = re.compile(r"\s+(?:in|during|over|on|across|at)\s")
# The next place's share, its verb left out: "Uttar Pradesh accounted for 2,118 of the deaths and Bihar for 1,004"
_NEXT_PLACE_FOR_BEFORE = re.compile(r"\baccounted for [\d,.]+\b[^.;]{0,60}?,? and (?:[A-Z][\w'-]*\s){1,4}for $")
_GAP_END_AFTER = re.compile(r"\s*(?:[.;,)]|$)")  # the figure ends that clause
# The next part of a total after a part told before it: "91 of them in a family context and ", ", of which 19,226 were
# taken to court and "
NEXT_PART_BEFORE = re.compile(r"(?:\b[\d,.]+ of (?:them|whom|those|the (?:cases|complaints|reports|investigations))\b|"
                              r", of which [\d,.]+ )[^;.:()\d]{0,60}? and $")
# (or their nationality: "The spokesperson said most of the foreigners were Chinese, while 41 were Vietnamese")
_WERE_PEOPLE = re.compile(rf"\s+(?:were|are)\s+(?:[\w-]+\s+)?"
                          rf"(?:(?i:{PEOPLE_NOUNS})\b|(?P<nationals>{DEMONYM_RE.pattern}))")


def listed_count(before: str, after: str, memory: SentenceMemory, start: int, qualifier: str,
                 sign: int) -> LocalReading | None:
    """What a count with no noun or verb of its own counts, told by the list, clause or series it continues."""
    if memory.earlier and memory.earlier[-1][1:] in _LISTED_THINGS and before.endswith(("and ", ", ")) and \
            _ITEM_LISTED_BEFORE.fullmatch(before, memory.earlier[-1][0]) and _ITEM_NOUN_AFTER.match(after):
        # "seized 40 parrots, 12 tortoises and three leopard cubs": the next thing of a list of things seized (or of
        # sites: "destroyed 1,240 cocaine factories and 2,960 maceration pits")
        return LocalReading(memory.earlier[-1][1], "count", sign, qualifier, False, 0.7)
    gapped = _GAPPED_BEFORE.search(before, max(0, start - 60)) if memory.earlier and \
        _GAP_END_AFTER.match(after) else None
    named = measure_of_noun_phrase(gapped.group(1)) if gapped else None
    if named:  # "..., and investment frauds 318": a clause whose verb is the one before's, its noun its own
        return LocalReading(named, "count", sign, qualifier, False, 0.7)
    if memory.last_count(start) and (
            _GAPPED_AGENCY_BEFORE.search(before, max(0, start - 60)) and
            (_GAP_END_AFTER.match(after) or _PLACE_OR_TIME_AFTER.match(after)) or
            before.endswith(" for ") and "accounted for" in before and
            _NEXT_PLACE_FOR_BEFORE.search(before, max(0, start - 120)) and _GAP_END_AFTER.match(after)):
        # "Thai police arrested 1,204 people and Cambodian police 812 in the operation", "Uttar Pradesh accounted for
        # 2,118 of the deaths and Bihar for 1,004": the verb left out is the one before
        return LocalReading(memory.last_count(start), "count", sign, qualifier, False, 0.7)
    total = inherited(before, after, memory, start)
    if total and (BREAKDOWN_AFTER.match(after) and BREAKDOWN_BEFORE.search(lowered(before[-25:]))):
        return LocalReading(total, "count", sign, qualifier, False, 0.6)
    were = _WERE_PEOPLE.match(after) if memory.previous_measure and not total else None
    if were and (not were.group("nationals") or memory.previous_measure in PEOPLE_MEASURES):  # "..., while 1,480 were
        return LocalReading(memory.previous_measure, "count", sign, qualifier, False, 0.6)  # teenagers": a part of the
        # total before (of the people it counted, by nationality)
    earlier = memory.last_count(start)
    if earlier and before.endswith(" and ") and (NEXT_PART_BEFORE.search(before, max(0, start - 90)) or
                                                 SPAN_BACK_AFTER.match(after)):
        return LocalReading(earlier, "count", sign, qualifier, False, 0.6)  # "106 women were killed, 91 of them in
        # a family context and 58 by a partner", "15,990 convictions a year earlier and 17,210 two years earlier": the
        # next part of the same total, the next value of the same series
    return None


# Items of a list and noun phrases a figure restates, each naming what the figure counts.
LOOSE_QUALIFIER = r"(?:about |some |around |nearly |over |more than )?"  # a qualifier before the figure, if any
_LIST_LABEL = re.compile(r"[;:]\s+([A-Za-z][A-Za-z -]{2,40}), $")  # an item of a list: "; drug arrests, "
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:most|half|(?:the|a) majority|the bulk|(?:a|one|two)[- ](?:third|quarter)s?|"
                                 r"highest|largest|biggest|lowest|fewest|(?:the )?(?:number|total|tally) of)"
                                 r"\s+(?:of\s+(?:the\s+)?)?(?:number of\s+)?([\w -]{2,40}?)"
                                 # "the most cyber crimes (21,870)", "the most missing people, with 15,800", "the
                                 # most killings with 512"
                                 r"(?:,\s*(?:with\s+)?|\s+with\s+|\s*\()" + LOOSE_QUALIFIER + "$")
_ACTED_ON = frozenset({"seizures", "groups", "suspects", "people"})  # things, sites and people a label's act names
_CHECKED_OR_DISMISSED = re.compile(r"\b(?:inspected|checked|examined|screened|scanned|searched|dismissed|sacked|"
                                   r"fired|disciplined)\b", re.IGNORECASE)
# A total set after the noun phrase it counts: "the networks it dismantled, 41 in all".
_IN_ALL_AFTER = re.compile(r"\s+(?:in all|in total|altogether)\b")
# A ranking's lead, which names what its items count: "The five provinces with the most suspects arrested were:"
_MOST_IN_LEAD = re.compile(r"\bwith the (?:most|highest|largest|biggest|greatest)(?: numbers? of)? ([\w -]{3,60}?)"
                           r"(?:\s+(?:were|are|in \d{4}|last year|this year))?\s*:\s*$")


def restated_noun_phrase(before: str, after: str) -> tuple[str, float] | None:
    """(measure, strength) of a figure that restates the noun phrase right before it: a list's label ("Key figures for
    2025: drug arrests, 41,300 (up 6%); ..."), a superlative ("Johor recorded the most cases, 1,204"), a bracket
    ("homicides (1,640, down from 1,890)"), a total ("the networks it dismantled, 41 in all")."""
    listed = _LIST_LABEL.search(before[-60:]) if before.endswith(", ") else None
    named = measure_of_noun_phrase(listed.group(1)) if listed else None
    if named:
        return named, 0.75
    if after[:1] in ",.;)" and ("," in before[-60:] or before[-1:] == "(" or " with " in before[-20:]):
        apposed = _SUPERLATIVE_BEFORE.search(lowered(before[-60:]))
        named = measure_of_noun_phrase(apposed.group(1)) if apposed else None
        if named:
            return named, 0.7
    words: list[str] = []
    if before.endswith("(") and after[:1] in ",;)":  # the noun right before its bracket
        words = before[:-1].split()[-3:]
    elif before.endswith(", ") and _IN_ALL_AFTER.match(after):
        words = PHRASE_BREAK.split(before[-80:-2])[-1].split()[-6:]
    named = next(filter(None, (measure_of_noun_phrase(" ".join(words[i:])) for i in range(len(words)))), None)
    return (named, 0.7) if named else None


def labelled_item(before: str, previous_text: str) -> tuple[str, float] | None:
    """(measure, strength) of a figure after a label that names what it counts ("Bank accounts frozen: 6,745",
    "**Prosecutions:** 412"), or after a place's label under a ranking's lead that does ("The five provinces with the
    most suspects arrested were:" then "1. North Sumatra — 8,912")."""
    bare = before.rstrip(" *_")  # (a label in bold: "**Prosecutions:** 412")
    label = LABEL.search(bare[-70:]) if bare.endswith((":", "—", "–")) else None
    if label is None:
        return None
    named = measure_of_noun_phrase(label.group(1)) or measure_of_noun_phrase(label.group(1).split()[-1])
    if named in _ACTED_ON and _CHECKED_OR_DISMISSED.search(label.group(1)):
        named = "other"  # "Containers inspected: 61,800", "Dockworkers dismissed over links to traffickers: 27":
        # checks carried out, people disciplined (as "inspected 61,000 gas pumps" and "dismissed 38 officers" are)
    if named:
        return named, 0.75
    lead = _MOST_IN_LEAD.search(previous_text) if previous_text.rstrip().endswith(":") else None
    named = measure_of_noun_phrase(lead.group(1)) if lead else None
    return (named, 0.7) if named else None
