"""Readings the held-out batches from the seven-hundred-and-twentieth on (``tests/generalisation/``) showed missing,
each from sentences written for this test.  The earlier batches' are in ``readings_mist.py`` and the modules before
it."""
from __future__ import annotations

import datetime as dt

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The seven-hundred-and-twentieth batch of held-out articles.
_READINGS_720 = [
    # a correction's wrong figure right after a weight or a sum ("2.3 tonnes, not 23") is that weight or sum, in its
    # unit, as a wrong count is the count's
    ("Correction: the heroin seized in Durban weighed 2.3 tonnes, not 23", [(2.3, "seizures"), (23, "seizures")]),
    ("Fraudsters took €4.1 million, not 41 million as first reported.", [(4.1e6, "money"), (41e6, "money")]),
    ("Police detained 64 people, not 46.", [(64, "arrests"), (46, "arrests")]),
]

# The seven-hundred-and-twenty-first batch of held-out articles.
_READINGS_721 = [
    # "double the N found a year earlier": the count compared, as "more than the N", whatever the verb after says
    ("Rangers arrested 212 poachers this year, twice the 106 found in 2025.", [(212, "arrests"), (106, "arrests")]),
]

# The seven-hundred-and-twenty-second batch of held-out articles.
_FIELDS_722 = [
    # a record "since 2019, when ..." names the year of the when-clause's figure (alone, it dates nothing)
    ("Customs seized 3 tonnes of cannabis. It was the largest haul since 2019, when 4 tonnes were found.", "period",
     [None, "2019"], dt.date(2026, 4, 2)),
    ("It was the biggest seizure since March 2024, when officers seized 900 kg of heroin.", "period", ["2024-03"],
     dt.date(2026, 4, 2)),
    ("Customs seized 3 tonnes of cannabis, the largest haul since 2019.", "period", [None], dt.date(2026, 4, 2)),
]
_READINGS_722 = [
    # freight forwarders, clearing agents and juveniles are people a figure counts
    ("Three clearing agents and two freight forwarders were arrested at the port.", [(3, "arrests"), (2, "arrests")]),
    ("Police detained 96 people, among them 14 juveniles.", [(96, "arrests"), (14, "arrests")]),
]

# The seven-hundred-and-twenty-third batch of held-out articles.
_READINGS_723 = [
    # Bhutan's ngultrum written "Nu" before the number
    ("Officers recovered Nu 4.2 million from the fraudsters.", [(4.2e6, "money")]),
]
_SUBJECTS_723 = [
    # crime overall that moved "as" one kind of it moved: the kind is a part, not the figure's crime; larceny is theft
    ("Crime in Fiji down 4% as burglaries fall\nPolice recorded 8,120 offences in 2025.", ["other", "other"]),
    ("Police recorded 2,310 larcenies in 2025.", ["other"]),
    ("Burglaries down 4% as police step up patrols", ["other"]),
    ("Drug offences up 9% as cocaine floods in", ["drugs"]),
]

# The seven-hundred-and-twenty-fifth batch of held-out articles.
_FIELDS_725 = [
    # a sport's world body ("the International ... Agency, Federation, Committee or Council") counts the world's cases,
    # whatever its dateline; a national body keeps its country
    ("LONDON — The International Cricket Council banned 9 players for match-fixing and betting offences in 2025.\n"
     "The council fined them a total of $210,000.", "geo", [None, None], dt.date(2026, 2, 2)),
    ("LONDON — The Gambling Commission fined 9 operators £12 million in 2025.", "geo", ["GB"], dt.date(2026, 2, 2)),
]

# The seven-hundred-and-twenty-ninth batch of held-out articles.
_SUBJECTS_729 = [
    # illegal weapons seized are the weapons' crime ("other", as illegal firearms are), not that of another clause
    ("Police seize 640 illegal weapons, report more domestic violence", ["other"]),
]

# The seven-hundred-and-thirty-first batch of held-out articles.
_SUBJECTS_731 = [
    # dogfighting and animal cruelty are crimes of their own ("other"); veterinary drugs are no drug crime's
    ("Police charged 6 men over dogfighting and illegal betting.", ["other"]),
    ("Six men were charged over a dog-fighting ring where spectators placed bets.", ["other"]),
    ("Officers found syringes and veterinary drugs, and seized $12,000 in cash.", ["other"]),
]

