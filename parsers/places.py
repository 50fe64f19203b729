"""Places, demonyms and agencies mapped to ISO 3166-1 alpha-2 codes.

Used to decide which country a figure is about: the sentence first, then the article.
Agencies count as places ("Supreme People's Court" is China, "SPF" is Singapore).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from collections.abc import Sequence

from parsers.place_names import AUTHORITY_DEMONYMS, PLACES
from parsers.scan import DIGIT, StemScanner, lowered, trie_pattern

# Agency names several countries use (China's and Vietnam's both have a Ministry of Public Security and people's
# courts): they place a figure only when their sentence names no other country.
_SHARED_AGENCIES = re.compile(r"(?:Supreme People's (?:Court|Procuratorate)|Ministry of Public Security|MPS|"
                              r"procuratorates?|people's courts?|public security organs)", re.IGNORECASE)
_SHARING = frozenset({"CN", "VN", "LA"})  # the countries whose bodies have those names
# ("Malaysian victims lost RM2.8 million": whose losses the clause's sum is)
_AUTHORITIES = (r"police|authorities|victims(?= lost\b)|authority|courts?|government|ministry|interior ministry|"
                r"officials|"
                r"prosecutors|procuratorates?|immigration|military|army|junta|embassy|public security|"
                r"law enforcement|navy|customs|regulators?|security forces|border guards|investigators|"
                r"officers|agencies|cabinet|parliament|president|prime minister|state media|home ministry|"
                r"general department|gendarmes|gendarmerie|"
                r"waters|territorial waters|territory|soil")  # where it happened: "in Indonesian waters"
_DRUG_KIND_AFTER = re.compile(r" (?:cannabis|ganja|heroin|cocaine|hashish|marijuana|opium|kush)\b")  # lower-cased
# Places that say where people came from or went, not where the figure happened.
_NOT_WHERE_PHRASES = ("from", "to", "towards", "toward", "into", "through", "via", "back in", "back to", "operating in",
                      "based in", "base in", "bases in", "headquartered in", "hideout in", "hideouts in",
                      "nationals of", "citizens of", "people of", "border with", "bordering", "countries including",
                      "borders with", "crossings with", "crossing with", "frontier with",  # the other side
                      "countries such as", "countries like", "nations including", "nationalities including",
                      "countries, mainly", "countries, mostly", "countries, especially", "countries, notably",
                      "countries, particularly", "countries, including",
                      "bound for", "destined for", "headed for", "heading for", "en route to",  # a cargo's destination
                      "leave for", "leaving for",
                      "trying to reach", "attempting to reach", "hoping to reach",  # migrants' destination
                      "links to networks in", "ties to networks in", "linked to networks in")  # a gang's partners
_NOT_WHERE_MODIFIERS = frozenset({"the", "northern", "southern", "eastern", "western"})
_NOT_WHERE = re.compile(r"\b(?:" + "|".join(_NOT_WHERE_PHRASES) + r")\s+(?:" +
                        "|".join(rf"{m}\s+" for m in sorted(_NOT_WHERE_MODIFIERS)) + r")?$")
_NOT_WHERE_LAST = frozenset(phrase.split()[-1] for phrase in _NOT_WHERE_PHRASES)
_NOT_WHERE_REACH = 30  # characters before a place that can say it is where people came from
# Where people were taken from: "rescued from Myanmar", "repatriated from northern Myanmar", "scam compounds in
# Myawaddy", "scam centres in Cambodia and Laos" (on lower-cased text); not where they "were from".
_ORIGIN_BEFORE = re.compile(r"(?:\bfrom(?<!were from)(?<!are from)(?<!was from)(?<!come from)(?<!came from)|"
                            r"(?<=\d )came from|"  # "Of them, 1,840 came from Cambodia": where a part was brought from
                            r"\b((?:cent(?:re|er)s?|compounds?|hubs?|farms?|parks?|dens?|zones?|operations?) (?:in|at|near|outside)))\s+"
                            r"(?:the\s+)?(?:(?:northern|southern|eastern|western|north|south|east|west)\s+)?$")
# People described by where they come from, in an aside on a group's make-up (on lower-cased text).
# ("103 minors, most of them from Guatemala and Honduras" too)
_NATIONALITY_FROM = re.compile(r"\b\d{1,2}-year-old\s+(?:[\w-]+\s+){0,2}?from\s+$|"  # ("a 27-year-old graduate from")
                               r"\b(?:mostly|mainly|many|all|including|(?:most|many|some|all) of them)\s+"
                               r"(?:(?:[\w-]+\s+){0,2}?(?:women|men|people|"
                               r"nationals|citizens|workers|victims|migrants|foreigners|children|girls|boys)\s+)?"
                               r"from\s+"
                               r"(?:the\s+)?$")  # ("400 foreigners, mostly from the United States": who they are)
_COUNT_BEFORE = re.compile(r"(?<![\w,.])(?!(?:19|20)\d\d\b)\d(?:[\d,]*\d)? $")  # a count of people of a country
_LIST_JOIN = re.compile(r"(?:,\s*|\s+)(?:(?:and|or)\s+)?(?:the\s+)?")  # between the places of a list
_DOLLARS_AFTER = re.compile(r"\$|\s+dollars?\b", re.IGNORECASE)
_NATIONALS_AFTER = re.compile(r"\s+(?:nationals?|citizens?|passport holders?|"
                              # "near the Myanmar border" (its border guards are Myanmar's); on lower-cased text
                              r"border(?!\s+(?:guards?|police|forces?|patrols?|troops|officials|authorities)))\b")
# Kinds of scam named after a place, as Malaysian and Singaporean reports call impersonation scams: no place.
_SCAM_KIND_AFTER = {"MO": re.compile(r"\s+scams?\b")}  # "a Macau scam syndicate" (on lower-cased text)

# Nationalities written as nouns after a count: "83 Chinese", "two Indians", "one American".
DEMONYMS = ("Chinese", "Indians?", "Americans?", "Laotians?", "Lao", "Thais?", "Vietnamese", "Malaysians?",
            "Filipinos?", "Filipinas?", "Indonesians?", "Taiwanese", "Burmese", "Myanmar nationals", "Myanmar",
            "Cambodians?", "Koreans?", "South Koreans?", "Japanese", "Singaporeans?", "Pakistanis?", "Bangladeshis?",
            "Nepalis?", "Sri Lankans?", "Nigerians?", "Kenyans?", "Ugandans?", "Ethiopians?", "Africans?", "Europeans?",
            "Britons?", "Australians?", "Canadians?", "Russians?", "Ukrainians?", "Turks?", "Brazilians?",
            "Mexicans?", "Hongkongers?", "Macanese", "Mongolians?", "Kazakhs?", "Uzbeks?", "foreigners?",
            "expatriates?", "locals?", "Spaniards?", "Poles", "Swedes", "Danes", "Finns", "Scots", "Frenchm[ae]n",
            "Dutchm[ae]n", "Irishm[ae]n", "Englishm[ae]n")
_ADJECTIVE_ONLY = frozenset(("Philippine", "Bavarian", "Hong Kong", "Singapore", "New Zealand", "Myanmar", "U\\.S\\.",
                             "US"))


def _people_of(demonym: str) -> str | None:
    """The noun for people of a nationality, as a pattern, from its adjective: "Syrians?", "Iraqis?", "Senegalese"
    (none for "British", "Dutch", "Spanish": adjectives only)."""
    if demonym in _ADJECTIVE_ONLY or demonym.endswith(("ish", "ch")) and demonym != "Czech":
        return None
    if demonym.endswith(("ese", "ss", "ois", "yz", "be")) or demonym == "Lao":
        return demonym
    return demonym + "s?"


# ... and of every other nationality the authorities' adjectives name: "two Syrians", "14 Iraqis"
DEMONYMS += tuple(sorted({noun for names in AUTHORITY_DEMONYMS.values() for name in names
                          if (noun := _people_of(name)) and noun not in DEMONYMS}, key=len, reverse=True))
DEMONYM_RE = re.compile(r"(?:" + "|".join(DEMONYMS) + r")(?![\w'])")

def _spellings(names: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Each way a name is written ("U\\.S\\." is "U.S.", "POGOs?" is "POGO" and "POGOs") -> its country code."""
    spelled: dict[str, str] = {}
    for code, patterns in names.items():
        for pattern in patterns:
            plain = pattern.replace("\\.", ".")
            for name in ((plain[:-2], plain[:-1]) if plain.endswith("s?") else (plain,)):
                if re.search(r"[\\()\[\]?*+|]", name) or spelled.setdefault(name, code) != code:
                    raise ValueError(f"{name!r} is no plain name of one country")
    return spelled


