"""Readings the held-out batches from the six-hundred-and-forty-ninth on (``tests/generalisation/``) showed missing,
each from sentences written for this test.  The earlier batches' are in ``readings_glaze.py`` and the modules before
it."""
from __future__ import annotations

import datetime as dt

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The six-hundred-and-forty-ninth batch of held-out articles.
_READINGS_649 = [
    # people sent or delivered warning notices or letters: warned, not charged or suspected ("other", as people
    # issued summonses are), whatever they are believed to be
    ("Officers also delivered warning notices to 2,600 people believed to be resellers of illegal streams.",
     [(2600, "other")]),
    ("Police sent warning letters to 940 people suspected of buying illegal streams.", [(940, "other")]),
]

# The six-hundred-and-fiftieth batch of held-out articles.
_FIELDS_650 = [
    # a year in the middle of a reference number dates nothing ("quoting reference 55-2026-1187"), though a range's
    # years do ("in 2024-25")
    ("Anyone with information should call 101, quoting reference 41-2026-0932.\nOfficers seized 38 wraps of heroin "
     "and £1,400 in cash.", "period", [None, None], dt.date(2026, 5, 4)),
    ("Case 17-2025-4410: officers seized 38 wraps of heroin.", "period", [None], dt.date(2026, 5, 4)),
    ("Police seized 38 kg of heroin in 2024-25.", "period", ["2024/2025"], dt.date(2026, 5, 4)),
]

# The six-hundred-and-fifty-first batch of held-out articles.
_READINGS_651 = [
    # a headline's "book" and "books", as "booked" in the body: people charged (not a book's pages)
    ("Power department books 2.3 lakh consumers for electricity theft", [(230000, "prosecutions")]),
    ("Police book 96 motorists for drunk driving on New Year's Eve", [(96, "prosecutions")]),
    ("Officers seized a book of 140 pages and 12 kg of heroin.", [(12, "seizures")]),
]

# The six-hundred-and-fifty-second batch of held-out articles.
_SUBJECTS_652 = [
    # people who extorted or were extorting are held for extortion, whatever the article's other stories (a brief
    # after a cocaine haul); but a ransomware gang's extorting of ransom is still the cyber attack's
    ("Police seized 2 tonnes of cocaine at the port.\n\nIn Lima, police dismantled a gang that extorted bus drivers, "
     "arresting 19 people.", ["drugs", "other"]),
    ("Police arrested 14 officers accused of extorting shop owners.", ["other"]),
    ("The ransomware gang hit 120 hospitals, extorting $40 million in ransom payments.",
     ["cybercrime", "cybercrime"]),
]

# The six-hundred-and-fifty-fourth batch of held-out articles.
_READINGS_654 = [
    # a sum in a list under a bare lead ("Key figures:") stands in the words told before the lead
    ("Customs opened 940 cases of excise fraud in 2025.\n\nKey figures:\n- 61 tonnes of tobacco seized\n"
     "- Unpaid duties estimated at 47 million leva", [(940, "cases"), (61, "seizures"), (47000000, "money")]),
]

# The six-hundred-and-fifty-seventh batch of held-out articles.
_READINGS_657 = [
    # people who dig or pan for gold with no licence are counted as illegal miners are ("illegal gold panners")
    ("Police arrested 1,630 illegal gold panners in Midlands province.", [(1630, "arrests")]),
    ("Police arrested 418 illegal sand miners and 96 zama zamas.", [(418, "arrests"), (96, "arrests")]),
]

# The six-hundred-and-fifty-seventh batch's period, read later in the stop.
_FIELDS_657 = [
    # "throughout April" names its month as "in April" does; an operation's window told in a sentence of its own
    # ("The operation, which ran throughout April, ...") dates the undated results told just before it
    ("Police arrested 1,630 illegal gold panners and seized 41 kg of gold ore during a month-long operation.\n"
     "The operation, which ran throughout April, also recovered 19 firearms.", "period",
     ["2026-04", "2026-04", "2026-04"], dt.date(2026, 5, 6)),
    ("Police arrested 1,630 illegal miners in March.\nThe crackdown, which ran throughout April, also recovered 19 "
     "firearms.", "period", ["2026-03", "2026-04"], dt.date(2026, 5, 6)),
]

