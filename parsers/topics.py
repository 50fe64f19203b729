"""What a text is about: the crime it names and whether it is crime or enforcement news.

Pure functions over strings: the crime subjects a sentence names (with their positions), the
one nearest a figure, and the two context tests the extractor applies to a sentence or an
article's lead.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from parsers.scan import DIGIT, OTHER_CLAUSE, PHRASE_BREAK, StemScanner
from parsers.crime_vocab import CRIME_NEWS_TERMS, ENFORCEMENT_TERMS, SUBJECT_TERMS

_SUBJECT_RE = re.compile("|".join(rf"(?P<{s}>\b(?:{p})\b)" for p, s in SUBJECT_TERMS))  # on lower-cased text
_SUBJECT_SCAN = StemScanner.for_terms(_SUBJECT_RE, [p for p, _ in SUBJECT_TERMS], guard=r"\b")
_ENFORCEMENT = StemScanner.for_terms(re.compile(rf"\b(?:{ENFORCEMENT_TERMS})\b", re.IGNORECASE), [ENFORCEMENT_TERMS],
                                     guard=r"\b", flags=re.IGNORECASE)
_CRIME_NEWS = StemScanner.for_terms(re.compile(rf"\b(?:{CRIME_NEWS_TERMS})\b", re.IGNORECASE), [CRIME_NEWS_TERMS],
                                    guard=r"\b", flags=re.IGNORECASE)


def about_enforcement(text: str) -> bool:
    """Whether ``text`` speaks of crime or enforcement at all (money and percentages need it: not GDP growth)."""
    return next(_ENFORCEMENT.finditer(text), None) is not None


def about_crime(text: str) -> bool:
    """Whether ``text`` uses words only crime and enforcement news uses (not "cases" or "victims")."""
    return next(_CRIME_NEWS.finditer(text), None) is not None


# Words of health news: a count in a sentence that has them and no crime word is an epidemic's, not a crime's.
_HEALTH = re.compile(r"\b(?:covid(?:-19)?|coronavirus|pandemic|infections?|infected|vaccin\w*|hospitali[sz]\w*|"
                     r"quarantine|self-isolat\w*|per 100,000)", re.IGNORECASE)


_HEALTH_WORDS = ("covid", "coronavirus", "pandemic", "infect", "vaccin", "hospitali", "quarantine", "isolat", "100,000")


# Deaths and injuries in an accident or a disaster are no crime's, unless the sentence names a violent crime.
_ACCIDENT = re.compile(r"\b(?:crash\w*|collision|collid\w*|accidents?|accidental|plung\w*|overturn\w*|derail\w*|capsiz\w*|"
                       r"landslides?|floods?|flooding|earthquakes?|typhoons?|cyclones?|storms?|road deaths|"
                       r"firecracker\w*|fireworks?|"
                       r"traffic deaths|drown\w*|stampede|on (?:the )?(?:\w+ )?roads|road tolls?|rising waters?|"
                       r"floodwaters?)\b", re.IGNORECASE)
_SMUGGLING = re.compile(r"\bsmuggl|\btraffick", re.IGNORECASE)  # a migrant boat's capsizing: a smuggling's deaths
# (of people: not "412 for drug trafficking" in a report's list, whose road deaths are still accidents)
_PEOPLE_SMUGGLING = re.compile(r"(?<!drug )(?<!drugs )(?<!arms )(?<!gun )(?<!weapons )(?<!wildlife )"
                               r"\b(?:smuggl|traffick)|\bmigrant boats?\b|\bboats? carrying [\d,]+ migrants\b",
                               re.IGNORECASE)  # (or migrant boats: "Comoros stops 38 migrant boats bound for Mayotte")
_VIOLENT = re.compile(r"\b(?:murder\w*|homicides?|manslaughter|attack\w*|assault\w*|stabb\w*|shot|shooting\w*|"
                      r"gunm[ae]n|gunfire|bomb\w*|arson\w*|terror\w*|massacre\w*|hit-and-run|drunk\w*)\b",
                      re.IGNORECASE)


def about_accident(text: str, lead: str = "") -> bool:
    """Whether ``text`` tells of an accident or a disaster, not a violent crime ("a tour bus plunged into a ravine,
    killing 14"; not "the gunman crashed his car after shooting three"), nor a smuggling told of in it or in the
    article's ``lead`` ("61 migrants drown as smugglers' boat capsizes")."""
    return bool(_ACCIDENT.search(text)) and not _VIOLENT.search(text) and not _SMUGGLING.search(text) and \
        not _PEOPLE_SMUGGLING.search(lead)


def smuggling_accident(text: str) -> bool:
    """Whether ``text`` tells of people smuggled who died or were saved in an accident ("two boats carrying migrants
    capsized, killing at least 45 people" beside the smugglers arrested): the smuggling's figures, no violent crime."""
    return bool(_ACCIDENT.search(text)) and bool(_SMUGGLING.search(text)) and not _VIOLENT.search(text)


def about_sport(text: str) -> bool:
    """Whether ``text`` tells of a match ("The referee booked 6 players": yellow cards, no charges)."""
    lower = text.lower()
    return any(map(lower.__contains__, _SPORT_STEMS)) and bool(_SPORT.search(text))


_SPORT_STEMS = ("referee", "match", "goal", "league", "tournament", "innings", "wicket", "striker", "midfielder",
                "card", "shoot", "half", " win", "victory", "defeat", "draw", "loss")  # one is in every _SPORT match
_SPORT = re.compile(r"\b(?:referees?|(?:matches|match)(?![- ]fixing)|goals?|league|tournament|innings|wickets?|"
                    r"striker|midfielder|"
                    r"yellow cards?|red cards?|penalty shoot-?out|half-time|first half of the match|"
                    r"second half(?! of (?:the |last |this |next )?(?:year|fiscal|financial|\d{4}))|"
                    # a scoreline: "a 3-1 win over the Falcons"
                    r"\d{1,2}-\d{1,2} (?:home |away )?(?:win|victory|defeat|draw|loss))\b",
                    re.IGNORECASE)


def about_health(text: str) -> bool:
    """Whether ``text`` speaks of an epidemic ("25.9 new cases per 100,000 people", "coronavirus cases")."""
    lower = text.lower()
    return any(map(lower.__contains__, _HEALTH_WORDS)) and bool(_HEALTH.search(text))


# Agency names hold crime words that say nothing of the figure ("Anti-Organized Crime Commission").
_AGENCY_NAME = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+(?:(?:and|of|on|for)\s+)?){1,6}(?:Commission|Department|Bureau|Division|Group|Council|"
    r"Centre|Center|Agency|Unit|Office|Command|Task Force|Squad|Directorate|Coordination Centre|Wing|Cell|Authority|"
    r"Committee|Service)\b"
    # ("Independent Authority Against Corruption", "Agency for the Fight Against Drugs": the crime after the body;
    # "State Committee for National Security", "Security Service": a security agency, no crime of national security)
    r"(?:(?:\s+(?:Against|for Combating|for (?:the )?(?:Fight|Struggle) Against|for (?:the )?(?:Prevention|"
    r"Repression|Suppression) of)|(?=\s+(?:for|of) (?:National|State|Public) Security\b))"
    r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*|\s+(?:for|of)(?= [A-Z]))+)?")
