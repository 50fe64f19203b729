"""What an article and each of its sentences say about crime, place and time, read once for all their figures.

:class:`ArticleContext` holds the article-wide fallbacks (the dateline's or lead's country, the lead's
crime, whether the lead is crime news); :class:`SentenceFacts` what one sentence says (its crime words,
places, whether it names many countries or dates an act by a weekday only).  :func:`country_of` decides a
figure's country from them (:func:`parsers.figure_subjects.subject_of` its crime).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from parsers.weekdays import names_a_weekday
from parsers.places import (SentencePlaces, country_of_figure, dateline_country, names_many_countries,
                            names_other_countries, one_country_force, listed_forces, paragraph_datelines,
                            sentence_places)
from parsers.reading import AGENCY_CLAUSE
from parsers.scan import NUMBER_START
from parsers.sentences import Sentence
from parsers.topics import (about_crime, about_sport, agencies_subject, clause_of, subjects_in,
                            without_commonest_part)


_KIND_OF_FRAUD = re.compile(r"(?:[\w-]+ ){1,2}frauds?\b")  # "benefit fraud", "driving test fraud"
_RAID = re.compile(r"\b(?:raid\w*|busted|bust|swoops?|stormed|crackdowns? on)\b", re.IGNORECASE)


@dataclass
class ArticleContext:
    """What the article as a whole says, for figures whose sentence does not; read once, when needed."""

    text: str
    default_geo: str | None
    sentences: tuple[Sentence, ...] = ()
    _geo: str | None = None
    _subject: str | None = None
    _geo_known: bool = False
    _places: list[SentencePlaces] | None = None
    _about_crime: bool | None = None
    _sport_lead: bool | None = None
    _origin: str | None = None
    _origin_known: bool = False
    _international: bool | None = None
    _dateline: str | None = None
    _dateline_known: bool = False
    _datelines: tuple[tuple[int, str], ...] | None = None
    _scam_casinos: bool | None = None
    _other_fraud: bool | None = None
    _head: list[tuple[int, str]] | None = None
    money_country: str | None = None  # the country whose currency the opening's sums are in (set after reading)

    def places_of(self, sentence: Sentence) -> tuple[tuple[int, str], ...]:
        """The places a sentence names (positions in the sentence), read for all sentences at once."""
        return self._sentence_places(sentence).places

    def centres_of(self, sentence: Sentence) -> tuple[tuple[int, str], ...]:
        """Where a sentence places the scam centres it names ("compounds in Myawaddy")."""
        return self._sentence_places(sentence).centres

    def origins_of(self, sentence: Sentence) -> tuple[tuple[int, str], ...]:
        """Where a sentence says people were taken from ("rescued from Myanmar", "compounds in Myawaddy")."""
        return self._sentence_places(sentence).origins

    def _sentence_places(self, sentence: Sentence) -> SentencePlaces:
        if self._places is None:
            self._places = sentence_places(self.text, [(s.start, s.end) for s in self.sentences],
                                           self.dateline or self.default_geo)
        return self._places[sentence.index]

    def _most_named(self, named: Callable[[Sentence], tuple[tuple[int, str], ...]], reach: int) -> str | None:
        """The country ``named`` gives most often in the article's first ``reach`` characters."""
        counts = Counter(code for sentence in self.sentences if sentence.start < reach
                         for pos, code in named(sentence) if sentence.start + pos < reach)
        return counts.most_common(1)[0][0] if counts else None

    @property
    def origin(self) -> str | None:
        """The country the headline and lead say people were taken from, for rescues whose sentence does not."""
        if not self._origin_known:
            self._origin_known = True
            self._origin = self._most_named(self.origins_of, LEAD_CHARS)
        return self._origin

    @property
    def dateline(self) -> str | None:
        """The country of the story's dateline ("HANOI - ..."), if it has one."""
        if not self._dateline_known:
            self._dateline_known = True
            self._dateline = dateline_country(self.text)
        return self._dateline

    @property
    def geo(self) -> str | None:
        if not self._geo_known:
            self._geo_known = True
            if self.international:
                return None  # an Interpol operation, "police in six countries": its totals have no one country
            # the dateline's country, the source's, else the one its headline and lead name most (but a story filed
            # abroad about one country is that country's: "Iran executed 975 ..." under "OSLO —")
            headline = self.sentences[0] if self.sentences and "\n" in self.text[self.sentences[0].end:] and \
                "\n" not in self.text[:self.sentences[0].end].strip() else None  # (a line of its own)
            named = {code for _, code in self.places_of(headline)} if headline else set()
            abroad = self.dateline and len(named) == 1 and self.dateline not in named
            self._geo = (named.pop() if abroad else self.dateline) or self.default_geo or \
                self._most_named(self.places_of, ARTICLE_HEAD) or self.money_country
        return self._geo

    def geo_at(self, sentence: Sentence) -> str | None:
        """The article's country for a sentence: in a roundup of datelines of several countries, the country of the
        dateline the sentence's paragraph stands under ("KUALA LUMPUR — ... Officers seized 180 mobile phones")."""
        if self._datelines is None:
            self._datelines = paragraph_datelines(self.text)
        under = [code for pos, code in self._datelines if pos <= sentence.start]
        return under[-1] if under else self.geo

    @property
    def international(self) -> bool:
        """Whether the headline and lead tell of an operation of many countries, or of Interpol or Europol."""
        if self._international is None:
            lead = self.text[:LEAD_CHARS]
            self._international = names_many_countries(lead, international=True) and not one_country_force(lead)
        return self._international

    @property
    def sport_lead(self) -> bool:
        """Whether the headline and lead tell of a match or a league: its fines and bans are a sport's, no crime's."""
        if self._sport_lead is None:
            self._sport_lead = about_sport(self.text[:LEAD_CHARS])
        return self._sport_lead

    @property
    def about_crime(self) -> bool:
        """Whether the headline and first sentence use the words of crime or enforcement news."""
        if self._about_crime is None:
            self._about_crime = about_crime(self.text[:LEAD_CHARS])
        return self._about_crime

    @property
    def subject(self) -> str:
        if self._subject is None:
            lead = self.text[:LEAD_CHARS]  # (not "with fraud through fake investment platforms the most common
            lead = without_commonest_part(self.crimes_in(lead), lead)  # complaint": a part's crime)
            head = lead or self.crimes_in(self.text[:ARTICLE_HEAD], self._head_subjects())
            if head and (_NUMBERED_ITEM.search(self.text, 0, head[0][0]) or
                         _BULLET_ITEM.search(self.text, 0, head[0][0]) and
                         _BULLET_ITEM.match(self.text, self.text.rfind("\n", 0, head[0][0]) + 1)):
                head = []  # a numbered list of results ("1. Prosecutors brought charges against 6,412 people"), its
                # crimes named only in later items: the items before are crime overall's (a bulleted list too, when
                # its crimes are named in an item: "- Arrests: 41,380" before "- Cocaine seized: 38.6 tonnes")
            counts = Counter(subject for _, subject in head)
            self._subject = counts.most_common(1)[0][0] if counts else \
                agencies_subject(self.text[:ARTICLE_HEAD]) or "other"  # (the NACC's figures are corruption's)
        return self._subject

    @property
    def scam_casinos(self) -> bool:
        """Whether the casinos the article names are scam centres' sites: it tells of scams and of no gambling but
        the casinos ("raid on Golden Triangle casino" over workers "forced to run online scams" in its complex)."""
        if self._scam_casinos is None:
            head = self.text[:ARTICLE_HEAD]
            found = self._head_subjects() if "asino" in head else []
            self._scam_casinos = any(_a_casino(head, pos, subject) for pos, subject in found) and \
                any(subject == "telecom_fraud" for _, subject in found) and \
                all(_a_casino(head, pos, subject) for pos, subject in found if subject == "gambling")
        return self._scam_casinos

    @property
    def other_fraud(self) -> bool:
        """Whether the article's head names a fraud of a kind no scam is ("driving test fraud", "benefit fraud")."""
        if self._other_fraud is None:
            head = self.text[:ARTICLE_HEAD].lower()
            self._other_fraud = any(subject == "other" and _KIND_OF_FRAUD.match(head, pos)
                                    for pos, subject in self._head_subjects())
        return self._other_fraud

    def _head_subjects(self) -> list[tuple[int, str]]:
        """The crime words of the article's head, read once for its subject and its casinos."""
        if self._head is None:
            self._head = subjects_in(self.text[:ARTICLE_HEAD])
        return self._head

    def crimes_in(self, text: str, found: list[tuple[int, str]] | None = None) -> list[tuple[int, str]]:
        """:func:`subjects_in` ``text`` (``found`` when already read) of this article, its casinos left out when they
        are scam centres' sites."""
        found = subjects_in(text) if found is None else found
        if found and self.scam_casinos:
            return [(pos, subject) for pos, subject in found if not _a_casino(text, pos, subject)]
        return found


_NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s+[A-Z]", re.MULTILINE)
_BULLET_ITEM = re.compile(r"^\s*[-•*–]\s+[A-Z]", re.MULTILINE)


def _a_casino(text: str, position: int, subject: str) -> bool:
    return subject == "gambling" and text.startswith(("casino", "Casino"), position)


LEAD_CHARS = 400  # the headline and first sentence name an article's topic
ARTICLE_HEAD = 4000  # characters read for an article's overall subject and country: headline and lead


@dataclass
class SentenceFacts:
    """What one sentence says about time, place and crime, worked out once for all its figures."""

    sentence: Sentence
    context: ArticleContext
    _subjects: list[tuple[int, str]] | None = None
    _many_countries: bool | None = None
    _weekday_only: bool | None = None

    @property
    def subjects(self) -> list[tuple[int, str]]:
        if self._subjects is None:
            self._subjects = self.context.crimes_in(self.sentence.text)
        return self._subjects

    @property
    def places(self) -> tuple[tuple[int, str], ...]:
        return self.context.places_of(self.sentence)

    @property
    def many_countries(self) -> bool:
        if self._many_countries is None:
            # in an international story, a sentence that names Interpol or Europol gives their totals (and a
            # dateline's place, "LYON, France - An Interpol-led operation ...", is no figure's country)
            self._many_countries = names_many_countries(self.sentence.text, international=self.context.international) \
                or names_other_countries(self.sentence.text)
        return self._many_countries

    @property
    def weekday_only(self) -> bool:
        if self._weekday_only is None:
            self._weekday_only = names_a_weekday(self.sentence.text)
        return self._weekday_only




