"""Counted nouns and the verbs that decide what a count of people measures.

"charging 39 suspects" is prosecutions, "involving 8,200 suspects" suspects, "35 were killed"
deaths; "40,000 cases" counts cases whatever the verb.  Pure functions over the words
before and after a number.
"""
from __future__ import annotations

import re

from parsers.places import DEMONYM_RE, PLACE_RE
from parsers.scan import StemScanner, lowered, top_level_alternatives
from parsers.vocab import (NOUN_DEFAULTS, NOUN_MEASURES, NUMBER_WORDS, PEOPLE_NOUNS, PEOPLE_VERBS, SEIZURE_NOUNS,
                           SEIZURE_VERBS, TO_PROSECUTORS, UNCOUNTED_NOUNS)

_I = re.IGNORECASE
# The noun after a number, in the order the kinds are tried: people, the measures' nouns, seized
# goods, then nouns GUIDE.md does not count; the kind is the name of the group that matched.
_COUNTED_RE = re.compile("(?:" + "|".join([f"(?P<people>{PEOPLE_NOUNS})"] + [f"(?P<{m}>{p})" for p, m in NOUN_MEASURES] +
                                           [f"(?P<seizures>{SEIZURE_NOUNS})", f"(?P<uncounted>{UNCOUNTED_NOUNS})"]) + r")\b")
# Any counted noun, for finding the noun a change is about.  A noun's leading modifier group
# ("bank " accounts) is left out: the noun alone decides the same measure, and every
# alternative then starts with a literal the scanner can look for.
_ANY_NOUN_TERMS = [re.sub(r"^(?:\(\?:[^()]*\)\?)", "", alternative)
                   for pattern in [p for p, _ in NOUN_MEASURES] + ["losses|amount|sums?|money|damage",
                                                                  "seizures|hauls?", PEOPLE_NOUNS]
                   for alternative in top_level_alternatives(pattern)]
ANY_NOUN_RE = re.compile(rf"\b(?:{'|'.join(_ANY_NOUN_TERMS)})\b")  # on lower-cased text
ANY_NOUN_SCAN = StemScanner.for_terms(ANY_NOUN_RE, _ANY_NOUN_TERMS, guard=r"\b")  # on lower-cased text
# The people verbs as one alternation; the measure is the name of the group that matched.
VERB_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{m}>{p})" for p, m in PEOPLE_VERBS) + r")\b")  # on lower-cased text
_VERB_SCAN = StemScanner.for_terms(VERB_RE, [p for p, _ in PEOPLE_VERBS], guard=r"\b")
DEFAULT_RES = tuple((re.compile(rf"(?:{p})$", _I), m) for p, m in NOUN_DEFAULTS)
SEIZURE_VERB_RE = re.compile(rf"\b(?:{SEIZURE_VERBS})\b", _I)
_WORD_RE = re.compile(r"[\w'’-]+|[,;:()—–]")
_RAN_VERBS = frozenset({"ran", "operated", "controlled", "managed", "committed", "organised", "organized"})
_ORGANISED_GROUP = re.compile(r"\s+(?:crime\s+|criminal\s+)?(?:groups|gangs|networks|syndicates|rings|cells)\b")
_WORDS_READ = 7  # a counted noun stands within the first words after its number
# A word that may stand between a number and its noun: a lower-case word, a capitalised one or an acronym, each maybe
# the first part of a compound ("85 SIM-box devices", "12 Wi-Fi routers").
_ADJECTIVE = re.compile(r"(?:[a-z]|[A-Z][a-z]|[A-Z]{2,5}(?![a-z])|\d[A-Za-z])[\w'’-]*")  # (and "3D-printed", "5G")
# Words that end the search for a counted noun; the determiners of time phrases among them ("1,640 last
# year", "280,000 each year") keep "year" from being read as what the figure counts.
_STOP_WORDS = frozenset("of in at on to from for by with was were is are has have had that which who than as "
                        "per a an the this these those it its their they he she we last each every next over under "
                        "after during amid since into across among between within against through".split())
_RELATIVE_WORDS = frozenset(("where", "when", "whose", "whom"))  # ('19 "ghettos" where it was sold': no modifier)
# The patterns of counted nouns run on the lower-cased words (same positions), which is faster than IGNORECASE.
# A noun that can describe the noun after it: "fraud suspects", "mule account holders".
_MODIFIER_NOUN = re.compile(r"(?:frauds?|scams?|crimes?|complaints?|reports?|cases?|(?:\w+ )?accounts?|arrest|"
                            r"(?:scam |call )cent(?:re|er)s?|gangs?|syndicates?|cartels?|compounds?|networks?|rings?)")
