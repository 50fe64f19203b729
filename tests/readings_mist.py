"""Readings the held-out batches from the six-hundred-and-forty-ninth on (``tests/generalisation/``) showed missing,
each from sentences written for this test.  The earlier batches' are in ``readings_glaze.py`` and the modules before
it."""
from __future__ import annotations

import datetime as dt

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The six-hundred-and-fiftieth batch of held-out articles.
_FIELDS_650 = [
    # a year in the middle of a reference number dates nothing ("quoting reference 55-2026-1187"), though a range's
    # years do ("in 2024-25")
    ("Anyone with information should call 101, quoting reference 41-2026-0932.\nOfficers seized 38 wraps of heroin "
     "and £1,400 in cash.", "period", [None, None], dt.date(2026, 5, 4)),
    ("Case 17-2025-4410: officers seized 38 wraps of heroin.", "period", [None], dt.date(2026, 5, 4)),
    ("Police seized 38 kg of heroin in 2024-25.", "period", ["2024/2025"], dt.date(2026, 5, 4)),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS: list[tuple[str, list[tuple[float, str]]]] = []
FIELDS = [*_FIELDS_650]
SUBJECTS: list[tuple[str, list[str]]] = []
