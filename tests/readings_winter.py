"""Readings the held-out batches from the hundred-and-forty-fourth on (``tests/generalisation/``) showed missing,
each from sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py`` and the
``readings_*`` modules beside it."""
from __future__ import annotations

import datetime as dt

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The hundred-and-forty-fourth batch of held-out articles.
_READINGS_144 = [
    # "N% more than in 2024" right after a count compares that count, not the sentence's first figure
    ("The unit carried out 120 operations and arrested 900 people, 7% more than in 2024.",
     [(120, "other"), (900, "arrests"), (7, "arrests")]),
    # pieces, tusks and horns seized; inspection rounds and patrols are operations ("other")
    ("Rangers seized 40 pieces of ivory and 12 rhino horns from the poachers.", [(40, "seizures"), (12, "seizures")]),
    ("The agency carried out 1,300 inspection rounds and arrested 25 officials for bribery.",
     [(1300, "other"), (25, "arrests")]),
]
_FIELDS_144 = [
    # zlotys, Egyptian pounds, riyals and roubles are currencies
    ("Police seized 300,000 zlotys from the fraudsters.", "unit", ["PLN"], dt.date(2026, 5, 6)),
    ("Police put the street value of the seized drugs at 40 million Egyptian pounds.", "unit", ["EGP"],
     dt.date(2026, 5, 6)),
    ("The authority recovered 12 million riyals in bribes.", "unit", ["SAR"], dt.date(2026, 5, 6)),
    ("Investigators froze 80 million roubles in the scam ring's accounts.", "unit", ["RUB"], dt.date(2026, 5, 6)),
]
_SUBJECTS_144: list[tuple[str, list[str]]] = []

# The hundred-and-forty-fifth batch.
_READINGS_145 = [
    # "half of the burglaries, 430," restates its noun phrase as "most of the convictions, 2,960," does
    ("Police recorded 900 burglaries in 2025. Nearly half of the burglaries, 430, were in the capital.",
     [(900, "cases"), (50, "cases"), (430, "cases")]),
    # "Of the cases, 120 ..." counts cases, whatever the sentence before counted
    ("The court convicted 300 fraudsters in 2025. Of the cases, 120 were solved within a month.",
     [(300, "convictions"), (120, "cases")]),
]
_FIELDS_145 = [
    # a headline's quarter with no year is the body's window of three months (a fiscal quarter), not a calendar one
    ("Burglaries rise 9% in third quarter\nPolice recorded 5,100 burglaries between October and December 2025, 9.3% "
     "more than a year earlier.\nRobberies fell 4% to 880 over the three months.", "period",
     ["2025-10/2025-12"] * 5, dt.date(2026, 2, 10)),
    # a roundup's figures take the country of the dateline they stand under
    ("Crime roundup\nHANOI — Vietnamese police arrested 27 gamblers.\nMANILA — Philippine police arrested 40 scam "
     "workers. Officers seized 90 phones.", "geo", ["VN", "PH", "PH"], dt.date(2026, 2, 10)),
]

# The hundred-and-forty-sixth batch.
_READINGS_146 = [
    # people found shut in a vehicle by smugglers are rescued, not suspects found on the premises
    ("Soldiers found 95 migrants crammed inside a truck at a checkpoint.", [(95, "rescued")]),
    ("Police found 12 suspects at the house.", [(12, "suspects")]),
    # a headline's "two trailers" is not the body's "Two drivers"
    ("Police find 80 migrants hidden in two trailers\nPolice found 80 migrants hidden in two trailers on Friday.\n"
     "Two drivers were arrested.", [(80, "rescued"), (80, "rescued"), (2, "arrests")]),
]
_FIELDS_146 = [
    # Lima is Peru's
    ("LIMA — Police arrested 300 extortionists in the capital in March.", "geo", ["PE"], dt.date(2026, 4, 2)),
]
_SUBJECTS_146 = [
    # laundering is the act, the crime after the sum the money's source; the drug a later quantity weighs is its own
    ("Prosecutors charged 9 people with laundering $40 million in drug proceeds for a cartel.",
     ["money_laundering", "money_laundering"]),
    ("Money laundering ring moved $40 million for drug cartel\nProsecutors charged 9 people with laundering the "
     "money.\n"
     "Agents seized $2 million in cash, 5 cars and 30 kilograms of cocaine.",
     ["money_laundering", "money_laundering", "money_laundering", "money_laundering", "drugs"]),
]