# A second modifier joined to the first before their noun: "investment scam and phishing websites"
_COORDINATED_MODIFIER = re.compile(r"\s+(?:and|or)(\s+[\w-]+\s+[\w-]+s)\b")
# A noun named by what it is for, after a nationality: "14 Chinese fishing boats", "Thai gambling machines"
_MADE_FOR_NOUN = re.compile(r"\s+(?:fishing|mining|gambling|dredging|printing|slot|cargo|shipping|drilling)\s+[a-z]")
_NEXT_NOUN = re.compile(rf"\s+(?!(?:of|in|at|on|to|for|from|by|with|during|after)\s)"  # (not "engines in operations")
                        rf"(?:(?!(?:of|in|at|on|to|for|from|by|with|against|about|over|among|involving|and|or|the|a|"
                        # ("the cases its customers reported": a clause after the noun, no noun it describes)
                        rf"an|its|their|his|her|our|this|these|those)\b"
                        rf"|\w+(?:ed|ing)\b"  # "cases involved victims": a verb between, no modifier
                        # (nor an irregular one: "Kenyans lost money")
                        rf"|(?:lost|paid|made|took|gave|sent|stole|spent|sold|fled|found|kept|held|won|were|was|had|"
                        rf"has|have|are|is)\b)"
                        rf"[\w'-]+\s+)?(?:{PEOPLE_NOUNS}|"
                        rf"{'|'.join(p for p, _ in NOUN_MEASURES)}|{SEIZURE_NOUNS}|losses|proceeds|money|"
                        # "1,500 fraud investigators", "68 new fraud typologies": uncounted
                        r"investigators|officers|officials|agents|staff|typologies)\b")
_UNCOUNTED_AFTER = re.compile(r"\s+(?:" + _COUNTED_RE.pattern + ")")  # the counted noun right after a demonym
_KINDS_OF = re.compile(r"\s+(?:types?|categories|kinds)\b")
# Cases that hold goods: "cases of smuggled cigarettes", "master cases of beer" (on lower-cased text)
_CASES_OF_GOODS = re.compile(r"\s+of\s+(?:(?:smuggled|contraband|illegal|illicit|counterfeit|fake|untaxed|bootleg|"
                             r"imported|foreign|expired|spurious)\s+)*(?:cigarettes|cigars|beer|wine|whisk(?:e)?y|"
                             r"liquor|alcohol|spirits|vodka|gin|rum|champagne|beverages|soft drinks|energy drinks|"
                             r"bottled water|water|infant formula|milk|cooking oil|eggs|goods|products|medicines?|"
                             r"cough syrup|codeine syrup|ammunition|grenades|fireworks)\b"
                             # (not "cases of fake goods sales": crimes about the goods)
                             r"(?!\s+(?:sales?|selling|trade|trading|smuggling|offen[cs]es|crimes?|violations?|"
                             r"fraud)\b)")
KILLED = re.compile(r"\b(?:homicide|murder|killing|femicide)\b", re.IGNORECASE)  # before "victims": people killed
_KILLED_AFTER = re.compile(r"\s+of\s+(?:(?:intentional|deliberate|violent|gun|knife)\s+)?(?:homicides?|murders?|"
                           r"killings?)\b", re.IGNORECASE)  # after "victims": "victims of intentional homicide"


def victims_killed(text: str, start: int, end: int, reach: int | None = None) -> bool:
    """Whether the victims noun at ``text[start:end]`` counts people killed: "homicide victims" (a killing named up to
    ``reach`` characters before it, or anywhere before), "victims of intentional homicide"."""
    before = 0 if reach is None else max(0, start - reach)
    return bool(KILLED.search(text, before, start) or _KILLED_AFTER.match(text, end))
_FLED_ACROSS = re.compile(r"\bfled (?:(?:across|over) the border|into)\b")
_HARMED_AFTER = re.compile(r"\bwith (?:gunshot|stab|knife|bullet|head|multiple|serious|severe|critical) "
                           r"(?:wounds|injuries)|"
                           r"\b(?P<dead>dead|lifeless|unresponsive)\b")  # people found harmed
# (not "1.2 million"; ", and 14 fans were arrested": another figure's clause)
_CLAUSE_END = re.compile(r"[;:]|\.(?!\d)|\b(?:while|but|whereas)\b|,\s+and\s+(?=\d)")
_AUX_VERB_RE = re.compile(r"\b(?:were|was|are|is|have been|has been|had been|been|being|be|got|would|will)\s+"
                          r"(?:\w+ly\s+|also\s+|all\s+|then\s+|later\s+|now\s+)?")  # on lower-cased text


