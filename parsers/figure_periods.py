"""The period of a figure: from its sentence, the sentence before, or the article's reporting period.

A period written right after the figure binds it ("6,000 in 2023"); otherwise the nearest
period of the sentence (the latest one, for a change); otherwise, for anaphoric sentences
("Such cases ..."), the previous sentence's; otherwise the period the article's opening
reports on.  Baselines of changes come from the sentence's comparison phrases.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.weekdays import names_a_weekday, ran_after_sum
from parsers.clause_periods import own_clause_times
from parsers.periods import TimeExpression, shift_period
from parsers.scan import DIGIT, PHRASE_BREAK
from parsers.sentences import Sentence

if TYPE_CHECKING:
    from parsers.reporting_period import ReportingPeriod

ANAPHORA = re.compile(r"^(?:\(|(?:such|these|those|this|the (?:correct |corrected |revised |actual )?figures?(?! of)|"
                       r"the numbers?(?! of)|that|it|they|their|"
                       r"the (?:operation|raids?|crackdown|sweep|swoop)s? (?:also|further|additionally)|"
                       r"the [\w-]+(?: [\w-]+)? (?:was|were) (?:worth|valued)|"  # "The gold was worth about ..."
                       # 'The drug, known locally as "ice", would have sold for about ...': the goods seized before
                       r"the (?:drugs?|goods|haul|consignment|shipment|cargo)\b(?=[^.]{0,50}\bwould have (?:sold|fetched))|"
                       r"(?:among|(?:most|many|all|some|half|the majority) of) (?:them|these|those|the total))\b)",
                      re.IGNORECASE)
_PART_OF_BEFORE = re.compile(r"(?:Of|OF) (?:them|these|those)\b|"  # "Of them, 1,130 have been charged"
                             r"(?:(?:About|Some|Nearly|Around|Roughly|More than|Over) )?\d[\d,.]* of (?:them|these|those)\b")
# ("About 4,300 of them were Chinese nationals": a part of the figures before too)


# The verbs that tell a crime itself, not what the authorities did about it.
CRIME_ACTS = ("cheated", "duped", "swindled", "defrauded", "stole", "conned", "scammed", "lured", "laundered",
              "embezzled", "siphoned", "drew in")  # ("The scheme drew in 11,400 depositors")
# A relative clause that tells a ring's crime: "..., which cheated more than 260 Australians"
_CRIME_CLAUSE = re.compile(r",\s+wh(?:ich|o)\s+(?:had\s+)?(?:allegedly\s+)?(?:" + "|".join(CRIME_ACTS) + r")\b")


def refers_back(text: str) -> bool:
    """Whether a sentence opens by referring to the figures before it ("Such cases ...", "Of them, ..."), whose
    window it keeps."""
    return bool(ANAPHORA.match(text) or _PART_OF_BEFORE.match(text))


_BINDS_AFTER = re.compile(r"^\s*(?:cases?|people|(?!(?:announced|published|released|unveiled|given)\b)\w+|"
                          r"(?:it|they|police) (?:logged|recorded|received|reported|"
                          r"registered|handled))?\s*(?:,\s*)?(?:in|during|for|over|by|of)?\s*(?:the\s+)?(?:same\s+)?"
                          r"(?:(?:whole|full|entire)\s+(?:of\s+)?|all\s+of\s+)?(?:fiscal\s+(?:year\s+)?)?$",
                          re.IGNORECASE)  # ("278,000 in fiscal 2025")
# "1,455 in the whole of 2023", "640 pounds in all of 2025" (not "the 104 announced in January": when it was told)
_WHOLE_OF = re.compile(r"\b(?:(?:whole|full|entire)\s+(?:of\s+)?|all\s+of\s+)$", re.IGNORECASE)


# "21,300 such offences being recorded in 2021", "3,150 cases logged in the same period last year".
# ("2,100 cases reported in the same period last year", "1.6 tonnes by this point a year earlier", "48 kilograms of
# heroin in the whole of 2025")
_BINDS_YEAR_FAR = re.compile(r"\s+(?:[a-z]+\s+){1,4}(?:(?:in|during)\s+(?:the\s+)?"
                             r"(?:(?:whole|full|entire)\s+(?:of\s+)?|all\s+of\s+)?|by (?:this|that) (?:point|time)\s+)",
                             re.IGNORECASE)


def binds_after(time: TimeExpression, text: str, local_end: int) -> bool:
    """Whether a time expression up to 45 characters after a figure is the figure's own: "6,000 in 2023",
    "8,000 cases in the same period last year"; not "RM1.2 billion compared to last year"."""
    gap = text[local_end:time.start]
    if len(gap) <= 16 or len(gap) <= 30 and _WHOLE_OF.search(gap):
        near = bool(_BINDS_AFTER.match(gap))
    else:  # farther, only a year or "the same period last year" with a few words between
        near = (len(time.period or "") == 4 and not time.baseline or time.period is None and bool(time.years_back)) \
            and bool(_BINDS_YEAR_FAR.fullmatch(text, local_end, time.start))
    return near and not _COMPARISON_LED.match(text, time.start)


_COMPARISON_LED = re.compile(r"(?:compared|than|against|versus|vs\b|from\b)", re.IGNORECASE)  # "fell by X from ..."
# "in the period", "during the month", "over the quarter": the period told before (not "in the year to March")
# ("in the 12 months": the twelve months told before)
_THIS_PERIOD = re.compile(r"\b(?:during|in|over|for|within) (?:this|that|the same|the) (?:period|time(?:frame)?|month|"
                          r"quarter|year|(?:12|twelve|three|six|nine) months)\b"
                          r"(?! (?:to|ending|ended|before|earlier|ago)\b)", re.IGNORECASE)
_WHEN_AFTER = re.compile(r",?\s*when\s+(?:[\w'-]+\s+){0,3}", re.IGNORECASE)
_OWNED = re.compile(r"['’]s\s+")  # a period's own figure right after it
_YEAR_LEVEL_BEFORE = re.compile(r"\b(?:the|its|a) ((?:19|20)\d\d) (?:peak|high|record|low|total|level|figure|tally) of "
                                r"(?:about |some |nearly |more than )?$")
_FIGURE_OF = re.compile(r"\s*(?:figures?|levels?|totals?)?\s*\(\s*", re.IGNORECASE)


def _names_this_period(text: str) -> bool:
    lower = text.lower()
    return any(map(lower.__contains__, _THIS_PERIOD_WORDS)) and bool(_THIS_PERIOD.search(text))


_THIS_PERIOD_WORDS = ("period", "time", "month", "quarter", "year")  # every _THIS_PERIOD match has one


# The day a statement was made, not an event: "the police said in a statement on July 6".
SAID_BEFORE = re.compile(r"\b(?:said|says|announced|told|stated|reported|added|confirmed)\b"
                         r"(?![^.;]{0,40}\b(?:raids?|operations?|crackdowns?|arrests?|seizures?)\b)[^.;]{0,40}$|"
                         # the day of the meeting or briefing a report was given at: "According to a report at the
                         # provincial police's meeting on Oct 9, ..."
                         r"\b(?:meeting|briefing|press conference|news conference)(?: held)?(?: on)? $")
# (not "said the raids on Sept 29": the day of the raids, told after "said")
_BRINGING = re.compile(r"\b(?:bringing|taking|pushing|raising)\b", re.IGNORECASE)  # a running total after a figure


# A relative clause with a figure of its own: "arrested 46 suspects linked to a ring that siphoned Sh312 million
# ... over the past 18 months" (the window is the sums', not the arrests' nor the article's).
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?"
                              r"(?:\w+ed|stole|stolen|took|taken|made|ran|sold|paid|lost|cost|won|drew|sent)\b[^,;]*?\d|"
                              # "arrested 14 civil servants for allegedly accepting bribes of RM3.2 million between
                              # 2022 and 2025", "suspected of carrying out 18 robberies between August and December":
                              # the crime's window, told with its own figure
                              # (a gerund in lower case: not "National Center for Missing & Exploited Children")
                              r"\b(?:for|with|(?:suspected|accused) of)\s+(?:allegedly\s+)?[a-z]+ing\b[^,;]*?\d|"
                              # "charged nine people over bribes totalling HK$38.2 million ... between 2019 and 2024"
                              r"\bover\s+(?:[\w-]+\s+){0,2}?(?:bribes|kickbacks|frauds?|scams?|schemes?|thefts?)\b"
                              r"[^,;]*?\d|"
                              # "in the 'Fishrot' case, in which quotas were allocated for bribes of at least 317
                              # million ... between 2014 and 2019": the case's own story, its figure and window
                              r",\s+(?:in|during|under|through) which\b[^,;]*?\d")
RELATIVE_GATE = ("that", "which", "who", "for ", "with ", " of ", "over ")  # one is in every _RELATIVE_CLAUSE match


def clause_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether a time expression at ``end`` stands in a relative clause, opened after ``start``, that holds a
    figure of its own before it."""
    return any(map(text[start:end].__contains__, RELATIVE_GATE)) and \
        bool(_RELATIVE_CLAUSE.search(text, start, end))


