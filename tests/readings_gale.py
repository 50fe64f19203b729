"""Readings the held-out batches from the three-hundred-and-eightieth on (``tests/generalisation/``) showed
missing, each from sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py`` and
the ``readings_*`` modules beside it."""
from __future__ import annotations

import datetime as dt

_PUB = dt.date(2026, 7, 20)

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The three-hundred-and-eighty-second batch of held-out articles.
_SUBJECTS_382 = [
    # a casino whose complex ran scams, in a story that tells of no gambling, is a scam centre's site
    ("Police arrest 60 in raid on border casino\nPolice arrested 60 foreigners in a raid on a casino complex near the "
     "border on Sunday. Officers seized 140 phones that the workers said they had been forced to use for online "
     "scams.", ["telecom_fraud", "telecom_fraud", "telecom_fraud"]),
    # a casino raided for its gambling stays gambling's
    ("Police arrest 60 in raid on illegal casino\nPolice arrested 60 people in a raid on an illegal casino on Sunday "
     "and seized 140 gaming machines and betting slips. Separately, 12 people were arrested over online scams.",
     ["gambling", "gambling", "gambling", "telecom_fraud"]),
]

# The three-hundred-and-eighty-third batch of held-out articles.
_READINGS_383 = [
    # people "sent to prison" were sentenced, whatever figure came before them in the sentence
    ("Police logged 4,950 cases of benefit fraud. About a third of those convicted received suspended sentences, "
     "while 97 were sent to prison.", [(4_950, "cases"), (33.3, "convictions"), (97, "convictions")]),
    ("Of the 210 people convicted, 64 were sent to jail.", [(210, "convictions"), (64, "convictions")]),
]

# The three-hundred-and-eighty-fourth batch of held-out articles.
_SUBJECTS_384 = [
    # cases told for a crime right after them are that crime's, not crime overall's ("criminal cases")
    ("Customs seized 900 kg of heroin in 2025. It opened 318 criminal cases for drug smuggling, up from 254.",
     ["drugs", "drugs", "drugs"]),
    # the "laundering" of permits or timber makes goods look legal: no money laundering
    ("Prosecutors opened 41 investigations into illegal logging and the laundering of forest permits, and officials "
     "said the seized wood was worth 22 million soles.", ["other", "other"]),
]
# The three-hundred-and-eighty-fifth batch of held-out articles.
_READINGS_385 = [
    # people "left in hospital" by a crime were injured in it
    ("Police charged 11 people over a shooting that killed 3 people and left 12 in hospital.",
     [(11, "prosecutions"), (3, "deaths"), (12, "injuries")]),
    # people someone is asked "to investigate" are suspects, as those investigated are
    ("The anti-graft body has asked police to investigate 486 of them for bribery.", [(486, "suspects")]),
    # people who got their jobs with forged papers are suspects of a forgery, caught or not
    ("An audit found that 2,100 civil servants had obtained their jobs or promotions with forged academic "
     "certificates, the commission said.", [(2_100, "suspects")]),
    ("Officials said 380 applicants submitted fake degree certificates.", [(380, "suspects")]),
    # (but people who used fake apps were cheated by them, not forgers)
    ("Police said 1,200 people used fake trading apps and lost $3 million.", [(3_000_000, "money")]),
]

# The three-hundred-and-eighty-sixth batch of held-out articles.
_FIELDS_386 = [
    # a span written day first ("between 3 March and 19 April 2024") is read as one written month first: a crime's
    # dates by their months, a reporting window from the 1st by its days
    ("A money mule laundered €412,000 for fraudsters between 3 March and 19 April 2024, the court heard.", "period",
     ["2024-03/2024-04"], _PUB),
    ("Police recorded 1,240 frauds between 1 March and 19 April 2026.", "period", ["2026-03-01/2026-04-19"], _PUB),
    ("Police recorded 1,240 frauds between 21 December and 4 January.", "period", ["2025-12/2026-01"], _PUB),
]
_SUBJECTS_386 = [
    # people arrested on immigration warrants are migration's ("other"), not the drugs of the lead
    ("Border officers seized 2,870 kg of fentanyl precursors in 2025. They also arrested 412 people on immigration "
     "warrants.", ["drugs", "other"]),
]
# The three-hundred-and-eighty-seventh batch of held-out articles.
_SUBJECTS_387 = [
    # frauds on what buyers are sold ("fraud in trade", "food fraud") are commerce's crimes, no scams
    ("Four people were placed under investigation for fraud in trade over 1,800 bottles of fake wine.", ["other"]),
    ("Food fraud checks led to 2,150 seizures last year, up 11% from 2024.", ["other", "other"]),
    # (a fraud that cheated people is still a scam)
    ("Police charged 31 people over an investment fraud that cheated 2,400 people.", ["telecom_fraud"] * 2),
]

