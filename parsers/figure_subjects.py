"""A figure's crime (GUIDE.md's subject), from the crime words of its sentence and the article's
(:class:`parsers.article_facts.SentenceFacts`, :class:`parsers.article_facts.ArticleContext`): the nearest crime word of
its clause, the cause a share is put down to, the kind of a change's figure, and the kinds an article's words imply
(a migration figure, a smuggling's dead, a story's own kind of fraud)."""
from __future__ import annotations

import re

from parsers.article_facts import ArticleContext, SentenceFacts
from parsers.figure_periods import ANAPHORA
from parsers.reading import LocalReading
from parsers.scan import CLAUSE_JOIN, NUMBER_START, phrase_end
from parsers.topics import agencies_subject, clause_of, smuggling_accident, subject_near, without_commonest_part
from parsers.vocab import FALL_WORDS, MIGRANT_NOUNS, RISE_WORDS

_CHANGE_BETWEEN = re.compile(rf"\b(?:{RISE_WORDS}|{FALL_WORDS})\b")  # "Burglaries rocketed 12%", "... slumped 8%"

# A part of the count before, its own words after it: "114 of which concerned financial pyramids"
_PART_OF_WHICH = re.compile(r"\d(?:[\d,.]*\d)? of which ")

# What a share is put down to: "attributed 71% of all murders to feuds between gangs", "blamed 30% on cartels"
_CAUSE = re.compile(r"\b(?:attributed|ascribed)\b[^,;.]{0,50}?\bto\s+|\bblamed\b[^,;.]{0,50}?\bon\s+")
_CAUSE_WORDS = ("attributed", "ascribed", "blamed")
_LINKED_TO = re.compile(r"[\d.,]+\s*(?:%|per\s?cent|percent)\s+(?:\w+\s+){0,2}(?:linked|related|connected|tied)\s+to\b")
# The people a figure stopped or turned back are migrants (matched at the figure): no smuggling's
_MIGRANTS_AFTER = re.compile(r"[\w.,]+(?:\s+(?:million|thousand|lakh))?\s+"
                             rf"(?:{MIGRANT_NOUNS}|(?:border )?crossings|attempts to cross|attempted crossings|"
                             r"attempts to leave the country|"
                             r"(?:irregular|illegal|unauthori[sz]ed) (?:entries|border crossings|crossings)|"
                             rf"attempts by (?:[\w-]+ ){{0,2}}?{MIGRANT_NOUNS} to cross)"
                             r"\b(?!\s+(?:\w+\s+)?(?:by|from|with)\s+(?:\w+\s+)?(?:smugglers|traffickers))")
_MIGRANTS_COUNTED_BEFORE = re.compile(r"(?:\b(?:number of (?:[\w-]+ )?|(?:[Oo]f|[Aa]mong) the |"
                                      r"(?:apprehensions|arrests|detentions|deportations|removals) of (?:[\w-]+ )?)"
                                      rf"{MIGRANT_NOUNS}\b|\b[Cc]rossings\b|\b[Mm]igrant (?:apprehensions|arrests|"
                                      r"detentions)\b)[^.;]{0,100}$")  # ("Of the migrants, 212 were children": a
# part of them; "as crossings through the jungle fell 93% ... to about 21,500": the crossings'; "apprehensions of
# migrants ... totaled 238,000")
_CROSSED_AFTER = re.compile(r"[\d.,]+\s*(?:%|per ?cent|percent) of those who (?:crossed|arrived|entered|came)\b")


def migrants_at(text: str, position: int) -> bool:
    """Whether the figure at ``position`` counts migrants or attempts to cross a border (a migration figure)."""
    return bool(_MIGRANTS_AFTER.match(text, position))


