"""The printed reports the GUI and the command line offer, and one way to generate any of them.

Each kind of report is one entry of the registry (:data:`ENTRIES`): what it needs (a facility,
a district, a mentee, a mentor or nothing) and its period (a quarter, a fiscal year, a month,
or none) for the window's and the command line's choices (:class:`ReportKind`, listed in
:data:`REPORTS`); its typed request (:mod:`mentoroffice.figures.requests`); the function of
:mod:`mentoroffice.figures` that gathers its figures from the records into one frozen
dataclass; and the layout function of this package that prints that dataclass (it never sees
a session). :func:`generate` looks a request up by its type; :func:`request_for` builds the
request of a report code from what people chose. Periods typed by people are read by
:func:`parse_period`: ``2026Q1`` (calendar quarter), ``FY26Q2`` (fiscal quarter), ``FY26`` or
``2025/2026`` (fiscal year, starting on the office's configured month), ``2026-03`` (month).

This module imports no layout module (nor ReportLab, nor matplotlib) until a report is
generated: the GUI can list the reports at start-up for free.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.models import Mentor, OrgUnit, Person
from ..figures.district_pack import district_pack
from ..figures.letters import qi_projects, visit_plan_letter
from ..figures.office import DEFAULT_OFFICE_NAME, fiscal_start_month, office_name
from ..figures.progress import Cancelled, Progress, ReportCancelled, Steps
from ..figures.requests import (
    CertificateRequest,
    DistrictPackRequest,
    MentorReportRequest,
    QIProjectsRequest,
    ReportRequest,
    SupervisionRequest,
    ValidationSummaryRequest,
    VisitPlanLetterRequest,
)
from ..figures.supervision import supervision_report
from ..figures.validation_report import certificates, mentor_month, validation_summary
from ..periods import (
    USAID_FISCAL_START,
    Period,
    fiscal_quarter,
    fiscal_year,
    month,
    quarter,
)

if TYPE_CHECKING:
    from ..figures.district_pack import DistrictPack
    from ..figures.letters import QIProjects, VisitPlanLetter
    from ..figures.supervision import SupervisionReport
    from ..figures.validation_report import Certificates, MentorMonth, ValidationSummary

__all__ = [
    "DEFAULT_OFFICE_NAME",
    "ENTRIES",
    "REPORTS",
    "Cancelled",
    "CertificateRequest",
    "Choices",
    "DistrictPackRequest",
    "MentorReportRequest",
    "Output",
    "Progress",
    "QIProjectsRequest",
    "ReportCancelled",
    "ReportEntry",
    "ReportKind",
    "ReportRequest",
    "SupervisionRequest",
    "ValidationSummaryRequest",
    "VisitPlanLetterRequest",
    "fiscal_start_month",
    "generate",
    "generate_from_codes",
    "office_name",
    "parse_period",
    "report_kind",
    "request_for",
]

Needs = Literal["facility", "district", "mentee", "mentor", "none"]
PeriodKind = Literal["quarter", "fiscal_year", "month", "none"]
Output = str | os.PathLike[str] | BinaryIO
R = TypeVar("R")
F = TypeVar("F")


@dataclass(frozen=True)
class ReportKind:
    code: str
    title: str
    needs: Needs
    period_kind: PeriodKind
    description: str = ""


def report_kind(code: str) -> ReportKind:
    return _entry(code).kind


# --------------------------------------------------------------------------- periods

_PATTERNS: list[tuple[str, str]] = [
    (r"(\d{4})-?Q([1-4])", "quarter"),
    (r"FY(\d{2}|\d{4})[ -]?Q([1-4])", "fiscal_quarter"),
    (r"FY(\d{2}|\d{4})", "fiscal_year"),
    (r"(\d{4})/(\d{4})", "fiscal_span"),
    (r"(\d{4})-(\d{1,2})", "month"),
]


def _full_year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def parse_period(text: str, fiscal_start: int = USAID_FISCAL_START) -> Period:
    """Read a period as people type it (see the module docstring); ValueError otherwise."""
    cleaned = text.strip().upper()
    for pattern, kind in _PATTERNS:
        found = re.fullmatch(pattern, cleaned)
        if found is None:
            continue
        first, *rest = found.groups()
        if kind == "quarter":
            return quarter(int(first), int(rest[0]))
        if kind == "fiscal_quarter":
            return fiscal_quarter(_full_year(first), int(rest[0]), fiscal_start)
        if kind == "fiscal_year":
            return fiscal_year(_full_year(first), fiscal_start)
        if kind == "fiscal_span":
            return _fiscal_span(int(first), int(rest[0]), fiscal_start)
        if not 1 <= int(rest[0]) <= 12:
            break
        return month(int(first), int(rest[0]))
    raise ValueError(f"{text!r} is not a period: write 2026Q1 (a quarter), FY26Q2 (a fiscal "
                     "quarter), FY26 or 2025/2026 (a fiscal year) or 2026-03 (a month).")


def _fiscal_span(start_year: int, end_year: int, fiscal_start: int) -> Period:
    if end_year != start_year + 1 or fiscal_start == 1:
        raise ValueError(f"{start_year}/{end_year} is not a fiscal year of this office "
                         f"(it starts in month {fiscal_start}).")
    return fiscal_year(end_year, fiscal_start)


def _check_period(kind: ReportKind, period: Period | None) -> None:
    if kind.period_kind == "none":
        return
    if period is None:
        raise ValueError(f"'{kind.title}' needs a period ({kind.period_kind.replace('_', ' ')}).")
    wanted = {"quarter": ("quarter", "fiscal_quarter"), "fiscal_year": ("fiscal_year",),
              "month": ("month",)}[kind.period_kind]
    if period.kind not in wanted:
        raise ValueError(f"'{kind.title}' is for a {kind.period_kind.replace('_', ' ')}, "
                         f"not a {period.kind.replace('_', ' ')} ({period.label}).")


# --------------------------------------------------------------------------- lookups


def facility_by_code(session: Session, code: str) -> OrgUnit:
    unit = session.scalar(select(OrgUnit).where(OrgUnit.code == code.strip()))
    if unit is None:
        raise LookupError(f"There is no facility with code {code!r}.")
    return unit


def person_by_code(session: Session, code: str) -> Person:
    person = session.scalar(select(Person).where(Person.code == code.strip()))
    if person is None:
        raise LookupError(f"There is no person with code {code!r}.")
    return person


# --------------------------------------------------------------------------- the registry


@dataclass(frozen=True)
class Choices:
    """What people chose in the window or typed on the command line, as ids and a period."""

    facility_id: int | None = None  # a facility, or a district for the district pack
    period: Period | None = None
    mentee_id: int | None = None
    mentor_id: int | None = None
    form_code: str | None = None
    project_id: int | None = None
    years: int = 3


@dataclass(frozen=True)
class ReportEntry(Generic[R, F]):
    """One kind of report: its request from people's choices, then gather, then lay out."""

    kind: ReportKind
    request_type: type[R]
    request: Callable[[Choices], R]
    gather: Callable[[Session, R, Steps], F]
    lay_out: Callable[[F, Output, Steps], int]