_PLACE_CODES, _AUTHORITY_CODES = _spellings(PLACES), _spellings(AUTHORITY_DEMONYMS)
if any(_PLACE_CODES[name] != code for name, code in _AUTHORITY_CODES.items() if name in _PLACE_CODES):
    raise ValueError("a name is a place of one country and a nationality of another")
_CODES = _PLACE_CODES | _AUTHORITY_CODES  # a match of either pattern: the country of the name it matched
# One trie of every name (the engine reads a branch per letter instead of trying each name), the longest first;
# the country is looked up by the name that matched (``_code``).
# (not the "America" of "North America" or "Latin America", a region)
PLACE_RE = re.compile(r"(?<![\w.])(?<!North )(?<!South )(?<!Central )(?<!Latin )(?P<place>" +
                      trie_pattern(_PLACE_CODES) + r")(?!\w)"
                      r"(?!(?<=mainland) (?!China|Chinese)[A-Z])"  # ("mainland France": no China)
                      r"(?!(?<=Metropolitan Police) Department)")  # (Tokyo's or Washington's force, not London's)
AUTHORITY_RE = re.compile(r"(?<![\w.])(?P<place>" + trie_pattern(_AUTHORITY_CODES) + r")"
                          r"(?!\s+(?:Guiana|Polynesia)\b)"  # (a territory's name, "French Guiana gendarmes")
                          r"(?:'s)?\s+(?:\w+\s+)?(?i:" + _AUTHORITIES + r")\b")
