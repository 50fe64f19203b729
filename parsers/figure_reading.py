"""The first of the extractor's two passes: what each number of each sentence counts, or nothing for those that are
no crime figure (:func:`read_figures`).  The words around a number decide (:func:`parsers.classify.read_locally`),
with the figures before it in its sentence, the last count of the sentence before and the article's context."""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.article_facts import LEAD_CHARS, ArticleContext
from parsers.breakdowns import BREAKDOWN_OPENING, part_of_breakdown
from parsers.changes import SentenceMemory
from parsers.classify import in_listed_unit, read_locally
from parsers.exclusions import introduces_penalties, list_lead
from parsers.nouns import people_verb_may_occur
from parsers.numbers import NumberMention, find_numbers, inside
from parsers.periods import year_spans
from parsers.reading import LocalReading
from parsers.sentences import Sentence
from parsers.tables import column_reading, header_row
from parsers.topics import about_accident, about_crime, about_enforcement, about_health, about_sport

# Measures that only an enforcement verb gives ("arrested", "charged", "deported") and money, which has its own
# test (``about_enforcement``): their figures need no crime words around them.
_ENFORCEMENT_MEASURES = frozenset({"arrests", "prosecutions", "convictions", "deported", "rescued", "money"})
_WEIGHTS = ("kg", "tonne", "lb", "litre")


def numbers_by_sentence(text: str, sentences: tuple[Sentence, ...]) -> list[list[NumberMention]]:
    """The numbers of each sentence, read in one pass over the text."""
    found = find_numbers(text)
    by_sentence: list[list[NumberMention]] = []
    i = 0
    for sentence in sentences:
        while i < len(found) and found[i].start < sentence.start:
            i += 1
        mentions = []
        while i < len(found) and found[i].end <= sentence.end:
            mentions.append(found[i])
            i += 1
        by_sentence.append(mentions)
    return by_sentence


