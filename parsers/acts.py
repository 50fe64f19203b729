"""What an act done to the things or people a figure counts makes of the figure, whatever its noun says.

Things inspected or searched are checks carried out (GUIDE.md: operations are "other"), nothing seized; cash
machines blown up and vessels boarded are attacks, things stolen are thefts (cases); people a court fined were
sentenced (convictions); women and children a trafficker recruited are its victims.
"""
from __future__ import annotations

import re

from parsers.scan import passive_after

_QUALIFIER = r"(?:about |some |more than |over |nearly |at least |an estimated )?"

_INSPECTED_BEFORE = re.compile(rf"\b(?:inspected|checked|examined|screened|scanned)\s+{_QUALIFIER}$")
# Vehicles checked, told after them: "18,400 vehicles stopped at checkpoints", "412 cars were searched"; or stopped
# where they are checked ("stopped 18,400 vehicles at checkpoints", not "stopped 214 stolen cars from being shipped")
_VEHICLES_CHECKED_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:cars|vehicles|trucks|lorries|motorcycles)\s+(?:were\s+)?"
                                     r"(?:stopped|checked|inspected|searched|screened|examined)\b")
_STOPPED_BEFORE = re.compile(rf"\bstopped\s+{_QUALIFIER}$")
_VEHICLES_AT_CHECKS_AFTER = re.compile(r"\s+(?:cars|vehicles|trucks|lorries|motorcycles|motorists|drivers)\s+"
                                       r"(?:at|in|during)\s+(?:[\w-]+\s+){0,2}(?:checkpoints?|roadblocks?|checks|"
                                       r"patrols?|blitz(?:es)?)\b")
# People searched, and the next item of a list searched or checked: "searched 1,870 people and 412 vehicles"
# ("wanded 4,870 people": searched with a metal-detecting wand)
_SEARCHED_BEFORE = re.compile(rf"\b(?:searched|frisked|wanded|patted down|screened|scanned)\s+{_QUALIFIER}$|"
                              rf"\b(?:inspected|checked|examined|screened|searched)\s+{_QUALIFIER}"
                              r"\d[\d,.]*\s+[\w-]+(?:\s+[\w-]+)?\s+and\s+$")
_SEARCHED = frozenset({"seizures", "groups", "suspects", "people"})  # what is searched: things, sites, people
_CHECK_STEMS = ("inspect", "check", "examin", "screen", "scann", "search", "frisk", "wand", "patted", "stopp")  # one is
# in every match of the patterns above
_MACHINES_AFTER = re.compile(r"\s+(?:cash machines|atms|ATMs|cash dispensers)\b")
_ATTACKED_BEFORE = re.compile(rf"\b(?:blew up|blown up|blasted|attacked|robbed|ram-raided|broke into|destroyed)\s+"
                              rf"{_QUALIFIER}$")
# Ships pirates or robbers attacked are their attacks: "pirates boarded 31 vessels"
_VESSELS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:vessels|ships|tankers|boats)\b")
_VEHICLES_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:cars|vehicles|buses|trucks|lorries|motorcycles)\b")
_BOARDED_BEFORE = re.compile(rf"\b(?:boarded|attacked|hijacked|robbed|(?:attempted|tried) to board)\s+{_QUALIFIER}$")
# (told after them: "Six ships were hijacked")
_VESSELS_BOARDED_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:vessels|ships|tankers|boats)\s+(?:were|was|had been|have been)\s+"
                                    r"(?:boarded|attacked|hijacked|robbed)\b")
# Vehicles set on fire are arsons, one a vehicle: "torched 390 cars", "645 vehicles burned", "cars were set alight"
_VEHICLES_BURNED_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:cars|vehicles|buses|trucks|lorries|motorcycles|houses|homes|"
                                    r"shops|buildings)\s+"
                                    r"(?:(?:have|had|were|was)\s+(?:been\s+)?)?(?:set on fire|set alight|set ablaze|"
                                    r"burned|burnt|torched)\b")
_BURN_STEMS = ("set ", "burn", "torch")  # in every _VEHICLES_BURNED_AFTER match (a line break may stand before "set")
_BURNED_BEFORE = re.compile(rf"\b(?:torched|burned|burnt|set fire to|set alight|firebombed)\s+{_QUALIFIER}$")
_STOLE_STEMS = ("stol", "steal", "snatch", "siphon", "pilfer")  # a cheap gate before the pattern
# What a theft took, right before its figure: "stole more than 240 vehicles", "have stolen about 3.2 tonnes of vanilla"
STOLE_BEFORE = re.compile(rf"\b(?:stole|stolen|steal|steals|stealing|snatched|snatching|siphoned|pilfered)\s+"
                          rf"{_QUALIFIER}$")
