"""Readings the held-out batches from the eight-hundred-and-seventy-second on (``tests/generalisation/``) showed
missing, each from sentences written for this test.  The earlier batches' are in ``readings_dew.py`` and the modules
before it."""
from __future__ import annotations

import datetime as dt

# Each table is run by ``test_metrics_readings.py``.

# The eight-hundred-and-seventy-second to eight-hundred-and-seventy-sixth batches: police and prosecutors' figures
_SUBJECTS_BRIEFINGS = [
    # the whole a share is of ("44 per cent of all crime") names no crime of the figures told after it: the part's
    ("Deception accounted for 44 per cent of all crime, with 18,925 cases reported, a rise of 6.4 per cent.",
     ["telecom_fraud", "telecom_fraud", "telecom_fraud"]),
    ("Fraud accounted for 40% of total crime, with 12,300 reports filed.", ["telecom_fraud", "telecom_fraud"]),
    ("Burglary made up 31 per cent of all offences, with 4,410 cases recorded.", ["other", "other"]),
    # complaints of a crime are that crime's, whatever the helpline that took them is called
    ("The state's cyber crime helpline received 1,41,208 complaints of online financial fraud in 2026.",
     ["telecom_fraud"]),
]
_READINGS_BRIEFINGS = [
    # handsets told as blocked in the passive are devices blocked (GUIDE.md's blocked device numbers), SIM cards
    # accounts; handsets seized and then blocked stay seized
    ("Police arrested 615 people in cyber fraud cases. Around 23,000 SIM cards and 9,400 mobile handsets (IMEIs) "
     "linked to the complaints were blocked.", [(615, "arrests"), (23000, "accounts"), (9400, "other")]),
    ("Police seized 40 phones from the scam centre, which were later blocked.", [(40, "seizures")]),
]

# The eight-hundred-and-seventy-seventh to eight-hundred-and-eighty-second batches: compounds, advisories, Europol
_READINGS_SWEEPS = [
    # a country's name counted as a nationality ("211 Myanmar") is one of the detainees, and no place
    ("Police detained 1,204 suspected scammers in Bokeo. Those detained included 305 Chinese, 211 Myanmar and 96 Lao "
     "nationals.", [(1204, "arrests"), (305, "arrests"), (211, "arrests"), (96, "arrests")]),
    # premises told as searched after what they were used as are searches made (GUIDE.md's other), not seized
    ("Police said 58 buildings used as call centres had been searched and 4,300 phones confiscated.",
     [(58, "other"), (4300, "seizures")]),
    ("Police raided 58 buildings used by scam gangs.", [(58, "groups")]),
]
_FIELDS_SWEEPS = [
    ("VIENTIANE -- Lao police detained 1,204 suspected scammers in Bokeo province. Those detained included 305 "
     "Chinese, 211 Myanmar and 96 Lao nationals.", "geo", ["LA", "LA", "LA", "LA"], dt.date(2026, 8, 22)),
    # a year before a country's name is no count of its people
    ("In 2024 Myanmar deported 300 people to China.", "geo", ["MM"], dt.date(2026, 8, 22)),
]

# The eight-hundred-and-eighty-third to eight-hundred-and-eighty-seventh batches: agencies (RSS, Daily News, ENA, GNA,
# VNA)
_FIELDS_AGENCIES = [
    # a fiscal year of the Bikram Sambat calendar (Nepal's) with no months told: mid-July to mid-July, once it ended;
    # its first months are no whole year
    ("KATHMANDU — Police received 21,480 complaints in the fiscal year 2082/83, which ended in mid-July.", "period",
     ["2025-07/2026-07"], dt.date(2026, 7, 20)),
    ("KATHMANDU — Police arrested 318 people during the opening four months of fiscal year 2083/84.", "period",
     [None], dt.date(2026, 11, 20)),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_BRIEFINGS, *_READINGS_SWEEPS]
FIELDS = [*_FIELDS_SWEEPS, *_FIELDS_AGENCIES]
SUBJECTS = [*_SUBJECTS_BRIEFINGS]
