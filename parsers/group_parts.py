"""A bare count told as a part of a group named before it: "Of those arrested, 71 have been sent to prosecutors",
"Of the cases, 1,200 were solved", "Of the migrants, 212 were children", "Police said 214 of those arrested were
wanted for murder".  Read for :func:`parsers.bare_counts.bare_count`."""
from __future__ import annotations

import re

from parsers.changes import SentenceMemory
from parsers.nouns import VERB_RE, measure_of_noun_phrase, people_measure
from parsers.scan import DATELINE_LEAD, OPENING_QUOTES, lowered
from parsers.vocab import MIGRANT_NOUNS, TO_PROSECUTORS

_I = re.IGNORECASE
# "refers 1,180 to prosecutors", "71 have been sent to prosecutors"
TO_PROSECUTORS_AFTER = re.compile(r"\s+(?:(?:have been |has been |were |was )?"
                                  r"(?:sent|referred|forwarded|handed over) )?" + TO_PROSECUTORS)
_TO_COURT = re.compile(r"\s+(?:have been |has been |were |was )?(?:sent|referred|brought|taken|handed over) "
                       r"(?:to|before) (?:a |the )?(?:military |criminal |special )?courts?\b")
PROSECUTORS_GATE = "prosecut"  # in every match of TO_PROSECUTORS_AFTER, within its first 60 characters
_NOT_CAUGHT = re.compile(r"\b(?:at large|on the run|fugitives?)\b")  # "Of those, 41 were still at large"
QUESTIONED = re.compile(r"\b(?:questioned|interrogated|investigated|under (?:probe|investigation)|fac(?:e|ed|ing) "
                         r"questioning)\b", _I)
_LEAD_WORDS = r"(?:these|them|those|this number|the total)"  # "Of these, ...", "said of the total, ..."
_BREAKDOWN_LEAD = re.compile(rf"(?:[Oo]f {_LEAD_WORDS}|[Aa]mong them|"
                             r"(?:[Oo]f|[Aa]mong) the (?:cases|complaints|reports|offences|crimes|incidents)|"
                             # "Of the 18,420 cybercrime complaints the DCI received in 2025, 6,140 involved ..."
                             r"(?:[Oo]f|[Aa]mong) the [\d,.]+ (?:[\w-]+ ){0,2}?(?:cases|complaints|reports|offences|"
                             r"crimes|incidents)(?: [^,;]{1,80})?|"
                             r"(?:[Oo]f|[Aa]mong) the (?:groups|gangs|networks|syndicates|rings|organi[sz]ations)|"
                             rf"(?:[Oo]f|[Aa]mong) the {MIGRANT_NOUNS}|"
                             r"(?:[Oo]f|[Aa]mong) the (?:children|minors|victims|women|people|detainees|workers)|"
                             r"(?:[Oo]f|[Aa]mong) (?:the|those) (?:[\d,.]+ )?(?:[\w-]+ )?(\w+ed)"
                             r"(?: (?:with|for|in) [\w -]{1,30}?)?(?: (?:last|this) (?:month|week|year))?),\s")
# ("Among those charged with fraud, ", "Of those detained last month, ")
# A part that says it counts cases: "Among them, 9,400 were telecom and online fraud cases"
_WERE_CASES_AFTER = re.compile(r"\s+(?:were|are)\s+(?:(?!\w+ed\b|of\b)[\w-]+\s+){0,4}?"
                               r"(?:cases|complaints|crimes|offences|offenses)\b")  # (not "were accused of crimes")
# People of a lead flown to a place: "Of those detained last month, 420 were flown to Kunming"
_FLOWN_TO_PLACE = re.compile(r"\s+(?:were|was|have been|had been)\s+(?:later\s+|then\s+)?(?:flown|sent|transferred)\s+"
                             r"(?:back\s+)?to\s+[A-Z]")
# A lead that names the cases its parts count: "Of the cases, 1,200 were solved"
_CASES_LEAD = re.compile(r"(?:f|mong) the (?:[\d,.]+ (?:[\w-]+ ){0,2}?)?(?:cases|complaints|reports|offences|crimes|"
                         r"incidents)\b")
_MIGRANTS_LEAD = re.compile(rf"(?:f|mong) the {MIGRANT_NOUNS},")
_GROUPS_LEAD = re.compile(r"(?:f|mong) the (?:groups|gangs|networks|syndicates|rings|organi[sz]ations),")
_SEIZED_WORDS = frozenset({"seized", "confiscated", "impounded", "recovered"})  # "Of the vehicles seized, 241 ..."
# "said of the total, 912 tested positive": a lead inside the sentence
_LEAD_SAID = re.compile(rf"\b(?:said|says|added) (?:that )?(?:of|among) {_LEAD_WORDS}(), $")
_DATELINE = re.compile(DATELINE_LEAD)  # a lead's dateline before the breakdown's lead
_OF_THOSE_AFTER = re.compile(r" of (?:those|them) ([a-z]+ed)\b")  # "214 of those arrested"
# Sites of a raid shut: "Forty-one of the yards were closed" (the places raided, groups as GUIDE.md has them)
_OF_THE_SITES_SHUT_AFTER = re.compile(r" of the ((?:[\w-]+ ){0,2}?[\w-]+) (?:were|was|have been|had been) (?:later )?"
                                      r"(?:closed|shut(?: down)?|sealed|padlocked|demolished|dismantled)\b")


