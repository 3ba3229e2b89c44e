"""QI service rules, Qt-free: projects from findings, fishbone and 5 whys, PDSA cycles,
action items with history and overdue views, escalations."""

from __future__ import annotations

import datetime as dt

import pytest
from test_qi_domain_visits import TODAY, Office, recorded_visit, setup

from mentoroffice.core.refusals import RuleRefused
from mentoroffice.data.enums import (
    ActionStatus,
    CauseCategory,
    EscalationCategory,
    EscalationLevel,
    EscalationStatus,
    QIStatus,
)
from mentoroffice.qi.plans import ActionInput, EscalationInput
from mentoroffice.qi.projects import PdsaInput, ProjectInput
from mentoroffice.visits.debriefings import DebriefingInput, FindingInput

__all__ = ["setup"]


def finding_ids(setup: Office) -> list[int]:
    visit_id = recorded_visit(setup)
    day = setup.visits.visit_detail(visit_id).visit.planned_end
    view = setup.visits.save_debriefing(visit_id, DebriefingInput(day, findings=(
        FindingInput(None, "Newborns not dried and wrapped at birth"),
        FindingInput(None, "Amoxicillin out of stock"))), TODAY)
    return [f.id for f in view.findings]


def test_a_finding_starts_one_project_at_the_visits_facility(setup: Office) -> None:
    finding, _ = finding_ids(setup)
    project = setup.qi.start_project_from_finding(finding, TODAY)
    assert (project.facility, project.title, project.problem, project.status) == (
        "Health Center 1", "Newborns not dried and wrapped at birth",
        "Newborns not dried and wrapped at birth", "planned")
    assert project.finding == "Newborns not dried and wrapped at birth"
    with pytest.raises(RuleRefused, match="already started the QI project"):
        setup.qi.start_project_from_finding(finding, TODAY)


def test_a_project_becomes_active_with_an_aim_and_a_measure(setup: Office) -> None:
    finding, _ = finding_ids(setup)
    project = setup.qi.start_project_from_finding(finding, TODAY)
    active = ProjectInput(project.org_unit_id, project.title, status=QIStatus.ACTIVE)
    with pytest.raises(RuleRefused) as refused:
        setup.qi.update_project(project.id, active, TODAY, project.version)
    assert {v.field for v in refused.value.violations} == {"aim", "measure"}
    [indicator] = [i for i in setup.qi.indicators() if i.code == "NEO_HYPOTHERMIA"]
    active = ProjectInput(project.org_unit_id, project.title, project.problem,
                          "Hypothermia on admission from 20% to 5% by December 2026",
                          "Share of newborns admitted below 36.5 °C", indicator.id,
                          QIStatus.ACTIVE)
    project = setup.qi.update_project(project.id, active, TODAY, project.version)
    assert (project.status, project.started_on, project.indicator_id) == (
        "active", TODAY, indicator.id)
    with pytest.raises(RuleRefused, match="This QI project was changed on another PC"):
        setup.qi.update_project(project.id, active, TODAY, project.version - 1)
    planned = ProjectInput(project.org_unit_id, project.title, aim=project.aim,
                           measure=project.measure, status=QIStatus.PLANNED)
    with pytest.raises(RuleRefused, match="active cannot become planned; it can become "
                                          "abandoned, closed, sustaining"):
        setup.qi.update_project(project.id, planned, TODAY, project.version)
    closed = ProjectInput(project.org_unit_id, project.title, aim=project.aim,
                          measure=project.measure, status=QIStatus.CLOSED)
    assert setup.qi.update_project(project.id, closed, TODAY, project.version).closed_on == TODAY


def test_fishbone_causes_and_a_5_whys_chain(setup: Office) -> None:
    finding, _ = finding_ids(setup)
    project = setup.qi.start_project_from_finding(finding, TODAY)
    project = setup.qi.add_cause(project.id, CauseCategory.SUPPLIES, "No warm towels", None, TODAY)
    project = setup.qi.add_cause(project.id, CauseCategory.STAFF, "One midwife at night", None,
                                 TODAY)
    parent = project.causes[0].id
    for n in range(2, 6):
        project = setup.qi.add_cause(project.id, CauseCategory.STAFF, f"why {n}", parent, TODAY)
        parent = next(c.id for c in project.causes if c.text == f"why {n}")
    with pytest.raises(RuleRefused, match="5-whys chain stops"):
        setup.qi.add_cause(project.id, CauseCategory.STAFF, "why 6", parent, TODAY)
    chain = [c for c in project.causes if c.category == "supplies"]
    assert [(c.text, c.depth) for c in chain] == [("No warm towels", 1), ("why 2", 2),
                                                  ("why 3", 3), ("why 4", 4), ("why 5", 5)]
    assert project.fishbone() == {"supplies": ["No warm towels"],
                                  "staff": ["One midwife at night"]}
    with pytest.raises(RuleRefused, match="deeper whys"):
        setup.qi.remove_cause(project.id, chain[0].id, TODAY)
    project = setup.qi.remove_cause(project.id, chain[-1].id, TODAY)
    assert len(project.causes) == 5


