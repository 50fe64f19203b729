"""What a number with no counted noun after it counts: "771 detained", "29 from India", "rose to 646 from 490",
"hand 140 over to China", "the most complaints, 3.1 lakh, followed by Uttar Pradesh with 2.7 lakh".

The verb right after or before it decides, else the group it is part of ("64 of them"), the figure it breaks
down or continues, the noun phrase it restates, or the change it ends.
"""
from __future__ import annotations

import re

from parsers.changes import ABSOLUTE_CHANGE, SentenceMemory, sign_of_change
from parsers.nouns import (DEFAULT_RES, NEAR_VERB, SPLIT_VERB_BEFORE, SPLIT_VERBS, VERB_RE, counted_noun, measure_of_noun_phrase,
                           people_measure, verb_measure, victims_killed)
from parsers.group_parts import PROSECUTORS_GATE, QUESTIONED, TO_PROSECUTORS_AFTER, group_part
from parsers.listed_counts import LOOSE_QUALIFIER, NEXT_PART_BEFORE, labelled_item, listed_count, restated_noun_phrase
from parsers.numbers import NumberMention
from parsers.people_reading import CAUGHT, HELD_BY_SCAM_SITE, LURED_AFTER
from parsers.percent_reading import RATE_LEVEL_BEFORE, RATE_RE, change_subject, read_percent
from parsers.reading import BREAKDOWN_BEFORE, LocalReading, group_told_before, inherited
from parsers.scan import lowered
from parsers.vocab import CORRECTED_FIGURE, PEOPLE_MEASURES, PEOPLE_NOUNS, PER_HEAD

_I = re.IGNORECASE
_VERB_RIGHT_AFTER = re.compile(r"\s+(?:more |others? )?"  # ("Seven more were injured")
                               r"(?:(?:have|has|had) (?:already |since |now |also )?been |were |are being |"
                               r"were being |are |was |remain |remained |remains |are still |were still )?"
                               r"(?:\w+ly |already |also |still )?(at large|on the run|under probe|under investigation|"
                               r"an? fugitives?|fugitives|"
                               r"(?:received|receiving|got|given) (?:\w+ )?(?:prison |jail |life |death )?(?:terms|sentences)|"
                               r"in (?:\w+ )?custody|in detention|wanted (?:by|in|for)|wanted(?=\s*[.,;]|$)|"
                               r"given (?:\w+ )?warnings?|"  # ("Another 64 are wanted.")
                               r"(?:identified|screened|confirmed|verified|classified|assessed) as "
                               r"(?:\w+ ){0,2}?victims|"
                               r"(?:sent|brought|taken) to court|released under investigation|"
                               # ("Of those arrested, 61 were sent for rehabilitation": what was done with them)
                               r"released on bail|released under judicial (?:control|supervision)|granted bail|"
                               r"(?:sent|referred|admitted) (?:to|for) rehab\w*|"
                               r"lost their (?:driving |driver's )?licen[cs]es|"  # ("61,200 lost their licences")
                               r"in hospital|"  # ("killed 29 people and left 54 in hospital")
                               r"\w+(?: up| over| into custody| back)?)")
_DASH_ASIDE = re.compile(r"\s*[—–]\s*[^—–.;]{1,80}?\s*[—–]")
_CASE_VERBS = frozenset({"prosecutions", "suspects", "cases"})  # what a case can go through: sent to court, investigated


def _counted_the_killed(text: str) -> bool:
    """Whether ``text`` counts victims who were killed ("1,207 homicide victims"), as :func:`victims_killed` reads."""
    victims = _VICTIMS_WORD.search(text)
    return bool(victims) and victims_killed(text, victims.start(), victims.end(), reach=25)


_VICTIMS_WORD = re.compile(r"\bvictims\b")


def _cases_still(measure: str, after: str, memory: SentenceMemory, start: int) -> bool:
    """Whether a part "of them" of the cases counted before stays cases whatever its verb says of people: "opened
    486 criminal cases and sent 171 of them to prosecutors" (GUIDE.md: cases prosecuted count cases)."""
    return measure in _CASE_VERBS and after.startswith(" of them") and memory.last_count(start) == "cases"
_OF_THEM = re.compile(r"^\s+of (?:them|those|whom|(?:its|their|his|her|our) (?:own )?[\w-]+)\b")
_SHARED_PERCENT = re.compile(r"\s*(?:and|or|to)\s+[\d.]+\s*(?:%|per\s?cent|percent)", _I)
# "64 of them", "35 of whom", "12 of the accused were ...", "307 of the suspects arrested ...": a part of a group,
# its verb read after it.
# A period's own things: "198 of this year's incidents"
_PERIODS_OWN = r"(?:this|last|that|the same|the) (?:year|month|quarter|week|period)['’]s"
_PERIODS_OWN_RE = re.compile(_PERIODS_OWN + r" ", re.IGNORECASE)
_OF_GROUP = re.compile(r"\s*(?:of whom|of them|of which|of those|"
                       r"of the [\w\s-]{0,30}?(?=\s(?:were|are|was|had|have|(?:will|would|could) (?:be|face))\b|$)|"
                       r"of (?:the|those) [\w-]+(?P<participle>(?=\s+\w+ed\b))|"
                       r"of (?:the|those|these|" + _PERIODS_OWN + r") [\w-]+(?: [\w-]+)?"
                       r"(?=\s+(?:in|at|from|on|to|across|while|and|who|by|after|since|during|within|so far|had|have|"
                       r"were|was)\b|"
                       r"\s*[,.;)]|$))",
                       _I)  # "arrested 11 of the defendants in the United States"