# Verbs of no measure whose object is no noun the figure counts: "312 faced charges", "40 pleaded guilty"
_PLAIN_VERBS = frozenset({"faced", "received", "admitted", "denied", "refused", "pleaded"})


_CLAUSE_AFTER_VERB = re.compile(r"\s*(?:[,.;:)]|$|\s(?:when|after|as|while|during|by|and|in|at|on)\s)")


# A quoted name of a kind before the noun it describes: ' attempted "fake police officer" phone scams'
_QUOTED_MODIFIER = re.compile(r'\s+(?:[\w-]+\s+){0,2}?(["“][^"”\n]{1,40}["”])\s+([A-Za-z]+)')


# A quoted term told with its gloss in a dash aside or in brackets: '"portonazos" — violent thefts of cars'
_QUOTED_TERM_DEFINED = re.compile(r'\s["“][\w\' -]{2,30}["”],?\s*(?:—|–|--|\(|, or )\s*([^—–()]{3,80})')


def counted_noun(after: str) -> tuple[str, str] | None:
    """The counted noun after a number: ("people", "suspects"), ("cases", "cases"), ("uncounted", ...)."""
    if after.startswith("-member "):  # "a 1,200-member gambling ring": its members (a panel's are no figure)
        return "people", "members"
    if ('"' in after[:60] or "“" in after[:60]) and (quoted := _QUOTED_MODIFIER.match(after)) and \
            quoted.group(2).lower() not in _STOP_WORDS and quoted.group(2).lower() not in _RELATIVE_WORDS and \
            not quoted.group(2).lower().endswith("ed"):
        # 'recorded 4,270 attempted "fake police officer" phone scams': the quoted words name a kind of the noun after
        after = after[:quoted.start(1)] + " " * len(quoted.group(1)) + after[quoted.end(1):]
    if after[1:2] in ('"', "“") and (named := _QUOTED_TERM_DEFINED.match(after)):
        # 'recorded 1,874 "portonazos" — violent thefts of cars at the gates of homes —': a term of the place's own,
        # its gloss counted
        after = " " + named.group(1)
    lower = lowered(after)
    commas = 0
    verb_skipped = False
    for read, word_match in enumerate(_WORD_RE.finditer(lower, 0, 200)):
        if read == _WORDS_READ:
            return None
        pos, word = word_match.start(), word_match.group(0)
        if word[0] in "'’" and len(word) > 1:  # "48 'money couriers'": the quoted words
            pos, word = pos + 1, word[1:]
        if word == ",":
            commas += 1
            if commas > 1 or read == 0:  # "detained 771, officials said": the clause ends with the figure
                return None
            continue
        if found := _COUNTED_RE.match(lower, pos):
            if found.end() < word_match.end() and lower[found.end()] == "-":
                continue  # the first part of a compound: "scam-centre workers", "gang-related cases"
            kind, noun = found.lastgroup or "", after[pos:found.end()]
            if kind == "people":
                return None if found.group(0) in ("of them", "of whom") else ("people", noun)
            if verb_skipped and (kind == "uncounted" or lower.lstrip().startswith("involved ")):
                return None  # "690 involved government departments", "5,120 involved phone calls": the verb is the
                # figure's, its object no noun the figure counts (but "34 suspected scam bosses": an adjective)
            if kind in ("uncounted", "seizures", "accounts") and _NEXT_NOUN.match(lower, found.end()):
                continue  # "3,340 labour law violators", "65% of phone fraud victims": a word that only describes the
                # noun after it
            if kind in ("seizures", "uncounted"):
                return kind, noun
            if _KINDS_OF.match(lower, found.end()):
                return "uncounted", noun
            if kind == "cases" and _CASES_OF_GOODS.match(lower, found.end()):
                return "seizures", noun  # "12,000 cases of smuggled cigarettes": boxes of goods, no crimes
            if _MODIFIER_NOUN.fullmatch(found.group(0)) and _NEXT_NOUN.match(lower, found.end()):
                continue  # "telecom fraud suspects": fraud describes the suspects
            if _MODIFIER_NOUN.fullmatch(found.group(0)) and not found.group(0).endswith("s") and \
                    (pair := _COORDINATED_MODIFIER.match(lower, found.end())):
                return counted_noun(after[pair.start(1):])  # "1,210 investment scam and phishing websites": the
                # noun both describe
            return kind, noun
        if (found := DEMONYM_RE.match(after, pos)) and after[found.end():found.end() + 1] != "-":  # (not
            # "two Chinese-flagged fishing vessels": a compound adjective)
            if _NEXT_NOUN.match(lower, found.end()) or _MADE_FOR_NOUN.match(lower, found.end()):
                continue  # "two Mexican cartels", "14 Chinese fishing boats": a nationality used as an adjective
            if (uncounted := _UNCOUNTED_AFTER.match(lower, found.end())) and uncounted.lastgroup == "uncounted":
                return "uncounted", after[pos:uncounted.end()]  # "six European countries", "two Thai banks"
            return "people", found.group(0)
        if word in _STOP_WORDS or not _ADJECTIVE.fullmatch(after, pos, word_match.end()) or \
                read == 0 and word in _RAN_VERBS and not _ORGANISED_GROUP.match(lower, word_match.end()):  # "37 ran
            # online investment scams": the verb's object (not "17 organised groups": an adjective)
            return None
        verb_skipped = verb_skipped or (read == 0 and word.endswith("ed") and (bool(VERB_RE.fullmatch(word)) or
                                                                            word in _PLAIN_VERBS))
        if read == 0 and verb_skipped and _CLAUSE_AFTER_VERB.match(lower, word_match.end()):
            return None  # "five wounded when gunmen opened fire": the verb's people, no noun of theirs after it
    return None


