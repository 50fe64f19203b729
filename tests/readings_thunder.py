"""Readings the held-out batches from the four-hundred-and-fiftieth on (``tests/generalisation/``) showed missing,
each from sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py`` and the
``readings_*`` modules beside it."""
from __future__ import annotations

import datetime as dt

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The four-hundred-and-fifty-first batch of held-out articles.
_READINGS_451 = [
    # a part "of the migrants" is a migration figure, whatever was counted before it
    ("Border police intercepted 860 migrants near the coast in 2026 and arrested 14 smugglers. Of the migrants, 95 "
     "were minors.", [(860, "other"), (14, "arrests"), (95, "other")]),
    # a part "of which" a sum tells, with no currency of its own, is a sum in the currency before
    ("Victims of online fraud reported losses of 3.2 billion naira in 2025, of which 410 million was recovered.",
     [(3_200_000_000, "money"), (410_000_000, "money")]),
]
_FIELDS_451 = [
    # where migrants were smuggled towards is no figure's place
    ("Police intercepted 420 migrants being smuggled towards Libya in 2026.", "geo", [None], dt.date(2026, 11, 6)),
]
_SUBJECTS_451 = [
    # smugglers of migrants "being smuggled" are the smuggling's; the migrants are a migration figure
    ("Police intercepted 420 migrants being smuggled across the border in 2026 and arrested 31 smugglers.",
     ["other", "human_trafficking"]),
    # Ivory Coast is a country, no ivory
    ("The cybercrime unit of Ivory Coast received 5,120 complaints in 2025.", ["cybercrime"]),
    # goods sold online that never come are scams
    ("Police received 2,400 reports of hacking in 2025.\nAbout 41% of the reports concerned fake sales on social media.",
     ["cybercrime", "telecom_fraud"]),
]

# The four-hundred-and-fifty-second batch of held-out articles.
_READINGS_452 = [
    # people cases "involve" (present tense), and the part of them "among them"
    ("The bribery cases involve 240 people, among them 9 senior officials.", [(240, "suspects"), (9, "suspects")]),
    # a part "of them" of cases sent to prosecutors counts cases (GUIDE.md: cases prosecuted count cases)
    ("The agency opened 318 graft cases in 2025 and sent 140 of them to prosecutors.", [(318, "cases"), (140, "cases")]),
    ("Police arrested 318 graft suspects in 2025 and sent 140 of them to prosecutors.",
     [(318, "arrests"), (140, "prosecutions")]),
]
_SUBJECTS_452 = [
    # the crime named after an agency's body ("Authority Against Corruption") is the crime its figures are of
    ("The Independent Authority Against Corruption opened 318 criminal cases in 2025.", ["corruption"]),
]

# The four-hundred-and-fifty-third batch of held-out articles.
_READINGS_453 = [
    # people stopped while trying to smuggle are caught at it (people stopped crossing a border stay a migration figure)
    ("Customs officers stopped 26 people trying to smuggle heroin through the airport in 2025, and border guards "
     "stopped 3,100 people trying to cross the border illegally.", [(26, "arrests"), (3_100, "other")]),
]

# The four-hundred-and-fifty-fourth batch of held-out articles.
_READINGS_454 = [
    # a table's column whose header gives a unit in brackets holds weights seized
    ("Drug seizures in 2026 by province:\nProvince | Heroin (kg) | Arrests\nNorth | 84.5 | 31\nSouth | 12 | 9",
     [(84.5, "seizures"), (31, "arrests"), (12, "seizures"), (9, "arrests")]),
]
_SUBJECTS_454 = [
    # the commonest kind of a total, told in an aside, is no crime of the total's
    ("The cybercrime unit's figures for 2025\nThe unit handled 2,870 reports in 2025, with romance scams the most "
     "common complaint.", ["cybercrime"]),
]

# The four-hundred-and-fifty-eighth batch of held-out articles.
_READINGS_458 = [
    # "convicted defendants in 91% of the cases": a conviction rate, as a detection rate is
    ("Courts convicted defendants in 87% of the fraud cases they decided in 2025.", [(87, "other")]),
    # the next part "of which" a total of cases tells, joined by "and" with a verb of its own, is cases
    ("Prosecutors filed 640 cases in 2025, of which 210 were theft cases and 75 involved bribery.",
     [(640, "cases"), (210, "cases"), (75, "cases")]),
]
_SUBJECTS_458 = [
    # a bare "trafficking" at a sentence's end, in a story of drug seizures, is the drug trade's
    ("Police seize 3 tonnes of cannabis\nPolice seized 3 tonnes of cannabis in 2025 and arrested 120 people for "
     "cultivation and trafficking.", ["drugs", "drugs", "drugs"]),
]

