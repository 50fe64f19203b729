"""Readings the held-out batches from the hundred-and-twenty-second on (``tests/generalisation/``) showed missing,
each from sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py`` and the
``readings_*`` modules beside it."""
from __future__ import annotations

import datetime as dt

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The hundred-and-twenty-second batch of held-out articles.
_READINGS_122 = [
    # "kilogrammes" are kilograms
    ("Customs officers seized 52 kilogrammes of cocaine at the port.", [(52, "seizures")]),
    # what the authorities destroyed is taken out of use, as what they seize (not what an attack destroyed)
    ("Soldiers destroyed 41 dredges and 12 rafts used by illegal miners.", [(41, "seizures"), (12, "seizures")]),
    ("Army engineers were destroying 17 speedboats used by smugglers.", [(17, "seizures")]),
    ("The gunmen destroyed 14 vehicles before fleeing.", []),
    # fines issued to someone are sums imposed, not a law's penalty; a law's still are not
    ("Police arrested 12 loggers. Fines issued to logging firms reached 3.1 million reais.",
     [(12, "arrests"), (3100000, "money")]),
    ("Police said offenders could be issued with a penalty notice of £1,000.", []),
    # a crime-solution "efficiency" is a rate, as a detection rate is; alerts are "other"
    ("Police recorded 4,100 thefts. The crime solution efficiency rose to 76.2 per cent.",
     [(4100, "cases"), (76.2, "other")]),
    ("Police arrested 40 illegal miners. Alerts of illegal mining fell 35 per cent in 2025.",
     [(40, "arrests"), (-35, "other")]),
    # police posts and centres are the force's own, no groups dismantled
    ("Police arrested 12 gang members. The police chief said he would visit all 35 neighbourhood police centres.",
     [(12, "arrests")]),
]
_FIELDS_122 = [
    ("Customs officers seized 52 kilogrammes of cocaine at the port.", "unit", ["kg"], dt.date(2026, 3, 2)),
    # shillings are Kenya's, unless the story is Uganda's or Tanzania's; Uganda's named are Uganda's
    ("NAIROBI, Kenya — Police seized drugs worth 64 million shillings in a raid.", "unit", ["KES"],
     dt.date(2026, 3, 2)),
    ("KAMPALA, Uganda — Police recovered 310 million shillings stolen by the gang.", "unit", ["UGX"],
     dt.date(2026, 3, 2)),
    ("Police recovered 310 million Ugandan shillings stolen by the gang.", "unit", ["UGX"], dt.date(2026, 3, 2)),
    # the first figure of a list takes the time phrase after the list, as its last one does
    ("Agents destroyed 96 dredging rafts, 14 planes and 38 boats used by illegal gold miners in the river basin in "
     "July.", "period", ["2026-07", "2026-07", "2026-07"], dt.date(2026, 8, 5)),
    # "The operation also ..." keeps the window of the operation told before
    ("Agents destroyed 96 dredging rafts used by illegal gold miners in July.\nThe operation also seized 27 kilograms "
     "of mercury.", "period", ["2026-07", "2026-07"], dt.date(2026, 8, 5)),
]

# The hundred-and-twenty-fourth batch.
_READINGS_124 = [
    # attempts (to cross a border illegally, to scam) are "other"
    ("Guards detained 90 smugglers. Attempts to cross the border illegally fell to 14,200 from 17,800.",
     [(90, "arrests"), (14200, "other"), (17800, "other")]),
]
_FIELDS_124 = [
    # "The cases, brought over the past year" dates the figures before it that had no period of their own
    ("The department said on Friday it had charged 150 defendants in cases that cheated 9,000 people.\nThe cases, "
     "brought over the past year in 20 districts, include romance scams.", "period", ["2025", "2025"],
     dt.date(2026, 6, 20)),
]
_SUBJECTS_124 = [
    # laundering money for scam call centres is a mule's fraud, as laundering for a scam syndicate is
    ("Prosecutors charged 41 people accused of laundering money for call centres abroad.", ["telecom_fraud"]),
    ("Police arrested 12 people accused of laundering money for drug cartels.", ["money_laundering"]),
]

