"""Readings the held-out batches from the four-hundred-and-fifteenth on (``tests/generalisation/``) showed missing,
each from sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py`` and the
``readings_*`` modules beside it."""
from __future__ import annotations

import datetime as dt

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The four-hundred-and-fifteenth batch of held-out articles.
_READINGS_415 = [
    # criminal files are cases, and each part of a total of cases "of which" tells is cases, whatever its verb
    ("The prosecution service handled 12,300 criminal files in 2025, of which 8,100 were sent to court and 2,950 were "
     "closed for lack of evidence.", [(12_300, "cases"), (8_100, "cases"), (2_950, "cases")]),
]
_FIELDS_415 = [
    # a split year written as a year pair takes the months the article tells it by
    ("Prosecutors filed 1,240 fraud cases in the 2025/26 judicial year. They handled 9,310 criminal files in the year "
     "to June 30. Courts convicted 6,020 defendants, down 4 per cent.", "period",
     ["2025-07/2026-06", "2025-07/2026-06", "2025-07/2026-06", "2025-07/2026-06"], dt.date(2026, 9, 1)),
    ("Prosecutors filed 1,240 fraud cases in the 2025/26 judicial year. They handled 9,310 criminal files in the year "
     "to June 30. Courts convicted 6,020 defendants, down 4 per cent.", "baseline_period",
     [None, None, None, "2024-07/2025-06"], dt.date(2026, 9, 1)),
]
_SUBJECTS_415 = [
    # child neglect is a crime of its own, no violent crime's
    ("Prosecutors filed 640 child neglect cases in 2025.\nAssault cases fell to 3,100.", ["other", "violent_crime"]),
]

# The four-hundred-and-sixteenth batch of held-out articles.
_READINGS_416 = [
    # people joined by "and" to the object of a verb are the verb's too
    ("A jury convicted the manager of a Dallas clinic and three of his employees in 2026.", [(3, "convictions")]),
    # a part of the reports handed to prosecutors counts the reports
    ("The unit received 9,400 suspicious transaction reports in 2025 and forwarded 1,120 of the reports to prosecutors.",
     [(9_400, "cases"), (1_120, "cases")]),
    # a sum told at trial, or paid out on false claims, is a crime's
    ("The clinic owner was convicted in 2026.\nEvidence presented at trial showed the clinic billed the state for "
     "visits that never happened. Insurers paid out more than $2.1 million on the false claims.",
     [(2_100_000, "money")]),
]
_FIELDS_416 = [
    # a weekday dates the convictions; the years are the scheme's, told after its own sum
    ("A jury on Friday convicted a pharmacist and two of his employees over a $6.2 million fraud scheme that ran "
     "from 2020 to 2024.", "period", [None, "2020/2024"], dt.date(2026, 10, 2)),
]

# The four-hundred-and-seventeenth batch of held-out articles.
_FIELDS_417 = [
    # the second share of a pair with its words left out ("..., while religion was cited in 12 per cent") is a share
    # too, after a first share with a qualifier
    ("Police recorded 2,400 hate crimes in 2025. Racism was the motive in about 58 per cent of the cases, while "
     "religion was the motive in 15 per cent.", "baseline_period", [None, None, None], dt.date(2026, 3, 1)),
]

# The four-hundred-and-eighteenth batch of held-out articles.
_FIELDS_418 = [
    # "through the end of August": the year to that month, and the same months of an earlier year after it
    ("Police recorded 812 robberies through the end of August, down from 990 in the same period of 2024.", "period",
     ["2026-01/2026-08", "2024-01/2024-08"], dt.date(2026, 9, 10)),
]

# The four-hundred-and-twentieth batch of held-out articles.
_FIELDS_420 = [
    # three forces named as a list take the figures told "respectively" in turn; a joint figure after them has no one
    # country
    ("Thai, Malaysian and Cambodian police arrested 120, 85 and 40 suspects respectively in May, and seized 90 kg of "
     "methamphetamine.", "geo", ["TH", "MY", "KH", None], dt.date(2026, 6, 1)),
    # (two forces, as before)
    ("Thai and Malaysian police arrested 120 and 85 suspects respectively in May.", "geo", ["TH", "MY"],
     dt.date(2026, 6, 1)),
]