_ORG_WORD = re.compile(r"Commission|Department|Bureau|Division|Group|Council|Cent(?:re|er)|Agency|Unit|Office|"
                       r"Command|Task Force|Squad|Directorate|Wing|Cell|Authority|Committee|Service")


# An agency named by its crime in lower case, acting with another force: "police and anti-drug agency officers"
_ANTI_UNIT = re.compile(r"\banti-[a-z]+ (?:agency|unit|squad|bureau|task force)\b")
_ANTI_UNIT_WITH_OTHERS = re.compile(r"\b(?:police|officers|soldiers|customs) and anti-[a-z]+ (?:agency|unit|squad|"
                                    r"bureau|task force)\b")
# The names of cybercrime portals and centres say what their totals count (GUIDE.md: internet-crime-complaint
# totals are cybercrime), so they are not left out with the other agency names.
# (A police unit's name, "Cyber Crime Wing", "Anti-Cybercrime Group", says nothing of what its figures count.)
_CYBERCRIME_AGENCY = re.compile(r"Internet Crime|Cyber ?[Cc]rime")
_REPORTS_CENTRE = re.compile(r"Coordinat|Complaint|Report|Portal")


def _mask_agency(match: re.Match[str]) -> str:
    name = match.group(0)
    return name if _CYBERCRIME_AGENCY.search(name) and _REPORTS_CENTRE.search(name) else " " * len(name)