def people_verb_may_occur(text: str) -> bool:
    """Whether ``text`` may hold a verb that says what was done to people ("were released", "arrested")."""
    return _VERB_SCAN.may_occur(lowered(text))


def verb_measure(text: str, nearest_last: bool) -> tuple[str, int] | None:
    """The people verb in ``text`` nearest to the number, with its distance in characters."""
    best: tuple[str, int] | None = None
    lower = lowered(text)
    if not _VERB_SCAN.may_occur(lower):  # most windows hold no people verb
        return None
    for match in _VERB_SCAN.finditer(lower):
        distance = len(text) - match.end() if nearest_last else match.start()
        if best is None or distance < best[1]:
            best = (match.lastgroup or "", distance)
    return best


NEAR_VERB = 14  # characters between a verb and the figure after it ("arrested some 300") for the verb to decide
_MAIN_VERB_REACH = 160  # characters of the clause after a number read for its main verb


def _main_verb_after(after: str) -> str | None:
    """The measure of a passive main verb after the number: "... were rescued", "are under probe"."""
    end = _CLAUSE_END.search(after, 0, _MAIN_VERB_REACH + 8)  # "whereas" ending past the reach still counts
    window = lowered(after[:end.start() if end and end.start() < _MAIN_VERB_REACH else _MAIN_VERB_REACH])
    found: list[tuple[int, str]] = []
    for aux in _AUX_VERB_RE.finditer(window):
        if window.endswith(("avoid ", "from "), 0, aux.start()):
            continue  # "helped 2.3 million people avoid being defrauded", "kept from being cheated": no victims
        if verb := VERB_RE.match(window, aux.end()):
            if not window.startswith((" who ", " which ")):
                return verb.lastgroup
            found.append((aux.start(), verb.lastgroup or ""))
    # "41 Filipinos who had been trafficked to a scam hub in Myawaddy, Myanmar, were repatriated": past the relative
    # clause and its comma, the main verb is the figure's
    past_clause = [measure for pos, measure in found[1:] if "," in window[found[0][0]:pos]]
    return past_clause[0] if past_clause else found[0][1] if found else None


# People moved across a border or into a country (on original case)
_MOVED_BEFORE = re.compile(r"\b(?:brought|bringing|moved|moving|ferried|ferrying|transported|transporting|sneaked|"
                           r"sneaking|helped|helping)\s+(?:at least\s+|more than\s+|some\s+|about\s+|nearly\s+|"
                           r"over\s+|an estimated\s+)?$", re.IGNORECASE)
_MOVED_ACROSS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:to\s+)?cross(?:ed)?\s+(?:to|into|the)\b|"  # "helped 1,200
                                 # migrants cross to Spain's Canary Islands"
                                 r"\s+(?:[\w-]+\s+){0,3}?(?:into|across|over|through)\s+(?:the\s+)?"
                                 r"(?:[A-Z][\w-]+\s+)?(?:country|border|"
                                 r"borders|frontier|sea|channel|river|desert|strait)\b")
# People a trafficker's act was done to, told in a relative clause right after them
_DONE_TO_THEM = re.compile(r"(?:\s+and\s+[a-z]+)?\s+who\s+(?:were|had been|have been)\s+(?:trafficked|sold|lured|"
                           r"abducted|kidnapped|exploited|forced|tricked|duped|smuggled)\b")
