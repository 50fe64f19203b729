"""What a count of people counts: the verb around the people noun decides ("arrested 212 migrants" are arrests,
"rescued 40 workers" rescued), else the total a part belongs to ("771 detained, including 282 women"), the noun's own
default ("defendants" were prosecuted, "victims" are victims) or the lead of the sentence ("Of those arrested, ...").
Read for :func:`parsers.classify.read_locally` when the counted noun names people."""
from __future__ import annotations

import re

from parsers.acts import PENALTIES_ON_BEFORE
from parsers.changes import SentenceMemory
from parsers.nouns import DEFAULT_RES, RECEIVED_BEFORE, VERB_RE, people_measure, verb_measure, victims_killed
from parsers.places import DEMONYM_RE, PLACE_RE
from parsers.reading import GROUP_LEAD, group_told_before, inherited
from parsers.scan import lowered
from parsers.vocab import MIGRANT_NOUNS, PEOPLE_MEASURES

_I = re.IGNORECASE
# A breakdown's lead and the items listed before the figure: "The group included 124 Chinese, 57 Vietnamese and ".
_LISTED_AFTER_LEAD = re.compile(r"\b(?:includ(?:e|ed|es|ing)|compris(?:e|ed|es|ing)|among them|among those \w+)"
                                r"\s+"
                                r"(?:(?:about |some |at least )?[\d,.]+\s+[\w-]+(?:\s+[\w-]+){0,10}?,?\s+(?:and\s+)?)*$")
_SUSPECTED = re.compile(r"\b(?:suspected|alleged)\b", _I)  # between a count and its people noun
_CAUGHT_SMUGGLING = re.compile(r"\s+(?:who (?:were )?)?(?:trying|attempting|tried|attempted) to "
                               r"(?:smuggle|traffic|sneak)\b|"
                               # 'intercepted 96 "extractors", people paid to retrieve drugs from containers'
                               r"(?:[\"”]?,?\s+(?:people|men|youths|teenagers|workers))?\s+"
                               r"(?:who (?:were|are) )?paid to (?:retrieve|collect|smuggle|carry|move|deliver|unload)\b")
_THOSE_LEAD = re.compile(r"[\"“]?(?:Of|Among) those ([a-z]+),")
# The next item of a list of counts the verb before took: "arrested 212 illegal workers and 41 suspected employers"
_COUNT_LISTED_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){1,3}and\s+$")
_LOCATED_BEFORE = re.compile(r"\b(?:located|found|traced|tracked down|recovered|reunited)\s+(?:about\s+|some\s+|"
                             r"more than\s+|"
                             r"over\s+)?$", _I)
_SOLD_FAKES_TO_BEFORE = re.compile(r"\bsold\s+(?:[\w-]+\s+){0,2}?(?:fake|counterfeit|forged|bogus)\b[^.;]{0,50}\bto "
                                   r"(?:at least |more than |about |some |nearly |over )?$")
HELD_BY_SCAM_SITE = re.compile(r"\s+(?:who (?:are|were|had been|have been) )?(?:still )?(?:being )?held "
                               r"(?:at|in|inside) (?:a |an |the )?(?:[\w-]+ )?(?:scam|fraud) (?:farms?|compounds?|"
                               r"cent(?:re|er)s?|hubs?|parks?)\b")  # captives of a scam site
_FROM_THE = re.compile(r"\s+from (?:the )?")  # then "country" or the country's name
# People who told of a crime done to them: "41,200 people who reported romance scams", "who lost money to scams"
_WHO_REPORTED = re.compile(r"\s+who (?:had )?(?:reported (?:being )?(?:[\w-]+ )?(?:scams?|frauds?|scammed|defrauded)|"
                           r"lost money to|fell (?:victim|prey) to)\b")
# A body counting its own people: "The service has 182,000 members", "the unit employs 40 members", and any staff a
# subject employs: "It employs about 10,400 people"
_STAFF_BEFORE = re.compile(r"\b(?:(?:service|police|force|agency|army|unit|department|commission|bureau|directorate)\s+"
                           r"(?:has|had|have|employed|counts|numbers)\s+|(?P<employs>(?-i:employs) ))"
                           r"(?:about |some |more than |nearly |over |around |roughly )?$", re.IGNORECASE)
_HELD_POPULATION = frozenset({"inmates", "prisoners", "detainees"})
_HOLDS_BEFORE = re.compile(r"\b(?:holds|housed|houses|can hold|built to hold|designed to hold)\s+"
                           r"(?:about |some |more than |nearly |over |around |roughly )?$")
