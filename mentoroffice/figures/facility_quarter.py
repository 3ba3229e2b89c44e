"""What a facility's quarter looked like: the content of the joint supervision report.

Everything is computed for one facility and its sub-units (a hospital with its health centers,
health posts) in one period, from the records, with the definitions of validation_summary.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from ..data.enums import ActionStatus, EscalationStatus, VisitStatus
from ..data.models import (
    ActionItem,
    Assessment,
    Debriefing,
    Escalation,
    Finding,
    FormDefinition,
    Indicator,
    IndicatorValue,
    Mentor,
    OrgUnit,
    PdsaCycle,
    QIProject,
    Validation,
    Visit,
    VisitMentor,
)
from ..periods import Period, add_months
from .validation_summary import FACILITY_KINDS, percent

OPEN_ACTIONS = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)
OPEN_ESCALATIONS = (EscalationStatus.OPEN.value, EscalationStatus.ACKNOWLEDGED.value)


@dataclass(frozen=True)
class VisitCounts:
    planned: int
    done: int
    missed: int
    mentor_days_present: dict[str, int]  # association (or mentor kind) -> visits attended


@dataclass(frozen=True)
class CompetencyProgress:
    form_code: str
    title: str
    mentees_assessed: int
    validated: int
    mean_score: float | None

    @property
    def percent_validated(self) -> int | None:
        return percent(self.validated, self.mentees_assessed)


@dataclass(frozen=True)
class ActionLine:
    facility: str
    action: str
    responsible: str
    due_date: dt.date
    status: str
    overdue: bool


@dataclass(frozen=True)
class EscalationLine:
    facility: str
    category: str
    level: str
    description: str
    raised_on: dt.date
    status: str
    days_open: int


@dataclass(frozen=True)
class ProjectLine:
    facility: str
    title: str
    status: str
    aim: str
    cycles: int
    pdsa_dates: tuple[dt.date, ...]
    indicator_code: str | None


@dataclass(frozen=True)
class IndicatorSeries:
    code: str
    name: str
    direction: str
    months: tuple[dt.date, ...]
    numerators: tuple[int, ...]
    denominators: tuple[int, ...]

    @property
    def percents(self) -> tuple[float, ...]:
        return tuple(100.0 * n / d if d else 0.0
                     for n, d in zip(self.numerators, self.denominators, strict=True))


@dataclass(frozen=True)
class FacilityQuarter:
    facility_id: int
    facility_name: str
    period: Period
    unit_ids: list[int]
    visits: VisitCounts
    mentees_assessed: int
    mentees_validated: int
    competencies: list[CompetencyProgress]
    findings: list[tuple[dt.date, str, str]]  # date, facility, finding
    projects: list[ProjectLine]
    actions: list[ActionLine]
    escalations: list[EscalationLine]
    indicators: list[IndicatorSeries] = field(default_factory=list)


def unit_and_descendants(session: Session, unit_id: int) -> list[int]:
    ids, frontier = [unit_id], [unit_id]
    while frontier:
        frontier = list(session.scalars(select(OrgUnit.id).where(OrgUnit.parent_id.in_(frontier))))
        ids += frontier
    return ids


def _visit_counts(session: Session, unit_ids: list[int], period: Period) -> VisitCounts:
    statuses = Counter(dict(session.execute(
        select(Visit.status, func.count()).where(
            Visit.org_unit_id.in_(unit_ids), Visit.planned_start.between(period.start, period.end))
        .group_by(Visit.status)).tuples().all()))
    present = dict(session.execute(
        select(func.coalesce(Mentor.association, Mentor.kind), func.count())
        .join(VisitMentor, VisitMentor.mentor_id == Mentor.id)
        .join(Visit, Visit.id == VisitMentor.visit_id)
        .where(Visit.org_unit_id.in_(unit_ids), Visit.status == VisitStatus.DONE.value,
               VisitMentor.present.is_(True), Visit.actual_start.between(period.start, period.end))
        .group_by(func.coalesce(Mentor.association, Mentor.kind))).tuples().all())
    planned = sum(statuses.values()) - statuses[VisitStatus.CANCELLED.value]
    return VisitCounts(planned, statuses[VisitStatus.DONE.value],
                       statuses[VisitStatus.MISSED.value], present)


def _competencies(session: Session, unit_ids: list[int], period: Period
                  ) -> list[CompetencyProgress]:
    assessed = session.execute(
        select(FormDefinition.code, func.max(FormDefinition.title),
               func.count(distinct(Assessment.mentee_id)), func.avg(Assessment.score_pct))
        .join(FormDefinition, FormDefinition.id == Assessment.form_id)
        .where(Assessment.org_unit_id.in_(unit_ids), Assessment.kind.not_in(FACILITY_KINDS),
               Assessment.assessed_on.between(period.start, period.end))
        .group_by(FormDefinition.code).order_by(FormDefinition.code)).all()
    validated = dict(session.execute(
        select(Validation.form_code, func.count(distinct(Validation.mentee_id)))
        .join(Assessment, Assessment.id == Validation.assessment_id)
        .where(Assessment.org_unit_id.in_(unit_ids),
               Validation.validated_on.between(period.start, period.end))
        .group_by(Validation.form_code)).tuples().all())
    return [CompetencyProgress(code, title, mentees, validated.get(code, 0),
                               round(mean, 1) if mean is not None else None)
            for code, title, mentees, mean in assessed]


def mentee_totals(session: Session, unit_ids: list[int], period: Period) -> tuple[int, int]:
    assessed = session.scalar(
        select(func.count(distinct(Assessment.mentee_id))).where(
            Assessment.org_unit_id.in_(unit_ids), Assessment.kind.not_in(FACILITY_KINDS),
            Assessment.assessed_on.between(period.start, period.end))) or 0
    validated = session.scalar(
        select(func.count(distinct(Validation.mentee_id)))
        .join(Assessment, Assessment.id == Validation.assessment_id)
        .where(Assessment.org_unit_id.in_(unit_ids),
               Validation.validated_on.between(period.start, period.end))) or 0
    return assessed, validated


def _findings(session: Session, unit_ids: list[int], period: Period
              ) -> list[tuple[dt.date, str, str]]:
    return [(day, place, text) for day, place, text in session.execute(
        select(Debriefing.held_on, OrgUnit.name, Finding.text)
        .join(Debriefing, Debriefing.id == Finding.debriefing_id)
        .join(Visit, Visit.id == Debriefing.visit_id)
        .join(OrgUnit, OrgUnit.id == Visit.org_unit_id)
        .where(Visit.org_unit_id.in_(unit_ids),
               Debriefing.held_on.between(period.start, period.end))
        .order_by(Debriefing.held_on, OrgUnit.name))]


def _projects(session: Session, unit_ids: list[int], period: Period) -> list[ProjectLine]:
    projects = session.execute(
        select(QIProject, OrgUnit.name, Indicator.code)
        .join(OrgUnit, OrgUnit.id == QIProject.org_unit_id)
        .outerjoin(Indicator, Indicator.id == QIProject.indicator_id)
        .where(QIProject.org_unit_id.in_(unit_ids),
               (QIProject.started_on <= period.end) | QIProject.started_on.is_(None),
               (QIProject.closed_on >= period.start) | QIProject.closed_on.is_(None))
        .order_by(OrgUnit.name, QIProject.title)).all()
    cycles: dict[int, list[dt.date]] = {}
    for project_id, start in session.execute(
        select(PdsaCycle.project_id, PdsaCycle.start_date)
        .where(PdsaCycle.project_id.in_([p.id for p, _, _ in projects]))
        .order_by(PdsaCycle.start_date)):
        cycles.setdefault(project_id, []).append(start)
    return [ProjectLine(name, p.title, p.status, p.aim, len(cycles.get(p.id, [])),
                        tuple(cycles.get(p.id, [])), code) for p, name, code in projects]


def facility_actions(session: Session, unit_ids: list[int], period: Period
                     ) -> list[ActionLine]:
    """Actions due in or before the period that were still open during it."""
    rows = session.execute(
        select(OrgUnit.name, ActionItem.action, ActionItem.responsible_name, ActionItem.due_date,
               ActionItem.status, ActionItem.done_date)
        .join(OrgUnit, OrgUnit.id == ActionItem.org_unit_id)
        .where(ActionItem.org_unit_id.in_(unit_ids), ActionItem.created_on <= period.end,
               ActionItem.status.in_(OPEN_ACTIONS)
               | ActionItem.done_date.between(period.start, period.end))
        .order_by(ActionItem.due_date, OrgUnit.name)).all()
    return [ActionLine(name, action, responsible or "", due, status,
                       status in OPEN_ACTIONS and due < period.end)
            for name, action, responsible, due, status, _ in rows]


def facility_escalations(session: Session, unit_ids: list[int], period: Period
                         ) -> list[EscalationLine]:
    rows = session.execute(
        select(OrgUnit.name, Escalation.category, Escalation.level, Escalation.description,
               Escalation.raised_on, Escalation.status, Escalation.resolved_on)
        .join(OrgUnit, OrgUnit.id == Escalation.org_unit_id)
        .where(Escalation.org_unit_id.in_(unit_ids), Escalation.raised_on <= period.end,
               Escalation.status.in_(OPEN_ESCALATIONS)
               | Escalation.resolved_on.between(period.start, period.end))
        .order_by(Escalation.raised_on)).all()
    return [EscalationLine(name, category, level, text, raised, status,
                           ((resolved or period.end) - raised).days)
            for name, category, level, text, raised, status, resolved in rows]


def indicator_series(session: Session, unit_id: int, first_month: dt.date, last_month: dt.date
                     ) -> list[IndicatorSeries]:
    rows = session.execute(
        select(Indicator.code, Indicator.name, Indicator.direction, IndicatorValue.month,
               IndicatorValue.numerator, IndicatorValue.denominator)
        .join(IndicatorValue, IndicatorValue.indicator_id == Indicator.id)
        .where(IndicatorValue.org_unit_id == unit_id,
               IndicatorValue.month.between(first_month, last_month))
        .order_by(Indicator.code, IndicatorValue.month)).tuples().all()
    grouped: dict[str, list[tuple[str, str, str, dt.date, int, int]]] = {}
    for row in rows:
        grouped.setdefault(row[0], []).append(row)
    return [IndicatorSeries(code, values[0][1], values[0][2], tuple(v[3] for v in values),
                            tuple(v[4] for v in values), tuple(v[5] for v in values))
            for code, values in grouped.items()]


def facility_quarter(session: Session, facility_id: int, period: Period,
                     chart_months: int = 24) -> FacilityQuarter:
    unit = session.get(OrgUnit, facility_id)
    if unit is None:
        raise LookupError(f"There is no facility with id {facility_id}.")
    unit_ids = unit_and_descendants(session, facility_id)
    assessed, validated = mentee_totals(session, unit_ids, period)
    first_month = add_months(period.end.replace(day=1), 1 - chart_months)
    return FacilityQuarter(
        facility_id, unit.name, period, unit_ids, _visit_counts(session, unit_ids, period),
        assessed, validated, _competencies(session, unit_ids, period),
        _findings(session, unit_ids, period), _projects(session, unit_ids, period),
        facility_actions(session, unit_ids, period),
        facility_escalations(session, unit_ids, period),
        indicator_series(session, facility_id, first_month, period.end))
