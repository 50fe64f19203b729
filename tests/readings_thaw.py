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

_FIELDS_202 = [
    # a share put down to a cause ("attributed 41% to ...", "blamed 30% on ...") is a share: no baseline
    ("Police recorded 512 murders in 2025 and attributed 41% to disputes between gangs.", "baseline_period",
     [None, None], dt.date(2026, 2, 1)),
    ("Police recorded 512 murders in 2025 and blamed about 30% on domestic disputes.", "baseline_period",
     [None, None], dt.date(2026, 2, 1)),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS: list[tuple[str, list[tuple[float, str]]]] = []
FIELDS = [*_FIELDS_202]
SUBJECTS = [*_SUBJECTS_202]