# The four-hundred-and-twenty-second batch of held-out articles.
_READINGS_422 = [
    # people who had money taken from them are its victims
    ("Investigators said about 2.3 million pensioners had money deducted from their benefits without consent in 2025.",
     [(2_300_000, "victims")]),
    # a crime done a number of times counts the crimes; a change "by 21 times" counts nothing
    ("Robbers attacked delivery vans 1,240 times in 2025, and stole goods worth $8 million.",
     [(1_240, "cases"), (8_000_000, "money")]),
    ("Police recorded 920 fraud cases in 2025, with defrauded sums rising by 21 times.", [(920, "cases")]),
]

# The four-hundred-and-twenty-third batch of held-out articles.
_FIELDS_423 = [
    # a span of days written with a comma after its first year ("October 1, 2025, to January 31, 2026"); an operation
    # named for a season takes the dates it ran between, not the season's month
    ("Police arrested 4,100 people in the Festive Season operation, which ran from December 1, 2025, to January 15, "
     "2026.", "period", ["2025-12-01/2026-01-15"], dt.date(2026, 2, 1)),
    # ... and so does the headline's operation, dated in the lead
    ("Festive season operation: the results\nThe operation ran from December 1, 2025, to January 15, 2026. Police "
     "arrested 4,100 people.", "period", ["2025-12-01/2026-01-15"], dt.date(2026, 2, 1)),
    # "the previous festive season": the same span a year before
    ("Festive season operation: the results\nThe operation ran from December 1, 2025, to January 15, 2026. Arrests "
     "were 9% higher than in the previous festive season.", "baseline_period", ["2024-12-01/2025-01-15"],
     dt.date(2026, 2, 1)),
]
_SUBJECTS_423 = [
    # dagga is cannabis
    ("Police seized 3,400 kg of dagga in 2025.", ["drugs"]),
]

# The four-hundred-and-twenty-fourth batch of held-out articles.
_READINGS_424 = [
    # the next value of a series of earlier figures, told by how long before
    ("Police recorded 3,120 burglaries in 2025. That compares with 3,480 burglaries a year earlier and 3,910 two years "
     "earlier.", [(3_120, "cases"), (3_480, "cases"), (3_910, "cases")]),
]
_FIELDS_424 = [
    # a sentence that tells only the earlier figures compared with dates nothing after it, a part of a group neither
    ("Courts convicted 5,200 people of fraud in the 12 months to June 2026. That compares with 5,900 convictions a year "
     "earlier. Of those convicted, 610 were women, and 22% were jailed.", "period",
     ["2025-07/2026-06", "2024-07/2025-06", "2025-07/2026-06", "2025-07/2026-06"], dt.date(2026, 9, 1)),
]

# Found while drafting the four-hundred-and-twenty-fifth batch (no scored article): windows of months to a month
_FIELDS_425_DRAFT = [
    # "the 11 months to November", "the 18 months to June": any count of months ending with that month
    ("Police received 28,900 complaints of domestic violence in the 11 months to November.", "period",
     ["2026-01/2026-11"], dt.date(2026, 12, 14)),
    ("Police made 1,870 arrests for domestic violence in the 18 months to June.", "period", ["2025-01/2026-06"],
     dt.date(2026, 12, 14)),
    # "between the start of the year and the end of November": the year to that month
    ("Police said 22 women were killed by partners between the start of the year and the end of November.", "period",
     ["2026-01/2026-11"], dt.date(2026, 12, 14)),
]

