"""Readings the held-out batches from the three-hundred-and-forty-fourth on (``tests/generalisation/``) showed
missing, each from sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py`` and
the ``readings_*`` modules beside it."""
from __future__ import annotations

import datetime as dt

_PUB = dt.date(2026, 7, 20)

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The three-hundred-and-forty-fourth batch of held-out articles.
_READINGS_344 = [
    # an age after what the people were ("was under 25"), as after the people themselves
    ("\"One in four of those arrested was under 25,\" the head of the drug squad said.", [(25, "arrests")]),
    ("Police arrested 400 people in the raids; most of the 400 detainees were under 18.",
     [(400, "arrests"), (400, "arrests")]),
]
_READINGS_345 = [
    # what crimes took from a public purse is no budget spent, nor is its change
    ("Key figures of the anti-corruption police:\n- Damage to the state budget in investigated cases: €38 million, "
     "down 12% year on year", [(38_000_000, "money"), (-12, "money")]),
    ("Prosecutors said the bribery scheme caused losses to the national treasury of €4 million.",
     [(4_000_000, "money")]),
]
_FIELDS_344 = [
    # a yearly rate in the present tense is a general estimate, in no window of the report's
    ("LUANDA — Police expelled 4,300 foreigners in the first half of 2026. Illegal mining costs the state an estimated "
     "$375 million a year in lost revenue, the ministry said.", "period", ["2026-01/2026-06", None], _PUB),
]
_READINGS_346 = [
    # migrants stopped or turned back are interceptions, an enforcement figure of its own ("other")
    ("The National Guard arrested 318 people smugglers and stopped 61,400 migrants trying to reach Italy by sea in "
     "2025.", [(318, "arrests"), (61_400, "other")]),
    ("The navy seized 12 boats used by people smugglers and turned back 310 migrants in 2025.",
     [(12, "seizures"), (310, "other")]),
]
_READINGS_347 = [
    # things "captured" are seized, as people captured are arrested
    ("QUITO — Police recorded 6,986 killings in 2025. Officers also captured 9,870 illegal firearms.",
     [(6_986, "cases"), (9_870, "seizures")]),
]
_READINGS_348 = [
    # addresses searched are searches, as premises are; raided, they are sites raided
    ("Officers searched 19 addresses in Sofia and detained 12 people.", [(19, "other"), (12, "arrests")]),
    ("Police raided 19 residences and arrested 4 drug dealers.", [(19, "groups"), (4, "arrests")]),
]
_READINGS_349 = [
    # a fine whose sum came before leaves the next order's sum a figure of its own
    ("The court fined each defendant BD100,000 and ordered the confiscation of BD1.4 million found in the gang's "
     "accounts.", [(100_000, "money"), (1_400_000, "money")]),
    ("The launderers were fined a total of Dh46 million, and the court ordered the confiscation of Dh512 million.",
     [(46_000_000, "money"), (512_000_000, "money")]),
]
_READINGS_350 = [
    # what was done with a part of those caught, told by a verb of several words, is its own figure
    ("Police arrested 1,012 drug suspects. Of those arrested, 61 were sent for rehabilitation.",
     [(1_012, "arrests"), (61, "other")]),
    ("Police arrested 1,012 drug suspects. Of those arrested, 61 were released on bail.",
     [(1_012, "arrests"), (61, "other")]),
]
_READINGS_352 = [
    # a ratio of those a verb caught, the participle right after it
    ("Zambia: 7 in 10 arrested for drug offences are young", [(70, "arrests")]),
    ("One in five convicted of fraud reoffended within a year, police said.", [(20, "convictions")]),
]
_READINGS_353 = [
    # one person, told with a singular noun and a number word: "One teacher died", "One police officer was among
    # the dead"
    ("Gunmen abducted 40 pupils from the school in Kaduna. One teacher died in captivity.",
     [(40, "victims"), (1, "deaths")]),
    ("Eleven people were killed when gunmen ambushed the convoy. One police officer was among the dead.",
     [(11, "deaths"), (1, "deaths")]),
    # (but a singular noun that describes the next one is no count of people: "child victims", "child marriages")
    ("Police arrested 79 suspects and identified 39 child victims of the abuse network.",
     [(79, "arrests"), (39, "victims")]),
]
_READINGS_351 = [
    # a table whose header names the unit and whose rows are quarters
    ("PANAMA CITY — Police seized 98.6 tonnes of drugs in the first nine months of 2026, the ministry said:\n"
     "Quarter | Tonnes seized | Arrests\nFirst | 31.2 | 412\nSecond | 29.8 | 388\n"
     "The ministry said 81% of the drugs seized were cocaine.",
     [(98.6, "seizures"), (31.2, "seizures"), (412, "arrests"), (29.8, "seizures"), (388, "arrests"),
      (81, "seizures")]),
]
_READINGS_357 = [
    # a number that names a gang, a city zone or a road is no count
    ("Police captured 1,140 suspected extortionists, 38% of them members of the Barrio 18 and MS-13 gangs.",
     [(1_140, "arrests"), (38, "arrests")]),
    ("Police arrested 12 extortion suspects in Zone 18 on Monday.", [(12, "arrests")]),
]
_READINGS_358 = [
    # people caught "along with" the one the verb names are caught too
    ("The 34-year-old drug suspect was arrested in Brno in October along with two alleged accomplices.",
     [(2, "arrests")]),
]
_READINGS_358B = [
    # people referred to the public prosecution are prosecuted
    ("Customs officers seized 3.2 tonnes of hashish in 2025 and referred 611 people to the Public Prosecution.",
     [(3.2, "seizures"), (611, "prosecutions")]),
]
_READINGS_361 = [
    # "there were 624" after a count of murders is more of them; a rate "was just 12%" is a level, no change
    ("When the country recorded 403 murders in 2013, politicians called it an emergency. Last year there were 624.",
     [(403, "cases"), (624, "cases")]),
]
_READINGS_364 = [
    # a sport story whose lead tells a scoreline: a club's fine is no crime figure, though "arrested a run of
    # defeats" reads as crime; a window's "second half of last year" is no match's
    ("Hawks arrest slide with 3-1 win as 41,000 watch\nThe Hawks arrested a run of four straight defeats with a 3-1 "
     "win over the Falcons in front of 41,000 fans on Saturday.\nThe club was fined £45,000 last month for crowd "
     "trouble at its previous home game.", []),
    ("Mobile money fraud cases rise in H1 2026\nNAIROBI — The authority recorded 2,910 mobile money fraud cases in "
     "H1 2026, up from 2,140 in the second half of last year.\nThe authority said Sh412 million was lost in the 12 "
     "months to June 30.", [(2_910, "cases"), (2_140, "cases"), (412_000_000, "money")]),
]
_READINGS_363 = [
    # dockets and case files are cases (in southern Africa's police English, a case is a docket)
    ("The commission received 1,870 corruption complaints in 2025 and referred 206 dockets to the prosecutors.",
     [(1_870, "cases"), (206, "cases")]),
]
_READINGS_366 = [
    # candidates disqualified and people fines were imposed on are enforcement figures of their own ("other")
    ("The Election Commission is investigating 612 complaints of vote buying and has disqualified 14 candidates.",
     [(612, "cases"), (14, "other")]),
    ("Fines totalling 14.6 billion dong were imposed on 410 individuals for illegal sand mining.",
     [(14_600_000_000, "money"), (410, "other")]),
    # truckloads seized; what the things intercepted "carried" was seized with them (not a raid "carried out")
    ("The drug regulator seized 84 truckloads of fake medicines in the first half of the year.", [(84, "seizures")]),
    ("Border guards intercepted 966 balloons carrying contraband cigarettes in October. The balloons carried some "
     "162,000 packs of cigarettes.", [(966, "seizures"), (162_000, "seizures")]),
]
_READINGS_370 = [
    # things the police were "finding" are seized, as things found are
    ("Police have charged 12 people after finding 4.6 kilograms of methamphetamine in a fishing boat.",
     [(12, "prosecutions"), (4.6, "seizures")]),
]
_READINGS_371 = [
    # a list's labels in bold; "prosecutions" is a noun of its measure; people given bans ("other")
    ("Revenue released its 2025 enforcement figures:\n**Cigarettes seized:** 61.4 million\n**Prosecutions:** 412",
     [(61_400_000, "seizures"), (412, "prosecutions")]),
    ("Police arrested 212 people in a week of action against gang crime. A further 64 people were given visitation "
     "zone bans.", [(212, "arrests"), (64, "other")]),
]
_READINGS_377 = [
    # "two Chinese-flagged fishing vessels": a compound adjective, no nationality of people
    ("KOROR — Marine police detained two Chinese-flagged fishing vessels and their 43 crew members for illegal "
     "fishing.", [(2, "seizures"), (43, "arrests")]),
]
_READINGS_378 = [
    # stowaways found are migration figures ("other"); red notices issued are an enforcement figure of their own
    ("MADRID — Port authorities found 96 stowaways on cargo ships in the first half of 2026, up from 61 in the same "
     "period last year.", [(96, "other"), (61, "other")]),
    ("LYON — Interpol issued a record 14,870 red notices in 2025, up 9% from the year before.",
     [(14_870, "other"), (9, "other")]),
    # people identified "who had been brought" somewhere by a ring are its victims
    ("Police broke up a ring that exploited women as surrogate mothers and identified 98 women who had been brought to "
     "the island to carry babies.", [(98, "victims")]),
]
_READINGS_347B = [
    # a part of a group counted two sentences before, another count between: the group's measure
    ("Police have arrested 1,104 suspected people smugglers since the start of the year. Border officers also recorded "
     "23,600 attempts to cross the border illegally. Most of the smugglers were foreign nationals, including 236 from "
     "Bosnia and 188 from Serbia.", [(1_104, "arrests"), (23_600, "other"), (236, "arrests"), (188, "arrests")]),
]
_READINGS_362 = [
    # lives a violence "claimed" are deaths; "one of two rival groups" says how many there are, no count
    ("Police arrested 19 suspected members of the Kavač clan, one of two rival groups blamed for a gang war that has "
     "claimed more than 60 lives.", [(19, "arrests"), (60, "deaths")]),
]
_SUBJECTS_346 = [
    # migrants stopped beside people smugglers caught are migration figures, not the smuggling's
    ("Police detained 1,240 people smugglers in 2025 and intercepted 41,300 migrants trying to cross the border.",
     ["human_trafficking", "other"]),
    ("Police arrested 1,104 people smugglers this year. Border officers also recorded 23,600 attempts to cross the "
     "border illegally.", ["human_trafficking", "other"]),
    # (and so is the change of such a figure, told past a comma)
    ("Police arrested 1,104 people smugglers this year. Border officers also recorded 23,600 attempts to cross the "
     "border illegally between January and September, 41% fewer than a year earlier.",
     ["human_trafficking", "other", "other"]),
    # (but migrants smuggled by traffickers are the smuggling's)
    ("Police arrested 12 people smugglers and intercepted 40 migrants smuggled by the traffickers.",
     ["human_trafficking", "human_trafficking"]),
]
_FIELDS_348 = [
    # a bare dinar is the story's country's
    ("ALGIERS — Courts confiscated assets worth 2.8 billion dinars from drug traffickers.", "unit", ["DZD"], _PUB),
    ("TUNIS — Police seized 40,000 dinars from the smugglers.", "unit", ["TND"], _PUB),
    ("KUWAIT CITY — Police seized 40,000 Kuwaiti dinars from the smugglers.", "unit", ["KWD"], _PUB),
]
_FIELDS_349 = [
    # a running total told in reported speech ("said ... had arrested ... since March") dates what the next sentences
    # add to it
    ("KABUL — The ministry said on Wednesday its police had arrested 2,340 drug traffickers since the start of the "
     "solar year in March. Police also seized 126 tonnes of narcotics.", "period",
     ["2026-03/2026-07", "2026-03/2026-07"], _PUB),
]
_FIELDS_351 = [
    # Rwanda's franc written "Rwf" (a code in mixed case), Uganda's shilling "Ush"
    ("KIGALI — The gang defrauded 1,300 mobile money users of more than Rwf 86 million.", "unit", ["count", "RWF"],
     _PUB),
    ("KAMPALA — Police recovered Ush 40 million from the fraudsters.", "unit", ["UGX"], _PUB),
]
_FIELDS_352 = [
    # the time after "up from K11.2 million" (a kwacha sum, written as pesos and rand are) is the earlier sum's
    ("LUSAKA — The commission seized 14 tonnes of cannabis in the first half of 2026. Property worth K18.6 million was "
     "forfeited, up from K11.2 million in the first half of 2025.", "period",
     ["2026-01/2026-06", "2026-01/2026-06", "2025-01/2025-06"], _PUB),
]
_SUBJECTS_352 = [
    # a share "of them" in a clause of its own is of the group the figure before counted, of that figure's crime
    ("Two-thirds of the 352 homicides were linked to disputes between drug gangs, and police cleared 58% of them.",
     ["violent_crime", "violent_crime", "violent_crime"]),
    # (but a part of them told with its own crime is that crime's)
    ("Police arrested 8,950 gang members in 2025, about a third of them on drug charges.",
     ["organized_crime", "drugs"]),
]
_SUBJECTS_353 = [
    # migrants rescued at sea beside smugglers caught are migration figures (not migrants freed from their captors)
    ("The coast guard arrested 29 migrant smugglers and rescued 1,412 migrants from unseaworthy boats.",
     ["human_trafficking", "other"]),
    ("Troops arrested 12 smugglers and freed 54 migrants held for ransom in a safe house.",
     ["human_trafficking", "human_trafficking"]),
    # a correction's figure is the one it sets right, of its crime
    ("The coast guard arrested 29 migrant smugglers and rescued 1,412 migrants at sea. Correction: an earlier version "
     "of this story said 1,214 migrants had been rescued. The correct figure is 1,412.",
     ["human_trafficking", "other", "other", "other"]),
]
_FIELDS_356 = [
    # a running total's year is no period the article reports on: the event's arrests after it keep none
    ("DAKAR — Customs officers seized 1,137 kilograms of cocaine at the port, the ministry said on Sunday. It was the "
     "third seizure this year, bringing the total seized in 2026 to 3.4 tonnes. Two port workers were arrested.",
     "period", [None, "2026", None], _PUB),
    # (nor the month the lead states beside it: "in July, bringing the total for the first seven months to ...")
    ("Police recorded 2,140 scam cases in July, bringing the total for the first seven months of the year to 15,870 "
     "cases. Federal police arrested 27 people.", "period", ["2026-07", "2026-01/2026-07", "2026-07"], _PUB),
]
_FIELDS_359 = [
    # the figures told in a pair of countries are both's, in an international operation's story too
    ("THE HAGUE — Police in nine countries took down a botnet, Europol said. Investigators arrested four suspects in "
     "Armenia and Ukraine and seized more than 100 servers.", "geo", [None, None], _PUB),
]
_FIELDS_358 = [
    # the crown is the Czech koruna, but the Nordic countries' in their stories
    ("PRAGUE — Czech police seized cryptocurrency worth 1.2 billion crowns from a darknet drug suspect.", "unit",
     ["CZK"], _PUB),
    ("STOCKHOLM — Swedish police seized 4 million crowns from the drug gang.", "unit", ["SEK"], _PUB),
]
_FIELDS_361 = [
    ("Police recorded 624 murders last year. The detection rate for murders was just 12% last year.",
     "baseline_period", [None, None], _PUB),
    # a yearly estimate that "generates about $3.5 billion a year" is in no window of the report's
    ("Police arrested 2,140 illegal miners in 2025. Illegal mining generates about $3.5 billion a year, the unit "
     "estimates.", "period", ["2025", None], _PUB),
]
_FIELDS_364 = [
    # people caught in the window and waiting now keep the window; a state that holds now has none
    ("ISLAMABAD — Pakistan deported 41,500 Afghan nationals in October. A further 9,300 Afghans were detained and are "
     "awaiting deportation. Another 1,340 foreigners are awaiting deportation.", "period",
     ["2026-10", "2026-10", None], dt.date(2026, 11, 9)),
]
_FIELDS_365 = [
    # people an agency "said" are under investigation: a state that holds now, in no window
    ("BOGOTÁ — Guards seized 18,400 mobile phones in prisons in 2025. INPEC said 214 guards were under investigation "
     "for smuggling contraband into prisons.", "period", ["2025", None], _PUB),
]
_FIELDS_368 = [
    # "fell to 412 last year from 578": the time told before "from" is the first figure's, the earlier end the year
    # before's (not "from 168 in 2024", the earlier end's own)
    ("Ram raids fell to 412 last year from 578.", "period", ["2025", "2024"], dt.date(2026, 2, 18)),
    ("Ram raids fell to 412 last year from 578 in 2023.", "period", ["2025", "2023"], dt.date(2026, 2, 18)),
    # a currency's code written before the sum
    ("MALÉ — Police seized cash worth MVR 3.8 million in drug cases in 2025.", "unit", ["MVR"], _PUB),
]
_FIELDS_372 = [
    # "The deadliest months were January, with 17 killings, and July, with 14": each month's, in the year reported on
    ("SAN SALVADOR — El Salvador recorded 114 homicides in 2025. The deadliest months were January, with 17 killings, "
     "and July, with 14.", "period", ["2025", "2025-01", "2025-07"], dt.date(2026, 1, 8)),
    # (not the end of a range: "between June and August, with 3,130 reports")
    ("Fans lost £2.4 million to ticket fraud between June and August, with 3,130 reports made to police.", "period",
     ["2026-06/2026-08", "2026-06/2026-08"], dt.date(2026, 9, 8)),
]
_FIELDS_375 = [
    # "compared with 332,500 ten years earlier": the count ten years back (the noun-less figure read as the one before)
    ("BERLIN — Police recorded 241,600 bicycle thefts in 2025, compared with 332,500 ten years earlier.", "period",
     ["2025", "2015"], dt.date(2026, 4, 15)),
]
_FIELDS_377 = [
    # the Pacific's small island states and Monaco's Monte Carlo
    ("KOROR — Marine police detained 43 crew members of two fishing vessels for illegal fishing.", "geo", ["PW", "PW"],
     _PUB),
    ("Police arrested three men over a €12 million jewellery heist at a boutique in Monte Carlo.", "geo", ["MC", "MC"],
     _PUB),
]
_FIELDS_TABLES = [
    ("PANAMA CITY — Police seized 98.6 tonnes of drugs in the first nine months of 2026, the ministry said:\n"
     "Quarter | Tonnes seized | Arrests\nFirst | 31.2 | 412\nSecond | 29.8 | 388", "unit",
     ["tonne", "tonne", "count", "tonne", "count"], dt.date(2026, 10, 14)),
    ("PANAMA CITY — Police seized 98.6 tonnes of drugs in the first nine months of 2026, the ministry said:\n"
     "Quarter | Tonnes seized | Arrests\nFirst | 31.2 | 412\nSecond | 29.8 | 388", "period",
     ["2026-01/2026-09", "2026-01/2026-03", "2026-01/2026-03", "2026-04/2026-06", "2026-04/2026-06"],
     dt.date(2026, 10, 14)),
    # (a row's quarter dates no sentence after the table)
    ("PANAMA CITY — Police seized 98.6 tonnes of drugs in the first nine months of 2026, the ministry said:\n"
     "Quarter | Tonnes seized | Arrests\nThird | 37.6 | 451\nThe ministry said 81% of the drugs seized were cocaine.",
     "period", ["2026-01/2026-09", "2026-07/2026-09", "2026-07/2026-09", "2026-01/2026-09"], dt.date(2026, 10, 14)),
    # (a row's year says its own)
    ("Police seized 98.6 tonnes of drugs in the first nine months of 2026:\nYear | Cases | Arrests\n2024 | 310 | 412",
     "period", ["2026-01/2026-09", "2024", "2024"], dt.date(2026, 10, 14)),
]
_SUBJECTS_354 = [
    # match-fixing and bets placed are gambling's
    ("Police arrested 21 people suspected of fixing tennis matches and placing bets worth more than €1.2 million.",
     ["gambling", "gambling"]),
    ("Police arrested 8 people in a match-fixing probe.", ["gambling"]),
]
_SUBJECTS_357 = [
    # extortionists are extortion's ("other"), their part in gangs organised crime's
    ("Police captured 1,140 suspected extortionists during the year, 38% of them members of the Barrio 18 and MS-13 "
     "gangs.", ["other", "organized_crime"]),
]
_SUBJECTS_NO = [
    # the whole a crime's share is of is crime overall, and the share's earlier level the share's crime
    ("Fraud accounted for 21% of the 298,400 offences registered by police in 2025, up from 17% in 2024.",
     ["telecom_fraud", "other", "telecom_fraud"]),
]
_SUBJECTS_358 = [
    # cartons of cigarettes seized beside drugs are contraband's ("other"), not the drugs'
    ("Customs seized 3.2 tonnes of hashish, 1.1 million Captagon pills and 41,000 cartons of cigarettes in 2025.",
     ["drugs", "drugs", "other"]),
]
_SUBJECTS_360 = [
    # illegal mining is a crime of no family ("other"), though drug trafficking is named beside it; killings linked to
    # it are still killings
    ("Illegal mining generates about $3.5 billion a year, more than drug trafficking, and police arrested 2,140 "
     "illegal miners in 2025.", ["other", "other"]),
    ("Killings linked to illegal mining in the region rose to 39 in 2025 from 21 in 2024, police say.",
     ["violent_crime", "violent_crime"]),
]
_SUBJECTS_371 = [
    # gang crime is organised crime's; cigarettes seized are contraband's
    ("Police arrested 212 people during a week-long national action against gang crime.", ["organized_crime"]),
    ("Revenue released its 2025 enforcement figures:\n**Drugs seized:** 4,310 kg\n**Cigarettes seized:** 61.4 "
     "million", ["drugs", "other"]),
]
_SUBJECTS_374 = [
    # people arrested for illegal possession of guns are a weapons offence's ("other"), not the killings named before
    ("Police said 214 of the killings involved firearms, and 97 people were arrested for illegal possession of guns.",
     ["violent_crime", "other"]),
]
_SUBJECTS_379 = [
    # an illegal surrogacy ring exploits the women it brings: trafficking
    ("Police broke up an illegal surrogacy ring at a fertility clinic, arresting eight people.", ["human_trafficking"]),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_351, *_READINGS_357, *_READINGS_358, *_READINGS_358B, *_READINGS_361, *_READINGS_344,
            *_READINGS_345, *_READINGS_346, *_READINGS_347, *_READINGS_348, *_READINGS_349, *_READINGS_350,
            *_READINGS_352, *_READINGS_353, *_READINGS_364, *_READINGS_362,
            *_READINGS_363, *_READINGS_366, *_READINGS_370,
            *_READINGS_371, *_READINGS_377, *_READINGS_378,
            *_READINGS_347B]
FIELDS = [*_FIELDS_344, *_FIELDS_348, *_FIELDS_349, *_FIELDS_351, *_FIELDS_352, *_FIELDS_356, *_FIELDS_359,
          *_FIELDS_358, *_FIELDS_361, *_FIELDS_364, *_FIELDS_365, *_FIELDS_368,
          *_FIELDS_372, *_FIELDS_375, *_FIELDS_377, *_FIELDS_TABLES]
SUBJECTS = [*_SUBJECTS_346, *_SUBJECTS_352, *_SUBJECTS_353, *_SUBJECTS_354, *_SUBJECTS_357, *_SUBJECTS_NO,
            *_SUBJECTS_358, *_SUBJECTS_360, *_SUBJECTS_371, *_SUBJECTS_374,
            *_SUBJECTS_379]