# The three-hundred-and-eighty-eighth batch of held-out articles.
_READINGS_388 = [
    # the change of a count the sentence kept stands with it, whatever the sentence before (here a question) says
    ("Explainer: the war on scam accounts. How many are there? Banks flagged 28,640 such accounts in 2025, down 11 "
     "percent from 2024.",
     [(28_640, "accounts"), (-11, "accounts")]),
    # "the cases its customers reported": a clause after the noun, no noun the cases describe
    ("Purchase scams made up 63% of the cases its customers reported, the bank said.", [(63, "cases")]),
    # people referred to prosecutors, a clause on who they were between
    ("Police referred 5,310 people who sold or lent their accounts to prosecutors last year, about 40 percent of them "
     "in their twenties.", [(5_310, "prosecutions"), (40, "prosecutions")]),
]
_FIELDS_388 = [
    # a report's "first-half" results: the latest first half begun by publication
    ("The bank reported a 9% rise in first-half profit and said losses to fraud fell 14% to £96 million.", "period",
     ["2026-01/2026-06", "2026-01/2026-06"], _PUB),
]

# The three-hundred-and-ninety-first batch of held-out articles.
_READINGS_391 = [
    # goods "taken off the market" were seized, as those taken off the streets are
    ("Police arrested 63 people in raids. Since 2015, the operations have taken 4,600 tonnes of illegal pesticides "
     "off the market.", [(63, "arrests"), (4_600, "seizures")]),
    # offenders on licence "recalled to prison" for breaching it: an enforcement figure of its own, no arrest
    ("In the year to June, 14,870 offenders released on licence were recalled to prison, up 14% on the year before. "
     "Of those, 2,310 were recalled after being charged with a new offence.",
     [(14_870, "other"), (14, "other"), (2_310, "other")]),
]

# The three-hundred-and-ninety-third batch of held-out articles.
_READINGS_393 = [
    # road deaths in a report that also counts drug trafficking are still accidents, no crime figure (only people
    # smuggled or trafficked make a boat's or a lorry's dead a crime's)
    ("Police figures for 2025:\n- Arrests: 2,960, of which 412 for drug trafficking\n- Road deaths: 61",
     [(2_960, "arrests"), (412, "arrests")]),
]
_SUBJECTS_393 = [
    # a total whose part is told for a crime ("of which 412 for drug trafficking") is crime overall's
    ("Police figures for 2025:\n- Arrests: 2,960, of which 412 for drug trafficking", ["other", "drugs"]),
]
_FIELDS_393 = [
    # a rank "this year" before a running total is the total's window (the year so far), and dates nothing after it
    ("Police seized 112 kg of heroin from a boat on Friday. It was the third seizure at sea this year, bringing the "
     "total seized to 305 kg. Six crew members were detained.", "period", [None, "2026", None], _PUB),
]

# The three-hundred-and-ninety-fourth batch of held-out articles.
_READINGS_394 = [
    # a table's column of changes written with signs: "-21%" is a fall (the number pattern leaves out digits after a
    # hyphen, as in "2023-24")
    ("Homicides by province in 2026:\nProvince | Homicides | Change\nGuayas | 1,412 | -21%\nLos Ríos | 356 | +4%",
     [(1_412, "cases"), (-21, "cases"), (356, "cases"), (4, "cases")]),
]
# The three-hundred-and-ninety-fifth batch of held-out articles.
_FIELDS_395 = [
    # "the first eight months" with no year: the latest such months by publication
    ("Police said 41,300 online fraud complaints were filed in the first eight months, down 12% year on year.",
     "period", ["2026-01/2026-08", "2026-01/2026-08"], dt.date(2026, 10, 5)),
    # a list line's date label is when the entry was told: the window the line states dates its figures
    ("Timeline of the crackdown:\n- Jan 2026: Police raid 14 call centres, arresting 212 people.\n- Sept 2026: "
     "Police say 41,300 fraud complaints were filed in the first eight months.", "period",
     ["2026-01", "2026-01", "2026-01/2026-08"], dt.date(2026, 10, 5)),
]

