"""Reporting periods: months, calendar quarters, fiscal years and their quarters.

The fiscal year starts on a configurable month. October (USAID, the programme's tables):
FY19 = 1 Oct 2018 - 30 Sep 2019, its Q1 = Oct-Dec 2018. July (the Government of Rwanda):
"2019/2020" = 1 Jul 2019 - 30 Jun 2020. Each period also carries its DHIS2 identifier where
DHIS2 has one: monthly 202407, quarterly 2024Q1 (calendar quarters), financial years by their
first year and month: 2018Oct, 2019July, 2024April, 2024Nov.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

USAID_FISCAL_START = 10
GOVERNMENT_FISCAL_START = 7
DHIS2_FINANCIAL_MONTHS = {4: "April", 7: "July", 10: "Oct", 11: "Nov"}


@dataclass(frozen=True, order=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive
    kind: str  # month, quarter, fiscal_year, fiscal_quarter
    label: str
    dhis2: str | None = None

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def months(self) -> list[Period]:
        result, current = [], self.start
        while current <= self.end:
            result.append(month(current.year, current.month))
            current = add_months(current, 1)
        return result


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _last_day(first: dt.date, months: int) -> dt.date:
    return add_months(first, months) - dt.timedelta(days=1)


def month(year: int, month_number: int) -> Period:
    first = dt.date(year, month_number, 1)
    return Period(first, _last_day(first, 1), "month", f"{calendar.month_abbr[month_number]} "
                  f"{year}", f"{year}{month_number:02d}")


def quarter(year: int, number: int) -> Period:
    if not 1 <= number <= 4:
        raise ValueError(f"A quarter is numbered 1 to 4, not {number}.")
    first = dt.date(year, 3 * number - 2, 1)
    return Period(first, _last_day(first, 3), "quarter", f"{year} Q{number}", f"{year}Q{number}")


def fiscal_year(ending_year: int, start_month: int = USAID_FISCAL_START) -> Period:
    """The fiscal year that ends in `ending_year` (FY19 ends in 2019)."""
    _check_start(start_month)
    start_year = ending_year if start_month == 1 else ending_year - 1
    first = dt.date(start_year, start_month, 1)
    name = DHIS2_FINANCIAL_MONTHS.get(start_month)
    return Period(first, _last_day(first, 12), "fiscal_year",
                  _fiscal_label(start_year, ending_year, start_month),
                  f"{start_year}{name}" if name else (str(start_year) if start_month == 1
                                                       else None))


def _fiscal_label(start_year: int, ending_year: int, start_month: int) -> str:
    if start_month == 1:
        return str(ending_year)
    if start_month == GOVERNMENT_FISCAL_START:
        return f"{start_year}/{ending_year}"
    return f"FY{ending_year % 100:02d}"


def _check_start(start_month: int) -> None:
    if not 1 <= start_month <= 12:
        raise ValueError(f"The fiscal year's first month is 1 to 12, not {start_month}.")


def fiscal_year_of(day: dt.date, start_month: int = USAID_FISCAL_START) -> Period:
    _check_start(start_month)
    ending = day.year + (1 if start_month != 1 and day.month >= start_month else 0)
    return fiscal_year(ending, start_month)


def fiscal_quarter(ending_year: int, number: int, start_month: int = USAID_FISCAL_START
                   ) -> Period:
    """Quarter `number` (1-4) of a fiscal year: with October, Q1 is October-December."""
    if not 1 <= number <= 4:
        raise ValueError(f"A quarter is numbered 1 to 4, not {number}.")
    year = fiscal_year(ending_year, start_month)
    first = add_months(year.start, 3 * (number - 1))
    return Period(first, _last_day(first, 3), "fiscal_quarter", f"{year.label} Q{number}")


def fiscal_quarter_of(day: dt.date, start_month: int = USAID_FISCAL_START) -> Period:
    year = fiscal_year_of(day, start_month)
    months_in = (day.year - year.start.year) * 12 + day.month - year.start.month
    return fiscal_quarter(year.end.year, months_in // 3 + 1, start_month)


def quarter_of(day: dt.date) -> Period:
    return quarter(day.year, (day.month - 1) // 3 + 1)