# The four-hundred-and-twenty-fifth batch of held-out articles.
_READINGS_425 = [
    # people a court ordered tagged are under a court's measure, no arrest nor sentence (and aggressors are people)
    ("Courts ordered electronic tagging of 2,100 aggressors in 2025, up from 1,840 in 2024.",
     [(2_100, "other"), (1_840, "other")]),
    # firms warned, told after their figure, are an enforcement act of their own
    ("The regulator said 950 firms were warned about adverts for investment scams in 2025.", [(950, "other")]),
]

# The four-hundred-and-twenty-sixth batch of held-out articles.
_READINGS_426 = [
    # aides are people
    ("Prosecutors charged 14 people, including six care-home aides, in 2026.", [(14, "prosecutions"),
                                                                               (6, "prosecutions")]),
]
_FIELDS_426 = [
    # what the accused are alleged to have done, and when, dates the sums and victims told before it, not a frozen sum
    # nor the figures told after it
    ("Prosecutors charged 12 people on Tuesday with stealing $800,000 from 300 elderly customers, and a judge froze "
     "$90,000 of their assets.\nThe defendants are accused of cloning bank cards between 2022 and 2025.\nFive of them "
     "have pleaded guilty.", "period", [None, "2022/2025", "2022/2025", None, None], dt.date(2026, 6, 4)),
]

# The four-hundred-and-twenty-seventh batch of held-out articles.
_READINGS_427 = [
    # a breakdown's counts are parts of the total told before, bare or naming the people with no verb
    ("Police detained 2,300 suspects in 2025.\nBy region: North, 1,100 suspects (up 9%); South, 700 (down 2%); "
     "East, 500.", [(2_300, "arrests"), (1_100, "arrests"), (9, "arrests"), (700, "arrests"), (-2, "arrests"),
                    (500, "arrests")]),
    # people who invested in the scheme told of are its victims
    ("Police say the investment scam began in 2021, and by 2023 at least 2,400 people had invested.",
     [(2_400, "victims")]),
]
_SUBJECTS_427 = [
    # commercial crime investigators are who acted, not the crime
    ("Investors lost RM30 million to the fraud in 2025.\nCommercial crime investigators arrested 9 people in 2026.",
     ["telecom_fraud", "telecom_fraud"]),
]

# The four-hundred-and-twenty-eighth batch of held-out articles.
_FIELDS_428 = [
    # the month a figure was announced in dates the announcement, not the figure; "the 2022 peak of 391" is 2022's
    ("Police revised the number of robberies recorded in 2025 to 1,210, from the 1,260 announced in January. Robberies "
     "have fallen every year since the 2021 peak of 2,940.", "period", ["2025", "2025", "2021"], dt.date(2026, 3, 1)),
    # "the first 100 days of the campaign, which began on July 1": those days
    ("Police arrested 9,400 people in the first 100 days of the anti-drug campaign, which began on July 1.", "period",
     ["2026-07-01/2026-10-08"], dt.date(2026, 10, 20)),
]
_SUBJECTS_428 = [
    # suspects the police killed in encounters died in the crackdown on the article's crime
    ("Police seize 1.2 tonnes of shabu in August\nPolice seized 1.2 tonnes of shabu in August. Nine suspects were "
     "killed in encounters with police during the month.", ["drugs", "drugs", "drugs"]),
]

# The four-hundred-and-twenty-ninth batch of held-out articles.
_READINGS_429 = [
    # a change in brackets right after a count is that count's; a part "suspected of" something is caught too
    ("Police investigated 8,200 scams in 2025 (+12%), arrested 640 people (+5%), among them 38 suspected of running "
     "call centres.", [(8_200, "cases"), (12, "cases"), (640, "arrests"), (5, "arrests"), (38, "arrests")]),
]
_FIELDS_429 = [
    # the earlier end of "rising to 1 120 from 940", thousands written with a space: the year before
    ("Gendarmes recorded 9 300 thefts in 2025. Tractor thefts rose to 1 120 from 940, with GPS units the main targets.",
     "period", ["2025", "2025", "2024"], dt.date(2026, 2, 20)),
]

