"""What a percentage, a share or a figure with no noun of its own is about: "cases surged 26.7 per cent" changes
cases; "49,000 cases ..., marking a 5.8 per cent decrease" changes the sentence's first figure; "80 per cent of the
victims" is a share of victims; "the detection rate ... 30.4%" is a rate (measure ``other``).  The sentence memory and
the signs of changes are :mod:`parsers.changes`'s."""
from __future__ import annotations

import re

from parsers.changes import COMPARED_RIGHT_AFTER, SOLVED_BEFORE, SentenceMemory
from parsers.nouns import (ANY_NOUN_SCAN, NEAR_VERB, measure_of_noun_phrase, measure_told_before, verb_measure,
                           victims_killed)
from parsers.numbers import WRITTEN_SUM
from parsers.scan import DIGIT, OPENING_QUOTES, OTHER_CLAUSE, lowered, phrase_end
from parsers.vocab import FALL_WORDS, MIGRANT_NOUNS, PEOPLE_MEASURES, PEOPLE_NOUNS, RISE_WORDS

_I = re.IGNORECASE
# Patterns without IGNORECASE run on lower-cased text (positions kept), which is about twice as fast.
_MONEY_NOUN = re.compile(r"losses|amount|sums?|money|damage")

_CHANGE_RE = re.compile(rf"\b(?:{RISE_WORDS}|{FALL_WORDS}|doubled|tripled|higher|lower)\b")

# Between a head noun and the noun it is about: "arrests for drug offences", "offences reported by victims".
_OF_NOUN = re.compile(r"\s+(?:(?:reported|recorded|committed|filed|lodged|suffered)\s+)?"
                      r"(?:for|of|over|from|to|by|against|on)"
                      r"\s+(?:[\w-]+\s+){0,2}")

# The level a change reached, maybe after its year: "rose by 38% in 2025 to 11,846 cases" (on lower-cased text)
_TO_COUNTED_LEVEL = re.compile(r",? (?:in (?:19|20)\d\d |last year |this year )?to (?:about |some |just )?"
                               r"\d(?:[\d,.]*\d)?(?= [a-z])")  # (" to " within its first 30 characters: its quick check)
_TO_LEVEL = re.compile(r"\s*(?:,\s*)?(?:to|at)\s+(?:about\s+|some\s+|just\s+)?[\d,.]+\s*")  # "... to 1,500 cases"

RATE_LEVEL_BEFORE = re.compile(r"\b(?:to|at|of|was|is|were|stood at|from|reached|hit|"
                               r"(?:remains?|remained|stays?|stayed|is|was) (?:below|above|under|over|at))\s+"
                               r"(?:an?\s+(?:[a-z]+\s+)?)?"  # "stood at a dismal 21%", "at a record 41%"
                               # "the conviction rate remains below 2%", "was just 12%"
                               r"(?:about\s+|some\s+|nearly\s+|just\s+|only\s+|around\s+|almost\s+|roughly\s+)?$")

# The rest of the clause after "rate": no sentence or clause end, though decimal points may stand in it
# ("the clearance rate rose by 2.6% to 55.1%").  On lower-cased text.
RATE_RE = re.compile(r"\b(?:rates?|efficiency|detections)\b(?:[^.;]|\.(?=\d)){0,90}$")  # (the PNP's "crime solution efficiency")

_COUNT_WORDS = ("number", "total", "amount", "count", "tally")

_NUMBER_OF = re.compile(r"\b(?:the )?(?:" + "|".join(_COUNT_WORDS) + r") of (?:those |the )?")

_COUNT_PHRASES = tuple(f"{word} of " for word in _COUNT_WORDS)

def _names_a_count(lower: str) -> bool:
    """Whether "the number of" and the like can be in ``lower`` (a quick test before _NUMBER_OF)."""
    return any(phrase in lower for phrase in _COUNT_PHRASES)

# "the number prosecuted", "the total arrested", "Those convicted in earlier trials totalled 96"
_NUMBER_DONE = re.compile(r"\b(?:the (?:number|total)|^those) (\w+ed)\b")

_PARTICIPLE = re.compile(r"(?:those )?(\w+ed)\b")

_RISE_IN = re.compile(r"\s*(?:\w+\s+){0,2}?(?:in|of)\s+(?:the\s+)?(?:number of\s+)?")

_LEVEL_VERB_BEFORE = re.compile(r"\b(?:reached|totall?ed|numbered|stood at|came to)\s+"
                                r"(?:about\s+|some\s+|nearly\s+|more than\s+|over\s+)?$")
_NOUN_GAP = re.compile(r"\s+(?:(?:for|of|over|against|on|in)\s+(?:[\w-]+\s+){0,2})?")  # "complaints of extortion "
_CHANGE_VERB_AFTER = re.compile(r"\s+(?:(?:reported|recorded|registered|logged) (?:in|across|by|to) "  # ("cases
                                r"(?:[\w-]+\s+){1,3}?|(?:\w+\s+){0,3}?)"  # reported in the country rose")
                                r"(?:" + RISE_WORDS + "|" + FALL_WORDS + r")\b")

