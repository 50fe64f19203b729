"""Readings the held-out batches from the six-hundred-and-seventh on (``tests/generalisation/``) showed missing,
each from sentences written for this test.  The earlier batches' are in ``readings_rime.py`` and the modules before
it."""
from __future__ import annotations

import datetime as dt

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The six-hundred-and-eighth batch of held-out articles.
_FIELDS_608 = [
    # a scheme's own account ("The scheme drew in 5,200 investors between 2021 and 2023") tells when the crime ran,
    # which dates no seizure told after it
    ("RIGA — A court in Riga has sentenced six organisers of a pyramid scheme to prison terms, prosecutors said on "
     "Monday.\n\nThe scheme drew in more than 5,200 investors across the country between 2021 and 2023, who lost about "
     "40 million euros, prosecutors said. Investigators had seized 12 flats and 5 cars belonging to the defendants.",
     "period", [None, "2021/2023", "2021/2023", None, None], dt.date(2026, 5, 4)),
]

# The six-hundred-and-eleventh batch of held-out articles.
_SUBJECTS_611 = [
    # traffic fines, tickets and summonses are no crime of the article's (a drug haul's), as traffic offences are not
    ("Police seized 2 kilograms of heroin in a car on Thursday.\nPolice also issued 380 traffic fines during the week.",
     ["drugs", "other"]),
    ("Police seized 2 kilograms of heroin on Thursday and issued 95 traffic tickets.", ["drugs", "other"]),
]

# The six-hundred-and-thirteenth batch of held-out articles.
_READINGS_613 = [
    # a corrected figure: the wrong one, after ", not", counts what the right one counts
    ("Police identified 640 suspects, not 6,400 as first announced, officials said.",
     [(640, "suspects"), (6400, "suspects")]),
    # a ranking's numbered items, each a place and its figure, count what its lead names
    ("Police arrested 9,100 fraud suspects in 2025.\n\nThe three regions with the most suspects arrested were:\n\n"
     "1. Kanto — 2,310\n2. Kansai — 1,420", [(9100, "arrests"), (2310, "arrests"), (1420, "arrests")]),
]
_FIELDS_613 = [
    # a running total "so far" in a clause of its own has no start, whatever the clause before it dates
    ("The ring is accused of cheating 2,100 people since 2023, and 38 suspects have been arrested so far.", "period",
     ["2023/2026", None], dt.date(2026, 5, 4)),
]

# The six-hundred-and-fourteenth batch of held-out articles.
_READINGS_614 = [
    # "the full-year total" told after a count of the sentence before is that count again, of another year
    ("Police received 2,240 sextortion complaints this year. Last year the full-year total was 1,730.",
     [(2240, "cases"), (1730, "cases")]),
]

# The six-hundred-and-seventeenth batch of held-out articles.
_READINGS_617 = [
    # the level a change reached names what changed, not a noun of the phrase that describes the crime
    ("Online fraud involving bank cards rose by 24% in 2025 to 6,310 cases, police said.",
     [(24, "cases"), (6310, "cases")]),
]
_SUBJECTS_617 = [
    # medicines named by what they treat or do are no narcotics
    ("Police shut down 95 websites selling fake slimming pills and erectile dysfunction drugs in 2025.", ["other"]),
]

# The six-hundred-and-nineteenth batch of held-out articles.
_READINGS_619 = [
    # a sum confiscated after a fine is another order's, not a penalty's written in a law
    ("The court fined the defendants a combined 12 million yuan and confiscated 40 million yuan in illegal gains.",
     [(12_000_000, "money"), (40_000_000, "money")]),
    # police forces taking part are no figure, as agencies are not
    ("Officers from 12 forces carried out dawn raids in 2025 and arrested 80 people.", [(80, "arrests")]),
]