_CLOSED_BEFORE = re.compile(r"\b(?:clos(?:ed|ing)|shut(?:ting)? down|seal(?:ed|ing)|demolish(?:ed|ing))\s+$", _I)
_OF_A_NUMBER = re.compile(r" of (?:the )?\d[\d,.]*\s+[A-Za-z]")  # a part of a whole with its own figure after it
_OF_THEIR_PEOPLE = re.compile(rf"\s+of\s+(?:its|their|his|her|our)\s+(?:own\s+)?(?:{PEOPLE_NOUNS})\b", _I)
_PUNCTUATION = re.compile(r"[,;:()]")
# "40 of its nationals were rescued", "14 of its nationals who were being held" (their verb, after them)
_PREDICATE_AFTER = re.compile(r"\s+(?:who\s+)?(?:were|was|are|is|have|has|had)\b")
_LEADING_FIGURE = re.compile(r"^\s*(?:the|those|these|all)\s+(?:[\d,.]+\s+)?")  # "the 120" before a group's noun
_FROM_PLACE = re.compile(r"\s+(?:from|by)\s+(?:the\s+)?[A-Z]")  # "29 from India", "... and 2,100 by Laos"
# The rest of a breakdown: "including 82 from other states", "1,927 of them accused of X, 403 of running Y", or
# of a count whose noun is left out: "90 people on March 4 and 60 on March 6", "... and 1,030 with bribery".
# A part told in the words of a part before it, its noun left out: "were the targets in 61 of the cases, and Roma in"
_PARALLEL_PART_BEFORE = re.compile(r"\bin (?:about |some |nearly )?[\d,]+ of (?:the|these|those) [\w-]+(?: [\w-]+)?,? "
                                   r"and (?:[\w-]+ ){1,4}in $")
_DESCRIBED_AFTER = re.compile(r"\s+were\s+(?:convicted|known|foreign|suspected)\s+(?:offenders|criminals|felons|"
                             r"prisoners|inmates|gang members)\b")
_RECORDED_AFTER = re.compile(r"\s+were\s+(?:recorded|reported|registered|logged)\s*(?:[,;.)]|$|\s+(?:in|during|that|"
                             r"last|a year|the year)\b)")
_FROM_PLACE_OR_END = re.compile(r"\s+(?:from|on|at|with|for|during|across|under|more|others?|who|whom)\b|\s*(?:[,;.)]|$)|"
                                r"\s+of\s+(?:\w+ )?\w+ing\b|"
                                # "among them 28 of ministerial or equivalent rank": the part's rank
                                r"\s+of\s+(?:[\w-]+\s+){0,3}?(?:rank|grade)\b|"
                                # "including 240 so-called droppers who rented out their cards": a kind the
                                # vocabulary lacks, told by its relative clause
                                r"\s+(?:so-called\s+)?[a-z][\w-]*s\s+(?:who|whom|that)\b|"
                                # "including 2,800 in the past six months"
                                r"\s+in\s+(?:the\s+)?(?:past|last|first|previous)\b")
_NOUN_OF_BEFORE = re.compile(r"\b(\w+)\s+of\s+(?:about |some |over |more than )?$")
NOUN_OF_GATE = "of"  # in the last 25 characters wherever _NOUN_OF_BEFORE matches
_AUXILIARY_AFTER = re.compile(r"\s+(?:are|were|will|would|have|had|is|was)\b")
_TO_PARTNER = re.compile(r"\s+(?:in \d{4}\s+)?to\s+(?:just\s+|about\s+)?[\d,. ]+\s*(?:in \d{4}\s*)?", _I)
# What follows a figure that counts no noun of its own: "Police Arrest 300 In Raids" (not "held two special elections").
_CORRECT_FIGURE = re.compile(rf"\b[Tt]he {CORRECTED_FIGURE} $")
_THERE_HAVE_BEEN = re.compile(r"\b[Tt]here (?:(?:have|has|had) been|were|was) $")
_DATELINE_LEAD = re.compile(r"^[A-Z][A-Z .,'()-]{2,40}[—–-]\s*")  # "WELLINGTON — " before a sentence's first words
_RECORDED_BEFORE = re.compile(r"\b(?:recorded|registered|reported|logged|counted)\s+(?:about |some |nearly |more than |"
                              r"over |just |only )?$")
_RECORDED_STEMS = ("record", "regist", "report", "logged", "counted")  # one is in every _RECORDED_BEFORE match
_NOTHING_COUNTED = re.compile(r"\s*(?:[,.;:)—–]|$|to (?:death|life)\b|more\b(?!\s+than)|"  # "arrested 1,870 more"
                              r"[\"“][\w' -]{2,30}[\"”]|"  # a name in quotes: "arrested 212 \"uithalers\""
                              r"(?:in|on|at|for|from|after|over|across|during|since|as|amid|and|including|"
                              r"with|while|who|under|between|throughout|until)\b)", _I)
