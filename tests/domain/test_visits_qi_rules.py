"""Visit rhythm and conflicts, consent, overdue visits and actions, status changes."""

from __future__ import annotations

import datetime as dt

import pytest
from cascade_world import World, build_world
from sqlalchemy import select

from mentoroffice.cascade.assignments import AssignmentProposal, assign_mentor
from mentoroffice.core.refusals import RuleRefused
from mentoroffice.data.enums import (
    ActionStatus,
    ActivityKind,
    EscalationStatus,
    MentorKind,
    VisitKind,
)
from mentoroffice.data.models import ActionItem, Escalation, Holiday, Visit, VisitMentor
from mentoroffice.qi.actions import (
    change_action_status,
    change_escalation_status,
    days_to_resolution,
    overdue_actions,
)
from mentoroffice.visits.planning import propose_month_plan, save_plan
from mentoroffice.visits.records import (
    ActivityInput,
    add_activity,
    late_visits,
    move_visit,
    record_visit,
)

ASSIGNED = dt.date(2026, 1, 1)


@pytest.fixture
def world(session) -> World:  # type: ignore[no-untyped-def]
    world = build_world(session)
    for association, area in (("RSOG", "MNH"), ("RAM", "MNH"), ("RPA", "NEO")):
        world.mentor(association.lower(), MentorKind.ASSOCIATION, association, area=area)
        assign_mentor(session, AssignmentProposal(world.ids[association.lower()], ASSIGNED,
                                                  org_unit_id=world.ids["hospital"]))
    world.mentor("dm", MentorKind.DISTRICT)
    for hc in ("hc1", "hc2"):
        assign_mentor(session, AssignmentProposal(world.ids["dm"], ASSIGNED,
                                                  org_unit_id=world.ids[hc]))
    world.mentor("ceho", MentorKind.COMMUNITY, area="CBMNH", posted_at="hc1")
    world.chw_group("group", 7)
    assign_mentor(session, AssignmentProposal(world.ids["ceho"], ASSIGNED,
                                              chw_group_id=world.ids["group"]))
    session.add(Holiday(day=dt.date(2026, 4, 7), name="Memorial Day"))
    session.flush()
    return world


def by_kind(plan, kind: VisitKind) -> list:  # type: ignore[no-untyped-def]
    return [v for v in plan.visits if v.kind is kind]


def test_the_month_plan_follows_the_rhythm_and_avoids_weekends_and_holidays(world: World) -> None:
    plan = propose_month_plan(world.session, 2026, 4)
    [joint] = by_kind(plan, VisitKind.JOINT_HOSPITAL)
    assert len(joint.days) == 3 and joint.days[2] - joint.days[0] == dt.timedelta(days=2)
    centers = by_kind(plan, VisitKind.HEALTH_CENTER)
    assert sorted(v.facility_name for v in centers) == ["Health Center 1", "Health Center 2"]
    assert all(len(v.days) == 2 for v in centers)
    assert not set(centers[0].days) & set(centers[1].days), "one mentor, two places, one day"
    assert len(by_kind(plan, VisitKind.COMMUNITY)) == 1  # April opens a quarter
    assert by_kind(plan, VisitKind.JOINT_SUPERVISION) == []
    every_day = [d for v in plan.visits for d in v.days]
    assert all(d.weekday() < 5 for d in every_day)
    assert dt.date(2026, 4, 7) not in every_day
    assert plan.conflicts == []


def test_a_mentors_visits_are_spread_over_the_month_not_packed_at_its_start(
        world: World) -> None:
    plan = propose_month_plan(world.session, 2026, 4)  # no earlier visits: no rhythm yet
    first, second = sorted(v.days[0] for v in by_kind(plan, VisitKind.HEALTH_CENTER))
    assert first.day <= 10 and second.day >= 15  # one in each half of April
    assert (second - first).days >= 10


def test_each_visit_keeps_the_day_of_the_month_it_had_last_time(world: World) -> None:
    april = propose_month_plan(world.session, 2026, 4)
    moved = {v.facility_name: v for v in by_kind(april, VisitKind.HEALTH_CENTER)}
    health_center_1 = moved["Health Center 1"]
    ids = save_plan(world.session, april)
    hc1_visit = ids[april.visits.index(health_center_1)]
    move_visit(world.session, hc1_visit, dt.date(2026, 4, 21))  # a Tuesday
    world.session.flush()

    may = propose_month_plan(world.session, 2026, 5)

    again = {v.facility_name: v for v in by_kind(may, VisitKind.HEALTH_CENTER)}
    assert again["Health Center 1"].days[0] == dt.date(2026, 5, 21)  # a Thursday: 21st again
    [joint_april] = by_kind(april, VisitKind.JOINT_HOSPITAL)
    [joint_may] = by_kind(may, VisitKind.JOINT_HOSPITAL)
    assert abs(joint_may.days[0].day - joint_april.days[0].day) <= 3  # weekends shift it


def test_supervision_comes_in_the_quarters_second_month_and_chw_groups_once(world: World) -> None:
    plan = propose_month_plan(world.session, 2026, 5)
    assert [v.facility_name for v in by_kind(plan, VisitKind.JOINT_SUPERVISION)] == [
        "Byumba District Hospital"]
    assert by_kind(plan, VisitKind.COMMUNITY) == []


