"""The date arithmetic of ``parsers.calendars``: holidays, dates in figures, quarters, halves and spans counted back
from the publication date, each a GUIDE.md period."""
from __future__ import annotations

import datetime as dt

import pytest

from parsers.calendars import (last_full_quarter, last_holiday_month, latest_half, latest_quarter, numeric_date_month,
                               past_months, quarter, year_pair)


@pytest.mark.parametrize("call, expected", [
    (lambda: quarter(3, 2026), "2026-07/2026-09"),
    (lambda: latest_quarter(4, dt.date(2026, 5, 12)), "2025-10/2025-12"),  # the fourth quarter begun by May: last year's
    (lambda: latest_quarter(2, dt.date(2026, 5, 12)), "2026-04/2026-06"),
    (lambda: last_full_quarter(dt.date(2026, 5, 12)), "2026-01/2026-03"),
    (lambda: last_full_quarter(dt.date(2026, 2, 1)), "2025-10/2025-12"),  # across the new year
    (lambda: latest_half(False, dt.date(2026, 5, 1)), "2025-07/2025-12"),
    (lambda: year_pair(2025, 26), "2025/2026"),
    (lambda: year_pair(2025, 30), None),  # "2025-30" is no financial year
    (lambda: past_months(12, dt.date(2025, 3, 10)), "2024-03/2025-02"),
    (lambda: last_holiday_month("thanksgiving", dt.date(2026, 12, 2)), "2026-11"),
    (lambda: last_holiday_month("thanksgiving", dt.date(2026, 6, 2)), "2025-11"),
    (lambda: last_holiday_month("lunar new year", dt.date(2026, 2, 10)), "2025-01"),  # 2026's falls on February 17
    (lambda: numeric_date_month("03", "05", "2026", dt.date(2026, 3, 6)), "2026-03"),  # March 5, not May 3
    (lambda: numeric_date_month("25", "02", "2026", dt.date(2026, 3, 6)), "2026-02"),  # a 25th month is none
    (lambda: numeric_date_month("03", "05", "2026", None), None),  # no date to read it by
])
def test_calendar_periods(call, expected) -> None:
    assert call() == expected
