"""The cascade's screens, driven like a person would: typing, clicking, choosing from completers.

Modal dialogs are driven by patching their `exec`: the patched exec shows the real dialog and
works it with the keyboard and mouse, then returns its result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from cascade_world import START, World, build_world
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLabel, QWidget

from mentoroffice.cascade.assignments import AssignmentProposal, assign_mentor
from mentoroffice.cascade.people import PersonInput, add_person
from mentoroffice.cascade.service import CascadeService, PeopleFilters
from mentoroffice.data.enums import Cadre, MentorKind, Sex
from mentoroffice.data.models import MenteeEnrolment
from mentoroffice.ui.cascade import cascade_pages
from mentoroffice.ui.cascade.assignment_dialog import AssignmentDialog
from mentoroffice.ui.cascade.common import LookupField
from mentoroffice.ui.cascade.coverage_page import CoveragePage
from mentoroffice.ui.cascade.facilities_page import FacilitiesPage
from mentoroffice.ui.cascade.facility_dialog import FacilityDialog
from mentoroffice.ui.cascade.people_model import PAGE_SIZE
from mentoroffice.ui.cascade.people_page import PeoplePage
from mentoroffice.ui.cascade.person_dialogs import AttritionDialog, PersonDialog, PostingDialog
from mentoroffice.ui.cascade.promote_dialog import PromoteDialog
from mentoroffice.ui.tasks import TaskRunner

AS_OF = dt.date(2026, 6, 15)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def world(session) -> World:  # type: ignore[no-untyped-def]
    built = build_world(session)
    built.mentor("ram1", MentorKind.ASSOCIATION, "RAM")
    built.mentor("ram2", MentorKind.ASSOCIATION, "RAM")
    built.mentor("hpm", MentorKind.HC_PROVIDER, posted_at="hc1")
    assign_mentor(session, AssignmentProposal(built.ids["ram1"], START,
                                              org_unit_id=built.ids["hospital"]))
    session.commit()
    return built


@pytest.fixture
def service(office) -> CascadeService:  # type: ignore[no-untyped-def]
    return CascadeService(office.session_factory)


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    yield tasks
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=10_000)


def drive(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog],
          steps: Callable[[Any], None]) -> list[Any]:
    """Replace the dialog's exec: show it, run the steps on it, return its result."""
    opened: list[Any] = []

    def fake_exec(dialog: QDialog) -> int:
        opened.append(dialog)
        dialog.show()
        steps(dialog)
        if dialog.isVisible():
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return opened