_PLACE_SCAN = StemScanner.for_terms(PLACE_RE, [n for names in PLACES.values() for n in names], rare_starts=True)
_AUTHORITY_SCAN = StemScanner.for_terms(AUTHORITY_RE, [n for names in AUTHORITY_DEMONYMS.values() for n in names],
                                        rare_starts=True)
# Datelines open a story with its place in capitals: "BEIJING –", "SINGAPORE (Reuters) -", "NEW DELHI:".
# (capitals with accents too: "MEDELLÍN", "BOGOTÁ")
DATELINE_RE = re.compile(r"^\s*([A-ZÀ-Þ][A-ZÀ-Þ .'-]{2,40}?)(?:,\s*([A-Za-z0-9. ]+?))?(?:\s*\([^)]{0,60}\))?"
                         r"\s*[–—:-]+\s", re.MULTILINE)
# The states of American datelines, as the AP writes them: "OCALA, Fla. —".
_US_DATELINE_STATES = frozenset(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. "
    "Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. "
    "Alaska Hawaii Idaho Iowa Maine Ohio Texas Utah".split())


# Countries that are also men's names: one followed by a capitalised word is a name ("Chad Warren").
GIVEN_NAMES = frozenset({"Chad"})
_SURNAME_AFTER = re.compile(r" [A-Z][a-z]")
_BASED_IN = ("based across the border in ", "based abroad in ")  # ("based in Myanmar, Laos and ...": read below)
_RULES_AFTER = re.compile(r" (?:rules?|regulations?|system|procedures?|transfers?|convention|agreement)\b")


