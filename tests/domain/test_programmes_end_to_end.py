"""Both programmes' rules, played out on an empty office database through the services.

An office runs the Ingobyi cascade (the default programme the migration seeds, with the
rhythm and caps the code always had) and sets up MESH health-center mentoring beside it: IMCI
visits every 4-6 weeks for 2-3 days, one mentor covering five health centers. Each step is
asserted as an office would meet it: the month plan, its clashes, assessments, back-entered
action plans, coverage and the facility panels.

Mentor profiles are written straight to the database (their screens and services are another
part of issue 15); everything else goes through the services the window calls.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from mentoroffice.cascade.service import (
    AssignmentProposal,
    CascadeService,
    FacilityInput,
    PersonInput,
    ProgrammeSettings,
    Rhythm,
    RuleRefused,
)
from mentoroffice.checklists.assessments import AssessmentInput
from mentoroffice.checklists.service import ChecklistService
from mentoroffice.data.enums import (
    AssessmentKind,
    Cadre,
    ItemResult,
    MentorKind,
    OrgLevel,
    PostingEndReason,
    PostingRole,
    RhythmSchedule,
    Sex,
    VisitKind,
)
from mentoroffice.data.models import (
    Assessment,
    MenteeEnrolment,
    Mentor,
    MentorArea,
    MentorReport,
    Programme,
    Visit,
    VisitMentor,
)
from mentoroffice.qi.plans import ActionInput
from mentoroffice.qi.service import QIService
from mentoroffice.visits.service import VisitService

POSTED = dt.date(2026, 6, 1)
ASSIGNED = dt.date(2026, 12, 1)
MESH_RHYTHM = Rhythm(VisitKind.HEALTH_CENTER, RhythmSchedule.WEEKS, days_min=2, days_max=3,
                     interval_min_weeks=4, interval_max_weeks=6)
CENTERS = ("Nasho", "Mulindi", "Gahara", "Musaza", "Nyarubuye")


@dataclass
class District:
    """Kirehe district set up through the services: a hospital, five health centers, a
    health post, their people, and the services the window would be handed."""

    office: Any
    cascade: CascadeService
    visits: VisitService
    checklists: ChecklistService
    qi: QIService
    ids: dict[str, int] = field(default_factory=dict)

    def facility(self, key: str, name: str, level: OrgLevel, parent: str | None) -> int:
        self.ids[key] = self.cascade.add_facility(FacilityInput(
            key.upper(), name, level, self.ids[parent] if parent else None))
        return self.ids[key]

    def person(self, key: str, first: str, last: str, cadre: Cadre, posted_at: str) -> int:
        self.ids[key] = self.cascade.add_person(PersonInput(first, last, Sex.FEMALE, cadre))
        self.cascade.post(self.ids[key], self.ids[posted_at], PostingRole.PROVIDER, POSTED)
        return self.ids[key]

    def mentor(self, key: str, kind: MentorKind, areas: tuple[str, ...],
               association: str | None = None) -> int:
        with self.office.session_factory.begin() as session:
            mentor = Mentor(person_id=self.ids[key], kind=kind.value, association=association,
                            active=True)
            mentor.areas = [MentorArea(technical_area=area) for area in areas]
            session.add(mentor)
            session.flush()
            self.ids[f"{key}_mentor"] = mentor.id
        return self.ids[f"{key}_mentor"]

    def programme(self, code: str) -> ProgrammeSettings:
        return next(p for p in self.cascade.programmes() if p.code == code)


@pytest.fixture
def kirehe(office) -> District:  # type: ignore[no-untyped-def]
    district = District(office, CascadeService(office.session_factory),
                        VisitService(office.session_factory),
                        ChecklistService(office.session_factory, office.catalog),
                        QIService(office.session_factory))
    district.facility("rw", "Rwanda", OrgLevel.COUNTRY, None)
    district.facility("east", "Eastern Province", OrgLevel.PROVINCE, "rw")
    district.facility("kirehe", "Kirehe", OrgLevel.DISTRICT, "east")
    district.facility("dh", "Kirehe District Hospital", OrgLevel.HOSPITAL, "kirehe")
    for name in CENTERS:
        district.facility(name.lower(), f"{name} Health Center", OrgLevel.HEALTH_CENTER, "dh")
        district.person(f"nurse_{name.lower()}", "Nurse", name, Cadre.NURSE, name.lower())
    district.facility("hp", "Rubimba Health Post", OrgLevel.HEALTH_POST, "nasho")
    district.person("jean", "Jean", "Mugisha", Cadre.NURSE, "dh")
    district.mentor("jean", MentorKind.DISTRICT, ("IMCI",))
    district.person("chw", "Vestine", "Mukandori", Cadre.CHW, "nasho")
    return district


def set_up_mesh(kirehe: District, *, only_programme: bool) -> ProgrammeSettings:
    """MESH: IMCI at health centers every 4-6 weeks for 2-3 days; a mentor covers 5."""
    mesh = kirehe.cascade.save_programme(ProgrammeSettings(
        "MESH", "Mentoring and enhanced supervision at health centers", (MESH_RHYTHM,),
        {MentorKind.DISTRICT: 5}, ("IMCI",)))
    if only_programme:
        kirehe.cascade.set_default_programme(mesh.id, mesh.version)  # type: ignore[arg-type]
        ingobyi = kirehe.programme("INGOBYI")
        kirehe.cascade.set_programme_active(ingobyi.id, False, ingobyi.version)  # type: ignore[arg-type]
    return kirehe.programme("MESH")


def assign_mesh_mentor(kirehe: District, mesh: ProgrammeSettings) -> None:
    for name in CENTERS:
        kirehe.cascade.assign(AssignmentProposal(
            kirehe.ids["jean_mentor"], ASSIGNED, org_unit_id=kirehe.ids[name.lower()],
            technical_area="IMCI", programme_id=mesh.id))


def codes(refused: pytest.ExceptionInfo[RuleRefused]) -> list[str]:
    return [v.code for v in refused.value.violations]


def record_as_planned(kirehe: District, visit_ids: list[int], today: dt.date,
                      extra_days: int = 0) -> None:
    for visit_id in visit_ids:
        row = kirehe.visits.visit_detail(visit_id).visit
        end = row.planned_end + dt.timedelta(days=extra_days)
        kirehe.visits.record_visit(visit_id, row.planned_start, end,
                                   {kirehe.ids["jean_mentor"]}, [], today, version=row.version)


# --- programmes as settings -----------------------------------------------------------------


def test_the_migration_makes_ingobyi_the_default_with_todays_rhythm_and_caps(
        kirehe: District) -> None:
    [ingobyi] = kirehe.cascade.programmes()
    assert (ingobyi.code, ingobyi.is_default, ingobyi.active, ingobyi.areas) == (
        "INGOBYI", True, True, ())
    assert ingobyi.caps == {MentorKind.DISTRICT: 2, MentorKind.HC_PROVIDER: 1}
    assert {r.visit_kind: (r.schedule, r.days_min, r.quarter_month) for r in ingobyi.rhythms} == {
        VisitKind.JOINT_HOSPITAL: (RhythmSchedule.MONTHLY, 3, None),
        VisitKind.HEALTH_CENTER: (RhythmSchedule.MONTHLY, 2, None),
        VisitKind.HEALTH_POST: (RhythmSchedule.MONTHLY, 1, None),
        VisitKind.COMMUNITY: (RhythmSchedule.QUARTERLY, 1, 1),
        VisitKind.JOINT_SUPERVISION: (RhythmSchedule.QUARTERLY, 1, 2)}


def test_a_programme_with_an_impossible_rhythm_is_refused_with_every_reason(
        kirehe: District) -> None:
    with pytest.raises(RuleRefused) as refused:
        kirehe.cascade.save_programme(ProgrammeSettings(
            "INGOBYI", "Again", (replace(MESH_RHYTHM, days_min=3, days_max=2,
                                         interval_max_weeks=None),),
            {MentorKind.DISTRICT: 0}, ("NOPE",)))
    assert sorted(codes(refused)) == ["area", "cap", "code_taken", "days", "interval"]


def test_the_default_programme_keeps_running_and_only_one_is_default(kirehe: District,
                                                                    office) -> None:  # type: ignore[no-untyped-def]
    ingobyi = kirehe.programme("INGOBYI")
    with pytest.raises(RuleRefused) as refused:
        kirehe.cascade.set_programme_active(ingobyi.id, False, ingobyi.version)  # type: ignore[arg-type]
    assert codes(refused) == ["default"]
    mesh = set_up_mesh(kirehe, only_programme=True)
    assert mesh.is_default and not kirehe.programme("INGOBYI").is_default
    with pytest.raises(IntegrityError), office.session_factory.begin() as session:
        session.add(Programme(code="TWO", name="A second default", active=True,
                              is_default=True))


def test_a_mesh_mentor_covers_five_health_centers_where_ingobyi_allows_two(
        kirehe: District) -> None:
    jean = kirehe.ids["jean_mentor"]
    for name in CENTERS[:2]:
        kirehe.cascade.assign(AssignmentProposal(jean, ASSIGNED,
                                                 org_unit_id=kirehe.ids[name.lower()]))
    third = AssignmentProposal(jean, ASSIGNED, org_unit_id=kirehe.ids["gahara"])
    assert [v.code for v in kirehe.cascade.check_assignment(third)] == ["capacity"]

    mesh = set_up_mesh(kirehe, only_programme=False)
    for name in CENTERS[2:]:
        proposal = AssignmentProposal(jean, ASSIGNED, org_unit_id=kirehe.ids[name.lower()],
                                      programme_id=mesh.id)
        assert kirehe.cascade.check_assignment(proposal) == []
        kirehe.cascade.assign(proposal)
    kirehe.facility("extra", "Kigarama Health Center", OrgLevel.HEALTH_CENTER, "dh")
    sixth = kirehe.cascade.check_assignment(AssignmentProposal(
        jean, ASSIGNED, org_unit_id=kirehe.ids["extra"], programme_id=mesh.id))
    assert [v.code for v in sixth] == ["capacity"]
    assert "at most 5 health centers" in sixth[0].message


# --- the MESH quarter -----------------------------------------------------------------------


def test_a_mesh_quarter_visits_five_centers_every_four_to_six_weeks(kirehe: District) -> None:
    mesh = set_up_mesh(kirehe, only_programme=True)
    assign_mesh_mentor(kirehe, mesh)
    starts: dict[str, list[dt.date]] = {name: [] for name in CENTERS}
    for year, month in ((2027, 1), (2027, 2), (2027, 3)):
        plan = kirehe.visits.propose_plan(year, month)
        assert plan.conflicts == () and plan.clashes == ()
        assert sorted(v.visit.facility_name for v in plan.visits) == sorted(
            f"{name} Health Center" for name in CENTERS)
        for proposed in plan.visits:
            assert proposed.visit.kind is VisitKind.HEALTH_CENTER
            assert len(proposed.visit.days) == 2  # MESH's shortest visit
            assert proposed.visit.programme_id == mesh.id
            starts[proposed.visit.facility_name.split()[0]].append(proposed.visit.days[0])
        every_day = [d for v in plan.visits for d in v.visit.days]
        assert len(every_day) == len(set(every_day)), "one mentor, one place a day"
        ids = kirehe.visits.save_plan(plan)
        record_as_planned(kirehe, ids, dt.date(year, month, 28) + dt.timedelta(days=5))
    for name, days in starts.items():
        gaps = [(b - a).days for a, b in pairwise(days)]
        assert all(28 <= gap <= 42 for gap in gaps), (name, days)
    assert kirehe.visits.month_clashes(2027, 3) == []


def test_mesh_has_no_joint_supervision_and_no_month_without_a_due_visit(
        kirehe: District) -> None:
    mesh = set_up_mesh(kirehe, only_programme=True)
    assign_mesh_mentor(kirehe, mesh)
    ids = kirehe.visits.save_plan(kirehe.visits.propose_plan(2027, 1))
    record_as_planned(kirehe, ids, dt.date(2027, 2, 1))
    february = kirehe.visits.propose_plan(2027, 2)
    assert all(v.visit.kind is VisitKind.HEALTH_CENTER for v in february.visits)
    january_starts = {v.facility: v.planned_start for v in kirehe.visits.month_visits(2027, 1)}
    for proposed in february.visits:  # each comes back 4 weeks after, not earlier
        previous = january_starts[proposed.visit.facility_name]
        assert proposed.visit.days[0] >= previous + dt.timedelta(weeks=4)


def test_a_missed_visit_leaves_a_gap_longer_than_six_weeks_flagged(kirehe: District) -> None:
    mesh = set_up_mesh(kirehe, only_programme=True)
    assign_mesh_mentor(kirehe, mesh)
    january = kirehe.visits.propose_plan(2027, 1)
    ids = kirehe.visits.save_plan(january)
    record_as_planned(kirehe, ids, dt.date(2027, 2, 1))
    february = kirehe.visits.propose_plan(2027, 2)
    february_ids = kirehe.visits.save_plan(february)
    nasho = next(vid for vid, v in zip(february_ids, february.visits, strict=True)
                 if v.visit.facility_name == "Nasho Health Center")
    row = kirehe.visits.visit_detail(nasho).visit
    kirehe.visits.mark_missed(nasho, "Mentor sick", row.version)

    april = kirehe.visits.propose_plan(2027, 4)  # nobody planned March
    late = {c.place: c for c in april.clashes if c.code == "gap_long"}
    assert "Nasho Health Center" in late
    nasho_days = [v.visit.days[0] for v in april.visits
                  if v.visit.facility_name == "Nasho Health Center"]
    january = {v.facility: v.planned_start for v in kirehe.visits.month_visits(2027, 1)}
    gap = (nasho_days[0] - january["Nasho Health Center"]).days
    assert gap > 42 and late["Nasho Health Center"].message == (
        f"Nasho Health Center: {gap} days from the visit of "
        f"{january['Nasho Health Center']:%d %b %Y} to the one of {nasho_days[0]:%d %b %Y}; "
        "Mentoring and enhanced supervision at health centers comes back every 4 to 6 weeks.")


def test_a_visit_moved_too_soon_after_the_last_is_flagged(kirehe: District) -> None:
    mesh = set_up_mesh(kirehe, only_programme=True)
    assign_mesh_mentor(kirehe, mesh)
    ids = kirehe.visits.save_plan(kirehe.visits.propose_plan(2027, 1))
    record_as_planned(kirehe, ids, dt.date(2027, 2, 1))
    february = kirehe.visits.propose_plan(2027, 2)
    february_ids = kirehe.visits.save_plan(february)
    january = {v.facility: v.planned_start for v in kirehe.visits.month_visits(2027, 1)}
    latest = max(january, key=january.__getitem__)  # three weeks on still falls in February
    first = next(vid for vid in february_ids
                 if kirehe.visits.visit_detail(vid).visit.facility == latest)
    row = kirehe.visits.visit_detail(first).visit
    for days_after in range(21, 27):  # three weeks on, where the mentor is free
        soon = january[row.facility] + dt.timedelta(days=days_after)
        try:
            kirehe.visits.move_visit(first, soon, row.version)
            break
        except RuleRefused:
            continue
    else:
        pytest.fail("no free day three weeks on")
    clashes = kirehe.visits.month_clashes(2027, 2)
    assert [(c.code, c.place) for c in clashes if c.code.startswith("gap")] == [
        ("gap_short", row.facility)]


def test_a_visit_recorded_longer_than_planned_is_flagged(kirehe: District) -> None:
    mesh = set_up_mesh(kirehe, only_programme=True)
    assign_mesh_mentor(kirehe, mesh)
    plan = kirehe.visits.propose_plan(2027, 1)
    ids = kirehe.visits.save_plan(plan)
    monday_visit = next(vid for vid in ids
                        if kirehe.visits.visit_detail(vid).visit.planned_start.weekday() <= 2)
    record_as_planned(kirehe, [monday_visit], dt.date(2027, 2, 1), extra_days=1)
    [length] = [c for c in kirehe.visits.month_clashes(2027, 1) if c.code == "length"]
    assert "recorded with 3 working days; 2 were planned" in length.message
    assert length.visit_ids == (monday_visit,)
    assert kirehe.visits.visit_clashes(monday_visit) == [length]


# --- Ingobyi: health posts, clashes at the hospital ------------------------------------------


def test_a_health_post_visit_is_proposed_for_its_health_center_mentor(kirehe: District) -> None:
    kirehe.person("alice", "Alice", "Uwera", Cadre.NURSE, "nasho")
    kirehe.mentor("alice", MentorKind.HC_PROVIDER, ("MNH",))
    kirehe.cascade.assign(AssignmentProposal(kirehe.ids["alice_mentor"], ASSIGNED,
                                             org_unit_id=kirehe.ids["hp"]))
    plan = kirehe.visits.propose_plan(2027, 1)
    [post] = [v.visit for v in plan.visits if v.visit.kind is VisitKind.HEALTH_POST]
    assert (post.facility_name, len(post.days), post.mentor_ids) == (
        "Rubimba Health Post", 1, (kirehe.ids["alice_mentor"],))


def test_joint_supervision_is_not_planned_on_the_joint_teams_days_and_a_clash_is_flagged(
        kirehe: District) -> None:
    for association, first in (("RSOG", "Eric"), ("RAM", "Claire"), ("RPA", "Olivier")):
        key = association.lower()
        kirehe.person(key, first, "Mentor", Cadre.DOCTOR, "dh")
        kirehe.mentor(key, MentorKind.ASSOCIATION, ("MNH",), association)
        kirehe.cascade.assign(AssignmentProposal(kirehe.ids[f"{key}_mentor"], ASSIGNED,
                                                 org_unit_id=kirehe.ids["dh"]))
    plan = kirehe.visits.propose_plan(2027, 2)  # the quarter's second month
    [joint] = [v.visit for v in plan.visits if v.visit.kind is VisitKind.JOINT_HOSPITAL]
    [supervision] = [v.visit for v in plan.visits
                     if v.visit.kind is VisitKind.JOINT_SUPERVISION]
    assert not set(joint.days) & set(supervision.days)
    assert plan.clashes == ()
    ids = kirehe.visits.save_plan(plan)
    supervision_id = ids[[v.visit for v in plan.visits].index(supervision)]
    row = kirehe.visits.visit_detail(supervision_id).visit
    kirehe.visits.move_visit(supervision_id, joint.days[0], row.version)
    [clash] = kirehe.visits.month_clashes(2027, 2)
    assert clash.code == "same_place" and clash.day == joint.days[0]
    assert clash.message == (f"Kirehe District Hospital has two visits on "
                             f"{joint.days[0]:%d %b %Y}: the joint team's visit and the joint "
                             "supervision.")


def test_a_mentor_in_two_places_on_one_day_is_flagged(kirehe: District, office) -> None:  # type: ignore[no-untyped-def]
    mesh = set_up_mesh(kirehe, only_programme=True)
    assign_mesh_mentor(kirehe, mesh)
    plan = kirehe.visits.propose_plan(2027, 1)
    kirehe.visits.save_plan(plan)
    first = plan.visits[0].visit
    with office.session_factory.begin() as session:  # as an import or another PC might
        other = Visit(org_unit_id=kirehe.ids["musaza"] if first.facility_name != "Musaza Health "
                      "Center" else kirehe.ids["nasho"], kind="health_center", status="planned",
                      planned_start=first.days[0], planned_end=first.days[0])
        other.mentors = [VisitMentor(mentor_id=kirehe.ids["jean_mentor"])]
        session.add(other)
    twice = [c for c in kirehe.visits.month_clashes(2027, 1) if c.code == "mentor_twice"]
    assert len(twice) == 1 and twice[0].day == first.days[0]
    assert twice[0].message.startswith("Jean Mugisha is planned in two places on ")


# --- assessments ----------------------------------------------------------------------------


def imci_entry(kirehe: District, *, assessor: str, mentee: str, at: str) -> AssessmentInput:
    form = kirehe.office.catalog.get("IMCI")
    return AssessmentInput(
        form_code="IMCI", kind=AssessmentKind.COACHING, assessed_on=dt.date(2027, 1, 12),
        org_unit_id=kirehe.ids[at], results={item.code: ItemResult.DONE for item in form.items},
        mentee_id=kirehe.ids[mentee], assessor_id=kirehe.ids[assessor])


def test_a_chw_cannot_assess_without_a_written_reason(kirehe: District, office) -> None:  # type: ignore[no-untyped-def]
    entry = imci_entry(kirehe, assessor="chw", mentee="nurse_nasho", at="nasho")
    assert [(v.code, v.overridable) for v in kirehe.checklists.check_assessment(entry)] == [
        ("assessor_not_mentor", True)]
    with pytest.raises(RuleRefused) as refused:
        kirehe.checklists.record(entry, dt.date(2027, 1, 12))
    assert codes(refused) == ["assessor_not_mentor"]
    outcome = kirehe.checklists.record(entry, dt.date(2027, 1, 12),
                                       override_reason="Mentor absent; CHW read the steps")
    with office.session_factory() as session:
        saved = session.get(Assessment, outcome.assessment_id)
        assert saved.override_reason == "Mentor absent; CHW read the steps"


def test_the_assessor_mentors_the_area_and_the_mentee_is_posted_there(kirehe: District) -> None:
    right = imci_entry(kirehe, assessor="jean", mentee="nurse_nasho", at="nasho")
    assert kirehe.checklists.check_assessment(right) == []
    elsewhere = imci_entry(kirehe, assessor="jean", mentee="nurse_mulindi", at="nasho")
    [breach] = kirehe.checklists.check_assessment(elsewhere)
    assert breach.code == "mentee_not_posted"
    assert breach.message == "Nurse Mulindi was not posted at Nasho Health Center on 12 Jan 2027."
    kirehe.person("midwife", "Rose", "Mentor", Cadre.MIDWIFE, "dh")
    kirehe.mentor("midwife", MentorKind.DISTRICT, ("MNH",))
    other_area = imci_entry(kirehe, assessor="midwife", mentee="nurse_nasho", at="nasho")
    assert [v.message for v in kirehe.checklists.check_assessment(other_area)] == [
        "Rose Mentor mentors in MNH, not in IMCI."]
    kirehe.checklists.record(right, dt.date(2027, 1, 12))  # no reason needed


# --- back-entry of an action plan --------------------------------------------------------------


def test_an_action_plan_from_a_past_visit_is_entered_and_shows_overdue(kirehe: District) -> None:
    visit_day, today = dt.date(2027, 1, 12), dt.date(2027, 2, 15)
    late = ActionInput(kirehe.ids["nasho"], "Order amoxicillin dispersible tablets",
                       due_date=dt.date(2027, 1, 31), responsible_name="Titulaire")
    with pytest.raises(RuleRefused) as refused:
        kirehe.qi.create_action(late, today, "qi")
    assert codes(refused) == ["due_date"]
    row = kirehe.qi.create_action(replace(late, agreed_on=visit_day), today, "qi")
    assert (row.created_on, row.status, row.days_overdue) == (visit_day, "open", 15)
    assert row.id in {a.id for a in kirehe.qi.actions(today, open_only=True)
                      if a.days_overdue > 0}
    with pytest.raises(RuleRefused) as refused:
        kirehe.qi.create_action(replace(late, agreed_on=dt.date(2027, 2, 1),
                                        due_date=dt.date(2027, 1, 20)), today, "qi")
    assert codes(refused) == ["due_date"]
    with pytest.raises(RuleRefused) as refused:
        kirehe.qi.create_action(replace(late, agreed_on=dt.date(2027, 3, 1),
                                        due_date=dt.date(2027, 3, 20)), today, "qi")
    assert codes(refused) == ["agreed_on"]


# --- coverage -------------------------------------------------------------------------------


def gaps(kirehe: District, as_of: dt.date = dt.date(2027, 1, 15)) -> list[tuple[str, str, str]]:
    return [(g.kind, g.facility_name, g.detail) for g in kirehe.cascade.coverage(as_of)]


def test_a_mesh_office_is_not_told_about_joint_teams_or_a_default_area(kirehe: District,
                                                                      office) -> None:  # type: ignore[no-untyped-def]
    mesh = set_up_mesh(kirehe, only_programme=True)
    assign_mesh_mentor(kirehe, mesh)
    assert gaps(kirehe) == []  # no joint team, no MNH assumed, no health-post or CHW tier
    with office.session_factory.begin() as session:
        session.add(MenteeEnrolment(person_id=kirehe.ids["nurse_nasho"],
                                    org_unit_id=kirehe.ids["nasho"], technical_area="FP",
                                    enrolled_on=ASSIGNED))
    assert gaps(kirehe) == []  # MESH does not mentor in FP
    kirehe.facility("extra", "Kigarama Health Center", OrgLevel.HEALTH_CENTER, "dh")
    kirehe.person("nurse_extra", "Nurse", "Kigarama", Cadre.NURSE, "extra")
    with office.session_factory.begin() as session:
        session.add(MenteeEnrolment(person_id=kirehe.ids["nurse_extra"],
                                    org_unit_id=kirehe.ids["extra"], technical_area="IMCI",
                                    enrolled_on=ASSIGNED))
    assert gaps(kirehe) == [("health_center_area", "Kigarama Health Center",
                             "No district-based mentor for IMCI")]


def test_ingobyi_needs_come_from_enrolments_not_a_default_area(kirehe: District,
                                                              office) -> None:  # type: ignore[no-untyped-def]
    centers = [g for g in gaps(kirehe) if g[0] == "health_center_area"]
    assert {detail for _, _, detail in centers} == {"No district-based mentor"}
    with office.session_factory.begin() as session:
        session.add(MenteeEnrolment(person_id=kirehe.ids["nurse_nasho"],
                                    org_unit_id=kirehe.ids["nasho"], technical_area="NEO",
                                    enrolled_on=ASSIGNED))
    nasho = [detail for kind, name, detail in gaps(kirehe)
             if kind == "health_center_area" and name == "Nasho Health Center"]
    assert nasho == ["No district-based mentor for NEO"]


def test_an_association_mentor_is_external_not_unposted(kirehe: District) -> None:
    kirehe.person("rsog", "Eric", "Obstetrician", Cadre.DOCTOR, "dh")
    kirehe.mentor("rsog", MentorKind.ASSOCIATION, ("MNH",), "RSOG")
    kirehe.cascade.assign(AssignmentProposal(kirehe.ids["rsog_mentor"], ASSIGNED,
                                             org_unit_id=kirehe.ids["dh"]))
    page = kirehe.cascade.person_page(kirehe.ids["rsog"])
    posting = page.current_posting
    assert posting is not None
    kirehe.cascade.end_posting(kirehe.ids["rsog"], dt.date(2027, 1, 2),
                               PostingEndReason.OTHER, posting_id=posting.id)
    assert not [g for g in gaps(kirehe) if g[0] == "leaving"]


def test_a_district_panel_sums_what_is_below_it(kirehe: District) -> None:
    today = dt.date(2027, 2, 15)
    for center in ("nasho", "mulindi"):
        kirehe.qi.create_action(ActionInput(kirehe.ids[center], "Triage corner",
                                            due_date=dt.date(2027, 1, 31),
                                            responsible_name="Titulaire",
                                            agreed_on=dt.date(2027, 1, 10)), today, "qi")
    district = kirehe.cascade.facility_page(kirehe.ids["kirehe"], today).summary
    country = kirehe.cascade.facility_page(kirehe.ids["rw"], today).summary
    center = kirehe.cascade.facility_page(kirehe.ids["nasho"], today).summary
    assert (district.open_actions, district.overdue_actions) == (2, 2)
    assert (country.open_actions, center.open_actions) == (2, 1)
    assert [m[0] for m in district.mentors] == []
    counts = kirehe.cascade.coverage_counts(kirehe.ids["kirehe"], dt.date(2027, 1, 15))
    everything = kirehe.cascade.coverage(dt.date(2027, 1, 15))
    assert counts.total == len(everything) > 0
    nasho = kirehe.cascade.coverage_counts(kirehe.ids["nasho"], dt.date(2027, 1, 15))
    assert nasho.total == len([g for g in everything
                               if g.facility_name in ("Nasho Health Center",
                                                      "Rubimba Health Post")])


# --- smaller fixes ----------------------------------------------------------------------------


def test_a_duplicate_dhis2_identifier_is_refused_cleanly(kirehe: District) -> None:
    kirehe.cascade.add_facility(FacilityInput("HC-A", "Kigina Health Center",
                                              OrgLevel.HEALTH_CENTER, kirehe.ids["dh"],
                                              dhis2_uid="Abcdefghij1"))
    with pytest.raises(RuleRefused) as refused:
        kirehe.cascade.add_facility(FacilityInput("HC-B", "Gatore Health Center",
                                                  OrgLevel.HEALTH_CENTER, kirehe.ids["dh"],
                                                  dhis2_uid="Abcdefghij1"))
    [violation] = refused.value.violations
    assert (violation.code, violation.field) == ("dhis2_uid_taken", "dhis2_uid")
    assert violation.message == (
        "The DHIS2 identifier Abcdefghij1 is already Kigina Health Center's.")


@pytest.mark.parametrize("as_of", [dt.date(2026, 11, 3), dt.date(2026, 12, 2)])
def test_the_demo_records_nothing_after_its_today(office, as_of: dt.date) -> None:  # type: ignore[no-untyped-def]
    from mentoroffice.demo import generate_demo

    generate_demo(office.session_factory, "district", seed=3, as_of=as_of)
    with office.session_factory() as session:
        future_reports = session.scalar(select(func.count()).select_from(MentorReport).where(
            (MentorReport.submitted_on > as_of) | (MentorReport.feedback_on > as_of)))
        assert future_reports == 0
        assert session.scalar(select(func.count()).select_from(MentorReport)) > 0
        done_later = session.scalar(select(func.count()).select_from(Visit).where(
            Visit.actual_start > as_of))
        assert done_later == 0