_RATE_AFTER = re.compile(r"\s*(?:detection|clearance|conviction|crime) rate")

# "of the", "of all", "of last year's": the whole a share is of follows
_SHARE_OF = re.compile(r"\s*(?:of|of the|of all)\s+(?:the\s+|all\s+|total\s+|(?:last|this|the) year['’]s\s+)*")

_VALUE_WORDS = ("value ", "value,", "value.", "total value", "amount lost", "amounts lost", "sums lost")
_THOSE = re.compile(r"(?:those|them|whom|which|it)\b", _I)

# The people a crime was done to, told by what they reported: "of those who reported being spiked"
_WHO_SUFFERED = re.compile(r" who (?:reported|said they were|said they had been) (?:being |having been )?[a-z]+ed\b")

# A change set after its count as an aside: ", a year-on-year increase of" (on lower-cased text).
_APPOSED_CHANGE = re.compile(r",\s+(?:a|an)\s+(?:year-on-year\s+|annual\s+|\w+\s+)?(?:increase|rise|decrease|drop|fall|"
                             r"decline|jump|growth|reduction)\s+of\s+(?:about\s+|some\s+|nearly\s+)?$")

_INVOLVING = re.compile(r"\binvolving (?:about |some |nearly |more than |over )?\d")

_OF_PEOPLE = re.compile(rf"(?:[a-z-]+ )?(?:{PEOPLE_NOUNS}|juveniles|foreign nationals)", _I)  # "the share of women"

_PERCENT_LEVEL_FROM = re.compile(r"\bto\s+(?:about\s+)?[\d.]+\s*(?:%|per ?cent|percent)\s+from\s+(?:about\s+)?$")

SHARE_GATE = "share of"  # in every match of _SHARE_OF_BEFORE

_SHARE_OF_BEFORE = re.compile(r"\bshare of (?:the |all )?([\w -]{2,40}?)\s+(?:was|is|were|stood at|at|of|"
                              r"(?:rose|fell|grew|climbed|dropped|increased|decreased) to|reached)\s+"
                              r"(?:just |only |about |some |nearly |around )?$")  # on lower-cased text

# What the authorities have, not what crime did: "devote barely 1% of their staff to it".
_RESOURCES = re.compile(r"(?:their |its |his |her |our |the )?(?:police |own |country's |nation's )?"
                        r"(?:staff|staffing|workforce|personnel|budgets?|"
                        r"resources|time|funding|officers|manpower|spending|rivers|forests|farmland|water bodies)\b")

_THE_TOTAL = re.compile(r"total(?: number)?\s*(?:[,.;)]|$)")  # "58 percent of the total, while ..."

_OTHER_PLURAL = re.compile(r"(?:[a-z-]+ )?[a-z]+[^s\W]s\b(?! of\b)")  # a plural noun phrase ("drug deals"), lower-case

_LEADING_NUMBER = re.compile(r"(?:[\d,.]+\s+)?")

_WRITTEN_SUM = re.compile(WRITTEN_SUM)  # on lower-cased text

# "of the cases were solved", "of which 53.8 percent were solved" (lower-cased, after the share or the figure)
_SOLVED = r"(?:solved|cleared|cracked|detected)"
_SOLVED_AFTER = re.compile(r"\s*(?:[\w,-]+\s+){0,6}?(?:(?:were|was|have been|had been)\s+)?(?:" + _SOLVED +
                           r"|(?:led|lead|leads|resulted|ended) (?:to|in) (?:a |an )?"
                           r"(?:charges?|prosecutions?|convictions?|arrests?)|"
                           # "94 percent of the cases were referred to the Public Prosecution": a referral rate
                           r"(?:referred|sent) to (?:the )?(?:public )?prosecut\w*)\b")
# (and "only 4 per cent of the 2,860 burglaries recorded led to a charge": a charge rate, as a detection rate)

# "38 per cent of the victims detected": people identified, no cases solved
_PEOPLE_DETECTED = re.compile(r"\s*(?:the |all )?(?:[\w-]+ )?(?:victims|people|persons|children|women|men|suspects)\s+"
                              r"(?:were |was |have been |had been )?(?:detected|identified)\b")

# "Police cracked 1,031 cases, or 85.6 percent": the share of the cases solved told beside their count (lower-cased)
_SOLVED_COUNT_OR = re.compile(r"\b" + _SOLVED + r"\s+(?:about |some |nearly |over |more than )?"
                              r"[\d,]+\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,? or $")


_CASE_VERB = re.compile(r"\s+(?:registered|reported|recorded|filed|lodged)\b")

# (not "money mules", "money launderers", "money changers": people)
_MONEY_WORD = re.compile(r"losses|money(?! (?:mules?|launderers?|changers?|lenders?))|amount|"
                         r"(?:stolen|lost|defrauded|scammed) (?:money|funds|sums)|funds\b|"
                         r"(?:seized |frozen |confiscated )?assets\b", _I)  # "Twenty per cent of the assets were held in
# cryptocurrency": a share of the sum seized