_FINED_BEFORE = re.compile(rf"\bfine[sd]\s+{_QUALIFIER}$")
# Places that a crime was done to, right before or told after them: "ransacked 14 shops", "14 shops were looted"
_LOOTED = r"looted|ransacked|burgled|robbed|torched|vandali[sz]ed"
_LOOT_STEMS = ("loot", "ransack", "burgl", "robb", "torch", "vandal", "broke")  # one is in every _LOOTED_BEFORE match
_LOOTED_BEFORE = re.compile(rf"\b(?:{_LOOTED}|broke into)\s+{_QUALIFIER}$")
_LOOTED_AFTER = passive_after(rf"{_LOOTED}|broken into")
_LOST_BEFORE = re.compile(rf"\b(?:lose|loses|lost|losing)\s+{_QUALIFIER}$")  # ("lo" in every match)
_TO_THIEVES_AFTER = re.compile(r"\s+[a-z][\w-]*\s+(?:[\w-]+\s+){0,2}?to (?:thieves|robbers|burglars|rustlers|looters|"
                               r"pickpockets)\b")  # (things, not "lost 40 million to ...": a sum)
_COURT_WORD = re.compile(r"\b(?:[Cc]ourts?|judges?|magistrates?|tribunal)\b")
_POLICE_WORD = re.compile(r"\b(?:[Pp]olice|[Oo]fficers|[Rr]angers|[Ii]nspectors|[Tt]raffic)\b[^.;]{0,40}$")
_RECRUITED_BEFORE = re.compile(rf"\brecruit(?:ed|ing)\s+{_QUALIFIER}$")
# Permits the authorities took back and firms they barred are enforcement acts of their own ("other"): "revoked 312
# driving licences", "blacklisted 89 companies"
_REVOKED = r"(?:revoked|revoking|cancell?ed|suspended|suspending|withdrew|withdrawn)"
_REVOKED_BEFORE = re.compile(rf"\b{_REVOKED}\s+{_QUALIFIER}$")
# ... and the people whose permits they took back: "revoked the firearm licences of 412 gun owners"
_LICENCES_OF_BEFORE = re.compile(rf"\b{_REVOKED}\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?licen[cs]es\s+of\s+{_QUALIFIER}$",
                                 re.IGNORECASE)
_PERMITS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:licen[cs]es|permits|registrations|visas|passports)\b")
# (and firms a regulator warned the public about: "issued warnings about 412 unauthorised firms")
_BARRED = r"blacklisted|deregistered|debarred|banned|struck off"
_BARRED_BEFORE = re.compile(rf"\b(?:{_BARRED}|blacklisting|"
                            rf"warnings? (?:about|against|on)|warned (?:the public )?(?:about|against))"
                            rf"\s+{_QUALIFIER}$")
_FIRMS = r"(?:companies|firms|businesses|entities|agencies|contractors|exporters|importers)"
_FIRMS_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?{_FIRMS}\b")
_BAR_STEMS = ("revok", "cancel", "suspend", "withdr", "blacklist", "deregister", "debar", "banned", "struck", "warn")
_FIRMS_BARRED_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?{_FIRMS}\s+were\s+(?:\w+\s+)?(?:{_BARRED}|warned|fined)\b")
# Penalties imposed on whom a figure counts: "imposed penalties of 3.2 million euros on 21 firms", "issued fines
# totalling $1.4 million against 52 people" (the firms or people penalised)
PENALTIES_ON_BEFORE = re.compile(rf"\b(?:penalties|fines|sanctions)\b(?:[^.;]|\.(?=\d)){{0,50}}\b(?:on|against) "
                                 rf"{_QUALIFIER}$")
_RECRUITED_PEOPLE = frozenset({"women", "girls", "children", "minors", "boys", "teenagers", "migrants"})