# The hundred-and-forty-seventh batch.
_READINGS_147 = [
    # dishonest insurance claims are cases
    ("Insurers detected 5,200 dishonest insurance claims in 2025, the fraud bureau said.", [(5200, "cases")]),
    # livestock recovered is seized; rustlers are people, police reservists serving people
    ("Police recovered 300 head of cattle and 120 goats from the rustlers.", [(300, "seizures"), (120, "seizures")]),
    ("Six suspected rustlers were killed in a shootout with police.", [(6, "deaths")]),
    ("Two police reservists died in the attack by bandits.", [(2, "deaths")]),
    # wildlife killed by poachers is "other", and so is the count it is compared with, whatever its verb
    ("Poachers killed 200 rhinos in 2025, 10% fewer than the 222 killed in 2024.",
     [(200, "other"), (-10, "other"), (222, "other")]),
    ("Armed robbers killed 20 people in 2025, fewer than the 31 killed in 2024.", [(20, "deaths"), (31, "deaths")]),
    # criminal cases filed against people charge them
    ("The commission filed criminal cases against 40 candidates for vote-buying.", [(40, "prosecutions")]),
]
_SUBJECTS_147 = [
    ("Insurers uncover 5,200 fraudulent claims\nInsurers detected 5,200 dishonest insurance claims in 2025.",
     ["other", "other"]),
    ("Police recovered 300 head of cattle stolen by rustlers.", ["other"]),
    ("Poachers killed 200 rhinos in 2025. Rangers arrested 60 poachers.", ["other", "other"]),
    ("The commission filed criminal cases against 40 candidates for vote-buying.", ["corruption"]),
    ("Police arrested 120 people for violating the election gun ban.", ["other"]),
]

# The hundred-and-forty-eighth batch.
_READINGS_148 = [
    # homes searched are searches carried out ("other"); players are people; fixed matches are the crimes counted
    ("Officers arrested 40 people and searched 500 homes and vehicles.", [(40, "arrests"), (500, "other")]),
    ("Police arrested 14 people, including two former players, for running a betting racket.",
     [(14, "arrests"), (2, "arrests")]),
    ("Police said the betting ring placed bets on 40 manipulated matches.", [(40, "cases")]),
    # a headline's "30 drug suspects, 5 wanted persons caught" is the body's arrests of the same number
    ("Weekly report: 30 drug suspects, 5 wanted persons caught\n• Drug suspects arrested: 30",
     [(30, "arrests"), (5, "arrests"), (30, "arrests")]),
]
_FIELDS_148 = [
    # what investigators believe a ring did dates that, not the authorities' acts told after it
    ("Police arrested 21 people.\nInvestigators believe the ring placed bets worth €900,000 between 2023 and 2025. "
     "Officers froze 38 bank accounts.", "period", [None, "2023/2025", None], dt.date(2026, 4, 23)),
    # "..., during the year, down from 75": the year before's, however long the clause before "down from"
    ("Police seized 900 phones in prisons in 2025.\nAt least 40 inmates were killed in prison riots during the year, "
     "down from 75.", "period", ["2025", "2025", "2024"], dt.date(2026, 1, 14)),
    # a total of two countries named before the figures has no one country
    ("NEW YORK — Cargo thefts in the United States and Canada rose 12% to 3,100 in 2025.", "geo", [None, None],
     dt.date(2026, 2, 3)),
]
_SUBJECTS_148 = [
    # trafficking in a sentence of weapons is the weapons' ("other"), and so are loose firearms
    ("Police seized 300 firearms in a Balkan trafficking crackdown.", ["other"]),
    ("Police arrested 20 drug suspects and seized 9 loose firearms.", ["drugs", "other"]),
]

