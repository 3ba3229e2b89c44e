"""The database itself, not Python, keeps bad rows out of every table.

Rows go in with SQLAlchemy Core inserts, so neither the ORM nor a domain function gets a
chance to catch the mistake first: what is rejected here is rejected by SQLite or PostgreSQL.

Each table has one good row (built on a small world of parent rows that every case shares),
a few good variants that the checks must let through, and bad cases:
- NOT NULL and foreign-key cases generated from the metadata for every column,
- CHECK cases written by hand, each naming the constraint it must trip,
- UNIQUE / primary-key cases that insert the good row twice (with a twist).
Coverage tests make a table, CHECK or unique key added later without a case fail the suite.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    CheckConstraint,
    ForeignKeyConstraint,
    Integer,
    Table,
    UniqueConstraint,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from mentoroffice.data.models import Base, Person

TABLES: Mapping[str, Table] = Base.metadata.tables

DAY = dt.date(2024, 3, 4)
MISSING_ID = 987_654
MISSING_CODE = "NO_SUCH_AREA"


# --- The shared world of parent rows ------------------------------------------------------


@dataclass(frozen=True)
class World:
    """Ids of the parent rows every case may point at (committed once per module)."""

    country: int
    province: int
    district: int
    hospital: int
    health_center: int
    health_post: int
    mentee: int
    mentor_person: int
    spare_person: int
    mentor: int
    chw_group: int
    form: int
    item: int
    indicator: int
    visit: int
    visit_b: int
    activity: int
    assessment: int
    assessment_b: int
    debriefing: int
    finding: int
    project: int
    change_idea: int
    root_cause: int
    action: int
    enrolment: int
    programme: int


def _add(session: Session, table: str, **values: Any) -> int:
    result = session.execute(insert(TABLES[table]).values(**values))
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def build_world(session: Session) -> World:
    """The minimum valid parents: org units down to a health post, people, a mentor, a form..."""
    org = lambda code, level, parent: _add(  # noqa: E731
        session, "org_unit", code=code, name=f"Unit {code}", level=level, parent_id=parent,
        version_id=1,
    )
    country = org("RW", "country", None)
    province = org("RW-E", "province", country)
    district = org("RW-E-KIR", "district", province)
    hospital = org("DH-KIREHE", "hospital", district)
    health_center = org("HC-NASHO", "health_center", hospital)
    health_post = org("HP-NASHO-1", "health_post", health_center)

    def person(code: str, first: str, last: str, cadre: str) -> int:
        return _add(session, "person", code=code, first_name=first, last_name=last, sex="F",
                    cadre=cadre, version_id=1)

    mentee = person("P-MENTEE", "Claudine", "Mukamana", "nurse")
    mentor_person = person("P-MENTOR", "Jeanne", "Uwimana", "midwife")
    spare_person = person("P-SPARE", "Béatrice", "Nyiraneza", "midwife")
    mentor = _add(session, "mentor", person_id=mentor_person, kind="district", version_id=1)
    chw_group = _add(session, "chw_group", code="CHW-NASHO-1", name="Nasho ASM group",
                     health_center_id=health_center, technical_area="CBMNH", version_id=1)
    form = _add(session, "form_definition", code="ZZ-TEST", version=1, title="Test checklist",
                technical_area="MNH", kind="mentee", pass_threshold=85.0,
                content_hash="0" * 64)
    item = _add(session, "form_item", form_id=form, code="1.1", position=0, section="Prep",
                text="Washes hands", critical=True)
    indicator = _add(session, "indicator", code="ZZ_TEST", name="Test indicator",
                     numerator_definition="n", denominator_definition="d", direction="up",
                     technical_area="NEO", version_id=1)

    def visit() -> int:
        return _add(session, "visit", org_unit_id=health_center, kind="health_center",
                    status="planned", planned_start=DAY, planned_end=DAY + dt.timedelta(1),
                    version_id=1)

    visit_a, visit_b = visit(), visit()
    activity = _add(session, "visit_activity", visit_id=visit_a, kind="ldhf_session")

    def assessment() -> int:
        return _add(session, "assessment", form_id=form, kind="post_mentorship",
                    mentee_id=mentee, org_unit_id=health_center, assessed_on=DAY,
                    done_count=9, applicable_count=10, score_pct=90.0, version_id=1)

    assessment_a, assessment_b = assessment(), assessment()
    debriefing = _add(session, "debriefing", visit_id=visit_a, held_on=DAY, version_id=1)
    finding = _add(session, "finding", debriefing_id=debriefing, text="No partographs")
    project = _add(session, "qi_project", org_unit_id=health_center, title="Partograph use",
                   version_id=1)
    change_idea = _add(session, "change_idea", project_id=project, text="Pre-printed stock")
    root_cause = _add(session, "root_cause", project_id=project, category="supplies",
                      text="Forms out of stock")
    action = _add(session, "action_item", org_unit_id=health_center, action="Print forms",
                  due_date=DAY, status="open", created_on=DAY, version_id=1)
    enrolment = _add(session, "mentee_enrolment", person_id=mentee,
                     org_unit_id=health_center, technical_area="MNH", enrolled_on=DAY,
                     version_id=1)
    programme = _add(session, "programme", code="ZZ-PROG", name="Test programme", active=True,
                     is_default=False, version_id=1)
    return World(
        country=country, province=province, district=district, hospital=hospital,
        health_center=health_center, health_post=health_post, mentee=mentee,
        mentor_person=mentor_person, spare_person=spare_person, mentor=mentor,
        chw_group=chw_group, form=form, item=item, indicator=indicator, visit=visit_a,
        visit_b=visit_b, activity=activity, assessment=assessment_a,
        assessment_b=assessment_b, debriefing=debriefing, finding=finding, project=project,
        change_idea=change_idea, root_cause=root_cause, action=action, enrolment=enrolment,
        programme=programme,
    )


def good_rows(w: World) -> dict[str, dict[str, Any]]:
    """One valid row per table, new beside the world's rows (so it breaks no unique key)."""
    later = DAY + dt.timedelta(days=30)
    return {
        "audit_log": {"username": "admin", "action": "update", "table_name": "person",
                      "record_id": w.mentee},
        "dhis2_mapping": {"metric": "mentees_validated", "technical_area": "MNH",
                          "data_element": "fbfJHSPpUQD", "category_option_combo": None,
                          "version_id": 1},
        "holiday": {"day": dt.date(2024, 7, 4), "name": "Liberation Day"},
        "org_unit": {"code": "HC-RULI", "name": "Ruli", "level": "health_center",
                     "parent_id": w.hospital, "dhis2_uid": "Abcdefghij1", "version_id": 1},
        "person": {"code": "P-NEW", "first_name": "Aline", "last_name": "Uwase", "sex": "F",
                   "cadre": "midwife", "phone": "+250788000111", "version_id": 1},
        "setting": {"key": "fiscal_year_start_month", "value": "10"},
        "technical_area": {"code": "NUT", "name": "Nutrition", "level": "facility"},
        "app_user": {"username": "aline", "display_name": "Aline U.", "role": "qi_staff",
                     "person_id": w.mentee, "version_id": 1},
        "access_token": {"name": "nightly-backup", "token_hash": "scrypt$...",
                         "purposes": "backup", "created_by": "admin"},
        "chw_group": {"code": "CHW-NEW", "name": "Binome group", "health_center_id":
                      w.health_center, "technical_area": "ICCM", "version_id": 1},
        "coordination_meeting": {"district_id": w.district, "held_on": DAY,
                                 "period_label": "FY24 Q2", "version_id": 1},
        "form_definition": {"code": "ZZ-NEW", "version": 1, "title": "New form",
                            "technical_area": "MNH", "kind": "mentee", "pass_threshold": 85.0,
                            "content_hash": "f" * 64},
        "indicator": {"code": "ZZ_NEW", "name": "New indicator", "numerator_definition": "n",
                      "denominator_definition": "d", "direction": "down",
                      "technical_area": "NEO", "version_id": 1},
        "mentee_enrolment": {"person_id": w.spare_person, "org_unit_id": w.health_center,
                             "technical_area": "NEO", "enrolled_on": DAY, "end_date": later,
                             "status": "completed", "version_id": 1},
        "mentor": {"person_id": w.spare_person, "kind": "association", "association": "RSOG",
                   "selection_score": 90.0, "orientation_theory_score": 80.0,
                   "orientation_practical_score": 100.0, "version_id": 1},
        "posting": {"person_id": w.mentee, "org_unit_id": w.health_center, "role": "provider",
                    "start_date": DAY, "end_date": None, "end_reason": None, "version_id": 1},
        "chw_group_member": {"group_id": w.chw_group, "person_id": w.spare_person},
        "coaching_plan": {"mentee_id": w.mentee, "form_code": "ZZ-TEST",
                          "mentor_id": w.mentor, "status": "open", "version_id": 1},
        "follow_up_contact": {"mentor_id": w.mentor, "mentee_id": w.mentee,
                              "org_unit_id": w.health_center, "channel": "whatsapp",
                              "contacted_on": DAY, "topic": "PPH drill"},
        "form_item": {"form_id": w.form, "code": "1.2", "position": 1, "section": "Prep",
                      "text": "Puts on gloves"},
        "indicator_value": {"indicator_id": w.indicator, "org_unit_id": w.hospital,
                            "month": dt.date(2024, 3, 1), "numerator": 3, "denominator": 4,
                            "version_id": 1},
        "mentor_area": {"mentor_id": w.mentor, "technical_area": "IMCI"},
        "mentor_assignment": {"mentor_id": w.mentor, "org_unit_id": w.health_center,
                              "chw_group_id": None, "technical_area": "MNH",
                              "start_date": DAY, "end_date": later, "version_id": 1},
        "mentor_report": {"mentor_id": w.mentor, "month": dt.date(2024, 3, 1),
                          "visits_done": 2, "submitted_on": later, "version_id": 1},
        "planned_competency": {"enrolment_id": w.enrolment, "form_code": "HBB"},
        "visit": {"org_unit_id": w.health_center, "kind": "health_center", "status": "planned",
                  "planned_start": DAY, "planned_end": DAY + dt.timedelta(1), "version_id": 1},
        "assessment": {"form_id": w.form, "kind": "coaching", "mentee_id": w.mentee,
                       "org_unit_id": w.health_center, "assessor_id": w.mentor_person,
                       "visit_id": w.visit, "assessed_on": DAY, "done_count": 8,
                       "applicable_count": 10, "score_pct": 80.0, "version_id": 1},
        "debriefing": {"visit_id": w.visit_b, "held_on": DAY, "version_id": 1},
        "visit_activity": {"visit_id": w.visit, "kind": "data_review", "attendee_count": 6},
        "visit_mentor": {"visit_id": w.visit, "mentor_id": w.mentor, "present": True},
        "activity_attendee": {"activity_id": w.activity, "person_id": w.mentee},
        "assessment_item_result": {"assessment_id": w.assessment, "item_id": w.item,
                                   "result": "done"},
        "debriefing_attendee": {"debriefing_id": w.debriefing, "person_id": w.mentee,
                                "role": "mentee"},
        "finding": {"debriefing_id": w.debriefing, "text": "Magnesium sulfate out of stock"},
        "validation": {"mentee_id": w.mentee, "form_code": "ZZ-TEST",
                       "assessment_id": w.assessment, "assessor_id": w.mentor_person,
                       "validated_on": DAY},
        "escalation": {"org_unit_id": w.hospital, "finding_id": w.finding, "level": "district",
                       "category": "staffing", "description": "No anesthetist",
                       "raised_on": DAY, "status": "open", "version_id": 1},
        "qi_project": {"org_unit_id": w.hospital, "finding_id": w.finding,
                       "title": "Partograph use", "indicator_id": w.indicator,
                       "status": "active", "started_on": DAY, "version_id": 1},
        "action_item": {"org_unit_id": w.health_center, "finding_id": w.finding,
                        "project_id": w.project, "action": "Order MgSO4",
                        "responsible_id": w.mentee, "due_date": later, "status": "open",
                        "created_on": DAY, "version_id": 1},
        "change_idea": {"project_id": w.project, "text": "Daily stock check"},
        "root_cause": {"project_id": w.project, "parent_id": w.root_cause,
                       "category": "management", "text": "Orders placed late"},
        "action_status_change": {"action_id": w.action, "from_status": "open",
                                 "to_status": "in_progress", "changed_by": "aline"},
        "pdsa_cycle": {"project_id": w.project, "change_idea_id": w.change_idea, "cycle_no": 1,
                       "start_date": DAY, "end_date": later, "version_id": 1},
        "programme": {"code": "MESH", "name": "Mentoring and enhanced supervision",
                      "active": True, "is_default": False, "version_id": 1},
        "programme_rhythm": {"programme_id": w.programme, "visit_kind": "health_center",
                             "schedule": "weeks", "quarter_month": None,
                             "interval_min_weeks": 4, "interval_max_weeks": 6, "days_min": 2,
                             "days_max": 3},
        "programme_cap": {"programme_id": w.programme, "mentor_kind": "district",
                          "max_places": 5},
        "programme_area": {"programme_id": w.programme, "technical_area": "IMCI"},
    }


