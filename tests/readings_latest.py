"""Readings the held-out batches from the thirty-first on (``tests/generalisation/``) showed missing, each from
sentences written for this test: parts of totals and their crimes, periods told after a compared figure, windows by
day and by quarter, list items led by a country, crackdowns launched in a month, and what is no figure (budgets,
one person's accounts, a law's penalties).  The earlier batches' are in ``test_metrics_readings.py`` and
``test_metrics_readings_late.py``."""
from __future__ import annotations

import datetime as dt

from tests.extraction import PUB

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The thirty-first batch of held-out articles.
_READINGS_31 = [
    # an acronym's compound between a count and its noun
    ("Police seized 85 SIM-box devices and 12 Wi-Fi routers.", [(85, "seizures"), (12, "seizures")]),
    # buildings where raids were carried out are sites raided
    ("The raids, carried out between May 4 and May 6 at seven buildings, netted 900 phones.",
     [(7, "groups"), (900, "seizures")]),
    # people identified as victims, after a part of the people detained
    ("Police detained 500 foreigners in the raids. Police said 33 of the foreigners had been identified as victims "
     "of trafficking.", [(500, "arrests"), (33, "victims")]),
    ("Police detained 500 foreigners in the raids. Of them, 33 were identified as trafficking victims.",
     [(500, "arrests"), (33, "victims")]),
    # a part of a sum the authorities spend is spent too
    ("The government will allocate RM8 billion to the police next year, including RM2 billion for new vehicles.", []),
]
_FIELDS_31 = [
    # the period told after a figure it is compared with is that figure's
    ("Scam cases rose in the first half of 2026, police said.\nPolice arrested 900 scammers, more than the 700 "
     "arrested in the first half of 2025.", "period", ["2026-01/2026-06", "2025-01/2025-06"], dt.date(2026, 8, 2)),
    # a change with no period of its own is the change of its sentence's figure, not the last sentence's
    ("Prosecutors charged 5,000 fraud suspects in 2025, the report said.\nOver the past five years, they charged "
     "20,000 fraud suspects.\nCourts heard 900 fraud cases, down 8 percent from 2024.", "period",
     ["2025", "2021/2025", "2025", "2025"], dt.date(2026, 3, 9)),
]
# The thirty-second batch of held-out articles.
_READINGS_32 = [
    # a gang's members do what its victims suffer
    ("In one case, a gang of 40 people cheated 900 victims out of 8 million yuan.",
     [(40, "suspects"), (900, "victims"), (8e6, "money")]),
    ("Police named 300 people as suspects in the betting probe.", [(300, "suspects")]),
    # headlines' present tense; a change's noun is not another clause's
    ("Fraud falls 6pc in March", [(-6, "cases")]),
    ("Scam cases dip 6pc in March", [(-6, "cases")]),
    ("Crime rose 5% in the first half, while arrests fell 3%.", [(5, "cases"), (-3, "arrests")]),
    ("Crime falls 4pc in first half, but drug arrests of youths climb", [(-4, "cases")]),
]
_FIELDS_32 = [
    # two years in a row are one span
    ("A gang of 40 people cheated 900 victims in 2019 and 2020.", "period", ["2019/2020", "2019/2020"],
     dt.date(2021, 5, 1)),
    # a crackdown launched in a month: its window to date
    ("Police have named 300 people as suspects in a betting crackdown launched in March.", "period", ["2026-03/2026-06"],
     dt.date(2026, 6, 18)),
    # the other end of "up from" counts what its figure counts
    ("In 2025, police deported 6,000 foreigners involved in online fraud and gambling, up from 4,000 a year earlier.",
     "subject", ["telecom_fraud", "telecom_fraud"], PUB),
    # "Most of those held": the figures before, whatever their window
    ("Police said they had detained 2,000 scam workers since early January.\nMost of those held were from China, with "
     "1,500 Chinese nationals.", "period", ["2025-01/2025-03", "2025-01/2025-03"], dt.date(2025, 3, 20)),
    # a headline's "over 11,000" is the body's 11,250
    ("Courts convict over 11,000 in fraud cases\nCourts convicted 11,250 fraud suspects in the first five months of "
     "this year.", "period", ["2017-01/2017-05", "2017-01/2017-05"], dt.date(2017, 6, 22)),
]
# The thirty-third batch of held-out articles.
_READINGS_33 = [
    # buildings the raids targeted are sites raided
    ("The scam raids, which began on May 2, targeted 12 buildings in the zone.", [(12, "groups")]),
    # people released after questioning were questioned: suspects
    ("Police detained 300 scam suspects.\nA further 90 people, most of them local residents, were released after "
     "questioning.", [(300, "arrests"), (90, "suspects")]),
    # one person's own accounts are no enforcement figure
    ("The scam syndicate used her four bank accounts to move the money.", []),
]
# The thirty-fourth batch of held-out articles.
_READINGS_34 = [
    # offices raided are sites raided; an agency's own offices are no figure
    ("The fraud ring's members were detained in raids on six offices last month.", [(6, "groups")]),
    ("The fraud agency has 40 offices nationwide.", []),
    # officers GUIDE.md leaves uncounted count when they are killed or hurt
    ("Nine drug suspects were killed in the shootout, while two police officers were wounded.",
     [(9, "deaths"), (2, "injuries")]),
    ("About 1,200 police officers were deployed for the drug raid.", []),
    # actions against people: "other" enforcement figures
    ("Civil actions, including warning letters, against more than 900 money mules.", [(900, "other")]),
]
_FIELDS_34 = [
    # "nearly double the figure of 2013": the year compared with, not the figure's
    ("Prosecutors charged 5,000 people with drug crimes in 2015.\nOver the past three years, police seized 9 tonnes of "
     "drugs.\nThe number of people prosecuted for fraud reached 2,000, nearly double the figure of 2013.", "period",
     ["2015", "2013/2015", "2015"], dt.date(2016, 3, 13)),
    # a window told after the month the opening dates its figures by is the later statistic's
    ("Police arrested 900 drug suspects and seized about 200 kilograms of shabu worth P1.5 billion in anti-drug "
     "operations in June, the agency said.\nFrom January to June, anti-drug operations led to the arrest of 5,000 "
     "people.", "period", ["2026-06", "2026-06", "2026-06", "2026-01/2026-06"], dt.date(2026, 7, 1)),
]
# The thirty-fifth batch of held-out articles.
_READINGS_35 = [
    # people an arrest warrant is out for are not caught yet
    ("Police issued arrest warrants for 14 fraud suspects.", [(14, "suspects")]),
    ("Police arrested 30 fraud suspects.", [(30, "arrests")]),
    # frozen property listed after the freezing is seized
    ("The agency has frozen assets worth 90 million baht belonging to 12 scam suspects.\nThe assets include 20 plots "
     "of land and 7 luxury cars.", [(90e6, "money"), (12, "suspects"), (20, "seizures"), (7, "seizures")]),
    # Brazil's real; search warrants served
    ("A court ordered the freezing of up to R$80 million in assets of the fraud suspects.", [(80e6, "money")]),
    ("Officers served 60 search warrants in the fraud probe.", [(60, "other")]),
]
_FIELDS_35 = [
    ("A court ordered the freezing of up to R$80 million in assets of the fraud suspects.", "unit", ["BRL"], PUB),
    # a figure in a "when" clause after a year is that year's
    ("Fraud losses reached Rs 900 crore in 2025, 20% higher than in 2024, when Rs 750 crore was reported.", "period",
     ["2025", "2025", "2024"], dt.date(2026, 2, 5)),
    # a headline year refined by a window that is the year itself stays the year
    ("Over 40 lakh fraud complaints in 2025\nCitizens filed 40.2 lakh fraud complaints in 2025.\nOver 9 lakh SIM cards "
     "had been blocked as of December 31, 2025.", "period", ["2025", "2025", "2025-01-01/2025-12-31"],
     dt.date(2026, 2, 5)),
]
# The thirty-sixth batch of held-out articles.
_READINGS_36 = [
    # an age range's upper end is no sum
    ("Their median fraud loss was $900, compared with $300 for people ages 20 to 29.", [(900, "money"), (300, "money")]),
    # "nearly half of the total" after a sum: a share of the money
    ("Police recorded 30,000 fraud cases in 2025.\nFraudsters posing as police accounted for ¥20 billion, nearly half "
     "of the total.", [(30000, "cases"), (20e9, "money"), (50, "money")]),
    # people of a group who will be questioned are suspects
    ("Indonesia repatriated 200 scam victims.\nAbout 40 of the returnees will be questioned by police.",
     [(200, "rescued"), (40, "suspects")]),
]
_FIELDS_36 = [
    # "said the raids on Sept 29": the day of the raids, not of the statement
    ("Police crippled a drug syndicate with the arrest of 11 people in raids last week.\nThe director said the raids on "
     "Sept 29 and 30 led to the seizure of 900kg of syabu and 40,000 ecstasy pills.", "period",
     ["2026-09", "2026-09", "2026-09"], dt.date(2026, 10, 5)),
    # "about the same as in 2024": the year compared with
    ("Fraud losses rose in 2025, the FTC said.\nThe agency received 2.8 million fraud reports, about the same as in "
     "2024.", "period", ["2025"], dt.date(2026, 3, 11)),
    # brought home from scam operations in several countries: no one country
    ("Since January, Indonesia has brought home 900 citizens from scam operations in Cambodia, Myanmar and Laos.",
     "geo", [None], dt.date(2026, 3, 18)),
]
# The thirty-seventh batch of held-out articles.
_READINGS_37 = [
    # a part of a total "listed as" something
    ("Police arrested 900 wanted persons, including 150 listed as most wanted, in a manhunt.",
     [(900, "arrests"), (150, "arrests")]),
]
_FIELDS_37 = [
    ("In the first 10 days of May, police recorded 1,500 index crimes.", "period", ["2026-05-01/2026-05-10"],
     dt.date(2026, 5, 21)),
    ("Police recorded 9,000 scam cases in the first quarter of 2026, 4 per cent more than in the last quarter of 2025.",
     "baseline_period", [None, "2025-10/2025-12"], dt.date(2026, 5, 20)),
    ("Courts tried 300,000 fraud defendants in past decade", "period", ["2016/2025"], dt.date(2026, 7, 8)),
    ("Scam victims lost $800 million in the 12 months to March 2026, down from $1 billion in the previous 12-month "
     "period.", "period", ["2025-04/2026-03", "2024-04/2025-03"], dt.date(2026, 5, 20)),
]
_SUBJECTS_37 = [
    # a manhunt for wanted persons is no one crime's, though the next sentence names one
    ("Police arrested 900 wanted persons in a week-long manhunt.\nThe operation also led to the arrest of 80 suspects "
     "for illegal gambling.", ["other", "gambling"]),
]
# The thirty-eighth batch of held-out articles.
_READINGS_38 = [
    # sites a raid closes, told as "N of them"
    ("Police carried out 300 raids on scam sites, closing 70 of them.", [(300, "other"), (70, "groups")]),
    # a headline's bare count and its verb, the particle after it another phrase's
    ("Nine charged over laundering for gambling syndicates", [(9, "prosecutions")]),
    # a sum taken from people: they are its victims; founders are people
    ("SEC charges founders of crypto Ponzi scheme that took $90 million from 7,000 investors",
     [(90e6, "money"), (7000, "victims")]),
    ("The SEC charged three founders of a fraud scheme.", [(3, "prosecutions")]),
]
_FIELDS_38 = [
    # investors in many countries are where the victims were: the story keeps its country
    ("NEW YORK (Reuters) - The SEC charged three founders of a Ponzi scheme that raised $90 million from 7,000 "
     "investors in 30 countries.\nOne founder was arrested in Miami.", "geo", ["US", "US", "US", "US"], PUB),
]
_SUBJECTS_38 = [
    # a part of a total takes the total's crime, unless it names its own
    ("Authorities rescued 900 victims of human trafficking from scam compounds, including 120 children.",
     ["human_trafficking", "human_trafficking"]),
    ("Prosecutors charged 198,000 people over cyber-related crimes in the first three quarters, of whom 61,000 were "
     "charged with telecom fraud.", ["cybercrime", "telecom_fraud"]),
]
# The thirty-ninth batch of held-out articles.
_READINGS_39 = [
    # the lead group of a list are offenders, not the victims counted before
    ("A syndicate stole P900 million from 1,200 victims.\nThe suspects, including 8 Chinese nationals, were arrested "
     "in raids on two condominium units.", [(900e6, "money"), (1200, "victims"), (8, "arrests"), (2, "groups")]),
    # the parts of those arrested: sent to prosecutors, being investigated
    ("Police arrested 90 scam suspects. Of those arrested, 60 have been sent to prosecutors and 30 are being "
     "investigated without detention.", [(90, "arrests"), (60, "prosecutions"), (30, "suspects")]),
    # money invested and transactions watched are no crime figures
    ("Scam losses rose last year, police said.\nBanks plan to invest about $1.2 billion in systems that monitor 20 "
     "million transactions a day.", []),
]
_FIELDS_39 = [
    # a list item led by a country's name in capitals
    ("Here are some figures:\n* CAMBODIA: Police detained 2,000 people in scam raids in February.", "geo", ["KH"],
     dt.date(2026, 3, 12)),
]
# The fortieth batch of held-out articles.
_FIELDS_40 = [
    # two days before their month, day first
    ("Myanmar handed over 900 foreign scam workers to Thai authorities on 18 and 19 March.", "period", ["2025-03"],
     dt.date(2025, 3, 20)),
    # "since early this year": a window to date, which dates no later sentence
    ("The gang is believed to have cheated 1,500 people since early this year.\nOfficers seized 60 mobile phones from "
     "the fraud gang.", "period", ["2025-01/2025-11", None], dt.date(2025, 11, 4)),
]

