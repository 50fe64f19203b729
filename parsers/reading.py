"""What the words around a number say it counts (:class:`LocalReading`), and how a part of a total takes the
total's measure ("771 detained ..., including 282 women")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.changes import SentenceMemory
from parsers.nouns import measure_told_before
from parsers.scan import lowered

_I = re.IGNORECASE


# A clause whose verb is left out, opened by another force: "(Thai police arrested 1,204 people) and Cambodian police
# (812)".  The figure counts what the clause before counted, in its own country.
AGENCY_CLAUSE = (r"\s(?:and|while|but)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,2}(?:police|authorities|forces|customs|"
                 r"officers|troops|coast ?guards?|navy|army|agents|prosecutors)\s+")

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


# What follows a part of a total, or the next value of a series ("12.4 lakh complaints in 2023 and 8.1 lakh in 2022").
BREAKDOWN_AFTER = re.compile(r"^\s*(?:of whom|of them|of those|of the \w+|from\s+(?:the\s+)?[A-Z]|for\s+(?!\d)|"
                             r"(?:were|are|was|had|have)\b|,|\)|and\b|\.|$|in (?:19|20)\d\d\b|in (?:the )?(?-i:[A-Z])|"
                             r"(?:listed|named|classified|tagged|considered) as\b)", _I)  # "including 212 listed as"
BREAKDOWN_BEFORE = re.compile(r"(?:,|\band|\bincluding|\bincluded|\bcomprised|\bcomprising|\bamong them|"
                              r"\bwhile|\bwith|\bbut|\bof whom|\bsuch as|\bnamely|\bplus|\bwere|:|—|–|\()\s*"
                              r"(?:at least |about |some |another |also |only |just )?$")
_PART_OF_BEFORE = re.compile(r"\b(?:includ\w+|comprised|among|those|the group|the detainees|additionally|also)\b|"
                             r"^of (?:the|these|those|all) $|^of (?:them|those|these),? $")
# ("Of the 40 workers, ...", "Of them, 96 were operators": the group told before)


# The group a sentence or a list opens with: "The migrants, including 17 minors", "Most of the smugglers were ..."
GROUP_LEAD = re.compile(r"(?:(?:Most|Many|Some|All|Half|Nearly all|Almost all) of the|The|These|Those|All the|All) "
                        r"([a-z]+)\b")


def group_told_before(before: str, told: str) -> str | None:
    """What the text ``told`` before counted the group ``before`` opens with: "freed 54 migrants ..." then "The
    migrants, including 17 minors, ..." (not the last count told, "arrested six gang members")."""
    lead = GROUP_LEAD.match(before)
    return measure_told_before(lead.group(1), told) if lead else None


def inherited(before: str, after: str, memory: SentenceMemory, start: int, demonym: bool = False) -> str | None:
    """A breakdown takes the measure of its total: the figure before it, or the previous sentence's."""
    earlier = memory.last_count(start)
    if earlier and (BREAKDOWN_BEFORE.search(lowered(before[-25:])) or BREAKDOWN_AFTER.match(after) or demonym):
        return earlier
    if memory.previous_measure and (demonym or _PART_OF_BEFORE.search(lowered(before))):
        return memory.previous_measure
    return None