# The hundred-and-forty-ninth batch.
_READINGS_149 = [
    # prisoners recaptured are arrests; the ones who escaped are escapes ("other")
    ("Police recaptured 40 of the 90 inmates who escaped from the jail.", [(40, "arrests"), (90, "other")]),
    # looted antiquities returned are things recovered, their value a sum
    ("Prosecutors returned 300 looted antiquities valued at $12 million to Italy.",
     [(300, "seizures"), (12000000, "money")]),
]
_FIELDS_149 = [
    # "since 2017" in a report on the past 12 months to April runs to this year
    ("Prosecutors returned 300 looted antiquities over the past 12 months.\nThe unit has recovered 6,000 artefacts "
     "since it was formed in 2017, and prosecutors have convicted 14 traffickers.", "period",
     ["2025-05/2026-04", "2017/2026", "2017/2026"], dt.date(2026, 5, 15)),
]
_SUBJECTS_149 = [
    # counterfeit goods are "other"; an anti-fraud office's name says nothing of the figures' crime
    ("Customs seized 2 million counterfeit toys worth €5 million in an operation led by the EU anti-fraud office.",
     ["other", "other"]),
    ("Police recaptured 40 of the 90 inmates who escaped from the jail.", ["other", "other"]),
]

# The hundred-and-fiftieth batch.
_READINGS_150 = [
    # people of a lead flown to another country's city are handed over (deported)
    ("Police detained 500 people in raids on scam compounds.\nOf those detained last month, 300 were flown to "
     "Kunming on chartered flights.", [(500, "arrests"), (300, "deported")]),
    # the verb past an aside of places is the figure's
    ("Another 31 foreigners, from Thailand, India and Malaysia, remain in custody.", [(31, "arrests")]),
]
_FIELDS_150 = [
    # tenge are Kazakhstan's
    ("Victims of internet fraud lost 14.6 billion tenge.", "unit", ["KZT"], dt.date(2026, 11, 19)),
    # a headline's change that two body figures make takes their periods
    ("Homicides fall 65% after security plan\nThe city recorded 90 homicides in 2025, down from 258 in 2023.",
     "baseline_period", ["2023", None, None], dt.date(2026, 1, 6)),
]
_SUBJECTS_150 = [
    # a casino-hotel houses scam compounds; the scams are the crime
    ("Scam economy thrives\nPolice stormed casino-hotel towers and detained 600 people.", ["telecom_fraud"]),
]

# The hundred-and-fifty-first batch.
_READINGS_151 = [
    # a table's figure counts what its column's header names, and a sum in it stands in crime news
    ("Police recorded 9,100 scam cases in 2025.\nState | Cases | Losses\nSelangor | 2,310 | RM196 million\n"
     "Johor | 1,140 | RM84 million", [(9100, "cases"), (2310, "cases"), (196000000, "money"), (1140, "cases"),
                                      (84000000, "money")]),
]
_SUBJECTS_151 = [
    # illegal lending is "other"
    ("Police arrested 312 people in a crackdown on illegal online lending apps that cheated borrowers.", ["other"]),
]

# The hundred-and-fifty-second batch.
_READINGS_152 = [
    # "40% of those arrested were under 25": an age, no count of arrests
    ("Police arrested 2,600 people in 2025; 40% of those arrested were under 25.",
     [(2600, "arrests"), (40, "arrests")]),
    # children reunited with their families are rescued
    ("Police registered 394 cases against employers and reunited 1,103 children with their families.",
     [(394, "cases"), (1103, "rescued")]),
    # "2 of every 3 dollars lost": a share of the money
    ("Scam victims lost $247 million in 2025. People aged 60 and over accounted for 2 of every 3 dollars lost.",
     [(247000000, "money"), (66.7, "money")]),
    # laptop farms searched are searches ("other"); jobs at companies seize nothing
    ("Agents searched 29 laptop farms and seized $7.7 million linked to workers who got jobs at more than 100 US "
     "companies.", [(29, "other"), (7700000, "money")]),
]
_FIELDS_152 = [
    # Nepali rupees are Nepal's
    ("Police recovered 900,000 Nepali rupees from the traffickers.", "unit", ["NPR"], dt.date(2026, 4, 8)),
]
_SUBJECTS_152 = [
    # child labour is trafficking's
    ("Police rescued 1,480 child labourers from brick kilns in January.", ["human_trafficking"]),
]

