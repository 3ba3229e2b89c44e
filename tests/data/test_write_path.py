"""The one write path: edits checked against the version read, validation dates that follow
the paper forms whatever the order of entry, and what two PCs at once turn into."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from dataclasses import replace

import pytest
from cascade_world import World, build_world
from sqlalchemy import select

from mentoroffice.cascade.facilities import FacilityInput
from mentoroffice.cascade.people import PersonInput
from mentoroffice.cascade.service import CascadeService
from mentoroffice.checklists.assessments import AssessmentInput, AssessmentRefused
from mentoroffice.checklists.service import ChecklistService
from mentoroffice.core.access import Permission, use_case
from mentoroffice.core.changes import Changes, Kind, gathering, listen
from mentoroffice.core.refusals import RuleRefused
from mentoroffice.core.writes import unit_of_work
from mentoroffice.data.enums import AssessmentKind, ItemResult, OrgLevel, PostingEndReason
from mentoroffice.data.models import Assessment, Mentor, MentorArea, Person, Validation
from mentoroffice.exchange.service import ExchangeService

TODAY = dt.date(2026, 6, 30)
APRIL, MAY, JUNE = dt.date(2026, 4, 1), dt.date(2026, 5, 4), dt.date(2026, 6, 2)


@pytest.fixture
def world(session) -> World:  # type: ignore[no-untyped-def]
    world = build_world(session)
    world.person("mentee", "Émilienne", "Nyirahabimana", posted_at="hospital")
    world.person("mentor", "Védaste", "Habimana", posted_at="hospital")
    # the assessor mentors newborn care, the area of HBB
    session.add(Mentor(person_id=world.ids["mentor"], kind="district", active=True,
                       areas=[MentorArea(technical_area="NEO")]))
    session.commit()
    return world


def codes(refused: pytest.ExceptionInfo[RuleRefused]) -> list[str]:
    return [v.code for v in refused.value.violations]


# --- versions -----------------------------------------------------------------------------


def test_an_edit_made_on_an_old_copy_is_refused_and_says_what_changed(office, world) -> None:  # type: ignore[no-untyped-def]
    cascade = CascadeService(office.session_factory)
    pc1 = cascade.person_page(world.ids["mentee"])
    pc2 = cascade.person_page(world.ids["mentee"])
    cascade.update_person(pc2.id, replace_input(pc2.details(), phone="0788 123 456"),
                          pc2.version, read=pc2.details())
    with pytest.raises(RuleRefused) as refused:
        cascade.update_person(pc1.id, replace_input(pc1.details(), qualification="A1"),
                              pc1.version, read=pc1.details())
    assert codes(refused) == ["stale", "stale_field"]
    assert "changed on another PC" in refused.value.violations[0].message
    assert refused.value.violations[1].message == "Phone is now “0788 123 456”."
    now = cascade.person_page(pc1.id)
    assert (now.phone, now.qualification) == ("0788 123 456", None)  # PC 2's phone kept
    cascade.update_person(now.id, replace_input(now.details(), qualification="A1"),
                          now.version, read=now.details())  # after a reload it saves
    assert cascade.person_page(now.id).phone == "0788 123 456"


def test_a_facility_moved_on_another_pc_is_named_by_its_new_parent(office, world) -> None:  # type: ignore[no-untyped-def]
    cascade = CascadeService(office.session_factory)
    hc = cascade.add_facility(FacilityInput("HC9", "Health Center 9", OrgLevel.HEALTH_CENTER,
                                            world.ids["hospital"]))
    form = cascade.facility_form(hc)
    read = FacilityInput(form.code, form.name, OrgLevel(form.level), form.parent_id)
    cascade.update_facility(hc, FacilityInput("HC9", "Health Centre Nine",
                                              OrgLevel.HEALTH_CENTER, form.parent_id),
                            form.version, read=read)
    with pytest.raises(RuleRefused) as refused:
        cascade.update_facility(hc, FacilityInput("HC9B", "Health Center 9",
                                                  OrgLevel.HEALTH_CENTER, form.parent_id),
                                form.version, read=read)
    assert [v.message for v in refused.value.violations][1:] == [
        "Name is now “Health Centre Nine”."]
    assert cascade.facility_form(hc).code == "HC9"


def test_two_pcs_inserting_the_same_record_is_a_refusal_not_a_traceback(office, world) -> None:  # type: ignore[no-untyped-def]
    may, june = _assessment(office, world, MAY), _assessment(office, world, JUNE)
    with (pytest.raises(RuleRefused) as refused, use_case(Permission.ASSESSMENTS),
          unit_of_work(office.session_factory) as session):
        for assessment_id, on in ((may, MAY), (june, JUNE)):
            session.add(Validation(mentee_id=world.ids["mentee"], form_code="HBB",
                                   assessment_id=assessment_id, validated_on=on))
    assert codes(refused) == ["saved_elsewhere"]


@pytest.mark.sqlite_only
def test_a_database_still_locked_after_the_timeout_is_a_refusal(office, world) -> None:  # type: ignore[no-untyped-def]
    path = office.database.sqlite_path
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as other_pc:
        other_pc.execute("BEGIN IMMEDIATE")
        with (pytest.raises(RuleRefused) as refused, use_case(Permission.ASSESSMENTS),
              unit_of_work(office.session_factory) as session):
            session.get(Person, world.ids["mentee"]).phone = "0788 000 000"  # type: ignore[union-attr]
        other_pc.execute("ROLLBACK")
    assert codes(refused) == ["busy"]
    with office.session_factory() as session:
        assert session.get(Person, world.ids["mentee"]).phone is None  # type: ignore[union-attr]


# --- validation dates ---------------------------------------------------------------------


def test_the_validation_date_is_the_earliest_pass_whatever_the_entry_order(office, world) -> None:  # type: ignore[no-untyped-def]
    checklists = ChecklistService(office.session_factory, office.catalog)
    may = checklists.record(entry(office, world, MAY, passing=True), TODAY)
    assert may.validated_now
    april = checklists.record(entry(office, world, APRIL, passing=True), TODAY)
    assert (april.validated_before, validation(office, world)) == (MAY, (APRIL,
                                                                        april.assessment_id))

    def version_of(assessment_id: int) -> int:
        with office.session_factory() as session:
            return session.get(Assessment, assessment_id).version_id  # type: ignore[union-attr]

    # April's paper form was misread: it did not pass. The validation moves to May.
    checklists.correct(april.assessment_id, version_of(april.assessment_id),
                       entry(office, world, APRIL, passing=False), TODAY)
    assert validation(office, world) == (MAY, may.assessment_id)
    # And back: corrected to a pass again, April validates.
    checklists.correct(april.assessment_id, version_of(april.assessment_id),
                       entry(office, world, APRIL, passing=True), TODAY)
    assert validation(office, world) == (APRIL, april.assessment_id)
    checklists.delete(april.assessment_id, version_of(april.assessment_id))
    assert validation(office, world) == (MAY, may.assessment_id)
    checklists.delete(may.assessment_id, version_of(may.assessment_id))
    assert validation(office, world) is None


def test_an_assessment_read_before_another_pcs_correction_stays_corrected(office, world) -> None:  # type: ignore[no-untyped-def]
    checklists = ChecklistService(office.session_factory, office.catalog)
    saved = checklists.record(entry(office, world, MAY, passing=True), TODAY)
    with office.session_factory() as session:
        read = session.get(Assessment, saved.assessment_id).version_id  # type: ignore[union-attr]
    checklists.correct(saved.assessment_id, read, entry(office, world, MAY, passing=False), TODAY)
    with pytest.raises(RuleRefused) as refused:
        checklists.delete(saved.assessment_id, read)
    assert codes(refused) == ["stale"]
    assert validation(office, world) is None  # the correction stands, nothing deleted


# --- what a use case changed ----------------------------------------------------------------


def test_a_saved_assessment_reports_its_kinds_and_ids_once_committed(office, world) -> None:  # type: ignore[no-untyped-def]
    # GIVEN a listener on the office's session factory
    heard: list[Changes] = []
    stop = listen(office.session_factory, heard.append)
    checklists = ChecklistService(office.session_factory, office.catalog)
    # WHEN an assessment that validates the mentee is recorded
    saved = checklists.record(entry(office, world, MAY, passing=True), TODAY)
    # THEN one report names the assessment, its steps and the validation, by id
    [changes] = heard
    assert changes.kinds == {Kind.ASSESSMENT}
    assert changes.ids("assessment") == {saved.assessment_id}
    assert changes.tables == {"assessment", "assessment_item_result", "validation"}
    with office.session_factory() as session:
        validation_id = session.scalars(select(Validation.id)).one()
    assert changes.ids("validation") == {validation_id}
    assert changes.ids("assessment_item_result") == set()  # a two-column key: no single id
    stop()
    checklists.record(entry(office, world, JUNE, passing=True), TODAY)
    assert len(heard) == 1  # no longer listening


def test_a_refused_use_case_reports_nothing(office, world) -> None:  # type: ignore[no-untyped-def]
    heard: list[Changes] = []
    listen(office.session_factory, heard.append)
    checklists = ChecklistService(office.session_factory, office.catalog)
    with pytest.raises(AssessmentRefused):  # a date in the future
        checklists.record(entry(office, world, TODAY + dt.timedelta(days=3), passing=True),
                          TODAY)
    with (pytest.raises(RuleRefused), use_case(Permission.REGISTRY),  # refused after a flush
          unit_of_work(office.session_factory) as session):
        session.add(Person(first_name="Rolled", last_name="Back", sex="F", cadre="nurse"))
        session.flush()
        raise RuleRefused([])
    assert heard == []


def test_writes_gathered_together_are_reported_once(office, world) -> None:  # type: ignore[no-untyped-def]
    heard: list[Changes] = []
    listen(office.session_factory, heard.append)
    cascade = CascadeService(office.session_factory)
    with gathering():
        first = cascade.add_facility(FacilityInput("HC8", "Health Center 8",
                                                   OrgLevel.HEALTH_CENTER, world.ids["hospital"]))
        second = cascade.add_facility(FacilityInput("HC9", "Health Center 9",
                                                    OrgLevel.HEALTH_CENTER, world.ids["hospital"]))
        assert heard == []
    [changes] = heard
    assert changes.kinds == {Kind.FACILITY} and changes.ids("org_unit") == {first, second}


# --- helpers ------------------------------------------------------------------------------


def replace_input(data: PersonInput, **changes: object) -> PersonInput:
    return replace(data, **changes)  # type: ignore[arg-type]


def entry(office, world: World, on: dt.date, passing: bool) -> AssessmentInput:  # type: ignore[no-untyped-def]
    form = office.catalog.get("HBB")
    results = {item.code: ItemResult.DONE for item in form.items}
    if not passing:
        critical = next(item.code for item in form.items if item.critical)
        results[critical] = ItemResult.NOT_DONE
    return AssessmentInput(form_code="HBB", kind=AssessmentKind.POST_MENTORSHIP, assessed_on=on,
                           org_unit_id=world.ids["hospital"], results=results,
                           mentee_id=world.ids["mentee"], assessor_id=world.ids["mentor"])


def validation(office, world: World) -> tuple[dt.date, int] | None:  # type: ignore[no-untyped-def]
    with office.session_factory() as session:
        found = session.scalar(select(Validation).where(
            Validation.mentee_id == world.ids["mentee"], Validation.form_code == "HBB"))
        return None if found is None else (found.validated_on, found.assessment_id)


def _assessment(office, world: World, on: dt.date) -> int:  # type: ignore[no-untyped-def]
    checklists = ChecklistService(office.session_factory, office.catalog)
    return checklists.record(entry(office, world, on, passing=False), TODAY).assessment_id



def test_a_person_transferred_on_another_pc_is_not_transferred_again(office, world) -> None:  # type: ignore[no-untyped-def]
    cascade = CascadeService(office.session_factory)
    page = cascade.person_page(world.ids["mentee"])
    at_hospital = page.current_posting
    assert at_hospital is not None
    cascade.transfer(page.id, world.ids["hc1"], TODAY, from_posting_id=at_hospital.id)
    with pytest.raises(RuleRefused) as refused:
        cascade.transfer(page.id, world.ids["hc2"], TODAY, from_posting_id=at_hospital.id)
    assert refused.value.violations[0].message.startswith("This person's posting was changed")
    with pytest.raises(RuleRefused):
        cascade.end_posting(page.id, TODAY, PostingEndReason.ATTRITION,
                            posting_id=at_hospital.id)
    now = cascade.person_page(page.id).current_posting
    assert now is not None and now.facility == "Health Center 1" and now.end_date is None


def test_a_dhis2_mapping_changed_elsewhere_is_neither_overwritten_nor_removed(office) -> None:  # type: ignore[no-untyped-def]
    exchange = ExchangeService(office.session_factory)
    mapping_id = exchange.save_dhis2_mapping("visits_done", "DeVisits001")
    [read] = exchange.dhis2_mappings()
    exchange.save_dhis2_mapping("visits_done", "DeVisits002", None, None, mapping_id,
                                read.version)
    for attempt in (lambda: exchange.save_dhis2_mapping("visits_done", "DeVisits003", None,
                                                        None, mapping_id, read.version),
                    lambda: exchange.delete_dhis2_mapping(mapping_id, read.version)):
        with pytest.raises(RuleRefused, match="This DHIS2 mapping was changed on another PC"):
            attempt()
    assert [m.data_element for m in exchange.dhis2_mappings()] == ["DeVisits002"]
