"""What an article reports on: the period its opening states, and which of its figures that period dates.

The headline and the first paragraphs state the article's period ("in 2024", "from January to
November", "on 12 August"); :func:`document_period` picks the most precise of them and says
whether it also dates the figures told before it (an operation's dates do, a later statistic's
window does not, nor a background told in the pluperfect).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from parsers.calendars import HOLIDAY_NAMES
from parsers.fiscal_years import MONTH_WINDOW, months_spanned
from parsers.figure_periods import CRIME_ACTS, SAID_BEFORE, clause_of_its_own, closes_sentence
from parsers.periods import TimeExpression
from parsers.scan import DATELINE_LEAD
from parsers.sentences import Sentence
from parsers.time_words import FIGURES_NOUNS
from parsers.topics import about_enforcement

LEAD_SENTENCES = 6  # headline, date line and the opening paragraphs
_RELATIVE = re.compile(r"\b(?:last|this|past|previous)\b", re.IGNORECASE)
_FIGURE_BEFORE = re.compile(r"\d[^,;.]{0,58}$")  # "recorded 2,914 index crimes in February" (not "raided in June")


@dataclass(frozen=True)
class ReportingPeriod:
    """What an article reports on: the most precise period its opening states."""

    period: str | None
    stated_in: int = 0  # the sentence that states it
    backward: bool = True  # whether it dates the figures of the sentences before that one too
    earlier: str | None = None  # the month of an event dated before a later statistic's window ("ended on July 4")
    stated_at: int = -1  # where in its sentence the time expression that states it starts
    running: bool = False  # a running total's window ("since January") that states a year more precisely: the
    # figures told without a period of their own take it, a figure dated by that year ("this year") keeps its year

    @property
    def in_lead(self) -> str | None:
        """The period when the headline or lead states it (the year an article reports on, by which "since 2000" ends
        and "the previous year" is counted), not when only a later sentence's statistic does."""
        return self.period if self.stated_in <= 1 else None

    def for_sentence(self, index: int) -> str | None:
        """The reporting period for a figure of sentence ``index``: an operation's dates ("The raid, carried out on
        12 August") date the figures told before them; a statistic's window told later ("Nationwide, police
        handled 1,450 cases in the first nine months") is that statistic's, not the earlier figures', which keep
        the day an event was dated on before it, if any."""
        return self.period if self.backward or index >= self.stated_in else self.earlier




# A sentence that tells the crime itself, not what the authorities did about it.
_CRIME_VERBS = re.compile(r"\b(?:" + "|".join(CRIME_ACTS) + r"|"
                          r"(?:received|accepted|exchanged|paid|took) (?:\w+ )?(?:bribes|kickbacks)|"
                          r"(?:placed|took|accepted) bets|"
                          r"(?:fixed|manipulated|rigged) (?:\d+ )?(?:\w+ )?(?:matches|games)|"
                          # "The aides are accused of taking residents' bank cards ...": the act alleged
                          r"(?:are|is|were|was) (?:accused|alleged|suspected) of [a-z]+ing)\b")
_CRIME_WORDS = (*CRIME_ACTS, "bribes", "kickbacks", "bets", "matches", "games", "accused of", "alleged of",
                "suspected of")  # one is in every _CRIME_VERBS match
_ENFORCEMENT_VERBS = re.compile(r"\b(?:arrest\w*|seiz\w*|charg\w*|convict\w*|sentenc\w*|jail\w*|deport\w*|rescu\w*|"
                                r"froze|frozen|recover\w*|detain\w*|raid\w*|prosecut(?!ors?\b)\w*|indict\w*|recorded|"
                                r"registered|handled|received \d)")


# Who a crime's own account is about: one case's actors, or an allegation ("Fraudsters stole £1.2bn in 2025" is a
# statistic, not an account).
_CASE_ACTORS = re.compile(r"^(?:the|these|those) (?:[\w-]+ ){0,2}?(?:syndicate|gang|ring|scheme|suspects?|accused|men|man|"
                          r"woman|women|defendants?|group|network|regent|official|officer|couple)\b|\ballegedly\b|"
                          r"\bthe court heard\b|"
                          # "Investigators believe the ring placed bets ...": what the authorities say it did
                          r"\b(?:believe|believed|say|said|allege|alleged|suspect|suspected)s? (?:that )?(?:the|a) "
                          r"(?:[\w-]+ ){0,3}?(?:scheme|syndicate|gang|ring|network|group)\b|"
                          # "... said on Tuesday that a trading scheme had cheated about 9,200 investors"
                          r"\bthat (?:a|the) (?:[\w-]+ ){0,3}?(?:scheme|syndicate|gang|ring|network) had\b")


