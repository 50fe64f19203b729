"""Readings the held-out batches from the three-hundred-and-fourteenth on (``tests/generalisation/``) showed
missing, each from sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py`` and
the ``readings_*`` modules beside it."""
from __future__ import annotations

import datetime as dt

_PUB = dt.date(2026, 3, 10)

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The three-hundred-and-fourteenth batch of held-out articles.
_READINGS_314 = [
    # the record a figure beat is a count of its own, in its own year
    ("The island recorded 58 murders in 2025, surpassing the previous record of 52 set in 2022.",
     [(58, "cases"), (52, "cases")]),
    # a population's size, and the size it had before, are no figures (GUIDE.md)
    ("Rangers seized 40 tusks from the poachers. The elephant population has fallen to about 900 from more than 5,000 "
     "in the 1980s.", [(40, "seizures")]),
]
_FIELDS_314 = [
    # a dateline's town the places do not know, in the country named after it
    ("GEORGE TOWN, Cayman Islands — Police arrested 310 people last year.", "geo", ["KY"], _PUB),
    ("CASTRIES, St Lucia — Police seized 64 illegal guns last year.", "geo", ["LC"], _PUB),
    ("Chadian gendarmes seized 210 kg of ivory in the east of the country.", "geo", ["TD"], _PUB),
    # (a country that is also a man's name, before his surname, is no place)
    ("HOUSTON — Chad Warren, 34, was one of 12 people charged in the scheme.", "geo", ["US"], _PUB),
    # the Cayman dollar; the central African states' CFA franc (not the west's); a bare "$" in the eastern Caribbean
    ("GEORGE TOWN, Cayman Islands — Police recovered CI$2.3 million in cash.", "unit", ["KYD"], _PUB),
    ("N'DJAMENA — Chadian police recovered 8 million CFA francs from the traffickers.", "unit", ["XAF"], _PUB),
    ("DAKAR — Senegalese police recovered 8 million CFA francs from the traffickers.", "unit", ["XOF"], _PUB),
    ("CASTRIES — Saint Lucian police seized $400,000 in cash from the drug ring.", "unit", ["XCD"], _PUB),
]
# The three-hundred-and-fifteenth batch.
_READINGS_315 = [
    # a list's labels that name an act of checking or dismissing: checks carried out, people disciplined ("other")
    ("Key figures for the year:\n- Lorries searched: 4,210\n- Stevedores dismissed over links to smugglers: 14",
     [(4210, "other"), (14, "other")]),
]
_FIELDS_315 = [
    # "the same holiday weekend last year": the weekend a year before
    ("Police arrested 61 drivers for drunk driving over the Fourth of July weekend, up from 48 during the same "
     "holiday weekend last year.", "period", ["2026-07", "2025-07"], dt.date(2026, 7, 7)),
    # a running total's earlier count "reported on Sunday": the same window, no year before
    ("Arrests for violations of the gun ban had risen to 1,420 since January 12, up from 1,210 reported on Sunday.",
     "period", ["2026-01/2026-03", "2026-01/2026-03"], _PUB),
    # Nassau County is New York's, not the Bahamas' capital
    ("Nassau County police arrested 23 people in the gambling raids.", "geo", ["US"], _PUB),
]
# The three-hundred-and-sixteenth batch.
_READINGS_316 = [
    # the pits of illegal mining destroyed are sites (GUIDE.md "groups"), as drug labs destroyed are
    ("Troops destroyed 412 illegal mining pits along the river.", [(412, "groups")]),
]
_FIELDS_316 = [
    # a share some crime "was responsible for" is a part of the whole, no change with a year before
    ("Organised crime and street gangs were responsible for 41 per cent of the country's 29,000 homicides in 2025.",
     "baseline_period", [None, None], _PUB),
    # the dram, as an adjective before the scheme it counts
    ("Armenian police uncover 2.1 billion dram tax fraud scheme", "unit", ["AMD"], _PUB),
]
# The three-hundred-and-seventeenth batch.
_FIELDS_317 = [
    # a change on "the same period last year" is dated by the period told before, a running total's too
    ("Since the start of the year, police have arrested 8,100 people for drug offences. The number of drug arrests is "
     "12% higher than in the same period last year.", "baseline_period", [None, "2025-01/2025-03"], _PUB),
]
# The three-hundred-and-eighteenth batch.
_READINGS_318 = [
    # a part of the people caught, of a kind the vocabulary lacks, told by its relative clause
    ("Police detained 900 people, including 150 so-called droppers who lent out their bank cards.",
     [(900, "arrests"), (150, "arrests")]),
]
# The three-hundred-and-nineteenth batch.
_READINGS_319 = [
    # a headline's range: its lower end is the body's figure too
    ("Troops find between 200 and 250 migrants in abandoned trucks\nTroops found between 200 and 250 migrants crammed "
     "into abandoned trucks in Chiapas, the immigration institute said. Two suspected smugglers were arrested.",
     [(200, "rescued"), (250, "rescued"), (200, "rescued"), (250, "rescued"), (2, "arrests")]),
]
_FIELDS_319 = [
    # where "most of them" come from is who they are, no place of a rescue
    ("MEXICO CITY — Agents rescued 212 migrants, most of them from Guatemala and Honduras.", "geo", ["MX"], _PUB),
]
_SUBJECTS_319 = [
    # a total whose part is told for a crime ("including 610 for murder") is crime overall
    ("Police made 48,000 arrests in the quarter, including 610 for murder.", ["other", "violent_crime"]),
]
# The three-hundred-and-twentieth batch.
_READINGS_320 = [
    # people searched with a metal-detecting wand are checks carried out; infringement notices issued are "other";
    # illicit liquor's distilleries destroyed are sites (GUIDE.md "groups")
    ("Police wanded 3,200 people at the festival and arrested 11.", [(3200, "other"), (11, "arrests")]),
    ("Police issued 45 criminal infringement notices at the festival.", [(45, "other")]),
    ("Excise police destroyed 64 illegal distilleries in the district.", [(64, "groups")]),
]
# The three-hundred-and-twenty-second batch: numbers that are no crime figures beside the ones that are.
_READINGS_322 = [
    # a business's own clients, staff it hired, people a storm displaced: no crime figures
    ("The bank will spend S$20 million on tools to detect scams, as it reported that its mobile customers rose 9 per "
     "cent to 3.1 million in 2025.", []),
    ("The bank stopped S$12 million from reaching scammers last year and hired 80 more fraud analysts.",
     [(12000000, "money")]),
    ("Storm kills 12; 9 arrested for looting\nThe storm killed 12 people and displaced more than 60,000 in the "
     "province, officials said.", [(9, "arrests")]),
    # officers who "suffered minor injuries" were injured
    ("Police arrested 22 people after the match. Four officers suffered minor injuries.",
     [(22, "arrests"), (4, "injuries")]),
]
# The three-hundred-and-twenty-third batch.
_FIELDS_323 = [
    # a change "since the operation began" is against the time before it, no year before
    ("Police said robberies in the capital had fallen 33% since the operation began on October 1.", "baseline_period",
     [None], dt.date(2026, 11, 3)),
]
# The three-hundred-and-twenty-fifth batch.
_READINGS_325 = [
    # a price told in the present tense is no sum lost, seized or made
    ("A kilo of the drug sells for about $20,000 on the street, police said after seizing 40 kg of cocaine.",
     [(40, "seizures")]),
]
_FIELDS_325 = [
    # the first half of a financial year that spans two years: its months by the country's financial year (Kenya's
    # begins in July), and the same months a year before for "a year earlier"
    ("NAIROBI — The Kenya Revenue Authority detected tax fraud of Sh12 billion in the first half of the 2025/26 "
     "financial year, up from Sh9 billion a year earlier.", "period", ["2025-07/2025-12", "2024-07/2024-12"],
     dt.date(2026, 2, 1)),
]
# The three-hundred-and-twenty-sixth batch.
_READINGS_326 = [
    # a bare count after "recorded" in a sentence that opens with crimes is those crimes; "there have been 31" is
    # more of the count told before
    ("Burglaries were rare in 2019, when police recorded 52. In the first half of this year there have been 31, "
     "police figures show.", [(52, "cases"), (31, "cases")]),
]
_FIELDS_326 = [
    # two forces named as a pair, their figures told "respectively": each force's country in turn
    ("Thai and Malaysian police arrested 64 and 37 suspects respectively in the joint operation.", "geo", ["TH", "MY"],
     _PUB),
    # (and a pair written with a comma is two countries' total)
    ("Thai, Malaysian police arrest 101 in joint drug operation", "geo", [None], _PUB),
]
# The three-hundred-and-twenty-seventh batch.
_SUBJECTS_327 = [
    # tax crimes and tax evaders are commercial crime ("other"), not scams, whatever fraudsters stand beside them
    ("Finance police uncover €2.1 billion in hidden income\nThe finance police uncovered €2.1 billion in income hidden "
     "from the tax authorities in 2025. It also seized assets worth €900 million from tax evaders and fraudsters.",
     ["other", "other", "other"]),
]
# The three-hundred-and-twenty-eighth batch.
_READINGS_328 = [
    # "the 2016 total of 9,800": the count told before, in another year; "58% of them money mules": a share of the
    # people counted before (money mules are no sum)
    ("Police recorded 4,100 burglaries in 2025, less than a third of the 2016 total of 9,800.",
     [(4100, "cases"), (9800, "cases")]),
    ("Police arrested 6,200 people in 2025, 58% of them money mules.", [(6200, "arrests"), (58, "arrests")]),
]
_FIELDS_328 = [
    # a time told before "up from" is the figure's before it: the earlier end is the year before's
    ("The force arrested 2,900 people for fraud offences last year, up from 2,310.", "period", ["2025", "2024"],
     dt.date(2026, 3, 27)),
    ("Police recorded 4,100 burglaries in 2025, less than a third of the 2016 total of 9,800.", "period",
     ["2025", "2016"], dt.date(2026, 3, 27)),
]
# The three-hundred-and-twenty-ninth batch.
_READINGS_329 = [
    # data breaches reported are cases, of cybercrime
    ("Companies reported 640 data breaches to the regulator in 2025, up 9% on 2024, with criminal attacks behind most "
     "of them.", [(640, "cases"), (9, "cases")]),
]
_FIELDS_329 = [
    # the figures after "one breach alone" are one case's, with no period of their own (not those before it)
    ("Companies reported 640 data breaches to the regulator in 2025, police said. Ransomware accounted for 90 of the "
     "breaches, and one breach alone exposed the data of 2.1 million people.", "period", ["2025", "2025", None],
     _PUB),
]
_SUBJECTS_329 = [
    ("Companies reported 640 data breaches to the regulator in 2025, up 9% on 2024, with criminal attacks behind most "
     "of them.", ["cybercrime", "cybercrime"]),
]
# Places of the forces and prosecutors of big countries' regions, checked after batch 329.
_FIELDS_PLACES = [
    ("West Midlands Police arrested 412 people in the knife crime operation.", "geo", ["GB"], _PUB),
    ("Scottish police seized £2 million of cannabis in the raids.", "geo", ["GB"], _PUB),
    ("Victoria Police charged 96 people over the riots.", "geo", ["AU"], _PUB),
    ("Sindh police recovered 312 stolen cars last year.", "geo", ["PK"], _PUB),
    ("Catalan police arrested 41 people in the fraud raids.", "geo", ["ES"], _PUB),
    ("Cook County prosecutors charged 31 people in the scheme.", "geo", ["US"], _PUB),
    # more cities and provinces, checked after batch 343
    ("Kano police arrested 41 suspected kidnappers.", "geo", ["NG"], _PUB),
    ("Police in Bandung seized 12 kg of meth.", "geo", ["ID"], _PUB),
    ("Police in Chattogram seized 2 million yaba pills.", "geo", ["BD"], _PUB),
]
# The three-hundred-and-thirtieth batch.
_READINGS_330 = [
    # the share a change in percentage points started from is that share, a detection rate here
    ("Police solved 38% of reported burglaries in 2025, up 4 percentage points from 34% in 2024.",
     [(38, "other"), (4, "other"), (34, "other")]),
]
_FIELDS_330 = [
    # a clause after a semicolon dated by its own month ("in April alone"), though the clause before has a window
    ("Between January and March, police arrested 900 suspects of fraud; in April alone, 410 more were detained.",
     "period", ["2026-01/2026-03", "2026-04"], dt.date(2026, 5, 20)),
]
_SUBJECTS_330 = [
    # cyberattacks (in one word) and data theft are cybercrime
    ("Cyberattacks and data theft caused damage of 12 billion euros to companies in 2025, police said.",
     ["cybercrime"]),
]
# The three-hundred-and-thirty-first batch.
_READINGS_331 = [
    # a share of the victims detected is of victims, no detection rate; schoolchildren are people
    ("Authorities identified 12,400 trafficking victims in 2025. Children made up 31 per cent of the victims detected.",
     [(12400, "victims"), (31, "victims")]),
    ("Soldiers rescued 86 schoolchildren who were abducted by gunmen from their school, police said.",
     [(86, "rescued")]),
]
_SUBJECTS_331 = [
    # the gangs of Central America by name
    ("Police arrested 19 suspected members of the MS-13 gang in the raid.", ["organized_crime"]),
]
# The three-hundred-and-thirty-second batch.
_READINGS_332 = [
    # what the craft seized in the sentence before "was carrying" was seized with it (not the boat's length)
    ("The coast guard seized a fishing boat off the coast. The 15-metre boat was carrying 84 packages.",
     [(84, "seizures")]),
]
# The three-hundred-and-thirty-third batch.
_FIELDS_333 = [
    # "Earlier this month" opening the figure's clause dates it, though the next clause names "last month"
    ("Earlier this month, officers had arrested 58 people in a raid, and last month they seized 112 firearms.",
     "period", ["2026-07", "2026-06"], dt.date(2026, 7, 15)),
]
# The three-hundred-and-thirty-sixth batch.
_READINGS_336 = [
    # a population that "nearly doubled to" a size is no figure; tankers seized are seizures
    ("Rangers arrested 14 poachers this year. The rhino population has nearly doubled to 410 since 2012.",
     [(14, "arrests")]),
    ("The coast guard seized three tankers carrying 900,000 litres of smuggled diesel.",
     [(3, "seizures"), (900000, "seizures")]),
]
# The three-hundred-and-thirty-seventh batch.
_READINGS_337 = [
    # a share of a drug's flow into a country is no figure of the authorities'
    ("Police arrested nine smugglers at the border. About 70 percent of the heroin entering the country comes through "
     "the province, officials said.", [(9, "arrests")]),
]
# The three-hundred-and-thirty-ninth batch.
_READINGS_339 = [
    # permits revoked and firms blacklisted are enforcement acts of their own ("other")
    ("Police revoked 312 driving licences and blacklisted 89 companies in the crackdown on fake medicines.",
     [(312, "other"), (89, "other")]),
]
# The three-hundred-and-fortieth batch.
_READINGS_340 = [
    # a border agency's encounters with migrants are an enforcement count ("other"), the agency a word of enforcement
    ("U.S. Customs and Border Protection recorded 48,000 encounters with migrants in May, down 12% from April, and "
     "agents arrested 310 smugglers.", [(48000, "other"), (-12, "other"), (310, "arrests")]),
]
# The currencies of smaller economies by name, checked after batch 340.
_FIELDS_CURRENCIES = [
    ("Police in Kabul seized 12 million afghanis from the smugglers.", "unit", ["AFN"], _PUB),
    ("TIRANA — Police seized 40 million lek in cash from the gang.", "unit", ["ALL"], _PUB),
    ("Police recovered 2.1 million ZiG stolen from the bank in Harare.", "unit", ["ZWG"], _PUB),
    ("Port-au-Prince police seized 8 million gourdes in ransom money.", "unit", ["HTG"], _PUB),
]
# The three-hundred-and-forty-first batch.
_READINGS_341 = [
    # people living in modern slavery are its victims, and referrals of potential victims count victims
    ("An estimated 48,000 people are living in conditions of modern slavery in the country, the report said. Police "
     "received 6,210 referrals of potential victims of trafficking in 2025.", [(48000, "victims"), (6210, "victims")]),
]
# National agencies known by name, checked after batch 342.
_FIELDS_AGENCIES = [
    ("The Gardaí recorded 10,400 fraud offences last year.", "geo", ["IE"], _PUB),
    ("Kripos said 41 people were charged in the case.", "geo", ["NO"], _PUB),
    ("The KPK named 12 suspects in the bribery case.", "geo", ["ID"], _PUB),
    ("The NDLEA seized 4.2 tonnes of cannabis in the raids.", "geo", ["NG"], _PUB),
    ("The MACC detained 31 officials over the bribes.", "geo", ["MY"], _PUB),
]
# People verbs and nouns, checked after batch 342.
_READINGS_VERBS = [
    # arrest warrants issued are no arrests (no one is caught yet)
    ("Officers issued 54 arrest warrants and made 31 arrests.", [(54, "other"), (31, "arrests")]),
    # the doers of crimes by name are people the verb decides
    ("Police arrested 41 pickpockets at the festival.", [(41, "arrests")]),
    ("Troops killed 40 insurgents in the raid.", [(40, "deaths")]),
    # things unearthed or hauled in were seized; cocaine is a word of crime news
    ("Officers unearthed 41 kg of gold in the smuggler's house.", [(41, "seizures")]),
    ("Customs hauled in 1.2 tonnes of cocaine.", [(1.2, "seizures")]),
    # felonies and misdemeanors recorded are crimes (cases)
    ("Police recorded 4,210 felonies and 12,800 misdemeanors in the city last year.",
     [(4210, "cases"), (12800, "cases")]),
]
_SUBJECTS_VERBS = [
    ("Police arrested 14 money launderers.", ["money_laundering"]),
    ("Police arrested 19 cybercriminals in the operation.", ["cybercrime"]),
]
# Drugs by name, checked after batch 342.
_SUBJECTS_DRUGS = [
    ("Police seized 40 kg of nitazenes and arrested 3 dealers.", ["drugs", "drugs"]),
    ("Police seized 12,000 pregabalin capsules and 60 litres of codeine syrup.", ["drugs", "drugs"]),
    ("Customs officers seized 2 tonnes of precursor chemicals at the port and arrested the driver.", ["drugs"]),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_314, *_READINGS_315, *_READINGS_316, *_READINGS_318, *_READINGS_319, *_READINGS_320,
            *_READINGS_322, *_READINGS_325, *_READINGS_326, *_READINGS_328, *_READINGS_329, *_READINGS_330,
            *_READINGS_331, *_READINGS_332, *_READINGS_336, *_READINGS_337, *_READINGS_339, *_READINGS_340,
            *_READINGS_341, *_READINGS_VERBS]
FIELDS = [*_FIELDS_314, *_FIELDS_315, *_FIELDS_316, *_FIELDS_317, *_FIELDS_319, *_FIELDS_323, *_FIELDS_325,
          *_FIELDS_326, *_FIELDS_328, *_FIELDS_329, *_FIELDS_PLACES, *_FIELDS_330, *_FIELDS_333, *_FIELDS_CURRENCIES,
          *_FIELDS_AGENCIES]
SUBJECTS = [*_SUBJECTS_319, *_SUBJECTS_327, *_SUBJECTS_329, *_SUBJECTS_330, *_SUBJECTS_331, *_SUBJECTS_DRUGS,
            *_SUBJECTS_VERBS]