# The hundred-and-fifty-third batch.
_READINGS_153 = [
    # "including 1,380 involving needles" is a part of the reports before, no suspects
    ("Police received 6,732 reports of spiking in 2025, including 1,380 involving needles.",
     [(6732, "cases"), (1380, "cases")]),
    # "of those who reported being spiked" are the victims
    ("Police charged 74 people. Women made up 72% of those who reported being spiked.",
     [(74, "prosecutions"), (72, "victims")]),
    # a change right after a figure that is no crime's is no crime's either; after a sum, the sum's
    ("Police arrested 112 vendors. Hospitals treated 541 people for firecracker injuries, 19% fewer than a year "
     "earlier.", [(112, "arrests")]),
    ("Over the first nine months, reported scam losses totalled $1.5 billion, 11 per cent lower than a year earlier.",
     [(1500000000, "money"), (-11, "money")]),
    # payments taken for each call are a price, no crime's sum; raids on shops raid sites (groups)
    ("The hoax ring took payments of $50 to $300 a call, prosecutors said.", []),
    ("Raids on 14 currency exchange shops in Karachi yielded Rs 61 million in cash.",
     [(14, "groups"), (61000000, "money")]),
]
_FIELDS_153 = [
    # a sum sent abroad is the sender's country's, in its currency; UAE dirhams are the UAE's
    ("KARACHI — Police arrested 23 people running a hawala network that transferred about Rs 8 billion to the Gulf and "
     "the UK.", "unit", ["count", "PKR"], dt.date(2026, 8, 5)),
    ("Police seized 2.3 million UAE dirhams in the raids.", "unit", ["AED"], dt.date(2026, 8, 5)),
    # "between December 21 and January 1" runs across the new year
    ("Police arrested 112 vendors between December 21 and January 1.", "period", ["2025-12/2026-01"],
     dt.date(2026, 1, 2)),
]
_SUBJECTS_153 = [
    # hawala and hundi move money unlawfully: laundering
    ("Police arrested 23 people running an illegal hawala and hundi network.", ["money_laundering"]),
]

# The hundred-and-fifty-fourth batch.
_READINGS_154 = [
    # cash machines blown up are the attacks counted; the change apposed after a figure, and its other end, are its
    ("Criminals blew up 230 cash machines in 2025, down 40% from 385 in 2024, police said.",
     [(230, "cases"), (-40, "cases"), (385, "cases")]),
    # "outboard engines in operations": the engines, not the operations after them
    ("Officers seized 146 small boats and 511 outboard engines in operations with partner forces.",
     [(146, "seizures"), (511, "seizures")]),
    # fines collected from offenders are sums imposed, not a law's penalty
    ("Fines of Rs 86 crore were collected from offenders, officials said.", [(860000000, "money")]),
    # a definition's threshold ("four or more people are shot") is no figure
    ("The archive counts incidents in which four or more people are shot; it recorded 412 mass shootings in 2025.",
     [(412, "cases")]),
    # cocaine found in containers is seized, the containers with it
    ("Ecuador finds 7.2 tonnes of cocaine hidden in banana containers\nPolice found 7.2 tonnes of cocaine hidden in 14 "
     "shipping containers at the port.", [(7.2, "seizures"), (7.2, "seizures"), (14, "seizures")]),
    # officers still sought are suspects; weekly payments of a range are a price
    ("Police arrested 37 officers accused of extorting motorists for payments of 500 to 5,000 pesos a week. Another 9 "
     "officers are being sought.", [(37, "arrests"), (9, "suspects")]),
]