# The seven-hundred-and-thirty-second batch of held-out articles.
_READINGS_732 = [
    # fare dodgers are people, fined as motorists are ("other"); penalty fares issued are penalty notices
    ("Transit police fined 8,200 fare dodgers in 2025.", [(8200, "other")]),
    ("Police issued 52,000 penalty fares to people caught without a ticket in 2025.", [(52000, "other")]),
]

# The seven-hundred-and-thirty-fourth batch of held-out articles.
_READINGS_734 = [
    # the times an order was breached or violated count violations ("other"), not crimes; a percentage after them
    # is their change, offenders being words of enforcement; a population "at any one time" is no figure, nor does
    # "freed up" rescue anyone
    ("Offenders breached their bail conditions 4,300 times in 2025.\nThat was up 12% on 2024.",
     [(4300, "other"), (12, "other")]),
    ("Sex offenders violated their court orders 910 times last year.", [(910, "other")]),
    ("The scheme freed up cells for 3,000 offenders at any one time, and police arrested 41 people.",
     [(41, "arrests")]),
]

# The seven-hundred-and-thirty-fifth to thirty-ninth batches of held-out articles.
_READINGS_735 = [
    # sites of a raid shut, told as a part ("12 of the yards were closed"): groups, as the sites raided; a part of a
    # known noun keeps that noun's measure
    ("Officers raided 30 scrapyards and arrested 64 people.\nTwelve of the yards were later closed.",
     [(30, "groups"), (64, "arrests"), (12, "groups")]),
    # things stolen that the vocabulary does not know, and things lost to thieves, count thefts (cases); one thing's
    # price ("Each cover costs the council about Rs 9,500") is no figure
    ("Thieves stole 2,310 cast-iron drain grates in 2025.", [(2310, "cases")]),
    ("Farmers lost 3,000 goats to rustlers in 2025, and each goat costs its owner about KSh 9,000.",
     [(3000, "cases")]),
    ("Police arrested 36 people. Each grate costs the council about Rs 9,500 to replace.", [(36, "arrests")]),
    # candidates whose exam results were cancelled: penalised ("other"); a count listed after a verb, before "and",
    # shares the verb with the next ("arrested 41 teachers and 17 exam officials"); an age told after "rescued were
    # under" is no count
    ("The council cancelled the results of 1,310 candidates over exam malpractice.", [(1310, "other")]),
    ("Police arrested 9 teachers and 4 exam officials during the exams.", [(9, "arrests"), (4, "arrests")]),
    ("Inspectors rescued 412 children. Most of the children rescued were under 14.", [(412, "rescued")]),
]
_SUBJECTS_737 = [
    # cheating in exams is no scam
    ("The council cancelled the results of 1,310 candidates over exam cheating.", ["other"]),
]

# The seven-hundred-and-forty-first and forty-second batches of held-out articles.
_READINGS_741 = [
    # what things cost or were worth, in pounds, is sterling (not "stole 400 pounds of copper": a weight)
    ("Livestock thefts cost Scottish farmers an estimated two and a half million pounds in 2025, down 4% on 2024.",
     [(2.5e6, "money"), (-4, "money")]),
    ("Police recovered stolen tools worth 80,000 pounds.", [(80000, "money")]),
    # shops and homes looted, ransacked, burgled or broken into count those crimes (cases), not sites raided
    ("Twenty shops were looted overnight and police arrested 31 people.", [(20, "cases"), (31, "arrests")]),
    ("Rioters ransacked 12 shops in the city centre, police said.", [(12, "cases")]),
]

# The seven-hundred-and-forty-fourth batch of held-out articles.
_READINGS_744 = [
    # chairpersons, chairmen and treasurers are people a figure counts
    ("Police arrested 40 cooperative officials, including 9 chairpersons and 6 treasurers.",
     [(40, "arrests"), (9, "arrests"), (6, "arrests")]),
]

_FIELDS_744 = [
    # complaints an agency "has received" since a date: its running total, whose window the sentences after continue
    ("KATHMANDU — Police have received 212 complaints from depositors since mid-June, a spokesman said.\n"
     "Police have arrested 14 cooperative officials.", "period", ["2026-06/2026-10", "2026-06/2026-10"],
     dt.date(2026, 10, 11)),
]

