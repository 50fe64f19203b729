"""Find and parse the numbers written in a text, keeping the raw text beside the value.

Pure functions only: a string goes in, frozen :class:`NumberMention` records come out.
Handles digit groups ("40,000", Indian "1,23,672", "1 000" with a no-break space),
decimals, number words ("eight", "twenty-five", "a dozen"), scale words ("1.2 million",
"Rs 5.29 crore", "4 lakh", "3bn"), currency marks before or after the number and the
percent forms ("%", "per cent", "percent", "pct").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from parsers.scan import StemScanner, lowered, trie_pattern
from parsers.currencies import CODES_BEFORE, CURRENCY_PREFIXES, CURRENCY_SUFFIXES
from parsers.vocab import MULTIPLIER_WORDS, NUMBER_WORDS, SCALE_WORDS


@dataclass(frozen=True)
class NumberMention:
    """One number as written in a text."""

    value: float  # the plain number, scale applied, unsigned
    raw: str  # the text it was read from, currency and scale included
    start: int  # character span of ``raw`` in the text
    end: int
    currency: str | None  # ISO 4217 code, or "$" when only the country can tell
    percent: bool
    spelled: bool  # written in words ("eight")
    step: float  # value of the last written digit: the rounding the writer used
    ratio: bool = False  # "one in four", "1 in 3": a share, its value in percent

    @property
    def number_start(self) -> int:
        """Where the digits (not a currency prefix) start: used to read the words before."""
        return self.start


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WEIGHT_WORDS = r"tonnes?|tons?|kg|kgs|kilos?|kilograms?|kilogrammes?|grams?|litres?|liters?"
_WEIGHT_AFTER = re.compile(r"\s?(?:" + _WEIGHT_WORDS + r")\b")
# (a decimal comma before a scale, a percent sign or a weight, "1,5 million", "12,5%", "3,4 tonnes": no group of
# thousands has one or two digits last)
_DIGITS = (r"\d{1,3},\d{1,2}(?=\s?(?:(?:thousand|million|billion|mln|bln|mn|bn|" + _WEIGHT_WORDS + r")\b|%))|"
           r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.]\d)|"
           # groups set off by dots, as much of Europe writes them: "1.234.567 euros" (one group alone, "1.200", is
           # read as a decimal: its reader decides)
           r"\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)|"
           r"\d{1,3}(?:['\u2019]\d{3})+(?![\d'\u2019]\d)|"  # Swiss groups: "1'204 kilograms", "CHF 2’400’000"
           r"\d+(?:\.\d+)?(?!\.\d)|\.\d+")  # (not a part of "10.0.0.1" or "version 2.4.1")
# "a dozen", "a thousand" are numbers; in "a million" the "a" is the number and "million" its scale.
_A_NUMBERS = ("dozen", "hundred", "thousand")
_A_SCALES = ("million", "billion", "trillion", "lakh", "crore")
_NUMBER_WORD = r"(?:" + _alternation(list(NUMBER_WORDS)) + r")"
# Up to nine number words: "twenty-five", "three hundred and twelve", "twenty-two thousand five hundred and ten" ("and"
# only after hundred or thousand).
_WORD_NUM = (
    # "a hundred and twelve", "a thousand and fifty": the words after it belong to the number
    r"(?:a\s+(?:hundred|thousand)(?:(?:\s+and\s+|[-\s])" + _NUMBER_WORD + r"){1,3}|"
    # "half a dozen" (six), "two and a half thousand", "one and a half tonnes": a half more
    r"half\s+a\s+dozen|" + _NUMBER_WORD + r"\s+and\s+a\s+half|"
    r"" + "".join(rf"a\s+{w}|" for w in _A_NUMBERS) + r"(?:half\s+)?a(?=\s+(?:" + "|".join(_A_SCALES) + r")\b)|"
    + _NUMBER_WORD + r"(?:(?:[-\s]|(?:(?<=hundred)|(?<=thousand))\s+and\s+)" + _NUMBER_WORD + r"){0,8})"
)
_SCALE = _alternation(list(SCALE_WORDS))
_PREFIX = trie_pattern(prefix.lower() for prefix in CURRENCY_PREFIXES)  # (a trie: each number tries them all)
# A sum as written (on lower-cased text): a currency mark before its digits, "rm279.8", "s$ 2", "€4", "p250,000",
# "sh2.9", "r1.9", "n50", "k11.2" (kwacha).
WRITTEN_SUM = r"(?:" + _PREFIX + r"|(?:p|n|r|sh|k)(?=\d))\s?\d[\d,.]*"
_SUFFIX = trie_pattern(suffix.lower() for suffix in CURRENCY_SUFFIXES)
_PERCENT = r"%|[\s-]?per\s?cent\b|[\s-]?percent\b|\s?pct\b|pc\b|\s?percentage\s+points?\b"

# Matched on lower-cased text (``lowered``: positions kept), which is about twice as fast as IGNORECASE.
# Philippine pesos written "P1.5 million", "P250,000": a "P" right before digits only with a scale or
# thousands groups after it ("P2P" is not money).
# Nigerian naira, South African rand and East African shillings are written the same way: "N365 billion",
# "R1.9 billion", "Sh312 million"; and Zambia's or Malawi's kwacha (Papua New Guinea's kina), "K4.2 billion".
# The kyat and the Belarusian rouble too, written "K 4.6 billion" (Myanmar's state press) and "Br3.1 million".
_PESO = r"(?:[pnrk]|sh|br)(?=\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?[\s-]?(?:million|billion|thousand|bn|mn|m|b|k)\b)|" \
    r"(?:k|br)(?= \d+(?:\.\d+)?\s(?:million|billion)\b)"
NUMBER_RE = re.compile(
    r"(?<![\w.,/:$€£¥₹-])"  # not inside another token
    r"(?:(?P<prefix>" + _PREFIX + "|" + _PESO + r")\s?)?"
    r"(?:(?P<digits>(?:" + _DIGITS + r"))(?![/:]\d|\d)|(?P<words>\b" + _WORD_NUM + r"\b))"
    r"(?:(?:\s|-)?(?P<scale>" + _SCALE + r")\b)?"
    # (a scale cut short with a full stop, as Kyodo writes it: "100 bil. yen")
    r"(?:(?P<percent>" + _PERCENT + r")|(?:(?<=bil|mil|mln|bln)\.)?[\s-](?P<suffix>" + _SUFFIX + r")\b)?"
)
_PREFIX_CODES = {p.lower(): code for p, code in CURRENCY_PREFIXES.items()} | {"p": "PHP", "n": "NGN", "r": "ZAR",
                                                                               "sh": "KES", "k": "ZMW", "br": "BYN"}
# (a code also written in mixed case, "Rwf", is a mark in any case)
_CAPITAL_CODES = frozenset(p.lower() for p in CURRENCY_PREFIXES if len(p) == 3 and p.isalpha() and p.isupper()) - \
    {p.lower() for p in CURRENCY_PREFIXES if not p.isupper()}
_SUFFIX_CODES = {s.lower(): code for s, code in CURRENCY_SUFFIXES.items()}

_NUMBER_SCAN = StemScanner(
    NUMBER_RE,
    [w for w in NUMBER_WORDS] + [p.lower() for p in CURRENCY_PREFIXES if not p[0].isdigit()] +
    [f"a{space}{word}" for word in _A_NUMBERS + _A_SCALES for space in " \n\t\u00a0"] +
    [f"half{space}a" for space in " \n\t\u00a0"] +
    # "P250,000", "Sh312 million", "K4.2 billion"
    [f"{mark}{digit}" for mark in ("p", "n", "r", "sh", "k", "br", "k ", "br ") for digit in "0123456789"],
    extra=r"\d|\.\d", guard=r"(?<![\w.,/:$€£¥₹-])",
)


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_DECIMAL_SCALES = frozenset({"thousand", "million", "billion", "mln", "bln", "mn", "bn"})
_GROUP_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f\u2009'\u2019")


def _parse_digits(text: str, scaled: bool) -> tuple[float, float]:
    """Value and rounding step of a digit group such as "1,23,672", "49.5", "1 000", or "1,5" before a scale or a
    percent sign (``scaled``), a decimal comma."""
    if scaled and _DECIMAL_COMMA.fullmatch(text):
        return float(text.replace(",", ".")), 10.0 ** -(len(text) - text.find(",") - 1)
    clean = text.translate(_GROUP_SEPARATORS)
    if clean.count(".") > 1:  # "1.234.567": groups set off by dots
        return float(clean.replace(".", "")), 1.0
    if "." in clean:
        decimals = len(clean.split(".", 1)[1])
        return float(clean), 10.0 ** -decimals
    return float(clean), 1.0


def parse_number_words(text: str) -> float | None:
    """``"twenty-five"`` -> 25, ``"a dozen"`` -> 12; None when the words are not a number."""
    words = re.split(r"[-\s]+", text.strip().lower())
    if words == ["half", "a"]:  # "half a million": half of the scale after it
        return 0.5
    if words == ["half", "a", "dozen"]:
        return 6.0
    if words[-3:] == ["and", "a", "half"] and len(words) > 3:  # "two and a half" (thousand)
        whole = parse_number_words(" ".join(words[:-3]))
        return None if whole is None else whole + 0.5
    if words[:1] == ["a"]:
        words = ["one"] + words[1:]
    total = current = 0.0  # "two thousand three hundred and twelve": total 2000, then current 312
    for word in words:
        if word == "and" and (current or total):
            continue
        if word not in NUMBER_WORDS:
            return None
        if word == "thousand":
            total, current = total + (current or 1.0) * 1000, 0.0
        elif word in MULTIPLIER_WORDS:
            current = (current or 1.0) * NUMBER_WORDS[word]
        else:
            current += NUMBER_WORDS[word]
    return total + current


def _read_one(raw: str) -> NumberMention | None:
    """The mention ``raw`` is, when all of it is one written number."""
    raw = raw.strip()
    match = NUMBER_RE.fullmatch(lowered(raw))
    if match is None and raw[:3] in CODES_BEFORE and raw[3:4] == " ":  # "CZK 2.9 billion"
        rest = _read_one(raw[4:])
        return replace(rest, raw=raw, start=0, end=len(raw), currency=raw[:3]) if rest and not rest.currency else None
    return _mention_from_match(match, 0, raw) if match else None


def parse_number(raw: str) -> float | None:
    """Parse one written number ("1.2 million", "Rs 5.29 crore", "nine", "26.7%")."""
    mention = _read_one(raw)
    return mention.value if mention else None


def _mention_from_match(match: re.Match[str], offset: int, text: str) -> NumberMention | None:
    """The mention a NUMBER_RE match on the lower-cased ``text`` reads, or None when its words are not a number."""
    digits, words, scale, prefix, suffix, percent = match.group("digits", "words", "scale", "prefix", "suffix",
                                                                 "percent")
    if digits:
        value, step = _parse_digits(digits, bool(percent) and percent[:1] == "%" or
                                    bool(scale) and scale.lower() in _DECIMAL_SCALES or
                                    "," in digits and bool(_WEIGHT_AFTER.match(text, match.end())))
        spelled = False
    else:
        if text.startswith(("'s", "’s"), match.end()):  # "one's bank account": a pronoun, no number
            return None
        parsed = parse_number_words(words)
        if parsed is None or re.split(r"[-\s]+", words, maxsplit=1)[0] in MULTIPLIER_WORDS:
            return None  # "a few hundred zlotys", "several dozen": no number (but "a hundred", "two hundred")
        value, step, spelled = parsed, 0.5 if words.endswith("half") else 1.0, True  # ("two and a half")
    if scale:
        factor = SCALE_WORDS[scale.lower()]
        value, step = value * factor, step * factor
    currency = None
    start, end = match.span()
    if prefix in _CAPITAL_CODES and not text[start:start + 3].isupper():
        start = match.start("digits" if digits else "words")  # "usd 5" or "Usd 5": no code, which is in capitals
    elif prefix:
        currency = _PREFIX_CODES[prefix.lower()]
    elif suffix and not (suffix.lower() == "marks" and not scale):
        currency = _SUFFIX_CODES[suffix.lower()]
    elif suffix:  # "scored 85 marks": an exam's marks, no sum (but "3.2 million marks": Bosnia's convertible marks)
        end = match.start("suffix") - 1
    raw = text[start:end].strip()
    # Positional arguments, in field order: a frozen dataclass is built faster so, once per number in a text.
    return NumberMention(value if value.is_integer() else round(value, 6), raw, start + offset, end + offset,
                         currency, bool(percent), spelled, step)


_SMALL_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten"
# "one in four victims", "1 in 3 crimes", "two in every five", "2 of every 3 dollars": a share written as a ratio
# (on lower-cased text).
_RATIO_RE = re.compile(rf"(?<![\w.,$])(?P<part>\d{{1,3}}|{_SMALL_WORDS})\s+"
                       r"(?:in\s+(?:every\s+)?|(?:out\s+)?of\s+every\s+)"
                       rf"(?P<whole>\d{{1,4}}|{_SMALL_WORDS}|a hundred|a thousand)(?![\w,.%]|\s?per\s?cent)"
                       # not "arrested 5 in 10 raids", "two in three provinces": where, not a share
                       r"(?!\s+(?:separate\s+|different\s+)?(?:raids?|operations?|cities|provinces|districts|states|"
                       r"countries|locations|places|areas|villages|towns|regions)\b)")


def _ratios(found: list[NumberMention], lower: str, text: str, offset: int) -> list[NumberMention]:
    """The ratios that start at the numbers ``found`` (tried only where " in " or " of every " follows a number)."""
    ratios = []
    for mention in found:
        start = mention.start - offset
        if not lower.startswith((" in ", " of every ", " out of every "), mention.end - offset) or \
                not (match := _RATIO_RE.match(lower, start)):
            continue
        part, whole = (parse_number_words(g) if g[0].isalpha() else float(g) for g in match.group("part", "whole"))
        if part and whole and part < whole <= 1000:
            start, end = match.span()
            share = 100 * part / whole  # three significant figures: "1 in 3" is 33.3, "1 in 190" is 0.526
            ratios.append(NumberMention(round(share, 1 if share >= 10 else 2 if share >= 1 else 3), text[start:end],
                                        start + offset, end + offset,
                                        None, True, match.group("part")[0].isalpha(), 0.1, True))
    return ratios


# "half of the victims", "nearly two-thirds of the complaints", "four-fifths of them": a share written as a fraction
# (lower-cased text)
_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_NUMERATORS = {"two": 2, "three": 3, "four": 4, "seven": 7, "nine": 9}
_FRACTION = (r"(?P<half>half)|(?:a|one)[- ](?P<one>half|third|quarter|fifth|tenth)|"
             r"(?P<many>two|three|four|seven|nine)[- ](?P<parts>thirds|quarters|fifths|tenths)")
_FRACTION_RE = re.compile(r"(?<![\w-])(?P<fraction>" + _FRACTION + r")\s+of\s+"
                          # not a part of a span of time: "half of the year", "a quarter of 2024"
                          r"(?!(?:the\s+|this\s+|last\s+|next\s+|that\s+)?(?:year|month|decade|century|period|"
                          r"season|quarter|\d{4})\b)")
_PART_WORDS = ("half", "third", "quarter", "fifth", "tenth")  # one is in every fraction
_FRACTION_CUES = ("half of", "third of", "thirds of", "quarter of", "quarters of", "fifth of", "fifths of",
                  "tenth of", "tenths of")
# A fraction a part makes up, with no "of" after it: "telephone scams making up nearly half".
# (each word's boundary is checked after its first letter, so that the engine skips to those letters)
_PART_FRACTION = re.compile(r"(?:m(?<!\w.)a(?:k(?:e|es|ing)|de) up|a(?<!\w.)ccount(?:s|ed|ing)? for) "
                            r"(?:nearly |about |almost |roughly |"
                            r"more than |over |just over |just under |around )?(?P<fraction>" + _FRACTION + r")"
                            r"(?![\w-])(?!\s+of\b)")
# ... or the subject of its own verb after a share told before: "Half of the 44,200 victims were under 30, and nearly
# a quarter were students" (tried where a fraction's word stands)
_SUBJECT_FRACTION = re.compile(r"(?P<fraction>" + _FRACTION + r")(?![\w-])(?=\s+(?:were|was|are|is|had|have)\b)")
_CLAUSE_JOIN_BEFORE = re.compile(r", (?:and|while|but) (?:nearly |about |almost |roughly |more than |over |just over |"
                                 r"just under |around )?$")


def _subject_fractions(lower: str, text: str, offset: int) -> list[NumberMention]:
    """The fractions that are the subject of their own verb after a clause's joining word: ", and nearly a quarter
    were students"."""
    found = []
    for word in _PART_WORDS:
        pos = lower.find(word)
        while pos != -1:
            window = lower[max(0, pos - 50):pos]
            for at in range(max(0, pos - 6), pos + 1) if ", " in window else ():  # ("a quarter", "two-thirds")
                match = _SUBJECT_FRACTION.match(lower, at)
                if match and _CLAUSE_JOIN_BEFORE.search(lower, max(0, at - 40), at) and _fraction_value(match):
                    found.append(NumberMention(_fraction_value(match), text[match.start():match.end()],
                                               match.start() + offset, match.end() + offset, None, True, True, 0.1,
                                               True))
                    break
            pos = lower.find(word, pos + 1)
    return found


