"""Readings the held-out batches from the five-hundred-and-seventy-fifth on (``tests/generalisation/``) showed
missing, each from sentences written for this test.  The earlier batches' are in ``readings_drizzle.py`` and the
modules before it."""
from __future__ import annotations

import datetime as dt

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The five-hundred-and-seventy-fifth batch of held-out articles.
_FIELDS_575 = [
    # "over the nine months" names again the window told before, a running total's "since January" too
    ("Police have uprooted 800,000 cannabis plants since January, officials said on Monday.\nOfficers arrested 340 "
     "growers over the nine months.", "period", ["2026-01/2026-09", "2026-01/2026-09"], dt.date(2026, 9, 20)),
]

# The five-hundred-and-seventy-sixth batch of held-out articles.
_READINGS_576 = [
    # convictions handed to people are convictions; cases against people sent to court charge them
    ("Courts handed final convictions to 150 smugglers in 2025.", [(150, "convictions")]),
    ("The agency sent 80 cases against 190 people to court in 2025.", [(80, "cases"), (190, "prosecutions")]),
]

# The five-hundred-and-seventy-seventh batch of held-out articles.
_READINGS_577 = [
    # the Mongolian tugrik, written in the singular as often as not
    ("Victims lost 3 billion tugrik to online scams in 2025.", [(3_000_000_000, "money")]),
]

# The five-hundred-and-seventy-eighth batch of held-out articles.
_READINGS_578 = [
    # a campaign's list of figures: drivers given licence suspensions and vehicles stopped at checkpoints are
    # enforcement figures of their own ("other"), as vehicles searched are
    ("Key figures:\n- 1,046 drivers charged with impaired driving in 2025\n- 612 drivers given roadside licence "
     "suspensions\n- 18,400 vehicles stopped at RIDE checkpoints", [(1046, "prosecutions"), (612, "other"), (18400, "other")]),
    ("Police stopped 18,400 vehicles at checkpoints during the drink-driving crackdown in 2025.", [(18400, "other")]),
]

# The five-hundred-and-seventy-ninth batch of held-out articles.
_FIELDS_579 = [
    # "fell to 86 kilograms from 1.3 tonnes in 2024": the year is the earlier level's, not the level reached nor the
    # change told after it
    ("Police seized 2,107 tonnes of drugs in 2025. Heroin seizures fell to 86 kilograms from 1.3 tonnes in 2024, while "
     "methamphetamine seizures rose by 40 percent.", "period", ["2025", "2025", "2024", "2025"], dt.date(2026, 2, 26)),
]

# The five-hundred-and-eightieth batch of held-out articles.
_READINGS_580 = [
    # the Philippines' "high-value targets" are people
    ("A total of 537 drug personalities were arrested, including 61 high-value targets.", [(537, "arrests"), (61, "arrests")]),
]

# The five-hundred-and-eighty-first batch of held-out articles.
_TABLE_BY_QUARTER = ("Recorded crime in Ireland rose in the third quarter, the statistics office said.\n"
                     "Offence | Q3 2026 | Change\nBurglary | 2,180 | -11%\nDrug offences | 4,905 | +6%")
_READINGS_581 = [
    # a table whose header names a period ("Offence | Q3 2026 | Change"): the rows' crimes recorded in it, and their
    # changes
    (_TABLE_BY_QUARTER, [(2180, "cases"), (-11, "cases"), (4905, "cases"), (6, "cases")]),
]
_FIELDS_581 = [
    (_TABLE_BY_QUARTER, "period", ["2026-07/2026-09"] * 4, dt.date(2026, 11, 5)),
    (_TABLE_BY_QUARTER, "baseline_period", [None, "2025-07/2025-09", None, "2025-07/2025-09"], dt.date(2026, 11, 5)),
]

# The five-hundred-and-eighty-second batch of held-out articles.
_SUBJECTS_582 = [
    # people accused of many crimes in a story of a mafia clan are the organisation's
    ("Police in Naples arrested 30 members of a Camorra clan in 2025. Another 41 people were accused of extortion, "
     "drug trafficking and money laundering.", ["organized_crime", "organized_crime"]),
]