# A participle right after the noun, then the main verb: "The seven men arrested that night have since been handed
# over" (GUIDE.md: of two verbs, the first decides)
_PARTICIPLE_THEN_VERB = re.compile(r" [a-z]+ed(?: [\w'-]+){0,4}?(?:, [^,;.]{1,30},)? (?:have|has|had|were|was|are|is)"
                                   r"(?: since| later| now)? (?:been )?[a-z]+ed\b")
_BY_AGENT_AFTER = re.compile(r" [a-z]+ed(?: over| back| home)? (?:by|to|for)\b")  # "handed over by", "deported to",
# "one of 1,912 people prosecuted for money mule offences"
_COPULAS = ("are", "were", "was", "is", "include", "included", "includes")
_COPULA_BEFORE = re.compile(r"\b(\w+)\s+(?:\w+\s+){0,3}?(?:" + "|".join(_COPULAS) + r")\s+(?:the\s+)?$")
# Written as alternatives that each open with a literal character, so the engine skips to those characters.
_CLAUSE_BEFORE = re.compile(r";|:|\.|,\s+(?:and|but|while|which|who)\b")
_CLAUSE_AFTER = re.compile(r"[;:.(]|,\s|\b(?:who|which|that)\b|"
                           r"\band (?=[a-z]+ed (?:about |some |more than |nearly |over )?\d)")  # "and rescued 2,890"
_NOUN_FORMS = frozenset({"arrests", "charges", "convictions", "detentions", "seizures", "deportations"})
_TWO_VERBS = re.compile(r"\b(\w+)\s+(?:and|or)\s+(\w+(?: over)?)\s+(?:\w+\s+)?$")


def _ends_with_copula(text: str) -> bool:
    """Whether ``text`` ends with "are", "were", "include" ... (after an optional "the")."""
    words = text.split()
    if words and words[-1] == "the":
        words.pop()
    return bool(words) and words[-1] in _COPULAS


def measure_told_before(noun: str, previous: str) -> str | None:
    """What the sentence before counted a group of people named again: "freed 54 migrants ..." then "The migrants,
    including 17 minors, ...", "convicting 9,460 defendants" then "Among the defendants, 63.2 percent ..." (not the
    measure the noun alone would say)."""
    noun = noun.strip().lower()
    if not previous or " " in noun or noun not in previous.lower():
        return None
    told = re.search(rf"\d[\d,.]*\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b", previous, re.IGNORECASE)
    decided = people_measure(previous[:told.start()], previous[told.end():]) if told else None
    return decided[0] if decided else None


_JAILING_VERB_BEFORE = re.compile(r"\b(?:sent|send|sends|sending|put|puts|putting)\s+(?:about\s+|some\s+|more than\s+|"
                                  r"over\s+|nearly\s+|at least\s+)?$", re.IGNORECASE)
_TO_PRISON_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:to (?:prison|jail)|behind bars)\b")


def people_measure(before: str, after: str) -> tuple[str, float] | None:
    """Measure of a people count from its verbs: "charging 39 suspects", "35 were killed"; victims who "would be
    repatriated" are counted as the return they await (GUIDE.md: forward-looking figures as stated)."""
    found = _people_measure(before, after)
    if found and found[0] == "suspects" and "fled" in after[:80] and _FLED_ACROSS.search(after, 0, 120) and \
            "raid" in lowered(before + after):  # "1,200 people fled across the border into Thailand after troops
        return "rescued", found[1]               # raided the scam hub": escaped from the raided site, not suspects
    if found and found[0] == "victims" and " victims of" in after[:40]:
        rest = _CLAUSE_END.split(after[:_MAIN_VERB_REACH], maxsplit=1)[0]
        if any(verb.lastgroup == "rescued" for verb in _VERB_SCAN.finditer(lowered(rest))):
            return "rescued", found[1]
    return found