# The words before a figure compared with another: "from 490", "reaching 646", "out of 20", "topped 3,000".
_COMPARED_BEFORE = re.compile(r"\b(?:(?:from|to|reaching|reached|hit|hits|reach|reaches|totall?ing|totall?ed|at|"
                              r"(?<!led )(?<!run )(?<!owned )(?<!backed )(?<!followed )(?<!funded )by|"
                              r"numbered|"
                              r"top|tops|topped|topping|cross|crosses|crossed|crossing|exceed|exceeds|exceeded|surpass\w*|"
                              r"pass|passes|passed|"
                              r"averag\w+|(?:an |the )?average of|compared (?:to|with)|against|versus|than|"
                              r"(?:from|than|against|compared (?:to|with)|(?<=rise )over|(?<=increase )over) the|"  # "up 22
                              # percent from the 7,305 it logged", "a 31 per cent rise over the 314 recorded"
                              r"(?:remain(?:s|ed)?|stay(?:s|ed)?|stood|stands) (?:above|below|at)|(?<=, )(?:up|down)|"
                              r"(?:a |an )?(?:record |all-time |new )?(?:low|high|peak) of)\s+"
                              r"(?:just |about |some |only |a record |an estimated |around |nearly |almost |roughly )?|"
                              r"out of (?:the )?|"
                              # "up from the previous year's 3,950", "against 2024's 1,870"
                              r"(?:from|than|against|compared (?:to|with)|versus) (?:the )?(?:(?:previous|last|prior|"
                              r"same) (?:year|month|quarter|period)|\d{4})['’]s\s+)$")
# A level set by a copula after "the number of" and its phrase: "The number of fraud cases reported was 11,390"
_NUMBER_OF_WAS = re.compile(r"\b[Nn]umber of [^,;:()]{2,80}?\s+(?:was|is)\s+" + LOOSE_QUALIFIER + "$")
_REPORTED_STOLEN_AFTER = re.compile(r"\s+(?:(?:were|had been) )?reported (?:stolen|missing)\b")
# An average restating the count before it: "400,000 complaints last year, or roughly 1,100 a day".
# (or the total again: "an average of 6,800 complaints a day, or 24.8 lakh over the year")
PER_TIME_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|month|hour|year)\b|\s+(?:daily|weekly|monthly)\b|"
                             r"\s+(?:over|for|during) the (?:year|month|period|quarter)\b|\s+in (?:total|all)\b")
_OVER_A_WINDOW_AFTER = re.compile(r"\s+(?:in|over|during|for) the (?:\w+ ){0,2}(?:months?|weeks?|days?|years?|period|"
                                  r"quarter|half)\b")
OR_BEFORE = re.compile(r"(?:,|\bor|\bthat is|\bi\.e\.|\ban average of|\baveraging|\bon average)\s+"
                        r"(?:about |around |roughly |some |nearly |almost |over |more than )?$")
# A ranking's figure set after its noun phrase ("the most complaints, 3.1 lakh") and the next place's ("followed by
# Uttar Pradesh with 2.7 lakh"); on lower-cased text.
# "Johor recorded the most cases, 1,204", "The number of reports, 494,700, was correct": the noun phrase restated
_EARLIER_TALLY = re.compile(r"\b(?:earlier|previous|initial|original|provisional|preliminary) (?:tally|figure|count|"
                            r"estimate|total) of\s+(?:about\s+|some\s+)?$")
# A count told again for another period by its verb alone: "the 7,640 registered in 2024"
_COUNTED_AGAIN = re.compile(r" (?:(?:they|it|police|officers) )?"  # ("well below the 69,400 they logged in ...")
                            r"(?:registered|recorded|reported|filed|lodged|logged|handled|received|seized|arrested) "
                            r"(?:in|during|over|the year|a year|last|the previous|the same)\b")
_LARGEST_GROUP = re.compile(r"\b(?:largest|biggest|second-largest|second largest|next largest) group\b"
                            r"(?: of (?:those|the people|people) (\w+ed)\b)?")  # ("... of those convicted, at 61")
_FOLLOWED_BY_WITH = re.compile(r"\bfollowed by\b[^,;.]{1,50}(?:\bwith\s+|\bat\s+|\()" + LOOSE_QUALIFIER + "$")
_PART_OR_RESTATED = re.compile(r"(?:\bof which|, (?:a|for a) total of|"  # "11 murders a day, a total of 4,015"
                               r"\b(?:the|that|this|a) (?:(?:full-year|annual|overall|final) )?(?:figure|total|tally) "
                               r"(?:was|is|stood at|reached|"
                               r"(?:could|may|might|would) be|is estimated at|was estimated at|"
                               r"rose to|fell to|climbed to|dropped to)|\b(?:accounted|accounting|accounts?) for|"
                               r"\b(?:made|making|makes?) up|"
                               # "short of the record 15,400 of 2018": the count before, its peak year's
                               # "less than a third of the 2015 total of 28,900": the count in another year
                               r"\bthe (?:\d{4}|previous year's|last year's) (?:total|tally|figure|level) of|"
                               # "surpassing the previous record of 66 set in 2024": the record before
                               r"\b(?:the|a) (?:(?:previous|former|old|last) )?"
                               r"(?:record|peak|high|all-time high)(?: of)?)\s+(?:only\s+|just\s+|about\s+|"
                               r"some\s+|nearly\s+|"
                               r"at least\s+|"
                               r"more than\s+|up to\s+|as many as\s+|as high as\s+|around\s+|roughly\s+)?$", _I)
# one is in every _PART_OR_RESTATED match (lower-cased)
RESTATED_GATE = ("which", "figure", "total", "tally", "for", "up", "record", "peak", "high")
_LOST_AFTER = re.compile(r"\s+(?:had\s+|have\s+|each\s+|all\s+)?lost\s+(?:more than\s+|over\s+|about\s+|at least\s+|"
                         r"nearly\s+|up to\s+|a total of\s+)?(?:[A-Z]{0,3}[$€£¥₹]|Rs\.?|RM|\d|their(?! (?:driving |"
                         r"driver's )?licen[cs]es)|money|savings|"
                         r"everything)")
