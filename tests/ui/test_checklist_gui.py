"""The checklist screens driven as a person would: keys into the assessment entry, the tracker's
matrix, the mentee page, printing. Dialogs and file choosers are patched, never clicked."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest
from cascade_world import World, build_world
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox
from sqlalchemy import select

from mentoroffice.checklists.assessments import AssessmentInput, record_assessment
from mentoroffice.checklists.forms import default_forms_dir, load_catalog
from mentoroffice.checklists.registry import sync_forms
from mentoroffice.checklists.service import ChecklistService
from mentoroffice.core.choices import PersonChoice
from mentoroffice.core.refusals import RuleRefused
from mentoroffice.data.enums import AssessmentKind, ItemResult, MentorKind
from mentoroffice.data.models import (
    Assessment,
    CoachingPlan,
    MenteeEnrolment,
    PlannedCompetency,
    Validation,
)
from mentoroffice.ui.checklists import AssessmentEntry, ProgressTracker, checklist_pages
from mentoroffice.ui.checklists.lookup import LookupEdit

TODAY = dt.date(2026, 6, 30)
MENTEE = "Émilienne Nyirahabimana"
KEYS = {ItemResult.DONE: "1", ItemResult.NOT_DONE: "2", ItemResult.NOT_APPLICABLE: "3"}


@pytest.fixture(autouse=True)
def no_viewer(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Nothing is ever opened in a PDF viewer during tests; the calls are recorded."""
    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes never block a test: questions are answered Discard, all are recorded."""
    shown: list[str] = []

    def record(answer):  # type: ignore[no-untyped-def]
        return lambda *args, **kw: shown.append(str(args[2])) or answer

    monkeypatch.setattr(QMessageBox, "question", record(QMessageBox.StandardButton.Discard))
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, record(QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture
def world(session) -> World:  # type: ignore[no-untyped-def]
    world = build_world(session)
    world.person("mentee", "Émilienne", "Nyirahabimana", posted_at="hospital")
    world.mentor("vedaste", MentorKind.ASSOCIATION, "RPA", area="NEO")
    enrolment = MenteeEnrolment(person_id=world.ids["mentee"], org_unit_id=world.ids["hospital"],
                                technical_area="NEO", enrolled_on=dt.date(2026, 1, 5))
    enrolment.competencies = [PlannedCompetency(form_code="HBB")]
    session.add(enrolment)
    session.commit()
    return world


def mount(qtbot, office, catalog=None):  # type: ignore[no-untyped-def]
    """The pages as the main window gets them, each shown in its own window."""
    holder = SimpleNamespace(session_factory=office.session_factory,
                             catalog=catalog or office.catalog)
    pages = [page for _name, page in checklist_pages(holder, None, today=lambda: TODAY,
                                                      open_files=False)]
    entry = next(page for page in pages if isinstance(page, AssessmentEntry))
    tracker = next(page for page in pages if isinstance(page, ProgressTracker))
    for widget in (entry, tracker):
        qtbot.addWidget(widget)
    qtbot.waitSignal(tracker.loaded, timeout=5000).wait()
    entry.resize(1200, 800)
    with qtbot.waitActive(entry):
        entry.show()
        entry.activateWindow()
    return entry, tracker


def choose_with_keys(qtbot, lookup, typed: str) -> None:  # type: ignore[no-untyped-def]
    lookup.setFocus()
    qtbot.keyClicks(lookup, typed)
    qtbot.waitUntil(lookup.popup_visible)
    qtbot.keyClick(lookup.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(lookup.popup(), Qt.Key.Key_Return)
    assert lookup.choice is not None
    assert lookup.window().isActiveWindow()


def hbb_header_by_keys(qtbot, entry: AssessmentEntry) -> None:  # type: ignore[no-untyped-def]
    entry.form_combo.setFocus()
    qtbot.keyClicks(entry.form_combo, "HBB")
    assert entry.form is not None and entry.form.code == "HBB"
    choose_with_keys(qtbot, entry.mentee_edit, "emilienne nyira")  # accents not needed
    entry.kind_combo.setFocus()
    qtbot.keyClick(entry.kind_combo, Qt.Key.Key_End)
    assert entry.current_kind() is AssessmentKind.POST_MENTORSHIP
    choose_with_keys(qtbot, entry.assessor_edit, "vedas")


def plan_answers(entry: AssessmentEntry) -> list[ItemResult]:
    """Everything done but one non-critical step not done and one N/A: 20 / 21 = 95.2%."""
    items = entry.form.items
    answers = [ItemResult.DONE] * len(items)
    non_critical = [n for n, item in enumerate(items) if not item.critical]
    answers[non_critical[0]] = ItemResult.NOT_DONE
    answers[non_critical[-1]] = ItemResult.NOT_APPLICABLE
    return answers


def current_code(entry: AssessmentEntry) -> str:
    return entry.model.item_at(entry.table.current_item_row()).code


# --------------------------------------------------------------------------- entry


def test_a_whole_post_mentorship_assessment_by_keyboard_validates_the_mentee(
        qtbot, office, world: World) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the entry and tracker, and a mentee with HBB in her plan, not validated
    entry, tracker = mount(qtbot, office)
    assert "✓" not in tracker.cell_text(world.ids["mentee"], "HBB")
    hbb_header_by_keys(qtbot, entry)
    assert entry.facility_edit.text() == "Byumba District Hospital"  # from her posting
    # WHEN every step is scored with the keys, the score label follows each key
    entry.table.setFocus()
    answers = plan_answers(entry)
    done = applicable = 0
    for number, result in enumerate(answers, start=1):
        qtbot.keyClick(entry.table, KEYS[result])
        done += result is ItemResult.DONE
        applicable += result is not ItemResult.NOT_APPLICABLE
        assert entry.score_label.text().startswith(f"Score {done} / {applicable} = ")
        assert len(entry.model.results) == number
    assert entry.score_label.text() == "Score 20 / 21 = 95.2% · critical steps: all done"
    assert entry.outcome_label.text() == "✓ Validates"
    # arrows skip section rows; Tab reaches the note; Enter comes back to the steps
    entry.table.go_to_row(entry.model.row_of("2.1"))
    qtbot.keyClick(entry.table, Qt.Key.Key_Up)
    assert current_code(entry) == "1.6"
    qtbot.keyClick(entry.table, Qt.Key.Key_Down)
    assert current_code(entry) == "2.1"
    qtbot.keyClick(entry.table, Qt.Key.Key_Tab)
    assert entry.focusWidget() is entry.note_edit and entry.note_label.text() == "&Note on 2.1:"
    qtbot.keyClicks(entry.note_edit, "Dried well, wet cloth left under the baby")
    qtbot.keyClick(entry.note_edit, Qt.Key.Key_Return)
    assert entry.focusWidget() is entry.table and "wet cloth" in entry.model.notes["2.1"]
    entry.strengths_edit.setFocus()
    qtbot.keyClicks(entry.strengths_edit, "Calm, ventilation started in time")
    # AND saved with Ctrl+S
    qtbot.keyClick(entry.strengths_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # THEN the outcome is said, the entry is ready for the next one, the tracker shows ✓
    assert entry.message_label.text() == f"✓ {MENTEE} is now validated on HBB."
    assert not entry.model.results and entry.mentee_edit.text() == ""
    assert entry.form.code == "HBB" and entry.current_kind() is AssessmentKind.POST_MENTORSHIP
    with qtbot.waitSignal(tracker.loaded, timeout=5000):
        tracker.show()  # a page not shown reads the saved assessment when it is shown
    assert tracker.cell_text(world.ids["mentee"], "HBB") == "95.2 → 95.2% (1)\n✓ 30 Jun 2026"
    with office.session_factory() as session:
        validation = session.scalars(select(Validation)).one()
    assert (validation.mentee_id, validation.form_code, validation.assessor_id) == (
        world.ids["mentee"], "HBB", world.ids["vedaste_person"])


def test_a_critical_step_not_done_is_named_before_saving(
        qtbot, office, world: World) -> None:  # type: ignore[no-untyped-def]
    entry, _tracker = mount(qtbot, office)
    hbb_header_by_keys(qtbot, entry)
    entry.table.setFocus()
    critical = next(item for item in entry.form.items if item.critical)
    for item in entry.form.items:
        qtbot.keyClick(entry.table, "n" if item is critical else "d")
    assert entry.outcome_label.text() == (
        f"✗ Does not validate: critical step {critical.code} not done")


def test_a_future_date_is_refused_next_to_the_date_field(
        qtbot, office, world: World) -> None:  # type: ignore[no-untyped-def]
    entry, _tracker = mount(qtbot, office)
    hbb_header_by_keys(qtbot, entry)
    entry.date_edit.setDate(TODAY + dt.timedelta(days=1))
    entry.table.setFocus()
    for _item in entry.form.items:
        qtbot.keyClick(entry.table, "1")
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    error = entry.errors["date"]
    assert error.isVisible() and "is in the future" in error.text()
    date_box = entry.date_edit.geometry()
    assert error.geometry().left() >= date_box.right()  # beside it, on its row
    assert error.geometry().top() < date_box.bottom() and error.geometry().bottom() > date_box.top()
    assert len(entry.model.results) == len(entry.form.items)  # nothing lost
    with office.session_factory() as session:
        assert session.scalars(select(Validation)).first() is None


def test_missing_answers_are_refused_and_the_first_one_is_shown(
        qtbot, office, world: World) -> None:  # type: ignore[no-untyped-def]
    entry, _tracker = mount(qtbot, office)
    hbb_header_by_keys(qtbot, entry)
    entry.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(entry.table, "1")
    assert not entry.save()
    assert "have no answer yet" in entry.errors["results"].text()
    assert current_code(entry) == entry.form.items[3].code


def test_switching_form_with_unsaved_answers_asks_first(
        qtbot, office, world: World,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    entry, _tracker = mount(qtbot, office)
    hbb_header_by_keys(qtbot, entry)
    entry.table.setFocus()
    qtbot.keyClick(entry.table, "1")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kw: asked.append(args[2]) or next(answers))
    assert not entry.select_form("PPH")
    assert entry.form.code == "HBB" and entry.model.results
    assert entry.select_form("PPH")
    assert entry.form.code == "PPH" and not entry.model.results and len(asked) == 2
    assert entry.close()  # nothing unsaved any more: closes without asking
    assert len(asked) == 2


def test_a_facility_tool_asks_for_a_facility_and_its_own_kinds(
        qtbot, office, world: World) -> None:  # type: ignore[no-untyped-def]
    entry, _tracker = mount(qtbot, office)
    assert entry.select_form("FAC-BASE")
    assert not entry.mentee_edit.isVisible()
    kinds = [entry.kind_combo.itemText(n) for n in range(entry.kind_combo.count())]
    assert kinds == ["Facility baseline", "Supervision"]
    choose_with_keys(qtbot, entry.facility_edit, "byumba")
    entry.table.setFocus()
    for _item in entry.form.items:
        qtbot.keyClick(entry.table, "1")
    assert entry.save()
    assert entry.message_label.text().startswith("Saved: FAC-BASE facility baseline for Byumba")


def test_a_cleared_lookup_does_not_take_back_the_match_of_its_old_text(
        qtbot) -> None:  # type: ignore[no-untyped-def]
    # GIVEN a look-up whose one match was chosen (as after an entry is saved)
    grace = PersonChoice(1, "Grace Uwimana", "nurse")
    lookup = LookupEdit(lambda _text: [grace])
    qtbot.addWidget(lookup)
    lookup.show()
    lookup.activateWindow()
    qtbot.waitUntil(lookup.isActiveWindow)
    choose_with_keys(qtbot, lookup, "grace")
    # WHEN it is cleared for the next form and the person leaves the empty field
    lookup.set_choice(None)
    lookup.editingFinished.emit()
    # THEN it stays empty
    assert lookup.choice is None and lookup.text() == "" and lookup.results() == []


# --------------------------------------------------------------------------- forms


def broken_forms_dir(tmp_path: Path) -> Path:
    for name in ("hbb.toml", "pph.toml"):
        (tmp_path / name).write_text((default_forms_dir() / name).read_text("utf-8"), "utf-8")
    pph = (tmp_path / "pph.toml").read_text("utf-8")
    (tmp_path / "pph.toml").write_text(pph.replace('text = "', 'text = "Reworded: ', 1), "utf-8")
    (tmp_path / "zz-broken.toml").write_text(textwrap.dedent('''\
        code = "ZZ"
        title = "A form someone was editing"
        version = 1
        technical_area = "NEO"
        kind = "mentee"
        levels = ["hospital"]
        cadres = ["nurse"]

        [[sections]]
        title = "Only section"

        [[sections.items]]
        code = "1.1"
        txt = "Misspelt key"
        '''), "utf-8")
    return tmp_path


def test_a_broken_form_file_is_listed_unavailable_with_its_error(
        qtbot, office, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    catalog = load_catalog(broken_forms_dir(tmp_path))
    assert [error.file_name for error in catalog.errors] == ["zz-broken.toml"]
    entry, _tracker = mount(qtbot, office, catalog)
    choices = {choice.label: choice for choice in entry.form_choices()}
    broken = choices["zz-broken.toml"]
    assert not broken.available and "sections[0].items[0].txt" in broken.problem
    row = entry.form_choices().index(broken)
    item = entry.form_combo.model().item(row)
    assert not item.isEnabled() and item.text() == "zz-broken.toml (unavailable)"
    assert "unknown key 'txt'" in item.toolTip()
    assert entry.forms_notice.isVisible() and "zz-broken.toml" in entry.forms_notice.text()
    # the reworded PPH file kept its version: it no longer matches what was scored before
    pph = next(c for c in entry.form_choices() if c.code == "PPH")
    assert not pph.available and "raise the version" in pph.problem
    assert not entry.select_form("PPH")
    assert entry.form.code == "HBB"  # the one usable form, chosen and working
    entry.table.setFocus()
    qtbot.keyClick(entry.table, "1")
    assert entry.score_label.text().startswith("Score 1 / 1 = 100.0%")


# --------------------------------------------------------------------------- tracker, page


def record(world: World, office, kind: AssessmentKind, on: dt.date,  # type: ignore[no-untyped-def]
           missed: tuple[str, ...] = ()) -> int:
    form = office.catalog.get("HBB")
    results = {i.code: ItemResult.NOT_DONE if i.code in missed else ItemResult.DONE
               for i in form.items}
    outcome = record_assessment(world.session, AssessmentInput(
        form_code="HBB", kind=kind, assessed_on=on, org_unit_id=world.ids["hospital"],
        results=results, mentee_id=world.ids["mentee"], assessor_id=world.ids["vedaste_person"]),
        office.catalog, TODAY)
    world.session.commit()
    return outcome.assessment_id


@pytest.fixture
def coached(world: World, office) -> World:  # type: ignore[no-untyped-def]
    """Three coaching assessments, steps 1.1 and 1.2 missed twice or more."""
    record(world, office, AssessmentKind.PRE_TEST, dt.date(2026, 2, 3), ("1.1", "1.2", "1.4"))
    record(world, office, AssessmentKind.COACHING, dt.date(2026, 3, 3), ("1.1", "1.2"))
    record(world, office, AssessmentKind.COACHING, dt.date(2026, 4, 7), ("1.1",))
    record(world, office, AssessmentKind.COACHING, dt.date(2026, 5, 5), ("1.2",))
    return world


def open_page_by_double_click(qtbot, tracker: ProgressTracker,  # type: ignore[no-untyped-def]
                              mentee_id: int):
    with qtbot.waitExposed(tracker):
        tracker.show()
    index = tracker.index_of(mentee_id, "HBB")
    rect = tracker.table.visualRect(index)
    with qtbot.waitSignal(tracker.mentee_page_opened) as opened:
        qtbot.mouseClick(tracker.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())  # a double-click starts with a press
        qtbot.mouseDClick(tracker.table.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    page = opened.args[0]
    qtbot.addWidget(page)
    return page


def test_the_tracker_cell_and_the_mentee_page_with_its_coaching_plan(
        qtbot, office, coached: World) -> None:  # type: ignore[no-untyped-def]
    _entry, tracker = mount(qtbot, office)
    mentee_id = coached.ids["mentee"]
    assert tracker.cell_text(mentee_id, "HBB") == "86.4 → 95.5% (4)"  # 19/22 then 21/22
    with qtbot.waitSignal(tracker.loaded):
        tracker.set_filters(coached.ids["hospital"], "MNH")
    assert tracker.row_of(mentee_id) == -1  # she is enrolled in neonatal health
    with qtbot.waitSignal(tracker.loaded):
        tracker.set_filters(coached.ids["hospital"], "NEO")
    page = open_page_by_double_click(qtbot, tracker, mentee_id)
    assert "matplotlib" in sys.modules and page.canvas.figure.axes
    assert page.status_label.text() == "Not fully validated: 0 of 1 competencies"
    assert page.competency_table.item(0, 0).text() == "HBB"
    assert "1.1" in page.gaps_edit.toPlainText() and "1.2" in page.gaps_edit.toPlainText()
    page.actions_edit.setFocus()
    qtbot.keyClick(page.actions_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.actions_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.actions_edit, "LDHF drill with the simulator each week")
    with qtbot.waitSignal(page.plan_saved):
        qtbot.mouseClick(page.save_plan_button, Qt.MouseButton.LeftButton)
    with office.session_factory() as session:
        plan = session.scalars(select(CoachingPlan)).one()
    assert "simulator" in plan.planned_actions and plan.target_date == dt.date(2026, 7, 30)
    assert page.plan.plan_id == plan.id
    # a second save updates the same plan
    qtbot.keyClick(page.gaps_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.gaps_edit, " (seen again)")
    assert page.save_plan()
    with office.session_factory() as session:
        assert [p.gaps.endswith("(seen again)") for p in session.scalars(select(CoachingPlan))
                ] == [True]


# --------------------------------------------------------------------------- printing


def patch_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kw: (str(path), "PDF files (*.pdf)"))


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_print_blank_checklist_after_choosing_the_form(
        qtbot, office, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        no_viewer: list[object]) -> None:  # type: ignore[no-untyped-def]
    entry, _tracker = mount(qtbot, office)
    offered: list[list[str]] = []

    def choose(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        offered.append(items)
        return next(i for i in items if i.startswith("ECEB")), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    patch_save_dialog(monkeypatch, tmp_path / "eceb")
    entry.printer.open_files = True
    with qtbot.waitSignal(entry.printer.finished, timeout=20000) as done:
        qtbot.mouseClick(entry.print_blank_button, Qt.MouseButton.LeftButton)
    assert done.args == [str(tmp_path / "eceb.pdf")]
    assert len(offered[0]) == len(office.catalog.forms)
    assert "Essential Care for Every Baby" in pdf_text(tmp_path / "eceb.pdf")
    assert [url.toLocalFile() for url in no_viewer] == [str(tmp_path / "eceb.pdf")]


def test_print_the_assessment_just_saved_and_the_progress_sheet(
        qtbot, office, coached: World, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    entry, tracker = mount(qtbot, office)
    hbb_header_by_keys(qtbot, entry)
    entry.table.setFocus()
    for result in plan_answers(entry):
        qtbot.keyClick(entry.table, KEYS[result])
    assert entry.save() and entry.print_assessment_button.isEnabled()
    patch_save_dialog(monkeypatch, tmp_path / "assessment.pdf")
    with qtbot.waitSignal(entry.printer.finished, timeout=20000):
        qtbot.mouseClick(entry.print_assessment_button, Qt.MouseButton.LeftButton)
    text = pdf_text(tmp_path / "assessment.pdf")
    assert MENTEE in text and "Post-mentorship assessment" in text and "95.2%" in text
    page = open_page_by_double_click(qtbot, tracker, coached.ids["mentee"])
    assert page.status_label.text() == "✓ Fully validated"
    patch_save_dialog(monkeypatch, tmp_path / "sheet.pdf")
    with qtbot.waitSignal(page.printer.finished, timeout=20000):
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    sheet = pdf_text(tmp_path / "sheet.pdf")
    assert f"Progress and coaching plan: {MENTEE}" in sheet and "30 Jun 2026" in sheet
    assert PdfReader(tmp_path / "sheet.pdf").pages[0].images  # the trend chart


# --------------------------------------------------------------------------- start-up cost


# --------------------------------------------------------------------------- the service alone


def test_the_service_finds_people_without_accents_and_treats_wildcards_as_text(
        office, world: World) -> None:  # type: ignore[no-untyped-def]
    service = ChecklistService(office.session_factory, office.catalog)
    [found] = service.search_mentees("EMILIENNE")
    assert found.place is not None
    assert (found.name, found.place.name) == (MENTEE, "Byumba District Hospital")
    assert found.label == f"{MENTEE} (nurse, Byumba District Hospital)"
    assert service.search_mentees("%") == [] and service.search_mentees("_") == []
    assert [p.name for p in service.search_assessors("mentor")] == ["Vedaste Mentor"]
    assert [f.name for f in service.search_facilities("health center 2")] == ["Health Center 2"]


def test_a_coaching_plan_changed_elsewhere_is_not_overwritten(
        office, coached: World) -> None:  # type: ignore[no-untyped-def]
    service = ChecklistService(office.session_factory, office.catalog)
    mentee_id = coached.ids["mentee"]
    proposal = service.coaching_plan(mentee_id, "HBB", TODAY)
    assert proposal.plan_id is None and "1.1" in proposal.gaps
    saved = service.save_coaching_plan(proposal)
    assert service.coaching_plan(mentee_id, "HBB", TODAY) == saved
    service.save_coaching_plan(dataclasses.replace(saved, planned_actions="Other PC"))
    with pytest.raises(RuleRefused, match="This coaching plan was changed on another PC"):
        service.save_coaching_plan(dataclasses.replace(saved, planned_actions="This PC"))


def test_an_assessment_prints_with_the_version_it_was_scored_on(
        office, coached: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # GIVEN HBB v2 with a reworded step, and an assessment scored on v1
    text = (default_forms_dir() / "hbb.toml").read_text("utf-8").replace(
        "version = 1", "version = 2", 1).replace('text = "', 'text = "Reworded: ', 1)
    (tmp_path / "hbb.toml").write_text(text, "utf-8")
    catalog = load_catalog(tmp_path)
    with office.session_factory.begin() as session:
        sync_forms(session, catalog)
    service = ChecklistService(office.session_factory, catalog)
    with office.session_factory() as session:
        first = session.scalars(select(Assessment).order_by(Assessment.id)).first()
    # WHEN it is prepared for printing THEN it keeps v1's steps and its results
    filled = service.filled_assessment_data(first.id)
    assert filled.form.version == 1 and not filled.form.items[0].text.startswith("Reworded")
    assert filled.kind_label == "Pre-test (baseline)" and not filled.validated
    assert sum(r == "not_done" for r in filled.results.values()) == 3
    assert [c.code for c in service.forms() if c.available] == ["HBB"]


def test_the_idle_lock_keeps_a_half_entered_checklist(qtbot, office, world: World,  # type: ignore[no-untyped-def]
                                                      monkeypatch) -> None:
    from mentoroffice.ui.sign_in import IdleLock, SignInDialog
    from mentoroffice.users.service import UserService

    entry, _tracker = mount(qtbot, office)
    hbb_header_by_keys(qtbot, entry)
    rows = entry.model.item_rows()[:5]
    for row in rows:
        entry.model.set_result(row, ItemResult.DONE)
    typed = dict(entry.model.results)
    users = UserService(office.session_factory)
    actor = users.create_first_administrator("aline", "Aline", "aline-password")

    def unlock(dialog: SignInDialog) -> int:
        assert not entry.isVisible()  # hidden while locked
        dialog.password_edit.setText("aline-password")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", unlock)
    lock = IdleLock(entry, users, actor, minutes=15)
    lock.timer.timeout.emit()
    assert entry.isVisible() and entry.has_unsaved_changes()
    assert entry.form is not None and entry.form.code == "HBB"
    assert entry.mentee_edit.choice is not None and dict(entry.model.results) == typed
    assert len(typed) == 5


def score_all_done_by_keys(qtbot, entry: AssessmentEntry) -> None:  # type: ignore[no-untyped-def]
    entry.table.setFocus()
    for _item in entry.form.items:
        qtbot.keyClick(entry.table, KEYS[ItemResult.DONE])


def hbb_assessed_by_a_non_mentor(qtbot, office, world: World):  # type: ignore[no-untyped-def]
    world.mentor("clotilde", MentorKind.ASSOCIATION, "RSOG", area="MNH")
    world.session.commit()
    entry, _tracker = mount(qtbot, office)
    hbb_header_by_keys(qtbot, entry)
    entry.assessor_edit.clear()
    choose_with_keys(qtbot, entry.assessor_edit, "clotil")
    score_all_done_by_keys(qtbot, entry)
    return entry


@pytest.mark.parametrize("answer", [("Visiting NEO specialist from Kigali", True), ("", False)])
def test_a_mentor_of_another_area_assesses_only_with_a_reason(
        qtbot, office, world: World, monkeypatch, answer) -> None:  # type: ignore[no-untyped-def]
    entry = hbb_assessed_by_a_non_mentor(qtbot, office, world)
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda parent, title, label, *a: asked.append(label) or answer)
    saved = entry.save()
    assert len(asked) == 1 and "Clotilde" in asked[0]
    with office.session_factory() as session:
        reasons = session.scalars(select(Assessment.override_reason)).all()
    if answer[1]:
        assert saved and reasons == ["Visiting NEO specialist from Kigali"]
    else:  # cancelled: nothing saved, the answers kept, the reason shown beside the assessor
        assert not saved and reasons == [] and len(entry.model.results) == len(entry.form.items)
        assert "Clotilde" in entry.errors["assessor"].text()


# --------------------------------------------------------------------------- in French


@pytest.fixture
def in_language(qapp):  # type: ignore[no-untyped-def]
    """Install the window's language as the app does; put English back afterwards."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from mentoroffice.ui.translation import install_translators

    installed, locale = [], QLocale()
    yield lambda language: installed.extend(install_translators(qapp, language))
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def words(text: str) -> str:
    """Text with its line breaks and no-break spaces read as single spaces."""
    return " ".join(text.split())


