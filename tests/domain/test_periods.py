"""Reporting periods: calendar and fiscal, USAID October and government July years."""

from __future__ import annotations

import datetime as dt

import pytest

from mentoroffice.periods import (
    fiscal_quarter,
    fiscal_quarter_of,
    fiscal_year,
    fiscal_year_of,
    month,
    quarter,
    quarter_of,
)


def test_fy19_is_october_2018_to_september_2019() -> None:
    fy19 = fiscal_year(2019)
    assert (fy19.start, fy19.end, fy19.label, fy19.dhis2) == (
        dt.date(2018, 10, 1), dt.date(2019, 9, 30), "FY19", "2018Oct")
    assert fiscal_year_of(dt.date(2018, 10, 1)) == fy19
    assert fiscal_year_of(dt.date(2019, 9, 30)) == fy19
    assert fiscal_year_of(dt.date(2019, 10, 1)).label == "FY20"


def test_the_government_year_runs_july_to_june() -> None:
    year = fiscal_year_of(dt.date(2020, 3, 15), start_month=7)
    assert (year.start, year.end, year.label, year.dhis2) == (
        dt.date(2019, 7, 1), dt.date(2020, 6, 30), "2019/2020", "2019July")
    assert fiscal_year_of(dt.date(2020, 7, 1), start_month=7).label == "2020/2021"


def test_fiscal_quarters_start_with_the_fiscal_year() -> None:
    q1 = fiscal_quarter(2019, 1)
    assert (q1.start, q1.end, q1.label) == (dt.date(2018, 10, 1), dt.date(2018, 12, 31),
                                            "FY19 Q1")
    assert fiscal_quarter_of(dt.date(2019, 9, 30)) == fiscal_quarter(2019, 4)
    assert fiscal_quarter_of(dt.date(2020, 1, 1), start_month=7).label == "2019/2020 Q3"


def test_calendar_periods_carry_dhis2_identifiers() -> None:
    assert month(2024, 7).dhis2 == "202407"
    assert month(2024, 2).end == dt.date(2024, 2, 29)
    assert quarter(2024, 1).dhis2 == "2024Q1"
    assert quarter_of(dt.date(2024, 11, 5)) == quarter(2024, 4)
    assert [m.dhis2 for m in fiscal_year(2025).months()][:3] == ["202410", "202411", "202412"]
    assert len(fiscal_year(2025, 7).months()) == 12


def test_a_fiscal_year_starting_in_january_is_the_calendar_year() -> None:
    year = fiscal_year_of(dt.date(2024, 5, 1), start_month=1)
    assert (year.start, year.end, year.label, year.dhis2) == (
        dt.date(2024, 1, 1), dt.date(2024, 12, 31), "2024", "2024")


@pytest.mark.parametrize("bad", [0, 13])
def test_impossible_start_months_and_quarters_are_refused(bad: int) -> None:
    with pytest.raises(ValueError, match="1 to 12"):
        fiscal_year(2020, bad)
    with pytest.raises(ValueError, match="1 to 4"):
        quarter(2020, 5)