def _code(match: re.Match[str]) -> str:
    return _CODES[match.group("place")]


def _where_people_came_from(lower: str, start: int, floor: int = 0) -> bool:
    words = lower[max(floor, start - _NOT_WHERE_REACH):start].split()
    if words and words[-1] in _NOT_WHERE_MODIFIERS:
        words.pop()
    if not words or words[-1] not in _NOT_WHERE_LAST:  # the regex is worth running only then
        return False
    if words[-1] == "to" and words[-2:-1] == ["according"]:
        return False  # "according to the National Anti-Scam Centre": whose figures they are
    return bool(_NOT_WHERE.search(lower, max(floor, start - _NOT_WHERE_REACH), start))


def places_in(text: str) -> tuple[tuple[int, str], ...]:
    """(position, country code) of the places and national authorities named in ``text``.

    Leaves out what only says where people come from or go ("from Myanmar", "to China"),
    nationalities of people ("Chinese nationals") and currencies ("US$", "U.S. dollars").
    """
    return places_by_sentence(text, ((0, len(text)),))[0]


@dataclass(frozen=True)
class SentencePlaces:
    """The places a sentence names for its figures, and the places people were taken from.

    ``origins`` are where people came from or were held ("rescued from Myanmar", "scam compounds in
    Myawaddy"): GUIDE.md gives rescues the country of the scam centre.  Positions are in the sentence.
    """

    places: tuple[tuple[int, str], ...]
    origins: tuple[tuple[int, str], ...]
    centres: tuple[tuple[int, str], ...] = ()  # the origins that are scam centres' places: a raid's country


def places_by_sentence(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[tuple[int, str], ...]]:
    """:func:`places_in` for each sentence span of ``text`` (positions from the sentence's start)."""
    return [found.places for found in sentence_places(text, spans)]


_ITEM_COUNTRY = re.compile(r"[*•]\s*([A-Z][A-Z .'-]{2,30}):\s")  # a list item led by a country's name in capitals