# The six-hundred-and-twentieth batch of held-out articles.
_READINGS_620 = [
    # sacks of a drug are seized things, as bags are
    ("Police seized 30 sacks of cannabis in 2025.", [(30, "seizures")]),
]
_SUBJECTS_620 = [
    # a total whose part is told for its crime, the part counted in words or as a share, is crime overall
    ("Police made 40 arrests in 2025, including nine for drug offences.", ["other", "drugs"]),
    # "such crimes" with no crime named before them are the crimes told of before, whatever their part's crime
    ("Damage from cybercrime reached $5 million in 2025.\nPolice registered 9,000 such crimes in 2025, of which 60% "
     "were frauds committed by phone.", ["cybercrime", "cybercrime", "telecom_fraud"]),
]

# The six-hundred-and-twenty-first batch of held-out articles.
_FIELDS_621 = [
    # "the last fiscal year" is the latest financial year the article told of, not the first of a series
    ("Online fraud complaints have risen every year. In fiscal year 2023/24 the bureau received 4,100 complaints; in "
     "2024/25, 5,200; and in 2025/26, 6,900.\n"
     "Victims lost Rs 900 million in the last fiscal year, the bureau said.", "period",
     ["2023/2024", "2024/2025", "2025/2026", "2025/2026"], dt.date(2026, 8, 16)),
]

# The six-hundred-and-twenty-second batch of held-out articles.
_READINGS_622 = [
    # the ransom kidnappers demand "up to" is what one demand was, no sum paid, lost or seized
    ("Police recorded 14 kidnappings in 2026, with ransom demands up to $1 million.", [(14, "cases")]),
]

# The six-hundred-and-twenty-third batch of held-out articles.
_READINGS_623 = [
    # suspicious payments a bank stopped are an enforcement figure of its own, as transfers are
    ("The bank said its fraud systems stopped 61,000 suspicious payments in 2025.", [(61000, "other")]),
    # a firm's staff and its financial measures are no figures of crime
    ("The bank employs about 10,400 people and refunded €14 million to scam victims in 2025.", [(14_000_000, "money")]),
    ("The bank blocked 8,000 suspicious transfers to scammers in 2025.\nIt kept its guidance for a return on tangible equity of "
     "about 15%.", [(8000, "other")]),
]
_FIELDS_623 = [
    # a young man's home town is where he comes from, not where he was held; a compound "outside" a town is there
    ("For a year, Ravi, a 25-year-old student from Mumbai, worked in a compound outside Myawaddy.\nHe is one of 5,000 "
     "people freed from compounds along the border since February.", "geo", ["MM"], dt.date(2026, 6, 20)),
    # "About 4,300 of them" is a part of the figure before, in its window
    ("Police have freed 7,000 people from scam compounds since February.\nAbout 4,300 of them were Chinese nationals.",
     "period", ["2026-02/2026-06", "2026-02/2026-06"], dt.date(2026, 6, 20)),
]

# The six-hundred-and-twenty-fourth batch of held-out articles.
_READINGS_624 = [
    # a levy by the hectare is a rate, no sum lost; criminal cells dismantled are groups
    ("Extortion gangs charge farmers up to 3,000 pesos per hectare a year, and police dismantled 6 extortion cells in "
     "2025.", [(6, "groups")]),
]

# The six-hundred-and-twenty-fifth batch of held-out articles.
_READINGS_625 = [
    # looted statues returned are things recovered, as antiquities are
    ("Fourteen statues looted from temples during the war were returned to Laos in 2025.", [(14, "seizures")]),
]

# The six-hundred-and-twenty-eighth batch of held-out articles.
_FIELDS_628 = [
    # a year in brackets right after a figure is that figure's own
    ("Ransomware gangs hit more hospitals.\nAttacks on clinics rose from 120 (2023) to 305 (2025), officials said.",
     "period", ["2023", "2025"], dt.date(2026, 3, 2)),
    # suspects charged "worldwide" are no one country's
    ("The FBI said 45 suspects have been charged worldwide since 2022.", "geo", [None], dt.date(2026, 3, 2)),
]
_SUBJECTS_628 = [
    # bare "attacks" in a story of ransomware are cyber attacks (not "knife attacks", nor attacks on people)
    ("Ransomware gangs are targeting hospitals, officials said.\nAttacks on clinics rose to 305 in 2025.",
     ["cybercrime"]),
]