def _people_measure(before: str, after: str) -> tuple[str, float] | None:
    tail = before[-60:]
    if " who " in after[:30] and _DONE_TO_THEM.match(after) and \
            (verb_measure(tail[-30:], nearest_last=True) or ("",))[0] == "suspects":
        return "victims", 0.9  # "identified 412 women and girls who were trafficked to China": what was done to them
        # (not "rescued 41 Filipinos who were trafficked", nor "41 Filipinos who had been trafficked ... were
        # repatriated": the verb that counts them)
    if tail.endswith("one of ") and (own := verb_measure(after[:25], nearest_last=False)) and own[1] <= 1:
        return own[0], 0.9  # "sentenced to 9 months' jail, one of 1,912 people prosecuted for ...": the set's verb
    if tail.endswith("found ") and (harmed := _HARMED_AFTER.search(after, 0, 80)):  # "found two men, aged 22 and 27,
        return ("deaths" if harmed.group("dead") else "injuries"), 0.85          # with gunshot wounds"
    if SOUGHT_GATE in tail and SOUGHT_BEFORE.search(tail):  # "are searching for 8 others": not caught yet
        return "suspects", 0.9
    if _CAPTIVE_AFTER.match(after) and _HOLD_BEFORE.search(tail):  # "held 40 workers captive": victims, not arrests
        return "victims", 0.9
    if after.startswith(" from ") and RECEIVED_BEFORE.search(tail[-20:]):  # "received 27,400 suspects from Myanmar,
        return "deported", 0.9                                               # Cambodia and the Philippines": handed over
    if TAKEN_FROM_GATE in tail[-25:].lower() and _TAKEN_FROM.search(before[-110:]):
        return "victims", 0.9  # "stealing $48 million from 6,000 older Americans": those it was taken from
    if _MOVED_BEFORE.search(tail) and _MOVED_ACROSS_AFTER.match(after):
        return "victims", 0.85  # "brought at least 6,200 people into the country", "ferried 300 migrants across the
        # sea": the people smugglers moved (as "smuggled" people are)
    if _REFERRED_BEFORE.search(tail) and _WHO_THEN_TO_PROSECUTORS.match(after):
        return "prosecutions", 0.85  # "referred 5,310 people who sold or lent their accounts to prosecutors": the
        # referral's, past the clause that says who they were
    if _TO_PRISON_AFTER.match(after) and _JAILING_VERB_BEFORE.search(tail[-30:]):
        return "convictions", 0.9  # "helped put more than 600 people behind bars", "sent 41 people to prison"
    split_verb = SPLIT_VERB_BEFORE.search(tail)
    back = split_verb and _BACK_AFTER.match(after)
    verb, particle = (split_verb.group(1).lower(), back.group(1).lower()) if split_verb and back else ("", "")
    if particle and verb.startswith("hand") == (particle in ("over", "to")):  # not "brought 40 over", "handed 40 back"
        # "sent 260 people back to Thailand", "handed 140 over to China", "hands 2,120 suspects to China" are
        # deported, "flew 600 citizens home" rescued
        return ("deported" if particle in ("over", "to") or verb == "sent" and particle == "back" else "rescued"), 0.9
    if split_verb and split_verb.group(1).lower() in ("sent", "hand", "hands", "handed", "handing") and \
            (abroad := _TO_A_COUNTRY.match(after)) and PLACE_RE.match(after, abroad.end()):
        return "deported", 0.9  # "sent 26 imprisoned members of drug cartels to the United States"
    copula = _ends_with_copula(tail) and _COPULA_BEFORE.search(tail)
    if copula:
        named = next((m for d, m in DEFAULT_RES if d.fullmatch(copula.group(1))), None)
        if named:  # "the complainants in this matter are three ..."
            return named, 0.85
    clause_before = _CLAUSE_BEFORE.split(before[-100:])[-1][-70:]  # the last 70 characters of its clause
    if not clause_before.strip() and LABEL.search(before):  # a list's label: "Arrested: 512 men and 98 women"
        clause_before = before.rstrip()[:-1]
    clause_after = _CLAUSE_AFTER.split(after[:90], maxsplit=1)[0][:70]
    near_before = verb_measure(clause_before[-30:], nearest_last=True)
    two_verbs = (" and " in clause_before or " or " in clause_before) and _TWO_VERBS.search(clause_before)
    if two_verbs and near_before and near_before[1] <= NEAR_VERB:
        first = verb_measure(two_verbs.group(1), nearest_last=True) if two_verbs.group(1) not in _NOUN_FORMS else None
        if first:  # "arrested and deported 462": the first verb decides (not "made 27,000 arrests and charged 41,000")
            return first[0], 0.95
    if near_before and near_before[1] <= NEAR_VERB:
        aside = _ASIDE_FIRST.match(after)  # its own verb past an aside: "9 people, including two officers, were ..."
        own = verb_measure(_AUX_VERB_RE.sub("", after[aside.end():aside.end() + 40].lower(), 1) if aside else
                           clause_after[:30], nearest_last=False) \
            if _COUNT_BEFORE_VERB.search(clause_before) else None
        if own and own[1] > 1 and _ADVERB_FIRST.match(clause_after):
            own = (own[0], 1)  # "... and two others seriously injured": the adverb of its own verb
        if own and own[1] <= 1 and own[0] != near_before[0]:  # "1,800 were arrested and 2,000 people safeguarded"
            return own[0], 0.9  # the verb before is the earlier count's; this one's follows its noun
        return near_before[0], 0.95
    right_after = verb_measure(clause_after[:30], nearest_last=False) if _BY_AGENT_AFTER.match(clause_after) or \
        _PARTICIPLE_THEN_VERB.match(after) else None
    if _PLEADED_AFTER.match(after):  # "140 people pleaded guilty and 12 were acquitted": their own active verb
        return "convictions", 0.9
    main_after = _main_verb_after(after)
    if not main_after and after.startswith(" who ") and (own := verb_measure(after[5:40], nearest_last=False)) and \
            own[1] <= 1:  # "the 36,200 people who lodged reports": the relative clause's own verb
        return own[0], 0.85
    if right_after and right_after[1] <= 1:  # "312 citizens handed over by Cambodia ... after they were found":
        if right_after[0] == "suspects" and main_after and main_after != "suspects":  # "37 people linked to the
            return main_after, 0.9  # compound have been charged": a modifier that only says who, then the main verb
        return right_after[0], 0.9           # the passive participle right after the noun is the figure's verb
    if main_after:
        return main_after, 0.9
    # its own verb past an aside: "1,500 people, including 500 Indians, fled across the border"
    aside = _ASIDE_FIRST.match(after)
    own = verb_measure(after[aside.end():aside.end() + 40].lower(), nearest_last=False) if aside else None
    if own and own[1] <= 1:
        return own[0], 0.85
    if aside and not clause_after.strip():  # "31 foreigners, from Thailand, India and Malaysia, remain in custody":
        clause_after = _CLAUSE_AFTER.split(after[aside.end():aside.end() + 90], maxsplit=1)[0][:70]  # the clause
        # past the aside
    verb_after = verb_measure(clause_after, nearest_last=False)
    if verb_after:
        return verb_after[0], 0.85
    if near_before:
        return near_before[0], 0.8
    far_before = verb_measure(clause_before, nearest_last=True)
    if far_before:
        return far_before[0], 0.7
    if "filed" in before and _FILED_AGAINST.search(before[-200:]):  # "filed an extortion complaint with the
        return "prosecutions", 0.7                                    # prosecutor's office against 12 foreigners"
    return None


