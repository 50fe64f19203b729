"""The passes over an article's records that read its headline by its body, and sums converted in brackets.

A headline's figure is the body's figure of the same value: it takes the body's reading, period and baseline
when its own few words give none; a sum converted into another currency in brackets is the sum it converts.
"""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.classify import PHYSICAL_RE, PHYSICAL_UNITS, in_listed_unit, qualifier_of
from parsers.currencies import DOLLAR_BY_COUNTRY
from parsers.exclusions import not_a_metric
from parsers.numbers import NumberMention, inside
from parsers.periods import year_spans
from parsers.reading import LocalReading
from parsers.records import MetricRecord
from parsers.sentences import Sentence
from parsers.topics import subjects_in
from parsers.vocab import PEOPLE_MEASURES, SEIZURE_NOUNS

# Things right after a headline's number: "in two trailers" (not the body's "Two drivers")
_THINGS_AFTER = re.compile(rf"\s+(?:[a-z-]+ )?(?:{SEIZURE_NOUNS}|(?:tractor-)?trailers|containers)\b")


_DOLLARS = frozenset(DOLLAR_BY_COUNTRY.values())  # what a bare "$" may be
# "about 1.1 billion baht (US$30 million)", "L$412 million (about $2.1 million)"
_CONVERSION_GAP = re.compile(r"\s*[(\[]\s*(?:(?:about|around|roughly|approximately|nearly|almost|some|or)\s+)?")


def conversions_as_sums(records: list[MetricRecord], text: str) -> list[MetricRecord]:
    """A sum converted into another currency in brackets is the same sum: it takes the qualifier (GUIDE.md), the
    country, subject and period of the sum it converts."""
    out: list[MetricRecord] = []
    for record in records:
        last = out[-1] if out else None
        converted = last and record.measure == last.measure == "money" and record.evidence == last.evidence and \
            _CONVERSION_GAP.fullmatch(text, last.span_end, record.span_start)
        if converted and record.unit == last.unit and record.unit in _DOLLARS and record.raw.startswith("$"):
            record = replace(record, unit="USD")  # "L$412 million (about $2.1 million)": a local dollar in US dollars
        if converted and record.unit != last.unit:  # (its own "about" in the brackets stays its own)
            qualifier = last.qualifier if converted.group(0).rstrip()[-1:] in "([" else record.qualifier
            record = replace(record, qualifier=qualifier, geo=last.geo, subject=last.subject, period=last.period)
        out.append(record)
    return out


def headline_figures_from_body(records: list[MetricRecord], mentions: list[NumberMention],
                                read: list[tuple[NumberMention, LocalReading]], first: Sentence,
                                text: str) -> list[MetricRecord]:
    """A headline's figure that its own few words do not type or place in enforcement news ("... ring that moved
    1,200 people by boat", "Voice phishing damage tops 650 billion won") is the body's figure of the same value
    ("smuggled about 1,200 migrants", "Losses ... reached 652.7 billion won"): it takes that figure's reading."""
    if not text.startswith("\n", first.end) or first.text.endswith("."):
        return records
    typed = {mention.start for mention, _ in read}
    dates = year_spans(first.text)
    body = [r for r in records if r.span_start >= first.end]
    added = []
    for mention in mentions:
        if mention.start in typed or mention.ratio or inside(mention, dates, first.start):
            continue
        before, after = text[first.start:mention.start], text[mention.end:first.end]
        if before.endswith("between ") and after.startswith(" and "):  # "find between 300 and 400 migrants": a
            before = before[:-8]  # range's lower end, no span of ages or times
        weighed = PHYSICAL_RE.match(after)  # "Cuba says 1.4 tonnes of drugs washed ashore": a weight
        if mention.value < 2 and not weighed:
            continue
        if weighed:  # (in GUIDE.md's units, as the body's figures are: "450 grams" is 0.45 kg)
            mention, unit = in_listed_unit(mention, PHYSICAL_UNITS[weighed.group(1).lower()])
        over = qualifier_of(before, after) == "at_least"
        same = next((r for r in body if _same_figure(mention, r, unit if weighed else "count", over)), None)
        thing = _THINGS_AFTER.match(after)  # "find 213 migrants crammed in two trailers": trailers, not the body's
        if same is not None and thing and same.measure in PEOPLE_MEASURES:  # "Two drivers were arrested"
            continue
        if same is not None and not not_a_metric(before, after, mention):
            added.append(replace(same, value=mention.value if same.value >= 0 else -mention.value,
                                 evidence=first.text, raw=mention.raw, span_start=mention.start,
                                 span_end=mention.end, qualifier=qualifier_of(before, after), rounding=mention.step,
                                 confidence=0.6))
    return sorted(records + added, key=lambda r: r.span_start) if added else records


def _change_of_body_pair(change: MetricRecord, body: list[MetricRecord]) -> MetricRecord:
    """A headline's change dated by the two body figures of its measure it is computed from, when one pair makes it
    (to the rounding of the headline's percent)."""
    levels = [r for r in body if r.kind == "level" and r.measure == change.measure and r.period]
    pairs = [(now, then) for now in levels for then in levels if now.unit == then.unit and then.value and
             now.period and then.period and then.period < now.period and
             abs((now.value - then.value) / then.value * 100 - change.value) <= max(change.rounding, 1) / 2 + 0.05]
    if len(pairs) != 1:
        return change
    now, then = pairs[0]
    return replace(change, period=now.period, baseline_period=then.period)