# The three-hundred-and-ninety-sixth batch of held-out articles.
_READINGS_396 = [
    # a quoted name of a kind before the noun it describes is no noun of its own ("police" inside it counts no one)
    ('Swiss police recorded 4,270 attempted "fake police officer" phone scams in 2025, of which 312 succeeded.',
     [(4_270, "cases"), (312, "cases")]),
    # (but a quoted noun is the noun: 'recovered 1,244 untraceable "ghost guns" in 2025')
    ('Police recovered 1,244 untraceable "ghost guns" in 2025.', [(1_244, "seizures")]),
    # a part of a whole with its own figure: the verb counts the part, the whole is what its noun says
    ("A court convicted 24 of 27 defendants accused of smuggling cocaine.", [(24, "convictions"), (27, "prosecutions")]),
    ("Police arrested 24 of the 27 suspects in the cocaine case.", [(24, "arrests"), (27, "suspects")]),
]
_FIELDS_396 = [
    # a bare franc is Switzerland's, or the story's country's own (Rwanda's) or CFA franc
    ("ZURICH — Phone scam victims lost about 14 million francs in 2025.", "unit", ["CHF"], _PUB),
    ("KIGALI — Rwandan police said fraudsters stole 140 million francs from mobile money users.", "unit", ["RWF"],
     _PUB),
]
# The three-hundred-and-ninety-seventh batch of held-out articles.
_READINGS_397 = [
    # a figure in brackets right after the noun it counts, a change beside it
    ("Crimes fell in 2025: homicides (1,640, down from 1,890) and robberies (4,120).",
     [(1_640, "cases"), (1_890, "cases"), (4_120, "cases")]),
]
_SUBJECTS_397 = [
    # the bracketed figure is its noun's crime, and so is the change in the same brackets
    ("Crimes fell in 2025: armed robberies (4,120, down 14%) and car thefts (6,940, down 9%).",
     ["violent_crime", "violent_crime", "other", "other"]),
    ("Police report 2025: robberies (41,200), homicides (1,120), kidnappings (868)",
     ["violent_crime", "violent_crime", "human_trafficking"]),
]

# The three-hundred-and-ninety-eighth batch of held-out articles.
_SUBJECTS_398 = [
    # undeclared cigarettes are contraband ("other"), whatever drugs a brief before them told of
    ("Crime in brief:\nFiji: Police arrested 14 people and seized 3.2 kg of methamphetamine on Saturday.\nVanuatu: "
     "Customs officers seized 41,000 undeclared cigarettes at the wharf last week.", ["drugs", "drugs", "other"]),
    # fuel smuggled across a border is a smuggling of goods ("other"), not the laundering of its proceeds
    ("Police arrested 11 people in raids on a ring that smuggled Libyan fuel into Europe. Nine of them were charged "
     "with money laundering.", ["other", "money_laundering"]),
]
# The three-hundred-and-ninety-ninth batch of held-out articles.
_READINGS_399 = [
    # a share's level before ("down from 11.4 per cent a year earlier") is a share of the same whole, no change
    ("Police solved 9.8 per cent of burglaries in 2025, down from 11.4 per cent a year earlier.",
     [(9.8, "other"), (11.4, "other")]),
]

# The four-hundredth batch of held-out articles.
_READINGS_400 = [
    # official English: an ISO code after the sum ("14,200 billion VND"), and "subjects" for suspects
    ("In 2025 the forces handled 82,400 smuggling violations, collecting 14,200 billion VND for the state budget. "
     "The authorities prosecuted 2,310 cases with 3,870 subjects.",
     [(82_400, "cases"), (14_200_000_000_000, "money"), (2_310, "cases"), (3_870, "prosecutions")]),
]
_FIELDS_400 = [
    ("Customs seized 300,000 EUR in cash from smugglers, and fines of 14,200 billion VND were collected.", "unit",
     ["EUR", "VND"], _PUB),
]
# The four-hundred-and-first batch of held-out articles.
_READINGS_401 = [
    # children "under 15": an age, no figure
    ("Swedish police say 160 children under 15 were suspected in gang murder plots in 2025", [(160, "suspects")]),
]
_SUBJECTS_401 = [
    # the Camorra and the 'Ndrangheta are organised crime, whatever their members are accused of after
    ("Police arrested 62 suspected members of a Camorra clan accused of drug trafficking and extortion.",
     ["organized_crime"]),
]