# --- Cases -------------------------------------------------------------------------------

Override = Mapping[str, Any] | Callable[[World], Mapping[str, Any]]


@dataclass(frozen=True)
class Case:
    """A row = the table's good row with override applied.

    kind: "good" (accepted), "not_null", "fk", "check" or "unique".
    target: the column (not_null, fk), the constraint name (check), or the key's columns
    (unique, comma-separated). A unique case inserts the good row first, then this row.
    """

    table: str
    name: str
    kind: str
    override: Override = field(default_factory=dict)
    target: str = ""

    @property
    def id(self) -> str:
        return f"{self.table}-{self.name}"

    def row(self, w: World) -> dict[str, Any]:
        override = self.override(w) if callable(self.override) else self.override
        return {**good_rows(w)[self.table], **override}


def check(table: str, name: str, constraint: str, override: Override) -> Case:
    return Case(table, name, "check", override, f"ck_{table}_{constraint}")


def unique(table: str, name: str, columns: str, override: Override | None = None) -> Case:
    return Case(table, name, "unique", override or {}, columns)


def good(table: str, name: str, override: Override) -> Case:
    return Case(table, name, "good", override)


before = DAY - dt.timedelta(days=1)

HANDWRITTEN: tuple[Case, ...] = (
    # dhis2_mapping
    check("dhis2_mapping", "data_element_not_a_uid", "data_element_uid",
          {"data_element": "fbfJHS"}),
    check("dhis2_mapping", "category_option_combo_not_a_uid", "coc_uid",
          {"category_option_combo": "HllvX50c"}),
    good("dhis2_mapping", "accepts_category_option_combo", {"category_option_combo":
                                                            "HllvX50cXC0"}),
    unique("dhis2_mapping", "duplicate_metric_and_area", "metric,technical_area",
           {"data_element": "Zzzzzzzzzz1"}),
    # holiday, setting, technical_area: natural primary keys
    unique("holiday", "duplicate_day", "day", {"name": "Another name"}),
    unique("setting", "duplicate_key", "key", {"value": "7"}),
    check("technical_area", "level_not_a_level", "level_valid", {"level": "ward"}),
    unique("technical_area", "duplicate_code", "code", {"name": "Other"}),
    # org_unit
    check("org_unit", "level_not_a_level", "level_valid", {"level": "clinic"}),
    check("org_unit", "hospital_without_parent", "parent_required",
          {"level": "hospital", "parent_id": None}),
    check("org_unit", "own_parent", "not_own_parent", {"id": 900_001, "parent_id": 900_001}),
    check("org_unit", "dhis2_uid_wrong_length", "dhis2_uid_length", {"dhis2_uid": "Abc"}),
    check("org_unit", "empty_code", "code_name_present", {"code": ""}),
    check("org_unit", "empty_name", "code_name_present", {"name": ""}),
    good("org_unit", "accepts_country_without_parent",
         {"code": "BI", "level": "country", "parent_id": None, "dhis2_uid": None}),
    unique("org_unit", "duplicate_code", "code", {"dhis2_uid": "Zbcdefghij2"}),
    unique("org_unit", "duplicate_dhis2_uid", "dhis2_uid", {"code": "HC-OTHER"}),
    # person
    check("person", "sex_not_f_or_m", "sex_valid", {"sex": "X"}),
    check("person", "cadre_not_a_cadre", "cadre_valid", {"cadre": "surgeon"}),
    check("person", "empty_first_name", "names_present", {"first_name": ""}),
    check("person", "empty_last_name", "names_present", {"last_name": ""}),
    good("person", "accepts_two_people_without_code", {"code": None}),
    unique("person", "duplicate_code", "code"),
    # app_user
    check("app_user", "role_not_a_role", "role_valid", {"role": "root"}),
    unique("app_user", "duplicate_username", "username", {"display_name": "Another"}),
    unique("access_token", "duplicate_name", "name", {"token_hash": "scrypt$other"}),
    # chw_group
    check("chw_group", "empty_name", "name_present", {"name": ""}),
    unique("chw_group", "duplicate_code", "code", {"name": "Another group"}),
    # form_definition, form_item
    check("form_definition", "kind_not_a_kind", "kind_valid", {"kind": "patient"}),
    check("form_definition", "version_zero", "version_positive", {"version": 0}),
    check("form_definition", "threshold_zero", "threshold_range", {"pass_threshold": 0.0}),
    check("form_definition", "threshold_over_100", "threshold_range",
          {"pass_threshold": 100.5}),
    good("form_definition", "accepts_facility_tool_at_100",
         {"kind": "facility", "pass_threshold": 100.0}),
    unique("form_definition", "duplicate_code_and_version", "code,version",
           {"title": "Same version again"}),
    unique("form_item", "duplicate_code_in_form", "form_id,code", {"position": 7}),
    # indicator, indicator_value
    check("indicator", "direction_not_up_or_down", "direction_valid", {"direction": "flat"}),
    unique("indicator", "duplicate_code", "code", {"name": "Another"}),
    check("indicator_value", "negative_numerator", "non_negative",
          {"numerator": -2, "denominator": -1}),
    check("indicator_value", "negative_denominator", "non_negative",
          {"numerator": -5, "denominator": -1}),
    check("indicator_value", "numerator_over_denominator", "numerator_within_denominator",
          {"numerator": 5, "denominator": 4}),
    good("indicator_value", "accepts_zero_over_zero", {"numerator": 0, "denominator": 0}),
    unique("indicator_value", "duplicate_month", "indicator_id,org_unit_id,month",
           {"numerator": 1}),
    # mentee_enrolment, planned_competency
    check("mentee_enrolment", "status_not_a_status", "status_valid", {"status": "paused"}),
    check("mentee_enrolment", "ends_before_enrolment", "dates_ordered", {"end_date": before}),
    unique("planned_competency", "duplicate_competency", "enrolment_id,form_code"),
    # mentor
    check("mentor", "kind_not_a_kind", "kind_valid", {"kind": "expert", "association": None}),
    check("mentor", "association_not_an_association", "association_valid",
          {"association": "RCN"}),
    check("mentor", "association_without_association_kind", "association_iff_association_kind",
          {"kind": "district"}),
    check("mentor", "association_kind_without_association",
          "association_iff_association_kind", {"association": None}),
    check("mentor", "selection_score_over_100", "selection_score_range",
          {"selection_score": 100.5}),
    check("mentor", "selection_score_negative", "selection_score_range",
          {"selection_score": -1.0}),
    check("mentor", "theory_score_over_100", "orientation_theory_score_range",
          {"orientation_theory_score": 101.0}),
    check("mentor", "practical_score_negative", "orientation_practical_score_range",
          {"orientation_practical_score": -0.5}),
    good("mentor", "accepts_district_mentor_without_association",
         {"kind": "district", "association": None, "selection_score": None}),
    unique("mentor", "second_profile_for_person", "person_id",
           {"kind": "district", "association": None}),
    unique("mentor_area", "duplicate_area", "mentor_id,technical_area"),
    # mentor_assignment
    check("mentor_assignment", "both_facility_and_chw_group", "one_target",
          lambda w: {"chw_group_id": w.chw_group}),
    check("mentor_assignment", "neither_facility_nor_chw_group", "one_target",
          {"org_unit_id": None}),
    check("mentor_assignment", "ends_before_start", "dates_ordered", {"end_date": before}),
    check("mentor_assignment", "empty_override_reason", "override_has_text",
          {"override_reason": ""}),
    good("mentor_assignment", "accepts_chw_group_target",
         lambda w: {"org_unit_id": None, "chw_group_id": w.chw_group,
                    "override_reason": "Third health center: mentor shortage"}),
    # mentor_report
    check("mentor_report", "negative_visits", "counts_non_negative", {"visits_done": -1}),
    check("mentor_report", "negative_mentees", "counts_non_negative", {"mentees_assessed": -1}),
    check("mentor_report", "negative_validations", "counts_non_negative", {"validations": -1}),
    unique("mentor_report", "second_report_same_month", "mentor_id,month",
           {"challenges": "again"}),
    # posting
    check("posting", "role_not_a_role", "role_valid", {"role": "janitor"}),
    check("posting", "end_reason_not_a_reason", "end_reason_valid",
          {"end_date": DAY, "end_reason": "fired"}),
    check("posting", "ends_before_start", "dates_ordered",
          {"end_date": before, "end_reason": "transfer"}),
    check("posting", "ended_without_reason", "end_has_reason", {"end_date": DAY}),
    check("posting", "reason_without_end", "end_has_reason", {"end_reason": "transfer"}),
    good("posting", "accepts_ended_with_reason",
         {"end_date": DAY + dt.timedelta(days=400), "end_reason": "attrition"}),
    # chw_group_member, coaching_plan, follow_up_contact
    unique("chw_group_member", "duplicate_member", "group_id,person_id"),
    check("coaching_plan", "status_not_a_status", "status_valid", {"status": "closed"}),
    check("follow_up_contact", "channel_not_a_channel", "channel_valid", {"channel": "email"}),
    # visit
    check("visit", "kind_not_a_kind", "kind_valid", {"kind": "social"}),
    check("visit", "status_not_a_status", "status_valid", {"status": "postponed"}),
    check("visit", "planned_end_before_start", "planned_dates_ordered",
          {"planned_end": before}),
    check("visit", "actual_end_without_start", "actual_dates_ordered", {"actual_end": DAY}),
    check("visit", "actual_end_before_start", "actual_dates_ordered",
          {"actual_start": DAY, "actual_end": before}),
    check("visit", "done_without_actual_dates", "done_has_actual_dates", {"status": "done"}),
    good("visit", "accepts_done_with_actual_dates",
         {"status": "done", "actual_start": DAY, "actual_end": DAY + dt.timedelta(1)}),
    # visit_activity, visit_mentor, activity_attendee
    check("visit_activity", "kind_not_a_kind", "kind_valid", {"kind": "party"}),
    check("visit_activity", "observation_without_consent", "observation_consent",
          {"kind": "case_observation", "patient_consent": None}),
    check("visit_activity", "observation_consent_refused", "observation_consent",
          {"kind": "case_observation", "patient_consent": False}),
    check("visit_activity", "negative_attendees", "attendees_nonneg", {"attendee_count": -1}),
    good("visit_activity", "accepts_observation_with_consent",
         {"kind": "case_observation", "patient_consent": True}),
    unique("visit_mentor", "duplicate_mentor_on_visit", "visit_id,mentor_id",
           {"present": False}),
    unique("activity_attendee", "duplicate_attendee", "activity_id,person_id"),
    # assessment, item results, validation
    check("assessment", "kind_not_a_kind", "kind_valid", {"kind": "quiz"}),
    check("assessment", "coaching_without_mentee", "mentee_required", {"mentee_id": None}),
    check("assessment", "score_over_100", "score_range", {"score_pct": 100.5}),
    check("assessment", "score_negative", "score_range", {"score_pct": -1.0}),
    check("assessment", "negative_done_count", "counts_consistent", {"done_count": -1}),
    check("assessment", "more_done_than_applicable", "counts_consistent",
          {"done_count": 11, "applicable_count": 10}),
    good("assessment", "accepts_baseline_without_mentee",
         {"kind": "baseline", "mentee_id": None}),
    check("assessment_item_result", "result_not_a_result", "result_valid",
          {"result": "maybe"}),
    unique("assessment_item_result", "duplicate_item", "assessment_id,item_id",
           {"result": "na"}),
    unique("validation", "assessment_validates_twice", "assessment_id", {"form_code": "HBB"}),
    unique("validation", "mentee_validated_twice_on_form", "mentee_id,form_code",
           lambda w: {"assessment_id": w.assessment_b}),
    # debriefing, attendees, findings
    unique("debriefing", "second_debriefing_for_visit", "visit_id"),
    check("debriefing_attendee", "role_not_a_role", "role_valid", {"role": "guest"}),
    unique("debriefing_attendee", "duplicate_attendee", "debriefing_id,person_id",
           {"role": "leadership"}),
    check("finding", "empty_text", "text_present", {"text": ""}),
    # escalation
    check("escalation", "level_not_a_level", "level_valid", {"level": "village"}),
    check("escalation", "category_not_a_category", "category_valid", {"category": "weather"}),
    check("escalation", "status_not_a_status", "status_valid", {"status": "forgotten"}),
    check("escalation", "resolved_before_raised", "resolved_after_raised",
          {"resolved_on": before}),
    check("escalation", "resolved_without_date", "resolved_has_date", {"status": "resolved"}),
    good("escalation", "accepts_resolved_with_date",
         {"status": "resolved", "resolved_on": DAY + dt.timedelta(days=60),
          "response": "Anesthetist hired"}),
    # qi_project, root_cause, pdsa_cycle
    check("qi_project", "empty_title", "title_present", {"title": ""}),
    check("qi_project", "status_not_a_status", "status_valid", {"status": "paused"}),
    check("root_cause", "category_not_a_category", "category_valid", {"category": "weather"}),
    check("pdsa_cycle", "cycle_zero", "cycle_no_positive", {"cycle_no": 0}),
    check("pdsa_cycle", "ends_before_start", "dates_ordered", {"end_date": before}),
    # action_item, action_status_change
    check("action_item", "empty_action", "action_present", {"action": ""}),
    check("action_item", "status_not_a_status", "status_valid", {"status": "late"}),
    check("action_item", "done_without_done_date", "done_iff_done_date", {"status": "done"}),
    check("action_item", "done_date_while_open", "done_iff_done_date", {"done_date": DAY}),
    check("action_item", "dropped_without_reason", "dropped_has_reason",
          {"status": "dropped"}),
    good("action_item", "accepts_done_with_date", {"status": "done", "done_date": DAY}),
    good("action_item", "accepts_dropped_with_reason",
         {"status": "dropped", "dropped_reason": "Facility closed the ward"}),
    check("action_status_change", "to_status_not_a_status", "to_status_valid",
          {"to_status": "late"}),
    check("action_status_change", "from_status_not_a_status", "from_status_valid",
          {"from_status": "late"}),
    good("action_status_change", "accepts_first_change_without_from",
         {"from_status": None, "to_status": "open"}),
    # programme and its settings
    check("programme", "empty_name", "code_name_present", {"name": ""}),
    unique("programme", "duplicate_code", "code", {"name": "Another programme"}),
    check("programme_rhythm", "visit_kind_not_a_kind", "visit_kind_valid",
          {"visit_kind": "party"}),
    check("programme_rhythm", "schedule_not_a_schedule", "schedule_valid",
          {"schedule": "yearly"}),
    check("programme_rhythm", "longest_below_shortest", "days_ordered", {"days_max": 1}),
    check("programme_rhythm", "no_day", "days_ordered", {"days_min": 0}),
    check("programme_rhythm", "interval_reversed", "interval_ordered",
          {"interval_max_weeks": 3}),
    check("programme_rhythm", "interval_half_given", "interval_ordered",
          {"interval_max_weeks": None}),
    check("programme_rhythm", "weeks_without_interval", "weeks_need_interval",
          {"interval_min_weeks": None, "interval_max_weeks": None}),
    check("programme_rhythm", "quarterly_without_month", "quarter_month_valid",
          {"schedule": "quarterly"}),
    check("programme_rhythm", "quarter_month_four", "quarter_month_valid",
          {"schedule": "quarterly", "quarter_month": 4}),
    check("programme_rhythm", "monthly_with_quarter_month", "quarter_month_valid",
          {"schedule": "monthly", "quarter_month": 1}),
    good("programme_rhythm", "accepts_monthly_without_interval",
         {"schedule": "monthly", "interval_min_weeks": None, "interval_max_weeks": None}),
    good("programme_rhythm", "accepts_quarterly_second_month",
         {"schedule": "quarterly", "quarter_month": 2}),
    unique("programme_rhythm", "second_rhythm_for_kind", "programme_id,visit_kind",
           {"days_max": 2}),
    check("programme_cap", "mentor_kind_not_a_kind", "mentor_kind_valid",
          {"mentor_kind": "boss"}),
    check("programme_cap", "no_place", "max_places_positive", {"max_places": 0}),
    unique("programme_cap", "second_cap_for_kind", "programme_id,mentor_kind",
           {"max_places": 4}),
    unique("programme_area", "duplicate_area", "programme_id,technical_area"),
)