# a phrase headed by losses (lower-cased); not people who reported them ("of the 9,870 people who reported losses")
_MONEY_HEAD = re.compile(r"(?![\w'’-]+\s+(?:who|that)\s)(?:[\w'’-]+\s+){1,3}(?:losses|proceeds|"
                         r"(?<!criminal )damage)\b")  # (a fraud's "estimated damage", not "criminal damage" offences)

# The verbs of a part of a whole: "accounted for 80 per cent", "made up", "represented"
_SHARE_VERBS = r"accounted for|accounting for|account for|accounts for|making up|made up|make up|makes up|" \
               r"represent(?:ed|ing|s)?"
# "accounted for 80 per cent", "were 30 per cent": a share of a whole, not a change.
_PART_OF_WHOLE = re.compile(rf"\b(?:{_SHARE_VERBS}|comprised|constitut\w+|or|"
                            r"(?:were|was|are|is) responsible for|"
                            # "attributed 41% to disputes between gangs", "blamed 30% on": a share put down to a cause
                            r"attribut(?:ed|es|ing)|ascrib(?:ed|es|ing)|blam(?:ed|es|ing))\s+"
                            r"(?:only |just |about |nearly |over |some )?$")

# The verb of a part of a whole, before its figure: "Investment scams accounted for NT$4.6 billion (57%)"
_SHARE_VERB = re.compile(rf"\b(?:{_SHARE_VERBS})\s")

_RETURN_BEFORE = re.compile(r"\b(?:returns?|interest(?: rates?)?|profits?|yields?|dividends?|commissions?)\s+(?:of\s+)?"
                            r"(?:up to\s+|as much as\s+|about\s+|around\s+|over\s+|between\s+)?"
                            r"(?:\d[\d.]*\s*(?:%|per ?cent|percent)?\s*(?:to|and|-|–)\s*)?$")  # "of 8 to 15 percent"

_RETURN_WORDS = ("return", "interest", "profit", "yield", "dividend", "commission")

# The next entry of a ranking of shares: "..., followed by fake online shopping at 19 percent" (lower-cased).
_FOLLOWED_BY_AT = re.compile(r"\bfollowed by\b(?:[^,;.(]|(?<=\d)\.(?=\d)|\([\d.,]+\s*%?\)){0,80}?"
                             r"(?:\b(?:at|with)\s+|\()"
                             r"(?:about\s+|around\s+|nearly\s+)?$")  # "followed by extortion (3.6%)" too

# A share written as an aside after the part it measures: "most of the convictions, about 70 per cent" (lower-cased).
# (or in brackets: "Most of the crimes (81%)")
_MOST_OF_BEFORE = re.compile(r"\b(?:most|many|some|the majority|a majority|the bulk) of (?:the |these |those |all )?"
                             r"([\w -]{2,40}?)(?:,\s*(?:about |some |nearly |around |roughly |over |more than |"
                             r"almost )?| \()$")

# "Of the complaints, 38% related to investment fraud": a share of the group the sentence opens with.
_OF_THE_BEFORE = re.compile(r"(?:of|among) (?:the|these|those|all(?: the)?) ([\w -]{2,40}?),\s*"
                            r"(?:about |some |nearly |around |roughly |over |more than |almost )?$")

_DETERMINER = r"(?:such|these|those|the)"

_OPENING_NOUN = re.compile(rf"{_DETERMINER} ([a-z]+)\b")  # a sentence's first noun phrase, lower-cased

# "8 percent more than", no noun between (not "14 percent fewer items than")
_NOUNLESS_COMPARED = re.compile(r"\s*(?:fewer|less|lower|more|higher)\s+than\b")
# A share price or stock market before a change (not "stock theft": livestock's), on lower-cased text
_MARKET_BEFORE = re.compile(r"\b(?:shares|stock(?! theft| thieves| rustl)|share price|stock price)\b"
                            r"(?! of (?:the )?(?:cases|losses|victims))[^.;]{0,40}$")

# An economic indicator's change or level right before a percentage (lower-cased)
_INDICATOR_BEFORE = re.compile(r"\b(?:economy|gdp|inflation|unemployment|exports|imports|consumer prices|interest rates?)"
                               r"\s+(?:\w+\s+)?(?:grew|rose|fell|expanded|contracted|averaged|stood at|was|reached|"
                               r"increased|decreased|dropped|climbed|eased|slowed)\s+(?:by\s+)?(?:about\s+|some\s+)?$")
# A firm's financial measure before a percentage (lower-cased)
_FINANCE_BEFORE = re.compile(r"\b(?:return on (?:tangible )?(?:equity|assets|capital)|(?:profit|net interest) margins?|"
                             r"cost[- ]to[- ]income ratio|market share|dividend yield)\b[^.;%]{0,30}$")
_FINANCE_WORDS = ("return on", "margin", "ratio", "market share", "dividend")  # one is in every _FINANCE_BEFORE match
_INDICATOR_WORDS = ("economy", "gdp", "inflation", "unemployment", "exports", "imports", "prices", "interest")  # one is
# in every _INDICATOR_BEFORE match