def _required(value: int | None, what: str, title: str) -> int:
    if value is None:
        raise ValueError(f"'{title}' needs a {what}.")
    return value


def _period(chosen: Choices, title: str) -> Period:
    if chosen.period is None:
        raise ValueError(f"'{title}' needs a period.")
    return chosen.period


# The layout modules load ReportLab: each is imported when its report is first printed.

def _supervision_pdf(figures: SupervisionReport, out: Output, steps: Steps) -> int:
    from .supervision import supervision_report_pdf
    return supervision_report_pdf(figures, out, steps)


def _district_pack_pdf(figures: DistrictPack, out: Output, steps: Steps) -> int:
    from .district_pack import district_pack_pdf
    return district_pack_pdf(figures, out, steps)


def _validation_summary_pdf(figures: ValidationSummary, out: Output, steps: Steps) -> int:
    from .validation_report import validation_summary_pdf
    return validation_summary_pdf(figures, out)


def _certificate_pdf(figures: Certificates, out: Output, steps: Steps) -> int:
    from .validation_report import certificate_pdf
    return certificate_pdf(figures, out)


def _mentor_report_pdf(figures: MentorMonth, out: Output, steps: Steps) -> int:
    from .validation_report import mentor_report_pdf
    return mentor_report_pdf(figures, out)


