"""Readings the held-out batches from the two-hundred-and-second on (``tests/generalisation/``) showed missing,
each from sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py`` and the
``readings_*`` modules beside it."""
from __future__ import annotations

import datetime as dt

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The two-hundred-and-second batch of held-out articles.
_SUBJECTS_202 = [
    # carjackings and hijackings are robberies with violence (not an account's hijacking: a cyber offence)
    ("Carjackings rose 6% to 1,204 in the quarter, and 310 suspects were arrested for hijacking trucks.",
     ["violent_crime", "violent_crime", "violent_crime"]),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS: list[tuple[str, list[tuple[float, str]]]] = []
FIELDS: list[tuple[str, str, list[object], dt.date]] = []
SUBJECTS = [*_SUBJECTS_202]
