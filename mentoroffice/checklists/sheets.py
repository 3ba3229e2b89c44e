"""What the checklist printers print, as plain data: a filled assessment, and a mentee's
progress sheet with coaching plan.

The checklist service fills them (``ChecklistService.filled_assessment_data`` and
``progress_sheet_data``); :mod:`mentoroffice.reports.checklist_pdf` prints them. They live
here, beside what produces them, so the checklists never import the reports: ReportLab is
loaded only when something is printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .forms import FormDefinition

__all__ = ["CoachingPlanLine", "CompetencyProgress", "FilledAssessment", "ProgressSheet"]


@dataclass(frozen=True)
class FilledAssessment:
    """One assessment as scored, ready to print."""

    form: FormDefinition
    mentee_name: str | None  # None for a facility form
    facility_name: str
    assessed_on: dt.date
    assessor_name: str
    kind_label: str  # "Post-mentorship assessment", "Facility baseline"...
    results: Mapping[str, str]  # item code -> "done" / "not_done" / "na"
    score_percent: float | None
    done: int
    applicable: int
    all_critical_done: bool
    validated: bool
    notes: Mapping[str, str] = field(default_factory=dict)
    strengths: str = ""
    to_improve: str = ""


@dataclass(frozen=True)
class CompetencyProgress:
    form_code: str
    title: str
    baseline: float | None
    latest: float | None
    assessments: int
    validated_on: dt.date | None


@dataclass(frozen=True)
class CoachingPlanLine:
    gap: str
    planned_action: str
    target_date: dt.date | None


@dataclass(frozen=True)
class ProgressSheet:
    mentee_name: str
    cadre: str
    facility: str
    technical_area: str
    rows: Sequence[CompetencyProgress]
    coaching_plan: Sequence[CoachingPlanLine] = ()
    trend_png: bytes | None = None  # a chart drawn elsewhere (matplotlib), as PNG
    mentor_name: str | None = None