def sentence_places(text: str, spans: Sequence[tuple[int, int]], home: str | None = None) -> list[SentencePlaces]:
    """The places and origins of each sentence span of ``text``, read in two scans of the whole text: the
    words before a place are read back to its sentence's start only.  In a story from ``home`` (its dateline's
    country), an agency name that country shares with others is its own ("HANOI - ... the Ministry of Public
    Security said")."""
    plain = text.replace("\u2019", "'").replace("\u2018", "'")  # str.translate costs more
    lower = lowered(plain)
    starts = [start for start, _ in spans]
    found: list[list[tuple[int, str]]] = [[] for _ in spans]
    origins: list[list[tuple[int, str]]] = [[] for _ in spans]
    centres: list[list[tuple[int, str]]] = [[] for _ in spans]
    shared: list[set[int]] = [set() for _ in spans]  # positions of agency names several countries use
    left_out_end = -1  # where the last place left out as one people came from ends
    origin_end = -1  # where the last place people were taken from ends ("from Myanmar, Laos and Cambodia")
    centre_list = False  # whether that place was a scam centre's ("compounds in Myanmar and Laos")
    owner_end = -1  # where the last place kept ends: "X's" before an agency makes it X's
    if "*" in text or "•" in text:  # "* CAMBODIA: Police detained 2,240 people ...": a list item's country
        for i, (start, end) in enumerate(spans):
            label = _ITEM_COUNTRY.match(plain, start, end)
            hit = PLACE_RE.fullmatch(label.group(1).title()) if label else None
            if hit:
                found[i].append((label.start(1) - start, _code(hit)))
    if "—" in text or "–" in text:  # a brief of a round-up, later in the text: "MANILA — The agency seized ..."
        for i, (start, end) in enumerate(spans[2:], 2):
            line = DATELINE_RE.match(plain, start, end) if plain[start:start + 1].isupper() else None
            hit = PLACE_RE.fullmatch(line.group(1).title()) if line else None
            if hit:
                found[i].append((line.start(1) - start, _code(hit)))
    for scanner, is_place in ((_PLACE_SCAN, True), (_AUTHORITY_SCAN, False)):
        for match in scanner.finditer(plain):
            start = match.start()
            i = bisect_right(starts, start) - 1
            if i < 0 or start >= spans[i][1]:
                continue
            if is_place and match.group("place") in GIVEN_NAMES and _SURNAME_AFTER.match(plain, match.end()):
                continue  # "Chad Warren, 34, was charged": a man's name
            if is_place and match.group("place") == "Dublin" and _RULES_AFTER.match(lower, match.end()):
                continue  # "under the Dublin rules": the EU's asylum rules, no Irish place
            if is_place and (_DOLLARS_AFTER.match(plain, match.end()) or _NATIONALS_AFTER.match(lower, match.end()) or
                             match.group("place") in _ADJECTIVE_ONLY and _COUNT_BEFORE.search(plain, max(0, start - 12),
                                                                                               start)):
                continue  # "US$", "96 Myanmar nationals", "near the Myanmar border", "305 Chinese, 211 Myanmar and 96
                # Lao nationals": a currency, a nationality, a border
            if is_place and lower.endswith(_BASED_IN, 0, start):  # "members of gangs based across the border in
                origins[i].append((start - starts[i], _code(match)))  # France": where they are based, no figure's
                centres[i].append((start - starts[i], _code(match)))  # place (as "a France-based gang")
                continue
            if is_place and plain.startswith("-based", match.end()):  # "a Myanmar-based gang": where it is based, as
                origins[i].append((start - starts[i], _code(match)))  # "compounds in Myanmar" says, no figure's place
                centres[i].append((start - starts[i], _code(match)))
                continue
            scam_kind = _SCAM_KIND_AFTER.get(_code(match)) if is_place else None
            if scam_kind and scam_kind.match(lower, match.end()):
                continue  # "Macau scam": a kind of scam
            glued = _LAST_WORD.search(plain, 0, start - 1) if is_place and plain[start - 1:start] == "-" else None
            if glued and not PLACE_RE.fullmatch(glued.group(0)):
                continue  # "Hajdú-Bihar County": part of a name that is no place's (not "Malaysia-Thailand")
            if is_place and _DRUG_KIND_AFTER.match(lower, match.end()):
                continue  # "Kerala cannabis", "Afghan heroin": where a drug is grown, no figure's place
            # "based in Myanmar, Laos and Cambodia": a list goes with the words before its first place.
            in_left_out_list = is_place and starts[i] <= left_out_end and _LIST_JOIN.fullmatch(lower, left_out_end, start)
            listed = is_place and starts[i] <= origin_end and bool(_LIST_JOIN.fullmatch(lower, origin_end, start))
            marked = None if listed or not is_place else _ORIGIN_BEFORE.search(lower, max(starts[i], start - 45), start)
            if marked and _NATIONALITY_FROM.search(lower, max(starts[i], start - 45), start):
                marked = None  # "mostly young women from Indonesia": their nationality, not a centre's place
            if listed or marked:
                origins[i].append((start - starts[i], _code(match)))
                centre_list = centre_list if listed else bool(marked and marked.group(1))
                if centre_list:  # "compounds in Myawaddy", not "workers from Vietnam"
                    centres[i].append((start - starts[i], _code(match)))
                origin_end = match.end()
            if in_left_out_list or _where_people_came_from(lower, start, starts[i]):
                left_out_end = match.end() if is_place else left_out_end
                continue
            if is_place and starts[i] <= owner_end and plain.startswith("'s ", owner_end) and owner_end + 3 == start:
                continue  # "Vietnam's Ministry of Public Security": the agency is the country's before it
            if is_place and starts[i] <= owner_end and plain.startswith(" (", owner_end) and owner_end + 2 == start \
                    and found[i] and found[i][-1][1] != _code(match):
                continue  # "the National Police of Peru (PNP)": the body's letters, after its country (not the PNP's)
            shared_agency = is_place and bool(_SHARED_AGENCIES.fullmatch(match.group(0)))
            found[i].append((start - starts[i], home if shared_agency and home in _SHARING else _code(match)))
            if shared_agency:
                shared[i].add(start - starts[i])
            owner_end = match.end() if is_place else owner_end
    return [SentencePlaces(tuple(sorted(_named_country_first(places, weak))), tuple(sorted(taken)), tuple(held))
            for places, weak, taken, held in zip(found, shared, origins, centres)]