# The four-hundred-and-thirtieth batch of held-out articles.
_READINGS_430 = [
    # "37 of them companies": what some of the people counted were; a sum companies "found liable for" fires must pay
    # is a court's order, no penalty written in a law
    ("Police named 214 suspects over forest fires in 2025, 37 of them companies. Courts ordered companies found liable "
     "for past fires to pay Rp 1.1 trillion in fines.", [(214, "suspects"), (37, "suspects"),
                                                         (1_100_000_000_000, "money")]),
    # "cleared about one in four robbery cases": a detection rate
    ("Police cleared about one in four robbery cases in 2025.", [(25, "other")]),
]

# The four-hundred-and-thirty-first batch of held-out articles.
_FIELDS_431 = [
    # a police "project" dated in a later sentence dates the figures told before, as an operation does
    ("A Winnipeg police project against shoplifting led to 280 arrests, police said Monday.\nThe project ran from "
     "March to August.", "period", ["2026-03/2026-08"], dt.date(2026, 9, 14)),
]
_SUBJECTS_431 = [
    # driving test fraud is no scam; a bare "fraud" later in a story of such a fraud is that fraud
    ("Driving test fraud cases up 29%\nThe agency investigated 2,410 cases of driving test fraud in 2025. Its fraud "
     "team passed 312 cases to the police.", ["other", "other", "other"]),
]

# The four-hundred-and-thirty-second batch of held-out articles.
_READINGS_432 = [
    # the upper end of a span of time ("from nine years to seven"), a share of the economy: no figures
    ("The court cut the prison term of a man who laundered €900,000 through 11 accounts from nine years to seven.",
     [(900_000, "money"), (11, "accounts")]),
    ("Corruption cost the country an estimated $4 billion in 2025, or 2.1 per cent of gross domestic product.",
     [(4_000_000_000, "money")]),
]

# The four-hundred-and-thirty-third batch of held-out articles.
_READINGS_433 = [
    # laser strikes on aircraft and prison escapes are crimes counted
    ("Pilots reported 9,100 laser strikes in 2025, up 6% from 2024.", [(9_100, "cases"), (6, "cases")]),
    ("Prisons recorded 21 escapes in 2025, down from 30 escapes in 2024.", [(21, "cases"), (30, "cases")]),
]

# The four-hundred-and-thirty-fourth batch of held-out articles.
_READINGS_434 = [
    # indictments filed against people charge them; Belarusian rubles are their own currency; droppers are people
    ("Prosecutors filed indictments against 96 officials for bribery in 2025.", [(96, "prosecutions")]),
    ("Victims lost 12 million Belarusian rubles to online fraud in 2025, and 640 droppers were convicted.",
     [(12_000_000, "money"), (640, "convictions")]),
]
_SUBJECTS_434 = [
    # cases opened against droppers (money mules) are the scams'
    ("Police opened 2,900 criminal cases against so-called droppers in 2025.", ["telecom_fraud"]),
]

# The four-hundred-and-thirty-seventh batch of held-out articles.
_FIELDS_437 = [
    # "Their losses": the people of the sentence before, in its window (not the lead's anecdote's year)
    ("Linda met the man in the spring of 2024.\nShe is one of 41,200 Americans who reported losing money to romance "
     "scams last year, up from 38,000 in 2024. Their losses totalled $900 million.", "period", ["2025", "2024", "2025"],
     dt.date(2026, 4, 20)),
]
_SUBJECTS_437 = [
    # a ramp-and-dump ring's losses are an investment scam's
    ("Police arrested 16 people in 2026 over a ramp-and-dump ring that cost investors HK$1.2 billion.",
     ["telecom_fraud", "telecom_fraud"]),
]