def choose(qtbot, field: LookupField, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a lookup field and pick the first completion with the keyboard."""
    field.setFocus()
    qtbot.keyClicks(field, text)
    popup = field.lookup_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.choice() is not None, f"nothing chosen for {text!r}"


def click_row(qtbot, view: QAbstractItemView, index: QModelIndex,  # type: ignore[no-untyped-def]
              double: bool = False) -> None:
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=where)
    if double:  # a double click follows a press on the same row
        qtbot.mouseDClick(view.viewport(), LEFT, pos=where)


def column_texts(view: QAbstractItemView, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def people_page(qtbot, service: CascadeService, runner: TaskRunner) -> PeoplePage:  # type: ignore[no-untyped-def]
    page = PeoplePage(service, runner, lambda: AS_OF)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.total is not None and not page.model.is_loading())
    return page


def select_person(qtbot, page: PeoplePage, search: str) -> None:  # type: ignore[no-untyped-def]
    page.filter_bar.search_edit.clear()
    qtbot.keyClicks(page.filter_bar.search_edit, search)
    qtbot.waitUntil(lambda: page.model.filters.text == search and page.model.total == 1)
    click_row(qtbot, page.table, page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.panel.person is not None)


# --- facilities -----------------------------------------------------------------------------

def test_create_a_health_center_under_a_hospital(qtbot, world, service, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the facilities page, found the hospital by typing its name in the search box
    page = FacilitiesPage(service, lambda: AS_OF)
    qtbot.addWidget(page)
    page.show()
    choose(qtbot, page.find_field, "Byumba")
    assert page.current_item().name == "Byumba District Hospital"
    assert page.detail.title.text() == "Byumba District Hospital"
    assert column_texts(page.detail.mentors_view, 0) == ["Ram1 Mentor"]

    # WHEN a health center is added under it with the dialog (Enter saves)
    def fill(dialog: FacilityDialog) -> None:
        assert dialog.parent_field.text().startswith("Byumba District Hospital")
        assert dialog.level_combo.currentData() == "health_center"
        qtbot.keyClicks(dialog.name_edit, "Rukomo Health Center")
        qtbot.keyClicks(dialog.code_edit, "HC9")
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)

    opened = drive(monkeypatch, FacilityDialog, fill)
    qtbot.mouseClick(page.add_button, LEFT)

    # THEN it sits under the hospital in the tree and its page is shown
    assert opened and opened[0].result() == QDialog.DialogCode.Accepted
    assert page.current_item().name == "Rukomo Health Center"
    assert page.model.item(page.tree.currentIndex().parent()).name == "Byumba District Hospital"
    assert "under Byumba District Hospital" in page.detail.subtitle.text()


def test_a_refused_facility_keeps_the_dialog_open_with_the_message(  # type: ignore[no-untyped-def]
        qtbot, world, service, monkeypatch) -> None:
    page = FacilitiesPage(service, lambda: AS_OF)
    qtbot.addWidget(page)
    page.go_to(world.ids["hospital"])

    def fill(dialog: FacilityDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Another")
        qtbot.keyClicks(dialog.code_edit, "hc1")  # taken
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.isVisible()
        assert "already used" in dialog.errors.labels["code"].text()

    opened = drive(monkeypatch, FacilityDialog, fill)
    qtbot.mouseClick(page.add_button, LEFT)
    assert opened[0].result() == QDialog.DialogCode.Rejected


def test_edit_a_facility(qtbot, world, service, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = FacilitiesPage(service, lambda: AS_OF)
    qtbot.addWidget(page)
    page.show()
    page.go_to(world.ids["hc1"])

    def rename(dialog: FacilityDialog) -> None:
        assert dialog.parent_field.text().startswith("Byumba District Hospital")
        assert dialog.code_edit.text() == "HC1"
        dialog.name_edit.selectAll()
        qtbot.keyClicks(dialog.name_edit, "Rutare Health Center")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    drive(monkeypatch, FacilityDialog, rename)
    qtbot.mouseClick(page.edit_button, LEFT)
    assert page.tree.currentIndex().data() == "Rutare Health Center"
    assert page.detail.title.text() == "Rutare Health Center"


def test_deactivating_a_facility_can_be_undone(qtbot, world, service) -> None:  # type: ignore[no-untyped-def]
    page = FacilitiesPage(service, lambda: AS_OF)
    qtbot.addWidget(page)
    page.show()
    page.go_to(world.ids["hc3"])
    qtbot.mouseClick(page.deactivate_button, LEFT)
    assert page.tree.currentIndex().data() == "Health Center 3 (inactive)"
    assert page.message_bar.isVisible() and page.message_bar.undo_button.isVisible()
    assert page.deactivate_button.text() == "Re&activate"

    qtbot.mouseClick(page.message_bar.undo_button, LEFT)
    assert page.tree.currentIndex().data() == "Health Center 3"
    assert service.facility_form(world.ids["hc3"]).name == "Health Center 3"
    assert service.tree_children(world.ids["hospital"])[2].active is True
    page.undo_action.trigger()  # nothing left to undo: no error
    page.redo_action.trigger()  # redo deactivates again
    assert service.tree_children(world.ids["hospital"])[2].active is False


def test_the_tree_reads_a_level_only_when_it_is_opened(qtbot, world, service) -> None:  # type: ignore[no-untyped-def]
    page = FacilitiesPage(service, lambda: AS_OF)
    qtbot.addWidget(page)
    page.show()
    # single-child levels open at start: Rwanda > Northern Province > Gicumbi > the hospital
    hospital = page.model.index_of_facility(world.ids["hospital"])
    assert page.tree.isExpanded(hospital) and page.model.rowCount(hospital) == 3
    health_center = page.model.index_of_facility(world.ids["hc1"])
    assert page.model.hasChildren(health_center) and page.model.rowCount(health_center) == 0
    page.tree.expand(health_center)
    qtbot.waitUntil(lambda: page.model.rowCount(health_center) == 1)
    assert page.model.index(0, 0, health_center).data() == "Health Post 1"


# --- people ---------------------------------------------------------------------------------

def test_add_post_and_transfer_a_person(qtbot, world, service, runner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = people_page(qtbot, service, runner)
    assert page.count_label.text().endswith("people")

    def new_person(dialog: PersonDialog) -> None:
        qtbot.keyClicks(dialog.first_name_edit, "Émilienne")
        qtbot.keyClicks(dialog.last_name_edit, "Uwase")
        qtbot.keyClicks(dialog.cadre_combo, "Midwife")
        qtbot.keyClicks(dialog.phone_edit, "+250 788 123 456")
        qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)

    drive(monkeypatch, PersonDialog, new_person)
    qtbot.mouseClick(page.add_button, LEFT)
    select_person(qtbot, page, "emilienne uwase")  # accents and order do not matter
    assert page.panel.title.text() == "Émilienne Uwase"
    assert page.panel.subtitle.text().startswith("Midwife")
    assert not page.transfer_button.isEnabled()

    def post_at(facility: str) -> Callable[[PostingDialog], None]:
        def steps(dialog: PostingDialog) -> None:
            choose(qtbot, dialog.facility_field, facility)
            qtbot.keyClick(dialog.facility_field, Qt.Key.Key_Return)
        return steps

    drive(monkeypatch, PostingDialog, post_at("Health Center 1"))
    qtbot.mouseClick(page.post_button, LEFT)
    assert page.panel.current.text().startswith("Provider at Health Center 1")
    assert page.transfer_button.isEnabled()

    drive(monkeypatch, PostingDialog, post_at("Health Center 2"))
    qtbot.mouseClick(page.transfer_button, LEFT)

    history = page.panel.postings_view
    assert column_texts(history, 0) == ["Health Center 2", "Health Center 1"]
    assert column_texts(history, 5) == ["", "Transfer"]
    assert page.panel.current.text().startswith("Provider at Health Center 2")


def test_filters_narrow_the_list_in_the_database(qtbot, world, service, runner) -> None:  # type: ignore[no-untyped-def]
    page = people_page(qtbot, service, runner)
    everyone = page.model.total
    bar = page.filter_bar
    bar.role_combo.setCurrentIndex(bar.role_combo.findData("mentor"))
    qtbot.waitUntil(lambda: page.model.total == 3 and not page.model.is_loading())
    assert page.count_label.text() == "3 people"
    bar.role_combo.setCurrentIndex(0)
    choose(qtbot, bar.facility_field, "Health Center 1")
    qtbot.waitUntil(lambda: page.model.filters.facility_id == world.ids["hc1"]
                    and page.model.total == 1 and not page.model.is_loading())
    assert page.model.person(0).name == "Hpm Mentor"
    bar.facility_field.clear()
    qtbot.waitUntil(lambda: page.model.total == everyone and not page.model.is_loading())


def test_attrition_ends_the_posting_and_keeps_the_facility(qtbot, world, service, runner,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    page = people_page(qtbot, service, runner)
    select_person(qtbot, page, "hpm")

    def left(dialog: AttritionDialog) -> None:
        assert dialog.reason_combo.currentData() == "attrition"
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)

    drive(monkeypatch, AttritionDialog, left)
    qtbot.mouseClick(page.attrition_button, LEFT)
    history = page.panel.postings_view
    assert column_texts(history, 0) == ["Health Center 1"]
    assert column_texts(history, 4) == ["15 Jun 2026"]
    assert column_texts(history, 5) == ["Attrition (left the service)"]
    assert page.panel.current.text().startswith("Not posted since 15 Jun 2026")
    assert page.post_button.isEnabled() and not page.transfer_button.isEnabled()
    bar = page.filter_bar
    bar.search_edit.clear()
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("inactive"))
    qtbot.waitUntil(lambda: page.model.total == 1 and not page.model.is_loading())
    assert page.model.index(0, 2).data() == "not posted"


def test_the_list_fetches_the_next_page_when_scrolled(qtbot, world, service, runner,  # type: ignore[no-untyped-def]
                                                      session) -> None:
    for n in range(230):
        add_person(session, PersonInput(f"Person{n:03}", "Zzz", Sex.MALE, Cadre.CHW))
    session.commit()
    page = people_page(qtbot, service, runner)
    total = page.model.total
    assert total == 230 + 3 and page.model.rowCount() == PAGE_SIZE
    assert page.count_label.text() == f"{total} people"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == total)
    assert page.model.index(total - 1, 0).data() == "Person229 Zzz"


def test_people_page_filters_and_pages_in_sql(world, service, session) -> None:  # type: ignore[no-untyped-def]
    world.person("grace", "Grâce", "Ingabire", posted_at="hc1")
    world.person("odd", "Per%cent", "Under_score", posted_at="hc2")
    session.add(MenteeEnrolment(person_id=world.ids["grace"], org_unit_id=world.ids["hc1"],
                                technical_area="IMCI", enrolled_on=START))
    session.commit()

    def names(**filters: Any) -> list[str]:
        rows, total = service.people_page(PeopleFilters(**filters), 0, 50)
        assert total == len(rows)
        return [row.name for row in rows]

    assert names(text="INGABIRE grace") == ["Grâce Ingabire"]
    assert names(text="%") == ["Per%cent Under_score"]  # LIKE's wildcards are text here
    assert names(text="t_u") == []
    assert names(technical_area="IMCI") == ["Grâce Ingabire"]
    assert names(role="mentee") == ["Grâce Ingabire"]
    assert names(facility_id=world.ids["hc1"]) == ["Grâce Ingabire", "Hpm Mentor"]
    assert len(names(facility_id=world.ids["hospital"])) == 5  # the hospital and its units
    assert names(role="mentor") == ["Hpm Mentor", "Ram1 Mentor", "Ram2 Mentor"]
    first, total = service.people_page(PeopleFilters(), 0, 2)
    second, none = service.people_page(PeopleFilters(), 2, 2, count=False)
    assert total == 5 and none is None
    assert [r.name for r in first + second] == names()[:4]


def test_assign_a_mentor_and_see_the_rule_refusal(qtbot, world, service, runner,  # type: ignore[no-untyped-def]
                                                  monkeypatch) -> None:
    page = people_page(qtbot, service, runner)
    select_person(qtbot, page, "ram2")

    def second_ram_mentor(dialog: AssignmentDialog) -> None:
        assert dialog.mentor_field.text().startswith("Ram2 Mentor")
        choose(qtbot, dialog.place_field, "Byumba")
        qtbot.keyClick(dialog.place_field, Qt.Key.Key_Return)
        # refused: the message sits under the facility field, the override appears
        assert dialog.isVisible()
        message = dialog.errors.labels["place"]
        assert message.isVisible()
        assert "already has a RAM mentor (Ram1 Mentor)" in message.text()
        assert dialog.override_visible()
        assert dialog.reason_edit.hasFocus() or dialog.focusWidget() is dialog.reason_edit
        qtbot.keyClicks(dialog.reason_edit, "RAM sends two mentors while the maternity reopens")
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)

    opened = drive(monkeypatch, AssignmentDialog, second_ram_mentor)
    qtbot.mouseClick(page.assign_button, LEFT)
    assert opened[0].result() == QDialog.DialogCode.Accepted
    page.panel.tabs.setCurrentIndex(1)
    assignments = page.panel.mentor_view.assignments_view
    assert column_texts(assignments, 0) == ["Byumba District Hospital"]
    assert column_texts(assignments, 4) == ["RAM sends two mentors while the maternity reopens"]


def test_a_rule_that_cannot_be_overridden_offers_no_override(qtbot, world, service, runner,  # type: ignore[no-untyped-def]
                                                             monkeypatch) -> None:
    page = people_page(qtbot, service, runner)
    select_person(qtbot, page, "ram1")

    def same_place_again(dialog: AssignmentDialog) -> None:
        choose(qtbot, dialog.place_field, "Byumba")
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert "already assigned there" in dialog.errors.labels["start"].text()
        assert not dialog.override_visible()
        qtbot.keyClick(dialog.place_field, Qt.Key.Key_Escape)  # Esc cancels
        assert not dialog.isVisible()

    opened = drive(monkeypatch, AssignmentDialog, same_place_again)
    qtbot.mouseClick(page.assign_button, LEFT)
    assert opened[0].result() == QDialog.DialogCode.Rejected


def test_promote_a_validated_mentee_and_fill_an_open_slot(qtbot, world, service, runner,  # type: ignore[no-untyped-def]
                                                          session, monkeypatch) -> None:
    world.person("mentee", "Grâce", "Ingabire", posted_at="hospital")
    world.validate("mentee", "HBB", dt.date(2026, 3, 2), at="hospital")
    world.person("hc2_mentee", "Aline", "Uwase", posted_at="hc2")
    session.add(MenteeEnrolment(person_id=world.ids["hc2_mentee"], org_unit_id=world.ids["hc2"],
                                technical_area="NEO", enrolled_on=START))
    session.commit()
    page = people_page(qtbot, service, runner)
    select_person(qtbot, page, "ingabire")

    def assign_first_slot(dialog: AssignmentDialog) -> None:
        assert dialog.place_field.text().startswith("Health Center 2")
        assert dialog.area_combo.currentData() == "NEO"
        qtbot.keyClick(dialog.start_edit, Qt.Key.Key_Return)

    assigned = drive(monkeypatch, AssignmentDialog, assign_first_slot)

    def promote(dialog: PromoteDialog) -> None:
        assert column_texts(dialog.validated_view, 0)[0].startswith("HBB")
        assert column_texts(dialog.validated_view, 2) == ["02 Mar 2026"]
        assert dialog.kind_combo.currentData() == "district"
        assert dialog.chosen_areas() == ["NEO"]
        qtbot.keyClicks(dialog.selection_edit, "88")
        qtbot.mouseClick(dialog.promote_button, LEFT)
        assert dialog.pages.currentIndex() == 1
        qtbot.waitUntil(lambda: not dialog.slots_loading())
        slots = column_texts(dialog.slots_view, 1)
        assert slots[0] == "Health Center 2"  # the slot in the new mentor's area first
        assert set(slots) == {"Health Center 1", "Health Center 2", "Health Center 3"}
        qtbot.mouseClick(dialog.assign_button, LEFT)
        assert dialog.assigned
        qtbot.waitUntil(lambda: not dialog.slots_loading())
        assert "Health Center 2" not in [g for g, a in zip(
            column_texts(dialog.slots_view, 1), column_texts(dialog.slots_view, 2), strict=True)
            if "NEO" in a]
        qtbot.keyClick(dialog.slots_view, Qt.Key.Key_Escape)

    drive(monkeypatch, PromoteDialog, promote)
    qtbot.mouseClick(page.promote_button, LEFT)
    assert assigned[0].result() == QDialog.DialogCode.Accepted
    assert page.panel.person.mentor is not None
    page.panel.tabs.setCurrentIndex(1)
    profile = page.panel.mentor_view
    assert profile.values["kind"].text() == "District-based mentor"
    assert profile.values["selection"].text() == "88%"
    assert column_texts(profile.assignments_view, 0) == ["Health Center 2"]
    assert not page.promote_button.isEnabled() and page.assign_button.isEnabled()


# --- coverage -------------------------------------------------------------------------------

def test_find_a_gap_and_assign_a_mentor_from_it(qtbot, world, service, runner,  # type: ignore[no-untyped-def]
                                                monkeypatch) -> None:
    page = CoveragePage(service, runner, lambda: AS_OF)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading() and bool(page.gaps))
    kinds = {g.kind for g in page.gaps}
    assert {"joint_team", "health_center_area", "health_post"} <= kinds
    page.kind_combo.setFocus()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("health_post"))
    assert column_texts(page.table, 1) == ["Health Post 1", "Health Post 2"]
    assert page.count_label.text() == "2 gaps"

    def assign_hp_mentor(dialog: AssignmentDialog) -> None:
        assert dialog.place_field.text().startswith("Health Post 2")
        choose(qtbot, dialog.mentor_field, "Hpm")
        qtbot.keyClick(dialog.mentor_field, Qt.Key.Key_Return)

    opened = drive(monkeypatch, AssignmentDialog, assign_hp_mentor)
    click_row(qtbot, page.table, page.model.index(1, 1), double=True)
    assert opened[0].result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: not page.is_loading()
                    and column_texts(page.table, 1) == ["Health Post 1"])


# --- keyboard and mounting --------------------------------------------------------------------

def test_the_assignment_dialog_is_keyboard_friendly(qtbot, world, service) -> None:  # type: ignore[no-untyped-def]
    dialog = AssignmentDialog(service, AS_OF)
    qtbot.addWidget(dialog)
    dialog.show()
    buddies = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)
               if "&" in label.text()}
    assert buddies["&Mentor:"] is dialog.mentor_field
    assert buddies["&Facility or CHW group:"] is dialog.place_field
    assert all(buddy is not None for buddy in buddies.values())
    fields = [dialog.mentor_field, dialog.place_field, dialog.area_combo, dialog.start_edit,
              dialog.end_edit]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.mentor_field.setFocus()
    visited = [dialog.mentor_field]
    for _ in range(12):  # a date field takes a Tab per section (day, month, year)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        field = focused if focused in fields else focused.parentWidget()
        if field is not visited[-1]:
            visited.append(field)
        if len(visited) == len(fields):
            break
    assert visited == fields
    assert dialog.save_button.isDefault()


def test_the_pages_mount_for_the_main_window(qtbot, world, office) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    pages = cascade_pages(office, parent, lambda: AS_OF)
    assert [title for title, _ in pages] == ["Facilities", "People", "Coverage"]
    people, coverage = pages[1][1], pages[2][1]
    qtbot.waitUntil(lambda: people.model.total is not None and not coverage.is_loading())
    assert QApplication.instance() is not None


def test_a_facility_still_in_use_is_deactivated_only_when_confirmed(
        qtbot, world, service, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    page = FacilitiesPage(service, lambda: AS_OF)
    qtbot.addWidget(page)
    page.show()
    page.go_to(world.ids["hospital"])  # three health centers under it
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def answer(_parent, _title, text, *_rest):  # type: ignore[no-untyped-def]
        asked.append(text)
        return next(answers)
    monkeypatch.setattr(QMessageBox, "question", answer)

    qtbot.mouseClick(page.deactivate_button, LEFT)  # answered No: nothing changes
    assert "3 active unit(s) directly under it" in asked[0]
    assert page.deactivate_button.text() == "&Deactivate"
    assert service.facility_page(world.ids["hospital"], AS_OF).summary.active is True

    qtbot.mouseClick(page.deactivate_button, LEFT)  # answered Yes
    assert page.deactivate_button.text() == "Re&activate"
    assert len(asked) == 2