# A crime word in an official's title or a body's name written in lower case: "commercial crime chief", "anti-drug
# tsar", "the police commercial crime department", "anti-organised crime commission agents".
# (A cybercrime unit's totals stay cybercrime's, as the older labels have them.)
_TITLE_WORDS = ("chief", "head", "director", "commissioner", "tsar", "czar", "department", "division", "bureau",
                "commission", "squad", "branch", "unit", "office", "investigators")  # ("directorate" holds "director")
_TITLE_AFTER = re.compile(r"[\w-]+(?: [\w-]+)?? (?:investigation )?(?:chief|head|director|commissioner|tsar|czar|"
                          r"(?P<body>(?:department|division|bureau|commission|squad|branch|unit|office|directorate)s?|"
                          r"(?<=commercial crime )investigators))\b")  # ("Commercial crime investigators arrest")


# A crime a total leaves out says nothing of it: "6.6 million crimes, excluding fraud".
_LEFT_OUT_WORDS = ("exclud", "except", "other than", "apart from", "not including")
_LEFT_OUT_BEFORE = re.compile(r"\b(?:excluding|except(?: for)?|other than|apart from|not including)\s+(?:[\w-]+\s+){0,2}$")


_ORGANISATIONS_LINKED = re.compile(r"criminal organi[sz]ations?,?\s+(?:linked to|involved in|dedicated to|engaged in|"
                                   r"devoted to|behind|that ran|running)\b")
_WEAPONS = re.compile(r"\b(?:firearms?|weapons|guns|rifles|pistols|ammunition|explosives|arms)\b")


def subjects_in(text: str) -> list[tuple[int, str]]:
    """(position, subject) of the crime words of ``text``, agency names left out (but cybercrime portals'), and
    the crimes a total leaves out."""
    masked = _AGENCY_NAME.sub(_mask_agency, text) if _ORG_WORD.search(text) else text
    lower = masked.lower()
    if "anti-" in lower and _ANTI_UNIT_WITH_OTHERS.search(lower):  # "Police and anti-drug agency officers ...
        lower = _ANTI_UNIT.sub(lambda m: " " * len(m.group(0)), lower)  # destroyed illicit alcohol": who, not what
    found = [(m.start(), m.lastgroup or "other") for m in _SUBJECT_SCAN.finditer(lower)]
    if found and any(map(lower.__contains__, _LEFT_OUT_WORDS)):
        found = [(pos, subject) for pos, subject in found if not _LEFT_OUT_BEFORE.search(lower, max(0, pos - 40), pos)]
    if found and any(map(lower.__contains__, _TITLE_WORDS)):  # "the federal police's commercial crime chief said": a
        found = [(pos, subject) for pos, subject in found if not _in_title(lower, pos, subject)]  # title, no crime
    if "organi" in lower and any(subject == "organized_crime" for _, subject in found):  # "68 criminal organisations
        # linked to drug trafficking": the crime they are linked to
        found = [(pos, subject) for pos, subject in found if not _ORGANISATIONS_LINKED.match(lower, pos)]
    if "cartel" in lower and any(subject == "drugs" for _, subject in found):
        # "trafficking fentanyl for the Sinaloa Cartel": the crime is the drugs, the cartel who deals them
        found = [(pos, subject) for pos, subject in found if not (subject == "organized_crime" and
                                                                  lower.startswith("cartel", pos))]
    if "trafficking" in lower and _WEAPONS.search(lower) and \
            any(subject == "human_trafficking" for _, subject in found):
        # "firearms seized in Balkan trafficking crackdown": the trafficking is of the weapons ("other")
        found = [(pos, "other" if subject == "human_trafficking" and lower.startswith("trafficking", pos) else subject)
                 for pos, subject in found]
    if "attack" in lower and any(subject == "cybercrime" for _, subject in found):
        # "a ransomware group blamed for more than 300 attacks": the attacks are the cyber crime's
        found = [(pos, subject) for pos, subject in found if not (subject == "violent_crime" and
                                                                  lower.startswith("attack", pos))]
    return found