# The hundred-and-fifty-fifth batch.
_READINGS_155 = [
    # pods and vapes seized; "..., and 84 people were charged" is a clause of its own after the list, not a part of it
    ("HSA caught 9,300 people for vaping offences in 2025.\nOfficers seized e-vaporisers worth $41 million, including "
     "1.2 million pods, and 84 people were charged with selling them.",
     [(9300, "arrests"), (41000000, "money"), (1200000, "seizures"), (84, "prosecutions")]),
]

# The hundred-and-fifty-sixth batch.
_READINGS_156 = [
    # "Seven more were injured"; prior arrests are a record each offender carries, no count
    ("Gang members killed 46 inmates in the prison riot. Seven more were injured.", [(46, "deaths"), (7, "injuries")]),
    ("Police arrested 3,870 people for theft, a third of them repeat offenders with more than 10 prior arrests.",
     [(3870, "arrests"), (33.3, "arrests")]),
    # the people whose data was stolen are the victims
    ("The ransomware group stole data on 2.4 million patients, the company said.", [(2400000, "victims")]),
    # "attacks on US healthcare organisations rose to 444": the attacks, the head of the phrase
    ("Ransomware attacks on US healthcare organisations rose to 444 in 2025.", [(444, "cases")]),
]
_FIELDS_156 = [
    # Barcelona is Spain's
    ("BARCELONA — Police arrested 3,870 people for theft in the first half.", "geo", ["ES"], dt.date(2026, 8, 19)),
]

# The hundred-and-fifty-seventh batch.
_READINGS_157 = [
    # the people on a gang list are its members (suspects); mining camps raided are sites, motors seized
    ("The number of people on the National Gang List rose to 9,810 in March, up 5% in a year.",
     [(9810, "suspects"), (5, "suspects")]),
    ("Soldiers destroyed equipment at 600 illegal gold mining camps, including 140 dredges and 85 motors.",
     [(600, "groups"), (140, "seizures"), (85, "seizures")]),
]
_SUBJECTS_157 = [
    # opioids are drugs; gang patches and gang lists are organised crime's
    ("Prosecutors charged 31 doctors accused of illegally distributing opioid pills.", ["drugs"]),
    ("Police made 1,470 arrests for displaying gang patches in public.", ["organized_crime"]),
]

# The hundred-and-fifty-eighth batch.
_FIELDS_158 = [
    # "Arrests: 1,204 (2024-25: 1,105)": the year in the brackets is the bracketed figure's only
    ("The agency published its annual report for 2025-26.\n• Arrests: 1,204 (2024-25: 1,105)", "period",
     ["2025/2026", "2024/2025"], dt.date(2026, 7, 16)),
    # "dropped to S$385m from S$402.3m a year earlier": the earlier end is the year before's
    ("Scam cases fell to 19.2k in the first half of 2026 from 26.6k a year earlier, while losses dropped to S$385m "
     "from S$402.3m.", "period", ["2026-01/2026-06", "2025-01/2025-06", "2026-01/2026-06", "2025-01/2025-06"],
     dt.date(2026, 8, 27)),
]
_SUBJECTS_158 = [
    # robbers are violent crime's; robbers who "escaped with R3.2m" are no prison escape
    ("In the biggest heist, robbers blew up an armoured van and escaped with R3.2m.", ["violent_crime"]),
]

# The hundred-and-fifty-ninth batch.
_READINGS_159 = [
    # fraud typologies are kinds of crime, which GUIDE.md leaves uncounted
    ("Police arrested 5,500 people. Investigators also identified 68 new fraud typologies.", [(5500, "arrests")]),
]
_FIELDS_159 = [
    # "in the past month" is the month before publication's, as "last month" is
    ("JOHANNESBURG — Police arrested 1,620 illegal miners in the past month, police said.", "period", ["2026-08"],
     dt.date(2026, 9, 2)),
    # scam syndicates "in Southeast Asia" say where the syndicates are; the figures stay the story's country's
    ("CANBERRA — Police restrained A$18 million linked to a network that moved funds for scam syndicates in Southeast "
     "Asia.", "geo", ["AU"], dt.date(2026, 8, 6)),
]

