"""The figures of the validation reports: the summary tables, a mentee's certificates and a
mentor's monthly report beside what MentorOffice recorded (laid out by
:mod:`mentoroffice.reports.validation_report`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from ..data.enums import OrgLevel, VisitStatus
from ..data.models import (
    Assessment,
    FormDefinition,
    Mentor,
    MentorArea,
    MentorAssignment,
    MentorReport,
    OrgUnit,
    Person,
    TechnicalArea,
    Validation,
    Visit,
    VisitMentor,
)
from ..periods import Period, fiscal_year
from .facility_quarter import unit_and_descendants
from .office import office_name
from .progress import ReportError, Steps
from .requests import CertificateRequest, MentorReportRequest, ValidationSummaryRequest
from .validation_summary import (
    FACILITY_KINDS,
    AreaRow,
    ValidationCell,
    by_association,
    by_technical_area,
)

__all__ = [
    "MENTOR_KINDS", "CertificateData", "Certificates", "MentorMonth", "NamedAreaRow",
    "ValidationSummary", "certificates", "mentor_month", "supported_centers",
    "validation_summary",
]

MENTOR_KINDS = {"association": "professional association mentor",
                "district": "district-based mentor",
                "hc_provider": "health-center provider mentor", "community": "community mentor"}


# --------------------------------------------------------------------------- summary


@dataclass(frozen=True)
class NamedAreaRow:
    name: str  # the technical area's name, or its code when it has none
    row: AreaRow


@dataclass(frozen=True)
class ValidationSummary:
    office: str
    scope: str | None  # the facility or district the tables are limited to
    last_year: Period
    years: tuple[Period, ...]  # oldest first
    table_1: tuple[dict[str, ValidationCell], ...]  # one column per year, by association
    table_2: tuple[NamedAreaRow, ...]  # the last year
    centers: int  # health centers supported in the last year


def _years(last: Period, count: int) -> list[Period]:
    if last.kind != "fiscal_year":
        raise ValueError(f"The validation summary is by fiscal year, not {last.label}.")
    start_month = last.start.month
    return [fiscal_year(last.end.year - back, start_month) for back in range(count - 1, -1, -1)]


def supported_centers(session: Session, year: Period, unit_ids: list[int] | None) -> int:
    """Health centers where a mentee was assessed in the year."""
    query = (select(func.count(distinct(Assessment.org_unit_id)))
             .join(OrgUnit, OrgUnit.id == Assessment.org_unit_id)
             .where(OrgUnit.level == OrgLevel.HEALTH_CENTER.value,
                    Assessment.kind.not_in(FACILITY_KINDS),
                    Assessment.assessed_on.between(year.start, year.end)))
    if unit_ids is not None:
        query = query.where(Assessment.org_unit_id.in_(unit_ids))
    return session.scalar(query) or 0


def validation_summary(session: Session, request: ValidationSummaryRequest, steps: Steps
                       ) -> ValidationSummary:
    last_year, unit_id = request.period, request.unit_id
    years = _years(last_year, max(1, request.years))
    unit_ids = unit_and_descendants(session, unit_id) if unit_id is not None else None
    scope = None
    if unit_id is not None:
        unit = session.get(OrgUnit, unit_id)
        if unit is None:
            raise LookupError(f"There is no facility with id {unit_id}.")
        scope = unit.name
    names = dict(session.execute(select(TechnicalArea.code, TechnicalArea.name)).tuples().all())
    return ValidationSummary(
        office_name(session), scope, last_year, tuple(years),
        tuple(by_association(session, year, unit_ids) for year in years),
        tuple(NamedAreaRow(names.get(row.technical_area, row.technical_area), row)
              for row in by_technical_area(session, last_year, unit_ids)),
        supported_centers(session, last_year, unit_ids))


# --------------------------------------------------------------------------- certificate


@dataclass(frozen=True)
class CertificateData:
    number: int
    mentee: str
    cadre: str
    facility: str
    competency: str
    form_code: str
    form_version: int
    area: str
    validated_on: dt.date
    score: float | None
    assessor: str | None
    assessor_role: str | None


@dataclass(frozen=True)
class Certificates:
    office: str
    form_code: str | None  # the one competency asked for, if any
    certificates: tuple[CertificateData, ...]  # at least one


def certificates(session: Session, request: CertificateRequest, steps: Steps) -> Certificates:
    mentee_id, form_code = request.mentee_id, request.form_code
    office = office_name(session)
    mentee = session.get(Person, mentee_id)
    if mentee is None:
        raise LookupError(f"There is no person with id {mentee_id}.")
    query = (select(Validation, Assessment, FormDefinition, OrgUnit)
             .join(Assessment, Assessment.id == Validation.assessment_id)
             .join(FormDefinition, FormDefinition.id == Assessment.form_id)
             .join(OrgUnit, OrgUnit.id == Assessment.org_unit_id)
             .where(Validation.mentee_id == mentee_id).order_by(Validation.validated_on))
    if form_code:
        query = query.where(Validation.form_code == form_code)
    areas = dict(session.execute(select(TechnicalArea.code, TechnicalArea.name)).tuples().all())
    found = []
    for validation, assessment, form, unit in session.execute(query).tuples():
        assessor_id = validation.assessor_id or assessment.assessor_id
        assessor = session.get(Person, assessor_id) if assessor_id else None
        mentor = session.scalar(select(Mentor).where(Mentor.person_id == assessor_id)) \
            if assessor_id else None
        role = (f"{mentor.association} mentor" if mentor and mentor.association
                else MENTOR_KINDS.get(mentor.kind, "mentor") if mentor else None)
        found.append(CertificateData(
            validation.id, mentee.full_name, mentee.cadre.replace("_", " "), unit.name,
            form.title, form.code, form.version, areas.get(form.technical_area,
                                                           form.technical_area),
            validation.validated_on, assessment.score_pct,
            assessor.full_name if assessor else None, role))
    if not found:
        what = f"on {form_code}" if form_code else "on any competency"
        raise ReportError(f"{mentee.full_name} is not validated {what}: there is no "
                          "certificate to print.")
    return Certificates(office, form_code, tuple(found))


# --------------------------------------------------------------------------- mentor report


@dataclass(frozen=True)
class MentorMonth:
    """A mentor's monthly report beside what MentorOffice recorded for them that month."""

    office: str
    name: str
    kind: str
    areas: str
    assigned_to: str
    month: Period
    submitted_on: dt.date | None
    reported: tuple[int, int, int]  # visits done, mentees assessed, validations
    recorded: tuple[int, int, int]
    challenges: str | None
    feedback: str | None
    feedback_on: dt.date | None