# The four-hundred-and-thirty-eighth batch of held-out articles.
_READINGS_438 = [
    # a numbered line of results with a dash: what its label counts
    ("The command gave the results of its operation in 2026:\n1. Suspects arrested — 212\n2. Firearms recovered — 33",
     [(212, "arrests"), (33, "seizures")]),
    # "charged suspects in 21% of cases": a charge rate, as a detection rate is; the share it is compared with too; the
    # other end of a ratio's change is the same share
    ("Police charged suspects in 18% of fraud cases in 2025, against 9% in 2024.", [(18, "other"), (9, "other")]),
    ("One in eight burglary reports led to a charge in 2025, down from one in six in 2024.",
     [(12.5, "cases"), (16.7, "cases")]),
]
_SUBJECTS_438 = [
    # "economic crime units" name who acted, not the crime
    ("Police recorded 41,000 fraud offences in 2025. Forces with economic crime units charged suspects in 21% of "
     "cases.", ["telecom_fraud", "telecom_fraud"]),
]

# The four-hundred-and-thirty-ninth batch of held-out articles.
_READINGS_439 = [
    # a weight in a table's "Seized" column is a weight seized
    ("Police gave figures for the anti-drug operation in 2026:\nDrug | Arrests | Seized\nHeroin | 2,120 | 41.5 kg",
     [(2_120, "arrests"), (41.5, "seizures")]),
    # people fined by the police are an enforcement figure of its own, no sentence
    ("Police charged 300 drivers with street racing in 2026, and another 1,200 drivers were fined for speeding.",
     [(300, "prosecutions"), (1_200, "other")]),
]

# The four-hundred-and-fortieth batch of held-out articles.
_READINGS_440 = [
    # a number-letter adjective before the noun ("3D-printed"); "the 111 seized in 2024": the count compared with;
    # posts taken down are an enforcement figure of their own
    ("Police seized 140 3D-printed guns and 22 3D printers in 2025, almost double the 75 seized in 2024.",
     [(140, "seizures"), (22, "seizures"), (75, "seizures")]),
    ("Police asked platforms to take down 920 posts spreading false information in 2026.", [(920, "other")]),
]
_SUBJECTS_440 = [
    # spreading false information online is a cyber offence
    ("Police arrested 37 people for spreading false information online during the 2026 campaign.", ["cybercrime"]),
]

# The four-hundred-and-forty-first batch of held-out articles.
_READINGS_441 = [
    # the next part of a total after "N of them ... and": the same measure; Kyrgyz soms are money
    ("In 2025, 84 women were murdered, 70 of them by relatives and 41 by a partner.",
     [(84, "deaths"), (70, "deaths"), (41, "deaths")]),
    ("Customs seized gold bars valued at 90 million soms in 2026.", [(90_000_000, "money")]),
]

# The four-hundred-and-forty-second batch of held-out articles.
_READINGS_442 = [
    # a levy "for every kilogram" is a rate, no sum of the crime
    ("The gang charged farmers 3 pesos for every kilogram of limes they sold, collecting 90 million pesos in 2025 "
     "through extortion.", [(90_000_000, "money")]),
]

# The four-hundred-and-forty-third batch of held-out articles.
_READINGS_443 = [
    # what smuggling cost the state "in lost revenue" is the crime's sum, no spending
    ("Cocoa beans were smuggled out of the country in 2025, costing it about GH¢1.4 billion in lost revenue, and a "
     "task force arrested 90 people.", [(1_400_000_000, "money"), (90, "arrests")]),
    ("The smuggled sugar would have cost the state about 800 million shillings in 2025 in unpaid duties.",
     [(800_000_000, "money")]),
]

# The four-hundred-and-forty-fourth batch of held-out articles.
_READINGS_444 = [
    # criminal proceedings opened are cases; a breakdown of groups ("Of the groups, ...") counts groups, and a verb
    # right after a figure ("37 ran online scams") is no noun it counts
    ("Investigators opened 900 criminal proceedings into loan fraud in 2025.", [(900, "cases")]),
    ("Police dismantled 150 criminal organisations in 2025. Of the groups, 41 were involved in drug trafficking, while "
     "22 ran online scams.", [(150, "groups"), (41, "groups"), (22, "groups")]),
]
_SUBJECTS_444 = [
    # criminal organisations are organised crime's, unless the crime they are linked to is named
    ("Police dismantled 150 criminal organisations in 2025.", ["organized_crime"]),
    ("Police dismantled 68 criminal organisations linked to drug trafficking in 2025.", ["drugs"]),
]