def test_pdsa_cycles_are_numbered_and_act_on_a_study(setup: Office) -> None:
    finding, _ = finding_ids(setup)
    project = setup.qi.start_project_from_finding(finding, TODAY)
    project = setup.qi.add_change_idea(project.id, "Warm towels ready before every birth", TODAY)
    [(idea_id, _text)] = project.change_ideas
    with pytest.raises(RuleRefused) as refused:
        setup.qi.add_cycle(project.id, PdsaInput("", TODAY, TODAY - dt.timedelta(days=1),
                                                 act="Adopt"), TODAY)
    assert {v.field for v in refused.value.violations} == {"plan", "end_date", "study"}
    project = setup.qi.add_cycle(project.id, PdsaInput("Night shift, one week", TODAY,
                                                       change_idea_id=idea_id), TODAY)
    project = setup.qi.add_cycle(project.id, PdsaInput("All shifts", TODAY), TODAY)
    assert [c.cycle_no for c in project.cycles] == [1, 2]
    first = project.cycles[0]
    done = PdsaInput(first.plan, TODAY, TODAY + dt.timedelta(days=7), "Done for 7 nights",
                     "Dried and wrapped 18 of 20", "Adopt", idea_id)
    project = setup.qi.update_cycle(first.id, done, first.version, TODAY)
    assert project.cycles[0].act == "Adopt"
    with pytest.raises(RuleRefused, match="was changed on another PC"):
        setup.qi.update_cycle(first.id, done, first.version, TODAY)


def test_an_action_from_a_finding_is_chased_until_done(setup: Office) -> None:
    finding, _ = finding_ids(setup)
    hc1 = setup.world.ids["hc1"]
    with pytest.raises(RuleRefused) as refused:
        setup.qi.create_action(ActionInput(setup.world.ids["hc2"], " ", TODAY - dt.timedelta(1),
                                           finding_id=finding), TODAY, "qi")
    assert {v.field for v in refused.value.violations} == {"facility", "action", "responsible",
                                                           "due_date"}
    action = setup.qi.create_action(ActionInput(hc1, "Warm towels on the resuscitation table",
                                                TODAY + dt.timedelta(days=14), "Titulaire",
                                                finding_id=finding), TODAY, "qi")
    assert [(h.from_status, h.to_status, h.changed_by)
            for h in setup.qi.action_history(action.id)] == [(None, "open", "qi")]
    later = TODAY + dt.timedelta(days=20)
    [by_facility] = setup.qi.overdue(later, "facility")
    [by_person] = setup.qi.overdue(later, "person")
    assert (by_facility.name, by_person.name) == ("Health Center 1",
                                                  "Titulaire (Health Center 1)")
    assert by_facility.actions[0].days_overdue == 6
    with pytest.raises(RuleRefused, match="This action was changed on another PC"):
        setup.qi.change_action_status(action.id, ActionStatus.DONE, later, "qi",
                                      version=action.version + 1)
    done = setup.qi.change_action_status(action.id, ActionStatus.DONE, later, "qi",
                                         version=action.version)
    assert (done.status, done.done_date, done.days_overdue) == ("done", later, 0)
    assert setup.qi.overdue(later, "facility") == []
    with pytest.raises(RuleRefused, match="done cannot become in progress"):
        setup.qi.change_action_status(action.id, ActionStatus.IN_PROGRESS, later, "qi",
                                      version=done.version)


def test_escalations_go_beyond_the_facility_and_resolve_with_a_response(setup: Office) -> None:
    _, stock_out = finding_ids(setup)
    hc1 = setup.world.ids["hc1"]
    data = EscalationInput(hc1, EscalationLevel.FACILITY, EscalationCategory.DRUGS_SUPPLIES,
                           "Amoxicillin DT out of stock", "", TODAY, stock_out)
    with pytest.raises(RuleRefused) as refused:
        setup.qi.raise_escalation(data, TODAY)
    assert {v.field for v in refused.value.violations} == {"level", "owner"}
    row = setup.qi.raise_escalation(EscalationInput(
        hc1, EscalationLevel.DISTRICT, EscalationCategory.DRUGS_SUPPLIES,
        "Amoxicillin DT out of stock", "District pharmacy", TODAY, stock_out), TODAY)
    later = TODAY + dt.timedelta(days=9)
    assert [e.id for e in setup.qi.escalations(later, open_only=True)] == [row.id]
    assert setup.qi.escalations(later, open_only=True)[0].days == 9
    read = row
    row = setup.qi.change_escalation_status(row.id, EscalationStatus.ACKNOWLEDGED, later,
                                            version=row.version)
    with pytest.raises(RuleRefused, match="This escalation was changed on another PC"):
        setup.qi.change_escalation_status(row.id, EscalationStatus.RESOLVED, later,
                                          "Delivered", version=read.version)
    with pytest.raises(RuleRefused, match="how it was resolved"):
        setup.qi.change_escalation_status(row.id, EscalationStatus.RESOLVED, later,
                                          version=row.version)
    row = setup.qi.change_escalation_status(row.id, EscalationStatus.RESOLVED,
                                            later + dt.timedelta(days=3), "Delivered 12 May",
                                            version=row.version)
    assert (row.status, row.days, row.response) == ("resolved", 12, "Delivered 12 May")
    assert setup.qi.escalations(later, open_only=True) == []