def _same_figure(mention: NumberMention, record: MetricRecord, unit: str = "count", over: bool = False) -> bool:
    """Whether a headline's number is the body's ``record``: a count (or a weight in ``unit``) of the same value, a
    change of the same size, a sum in the same currency within the headline's rounding (or, told as more than it
    (``over``), below its next round step: "Over 41 billion tenge" for 41.6 billion)."""
    if mention.percent:
        return record.unit == "percent" and abs(record.value) == mention.value
    if mention.currency:
        same_money = record.unit == mention.currency or mention.currency == "$" and record.unit in _DOLLARS
        return record.measure == "money" and same_money and record.kind != "change" and (
            _within_rounding(record.value, mention.value, mention.step) or over and _below_next_step(record.value,
                                                                                                   mention.value))
    return record.unit == unit and record.kind != "change" and record.value == mention.value


def _rounds_to(value: float, headline: MetricRecord) -> bool:
    """Whether the headline's figure is ``value`` as headlines round it ("£1.3bn" for £1.31 billion, "5,400" for
    5,412): within half its last written digit, or 1 %; "over 11,000" for any figure from 11,000 below 12,000."""
    if headline.qualifier == "at_least" and _below_next_step(value, headline.value):  # "over 11,000" for 11,250
        return True
    return _within_rounding(value, headline.value, headline.rounding)


def _below_next_step(value: float, written: float) -> bool:
    """Whether ``value`` is what a round figure told as more than it stands for: "over 11,000" for 11,000 below 12,000,
    "Over 41 billion" for 41.6 billion."""
    return written >= 100 and float(written).is_integer() and written <= value < written + _round_step(int(written))


def _within_rounding(value: float, written: float, step: float) -> bool:
    """Whether ``value`` is ``written`` as a headline rounds it: within half its last written digit (``step``) or 1 %,
    or within half its round step up to 2 % ("2,900" for 2,934: rounded to its hundreds)."""
    round_step = _round_step(int(written)) if float(written).is_integer() and written >= 100 else 0
    return abs(value - written) <= max(step / 2, 0.01 * abs(written), min(round_step / 2, 0.02 * abs(written)))


def _round_step(value: int) -> int:
    """The step a round figure is written to: 1,000 for 11,000."""
    digits = str(value)
    return 10 ** (len(digits) - len(digits.rstrip("0")))


def headline_as_body(records: list[MetricRecord], first: Sentence | None, dated: bool, based: bool,
                      text: str) -> tuple[MetricRecord, ...]:
    """A headline's figure that the body repeats ("Police charge 193 ..." then "charged 193 defendants ... on
    Thursday"), maybe rounded, covers the period the body gives it when the headline states none of its own
    (``dated``), and a change its baseline when the headline names none (``based``): "losses fall 20pc in January"
    then "fell 20 per cent year on year"; "jump 22% in third quarter" then "from the second quarter"."""
    if first is None or not text.startswith("\n", first.end) or first.text.endswith("."):
        return tuple(records)
    body = [r for r in records if r.span_start >= first.end]
    own_crime = bool(subjects_in(first.text))
    out = []
    for record in records:
        if record.span_start < first.end:
            same = next((r for r in body if (r.unit, r.measure) == (record.unit, record.measure) and
                         _rounds_to(r.value, record)), None)
            if same is None and record.kind == "change" and record.measure != "other":  # "drug offenders up 18%"
                same = next((r for r in body if r.unit == "percent" and r.value == record.value and  # then "caught
                             r.kind == "change"), None)  # 19,240 drug offenders ..., up 18 percent": the body's change
                record = replace(record, measure=same.measure) if same else record
            if same is None and record.measure == "suspects":  # "58 drug suspects, 12 wanted persons caught", then
                same = next((r for r in body if r.unit == "count" and r.value == record.value and  # "Drug suspects
                             r.measure in PEOPLE_MEASURES and r.kind == record.kind), None)  # arrested: 58"
                record = replace(record, measure=same.measure) if same else record
            if same is None and record.kind == "change" and record.unit == "percent" and not dated:
                record = _change_of_body_pair(record, body)  # "fall 65%" then "90 homicides in 2025, down from 258
                # in 2023": the change those two figures make, their periods its own
            if same is None and record.measure == "money" and record.raw.startswith("$"):  # a headline's bare
                # "$21 million" is the body's "US$21 million"
                same = next((r for r in body if r.measure == "money" and _rounds_to(r.value, record)), None)
                record = replace(record, unit=same.unit, geo=same.geo) if same else record
            if same is not None and same.subject != record.subject and not own_crime:  # a headline that names no crime
                record = replace(record, subject=same.subject)  # ("Thai police arrest 7,480 in September crime sweep"):
                # its figure's crime is the one the body names for it, not the article's first
            if same is not None and not dated and same.period != record.period:
                record = replace(record, period=same.period)
            if same is not None and not (based and record.baseline_period) and same.baseline_period and \
                    same.period == record.period and same.kind == record.kind:  # (a headline's "from a decade ago"
                # with no period of its own to count back from has none)
                record = replace(record, baseline_period=same.baseline_period)
        out.append(record)
    return tuple(out)