# The seven-hundred-and-fifty-first to fifty-third batches of held-out articles.
_READINGS_752 = [
    # people pulled from the water or the rubble were rescued; a term of the place's own, glossed in a dash aside or
    # in brackets, counts what its gloss counts
    ("Police arrested 9 smugglers. Fishermen pulled 64 survivors out of the water.", [(9, "arrests"), (64, "rescued")]),
    ('Police recorded 2,310 "motochorros" (robberies by thieves on motorbikes) in 2025.', [(2310, "cases")]),
]
_SUBJECTS_752 = [
    # the dead of a smugglers' boat that capsized are the smuggling's, not a killing's
    ("Police arrested 6 smugglers after a boat carrying migrants capsized, killing at least 31 people.",
     ["human_trafficking", "human_trafficking"]),
]
_FIELDS_751 = [
    # the Faroe Islands have a code of their own
    ("TORSHAVN — Police in the Faroe Islands arrested 96 drivers for drink-driving in 2025.", "geo", ["FO"],
     dt.date(2026, 2, 2)),
]

# The seven-hundred-and-fifty-fourth to fifty-eighth batches of held-out articles.
_READINGS_754 = [
    # a share of cases that "led to a charge" or "ended in a conviction" is a rate ("other"), as a detection rate
    ("Only 6 per cent of the 1,940 robberies recorded led to a charge.", [(6, "other"), (1940, "cases")]),
    # stewards, bouncers and doormen are people a figure counts
    ("Police made 8 arrests. Three stewards were treated for minor injuries.", [(8, "arrests"), (3, "injuries")]),
    # migrants' crossings of a border are a migration figure ("other"), not the arrests told before them; what a
    # smuggler charged each migrant is a fare, no figure
    ("Police arrested 30 smugglers in 2026, as crossings through the desert fell 60% to about 8,000.",
     [(30, "arrests"), (-60, "other"), (8000, "other")]),
    ("Police seized $90,000 from gangs that charged migrants up to $800 each.", [(90000, "money")]),
    # "nearly double the N in the same period": the count compared, with no verb of its own
    ("Police registered 2,410 fraud cases in the first half, nearly double the 1,230 in the same period last year.",
     [(2410, "cases"), (1230, "cases")]),
    # "bank card holders" are people (the noun is the last), not cards
    ("Police identified 212 bank card holders who rented out their accounts to scammers.", [(212, "suspects")]),
]

# The seven-hundred-and-sixty-first to sixty-third batches of held-out articles.
_READINGS_761 = [
    # babies, newborns and infants are people; people sold are victims; found "and returned" (or reunited) were
    # rescued, the second verb deciding
    ("Police believe 22 newborns were sold to buyers abroad.", [(22, "victims")]),
    ("Police said 22 babies were sold. Seven of the children were located and reunited with their mothers.",
     [(22, "victims"), (7, "rescued")]),
    # the next place's part, its verb left out ("Punjab accounted for 1,410 of the deaths and Sindh for 860"); a
    # charge-sheeting rate ("filed charge sheets in 88% of cases") is a detection-like rate ("other")
    ("Police recorded 3,200 dowry deaths. Punjab accounted for 1,410 of the deaths and Sindh for 860.",
     [(3200, "deaths"), (1410, "deaths"), (860, "deaths")]),
    ("Police filed charge sheets in 88% of dowry death cases.", [(88, "other")]),
]
_SUBJECTS_761 = [
    # a ring that sold babies is a trafficking ring; dowry deaths are violent crime
    ("Police arrested 6 people over a ring that sold newborn babies.", ["human_trafficking"]),
    ("Police filed charge sheets in 88% of dowry death cases.", ["violent_crime"]),
]

# Written while checking the currencies of batch 741's mend.
_FIELDS_POUNDS = [
    # a bare "pounds" in a story of a country with pounds of its own is that country's; "£" stays sterling
    ("CAIRO — Egyptian police seized drugs worth 40 million pounds and £12,000 in cash.", "unit", ["EGP", "GBP"],
     dt.date(2026, 2, 2)),
]

# The seven-hundred-and-sixty-seventh batch of held-out articles.
_FIELDS_767 = [
    # "French Guiana gendarmes": the territory's, not France's (whose gendarmes they also are)
    ("French Guiana gendarmes destroyed 140 illegal gold mining sites in 2025", "geo", ["GF"], dt.date(2026, 2, 2)),
    ("French gendarmes raided 140 cannabis farms in 2025", "geo", ["FR"], dt.date(2026, 2, 2)),
]