_WORLDWIDE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}(?:worldwide|globally|around the world|across the world)\b")
_PLACED_PART = re.compile(r"\s+(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?")
_LIST_AFTER = re.compile(r"[A-Z][\w' -]*?(?:,\s*|\s+(?:and|or)\s+)[A-Z]")  # a place named first in a list of them
_JUDGED = frozenset({"prosecutions", "convictions"})  # GUIDE.md: China's prosecutions of Myanmar-based gangs are CN


def countries_in_turn(text: str, positions: list[int]) -> dict[int, str]:
    """The country of each of two figures told "respectively" after two forces named as a pair, by the figures'
    index: "Thai and Malaysian police arrested 120 and 85 suspects respectively" (120 is Thailand's, 85 Malaysia's)."""
    end = text.find("respectively")
    figures = [i for i, pos in enumerate(positions) if pos < end]
    if len(figures) < 2:
        return {}
    first, last = positions[figures[0]], positions[figures[-1]]
    if last - first > 15 * len(figures) or end - last > 60 or \
            not text[positions[figures[-2]]:last].rstrip().endswith(" and"):
        return {}  # (figures listed, the last after "and", right before "respectively")
    codes = listed_forces(text[max(0, first - 100):first])
    return dict(zip(figures, codes)) if len(codes) == len(figures) else {}