# The four-hundred-and-fifty-ninth batch of held-out articles.
_READINGS_459 = [
    # the next part of "N of the cases" told after "and" by what it came to is cases
    ("The police registered 930 cases of assault in 2025. Prosecutors took 260 of the cases to court, and 140 ended in "
     "convictions.", [(930, "cases"), (260, "cases"), (140, "cases")]),
]

# The four-hundred-and-sixtieth batch of held-out articles.
_READINGS_460 = [
    # livestock counted by the head, stolen or not
    ("Police recovered 870 head of stolen cattle in 2025.", [(870, "seizures")]),
]
_FIELDS_460 = [
    # what someone "pays" a year is a yearly estimate, no window of the report's
    ("Police arrested 310 people for extortion in 2025.\nShopkeepers pay gangs about 400 million pesos a year, the "
     "chamber of commerce estimates.", "period", ["2025", None], dt.date(2026, 2, 1)),
]

# The four-hundred-and-sixty-second batch of held-out articles.
_READINGS_462 = [
    # exporters and importers "were fined" as firms are ("other")
    ("Customs charged nine people with smuggling timber in 2025, and three importers were fined a total of $120,000.",
     [(9, "prosecutions"), (3, "other"), (120_000, "money")]),
]
_SUBJECTS_462 = [
    # children forced to beg are trafficking's victims
    ("Police rescued 140 children forced to beg in the capital in 2026.", ["human_trafficking"]),
]

# The four-hundred-and-sixty-third batch of held-out articles.
_READINGS_463 = [
    # fines that owners "paid" are penalties imposed, no wages
    ("The coast guard seized four trawlers in 2025, and their owners paid fines totalling $2.3 million.",
     [(4, "seizures"), (2_300_000, "money")]),
]

# The four-hundred-and-sixty-fourth batch of held-out articles.
_READINGS_464 = [
    # a sum "an hour" is a wage, no crime's sum
    ("Police freed 31 workers who were forced to work on farms for 3 euros an hour, and seized 80,000 euros in 2026.",
     [(31, "rescued"), (80_000, "money")]),
]

# The four-hundred-and-sixty-fifth batch of held-out articles.
_READINGS_465 = [
    # a bare count set "against" the count before is that count's, whatever noun the sentence opens with
    ("Robbers blew up 52 cash machines in 2025, against 70 in 2024, police said.", [(52, "cases"), (70, "cases")]),
]

# The four-hundred-and-sixty-sixth batch of held-out articles.
_READINGS_466 = [
    # manats are Azerbaijan's money
    ("Police returned 2.1 million manats to fraud victims in 2025.", [(2_100_000, "money")]),
]
_FIELDS_466 = [
    # the year of an earlier record a seizure beat is no span the article reports on
    ("Police seize 1.4 tonnes of cocaine at port\nPolice seized 1,400 kilograms of cocaine hidden in a container of "
     "sugar at the port.\nThe haul, found on May 6, was the largest on record, exceeding the 900 kilograms seized in "
     "2021.", "period", ["2026-05", "2026-05", "2021"], dt.date(2026, 5, 9)),
]

# The four-hundred-and-sixty-seventh batch of held-out articles.
_READINGS_467 = [
    # gendarmes are serving people, a part of the people killed "including" them
    ("Nine people, including three gendarmes, were killed in gang attacks in 2025.", [(9, "deaths"), (3, "deaths")]),
]
_FIELDS_467 = [
    # people a source said "were still being held" are held now, no window of the report's
    ("Police arrested 640 rioters in 2025.\nThe ministry said 52 people were still being held in pre-trial detention.",
     "period", ["2025", None], dt.date(2026, 2, 1)),
]

# The four-hundred-and-sixty-ninth batch of held-out articles.
_READINGS_469 = [
    # a part of those arrested sent to a court is prosecuted; files referred to the public prosecutor are cases
    ("Police arrested 900 gang members in 2026. Of those arrested, 240 have been sent to military courts.",
     [(900, "arrests"), (240, "prosecutions")]),
    ("The commission arrested 40 people in 2025 and referred 22 files to the Director of Public Prosecutions.",
     [(40, "arrests"), (22, "cases")]),
]

