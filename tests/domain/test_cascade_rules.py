"""The cascade's rules, in domain code: each accepted and refused, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from cascade_world import START, World, build_world
from sqlalchemy import select

from mentoroffice.cascade.assignments import AssignmentProposal, assign_mentor, end_assignment
from mentoroffice.cascade.facilities import (
    FacilityInput,
    create_facility,
    facility_summary,
    set_facility_active,
    update_facility,
)
from mentoroffice.cascade.people import (
    PersonInput,
    add_person,
    end_posting,
    post_person,
    transfer_person,
)
from mentoroffice.core.refusals import RuleRefused
from mentoroffice.data.enums import (
    Cadre,
    MentorKind,
    OrgLevel,
    PostingEndReason,
    PostingRole,
    Sex,
)
from mentoroffice.data.models import Mentor, MentorAssignment, OrgUnit, Posting


@pytest.fixture
def world(session) -> World:  # type: ignore[no-untyped-def]
    return build_world(session)


def refused_codes(excinfo: pytest.ExceptionInfo[RuleRefused]) -> list[str]:
    return [v.code for v in excinfo.value.violations]


def proposal(world: World, mentor: str, place: str, start: dt.date = START,
             end: dt.date | None = None, group: bool = False) -> AssignmentProposal:
    if group:
        return AssignmentProposal(world.ids[mentor], start, chw_group_id=world.ids[place],
                                  end_date=end)
    return AssignmentProposal(world.ids[mentor], start, org_unit_id=world.ids[place], end_date=end)


# --- facilities ---------------------------------------------------------------------------

def test_a_health_center_goes_under_a_hospital(world: World) -> None:
    unit = create_facility(world.session, FacilityInput(
        "HC9", "Rukomo Health Center", OrgLevel.HEALTH_CENTER, world.ids["hospital"]))
    assert unit.parent_id == world.ids["hospital"]


def test_a_health_center_cannot_go_under_a_health_post(world: World) -> None:
    with pytest.raises(RuleRefused) as refused:
        create_facility(world.session, FacilityInput(
            "HC9", "Rukomo Health Center", OrgLevel.HEALTH_CENTER, world.ids["hp1"]))
    assert refused_codes(refused) == ["parent"]
    assert "not under Health Post 1" in str(refused.value)


def test_facility_codes_are_unique_and_dhis2_ids_well_formed(world: World) -> None:
    with pytest.raises(RuleRefused) as refused:
        create_facility(world.session, FacilityInput(
            "hc1", "Another", OrgLevel.HEALTH_CENTER, world.ids["hospital"], dhis2_uid="abc"))
    assert sorted(refused_codes(refused)) == ["code_taken", "dhis2_uid"]


def test_a_facility_cannot_move_under_its_own_child(world: World) -> None:
    with pytest.raises(RuleRefused) as refused:
        update_facility(world.session, world.ids["hc1"], FacilityInput(
            "HC1", "Health Center 1", OrgLevel.HEALTH_CENTER, world.ids["hp1"]))
    assert "parent" in refused_codes(refused)


def test_deactivation_keeps_the_facility_and_can_be_undone(world: World) -> None:
    set_facility_active(world.session, world.ids["hc3"], False)
    assert world.session.get(OrgUnit, world.ids["hc3"]).active is False
    set_facility_active(world.session, world.ids["hc3"], True)
    assert world.session.get(OrgUnit, world.ids["hc3"]).active is True


# --- people and postings ------------------------------------------------------------------

def test_a_transfer_ends_the_posting_and_keeps_it_as_history(world: World) -> None:
    person_id = world.person("nurse", "Émilienne", "Uwase", posted_at="hc1")
    transfer_person(world.session, person_id, world.ids["hc2"], dt.date(2026, 3, 1))
    postings = world.session.scalars(
        select(Posting).where(Posting.person_id == person_id).order_by(Posting.start_date)).all()
    assert [(p.org_unit_id, p.end_reason) for p in postings] == [
        (world.ids["hc1"], "transfer"), (world.ids["hc2"], None)]
    assert postings[0].end_date == dt.date(2026, 3, 1)


def test_posting_someone_already_posted_is_refused(world: World) -> None:
    person_id = world.person("nurse", "Aline", "Mukamana", posted_at="hc1")
    with pytest.raises(RuleRefused) as refused:
        post_person(world.session, person_id, world.ids["hc2"], PostingRole.PROVIDER, START)
    assert refused_codes(refused) == ["already_posted"]


def test_attrition_before_the_posting_began_is_refused(world: World) -> None:
    person_id = world.person("nurse", "Aline", "Mukamana", posted_at="hc1")
    with pytest.raises(RuleRefused):
        end_posting(world.session, person_id, dt.date(2000, 1, 1), PostingEndReason.ATTRITION)
    posting = end_posting(world.session, person_id, START, PostingEndReason.ATTRITION)
    assert posting.end_reason == "attrition"


def test_a_person_needs_names_and_a_plausible_phone(world: World) -> None:
    with pytest.raises(RuleRefused) as refused:
        add_person(world.session, PersonInput(" ", "Uwase", Sex.FEMALE, Cadre.NURSE,
                                              phone="call me"))
    assert sorted(refused_codes(refused)) == ["first_name", "phone"]
    assert add_person(world.session, PersonInput("Aline", "Uwase", Sex.FEMALE, Cadre.NURSE,
                                                 phone="+250 788 123 456")).id


# --- assignments --------------------------------------------------------------------------

def test_joint_team_takes_one_mentor_per_association(world: World) -> None:
    world.mentor("ram1", MentorKind.ASSOCIATION, "RAM")
    world.mentor("ram2", MentorKind.ASSOCIATION, "RAM")
    world.mentor("rpa", MentorKind.ASSOCIATION, "RPA", area="NEO")
    assign_mentor(world.session, proposal(world, "ram1", "hospital"))
    assign_mentor(world.session, proposal(world, "rpa", "hospital"))
    with pytest.raises(RuleRefused) as refused:
        assign_mentor(world.session, proposal(world, "ram2", "hospital"))
    assert refused_codes(refused) == ["joint_team"]
    assert "already has a RAM mentor" in str(refused.value)


def test_a_second_mentor_of_an_association_after_the_first_left_is_accepted(world: World) -> None:
    world.mentor("ram1", MentorKind.ASSOCIATION, "RAM")
    world.mentor("ram2", MentorKind.ASSOCIATION, "RAM")
    assign_mentor(world.session, proposal(world, "ram1", "hospital", end=dt.date(2026, 2, 28)))
    assert assign_mentor(world.session, proposal(world, "ram2", "hospital",
                                                 start=dt.date(2026, 3, 1)))


def test_an_override_needs_a_reason_and_records_it(world: World) -> None:
    world.mentor("ram1", MentorKind.ASSOCIATION, "RAM")
    world.mentor("ram2", MentorKind.ASSOCIATION, "RAM")
    assign_mentor(world.session, proposal(world, "ram1", "hospital"))
    with pytest.raises(RuleRefused):
        assign_mentor(world.session, proposal(world, "ram2", "hospital"), override_reason="  ")
    saved = assign_mentor(world.session, proposal(world, "ram2", "hospital"),
                          override_reason="RAM sent two mentors while the maternity reopens")
    assert saved.override_reason == "RAM sent two mentors while the maternity reopens"


def test_a_district_mentor_covers_at_most_two_health_centers(world: World) -> None:
    world.mentor("dm", MentorKind.DISTRICT)
    first = assign_mentor(world.session, proposal(world, "dm", "hc1"))
    assign_mentor(world.session, proposal(world, "dm", "hc2"))
    with pytest.raises(RuleRefused) as refused:
        assign_mentor(world.session, proposal(world, "dm", "hc3"))
    assert refused_codes(refused) == ["capacity"]
    assert "at most 2 health centers" in str(refused.value)
    end_assignment(world.session, first.id, START + dt.timedelta(days=30))
    assert assign_mentor(world.session, proposal(world, "dm", "hc3",
                                                 start=START + dt.timedelta(days=31)))


def test_a_health_center_provider_mentor_covers_one_health_post(world: World) -> None:
    world.mentor("hp_mentor", MentorKind.HC_PROVIDER, posted_at="hc1")
    assign_mentor(world.session, proposal(world, "hp_mentor", "hp1"))
    with pytest.raises(RuleRefused) as refused:
        assign_mentor(world.session, proposal(world, "hp_mentor", "hp2"))
    assert refused_codes(refused) == ["capacity"]


@pytest.mark.parametrize("members, accepted", [(4, False), (5, True), (9, True), (10, False)])
def test_community_mentors_take_chw_groups_of_five_to_nine(world: World, members: int,
                                                           accepted: bool) -> None:
    world.mentor("ceho", MentorKind.COMMUNITY, area="CBMNH", posted_at="hc1")
    world.chw_group("group", members)
    if accepted:
        assert assign_mentor(world.session, proposal(world, "ceho", "group", group=True))
    else:
        with pytest.raises(RuleRefused) as refused:
            assign_mentor(world.session, proposal(world, "ceho", "group", group=True))
        assert refused_codes(refused) == ["group_size"]
        assert f"has {members} members" in str(refused.value)


@pytest.mark.parametrize("kind, association, place", [
    (MentorKind.DISTRICT, None, "hospital"),
    (MentorKind.ASSOCIATION, "RSOG", "hc1"),
    (MentorKind.HC_PROVIDER, None, "hc1"),
])
def test_a_mentor_is_assigned_only_where_their_kind_fits(world: World, kind: MentorKind,
                                                         association: str | None,
                                                         place: str) -> None:
    world.mentor("m", kind, association)
    with pytest.raises(RuleRefused) as refused:
        assign_mentor(world.session, proposal(world, "m", place))
    assert "level" in refused_codes(refused)


def test_overlapping_periods_at_the_same_place_are_refused_even_with_a_reason(world: World) -> None:
    world.mentor("dm", MentorKind.DISTRICT)
    assign_mentor(world.session, proposal(world, "dm", "hc1", end=dt.date(2026, 6, 30)))
    with pytest.raises(RuleRefused) as refused:
        assign_mentor(world.session, proposal(world, "dm", "hc1", start=dt.date(2026, 6, 1)),
                      override_reason="typing it again")
    assert refused_codes(refused) == ["overlap"]
    assert assign_mentor(world.session, proposal(world, "dm", "hc1", start=dt.date(2026, 7, 1)))


def test_an_inactive_mentor_and_reversed_dates_are_refused(world: World) -> None:
    world.mentor("dm", MentorKind.DISTRICT)
    with pytest.raises(RuleRefused) as refused:
        assign_mentor(world.session, proposal(world, "dm", "hc1", end=START - dt.timedelta(1)),
                      override_reason="x")
    assert refused_codes(refused) == ["dates"]
    world.session.get(Mentor, world.ids["dm"]).active = False
    with pytest.raises(RuleRefused) as refused:
        assign_mentor(world.session, proposal(world, "dm", "hc1"), override_reason="x")
    assert refused_codes(refused) == ["inactive"]


def test_a_mentor_outside_their_technical_area_needs_an_override(world: World) -> None:
    world.mentor("dm", MentorKind.DISTRICT, area="FP")
    wrong_area = AssignmentProposal(world.ids["dm"], START, org_unit_id=world.ids["hc1"],
                                    technical_area="IMCI")
    with pytest.raises(RuleRefused) as refused:
        assign_mentor(world.session, wrong_area)
    assert refused_codes(refused) == ["area"]


def test_facility_summary_lists_current_mentors(world: World) -> None:
    world.mentor("ram1", MentorKind.ASSOCIATION, "RAM")
    assign_mentor(world.session, proposal(world, "ram1", "hospital"))
    summary = facility_summary(world.session, world.ids["hospital"], START)
    assert [m[1] for m in summary.mentors] == ["RAM"]
    assert summary.parent_name == "Gicumbi"
    assert world.session.scalar(select(MentorAssignment.override_reason)) is None