def _fraction_value(match: re.Match[str]) -> float:
    """The share in percent a fraction match says: 50 for "half", 80 for "four-fifths" (one decimal)."""
    if match.group("half"):
        return 50.0
    if match.group("one"):
        return round(100 / _PARTS[match.group("one")], 1)
    many, parts = _NUMERATORS[match.group("many")], _PARTS[match.group("parts")[:-1]]
    return round(100 * many / parts, 1) if many < parts else 0.0


_TIME_PART_BEFORE = ("first ", "second ", "latter ", "last ", "past ", "former ", "the ", "third ", "fourth ")


def _fractions(lower: str, text: str, offset: int) -> list[NumberMention]:
    """The fractions of ``lower`` that are shares, found where a cue such as "half of" stands: a fraction starts
    up to six characters before its cue ("three-quarters of"), and the pattern sees the text after it."""
    fractions = []
    for cue in _FRACTION_CUES:
        pos = lower.find(cue)
        while pos != -1:
            match = next(filter(None, (_FRACTION_RE.match(lower, at) for at in range(max(0, pos - 6), pos + 1))), None)
            if match and not lower.endswith(_TIME_PART_BEFORE, 0, match.start()) and _fraction_value(match):
                start, end = match.span("fraction")  # (not "the first half of", nor "four-thirds")
                fractions.append(NumberMention(_fraction_value(match), text[start:end], start + offset, end + offset,
                                               None, True, True, 0.1, True))
            pos = lower.find(cue, pos + 1)
    return fractions