# The four-hundred-and-second batch of held-out articles.
_FIELDS_402 = [
    # a country named as the other side of a border is no figure's country
    ("KATHMANDU — Border monitors intercepted 4,870 women and girls at crossings with India in 2025.", "geo", ["NP"],
     _PUB),
    # the year of an amount compared with, no figure written ("less than half the amount seized in 2024"), is that
    # amount's, not the figure's
    ("Mexico recorded 1,420 deaths from drug overdoses in 2025, up 18% from the year before, the health ministry said, "
     "while soldiers seized 2.1 tonnes of fentanyl, less than half the amount seized in 2024.", "period",
     ["2025", "2025", "2025"], _PUB),
]
# The four-hundred-and-third batch of held-out articles.
_READINGS_403 = [
    # firms a regulator warned the public about: an enforcement figure of its own
    ("The Central Bank issued warnings about 412 unauthorised firms in 2025, as investment fraud losses rose to "
     "€14.6 million.", [(412, "other"), (14_600_000, "money")]),
]
_SUBJECTS_403 = [
    # the fixing of matches is a gambling crime, whoever investigates it
    ("The Anti-Corruption Commission arrested nine people over suspected fixing of at least six league matches.",
     ["gambling"]),
]

# The four-hundred-and-fifth batch of held-out articles.
_READINGS_405 = [
    # a part of the cases told before stays cases, whatever verb of people it has ("of which 214 were investigated")
    ("The commission received 1,120 complaints of bribery, of which 214 were investigated, and secured 19 "
     "convictions.", [(1_120, "cases"), (214, "cases"), (19, "convictions")]),
    # a health count's change is no crime figure ("Hospital admissions for drug use rose to 38,600"), though the
    # figure before it was
    ("Police seized 2.1 tonnes of fentanyl in 2025. Hospital admissions for drug use rose to 38,600, the ministry "
     "said.", [(2.1, "seizures")]),
]

# The four-hundred-and-sixth batch of held-out articles.
_READINGS_406 = [
    # a population that "recovered to" a size is no seizure ("recovered" is a verb of seizures): GUIDE.md leaves out
    # population sizes
    ("Customs seized 312 saiga horns on Monday. The saiga population has recovered to about 10,000 from 3,000 in "
     "2017, conservationists say.", [(312, "seizures")]),
    # ministers and businessmen a court convicted are convictions
    ("The court convicted two former cabinet ministers and four businessmen of corruption.",
     [(2, "convictions"), (4, "convictions")]),
]
_FIELDS_406 = [
    # the window of a case's own story, told after ", in which" with a figure of its own, dates no other figure
    ("WINDHOEK — The High Court on Thursday convicted two former ministers and four businessmen of corruption in the "
     "case, in which fishing quotas were allocated in exchange for bribes of at least 317 million Namibian dollars "
     "between 2014 and 2019. Four were acquitted.", "period", [None, None, "2014/2019", None], _PUB),
]

# The four-hundred-and-seventh batch of held-out articles.
_READINGS_407 = [
    # saris and garments seized are seizures
    ("Border guards seized smuggled goods in October, including 3,890 sarees and 1,200 garments.",
     [(3_890, "seizures"), (1_200, "seizures")]),
]
_SUBJECTS_407 = [
    # smuggled goods are contraband ("other"), though drugs were among them
    ("BGB seizes smuggled goods worth Tk 168 crore in October\nBorder guards seized smuggled goods worth Tk 168.42 "
     "crore in October, including 6,12,450 yaba tablets.\nDuring the drives, border guards arrested 187 smugglers.",
     ["other", "other", "drugs", "other"]),
]