_HOLDS_STEMS = ("hold", "hous")  # one is in every _HOLDS_BEFORE match
_CAUGHT_BEFORE = re.compile(r"\b(detected|caught|stopped|intercepted)\s+(?:about |some |more than |nearly |over |around )?$")
_CAUGHT_STEMS = ("detected", "caught", "stopped", "intercepted")  # one is in every _CAUGHT_BEFORE match
_CARRYING_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:carrying|smuggling|transporting|with)\s+(?:undeclared|unreported|"
                             r"illegal|illicit|contraband|smuggled|fake|forged|false|drugs|cocaine|heroin|"
                             r"methamphetamine|cannabis|a total of)\b")
_AUDIENCE = frozenset({"users", "subscribers", "followers", "customers", "viewers"})
_COMPATRIOTS = frozenset({"citizens", "nationals", "compatriots", "workers"})
_DATA_ON_BEFORE = re.compile(r"\b(?:data|records|details|information) (?:on|of|belonging to) "
                             r"(?:about |some |nearly |more than |over )?$")
_PERSONAL_DATA_OF_BEFORE = re.compile(r"\b(?:names|addresses|numbers|passwords|identities|emails|e-mails|records|"
                                      r"details|data|cards|accounts) of (?:about |some |nearly |more than |over )?$")
_DATA_OWNERS = frozenset({"customers", "users", "clients", "patients", "subscribers", "people", "citizens", "residents",
                          "employees", "students", "voters", "members", "policyholders", "account holders"})
# Prisoners who escaped: "recaptured 64 of the 118 inmates who escaped"
_HELD_PEOPLE = frozenset({"inmates", "prisoners", "detainees", "convicts"})
_RELEASED_IN_ERROR = re.compile(r"\s+(?:were\s+)?(?:in error|by mistake|mistakenly|wrongly released)\b")  # "released
# 262 prisoners in error": a prison's error, no one caught
_ESCAPED_AFTER = re.compile(r"\s+(?:who\s+(?:had\s+)?)?(?:escaped|escapes?|broke out|break out|fled|flee)\b")
# People found shut in a vehicle or a container by smugglers: "found 213 migrants crammed inside two trailers"
_BROUGHT_VICTIMS = re.compile(r"[^.;]{0,80}?\bwho (?:had )?(?:been|were) (?:\w+ )?(?:brought|lured|trafficked|"
                             r"recruited|tricked|deceived|forced|smuggled|sold|held captive)\b")
# (not "found 200 migrants in abandoned trucks": people saved, as those found crammed are)
_LEFT_IN_DANGER = re.compile(r"\b(?:trucks?|trailers?|lorr(?:y|ies)|vans?|containers?|wagons?|boxcars?|abandoned|"
                             r"crammed|locked|"
                             r"suffocat\w*|stranded|dehydrated)\b", re.IGNORECASE)
_MIGRANTS = re.compile(MIGRANT_NOUNS)
_FOUND_BEFORE = re.compile(r"\b(?:found|finds?|discover(?:ed|s)?)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_SMUGGLED_PEOPLE = re.compile(r"migrants|people|persons|children|minors|women|men|refugees|asylum[- ]seekers|"
                              r"foreigners|(?:\w+ )?(?:nationals|citizens)")
_CRAMMED_AFTER = re.compile(r"\b(?:crammed|packed|hidden|locked|stuffed|trapped|abandoned|squeezed)\s+"
                            r"(?:in|inside|into|aboard|on|under)\b")
# ... or found in one, as a headline tells it: "find 63 migrants in freight wagon"
_IN_VEHICLE_AFTER = re.compile(r"\s+(?:in|inside|aboard)\s+(?:[\w-]+\s+){0,3}?(?:trucks?|trailers?|lorr(?:y|ies)|vans?|"
                               r"containers?|wagons?|boxcars?)\b")
# The whole a part was told of, right before its people: "convicted 24 of 27 defendants", "arrested 9 of the 12"
_PART_OF_BEFORE = re.compile(r"\d\s+of\s+(?:the\s+)?$")
_THEIR_DATA_AFTER = re.compile(r"['’]s?\s+(?:personal\s+|private\s+|bank\s+|medical\s+)?(?:data|details|records|"
                               r"information|identities)\b")
_PLAYERS = frozenset({"users", "subscribers", "followers", "customers", "viewers", "members", "players", "gamblers",
                      "bettors", "punters"})