_EXACT_FRACTIONS = {50.0: 1 / 2, 33.3: 1 / 3, 25.0: 1 / 4, 66.7: 2 / 3, 75.0: 3 / 4, 20.0: 1 / 5, 40.0: 2 / 5,
                    60.0: 3 / 5, 80.0: 4 / 5, 10.0: 1 / 10, 30.0: 3 / 10, 70.0: 7 / 10, 90.0: 9 / 10}
_A_SCALE = ("a million", "a billion", "a thousand")


def _fractions_of_scales(found: list[NumberMention], ratios: list[NumberMention], lower: str, text: str,
                         offset: int) -> tuple[list[NumberMention], list[NumberMention]]:
    """"a quarter of a million dollars", "three-quarters of a million pounds": the fraction of the scale after it,
    one number (not a share of what follows)."""
    used: set[int] = set()
    merged = []
    for fraction in ratios:
        end = fraction.end - offset
        scale = next((m for m in found if m.start - offset == end + 4 and m.raw.lower().startswith(_A_SCALE)), None) \
            if lower.startswith(" of a", end) and fraction.value in _EXACT_FRACTIONS else None
        if scale is None:
            continue
        used |= {id(fraction), id(scale)}
        part = _EXACT_FRACTIONS[fraction.value]
        value = part * scale.value
        merged.append(NumberMention(value if value.is_integer() else round(value, 6),
                                    text[fraction.start - offset:scale.end - offset], fraction.start, scale.end,
                                    scale.currency, False, True, scale.step * part))
    if not merged:
        return found, ratios
    inside = [m for m in found if any(w.start <= m.start < w.end for w in merged)]  # "three" of "three-quarters"
    return sorted([m for m in found if id(m) not in used and m not in inside] + merged, key=lambda m: m.start), \
        [r for r in ratios if id(r) not in used]