_ORDERED_TO_PAY = re.compile(r"\bordered\s+(?:\w+\s+){0,3}?to\s+(?:return|repay|pay|refund|forfeit|hand back|"
                             r"pay back)\s+(?:(?:about|some|nearly|more than|over|a further|another)\s+)?[^\s\d]{0,4}$")


def figure_period(times: tuple[TimeExpression, ...], local_pos: int, local_end: int, previous: str | None,
            sentence: Sentence, percent: bool, document: ReportingPeriod) -> str | None:
    text = sentence.text
    if not times and "ordered" in text and _ORDERED_TO_PAY.search(text, max(0, local_pos - 60), local_pos) and \
            not _names_this_period(text):
        return None  # "The court also ordered him to return 31.5 million pesos": a penalty set now, which covers no
        # span of the crime the article dates
    crime = _CRIME_CLAUSE.search(text, 0, local_pos) if ", wh" in text else None
    if crime:  # "one of 14 charged in 2024 over the syndicate, which cheated 260 Australians": the crime's own
        times = tuple(t for t in times if t.start >= crime.start())  # window, not the charge's year
        if not times:
            return None
    away = [t for t in times if not t.baseline and t.period and not t.weak and _told_for_another(text, local_end, t)]
    if " from " in text and " to " in text:  # "fell to 86 kilograms from 1.3 tonnes in 2024, while ... rose by 40
        # percent": the year of the level the change started from, no other figure's
        away += [t for t in times if text.endswith(_PERIOD_LEADS, 0, t.start) and
                 _EARLIER_END_BEFORE.search(text, max(0, t.start - 90), t.start)]
    if "record" in text:  # (not "more than double the previous record set in 2023, and 740 kg": the record's year)
        away += [t for t in times if t.end <= local_pos and _RECORD_SET_BEFORE.search(text, max(0, t.start - 25),
                                                                                      t.start)]
    strong = [t for t in times if not t.baseline and t.period and not t.weak and t not in away]  # (a figure before a
    # running total keeps the reporting period)
    if strong and ("that" in text or "which" in text):  # "charged 46 after raids on remitters that had laundered
        # A$210 million since 2023": the relative clause's running total, not the figure's
        strong = [t for t in strong if not (t.since and t.start > local_end and
                                            _RELATIVE_OPENER.search(text, local_end, t.start))]
    list_end = _list_end(text, local_end) if "," in text else local_end
    near_weak = [t for t in times if not t.baseline and t.period and t.weak and (abs(t.middle - local_pos) < 60 or (
        local_end <= t.start <= list_end + 100 and not PHRASE_BREAK.search(text, list_end, t.start)) or
        t.end <= local_pos and _in_opening_phrase(text, t, local_pos) or
        local_end <= t.start and closes_sentence(text, t)) and
        not (t.dated and SAID_BEFORE.search(text, max(0, t.start - 50), t.start))]  # a report's day, no event's
    following = [t for t in times if 0 <= t.start - local_end <= 45 and binds_after(t, text, local_end)]
    if following and not percent:  # "6,000 in 2023": the period written right after the figure
        found = following[0]
        if found.period:
            return found.period
        stated = strong or [t for t in times if t.period and not t.baseline]  # "in February" (a month, weak)
        # (a sentence about the span told before, "in the 12 months, against 9,837 a year earlier": that span's)
        reference = stated[0].period if stated else previous if previous and _names_this_period(text) else \
            document.period
        if found.years_back and reference:  # "11,546 in the same period last year"
            return shift_period(reference, -found.years_back)
    if not percent and not strong and (previous or document.period):
        # a comparison fronted in its own phrase: "In the same period last year, police arrested 1,118": the span
        # the figures before cover, a year back
        fronted = [t for t in times if t.baseline and t.years_back and not t.period and t.end <= local_pos and
                   _in_opening_phrase(text, t, local_pos)]
        if fronted:
            return shift_period(previous or document.period, -fronted[0].years_back)
    if "when" in text:  # "29% higher than in 2024, when Rs 20,400 crore was reported": that year's figure
        when = [t for t in times if t.period and 0 <= local_pos - t.end <= 40 and _WHEN_AFTER.fullmatch(text, t.end,
                                                                                                         local_pos)]
        if when:
            return when[-1].period
    labelled = [t for t in times if t.period and 0 <= local_pos - t.end <= 20 and _FIGURE_OF.fullmatch(
        text[t.end:local_pos])]
    if labelled:  # "the 2022 total (61 480 cases)"
        return labelled[-1].period
    level = _YEAR_LEVEL_BEFORE.search(text, max(0, local_pos - 40), local_pos) if " of " in text else None
    if level:  # "since the 2022 peak of 391": that year's figure
        return level.group(1)
    owned = [t for t in times if 0 <= local_pos - t.end <= 4 and _OWNED.fullmatch(text, t.end, local_pos)]
    if owned:  # "up from the previous year's 3,950", "against 2024's 3,950": the period that owns the figure
        stated = [t.period for t in times if t.period and not t.baseline]
        reference = stated[0] if stated else previous or document.period
        return owned[-1].period or (shift_period(reference, -owned[-1].years_back)
                                    if owned[-1].years_back and reference else None)
    if not strong and (previous or document.period) and _names_this_period(text):
        # (the span the article reports on, not the month of an event told just before within it: "arrested 748 in
        # a raid in April" then "also recovered $4.2m over the period")
        wider = contains_span(document.period, previous) and "period" in text
        return document.period if wider else previous or document.period  # ("during the month": the month)
    if strong and all(t.since and t.start > local_end for t in strong):
        # "arrested 300 in March, while the total since 2020 reached 9,000": the month (a running total's window
        # after "bringing" never reaches here: it is told for another figure)
        before_since = [t for t in times if t.weak and t.period and not t.baseline and
                        local_end <= t.start < min(s.start for s in strong)]
        if before_since:
            return before_since[0].period
    # a day anywhere in the sentence: "detained 2,000 people ... in seven provinces since July 14", "arrested 118 ...
    # in a five-day operation that ended on July 4"
    strong = own_clause_times(text, local_pos, local_end, strong, near_weak)  # "...; in April alone, 640 more"
    candidates = strong or near_weak or [t for t in times if t.period and t.weak and t.dated and not t.baseline and
                                         (t.since or not SAID_BEFORE.search(text, max(0, t.start - 50), t.start))]
    if len(candidates) > 1 and ", " in text:  # "Since the start of the year, it has arrested 1,870 more, and in the
        # last quarter it registered 640 cases": a time opening the next clause, before its own figure, is that one's
        candidates = [t for t in candidates if not (t.start > local_end and DIGIT.search(text, t.end) and
                                                    _NEXT_CLAUSE.search(text, local_end, t.start))] or candidates
    if len(candidates) > 1 and ";" in text:  # "In 2015 ... 3.8 million incidents; last year the figure was ..."
        start, end = text.rfind(";", 0, local_pos) + 1, text.find(";", local_end) % (len(text) + 1)
        candidates = [t for t in candidates if start <= t.start < end] or candidates
    if len(candidates) > 1 and "(" in text:  # "91,450 crimes in 2025 (86,280 in 2024), ... up 12pc to 46,100": the
        # year in another figure's brackets is that figure's
        candidates = [t for t in candidates if not _bracketed_away(text, t, local_pos)] or candidates
    elif candidates and "(" in text and _bracketed_away(text, candidates[0], local_pos) and \
            DIGIT.search(text, candidates[0].end, text.find(")", candidates[0].end)):
        candidates = []  # "Arrests: 1,204 (2024-25: 1,105)": the year of the figure in the brackets only
    if candidates:
        bound = [t for t in candidates if t in following and _IN_RIGHT_AFTER.fullmatch(text, local_end, t.start)] \
            if percent else []
        if bound and len(candidates) > 1:  # "murders fell 4.2% in the October-December quarter" beside "will recruit
            return bound[0].period  # 10,000 officers this year": the window written right after the change
        if percent and len(candidates) > 1:  # a change belongs to the later period it reaches, and to a quarter
            # rather than the financial year it is part of ("the first-quarter statistics for the 2026/27 year")
            inner = [t for t in candidates
                     if not any(u is not t and contains_span(t.period, u.period) for u in candidates)]
            return max(inner or candidates, key=lambda t: (t.period or "")[-7:]).period
        chosen = min(candidates, key=lambda t: abs(t.middle - local_pos))
        reported = document.in_lead
        last = reported.rsplit("/", 1)[-1][:4] if reported else ""  # the report's last year ("the past 12 months"
        # to April 2026 reports on 2026 too)
        if chosen.since and chosen.period and len(chosen.period) == 9 and reported and \
                last < chosen.period[-4:]:  # "since 2000" in a report on 2016
            return f"{chosen.period[:4]}/{max(chosen.period[:4], last)}" \
                if not reported.startswith(chosen.period[:4]) else chosen.period
        return chosen.period
    if away and "day" in text and names_a_weekday(text):  # an act dated by a weekday alone (GUIDE.md: no period)
        return None  # "A jury on Thursday convicted ... two of her employees for a $14.3 million scheme that ran from
        # 2019 to 2024": dated by a weekday alone (GUIDE.md), the years another figure's
    if previous and (refers_back(text) or percent):
        return previous
    return document.for_sentence(sentence.index)