def country_of(facts: SentenceFacts, local_pos: int, context: ArticleContext, measure: str) -> str | None:
    """The country of a figure: its sentence's nearest place, then the article's.  A rescue takes the country
    people were taken from, its sentence's or its lead's, a raid's figure the country of the centres it
    names (GUIDE.md: scam-centre raids and rescues take the country of the centre), and people charged or
    convicted the country named before them, the court's."""
    text = facts.sentence.text
    if "world" in text or "global" in text:
        end = text.find(" ", local_pos)
        if end != -1 and _WORLDWIDE_AFTER.match(text, end):
            return None  # "more than 1,100 victims worldwide": no one country's
    if facts.many_countries:  # "an operation across 34 countries": no one country's figure, but for a part of it
        text = facts.sentence.text  # placed right after it: "arrested 37 suspects, 24 of them in Britain"
        end = text.find(" ", local_pos)
        own = [(pos, code) for pos, code in facts.places if end != -1 and end < pos <= local_pos + 30 and
               _PLACED_PART.fullmatch(text, end, pos)]
        if own and any(0 < pos - own[0][0] <= 30 and code != own[0][1] and " and " in text[own[0][0]:pos]
                       for pos, code in facts.places):
            return None  # "arrested four suspects in Armenia and Ukraine": the two countries' part
        return own[0][1] if own else None
    if measure == "rescued":
        if len({code for _, code in context.centres_of(facts.sentence)}) > 1:
            return None  # "brought home from scam compounds in Cambodia and Myanmar": no one centre's country
        origins = context.origins_of(facts.sentence)
        listed = {p for a, b in zip(origins, origins[1:]) if b[0] - a[0] <= 20 and a[1] != b[1] for p in (a[0], b[0])}
        if listed:  # "2,970 citizens repatriated from Cambodia, Myanmar scam centres": a list, no one country (not
            # "flown home from Bangkok" later); but "1,840 came from Cambodia and 1,130 from Myanmar": each its own
            own = [code for pos, code in origins if 0 < pos - local_pos <= 40 and " from " in text[local_pos:pos] and
                   not NUMBER_START.search(text, local_pos + 1, pos) and
                   not (pos in listed and _LIST_AFTER.match(text, pos))]
            return own[0] if own else None
        origin = country_of_figure(context.origins_of(facts.sentence), local_pos) or context.origin
        if origin:
            return origin
    if measure == "deported":  # "extradited from the Philippines": the country that sent them, when it is one
        senders = {code for _, code in context.origins_of(facts.sentence)}
        if len(senders) == 1:
            return senders.pop()
    if measure in _JUDGED:  # "China sentences 36 members of Myanmar crime families": the court's country, before
        # not the place of the compounds its convicts ran ("members of a ring that ran scam compounds in Myanmar")
        centres = context.centres_of(facts.sentence)
        before = [place for place in facts.places if place[0] < local_pos and place not in centres]
        if before or context.geo:  # ("the court upheld death sentences for five members of a group in Myanmar")
            return country_of_figure(before, local_pos) if before else context.geo
    centres = context.centres_of(facts.sentence)
    if centres and _RAID.search(facts.sentence.text):  # "arrested in raids on scam compounds in Myawaddy"
        return country_of_figure(centres, local_pos)
    places = facts.places
    if measure == "money" and places:  # "transferred about Rs 8 billion to the Gulf and the UK": where it went
        sent_to = next((place[0] for place in places if place[0] > local_pos and
                        _SENT_TO.search(text, max(0, place[0] - 40), place[0])), None)
        places = tuple(place for place in places if sent_to is None or place[0] < sent_to)
    return country_of_figure(_in_clause_first(places, facts.sentence.text, local_pos), local_pos) or \
        context.geo_at(facts.sentence)


_SENT_TO = re.compile(r"\b(?:to|into) (?:the )?(?:[A-Z]\w*(?: [A-Z]\w*)? (?:and|or) (?:the )?)?$")


def _in_clause_first(places: tuple[tuple[int, str], ...], text: str, position: int) -> tuple[tuple[int, str], ...]:
    """The places of the figure's own clause when it names any: "In Germany, officers detained 58, while the
    United States accounted for 130" (the other clause's place is nearer, but not the figure's)."""
    if len(places) < 2:
        return places
    start, end = clause_of(text, position)
    if " and " in text:  # "Thai police arrested 1,204 people and Cambodian police 812": a clause whose verb is left out
        for gap in _AGENCY_CLAUSE.finditer(text, start, end):
            start, end = (gap.start(), end) if gap.start() < position else (start, min(end, gap.start()))
    own = tuple(place for place in places if start <= place[0] < end)
    return own or places


_AGENCY_CLAUSE = re.compile(AGENCY_CLAUSE + r"(?:about\s+|some\s+)?\d")