# A percentage written with a minus sign, as a table's column of changes has it ("Guayas | 1,412 | -21%"): the number
# pattern leaves out digits right after a hyphen ("2023-24", "aged 18-25"), so these are read apart.
_MINUS_PERCENTS = re.compile(r"(?<=[\s|(])[-−](\d{1,3}(?:\.\d+)?)\s?%")


def _minus_percents(text: str, offset: int) -> list[NumberMention]:
    found = []
    for match in _MINUS_PERCENTS.finditer(text):
        value, step = _parse_digits(match.group(1), True)
        found.append(NumberMention(value, match.group(0), match.start() + offset, match.end() + offset, None, True,
                                   False, step))
    return found


# A weight told in two units, as translated reports write it: "2 tons 300 kilos", "1 kg 250 grams" (the whole in the
# smaller unit, read from the first number to the second; the second's unit follows it)
_COMPOUND_WEIGHT = re.compile(r"(?:\s+(?:tons?|tonnes?|(?P<quintals>quintals?))\s+(?:and\s+)?"
                              r"(?=\d{1,3}\s*(?:kg|kgs|kilos?|kilogram(?:me)?s?)\b)|"
                              r"\s*(?:kg|kgs|kilos?|kilogram(?:me)?s?)\s+(?:and\s+)?"
                              r"(?=\d{1,3}\s*(?:g|grams?|grammes?)\b))")


