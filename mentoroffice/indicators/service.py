"""The indicator screens' use cases: one session per call, plain frozen rows back.

Values are entered per facility and calendar year; a run chart is one facility's indicator over
a span of months, with the signals found by :mod:`.runchart` put into words with their months
and the facility's QI changes (PDSA cycle starts) for the annotations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..core.access import Permission, requires
from ..core.choices import PlaceChoice
from ..core.writes import read_only, unit_of_work
from ..data.models import Indicator, OrgUnit, PdsaCycle, QIProject, TechnicalArea
from ..periods import add_months
from . import values
from .runchart import RunChartAnalysis, Signal, analyse
from .values import (
    IndicatorInfo,
    IndicatorInput,
    SaveResult,
    StoredValue,
    ValueEntry,
    ValuesRefused,
    month_label,
)

__all__ = ["Annotation", "IndicatorService", "RunChartData", "SignalView", "ValuesRefused",
           "YearValues", "describe_signal"]

ENTRY_LEVELS = ("hospital", "health_center")


@dataclass(frozen=True)
class YearValues:
    facility_id: int
    year: int
    indicators: tuple[IndicatorInfo, ...]
    values: tuple[StoredValue, ...]


@dataclass(frozen=True)
class SignalView:
    """A signal in words a supervisor reads: what, how many points, where, from when."""

    rule: str
    indexes: tuple[int, ...]
    points: int
    side: str | None  # "above" or "below" the median (shift, long run)
    direction: str | None  # "rising" or "falling" (trend)
    first_month: dt.date | None
    last_month: dt.date | None
    value: float | None  # the astronomical point's percentage
    message: str  # the analysis' own sentence (runs and crossings say their limits there)

    def text(self) -> str:
        """English words; the screen builds translated ones from the same fields."""
        start = month_label(self.first_month) if self.first_month else ""
        if self.rule == "shift":
            return f"Shift: {self.points} points {self.side} the median from {start}"
        if self.rule == "anhoej_run":
            return (f"Unusually long run: {self.points} points {self.side} the median "
                    f"from {start}")
        if self.rule == "trend":
            return f"Trend: {self.points} points {self.direction} from {start}"
        if self.rule == "astronomical" and self.value is not None:
            return f"Astronomical point: {self.value:.1f}% in {start}"
        return self.message


@dataclass(frozen=True)
class Annotation:
    day: dt.date
    label: str  # short, on the chart: "PDSA 2" or "P1 PDSA 2"
    project: str
    change: str  # the cycle's plan (first line), what was tried


@dataclass(frozen=True)
class RunChartData:
    facility: str
    indicator: IndicatorInfo
    first_month: dt.date
    last_month: dt.date
    months: tuple[dt.date, ...]  # months with a denominator; months without cases left out
    numerators: tuple[int, ...]
    denominators: tuple[int, ...]
    months_without_cases: tuple[dt.date, ...]
    analysis: RunChartAnalysis | None  # None when there is no point at all
    signals: tuple[SignalView, ...]
    annotations: tuple[Annotation, ...]

    @property
    def percents(self) -> tuple[float, ...]:
        return tuple(100.0 * n / d for n, d in zip(self.numerators, self.denominators, strict=True))


def _side(values: Sequence[float], median: float, index: int) -> str:
    return "above" if values[index] > median else "below"


def describe_signal(signal: Signal, months: Sequence[dt.date], values: Sequence[float],
                    median: float) -> SignalView:
    indexes = signal.indexes
    first = months[indexes[0]] if indexes else None
    last = months[indexes[-1]] if indexes else None
    side = _side(values, median, indexes[0]) if indexes and signal.rule in (
        "shift", "anhoej_run") else None
    direction = None
    if signal.rule == "trend" and indexes:
        direction = "rising" if values[indexes[-1]] > values[indexes[0]] else "falling"
    value = values[indexes[0]] if signal.rule == "astronomical" and indexes else None
    return SignalView(signal.rule, indexes, len(indexes), side, direction, first, last, value,
                      signal.message)


def _annotations(session: Any, facility_id: int, indicator_id: int, first: dt.date,
                 last: dt.date) -> tuple[Annotation, ...]:
    """PDSA cycle starts of the facility's QI projects measured by this indicator."""
    rows = session.execute(
        select(QIProject.id, QIProject.title, PdsaCycle.cycle_no, PdsaCycle.start_date,
               PdsaCycle.plan)
        .join(PdsaCycle, PdsaCycle.project_id == QIProject.id)
        .where(QIProject.org_unit_id == facility_id, QIProject.indicator_id == indicator_id,
               PdsaCycle.start_date.between(first, last))
        .order_by(QIProject.id, PdsaCycle.start_date, PdsaCycle.cycle_no)).all()
    projects = list(dict.fromkeys(row[0] for row in rows))
    marks = []
    for project_id, title, cycle_no, start, plan in rows:
        prefix = f"P{projects.index(project_id) + 1} " if len(projects) > 1 else ""
        change = (plan or "").strip().splitlines()[0] if (plan or "").strip() else ""
        marks.append(Annotation(start, f"{prefix}PDSA {cycle_no}", title, change))
    return tuple(sorted(marks, key=lambda a: a.day))