_SUBJECT_NOUN = re.compile(rf"(?:{_DETERMINER} )?([a-z]+)\b")  # a sentence's first word, lower-cased

_COPULA_AFTER = re.compile(r"\s+(?:were|are|was|is|had been|has been|have been)\s+(?!up\b|down\b)")

def _noun_changed(word: str, lower: str, pos: int, before: str) -> str | None:
    """The measure of the noun a change is about: a sum's for "losses", "money"; a seizure's for "the amount seized"."""
    if word == "amount" and _AMOUNT_SEIZED.match(lower, pos):
        return "seizures"  # "The amount seized was up 28%": the quantity seized
    return "money" if _MONEY_NOUN.fullmatch(word) else measure_of_noun_phrase(before[pos:pos + 60])

_AMOUNT_SEIZED = re.compile(r"amount (?:of (?!money|cash|funds)(?:[\w-]+ ){1,2})?(?:seized|confiscated|intercepted)\b")

def change_subject(before: str, after: str, memory: SentenceMemory, start: int) -> tuple[str, float] | None:
    """What a change or a bare figure is about ("cases surged 26.7 per cent", "rose to 8,699 from ...")."""
    lower, lower_after = lowered(before), lowered(after)
    number_of = list(_NUMBER_OF.finditer(lower)) if " of " in before and _names_a_count(lower) else []
    if number_of and OTHER_CLAUSE.search(lower, number_of[-1].end()):
        number_of = []  # "the number of cases rose 14 percent, while losses fell 19 percent": another clause's
    if number_of:
        phrase = before[number_of[-1].end():]
        if _PARTICIPLE.match(phrase):
            verb = verb_measure(phrase[:30], nearest_last=False)
            if verb:
                return verb[0], 0.85
        found = measure_of_noun_phrase(phrase[:60]) or ("other" if _MIGRANTS_LEAD.match(phrase) else None)
        if found:  # ("the number of migrants crossing the buffer zone fell": a migration figure, "other")
            return found, 0.85
    done = _NUMBER_DONE.search(lower) if "number " in lower or "total " in lower or lower[:6] == "those " else None
    verb = verb_measure(done.group(1), nearest_last=False) if done else None
    if verb:  # "The number prosecuted for personal information crimes rose 14.2 percent"
        return verb[0], 0.85
    rise_in = _RISE_IN.match(lower_after)
    if rise_in:
        phrase = after[rise_in.end():][:60]
        found = measure_of_noun_phrase(phrase[:phrase_end(phrase)])  # not "5% in the first half, while arrests"
        if found and found != "suspects":
            return found, 0.85
    reached = _TO_COUNTED_LEVEL.match(lower_after) if " to " in lower_after[:30] else None
    found = measure_of_noun_phrase(after[reached.end():][:60]) if reached else None
    if found:  # "Cyber fraud involving bank cards rose by 38% in 2025 to 11,846 cases": the level's own noun says what
        return found, 0.85  # changed, not a noun of the phrase that describes it
    nouns = [(m.start(), m.group(0)) for m in ANY_NOUN_SCAN.finditer(lower)]
    for i in range(len(nouns) - 1, -1, -1):  # a noun right before its change verb governs it
        pos, word = nouns[i]
        if _CHANGE_RE.match(lower, pos + len(word) + 1) or _CHANGE_VERB_AFTER.match(lower, pos + len(word)):
            if i and _OF_NOUN.fullmatch(lower, nouns[i - 1][0] + len(nouns[i - 1][1]), pos):
                pos, word = nouns[i - 1]  # "arrests for drug offences fell": the phrase's head noun
            if word in _CLIENTELE and not _HEAD_BEFORE.search(lower, max(0, pos - 30), pos):
                return None  # "its digital customers rose 12 per cent": a business's clients, no crime figure (not
                # "fraud losses reported by bank customers rose 36%", "phishing attempts against its customers")
            found = _noun_changed(word, lower, pos, before)
            if found == "victims" and victims_killed(before, pos, pos + len(word), reach=15):
                found = "deaths"  # "Homicide victims in Mexico fall 24%"
            if found:
                return found, 0.85
    level = _LEVEL_VERB_BEFORE.search(lower, max(0, len(lower) - 30)) if nouns else None
    if level and _NOUN_GAP.fullmatch(lower, nouns[-1][0] + len(nouns[-1][1]), level.start()):
        head = nouns[-2][0] if len(nouns) > 1 and _OF_NOUN.fullmatch(lower, nouns[-2][0] + len(nouns[-2][1]),
                                                                     nouns[-1][0]) else nouns[-1][0]
        # ("Arrests for drug-related crime reached 412,680": the phrase's head noun, not the crime it is for)
        found = measure_of_noun_phrase(before[head:level.start()])  # "while complaints of extortion reached
        if found:  # 11,300": the noun the level is of, not the count told before it
            return found, 0.8
    if memory.last_measure(start) == "money":  # "victims lost S$456 million ..., down 13.3 per cent": the losses fell
        return "money", 0.75
    if memory.last_measure(start) == "seizures" and not memory.first_count(start):  # "seized 13,200 pounds of
        return "seizures", 0.75  # fentanyl ..., down 40%": the quantity seized fell
    earlier = memory.first_count(start)  # "49,000 cases ..., involving 58,000 people, ..., marking a 5.8% drop"
    if earlier:
        return earlier, 0.75
    for pos, word in nouns:
        found = _noun_changed(word, lower, pos, before)
        if found:
            return found, 0.6
    noun_after = measure_of_noun_phrase(after[:min(80, phrase_end(after))])  # not "falls 4.2pc, but arrests climb"
    if noun_after:
        return noun_after, 0.6
    level_after = _TO_LEVEL.match(lower_after)
    if level_after:  # "Burglaries fell 14 per cent to 1,500 cases": the level's noun
        found = measure_of_noun_phrase(after[level_after.end():][:60])
        if found:
            return found, 0.6
    if memory.previous_measure and not _HEALTH_COUNT_OPENS.match(before):
        return memory.previous_measure, 0.5  # (not "Hospital admissions for drug use rose to 38,600": a health count)
    return None