# The seven-hundred-and-seventy-first batch of held-out articles.
_FIELDS_771 = [
    # "mainland France" (or Europe) is no China: "the mainland" alone, and "mainland China", are
    ("LISBON — Police seized 2 tonnes of cocaine worth €60 million on the streets of mainland Europe.", "geo",
     ["PT", "PT"], dt.date(2026, 2, 2)),
]

# The seven-hundred-and-seventy-seventh batch of held-out articles.
_READINGS_777 = [
    # civilians are people; a count killed "between" two months is still killed; hostages released after a ransom
    # or "unharmed" were rescued (not "released after questioning")
    ("Rebels abducted 40 civilians and killed 12 between May and July.\n"
     "Police said 9 of those abducted had been released after their families paid.",
     [(40, "victims"), (12, "deaths"), (9, "rescued")]),
]

# The seven-hundred-and-seventy-ninth batch of held-out articles.
_SUBJECTS_779 = [
    # criminal cases "related to" or "linked to" a crime are that crime's, though "criminal cases" names crime overall;
    # not a list of kinds ("related to food, drugs, the environment and ...": crime overall still)
    ("Police opened 412 criminal cases related to drug trafficking in 2025.", ["drugs"]),
    ("Police opened 412 criminal cases related to food, drugs, the environment and intellectual property in 2025.",
     ["other"]),
]

# The seven-hundred-and-eighty-fifth and eighty-eighth batches of held-out articles.
_READINGS_785 = [
    # a rate restated as a window's total ("2,400 a quarter, or about 4,800 in the six months"): the same count
    ("Police recorded 2,400 burglaries a quarter, or about 4,800 in the six months.", [(2400, "cases"),
                                                                                      (4800, "cases")]),
    # parts "wanted for" a crime of people caught though their total is told in no figure ("Hundreds of suspects
    # were arrested ..., among them 84 wanted for murder"): caught too
    ("Hundreds of suspects were arrested in a weekend crackdown, police said, among them 31 wanted for murder.",
     [(31, "arrests")]),
]

# The seven-hundred-and-ninety-third batch of held-out articles.
_READINGS_793 = [
    # people criminal proceedings or cases were opened against are investigated: suspects, no one charged yet
    ("Police seized 3,000 litres of fuel. Criminal proceedings have been opened against 28 people.",
     [(3000, "seizures"), (28, "suspects")]),
]

# The seven-hundred-and-ninety-fourth and ninety-fifth batches of held-out articles.
_READINGS_794 = [
    # the face values of a pair of banknotes ("the €20 and €50 notes") are no sums; animals that "were ... killed",
    # told after them, are kills ("other"), not seizures
    ("Police seized 41 kg of cannabis. The €20 and €50 notes were the most counterfeited.", [(41, "seizures")]),
    ("Wardens seized 40 nets after 9,000 birds were illegally trapped and killed in 2025.",
     [(40, "seizures"), (9000, "other")]),
]

# Mends after the review (batches 757 and 795).
_READINGS_LATE = [
    # the next thing of a list of things seized, before "during", "over" or "last": "and 3,600 limesticks during ..."
    ("Wardens seized 1,140 mist nets and 3,600 limesticks during the season.", [(1140, "seizures"),
                                                                              (3600, "seizures")]),
]
_SUBJECTS_LATE = [
    # a change of crossings told beside smugglers arrested is a migration figure, not the smuggling's
    ("Police arrested 30 migrant smugglers in 2026, as crossings through the jungle fell 80% to about 9,000.",
     ["human_trafficking", "other", "other"]),
]

# The seven-hundred-and-ninety-ninth and eight-hundred-and-second batches of held-out articles (translated reports).
_READINGS_799 = [
    # translated reports' "facts of internet fraud" are cases
    ("Police registered 2,310 facts of internet fraud in 2025.", [(2310, "cases")]),
]
_FIELDS_799 = [
    # a lead that opens with this year's window ("Since the beginning of the year, ...") dates what the sentences after
    # tell (not "Since 2015, ...": a story's background)
    ("ASTANA — Since the beginning of the year, police registered 2,310 cases of internet fraud.\n"
     "Police detained 96 people.", "period", ["2026-01/2026-06", "2026-01/2026-06"], dt.date(2026, 6, 18)),
    ("ASTANA — Since 2015, police have registered 2,310 cases of internet fraud, officials said.\n"
     "Police detained 96 people.", "period", ["2015/2026", None], dt.date(2026, 6, 18)),
]