# The forty-second batch of held-out articles.
_FIELDS_42 = [
    # a headline's half with no year: this year's
    ("Courts handle 9,000 telecom fraud cases in first half", "period", ["2020-01/2020-06"], dt.date(2020, 7, 30)),
    # a window across two years that ends "this year"
    ("Courts heard 8,900 card-selling cases between October 2019 and June this year.", "period", ["2019-10/2020-06"],
     dt.date(2020, 7, 30)),
    # a share of the group a sentence opens with has no baseline
    ("The wing registered 90,000 fraud complaints in 2025-26, against 80,000 in 2024-25.\nOf the complaints, 38% "
     "related to investment fraud.", "baseline_period", [None, None, None], dt.date(2026, 4, 15)),
]
_SUBJECTS_42 = [
    # a police unit's name says nothing of the money it froze "belonging to fraudsters"
    ("The Tamil Nadu Police's Cyber Crime Wing froze Rs 412.6 crore belonging to fraudsters.", ["telecom_fraud"]),
]

# The forty-fourth batch of held-out articles.
_READINGS_44 = [
    # people shot are hurt; locations inspected and people checked are other enforcement figures
    ("Shooting incidents fell 28% to 812, and the number of people shot dropped to 1,004.",
     [(-28, "cases"), (812, "cases"), (1004, "injuries")]),
    ("During the trafficking operation, authorities inspected 9,000 locations and checked 30,000 people.",
     [(9000, "other"), (30000, "other")]),
    # suspicious matter reports are anti-money-laundering reports
    ("AUSTRAC received 400,000 suspicious matter reports in 2025, up 14 per cent on the year before.",
     [(400000, "cases"), (14, "cases")]),
]
_FIELDS_44 = [
    # a week of action's month dates the lead's figures
    ("Police in 31 countries arrested 212 suspected human traffickers and identified 1,430 potential victims during "
     "a week of action in early June, Europol said.", "period", ["2026-06", "2026-06"], dt.date(2026, 6, 26)),
]
_SUBJECTS_44 = [
    ("AUSTRAC received 400,000 suspicious matter reports in 2025.\nScams were the most common suspected offences, "
     "named in 38 per cent of reports, followed by money laundering at 24 per cent.",
     ["money_laundering", "telecom_fraud", "money_laundering"]),
]

