"""Readings the known misses of the batches before and the held-out batches from the eight-hundred-and-fifteenth on
(``tests/generalisation/``) showed missing, each from sentences written for this test.  The earlier batches' are in
``readings_ash.py`` and the modules before it."""
from __future__ import annotations

import datetime as dt

# Each table is run by ``test_metrics_readings.py``.
# Known misses of the batches before this module.
_READINGS_KNOWN = [
    # a weight told in two units, as translated reports write it, is one weight in the smaller unit
    ("In the operation, 3 tons 450 kilos of cocaine and 12 rifles were seized.", [(3450, "seizures"),
                                                                                 (12, "seizures")]),
    ("Police seized 1 kg 250 grams of heroin.", [(1.25, "seizures")]),
    ("Police seized 3 tonnes, 400 kg of it cannabis resin.", [(3, "seizures"), (400, "seizures")]),
    # counterfeit notes withdrawn from circulation were seized; "fakes" are counterfeits
    ("Some 21,000 counterfeit banknotes were withdrawn from circulation in 2025.", [(21000, "seizures")]),
    ("The 100-dollar note was the most counterfeited, accounting for 60% of all fakes.", [(60, "seizures")]),
    # a rate per head with a participle between ("9 fakes detected per million notes") is a rate
    ("About 9 fakes detected per million genuine notes in circulation.", []),
]
_FIELDS_KNOWN = [
    ("In the operation, 3 tons 450 kilos of cocaine were seized.", "unit", ["kg"], dt.date(2026, 5, 4)),
    # the central bank of the euro counts the notes of every country that uses it
    ("FRANKFURT — About 21,000 counterfeit euro banknotes were withdrawn from circulation in 2025, the European "
     "Central Bank said.", "geo", [None], dt.date(2026, 5, 4)),
]

# The eight-hundred-and-fifteenth to eight-hundred-and-twenty-second batches: reports in translated English.
_READINGS_TRANSLATED = [
    # a count of cases solved and its share beside it ("cracked 1,031 cases, or 85.6 percent"): a detection rate
    ("Police solved 2,210 cases, or 74.2 percent, and detained 905 people.", [(2210, "cases"), (74.2, "other"),
                                                                            (905, "arrests")]),
    # people "taken action against", "held criminally liable", "brought to criminal responsibility" were prosecuted
    ("A total of 16 cases were opened and 22 offenders were taken action against under the law.",
     [(16, "cases"), (22, "prosecutions")]),
    ("Some 95 money mules were held criminally liable.", [(95, "prosecutions")]),
    ("In all, 604 persons were brought to criminal responsibility for fraud.", [(604, "prosecutions")]),
    # a change told as a share and a count with its noun before the comparative: both falls
    ("Police registered 12,400 crimes in 2025, which is 3.1 percent or 397 crimes less than in 2024.",
     [(12400, "cases"), (-3.1, "cases"), (-397, "cases")]),
    ("Police registered 12,400 crimes in 2025, 397 crimes more than in 2024.", [(12400, "cases"), (397, "cases")]),
    # "cybercrimes" are cases; "heads of cattle" returned are things recovered, not people
    ("Police solved 1,480 cybercrimes in 2025.", [(1480, "cases")]),
    ("Police returned 610 heads of cattle to their owners.", [(610, "seizures")]),
]
_FIELDS_TRANSLATED = [
    # the day of the meeting a report was given at dates no figure
    ("Drug cases rose in the first nine months of this year. According to a report at the police meeting on Oct 9, "
     "officers arrested 88 suspects.", "period", ["2026-01/2026-09"], dt.date(2026, 10, 12)),
    # the kyat ("K 4.6 billion") in a Myanmar story, the Belarusian rouble ("Br3.1 million")
    ("Myanmar police seized drugs worth K 2.8 billion in Shan State.", "unit", ["MMK"], dt.date(2026, 6, 3)),
    ("Belarusian police said the damage exceeded Br1.7 million.", "unit", ["BYN"], dt.date(2026, 3, 11)),
    # a dateline with a day and an agency before a lead that opens with this year's window
    ("TASHKENT, September 14 (UzA) — Since the beginning of the year, 3,100 frauds have been registered.\n\n"
     "Police blocked 2,200 bank cards.", "period", ["2026-01/2026-09", "2026-01/2026-09"], dt.date(2026, 9, 15)),
    # "since beginning of 2026", as headlines write it; cases "have been registered since": a running total
    ("Over 900 thefts registered since beginning of 2026", "period", ["2026-01/2026-05"], dt.date(2026, 5, 19)),
    ("BISHKEK — As many as 950 cases of theft have been registered since the beginning of 2026.\n\n"
     "According to the ministry, 610 of them have been solved.", "period", ["2026-01/2026-05", "2026-01/2026-05"],
     dt.date(2026, 5, 19)),
    # "Most of the crimes (81%)": a share, with no baseline
    ("Police solved 2,936 cybercrimes in January-February 2026. Most of the crimes (81%) were thefts from bank "
     "accounts.", "baseline_period", [None, None], dt.date(2026, 3, 11)),
]
_SUBJECTS_TRANSLATED = [
    # "Criminal cases were initiated against N persons": the people of the article's crime, not crime overall
    ("Police seized 300 kg of heroin. Criminal cases were initiated against 410 persons.", ["drugs", "drugs"]),
]