# The hundred-and-sixtieth batch.
_READINGS_160 = [
    # gas pumps inspected are checks carried out ("other"), even after a headline of things seized
    ("Secret Service finds 410 card skimmers at gas pumps\nAgents inspected more than 61,000 gas pumps and ATMs and "
     "found 410 skimming devices used for card fraud.", [(410, "seizures"), (61000, "other"), (410, "seizures")]),
]

# The hundred-and-sixty-first batch.
_READINGS_161 = [
    # the price each account fetched, and what victims paid recruiters each, are prices, no crime's sums
    ("Prosecutors indicted 1,860 people. Each account fetched between NT$5,000 and NT$18,000, investigators said.",
     [(1860, "prosecutions")]),
    ("Police charged 12 recruiters. Victims paid recruiters between Rp 8 million and Rp 25 million each for the jobs.",
     [(12, "prosecutions")]),
    # people sent to scam hubs are victims; drugs seized "from three warehouses" were seized at sites raided
    ("Police charge 12 over fake job offers that sent 340 to Cambodian scam hubs", [(12, "prosecutions"),
                                                                                  (340, "victims")]),
    ("Police seized 128 tonnes of cannabis from three warehouses in Lagos.", [(128, "seizures"), (3, "groups")]),
]

# The hundred-and-sixty-third batch.
_READINGS_163 = [
    # barges seized
    ("Federal police seized 19 aircraft and 31 river barges used to supply illegal gold mines.",
     [(19, "seizures"), (31, "seizures")]),
]

# The hundred-and-sixty-fourth batch.
_READINGS_164 = [
    # counterfeit notes detected are seized; a note's face value is no sum
    ("Banks detected 2.17 lakh counterfeit banknotes in 2025-26. Fake Rs 500 notes made up 1.12 lakh of those "
     "detected.", [(217000, "seizures"), (112000, "seizures")]),
    # what a crime cost is a sum lost, not spending; threats and breaches of orders are offences counted
    ("Fraud and error in the benefits system cost taxpayers an estimated £7.4 billion in the year to March 2026.",
     [(7400000000, "money")]),
    ("More than 1,350 hoax bomb threats were made against schools, forcing evacuations that cost districts an "
     "estimated $28 million.", [(1350, "cases"), (28000000, "money")]),
    ("Police charged 2,130 stalkers. Breaches of protection orders rose to 41,200.",
     [(2130, "prosecutions"), (41200, "cases")]),
]
_FIELDS_164 = [
    # a seizure's sentence closing with its month dates it ("... in September."), not a hub "raided in June"
    ("Customs seizes smuggled petrol\nABUJA — Customs said on Monday it had seized 61,400 litres of petrol packed in "
     "jerrycans and concealed in trucks at border crossings with Niger, Chad and Cameroon in September.", "period",
     ["2026-09"], dt.date(2026, 10, 6)),
]

# The hundred-and-sixty-fifth batch.
_READINGS_165 = [
    # an interest rate a lender charges is a loan's price; a guideline's threshold is no sum of a crime
    ("Police arrested 1,120 people in a crackdown on illegal lenders charging 1,000% interest.", [(1120, "arrests")]),
    ("Police arrested 86 lenders who set interest rates of up to 1,000% a year.", [(86, "arrests")]),
    ("Under the Sentencing Council's guidelines, a fraud causing a loss of more than £520,000 can bring seven years.",
     []),
]

