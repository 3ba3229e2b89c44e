"""The mentee progress tracker, score trends, and coaching plans proposed from assessments."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Subquery, func, select
from sqlalchemy.orm import Session

from ..data.enums import AssessmentKind, ItemResult
from ..data.models import (
    Assessment,
    AssessmentItemResult,
    CoachingPlan,
    FormDefinition,
    FormItem,
    MenteeEnrolment,
    OrgUnit,
    Person,
    PlannedCompetency,
    Validation,
)

REPEATED_GAP_WINDOW = 3  # the last assessments looked at
REPEATED_GAP_MISSES = 2  # "not done" this many times among them makes a gap


@dataclass(frozen=True)
class ProgressRow:
    mentee_id: int
    mentee_name: str
    cadre: str
    facility: str
    technical_area: str
    form_code: str
    baseline: float | None
    latest: float | None
    assessments: int
    validated_on: dt.date | None


def _ranked_scores() -> Subquery:
    """Each mentee's assessments per form code, numbered from the first and from the last."""
    partition = (Assessment.mentee_id, FormDefinition.code)
    return (
        select(
            Assessment.mentee_id, FormDefinition.code.label("form_code"), Assessment.kind,
            Assessment.score_pct,
            func.row_number().over(partition_by=partition,
                                   order_by=(Assessment.assessed_on, Assessment.id)).label("first"),
            func.row_number().over(partition_by=partition,
                                   order_by=(Assessment.assessed_on.desc(), Assessment.id.desc())
                                   ).label("last"),
            func.count().over(partition_by=partition).label("n"),
        )
        .join(FormDefinition, FormDefinition.id == Assessment.form_id)
        .where(Assessment.mentee_id.is_not(None))
        .subquery()
    )


def progress_matrix(session: Session, facility_id: int | None = None,
                    technical_area: str | None = None) -> list[ProgressRow]:
    """One row per mentee and planned competency of active enrolments."""
    ranked = _ranked_scores()
    first = ranked.alias("first_score")
    last = ranked.alias("last_score")
    query = (
        select(Person.id, Person.first_name, Person.last_name, Person.cadre, OrgUnit.name,
               MenteeEnrolment.technical_area, PlannedCompetency.form_code,
               first.c.score_pct, last.c.score_pct, last.c.n, Validation.validated_on)
        .join(MenteeEnrolment, MenteeEnrolment.person_id == Person.id)
        .join(OrgUnit, OrgUnit.id == MenteeEnrolment.org_unit_id)
        .join(PlannedCompetency, PlannedCompetency.enrolment_id == MenteeEnrolment.id)
        .outerjoin(first, (first.c.mentee_id == Person.id)
                   & (first.c.form_code == PlannedCompetency.form_code) & (first.c.first == 1))
        .outerjoin(last, (last.c.mentee_id == Person.id)
                   & (last.c.form_code == PlannedCompetency.form_code) & (last.c.last == 1))
        .outerjoin(Validation, (Validation.mentee_id == Person.id)
                   & (Validation.form_code == PlannedCompetency.form_code))
        .where(MenteeEnrolment.status == "active")
        .order_by(OrgUnit.name, Person.last_name, Person.first_name, PlannedCompetency.form_code)
    )
    if facility_id is not None:
        query = query.where(MenteeEnrolment.org_unit_id == facility_id)
    if technical_area is not None:
        query = query.where(MenteeEnrolment.technical_area == technical_area)
    return [
        ProgressRow(pid, f"{fn} {ln}", cadre, facility, area, code, baseline, latest, n or 0, on)
        for pid, fn, ln, cadre, facility, area, code, baseline, latest, n, on
        in session.execute(query)
    ]


def fully_validated(session: Session, mentee_id: int) -> bool:
    """Validated on every competency in the mentee's active plans (and the plan is not empty)."""
    planned = set(session.scalars(
        select(PlannedCompetency.form_code)
        .join(MenteeEnrolment, MenteeEnrolment.id == PlannedCompetency.enrolment_id)
        .where(MenteeEnrolment.person_id == mentee_id, MenteeEnrolment.status == "active")))
    validated = set(session.scalars(select(Validation.form_code)
                                    .where(Validation.mentee_id == mentee_id)))
    return bool(planned) and planned <= validated


@dataclass(frozen=True)
class TrendPoint:
    assessed_on: dt.date
    score: float | None
    kind: str
    assessment_id: int | None = None  # the assessment the point shows (its history)


def score_trend(session: Session, mentee_id: int, form_code: str) -> list[TrendPoint]:
    rows = session.execute(
        select(Assessment.assessed_on, Assessment.score_pct, Assessment.kind, Assessment.id)
        .join(FormDefinition, FormDefinition.id == Assessment.form_id)
        .where(Assessment.mentee_id == mentee_id, FormDefinition.code == form_code)
        .order_by(Assessment.assessed_on, Assessment.id))
    return [TrendPoint(*row) for row in rows]


@dataclass(frozen=True)
class CoachingGap:
    item_code: str
    text: str
    misses: int
    looked_at: int


def repeated_gaps(session: Session, mentee_id: int, form_code: str) -> list[CoachingGap]:
    """Steps not done in at least 2 of the mentee's last 3 assessments on the competency."""
    recent = session.scalars(
        select(Assessment.id)
        .join(FormDefinition, FormDefinition.id == Assessment.form_id)
        .where(Assessment.mentee_id == mentee_id, FormDefinition.code == form_code,
               Assessment.kind != AssessmentKind.BASELINE.value)
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
        .limit(REPEATED_GAP_WINDOW)).all()
    misses: Counter[tuple[str, str]] = Counter()
    for code, text in session.execute(
        select(FormItem.code, FormItem.text)
        .join(AssessmentItemResult, AssessmentItemResult.item_id == FormItem.id)
        .where(AssessmentItemResult.assessment_id.in_(recent),
               AssessmentItemResult.result == ItemResult.NOT_DONE.value)
    ):
        misses[(code, text)] += 1
    return [CoachingGap(code, text, count, len(recent))
            for (code, text), count in sorted(misses.items())
            if count >= min(REPEATED_GAP_MISSES, len(recent))]


def propose_coaching_plan(session: Session, mentee_id: int, form_code: str,
                          today: dt.date) -> CoachingPlan:
    """A draft plan (not saved) from the repeated gaps; the mentor edits it before saving."""
    gaps = repeated_gaps(session, mentee_id, form_code)
    return CoachingPlan(
        mentee_id=mentee_id, form_code=form_code,
        gaps="\n".join(f"{g.item_code} {g.text} (not done {g.misses} of {g.looked_at})"
                       for g in gaps),
        planned_actions="\n".join(f"Demonstrate and practise: {g.text}" for g in gaps),
        target_date=today + dt.timedelta(days=30), status="open")


def save_coaching_plan(session: Session, plan: CoachingPlan) -> CoachingPlan:
    session.add(plan)
    session.flush()
    return plan