_IN_RIGHT_AFTER = re.compile(r"\s+(?:in|during)\s+(?:the\s+)?")  # "fell 4.2% in the October-December quarter"
_RELATIVE_OPENER = re.compile(r"\b(?:that|which)\b")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|while|but|whereas)\s")


def _bracketed_away(text: str, time: TimeExpression, local_pos: int) -> bool:
    """Whether ``time`` stands in brackets that the figure at ``local_pos`` is outside of."""
    opening = text.rfind("(", 0, time.start)
    closing = text.find(")", time.end)
    return opening != -1 and closing != -1 and text.find(")", opening, time.start) == -1 and \
        not opening < local_pos < closing


# The next item of a list of figures: "96 dredging rafts, 14 aircraft and 38 boats ... in July"
_NEXT_LISTED = re.compile(r"[^,;:.\d]{1,40},\s+(?:and\s+)?\d+(?:,\d{3})*")


def _list_end(text: str, end: int) -> int:
    """Where the list of figures that the figure ending at ``end`` opens reaches its last figure (``end`` when it
    opens none): the list's words after it are its words too."""
    while (item := _NEXT_LISTED.match(text, end)) is not None:
        end = item.end()
    return end


def closes_sentence(text: str, time: TimeExpression) -> bool:
    """Whether ``time`` is the phrase a sentence closes with, set off by a comma: it dates the whole event ("seizing 54
    kg of fentanyl ... at a rural property near Falkland, British Columbia, in late October.")."""
    return text.endswith(", ", 0, time.start) and not text[time.end:].strip(" .\"'”’")


