"""Readings the held-out batches from the eight-hundred-and-eighty-eighth on (``tests/generalisation/``) showed
missing, each from sentences written for this test.  The earlier batches' are in ``readings_haze.py`` and the modules
before it."""
from __future__ import annotations

import datetime as dt

# Each table is run by ``test_metrics_readings.py``.

# The eight-hundred-and-eighty-eighth to nine-hundred-and-third batches: agency English (Bernama, Xinhua, Antara, PNA,
# KUNA, APP, BSS, KNA, NAN, Yonhap, CNA, Kyodo) and national reports
_READINGS_AGENCIES = [
    # people referred "to the prosecution" are charged, whatever cases follow them
    ("Customs referred 2,876 suspects to the prosecution in 1,954 drug cases.", [(2876, "prosecutions"),
                                                                                  (1954, "cases")]),
    # SIMs are SIM cards: seized when recovered, accounts when blocked
    ("The agency recovered 310 mobile phones and 1,450 SIMs from the fraud suspects.", [(310, "seizures"),
                                                                                         (1450, "seizures")]),
    ("Police blocked 2,300 SIMs used in fraud.", [(2300, "accounts")]),
    # a part of the people told in the sentence before, by nationality after "were"
    ("Agents arrested 186 foreign nationals in the scam hub raid. The spokesperson said most of the foreigners were "
     "Chinese nationals, while 41 were Vietnamese and 12 were Indonesians.",
     [(186, "arrests"), (41, "arrests"), (12, "arrests")]),
    ("Police rescued 300 scam workers. Of those arrested, 201 were Chinese and 54 Vietnamese.",
     [(300, "rescued"), (201, "arrests"), (54, "arrests")]),
    ("Police seized 41 phones from the scam centre. An officer said 12 were Chinese.", [(41, "seizures")]),
    # a count set by a copula after "the number of" and the phrase it counts
    ("The number of fraud cases reported last month was 11,390, police said.", [(11390, "cases")]),
    ("The number of people arrested for drug offences in 2025 was about 4,512.", [(4512, "arrests")]),
    # the noun that changed, past where it was counted
    ("Mobile money fraud cases reported in the country rose to 11,842 in the third quarter, a 23 per cent increase.",
     [(11842, "cases"), (23, "cases")]),
    # the other end of "a rise over the 314 recorded"
    ("The EFCC secured 412 convictions between January and November. The convictions represent a 31 per cent rise "
     "over the 314 recorded in the same period of 2025.", [(412, "convictions"), (31, "convictions"),
                                                           (314, "convictions")]),
]
_FIELDS_AGENCIES = [
    # a scale cut short with a full stop ("bil.") before its currency
    ("Japan's fraud losses top 100 bil. yen", "unit", ["JPY"], dt.date(2026, 11, 20)),
    ("Losses from fraud reached 104.6 bil. yen in the ten months.", "value", [104.6e9], dt.date(2026, 11, 20)),
    # "the same period of 2025" after a window told before: the change's baseline, the other end's months
    ("The EFCC secured 412 convictions between January and November. The convictions represent a 31 per cent rise "
     "over the 314 recorded in the same period of 2025.", "period",
     ["2026-01/2026-11", "2026-01/2026-11", "2025-01/2025-11"], dt.date(2026, 12, 1)),
    ("The EFCC secured 412 convictions between January and November. The convictions represent a 31 per cent rise "
     "over the 314 recorded in the same period of 2025.", "baseline_period", [None, "2025-01/2025-11", None],
     dt.date(2026, 12, 1)),
]
_SUBJECTS_AGENCIES = [
    # migrants caught, in a sentence that names no crime: a migration figure, whatever the article's drugs
    ("Officers seized 13,400 pounds of fentanyl at the border. Southwest border apprehensions of migrants totaled "
     "238,000 for the fiscal year.", ["drugs", "other"]),
    ("Officers seized 1,100 pounds of fentanyl. Migrant apprehensions totaled 238,000.", ["drugs", "other"]),
    ("Border Patrol agents apprehended 48,200 migrants, and officers seized 1,100 pounds of fentanyl.",
     ["other", "drugs"]),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_AGENCIES]
FIELDS = [*_FIELDS_AGENCIES]
SUBJECTS = [*_SUBJECTS_AGENCIES]