def _visit_plan_letter_pdf(figures: VisitPlanLetter, out: Output, steps: Steps) -> int:
    from .letters import visit_plan_letter_pdf
    return visit_plan_letter_pdf(figures, out)


def _qi_projects_pdf(figures: QIProjects, out: Output, steps: Steps) -> int:
    from .letters import qi_projects_pdf
    return qi_projects_pdf(figures, out)


_SUPERVISION = ReportKind(
    "supervision", "Quarterly joint supervision visit report", "facility", "quarter",
    "One hospital with its health centers and posts: visits, mentees, competencies, "
    "findings, QI, actions, escalations, indicator run charts, next steps.")
_DISTRICT_PACK = ReportKind(
    "district_pack", "District coordination meeting pack", "district", "quarter",
    "Summary by level (hospital, health centers, health posts, community), then "
    "each hospital's supervision report.")
_VALIDATION_SUMMARY = ReportKind(
    "validation_summary", "Validation summary", "none", "fiscal_year",
    "Table 1 by professional association over fiscal years; Table 2 by technical "
    "area at health centers. A facility, if given, limits it to its catchment.")
_CERTIFICATE = ReportKind(
    "certificate", "Mentee certificate of validation", "mentee", "none",
    "One page per validated competency (or the one competency asked for).")
_MENTOR_REPORT = ReportKind(
    "mentor_report", "Monthly mentor report", "mentor", "month",
    "The mentor's report for the month, beside what MentorOffice recorded, "
    "with the office's feedback.")
_VISIT_PLAN_LETTER = ReportKind(
    "visit_plan_letter", "Visit plan letter", "facility", "month",
    "To the facility's leadership: dates, mentors, what to prepare, staff to release.")
_QI_PROJECTS = ReportKind(
    "qi_projects", "QI project pages", "facility", "quarter",
    "One page per QI project active at the facility in the quarter: aim, measure, "
    "fishbone, 5 whys, change ideas, PDSA cycles, actions.")

ENTRIES: tuple[ReportEntry[Any, Any], ...] = (
    ReportEntry(_SUPERVISION, SupervisionRequest,
                lambda c: SupervisionRequest(
                    _required(c.facility_id, "facility", _SUPERVISION.title),
                    _period(c, _SUPERVISION.title)),
                supervision_report, _supervision_pdf),
    ReportEntry(_DISTRICT_PACK, DistrictPackRequest,
                lambda c: DistrictPackRequest(
                    _required(c.facility_id, "district", _DISTRICT_PACK.title),
                    _period(c, _DISTRICT_PACK.title)),
                district_pack, _district_pack_pdf),
    ReportEntry(_VALIDATION_SUMMARY, ValidationSummaryRequest,
                lambda c: ValidationSummaryRequest(_period(c, _VALIDATION_SUMMARY.title),
                                                   c.years, c.facility_id),
                validation_summary, _validation_summary_pdf),
    ReportEntry(_CERTIFICATE, CertificateRequest,
                lambda c: CertificateRequest(
                    _required(c.mentee_id, "mentee", _CERTIFICATE.title), c.form_code),
                certificates, _certificate_pdf),
    ReportEntry(_MENTOR_REPORT, MentorReportRequest,
                lambda c: MentorReportRequest(
                    _required(c.mentor_id, "mentor", _MENTOR_REPORT.title),
                    _period(c, _MENTOR_REPORT.title)),
                mentor_month, _mentor_report_pdf),
    ReportEntry(_VISIT_PLAN_LETTER, VisitPlanLetterRequest,
                lambda c: VisitPlanLetterRequest(
                    _required(c.facility_id, "facility", _VISIT_PLAN_LETTER.title),
                    _period(c, _VISIT_PLAN_LETTER.title)),
                visit_plan_letter, _visit_plan_letter_pdf),
    ReportEntry(_QI_PROJECTS, QIProjectsRequest,
                lambda c: QIProjectsRequest(
                    _required(c.facility_id, "facility", _QI_PROJECTS.title), c.period,
                    c.project_id),
                qi_projects, _qi_projects_pdf),
)
REPORTS: list[ReportKind] = [entry.kind for entry in ENTRIES]
_BY_CODE: dict[str, ReportEntry[Any, Any]] = {entry.kind.code: entry for entry in ENTRIES}
_BY_REQUEST: dict[type[Any], ReportEntry[Any, Any]] = {entry.request_type: entry
                                                       for entry in ENTRIES}