def _is_surrogate_key(table: Table, column_name: str) -> bool:
    pk = list(table.primary_key.columns)
    return len(pk) == 1 and pk[0].name == column_name and isinstance(pk[0].type, Integer)


# Generated cases that must also change another column to keep every other rule satisfied.
GENERATED_CONTEXT: dict[tuple[str, str], dict[str, Any]] = {
    ("mentor_assignment", "chw_group_id"): {"org_unit_id": None},
}


def generated_cases() -> list[Case]:
    """A good row per table, and a NOT NULL and a missing-parent case per column."""
    cases: list[Case] = []
    for name, table in sorted(TABLES.items()):
        cases.append(Case(name, "good_row", "good"))
        for column in table.columns:
            if not column.nullable and not _is_surrogate_key(table, column.name):
                cases.append(Case(name, f"without_{column.name}", "not_null",
                                  {column.name: None}, column.name))
            for fk in column.foreign_keys:
                missing = MISSING_ID if isinstance(column.type, Integer) else MISSING_CODE
                context = GENERATED_CONTEXT.get((name, column.name), {})
                cases.append(Case(name, f"{column.name}_to_missing_{fk.column.table.name}",
                                  "fk", {**context, column.name: missing}, column.name))
    return cases


ALL_CASES: list[Case] = generated_cases() + list(HANDWRITTEN)