def _recorded(session: Session, mentor: Mentor, month: Period) -> tuple[int, int, int]:
    """Visits attended, mentees assessed and validations made, as MentorOffice holds them."""
    visits = session.scalar(
        select(func.count()).select_from(Visit).join(VisitMentor, VisitMentor.visit_id == Visit.id)
        .where(VisitMentor.mentor_id == mentor.id, VisitMentor.present.is_(True),
               Visit.status == VisitStatus.DONE.value,
               Visit.actual_start.between(month.start, month.end))) or 0
    assessed = session.scalar(
        select(func.count(distinct(Assessment.mentee_id))).where(
            Assessment.assessor_id == mentor.person_id, Assessment.kind.not_in(FACILITY_KINDS),
            Assessment.assessed_on.between(month.start, month.end))) or 0
    validations = session.scalar(
        select(func.count()).select_from(Validation)
        .join(Assessment, Assessment.id == Validation.assessment_id)
        .where(Assessment.assessor_id == mentor.person_id,
               Validation.validated_on.between(month.start, month.end))) or 0
    return visits, assessed, validations


def _assigned_places(session: Session, mentor: Mentor, month: Period) -> str:
    names = session.scalars(
        select(OrgUnit.name).join(MentorAssignment, MentorAssignment.org_unit_id == OrgUnit.id)
        .where(MentorAssignment.mentor_id == mentor.id,
               MentorAssignment.start_date <= month.end,
               (MentorAssignment.end_date.is_(None)) | (MentorAssignment.end_date >= month.start))
        .order_by(OrgUnit.name)).all()
    return ", ".join(dict.fromkeys(names)) or "—"


def mentor_month(session: Session, request: MentorReportRequest, steps: Steps) -> MentorMonth:
    mentor_id, month = request.mentor_id, request.month
    mentor = session.get(Mentor, mentor_id)
    if mentor is None:
        raise LookupError(f"There is no mentor with id {mentor_id}.")
    person = session.get(Person, mentor.person_id)
    name = person.full_name if person else f"Mentor {mentor_id}"
    report = session.scalar(select(MentorReport).where(MentorReport.mentor_id == mentor_id,
                                                       MentorReport.month == month.start))
    if report is None:
        raise ReportError(f"{name} has no monthly report for {month.label} in MentorOffice; "
                          "enter it first.")
    areas = ", ".join(session.scalars(select(MentorArea.technical_area)
                                      .where(MentorArea.mentor_id == mentor_id))) or "—"
    kind = (f"{mentor.association} ({MENTOR_KINDS['association']})" if mentor.association
            else MENTOR_KINDS.get(mentor.kind, mentor.kind))
    return MentorMonth(
        office_name(session), name, kind, areas, _assigned_places(session, mentor, month), month,
        report.submitted_on, (report.visits_done, report.mentees_assessed, report.validations),
        _recorded(session, mentor, month), report.challenges, report.office_feedback,
        report.feedback_on)
