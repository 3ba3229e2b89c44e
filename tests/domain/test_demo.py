"""The demo office: deterministic, the shape the brief describes, and consistent with the rules."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from mentoroffice.data.models import (
    Assessment,
    AssessmentItemResult,
    ChwGroupMember,
    FormDefinition,
    Mentor,
    MentorAssignment,
    OrgUnit,
    Person,
    Validation,
)
from mentoroffice.demo import DemoError, build_rows, generate_demo
from mentoroffice.demo import _latest_forms as latest_forms
from mentoroffice.demo.scale import SCALES

AS_OF = dt.date(2026, 11, 1)


@pytest.fixture
def district(office):  # type: ignore[no-untyped-def]
    summary = generate_demo(office.session_factory, "district", seed=7, as_of=AS_OF)
    return office, summary


def count(session, model, *where) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_same_seed_gives_the_same_rows_and_another_seed_does_not(office) -> None:
    with office.session_factory() as session:
        forms = latest_forms(session)
    scale = SCALES["district"]
    first = build_rows(scale, 3, AS_OF, forms, {"PNC_COVERAGE": 1})
    again = build_rows(scale, 3, AS_OF, forms, {"PNC_COVERAGE": 1})
    other = build_rows(scale, 4, AS_OF, forms, {"PNC_COVERAGE": 1})
    assert first.by_table == again.by_table
    assert first.by_table["person"] != other.by_table["person"]


def test_district_demo_has_the_briefs_shape(district) -> None:  # type: ignore[no-untyped-def]
    office, summary = district
    with office.session_factory() as session:
        levels = dict(
            session.execute(select(OrgUnit.level, func.count()).group_by(OrgUnit.level)).all()
        )
        assert levels["hospital"] == 1
        assert levels["health_center"] == 15
        assert levels["health_post"] == 50
        chws = count(session, Person, Person.cadre == "chw")
        assert 250 <= chws <= 300
        assert count(session, Assessment) == summary.counts["assessment"] > 1000
        group_sizes = session.execute(
            select(func.count()).select_from(ChwGroupMember).group_by(ChwGroupMember.group_id)
        ).scalars().all()
        assert group_sizes and all(5 <= size <= 9 for size in group_sizes)


def test_each_hospital_has_one_mentor_per_association(district) -> None:  # type: ignore[no-untyped-def]
    office, _ = district
    with office.session_factory() as session:
        rows = session.execute(
            select(MentorAssignment.org_unit_id, Mentor.association)
            .join(Mentor)
            .join(OrgUnit, OrgUnit.id == MentorAssignment.org_unit_id)
            .where(OrgUnit.level == "hospital")
        ).all()
    assert sorted(a for _, a in rows) == ["RAM", "RPA", "RSOG"]


def test_district_mentors_cover_at_most_two_health_centers(district) -> None:  # type: ignore[no-untyped-def]
    office, _ = district
    with office.session_factory() as session:
        per_mentor = session.execute(
            select(func.count())
            .select_from(MentorAssignment)
            .join(Mentor)
            .where(Mentor.kind == "district", MentorAssignment.end_date.is_(None))
            .group_by(Mentor.id)
        ).scalars().all()
    assert per_mentor and max(per_mentor) <= 2


def test_scores_match_item_results(district) -> None:  # type: ignore[no-untyped-def]
    office, _ = district
    with office.session_factory() as session:
        done_per_assessment = (
            select(
                AssessmentItemResult.assessment_id.label("aid"),
                func.sum(func.cast(AssessmentItemResult.result == "done", type_=func.count().type))
                .label("done"),
            )
            .group_by(AssessmentItemResult.assessment_id)
            .subquery()
        )
        mismatches = session.scalar(
            select(func.count())
            .select_from(Assessment)
            .join(done_per_assessment, done_per_assessment.c.aid == Assessment.id)
            .where(done_per_assessment.c.done != Assessment.done_count)
        )
    assert mismatches == 0


def test_every_validation_rests_on_a_passing_post_mentorship_assessment(district) -> None:  # type: ignore[no-untyped-def]
    office, _ = district
    with office.session_factory() as session:
        rows = session.execute(
            select(Assessment.kind, Assessment.score_pct, Assessment.all_critical_done,
                   FormDefinition.pass_threshold, Validation.validated_on, Assessment.assessed_on)
            .join(Validation, Validation.assessment_id == Assessment.id)
            .join(FormDefinition, FormDefinition.id == Assessment.form_id)
        ).all()
    assert rows
    for kind, score, critical_done, threshold, validated_on, assessed_on in rows:
        assert kind == "post_mentorship"
        assert score >= threshold and critical_done
        assert validated_on == assessed_on <= AS_OF


def test_demo_refuses_a_database_that_holds_data(district) -> None:  # type: ignore[no-untyped-def]
    office, _ = district
    with pytest.raises(DemoError, match="empty"):
        generate_demo(office.session_factory, "district", seed=1, as_of=AS_OF)


def test_the_app_can_add_rows_after_the_demo(district) -> None:  # type: ignore[no-untyped-def]
    """Ids were given by the generator; PostgreSQL's sequences must have moved past them."""
    office, _ = district
    with office.session_factory.begin() as session:
        session.add(Person(first_name="Aline", last_name="Uwase", sex="F", cadre="nurse"))
    with office.session_factory() as session:
        assert session.scalar(select(func.max(Person.id))) == count(session, Person)
        assert session.execute(text("SELECT 1")).scalar() == 1