# --- Fixtures ----------------------------------------------------------------------------


@dataclass
class ConstraintDatabase:
    factory: sessionmaker[Session]
    world: World
    backend: str


@pytest.fixture(scope="module")
def constraint_db(
    tmp_path_factory: pytest.TempPathFactory, postgres_server: Any
) -> Iterator[ConstraintDatabase]:
    """One migrated office database per module, holding the committed world of parents.

    Every case runs in its own transaction that is rolled back, so cases cannot see each other.
    """
    from mentoroffice.office import open_office

    name = None
    if postgres_server is None:
        url = f"sqlite:///{Path(tmp_path_factory.mktemp('constraints')) / 'office.sqlite'}"
    else:
        name = postgres_server.create(template=postgres_server.migrated_template())
        url = postgres_server.database_url(name)
    office = open_office(url)
    with office.session_factory.begin() as session:
        world = build_world(session)
    yield ConstraintDatabase(office.session_factory, world,
                             office.database.engine.dialect.name)
    office.close()
    if name is not None:
        postgres_server.drop(name)


def _count(session: Session, table: Table) -> int:
    return int(session.execute(select(func.count()).select_from(table)).scalar_one())


def assert_names_violation(error: IntegrityError, case: Case, backend: str) -> None:
    """The database's message names the rule that was broken, not just any rule."""
    message = str(error.orig)
    lowered = message.lower()
    if case.kind == "not_null":
        assert "not null" in lowered or "not-null" in lowered, message
        assert case.target in message, message
    elif case.kind == "check":
        assert case.target in message, message
    elif case.kind == "unique":
        assert "unique" in lowered or "duplicate key" in lowered, message
        for column in case.target.split(","):
            assert column in message, message
    elif case.kind == "fk":
        assert "foreign key" in lowered, message
        if backend == "postgresql":  # SQLite does not say which key
            (fk,) = [
                c for c in TABLES[case.table].constraints
                if isinstance(c, ForeignKeyConstraint) and case.target in c.column_keys
            ]
            assert str(fk.name) in message, message
    else:  # pragma: no cover
        raise AssertionError(case.kind)