# The six-hundred-and-thirtieth batch of held-out articles.
_FIELDS_630 = [
    # a change "over the two years to September" is against the same span two years before
    ("Stalking offences reached 9,000 in the year to September 2026. Breaches of orders rose 9.3% over the two years "
     "to September to 22,140.", "baseline_period", [None, "2023-10/2024-09", None], dt.date(2026, 11, 20)),
]

# The six-hundred-and-thirty-fourth batch of held-out articles.
_READINGS_634 = [
    # vandalism's cost is a crime's sum; people whose licences were revoked are penalised ("other")
    ("Vandalism on trains cost the rail operator €12 million in 2025.", [(12_000_000, "money")]),
    ("Police revoked the firearm licences of 210 gun owners in 2025.", [(210, "other")]),
]
_SUBJECTS_634 = [
    ("Vandalism on trains cost the rail operator €12 million in 2025.", ["other"]),
    # staff "assaulted" are a violent crime's, as assaults are
    ("Vandalism on trains cost the rail operator €12 million in 2025.\nThe operator said its staff were assaulted 640 "
     "times in 2025.", ["other", "violent_crime"]),
]

# The six-hundred-and-thirty-fifth batch of held-out articles.
_SUBJECTS_635 = [
    # a bare "fraud" joined to a crime of the "other" kind is of that kind, no scam
    ("The agency secured 22 convictions for tax evasion and fraud in 2025, with courts imposing C$9 million in fines.",
     ["other", "other"]),
]

# The six-hundred-and-thirty-sixth batch of held-out articles.
_READINGS_636 = [
    # a part of a period's own crimes, with the verb after it: "68 of the year's murders had been solved"
    ("Police recorded 412 murders in 2025.\nDetection rates stayed low: police said only 51 of the year's murders had "
     "been solved.", [(412, "cases"), (51, "cases")]),
]

# The six-hundred-and-thirty-seventh batch of held-out articles.
_READINGS_637 = [
    # the level a phrase reached is its head noun's ("Arrests for drug-related crime reached"), not the crime it is for
    ("Stock theft cases fell in 2025. Arrests for drug-related crime reached 98,400.", [(98400, "arrests")]),
]

# The six-hundred-and-thirty-ninth batch of held-out articles.
_FIELDS_639 = [
    # "the same two months of 2025" after a window told before is that window in 2025, not the year's first two months
    ("Police ran a summer operation against burglaries from July 1 to August 31.\nBurglaries fell 6.2% compared with "
     "the same two months of 2025, to 14 020.", "baseline_period", ["2025-07-01/2025-08-31", None],
     dt.date(2026, 9, 10)),
]

# The six-hundred-and-fortieth batch of held-out articles.
_SUBJECTS_640 = [
    # controlled, narcotic and psychotropic substances are drugs
    ("Police registered 640 cases involving controlled substances in 2025.", ["drugs"]),
]

# Known misses of ``test_metrics_parts.KNOWN_MISSES`` read in this stop.
_FIELDS_KNOWN = [
    ("Police recorded 119 murders in 2025, a rate of 14.6 per 100,000 people, down from 142 in 2024.", "period",
     ["2025", "2024"], dt.date(2026, 1, 5)),
    # Bosnia's convertible marks written as bare "marks" with a scale (a bare "85 marks" is an exam's)
    ("The gang stole cars worth 3.2 million marks in Bosnia in 2025.", "unit", ["BAM"], dt.date(2026, 3, 1)),
]
_READINGS_KNOWN = [
    # the earlier end of a count's change told right after a rate per head in apposition (not the rate's own: "rose to
    # 8.1 per lakh population from 6.2")
    ("Police recorded 119 murders in 2025, a rate of 14.6 per 100,000 people, down from 142 in 2024.",
     [(119, "cases"), (142, "cases")]),
    ("Students scored 85 marks on average, while police arrested 12 people for cheating in 2025.", [(12, "arrests")]),
]