# The forty-fifth batch of held-out articles.
_FIELDS_45 = [
    # Bangladesh's taka written "Tk"
    ("Investigators recovered Tk 1.8 crore in cash from the fraud gang.", "unit", ["BDT"], PUB),
    ("Investigators recovered Tk 1.8 crore in cash from the fraud gang.", "value", [1.8e7], PUB),
]

# The forty-sixth batch of held-out articles.
_READINGS_46 = [
    # "one of N complaints": N is a total
    ("His case is one of 90,000 digital arrest complaints registered on the portal in 2025.", [(90000, "cases")]),
    # satellite receivers seized
    ("Troops seized 44 satellite internet receivers and 500 mobile phones at the scam compound.",
     [(44, "seizures"), (500, "seizures")]),
    # what mules are paid to rent out their accounts is no crime sum, either end of its range
    ("Police arrested 2,000 people in digital arrest cases, many of them account holders who rented their accounts to "
     "the gangs for Rs 10,000 to Rs 50,000 a month.", [(2000, "arrests")]),
]
_FIELDS_46 = [
    # an operation "that began in mid-October": its window to date
    ("The junta said it detained 1,400 scam workers during a month-long operation that began in mid-October.", "period",
     ["2025-10/2025-11"], dt.date(2025, 11, 20)),
    # "in the first week of December": an event's month, anywhere in its sentence
    ("In the first week of December, a retired bank manager in Pune was kept on a video call by men posing as CBI "
     "officers and transferred Rs 3.4 crore to the scam gang.", "period", ["2025-12"], dt.date(2026, 2, 23)),
]