# --- The table-driven tests --------------------------------------------------------------


@pytest.mark.parametrize("case", [c for c in ALL_CASES if c.kind == "good"], ids=lambda c: c.id)
def test_database_accepts_good_row(constraint_db: ConstraintDatabase, case: Case) -> None:
    table = TABLES[case.table]
    row = case.row(constraint_db.world)
    with constraint_db.factory() as session:
        before_count = _count(session, table)
        session.execute(insert(table), row)
        assert _count(session, table) == before_count + 1
        session.rollback()


@pytest.mark.parametrize("case", [c for c in ALL_CASES if c.kind != "good"], ids=lambda c: c.id)
def test_database_rejects_bad_row(constraint_db: ConstraintDatabase, case: Case) -> None:
    table = TABLES[case.table]
    world = constraint_db.world
    with constraint_db.factory() as session:
        if case.kind == "unique":
            session.execute(insert(table), good_rows(world)[case.table])
        with pytest.raises(IntegrityError) as raised, session.begin_nested():
            session.execute(insert(table), case.row(world))
        assert_names_violation(raised.value, case, constraint_db.backend)
        session.rollback()


# --- Coverage: a table or rule added later must come with its cases ----------------------


def test_every_table_has_a_good_row_and_bad_cases() -> None:
    placeholder_world = World(*range(1, len(World.__dataclass_fields__) + 1))
    tables_with_rows = set(good_rows(placeholder_world))
    assert tables_with_rows == set(TABLES)
    rejected = {c.table for c in ALL_CASES if c.kind != "good"}
    assert rejected == set(TABLES)


