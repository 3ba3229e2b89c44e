"""Indicator values as typed: each cell checked with a message naming indicator and month, a
grid saved in one transaction or not at all, office indicators, run chart data in words."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from cascade_world import build_world
from sqlalchemy import select

from mentoroffice.core.refusals import RuleRefused
from mentoroffice.data.models import IndicatorValue, PdsaCycle, QIProject
from mentoroffice.indicators.service import IndicatorService
from mentoroffice.indicators.values import (
    IndicatorInput,
    ValueEntry,
    ValuesRefused,
    check_entry,
    parse_count,
)

TODAY = dt.date(2026, 4, 15)
MARCH = dt.date(2026, 3, 1)


@pytest.fixture
def world(office: Any) -> dict[str, int]:
    with office.session_factory.begin() as session:
        ids = dict(build_world(session).ids)
    return ids


@pytest.fixture
def service(office: Any) -> IndicatorService:
    return IndicatorService(office.session_factory)


def indicator_id(service: IndicatorService, code: str) -> int:
    return next(i.id for i in service.indicators() if i.code == code)


def stored(office: Any, facility_id: int) -> dict[tuple[int, dt.date], tuple[int, int]]:
    with office.session_factory() as session:
        return {(v.indicator_id, v.month): (v.numerator, v.denominator) for v in session.scalars(
            select(IndicatorValue).where(IndicatorValue.org_unit_id == facility_id))}


# --------------------------------------------------------------------------- one cell


@pytest.mark.parametrize("text, expected", [("12", 12), (" 0 ", 0), ("1 200", 1200),
                                            ("", None), ("  ", None), ("+7", 7)])
def test_counts_are_read_as_typed(text: str, expected: int | None) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize("numerator, denominator, code, field", [
    ("12", "10", "above_denominator", "numerator"),
    ("-1", "10", "negative", "numerator"),
    ("3", "-10", "negative", "denominator"),
    ("abc", "10", "not_a_number", "numerator"),
    ("2.5", "10", "not_whole", "numerator"),
    ("3", "10,5", "not_whole", "denominator"),
    ("3", "", "missing", "denominator"),
    ("", "10", "missing", "numerator"),
    ("5", "1000000", "too_large", "denominator"),
])
def test_each_wrong_cell_has_its_problem(numerator: str, denominator: str, code: str,
                                         field: str) -> None:
    entry = ValueEntry(1, MARCH, numerator, denominator)
    [problem] = check_entry(entry, "Postnatal care coverage", TODAY)
    assert (problem.code, problem.field) == (code, field)
    assert problem.full_message().startswith("Postnatal care coverage, Mar 2026: ")


def test_numerator_above_denominator_says_both_numbers() -> None:
    [problem] = check_entry(ValueEntry(1, MARCH, "12", "10"), "PNC", TODAY)
    assert "numerator (12) is larger than the denominator (10)" in problem.message


def test_a_future_month_is_refused_but_this_month_and_blanks_are_not() -> None:
    [problem] = check_entry(ValueEntry(1, dt.date(2026, 5, 1), "1", "2"), "PNC", TODAY)
    assert problem.code == "future_month" and "May 2026" in problem.message
    assert check_entry(ValueEntry(1, dt.date(2026, 4, 1), "1", "2"), "PNC", TODAY) == []
    assert check_entry(ValueEntry(1, dt.date(2026, 5, 1), "", ""), "PNC", TODAY) == []
    assert check_entry(ValueEntry(1, MARCH, "0", "0"), "PNC", TODAY) == []


# --------------------------------------------------------------------------- saving a grid


def test_a_grid_is_saved_updated_and_cleared(office: Any, world: dict[str, int],
        service: IndicatorService) -> None:
    pnc, resus = indicator_id(service, "PNC_COVERAGE"), indicator_id(service, "RESUS_SUCCESS")
    hospital = world["hospital"]
    result = service.save_values(hospital, [ValueEntry(pnc, MARCH, "40", "50"),
                                            ValueEntry(resus, MARCH, "3", "4"),
                                            ValueEntry(pnc, dt.date(2026, 2, 1), "", "")], TODAY)
    assert (result.inserted, result.updated, result.deleted) == (2, 0, 0)
    assert stored(office, hospital) == {(pnc, MARCH): (40, 50), (resus, MARCH): (3, 4)}

    year = service.year_values(hospital, 2026)
    versions = {(v.indicator_id, v.month): v.version for v in year.values}
    result = service.save_values(hospital, [
        ValueEntry(pnc, MARCH, "45", "50", versions[(pnc, MARCH)]),
        ValueEntry(resus, MARCH, "", "", versions[(resus, MARCH)])], TODAY)
    assert (result.inserted, result.updated, result.deleted) == (0, 1, 1)
    assert stored(office, hospital) == {(pnc, MARCH): (45, 50)}


def test_one_wrong_cell_refuses_the_whole_grid(office: Any, world: dict[str, int],
        service: IndicatorService) -> None:
    pnc, resus = indicator_id(service, "PNC_COVERAGE"), indicator_id(service, "RESUS_SUCCESS")
    with pytest.raises(ValuesRefused) as refused:
        service.save_values(world["hospital"], [
            ValueEntry(pnc, MARCH, "40", "50"), ValueEntry(resus, MARCH, "9", "4"),
            ValueEntry(resus, dt.date(2026, 6, 1), "1", "4")], TODAY)
    assert [(p.code, p.indicator, p.month) for p in refused.value.problems] == [
        ("above_denominator", "Successful newborn resuscitations", MARCH),
        ("future_month", "Successful newborn resuscitations", dt.date(2026, 6, 1))]
    assert "Successful newborn resuscitations, Mar 2026: The numerator (9)" in str(refused.value)
    assert stored(office, world["hospital"]) == {}


def test_a_value_changed_elsewhere_is_not_overwritten(office: Any, world: dict[str, int],
        service: IndicatorService) -> None:
    pnc = indicator_id(service, "PNC_COVERAGE")
    service.save_values(world["hospital"], [ValueEntry(pnc, MARCH, "40", "50")], TODAY)
    with pytest.raises(ValuesRefused) as refused:  # typed on a grid read before that save
        service.save_values(world["hospital"], [ValueEntry(pnc, MARCH, "41", "50")], TODAY)
    assert refused.value.problems[0].code == "changed_elsewhere"
    assert stored(office, world["hospital"]) == {(pnc, MARCH): (40, 50)}


def test_the_office_adds_an_indicator_and_enters_values_for_it(office: Any, world: dict[str, int],
        service: IndicatorService) -> None:
    added = service.add_indicator(IndicatorInput(
        "kmc_coverage", "Kangaroo mother care coverage", "Low-birth-weight babies given KMC",
        "Low-birth-weight babies born at the facility", "up", "NEO"))
    assert added.code == "KMC_COVERAGE" and added in service.indicators()
    service.save_values(world["hospital"], [ValueEntry(added.id, MARCH, "7", "9")], TODAY)
    assert stored(office, world["hospital"]) == {(added.id, MARCH): (7, 9)}
    with pytest.raises(RuleRefused) as refused:
        service.add_indicator(IndicatorInput("KMC_COVERAGE", "", "x", "y", "sideways"))
    assert {v.field for v in refused.value.violations} == {"code", "name", "direction"}


# --------------------------------------------------------------------------- run chart data


def test_run_chart_data_puts_signals_into_words_with_pdsa_marks(office: Any,
        world: dict[str, int], service: IndicatorService) -> None:
    pnc = indicator_id(service, "PNC_COVERAGE")
    first = dt.date(2024, 10, 1)
    months = [dt.date(2024 + (9 + n) // 12, (9 + n) % 12 + 1, 1) for n in range(16)]
    assert months[0] == first and months[-1] == dt.date(2026, 1, 1)
    numerators = [30, 32, 31, 29, 33, 30, 31, 32, 45, 46, 44, 47, 45, 48, 46, 47]
    entries = [ValueEntry(pnc, m, str(n), "100")
               for m, n in zip(months, numerators, strict=True)]
    service.save_values(world["hospital"], entries, TODAY)
    with office.session_factory.begin() as session:
        project = QIProject(org_unit_id=world["hospital"], title="Book PNC before discharge",
                            indicator_id=pnc, status="active", started_on=dt.date(2025, 5, 20))
        session.add(project)
        session.flush()
        session.add(PdsaCycle(project_id=project.id, cycle_no=1, start_date=dt.date(2025, 5, 26),
                              plan="Book the visit at discharge\nby the midwife"))

    data = service.run_chart(world["hospital"], pnc, dt.date(2026, 1, 1), months=24)
    assert data.months == tuple(months) and data.analysis is not None
    assert data.analysis.median == (33 + 44) / 2
    words = [s.text() for s in data.signals if s.rule == "shift"]
    assert words == ["Shift: 8 points below the median from Oct 2024",
                     "Shift: 8 points above the median from Jun 2025"]
    [mark] = data.annotations
    assert (mark.day, mark.label, mark.change) == (dt.date(2025, 5, 26), "PDSA 1",
                                                   "Book the visit at discharge")