# The four-hundred-and-seventieth batch of held-out articles.
_READINGS_470 = [
    # individuals debarred are barred; matters referred to a prosecuting authority are cases; tip-offs are "other"
    ("The regulator debarred 41 individuals for fraud in 2025 and referred 7 matters of suspected market abuse to the "
     "National Prosecuting Authority.", [(41, "other"), (7, "cases")]),
    ("Police arrested 30 burglary suspects in March 2026 and thanked the public for the 90 tip-offs they received.",
     [(30, "arrests"), (90, "other")]),
]

# The four-hundred-and-seventy-first batch of held-out articles.
_FIELDS_471 = [
    # "since X began on <a day of this month>": this month so far
    ("Police said 211 people had been arrested for looting since the protests began on October 2.", "period",
     ["2026-10"], dt.date(2026, 10, 17)),
]

# The four-hundred-and-seventy-second batch of held-out articles.
_READINGS_472 = [
    # a second share with its verb left out ("and those impersonating banks 22%") is a share of the same group
    ("Police received 9,100 fraud reports in 2025. Messages posing as couriers made up 41% of the reports, and those "
     "posing as tax officials 17%.", [(9_100, "cases"), (41, "cases"), (17, "cases")]),
]

# The four-hundred-and-seventy-third batch of held-out articles.
_FIELDS_473 = [
    # the West Bank, Gaza and Palestinian forces are the Palestinian territories'
    ("Palestinian police seized 90,000 narcotic pills in the West Bank in 2025.", "geo", ["PS"], dt.date(2026, 1, 9)),
]

# The four-hundred-and-seventy-fourth batch of held-out articles.
_READINGS_474 = [
    # venues raided are groups; people "reported for" offences are suspects, and the count compared with them too;
    # firms penalties were imposed "on" are firms penalised ("other")
    ("Police raided 31 illegal gambling venues in 2025. A total of 88 people were reported for gambling offences, "
     "compared with 60 in 2024.", [(31, "groups"), (88, "suspects"), (60, "suspects")]),
    ("The unit imposed penalties of 1.4 million euros on 12 firms for money laundering breaches in 2025.",
     [(1_400_000, "money"), (12, "other")]),
]

# The four-hundred-and-seventy-fifth batch of held-out articles.
_READINGS_475 = [
    # a sentence opening with victims is a share of the victims, though people convicted were counted before
    ("Police identified 140 victims of human trafficking in 2025. Courts convicted 12 traffickers.\nVictims from "
     "abroad made up more than half of the total.", [(140, "victims"), (12, "convictions"), (50, "victims")]),
]

# The four-hundred-and-seventy-sixth batch of held-out articles.
_FIELDS_476 = [
    # a quarter named by its last month ("the June quarter"), and the quarter before it as a change's baseline
    ("Police recorded 3,100 burglaries in the June quarter, down 6% from the March quarter.", "period",
     ["2026-04/2026-06", "2026-04/2026-06"], dt.date(2026, 7, 20)),
    ("Police recorded 3,100 burglaries in the June quarter, down 6% from the March quarter.", "baseline_period",
     [None, "2026-01/2026-03"], dt.date(2026, 7, 20)),
]

# The four-hundred-and-seventy-seventh batch of held-out articles.
_READINGS_477 = [
    # irregular entries into a country are a migration count ("other")
    ("Border police recorded 2,600 irregular entries into the country in the first half of 2026 and arrested 40 "
     "migrant smugglers.", [(2_600, "other"), (40, "arrests")]),
]

# The four-hundred-and-seventy-eighth batch of held-out articles.
_READINGS_478 = [
    # illegal exchangers shut are shut, as pyramid schemes are ("other"); a court-ordered forfeiture is enforcement's;
    # "P" is the pula in a Botswanan story
    ("Regulators shut down 40 illegal cryptocurrency exchangers in 2025.", [(40, "other")]),
]
_FIELDS_478 = [
    ("GABORONE — Courts ordered the forfeiture of assets worth P12 million in corruption cases in 2025.", "unit",
     ["BWP"], dt.date(2026, 2, 1)),
]
_SUBJECTS_478 = [
    ("Regulators shut down 40 illegal cryptocurrency exchangers in 2025.", ["money_laundering"]),
]