# A sentence that opens with a count of health care, then its change ("Hospital admissions for drug use rose to ")
_HEALTH_COUNT_OPENS = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}?(?:hospital admissions|admissions|hospitali[sz]ations|"
                                 r"emergency (?:room |department )?visits|patients|infections)\b", re.IGNORECASE)

_MIGRANTS_LEAD = re.compile(rf"\s*{MIGRANT_NOUNS}\b", re.IGNORECASE)

_FLOW_SHARE = re.compile(r"(?:the |all )?(?:[\w-]+ ){1,2}?(?:entering|coming into|smuggled into|flowing into|"
                         r"produced|consumed)\b")

_CLIENTELE = frozenset({"customers", "clients", "subscribers", "users"})

_HEAD_BEFORE = re.compile(r"\b(?:by|against|of|for|from|to|among|on)\b")  # the clients are the object of a phrase

# "in 81% of the cases, and children in ": the share before, and a share of its group with the words left out
_GAPPED_SHARE = re.compile(r"\bin\s+(?:(?:about|around|some|nearly|almost|roughly|over|more than|just over|"
                           r"just under|less than)\s+)?[\d.]+\s*(?:%|per ?cent|percent)\s+of\s+(?:the\s+|all\s+)?"
                           r"([\w -]{2,40}?),\s+(?:and|while)\s+(?:[\w'’-]+\s+){1,4}in\s+$")

_HARMED_PEOPLE = frozenset({"victims", "rescued", "deaths", "injuries"})  # people a crime was done to, not its doers

_GAPPED_PART = re.compile(rf"\b(?:{_SHARE_VERBS})\s+"
                          r"(?:(?:about|around|some|nearly|almost|over|more than)\s+)?[\d.]+\s*(?:%|per ?cent|percent)\s+"
                          r"of\s+(?:the\s+|all\s+)?([\w -]{2,40}?),\s+(?:and|while)\s+(?:those\b[^,;.%]{0,50}|"
                          # ("and website defacements 3%": the next part named, no change: "and rose 3%" is one)
                          r"(?!(?:[\w-]+\s+){0,4}?(?:rose|fell|rising|falling|up|down|increased|decreased|jumped|"
                          r"dropped|grew|climbed|declined)\b)[a-z][\w -]{1,40}\s)$")

_STOLEN_THINGS = re.compile(r"(?:the |all |those )?(?:stolen |[\w-]+ ){0,3}?(?:stolen\b|[\w-]+ (?:stolen|snatched|"
                            r"taken)\b)")  # lower-cased: "the vehicles stolen", "stolen cars", "phones snatched"

_LEAD_GROUP = re.compile(r"(?:among|of) (?:the|those) ([a-z]+),")

_LINKED_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:linked|related|connected|tied|attributed|blamed)\s+(?:to|on)\b")

_WITH_BEFORE = re.compile(r"\bwith (?:about |around |some |nearly |almost |roughly |more than |over |an estimated )?$")

_FUNCTION_WORD = r"(?:of|which|who|whom|the|a|an|and|or|in|on|at|to|by|for|from|with|was|were|is|are)\b"

# What was seized, named by a noun no vocabulary counts (on lower-cased text): "the drugs seized", "the seized cocaine"
_SEIZED = r"(?:seized|confiscated|intercepted|discovered|recovered)"  # ("88 percent of the discovered narcotics")
_SEIZED_GOODS = re.compile(r"\s*(?:the |all )?(?:" + _SEIZED + r" (?!" + _FUNCTION_WORD + r")[a-z-]+|"
                           r"(?:(?!" + _FUNCTION_WORD + r")[a-z-]+ ){1,2}?" + _SEIZED + r"\b)")