# The words of a sentence's opening phrase before a period in it ("In a similar operation over", "During"), and those
# after it to its comma: "In the same period last year, police arrested 1,118".
_OPENING_PHRASE = re.compile(r"(?:(?:In|During|Over|For|At|By)\b[^,;.]{0,60})?")
_PHRASE_CLOSE = re.compile(r"[^,;.]{0,20},")


def _in_opening_phrase(text: str, time: TimeExpression, local_pos: int) -> bool:
    """Whether ``time`` stands in the phrase a sentence opens with, before the figure at ``local_pos``: it dates all
    the sentence's figures ("In a single operation in Lagos in May, operatives arrested 792 ..., including 148
    foreigners")."""
    return bool(_OPENING_PHRASE.fullmatch(text, 0, time.start) and _PHRASE_CLOSE.match(text, time.end, local_pos))


def _months(period: str | None) -> tuple[str, str]:
    """The first and last month of ``period``: "2026" -> ("2026-01", "2026-12"), "2025/2026" -> ("2025-01",
    "2026-12")."""
    first, _, last = (period or "").partition("/")
    last = last or first
    return (first[:7] if len(first) > 4 else first + "-01"), (last[:7] if len(last) > 4 else last + "-12")


def contains_span(outer: str | None, inner: str | None) -> bool:
    """Whether the span of ``outer`` holds all of ``inner``'s and more."""
    (a, b), (c, d) = _months(outer), _months(inner)
    return bool(outer and inner) and a <= c and d <= b and (a, b) != (c, d)


