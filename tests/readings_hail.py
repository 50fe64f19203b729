"""Readings the held-out batches from the three-hundred-and-forty-fourth on (``tests/generalisation/``) showed
missing, each from sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py`` and
the ``readings_*`` modules beside it."""
from __future__ import annotations

import datetime as dt

_PUB = dt.date(2026, 7, 20)

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The three-hundred-and-forty-fourth batch of held-out articles.
_READINGS_344 = [
    # an age after what the people were ("was under 25"), as after the people themselves
    ("\"One in four of those arrested was under 25,\" the head of the drug squad said.", [(25, "arrests")]),
    ("Police arrested 400 people in the raids; most of the 400 detainees were under 18.",
     [(400, "arrests"), (400, "arrests")]),
]
_READINGS_345 = [
    # what crimes took from a public purse is no budget spent, nor is its change
    ("Key figures of the anti-corruption police:\n- Damage to the state budget in investigated cases: €38 million, "
     "down 12% year on year", [(38_000_000, "money"), (-12, "money")]),
    ("Prosecutors said the bribery scheme caused losses to the national treasury of €4 million.", [(4_000_000, "money")]),
]
_FIELDS_344 = [
    # a yearly rate in the present tense is a general estimate, in no window of the report's
    ("LUANDA — Police expelled 4,300 foreigners in the first half of 2026. Illegal mining costs the state an estimated "
     "$375 million a year in lost revenue, the ministry said.", "period", ["2026-01/2026-06", None], _PUB),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_344, *_READINGS_345]
FIELDS = [*_FIELDS_344]
SUBJECTS: list[tuple[object, ...]] = []