def read_percent(before: str, after: str, memory: SentenceMemory, start: int) -> tuple[str, bool, float] | None:
    """(measure, is_share, strength) of a percentage."""
    lower, lower_after = lowered(before), lowered(after)
    if lower_after.startswith((" interest", " annual interest", " a year in interest")) or \
            lower_after.startswith(" of ") and _OF_THE_ECONOMY.match(lower_after):
        return None  # "lenders charging 1,000% interest": a loan's price; "3.8 per cent of GDP": the economy's size
    if any(map(lower[-40:].__contains__, _RETURN_WORDS)) and _RETURN_BEFORE.search(lower[-40:]):
        return None  # "promised returns of 20 per cent a month": the bait of a scam, no enforcement figure
    if ("share" in lower[-50:] or "stock" in lower[-50:]) and _MARKET_BEFORE.search(lower[-50:]):
        return None  # "Its shares rose 1.8 per cent": a share price, no crime figure
    if any(map(lower[-45:].__contains__, _INDICATOR_WORDS)) and _INDICATOR_BEFORE.search(lower[-45:]):
        return None  # "as the economy grew 4.6% and inflation averaged 5.1%": the economy's figures, no crime's
    if any(map(lower[-60:].__contains__, _FINANCE_WORDS)) and _FINANCE_BEFORE.search(lower[-60:]):
        return None  # "its guidance for a return on tangible equity of about 15%": a firm's finances, no crime's
    if lower.endswith(" (") and lower_after.startswith(")") and \
            (most := _MOST_OF_BEFORE.search(lower, max(0, len(lower) - 60))) and \
            (measure := measure_of_noun_phrase(most.group(1))):
        return measure, True, 0.7  # "Most of the crimes (81%) were related to ...": the share of those crimes
    last = memory.earlier[-1] if memory.earlier and lower.endswith((" (", " (+", " (-", " (−")) else None
    if last and last[2] != "percent" and 0 <= start - last[0] <= 30 and lower.endswith(" (") and \
            lower_after.startswith(")") and _SHARE_VERB.search(lower[-90:]):
        return last[1], True, 0.8  # "Investment scams accounted for NT$4.6 billion (57%)": the part's share of the whole
    if last and last[2] != "percent" and 0 <= start - last[0] <= 30 and _CHANGE_IN_BRACKET.match(lower_after):
        return last[1], False, 0.8  # "arrested 1,830 people (+9%)": the change of the figure right before
    if ("rate" in lower[-100:] or "efficiency" in lower[-100:] or "detections" in lower[-100:]) and \
            RATE_RE.search(lower[-100:]) or \
            _RATE_AFTER.match(lower_after):  # ("The conviction rate in drug cases handled by the Department of
        # Justice rose to 78%": the rate, though its whole is told at length)
        # a rate's level ("the detection rate was 30.4%") is a share of a whole; its change ("rose by 1.7%") is a change
        level = bool(RATE_LEVEL_BEFORE.search(lower[-20:])) or bool(_RATE_AFTER.match(lower_after)) and \
            not _CHANGE_RE.search(lower[-25:])  # "a 90.3% conviction rate": the rate itself
        return "other", level, 0.7
    if lower.endswith(" from ") and "percentage point" in lower[-40:] and memory.last_measure(start):
        return memory.last_measure(start), True, 0.7  # "solved 41% of cases, up 5 percentage points from 36%": the
        # share or rate the change in points started from
    if "followed by" in lower and _FOLLOWED_BY_AT.search(lower[-90:]) and memory.last_measure(start):
        return memory.last_measure(start), True, 0.7  # "accounted for 68.9% of the cases, followed by X at 4.9%"
    last = memory.earlier[-1] if memory.earlier and lower.endswith(("down from ", "up from ", ", against ",
                                                                      "compared with ", "versus ")) else None
    if last and last[2] == "percent" and last[0] <= start and _SHARE_OF.match(lower, last[0]):
        return last[1], True, 0.7  # "solved 9.8 per cent of burglaries in 2025, down from 11.4 per cent a year
        # earlier": the share's level before, no change
    if memory.last_measure(start) and lower.endswith((", down ", ", up ", ", down by ", ", up by ")):
        return memory.last_measure(start), False, 0.75  # "blew up 230 cash machines in 2025, down 40% from 385"
    if memory.last_count(start) and _APPOSED_CHANGE.search(lower[-60:]):
        # "312,000 people for ..., a year-on-year increase of 6.4 percent": the count before; but "2,136 cases
        # involving 4,512 subjects ..., an increase of 11.3%": the cases, the people only what they involve
        counts = [(end, measure) for end, measure, unit in memory.earlier if end <= start and unit == "count"]
        involved = _INVOLVING.search(lower, counts[-2][0], counts[-1][0]) if len(counts) > 1 and \
            "involving" in lower else None
        return (counts[-2][1] if involved else counts[-1][1]), False, 0.8
    if lower[-2:] == ", " and COMPARED_RIGHT_AFTER.match(lower_after[:30]):
        sum_before = memory.earlier[-1] if memory.earlier else None
        if sum_before and sum_before[1] == "money" and 0 <= start - sum_before[0] <= 35 and \
                _NOUNLESS_COMPARED.match(lower_after):
            return "money", False, 0.8  # "handled 18,700 cases, with victims losing 181 million euros, 8 percent
            # more than in 2024": the change of the sum right before, not of the count before it
        if memory.last_count(start):  # "214 operations and arrested 1,618 people, 9% more than in 2024"
            return memory.last_count(start), False, 0.8
        if memory.last_measure(start) in ("money", "seizures"):  # "losses totalled $1.52 billion, 11 per cent lower
            return memory.last_measure(start), False, 0.8  # than ...", "seized 31.6 tonnes, 22% less than in 2024"
        if DIGIT.search(lower[:-2]):  # "treated 541 people for firecracker injuries ..., 19% fewer than a year
            return None  # earlier": the change of a figure that is no crime's
    if memory.last_count(start) and "with " in lower[-25:] and _WITH_BEFORE.search(lower[-25:]) and \
            _LINKED_AFTER.match(lower_after):  # "Homicides rose to 880, with about 70% linked to drug disputes": a
        return memory.last_count(start), True, 0.7  # share of the count before
    gapped = _GAPPED_SHARE.search(lower, max(0, len(lower) - 90)) if lower.endswith(" in ") else \
        _GAPPED_PART.search(lower, max(0, len(lower) - 150)) if " those " in lower[-70:] or (
            " and " in lower[-60:] or " while " in lower[-60:]) and " of " in lower[-150:] else None
    if gapped and (measure := measure_of_noun_phrase(gapped.group(1))):  # "the victims in 81% of the cases, and
        return measure, True, 0.7  # children in 9%", "made up 38% of the reports, and those impersonating banks 22%":
        # a share of the same group, its words left out
    share = _SHARE_OF.match(lower_after)
    if lower.endswith(" or ") and (lower_after[:1] in ",.;)" or lower_after.startswith(" of ")) and \
            _SOLVED_COUNT_OR.search(lower, max(0, len(lower) - 70)):  # (not "or 85.6 percent more than in 2024")
        return "other", True, 0.7  # a detection rate (GUIDE.md)
    if lower.endswith(("of which ", "of them ", "of these ")) and _SOLVED_AFTER.match(lower_after):
        return "other", True, 0.7  # "534,220 offences were reported, of which 53.8 percent were solved": a
        # detection rate (GUIDE.md)
    if share and (SOLVED_BEFORE.search(lower[-40:]) or _SOLVED_AFTER.match(lower_after, share.end()) and
                  not _PEOPLE_DETECTED.match(lower_after, share.end())):
        return "other", True, 0.7  # "Police solved 81 per cent of the cases", "only 4% of the cases were solved": a
        # detection rate (GUIDE.md: detection rates are "other")
    if share:
        phrase = after[share.end():share.end() + 60]
        leading = _LEADING_NUMBER.match(phrase)
        phrase = phrase[leading.end():] if leading else phrase  # "70% of the 312 people arrested": the people decide
        # the figure before it, a sum too ("accounted for ¥46 billion, nearly half of the total")
        last = memory.last_measure(start)
        whole = (last if last == "money" else memory.last_count(start)) or memory.previous_measure
        if whole and _THE_TOTAL.match(lowered(phrase)):
            opening = _SUBJECT_NOUN.match(lower, 1 if lower[:1] in OPENING_QUOTES else 0) \
                if not memory.last_measure(start) else None  # (a quote's opening noun too)
            named = measure_of_noun_phrase(opening.group(1)) if opening else None
            # "accounted for 58 percent of the total": the total told before, but a sentence opening with a noun of
            # another kind is a share of that ("Victims aged 65 or older accounted for 61.2 percent of the total"
            # after a count of cases; "Offenders in their 20s ..." after offenders caught is of those caught)
            other_kind = named and ((named in PEOPLE_MEASURES) != (whole in PEOPLE_MEASURES) or
                                    (named in _HARMED_PEOPLE) != (whole in _HARMED_PEOPLE))  # ("Victims from Hungary
            # ... made up more than half of the total" after a count of people convicted: of the victims)
            return (named if other_kind else whole), True, 0.7
        if lowered(phrase).startswith(_VALUE_WORDS):  # "44 percent of the value seized": a share of a sum
            return "money", True, 0.75
        if "population" in phrase[:40] or _RESOURCES.match(lowered(phrase)) or _FLOW_SHARE.match(lowered(phrase)):
            return None  # "94% of the population", "1% of their staff", "80 percent of the yaba entering the
            # country": no crime figure (a drug's flow, nothing seized or counted by the authorities)
        those = _THOSE.match(phrase)
        if those and phrase[those.end():those.end() + 1] == " " and those.group(0).lower() == "those" and (
                _MONEY_WORD.match(phrase, those.end() + 1) or measure_of_noun_phrase(phrase[those.end() + 1:])):
            phrase = phrase[those.end() + 1:]  # "71% of those losses", "of those cases": the noun decides (not "61%
            # of them money mules": of the people counted before, the words after them who they were)
        elif those and _WHO_SUFFERED.match(phrase, those.end()):  # "72% of those who reported being spiked": the
            return "victims", True, 0.7  # people a crime was done to
        elif those and those.group(0).lower() == "it" and memory.last_measure(start):
            return memory.last_measure(start), True, 0.7  # "seized 4.1 tonnes, 72 per cent of it hashish": of the sum
        elif those:  # "37 per cent of those arrested": the figure before, else the verb after "those"
            verb = verb_measure(phrase[:40], nearest_last=False)
            near = verb[0] if verb and verb[1] <= NEAR_VERB else None
            opening = _OPENING_NOUN.match(lower)  # "Such cases involved ..., and 70 percent of them were ...": the
            named = measure_of_noun_phrase(opening.group(1)) if opening else None  # sentence's own noun
            if _CASE_VERB.match(phrase, those.end()):  # "Private sector cases made up 82 per cent of those
                near = "cases"  # registered": the cases registered, no people booked
            earlier = memory.last_count(start) or near or named or memory.previous_measure
            return (earlier, True, 0.7) if earlier else None
        if _MONEY_WORD.match(phrase) or _WRITTEN_SUM.match(lowered(phrase)) or _MONEY_HEAD.match(lowered(phrase)):
            # "95 per cent of the $4 million", "two-thirds of Karnataka's cyber fraud losses"
            return "money", True, 0.8
        found = measure_of_noun_phrase(phrase)
        if found == "seizures" and _STOLEN_THINGS.match(lowered(phrase)):
            found = "cases"  # "71pc of the vehicles stolen", "38% of the bicycles stolen": the thefts, nothing seized
        if found:
            return found, True, 0.8
        if _SEIZED_GOODS.match(lowered(phrase)):
            return "seizures", True, 0.8  # "81% of the drugs seized were cocaine": a share of what was seized
        verb = verb_measure(phrase[:25], nearest_last=False)
        if verb and verb[1] <= 4:  # "60 per cent of the arrested": a participle standing for its people
            return verb[0], True, 0.7
        if _OTHER_PLURAL.match(phrase):
            return None  # "64 percent of drug deals": a share of something GUIDE.md does not count
    if memory.last_measure(start) and lower.endswith(("from ", "from about ")) and \
            _PERCENT_LEVEL_FROM.search(lower, max(0, len(lower) - 40)):
        return memory.last_measure(start), True, 0.7  # "rose to 11% from 8%": the level before, a share as the one
        # reached is
    share_before = _SHARE_OF_BEFORE.search(lower, max(0, len(lower) - 70)) if SHARE_GATE in lower[-70:] else None
    if share_before:  # "their share of the amount involved was just 3 per cent"
        noun = share_before.group(1)
        measure = "money" if _MONEY_WORD.match(noun) else measure_of_noun_phrase(noun)
        if measure is None and _OF_PEOPLE.fullmatch(noun):  # "the share of women rose to 11%": of the people
            measure = memory.last_measure(start) or memory.previous_measure  # counted before, whatever they did
        if measure:
            return measure, True, 0.7
    part = _MOST_OF_BEFORE.search(lower, max(0, len(lower) - 90)) if " of " in lower[-90:] else None
    part = part or (_OF_THE_BEFORE.match(lower) if lower.startswith(("of ", "among ")) else None)
    if part:  # "Most of the convictions, about 70 per cent, were ...": a share of the group named before
        group = before[part.start(1):part.end(1)]
        verb = verb_measure(group, nearest_last=False)  # "most of those arrested, 80 per cent"
        measure = measure_told_before(group, memory.previous_text) or measure_of_noun_phrase(group) or \
            (verb[0] if verb else None) or memory.last_count(start)
        if measure:
            return measure, True, 0.7
    if _PART_OF_WHOLE.search(lower[-50:]) or _COPULA_AFTER.match(lower_after):
        earlier = memory.last_count(start)
        subject = change_subject(before, after, memory, start)
        lead = _LEAD_GROUP.match(lower)  # "Among the defendants, 63.2 percent were ... and 12.8 percent were ..."
        told = measure_told_before(lead.group(1), memory.previous_text) if lead else None
        measure = told or (subject[0] if subject else earlier)
        if measure:
            clause = lower[-40:].rsplit(";", 1)[-1]  # (not "rose 31% in 2023; fraud made up 69%": another clause's)
            return measure, not _CHANGE_RE.search(clause + lower_after[:30]), 0.6
    if lower_after.startswith(" to ") and _TO_SUM_AFTER.match(lower_after):  # "card fraud rose 4pc to £580m": the
        return "money", False, 0.85  # sum it reached is what changed
    subject = change_subject(before, after, memory, start)
    return (subject[0], False, subject[1]) if subject else None

_OF_THE_ECONOMY = re.compile(r" of (?:the )?(?:country's |nation's |national |its )?(?:gdp|gross domestic product|"
                             r"economic output|the economy|economy|(?:public|government|state) spending|"
                             r"(?:the )?(?:national |state )?budget)\b")  # ("11% of public spending": its size)

_CHANGE_IN_BRACKET = re.compile(r"\s*(?:\)|,|;| (?:on|from|year|y-o-y|yoy|compared|against|vs)\b)")  # "(+9%)"

_TO_SUM_AFTER = re.compile(r" to (?:about |nearly |some |almost )?" + WRITTEN_SUM)  # lower-cased