# The hundred-and-twenty-fifth batch.
_READINGS_125 = [
    # the noun phrase a figure restates in apposition: "The number of reports, 494,700, ..."
    ("Scam losses fell in 2025. The number of complaints, 61,200, was unchanged.", [(61200, "cases")]),
    # a modifier that only says who ("linked to the compound") gives way to the main verb after it
    ("Police said 52 people linked to the gang have since been charged with fraud.", [(52, "prosecutions")]),
    ("Police said 52 people linked to the gang were questioned.", [(52, "suspects")]),
    # a wage a job advert promised is a scam's lure, no sum lost
    ("She answered a scam job advert promising 30,000 pesos a month.", []),
]
_SUBJECTS_125 = [
    # a crime word in a body's name written in lower case says nothing of the figure's crime
    ("Police recorded 21,000 online fraud cases last year, with losses of RM1.4 billion, the head of the police "
     "commercial crime department said.", ["telecom_fraud", "telecom_fraud"]),
    # (but a cybercrime unit's totals stay cybercrime's)
    ("The state's cybercrime unit investigated 2,400 cases in 2025.", ["cybercrime"]),
]

# The hundred-and-twenty-sixth batch.
_READINGS_126 = [
    # handguns, shotguns and revolvers seized are goods; a calibre is no count
    ("Officers seized 7 handguns and 2 shotguns in the raid.", [(7, "seizures"), (2, "seizures")]),
    ("Police recovered a 9mm pistol and arrested 3 men.", [(3, "arrests")]),
    # a civil court's award is no crime's sum, in a headline as in the body
    ("Jury orders drugmaker to pay $210 million in patent case", []),
]
_FIELDS_126 = [
    # "the year ending December 2025" is that calendar year, and its change is on the year before
    ("There were 3.1 million fraud offences in the year ending December 2025, a 9 per cent rise compared with the "
     "previous year, officials said.", "period", ["2025", "2025"], dt.date(2026, 4, 24)),
    ("There were 3.1 million fraud offences in the year ending December 2025, a 9 per cent rise compared with the "
     "previous year, officials said.", "baseline_period", [None, "2024"], dt.date(2026, 4, 24)),
]

# The hundred-and-twenty-seventh batch.
_READINGS_127 = [
    # people who "would face questioning" are suspects, as the questioned are
    ("Police said 19 of the returnees would face questioning as suspected scam callers.", [(19, "suspects")]),
    ("Police said 19 people would face questioning over the scam.", [(19, "suspects")]),
    # drug labs dismantled or seized are groups (GUIDE.md: sites raided)
    ("Marines dismantled 9 clandestine drug laboratories and seized 30 kg of cocaine.",
     [(9, "groups"), (30, "seizures")]),
    # two figures joined by ", and" are two clauses', no list sharing a noun
    ("Attempted murders fell 3.1 per cent to 5,870, and 940 people were killed in the province.",
     [(-3.1, "cases"), (5870, "cases"), (940, "deaths")]),
]
_FIELDS_127 = [
    # "a two-month crackdown ... that ended in August": the months that end with that one
    ("Police arrested 820 suspects in a two-month crackdown on online gambling that ended in August.", "period",
     ["2026-07/2026-08"], dt.date(2026, 9, 16)),
    # a month the lead dates its figures by, some words after the figure, dates the sentences after it
    ("Police arrest 494 in scam sweep\nDUBAI — Police arrested 494 people suspected of phone and online fraud in "
     "January and seized 1,870 phones, the force said on Tuesday.\nVictims had lost a total of Dh 9.1 million to the "
     "gangs, police said.", "period", ["2026-01", "2026-01", "2026-01", "2026-01"], dt.date(2026, 2, 11)),
    # an event told as "later" has no date of the article's
    ("Police arrested 41 people in June, the bureau said.\nFour recruiters were later arrested and charged with "
     "trafficking.", "period", ["2026-06", None], dt.date(2026, 7, 3)),
]

