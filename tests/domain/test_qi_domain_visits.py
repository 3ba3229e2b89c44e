"""Visit service rules, Qt-free: plan saving, recording with activities, debriefings,
follow-up contacts and monthly mentor reports, each through one transaction per call."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from cascade_world import World, build_world

from mentoroffice.cascade.assignments import AssignmentProposal, assign_mentor
from mentoroffice.cascade.people import post_person
from mentoroffice.core.refusals import RuleRefused
from mentoroffice.data.enums import (
    ActivityKind,
    AttendeeRole,
    ContactChannel,
    MentorKind,
    PostingRole,
    VisitKind,
)
from mentoroffice.data.models import MenteeEnrolment
from mentoroffice.qi.service import QIService
from mentoroffice.visits.contacts import FollowUpInput
from mentoroffice.visits.debriefings import DebriefingInput, FindingInput
from mentoroffice.visits.mentor_reports import MentorReportInput
from mentoroffice.visits.recording import ActivityEntry
from mentoroffice.visits.records import ActivityInput
from mentoroffice.visits.service import VisitService

ASSIGNED = dt.date(2026, 1, 1)
TODAY = dt.date(2026, 5, 4)


@dataclass
class Office:
    world: World
    visits: VisitService
    qi: QIService


@pytest.fixture
def setup(office, session) -> Office:  # type: ignore[no-untyped-def]
    world = build_world(session)
    for association in ("RSOG", "RAM", "RPA"):
        world.mentor(association.lower(), MentorKind.ASSOCIATION, association)
        assign_mentor(session, AssignmentProposal(world.ids[association.lower()], ASSIGNED,
                                                  org_unit_id=world.ids["hospital"]))
    world.mentor("dm", MentorKind.DISTRICT)
    for hc in ("hc1", "hc2"):
        assign_mentor(session, AssignmentProposal(world.ids["dm"], ASSIGNED,
                                                  org_unit_id=world.ids[hc]))
    world.person("titulaire", "Aline", "Uwase")
    post_person(session, world.ids["titulaire"], world.ids["hc1"], PostingRole.FACILITY_LEADER,
                dt.date(2025, 1, 1))
    world.person("mentee", "Claude", "Habimana", posted_at="hc1")
    session.add(MenteeEnrolment(person_id=world.ids["mentee"], org_unit_id=world.ids["hc1"],
                                technical_area="MNH", enrolled_on=dt.date(2025, 6, 1)))
    session.commit()
    return Office(world, VisitService(office.session_factory), QIService(office.session_factory))


def hc1_april_visit(setup: Office) -> int:
    plan = setup.visits.propose_plan(2026, 4)
    setup.visits.save_plan(plan)
    [visit] = [v for v in setup.visits.month_visits(2026, 4)
               if v.facility == "Health Center 1"]
    return visit.id


def recorded_visit(setup: Office) -> int:
    visit_id = hc1_april_visit(setup)
    row = setup.visits.visit_detail(visit_id).visit
    setup.visits.record_visit(visit_id, row.planned_start, row.planned_end,
                              {setup.world.ids["dm"]}, [], TODAY,
                                  version=row.version)
    return visit_id


def test_a_proposal_names_mentors_and_is_not_saved_twice(setup: Office) -> None:
    plan = setup.visits.propose_plan(2026, 4)
    joint = next(v for v in plan.visits if v.visit.kind is VisitKind.JOINT_HOSPITAL)
    assert sorted(joint.mentors) == ["Ram Mentor", "Rpa Mentor", "Rsog Mentor"]
    ids = setup.visits.save_plan(plan)
    assert len(ids) == len(plan.visits) == len(setup.visits.month_visits(2026, 4))
    with pytest.raises(RuleRefused, match="Propose the plan again"):
        setup.visits.save_plan(plan)
    assert len(setup.visits.month_visits(2026, 4)) == len(ids)


def test_recording_is_refused_whole_without_the_patients_consent(setup: Office) -> None:
    visit_id = hc1_april_visit(setup)
    row = setup.visits.visit_detail(visit_id).visit
    entries = [ActivityEntry(ActivityInput(ActivityKind.ENTRY_MEETING, row.planned_start)),
               ActivityEntry(ActivityInput(ActivityKind.CASE_OBSERVATION, row.planned_start))]
    with pytest.raises(RuleRefused) as refused:
        setup.visits.record_visit(visit_id, row.planned_start, row.planned_end, set(), entries,
                                  TODAY,
                                  version=row.version)
    assert [v.field for v in refused.value.violations] == ["patient_consent"]
    detail = setup.visits.visit_detail(visit_id)
    assert detail.visit.status == "planned" and detail.activities == ()


def test_a_recorded_visit_keeps_its_activities_and_attendees(setup: Office) -> None:
    visit_id = hc1_april_visit(setup)
    row = setup.visits.visit_detail(visit_id).visit
    mentee = setup.world.ids["mentee"]
    entries = [
        ActivityEntry(ActivityInput(ActivityKind.DATA_REVIEW, row.planned_start,
                                    indicators_reviewed="PNC_COVERAGE")),
        ActivityEntry(ActivityInput(ActivityKind.LDHF_SESSION, row.planned_end,
                                    topic="Helping Babies Breathe"), (mentee, mentee)),
        ActivityEntry(ActivityInput(ActivityKind.CASE_OBSERVATION, row.planned_end,
                                    patient_consent=True)),
    ]
    detail = setup.visits.record_visit(visit_id, row.planned_start, row.planned_end,
                                       {setup.world.ids["dm"]}, entries, TODAY,
                                  version=row.version)
    assert detail.visit.status == "done"
    assert [m.present for m in detail.mentors] == [True]
    ldhf = next(a for a in detail.activities if a.kind == "ldhf_session")
    assert (ldhf.attendee_count, ldhf.attendees) == (1, ("Claude Habimana",))
    detail = setup.visits.remove_activity(visit_id, ldhf.id)
    assert [a.kind for a in detail.activities] == ["data_review", "case_observation"]


def test_an_activity_outside_the_visit_days_is_refused(setup: Office) -> None:
    visit_id = hc1_april_visit(setup)
    row = setup.visits.visit_detail(visit_id).visit
    late = row.planned_end + dt.timedelta(days=3)
    with pytest.raises(RuleRefused, match="outside the visit"):
        setup.visits.record_visit(visit_id, row.planned_start, row.planned_end, set(),
                                  [ActivityEntry(ActivityInput(ActivityKind.WARD_ROUND, late))],
                                  TODAY,
                                  version=row.version)


def test_a_debriefing_follows_a_recorded_visit(setup: Office) -> None:
    visit_id = hc1_april_visit(setup)
    day = setup.visits.visit_detail(visit_id).visit.planned_end
    with pytest.raises(RuleRefused, match="Record the visit first"):
        setup.visits.save_debriefing(visit_id, DebriefingInput(day), TODAY)


def test_a_debriefing_keeps_attendees_and_findings_and_guards_linked_ones(setup: Office) -> None:
    visit_id = recorded_visit(setup)
    day = setup.visits.visit_detail(visit_id).visit.planned_end
    ids = setup.world.ids
    view = setup.visits.save_debriefing(visit_id, DebriefingInput(
        day, "Partographs up to date", "No AMTSL at night",
        ((ids["titulaire"], AttendeeRole.LEADERSHIP), (ids["mentee"], AttendeeRole.MENTEE)),
        (FindingInput(None, "Oxytocin not refrigerated"), FindingInput(None, "  "),
         FindingInput(None, "Danger signs not explained"))), TODAY)
    assert [f.text for f in view.findings] == ["Oxytocin not refrigerated",
                                               "Danger signs not explained"]
    assert {(a.name, a.role) for a in view.attendees} == {("Aline Uwase", "leadership"),
                                                          ("Claude Habimana", "mentee")}
    cold, signs = view.findings
    setup.qi.start_project_from_finding(cold.id, TODAY)
    with pytest.raises(RuleRefused, match="started a project; it cannot be removed"):
        setup.visits.save_debriefing(visit_id, DebriefingInput(
            day, findings=(FindingInput(cold.id, ""),), version=view.version), TODAY)
    view = setup.visits.save_debriefing(visit_id, DebriefingInput(
        day, "Better", attendees=((ids["mentee"], AttendeeRole.QI_TEAM),),
        findings=(FindingInput(signs.id, ""),), version=view.version), TODAY)
    assert [f.text for f in view.findings] == ["Oxytocin not refrigerated"]
    assert [link.kind for link in view.findings[0].links] == ["project"]
    assert [(a.name, a.role) for a in view.attendees] == [("Claude Habimana", "qi_team")]
    with pytest.raises(RuleRefused, match="This debriefing was changed on another PC"):
        setup.visits.save_debriefing(visit_id, DebriefingInput(day, version=view.version - 1),
                                     TODAY)


def test_people_at_a_facility_come_with_a_suggested_role(setup: Office) -> None:
    people = setup.visits.facility_people(setup.world.ids["hc1"], TODAY)
    assert [(p.name, p.role) for p in people] == [("Aline Uwase", "leadership"),
                                                  ("Claude Habimana", "mentee")]


def test_follow_up_contacts_need_a_topic_and_a_past_date(setup: Office) -> None:
    ids = setup.world.ids
    contact = FollowUpInput(ids["dm"], ContactChannel.WHATSAPP, TODAY + dt.timedelta(days=1),
                            " ", ids["mentee"], ids["hc1"])
    with pytest.raises(RuleRefused) as refused:
        setup.visits.add_follow_up(contact, TODAY)
    assert {v.field for v in refused.value.violations} == {"topic", "contacted_on"}
    rows = setup.visits.add_follow_up(FollowUpInput(
        ids["dm"], ContactChannel.PHONE, TODAY, "Partograph questions", ids["mentee"],
        ids["hc1"]), TODAY)
    assert [(r.channel, r.mentor, r.mentee) for r in rows] == [
        ("phone", "Dm Mentor", "Claude Habimana")]


def test_monthly_reports_show_who_has_not_reported_and_take_feedback(setup: Office) -> None:
    recorded_visit(setup)
    ids = setup.world.ids
    rows = setup.visits.mentor_reports(dt.date(2026, 4, 1))
    assert {r.mentor for r in rows} == {"Rsog Mentor", "Ram Mentor", "Rpa Mentor", "Dm Mentor"}
    assert all(r.report_id is None for r in rows)
    assert next(r for r in rows if r.mentor == "Dm Mentor").visits_recorded == 1
    bad = MentorReportInput(ids["dm"], dt.date(2026, 4, 1), 2, 1, 3, "", dt.date(2026, 3, 30))
    with pytest.raises(RuleRefused) as refused:
        setup.visits.save_mentor_report(bad, TODAY)
    assert {v.field for v in refused.value.violations} == {"validations", "submitted_on"}
    report = setup.visits.save_mentor_report(MentorReportInput(
        ids["dm"], dt.date(2026, 4, 15), 2, 6, 1, "Fuel for the motorbike", dt.date(2026, 5, 2)),
        TODAY)
    assert (report.month, report.visits_done, report.report_id is not None) == (
        dt.date(2026, 4, 1), 2, True)
    with pytest.raises(RuleRefused, match="before the report was submitted"):
        setup.visits.give_feedback(report.report_id, "Thanks", dt.date(2026, 5, 1))
    with pytest.raises(RuleRefused, match="Write the feedback"):
        setup.visits.give_feedback(report.report_id, " ", TODAY)
    report = setup.visits.give_feedback(report.report_id, "Thank you; fuel is budgeted",
                                        TODAY, report.version)
    assert (report.office_feedback, report.feedback_on) == ("Thank you; fuel is budgeted", TODAY)
    with pytest.raises(RuleRefused, match="This report was changed on another PC"):
        setup.visits.save_mentor_report(MentorReportInput(
            ids["dm"], dt.date(2026, 4, 1), 2, 6, 1, "", dt.date(2026, 5, 2)), TODAY, version=1)