# The eight-hundred-and-twenty-third to eight-hundred-and-thirtieth batches: more reports in translated English.
_READINGS_AGENCIES = [
    # a share of the things "discovered" or "recovered" is a share of the seizures
    ("Police confiscated 90 tons of narcotics, and 70 percent of the discovered narcotics were opium.",
     [(90, "seizures"), (70, "seizures")]),
    # security forces "martyred" died; people "served notices of suspicion" are suspects; "participants" are people
    ("Four border guards were martyred in clashes with drug smugglers.", [(4, "deaths")]),
    ("Police said 140 participants of the scheme were served notices of suspicion.", [(140, "suspects")]),
    # attempts to smuggle that were thwarted seized what was carried
    ("Patrols thwarted attempts to smuggle 1,250 kilograms of qat.", [(1250, "seizures")]),
    # a quintal is 100 kg, alone or before kilograms
    ("Troops foiled attempts to smuggle 12 quintals and 30 kilograms of kif.", [(1230, "seizures")]),
    ("Troops seized 7 quintals of kif.", [(700, "seizures")]),
    # a month before a count with thousands separators is no date ("in April 86,420 litres")
    ("Investigators seized in March 41,200 litres of fuel.", [(41200, "seizures")]),
    # the day of the month in brackets after a weekday is no figure
    ("Police arrested 52 people on Tuesday (9).", [(52, "arrests")]),
]
_FIELDS_AGENCIES = [
    ("Police arrested 52 people on Tuesday (9).", "period", ["2026-06"], dt.date(2026, 6, 10)),
    ("Police arrested 52 people on Tuesday (30).", "period", ["2026-05"], dt.date(2026, 6, 10)),
    ("Police arrested 3 drug traders early today.", "period", ["2026-02"], dt.date(2026, 2, 16)),
    ("Police recovered Taka 4.5 lakh in cash.", "unit", ["BDT"], dt.date(2026, 2, 16)),
    ("Troops seized 7 quintals of kif.", "unit", ["kg"], dt.date(2026, 3, 19)),
]
_SUBJECTS_AGENCIES = [
    # qat and kif are drugs
    ("Patrols seized 1,250 kilograms of qat.", ["drugs"]),
    ("Troops seized 7 quintals of processed kif.", ["drugs"]),
]