def step_texts(entry: AssessmentEntry) -> list[str]:
    model = entry.model
    return [model.index(row, 1).data().removeprefix("★ ") for row in model.item_rows()]


def test_entry_in_french_shows_french_steps_and_scores_as_in_english(
        qtbot, office, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        in_language) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the window in French
    in_language("fr")
    french = office.catalog.get("HBB").in_language("fr")
    entry, _tracker = mount(qtbot, office)
    hbb_header_by_keys(qtbot, entry)
    # THEN the chooser and the steps are French, and no step is left in English
    assert entry.form_combo.currentText() == f"HBB · {french.title} (v1)"
    assert step_texts(entry) == [item.text for item in french.items]
    assert step_texts(entry)[0] != office.catalog.get("HBB").items[0].text
    assert not entry.language_note.isVisible()
    # WHEN scored as the English test does and saved THEN the score is the same: 20 / 21
    entry.table.setFocus()
    for result in plan_answers(entry):
        qtbot.keyClick(entry.table, KEYS[result])
    assert entry.save()
    with office.session_factory() as session:
        saved = session.scalars(select(Assessment)).one()
    assert (saved.done_count, saved.applicable_count, saved.score_pct) == (20, 21, 95.2)
    # AND the assessment prints in French
    patch_save_dialog(monkeypatch, tmp_path / "evaluation.pdf")
    with qtbot.waitSignal(entry.printer.finished, timeout=20000):
        qtbot.mouseClick(entry.print_assessment_button, Qt.MouseButton.LeftButton)
    text = words(pdf_text(tmp_path / "evaluation.pdf"))
    assert words(french.title) in text and "Français · version 1" in text
    assert words(french.items[1].text)[:40] in text and MENTEE in text