# The six-hundred-and-fifty-eighth batch of held-out articles.
_READINGS_658 = [
    # migrants found in a vehicle or a wagon, as a headline tells it, are saved as those found crammed in one are
    # (not migrants found in a town: a migration figure)
    ("Police find 57 migrants in freight wagon", [(57, "rescued")]),
    ("Police found 57 migrants inside a lorry at the border.", [(57, "rescued")]),
    ("Police found 57 migrants in the city centre.", [(57, "other")]),
]

_READINGS_658 += [
    # a smuggler's fare, paid or charged for being taken somewhere, is no sum lost, seized or made (but what victims
    # each paid in fake fees is what they lost)
    ("Police found 40 migrants in a truck. They had each paid €3,100 to be taken to Austria.", [(40, "rescued")]),
    ("Smugglers charged up to $6,000 per person for the crossing, police said after arresting 12 people.",
     [(12, "arrests")]),
    ("Police arrested 12 fraudsters. Victims each paid €2,500 in fake fees.", [(12, "arrests"), (2500, "money")]),
]

# The six-hundred-and-fifty-ninth batch of held-out articles.
_READINGS_659 = [
    # a step in a life, then the age it was taken at, told bare, is an age (but not places a raid began at)
    ("Police arrested 40 drug dealers. He joined the force at 19.", [(40, "arrests")]),
    ("Police arrested 40 drug dealers. One left school at 15 and joined the gang at 16.", [(40, "arrests")]),
    ("The raids began at 14 sites, and 40 drug dealers were arrested.", [(14, "groups"), (40, "arrests")]),
]

# The six-hundred-and-sixtieth batch of held-out articles.
_READINGS_660 = [
    # penalties issued are penalties imposed (not a law's maximum), and the firms they were issued against are counted
    # as firms penalised are
    ("Prosecutors indicted 9 executives for customs fraud, and the agency has issued penalties of $41 million against "
     "17 companies.", [(9, "prosecutions"), (41000000, "money"), (17, "other")]),
]

# The six-hundred-and-sixty-first batch of held-out articles.
_READINGS_661 = [
    # a limit in a piece of advice is no sum of a crime (but what a courier carried is)
    ("Police recorded 18,600 thefts on the metro in 2025. Police advise carrying no more than €100 in cash.",
     [(18600, "cases")]),
    ("Police arrested a courier carrying more than €90,000 in cash.", [(90000, "money")]),
]

# The six-hundred-and-sixty-second batch of held-out articles.
_SUBJECTS_662 = [
    # electoral offences are crimes of their own ("other"), whatever kinds they include; vote buying alone is a bribe
    ("Police arrested 312 people for electoral offences, including ballot-box snatching and vote buying.",
     ["other"]),
    ("Police arrested 96 people for vote buying during the elections.", ["corruption"]),
]

# The six-hundred-and-sixty-third batch of held-out articles.
_READINGS_663 = [
    # homeowners are people, and those a sum was taken from are its victims, whatever was done to the taker after
    ("Contractor jailed for cheating 23 homeowners of $410,000", [(23, "victims"), (410000, "money")]),
    ("A builder who took deposits from 23 homeowners for work he never did was sentenced to jail on Monday.",
     [(23, "victims")]),
]

# The six-hundred-and-sixty-fifth batch of held-out articles.
_READINGS_665 = [
    # animals that had to be put down are what became of them, no crime's count (but wildlife poached is one)
    ("Deputies seized 640 roosters at an illegal cockfight. About 150 birds had to be euthanized.",
     [(640, "seizures")]),
    ("Poachers killed 352 rhinos in 2025.", [(352, "other")]),
]

# The six-hundred-and-sixty-sixth batch of held-out articles.
_READINGS_666 = [
    # a border force, border guards, a coast guard and customs officers are enforcement, as the police are; reptiles,
    # frogs and birds of prey found on them are wildlife seized
    ("Border Force officers found 38 native reptiles taped inside socks in parcels.", [(38, "seizures")]),
    ("Customs officers found 112 geckos and 40 tarantulas in a passenger's luggage.", [(112, "seizures"),
                                                                                      (40, "seizures")]),
]