_CAUGHT_CROSSING = re.compile(r"\b(?:caught|stopped|detained|apprehended)\s+(?:while\s+|trying to\s+|attempting to\s+)?"
                             r"cross|\b(?:entered|crossed|entering|crossing)\s+(?:the\s+(?:country|border)\s+)?"
                             r"(?:irregularly|illegally|without (?:papers|documents|permission))")  # ("detained 41,382
# migrants who had entered the country irregularly")
_SHARE_OF_BEFORE = re.compile(r"(?:%|\bper ?cent|\bpercent) of the $")
_ALL_CRIMES_AT = re.compile(r"[\d.,]+(?:\s+(?:million|thousand|lakh))?\s+"
                            r"(?:offences|offenses|crimes|criminal offences)\b")
# The whole a share is of ("accounted for 44 per cent of all crime"): it names no crime of the figures told after it
_SHARE_OF_WHOLE = re.compile(r"(?:%|\bper ?cent|\bpercent) of (?:all|total|overall|the total|the)\s+(?:reported |"
                             r"recorded |registered )?(?:crimes?|offen[cs]es|criminal (?:cases|offen[cs]es))\b")
_CAPTIVITY = re.compile(r"\b(?:held|kidnap\w*|abduct\w*|captiv\w*|ransom|safe ?house|stash house|traffick\w*|enslav\w*|"
                        r"forced|exploit\w*|tortur\w*|locked|confined|crammed)", re.IGNORECASE)
# "Killings linked to illegal mining rose to 39": killings, whatever they are linked to
_KILLINGS_LINKED = re.compile(r"\b(?:[Kk]illings|[Mm]urders|[Hh]omicides)\s+(?:linked|related|tied|connected)\s+to\b")
_POISONED = re.compile(r"\b(?:liquor|alcohol|hooch|methanol|moonshine|medicines?|poison\w*)\b", re.IGNORECASE)


# A kind named before a bare crime word ("human trafficking", "child trafficking"): no bare word
_KIND_BEFORE = re.compile(r"\b(?:human|people|child|sex|labou?r|organ|baby|women|girls?)\s+$")


def _only_bare(text: str, subjects: list[tuple[int, str]], subject: str, word: str | tuple[str, ...]) -> bool:
    """Whether every word of ``text`` that names ``subject`` is the bare ``word`` ("trafficking networks", "its fraud
    team"), with no kind before it: words that take the article's own kind of the crime."""
    lower = text.lower()
    return all(lower.startswith(word, pos) and not _KIND_BEFORE.search(lower, max(0, pos - 12), pos)
               for pos, found in subjects if found == subject)


def _fraud_joined_to_other(text: str, subjects: list[tuple[int, str]]) -> bool:
    """Whether every scam word of ``text`` is a bare "fraud" joined by "and" to a crime of the "other" kind right before
    it ("tax evasion and fraud", "forgery and fraud")."""
    lower = text.lower()
    frauds = [pos for pos, subject in subjects if subject == "telecom_fraud"]
    return bool(frauds) and all(lower.startswith("fraud", pos) and lower.endswith(" and ", 0, pos) and
                                any(subject == "other" and 0 < pos - other <= 30 for other, subject in subjects)
                                for pos in frauds)


# A violent kind before "attacks": no cyber attack ("knife attacks", "armed attacks")
_VIOLENT_KIND_BEFORE = re.compile(r"\b(?:knife|gun|acid|armed|violent|physical|sexual|terror|terrorist|bomb|arson|mob|"
                                  r"machete|shark|dog)\s+$")


def _only_cyber_attacks(text: str, subjects: list[tuple[int, str]]) -> bool:
    """Whether every violent-crime word of ``text`` is a bare "attack(s)" with no violent kind before it."""
    lower = text.lower()
    return all(lower.startswith("attack", pos) and not _VIOLENT_KIND_BEFORE.search(lower, max(0, pos - 12), pos) and
               not _ON_PEOPLE_AFTER.match(lower, lower.find(" ", pos))
               for pos, found in subjects if found == "violent_crime")