# (what was done to the taker, told after: "A contractor who took deposits from 14 homeowners ... was sentenced")
_TAKER_MEASURES = frozenset({"suspects", "arrests", "prosecutions", "convictions"})
_TAKEN_FROM_BEFORE = re.compile(r"\b(?:tak(?:e|es|ing|en)|took|steal(?:s|ing)?|stole|stolen|swindl\w*|extort\w*|"
                                r"cheat\w*|defraud\w*|collect\w*|obtain\w*)\b[^.;]{0,70}\bfrom "
                                r"(?:about |some |more than |over |nearly |at least )?$")  # (single spaces: the gate)
_AS_VICTIMS_AFTER = re.compile(r"(?:\s+(?:and\s+)?[\w-]+){0,3}?\s+as\s+(?:(?:likely|possible|potential|probable|"
                               r"suspected)\s+)?victims\b")
LURED_AFTER = re.compile(r"\s+(?:who\s+)?(?:had\s+been|have\s+been|were|was)\s+(?:\w+\s+)?promised\s+(?:[\w-]+\s+){0,2}"
                          r"(?:jobs|work|employment)\b")
_YOUNG = frozenset({"children", "minors", "kids", "teenagers", "child labourers", "child laborers"})
_EMPLOYED_AFTER = re.compile(r"\s+(?:(?:who\s+were|were|found)\s+)?(?:employed|working|put to work)\b")
_BOOKED_BEFORE = re.compile(r"\bbooked\s+(?:about\s+|some\s+|more than\s+|nearly\s+|almost\s+|over\s+)?$")
_INTO_CUSTODY = re.compile(r"\s+into\s+(?:immigration\s+)?(?:detention|jail|custody|prison)\b")
CAUGHT = frozenset({"arrests", "prosecutions", "convictions"})
_OVERRIDE_VICTIMS = frozenset({"rescued", "deported", "deaths", "injuries"})
# People a crime was done to, by the adjective before their noun: "211,000 underpaid workers", "300 exploited migrants"
_HARMED_ADJECTIVE = re.compile(r"\s+(?:underpaid|exploited|defrauded|scammed|cheated|duped|enslaved)\s")
# The members of a gang do what its victims suffer: "a gang of 86 people cheated 2,300 victims" (suspects).
_GANG_OF = re.compile(r"\b(?:gang|ring|syndicate|network|crew|cell)s? of (?:about |some |at least |more than )?$", _I)
_SUFFERED = frozenset({"victims", "rescued"})


def _lead_names_offenders(before: str) -> bool:
    """Whether a list's lead group is offenders ("The suspects, including ..."), who are no victims."""
    lead = GROUP_LEAD.match(before)
    return bool(lead) and next((m for d, m in DEFAULT_RES if d.fullmatch(lead.group(1))), None) == "suspects"