# The four-hundred-and-eighth batch of held-out articles.
_READINGS_408 = [
    # migrants counted with no verb of what was done to them are a migration figure ("other"), and so is a share of
    # those who crossed, whatever smugglers were arrested before them in the sentence
    ("Police arrested 96 people smugglers in 2025, as the number of migrants crossing the buffer zone fell by 43% to "
     "2,870. About 60 percent of those who crossed were from Syria.",
     [(96, "arrests"), (-43, "other"), (2_870, "other"), (60, "other")]),
]
_SUBJECTS_408 = [
    ("Police arrested 96 people smugglers in 2025, as the number of migrants crossing the buffer zone fell by 43% to "
     "2,870. About 60 percent of those who crossed were from Syria.",
     ["human_trafficking", "other", "other", "other"]),
]

# The four-hundred-and-ninth batch of held-out articles.
_READINGS_409 = [
    # a weight set right after the sentence that gave it wrong is the seizure set right
    ("An earlier version of this story said customs officers found 11 tonnes of cocaine. The correct figure is 1.1 "
     "tonnes.", [(11, "seizures"), (1.1, "seizures")]),
]

# The four-hundred-and-tenth batch of held-out articles.
_SUBJECTS_410 = [
    # trafficking a weight of goods is no trafficking in people
    ("A court fined two men 20 million shillings each for trafficking 1.2 tonnes of ivory seized at the port.",
     ["other", "other", "other"]),
]

# The four-hundred-and-eleventh batch of held-out articles.
_SUBJECTS_411 = [
    # a numbered list of results whose crimes are named only in a later item: the items before are crime overall's
    ("Prosecutors report on 2025 results\nAmong the main figures:\n1. Prosecutors brought charges against 6,412 "
     "people.\n2. Courts convicted 5,870 people.\n3. Prosecutors handled 214 cases of money laundering.",
     ["other", "other", "money_laundering"]),
]

# The four-hundred-and-twelfth batch of held-out articles.
_FIELDS_412 = [
    # "twice as many as in 2024": the year compared with, which dates no figure after it
    ("Police recorded 24 kidnappings for ransom in 2025, twice as many as in 2024, and families paid ransoms "
     "totalling more than TT$4 million.", "period", ["2025", "2025"], _PUB),
]

# The four-hundred-and-thirteenth batch of held-out articles.
_READINGS_413 = [
    # what a fraud "cost the state", a few words after the fraud is named, is the crime's sum, no spending
    ("Police charged 19 people over a carousel fraud in the trade of mobile phones and laptops that cost the state "
     "more than €46 million in unpaid VAT.", [(19, "prosecutions"), (46_000_000, "money")]),
]

# The four-hundred-and-fourteenth batch of held-out articles.
_READINGS_414 = [
    # phone lines blocked are accounts, whatever noun ("mobile phone") stands before "lines"
    ("Authorities blocked 11,400 mobile phone lines used to make extortion calls from prisons in 2026, and seized 2,130 "
     "phones in cell searches.", [(11_400, "accounts"), (2_130, "seizures")]),
    # people held in detention each night are a population held, no arrests
    ("An average of 318 young people were held in youth detention centres each night in 2025.", []),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_383, *_READINGS_385, *_READINGS_388, *_READINGS_391,
            *_READINGS_393, *_READINGS_394,
            *_READINGS_396, *_READINGS_397, *_READINGS_399,
            *_READINGS_400, *_READINGS_401, *_READINGS_403, *_READINGS_405,
            *_READINGS_406, *_READINGS_407, *_READINGS_408,
            *_READINGS_409, *_READINGS_413, *_READINGS_414]
FIELDS = [*_FIELDS_386, *_FIELDS_388, *_FIELDS_393, *_FIELDS_395, *_FIELDS_396, *_FIELDS_400, *_FIELDS_402, *_FIELDS_406, *_FIELDS_412]
SUBJECTS = [*_SUBJECTS_382, *_SUBJECTS_384, *_SUBJECTS_386, *_SUBJECTS_387, *_SUBJECTS_393,
            *_SUBJECTS_397, *_SUBJECTS_398, *_SUBJECTS_401, *_SUBJECTS_403, *_SUBJECTS_407, *_SUBJECTS_408, *_SUBJECTS_410, *_SUBJECTS_411]