# The hundred-and-twenty-eighth batch.
_FIELDS_128 = [
    # a lead's running total since a day of this month dates the sentences after it that tell of the same raids
    ("Raids net 512 in scam zone\nVIENTIANE — Authorities have detained 512 foreigners in raids on scam operations "
     "since August 10, state media said.\nThe detainees included 230 Chinese and 98 Vietnamese.", "period",
     ["2026-08", "2026-08", "2026-08", "2026-08"], dt.date(2026, 8, 28)),
    # a relative clause that tells a ring's crime is not dated by the main clause's year
    ("The man was one of 9 people charged in 2024 over the ring, which cheated more than 180 people out of $2.1 "
     "million, police said.", "period", ["2024", None, None], dt.date(2026, 5, 14)),
]

# The hundred-and-twenty-ninth batch.
_READINGS_129 = [
    # the same count told again for another year by its verb alone
    ("Police registered 9,310 FIRs for online fraud in 2025, nearly double the 4,870 registered in 2024.",
     [(9310, "cases"), (4870, "cases")]),
    # people remanded, or for whom remand orders were obtained, are arrests
    ("Graft busters remand 7 customs officers over bribes", [(7, "arrests")]),
    ("The commission obtained remand orders for 7 customs officers and three company directors over bribes.",
     [(7, "arrests"), (3, "arrests")]),
    # what a police budget gets, reaches and how it changes is spending, no crime's sum
    ("Police to get £140 million extra funding for more officers", []),
    ("The police will receive an extra £140 million next year to recruit 900 officers.", []),
    ("The police's total budget will rise 3.8 per cent to £2.7 billion next year.", []),
]

# The hundred-and-thirtieth batch.
_READINGS_130 = [
    # people rescued from a disaster are no crime's figure
    ("Soldiers rescued 240 people stranded by the floods after the landslides.", []),
    ("Police rescued 66 victims of trafficking from a boat.", [(66, "rescued")]),
    # what a mule "can be paid" is a fee, no sum lost
    ("Money mules are easy to recruit: a student can be paid $400 for lending his account to scammers.", []),
]
_SUBJECTS_130 = [
    # laundering a scam's takings is the scam's (GUIDE.md: money mules for scams)
    ("A judge sentenced 4 men for laundering at least $12 million stolen from more than 300 victims of romance "
     "scams.", ["telecom_fraud", "telecom_fraud", "telecom_fraud"]),
    ("Police charged 6 people with laundering $3 million in scam proceeds.", ["telecom_fraud", "telecom_fraud"]),
]

# The hundred-and-thirty-first batch.
_SUBJECTS_131 = [
    # break and enter is burglary ("other"), not the assaults of the clause before
    ("Assaults rose 9 per cent, while break and enter offences fell 6 per cent to 21,300.",
     ["violent_crime", "other", "other"]),
]

# The hundred-and-thirty-second batch.
_READINGS_132 = [
    # bookies and punters are people counted
    ("Police arrested 11 people, including three punters and two bookies, in a betting raid.",
     [(11, "arrests"), (3, "arrests"), (2, "arrests")]),
    # guns handed in during an amnesty are taken out of use, as guns seized are
    ("Citizens handed in 41,000 unregistered firearms during the amnesty.", [(41000, "seizures")]),
    # a revision's former value is the count it revises
    ("Police recorded 512 murders in 2025, revising an earlier tally of 508.", [(512, "cases"), (508, "cases")]),
]
_FIELDS_132 = [
    # a cargo's destination is not where it was seized
    ("KAMPALA — Officers seized 210 kilograms of ivory hidden in a container bound for Vietnam on Sunday.", "geo",
     ["UG"], dt.date(2026, 4, 2)),
]
_SUBJECTS_132 = [
    # votes bought are bribes
    ("Police arrested 96 people for vote buying during the election.", ["corruption"]),
]

# The hundred-and-thirty-third batch.
_FIELDS_133 = [
    # "in all of 2025" binds its year to the figure before it, as "in the whole of 2025" does
    ("Deputies have seized more than 700 pounds of meth so far this year, compared with 520 pounds in all of 2025.",
     "period", ["2026", "2025"], dt.date(2026, 9, 9)),
]

