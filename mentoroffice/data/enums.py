"""Enumerations stored as text and checked by the database.

Values are stable identifiers written to the database and to exported files;
labels shown to people are translated in the UI.
"""

from __future__ import annotations

from enum import StrEnum


class OrgLevel(StrEnum):
    COUNTRY = "country"
    PROVINCE = "province"
    DISTRICT = "district"
    HOSPITAL = "hospital"
    HEALTH_CENTER = "health_center"
    HEALTH_POST = "health_post"


# Which level may sit directly under which.
PARENT_LEVEL: dict[OrgLevel, tuple[OrgLevel, ...]] = {
    OrgLevel.COUNTRY: (),
    OrgLevel.PROVINCE: (OrgLevel.COUNTRY,),
    OrgLevel.DISTRICT: (OrgLevel.PROVINCE,),
    OrgLevel.HOSPITAL: (OrgLevel.DISTRICT,),
    OrgLevel.HEALTH_CENTER: (OrgLevel.HOSPITAL, OrgLevel.DISTRICT),
    OrgLevel.HEALTH_POST: (OrgLevel.HEALTH_CENTER,),
}


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"


class Cadre(StrEnum):
    DOCTOR = "doctor"
    INTERN_DOCTOR = "intern_doctor"
    NURSE = "nurse"
    MIDWIFE = "midwife"
    ANESTHETIST = "anesthetist"
    CHW = "chw"
    CEHO = "ceho"
    ADMINISTRATOR = "administrator"
    OTHER = "other"


class PostingRole(StrEnum):
    PROVIDER = "provider"
    FACILITY_LEADER = "facility_leader"  # the health center titulaire, hospital director
    QI_TEAM = "qi_team"
    DATA_MANAGER = "data_manager"
    CHW = "chw"
    SUPERVISOR = "supervisor"


class PostingEndReason(StrEnum):
    TRANSFER = "transfer"
    ATTRITION = "attrition"
    PROMOTION = "promotion"
    RETIREMENT = "retirement"
    STUDIES = "studies"
    DEATH = "death"
    OTHER = "other"


class MentorKind(StrEnum):
    ASSOCIATION = "association"  # professional association, hospital joint team
    DISTRICT = "district"  # district-based mentor, two health centers
    HC_PROVIDER = "hc_provider"  # health-center provider, one health post
    COMMUNITY = "community"  # CEHO or validated nurse/midwife, CHW groups


class Association(StrEnum):
    RSOG = "RSOG"
    RAM = "RAM"
    RPA = "RPA"


class AreaLevel(StrEnum):
    FACILITY = "facility"
    COMMUNITY = "community"


class EnrolmentStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class FormKind(StrEnum):
    MENTEE = "mentee"
    FACILITY = "facility"


class AssessmentKind(StrEnum):
    PRE_TEST = "pre_test"
    COACHING = "coaching"
    POST_MENTORSHIP = "post_mentorship"
    BASELINE = "baseline"
    SUPERVISION = "supervision"


FACILITY_ASSESSMENT_KINDS = (AssessmentKind.BASELINE, AssessmentKind.SUPERVISION)


class ItemResult(StrEnum):
    DONE = "done"
    NOT_DONE = "not_done"
    NOT_APPLICABLE = "na"


class CoachingPlanStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class VisitKind(StrEnum):
    JOINT_HOSPITAL = "joint_hospital"
    HEALTH_CENTER = "health_center"
    HEALTH_POST = "health_post"
    COMMUNITY = "community"
    JOINT_SUPERVISION = "joint_supervision"
    BASELINE = "baseline"


class RhythmSchedule(StrEnum):
    """How a programme's visits of one kind come back."""

    MONTHLY = "monthly"  # once each calendar month
    QUARTERLY = "quarterly"  # once a quarter, in the quarter's 1st, 2nd or 3rd month
    WEEKS = "weeks"  # every interval_min_weeks to interval_max_weeks weeks


class VisitStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    MISSED = "missed"
    CANCELLED = "cancelled"


class ActivityKind(StrEnum):
    ENTRY_MEETING = "entry_meeting"
    DATA_REVIEW = "data_review"
    LDHF_SESSION = "ldhf_session"
    CASE_OBSERVATION = "case_observation"
    WARD_ROUND = "ward_round"
    BEDSIDE_TEACHING = "bedside_teaching"
    DEBRIEFING = "debriefing"


class ContactChannel(StrEnum):
    PHONE = "phone"
    WHATSAPP = "whatsapp"
    TELECONFERENCE = "teleconference"


class AttendeeRole(StrEnum):
    MENTEE = "mentee"
    LEADERSHIP = "leadership"
    QI_TEAM = "qi_team"
    MENTOR = "mentor"
    OTHER = "other"


class QIStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    SUSTAINING = "sustaining"
    CLOSED = "closed"
    ABANDONED = "abandoned"


class CauseCategory(StrEnum):
    STAFF = "staff"
    PROCEDURES = "procedures"
    EQUIPMENT = "equipment"
    SUPPLIES = "supplies"
    ENVIRONMENT = "environment"
    PATIENTS = "patients"
    MEASUREMENT = "measurement"
    MANAGEMENT = "management"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class EscalationLevel(StrEnum):
    FACILITY = "facility"
    DISTRICT = "district"
    MINISTRY = "ministry"


class EscalationCategory(StrEnum):
    STAFFING = "staffing"
    DRUGS_SUPPLIES = "drugs_supplies"
    EQUIPMENT = "equipment"
    INFRASTRUCTURE = "infrastructure"
    OTHER = "other"


class EscalationStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    CLOSED_UNRESOLVED = "closed_unresolved"


class Direction(StrEnum):
    HIGHER_IS_BETTER = "up"
    LOWER_IS_BETTER = "down"


class UserRole(StrEnum):
    ADMIN = "admin"
    QI_STAFF = "qi_staff"
    MENTOR = "mentor"
    SUPERVISOR = "supervisor"
    VIEWER = "viewer"