def read_figures(sentences: tuple[Sentence, ...], numbers: list[list[NumberMention]],
                 context: ArticleContext) -> list[list[tuple[NumberMention, LocalReading]]]:
    """What each number of each sentence counts, or nothing for those that are no crime figure.

    The first of the two passes over an article: the words around a number and the figures before it
    in its sentence (and the last count of the sentence before) decide.
    """
    read: list[list[tuple[NumberMention, LocalReading]]] = []
    previous_measure: str | None = None
    previous_text = ""
    before_lead = ""  # the sentence before a list's lead ("Key figures:"), whose words the lead's items stand under
    for sentence, mentions in zip(sentences, numbers):
        figures: list[tuple[NumberMention, LocalReading]] = []
        read.append(figures)
        if not mentions:
            if sentence.text.endswith(":"):
                before_lead = previous_text
            previous_text = list_lead(previous_text, sentence.text)
            continue
        if not context.about_crime and (not about_enforcement(sentence.text) and not about_enforcement(previous_text)
                                        and not people_verb_may_occur(sentence.text) or about_sport(sentence.text) or
                                        context.sport_lead):  # ("Club fined £45,000" over a league's sanctions)
            # no word of crime, enforcement or what was done to people in an article that is no crime news, or a match
            previous_text = list_lead(previous_text, sentence.text)  # told in one: no figure of it (its numbers are
            continue  # prices, scores and ages; "The referee booked 6 players" gave yellow cards)
        dates = year_spans(sentence.text)
        memory = SentenceMemory((), previous_measure, previous_text, context.text[max(0, sentence.start - 600):
                                                                               sentence.start])
        breakdown = previous_measure if previous_measure and BREAKDOWN_OPENING.match(sentence.text) else None
        in_context: bool | None = None
        plain_figures: bool | None = None  # whether counts with no enforcement verb may stand in this sentence
        for mention in mentions:
            if inside(mention, dates, sentence.start) and not mention.currency and not mention.percent:
                continue
            reading = read_locally(sentence.text, mention, sentence.start, memory)
            if breakdown:  # "By province: Istanbul, 1,920 suspects (up 14%); Ankara, 610": the total's parts
                reading = part_of_breakdown(reading, mention, breakdown)
            if "|" in sentence.text:  # a table's row: "Selangor | 4,310 | RM296 million" under "State | Cases | Losses"
                reading = column_reading(context.text, mention.start, reading)
            if reading is None:
                continue
            if reading.measure in ("deaths", "injuries", "rescued") and \
                    about_accident(sentence.text, context.text[:LEAD_CHARS]):
                continue  # "a tour bus plunged into a ravine, killing 14", "rescued 312 stranded by the floods"
            if reading.measure not in _ENFORCEMENT_MEASURES:
                if plain_figures is None:  # Covid cases and deaths, weight lost: not in crime news
                    plain_figures = context.about_crime and not about_health(sentence.text) or about_crime(sentence.text)
                if not plain_figures:
                    continue
            if reading.unit != "count":
                if reading.measure == "money" and introduces_penalties(previous_text, sentence.text):
                    continue
                if reading.measure == "money" and context.sport_lead and "fine" in sentence.text and \
                        _SIDE_FINED.search(sentence.text):
                    continue  # "The club was fined £45,000 for crowd trouble": a sport's sanction, no crime figure
                if in_context is None:
                    header = header_row(context.text, sentence.start) if "|" in sentence.text else None
                    in_context = about_enforcement(sentence.text) or about_enforcement(previous_text) or \
                        bool(header) and about_enforcement(header) or \
                        previous_text.endswith(":") and about_enforcement(before_lead)  # ("opened 1,386 cases" then
                    # "Key figures:" then "- Unpaid duties estimated at 118 million leva")
                if not in_context and not (reading.unit == "percent" and any(
                        measure == reading.measure and unit == "count" for _, measure, unit in memory.earlier)):
                    continue  # (but "flagged 28,640 such accounts in 2025, down 11 percent": the kept count's change)
            if reading.unit == "percent" and not reading.share and figures and figures[-1][1].share and \
                    ", and " in sentence.text and _elided_share(sentence, figures[-1][0], mention):
                reading = replace(reading, share=True, sign=1)  # "About 40% of the victims were women, and 12%
                # children": a share like the one before, its words left out (not "rose 12%, and thefts 4%")
            if reading.unit == "count" and "." in mention.raw and _DOT_GROUP.fullmatch(mention.raw):
                # "arrested 1.200 people": a group of thousands set off by a dot, as much of Europe writes it (no
                # count has three decimals)
                mention = replace(mention, value=float(round(mention.value * 1000)), step=1.0)
            if reading.unit in ("g", "q"):  # "450 grams of heroin": 0.45 kg; "18 quintals": 1,800 kg
                mention, unit = in_listed_unit(mention, reading.unit)
                reading = replace(reading, unit=unit)
            memory = SentenceMemory(memory.earlier + ((mention.end - sentence.start, reading.measure, reading.unit),),
                                    memory.previous_measure, memory.previous_text, memory.told_before)
            figures.append((mention, reading))
        # (a sentence that weighed its seizures and counted nothing: the seizures, as "80% of the total" after it says)
        counts = [measure for _, measure, unit in memory.earlier if unit == "count"] or \
            [measure for _, measure, unit in memory.earlier if unit in _WEIGHTS]
        previous_measure = counts[-1] if counts else previous_measure
        previous_text = list_lead(previous_text, sentence.text)
    return read


_DOT_GROUP = re.compile(r"\d{1,3}\.\d{3}")
_AND_BEFORE = re.compile(r",\s+and\s+(?:about\s+|nearly\s+|some\s+|another\s+|a further\s+|just\s+)?$")
_CHANGE_IN_CLAUSE = re.compile(r"[^,.;]{0,40}?\b(?:up|down|rise|rises|rose|fell|fall|falls|increase\w*|decrease\w*|"
                               r"higher|lower|more|fewer|jump\w*|drop\w*|climb\w*)\b")


def _elided_share(sentence: Sentence, before: NumberMention, mention: NumberMention) -> bool:
    """Whether a percentage right after ", and" that follows a share is a share too, its words left out."""
    between = sentence.text[before.end - sentence.start:mention.start - sentence.start]
    return bool(_AND_BEFORE.search(between)) and not _CHANGE_IN_CLAUSE.match(sentence.text,
                                                                           mention.end - sentence.start)
_SIDE_FINED = re.compile(r"\b(?:club|team|side|franchise|federation|association)\s+(?:was|were|has been|have been)\s+"
                         r"fined\b|\bfined\s+(?:the\s+)?(?:club|team|side|franchise|federation)\b", re.IGNORECASE)