# The hundred-and-thirty-fourth batch.
_READINGS_134 = [
    # a part that "faced charges" is a part of the group the lead names, no count of charges
    ("Police arrested 800 wanted persons.\nOf those arrested, 214 faced charges for drugs and 61 for murder.",
     [(800, "arrests"), (214, "arrests"), (61, "arrests")]),
    # heists are crimes counted
    ("Criminals carried out 640 cash-in-transit heists between 2021 and 2025.", [(640, "cases")]),
    # a headline's change that the body tells for another noun takes the body's measure
    ("Drug offenders up 14% in first half\nSEOUL — Police caught 9,100 drug offenders in the first half, up 14 "
     "percent from a year earlier.", [(14, "arrests"), (9100, "arrests"), (14, "arrests")]),
]
_FIELDS_134 = [
    # "rose to X from Y" in a financial year's report: Y is the financial year before's
    ("Indians lost Rs 9,800 crore to cyber fraud in the financial year 2025-26.\nComplaints rose to 21.4 lakh from "
     "17.9 lakh.", "period", ["2025/2026", "2025/2026", "2024/2025"], dt.date(2026, 4, 20)),
]

# The hundred-and-thirty-fifth batch.
_READINGS_135 = [
    # people killed "on roads" died in accidents, no crime's deaths
    ("Holiday 'dangerous days' kill 190 on roads\nPolice arrested 9,000 drivers for speeding during the holiday.",
     [(9000, "arrests")]),
]
_FIELDS_135 = [
    # a round-up's later brief has its own dateline, whose country its figures take
    ("Crime briefs\nBANGKOK — Thai police arrested 37 members of a call-centre gang, police said.\nHANOI — Customs "
     "officers seized 20 kilograms of heroin at the airport.", "geo", ["TH", "VN"], dt.date(2026, 10, 30)),
]

# The hundred-and-thirty-sixth batch.
_READINGS_136 = [
    # a part's own verb past "already" decides, not the lead's group
    ("Police detained 5,100 foreigners.\nOf those detained, 3,800 have already been deported.",
     [(5100, "arrests"), (3800, "deported")]),
    # a part named in apposition after "most of the ...": "Most of the convictions, 3,540, were for ..."
    ("Courts convicted 2,900 people in 2025. Most of the convictions, 2,100, were for internet fraud.",
     [(2900, "convictions"), (2100, "convictions")]),
]
_FIELDS_136 = [
    # "the 926,100 it logged a year earlier": the figure's own time, a year before the sentence's
    ("The internet crime centre received 512,000 complaints in 2025, slightly fewer than the 530,400 it logged a "
     "year earlier.",
     "period", ["2025", "2024"], dt.date(2026, 4, 23)),
]

# The hundred-and-thirty-seventh batch.
_READINGS_137 = [
    # a headline's present-tense "finds" seizes, as "found" does; a count a noun "passes" is that noun's
    ("Border Force finds 2.4 tonnes of cocaine in fruit shipment, police say", [(2.4, "seizures")]),
    ("Rental fraud victims pass 12,500", [(12500, "victims")]),
]
_FIELDS_137 = [
    # "since last year": from last year to the publication year
    ("Police have arrested 17 members of the syndicate since last year and frozen HK$12.4 million.", "period",
     ["2025/2026", "2025/2026"], dt.date(2026, 3, 27)),
    # "Of those detained, ..." takes the detentions' window, not that of the cases told in between
    ("Police froze 2,100 mule accounts and detained 640 account holders in an operation from June 1 to 21, police "
     "said.\nThe accounts were linked to 1,920 scam cases reported since last year.\nOf those detained, 212 were "
     "students.", "period", ["2026-06", "2026-06", "2025/2026", "2026-06"], dt.date(2026, 6, 26)),
]