# A sentence about a ring's run: "The ring, which operated from a compound in Sihanoukville between July 2024 and May
# 2026, ...", "The ring ... operated from March 2024 until its members were detained ... last month".
OPERATION_GATE = re.compile(r"The (?:[\w-]+ ){0,2}?(?:ring|syndicate|gang|network|scheme|group|call cent(?:re|er))\b"
                            r"[^.;]{0,80}?\b(?:operated|ran|was active|had (?:been )?(?:operating|running|run))\b|"
                            # "The aides are accused of taking residents' bank cards ... between 2023 and 2025"
                            r"The (?:[\w-]+ ){0,2}?[a-z]+s (?:are|were) (?:accused|alleged|suspected) of [a-z]+ing\b|"
                            # "The cases, brought over the past 12 months by 58 offices, ...": the cases told before
                            r"The (?P<cases>cases|charges|prosecutions|(?:freeze|forfeiture|seizure) orders), "
                            r"(?:which were )?(?:brought|filed|obtained|issued|granted)\b|"  # "The freeze orders,
                            # obtained from the Court of Appeals in July, ...": the figures before that had no period
                            # "The operation, which ran throughout April, ...": the results told before that had none
                            r"The (?:[\w-]+ ){0,2}?(?P<operation>operation|crackdown|campaign|drive|sweep|blitz),? "
                            r"(?:which|that) (?:ran|lasted|took place|was carried out|was conducted)\b")
