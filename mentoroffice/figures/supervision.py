"""The figures of the quarterly joint supervision visit report, gathered before layout.

One facility's section (:class:`FacilitySection`) is what :mod:`mentoroffice.reports.supervision`
prints for a hospital, and what the district pack repeats for each of its hospitals: the
facility's quarter (:mod:`.facility_quarter`), where it sits, the joint supervision days and
the run charts' points with their signals (the drawing itself is layout's).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..data.enums import OrgLevel, VisitKind, VisitStatus
from ..data.models import OrgUnit, Visit
from ..indicators.runchart import RunChartAnalysis, analyse
from ..periods import Period
from .facility_quarter import FacilityQuarter, IndicatorSeries, ProjectLine, facility_quarter
from .office import office_name
from .progress import ReportError, Steps
from .requests import SupervisionRequest

__all__ = [
    "SECTION_LEVELS", "ChartData", "FacilitySection", "SupervisionReport", "chart_data",
    "facility_section", "supervision_report",
]

SECTION_LEVELS = (OrgLevel.HOSPITAL.value, OrgLevel.HEALTH_CENTER.value,
                  OrgLevel.HEALTH_POST.value)
SUPERVISION_STEPS = 4  # the figures, the charts, the layout, the file


@dataclass(frozen=True)
class ChartData:
    """One indicator's run chart: the months with cases, their percentages and signals."""

    series: IndicatorSeries
    months: tuple[dt.date, ...]  # months with a denominator (no cases: left out)
    percents: tuple[float, ...]
    analysis: RunChartAnalysis
    annotations: tuple[tuple[dt.date, str], ...]
    changes: tuple[str, ...]  # what the annotations stand for, for the caption


@dataclass(frozen=True)
class FacilitySection:
    """Everything one hospital's (or health center's) report shows."""

    figures: FacilityQuarter
    level: str
    parent_name: str | None
    units_by_level: dict[str, int]
    supervision_days: tuple[dt.date, ...]
    charts: tuple[ChartData, ...]


@dataclass(frozen=True)
class SupervisionReport:
    office: str
    period: Period
    section: FacilitySection


def _pdsa_annotations(projects: Sequence[ProjectLine], code: str, facility: str
                      ) -> tuple[tuple[tuple[dt.date, str], ...], tuple[str, ...]]:
    """PDSA cycle starts of the facility's own projects measured by this indicator."""
    mine = [p for p in projects if p.indicator_code == code and p.facility == facility
            and p.pdsa_dates]
    marks: list[tuple[dt.date, str]] = []
    changes: list[str] = []
    for number, project in enumerate(mine, start=1):
        prefix = f"P{number} " if len(mine) > 1 else ""
        marks += [(day, f"{prefix}PDSA {n}") for n, day in enumerate(project.pdsa_dates, 1)]
        changes.append(f"{prefix}{project.title}")
    return tuple(marks), tuple(changes)


def chart_data(series: IndicatorSeries, projects: Sequence[ProjectLine], facility: str
               ) -> ChartData | None:
    kept = [(m, p) for m, p, d in zip(series.months, series.percents, series.denominators,
                                      strict=True) if d]
    if not kept:
        return None
    months, percents = tuple(m for m, _ in kept), tuple(p for _, p in kept)
    marks, changes = _pdsa_annotations(projects, series.code, facility)
    return ChartData(series, months, percents, analyse(percents), marks, changes)


def _parent_name(session: Session, unit: OrgUnit) -> str | None:
    parent = session.get(OrgUnit, unit.parent_id) if unit.parent_id else None
    while parent is not None and parent.level != OrgLevel.DISTRICT.value and parent.parent_id:
        parent = session.get(OrgUnit, parent.parent_id)
    return parent.name if parent is not None else None


def facility_section(session: Session, facility_id: int, period: Period, steps: Steps
                     ) -> FacilitySection:
    """One facility's section; ticks ``steps`` twice (figures, charts)."""
    unit = session.get(OrgUnit, facility_id)
    if unit is None:
        raise LookupError(f"There is no facility with id {facility_id}.")
    if unit.level not in SECTION_LEVELS:
        raise ReportError(f"{unit.name} is a {unit.level}: the supervision report is for a "
                          "hospital or health center; for a district print the district pack.")
    figures = facility_quarter(session, facility_id, period)
    levels = Counter(dict(session.execute(
        select(OrgUnit.level, func.count()).where(OrgUnit.id.in_(figures.unit_ids))
        .group_by(OrgUnit.level)).tuples().all()))
    days = tuple(session.scalars(
        select(func.coalesce(Visit.actual_start, Visit.planned_start))
        .where(Visit.org_unit_id == facility_id, Visit.kind == VisitKind.JOINT_SUPERVISION.value,
               Visit.planned_start.between(period.start, period.end),
               Visit.status != VisitStatus.CANCELLED.value).order_by(Visit.planned_start)))
    parent = _parent_name(session, unit)
    steps.tick()
    charts = []
    for series in figures.indicators:
        steps.check()
        chart = chart_data(series, figures.projects, unit.name)
        if chart is not None:
            charts.append(chart)
    steps.tick()
    return FacilitySection(figures, unit.level, parent, dict(levels), days, tuple(charts))


def supervision_report(session: Session, request: SupervisionRequest, steps: Steps
                       ) -> SupervisionReport:
    steps.expect(SUPERVISION_STEPS)
    section = facility_section(session, request.facility_id, request.period, steps)
    return SupervisionReport(office_name(session), request.period, section)
