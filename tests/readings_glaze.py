"""Readings the held-out batches from the six-hundred-and-seventh on (``tests/generalisation/``) showed missing,
each from sentences written for this test.  The earlier batches' are in ``readings_rime.py`` and the modules before
it."""
from __future__ import annotations

import datetime as dt

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The six-hundred-and-eighth batch of held-out articles.
_FIELDS_608 = [
    # a scheme's own account ("The scheme drew in 5,200 investors between 2021 and 2023") tells when the crime ran,
    # which dates no seizure told after it
    ("RIGA — A court in Riga has sentenced six organisers of a pyramid scheme to prison terms, prosecutors said on "
     "Monday.\n\nThe scheme drew in more than 5,200 investors across the country between 2021 and 2023, who lost about "
     "40 million euros, prosecutors said. Investigators had seized 12 flats and 5 cars belonging to the defendants.",
     "period", [None, "2021/2023", "2021/2023", None, None], dt.date(2026, 5, 4)),
]

# The six-hundred-and-eleventh batch of held-out articles.
_SUBJECTS_611 = [
    # traffic fines, tickets and summonses are no crime of the article's (a drug haul's), as traffic offences are not
    ("Police seized 2 kilograms of heroin in a car on Thursday.\nPolice also issued 380 traffic fines during the week.",
     ["drugs", "other"]),
    ("Police seized 2 kilograms of heroin on Thursday and issued 95 traffic tickets.", ["drugs", "other"]),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS: list[tuple[str, list[tuple[float, str]]]] = []
FIELDS = [*_FIELDS_608]
SUBJECTS = [*_SUBJECTS_611]