_ON_PEOPLE_AFTER = re.compile(r" on (?:people|persons|women|men|children|girls|boys|police|officers|civilians|villagers)\b")


_MIGRANTS_DEAD_AT = re.compile(r"[\d,.]+\s+(?:[\w-]+\s+)?migrants\b")
_SMUGGLERS_AT = re.compile(r"[\d,.]+\s+(?:suspected\s+|alleged\s+)?smugglers?\b")  # counted at the figure


_SUCH_CRIMES_AT = re.compile(r"[\d.,]+\s*(?:k|m|mln|bn|million|thousand)?\s+such (?:crimes|offen[cs]es|cases)\b")
# Crimes of the "other" kind that name what was done ("cases of online blackmail and sextortion"): the sentence's own
# crime, not the agency's ("the Cyber Crime Investigation Agency"), as "criminal cases" or "crimes" would leave it
_NAMED_OTHER_CRIME = re.compile(r"(?:sextortion|blackmail|extortion)", re.IGNORECASE)


def subject_of(facts: SentenceFacts, local_pos: int, reading: LocalReading, previous: str | None,
             context: ArticleContext) -> str:
    sentence, subjects, measure = facts.sentence, facts.subjects, reading.measure
    if reading.share and _LINKED_TO.match(sentence.text, local_pos) and any(pos < local_pos for pos, _ in subjects):
        # "with about 70% linked to drug trafficking disputes": linked to another crime, still the whole's (not
        # "attributed to", which names the cause's crime below)
        subjects = [(pos, subject) for pos, subject in subjects if pos < local_pos]
    if reading.share and any(pos < local_pos and subject != "other" for pos, subject in subjects):
        # "Telecom fraud cases accounted for 40 percent of all criminal cases": the part's crime, not the whole's
        subjects = [(pos, subject) for pos, subject in subjects if pos < local_pos or subject != "other"]
    if not reading.share and ("% of " in sentence.text or "cent of " in sentence.text):  # "Deception accounted for 44
        wholes = [found.span() for found in _SHARE_OF_WHOLE.finditer(sentence.text, 0, local_pos)]  # per cent of
        subjects = [(pos, subject) for pos, subject in subjects  # all crime, with 18,925 cases": deception's
                    if subject != "other" or not any(start <= pos < end for start, end in wholes)]
    clause = clause_of(sentence.text, local_pos) if reading.share and \
        any(map(sentence.text.__contains__, _CAUSE_WORDS)) else None
    cause = _CAUSE.search(sentence.text, max(clause[0], local_pos - 30), clause[1]) if clause else None
    if cause and CLAUSE_JOIN.search(sentence.text, local_pos, cause.start()):
        cause = None  # "accounted for 55% of the killings, and investigators attributed 41% to ...": the next one's
    caused = [subject for pos, subject in subjects if cause and cause.end() <= pos < cause.end() + 60]
    if caused:  # "attributed 71% of all murders to feuds between criminal gangs": the cause's crime, not the whole's
        # (but "half of the kidnappings were linked to hijackings": still kidnappings, linked to others)
        return caused[0]
    own = _PART_OF_WHICH.match(sentence.text, local_pos) if " of which " in sentence.text else None
    named = [subject for pos, subject in subjects if own and own.end() <= pos < phrase_end(sentence.text, own.end())]
    if named:  # "completed 286 criminal cases, 114 of which concerned financial pyramids": the part's own crime
        return named[0]
    if reading.unit == "count" and sentence.text.endswith("of the ", 0, local_pos) and \
            _SHARE_OF_BEFORE.search(sentence.text, max(0, local_pos - 20), local_pos) and \
            _ALL_CRIMES_AT.match(sentence.text, local_pos):
        return "other"  # "Fraud accounted for 21% of the 298,400 offences registered": the whole, crime overall
    if measure == "other" and ("migrants" in sentence.text or "those who" in sentence.text or
                               "rossings" in sentence.text) and (
            _MIGRANTS_COUNTED_BEFORE.search(sentence.text, max(0, local_pos - 120), local_pos) or
            _CROSSED_AFTER.match(sentence.text, local_pos)):
        return "other"  # "the number of migrants crossing the buffer zone fell by 43% to 2,870", "60 percent of
        # those who crossed": migration figures, whatever smugglers the sentence names
    if (measure == "other" or measure == "rescued" and not _CAPTIVITY.search(sentence.text)) and \
            reading.unit == "count" and migrants_at(sentence.text, local_pos):
        return "other"  # "intercepted 41,300 migrants" beside "detained 1,240 people smugglers", "recorded 23,600
        # attempts to cross the border illegally", "rescued 1,412 migrants from unseaworthy boats": migration figures
        # (not migrants freed from kidnappers or traffickers)
    if measure == "arrests" and reading.unit == "count" and migrants_at(sentence.text, local_pos) and \
            _CAUGHT_CROSSING.search(sentence.text, local_pos, local_pos + 80):  # "3,140 migrants were caught
        return "other"  # crossing" beside "arrested 61 suspected people smugglers": a migration figure
    if "smuggler" in sentence.text and "migrant" in sentence.text and _SMUGGLERS_AT.match(sentence.text, local_pos):
        return "human_trafficking"  # "intercepted 61 pirogues carrying 4,312 migrants, and arrested 83 suspected
        # smugglers": the smugglers of those migrants
    if measure in ("deaths", "injuries", "rescued") and smuggling_accident(sentence.text):
        return "human_trafficking"  # "two boats carrying migrants capsized, killing at least 45 people", after the
        # smugglers arrested: the smuggling's dead, not a killing
    subjects = without_commonest_part(subjects, sentence.text, local_pos)
    if (" of them" in sentence.text or " of whom" in sentence.text) and \
            (part := _PART_TOLD_AFTER.match(sentence.text, local_pos)):
        # "1,200+ arrests, 640 of them for illegal gambling": the crime told after the part is the part's, not the
        # total's (which falls back on the article's crime when its own clause names none)
        subjects = [(pos, subject) for pos, subject in subjects if pos < part.end()]
    listed = [(pos, subject) for pos, subject in subjects if local_pos < pos < clause_of(sentence.text, local_pos)[1]] \
        if context.subject == "organized_crime" and len(subjects) >= 3 and measure not in ("deaths", "injuries") else []
    if len(listed) >= 3 and len({subject for _, subject in listed}) >= 3 and \
            not NUMBER_START.search(sentence.text, local_pos, listed[-1][0]):
        return "organized_crime"  # "41 people ... accused of extortion, drug trafficking and money laundering" in a
        # story of a mafia clan: the many crimes of the organisation, none of them alone
    if previous and "such " in sentence.text and _SUCH_CRIMES_AT.match(sentence.text, local_pos) and \
            not any(pos < local_pos for pos, _ in subjects):
        return previous  # "Police registered about 389k such crimes ..., of which 61% were frauds": the crimes told of
        # before, whatever the parts told after (not "turning to special fraud, with 1,720 such cases": its own)
    change = reading.unit == "percent" and not reading.share
    changing = _changing_subject(subjects, sentence.text, local_pos) if change else None
    found = changing or subject_near(subjects, sentence.text, local_pos)
    if found == "human_trafficking" and context.subject == "drugs" and \
            _only_bare(sentence.text, subjects, found, ("trafficking ", "trafficking.", "trafficking,")):
        found = "drugs"  # "dismantled 14 trafficking networks" in a story of drug seizures: the drug trade's
    if found == "telecom_fraud" and " and fraud" in sentence.text and _fraud_joined_to_other(sentence.text, subjects):
        found = "other"  # "convictions for tax evasion and fraud": the fraud of the other crime's kind, no scam
    if found == "violent_crime" and context.subject == "cybercrime" and _only_cyber_attacks(sentence.text, subjects):
        found = "cybercrime"  # "attacks on healthcare providers rose" in a story of ransomware: cyber attacks
    if found == "telecom_fraud" and context.subject == "other" and context.other_fraud and \
            _only_bare(sentence.text, subjects, found, "fraud"):
        found = "other"  # "its fraud team passed 312 cases to the police" in a story of driving test fraud: the
        # article's own kind of fraud, which no scam is
    if found in ("other", "organized_crime") and (measure in ("deaths", "injuries") or measure == "cases" and
                                                  _KILLINGS_LINKED.search(sentence.text, 0, local_pos)) and \
            not _POISONED.search(sentence.text):
        return "violent_crime"  # "57 drivers have been killed by extortion gangs", "killed in gang-related violence": a
        # killing is a violent crime (not "the death toll from spurious liquor rose to 42": a poisoning)
    if found == "other" and all(subject == "other" and not _NAMED_OTHER_CRIME.match(sentence.text, pos)
                                for pos, subject in subjects):
        # "The Anti-Corruption Prosecutor's Office sent 187 criminal cases to court": crimes of no kind named, of the
        # kind the agency named fights
        found = agencies_subject(sentence.text) or found
    if not found and reading.unit == "count" and measure in ("arrests", "deported") and \
            context.subject not in ("human_trafficking", "other") and "igrant" in sentence.text and \
            (migrants_at(sentence.text, local_pos) or
             _MIGRANTS_COUNTED_BEFORE.search(sentence.text, max(0, local_pos - 120), local_pos)):
        return "other"  # "apprehensions of migrants ... totaled 238,000" in a story of drug seizures: a migration
        # figure, when its sentence names no crime
    if found:
        return found
    if previous and ANAPHORA.match(sentence.text):
        return previous
    if measure == "deaths" and "migrant" in sentence.text and _MIGRANTS_DEAD_AT.match(sentence.text, local_pos):
        return "human_trafficking"  # "The bodies of 214 migrants were recovered from the sea": the smuggling's dead
    if measure in ("deaths", "injuries") and context.subject != "human_trafficking" and \
            not ("killed" in sentence.text and _KILLED_BY_FORCES.search(sentence.text)):
        return "violent_crime"  # (but migrants who drowned when a smugglers' boat capsized died of the smuggling;
        # suspects killed in encounters with the police died in the crackdown on the article's crime)
    return context.subject