def crime_account(text: str) -> bool:
    """Whether ``text`` tells one case's crime itself ("The syndicate cheated at least 480 victims ... between March
    2023 and October 2024", "The regent allegedly received kickbacks ..."), with no act of the authorities in it."""
    lower = text.lower()
    if not any(map(lower.__contains__, _CRIME_WORDS)):  # most sentences tell no crime: a substring test says so
        return False
    return bool(_CRIME_VERBS.search(lower)) and bool(_CASE_ACTORS.search(lower)) and \
        not _ENFORCEMENT_VERBS.search(lower)


# "It was the third seizure at the port this year, bringing the total seized in 2026 to 3.4 tonnes": the year of a
# running total, which the article does not report on (its seizure is of a day it does not give)
_BRINGS_TOTAL = re.compile(r"\bbring(?:s|ing)? (?:the|its|their) (?:[\w-]+ ){0,3}?total\b")
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?\w+(?:ed|en|wn)\b")
# Words that make a later sentence's dates those of the operation the figures before it come from.
_OPERATION_NOUNS = (r"operations?|raids?|crackdowns?|campaigns?|sweeps?|swoops?|blitz|action (?:weeks?|days?)|"
                    r"weeks? of action|projects?|drives?")  # (a police "project", as Canadian forces name operations;
# an "anti-drug drive", as South Asian forces do)
_OPERATION = re.compile(rf"\b(?:{_OPERATION_NOUNS}|raided|actions?|initiatives?|surges?|busts?)\b", re.IGNORECASE)


_OPERATION_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{_OPERATION_NOUNS})\b", re.IGNORECASE)  # the month's operation
# "has arrested 46 suspected smugglers since ...": the authorities' running total, which the sentences after continue
_ACTED_SINCE = re.compile(r"\b(?:has|have|had) (?:also )?(?:been )?(?:arrested|detained|seized|frozen|charged|"
                          r"prosecuted|deported|rescued|raided|blocked|received|registered)\b")
# ("has received 312 complaints from depositors ... since mid-July": the complaints to date; "1,146 cases ... have been
# registered since ...")
# A lead that opens with this year's window: "ALMATY — Since the beginning of the year, in the Almaty region, 1,5
# thousand facts of internet fraud were registered" (the report's to date, which the sentences after continue; not
# "Since 2015, ...", a story's background)
_OPENS_WITH_SINCE = re.compile(rf"(?:{DATELINE_LEAD})?")
# "Highlights for July:", "anti-fraud results for July": the month a report's figures are for
_FIGURES_FOR = re.compile(rf"\b(?:{FIGURES_NOUNS})\s+$", re.IGNORECASE)
_FIGURES_NAMED = re.compile(rf"\b(?:{FIGURES_NOUNS})\b", re.IGNORECASE)  # in the month's own words: "its October tally"
# "during the operation in June", "a raid on ... in late October": the operation's month
_OPERATION_BEFORE = re.compile(rf"\b(?:{_OPERATION_NOUNS})\b[^,.;]{{0,60}}$", re.IGNORECASE)  # not "raided in June"


# An act of the authorities whose sentence closes with its month: "had seized 61,400 litres of petrol ... at border
# crossings with Niger, Chad and Cameroon in September."
_SEIZED_OR_CAUGHT = re.compile(r"\b(?:seized|arrested|detained|raided|rescued|confiscated|intercepted|impounded)"
                               r"\s+(?:about |some |more than |over |nearly )?\d")  # (not "a hub ..., raided in June")


def _closes_an_act(text: str, time: TimeExpression) -> bool:
    """Whether ``time`` is the month a sentence of a seizure or an arrest closes with, maybe before an attribution."""
    rest = text[time.end:].strip(" .\"'”’")
    return text.startswith(" in ", time.start - 1) and (not rest or bool(_ATTRIBUTION.fullmatch(rest))) and \
        bool(_SEIZED_OR_CAUGHT.search(text, 0, time.start))