# The six-hundred-and-forty-first batch of held-out articles.
_READINGS_641 = [
    # ships pirates attacked or tried to board, or that were hijacked, are their attacks (cases)
    ("Pirates attacked or attempted to board 22 vessels off Benin in 2025, up from 14 in 2024.",
     [(22, "cases"), (14, "cases")]),
    ("Pirates struck again in 2025.\nFour ships were hijacked off the coast.", [(4, "cases")]),
]

# The six-hundred-and-forty-third batch of held-out articles.
_READINGS_643 = [
    # a prison's population is no figure, however "held" its inmates are
    ("Gangs clashed at the prison, which holds about 6,400 inmates, killing 31 of them.", [(31, "deaths")]),
]
_FIELDS_643 = [
    # "the deadliest riot in the country this year": the rank's year, no period of the figure (the day a riot broke
    # out is a weekday here)
    ("At least 31 inmates were killed in a prison riot on Tuesday, the deadliest riot in the country this year.",
     "period", [None], dt.date(2026, 9, 30)),
]

# The six-hundred-and-forty-fourth batch of held-out articles.
_READINGS_644 = [
    # people "detected carrying" undeclared or illegal goods are suspects, no arrest told
    ("Customs detected about 230 passengers carrying undeclared cash at the airport in 2025.", [(230, "suspects")]),
]

# The six-hundred-and-forty-fifth batch of held-out articles.
_READINGS_645 = [
    # people "stopped" or "caught" carrying drugs are caught (arrests), and what they carried is seized
    ("Customs officers stopped 23 couriers carrying a total of 9.2 kilograms of cocaine in 2025.",
     [(23, "arrests"), (9.2, "seizures")]),
]
_FIELDS_645 = [
    # Iceland's places written with their accents, and its demonym before an agency
    ("REYKJAVÍK — Icelandic customs officers seized 12 kilograms of cocaine in 2025.", "geo", ["IS"],
     dt.date(2026, 2, 20)),
]

# The six-hundred-and-forty-sixth batch of held-out articles.
_READINGS_646 = [
    # chainsaws seized from illegal loggers are things seized
    ("Authorities seized 410 head of cattle grazing on cleared land and 38 chainsaws in 2025.",
     [(410, "seizures"), (38, "seizures")]),
]

# The six-hundred-and-forty-seventh batch of held-out articles.
_SUBJECTS_647 = [
    # mob justice and mob action are violent crimes, as lynchings are
    ("Police recorded 940 cases of mob action in 2025.", ["violent_crime"]),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_KNOWN, *_READINGS_613, *_READINGS_614, *_READINGS_617, *_READINGS_619, *_READINGS_620,
            *_READINGS_622, *_READINGS_623, *_READINGS_624,
            *_READINGS_625, *_READINGS_634, *_READINGS_636,
            *_READINGS_637, *_READINGS_641,
            *_READINGS_643, *_READINGS_644,
            *_READINGS_645, *_READINGS_646]
FIELDS = [*_FIELDS_KNOWN, *_FIELDS_608, *_FIELDS_613, *_FIELDS_621, *_FIELDS_623, *_FIELDS_628,
          *_FIELDS_630, *_FIELDS_639, *_FIELDS_643, *_FIELDS_645]
SUBJECTS = [*_SUBJECTS_611, *_SUBJECTS_617, *_SUBJECTS_620, *_SUBJECTS_628,
            *_SUBJECTS_634, *_SUBJECTS_635, *_SUBJECTS_640,
            *_SUBJECTS_647]