# The hundred-and-sixty-sixth batch.
_READINGS_166 = [
    # illegal taps on pipelines are thefts counted; packs of cigarettes and water pumps are seized
    ("Pemex detected 7,800 illegal taps on its pipelines between January and August, 12% fewer than a year earlier.",
     [(7800, "cases"), (-12, "cases")]),
    ("Border guards seized 1.9 million packs of smuggled cigarettes and 240 water pumps.",
     [(1900000, "seizures"), (240, "seizures")]),
    # a share of a country's rivers is no crime figure
    ("Police arrested 412 illegal miners. The ministry said 40% of the country's rivers were polluted.",
     [(412, "arrests")]),
]
_FIELDS_166 = [
    # a seizure's closing month, before the attribution ("..., in April, the ministry said on Monday")
    ("Task force seizes 86 excavators in illegal mining crackdown\nACCRA — A task force seized 86 excavators, 240 "
     "water pumps and 31 chanfan machines from illegal gold mining sites along the Pra and Ankobra rivers in April, "
     "the lands ministry said on Monday.", "period", ["2026-04"] * 4, dt.date(2026, 5, 26)),
]

# The hundred-and-sixty-seventh batch.
_READINGS_167 = [
    # adults and mothers are people; the people a survey asked are no figure
    ("Police rescued 19 children. Six adults, including two mothers, were arrested.",
     [(19, "rescued"), (6, "arrests"), (2, "arrests")]),
    ("Police arrested 40 scammers. A survey of 2,000 adults found most had received a scam call.", [(40, "arrests")]),
]
_SUBJECTS_167 = [
    # online sexual exploitation of children is no trafficking (as child sexual abuse online is "other")
    ("NBI rescues 19 children from online sexual exploitation in Cebu raids", ["other"]),
]

# The hundred-and-sixty-eighth batch.
_READINGS_168 = [
    # "Among them, 9,400 were ... fraud cases": the part counts cases; not "were accused of crimes"
    ("Police solved 168,000 criminal cases and detained 212,000 suspects.\nAmong them, 9,400 were telecom and online "
     "fraud cases.", [(168000, "cases"), (212000, "arrests"), (9400, "cases")]),
    # licences sold to candidates for a price each are a price; booklets and stamps seized
    ("Police arrested nine people for selling forged licences to candidates for Rs 4 lakh each. Officers seized 63 "
     "blank licence booklets and 210 rubber stamps.", [(9, "arrests"), (63, "seizures"), (210, "seizures")]),
]
_FIELDS_168 = [
    # "a 100-day campaign that ended on August 31": the months its days ran through
    ("Police solved 168,000 criminal cases during a 100-day summer public security campaign that ended on August 31, "
     "the ministry said.", "period", ["2026-05/2026-08"], dt.date(2026, 9, 5)),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_144, *_READINGS_145, *_READINGS_146, *_READINGS_147, *_READINGS_148,
            *_READINGS_149, *_READINGS_150, *_READINGS_151,
            *_READINGS_152, *_READINGS_153, *_READINGS_154,
            *_READINGS_155, *_READINGS_156, *_READINGS_157, *_READINGS_159,
            *_READINGS_160, *_READINGS_161, *_READINGS_163,
            *_READINGS_164, *_READINGS_165, *_READINGS_166,
            *_READINGS_167, *_READINGS_168]
FIELDS = [*_FIELDS_144, *_FIELDS_145, *_FIELDS_146, *_FIELDS_148, *_FIELDS_149, *_FIELDS_150,
          *_FIELDS_152, *_FIELDS_153, *_FIELDS_156, *_FIELDS_158, *_FIELDS_159,
          *_FIELDS_164, *_FIELDS_166, *_FIELDS_168]
SUBJECTS = [*_SUBJECTS_144, *_SUBJECTS_146, *_SUBJECTS_147, *_SUBJECTS_148, *_SUBJECTS_149,
            *_SUBJECTS_150, *_SUBJECTS_151, *_SUBJECTS_152, *_SUBJECTS_153,
            *_SUBJECTS_157, *_SUBJECTS_158, *_SUBJECTS_167]