# The forty-seventh batch of held-out articles.
_READINGS_47 = [
    # investigators a committee calls for are uncounted people, whatever describes them
    ("The committee called for 1,500 more specialist fraud investigators.", []),
]
_FIELDS_47 = [
    # a running total's window ("bringing the total for the first seven months ...") is not the figures' before it
    ("Police recorded 2,140 online scam cases involving losses of RM98.4mil in July, bringing the total for the first "
     "seven months of the year to 15,870 cases.", "period", ["2026-07", "2026-07", "2026-01/2026-07"],
     dt.date(2026, 8, 5)),
]

# The forty-eighth batch of held-out articles.
_READINGS_48 = [
    # market value wiped off a share price is no crime sum
    ("Shares of a payments firm fell 18% on Tuesday, wiping about $2.3 billion off its market value, after a report "
     "that regulators were examining its fraud controls.", []),
    # fans arrested; people treated for injuries, past an aside
    ("Police said 14 fans were arrested and 9 people, including two police officers, were treated for minor injuries "
     "after the violence.", [(14, "arrests"), (9, "injuries"), (2, "injuries")]),
]
_FIELDS_48 = [
    # a match's "second half" is no period
    ("Three players were sent off in the second half after fans attacked police, and 14 fans were arrested.", "period",
     [None], dt.date(2026, 9, 14)),
]

