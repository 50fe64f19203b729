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

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_KNOWN]
FIELDS = [*_FIELDS_KNOWN]
SUBJECTS: list[tuple[str, list[str]]] = []