# The hundred-and-thirty-eighth batch.
_READINGS_138 = [
    # an elided part with its own agent: "... handed over by Cambodia and 2,100 by Laos"
    ("Another 3,100 suspects were handed over by Cambodia and 900 by Laos.", [(3100, "deported"), (900, "deported")]),
    # the people of a relative clause are what its own verb makes them
    ("Victims aged 60 and above made up 18 per cent of the 21,400 people who lodged reports of online fraud.",
     [(18, "victims"), (21400, "victims")]),
    # a list line's label decides, "victims identified" are victims
    ("Police ran a fraud crackdown in September. The results:\nFraud victims identified: 1,720",
     [(1720, "victims")]),
]
_FIELDS_138 = [
    # a share in a "followed by" list keeps no baseline, however long the list
    ("Investment scams accounted for 41 per cent of the RM1.2 billion lost to online fraud in 2025, followed by "
     "e-commerce scams at 23 per cent and loan scams at 11 per cent, police said.", "baseline_period",
     [None, None, None, None], dt.date(2026, 2, 12)),
]

# The hundred-and-thirty-ninth batch.
_SUBJECTS_139 = [
    # an unregistered investment scheme's takings are a scam's, and crime news
    ("The regulator said an unregistered investment scheme had taken about P900 million from more than 8,000 "
     "investors, police said.", ["telecom_fraud", "telecom_fraud"]),
]

# The hundred-and-fortieth batch.
_FIELDS_140 = [
    # a gang's partners abroad are not where it was uncovered
    ("JAKARTA — The agency uncovered 30 drug syndicates, 9 of them with links to networks in Malaysia and Myanmar.",
     "geo", ["ID", "ID"], dt.date(2026, 7, 8)),
]

# The hundred-and-forty-first batch.
_FIELDS_141 = [
    # "from RM455 million in the same six months of 2025": the earlier end's own window
    ("Police seized drugs worth RM380 million in January-June, up 21 per cent from RM314 million in the same six "
     "months of 2025, police said.", "period", ["2026-01/2026-06", "2026-01/2026-06", "2025-01/2025-06"],
     dt.date(2026, 7, 11)),
]

# The hundred-and-forty-second batch.
_READINGS_142 = [
    # drug farms and grow houses raided are sites (groups), not operations conducted
    ("Agents raided 44 illegal marijuana grow operations and shut 12 cannabis farms.",
     [(44, "groups"), (12, "groups")]),
    # a share "of the stolen money" is a share of money
    ("Victims lost Rs 300 crore. Only 9 per cent of the stolen money has been returned to them.",
     [(3000000000, "money"), (9, "money")]),
]

# The hundred-and-forty-third batch.
_READINGS_143 = [
    # "over 34 ram raids" after people is what they did, no age; ram raids and break-ins are crimes counted
    ("Police charged 9 young men over 21 ram raids on shops.", [(9, "prosecutions"), (21, "cases")]),
    ("Police said 300 people over 60 lost money to the scam.", [(300, "victims")]),
]
_FIELDS_143 = [
    # "The freeze orders, obtained ... in July" date the figures before them that had no period
    ("The council has frozen 700 bank accounts holding P1.2 billion linked to illegal gambling operators.\nThe "
     "freeze orders, obtained from the Court of Appeals in July, also cover 12 properties.", "period",
     ["2026-07", "2026-07", "2026-07"], dt.date(2026, 8, 12)),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_122, *_READINGS_124, *_READINGS_125, *_READINGS_126, *_READINGS_127,
            *_READINGS_129, *_READINGS_130, *_READINGS_132, *_READINGS_134, *_READINGS_135, *_READINGS_136,
            *_READINGS_137, *_READINGS_138, *_READINGS_142, *_READINGS_143]
FIELDS = [*_FIELDS_122, *_FIELDS_124, *_FIELDS_126, *_FIELDS_127, *_FIELDS_128, *_FIELDS_132,
          *_FIELDS_133, *_FIELDS_134, *_FIELDS_135, *_FIELDS_136, *_FIELDS_137, *_FIELDS_138, *_FIELDS_140,
          *_FIELDS_141, *_FIELDS_143]
SUBJECTS = [*_SUBJECTS_124, *_SUBJECTS_125, *_SUBJECTS_130, *_SUBJECTS_131, *_SUBJECTS_132, *_SUBJECTS_139]