# The forty-ninth batch of held-out articles.
_FIELDS_49 = [
    # "June alone": a month named as its figure's subject
    ("Residents lost Rs 512 crore to cyber fraud in the first half of 2026.\nJune alone accounted for Rs 112 crore in "
     "losses.", "period", ["2026-01/2026-06", "2026-06"], dt.date(2026, 7, 12)),
]

# The fiftieth batch of held-out articles.
_READINGS_50 = [
    # department heads are people (and attacks are crimes, counted as cases since batch 115, as this batch's own labels
    # have them; the seed's "two high-profile deadly attacks" are a story's events, spelled, and stay uncounted)
    ("A ransomware group blamed for more than 300 attacks on hospitals was dismantled.", [(300, "cases")]),
    ("The anti-graft agency arrested 14 civil servants, including six department heads, over bribes.",
     [(14, "arrests"), (6, "arrests")]),
]
_FIELDS_50 = [
    # a crime's window told with its own sum ("for allegedly accepting bribes of ... between 2022 and 2025") is the
    # sum's, not the arrests'
    ("The commission arrested 14 civil servants for allegedly accepting bribes totalling RM3.2 million between 2022 "
     "and 2025.", "period", [None, "2022/2025"], dt.date(2026, 4, 22)),
]
_SUBJECTS_50 = [
    # a ransomware group's attacks are cyber crime
    ("A ransomware group blamed for attacks on hospitals extorted at least $180 million in ransom payments.",
     ["cybercrime"]),
]