# The six-hundred-and-seventy-first batch of held-out articles.
_FIELDS_671 = [
    # a yearly rate has no period, though the sentence before dates the report (but "charged 4,600 in a year" does)
    ("Prosecutors opened 2,310 wood theft investigations in 2025. Forestry firms put their losses at 60 billion pesos "
     "a year.", "period", ["2025", None], dt.date(2026, 5, 4)),
    ("Police opened 2,310 fraud cases in 2025. Fraud costs the country about $27 million per year in lost revenue.",
     "period", ["2025", None], dt.date(2026, 5, 4)),
]

# The six-hundred-and-seventy-second batch of held-out articles.
_SUBJECTS_672 = [
    # snatchings are thefts ("other"), not the robberies told before them
    ("Motorbike robberies fell 12% to 3,870. Phone snatchings, however, rose to 9,140 from 8,220 a year earlier.",
     ["violent_crime", "violent_crime", "other", "other"]),
]

# The six-hundred-and-seventy-third batch of held-out articles.
_READINGS_673 = [
    # wildlife killed, and the carcasses found, are kills ("other"), though "found" elsewhere in the sentence seizes
    ("Poachers killed 52 rhinos in 2025, down from 80 the previous year, with 31 of the carcasses found in the park.",
     [(52, "other"), (80, "other"), (31, "other")]),
    ("Poachers killed 52 elephants, and rangers found 14 pangolins in a truck.", [(52, "other"), (14, "seizures")]),
]

# The six-hundred-and-seventy-fourth batch of held-out articles.
_READINGS_674 = [
    # what the things seized in the sentence before held was seized too
    ("Customs seized 1,240 parcels of drugs in 2025. The parcels held a total of 37 kilograms of drugs and 96,000 "
     "tablets.", [(1240, "seizures"), (37, "seizures"), (96000, "seizures")]),
]

# The six-hundred-and-seventy-fifth batch of held-out articles.
_FIELDS_675 = [
    # "since mid-July" runs from July to the report, as "since July" does
    ("Police said on Sunday they had stopped 96 women from flying to the Gulf on visit visas since mid-July, "
     "suspecting they were being trafficked.", "period", ["2026-07/2026-10"], dt.date(2026, 10, 11)),
]

# The six-hundred-and-seventy-sixth and seventy-seventh batches of held-out articles.
_READINGS_677 = [
    # a weight stolen is what a theft took ("other"), nothing seized; thieves and gendarmes are words of crime news, and
    # what gendarmes impounded makes a sum after it an enforcement figure
    ("Thieves have stolen about 3.2 tonnes of green vanilla from farms since May.", [(3.2, "other")]),
    ("Gendarmes seized 1.2 million litres of fuel.\nGendarmes also impounded 214 vehicles, most of them pickup trucks. "
     "The fuel was worth about 62 million dinars.", [(1200000, "seizures"), (214, "seizures"), (62000000, "money")]),
]

# The six-hundred-and-eighty-first batch of held-out articles.
_READINGS_681 = [
    # the people a fraudster contacted are its targets, and those who sent him money its victims too
    ("Police said the fraudster had contacted at least 31 other women online, 6 of whom also sent him money.",
     [(31, "victims"), (6, "victims")]),
]

# The six-hundred-and-eighty-third batch of held-out articles.
_READINGS_683 = [
    # televisions, fridges and other appliances recovered are seized things
    ("Police arrested 58 people for looting and recovered goods worth about $190,000, including 41 television sets and "
     "12 fridges.", [(58, "arrests"), (190000, "money"), (41, "seizures"), (12, "seizures")]),
]

# The six-hundred-and-eighty-fifth batch's elided share, read later in the stop.
_FIELDS_685 = [
    # a percentage right after ", and" that follows a share is a share too, its words left out (no baseline); a change
    # after a change stays one
    ("About 40% of the victims were women, and 12% children, police said of the 9,400 fraud victims in 2025.",
     "baseline_period", [None, None, None], dt.date(2026, 3, 18)),
    ("Fraud cases rose 12% in 2025, and thefts 4%.", "baseline_period", ["2024", "2024"], dt.date(2026, 3, 18)),
]