def test_a_mentor_with_no_free_days_is_a_conflict_not_a_silent_drop(world: World) -> None:
    busy = Visit(org_unit_id=world.ids["hc3"], kind="health_center", status="planned",
                 planned_start=dt.date(2026, 6, 1), planned_end=dt.date(2026, 6, 30))
    busy.mentors = [VisitMentor(mentor_id=world.ids["dm"])]
    world.session.add(busy)
    world.session.flush()
    plan = propose_month_plan(world.session, 2026, 6)
    assert sorted(c.facility_name for c in plan.conflicts) == ["Health Center 1",
                                                                "Health Center 2"]
    assert "consecutive working days" in plan.conflicts[0].reason


def test_a_saved_plan_is_not_proposed_twice(world: World) -> None:
    first = propose_month_plan(world.session, 2026, 4)
    save_plan(world.session, first)
    again = propose_month_plan(world.session, 2026, 4)
    assert again.visits == [] and len(again.already_planned) == len(first.visits)


def test_moving_a_visit_checks_working_days_and_mentors(world: World) -> None:
    plan = propose_month_plan(world.session, 2026, 4)
    ids = save_plan(world.session, plan)
    hc_visits = [vid for vid, v in zip(ids, plan.visits, strict=True)
                 if v.kind is VisitKind.HEALTH_CENTER]
    with pytest.raises(RuleRefused, match="weekend or a holiday"):
        move_visit(world.session, hc_visits[0], dt.date(2026, 4, 17))  # Friday + Saturday
    other = world.session.get(Visit, hc_visits[1])
    with pytest.raises(RuleRefused, match="planned elsewhere"):
        move_visit(world.session, hc_visits[0], other.planned_start)
    moved = move_visit(world.session, hc_visits[0], dt.date(2026, 4, 28))
    assert (moved.planned_start, moved.planned_end) == (dt.date(2026, 4, 28), dt.date(2026, 4, 29))


def test_a_case_observation_needs_the_patients_consent(world: World) -> None:
    [visit_id] = save_plan(world.session, propose_month_plan(world.session, 2026, 4))[:1]
    with pytest.raises(RuleRefused, match="explicit consent"):
        add_activity(world.session, visit_id, ActivityInput(ActivityKind.CASE_OBSERVATION))
    saved = add_activity(world.session, visit_id, ActivityInput(
        ActivityKind.CASE_OBSERVATION, patient_consent=True))
    assert saved.patient_consent is True


def test_planned_visits_past_their_days_are_overdue_until_recorded(world: World) -> None:
    ids = save_plan(world.session, propose_month_plan(world.session, 2026, 4))
    late = late_visits(world.session, dt.date(2026, 5, 4))
    assert {v.visit_id for v in late} == set(ids)
    visit = world.session.get(Visit, ids[0])
    record_visit(world.session, ids[0], visit.planned_start, visit.planned_end,
                 {m.mentor_id for m in visit.mentors}, dt.date(2026, 5, 4))
    assert ids[0] not in {v.visit_id for v in late_visits(world.session, dt.date(2026, 5, 4))}


def new_action(world: World, due: dt.date) -> int:
    action = ActionItem(org_unit_id=world.ids["hc1"], action="Post the AMTSL job aid",
                        responsible_name="Titulaire", due_date=due, status="open",
                        created_on=dt.date(2026, 3, 1))
    world.session.add(action)
    world.session.flush()
    return action.id


def test_an_action_is_overdue_after_its_due_date_until_done(world: World) -> None:
    action_id = new_action(world, dt.date(2026, 3, 31))
    assert overdue_actions(world.session, dt.date(2026, 3, 31)) == []
    [late] = overdue_actions(world.session, dt.date(2026, 4, 10))
    assert (late.action_id, late.days_overdue) == (action_id, 10)
    change_action_status(world.session, action_id, ActionStatus.DONE, dt.date(2026, 4, 12), "qi")
    assert overdue_actions(world.session, dt.date(2026, 4, 20)) == []
    action = world.session.get(ActionItem, action_id)
    assert [(h.from_status, h.to_status) for h in action.history] == [("open", "done")]


def test_impossible_action_changes_are_refused_with_what_is_possible(world: World) -> None:
    action_id = new_action(world, dt.date(2026, 3, 31))
    with pytest.raises(RuleRefused, match="Say why"):
        change_action_status(world.session, action_id, ActionStatus.DROPPED,
                             dt.date(2026, 4, 1), "qi")
    change_action_status(world.session, action_id, ActionStatus.DONE, dt.date(2026, 4, 1), "qi")
    with pytest.raises(RuleRefused) as refused:
        change_action_status(world.session, action_id, ActionStatus.OPEN, dt.date(2026, 4, 2),
                             "qi")
    assert str(refused.value) == ("An action that is done cannot become open; it can become "
                                  "nothing: it is final.")


def test_an_escalation_resolves_with_a_response_and_counts_its_days(world: World) -> None:
    escalation = Escalation(org_unit_id=world.ids["hospital"], level="ministry",
                            category="staffing", description="No anesthetist",
                            raised_on=dt.date(2026, 1, 10), status="open")
    world.session.add(escalation)
    world.session.flush()
    with pytest.raises(RuleRefused, match="how it was resolved"):
        change_escalation_status(world.session, escalation.id, EscalationStatus.RESOLVED,
                                 dt.date(2026, 3, 1))
    change_escalation_status(world.session, escalation.id, EscalationStatus.RESOLVED,
                             dt.date(2026, 3, 1), "An anesthetist was hired")
    assert days_to_resolution(escalation, dt.date(2026, 6, 1)) == 50
    with pytest.raises(RuleRefused, match="cannot become open"):
        change_escalation_status(world.session, escalation.id, EscalationStatus.OPEN,
                                 dt.date(2026, 3, 2))
    assert world.session.scalar(select(Escalation.response)) == "An anesthetist was hired"
