"""Readings the held-out batches from the four-hundred-and-fifteenth on (``tests/generalisation/``) showed missing,
each from sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py`` and the
``readings_*`` modules beside it."""
from __future__ import annotations

import datetime as dt

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The four-hundred-and-fifteenth batch of held-out articles.
_READINGS_415 = [
    # criminal files are cases, and each part of a total of cases "of which" tells is cases, whatever its verb
    ("The prosecution service handled 12,300 criminal files in 2025, of which 8,100 were sent to court and 2,950 were "
     "closed for lack of evidence.", [(12_300, "cases"), (8_100, "cases"), (2_950, "cases")]),
]
_FIELDS_415 = [
    # a split year written as a year pair takes the months the article tells it by
    ("Prosecutors filed 1,240 fraud cases in the 2025/26 judicial year. They handled 9,310 criminal files in the year "
     "to June 30. Courts convicted 6,020 defendants, down 4 per cent.", "period",
     ["2025-07/2026-06", "2025-07/2026-06", "2025-07/2026-06", "2025-07/2026-06"], dt.date(2026, 9, 1)),
    ("Prosecutors filed 1,240 fraud cases in the 2025/26 judicial year. They handled 9,310 criminal files in the year "
     "to June 30. Courts convicted 6,020 defendants, down 4 per cent.", "baseline_period",
     [None, None, None, "2024-07/2025-06"], dt.date(2026, 9, 1)),
]
_SUBJECTS_415 = [
    # child neglect is a crime of its own, no violent crime's
    ("Prosecutors filed 640 child neglect cases in 2025.\nAssault cases fell to 3,100.", ["other", "violent_crime"]),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_415]
FIELDS = [*_FIELDS_415]
SUBJECTS = [*_SUBJECTS_415]