def test_blank_checklist_prints_in_the_window_language_with_its_version(
        qtbot, office, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        in_language) -> None:  # type: ignore[no-untyped-def]
    in_language("fr")
    french = office.catalog.get("HBB").in_language("fr")
    entry, _tracker = mount(qtbot, office)
    offered: list[list[str]] = []

    def choose(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        offered.append(items)
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    assert entry.select_form("HBB")
    patch_save_dialog(monkeypatch, tmp_path / "hbb.pdf")
    with qtbot.waitSignal(entry.printer.finished, timeout=20000):
        qtbot.mouseClick(entry.print_blank_button, Qt.MouseButton.LeftButton)
    assert f"HBB · {french.title} (v1)" in offered[0]
    text = words(pdf_text(tmp_path / "hbb.pdf"))
    assert "Français · version 1" in text
    assert words(french.sections[0].title) in text and words(french.items[0].text)[:40] in text


def test_kinyarwanda_entry_says_how_many_steps_are_still_english(
        qtbot, office, world: World, in_language) -> None:  # type: ignore[no-untyped-def]
    in_language("rw")
    entry, _tracker = mount(qtbot, office)
    for choice in entry.form_choices():
        assert entry.select_form(choice.code)
        fallback = office.catalog.get(choice.code).in_language("rw").fallback_steps
        assert entry.language_note.isVisible() == (fallback > 0)
        if fallback:
            assert str(fallback) in entry.language_note.text()
            return
    pytest.skip("every shipped Kinyarwanda form is complete")


def test_an_older_version_prints_in_english_whatever_the_language(
        office, coached: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (default_forms_dir() / "hbb.toml").read_text("utf-8").replace(
        "version = 1", "version = 2", 1)
    (tmp_path / "hbb.toml").write_text(text, "utf-8")
    catalog = load_catalog(tmp_path)
    with office.session_factory.begin() as session:
        sync_forms(session, catalog)
    service = ChecklistService(office.session_factory, catalog)
    with office.session_factory() as session:
        first = session.scalars(select(Assessment).order_by(Assessment.id)).first()
    filled = service.filled_assessment_data(first.id, "fr")
    assert filled.form.version == 1 and filled.form.language == "en"
    assert filled.form.items[0].text == office.catalog.get("HBB").items[0].text


def test_the_progress_sheet_names_competencies_in_the_language_asked(
        office, coached: World) -> None:  # type: ignore[no-untyped-def]
    service = ChecklistService(office.session_factory, office.catalog)
    french = office.catalog.get("HBB").in_language("fr")
    [row] = service.progress_sheet_data(coached.ids["mentee"], "fr").rows
    assert (row.form_code, row.title) == ("HBB", french.title)
    [row] = service.progress_sheet_data(coached.ids["mentee"]).rows
    assert row.title == office.catalog.get("HBB").title


def test_in_french_f_for_fait_scores_a_step_done_and_d_still_does(
        qtbot, office, world: World, in_language) -> None:  # type: ignore[no-untyped-def]
    in_language("fr")
    entry, _tracker = mount(qtbot, office)
    hbb_header_by_keys(qtbot, entry)
    assert "F ou D fait" in " ".join(label.text() for label in entry.findChildren(QLabel))
    entry.table.setFocus()
    for key in ("f", "D", "n"):
        qtbot.keyClick(entry.table, key)
    first, second, third = (item.code for item in entry.form.items[:3])
    assert [entry.model.results[c] for c in (first, second, third)] == [
        ItemResult.DONE, ItemResult.DONE, ItemResult.NOT_DONE]
