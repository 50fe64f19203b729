"""Split a text into sentences, keeping each sentence's character span."""
from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt insp supt st no nos vs v rs inc ltd co corp dept "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx est fig e.g i.e etc u.s u.k u.n "
    "a.m p.m".split()
)
# A line that opens with a bracket continues the one before: "... the 2023 figure\n(90 276 cases)."
_PARAGRAPH = re.compile(r"[^\n]+(?:\n+(?=\s*\()[^\n]+)*")
_LAST_WORD = re.compile(r"([\w.]+)\.$")
# "[.!?][.!?]*" rather than "[.!?]+": a pattern that opens with a character class lets the engine skip to it.
_LIST_MARK = re.compile(r"\s*\d{1,2}\.")  # the number a list item opens with
_END_RE = re.compile(r"[.!?][.!?]*[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # span in the article text
    end: int
    index: int  # position among the article's sentences


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text`` in order; paragraphs (line breaks) always end a sentence."""
    spans: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        start = para.start()
        for end_match in _END_RE.finditer(para.group(0)):
            cut = para.start() + end_match.end()
            last_word = _LAST_WORD.search(text, max(start, cut - 40), para.start() + end_match.start() + 1)
            if last_word and last_word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if last_word and len(last_word.group(1)) == 1 and "A" <= last_word.group(1) <= "Z":  # an initial: "J. Smith"
                continue
            if _LIST_MARK.fullmatch(text, start, para.start() + end_match.start() + 1):  # a numbered item's mark
                start = cut  # ("1. 1,006 arrests"): no sentence of its own, nor a part of the item's
                continue
            spans.append((start, cut))
            start = cut
        spans.append((start, para.end()))
    sentences: list[Sentence] = []
    for start, end in spans:
        raw = text[start:end]
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body:
            sentences.append(Sentence(body, start + lead, start + lead + len(body), len(sentences)))
    return tuple(sentences)