LOST_GATE = "lost"  # in the first 14 characters of every _LOST_AFTER match
_PER_POPULATION_BEFORE = re.compile(rf"\b{PER_HEAD}\b", _I)
PER_HEAD_GATE = "per "  # in every _PER_POPULATION_BEFORE match
# A rate per head told in apposition, then a change's earlier end: ", a rate of 14.6 per 100,000 people, down from "
_RATE_THEN_FROM = re.compile(rf",\s+(?:a|an|the)\s+(?:\w+\s+)?rate\s+of\s+[\d.,]+\s+{PER_HEAD}\b[^,;.]{{0,30}},\s+"
                             r"(?:down|up)\s+from $", _I)
# People sent to the places scams are run from: "fake job offers that sent 340 to Cambodian scam hubs"
_TO_SCAM_SITE = re.compile(r"\s+to\s+(?:[\w-]+\s+){0,2}?(?:scam\s+)?(?:hubs?|compounds?|cent(?:re|er)s?|farms?)\b")
# The other end of a comparison: "16% fewer than the 420 killed in 2024"
_MULTIPLE_OF_BEFORE = r"(?:double|twice|triple|treble|half) the"  # "nearly double the 760 found a year earlier"
_THAN_THE_BEFORE = re.compile(rf"\b(?:(?:than|from) (?:the|a total of)|{_MULTIPLE_OF_BEFORE}) $")
_MULTIPLE_OF_THE_BEFORE = re.compile(rf"\b{_MULTIPLE_OF_BEFORE} $")
# "and 58 involved embezzlement", "and 203 ended in convictions": a part of the cases by what it was or came to
_CONCERNED_AFTER = re.compile(r"\s+(?:involved|concerned|related to|were linked to|(?:ended|resulted) in)\s")
_PART_OF_SUM_BEFORE = re.compile(r",\s+of which\s+(?:only\s+|about\s+|some\s+|nearly\s+|around\s+|almost\s+|just\s+|"
                                 r"more than\s+|over\s+)?$")


_VERB_QUALIFIER_BEFORE = re.compile(r"\b(?:killed|arrested|detained|rescued|freed|deported|charged|convicted|"
                                    r"injured|wounded)\s+(?:more|fewer|less) than\s+$")
# The words _COMPARED_BEFORE ends with, before its optional qualifier (a quick test before the regex).
_COMPARED_WORDS = frozenset("from to reaching reached hit hits reach reaches totalling totaling totalled totaled at by "
                            "numbered top tops topped topping cross crosses crossed crossing exceed exceeds exceeded "
                            "surpass surpassed surpasses surpassing pass passes passed against versus than with up "
                            "down above below of over "
                            "averaged averaging average averages low high peak year's year’s month's month’s "
                            "quarter's quarter’s period's period’s".split())
_QUALIFYING_WORDS = frozenset("just about some only a an record estimated around nearly almost roughly all-time new the"
                              .split())


_YEARS_OWN = re.compile(r"\d{4}['’]s")  # "2024's"


def _ends_with_word(text: str, words: frozenset[str]) -> bool:
    """Whether one of ``words`` is the last word of ``text`` or stands before its last qualifying words only
    ("from", "from about", "a record low of"): a quick test before a pattern anchored at the end."""
    tail = text.split()[-4:]
    while tail and tail[-1].lower() in _QUALIFYING_WORDS:
        tail.pop()
    return bool(tail) and (tail[-1].lower().lstrip("(") in words or _YEARS_OWN.fullmatch(tail[-1]) is not None)


def _verb_right_after(words: str) -> re.Match[str] | None:
    """The people verb right after a bare count, its particle kept only when the verb needs it ("handed over", but
    "Nine charged over laundering")."""
    return VERB_RE.fullmatch(words) or (VERB_RE.fullmatch(words.rsplit(" ", 1)[0]) if " " in words else None)


# A sentence that opens with a count of the people caught or charged told before: "Around 900 were for drink driving"
_PARTED = frozenset({"arrests", "prosecutions", "convictions"})
_PART_FOR_AFTER = re.compile(r"\s+(?:were|was) (?:for|on|over) ")
_OPENING_QUALIFIER = re.compile(r"[\"“]?(?:(?:[Aa]round|[Aa]bout|[Ss]ome|[Nn]early|[Aa]lmost|[Mm]ore than|[Oo]ver) )?")




_HELD_AFTER_PART = re.compile(r"\s+of (?:its|their|his|her|our|the) (?:[\w-]+\s+){0,2}?[a-z]+s(?=\s+held\b)")
_PARALLEL_VERB_AFTER = re.compile(r"\s+(?:are|were|is|was|have been|had been)\s+([a-z]+ed)\b")
_HOW_MANY = re.compile(r"\b[Hh]ow many ([^?]{3,90})\?\s*$")  # a question the figure after it answers


def _caught_uncounted(before: str) -> str | None:
    """The catching verb of a clause before a part whose total is told in no figure ("Hundreds of suspects were
    arrested in a weekend crackdown, police said, among them")."""
    verb = verb_measure(before[-160:], nearest_last=True)
    return verb[0] if verb and verb[0] in CAUGHT else None