# The four-hundred-and-seventy-ninth batch of held-out articles.
_READINGS_479 = [
    # vehicles set on fire are arsons, one a vehicle ("cases"), whether the act is told before or after them
    ("Police arrested 90 people on New Year's Eve 2025 as rioters torched 210 cars, and 140 vehicles were set alight "
     "in the suburbs.", [(90, "arrests"), (210, "cases"), (140, "cases")]),
]
_FIELDS_479 = [
    # "Shs" is the shilling of the story's country
    ("KAMPALA — The court convicted four men of defrauding mobile money customers of Shs 900 million in 2025.",
     "unit", ["count", "UGX"], dt.date(2026, 3, 2)),
]

# The four-hundred-and-eightieth batch of held-out articles.
_READINGS_480 = [
    # people "booked into detention" are taken into custody (arrests), no charge told
    ("WASHINGTON — ICE booked 250,000 people into detention in fiscal 2026.", [(250_000, "arrests")]),
]
_FIELDS_480 = [
    # "fiscal 2026" in a US story is the federal fiscal year to September, and "in fiscal 2025" is the figure's own
    ("WASHINGTON — ICE booked 250,000 people into detention in fiscal 2026, up from 230,000 in fiscal 2025.", "period",
     ["2025-10/2026-09", "2024-10/2025-09"], dt.date(2026, 10, 9)),
]

# The four-hundred-and-eighty-first batch of held-out articles.
_FIELDS_481 = [
    # North America is a region, no United States
    ("COTONOU — Police arrested 300 online scammers in 2025. Victims in Europe and North America lost 2 billion CFA "
     "francs.", "geo", ["BJ", "BJ"], dt.date(2026, 1, 20)),
]
_SUBJECTS_481 = [
    # the crime an agency's body is "for the Repression of" is left out with its name; a part of a count in apposition
    # (", 219 of them children") is of the count's kind
    ("The Central Office for the Repression of Cybercrime arrested 300 people suspected of online scams in 2025.",
     ["telecom_fraud"]),
    ("Police arrested 30 people smugglers in 2026.\nPolice said 4,100 migrants had been intercepted in the desert in "
     "2026, 160 of them children.", ["human_trafficking", "other", "other"]),
]

# The four-hundred-and-eighty-third batch of held-out articles.
_READINGS_483 = [
    # the earlier end of a comparison in brackets ("(against 7 in the same period of 2025)") counts what the figure does
    ("Troops seized 9 drug planes in the first half of 2026 (against 5 in the same period of 2025).",
     [(9, "seizures"), (5, "seizures")]),
]

# The four-hundred-and-eighty-fifth batch of held-out articles.
_SUBJECTS_485 = [
    # cyber security incidents are cyber crime's; "phishing attacks" are phishing's, no violent attacks
    ("CERT teams handled 410,000 cyber security incidents in 2025.\nPhishing attacks made up about 12% of the "
     "incidents.", ["cybercrime", "telecom_fraud"]),
]
_FIELDS_485 = [
    # the next share named after "and" ("and website defacements 3%") is a share too, no change with a baseline
    ("CERT teams handled 410,000 cyber incidents in 2025. Phishing made up 12% of the incidents, and website "
     "defacements 4%.", "baseline_period", [None, None, None], dt.date(2026, 2, 1)),
]

# The four-hundred-and-eighty-sixth batch of held-out articles.
_READINGS_486 = [
    # the people whose data leaked ("20 million citizens' data") are its victims; pieces of content blocked are "other"
    ("Police arrested 4 hackers over the leak of 9 million citizens' data in 2026.",
     [(4, "arrests"), (9_000_000, "victims")]),
    ("The ministry blocked 640,000 pieces of online gambling content in 2026.", [(640_000, "other")]),
]

# The four-hundred-and-eighty-eighth batch of held-out articles.
_READINGS_488 = [
    # "the detention of N" is an arrest, the first of the count's two verbs (GUIDE.md), though they "will be handed over"
    ("The raids on scam compounds in 2026 led to the detention of 830 foreigners, who will be handed over to their home "
     "countries.", [(830, "arrests")]),
]

# The four-hundred-and-eighty-ninth batch of held-out articles.
_READINGS_489 = [
    # "complied in 97 percent of cases": a rate of compliance ("other")
    ("Police asked platforms to remove 90,000 scam adverts in 2026, and platforms complied in 95 percent of cases.",
     [(90_000, "other"), (95, "other")]),
]

# The four-hundred-and-ninetieth batch of held-out articles.
_SUBJECTS_490 = [
    # SIM boxes reroute international calls: a telco's fraud, though a cybercrime unit acts
    ("The cybercrime unit seized 9 SIM boxes in raids in 2026.", ["telecom_fraud"]),
]

