"""A facility's quarter, computed from records the test creates and counts itself."""

from __future__ import annotations

import datetime as dt

import pytest
from cascade_world import World, build_world
from sqlalchemy import select

from mentoroffice.data.enums import MentorKind
from mentoroffice.data.models import (
    ActionItem,
    Assessment,
    Debriefing,
    Escalation,
    Finding,
    FormDefinition,
    Indicator,
    IndicatorValue,
    Validation,
    Visit,
    VisitMentor,
)
from mentoroffice.figures.facility_quarter import facility_quarter
from mentoroffice.periods import fiscal_quarter

QUARTER = fiscal_quarter(2026, 2)  # January - March 2026


@pytest.fixture
def world(session) -> World:  # type: ignore[no-untyped-def]
    world = build_world(session)
    world.mentor("ram", MentorKind.ASSOCIATION, "RAM")
    world.mentor("rpa", MentorKind.ASSOCIATION, "RPA", area="NEO")
    return world


def visit(world: World, at: str, day: dt.date, status: str, mentors: dict[str, bool]) -> Visit:
    done = status == "done"
    row = Visit(org_unit_id=world.ids[at], kind="joint_hospital", status=status,
                planned_start=day, planned_end=day, actual_start=day if done else None,
                actual_end=day if done else None)
    row.mentors = [VisitMentor(mentor_id=world.ids[m], present=p if done else None)
                   for m, p in mentors.items()]
    world.session.add(row)
    world.session.flush()
    return row


def assessment(world: World, mentee: str, form: str, day: dt.date, score: float,
               at: str = "hospital", validated: bool = False) -> None:
    form_id = world.session.scalar(select(FormDefinition.id).where(FormDefinition.code == form))
    row = Assessment(form_id=form_id, kind="post_mentorship" if validated else "coaching",
                     mentee_id=world.ids[mentee], org_unit_id=world.ids[at], assessed_on=day,
                     done_count=int(score / 10), applicable_count=10, score_pct=score,
                     all_critical_done=validated)
    world.session.add(row)
    world.session.flush()
    if validated:
        world.session.add(Validation(mentee_id=world.ids[mentee], form_code=form,
                                     assessment_id=row.id, validated_on=day))
        world.session.flush()


def test_the_quarter_counts_what_happened_in_it(world: World) -> None:
    jan, feb, mar = dt.date(2026, 1, 14), dt.date(2026, 2, 11), dt.date(2026, 3, 11)
    done = visit(world, "hospital", jan, "done", {"ram": True, "rpa": False})
    visit(world, "hospital", feb, "missed", {"ram": False})
    visit(world, "hc1", mar, "done", {"ram": True})
    visit(world, "hospital", dt.date(2026, 4, 8), "planned", {"ram": False})  # next quarter
    for key in ("m1", "m2", "m3"):
        world.person(key, key.upper(), "Mentee", posted_at="hospital")
    assessment(world, "m1", "HBB", jan, 60)
    assessment(world, "m1", "HBB", mar, 90, validated=True)
    assessment(world, "m2", "HBB", feb, 70)
    assessment(world, "m3", "PPH", feb, 80, at="hc1")
    assessment(world, "m3", "PPH", dt.date(2025, 12, 1), 40, at="hc1")  # previous quarter
    debriefing = Debriefing(visit_id=done.id, held_on=jan, strengths="", weaknesses="")
    debriefing.findings = [Finding(text="No clock in the delivery room")]
    world.session.add(debriefing)
    world.session.add_all([
        ActionItem(org_unit_id=world.ids["hospital"], action="Buy a wall clock", status="open",
                   due_date=feb, created_on=jan, responsible_name="Matron"),
        ActionItem(org_unit_id=world.ids["hc1"], action="Drill HBB", status="done",
                   due_date=mar, done_date=mar, created_on=jan),
        ActionItem(org_unit_id=world.ids["hc2"], action="Done last year", status="done",
                   due_date=dt.date(2025, 11, 1), done_date=dt.date(2025, 11, 2),
                   created_on=dt.date(2025, 10, 1)),
        Escalation(org_unit_id=world.ids["hospital"], level="ministry", category="staffing",
                   description="One anesthetist", raised_on=dt.date(2025, 12, 20),
                   status="open"),
    ])
    indicator_id = world.session.scalar(
        select(Indicator.id).where(Indicator.code == "PNC_COVERAGE"))
    for month, (num, den) in zip((1, 2, 3), ((30, 60), (45, 60), (50, 50)), strict=True):
        world.session.add(IndicatorValue(indicator_id=indicator_id,
                                         org_unit_id=world.ids["hospital"],
                                         month=dt.date(2026, month, 1), numerator=num,
                                         denominator=den))
    world.session.flush()

    quarter = facility_quarter(world.session, world.ids["hospital"], QUARTER)

    assert (quarter.visits.planned, quarter.visits.done, quarter.visits.missed) == (3, 2, 1)
    assert quarter.visits.mentor_days_present == {"RAM": 2}
    assert (quarter.mentees_assessed, quarter.mentees_validated) == (3, 1)
    assert [(c.form_code, c.mentees_assessed, c.validated, c.mean_score)
            for c in quarter.competencies] == [("HBB", 2, 1, 73.3), ("PPH", 1, 0, 80.0)]
    assert [f[2] for f in quarter.findings] == ["No clock in the delivery room"]
    assert [(a.action, a.overdue) for a in quarter.actions] == [("Buy a wall clock", True),
                                                                ("Drill HBB", False)]
    [escalation] = quarter.escalations
    assert escalation.days_open == (QUARTER.end - dt.date(2025, 12, 20)).days
    [pnc] = [s for s in quarter.indicators if s.code == "PNC_COVERAGE"]
    assert pnc.percents == (50.0, 75.0, 100.0)
