"""Fast scanning for big vocabularies: a trie-shaped regex of leading literals finds candidates.

Python's regex engine tries every branch of an alternation at every position, so a pattern
of a few hundred place names or crime terms costs far more than the text it reads.  A
:class:`StemScanner` first finds where any alternative could start (one trie-shaped regex
of their leading literals, which the engine walks one character at a time), then runs the
full pattern only there.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

DIGIT = re.compile(r"\d")  # any digit: a quick test for a figure in a stretch of text
NUMBER_START = re.compile(r"\s\d")  # where another number starts: "a figure between" two places in a text


def top_level_alternatives(pattern: str) -> list[str]:
    """Split a regex at its top-level ``|`` (groups and character classes kept whole)."""
    parts, depth, current, i, in_class = [], 0, [], 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            current.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


def leading_literal(alternative: str) -> str:
    """The literal text every match of ``alternative`` starts with ("telecom" for "telecom(?:s)?")."""
    body = re.sub(r"^(?:\(\?<[!=][^)]*\)|\\b)+", "", alternative)
    if body.startswith("(?:") and body.endswith(")") and "|" not in body:
        body = body[3:-1]
    out = []
    i = 0
    while i < len(body):
        char = body[i]
        if char == "\\" and i + 1 < len(body) and not body[i + 1].isalnum():
            out.append(body[i + 1])
            i += 2
            continue
        if char in "\\()[]{}?*+|.^$":
            if char in "?*{" and out:
                out.pop()  # the character before is optional
            break
        out.append(char)
        i += 1
    return "".join(out)


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie so that each position costs little."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        if list(node) == [""]:
            return ""
        branches, optional = [], "" in node
        for char in sorted(k for k in node if k):
            branches.append(re.escape(char) + build(node[char]))
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body
    return build(trie)


def word_start_trie(words: Iterable[str]) -> str:
    """``\\b(?:word|...)`` written to open with the words' first letters, so that the engine skips to them.

    A pattern led by ``\\b`` is tried at every position; this one is tried only where a first
    letter stands, and the word boundary before it is checked right after that letter
    (``i(?<!\\w.)n`` for "in").  Words must start with a word character.
    """
    rests: dict[str, list[str]] = {}
    for word in set(words):
        if not re.match(r"\w", word):
            raise ValueError(f"{word!r} does not start with a word character")
        rests.setdefault(word[0], []).append(word[1:])
    branches = []
    for first in sorted(rests):
        tail = trie_pattern(rests[first]) if any(rests[first]) else ""
        branches.append(re.escape(first) + r"(?<!\w.)" + (f"(?:{tail})" if tail else ""))
    return "(?:" + "|".join(branches) + ")"


def passive_after(verbs: str, gap: str = "") -> re.Pattern[str]:
    """What was done to a counted thing, told after it in the passive: "14 shops were looted", "58 companies were
    raided" (``verbs``, a regex alternation), with ``gap`` for what may stand between the thing and its verb ("58
    buildings used as call centres had been searched")."""
    return re.compile(rf"{gap}\s+(?:were|was|had been|have been)\s+(?:also\s+)?(?:{verbs})\b")


def lowered(text: str) -> str:
    """``text`` lower-cased with every character at its place (the few that grow stay as they are).

    Searching lower-cased text with a case-sensitive pattern is much faster than IGNORECASE.
    """
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


PHRASE_BREAK = re.compile(r"[;:]|[,.](?!\d)")  # where a phrase ends: a comma, semicolon, colon or full stop (not
# the mark inside a number: "$4.6 million", "4,600")
OPENING_QUOTES = ('"', '“', "'", '‘')  # a quote a sentence may open with, before its first word
# A lead's dateline, before the lead's own first word: "ALMATY — ", "TASHKENT, September 14 (UzA) — ", "Tangier - "
DATELINE_LEAD = r"[A-Z][A-Za-z0-9 .,'()/-]{1,40}\s[—–-]\s"
OTHER_CLAUSE = re.compile(r";|,\s+(?:while|whereas|but)\s")  # where a clause about something else begins
CLAUSE_JOIN = re.compile(r";|,\s+(?:and|while|but|whereas)\s")  # where any next clause begins ("..., and last month")