def _named_country_first(places: list[tuple[int, str]], shared: set[int]) -> list[tuple[int, str]]:
    """A sentence's places without the agency names several countries use, when it names another place."""
    if not shared or len(shared) == len(places):
        return places
    return [place for place in places if place[0] not in shared]


_LAST_WORD = re.compile(r"\w+$")  # the word before a hyphen
_SEATS = frozenset({"Geneva", "Vienna", "Lyon", "The Hague"})  # seats of the UN's, Interpol's and Europol's offices


_SMALL_WORDS = re.compile(r"(?<=.)\b(?:Of|De|La|Es|Del|Da|Au|And)\b")


def _dateline_case(place: str) -> str:
    """A capitalised dateline as its place is written: "PORT OF SPAIN" -> "Port of Spain" (not "Spain")."""
    return _SMALL_WORDS.sub(lambda m: m.group(0).lower(), place.strip().title())


def dateline_country(text: str) -> str | None:
    """The country of a story's dateline ("BEIJING – ..." -> "CN") in its first lines, if it has one."""
    for match in DATELINE_RE.finditer(text, 0, 800):
        place = _dateline_case(match.group(1))
        if place in _SEATS:  # "GENEVA — ... killed in Haiti, the UN human rights office said": where the body sits
            return None
        hits = [_code(m) for m in PLACE_RE.finditer(place)]
        if hits:
            return hits[0]
        if match.group(2) and match.group(2).strip() in _US_DATELINE_STATES:
            return "US"
        country = PLACE_RE.fullmatch(match.group(2).strip()) if match.group(2) else None
        if country:  # "GEORGE TOWN, Cayman Islands —": a town the places do not know, in the country after it
            return _code(country)
    return None


def paragraph_datelines(text: str) -> tuple[tuple[int, str], ...]:
    """Where each dateline of a roundup starts and its country ("HANOI — ..." then "KUALA LUMPUR — ..."), when the
    article has datelines of more than one country; none for a story of one dateline."""
    found = []
    for match in DATELINE_RE.finditer(text):
        place = _dateline_case(match.group(1))
        hits = [_code(m) for m in PLACE_RE.finditer(place)]
        if hits and hits[0]:
            found.append((match.start(), hits[0]))
    return tuple(found) if len({code for _, code in found}) > 1 else ()


_MANY_COUNTRIES = re.compile(
    # (not where victims were: "19,000 investors in 44 countries" keeps the story's country)
    r"(?:\b(?:across|(?<!victims )(?<!investors )(?<!customers )(?<!people )(?<!users )(?<!depositors )in|spanning|"
    r"covering|involving)|\b(?:police|officers|agencies|authorities|investigators) from)\s+"
    r"(?:the\s+)?(?:more than\s+|over\s+|some\s+|nearly\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|several|multiple|many)\s+"
    r"(?:\w+\s+)?(?:countries|nations|jurisdictions|member states|territories)\b")  # on the lower-cased text
# (the International Maritime Bureau counts the world's attacks on ships, whatever its dateline)
# (nor do the EU's prosecutors and anti-fraud office count one member state's cases)
# (nor does a sport's world body count one country's cases: "the International Tennis Integrity Agency sanctioned 14
# players")
_INTERNATIONAL = re.compile(r"\b(?:Interpol|INTERPOL|Europol|EUROPOL|International Maritime Bureau|"
                            r"European Public Prosecutor's Office|EPPO|Eurojust|European Anti-Fraud Office|"
                            r"European Central Bank|"
                            r"International(?: [A-Z][\w-]+){1,3} (?:Agency|Federation|Committee|Council))\b")