# The eight-hundred-and-thirty-first to eight-hundred-and-thirty-sixth batches: agency reports in translated English.
_READINGS_AGENCIES_2 = [
    # "Of the total, N kilograms were hashish": the parts of the weight seized in the sentence before
    ("Police seized 900 kilograms of narcotics. Of the total, 610 kilograms were hashish and 200 kilograms opium.",
     [(900, "seizures"), (610, "seizures"), (200, "seizures")]),
    # a sum told in two scales is one sum
    ("Fraudsters stole 2 billion 450 million drams from bank customers, police said.", [(2.45e9, "money")]),
    ("Police seized 3 million 400 thousand yuan.", [(3.4e6, "money")]),
    # a day between the verb and what was smuggled
    ("Police foiled on Tuesday an attempt to smuggle 1 ton and 250 kilograms of cocaine.", [(1250, "seizures")]),
    # eggs seized are things
    ("Inspectors seized 12 tons of vegetables, 9,600 eggs and 3.1 tons of flour.",
     [(12, "seizures"), (9600, "seizures"), (3.1, "seizures")]),
]
_FIELDS_AGENCIES_2 = [
    # the quarter of a financial year whose years are not named: the current one's, by the country's
    ("Contraband worth 410 million Birr was seized during the first quarter of the Ethiopian fiscal year.", "period",
     ["2026-07/2026-09"], dt.date(2026, 10, 14)),
    ("Contraband worth 410 million Birr was seized during the first quarter of the Ethiopian fiscal year.", "period",
     ["2025-07/2025-09"], dt.date(2026, 5, 14)),
    # Moroccan, Tunisian and Algerian cities
    ("Police at the port of Tanger Med seized 3 tons of cannabis resin.", "geo", ["MA"], dt.date(2026, 4, 22)),
    ("Economic control teams in Sfax seized 1,200 kilograms of flour.", "geo", ["TN"], dt.date(2026, 3, 16)),
]
_SUBJECTS_AGENCIES_2 = [
    # "crimes of fraud" name their kind
    ("Police recorded 1,842 crimes of fraud committed with bank cards.", ["telecom_fraud"]),
]

# The eight-hundred-and-thirty-seventh to eight-hundred-and-forty-second batches: agency reports again.
_READINGS_AGENCIES_3 = [
    # a share of cases referred to prosecutors is a referral rate, as a charge rate is
    ("Police registered 410 drug cases, and 88 percent of the cases were referred to the Public Prosecution.",
     [(410, "cases"), (88, "other")]),
    # "N cases involving M people ..., an increase of X%": the cases changed, the people only what they involve
    ("Police handled 1,900 cases involving 3,300 people in 2025, an increase of 9.4% compared to 2024.",
     [(1900, "cases"), (3300, "suspects"), (9.4, "cases")]),
]
_FIELDS_AGENCIES_3 = [
    # a body's letters in brackets after its country's name are that body's, not another country's with the same ones
    ("The National Police of Peru (PNP) seized 2,100 kilograms of cocaine.", "geo", ["PE"], dt.date(2026, 9, 8)),
]
_SUBJECTS_AGENCIES_3 = [
    # "high-tech crime" is cybercrime, as Vietnam's and China's reports call it
    ("Police handled 640 cases of high-tech crime in 2025.", ["cybercrime"]),
]

# The eight-hundred-and-forty-third to eight-hundred-and-forty-seventh batches: forms (Swiss figures, a wire in
# capitals, an emoji roundup, sentencing remarks, an analysis in ratios).
_READINGS_FORMS = [
    # Swiss groups of thousands set off by apostrophes
    ("Police registered 3'410 cases of fraud and seized CHF 1'250'000 in 2025.", [(3410, "cases"), (1.25e6, "money")]),
    # a part of the complaints a lead with its count names ("Of the 9,800 complaints ..., 2,100 involved ..."), after
    # a dateline too; "involved" there is no people's verb
    ("NAIROBI — Of the 9,800 cybercrime complaints police received in 2025, 2,100 involved fake reversals.",
     [(9800, "cases"), (2100, "cases")]),
    # "a conspiracy to defraud" is the offence, no one defrauded
    ("Three defendants are before the court for their parts in a conspiracy to defraud.", [(3, "prosecutions")]),
]
_FIELDS_FORMS = [
    # a Crown Court is England's and Wales's
    ("Southwark Crown Court jailed 5 fraudsters on Friday.", "geo", ["GB"], dt.date(2026, 6, 12)),
]