_FROM_END = re.compile(r"\b(?:from|since)\s+$")
_UNTIL_BETWEEN = re.compile(r"\b(?:until|till|to)\b")


def operation_window(text: str, times: tuple[TimeExpression, ...], whole_periods: bool = False) -> str | None:
    """The span a ring ran over, told in a sentence of its own: its crimes' totals told just before are that span's.
    With ``whole_periods``, a year or a month is a span too ("The cases, brought over the past year")."""
    spans = [t.period for t in times if t.period and ("/" in t.period or whole_periods) and not t.baseline]
    if spans:
        return spans[0]
    points = [t for t in times if t.period and "/" not in t.period]  # ("from March 2024" reads as a baseline)
    if len(points) >= 2 and _FROM_END.search(text, 0, points[0].start) and \
            _UNTIL_BETWEEN.search(text, points[0].end, points[1].start):  # "from March 2024 until ... last month"
        return f"{points[0].period[:7]}/{points[1].period[:7]}"
    return None


def _told_for_another(text: str, local_end: int, time: TimeExpression) -> bool:
    """Whether a period written after a figure belongs to a phrase of another figure between them: a relative clause
    with a figure of its own ("a ring that siphoned Sh312 million over the past 18 months"), a figure compared with
    ("more than the 1,048 arrested in the first half of 2025"), a running total ("bringing the total for the first
    seven months to ...")."""
    return time.start > local_end and (clause_of_its_own(text, local_end, time.start) or
                                       _partner_between(text, local_end, time.start) or
                                       bool(_BRINGING.search(text, local_end, time.start)) or
                                       bool(_EARLIER_EVENT.search(text, max(local_end, time.start - 20), time.start)) or
                                       ran_after_sum(text, local_end, time.start))


_RECORD_SET_BEFORE = re.compile(r"\brecords? (?:set |reached |of |from )?(?:in |back in )?$")  # "the record set in 2023"
# The year of an event a figure came after, no window of the figure: "fell to 5,120, after a 2025 crackdown"
_EARLIER_EVENT = re.compile(r"\b(?:after|following) (?:a|an)\s+$")