def act_measure(before: str, rest: str, noun: tuple[str, str] | None, sentence: str) -> tuple[str, float] | None:
    """(measure, strength) that the act right before a figure (``before``, ending at it) gives it, with the figure's
    counted ``noun`` (measure, word) and the words after it (``rest``); None when no such act decides."""
    measure = noun[0] if noun else None
    tail = before[-60:]
    if any(map(tail.__contains__, _CHECK_STEMS)) and (
            _INSPECTED_BEFORE.search(tail[-30:]) and measure in (None, "seizures", "groups") or
            measure in _SEARCHED and (measure in ("people", "suspects") or " and " in tail[-8:]) and
            _SEARCHED_BEFORE.search(tail)):
        return "other", 0.8  # "inspected more than 61,000 gas pumps", "searched 1,870 people and 412 vehicles"
    if any(map(rest[:45].__contains__, _CHECK_STEMS)) and _VEHICLES_CHECKED_AFTER.match(rest) or \
            "stopped" in tail[-25:] and _STOPPED_BEFORE.search(tail[-25:]) and _VEHICLES_AT_CHECKS_AFTER.match(rest):
        return "other", 0.8  # "18,400 vehicles stopped at RIDE checkpoints": checks, nothing seized
    if _MACHINES_AFTER.match(rest) and _ATTACKED_BEFORE.search(tail[-25:]) or \
            any(map(rest[:50].__contains__, _BURN_STEMS)) and _VEHICLES_BURNED_AFTER.match(rest) or \
            _VEHICLES_AFTER.match(rest) and _BURNED_BEFORE.search(tail[-25:]) or \
            _VESSELS_AFTER.match(rest) and (_BOARDED_BEFORE.search(tail[-30:]) or _VESSELS_BOARDED_AFTER.match(rest)) or \
            measure in ("seizures", None) and rest[1:2].isalpha() and any(map(tail.__contains__, _STOLE_STEMS)) and \
            STOLE_BEFORE.search(tail[-30:]) or \
            "lo" in tail[-25:] and _LOST_BEFORE.search(tail[-25:]) and _TO_THIEVES_AFTER.match(rest):
        return "cases", 0.8  # "blew up 230 cash machines", "pirates boarded 31 vessels", "stole more than 240
        # vehicles", "stole 1,240 manhole covers", "loses over 1,200 manhole covers to thieves": thefts
    if measure in ("groups", "seizures") and noun and (
            any(map(tail[-30:].__contains__, _LOOT_STEMS)) and _LOOTED_BEFORE.search(tail[-30:]) or
            _LOOTED_AFTER.match(rest, rest.find(noun[1]) + len(noun[1]))):
        return "cases", 0.8  # "looters ransacked 14 shops", "Fourteen shops were looted": the crimes done to the
        # places, no sites raided
    if any(map(tail.__contains__, _BAR_STEMS)) and (
            _PERMITS_AFTER.match(rest) and _REVOKED_BEFORE.search(tail[-25:]) or
            _FIRMS_AFTER.match(rest) and _BARRED_BEFORE.search(tail[-25:]) or
            measure in ("people", "suspects") and _LICENCES_OF_BEFORE.search(tail)):
        return "other", 0.8  # "revoked 312 driving licences", "blacklisted 89 companies", "revoked the firearm licences
        # of 412 gun owners"
    if "were" in rest[:40] and _FIRMS_BARRED_AFTER.match(rest):
        return "other", 0.8  # "1,600 firms were warned about misleading promotions": the same acts, told after
    if tail.endswith((" on ", " against ")) and _FIRMS_AFTER.match(rest) and PENALTIES_ON_BEFORE.search(tail):
        return "other", 0.8  # "imposed administrative penalties of 3.2 million euros on 21 firms", "issued penalties of
        # $87 million against 38 companies": firms penalised
    if noun is None:
        return None
    if measure in ("people", "suspects") and "fine" in tail and _FINED_BEFORE.search(tail[-25:]) and \
            _COURT_WORD.search(sentence):
        return "convictions", 0.85  # "A District Court judge fined 14 people": sentenced to a fine
    if measure in ("people", "suspects") and "fine" in tail and _FINED_BEFORE.search(tail[-25:]) and \
            _POLICE_WORD.search(tail):
        return "other", 0.8  # "Icelandic police fined 9,200 foreign drivers for speeding": penalty notices, as
        # summonses and tickets are (GUIDE.md: "other")
    if noun[1].lower() in _RECRUITED_PEOPLE and _RECRUITED_BEFORE.search(before[-40:]):
        return "victims", 0.8  # "accused of recruiting at least 84 young women ... forcing them into prostitution"
    return None


# A crime done a number of times: "Thieves stole cargo from trucks 5,870 times", "the gang struck 41 times" (not "10
# times more", "three times as many": a ratio)
_DONE_BEFORE = re.compile(r"\b(?:stole|robbed|attacked|struck|hijacked|carjacked|burgled|broke into|hacked|"
                          r"defrauded|scammed|cheated|assaulted|threatened|"
                          # "officers were the target of violence or threats 12,400 times"
                          r"(?:the )?targets? of (?:violence|attacks?|threats?|assaults?))\b[^,;:.]{0,60}$")
_TIMES_COMPARED = re.compile(r" times (?:more|less|fewer|higher|lower|larger|greater|bigger|as|the|over|that|than|"
                             r"what)\b")


_ON_BEFORE = re.compile(r"\bon (?:more than |about |some |nearly |over |at least )?$")
# (not a change: "defrauded amounts skyrocketing by 21 times")
_FOLD_BEFORE = re.compile(r"\b(?:by|rose|grew|jumped|increased|multiplied|surged|soared|skyrocket\w*)\s+"
                          r"(?:[\w-]+\s+){0,2}$")  # ("increasing by a staggering 21 times")


_BREACHED_BEFORE = re.compile(r"\b(?:breached|violated)\b[^,;:.]{0,60}$")


def times_done_measure(before: str, after: str) -> str | None:
    """What a figure told as a number of times counts: the times a crime was done ("Thieves stole cargo from trucks
    5,870 times", "stole cable on 2,340 occasions": cases), or the times an order or its conditions were breached
    ("breached their curfews 61,800 times": violations, an enforcement figure of its own, "other"); None otherwise."""
    counted = after.startswith(" times") and not _TIMES_COMPARED.match(after) or \
        after.startswith(" occasions") and bool(_ON_BEFORE.search(before[-25:]))
    if not counted:
        return None
    if _DONE_BEFORE.search(before) and not _FOLD_BEFORE.search(before):
        return "cases"
    if after.startswith(" times") and ("breach" in before[-70:] or "violat" in before[-70:]) and \
            _BREACHED_BEFORE.search(before):
        return "other"
    return None
