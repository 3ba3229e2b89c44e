"""The printed reports the GUI and the command line offer, and one way to generate any of them.

:data:`REPORTS` lists each kind with what it needs (a facility, a district, a mentee, a mentor
or nothing) and its period (a quarter, a fiscal year, a month, or none); :func:`generate`
gathers the figures and writes the PDF. Periods typed by people are read by
:func:`parse_period`: ``2026Q1`` (calendar quarter), ``FY26Q2`` (fiscal quarter), ``FY26`` or
``2025/2026`` (fiscal year, starting on the office's configured month), ``2026-03`` (month).

This module imports no report module (nor ReportLab, nor matplotlib) until a report is
generated: the GUI can list the reports at start-up for free.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.models import OrgUnit, Person, Setting
from ..periods import (
    USAID_FISCAL_START,
    Period,
    fiscal_quarter,
    fiscal_year,
    month,
    quarter,
)

__all__ = [
    "REPORTS",
    "Progress",
    "Cancelled",
    "ReportCancelled",
    "ReportKind",
    "fiscal_start_month",
    "generate",
    "office_name",
    "parse_period",
    "report_kind",
]

Needs = Literal["facility", "district", "mentee", "mentor", "none"]
PeriodKind = Literal["quarter", "fiscal_year", "month", "none"]
Output = str | os.PathLike[str] | BinaryIO
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
DEFAULT_OFFICE_NAME = "MentorOffice"


class ReportCancelled(Exception):
    """The person cancelled the report; nothing was written."""


@dataclass(frozen=True)
class ReportKind:
    code: str
    title: str
    needs: Needs
    period_kind: PeriodKind
    description: str = ""


REPORTS: list[ReportKind] = [
    ReportKind("supervision", "Quarterly joint supervision visit report", "facility", "quarter",
               "One hospital with its health centers and posts: visits, mentees, competencies, "
               "findings, QI, actions, escalations, indicator run charts, next steps."),
    ReportKind("district_pack", "District coordination meeting pack", "district", "quarter",
               "Summary by level (hospital, health centers, health posts, community), then "
               "each hospital's supervision report."),
    ReportKind("validation_summary", "Validation summary", "none", "fiscal_year",
               "Table 1 by professional association over fiscal years; Table 2 by technical "
               "area at health centers. A facility, if given, limits it to its catchment."),
    ReportKind("certificate", "Mentee certificate of validation", "mentee", "none",
               "One page per validated competency (or the one competency asked for)."),
    ReportKind("mentor_report", "Monthly mentor report", "mentor", "month",
               "The mentor's report for the month, beside what MentorOffice recorded, "
               "with the office's feedback."),
    ReportKind("visit_plan_letter", "Visit plan letter", "facility", "month",
               "To the facility's leadership: dates, mentors, what to prepare, staff to "
               "release."),
    ReportKind("qi_projects", "QI project pages", "facility", "quarter",
               "One page per QI project active at the facility in the quarter: aim, measure, "
               "fishbone, 5 whys, change ideas, PDSA cycles, actions."),
]


def report_kind(code: str) -> ReportKind:
    for kind in REPORTS:
        if kind.code == code:
            return kind
    codes = ", ".join(k.code for k in REPORTS)
    raise ValueError(f"There is no report {code!r}; choose one of {codes}.")


# --------------------------------------------------------------------------- office settings


def _setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value.strip() if row is not None and row.value else None


def office_name(session: Session) -> str:
    return _setting(session, "office_name") or DEFAULT_OFFICE_NAME


def fiscal_start_month(session: Session) -> int:
    value = _setting(session, "fiscal_year_start_month")
    if value and value.isdigit() and 1 <= int(value) <= 12:
        return int(value)
    return USAID_FISCAL_START


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


# --------------------------------------------------------------------------- generating


def _required(value: int | None, what: str, kind: ReportKind) -> int:
    if value is None:
        raise ValueError(f"'{kind.title}' needs a {what}.")
    return value


def generate(
    session: Session,
    code: str,
    out: Output,
    *,
    facility_id: int | None = None,
    period: Period | None = None,
    mentee_id: int | None = None,
    mentor_id: int | None = None,
    form_code: str | None = None,
    project_id: int | None = None,
    years: int = 3,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write report ``code`` to ``out`` (a path, written atomically, or a binary buffer).

    Returns the page count. Raises ValueError for a missing or wrong argument, LookupError
    for an unknown record, ReportError when the PDF cannot be produced, ReportCancelled when
    ``cancelled()`` turned true (no file is left).
    """
    kind = report_kind(code)
    _check_period(kind, period)
    if kind.needs in ("facility", "district"):
        facility_id = _required(facility_id, "facility" if kind.needs == "facility"
                                else "district", kind)
    if code == "supervision":
        from .supervision import supervision_report_pdf
        return supervision_report_pdf(session, facility_id, period, out,  # type: ignore[arg-type]
                                      progress=progress, cancelled=cancelled)
    if code == "district_pack":
        from .district_pack import district_pack_pdf
        return district_pack_pdf(session, facility_id, period, out,  # type: ignore[arg-type]
                                 progress=progress, cancelled=cancelled)
    if code == "validation_summary":
        from .validation_report import validation_summary_pdf
        return validation_summary_pdf(session, period, out, years=years,  # type: ignore[arg-type]
                                      unit_id=facility_id)
    if code == "certificate":
        from .validation_report import certificate_pdf
        return certificate_pdf(session, _required(mentee_id, "mentee", kind), out,
                               form_code=form_code)
    if code == "mentor_report":
        from .validation_report import mentor_report_pdf
        return mentor_report_pdf(session, _required(mentor_id, "mentor", kind),
                                 period, out)  # type: ignore[arg-type]
    if code == "visit_plan_letter":
        from .letters import visit_plan_letter_pdf
        return visit_plan_letter_pdf(session, facility_id, period, out)  # type: ignore[arg-type]
    from .letters import qi_projects_pdf
    return qi_projects_pdf(session, out, facility_id=facility_id, period=period,
                           project_id=project_id)


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
    from ..data.models import Mentor

    kind = report_kind(code)
    mentor_id = None
    if mentor:
        person = person_by_code(session, mentor)
        mentor_id = session.scalar(select(Mentor.id).where(Mentor.person_id == person.id))
        if mentor_id is None:
            raise LookupError(f"{person.full_name} ({mentor}) is not a mentor.")
    return generate(
        session, kind.code, out,
        facility_id=facility_by_code(session, facility).id if facility else None,
        period=parse_period(period, fiscal_start_month(session)) if period else None,
        mentee_id=person_by_code(session, mentee).id if mentee else None,
        mentor_id=mentor_id, form_code=competency.upper() if competency else None,
        years=years, progress=progress)