# The fifty-first batch of held-out articles.
_FIELDS_51 = [
    # Macau's pataca
    ("Fraud victims in Macau lost a total of 318 million patacas last year.", "unit", ["MOP"], PUB),
    ("Fraud victims lost MOP$2.4 million to the phone scam, police said.", "unit", ["MOP"], PUB),
]

# The fifty-second batch of held-out articles.
_FIELDS_52 = [
    # a headline's "from a decade ago" with no period of its own takes the body's baseline
    ("Telecom fraud cases in China fall 18% from a decade ago\nChinese courts concluded 27,000 telecom fraud cases in "
     "2025, down 18 percent compared with 10 years ago.", "baseline_period", ["2015", None, "2015"],
     dt.date(2026, 3, 10)),
    # "the first decline since 2016" dates nothing
    ("Job scams were the most common type of scam in 2025, with 9,870 cases.\nTotal losses fell 8.3 per cent to $1.01 "
     "billion, the first decline since 2016.", "period", ["2025", "2025", "2025"], dt.date(2026, 2, 16)),
]

# The fifty-third batch of held-out articles.
_READINGS_53 = [
    # "70 percent of them": a share of the noun the sentence opens with
    ("Prosecutors charged 18,000 people with defrauding elderly people in 2025.\nSuch cases involved losses of 4.6 "
     "billion yuan, and more than 70 percent of them were carried out through health product sales.",
     [(18000, "prosecutions"), (4.6e9, "money"), (70, "cases")]),
]
_FIELDS_53 = [
    # "the third on a scam site in the province this year": a rank, which dates nothing
    ("Police raided a scam compound on Sunday and detained 480 foreign nationals.\nOfficers also seized 1,100 mobile "
     "phones during the raid, the third on a scam site in the province this year.", "period", [None, None],
     dt.date(2026, 8, 11)),
]

# The fifty-fourth batch of held-out articles.
_READINGS_54 = [
    # aircraft are uncounted, whatever flies them
    ("China flies home 540 nationals freed from scam centres\nMAE SOT, Thailand — Three Chinese aircraft flew 540 "
     "Chinese nationals home from Mae Sot airport on Tuesday.", [(540, "rescued"), (540, "rescued")]),
]
_SUBJECTS_54 = [
    # a crime named in a later ", while" clause is that clause's figure's
    ("Police detained 318 scam workers in the raid.\nAmong those held were 197 Chinese and 21 Malaysians, while 36 "
     "Filipino workers were identified as possible trafficking victims.",
     ["telecom_fraud", "telecom_fraud", "telecom_fraud", "human_trafficking"]),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_31, *_READINGS_32, *_READINGS_33, *_READINGS_34, *_READINGS_35, *_READINGS_36, *_READINGS_37,
            *_READINGS_38, *_READINGS_39, *_READINGS_44, *_READINGS_46, *_READINGS_47, *_READINGS_48,
            *_READINGS_50, *_READINGS_53, *_READINGS_54]
FIELDS = [*_FIELDS_31, *_FIELDS_32, *_FIELDS_34, *_FIELDS_35, *_FIELDS_36, *_FIELDS_37, *_FIELDS_38, *_FIELDS_39,
          *_FIELDS_40, *_FIELDS_42, *_FIELDS_44, *_FIELDS_45, *_FIELDS_46, *_FIELDS_47, *_FIELDS_48, *_FIELDS_49, *_FIELDS_50,
          *_FIELDS_51, *_FIELDS_52, *_FIELDS_53]
SUBJECTS = [*_SUBJECTS_37, *_SUBJECTS_38, *_SUBJECTS_42, *_SUBJECTS_44, *_SUBJECTS_50, *_SUBJECTS_54]