def test_every_check_constraint_has_a_case() -> None:
    declared = {
        str(c.name) for t in TABLES.values() for c in t.constraints
        if isinstance(c, CheckConstraint)
    }
    # SQLAlchemy may render a boolean or enum type as a CHECK; none are expected here.
    assert declared, "no CHECK constraints found: has the naming convention changed?"
    tested = {c.target for c in HANDWRITTEN if c.kind == "check"}
    assert declared - tested == set(), "CHECK constraints without a case"
    assert tested - declared == set(), "cases naming CHECK constraints that do not exist"


def test_every_unique_key_has_a_case() -> None:
    keys: set[tuple[str, str]] = set()
    for name, table in TABLES.items():
        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint):
                keys.add((name, ",".join(c.name for c in constraint.columns)))
        pk = [c.name for c in table.primary_key.columns]
        if not (len(pk) == 1 and _is_surrogate_key(table, pk[0])):
            keys.add((name, ",".join(pk)))
    tested = {(c.table, c.target) for c in HANDWRITTEN if c.kind == "unique"}
    assert keys - tested == set(), "unique keys without a case"
    assert tested - keys == set(), "unique cases naming keys that do not exist"


def test_case_ids_are_unique() -> None:
    ids = [c.id for c in ALL_CASES]
    assert len(ids) == len(set(ids))