class IndicatorService:
    """Handed a session factory; every method is one short transaction."""

    def __init__(self, session_factory: Any) -> None:
        self.session_factory = session_factory

    # --- choices --------------------------------------------------------------------------
    def facilities(self) -> list[PlaceChoice]:
        """Active hospitals and health centers, by name: where indicators are counted."""
        with read_only(self.session_factory) as session:
            parent = OrgUnit.__table__.alias("parent_unit")
            rows = session.execute(
                select(OrgUnit.id, OrgUnit.name, OrgUnit.level, parent.c.name)
                .outerjoin(parent, parent.c.id == OrgUnit.parent_id)
                .where(OrgUnit.active.is_(True), OrgUnit.level.in_(ENTRY_LEVELS))
                .order_by(OrgUnit.name, OrgUnit.id)).all()
        return [PlaceChoice(*row) for row in rows]

    def indicators(self, include_inactive: bool = False) -> list[IndicatorInfo]:
        with read_only(self.session_factory) as session:
            return values.list_indicators(session, include_inactive)

    def technical_areas(self) -> list[tuple[str, str]]:
        with read_only(self.session_factory) as session:
            return [(code, name) for code, name in session.execute(
                select(TechnicalArea.code, TechnicalArea.name).order_by(TechnicalArea.position))]

    # --- values ---------------------------------------------------------------------------
    def year_values(self, facility_id: int, year: int) -> YearValues:
        with read_only(self.session_factory) as session:
            return YearValues(facility_id, year, tuple(values.list_indicators(session)),
                              tuple(values.facility_values(session, facility_id,
                                                           dt.date(year, 1, 1),
                                                           dt.date(year, 12, 1))))

    def check(self, entry: ValueEntry, indicator: str, today: dt.date) -> list[values.CellProblem]:
        """The problems of one cell pair, without the database (for immediate feedback)."""
        return values.check_entry(entry, indicator, today)

    @requires(Permission.INDICATORS)
    def save_values(self, facility_id: int, entries: Sequence[ValueEntry], today: dt.date
                    ) -> SaveResult:
        """All entries in one transaction, or none (ValuesRefused names every problem)."""
        with unit_of_work(self.session_factory) as session:
            return values.save_values(session, facility_id, entries, today)

    @requires(Permission.INDICATORS)
    def add_indicator(self, data: IndicatorInput) -> IndicatorInfo:
        with unit_of_work(self.session_factory) as session:
            return values.add_indicator(session, data)

    # --- run charts -----------------------------------------------------------------------
    def run_chart(self, facility_id: int, indicator_id: int, last_month: dt.date,
                  months: int = 24) -> RunChartData:
        last = last_month.replace(day=1)
        first = add_months(last, 1 - months)
        with read_only(self.session_factory) as session:
            facility = session.get(OrgUnit, facility_id)
            indicator = session.get(Indicator, indicator_id)
            if facility is None or indicator is None:
                raise LookupError("The facility or the indicator no longer exists; choose "
                                  "again.")
            info = values.IndicatorInfo(indicator.id, indicator.code, indicator.name,
                                        indicator.numerator_definition,
                                        indicator.denominator_definition, indicator.direction,
                                        indicator.technical_area, indicator.active)
            stored = [v for v in values.facility_values(session, facility_id, first, last)
                      if v.indicator_id == indicator_id]
            marks = _annotations(session, facility_id, indicator_id, first,
                                 add_months(last, 1) - dt.timedelta(days=1))
            name = facility.name
        return _chart_data(name, info, first, last, stored, marks)


def _chart_data(facility: str, info: IndicatorInfo, first: dt.date, last: dt.date,
                stored: Sequence[StoredValue], marks: tuple[Annotation, ...]) -> RunChartData:
    counted = [v for v in stored if v.denominator > 0]
    empty = tuple(v.month for v in stored if v.denominator == 0)
    months = tuple(v.month for v in counted)
    percents = [100.0 * v.numerator / v.denominator for v in counted]
    analysis = analyse(percents) if percents else None
    signals = tuple(describe_signal(s, months, percents, analysis.median)
                    for s in analysis.signals) if analysis else ()
    return RunChartData(facility, info, first, last, months,
                        tuple(v.numerator for v in counted),
                        tuple(v.denominator for v in counted), empty, analysis, signals, marks)
