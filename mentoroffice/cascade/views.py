"""What the cascade service gives back to the GUI: plain frozen dataclasses, no ORM object.

The people list's filters and rows live with their query in :mod:`.people_list`; every name
here is also importable from :mod:`.service`, which fills them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..data.enums import Cadre, Sex
from .facilities import FacilitySummary
from .people import PersonInput

__all__ = [
    "CHW_GROUP", "FACILITY", "AssignmentRow", "ChwGroupPage", "CompetencyStatus", "EnrolmentRow",
    "FacilityForm", "FacilityPage", "MentorProfile", "PersonPage", "PostingRow", "TreeItem",
]

FACILITY, CHW_GROUP = "facility", "chw_group"  # the kinds of TreeItem


@dataclass(frozen=True)
class TreeItem:
    kind: str  # FACILITY or CHW_GROUP
    id: int
    code: str
    name: str
    level: str  # an OrgLevel value, or "community" for a CHW group
    active: bool
    has_children: bool


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    mentor_id: int
    mentor_name: str
    kind: str
    association: str | None
    place: str
    technical_area: str | None
    start_date: dt.date
    end_date: dt.date | None
    override_reason: str | None


@dataclass(frozen=True)
class FacilityPage:
    summary: FacilitySummary
    assignments: tuple[AssignmentRow, ...]
    chw_groups: int


@dataclass(frozen=True)
class ChwGroupPage:
    id: int
    code: str
    name: str
    health_center_id: int
    health_center: str
    technical_area: str
    active: bool
    members: int
    assignments: tuple[AssignmentRow, ...]
    last_visit: dt.date | None


@dataclass(frozen=True)
class FacilityForm:
    id: int
    code: str
    name: str
    level: str
    parent_id: int | None
    parent_name: str | None
    dhis2_uid: str | None
    upgraded_health_center: bool
    version: int  # the facility's version when read: an edit made from this form sends it back



@dataclass(frozen=True)
class PostingRow:
    id: int
    facility_id: int
    facility: str
    level: str
    role: str
    start_date: dt.date
    end_date: dt.date | None
    end_reason: str | None


@dataclass(frozen=True)
class MentorProfile:
    id: int
    kind: str
    association: str | None
    areas: tuple[str, ...]
    selected_on: dt.date | None
    selection_score: float | None
    selection_notes: str | None
    oriented_on: dt.date | None
    orientation_theory: float | None
    orientation_practical: float | None
    active: bool
    assignments: tuple[AssignmentRow, ...]


@dataclass(frozen=True)
class CompetencyStatus:
    form_code: str
    title: str
    latest_score: float | None
    latest_on: dt.date | None
    assessments: int
    validated_on: dt.date | None


@dataclass(frozen=True)
class EnrolmentRow:
    id: int
    facility: str
    technical_area: str
    enrolled_on: dt.date
    end_date: dt.date | None
    status: str
    competencies: tuple[CompetencyStatus, ...]


@dataclass(frozen=True)
class PersonPage:
    id: int
    first_name: str
    last_name: str
    sex: str
    cadre: str
    qualification: str | None
    phone: str | None
    code: str | None
    active: bool
    postings: tuple[PostingRow, ...]  # oldest first
    mentor: MentorProfile | None
    enrolments: tuple[EnrolmentRow, ...]
    version: int  # the person's version when read: an edit made from this page sends it back

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def details(self) -> PersonInput:
        """The person's details as read, in the form an edit sends them."""
        return PersonInput(self.first_name, self.last_name, Sex(self.sex), Cadre(self.cadre),
                           self.qualification, self.phone, self.code)

    @property
    def current_posting(self) -> PostingRow | None:
        return next((p for p in reversed(self.postings) if p.end_date is None), None)
