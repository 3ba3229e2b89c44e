"""One change signal: what a use case saved reaches every page showing such records, through
the window's broadcaster, and no other page; a refused use case tells nobody."""

from __future__ import annotations

import datetime as dt

import pytest
from cascade_world import World, build_world
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget

from mentoroffice.core.changes import Changes, Kind
from mentoroffice.data.enums import AssessmentKind, ItemResult, MentorKind
from mentoroffice.data.models import MenteeEnrolment, PlannedCompetency
from mentoroffice.exchange.service import ExchangeService
from mentoroffice.ui.changes import is_stale
from mentoroffice.ui.checklists import AssessmentEntry, MenteePage, ProgressTracker
from mentoroffice.ui.main_window import MainWindow
from mentoroffice.ui.workspaces import build_workspaces

ENTRY, TRACKER, ALL_RECORDS = 0, 1, 2  # the Assessments section's tabs


@pytest.fixture(autouse=True)
def no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kw: QMessageBox.StandardButton.Discard)


@pytest.fixture
def world(session) -> World:  # type: ignore[no-untyped-def]
    world = build_world(session)
    world.person("mentee", "Émilienne", "Nyirahabimana", posted_at="hospital")
    world.mentor("vedaste", MentorKind.ASSOCIATION, "RPA", area="NEO")
    enrolment = MenteeEnrolment(person_id=world.ids["mentee"], org_unit_id=world.ids["hospital"],
                                technical_area="NEO",
                                enrolled_on=dt.date.today() - dt.timedelta(days=90))
    enrolment.competencies = [PlannedCompetency(form_code="HBB")]
    session.add(enrolment)
    session.commit()
    return world


def tab(window: MainWindow, index: int):  # type: ignore[no-untyped-def]
    window.show_tab("assessments", index)
    tabs = window.containers["assessments"]
    assert isinstance(tabs, QTabWidget)
    widget = tabs.widget(index)
    return getattr(widget, "page", widget)  # a working page's stand-in holds it once built


@pytest.fixture
def window(qtbot, office, world: World) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(office, workspaces=build_workspaces)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def fill_a_passing_hbb(entry: AssessmentEntry, world: World) -> None:
    assert entry.select_form("HBB")
    [mentee] = entry.service.search_mentees("Emilienne")
    entry.mentee_edit.set_choice(mentee)
    [assessor] = entry.service.search_assessors("Vedaste")
    entry.assessor_edit.set_choice(assessor)
    entry.kind_combo.setCurrentIndex(entry.kind_combo.findData(AssessmentKind.POST_MENTORSHIP))
    entry.table.setFocus()
    entry.table.go_to_first()
    for _item in entry.form.items:  # type: ignore[union-attr]
        entry.table.answer(ItemResult.DONE)


def settle() -> None:
    """Let what was queued run: the broadcaster emits on the next turn of the event loop."""
    for _ in range(3):
        QApplication.processEvents()


def test_a_saved_assessment_reaches_the_tracker_the_mentee_page_and_all_records(
        qtbot, window: MainWindow, world: World) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the tracker, a mentee page and the All-records list, each read once, then hidden
    tracker = tab(window, TRACKER)
    assert isinstance(tracker, ProgressTracker)
    qtbot.waitUntil(lambda: tracker.cell_text(world.ids["mentee"], "HBB") is not None,
                    timeout=10_000)
    assert "✓" not in tracker.cell_text(world.ids["mentee"], "HBB")
    mentee_page = tracker.open_mentee(world.ids["mentee"])
    assert isinstance(mentee_page, MenteePage)
    qtbot.addWidget(mentee_page)
    assert mentee_page.status_label.text() == "Not fully validated: 0 of 1 competencies"
    mentee_page.hide()
    records = tab(window, ALL_RECORDS)
    assert records is window.pages["assessments"]
    qtbot.waitUntil(lambda: records.model.total == 0, timeout=10_000)
    # WHEN a passing post-mentorship HBB is saved in the entry
    entry = tab(window, ENTRY)
    assert isinstance(entry, AssessmentEntry)
    fill_a_passing_hbb(entry, world)
    with qtbot.waitSignal(window.changes.changed, timeout=10_000) as told:
        assert entry.save(), entry.message_label.text()
    # THEN the window said what changed, and each page showing assessments is stale
    changes = told.args[0]
    assert Kind.ASSESSMENT in changes.kinds
    assert changes.ids("assessment") == {entry.last_saved.assessment_id}  # type: ignore[union-attr]
    assert is_stale(tracker) and is_stale(mentee_page) and is_stale(records)
    assert not is_stale(window.pages["visits"])  # not a list of assessments
    # AND each shows the new record once shown again
    with qtbot.waitSignal(tracker.loaded, timeout=10_000):
        tab(window, TRACKER)
    assert "✓" in tracker.cell_text(world.ids["mentee"], "HBB")
    mentee_page.show()
    qtbot.waitUntil(lambda: mentee_page.status_label.text().endswith("Fully validated"),
                    timeout=10_000)
    assert mentee_page.competency_table.item(0, 5).text().startswith("✓")
    tab(window, ALL_RECORDS)
    qtbot.waitUntil(lambda: records.model.total == 1, timeout=10_000)
    assert not any(is_stale(page) for page in (tracker, mentee_page, records))


def test_a_change_of_another_kind_reloads_no_page(qtbot, window: MainWindow, office,
                                                  world: World) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the tracker shown and loaded
    tracker = tab(window, TRACKER)
    qtbot.waitUntil(lambda: tracker.cell_text(world.ids["mentee"], "HBB") is not None,
                    timeout=10_000)
    settle()
    # WHEN a DHIS2 mapping (an office setting, shown by no page) is saved
    loads: list[object] = []
    tracker.loaded.connect(lambda: loads.append(True))
    with qtbot.waitSignal(window.changes.changed, timeout=10_000) as told:
        ExchangeService(office.session_factory).save_dhis2_mapping("visits_done", "DeVisits001")
    # THEN the window says so, and neither the tracker nor any list reads again
    assert told.args[0].kinds == {Kind.OFFICE}
    settle()
    assert loads == [] and not is_stale(tracker)
    assert not any(is_stale(page) for page in window.pages.values())
    # while a change the tracker shows reloads it at once, being visible
    with qtbot.waitSignal(tracker.loaded, timeout=10_000):
        window.changes.changed.emit(Changes.of([("validation", 1)]))


def test_a_refused_save_tells_no_page(qtbot, window: MainWindow, world: World) -> None:  # type: ignore[no-untyped-def]
    # GIVEN a whole assessment dated tomorrow, which the domain refuses in its transaction
    entry = tab(window, ENTRY)
    fill_a_passing_hbb(entry, world)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    entry.date_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    told: list[Changes] = []
    window.changes.changed.connect(told.append)
    # WHEN it is saved THEN it is refused, and no page is told anything
    assert not entry.save()
    assert entry.errors["date"].isVisible()
    settle()
    assert told == []
    assert not is_stale(window.pages["assessments"])