# The five-hundred-and-eighty-third batch of held-out articles.
_TABLE_BY_YEAR = ("Reported crime rose in most of the country's largest counties last year, police said.\n"
                  "County | 2024 | 2025\nNairobi | 9,412 | 10,106\nMombasa | 3,870 | 3,655")
_READINGS_583 = [
    # rows of places under years, below a line that names crime: the crimes recorded in each year
    (_TABLE_BY_YEAR, [(9412, "cases"), (10106, "cases"), (3870, "cases"), (3655, "cases")]),
]
_FIELDS_583 = [
    (_TABLE_BY_YEAR, "period", ["2024", "2025", "2024", "2025"], dt.date(2026, 4, 2)),
]

# The five-hundred-and-eighty-fourth batch of held-out articles.
_FIELDS_584 = [
    # a bare percentage in brackets after a part a verb of shares told is the part's share, no change
    ("Fraud losses totalled NT$8.12 billion in 2025. Investment scams accounted for NT$4.6 billion (57%), online "
     "shopping scams for NT$610 million.", "baseline_period", [None, None, None, None], dt.date(2026, 3, 1)),
]

# The five-hundred-and-eighty-fifth batch of held-out articles.
_SUBJECTS_585 = [
    # the members of a criminal clan are organised crime's (not Colombia's Clan del Golfo, a drug cartel)
    ("A Berlin court sentenced 14 members of an Arab clan to prison in 2025.", ["organized_crime"]),
    ("Police arrested 31 clan members in raids in 2025.", ["organized_crime"]),
]

# The five-hundred-and-eighty-seventh batch of held-out articles.
_READINGS_587 = [
    # "a total of" in apposition restates the count before as a total
    ("Police recorded an average of 11 murders a day in 2025, a total of 4,015.", [(11, "cases"), (4015, "cases")]),
]

# The five-hundred-and-eighty-eighth batch of held-out articles.
_READINGS_588 = [
    # each country's pesos by name
    ("Police seized cocaine worth 2.8 billion Colombian pesos in 2025.", [(2_800_000_000, "money")]),
]

# The five-hundred-and-ninety-first batch of held-out articles.
_FIELDS_591 = [
    # forces named by their two countries, with figures "respectively": each country's in turn
    ("Police in Spain and Portugal arrested 43 and 18 suspects respectively in raids on a money laundering network in "
     "2025.", "geo", ["ES", "PT"], dt.date(2026, 4, 17)),
]

# The five-hundred-and-ninety-second batch of held-out articles.
_SUBJECTS_592 = [
    # a security agency's name is no crime of national security; cases against officials are corruption's
    ("The State Committee for National Security recovered 3.1 billion soms in damages from corruption cases in the "
     "first nine months of 2026.", ["corruption"]),
    ("Prosecutors opened 412 criminal cases against officials in 2025.", ["corruption"]),
]

# The five-hundred-and-ninety-third batch of held-out articles.
_READINGS_593 = [
    # New Zealand's police "proceed against" offenders: they charge them
    ("Police proceeded against 41,870 people for family violence offences in 2025.", [(41870, "prosecutions")]),
]

# The five-hundred-and-ninety-fourth batch of held-out articles.
_READINGS_594 = [
    # a rate per 10,000 people is no count
    ("Police recorded 298,400 crimes in 2025. That is a rate of 546 crimes per 10,000 population.",
     [(298400, "cases")]),
]

# The five-hundred-and-ninety-sixth batch of held-out articles.
_READINGS_596 = [
    # a share of the assets seized is a share of the sum
    ("The bureau seized €4.2 million in cash and property in 2025.\nTwenty per cent of the assets were held in "
     "cryptocurrency.", [(4_200_000, "money"), (20, "money")]),
]
_FIELDS_596 = [
    # the decimal point of a conversion in brackets ends no phrase: the month after it still dates the sum
    ("Ireland's Criminal Assets Bureau seized €4.2 million (about $4.6 million) in cash and property from a drug gang "
     "in Limerick in October, the bureau said on Friday.", "period", ["2026-10", "2026-10"], dt.date(2026, 11, 6)),
]

