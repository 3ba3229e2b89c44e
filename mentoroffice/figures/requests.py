"""What a report is asked for: one small typed request per report kind.

The window and the command line build one (:func:`mentoroffice.reports.catalog.request_for`
from what people chose), :func:`mentoroffice.reports.catalog.generate` looks its kind up:
the gathering function of :mod:`mentoroffice.figures` reads the records into the report's
figures, the layout function of :mod:`mentoroffice.reports` prints them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..periods import Period

__all__ = [
    "CertificateRequest", "DistrictPackRequest", "MentorReportRequest", "QIProjectsRequest",
    "ReportRequest", "SupervisionRequest", "ValidationSummaryRequest", "VisitPlanLetterRequest",
]


@dataclass(frozen=True)
class SupervisionRequest:
    """The quarterly joint supervision report of a hospital (or health center)."""

    facility_id: int
    period: Period


@dataclass(frozen=True)
class DistrictPackRequest:
    district_id: int
    period: Period


@dataclass(frozen=True)
class ValidationSummaryRequest:
    """Tables 1 and 2 for ``years`` fiscal years ending with ``period``; ``unit_id`` limits
    them to a facility's (or district's) catchment."""

    period: Period
    years: int = 3
    unit_id: int | None = None


@dataclass(frozen=True)
class CertificateRequest:
    """A certificate per validated competency of the mentee, or only ``form_code``'s."""

    mentee_id: int
    form_code: str | None = None


@dataclass(frozen=True)
class MentorReportRequest:
    mentor_id: int
    month: Period


@dataclass(frozen=True)
class VisitPlanLetterRequest:
    """The month's letter to a facility's leadership, dated ``letter_date`` (today if None)."""

    facility_id: int
    month: Period
    letter_date: dt.date | None = None


@dataclass(frozen=True)
class QIProjectsRequest:
    """One project's pages (``project_id``), or those of every project running at a facility
    (and its catchment) in a period; actions are overdue as of ``today`` (the day if None)."""

    facility_id: int | None = None
    period: Period | None = None
    project_id: int | None = None
    today: dt.date | None = None


ReportRequest = (SupervisionRequest | DistrictPackRequest | ValidationSummaryRequest
                 | CertificateRequest | MentorReportRequest | VisitPlanLetterRequest
                 | QIProjectsRequest)
