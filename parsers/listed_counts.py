"""Counts a clause or list leaves their words out of, read from the figures before them: the next thing of a list of
things seized ("40 parrots, 12 tortoises and three leopard cubs"), a clause whose verb is the one before's ("...,
and investment frauds 318"; "Thai police arrested 1,204 people and Cambodian police 812"), a part of a total ("...,
while 1,480 were teenagers") and the next value of a series ("... a year earlier and 17,210 two years earlier")."""
from __future__ import annotations

import re

from parsers.changes import SentenceMemory
from parsers.nouns import measure_of_noun_phrase
from parsers.reading import AGENCY_CLAUSE, BREAKDOWN_AFTER, BREAKDOWN_BEFORE, LocalReading, inherited
from parsers.scan import lowered
from parsers.time_words import SPAN_BACK_AFTER
from parsers.vocab import PEOPLE_NOUNS

# A list's item between the figure before and a figure (" parrots, ", " pangolins and "), and the noun after that
# figure, up to its clause's end or the next item: "three leopard cubs at the airport", "95 slow lorises, were ..."
_LISTED_THINGS = (("seizures", "count"), ("groups", "count"))  # things and sites, whose nouns are many
_ITEM_LISTED_BEFORE = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+(?:,\s+(?:and\s+)?|\s+and\s+)")
_ITEM_NOUN_AFTER = re.compile(r"\s+(?:[a-z'’-]+\s+){0,2}[a-z'’-]+"
                              r"(?=[,.;)]|\s+(?:and|at|in|on|from|were|was|worth)\b|$)")
# A clause with its verb left out, up to a figure: ", and investment frauds ", "; robbery suspects "
_GAPPED_BEFORE = re.compile(r"(?:,\s+and|;(?:\s+and)?)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s+$")
_GAPPED_AGENCY_BEFORE = re.compile(AGENCY_CLAUSE + "$")
_PLACE_OR_TIME_AFTER = re.compile(r"\s+(?:in|during|over|on|across|at)\s")
_GAP_END_AFTER = re.compile(r"\s*(?:[.;,)]|$)")  # the figure ends that clause
# The next part of a total after a part told before it: "91 of them in a family context and ", ", of which 19,226 were
# taken to court and "
NEXT_PART_BEFORE = re.compile(r"(?:\b[\d,.]+ of (?:them|whom|those|the (?:cases|complaints|reports|investigations))\b|"
                              r", of which [\d,.]+ )[^;.:()\d]{0,60}? and $")
_WERE_PEOPLE = re.compile(rf"\s+(?:were|are)\s+(?:[\w-]+\s+)?(?:{PEOPLE_NOUNS})\b", re.IGNORECASE)


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
    if memory.last_count(start) and _GAPPED_AGENCY_BEFORE.search(before, max(0, start - 60)) and \
            (_GAP_END_AFTER.match(after) or _PLACE_OR_TIME_AFTER.match(after)):  # "Thai police arrested 1,204 people
        # and Cambodian police 812 in the operation": the verb left out is the one before
        return LocalReading(memory.last_count(start), "count", sign, qualifier, False, 0.7)
    total = inherited(before, after, memory, start)
    if total and (BREAKDOWN_AFTER.match(after) and BREAKDOWN_BEFORE.search(lowered(before[-25:]))):
        return LocalReading(total, "count", sign, qualifier, False, 0.6)
    if memory.previous_measure and not total and _WERE_PEOPLE.match(after):  # "..., while 1,480 were teenagers":
        return LocalReading(memory.previous_measure, "count", sign, qualifier, False, 0.6)  # a part of the total before
    earlier = memory.last_count(start)
    if earlier and before.endswith(" and ") and (NEXT_PART_BEFORE.search(before, max(0, start - 90)) or
                                                 SPAN_BACK_AFTER.match(after)):
        return LocalReading(earlier, "count", sign, qualifier, False, 0.6)  # "106 women were killed, 91 of them in
        # a family context and 58 by a partner", "15,990 convictions a year earlier and 17,210 two years earlier": the
        # next part of the same total, the next value of the same series
    return None