# Periods found missing by probing the time reader with the phrases of enforcement reports.
_OCTOBER = dt.date(2026, 10, 20)
_FIELDS_PERIODS = [
    # a span of years with a dash ("2023-2025", "2023–25", "2023 – 2025"), its second year no figure
    ("Police arrested 412 people in 2023-2025.", "period", ["2023/2025"], _OCTOBER),
    ("Police arrested 412 people in 2023–25.", "period", ["2023/2025"], _OCTOBER),
    ("Police arrested 412 people during 2023 – 2025.", "period", ["2023/2025"], _OCTOBER),
    ("Police arrested 412 people in 2023-24.", "period", ["2023/2024"], _OCTOBER),
    # the first quarters and a semester with no year: the latest ended or begun by publication
    ("Police arrested 412 people in the first three quarters.", "period", ["2026-01/2026-09"], _OCTOBER),
    ("Police arrested 412 people in the first three quarters.", "period", ["2025-01/2025-09"], dt.date(2026, 5, 4)),
    ("Police arrested 412 people during the first semester.", "period", ["2026-01/2026-06"], _OCTOBER),
    # (a yearless "second half" is a match's)
    ("Three players were sent off in the second half, and police arrested 14 fans.", "period", [None], _OCTOBER),
    ("Police arrested 412 people during the January to September period.", "period", ["2026-01/2026-09"], _OCTOBER),
    # the quarter that ended in a month named
    ("Police arrested 412 people in the quarter ended September 30.", "period", ["2026-07/2026-09"], _OCTOBER),
    ("Police arrested 412 people in the quarter to February.", "period", ["2025-12/2026-02"], _OCTOBER),
]

# Qualifiers found wrong or missing by probing: "not more than" is at most (it was read as "more than"), "not less
# than" at least; "a minimum of", "a maximum of", "more or less", "an approximate".
_FIELDS_QUALIFIERS = [
    (f"Police arrested {words} 412 people in 2025.", "qualifier", [qualifier], _OCTOBER)
    for words, qualifier in (("not more than", "at_most"), ("not less than", "at_least"), ("a minimum of", "at_least"),
                             ("a maximum of", "at_most"), ("more or less", "approx"), ("an approximate", "approx"))
]

# Falls found read as rises by probing: "slumped", "eased", "contracted", "tumbled", "sank", "retreated", "were cut by".
_READINGS_FALLS = [
    (f"Burglaries {verb} 12% in 2025.", [(-12, "cases")])
    for verb in ("slumped", "eased", "contracted", "tumbled", "sank", "retreated", "were cut by")
]

# Rises no word said were rises, so that a fall told after them decided their sign and its crime their subject
_FIELDS_RISES = [
    (f"Burglaries {verb} 12% while robberies fell 3% in 2025.", field, expected, _OCTOBER)
    for verb in ("rocketed", "skyrocketed", "ballooned", "swelled", "escalated", "leapt", "rebounded", "mushroomed")
    for field, expected in (("value", [12, -3]), ("subject", ["other", "violent_crime"]))
]

# Verbs found unread by probing: people "gunned down" died, "stabbed" were hurt, "hanged" were executed (convictions,
# as executions are), "committed to trial" prosecuted, "penalised" fined ("other"), "exploited" victims, "quizzed"
# and "interrogated" questioned (suspects)
_READINGS_VERBS = [
    (f"Police said they {verb} 41 people in the operation.", [(41, measure)])
    for verb, measure in (("gunned down", "deaths"), ("stabbed", "injuries"), ("hanged", "convictions"),
                          ("penalised", "other"), ("exploited", "victims"), ("quizzed", "suspects"),
                          ("interrogated", "suspects"))
] + [("Police said 41 people were committed to trial.", [(41, "prosecutions")])]