_INTERNATIONAL_WORDS = ("pol", "POL", "Maritime", "EPPO", "European", "Eurojust", "International")  # one is in every
# match


# The forces of several countries named in a list: "Police in Spain, Portugal and Bulgaria have ...".
_FORCES_OF = re.compile(r"\b(?:[Pp]olice|[Aa]uthorities|[Oo]fficers|[Ii]nvestigators|[Pp]rosecutors) (?:in|from) "
                        r"((?:the )?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*"
                        r"(?:,? (?:and )?(?:the )?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*)+)")


# (not "scam syndicates in Southeast Asia": where the ones named are, not whose figures)
_WHOLE_REGION = re.compile(r"(?<!syndicates )(?<!gangs )(?<!networks )(?<!groups )"
                           r"\b(?:in|across|throughout) (?:the )?(?:(?:East and Southeast|East and South-East|"
                           r"Southeast|South-East|East|South|Central|West) Asia|Asia-Pacific|Latin America)\b")
_WHOLE_EU = re.compile(r"\b(?:in|across|throughout) the (?:European Union|EU)\b|\bEU-wide\b|\bEurostat\b")
# (not partners named after "with": "operations with French, Belgian and German police")
# (the word boundary and the words before are checked after the capital, so that the engine skips to capitals)
_PAIRED_FORCES = re.compile(r"([A-Z](?<!\w.)(?<!with .)(?<!, .)[\w-]+)(?: and |, )([A-Z][\w-]+) "
                            r"(?:police|authorities|officers|forces|customs|troops)\b")
_FORCES_WORDS = ("olice in", "olice from", "uthorities in", "uthorities from", "fficers in", "fficers from",
                 "nvestigators in", "nvestigators from", "rosecutors in", "rosecutors from")  # a quick test


# Forces named by their two countries: "Police in Spain and Portugal arrested 43 and 18 suspects respectively"
_FORCES_IN_PAIR = re.compile(r"\b(?:[Pp]olice|[Aa]uthorities|[Oo]fficers|[Pp]rosecutors|[Ii]nvestigators) "
                             r"in (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+)?) and (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+)?)\b")


def paired_forces(text: str) -> list[str]:
    """The countries of two forces named as a pair, in the order named ("Thai and Malaysian police", "Singapore and
    Malaysia police", "Thai, Malaysian police"); empty when the text names no such pair."""
    pair = _PAIRED_FORCES.search(text) if " and " in text or ", " in text else None
    if pair is None:
        # "Police in Spain and Portugal"
        placed = _FORCES_IN_PAIR.search(text) if " and " in text and any(map(text.__contains__, _FORCES_WORDS)) \
            else None
        codes = [code for _, code in places_in(placed.group(1) + " and " + placed.group(2))] if placed else []
        return codes if len(codes) == 2 and len(set(codes)) == 2 else []
    codes = [_code(m) for m in _AUTHORITY_SCAN.finditer(pair.group(1) + " police and " + pair.group(2) + " police")]
    if len(set(codes)) < 2 and pair.group(0)[len(pair.group(1)):].startswith(" and "):  # (place names only joined
        codes = [code for _, code in places_in(pair.group(1) + " and " + pair.group(2))]  # by "and")
    return codes if len(set(codes)) == 2 else []


# Three or more forces named as a list: "Lithuanian, Latvian and Estonian officers"
_LISTED_FORCES = re.compile(r"([A-Z](?<!\w.)(?<!with .)[\w-]+(?:, [A-Z][\w-]+)+,? and [A-Z][\w-]+) "
                            r"(?:police|authorities|officers|forces|customs|troops)\b")