def _joined_weight(last: NumberMention, mention: NumberMention, text: str, offset: int) -> NumberMention | None:
    """"2 tons 300 kilos" as 2,300 kilos (and "18 quintals and 46 kilograms" as 1,846), or None."""
    joint = _COMPOUND_WEIGHT.match(text, last.end - offset)
    if not joint or joint.end() != mention.start - offset or \
            last.currency or last.percent or last.spelled or mention.currency or mention.percent:
        return None
    factor = 100 if joint.group("quintals") else 1000
    return replace(mention, value=last.value * factor + mention.value, start=last.start,
                   raw=text[last.start - offset:mention.end - offset])


_SCALE_UNITS = (("billion", 1e9), ("million", 1e6))
_SMALLER_SCALE = re.compile(r"\b(?:million|thousand)\b")


def _joined_scales(last: NumberMention, mention: NumberMention, text: str, offset: int) -> NumberMention | None:
    """"1 billion 216 million drams" as one sum, as translated reports write one (the currency is the last part's),
    or None."""
    unit = next((size for word, size in _SCALE_UNITS if last.raw.lower().endswith(word)), 0.0)
    if not unit or last.currency or last.percent or mention.percent or mention.value >= unit or \
            not _SMALLER_SCALE.search(mention.raw.lower()) or text[last.end - offset:mention.start - offset] not in \
            (" ", " and "):
        return None
    return replace(mention, value=last.value + mention.value, start=last.start,
                   raw=text[last.start - offset:mention.end - offset], step=mention.step)