# The five-hundred-and-ninety-eighth batch of held-out articles.
_READINGS_598 = [
    # a numbered item's mark is no sentence: the item follows the lead and the items before it
    ("An operation against online scams in 2026 led to:\n1. 1,006 arrests\n2. The dismantling of 312 scam "
     "networks\n3. The recovery of $21.3 million", [(1006, "arrests"), (312, "groups"), (21_300_000, "money")]),
]
_FIELDS_598 = [
    # a timeline's dated lines: each line's month
    ("Key dates in the operation against illegal mining:\nFeb. 12: Troops arrive in the province; 38 people are "
     "arrested.\nMarch 3: Police seize 2.1 tonnes of explosives.", "period", ["2026-02", "2026-03"],
     dt.date(2026, 5, 5)),
]

# The five-hundred-and-ninety-ninth batch of held-out articles.
_READINGS_599 = [
    # the figure that answers a question counts what the question asks
    ("How many scam calls were blocked in 2025? 14 million, regulator says", [(14_000_000, "other")]),
]
_FIELDS_599 = [
    # the first of a pair of weights is weighed as the second is; two years in turn date them in turn
    ("Police seized 4.1 and 5.3 tonnes of cannabis in 2024 and 2025 respectively.", "unit", ["tonne", "tonne"],
     dt.date(2026, 1, 19)),
    ("Police seized 4.1 and 5.3 tonnes of cannabis in 2024 and 2025 respectively.", "period", ["2024", "2025"],
     dt.date(2026, 1, 19)),
]

# The six-hundredth batch of held-out articles.
_READINGS_600 = [
    # two modifiers joined before their noun: "investment scam and phishing websites" are websites
    ("The regulator took down 1,210 investment scam and phishing websites in 2025.", [(1210, "other")]),
]

# The six-hundred-and-second batch of held-out articles.
_FIELDS_602 = [
    # a feature's anecdotal opening ("When a 24-year-old woman answered a job advert in March 2025, ...") dates no
    # figure the article reports: the hubs shut "since ... 2024" run to the year of publication
    ("Inside a scam hub: a survivor's story\nMANILA — When a 24-year-old woman answered a job advert in March 2025, she "
     "did not expect to end up locked in a compound with hundreds of other workers.\nPolice raided the compound in "
     "November 2025, rescuing 312 workers.\nThe commission says it has shut down 58 such hubs since the ban on offshore "
     "gaming operators in 2024.", "period", ["2025-11", "2024/2026"], dt.date(2026, 3, 20)),
    # a total "so far" that closes a sentence of a perfect tense has no start (GUIDE.md: no period)
    ("Police raided the compound in November 2025, rescuing 312 workers.\nThe commission said 1,020 people had been "
     "charged over the hubs so far.", "period", ["2025-11", None], dt.date(2026, 3, 20)),
]


# The six-hundred-and-fourth batch of held-out articles.
_READINGS_604 = [
    # a force's own members are its staff, no suspects
    ("Police recorded 6,953 murders in the quarter. The service has 182,000 members and 1,160 police stations.",
     [(6953, "cases")]),
]
_FIELDS_604 = [
    # a change's window written right after it, beside a future year of another clause
    ("The police will recruit 10,000 new officers this year, the minister said, as murders fell 4.2% in the "
     "October-December quarter to 6,953.", "period", ["2025-10/2025-12", "2025-10/2025-12"], dt.date(2026, 2, 18)),
]

# The six-hundred-and-sixth batch of held-out articles.
_READINGS_606 = [
    # the economy's growth and inflation beside a crime figure are no crime figures
    ("Banks reported 3,400 fraud cases in 2025, up 9% from 2024, as the economy grew 4.6% and inflation averaged 5.1%.",
     [(3400, "cases"), (9, "cases")]),
]