def _in_title(lower: str, pos: int, subject: str) -> bool:
    """Whether the crime word at ``pos`` names an official's title or a body, not the figure's crime."""
    title = _TITLE_AFTER.match(lower, pos)
    return title is not None and not (title.group("body") and subject == "cybercrime")


def agencies_subject(text: str) -> str | None:
    """The crime the agencies named in ``text`` fight, when nothing else in it names one: the National
    Anti-Corruption Commission's figures are corruption's."""
    names = [m.group(0).lower() for m in _AGENCY_NAME.finditer(text)] if _ORG_WORD.search(text) else []
    found = Counter(m.lastgroup or "other" for name in names for m in _SUBJECT_SCAN.finditer(name))
    return found.most_common(1)[0][0] if found else None


def nearest(items: Sequence[tuple[int, str]], position: int) -> str | None:
    """The item named nearest to ``position``."""
    return min(items, key=lambda item: abs(item[0] - position))[1] if items else None


# Where one clause of a sentence ends and another, about something else, begins.
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but)\s")


def clause_of(text: str, position: int) -> tuple[int, int]:
    """The span of the clause that holds ``position``: "robberies - by 64% to 67 cases; burglary - ...",
    "fraud cases rose 12 per cent, while drug cases fell ..."."""
    if ";" not in text and ", " not in text:
        return 0, len(text)
    start, end = 0, len(text)
    for found in _CLAUSE_BREAK.finditer(text):
        if found.end() <= position:
            start = found.end()
        elif found.start() >= position:
            end = found.start()
            break
    return start, end


def _in_clause(items: list[tuple[int, str]], text: str, position: int) -> list[tuple[int, str]]:
    """The items of the clause that holds ``position``, or all of them when that clause names none."""
    start, end = clause_of(text, position)
    inside = [item for item in items if start <= item[0] < end]
    return inside or items


_ASIDE_WORDS = ("including", "such as", "among them", "notably")
_ASIDE = re.compile(r",\s*(?:" + "|".join(_ASIDE_WORDS) + r")\b[^,;]*,")


def _outside_asides(items: list[tuple[int, str]], text: str, position: int) -> list[tuple[int, str]]:
    """The items outside a closed aside before ``position``: in "commercial crime, such as online scams,
    amounted to RM1.2 billion" the figure is about the whole, not the part the aside names."""
    if not any(map(text.__contains__, _ASIDE_WORDS)):  # most sentences have no aside: skip the regex
        return items
    asides = [m.span() for m in _ASIDE.finditer(text, 0, position)]
    outside = [item for item in items if not any(start <= item[0] < end for start, end in asides)]
    return outside or items


# Who said it, after the figures: ", the police said in their annual scam and cybercrime brief".
_ACCORDING_TO = re.compile(r"\baccording to\b[^,;.]*")
_ATTRIBUTION = re.compile(r",\s+(?:[\w'’.-]+\s+){1,6}?(?:said|says|told|reported|announced|added|noted|stated)\b")