def bare_count(before: str, after: str, mention: NumberMention, memory: SentenceMemory, start: int,
               qualifier: str, sign: int) -> LocalReading | None:
    """A number with no counted noun: "771 detained", "29 from India", "rose to 646 from 490"."""
    question = before if before.endswith("? ") else memory.previous_text if not before.strip() else ""
    if question.rstrip().endswith("?") and (asked := _HOW_MANY.search(question)):  # "How many scam calls were
        measure = measure_of_noun_phrase(asked.group(1))  # blocked last year? 14 million, regulator says": what the
        if measure:  # question asks
            return LocalReading(measure, "count", sign, qualifier, False, 0.7)
    if memory.earlier and memory.earlier[-1][1] == "money" and "of which" in before[-30:] and \
            _PART_OF_SUM_BEFORE.search(before[-30:]):  # "losses of 4.7 billion CFA francs, of which 1.1 billion was
        return LocalReading("money", memory.earlier[-1][2], sign, qualifier, False, 0.75)  # recovered": the sum's part
    aside = _DASH_ASIDE.match(after) if after[:3].strip()[:1] in ("—", "–") else None  # "412 — including 96 women —
    verb_right_after = _VERB_RIGHT_AFTER.match(after, aside.end() if aside else 0)  # were charged": past the aside
    verb = _verb_right_after(lowered(verb_right_after.group(1))) if verb_right_after else None
    if any(map(before[-30:].__contains__, _RECORDED_STEMS)) and _RECORDED_BEFORE.search(before[-30:]) and \
            _NOTHING_COUNTED.match(after) and measure_of_noun_phrase(_DATELINE_LEAD.sub("", before[:60], 1)[:40]) == \
            "cases":
        # "Ram raids were almost unheard of in 2019, when police recorded 41": the crimes the sentence opens with
        return LocalReading("cases", "count", sign, qualifier, False, 0.7)
    if before.endswith(", not ") and memory.earlier and _NOTHING_COUNTED.match(after):
        end, measure, unit = memory.earlier[-1]
        if unit not in ("count", "percent") and 0 <= start - end <= 30 and "," not in before[end:-6]:  # "was 9.4
            return LocalReading(measure, unit, sign, qualifier, False, 0.75)  # kilograms, not 94": the weight or sum
            # just told, in its unit
        if memory.last_count(start):  # "identified 820 suspects, not 8,200 as first announced": the wrong figure of
            return LocalReading(memory.last_count(start), "count", sign, qualifier, False, 0.75)  # the same count,
            # which a correction sets right
    if memory.previous_measure and before.endswith(("is ", "was ")) and _CORRECT_FIGURE.search(before[-40:]) and \
            _NOTHING_COUNTED.match(after):  # "An earlier version of this story said 1,214 migrants had been rescued.
        return LocalReading(memory.previous_measure, "count", sign, qualifier, False, 0.6)  # The correct figure is
        # 1,412": the count told before, set right
    if memory.previous_measure and before.endswith((" been ", " were ", " was ")) and \
            _THERE_HAVE_BEEN.search(before[-30:]) and \
            _NOTHING_COUNTED.match(after):  # "In the first six months of this year there have been 47": more of
        return LocalReading(memory.previous_measure, "count", sign, qualifier, False, 0.6)  # the count told before
    if memory.last_count(start) and " were " in after[:7] and _DESCRIBED_AFTER.match(after):  # "Of those deported,
        return LocalReading(memory.last_count(start), "count", sign, qualifier, False, 0.7)  # 6,300 were sent to
        # EU countries, and 1,160 were convicted offenders flown home": who they were, the count before's part
    earlier_count = memory.last_count(start) or memory.previous_measure
    if earlier_count and " were " in after[:7] and _RECORDED_AFTER.match(after):  # "In 2023, 47,900 were recorded":
        return LocalReading(earlier_count, "count", sign, qualifier, False, 0.65)  # more of the count told before
    part = group_part(before, after, verb, memory)  # "Of those arrested, 71 have been sent to prosecutors"
    if part:
        return LocalReading(part[0], "count", sign, qualifier, False, part[1])
    if memory.previous_measure in _PARTED and _PART_FOR_AFTER.match(after) and \
            _OPENING_QUALIFIER.fullmatch(before):  # "In total we arrested about 3,400 people. Around 900 were for
        return LocalReading(memory.previous_measure, "count", sign, qualifier, False, 0.7)  # drink driving": a part
    if verb and verb.group(0).startswith(("wanted", "suspected", "accused")) and \
            BREAKDOWN_BEFORE.search(lowered(before[-25:])):  # "arrested 187,000 suspects, including 2,300 wanted for
        caught = memory.last_count(start) or _caught_uncounted(before)  # murder": caught too ("among them 44
        if caught:  # suspected of exporting stolen cars": what those caught are suspected of; "Hundreds of suspects
            return LocalReading(caught, "count", sign, qualifier, False, 0.75)  # were arrested ..., among them 84
            # wanted for murder": caught, though the total is told in no figure)
    if verb and verb.group(0).startswith("involv") and memory.last_count(start) and \
            before.endswith(("including ", "among them ")):  # "6,732 reports of spiking, including 1,380
        return LocalReading(memory.last_count(start), "count", sign, qualifier, False, 0.75)  # involving needles"
    if memory.last_count(start) and _THAN_THE_BEFORE.search(before[-15:]) and (
            verb and verb.lastgroup or not verb and _MULTIPLE_OF_THE_BEFORE.search(before[-15:]) and
            _NOTHING_COUNTED.match(after)):
        return LocalReading(memory.last_count(start), "count", sign, qualifier, False, 0.75)  # "killed 352 rhinos, 16%
        # fewer than the 420 killed in 2024": the count compared, whatever its verb says of people (and "nearly double
        # the 1,620 in the same period last year", with no verb)
    if memory.last_count(start) == "cases" and (verb and verb.lastgroup and before.endswith(", of which ") or
                                                before.endswith(" and ") and (_AUXILIARY_AFTER.match(after) or
                                                                              _CONCERNED_AFTER.match(after)) and
                                                NEXT_PART_BEFORE.search(before[-80:])):
        # "received 1,120 complaints, of which 214 were investigated (and 96 were dropped)": cases still (GUIDE.md:
        return LocalReading("cases", "count", sign, qualifier, False, 0.75)  # cases investigated or prosecuted count
        # cases, not people)
    held = _HELD_AFTER_PART.match(after) if " held " in after[:60] else None
    if held and HELD_BY_SCAM_SITE.match(after, held.end()):
        return LocalReading("victims", "count", sign, qualifier, False, 0.8)  # "to free nine of its nationals held at
        # a scam farm": captives, no one arrested
    parallel = _PARALLEL_VERB_AFTER.match(after) if before.endswith(" and ") and memory.last_count(start) else None
    if parallel and re.search(rf"\b(?:are|were|is|was|have been|had been) {parallel.group(1)}\b", before[-100:]):
        # "44 fraud cases were linked to the syndicate and 29 are linked to its boss": the same verb again, of more
        return LocalReading(memory.last_count(start), "count", sign, qualifier, False, 0.75)  # of the count before
    if verb and verb.lastgroup:
        return LocalReading(verb.lastgroup, "count", sign, qualifier, False, 0.8)
    if LOST_GATE in after[:14] and _LOST_AFTER.match(after):  # "a dozen lost more than HK$5 million each": victims
        return LocalReading("victims", "count", sign, qualifier, False, 0.75)
    earlier = memory.last_count(start)
    if earlier is None and ("figure" in before[-45:] and memory.previous_measure in PEOPLE_MEASURES or
                            "total was " in before[-30:] and memory.previous_measure == "cases"):
        earlier = memory.previous_measure  # "In Myanmar, the figure could be at least 120,000": the count before's;
        # "This year we have received 1,346 complaints. Last year the full-year total was 904": the cases again
    tail = lowered(before[-45:]) if earlier else ""
    if earlier and any(map(tail.__contains__, RESTATED_GATE)) and _PART_OR_RESTATED.search(tail):
        # "took 340,000 reports, of which only 3,100 led to ...", "last year the figure was 4.1 million", "of which
        # Bengaluru alone accounted for 15,640": a part of the total told before, or the total again
        return LocalReading(earlier, "count", sign, qualifier, False, 0.7)
    if PROSECUTORS_GATE in after[:60] and TO_PROSECUTORS_AFTER.match(after):
        return LocalReading("prosecutions", "count", sign, qualifier, False, 0.75)
    if before.endswith(("sent ", "lured ", "trafficked ")) and _TO_SCAM_SITE.match(after):  # "fake job offers that
        return LocalReading("victims", "count", sign, qualifier, False, 0.8)  # sent 340 to Cambodian scam hubs"
    if any(map(before[-25:].lower().__contains__, SPLIT_VERBS)) and SPLIT_VERB_BEFORE.search(before[-25:]):
        # "hand 140 over to China", "sent 5,200 of them back"
        decided = people_measure(before, _OF_THEM.sub("", after, 1))
        if decided and _cases_still(decided[0], after, memory, start):  # "opened 486 criminal cases and sent 171 of
            return LocalReading("cases", "count", sign, qualifier, False, 0.75)  # them to prosecutors"
        if decided:
            return LocalReading(decided[0], "count", sign, qualifier, False, 0.8)
    if mention.spelled and mention.value < 2:
        return None
    earlier = memory.last_count(start)
    if earlier and "of" in before[-4:] and _EARLIER_TALLY.search(before[-60:]):  # "revising an earlier tally of 668":
        return LocalReading(earlier, "count", sign, qualifier, False, 0.7)  # the revised count's former value
    if earlier and (" of " in before[-20:] or " by " in before[-20:]) and \
            ABSOLUTE_CHANGE.search(lowered(before[-40:])):
        # "4,120 cases ..., an increase of 1,310 on the year before": the size of the count's change (signed)
        return LocalReading(earlier, "count", sign, qualifier, False, 0.7, change=True)
    if earlier and _COUNTED_AGAIN.match(after):  # "registered 14,920 FIRs in 2025, nearly double the 7,640
        return LocalReading(earlier, "count", sign, qualifier, False, 0.7)  # registered in 2024": the same count
    if earlier and after[:1] != "," and _FOLLOWED_BY_WITH.search(before[-70:]):
        return LocalReading(earlier, "count", sign, qualifier, False, 0.7)  # "..., followed by Selangor with 980"
    largest = _LARGEST_GROUP.search(before[-70:]) if "group" in before[-70:] else None
    done = VERB_RE.fullmatch(lowered(largest.group(1))) if largest and largest.group(1) else None
    if done and done.lastgroup:  # "made up the largest group of those convicted, at 61": the people the verb counts
        return LocalReading(done.lastgroup, "count", sign, qualifier, False, 0.7)
    if largest and _LARGEST_GROUP.search(before[-40:]) and memory.previous_measure in PEOPLE_MEASURES:
        # "Chinese nationals made up the largest group, at 1,210": a part of the people counted before, no gang
        return LocalReading(memory.previous_measure, "count", sign, qualifier, False, 0.7)
    restated = restated_noun_phrase(before, after)  # "drug arrests, 41,300", "the most cases, 1,204", "(1,640,"
    if restated:
        return LocalReading(restated[0], "count", sign, qualifier, False, restated[1])
    told = group_told_before(before, memory.told_before) if before.endswith("including ") and not earlier else None
    if told and _FROM_PLACE_OR_END.match(after):  # "Most of the smugglers were foreign nationals, including 236 from
        return LocalReading(told, "count", sign, qualifier, False, 0.7)  # Bosnia": the group counted before
    if earlier and before.endswith(" in ") and _PARALLEL_PART_BEFORE.search(before[-100:]) and \
            _FROM_PLACE_OR_END.match(after):  # "the targets in 61 of the cases, and Roma in 19": the same count's
        return LocalReading(earlier, "count", sign, qualifier, False, 0.7)  # part, its noun left out
    if earlier and BREAKDOWN_BEFORE.search(lowered(before[-25:])) and _FROM_PLACE_OR_END.match(after):
        return LocalReading(earlier, "count", sign, qualifier, False, 0.7)  # "arrested 1,150 accused, including 82"
    if before.endswith("out of ") and _REPORTED_STOLEN_AFTER.match(after):  # "recovered 412 stolen vehicles, out of
        return LocalReading("cases", "count", sign, qualifier, False, 0.7)  # 468 reported stolen": the thefts reported
    labelled = labelled_item(before, memory.previous_text)  # "Bank accounts frozen: 6,745", "1. North Sumatra — 8,912"
    if labelled:
        return LocalReading(labelled[0], "count", sign, qualifier, False, labelled[1])
    tail = lowered(before[-50:])  # a level told after what it is of: "rose to 55,101", "the number of ... was 11,390"
    level = _ends_with_word(tail, _COMPARED_WORDS) and bool(_COMPARED_BEFORE.search(tail)) or \
        "umber of" in before[-120:] and bool(_NUMBER_OF_WAS.search(before[-120:]))
    compared = level and not _VERB_QUALIFIER_BEFORE.search(before[-40:])  # (not "killed more than 5,600": a people
    # verb's qualifier, no comparison)
    verb_before = verb_measure(before[-30:], nearest_last=True) if _NOTHING_COUNTED.match(after) and not compared \
        else None
    if verb_before and verb_before[1] <= NEAR_VERB:  # headlines: "Police Arrest 300 In Raids", "China convicts 78,000"
        return LocalReading(verb_before[0], "count", sign, qualifier, False, 0.75)
    earlier = memory.last_count(start)
    if earlier and (PER_TIME_AFTER.match(after) or _OVER_A_WINDOW_AFTER.match(after)) and \
            OR_BEFORE.search(before[-25:]):  # "400,000 complaints, or about 1,100 a day", "3,000 a quarter, or about
        return LocalReading(earlier, "count", sign, qualifier, False, 0.7)  # 6,000 in the six months"
    shared_percent = _SHARED_PERCENT.match(after)
    if shared_percent:  # "by 12 and 40.5 per cent respectively"
        found = read_percent(before, after[shared_percent.end():], memory, start)
        if not found:  # "returns of 8 to 15 percent": what the percentage after it is not, it is not either
            return None
        return LocalReading(found[0], "percent", sign_of_change(before, after), qualifier, found[1], found[2] * 0.9)
    if earlier and before.endswith(" from ") and PER_HEAD_GATE in before[-80:] and \
            _RATE_THEN_FROM.search(before[-80:]):  # "recorded 119 murders in 2025, a rate of 14.6 per 100,000 people,
        return LocalReading(earlier, "count", sign, qualifier, False, 0.7)  # down from 142 in 2024": the count's
        # earlier level, past the rate per head told in apposition (no figure itself)
    if RATE_RE.search(lowered(before[-60:])) and RATE_LEVEL_BEFORE.search(lowered(before[-20:])):
        if PER_HEAD_GATE in before[-40:] and _PER_POPULATION_BEFORE.search(before[-40:]):
            return None  # "rose to 8.1 per lakh population from 6.2": a rate per head, no figure
        return LocalReading("other", "percent", 1, qualifier, True, 0.6)  # "the detection rate ... to 35.7": a level
    if after.startswith(" of ") and _OF_A_NUMBER.match(after):  # "convicted 24 of 27 defendants": the part, which the
        near = verb_measure(before[-30:], nearest_last=True)     # verb right before counts
        if near and near[1] <= NEAR_VERB and not _PUNCTUATION.search(before, len(before) - near[1]):
            return LocalReading(near[0], "count", sign, qualifier, False, 0.8)
    of_their, of_group = _OF_THEIR_PEOPLE.match(after), _OF_GROUP.match(after)
    if of_group and _CLOSED_BEFORE.search(before[-30:]):  # "carried out 412 raids on scam sites, closing 96 of them"
        return LocalReading("groups", "count", sign, qualifier, False, 0.7)
    counted = counted_noun(_PERIODS_OWN_RE.sub("", _LEADING_FIGURE.sub(
        "", after[of_group.start() + of_group.group(0).find("of ") + 3:]), 1)) if of_group else None
    if counted and of_group.group(0).strip().lower() in ("of them", "of whom") and \
            memory.last_count(start) in PEOPLE_MEASURES:  # "named 214 suspects ..., 37 of them companies": what
        counted = None  # some of them were, the people counted before
    if counted and counted[1].lower() == "victims" and memory.previous_measure == "deaths" and \
            not memory.last_count(start) and _counted_the_killed(memory.previous_text):  # "1,207 homicide
        return LocalReading("deaths", "count", sign, qualifier, False, 0.7)  # victims in 2025." then "214 of the
        # victims were under 25": the dead counted before
    if counted and counted[0] not in ("people", "uncounted"):  # "11 of the 120 cases": what the group counts,
        return LocalReading(counted[0], "count", sign, qualifier, False, 0.7)  # whatever people a verb near it tells
        # of ("Crew were taken hostage in 21 of the incidents, and nine crew members were kidnapped")
    if of_their or of_group:  # "charged 4,325 of them", "flown home 600 of its citizens": the verb right before
        near = verb_measure(before[-30:], nearest_last=True)
        if near and _cases_still(near[0], after, memory, start):  # "opened 486 cases and charged 171 of them"
            return LocalReading("cases", "count", sign, qualifier, False, 0.75)
        if near and near[1] <= NEAR_VERB and not _PUNCTUATION.search(before, len(before) - near[1]):
            return LocalReading(near[0], "count", sign, qualifier, False, 0.8)  # not "210 accused, 45 of them"
        joined = verb_measure(before[-90:], nearest_last=True) if of_their and before.endswith(" and ") else None
        if joined and not _PUNCTUATION.search(before, len(before) - joined[1]) and \
                not any(map(str.isdigit, before[-90:])):  # "convicted the owner of a home-health agency and two of
            return LocalReading(joined[0], "count", sign, qualifier, False, 0.75)  # her employees": the verb's too
    if counted and counted[0] == "people" and of_group and not memory.last_count(start) and \
            memory.previous_measure not in PEOPLE_MEASURES:  # (not a part of the people counted before)
        own = people_measure("", after[of_group.end():])  # "It said 19 of the suspects were accused of ...": their
        if own:  # own verb after the group, when no count of the sentence came before
            return LocalReading(own[0], "count", sign, qualifier, False, 0.7)
    if of_their and _PREDICATE_AFTER.match(after, of_their.end()):  # "40 of its nationals were rescued"
        decided = people_measure("", after[of_their.end():])
        if decided and decided[1] >= 0.9:
            return LocalReading(decided[0], "count", sign, qualifier, False, 0.8)
    own_verb = VERB_RE.match(lowered(after[of_their.end():of_their.end() + 40]).lstrip()) if of_their else None
    if own_verb and own_verb.lastgroup:  # "Four of his associates pleaded guilty"
        return LocalReading(own_verb.lastgroup, "count", sign, qualifier, False, 0.8)
    if of_group and "promised" in after[:80] and LURED_AFTER.match(after, of_group.end()):  # "Thirty-one of the
        return LocalReading("victims", "count", sign, qualifier, False, 0.8)  # women had been promised jobs": lured
    if of_group:  # "64 of them already prosecuted", "307 of the suspects arrested", "35 of whom were women"
        # "of the accused convicted": the participle after the group decides, not the group's own words.
        decided = people_measure("", after[of_group.end():] if of_group.group("participle") is not None else after)
        if decided and _cases_still(decided[0], after, memory, start):  # "received 412 reports and passed 37 of
            return LocalReading("cases", "count", sign, qualifier, False, 0.75)  # them to prosecutors": cases still
        if decided and (decided[0] != "suspects" or QUESTIONED.search(after, 0, 60)):  # not "of the suspects
            # were accused of ...", whose words tell what the group did, but "will be questioned by police"
            return LocalReading(decided[0], "count", sign, qualifier, False, decided[1] * 0.9)
        default = next((m for d, m in DEFAULT_RES if d.search(counted[1])), None) if counted else None
        if default == "victims":  # "7,500 of those victims lost six-figure sums" (not "1,927 of the suspects", who
            return LocalReading(default, "count", sign, qualifier, False, 0.7)  # are the ones counted before)
        total = inherited(before, after, memory, start, demonym=True)
        return LocalReading(total, "count", sign, qualifier, False, 0.7) if total else None
    if _FROM_PLACE.match(after):
        total = inherited(before, after, memory, start, demonym=True)
        return LocalReading(total, "count", sign, qualifier, False, 0.7) if total else None
    noun_of = _NOUN_OF_BEFORE.search(before[-60:]) if NOUN_OF_GATE in before[-25:] else None
    if noun_of:  # "reported cases of 17,718"
        named = measure_of_noun_phrase(noun_of.group(1))
        if named and named not in ("suspects", "seizures"):
            return LocalReading(named, "count", sign, qualifier, False, 0.7)
    if _AUXILIARY_AFTER.match(after):  # "90 are due to fly back"
        decided = people_measure(before, after)
        if decided:
            return LocalReading(decided[0], "count", sign, qualifier, False, decided[1] * 0.8)
    partner = _TO_PARTNER.match(after)
    if partner or level:
        last = memory.earlier[-1] if memory.earlier else None
        if last and last[2] == "percent" and before.endswith("from "):  # "230 cash machines ..., down 40% from 385":
            return LocalReading(last[1], "count", sign, qualifier, False, 0.7)  # the other end of that change
        noun = counted_noun(after[partner.end() - 1:]) if partner else None
        if noun and noun[0] not in ("people", "uncounted"):
            return LocalReading(noun[0], "count", sign, qualifier, False, 0.8)
        if noun is None and last and last[2] == "count" and not partner and before.endswith(("against ", "versus ")):
            return LocalReading(last[1], "count", sign, qualifier, False, 0.7)  # "blew up 41 cash machines ...,
            # against 63 in 2024": the count it is set against, whatever the sentence opens with
        subject = change_subject(before, after, memory, start)
        if subject and subject[0] != "money":
            return LocalReading(subject[0], "count", sign, qualifier, False, subject[1] * 0.9)
        currency = memory.last_currency(start) if subject else None
        if currency and subject:  # the other end of a change in money keeps its currency
            return LocalReading("money", currency, sign, qualifier, False, subject[1] * 0.8)
        return None
    return listed_count(before, after, memory, start, qualifier, sign)