def _joined(found: list[NumberMention], text: str, offset: int,
            join: Callable[[NumberMention, NumberMention, str, int], NumberMention | None]) -> list[NumberMention]:
    """``found`` with each mention that ``join`` joins to the one before it told as one figure."""
    merged: list[NumberMention] = []
    for mention in found:
        both = join(merged[-1], mention, text, offset) if merged else None
        if both:
            merged[-1] = both
        else:
            merged.append(mention)
    return merged


def find_numbers(text: str, offset: int = 0) -> tuple[NumberMention, ...]:
    """Every number written in ``text``, in order, with spans shifted by ``offset``."""
    found = []
    lower = lowered(text)
    for match in _NUMBER_SCAN.finditer(lower):
        mention = _mention_from_match(match, offset, text)
        if mention is None or (mention.spelled and mention.value == 0):
            continue
        at = match.start()
        if at > 3 and text[at - 1] == " " and text[at - 4:at - 1] in CODES_BEFORE and not mention.currency and \
                not mention.spelled and (at == 4 or not text[at - 5].isalnum()):  # "CZK 2.9 billion": an ISO code
            mention = replace(mention, raw=text[at - 4:match.end()].strip(), start=at - 4 + offset,
                              currency=text[at - 4:at - 1])
        found.append(mention)
    if len(found) > 1 and ("billion " in lower or "million " in lower):
        found = _joined(found, text, offset, _joined_scales)  # ("1 billion 216 million drams")
    if len(found) > 1 and ("ton" in lower or "kg" in lower or "kilo" in lower or "quintal" in lower):
        found = _joined(found, text, offset, _joined_weight)  # ("2 tons 300 kilos": 2,300 kilos)
    if "%" in text and _MINUS_PERCENTS.search(text):  # "| -21%": a fall written as a signed percentage
        found = sorted(found + _minus_percents(text, offset), key=lambda m: m.start)
    ratios = _ratios(found, lower, text, offset)
    if " of" in lower and any(map(lower.__contains__, _FRACTION_CUES)):
        ratios += _fractions(lower, text, offset)
    if (" up " in lower or "account" in lower) and _PART_FRACTION.search(lower):  # (one is in every match)
        ratios += [NumberMention(_fraction_value(m),
                                 text[m.start("fraction"):m.end("fraction")], m.start("fraction") + offset,
                                 m.end("fraction") + offset, None, True, True, 0.1, True)
                   for m in _PART_FRACTION.finditer(lower) if _fraction_value(m)]  # "with phone scams making up
        # nearly half"
    if ratios and (", and " in lower or ", while " in lower or ", but " in lower):  # (after a share told before)
        ratios += _subject_fractions(lower, text, offset)
    if ratios and " of a" in lower:
        found, ratios = _fractions_of_scales(found, ratios, lower, text, offset)
    if ratios:  # a ratio or a fraction stands for the numbers it holds
        found = sorted([m for m in found if not any(r.start <= m.start < r.end for r in ratios)] + ratios,
                       key=lambda m: m.start)
    return tuple(found)


def rounding_step(raw: str) -> float:
    """The rounding a written figure carries: 1000 for "1.23 lakh", 1 for "40,213"."""
    mention = _read_one(raw)
    return mention.step if mention else 1.0


def inside(mention: NumberMention, spans: tuple[tuple[int, int], ...], offset: int) -> bool:
    """Whether a number overlaps one of ``spans`` (positions in its sentence, which starts at ``offset``)."""
    start, end = mention.start - offset, mention.end - offset
    return any(s <= start < e or s < end <= e for s, e in spans)