def _before_attribution(items: list[tuple[int, str]], text: str, position: int) -> list[tuple[int, str]]:
    """The items before the attribution that follows ``position``, when there are any: the name of a report
    ("its annual scam and cybercrime brief") says nothing of the figures it is quoted for; nor does one in an
    "according to ..." aside anywhere ("according to the police's annual crime report, released on Sunday,")."""
    according = _ACCORDING_TO.search(text) if "according to" in text else None
    if according:
        items = [item for item in items if not according.start() <= item[0] < according.end()] or items
    found = _ATTRIBUTION.search(text, position) if text.find(", ", position) != -1 else None
    if found is None:
        return items
    before = [item for item in items if item[0] < found.start()]
    return before or items


_BINDS_CRIME = re.compile(r"\b(?:for|over|involving|in connection with|on charges of|with|on suspicion of|"
                          r"suspected of)\b")


def _own_conjunct(items: list[tuple[int, str]], text: str, position: int) -> list[tuple[int, str]]:
    """In "tried 3,150 gambling cases and sentenced 9,870 people for helping fraud rings" the figure's crime is
    named after it, in its own phrase: the crime words before it, across an "and", are the earlier figure's."""
    after = text.find(" ", position)  # past the figure's own digits ("9,870")
    own = [item for item in items if after < item[0] <= position + 80 and not PHRASE_BREAK.search(text, after, item[0])
           and _BINDS_CRIME.search(text, after, item[0])]
    if not own:
        return items
    return [item for item in items if item[0] > position or " and " not in text[item[0]:position]]


def _not_the_next_conjuncts(items: list[tuple[int, str]], text: str, position: int) -> list[tuple[int, str]]:
    """In "Burglaries fell 11 per cent to 402 and robberies dropped to 19" the crime after the "and" is the next
    figure's: a figure with a crime word of its own before it leaves the next conjunct's crime words alone."""
    if not any(pos < position and not PHRASE_BREAK.search(text, pos, position) for pos, _ in items):
        return items  # (the figure's own crime word stands before it in its phrase)
    end = text.find(" ", position)
    theirs = [item for item in items if end != -1 and item[0] > end and " and " in text[end:item[0]] and
              DIGIT.search(text, item[0])]
    return [item for item in items if item not in theirs] if theirs else items




# Two crime words joined as one total: "online scams and cyber crimes".
_JOINED = re.compile(r"[\w -]{1,30}?\s+(?:and|or|&)\s+(?:other\s+)?")
_MIXED = {"telecom_fraud", "cybercrime"}
def _many_kinds_listed(subjects: list[tuple[int, str]], text: str) -> bool:
    """Whether three or more kinds of crime are named as the examples of one total ("for offences including illegal
    gambling, drug possession and theft"; not "from telecom fraud, gambling and drug trafficking", whose first
    named is the figure's)."""
    run = [subjects[0]]
    for item in subjects[1:]:
        gap = text[run[-1][0]:item[0]]
        joined = len(gap) <= 40 and ("," in gap or " and " in gap) and not DIGIT.search(gap)
        run = run + [item] if joined else [item]
        first = run[0][0]
        kinds = len({subject for _, subject in run})
        if kinds >= 3 and _EXAMPLES_BEFORE.search(text, max(0, first - 30), first) or \
                kinds == 2 and _CRIMES_SUCH_AS.search(text, max(0, first - 30), first):
            return True  # (two kinds as the examples of "crimes including robbery and drug possession")
    return False