# The six-hundred-and-eighty-sixth batch's career, read later in the stop.
_FIELDS_686 = [
    # a life's work ("over his career") is no window of the report the sentence before dates
    ("His team handled 1,140 scam cases in 2025. Over his career, he has helped put more than 600 people behind bars.",
     "period", ["2025", None], dt.date(2026, 5, 11)),
]

# The six-hundred-and-eighty-sixth and eighty-seventh batches of held-out articles.
_READINGS_686 = [
    # people sent to prison or put behind bars are convicted; a count told again another way before its verb ("2.1
    # million Australians, or 10.3% of people aged 15 and over, experienced card fraud") takes that verb
    ("The detective has sent 41 fraudsters to prison.", [(41, "convictions")]),
    ("Police handled 1,140 scam cases last year. He has helped put more than 600 people behind bars.",
     [(1140, "cases"), (600, "convictions")]),
    ("An estimated 1.4 million Australians, or 6.8% of people aged 15 and over, experienced card fraud in 2025.",
     [(1400000, "victims"), (6.8, "victims")]),
]

# The six-hundred-and-eighty-eighth batch of held-out articles.
_SUBJECTS_688 = [
    # a fake investment or trading platform is a scam's; a total whose commonest part an aside names keeps its own
    # crime, however many words the aside has
    ("Police dismantled a fake investment platform that took €14.2 million from 1,100 investors.",
     ["telecom_fraud", "telecom_fraud"]),
    ("Cybercrime unit handles 3,412 reports\nThe Anti-Cybercrime Directorate handled 3,412 reports last year, with "
     "fraud through fake investment platforms the most common complaint.", ["cybercrime", "cybercrime"]),
]

# The six-hundred-and-eighty-ninth batch of held-out articles.
_READINGS_689 = [
    # a rate's level is a rate ("other"), though the whole it is a rate of is told at length before the figure
    ("The conviction rate in illegal drug cases handled by the Department of Justice rose to 81% in 2025 from 74% in "
     "2024.", [(81, "other"), (74, "other")]),
]

# The six-hundred-and-ninety-third batch of held-out articles.
_SUBJECTS_693 = [
    # migrants detained after entering irregularly are a migration figure ("other"), beside the smugglers the
    # sentence names
    ("Police arrested 1,104 people for smuggling migrants in 2025.\nOfficers also detained 2,840 migrants who had "
     "entered the country irregularly and impounded 96 vehicles used by smugglers.",
     ["human_trafficking", "other", "human_trafficking"]),
]

# The six-hundred-and-ninety-sixth batch of held-out articles.
_SUBJECTS_696 = [
    # an anti-crime drive is against crime of every kind ("other"); a total is not the crime of the part told right
    # after it ("1,200+ arrests, 640 of them for illegal gambling"), and the part keeps its own
    ("Police arrest 1,200 in holiday anti-crime drive\nPolice made 1,200 arrests, 640 of them for illegal gambling.",
     ["other", "other", "gambling"]),
]

# The six-hundred-and-ninety-ninth batch of held-out articles.
_FIELDS_699 = [
    # "QoQ" and "MoM" are against the quarter or month before, as "quarter on quarter" is
    ("The FBI received 1,340 ransomware complaints in Q3 2026, up 14% QoQ.", "baseline_period",
     [None, "2026-04/2026-06"], dt.date(2026, 10, 22)),
    ("Police logged 412 scam reports in September 2026, down 6% MoM.", "baseline_period", [None, "2026-08"],
     dt.date(2026, 10, 22)),
]

# The seven-hundred-and-second batch of held-out articles.
_READINGS_702 = [
    # the prizes a scam promised are its lure, no sum lost (the victims' losses are)
    ("The gang cheated 140 elderly Americans of more than US$4.3 million. The victims were told they had won prizes "
     "of up to US$2.5 million but had to pay fees first.", [(140, "victims"), (4300000, "money")]),
]