def joined_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the clause that holds ``text[start:end]`` among clauses joined by ";" or ", and" (from the join
    before it to the join after it), or None when ``text`` joins no clauses."""
    breaks = [found.start() for found in CLAUSE_JOIN.finditer(text)] if ";" in text or ", " in text else []
    if not breaks:
        return None
    return max((b for b in breaks if b < start), default=0), min((b for b in breaks if b >= end), default=len(text))


def phrase_end(text: str, start: int = 0) -> int:
    """Where the phrase that runs from ``start`` ends (the end of ``text`` if no break follows)."""
    found = PHRASE_BREAK.search(text, start)
    return found.start() if found else len(text)

# Words in nearly every sentence: a vocabulary fragment that opens with one alone and then a pattern would have its
# full match tried all over a text (and a scanner's ``may_occur`` would pass nearly every sentence).
_FUNCTION_WORDS = frozenset("a an the to in on at as by of for from with and or but it is was were be been has have "
                            "had that this which who".split())
_FEW_STEMS = 16  # up to this many stems, substring tests find one faster than a regex search


class StemScanner:
    """Find the matches of ``full`` in a text, trying it only where one of ``stems`` starts.

    Every match of ``full`` must begin with one of the stems (or match ``extra``, a small regex
    for what stems cannot say, such as a digit; it shares the guard).  ``guard`` is the lookbehind each stem needs.
    """

    def __init__(self, full: re.Pattern[str], stems: Iterable[str], *, extra: str = "",
                 guard: str = r"(?<![\w.])", flags: int = 0, rare_starts: bool = False) -> None:
        stems = [s for s in stems if s]
        if not stems:
            raise ValueError("a StemScanner needs stems")
        if rare_starts and extra:
            raise ValueError("rare_starts scanners take no extra pattern")
        self.full = full
        self.lower = bool(flags & re.IGNORECASE)
        if self.lower:
            stems = [s.lower() for s in stems]
        self.literals = tuple(sorted(set(stems)))
        self.extra = extra
        flags &= ~re.IGNORECASE
        # Stems that start with characters rare in text (capitals): without a guard in front, the
        # engine skips to those characters at C speed; the guard is then checked at each hit.
        self.guard = re.compile(guard, flags) if rare_starts else None
        trie = "(?:" + trie_pattern(stems) + ")"
        if extra:  # one guard in front of both: a lookbehind per alternative costs twice
            trie = "(?:" + trie + "|" + extra + ")"
        self.stems = re.compile(trie if rare_starts else guard + trie, flags)
        # Where a stem starts inside a longer stem's match that led nowhere ("year" in "a year-on-year").
        self._inner = re.compile(f"(?={trie})" if rare_starts else f"{guard}(?={trie})", flags)

    @classmethod
    def for_terms(cls, full: re.Pattern[str], patterns: Iterable[str], **kwargs: object) -> StemScanner:
        """A scanner for ``full``, an alternation of ``patterns`` (vocabulary regex fragments)."""
        stems = []
        for pattern in patterns:
            for alternative in top_level_alternatives(pattern):
                stem = leading_literal(alternative)
                if len(stem) < 2:
                    raise ValueError(f"{alternative!r} has no leading literal to scan for")
                if stem.strip().lower() in _FUNCTION_WORDS:  # "to (?:the )?judicial authorities", "in \w+ custody"
                    raise ValueError(f"{alternative!r} would be tried at every {stem.strip()!r}: write its words out")
                stems.append(stem)
        return cls(full, stems, **kwargs)  # type: ignore[arg-type]

    def may_occur(self, scanned: str) -> bool:
        """Whether a match can start anywhere in ``scanned`` (lower-cased for a caseless scanner).

        Every match starts with a stem, so False means no match, and it costs less than the scan:
        a substring test per stem for a few stems, one search for the first candidate otherwise.
        """
        if len(self.literals) <= _FEW_STEMS and not self.extra:
            return any(map(scanned.__contains__, self.literals))
        return self.stems.search(scanned) is not None

    def finditer(self, text: str, lower: str | None = None) -> Iterator[re.Match[str]]:
        scanned = (lower or lowered(text)) if self.lower else text
        if self.guard is not None:
            yield from self._guarded(text, scanned)
            return
        end = 0
        for candidate in self.stems.finditer(scanned):
            start = candidate.start()
            if start < end:
                continue
            found = self.full.match(text, start)
            while not found and candidate.end() - start > 2:
                inner = self._inner.search(scanned, start + 1)
                if inner is None or inner.start() >= candidate.end():
                    break
                start = inner.start()
                found = self.full.match(text, start)
            if found:
                end = found.end()
                yield found

    def _guarded(self, text: str, scanned: str) -> Iterator[re.Match[str]]:
        pos = 0
        while candidate := self.stems.search(scanned, pos):
            start = candidate.start()
            if not self.guard.match(scanned, start):  # type: ignore[union-attr]
                pos = start + 1
                continue
            found = self.full.match(text, start)
            pos = found.end() if found else start + 1
            if found:
                yield found
