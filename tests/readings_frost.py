"""Readings the held-out batches from the two-hundred-and-seventy-first on (``tests/generalisation/``) showed
missing, each from sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py`` and
the ``readings_*`` modules beside it."""
from __future__ import annotations

import datetime as dt

_PUB = dt.date(2026, 3, 10)

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The two-hundred-and-seventy-first batch of held-out articles.
_READINGS_271 = [
    # people and things searched are checks carried out (GUIDE.md "other"), nothing seized; the next item of the
    # list searched too
    ("Officers searched 2,300 people and 518 cars at the checkpoints and seized 44 guns.",
     [(2300, "other"), (518, "other"), (44, "seizures")]),
    ("Police checked 6,100 people at the border crossing and detained 52 of them.", [(6100, "other"), (52, "arrests")]),
]
# The two-hundred-and-seventy-second batch.
_READINGS_272 = [
    # the people of every nationality the authorities' adjectives name, counted after "including"
    ("Troops arrested nine smugglers, including three Syrians and two Iraqis.",
     [(9, "arrests"), (3, "arrests"), (2, "arrests")]),
    ("Police detained 40 suspects, among them 11 Senegalese.", [(40, "arrests"), (11, "arrests")]),
    # judges and other officeholders among those convicted are a part of them
    ("Twenty-two of those convicted were civil servants, including six magistrates.",
     [(22, "convictions"), (6, "convictions")]),
]
_FIELDS_272 = [
    # lei are Romania's unless the story is Moldova's
    ("CHISINAU — Moldovan prosecutors seized 41 million lei from the bribery suspects.", "unit", ["MDL"], _PUB),
    ("BUCHAREST — Romanian prosecutors seized 41 million lei from the bribery suspects.", "unit", ["RON"], _PUB),
    # a financial year named by its two years, then the month it ended: that year, not the one that ended before
    # the report
    ("The bureau received 8,100 criminal cases in the 2024/25 financial year, which ended on June 30.", "period",
     ["2024/2025"], dt.date(2026, 10, 2)),
]
_SUBJECTS_272 = [
    # crimes of no kind named, handled by an agency named for one kind: that kind
    ("The Anti-Corruption Bureau sent 96 criminal cases to court last year.", ["corruption"]),
    ("The Anti-Drug Agency registered 1,210 criminal cases in 2025.", ["drugs"]),
    # defilement is a sexual crime against a child
    ("Police recorded 3,120 defilement cases in the year.", ["violent_crime"]),
]
# The two-hundred-and-seventy-third batch.
_READINGS_273 = [
    # what a smuggling foiled carried was seized
    ("Customs foil smuggling of 640 kg of cannabis at the port", [(640, "seizures")]),
]
_FIELDS_273 = [
    # the Omani rial written "RO", Bahrain's dinar "BD", Bosnia's convertible marks
    ("MUSCAT — Police seized drugs worth RO 2.5 million from the smugglers.", "unit", ["OMR"], _PUB),
    ("MANAMA — Police seized BD 48,000 in cash from the fraud ring.", "unit", ["BHD"], _PUB),
    ("SARAJEVO — The ring evaded 3.1 million convertible marks in excise duties, police said.", "unit", ["BAM"], _PUB),
    # "nearly three times the 2024 total": the year compared with, no window of the figure
    ("The unit received 9,400 fraud reports in 2025. It froze €12 million in suspect funds, nearly three times the "
     "2024 total.", "period", ["2025", "2025"], dt.date(2026, 6, 9)),
]
# The two-hundred-and-seventy-fourth batch.
_READINGS_274 = [
    # "72 per cent of it": a share of the sum or weight told right before
    ("Customs seized 2.6 tonnes of drugs in 2025, 58 per cent of it heroin.", [(2.6, "seizures"), (58, "seizures")]),
]
_FIELDS_274 = [
    # Iceland's krónur, Brunei's dollar mark
    ("REYKJAVIK — The cocaine was worth about 900 million Icelandic kronur, police said.", "unit", ["ISK"], _PUB),
    ("BANDAR SERI BEGAWAN — Narcotics officers seized syabu worth B$52,000.", "unit", ["BND"], _PUB),
    # territories with codes of their own, as Hong Kong has
    ("SAN JUAN, Puerto Rico — Police recorded 388 murders in 2025.", "geo", ["PR"], _PUB),
    ("HAGATNA, Guam — Police seized 4 kg of methamphetamine at the airport in March.", "geo", ["GU"], _PUB),
]
# The two-hundred-and-seventy-fifth batch.
_READINGS_275 = [
    # people brought across a border whose name has an adjective are the smugglers' victims
    ("The gang is suspected of bringing about 1,100 migrants across the Austrian border since 2024.",
     [(1100, "victims")]),
]
# The two-hundred-and-seventy-seventh batch.
_FIELDS_277 = [
    # a fiscal year written before its name, then the month it ended: the twelve months to that month
    ("Customs seized 64 pounds of meth in the 2025 fiscal year, which ended Sept. 30.", "period",
     ["2024-10/2025-09"], dt.date(2026, 5, 14)),
    # a local dollar converted in brackets with "about": the bare "$" is the US dollar
    ("MONROVIA — Agents seized drugs worth L$96 million (about $490,000) in 2025.", "unit", ["LRD", "USD"], _PUB),
]
# The two-hundred-and-seventy-eighth batch.
_READINGS_278 = [
    # a headline's weight is the body's weight of the same value, under 2 too
    ("Navy says 1.6 tonnes of cocaine found adrift\nHAVANA — Coast guards recovered 1.6 tonnes of cocaine adrift off "
     "the coast in 2025, the Interior Ministry said, and arrested 12 traffickers.",
     [(1.6, "seizures"), (1.6, "seizures"), (12, "arrests")]),
]
_READINGS_278 += [
    # growers and cultivators are people (not the crop their noun follows)
    ("Police arrested 31 cannabis growers in the hills.", [(31, "arrests")]),
]
_FIELDS_278 = [
    ("MBABANE — Police arrested 31 people for growing cannabis in the Hhohho region in June.", "geo", ["SZ"], _PUB),
    ("Police seized 2.2 million emalangeni from the drug ring.", "unit", ["SZL"], _PUB),
]
_SUBJECTS_278 = [
    # gun crime and firearm incidents are violent crime (firearms recovered are crime of no family)
    ("Firearm incidents fell to 41 in 2025 from 52 in 2024, police said.", ["violent_crime", "violent_crime"]),
]
# The two-hundred-and-seventy-ninth batch.
_SUBJECTS_279 = [
    # a ship hijacked by pirates: piracy ("other"), no violent crime
    ("Naval forces freed 22 sailors of a cargo ship hijacked by pirates and arrested six pirates.", ["other", "other"]),
]
# The two-hundred-and-eightieth batch.
_SUBJECTS_280 = [
    # drunk driving and driving under the influence are crimes of no family ("other"), not drug crimes
    ("Deputies made 38 arrests, including 11 for driving under the influence and five on drug charges.",
     ["other", "other", "drugs"]),
]
# The two-hundred-and-eighty-first batch.
_READINGS_281 = [
    # people who reported a fraud or scam are its victims, and a share of them a share of victims
    ("Nearly half of the 6,100 people who reported scams to police in 2025 were women.",
     [(50, "victims"), (6100, "victims")]),
    # things stolen are the thefts, nothing seized
    ("Police said the ring stole more than 310 motorcycles in the capital.", [(310, "cases")]),
]
# The two-hundred-and-eighty-second batch.
_READINGS_282 = [
    # people who died on a country's roads died in crashes, no crime
    ("Police arrested 640 drink drivers in the campaign. Nine people died on Scottish roads during the period.",
     [(640, "arrests")]),
]
_FIELDS_282 = [
    # "year to date" in a headline, then the months the body tells: those months, for the headline's figure too
    ("Fraud losses down 12% year to date\nSYDNEY — Victims lost A$41 million in the first nine months of 2026, "
     "down 12% on the first nine months of 2025, police said.", "period",
     ["2026-01/2026-09", "2026-01/2026-09", "2026-01/2026-09"], dt.date(2026, 10, 20)),
]
# The two-hundred-and-eighty-third batch.
_READINGS_283 = [
    # a ring's earnings, in a sentence that says it is suspected of them, are crime's money
    ("Police arrested nine people. The ring is suspected of earning at least €4 million since 2023.",
     [(9, "arrests"), (4e6, "money")]),
    # a population that reached a record is a population's size; a bet's size is no sum lost, seized or made
    ("Police seized 41 phones in the jail. The prison population reached a record 12,400.", [(41, "seizures")]),
    ("Police charged 12 men who staged dogfights with bets of up to $20,000.", [(12, "prosecutions")]),
]
# The two-hundred-and-eighty-fourth batch.
_READINGS_284 = [
    # violations recorded are offences; people rescued from rising waters were in a flood, no crime
    ("Police recorded 860 alleged violations during the elections.", [(860, "cases")]),
    ("Police and volunteers rescued 140 people trapped by rising waters in the valley.", []),
    # what one envelope held is no sum lost, seized or made
    ("Police named 12 suspects who handed out envelopes worth between Rp 100,000 and Rp 300,000.",
     [(12, "suspects")]),
]
_FIELDS_284 = [
    # "have so far" before a figure: a running total with no start (GUIDE.md: null), its clause's figures too
    ("Police made 410 arrests in 2025. Officers have so far frozen 2.1 billion baht and returned 300 million baht to "
     "victims.", "period", ["2025", None, None], dt.date(2026, 1, 16)),
]
# The two-hundred-and-eighty-fifth batch.
_READINGS_285 = [
    # a club's fines and bans in an article whose lead tells of a league: a sport's, no crime's
    ("Club fined £30,000 after brawl\nLONDON — The league fined Eastfield Rovers £30,000 and banned four players for "
     "a total of 11 matches after a brawl during a game in April.", []),
]
_FIELDS_285 = [
    # the lead's window is an undated headline's too
    ("Older drivers make up a quarter of drink-driving arrests\nTOKYO — People aged 65 or older accounted for 24.1% of "
     "the 18,200 people arrested for drink driving in 2025, police said.", "period", ["2025", "2025", "2025"],
     dt.date(2026, 3, 12)),
]
# The two-hundred-and-eighty-seventh batch.
_READINGS_287 = [
    # women, girls and children a trafficker recruited are its victims
    ("Prosecutors charged nine people accused of recruiting at least 40 young women and forcing them into "
     "prostitution abroad.", [(9, "prosecutions"), (40, "victims")]),
]
_FIELDS_287 = [
    # "FY25": the financial year that ends in 2025, named by its two years
    ("The agency secured 36 convictions for money laundering in FY25, up from 19 in FY24.", "period",
     ["2024/2025", "2023/2024"], dt.date(2026, 6, 9)),
]
_SUBJECTS_287 = [
    # an anti-organised crime directorate is who acted, not the crime; forced prostitution is trafficking
    ("The anti-organised crime directorate charged 31 people accused of forcing women into prostitution.",
     ["human_trafficking"]),
]
# The two-hundred-and-eighty-ninth batch.
_READINGS_289 = [
    # Spaniards, Poles, Swedes ...: people of a nationality whose adjective is no noun
    ("Police detained 19 people, among them seven Spaniards and four Poles.",
     [(19, "arrests"), (7, "arrests"), (4, "arrests")]),
    # what a vessel could carry is no seizure
    ("Officers seized 1.1 tonnes of cocaine. A boat capable of carrying 4 tonnes was also found.",
     [(1.1, "seizures")]),
]
_FIELDS_289 = [
    # "in the same months of 2025" when the months were told in the sentence before: those months that year
    ("Police recorded 210 murders from June to August 2026. Murders fell to 210, compared with 240 in the same months "
     "of 2025.", "period", ["2026-06/2026-08", "2026-06/2026-08", "2025-06/2025-08"], dt.date(2026, 9, 8)),
    # "who were later released" tells of the people, not a later event with no date
    ("Police detained 900 people from June to August 2026. That figure includes 210 people who were later released.",
     "period", ["2026-06/2026-08", "2026-06/2026-08"], dt.date(2026, 9, 8)),
]
# The two-hundred-and-ninetieth batch.
_READINGS_290 = [
    # people a court fined were sentenced, and the total it fined them a sum imposed (not a law's maximum)
    ("A magistrate fined 22 people who sold their bank accounts to scammers a total of S$180,000.",
     [(22, "convictions"), (180000, "money")]),
    # a sentence that opens with a count of the people caught before, "were for" an offence: a part of them
    ("Police arrested 1,200 people during the festival. About 300 were for drink driving.",
     [(1200, "arrests"), (300, "arrests")]),
    # rolls, joints and wraps of a drug are things seized
    ("Officers seized 40 kg of cannabis and 6,500 rolls.", [(40, "seizures"), (6500, "seizures")]),
]
_SUBJECTS_290 = [
    # traffic offences are crimes of no family
    ("Police arrested 2,100 people, most of them for traffic offences.", ["other"]),
]
# The two-hundred-and-ninety-first batch.
_READINGS_291 = [
    # households that experienced a crime are its victims
    ("The survey estimated that 640,000 households experienced a burglary in 2025.", [(640000, "victims")]),
]
_FIELDS_291 = [
    # "compared with 32% two years earlier": the other end is that year's
    ("Only 23% of ransomware victims paid in 2025, compared with 32% two years earlier.", "period",
     ["2025", "2023"], dt.date(2026, 2, 4)),
]
# The two-hundred-and-ninety-second batch.
_FIELDS_292 = [
    # "Kshs": Kenya's shilling
    ("NAIROBI — Officers seized contraband worth Kshs 41 million at the border.", "unit", ["KES"], _PUB),
    # a quarter of a financial year that spans two years, by the country's financial year (Kenya's begins in July,
    # India's in April)
    ("NAIROBI — KRA recovered Sh2.1bn in evaded taxes in the first quarter of the 2026/27 financial year.", "period",
     ["2026-07/2026-09"], dt.date(2026, 10, 9)),
    ("NEW DELHI — The ED attached Rs 310 crore in the first quarter of the 2026/27 financial year.", "period",
     ["2026-04/2026-06"], dt.date(2026, 10, 9)),
]
# The two-hundred-and-ninety-third batch.
_READINGS_293 = [
    # victims a sting "recovered" were rescued, and the minors among them too
    ("Agents arrested 23 people in a trafficking sting and recovered nine victims, including three minors.",
     [(23, "arrests"), (9, "rescued"), (3, "rescued")]),
]
# The two-hundred-and-ninety-fourth batch.
_SUBJECTS_294 = [
    # "with about 70% of them linked to" a crime: a share of the count before, of its crime
    ("Police recorded 640 homicides in 2025, down 9% from 700 in 2024, the investigation agency said on Friday, with "
     "about 60% of them linked to disputes between drug gangs.", ["violent_crime"] * 4),
]
# The two-hundred-and-ninety-fifth batch.
_READINGS_295 = [
    # "N of those arrested" with no verb of its own before: a part of the people that verb names (but "deported
    # 1,260 of those arrested": deported; "29 of those arrested have been charged": charged)
    ("Police arrested 900 people and seized 61 guns. Police said 120 of those arrested were wanted for robbery.",
     [(900, "arrests"), (61, "seizures"), (120, "arrests")]),
    ("Police arrested 900 people. Officers deported 300 of those arrested.", [(900, "arrests"), (300, "deported")]),
    # a fraction that is the subject of its own verb after a share told before
    ("Half of the 8,400 scam victims in 2025 were women, and nearly a third were over 60.",
     [(50, "victims"), (8400, "victims"), (33.3, "victims")]),
]
_FIELDS_295 = [
    # "from 1 to 30 November": the whole month, the month itself (a window from the 1st to another day keeps its days)
    ("Police arrested 412 people in the operation, which ran from 1 to 30 November.", "period", ["2026-11"],
     dt.date(2026, 12, 3)),
]
# The two-hundred-and-ninety-sixth batch.
_READINGS_296 = [
    # mobile connections disconnected are accounts, as phone lines are
    ("Regulators disconnected 640,000 mobile connections obtained with fake documents in the fraud crackdown.",
     [(640000, "accounts")]),
]
# The two-hundred-and-ninety-seventh batch.
_READINGS_297 = [
    # the nationalities of the smaller countries the places already named: "two Maldivians", "three Togolese"
    ("Police arrested five people, including two Maldivians and three Togolese, in the heroin raid.",
     [(5, "arrests"), (2, "arrests"), (3, "arrests")]),
]
_FIELDS_297 = [
    ("MALE — Maldivian police seized 2.1 kg of heroin in the raid in March.", "geo", ["MV"], _PUB),
]
# The two-hundred-and-ninety-eighth batch.
_READINGS_298 = [
    # illegal power connections removed are an enforcement figure of their own; what one animal sells for a price
    ("Officials registered 610 cases of electricity theft and removed 2,300 illegal connections.",
     [(610, "cases"), (2300, "other")]),
    ("Officers seized 48 smuggled puppies. Officials said the dogs could each sell for up to £2,500.",
     [(48, "seizures")]),
]
# The three-hundredth batch.
_READINGS_300 = [
    # "the record 15,400 of 2018" after a count: the same count, its peak
    ("Police recorded 7,300 illegal taps in 2025, well below the record 11,900 of 2019.",
     [(7300, "cases"), (11900, "cases")]),
]
# The three-hundred-and-second batch.
_FIELDS_302 = [
    # two countries' police named as a pair: their joint total has no one country; "Malaysian victims lost" tells
    # whose losses a clause's sum is
    ("Thailand and Laos police freeze $2.1m in joint op against scam ring", "geo", [None], _PUB),
    ("SINGAPORE — Victims in Singapore lost S$3.2 million, while Malaysian victims lost RM1.9 million.", "geo",
     ["SG", "MY"], _PUB),
]
# The three-hundred-and-third batch.
_READINGS_303 = [
    # people a network "helped cross to" a country are the smugglers' victims
    ("The network helped at least 800 migrants cross to the Canary Islands, police said, arresting 12 people.",
     [(800, "victims"), (12, "arrests")]),
]
_FIELDS_303 = [
    # dirhams are the Emirates' unless the story is Morocco's
    ("RABAT — Police seized 2.4 million dirhams in cash from the smugglers.", "unit", ["MAD"], _PUB),
    ("DUBAI — Police seized 2.4 million dirhams in cash from the fraud gang.", "unit", ["AED"], _PUB),
]
# The three-hundred-and-fourth batch.
_SUBJECTS_304 = [
    # ram raids are burglaries; the level a change reached is no level of a clause after a semicolon
    ("Police recorded 980 robberies (down 9%); ram raids fell to 61 from 140.",
     ["violent_crime", "violent_crime", "other", "other"]),
]
# The three-hundred-and-sixth batch.
_READINGS_306 = [
    # interdictions and boardings are operations carried out (GUIDE.md: "other")
    ("The drugs were seized in 7 interdictions at sea, and crews detained 19 smugglers.",
     [(7, "other"), (19, "arrests")]),
]
# The three-hundred-and-seventh batch.
_READINGS_307 = [
    # protection orders applied for are an enforcement figure of their own ("other")
    ("Police charged 3,100 people with assault and applied for 9,800 protection orders in 2025.",
     [(3100, "prosecutions"), (9800, "other")]),
    # calls the police responded to are their work, an enforcement figure (as "calls for service" are)
    ("Police responded to 52,000 domestic violence calls in 2025.", [(52000, "other")]),
]
_SUBJECTS_307 = [
    # clashes between rival supporters, brawls and hooligans are violent crime, and the fans arrested its
    ("Clashes between rival supporters left 20 people injured, and police arrested 45 fans.",
     ["violent_crime", "violent_crime"]),
]
# The three-hundred-and-eighth batch.
_READINGS_308 = [
    # the ceiling of the ransoms a gang demanded is no sum lost, seized or paid
    ("Gangs kidnapped 310 people in 2025 and demanded ransoms of up to $500,000 per hostage.", [(310, "victims")]),
]
# The three-hundred-and-ninth batch.
_READINGS_309 = [
    # officials a complaint was filed against were charged (the verb's object right before them)
    ("The bureau has filed graft complaints against 37 officials and contractors over kickbacks.",
     [(37, "prosecutions")]),
]
# The three-hundred-and-tenth batch.
_SUBJECTS_310 = [
    # the trafficking of eels, animals, timber or oil is no trafficking in people
    ("Officers arrested 40 people in an operation against glass eel trafficking.", ["other"]),
    ("Police arrested 12 people for trafficking in persons.", ["human_trafficking"]),
]
# The three-hundred-and-thirteenth batch.
_READINGS_313 = [
    # a crew's size is its people: "arrested its five-man crew" (not "a 120-strong team")
    ("Police intercepted the boat and arrested its four-man crew.", [(4, "arrests")]),
]
_FIELDS_313 = [
    # a speedboat "preparing to leave for Italy": its destination, no figure's place
    ("TIRANA — Police seized 900 kg of cannabis from a speedboat preparing to leave for Italy.", "geo", ["AL"], _PUB),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_271, *_READINGS_272, *_READINGS_273, *_READINGS_274, *_READINGS_275,
            *_READINGS_278, *_READINGS_281, *_READINGS_282, *_READINGS_283, *_READINGS_284, *_READINGS_285,
            *_READINGS_287, *_READINGS_289, *_READINGS_290, *_READINGS_291,
            *_READINGS_293, *_READINGS_295, *_READINGS_296, *_READINGS_297, *_READINGS_298, *_READINGS_300,
            *_READINGS_303, *_READINGS_306, *_READINGS_307, *_READINGS_308, *_READINGS_309, *_READINGS_313]
FIELDS = [*_FIELDS_272, *_FIELDS_273, *_FIELDS_274, *_FIELDS_277, *_FIELDS_278, *_FIELDS_282, *_FIELDS_284,
          *_FIELDS_285, *_FIELDS_287, *_FIELDS_289, *_FIELDS_291, *_FIELDS_292, *_FIELDS_295, *_FIELDS_297,
          *_FIELDS_302, *_FIELDS_303, *_FIELDS_313]
SUBJECTS = [*_SUBJECTS_272, *_SUBJECTS_278, *_SUBJECTS_279, *_SUBJECTS_280, *_SUBJECTS_287, *_SUBJECTS_290,
            *_SUBJECTS_294, *_SUBJECTS_304, *_SUBJECTS_307, *_SUBJECTS_310]
