"""All tables of the office database; importing this registers them on Base.metadata."""

from ..base import Base
from .assessments import (
    Assessment,
    AssessmentItemResult,
    CoachingPlan,
    FormDefinition,
    FormItem,
    Validation,
)
from .indicators import Indicator, IndicatorValue
from .mentoring import MenteeEnrolment, Mentor, MentorArea, MentorAssignment, PlannedCompetency
from .office import (
    AccessToken,
    AppUser,
    AuditEntry,
    CoordinationMeeting,
    Dhis2Mapping,
    MentorReport,
    Setting,
)
from .org import ChwGroup, ChwGroupMember, OrgUnit, TechnicalArea
from .people import Person, Posting
from .programmes import Programme, ProgrammeArea, ProgrammeCap, ProgrammeRhythm
from .qi import (
    ActionItem,
    ActionStatusChange,
    ChangeIdea,
    Debriefing,
    DebriefingAttendee,
    Escalation,
    Finding,
    PdsaCycle,
    QIProject,
    RootCause,
)
from .visits import ActivityAttendee, FollowUpContact, Holiday, Visit, VisitActivity, VisitMentor

__all__ = [
    "AccessToken", "ActionItem", "ActionStatusChange", "ActivityAttendee", "AppUser", "Assessment",
    "AssessmentItemResult", "AuditEntry", "Base", "ChangeIdea", "ChwGroup", "ChwGroupMember",
    "CoachingPlan", "CoordinationMeeting", "Debriefing", "DebriefingAttendee", "Dhis2Mapping",
    "Escalation", "Finding", "FollowUpContact", "FormDefinition", "FormItem", "Holiday",
    "Indicator", "IndicatorValue", "MenteeEnrolment", "Mentor", "MentorArea", "MentorAssignment",
    "MentorReport", "OrgUnit", "PdsaCycle", "Person", "PlannedCompetency", "Posting", "Programme",
    "ProgrammeArea", "ProgrammeCap", "ProgrammeRhythm", "QIProject", "RootCause", "Setting",
    "TechnicalArea", "Validation", "Visit", "VisitActivity", "VisitMentor",
]
