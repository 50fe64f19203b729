"""Readings the held-out batches from the seventy-first on (``tests/generalisation/``) showed missing, each from
sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py``, ``readings_late.py``,
``readings_latest.py`` and ``readings_recent.py``."""
from __future__ import annotations

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The seventy-first batch of held-out articles.
_READINGS_71 = [
    # the items of a list after "Of these," quoted, are parts of the count told before; a verb right after a figure
    # takes an object, which is no noun the figure counts
    ("Officers received 4,210 reports of fraud in the year.\n\"Of these, 1,300 involved fake loans, 980 were "
     "job scams and 610 involved calls from people posing as bank staff,\" he said.",
     [(4210, "cases"), (1300, "cases"), (980, "cases"), (610, "cases")]),
    # "stooges" who lend their accounts are people; among those arrested, still arrests
    ("Police arrested 310 people for fraud, including 95 suspected stooges who sold their bank accounts.",
     [(310, "arrests"), (95, "arrests")]),
    ("Investigators questioned 48 stooges.", [(48, "suspects")]),
    # a figure after "every" is a rate's unit, no count or sum
    ("\"Every S$1 we recover goes back to a victim,\" he said, adding that S$12 million had been recovered.",
     [(12_000_000, "money")]),
    ("The region recorded 180 burglaries for every 10,000 homes.", [(180, "cases")]),
]
_SUBJECTS_71 = [
    # every item of a list takes the list's crime, not a crime an agency's name holds later in the sentence
    ("Authorities raided a scam compound on Thursday, rescuing 420 workers, including 160 Chinese, 75 Thais and 30 "
     "Filipinos, the anti-organised crime commission under the President's office said.",
     ["telecom_fraud", "telecom_fraud", "telecom_fraud", "telecom_fraud"]),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_71]
FIELDS: list[tuple[str, str, list[object], object]] = []
SUBJECTS = [*_SUBJECTS_71]