# A currency mark written before a sum, if any: "$", "HK$", "€", "Rs", "RM", "Rp", "Sh", "KSh", "Tk", "Bt", "N"
SUM_MARK = r"(?:[A-Z]{0,3}[$€£¥₹₦₱₩฿]|Rs\.?\s?|RM|Rp\.?\s?|K?[Ss]h\.?\s?|Tk\.?\s?|Bt\.?\s?|N(?=\d))?"
YEARS_SPAN = re.compile(r"(\d{4})/(\d{4})")
# A level a change reached, then the level it started from with that one's period: "fell to 86 kilograms from 1.3
# tonnes in 2024" (not "up to 40 people from 12 countries in 2025": a qualifier)
_LEVEL = rf"(?:about\s+|some\s+|nearly\s+|just\s+)?{SUM_MARK}\d[\d,.]*(?:\s+[\w-]+){{0,2}}?"
_PERIOD_LEADS = (" in ", " during ", " in the ", " during the ")  # one ends every _EARLIER_END_BEFORE match
_EARLIER_END_BEFORE = re.compile(rf"(?<!\bup )\bto\s+{_LEVEL}\s+from\s+{_LEVEL}\s+(?:in|during)\s+(?:the\s+)?$",
                                 re.IGNORECASE)


# A projection for the whole year right before its figure: "2024 losses may pass S$600 million".
_PROJECTED = re.compile(r"\b(?:could|would|will|may|might|is expected to|are expected to|is set to|are on track to)"
                        r"(?: \w+){1,2} $")


def refined_period(period: str | None, reporting: str | None, text: str = "", local_pos: int = 0) -> str | None:
    """A plain year the article reports on more precisely ("in 2021" in a January-July report, not in a story of
    an event in September and October), unless the words of ``text`` before the figure at ``local_pos`` project it
    for the whole year."""
    if period and reporting and len(period) == 4 and "/" in reporting and reporting[:7] == period + "-01" and \
            reporting.split("/")[1][:4] == period and not _PROJECTED.search(text, max(0, local_pos - 40), local_pos):
        return reporting
    return period


# The other end of a comparison is a level, not a change: "against 44 per cent in 2023", "up from 30%".
COMPARISON_MARK = r"\b(?:compared (?:to|with)|than|against|versus|vs\.?)"
_PARTNER_BEFORE = re.compile(rf"(?:{COMPARISON_MARK}|\bfrom)\s+(?:about\s+|some\s+|just\s+)?$")  # lower-cased
def comparison_partner(text: str, local_pos: int) -> bool:
    """Whether the figure at ``local_pos`` is the other end of a comparison: a level, not a change."""
    window = text[max(0, local_pos - 30):local_pos].lower()
    return any(map(window.__contains__, _PARTNER_WORDS)) and bool(_PARTNER_BEFORE.search(window)) and \
        not window.endswith(_QUALIFIER_THAN)  # "seized ... more than 30 kilograms": a qualifier, no comparison


_QUALIFIER_THAN = ("more than ", "less than ", "fewer than ")
_PARTNER_WORDS = ("compared", "than", "against", "versus", "vs", "from")  # every _PARTNER_BEFORE match has one
_PARTNER_FIGURE_WORDS = ("compared", "than", "against", "versus", "vs", "double", "twice", "triple", "treble",
                         "half", "up from", "down from")  # every _PARTNER_FIGURE match has one
# A figure compared with, after the figure and before a period: "arrested 1,214, more than the 1,048 arrested in the
# first half of 2025" (the period is the other figure's); not a qualifier ("more than €30 million since 2021").
_PARTNER_FIGURE = re.compile(r"(?:\bthan\s+(?:the|those)|\bcompared (?:to|with)|\bagainst|\bversus|\bvs\.?|"
                             r"\b(?:up|down) from|"  # "seized 1.6 million litres, up from 1.2 million litres in 2024"
                             r"\b(?:double|twice|triple|treble|half)\s+the)\s+"
                             rf"(?:the\s+|about\s+|some\s+|just\s+|more than\s+|nearly\s+)?(?:{SUM_MARK}\d|"
                             # (a number in words: "against nine in 2024")
                             r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                             r"fifty|sixty|seventy|eighty|ninety|a dozen|dozens)\b)|"
                             # (or with no figure: "less than half the amount seized in 2024")
                             r"\b(?:double|twice|triple|treble|half)\s+the\s+(?:amount|number|figure|total|quantity)",
                             re.IGNORECASE)


def _partner_between(text: str, start: int, end: int) -> bool:
    window = text[start:end]
    return any(map(window.__contains__, _PARTNER_FIGURE_WORDS)) and bool(_PARTNER_FIGURE.search(window))