_PLEADED_AFTER = re.compile(r"\s+(?:have |had |has )?(?:pleaded|pled) guilty\b")
_ADVERB_FIRST = re.compile(r"\s+\w+ly\s+\w+ed\b")
_ASIDE_FIRST = re.compile(r"^\s*,\s*(?:(?:including|among them|mostly|most of them|many of them)\b[^,;.]{0,60}|"
                          # the same people told another way: "2.1 million Australians, or 10.3% of people aged 15
                          # and over, experienced card fraud"
                          r"or (?:[^,;.]|\.(?=\d)){1,70}|"
                          r"aged (?:\d+(?:,? and |, | to |-))*\d+|"  # "..., aged 31, 36 and 44, received"
                          # "31 foreigners, from Thailand, India and Malaysia, remain in custody"
                          r"(?:mostly |mainly )?from (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*"
                          r"(?:(?:,\s*|,? and )(?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)*),")
# A count, then its passive verb, then "and" right before the next figure: "1,800 people were arrested and ".
_COUNT_BEFORE_VERB = re.compile(r"(?:\d[\d,.]*|\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"))\s+"
                                r"(?:[\w-]+\s+){0,3}?(?:were|was|have been|had been)\s+\w+\s+and\s+$|"
                                # "..., were hacked to death and two others seriously injured"
                                r"\b(?:were|was|have been|had been)\s+\w+ to death\s+and\s+$", re.IGNORECASE)
# A list's label right before a figure: "Arrested: 512", "- Bank accounts frozen: 6,745" (group 1: the label).
LABEL = re.compile(r"(?:^|\n|[•·▪*-]\s*|(?:^|\n)\d{1,2}[.)]\s+)([\w ]{2,60})(?::|\s+[—–])\s*$")  # (or "2. Firearms
# recovered — 41", a numbered line with a dash)
# A verb written around its object: "sent 260 people back", "brought 40 workers home", "hand 140 over to China".
SPLIT_VERBS = ("sent", "brought", "flew", "flown", "ferried", "hand")  # (every SPLIT_VERB_BEFORE holds one)
SPLIT_VERB_BEFORE = re.compile(r"\b(sent|brought|flew|flown|ferried|hand|hands|handed|handing)\s+(?:(?:some|about|over|"
                               r"more than|nearly|at least|another|a further)\s+)?$", re.IGNORECASE)