# A part of the figure told right after it, with its own crime: "1,200+ arrests, 640 of them for illegal gambling"
_PART_TOLD_AFTER = re.compile(r"\d[\d,.]*\+?[^.;,]{0,40},\s+(?:about\s+|some\s+|nearly\s+|more than\s+|over\s+)?"
                              r"\d[\d,.]*\s+of\s+(?:them|whom)\b")


# Suspects the forces killed in their operations: "Thirty-four suspects were killed in armed encounters with police"
_KILLED_BY_FORCES = re.compile(r"\b(?:suspects|smugglers|traffickers|dealers|pushers|peddlers|members|rebels|"
                               r"guerrillas|militants|gunmen)\b[^.;]{0,30}\bkilled\b"
                               r"[^.;]{0,40}\b(?:encounters?|clash(?:es)?|shoot-?outs?|gunfights?|firefights?|"
                               r"exchanges? of fire)\b")


def _changing_subject(subjects: list[tuple[int, str]], text: str, position: int) -> str | None:
    """The crime whose words a change's verb follows: "Overall crime up 4.6% ... as scams dominate" (the crime that
    changed, not the nearer one named after it)."""
    before = [item for item in subjects if 0 < position - item[0] <= 40]
    if not before:
        return None
    pos, subject = before[-1]
    return subject if _CHANGE_BETWEEN.search(text, pos, position) and not any(
        pos < other < position for other, _ in subjects if other != pos) else None
