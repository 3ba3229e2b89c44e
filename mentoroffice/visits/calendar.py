"""Working days: weekends and the office's holidays are not planned on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator


def month_days(year: int, month: int) -> Iterator[dt.date]:
    day = dt.date(year, month, 1)
    while day.month == month:
        yield day
        day += dt.timedelta(days=1)


def is_working_day(day: dt.date, holidays: set[dt.date]) -> bool:
    return day.weekday() < 5 and day not in holidays


def consecutive_working_days(start: dt.date, count: int, holidays: set[dt.date]
                             ) -> list[dt.date] | None:
    """`count` calendar days from start, all working days; None if any is not."""
    days = [start + dt.timedelta(days=n) for n in range(count)]
    return days if all(is_working_day(d, holidays) for d in days) else None