# The eight-hundred-and-third to fifth batches of held-out articles (translated reports).
_READINGS_803 = [
    # a unit's number in its name ("Police Region 5") and a category's ("category 1 narcotics") are no figures; what
    # people were arrested "together with evidence of", and "evidence secured", were seized; "filed public prosecution
    # against" people charged them
    ("Police of Provincial Police Region 7 arrested 4 suspects together with evidence of 600,000 yaba pills and "
     "9 kilograms of crystal meth.", [(4, "arrests"), (600000, "seizures"), (9, "seizures")]),
    ("All suspects were charged with possession of category 1 narcotics.", []),
    ("Police arrested 12 people. Evidence secured includes 41 mobile phones.", [(12, "arrests"), (41, "seizures")]),
    ("Prosecutors filed public prosecution against 1,310 persons for telecom fraud.", [(1310, "prosecutions")]),
]

# Written while drafting translated reports from francophone Africa.
_FIELDS_FCFA = [
    # "FCFA" written after a sum is the CFA franc, the central African one in a Cameroonian story ("YAOUNDE —")
    ("YAOUNDE — Gendarmes seized 3 kg of cannabis and 450,000 FCFA in cash.", "unit", ["kg", "XAF"],
     dt.date(2026, 2, 2)),
]

# The eight-hundred-and-ninth and tenth batches of held-out articles (translated reports).
_READINGS_809 = [
    # "succeeded in foiling an attempt to smuggle" what was then seized
    ("Police succeeded in foiling an attempt to smuggle 800,000 narcotic pills.", [(800000, "seizures")]),
]
_FIELDS_810 = [
    # a "Metropolitan Police Department" (Tokyo's, Washington's) is not London's Metropolitan Police
    ("TOKYO — The Metropolitan Police Department arrested 3 men on suspicion of fraud.", "geo", ["JP"],
     dt.date(2026, 2, 2)),
    ("LONDON — The Metropolitan Police arrested 41 people for fraud.", "geo", ["GB"], dt.date(2026, 2, 2)),
]

# The eight-hundred-and-twelfth and thirteenth batches of held-out articles (South Asian and Turkish wire English).
_READINGS_812 = [
    # dacoits (armed robbers) are people; "Turkish liras" are a currency after a sum; people released under judicial
    # control are "other", as those released on bail
    ("Police nabbed a gang of seven dacoits and seized 2.3 billion Turkish liras.", [(7, "arrests"), (2.3e9, "money")]),
    ("Police detained 61 suspects; 19 were released under judicial control.", [(61, "arrests"), (19, "other")]),
    ("Police detained 61 suspects. Of the suspects, 38 were remanded in custody and 19 were released under judicial "
     "control.", [(61, "arrests"), (38, "arrests"), (19, "other")]),
]
_SUBJECTS_812 = [
    # dacoity is robbery (violent crime)
    ("Police nabbed 7 dacoits in Karachi.", ["violent_crime"]),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_720, *_READINGS_721, *_READINGS_722, *_READINGS_723, *_READINGS_732, *_READINGS_734,
            *_READINGS_735, *_READINGS_741, *_READINGS_744,
            *_READINGS_752, *_READINGS_754, *_READINGS_761, *_READINGS_777,
            *_READINGS_785, *_READINGS_793, *_READINGS_794,
            *_READINGS_LATE, *_READINGS_799,
            *_READINGS_803, *_READINGS_809,
            *_READINGS_812]
FIELDS = [*_FIELDS_722, *_FIELDS_725, *_FIELDS_744, *_FIELDS_751, *_FIELDS_POUNDS, *_FIELDS_767, *_FIELDS_771, *_FIELDS_799, *_FIELDS_FCFA,
          *_FIELDS_810]
SUBJECTS = [*_SUBJECTS_723, *_SUBJECTS_729, *_SUBJECTS_731, *_SUBJECTS_737, *_SUBJECTS_752, *_SUBJECTS_761,
            *_SUBJECTS_779, *_SUBJECTS_LATE, *_SUBJECTS_812]