# The four-hundred-and-ninety-first batch of held-out articles.
_FIELDS_491 = [
    # the Easter long weekend is the month of that Easter
    ("Police charged 240 drivers with drink driving over the Easter long weekend.", "period", ["2026-04"],
     dt.date(2026, 4, 8)),
    ("Police charged 240 drivers with drink driving over the Easter long weekend.", "period", ["2025-04"],
     dt.date(2025, 4, 23)),
]

# The four-hundred-and-ninety-fourth batch of held-out articles.
_READINGS_494 = [
    # Telegram channels shut down are "other", as websites taken down are
    ("Police shut down 31 Telegram channels advertising drugs in 2025.", [(31, "other")]),
]

# The four-hundred-and-ninety-fifth batch of held-out articles.
_READINGS_495 = [
    # voters are people; people money was taken "from" are victims, though the
    # takers are "suspected"; a running total "since" a month is no baseline
    ("Police identified 9,000 voters who sold their votes in 2025.", [(9_000, "suspects")]),
    ("The gang is suspected of taking 12 million dinars from 700 people in scams since March 2025.",
     [(12_000_000, "money"), (700, "victims")]),
]
_FIELDS_495 = [
    ("The gang is suspected of taking 12 million dinars from 700 people in scams since March 2025.", "period",
     ["2025-03/2026-02", "2025-03/2026-02"], dt.date(2026, 2, 9)),
]
_SUBJECTS_495 = [
    # messages "posing as" banks are a scam's
    ("Police arrested 9 people in 2026 for sending text messages posing as banks.", ["telecom_fraud"]),
]

# The four-hundred-and-ninety-sixth batch of held-out articles.
_READINGS_496 = [
    # the bodies of people are the dead; smugglers of migrants and migrants dead at sea are the smuggling's
    ("Police intercepted 20 boats carrying 900 migrants in 2025 and arrested 31 suspected smugglers. The bodies of 77 "
     "migrants were recovered from the sea.", [(20, "seizures"), (900, "other"), (31, "arrests"), (77, "deaths")]),
]
_SUBJECTS_496 = [
    ("Police intercepted 20 boats carrying 900 migrants in 2025 and arrested 31 suspected smugglers. The bodies of 77 "
     "migrants were recovered from the sea.", ["other", "other", "human_trafficking", "human_trafficking"]),
]

# The four-hundred-and-ninety-seventh batch of held-out articles.
_READINGS_497 = [
    # "F$" is Fiji's dollar
    ("SUVA — Officials were charged over contracts worth F$2.6 million in corruption cases in 2025.",
     [(2_600_000, "money")]),
]

# The four-hundred-and-ninety-eighth batch of held-out articles.
_READINGS_498 = [
    # a table column headed by what was done to its counts ("Reported", "Charged")
    ("Crime figures for the first half of 2026:\nOffence | Reported | Charged\nBurglary | 210 | 64\nAssault | 180 | 90",
     [(210, "cases"), (64, "prosecutions"), (180, "cases"), (90, "prosecutions")]),
]

# The four-hundred-and-ninety-ninth batch of held-out articles.
_READINGS_499 = [
    # houses burned are arsons ("cases"), as vehicles burned are
    ("Police arrested 30 people after gang attacks in 2026, in which more than 200 houses were burned.",
     [(30, "arrests"), (200, "cases")]),
]
_FIELDS_499 = [
    # Kiribati pays in Australian dollars
    ("TARAWA — Kiribati fined the owners of foreign fishing boats a total of $900,000 for illegal fishing in 2026.",
     "unit", ["AUD"], dt.date(2026, 9, 18)),
]

# The five-hundred-and-second batch of held-out articles.
_READINGS_502 = [
    # interceptions are "other" enforcement figures, as interdictions are; the count compared with them too
    ("Customs made 130 interceptions of containers carrying fake goods in 2025, up from 96 a year earlier.",
     [(130, "other"), (96, "other")]),
]

# The five-hundred-and-third batch of held-out articles.
_READINGS_503 = [
    # what a lab was "capable of making" was never seized
    ("Police dismantled a fentanyl lab in 2025 capable of making 40 million doses, and seized 90 kilograms of fentanyl.",
     [(90, "seizures")]),
]

