"""Coverage gaps and the cascade's promotion of validated mentees."""

from __future__ import annotations

import datetime as dt

import pytest
from cascade_world import START, World, build_world

from mentoroffice.cascade.assignments import AssignmentProposal, assign_mentor, end_assignment
from mentoroffice.cascade.coverage import coverage_gaps
from mentoroffice.cascade.people import end_posting, transfer_person
from mentoroffice.cascade.promotion import open_slots, promote_to_mentor, promotion_eligibility
from mentoroffice.core.refusals import RuleRefused
from mentoroffice.data.enums import MentorKind, PostingEndReason
from mentoroffice.data.models import MenteeEnrolment, Visit

AS_OF = dt.date(2026, 6, 15)


@pytest.fixture
def world(session) -> World:  # type: ignore[no-untyped-def]
    return build_world(session)


def assign(world: World, mentor: str, place: str, start: dt.date = START, **kw) -> int:  # type: ignore[no-untyped-def]
    key = "chw_group_id" if kw.pop("group", False) else "org_unit_id"
    return assign_mentor(world.session, AssignmentProposal(
        world.ids[mentor], start, **{key: world.ids[place]}, **kw)).id


def gaps_of(world: World, kind: str) -> list[tuple[str, str]]:
    return [(g.facility_name, g.detail) for g in coverage_gaps(world.session, AS_OF)
            if g.kind == kind]


def test_a_hospital_missing_an_association_is_flagged(world: World) -> None:
    world.mentor("rsog", MentorKind.ASSOCIATION, "RSOG")
    world.mentor("ram", MentorKind.ASSOCIATION, "RAM")
    assign(world, "rsog", "hospital")
    assign(world, "ram", "hospital")
    assert gaps_of(world, "joint_team") == [("Byumba District Hospital",
                                             "Joint team has no RPA mentor")]


def test_health_centers_need_a_district_mentor_per_enrolled_area(world: World) -> None:
    world.person("mentee", "Aline", "Uwase", posted_at="hc1")
    world.session.add(MenteeEnrolment(person_id=world.ids["mentee"], org_unit_id=world.ids["hc1"],
                                      technical_area="IMCI", enrolled_on=START))
    world.mentor("dm", MentorKind.DISTRICT, area="MNH")
    assign(world, "dm", "hc1")
    hc1 = [detail for name, detail in gaps_of(world, "health_center_area")
           if name == "Health Center 1"]
    assert hc1 == ["No district-based mentor for IMCI"]
    world.mentor("dm2", MentorKind.DISTRICT, area="IMCI")
    assign(world, "dm2", "hc1")
    assert not [n for n, _ in gaps_of(world, "health_center_area") if n == "Health Center 1"]


def test_health_posts_without_a_mentor_are_flagged(world: World) -> None:
    world.mentor("hpm", MentorKind.HC_PROVIDER, posted_at="hc1")
    assign(world, "hpm", "hp1")
    assert gaps_of(world, "health_post") == [("Health Post 2", "No mentor assigned")]


def test_chw_groups_not_mentored_last_quarter_are_flagged(world: World) -> None:
    world.chw_group("seen", 6)
    world.chw_group("unseen", 6)
    world.session.add(Visit(org_unit_id=world.ids["hc1"], chw_group_id=world.ids["seen"],
                            kind="community", status="done", planned_start=AS_OF - dt.timedelta(30),
                            planned_end=AS_OF - dt.timedelta(30),
                            actual_start=AS_OF - dt.timedelta(30)))
    world.session.add(Visit(org_unit_id=world.ids["hc1"], chw_group_id=world.ids["unseen"],
                            kind="community", status="done", planned_start=dt.date(2026, 1, 10),
                            planned_end=dt.date(2026, 1, 10), actual_start=dt.date(2026, 1, 10)))
    world.session.flush()
    flagged = [detail for _, detail in gaps_of(world, "chw_group")]
    assert len(flagged) == 1 and flagged[0].startswith("unseen group")


def test_a_mentor_who_left_leaves_an_unfilled_place_until_replaced(world: World) -> None:
    world.mentor("rpa", MentorKind.ASSOCIATION, "RPA", area="NEO")
    assignment = assign(world, "rpa", "hospital")
    left_on = dt.date(2026, 5, 1)
    transfer_person(world.session, world.ids["rpa_person"], world.ids["hc2"], left_on)
    end_assignment(world.session, assignment, left_on)
    leaving = gaps_of(world, "leaving")
    assert leaving == [("Byumba District Hospital",
                        "Rpa Mentor left on 01 May 2026 (transfer); not replaced")]
    world.mentor("rpa2", MentorKind.ASSOCIATION, "RPA", area="NEO")
    assign(world, "rpa2", "hospital", start=dt.date(2026, 5, 10))
    assert gaps_of(world, "leaving") == []


def test_a_mentor_gone_but_still_assigned_is_flagged(world: World) -> None:
    world.mentor("dm", MentorKind.DISTRICT)
    assign(world, "dm", "hc1")
    end_posting(world.session, world.ids["dm_person"], dt.date(2026, 4, 1),
                PostingEndReason.ATTRITION)
    assert gaps_of(world, "leaving") == [
        ("Health Center 1", "Dm Mentor is no longer posted anywhere but is still assigned here")]


def test_a_validated_hospital_mentee_is_proposed_as_district_mentor(world: World) -> None:
    world.person("mentee", "Grâce", "Ingabire", posted_at="hospital")
    world.validate("mentee", "HBB", dt.date(2026, 3, 2), at="hospital")
    eligibility = promotion_eligibility(world.session, world.ids["mentee"])
    assert eligibility.eligible
    assert eligibility.proposed_kind is MentorKind.DISTRICT
    assert [(v.form_code, v.validated_on) for v in eligibility.validated] == [
        ("HBB", dt.date(2026, 3, 2))]
    mentor = promote_to_mentor(world.session, world.ids["mentee"], MentorKind.DISTRICT,
                               eligibility.technical_areas, AS_OF)
    assert [a.technical_area for a in mentor.areas] == ["NEO"]
    assert not promotion_eligibility(world.session, world.ids["mentee"]).eligible
    slots = open_slots(world.session, MentorKind.DISTRICT, AS_OF, ["NEO"])
    assert {s.facility_name for s in slots} == {"Health Center 1", "Health Center 2",
                                                "Health Center 3"}


def test_an_unvalidated_mentee_cannot_be_promoted(world: World) -> None:
    world.person("mentee", "Aline", "Uwase", posted_at="hc1")
    eligibility = promotion_eligibility(world.session, world.ids["mentee"])
    assert eligibility.reasons_not == ["not yet validated on any competency"]
    with pytest.raises(RuleRefused, match="not yet validated"):
        promote_to_mentor(world.session, world.ids["mentee"], MentorKind.HC_PROVIDER, ["MNH"],
                          AS_OF)