def _acted_on(before: str) -> bool:
    """Whether the word right before a figure is a verb acting on it ("deported 1,260 of those arrested")."""
    last_word = before.rsplit(maxsplit=1)[-1:]
    return bool(last_word) and VERB_RE.fullmatch(lowered(last_word[0].strip(",;:"))) is not None


def _lead(before: str) -> re.Match[str] | None:
    """The breakdown lead a count is told after: "Of these, ", "NAIROBI — Of the ...", '"Of these, 12,003 ...', "The
    police chief said of the total, 912 tested positive"."""
    dateline = _DATELINE.match(before) if any(map(before[:45].__contains__, ("— ", "– ", "- "))) else None
    return _BREAKDOWN_LEAD.match(before, dateline.end() if dateline else 1 if before[:1] in OPENING_QUOTES else 0) \
        or (_LEAD_SAID.search(before, max(0, len(before) - 40)) if before.endswith(", ") else None)


def parts_of_cases(before: str) -> bool:
    """Whether a count is told after a lead that names cases: "Of the cases recorded, 904 involved women"."""
    lead = _lead(before) if "of the " in before.lower() or "mong the " in before else None
    return bool(lead and _CASES_LEAD.match(lead.group(0), 1))


def group_part(before: str, after: str, verb: re.Match[str] | None, memory: SentenceMemory) -> tuple[str, float] | None:
    """(measure, strength) of a count told as a part of the group a lead or "of those ..." names, or None; ``verb`` is
    the verb right after the count, if any."""
    lead = _lead(before)
    if lead and (PROSECUTORS_GATE in after[:60] and TO_PROSECUTORS_AFTER.match(after) or
                 "court" in after[:60] and _TO_COURT.match(after)):  # "Of those arrested, 71 have been sent to
        return "prosecutions", 0.75  # prosecutors", "312 have been sent
        # to military courts"
    background = after.startswith(" had been ")  # "Among those charged, 2,900 had been returned from ...": what
    # they had gone through before, the lead's figure still
    if lead and (background or not (verb and (verb.lastgroup != "suspects" or QUESTIONED.search(verb.group(0)) or
                                              _NOT_CAUGHT.search(verb.group(0))))):
        # "Of these, 1,480 concerned the private sector, 690 involved ...": parts of the total told before;
        # "Among those prosecuted, 8,900 were accused of ...", "Of the 86 arrested, 61 tested positive"
        group = VERB_RE.fullmatch(lowered(lead.group(1))) if lead.group(1) else None
        cases = _CASES_LEAD.match(lead.group(0), 1)  # "Of the cases, 1,200 were solved": cases, whatever came before
        measure = group.lastgroup if group else "seizures" if (lead.group(1) or "").lower() in _SEIZED_WORDS \
            else "cases" if cases else "groups" if _GROUPS_LEAD.match(
            lead.group(0), 1) else "other" if _MIGRANTS_LEAD.match(lead.group(0), 1) else memory.previous_measure
        # ("Of the groups, 61 were involved in ...": groups; "Of the migrants, 212 were children": a migration figure)
        if _WERE_CASES_AFTER.match(after):  # "Among them, 9,400 were telecom and online fraud cases"
            measure = "cases"
        if measure in ("arrests", "suspects") and _FLOWN_TO_PLACE.match(after):  # "Of those detained, 420 were
            measure = "deported"  # flown to Kunming": handed over to another country's police
        if measure:
            return measure, 0.7
    shut = _OF_THE_SITES_SHUT_AFTER.match(after) if after.startswith(" of the ") else None
    if shut and measure_of_noun_phrase(shut.group(1)) in (None, "groups"):
        return "groups", 0.7
    those = _OF_THOSE_AFTER.match(after) if after.startswith(" of th") and not _acted_on(before) else None  # (not
    # "deported 1,260 of those arrested": the verb before the figure decides)
    group = VERB_RE.fullmatch(those.group(1).lower()) if those else None
    if those and group and group.lastgroup:  # "Police said 214 of those arrested were wanted for murder": a part of
        own = people_measure("", after[those.end():])  # them (but "29 of those arrested have been charged": charged;
        # not "were wanted for", "were linked to": what they were)
        measure = own[0] if own and own[0] != "suspects" else group.lastgroup
        return measure, 0.77
    return None