def test_not_null_cases_cover_every_required_column() -> None:
    # A spot check that the generator did its job on a table with many required columns.
    required = {c.target for c in ALL_CASES if c.table == "assessment" and c.kind == "not_null"}
    assert required == {"form_id", "kind", "org_unit_id", "assessed_on", "done_count",
                        "applicable_count", "all_critical_done", "created_at", "version_id"}


def test_dhis2_mapping_without_area_is_unique(constraint_db: ConstraintDatabase) -> None:
    table = TABLES["dhis2_mapping"]
    row = {**good_rows(constraint_db.world)["dhis2_mapping"], "technical_area": None}
    with constraint_db.factory() as session:
        session.execute(insert(table), row)
        try:
            with pytest.raises(IntegrityError):
                session.execute(insert(table), {**row, "data_element": "Zzzzzzzzzz1"})
        finally:
            session.rollback()


# --- Optimistic concurrency ----------------------------------------------------------------


def test_second_of_two_concurrent_edits_is_refused(office: Any) -> None:
    """Two PCs open the same person; the later save must not overwrite the earlier one."""
    factory: sessionmaker[Session] = office.session_factory
    with factory.begin() as session:
        person = Person(first_name="Odette", last_name="Mukeshimana", sex="F", cadre="nurse")
        session.add(person)
        session.flush()
        person_id = person.id

    first, second = factory(), factory()
    try:
        mine = first.get(Person, person_id)
        theirs = second.get(Person, person_id)
        assert mine is not None and theirs is not None
        assert mine.version_id == theirs.version_id == 1
        # Each PC's read ends; people edit a form for a while between loading and saving.
        first.commit()
        second.commit()

        mine.phone = "+250788111222"
        first.commit()
        theirs.qualification = "A1 midwife"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()

    with factory() as session:
        stored = session.get(Person, person_id)
        assert stored is not None
        assert stored.phone == "+250788111222"
        assert stored.qualification is None
        assert stored.version_id == 2


def test_version_counter_is_a_database_column(office: Any) -> None:
    """The version the check relies on is stored, so another PC's engine sees it too."""
    factory: sessionmaker[Session] = office.session_factory
    with factory.begin() as session:
        person = Person(first_name="Eric", last_name="Habimana", sex="M", cadre="doctor")
        session.add(person)
    with factory.begin() as session:
        loaded = session.get(Person, person.id)
        assert loaded is not None
        loaded.cadre = "anesthetist"
    with factory() as session:
        stored = session.execute(
            text("SELECT version_id FROM person WHERE id = :id"), {"id": person.id}
        ).scalar_one()
        assert stored == 2