# Nouns found unread by probing the seizure reader: e-wallets are accounts; phishing, scam and online gambling sites
# are websites ("other"), not places raided (gambling sites raided are); GSM gateways and Starlink kits are things
# seized
_READINGS_NOUNS = [
    ("Police froze 41 e-wallets used by the syndicate.", [(41, "accounts")]),
    ("Regulators blocked 8,400 illegal online gambling sites in 2025.", [(8400, "other")]),
    ("Police took down 230 phishing sites.", [(230, "other")]),
    ("Police seized 12 GSM gateways and 9 Starlink kits.", [(12, "seizures"), (9, "seizures")]),
]

# Crimes found unnamed by probing the subject reader (vishing, quishing and wangiri are phone scams; cyberstalking a
# cyber offence; femicides killings; kickbacks bribes)
_SUBJECTS_PROBED = [
    (f"Police recorded 41 cases of {crime} in 2025.", [subject])
    for crime, subject in (("vishing", "telecom_fraud"), ("quishing", "telecom_fraud"), ("wangiri", "telecom_fraud"),
                           ("cyberstalking", "cybercrime"), ("femicide", "violent_crime"), ("kickbacks", "corruption"))
]

# Cities found unplaced by probing the place reader with 188 capitals and large cities (Kumasi, Jeddah, Antwerp, Dili;
# Alexandria, Kingston, San Jose, San Juan and Male are left to their sentences: other countries share the names)
_FIELDS_CITIES = [
    (f"Police in {city} arrested 41 people last week.", "geo", [code], _OCTOBER)
    for city, code in (("Kumasi", "GH"), ("Jeddah", "SA"), ("Antwerp", "BE"), ("Dili", "TL"))
]

# The eight-hundred-and-forty-eighth to eight-hundred-and-fifty-third batches: European agencies' English
_READINGS_EUROPE = [
    # fishing nets are things seized (not the verb "nets": "an operation nets 1,270 arrests")
    ("Officers confiscated 38 boats and 61 nets.", [(38, "seizures"), (61, "seizures")]),
    ("Interpol operation across 19 countries nets 1,270 arrests", [(1270, "arrests")]),
]
_FIELDS_EUROPE = [
    # Russia's regions and cities; a place glued after a hyphen to a word that is no place is part of another name
    ("Police in the Kamchatka Region seized 18 tons of salmon.", "geo", ["RU"], dt.date(2026, 9, 4)),
    ("Police in Hajdú-Bihar County seized 8,000 litres of spirits.", "geo", [None], dt.date(2026, 5, 8)),
]

# The eight-hundred-and-fifty-fourth to eight-hundred-and-fifty-ninth batches: forms (fact checks, a profile, a crime
# map, a list in bold markdown, a court roundup)
_READINGS_FORMS_2 = [
    # a line's figure with its label after a dash, bold or not
    ("The PNP released its tally.\n**1,204** — drug suspects arrested\n86 — drug dens dismantled",
     [(1204, "arrests"), (86, "groups")]),
    # a bond or bail is a court's security, no sum of a crime
    ("Fourteen people were charged with fraud and released on a bond of Sh500,000 each.", [(14, "prosecutions")]),
]
_FIELDS_FORMS_2 = [
    # "its October tally" dates the lines after it; a case's number "of 2026" is no period
    ("MANILA — The PNP released its October tally on Tuesday:\n**1,204** — drug suspects arrested", "period",
     ["2026-10"], dt.date(2026, 11, 4)),
    ("Fourteen people were charged in Criminal Case No. 412 of 2026 with fraud.", "period", [None],
     dt.date(2026, 11, 4)),
]

# The eight-hundred-and-sixtieth to eight-hundred-and-sixty-third batches: agencies again (Bernama, Kazinform,
# Antara, Xinhua)
_READINGS_AGENCIES_4 = [
    # "N of which ..." is a part of the count before ("114 of which concerned fraud"), its own crime after it
    ("Investigators completed 286 criminal cases, 114 of which concerned fraud.", [(286, "cases"), (114, "cases")]),
    # a lead inside the sentence: "The police chief said of the total, 912 tested positive ..."
    ("Police detained 1,204 people in the operation. The police chief said of the total, 912 tested positive for "
     "drugs.", [(1204, "arrests"), (912, "arrests")]),
]
_FIELDS_AGENCIES_4 = [
    ("Investigators completed 286 criminal cases, 114 of which concerned fraud.", "subject", ["other", "telecom_fraud"],
     dt.date(2026, 10, 12)),
    # a headline's sum told as more than it is the body's sum below its next round step ("Over 41 billion tenge" for
    # 41.6 billion), whose reading it takes
    ("Over 41 billion tenge returned to state — AFM\n\nAssets worth 41.6 billion tenge were returned to the state in "
     "criminal cases investigated by the Financial Monitoring Agency.", "value", [41e9, 41.6e9], dt.date(2026, 10, 12)),
]