# The seven-hundred-and-sixth and seventh batches of held-out articles.
_READINGS_706 = [
    # drug-dealing spots dismantled are sites raided ("groups"); a price each, told after where the goods were sold
    # ("sold in South Sudan and DR Congo for about 4 million shillings each"), is no sum of the crime
    ("French police have dismantled about 1,200 drug-dealing spots since March.", [(1200, "groups")]),
    ("Police recovered 312 stolen motorcycles. They were being sold in South Sudan and DR Congo for about 4 million "
     "shillings each.", [(312, "seizures")]),
]

# The seven-hundred-and-eighth and ninth batches of held-out articles.
_READINGS_708 = [
    # people intercepted who were paid to retrieve drugs are caught at it (arrests, as people stopped trying to smuggle
    # are); illegal refineries destroyed are sites ("groups"), as distilleries are
    ('Customs also intercepted 96 "extractors", people paid to retrieve drugs from containers, and 38 of them were '
     "under 18.", [(96, "arrests"), (38, "arrests")]),
    ("Officers also destroyed 63 illegal refineries and recovered 412,000 litres of adulterated diesel.",
     [(63, "groups"), (412000, "seizures")]),
]

# The seven-hundred-and-tenth batch of held-out articles.
_READINGS_710 = [
    # a nationality before a thing named by what it is for is an adjective: boats seized, no Chinese people
    ("The Coast Guard seized 14 Chinese fishing boats operating illegally in its waters.", [(14, "seizures")]),
]

# The seven-hundred-and-eleventh batch of held-out articles.
_FIELDS_711 = [
    # "fell to 21,600 from 24,100 in the previous quarter" in a sentence that names no quarter of its own: the quarter
    # before the one carried from the sentence before, not a year back
    ("Australians lost $38.2 million to text scams in the April-June quarter.\nReports of text scams fell to 21,600 "
     "from 24,100 in the previous quarter.", "period", ["2026-04/2026-06", "2026-04/2026-06", "2026-01/2026-03"],
     dt.date(2026, 8, 6)),
]

# The seven-hundred-and-fifteenth batch of held-out articles.
_READINGS_715 = [
    # a weight seized "of illegally exported gold" is contraband seized, no trade's export (but "50 tonnes of fuel
    # exported" is no seizure)
    ("Customs said it had seized 412 kilograms of illegally exported gold so far this year.", [(412, "seizures")]),
    ("The country exported 50 tonnes of gold, and police arrested 3 smugglers.", [(3, "arrests")]),
]

# The seven-hundred-and-nineteenth batch of held-out articles.
_READINGS_719 = [
    # detections told as a percentage are a detection rate ("other"), as "the detection rate" is
    ("Police recorded 412 serious crimes in 2025, and detections rose to 74%.", [(412, "cases"), (74, "other")]),
]

# Digit groups set off by dots and decimal commas before a weight, as much of Europe writes them (the issue's
# "digit groups with commas, dots or spaces"), found while writing these batches.
_READINGS_EUROPEAN_DIGITS = [
    ("Police arrested 1.200 people and seized 3,4 tonnes of cocaine and 1.234.567 euros.",
     [(1200, "arrests"), (3.4, "seizures"), (1234567, "money")]),
    ("Police seized 2.5 kg of heroin and 12,500 pills.", [(2.5, "seizures"), (12500, "seizures")]),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_649, *_READINGS_651, *_READINGS_654, *_READINGS_657, *_READINGS_658, *_READINGS_659,
            *_READINGS_660, *_READINGS_661, *_READINGS_663, *_READINGS_665, *_READINGS_666, *_READINGS_673,
            *_READINGS_674, *_READINGS_677, *_READINGS_681, *_READINGS_683, *_READINGS_686, *_READINGS_689,
            *_READINGS_702, *_READINGS_706, *_READINGS_708, *_READINGS_710, *_READINGS_715,
            *_READINGS_719, *_READINGS_EUROPEAN_DIGITS]
FIELDS = [*_FIELDS_650, *_FIELDS_657, *_FIELDS_671, *_FIELDS_675, *_FIELDS_685, *_FIELDS_686, *_FIELDS_699,
          *_FIELDS_711]
SUBJECTS = [*_SUBJECTS_652, *_SUBJECTS_662, *_SUBJECTS_672, *_SUBJECTS_688, *_SUBJECTS_693, *_SUBJECTS_696]