def listed_forces(text: str) -> list[str]:
    """The countries of the forces ``text`` names as a pair or a longer list, in the order named."""
    found = _LISTED_FORCES.search(text) if ", " in text and " and " in text else None
    if found is None:
        return paired_forces(text)
    names = re.split(r",? and |, ", found.group(1))
    codes = [_code(m) for m in _AUTHORITY_SCAN.finditer(" police and ".join(names) + " police")]
    return codes if len(codes) == len(names) == len(set(codes)) else []


def names_many_countries(text: str, international: bool = False) -> bool:
    """Whether ``text`` is about an operation of many countries ("across 34 countries", "police in Spain,
    Portugal and Bulgaria"; with ``international``, also any Interpol or Europol operation): its totals have no
    one country (GUIDE.md)."""
    if international and any(map(text.__contains__, _INTERNATIONAL_WORDS)) and _INTERNATIONAL.search(text):
        return True
    if "EU" in text or "European Union" in text or "Eurostat" in text:
        if _WHOLE_EU.search(text):  # "Police in the European Union recorded 5.3 million thefts"
            return True
    if ("Asia" in text or "America" in text) and _WHOLE_REGION.search(text):  # "Authorities in East and Southeast
        return True  # Asia seized a record 236 tonnes": a region's total
    lower = text.lower()
    if any(map(lower.__contains__, _MANY_WORDS)) and _MANY_COUNTRIES.search(lower):
        return True
    if len(paired_forces(text)) > 1:
        return True  # "Thai and Malaysian police seize 15 tonnes", "Singapore and Malaysia police", "Thai, Malaysian
        # police arrest 205": the two forces' total
    forces = _FORCES_OF.search(text) if any(map(text.__contains__, _FORCES_WORDS)) else None
    if forces and len({code for _, code in places_in(forces.group(1))}) > 1:
        return True
    # "Cargo theft incidents in the United States and Canada rose 18%": the two countries' total, told before the
    # sentence's figures as the place of what they count (a sentence's test, not a story's)
    for pair in _PAIR_OF_PLACES.finditer(text) if " and " in text else ():
        first, second = places_in(pair.group(1)), places_in(pair.group(2))
        if len(first) == 1 and len(second) == 1 and first[0][1] != second[0][1] and \
                not DIGIT.search(text, 0, pair.start()) and DIGIT.search(text, pair.end()):
            return True
    return False


_PAIR_OF_PLACES = re.compile(r"\b(?:in|across|throughout) (?:the )?([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}) and "
                             r"(?:the )?([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})\b")


def one_country_force(text: str) -> bool:
    """Whether ``text`` names the authorities of one country only ("Spanish police", "Polish investigators") and no
    operation of many countries: a national case that Europol or Interpol supported or reported."""
    return len({_code(found) for found in _AUTHORITY_SCAN.finditer(text)}) == 1 and not names_many_countries(text)


# "Police in the UK and 11 other countries arrested 37": that sentence's totals are many countries', though the
# story is the first country's.
_AND_OTHER_COUNTRIES = re.compile(r"\band\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+other\s+"
                                  r"(?:countries|nations|jurisdictions)\b")


def names_other_countries(text: str) -> bool:
    """Whether ``text`` names its place "and N other countries" (a sentence's totals, not the story's)."""
    return " other " in text and bool(_AND_OTHER_COUNTRIES.search(text))


_MANY_WORDS = ("countries", "nations", "states", "jurisdictions", "territories")  # one ends every _MANY_COUNTRIES match


def country_of_figure(places: Sequence[tuple[int, str]], position: int) -> str | None:
    """The place named nearest a figure, unless the sentence lists three countries or more ("cheated men in
    Taiwan, Singapore, India and mainland China"): such a list says where victims were, not whose figure it is."""
    if len(places) >= 3 and len({code for _, code in places}) >= 3:
        return None
    # a tie goes to the place after the figure: "20,000 people in Laos and 9,000 in Myanmar"
    return min(places, key=lambda item: (abs(item[0] - position), item[0] < position))[1] if places else None