def _entry(code: str) -> ReportEntry[Any, Any]:
    entry = _BY_CODE.get(code)
    if entry is None:
        codes = ", ".join(k.code for k in REPORTS)
        raise ValueError(f"There is no report {code!r}; choose one of {codes}.")
    return entry


# --------------------------------------------------------------------------- generating


def request_for(code: str, *, facility_id: int | None = None, period: Period | None = None,
                mentee_id: int | None = None, mentor_id: int | None = None,
                form_code: str | None = None, project_id: int | None = None,
                years: int = 3) -> ReportRequest:
    """The request of report ``code`` for what people chose; ValueError when something it
    needs is missing or its period is of the wrong kind."""
    entry = _entry(code)
    _check_period(entry.kind, period)
    request: ReportRequest = entry.request(Choices(facility_id, period, mentee_id, mentor_id,
                                                   form_code, project_id, years))
    return request


def generate(session: Session, request: ReportRequest, out: Output, *,
             progress: Progress | None = None, cancelled: Cancelled | None = None) -> int:
    """Gather the figures ``request`` asks for, then lay them out into ``out`` (a path,
    written atomically, or a binary buffer).

    Returns the page count. Raises ValueError for a missing or wrong argument, LookupError
    for an unknown record, ReportError when the PDF cannot be produced, ReportCancelled when
    ``cancelled()`` turned true (no file is left).
    """
    entry = _BY_REQUEST.get(type(request))
    if entry is None:
        raise TypeError(f"{type(request).__name__} is not a report request.")
    steps = Steps(1, progress, cancelled)
    figures = entry.gather(session, request, steps)
    pages: int = entry.lay_out(figures, out, steps)
    return pages


def generate_from_codes(
    session: Session,
    code: str,
    out: Output,
    *,
    facility: str | None = None,
    period: str | None = None,
    mentee: str | None = None,
    mentor: str | None = None,
    competency: str | None = None,
    years: int = 3,
    progress: Progress | None = None,
) -> int:
    """:func:`generate` with records named as people type them (the command line): facility
    by its code, mentee and mentor by their person code, period as :func:`parse_period` reads.
    """
    kind = report_kind(code)
    mentor_id = None
    if mentor:
        person = person_by_code(session, mentor)
        mentor_id = session.scalar(select(Mentor.id).where(Mentor.person_id == person.id))
        if mentor_id is None:
            raise LookupError(f"{person.full_name} ({mentor}) is not a mentor.")
    request = request_for(
        kind.code,
        facility_id=facility_by_code(session, facility).id if facility else None,
        period=parse_period(period, fiscal_start_month(session)) if period else None,
        mentee_id=person_by_code(session, mentee).id if mentee else None,
        mentor_id=mentor_id, form_code=competency.upper() if competency else None,
        years=years)
    return generate(session, request, out, progress=progress)