_CRIMES_SUCH_AS = re.compile(r"\b(?:crimes|offen[cs]es)\s+(?:including|such as|like|ranging from)\s+"
                             r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_BREAKDOWN_AFTER_COLON = re.compile(r"\s*\d")  # a list of figures after the colon
# A figure told for a crime right after it: "182 for assault", "610 people for drug offences", "318 criminal cases for
# drug smuggling"
_FOR_A_CRIME = re.compile(r"[\d,.]+(?:\s+(?:people|persons|men|women|suspects|(?:criminal\s+)?cases|investigations|"
                          r"proceedings))?\s+for\s+(\S+(?:\s+\S+){0,2})|"
                          # "3,100 criminal cases against so-called droppers": the doers the cases are against
                          r"[\d,.]+\s+(?:criminal\s+)?(?:cases|investigations|proceedings)\s+against\s+"
                          r"(?:(?:so-called|suspected|alleged|the)\s+)?((?:\S+\s+){0,2}\S+)|"
                          # "286 criminal cases related to drug trafficking": the crime the cases concern
                          r"[\d,.]+\s+(?:criminal\s+)?(?:cases|investigations|proceedings)\s+(?:related|linked) to\s+"
                          r"((?:[^\s,]+\s+){0,2}[^\s,]+)(?![\w-]*,)|"  # (not a list: "related to food, drugs, ...")
                          # "1,41,208 complaints of online financial fraud": the crime the complaints are of
                          r"[\d,.]+\s+(?:criminal\s+)?(?:cases|complaints|reports|incidents)\s+of\s+"
                          r"((?:\S+\s+){0,2}\S+)")
_EXAMPLES_BEFORE = re.compile(r"\b(?:including|such as|like|ranging from)\s+(?:[\w-]+\s+){0,2}$")


# "..., and had handled 1,240" (not "and charged 11 of them": a part of the figure before, its crime the same)
_ANOTHER_FIGURE = re.compile(r",? and (?:had |has |have )?\w+ (?:\w+ )?\d[\d,.]*(?![\d,.]| of\b)|"
                             # "charged 21,300 people with such crimes and 38,900 with helping them ...": the first
                             # figure's own phrase, then the next figure's
                             r"\b(?:with|for|over)\b[^,;.]{0,40}? and \d[\d,.]*(?![\d,.]| of\b)")
_PART_TOLD_FOR = re.compile(r",\s+(?:including|of which|of whom)\s+(?:about |some |more than |over |nearly )?"
                            r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                            r"(?:\s*%|\s+per ?cent|\s+percent)?"
                            r"\s+(?:for|concerned|involved|related to|were|was)\s+[^,;.]{0,40}$")  # ("Arrests: 2,960, of
# which 412 for drug trafficking", "handled 1,046 criminal investigations, of which 412 concerned money laundering",
# "made 23 arrests, including nine for drug offences", "389k such crimes, ..., of which 61% were frauds")
# Another figure's quantity right before the drug it weighs: "seized $4.3 million in cash and 62 kilograms of cocaine"
# (the cocaine is the 62 kilograms', not the cash's)
_QUANTITY_OF = re.compile(r"\d[\d,.]*\s*(?:kg|kilo(?:gram(?:me)?)?s?|tonnes?|tons?|grams?|pounds|lbs?)\s+of\s+$")
# What a laundered sum came from, after it: "$92 million in drug proceeds", "$92 million for the Sinaloa cartel"
_SOURCE_AFTER = re.compile(r"\S+(?: (?:million|billion|crore|lakh))?(?: [a-z]+)? (?:in|of|for|from) ")
# A crime named right before "at" or "with" and its figure, as in a ranking.
_LABELLED = re.compile(r"[\w'-]+(?: [\w'-]+){0,3}(?:\s+(?:at|with)\s+(?:about\s+|some\s+|nearly\s+|over\s+)?|"
                       r" \()")  # (or in brackets after it: "homicides (1,120), kidnappings (868)")


def subject_near(subjects: list[tuple[int, str]], text: str, position: int) -> str | None:
    """The subject of a figure at ``position``: the nearest crime word of its clause, outside asides.

    A total of scams and cyber crimes together is cybercrime (GUIDE.md: mixed internet-crime totals)."""
    first = min(pos for pos, _ in subjects) if subjects else 0
    if subjects and first > position and (OTHER_CLAUSE.search(text, position, first) or
                                          _ANOTHER_FIGURE.search(text, text.find(" ", position) + 1, first) or
                                          _QUANTITY_OF.search(text, max(text.find(" ", position) + 1, first - 40),
                                                              first)):
        return None  # "197 Chinese and 21 Malaysians, while 36 workers were possible trafficking victims": theirs;
        # "recover 4.6 billion yuan ..., and had handled 1,240 cases of infringing ... information": the later figure's
    if subjects and first > position and _PART_TOLD_FOR.search(text, position, first):
        return "other"  # "made 312,500 arrests during the quarter, including 1,240 for murder": the total's parts
        # are told for their crimes, the total is crime overall
    if len(subjects) > 1 and _many_kinds_listed(subjects, text):
        return "other"  # "for offences including illegal gambling, drug possession and theft": crime overall
    if subjects and first > position and ":" in text[position:first] and len({s for _, s in subjects}) > 2 and \
            _BREAKDOWN_AFTER_COLON.match(text, text.find(":", position) + 1):
        return "other"  # "arrested 1,204 people in an operation: 610 for drug offences, 312 for theft, ...": the
        # total of its parts, crime overall
    told_for = _FOR_A_CRIME.match(text, position)
    start, end = told_for.span(told_for.lastindex or 1) if told_for else (0, 0)
    if told_for and any(start <= pos < end for pos, _ in subjects):
        return next(subject for pos, subject in subjects if start <= pos < end)  # "182 for assault": the crime the
        # figure is told for, right after it
    if len(subjects) > 1 and any(subject != subjects[0][1] for _, subject in subjects):
        # only when the sentence names more than one kind of crime can a clause or an aside change the choice
        subjects = _outside_asides(_in_clause(_before_attribution(subjects, text, position), text, position), text,
                                   position)
        subjects = _own_conjunct(subjects, text, position)
        subjects = [item for item in subjects if item[0] < position or "followed by" not in text[position:item[0]]] \
            or subjects  # "named in 38 per cent of reports, followed by money laundering at 24 per cent"
        subjects = _not_the_next_conjuncts(subjects, text, position)
        if not subjects:  # every crime word is another figure's: "... rose 6% and 11% respectively in 2025, to 38,000"
            return None
        labelled = [item for item in subjects if item[0] < position and _LABELLED.fullmatch(text, item[0], position)]
        if labelled:  # "followed by investment fraud at 1,318 and illegal access at 911": the crime it is told for
            return labelled[-1][1]
        after = [pos for pos, subject in subjects if subject != "money_laundering"]
        if after and any(subject == "money_laundering" and pos < position for pos, subject in subjects) and \
                all(pos > position for pos in after) and _SOURCE_AFTER.match(text, position, min(after)):
            return "money_laundering"  # "laundering $92 million in drug proceeds for the cartel": the laundering is
            # the act, the crimes after the sum whose money it was
        chosen = min(subjects, key=lambda item: abs(item[0] - position))
        if chosen[1] in _MIXED:
            for one, other in zip(subjects, subjects[1:]):
                if {one[1], other[1]} == _MIXED and chosen in (one, other) and \
                        _JOINED.fullmatch(text, one[0], other[0]):
                    return "cybercrime"
    return nearest(subjects, position)


_THE_FIGURES = re.compile(r"(?:the|these|both|the two) (?:figures|numbers|totals)\b|(?:they|both)\b", re.IGNORECASE)


def respective_to_before(text: str, figures: Sequence[tuple[int, str, bool]]) -> list[int]:
    """The changes of a sentence that lists them "respectively" for the counts of the sentence before ("The
    figures were down 3.6 percent and 7.1 percent year-on-year respectively"): their indexes, in order, when the
    sentence is nothing but those changes; empty otherwise.  ``figures`` are as for :func:`respective_figures`."""
    if "respectively" not in text or not _THE_FIGURES.match(text):
        return []
    changes = [i for i, (_, unit, share) in enumerate(figures) if unit == "percent" and not share]
    return changes if len(changes) >= 2 and len(changes) == len(figures) else []


def respective_crimes(text: str, subjects: list[tuple[int, str]], positions: Sequence[int]) -> dict[int, str]:
    """The crime each figure of a "respectively" list is told for: "Arrests for drug trafficking and human
    trafficking rose 8% and 14% respectively, to 41,000 and 610" pairs the crimes named before the figures, in
    order, with each run of figures."""
    if "respectively" not in text or not positions:
        return {}
    named = [subject for pos, subject in subjects if pos < positions[0]]
    if len(named) < 2 or len(set(named)) != len(named) or len(positions) % len(named):
        return {}
    return {i: named[i % len(named)] for i in range(len(positions))}


def respective_figures(text: str, figures: Sequence[tuple[int, str, bool]]) -> dict[int, int]:
    """Which earlier count each change of a "respectively" list belongs to: in "charged 38,000 for X and 2,500 for
    Y, up 20 percent and down 12 percent respectively" the changes (figures 2 and 3) are those of figures 0 and 1.

    ``figures`` are (position, unit, is_share) in order; the answer maps a change's index to its count's.
    """
    if "respectively" not in text:
        return {}
    changes = [i for i, (_, unit, share) in enumerate(figures) if unit == "percent" and not share]
    if len(changes) < 2 or changes != list(range(changes[0], changes[0] + len(changes))):
        return {}
    counts = [i for i in range(changes[0]) if figures[i][1] != "percent"]
    if len(counts) < len(changes):
        return {}
    # the counts right before the list ("198,000 people, of whom 61,400 ... and 102,300 ..., up 4.8 percent and
    # down 9.1 percent respectively": not the total told first)
    return dict(zip(changes, counts[-len(changes):]))


# The commonest kind among a total's, told in an aside: "handled 3,412 reports, with fraud through fake investment
# platforms the most common complaint" (the total's crime is all of them, not that part's); or the part that moved
# crime overall, told after "as": "Crime in Bhutan up 6% as drug offences climb"
_COMMONEST_PART = re.compile(r"\bwith\s+[^,;:.]{1,80}?\s+(?:being\s+|as\s+)?the\s+"
                             r"(?:most\s+(?:common|frequent|reported)|commonest|largest|biggest|leading)\s+"
                             r"(?:complaints?|categor(?:y|ies)|types?|crimes?|offen[cs]es?|forms?|kinds?)\b|"
                             r"\bcrimes?\s(?:in\s[^,;:.]{1,30}?\s)?(?:is\s|was\s)?(?:up|down|rose|fell|rises|falls)\b"
                             r"[^,;:.]{0,25}? (?P<part>as [^,;:.]{1,60})")


def may_name_commonest_part(text: str) -> bool:
    """The quick check of ``_COMMONEST_PART``: every match has "with " and one of these words, or "crime" and " as"."""
    return "with " in text and any(map(text.__contains__, ("most ", "common", "largest", "biggest", "leading"))) or \
        "rime" in text and " as " in text


def without_commonest_part(subjects: list[tuple[int, str]], text: str,
                           position: int | None = None) -> list[tuple[int, str]]:
    """The crime words of ``text`` without those of an aside naming the commonest part of a total, for a figure
    outside it (for the whole text's topic when ``position`` is None)."""
    if not may_name_commonest_part(text):
        return subjects
    found = _COMMONEST_PART.search(text)
    if found is None:
        return subjects
    start, end = found.span("part") if found.group("part") else found.span()
    if position is not None and start <= position < end:
        return subjects
    return [(pos, subject) for pos, subject in subjects if not start <= pos < end]