# The four-hundred-and-forty-fifth batch of held-out articles.
_SUBJECTS_445 = [
    # attempts by migrants to cross a border are a migration figure, whatever smugglers the article names
    ("Border guards prevented 1,100 attempts by migrants to cross illegally in 2025. Officers detained 30 people "
     "suspected of smuggling migrants.", ["other", "human_trafficking"]),
]

# The four-hundred-and-forty-sixth batch of held-out articles.
_READINGS_446 = [
    # what each of the donors was paid is a fee, no sum of the crime; an organ racket's donors are its victims
    ("Police said at least 30 donors were each paid between Rs 4 lakh and Rs 5 lakh by the kidney racket in 2025.",
     [(30, "victims")]),
]
_SUBJECTS_446 = [
    # a kidney racket is trafficking in organs
    ("Police arrested seven people in 2026 for running a kidney racket.", ["human_trafficking"]),
]

# The four-hundred-and-forty-seventh batch of held-out articles.
_READINGS_447 = [
    # removals, deportations and expulsions counted as nouns are people deported
    ("Immigration removals rose to 41,000 in 2025, and expulsions of foreign offenders to 3,200.",
     [(41_000, "deported"), (3_200, "deported")]),
]

# The four-hundred-and-forty-eighth batch of held-out articles.
_SUBJECTS_448 = [
    # a bare "trafficking" in a story of drug seizures is the drug trade's (not "human trafficking networks")
    ("Police seize heroin worth Rs 900 million\nPolice seized heroin worth Rs 900 million in 2025 and dismantled 9 "
     "trafficking networks.", ["drugs", "drugs", "drugs"]),
    ("Police seize heroin worth Rs 900 million\nPolice seized heroin worth Rs 900 million in 2025 and dismantled 9 "
     "human trafficking networks.", ["drugs", "drugs", "human_trafficking"]),
]

# The four-hundred-and-forty-ninth batch of held-out articles.
_READINGS_449 = [
    # boat pilots are people; people who drowned when migrant boats capsized died of the smuggling, no accident
    ("Migrant boats stopped off Anjouan in 2026\nGendarmes arrested 30 boat pilots in 2026. At least 19 people drowned "
     "when two boats capsized in 2026.", [(30, "arrests"), (19, "deaths")]),
]
_FIELDS_449 = [
    # Malawi's Ministry of Homeland Security is no US agency
    ("Police recorded 14 attacks on people with albinism in 2025, the Ministry of Homeland Security said.", "geo",
     [None], dt.date(2026, 2, 11)),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_415, *_READINGS_416, *_READINGS_422, *_READINGS_424, *_READINGS_425, *_READINGS_426, *_READINGS_427, *_READINGS_429, *_READINGS_430, *_READINGS_432, *_READINGS_433, *_READINGS_434, *_READINGS_438, *_READINGS_439, *_READINGS_440, *_READINGS_441, *_READINGS_442, *_READINGS_443, *_READINGS_444, *_READINGS_446, *_READINGS_447, *_READINGS_449]
FIELDS = [*_FIELDS_415, *_FIELDS_416, *_FIELDS_417, *_FIELDS_418, *_FIELDS_420, *_FIELDS_423, *_FIELDS_424, *_FIELDS_425_DRAFT, *_FIELDS_426, *_FIELDS_428, *_FIELDS_429, *_FIELDS_431, *_FIELDS_437, *_FIELDS_449]
SUBJECTS = [*_SUBJECTS_415, *_SUBJECTS_423, *_SUBJECTS_427, *_SUBJECTS_428, *_SUBJECTS_431, *_SUBJECTS_434, *_SUBJECTS_437, *_SUBJECTS_438, *_SUBJECTS_440, *_SUBJECTS_444, *_SUBJECTS_445, *_SUBJECTS_446, *_SUBJECTS_448]