def people_reading(sentence: str, before: str, after: str, word: str, memory: SentenceMemory,
                   start: int) -> tuple[str, float] | None:
    """(measure, strength) of a count of people named by ``word`` (the counted noun), or None for no figure."""
    rest = after[after.find(word) + len(word):] if word in after else after
    if before[-7:].lower() == "of the " and "," in rest:  # "Of the 27 suspects, 19 were arrested": the lead's own
        rest = rest[:rest.find(",")]  # words, not the verb of the part after it
    if after.startswith(" missing ") and _LOCATED_BEFORE.search(before[-25:]):
        return "rescued", 0.85  # "located 78 missing children"
    if word.lower() in _AUDIENCE and before.endswith("with "):
        return None  # "a platform with 1.8 million users": what it had, no figure of enforcement
    if before.endswith(("against ", "on ")) and PENALTIES_ON_BEFORE.search(before[-80:]):
        return "other", 0.8  # "issued fines totalling $1.4 million against 52 people": penalties, as tickets are
    if word.lower() in ("buyers", "customers", "collectors") and before.endswith(" ") and \
            _SOLD_FAKES_TO_BEFORE.search(before[-90:]):
        return "victims", 0.85  # "sold fake paintings to at least 190 buyers": those the forgeries cheated
    if before.endswith("removed ") and (away := _FROM_THE.match(rest)) and \
            (rest.startswith("country", away.end()) or PLACE_RE.match(rest, away.end())):
        return "deported", 0.9  # "removed 41,000 people from the country" (not "removed 92 children from harm")
    if _WHO_REPORTED.match(rest):
        return "victims", 0.85  # "one of 41,200 people who reported romance scams": those the crime was done to
    staff = _STAFF_BEFORE.search(before[-60:]) if before.endswith(" ") and \
        (word.lower() == "members" or "employs " in before[-30:]) else None
    if staff and (word.lower() == "members" or staff.group("employs")):
        return None  # "The service has 182,000 members": a force's staff, no suspects (GUIDE.md's "N members"); "It
        # employs about 10,400 people": a firm's
    if word.lower() in _HELD_POPULATION and any(map(before[-30:].__contains__, _HOLDS_STEMS)) and \
            _HOLDS_BEFORE.search(before[-30:]):
        return None  # "a prison which holds about 6,400 inmates": its population, no one arrested
    caught = _CAUGHT_BEFORE.search(before[-30:]) if any(map(before[-30:].__contains__, _CAUGHT_STEMS)) else None
    if caught and _CARRYING_AFTER.match(rest):  # "detected 412 travellers carrying undeclared foreign currency":
        return ("suspects" if caught.group(1) == "detected" else "arrests"), 0.8  # found with it, no arrest told;
        # "customs officers stopped 17 couriers carrying cocaine": caught (GUIDE.md: "caught" is arrests)
    decided = people_measure(before, rest)
    if before.endswith(("bodies of ", "remains of ")):  # "The bodies of 214 migrants were recovered": the dead
        decided = ("deaths", 0.85)
    if (decided is None or decided[0] in ("arrests", "suspects")) and " held " in rest[:40] and \
            HELD_BY_SCAM_SITE.match(rest):
        decided = ("victims", 0.85)  # "to free nine of its nationals held at a scam farm": captives, no one arrested
    if word.lower() in _YOUNG and (not decided or decided[0] == "suspects") and _EMPLOYED_AFTER.match(rest):
        decided = ("victims", 0.85)  # "found 4,100 children employed in violation of child labor laws": the children
        # put to work are the crime's victims (not "rescued 1,480 children working in brick kilns": rescued)
    if " as " in rest[:45] and _AS_VICTIMS_AFTER.match(rest) or "promised" in rest[:50] and LURED_AFTER.match(rest):
        decided = ("victims", 0.85)  # "identified 58 women as likely victims of trafficking", "31 of the women had been
        # promised jobs in restaurants": a crime's victims, whatever verb stands before them
    if decided and decided[0] == "prosecutions" and "booked" in before[-30:] and _BOOKED_BEFORE.search(before[-30:]) \
            and _INTO_CUSTODY.match(rest):
        decided = ("arrests", 0.9)  # "booked 310,000 people into detention": taken into custody, no charge told
    if decided and _PART_OF_BEFORE.search(before[-30:]):  # "convicted 24 of 27 defendants": the verb is the
        own = next((m for d, m in DEFAULT_RES if d.search(word)), None)  # part's; the whole are what their noun
        decided = (own, 0.8) if own else decided  # says (defendants were prosecuted, suspects suspected)
    if decided and decided[0] == "victims" and word.lower() == "members" and not rest.startswith(" of the public"):
        decided = ("suspects", decided[1])  # "took 1.2 trillion won in bets from 43,000 members": a site's
        # players, its members (GUIDE.md: "N members" are suspects), not whom it defrauded
    if decided and decided[0] == "rescued" and word.lower() == "fugitives":  # "brought back 148 fugitives from
        decided = ("deported", decided[1])  # abroad": handed over to face justice, not saved
    lead = _THOSE_LEAD.match(before) if decided and decided[1] <= 0.9 and before[:1] in "OA\"“" else None
    group = VERB_RE.fullmatch(lowered(lead.group(1))) if lead else None
    if group and group.lastgroup:  # "Of those arrested, 1,025 were Chinese, 540 Vietnamese ..., and most would be
        decided = (group.lastgroup, 0.8)  # deported": the lead's, not what is to come of them
    if before.endswith(("along with ", "together with ")) and (decided is None or decided[1] < 0.9):
        joined = verb_measure(before[-80:], nearest_last=True)  # "was arrested in October along with two
        decided = (joined[0], 0.9) if joined and joined[0] in CAUGHT else decided  # alleged accomplices"
    if word.lower() in _HELD_PEOPLE and (_ESCAPED_AFTER.match(rest) or _RELEASED_IN_ERROR.match(rest)):
        decided = ("other", 0.85)  # "64 of the 118 inmates who escaped": escapes, no one caught or charged
    if decided and decided[0] == "other" and " to " in rest[:30] and _CAUGHT_SMUGGLING.match(rest):
        decided = ("arrests", 0.85)  # "stopped 41 people trying to smuggle drugs": caught at it (not "stopped
        # 9,800 people trying to cross the border": a migration figure)
    if (decided is None or decided[0] in _TAKER_MEASURES) and "from" in before[-20:] and \
            word.lower() not in _PLAYERS and \
            _TAKEN_FROM_BEFORE.search(before[-90:]):  # (not "collected Rs 8,200 crore from about 12 lakh users", "took
        # 900 billion won in bets from 31,000 members": players, their bets)
        decided = ("victims", 0.85)  # "suspected of taking 41 million dinars from 2,300 people": the people it was
        # taken from, though a verb of suspects stands before them
    data_of = word.lower() in _DATA_OWNERS and (_PERSONAL_DATA_OF_BEFORE.search(before[-60:]) or
                                                _THEIR_DATA_AFTER.match(rest))  # ("leak of 20 million citizens' data")
    if data_of or decided is None and _DATA_ON_BEFORE.search(before[-30:]):
        decided = ("victims", 0.8)  # "stole data on 2.4 million patients", "stolen the names, phone numbers and
        # addresses of 3.4 million customers": the people it was stolen from
    if (decided is None or decided[0] == "suspects") and _FOUND_BEFORE.search(before[-30:]) and \
            _SMUGGLED_PEOPLE.fullmatch(word.lower()) and (_CRAMMED_AFTER.search(rest[:90]) or
                                                         _IN_VEHICLE_AFTER.match(rest)):
        decided = ("rescued", 0.85)  # "found 213 migrants crammed inside two trailers": people saved, no suspects
    if (decided is None or decided[0] == "suspects") and " been " in rest[:120] and _BROUGHT_VICTIMS.match(rest):
        decided = ("victims", 0.85)  # "identified 98 women, mostly from Ukraine, who had been brought to the island
        # to carry babies": people a crime was done to, though a verb of suspects stands before them
    if (decided is None or decided[0] == "suspects") and _MIGRANTS.fullmatch(word.lower()) and \
            _FOUND_BEFORE.search(before[-30:]) and not _LEFT_IN_DANGER.search(sentence):
        decided = ("other", 0.85)  # "port authorities found 96 stowaways": migrants found, migration figures
    if word.lower() in _COMPATRIOTS and (decided is None or decided[0] == "victims") and \
            RECEIVED_BEFORE.search(before[-25:]) and not rest.startswith(" from "):
        decided = ("rescued", 0.9)  # "the embassy ... to receive 512 Vietnamese citizens who had been deceived"
    part_of_total = False  # "arrested 112 people, including 31 suspected triad members": a part of the total
    if (decided is None or decided[1] < 0.95) and any(map(before.__contains__, ("includ", "compris", "among"))) \
            and not (decided and decided[1] >= 0.9 and before.endswith(", and ")):  # (not "including 1.2 million
        # pods ..., and 84 people were charged": a clause of its own after the list)
        listed = _LISTED_AFTER_LEAD.search(lowered(before[-120:]))
        total = (group_told_before(before, memory.previous_text) or
                 inherited(before, after, memory, start, demonym=True)) \
            if listed else None
        if total in _SUFFERED and _lead_names_offenders(before):
            total = None  # "The suspects, including 11 Chinese nationals, were arrested": not the victims before
        part_of_total = bool(total)
        if total and (decided is None or decided[0] != total):
            decided = (total, 0.7)  # "The group included 124 Chinese ..., who were flown home": the total's
    if (decided is None or decided[1] < 0.9 and not _COUNT_LISTED_BEFORE.search(before[-60:])) and \
            not part_of_total and _SUSPECTED.search(after, 0, max(0, after.find(word))):
        decided = ("suspects", 0.8)  # "assets belonging to 41 suspected traffickers": no verb of theirs
    if decided and decided[0] == "victims" and before[-3:] == "of " and _GANG_OF.search(before[-40:]):
        decided = ("suspects", 0.8)
    if word.lower() in ("victim", "victims") and victims_killed(after, max(0, after.find(word)),
                                                                after.find(word) + len(word)):
        decided = ("deaths", 0.85)  # "6,912 homicide victims", "victims of intentional homicide": people killed
    victim_word = word.lower() in ("victim", "victims") or bool(_HARMED_ADJECTIVE.match(after))
    if victim_word and (decided is None or decided[0] not in _OVERRIDE_VICTIMS):
        decided = ("victims", 0.85)  # "310 victims of trafficking were found", "for 211,000 underpaid workers":
        # still victims (but "recovered seven victims" in a sting: rescued, as police say of them)
        decided = ("rescued", 0.85) if before.endswith(("recovered ", "recovering ")) else decided
    if decided is None:
        total = inherited(before, after, memory, start, demonym=bool(DEMONYM_RE.match(word)))
        total = total if total in PEOPLE_MEASURES and not after.startswith("-member") else None  # "Of the 27
        # suspects" after what was seized (a "40-member offshoot" is a group's size: its members)
        default = next((m for d, m in DEFAULT_RES if d.search(word)), None)
        decided = (total, 0.7) if total else (default, 0.7) if default else None
    return decided