# What may follow the closing phrase: ", the lands ministry said on Monday"
_ATTRIBUTION = re.compile(r",\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:said|says|reported|announced)(?:\s+on\s+\w+)?")


_TO_DATE = re.compile(r"(\d{4})-01/\1-\d\d")  # "year to date": January to this month
_QUARTER_WORD = re.compile(r"quarter|\b[Qq][1-4]\b", re.IGNORECASE)  # "in second quarter", "in Q3"


# The earlier record a figure beat, and its year: "the largest in the country's history, exceeding the 1.7 tonnes
# seized in 2023" (no span the article reports on)
_RECORD_BEATEN_BEFORE = re.compile(r"\b(?:exceeding|surpassing|beating|topping|eclipsing|breaking|overtaking) the "
                                   r"(?:previous |former |old )?(?:record )?(?:of )?(?:[^.;]|\.(?=\d)){0,40}$")


# A feature's anecdotal opening: "When 24-year-old Ana answered a job advert in March 2025, ..." (the moment of a
# story, no window the article's figures are of; but "When Lao police stormed ... last month, they detained 654": the
# raid's)
_ANECDOTE = re.compile(r"(?:[A-Z][\w ,.'-]{0,40} [—–-] )?When\b[^,;]*$")


def document_period(sentences: tuple[Sentence, ...], times_of: Callable[[Sentence], tuple[TimeExpression, ...]]
                    ) -> ReportingPeriod:
    found: list[tuple[int, TimeExpression]] = []
    for n, sentence in enumerate(sentences[:LEAD_SENTENCES]):
        times = times_of(sentence)
        if not times or crime_account(sentence.text):  # (a crime's own window reports on nothing)
            continue
        total = _BRINGS_TOTAL.search(sentence.text) if "total" in sentence.text else None
        found += [(n, t) for t in times if t.period and not t.baseline and not t.since
                  and not (total and total.start() < t.start <= total.end() + 20)  # a running total's year
                  and not clause_of_its_own(sentence.text, 0, t.start)
                  and not (n < 3 and "When " in sentence.text[:40] and _ANECDOTE.match(sentence.text, 0, t.start) and
                           not about_enforcement(sentence.text[:t.start]))
                  and not ("ing the" in sentence.text and _RECORD_BEATEN_BEFORE.search(sentence.text,
                                                                                   max(0, t.start - 60), t.start))
                  and (n < 3 or not _RELATIVE.search(sentence.text[t.start:t.end]))]
    strong = [(n, t) for n, t in found if not t.weak and t.period]
    # a day ("on 12 August"), or a month the headline or lead states ("recorded 2,914 index crimes in February"), but
    # not the day a report came out ("The Bangkok Post reported on March 3rd")
    weak = [(n, t) for n, t in found if t.weak and t.period and "/" not in t.period and
            (t.dated or n < 2 and _FIGURE_BEFORE.search(sentences[n].text, max(0, t.start - 60), t.start) or
             _OPERATION_BEFORE.search(sentences[n].text, max(0, t.start - (80 if n < 2 else 30)), t.start) or
             _FIGURES_FOR.search(sentences[n].text, max(0, t.start - 30), t.start) or
             _FIGURES_NAMED.search(sentences[n].text, t.start, t.end) or
             _OPERATION_AFTER.match(sentences[n].text, t.end) or  # "during a Fourth of July enforcement campaign"
             _OPERATION.search(sentences[n].text, t.start, t.end) or  # "arrested in the June operations"
             n < 2 and closes_sentence(sentences[n].text, t) or  # "seizing 54 kg ..., in late October."
             n < 2 and _closes_an_act(sentences[n].text, t)) and
            not SAID_BEFORE.search(sentences[n].text, max(0, t.start - 50), t.start)]
    # a crackdown's window to date, when the opening states no other: "named 1,145 suspects since the start of a
    # nationwide crackdown in June" dates what the next sentences tell of it (not a scam's "since 2021")
    since = [(n, t) for n, sentence in enumerate(sentences[:2]) for t in times_of(sentence)
             if t.since and t.period and ("/" in t.period or len(t.period) == 7) and  # (since a day of this month)
             (_OPERATION.search(sentence.text, t.start, t.end) or _ACTED_SINCE.search(sentence.text, 0, t.start) or
              _OPENS_WITH_SINCE.fullmatch(sentence.text, 0, t.start) and t.period[:4] == t.period[-7:-3])] \
        if not (strong or weak) else []
    stated_in, chosen = strong[0] if strong else weak[0] if weak else since[0] if since else (0, None)
    period = chosen.period if chosen else None
    running = False
    if period:  # a more precise statement of the same span: "in 2021" then "from January to July"
        # the months of that year to date, not "2023-24" (a span of two years) nor "the fourth quarter" (a part);
        # "this year" in a headline, then "since January" in the lead: the same months
        opening_since = [t.period for sentence in sentences[:2] for t in times_of(sentence)
                         if t.since and t.period and len(period) == 4 and t.period.startswith(f"{period}-01/")]
        same_year = [p for p in [*(t.period or "" for _, t in strong), *opening_since] if p[:4] == period[:4] and
                     len(p) > len(period) and "/" in p and p[4:7] == "-01" and p.split("/")[1][:4] == period[:4]
                     and not p.endswith(("-12", "-12-31"))  # "as of December 31, 2025": the year itself
                     and (len(period) == 4 or "/" in period and p[:7] == period[:7])]  # not an event's month
        # "fiscal 2026" in a headline, then "fiscal year 2026, which ended Sept. 30": the twelve months to then
        same_year += [p for p in (t.period or "" for _, t in strong) if len(period) == 4 and MONTH_WINDOW.fullmatch(p) and
                      p[8:12] == period and int(p[:4]) == int(period) - 1 and int(p[5:7]) == int(p[13:15]) % 12 + 1]
        # "last year" in a headline, then "in the year to March 2026": the twelve months that began that year
        same_year += [p for p in (t.period or "" for _, t in strong) if len(period) == 4 and stated_in == 0 and
                      "/" in p and months_spanned(p) == 12 and p[:4] == period and p[5:7] != "01"]
        # ... or "in the 2025-26 financial year": the financial year that began that year (not after "in 2024",
        # which names the calendar year)
        same_year += [p for p in (t.period or "" for _, t in strong) if len(period) == 4 and stated_in == 0 and
                      p == f"{period}/{int(period) + 1}" and
                      _RELATIVE.search(sentences[0].text, chosen.start, chosen.end)]
        # "year to date" in a headline, then "in the first 10 months of 2026": the months the figures are told to
        same_year += [p for p in (t.period or "" for _, t in strong) if stated_in == 0 and _TO_DATE.fullmatch(period)
                      and len(p) == 15 and p[:8] == period[:8] and p[8:12] == period[8:12] and p[13:] < period[13:]]
        # "in second quarter" in a headline, then "between July and September 2026": a fiscal quarter's months
        if _QUARTER_WORD.search(sentences[stated_in].text, chosen.start, chosen.end) and months_spanned(period) == 3:
            same_year += [p for p in (t.period or "" for _, t in strong) if months_spanned(p) == 3 and p != period]
        # "festive season operation" in a headline, then "which ran from October 1, 2025, to January 31, 2026": the
        # operation's dates, the holiday's month among them
        if len(period) == 7 and sentences[stated_in].text.lower().startswith(HOLIDAY_NAMES, chosen.start):
            same_year += [p for p in (t.period or "" for _, t in strong) if "/" in p and
                          p.split("/")[0][:7] <= period <= p.split("/")[1][:7]]
        running = bool(same_year) and same_year[0] in opening_since
        period = same_year[0] if same_year else period
    # (the lead's window is the headline's too: "One in five shoplifting arrests" over "... in 2025")
    headline = bool(sentences) and not sentences[0].text.rstrip().endswith((".", "!", "?", '"', "”"))
    backward = bool(chosen and (stated_in == 0 or stated_in == 1 and headline or chosen.dated or
                                _OPERATION.search(sentences[stated_in].text)) and
                    not (stated_in > 1 and _PLUPERFECT.search(sentences[stated_in].text)) and  # "Police had rescued 312
                    # workers ... in a raid in March 2025": the background of what came before, not its date
                    not (period and "/" in period and any(n < stated_in for n, _ in weak)))
    # (nor a window told after the month the opening dates its figures by: "arrested 1,870 ... in operations in June"
    # then "From January to June, operations led to the arrest of 10,240")
    earlier = next((t.period for n, t in weak if n < stated_in), None) if not backward else None
    return ReportingPeriod(period, stated_in, backward, earlier, chosen.start if chosen else -1, running)
