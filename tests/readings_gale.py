"""Readings the held-out batches from the three-hundred-and-eightieth on (``tests/generalisation/``) showed
missing, each from sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py`` and
the ``readings_*`` modules beside it."""
from __future__ import annotations

import datetime as dt

_PUB = dt.date(2026, 7, 20)

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The three-hundred-and-eighty-second batch of held-out articles.
_SUBJECTS_382 = [
    # a casino whose complex ran scams, in a story that tells of no gambling, is a scam centre's site
    ("Police arrest 60 in raid on border casino\nPolice arrested 60 foreigners in a raid on a casino complex near the "
     "border on Sunday. Officers seized 140 phones that the workers said they had been forced to use for online "
     "scams.", ["telecom_fraud", "telecom_fraud", "telecom_fraud"]),
    # a casino raided for its gambling stays gambling's
    ("Police arrest 60 in raid on illegal casino\nPolice arrested 60 people in a raid on an illegal casino on Sunday "
     "and seized 140 gaming machines and betting slips. Separately, 12 people were arrested over online scams.",
     ["gambling", "gambling", "gambling", "telecom_fraud"]),
]

# The three-hundred-and-eighty-third batch of held-out articles.
_READINGS_383 = [
    # people "sent to prison" were sentenced, whatever figure came before them in the sentence
    ("Police logged 4,950 cases of benefit fraud. About a third of those convicted received suspended sentences, "
     "while 97 were sent to prison.", [(4_950, "cases"), (33.3, "convictions"), (97, "convictions")]),
    ("Of the 210 people convicted, 64 were sent to jail.", [(210, "convictions"), (64, "convictions")]),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_383]
FIELDS: list[tuple[str, str, list[object], dt.date]] = []
SUBJECTS = [*_SUBJECTS_382]