# The eight-hundred-and-sixty-fourth to eight-hundred-and-sixty-eighth batches: agencies again (LANA, AIM, Saba, APP,
# BOPA)
_FIELDS_AGENCIES_5 = [
    # the other end of a comparison in words ("against nine in 2024") keeps its year to itself
    ("Police released the 2025 figures. Poachers killed four elephants during the year, against nine in 2024.",
     "period", ["2025", "2024"], dt.date(2026, 2, 14)),
    # Yemen's governorates
    ("The Coast Guard in Mahra governorate seized 2.1 tons of hashish.", "geo", ["YE"], dt.date(2026, 8, 27)),
]

# The eight-hundred-and-sixty-ninth to eight-hundred-and-seventy-first batches (ZANIS, Bakhtar, Petra)
_READINGS_AGENCIES_6 = [
    # the parts of the cases a sentence opens with ("Of the cases recorded, 904 involved women, ..."): cases
    ("Police recorded 1,412 cases in the quarter. Of the cases recorded, 904 involved women and 318 involved children.",
     [(1412, "cases"), (904, "cases"), (318, "cases")]),
    # "out of N reported stolen": the thefts reported, not things recovered
    ("Police recovered 412 stolen vehicles in 2025, out of 468 reported stolen during the year.",
     [(412, "seizures"), (468, "cases")]),
]

# Forces found unplaced by probing 76 forces' names (the letters several bodies or things share are left out)
_FIELDS_FORCES = [
    (f"The {force} said it had arrested 41 people in a crackdown last month.", "geo", [code], _OCTOBER)
    for force, code in (("NCA", "GB"), ("CBP", "US"), ("KNPA", "KR"), ("ONCB", "TH"), ("OIJ", "CR"), ("SENAD", "PY"),
                        ("DIICOT", "RO"), ("FIOD", "NL"), ("SBU", "UA"), ("NABU", "UA"), ("FSB", "RU"),
                        ("Jandarma", "TR"), ("KNB", "KZ"), ("PCCB", "TZ"), ("Gendarmerie nationale", "FR"))
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_KNOWN, *_READINGS_TRANSLATED, *_READINGS_AGENCIES, *_READINGS_AGENCIES_2, *_READINGS_AGENCIES_3,
            *_READINGS_FORMS, *_READINGS_FALLS, *_READINGS_VERBS,
            *_READINGS_NOUNS, *_READINGS_EUROPE,
            *_READINGS_FORMS_2, *_READINGS_AGENCIES_4,
            *_READINGS_AGENCIES_6]
FIELDS = [*_FIELDS_KNOWN, *_FIELDS_TRANSLATED, *_FIELDS_AGENCIES, *_FIELDS_AGENCIES_2, *_FIELDS_AGENCIES_3,
          *_FIELDS_FORMS, *_FIELDS_PERIODS, *_FIELDS_QUALIFIERS, *_FIELDS_RISES,
          *_FIELDS_CITIES, *_FIELDS_EUROPE, *_FIELDS_FORMS_2,
          *_FIELDS_AGENCIES_4, *_FIELDS_AGENCIES_5, *_FIELDS_FORCES]
SUBJECTS = [*_SUBJECTS_TRANSLATED, *_SUBJECTS_AGENCIES, *_SUBJECTS_AGENCIES_2, *_SUBJECTS_AGENCIES_3,
            *_SUBJECTS_PROBED]