# People referred to prosecutors, a clause on who they were between: "referred 5,310 people who sold ... to prosecutors"
_REFERRED_BEFORE = re.compile(r"\b(?:referred|sent|forwarded|transferred)\s+(?:(?:some|about|over|more than|nearly|"
                              r"at least|another|a further)\s+)?$", re.IGNORECASE)
_WHO_THEN_TO_PROSECUTORS = re.compile(rf"\s+who\s+[^,;.]{{1,60}}?\s+{TO_PROSECUTORS}", re.IGNORECASE)
_CAPTIVE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:captive|hostage)\b")
_HOLD_BEFORE = re.compile(r"\b(?:held|holds?|holding|kept|keeps?|keeping)\s+(?:(?:some|about|more than|nearly|at least|"
                          r"over|up to|as many as)\s+)?$", re.IGNORECASE)
RECEIVED_BEFORE = re.compile(r"\breceiv(?:e|ed|es|ing)\s+(?:more than\s+|over\s+|about\s+|some\s+)?$", re.IGNORECASE)
TAKEN_FROM_GATE = "from"  # in the last 25 characters of every _TAKEN_FROM match
_TAKEN_FROM = re.compile(r"(?:\b(?:steal\w*|stole|stolen|swindl\w*|extort\w*|bilk\w*|fleec\w*|siphon\w*|cheat\w*|"
                         r"defraud\w*|scamm\w*|conned)\b(?:[^.;]|\.\d){0,70}|"
                         # "a Ponzi scheme that took (raised) $340 million from 19,000 investors": a sum taken
                         # "transferred P48 million from the accounts of 112 clients": their money
                         r"\b(?:took|taken|raised|obtained|amassed|transferred|drained)\b[^.;]{0,20}?"
                         r"(?:[$€£¥₹]|\d)(?:[^.;]|\.\d){0,50})"
                         r"\bfrom\s+(?:the\s+(?:bank\s+)?accounts\s+of\s+)?"
                         r"(?:about\s+|some\s+|more than\s+|over\s+|nearly\s+|at least\s+|almost\s+)?$",
                         re.IGNORECASE)
SOUGHT_GATE = "for"  # in every match of SOUGHT_BEFORE
SOUGHT_BEFORE = re.compile(r"\b(?:searching|hunting|looking|search|hunt|manhunt)(?: is| was)?"
                           r"(?: on| under way| underway)? "
                           r"for (?:another |a further |some )?$")  # "a search is on for four others"
_BACK_AFTER = re.compile(r"\s+(back|home|over|to(?= (?:China|Chinese|Thai|Thailand|its|their|the)\b))\b", re.IGNORECASE)
_TO_A_COUNTRY = re.compile(r"(?:\s+of\s+[\w -]{1,40}?)?\s+to\s+(?:the\s+)?")  # then the country's name
_FILED_AGAINST = re.compile(r"(?:\bfiled\b[^.;]{0,60}?\b(?:case|cases|complaints?|charges?|raps|lawsuits?)\b"
                            r"[^.;]{0,80}?|"
                            # "Charges were laid against 214 travellers"
                            r"\bcharges\s+(?:were|have been|had been)\s+(?:laid|filed|brought|pressed)\s+)"
                            r"\bagainst\s+(?:(?:some|about|at least|over|more than|the)\s+)?$", re.IGNORECASE)


def measure_of_noun_phrase(text: str) -> str | None:
    """The measure named by a noun phrase such as "fugitives captured" or "scam cases"."""
    noun = counted_noun(" " + text)
    if noun is None or noun[0] == "uncounted":
        return None
    if noun[0] != "people":
        return noun[0]
    at = text.lower().find(noun[1].lower())
    if noun[1].lower() in ("victim", "victims") and victims_killed(text, max(0, at), at + len(noun[1])):
        return "deaths"  # "homicide victims": people killed
    if text.endswith("missing ", 0, max(0, at)):  # "the most missing people, with 15,800": the missing, victims
        return "victims"
    rest = text[at + len(noun[1]):][:60]  # (its relative clause's: "people who reported a fraud said they lost money")
    verb = verb_measure(rest, nearest_last=False)
    if verb and not (verb[0] == "suspects" and noun[1].lower().startswith("victim")):  # ("victims identified")
        return verb[0]
    if _ON_A_LIST.match(rest):  # "people on the National Gang List": its members, suspects (GUIDE.md: "N members")
        return "suspects"
    return next((m for d, m in DEFAULT_RES if d.search(noun[1])), None)


_ON_A_LIST = re.compile(r"\s+on (?:the |a |[A-Z][\w' -]{0,40}?'s )?(?:[\w' -]{0,40}?)"
                        r"(?:list|register|registry|watchlist|database)\b", re.IGNORECASE)