# Known misses of ``test_metrics_parts.KNOWN_MISSES`` read since this stop, and the removals the same rule reads.
_READINGS_KNOWN = [
    # people "who reported" scams are their victims
    ("She is one of 41,200 people who reported romance scams last year.", [(41200, "victims")]),
    # "organised" before a group noun is an adjective, not the verb of the figure's people
    ("Police said 17 organised groups dedicated to rustling had been dismantled in 2025.", [(17, "groups")]),
    # people "removed ... from the United States" are deported (not "removed 92 children from harm")
    ("U.S. Immigration and Customs Enforcement removed 312,000 people from the United States in 2025.",
     [(312000, "deported")]),
    ("Immigration officers removed 41,000 people from the country in 2025.", [(41000, "deported")]),
    ("Immigration officers removed 400 people from Britain in 2025.", [(400, "deported")]),
    # a bare count after "and" whose verb repeats the count's before it counts what that one counts
    ("Prosecutors said 44 fraud cases were linked to the syndicate and 29 are linked to its boss.",
     [(44, "cases"), (29, "cases")]),
    # buyers a forgery ring sold fakes to are its victims; people fines were issued against are penalised ("other")
    ("The ring sold fake paintings to at least 190 buyers in 2025, police said.", [(190, "victims")]),
    ("The FAA issued fines totalling $1.4 million against 52 people over laser strikes in 2025.",
     [(1_400_000, "money"), (52, "other")]),
    # a brand in camel case and its model number before the noun: the things seized, the model number no figure
    ("Police seized 1,250 iPhone 16 units from the smugglers.", [(1250, "seizures")]),
    ("Customs seized 300 PlayStation 5 consoles in 2025.", [(300, "seizures")]),
    ("Customs seized 80 iPhones in 2025.", [(80, "seizures")]),
    # people held at a scam site are its captives, not people arrested
    ("The embassy asked police to free nine of its nationals held at a scam farm.", [(9, "victims")]),
    ("Police raided the compound and rescued 40 workers held at a scam compound in 2025.", [(40, "rescued")]),
]
_SUBJECTS_KNOWN = [
    # people who organise illegal border crossings are smugglers
    ("Police detained 88 people suspected of organising illegal border crossings in 2025.", ["human_trafficking"]),
]

# Grams, which no batch had: read in kg, GUIDE.md's unit
_READINGS_GRAMS = [
    ("Police seized 1.2 kg of heroin and 350 grams of cocaine in 2025.", [(1.2, "seizures"), (0.35, "seizures")]),
    ("Police seized 450g of heroin in 2025.", [(0.45, "seizures")]),
    # letters glued to a digit that make a name ("5G", "3D") are no unit, and the digit no figure
    ("The 5g network was hacked by 40 people in 2025.", []),
    ("Police seized 5KG of heroin in 2025.", [(5, "seizures")]),
]
_FIELDS_GRAMS = [
    ("Police seized 1.2 kg of heroin and 350 grams of cocaine in 2025.", "unit", ["kg", "kg"], dt.date(2026, 1, 5)),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_576, *_READINGS_577, *_READINGS_578, *_READINGS_580, *_READINGS_581, *_READINGS_583,
            *_READINGS_587, *_READINGS_588, *_READINGS_593, *_READINGS_594, *_READINGS_596, *_READINGS_598,
            *_READINGS_599, *_READINGS_600, *_READINGS_604, *_READINGS_606, *_READINGS_KNOWN,
            *_READINGS_GRAMS]
FIELDS = [*_FIELDS_575, *_FIELDS_579, *_FIELDS_581, *_FIELDS_583, *_FIELDS_584, *_FIELDS_591, *_FIELDS_596,
          *_FIELDS_598, *_FIELDS_599, *_FIELDS_602, *_FIELDS_604, *_FIELDS_GRAMS]
SUBJECTS = [*_SUBJECTS_582, *_SUBJECTS_585, *_SUBJECTS_592, *_SUBJECTS_KNOWN]