# The five-hundred-and-fourth batch of held-out articles.
_READINGS_504 = [
    # motorbikes are things seized; "the amount seized" is the quantity seized, no sum
    ("Police arrested 40 robbers in 2026 and seized 22 motorbikes.", [(40, "arrests"), (22, "seizures")]),
    ("Customs seized 200 kilograms of drugs in parcels in 2026. The amount seized was up 18% from a year earlier.",
     [(200, "seizures"), (18, "seizures")]),
]

# The five-hundred-and-fifth batch of held-out articles.
_READINGS_505 = [
    # a sum's share "of public spending" is the state's size, no crime figure
    ("Corruption cost the state 9 billion soles in 2025, equal to 6% of public spending.", [(9_000_000_000, "money")]),
]

# The five-hundred-and-sixth batch of held-out articles.
_SUBJECTS_506 = [
    # rebels killed in clashes with the forces take the crackdown's crime, as suspects killed in encounters do
    ("Troops destroyed 30 cocaine labs in 2026.\nNine members of the rebel group were killed in clashes with troops.",
     ["drugs", "drugs"]),
]

# The five-hundred-and-seventh batch of held-out articles.
_READINGS_507 = [
    # guns "brought in" or "turned in" to an amnesty are seizures
    ("A firearms amnesty in 2026 brought in 240 illegal guns and 5,000 rounds of ammunition.",
     [(240, "seizures"), (5_000, "seizures")]),
]

# The five-hundred-and-eighth batch of held-out articles.
_READINGS_508 = [
    # LSD blots are things seized; drugs seized that were "sold through darknet markets" are still seized
    ("Police seized 9,000 LSD blots and 12 kg of MDMA sold through darknet markets in 2025.",
     [(9_000, "seizures"), (12, "seizures")]),
]
_SUBJECTS_508 = [
    # people organising illegal migration are its smugglers; attempts to leave the country are a migration count
    ("Police arrested 40 people for organising illegal migration in 2026 and foiled 9 attempts to leave the country "
     "by boat.", ["human_trafficking", "other"]),
]

# The five-hundred-and-ninth batch of held-out articles.
_SUBJECTS_509 = [
    # a total whose part is told "of which N concerned" a crime is crime overall
    ("Investigators handled 900 criminal investigations in 2025, of which 310 concerned money laundering.",
     ["other", "money_laundering"]),
]

# The five-hundred-and-fourteenth batch of held-out articles.
_FIELDS_514 = [
    # the year of an earlier record named before a figure dates none of the figures after it
    ("Customs seized 1.2 tonnes of cocaine in 2025, more than the previous record set in 2022, and 500 kilograms of "
     "methamphetamine.", "period", ["2025", "2025"], dt.date(2026, 2, 10)),
]


# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_451, *_READINGS_452, *_READINGS_453, *_READINGS_454, *_READINGS_458, *_READINGS_459,
            *_READINGS_460, *_READINGS_462, *_READINGS_463, *_READINGS_464, *_READINGS_465, *_READINGS_466,
            *_READINGS_467, *_READINGS_469, *_READINGS_470, *_READINGS_472, *_READINGS_474, *_READINGS_475,
            *_READINGS_477, *_READINGS_478, *_READINGS_479, *_READINGS_480, *_READINGS_483, *_READINGS_486,
            *_READINGS_488, *_READINGS_489, *_READINGS_494, *_READINGS_495, *_READINGS_496, *_READINGS_497,
            *_READINGS_498, *_READINGS_499, *_READINGS_502, *_READINGS_503, *_READINGS_504, *_READINGS_505,
            *_READINGS_507, *_READINGS_508]
FIELDS = [*_FIELDS_451, *_FIELDS_460, *_FIELDS_466, *_FIELDS_467, *_FIELDS_471, *_FIELDS_473, *_FIELDS_476,
          *_FIELDS_478, *_FIELDS_479, *_FIELDS_480, *_FIELDS_481, *_FIELDS_485, *_FIELDS_491, *_FIELDS_495,
          *_FIELDS_499, *_FIELDS_514]
SUBJECTS = [*_SUBJECTS_451, *_SUBJECTS_452, *_SUBJECTS_454, *_SUBJECTS_458, *_SUBJECTS_462, *_SUBJECTS_478,
            *_SUBJECTS_481, *_SUBJECTS_485, *_SUBJECTS_490, *_SUBJECTS_495, *_SUBJECTS_496, *_SUBJECTS_506,
            *_SUBJECTS_508, *_SUBJECTS_509]
