"""The visit and QI pages driven as a person would, on the district demo office.

The demo is made as of 31 March 2026: it holds visits up to April, so "next month" seen from
20 April (May) is empty and is proposed here. "Today" is a clock the test moves forward.
Modal dialogs are patched: each patched `exec` fills the real dialog, clicks its real buttons,
and returns what the dialog decided.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QTableView, QWidget

from mentoroffice.data.enums import (
    ActionStatus,
    AttendeeRole,
    CauseCategory,
    EscalationLevel,
    QIStatus,
)
from mentoroffice.data.models import Visit, VisitMentor
from mentoroffice.demo import generate_demo
from mentoroffice.ui.visits import ActionsPage, PlanningPage, QIPage, make_context, visit_pages
from mentoroffice.ui.visits.common import RowsModel
from mentoroffice.ui.visits.debriefing import DebriefingDialog
from mentoroffice.ui.visits.plan_dialogs import MoveVisitDialog, ProposalDialog
from mentoroffice.ui.visits.project_cycles import PdsaDialog
from mentoroffice.ui.visits.qi_dialogs import (
    ActionDialog,
    ActionStatusDialog,
    EscalationDialog,
    EscalationStatusDialog,
    StartProjectDialog,
)
from mentoroffice.ui.visits.record import VisitRecordDialog
from mentoroffice.visits.debriefings import DebriefingInput, FindingInput
from mentoroffice.visits.service import VisitService

AS_OF = dt.date(2026, 3, 31)
TODAY = dt.date(2026, 4, 20)
LEFT = Qt.MouseButton.LeftButton


class Clock:
    """The pages' "today", moved forward by the test."""

    def __init__(self, today: dt.date) -> None:
        self.today = today

    def __call__(self) -> dt.date:
        return self.today


@pytest.fixture
def demo(office):  # type: ignore[no-untyped-def]
    generate_demo(office.session_factory, "district", 1, as_of=AS_OF)
    return office


@pytest.fixture
def clock() -> Clock:
    return Clock(TODAY)


@pytest.fixture
def context(demo, clock, qtbot):  # type: ignore[no-untyped-def]
    return make_context(demo, clock=clock, user="qi-office")


def shown(qtbot: Any, page: QWidget) -> QWidget:
    """Show the page, as the main window would, so clicks land on laid-out buttons."""
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def settle(qtbot: Any, page: Any) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=15000)


def patch_exec(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog],
               steps: Callable[[Any], None]) -> list[Any]:
    """Replace the dialog's modal loop: run steps on the real dialog, return its decision."""
    seen: list[Any] = []

    def fake_exec(dialog: Any) -> int:
        seen.append(dialog)
        steps(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def row_of(view: QTableView, match: Callable[[Any], bool]) -> int:
    model = view.model()
    assert isinstance(model, RowsModel)
    rows = [n for n, item in enumerate(model.items()) if match(item)]
    assert rows, "no row matches"
    return rows[0]


def select(view: QTableView, match: Callable[[Any], bool]) -> Any:
    row = row_of(view, match)
    view.selectRow(row)
    model = view.model()
    assert isinstance(model, RowsModel)
    return model.item(row)


def block_mentor_for_may(demo: Any) -> str:
    """One district mentor already planned elsewhere all May: their centers cannot be placed."""
    with demo.session_factory.begin() as session:
        link = session.query(VisitMentor).join(Visit).filter(
            Visit.kind == "health_center").order_by(VisitMentor.mentor_id).first()
        mentor_id, unit_id = link.mentor_id, session.get(Visit, link.visit_id).org_unit_id
        busy = Visit(org_unit_id=unit_id, kind="baseline", status="planned",
                     planned_start=dt.date(2026, 5, 1), planned_end=dt.date(2026, 5, 29))
        busy.mentors = [VisitMentor(mentor_id=mentor_id)]
        session.add(busy)
    return str(mentor_id)


# --- planning, recording, debriefing ---------------------------------------------------------
def april_joint_visit_day(demo: Any) -> int:
    """The day of the month the demo's joint team visited the hospital in April."""
    with demo.session_factory() as session:
        [visit] = [v for v in session.query(Visit).filter(Visit.kind == "joint_hospital")
                   if (v.planned_start.year, v.planned_start.month) == (2026, 4)]
        return visit.planned_start.day


def propose_may(qtbot: Any, monkeypatch: pytest.MonkeyPatch, page: PlanningPage) -> Any:
    seen = patch_exec(monkeypatch, ProposalDialog, lambda d: d.save_button.click())
    qtbot.mouseClick(page.propose_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen), timeout=15000)
    settle(qtbot, page)
    return seen[0]


def test_propose_move_record_and_debrief_a_visit(qtbot, monkeypatch, demo, context,
                                                 clock) -> None:
    block_mentor_for_may(demo)
    page = PlanningPage(context)
    shown(qtbot, page)
    settle(qtbot, page)
    assert page.late_model.rowCount() > 0, "the demo's unrecorded April visits are overdue"

    # GIVEN the proposal for May, WHEN saved, THEN its visits fill May and conflicts are shown
    dialog = propose_may(qtbot, monkeypatch, page)
    assert (dialog.plan.year, dialog.plan.month) == (2026, 5)
    assert dialog.conflict_list.count() == 2
    assert "consecutive working days" in dialog.conflict_list.item(0).text()
    assert page.shown_month() == (2026, 5)
    assert page.visit_model.rowCount() == len(dialog.plan.visits) + 1  # + the blocking one
    joint = select(page.visit_table, lambda v: v.kind == "joint_hospital")
    # its rhythm: April's was on the 8th; 8 May is a Friday, so Wednesday 6 to Friday 8 May
    assert april_joint_visit_day(demo) == 8 and joint.planned_start == dt.date(2026, 5, 6)
    assert page.calendar.visits_on(joint.planned_start + dt.timedelta(days=1))

    # WHEN the joint visit is moved onto a weekend THEN it is refused in the dialog
    def move(d: MoveVisitDialog) -> None:
        d.date_edit.setDate(QDate(2026, 5, 8))  # Friday + Saturday + Sunday
        d.save_button.click()
        assert "weekend or a holiday" in d.field_errors["date"].text()
        assert d.field_errors["date"].isVisibleTo(d)
        d.date_edit.setDate(QDate(2026, 5, 11))
        d.save_button.click()

    patch_exec(monkeypatch, MoveVisitDialog, move)
    qtbot.mouseClick(page.move_button, LEFT)
    settle(qtbot, page)
    moved = select(page.visit_table, lambda v: v.id == joint.id)
    assert (moved.planned_start, moved.planned_end) == (dt.date(2026, 5, 11),
                                                        dt.date(2026, 5, 13))

    # WHEN it is recorded without the patient's consent THEN the save is refused beside the box
    clock.today = dt.date(2026, 5, 20)
    def record(d: VisitRecordDialog) -> None:
        observation = d.boxes[next(k for k in d.boxes if k.value == "case_observation")]
        observation.setChecked(True)
        d.save_button.click()
        assert d.result() != QDialog.DialogCode.Accepted
        assert "explicit consent" in observation.consent_error.text()
        assert observation.consent_error.isVisibleTo(d)
        observation.consent_box.setChecked(True)
        ldhf = d.boxes[next(k for k in d.boxes if k.value == "ldhf_session")]
        ldhf.setChecked(True)
        qtbot.keyClicks(ldhf.topic_edit, "Helping Babies Breathe")
        ldhf.attendee_list.item(0).setCheckState(Qt.CheckState.Checked)
        next(iter(d.mentor_checks.values())).setChecked(False)
        d.save_button.click()

    recorded = patch_exec(monkeypatch, VisitRecordDialog, record)
    qtbot.mouseClick(page.record_button, LEFT)
    qtbot.waitUntil(lambda: bool(recorded), timeout=15000)
    settle(qtbot, page)
    assert recorded[0].result() == QDialog.DialogCode.Accepted
    detail = recorded[0].detail
    assert detail.visit.status == "done"
    assert [m.present for m in detail.mentors].count(False) == 1
    assert {a.kind for a in detail.activities} == {"case_observation", "ldhf_session"}
    select(page.visit_table, lambda v: v.id == joint.id)
    assert page.debrief_button.isEnabled()

    # WHEN debriefed, a finding starts a QI project and another an action item
    def debrief(d: DebriefingDialog) -> None:
        d.attendee_table.item(0, 0).setCheckState(Qt.CheckState.Checked)
        qtbot.keyClicks(d.strengths_edit, "Resuscitation corner ready")
        d.add_finding("Newborns not dried and wrapped at birth")
        d.add_finding("No oxytocin in the delivery room fridge")
        d.finding_table.setCurrentCell(0, 0)
        d.project_button.click()
        d.finding_table.setCurrentCell(1, 0)
        d.action_button.click()
        assert "QI project" in d.finding_table.item(0, 1).text()
        assert "Action" in d.finding_table.item(1, 1).text()
        d.save_button.click()

    patch_exec(monkeypatch, StartProjectDialog, lambda d: d.save_button.click())

    def action(d: ActionDialog) -> None:
        qtbot.keyClicks(d.action_edit, "Move the oxytocin to the pharmacy fridge")
        qtbot.keyClicks(d.responsible_edit, "Head of maternity")
        d.due_edit.setDate(QDate(2026, 5, 30))
        d.save_button.click()

    patch_exec(monkeypatch, ActionDialog, action)
    debriefed = patch_exec(monkeypatch, DebriefingDialog, debrief)
    qtbot.mouseClick(page.debrief_button, LEFT)
    qtbot.waitUntil(lambda: bool(debriefed), timeout=15000)
    settle(qtbot, page)
    view = debriefed[0].view
    assert [f.text for f in view.findings] == ["Newborns not dried and wrapped at birth",
                                               "No oxytocin in the delivery room fridge"]
    assert [[link.kind for link in f.links] for f in view.findings] == [["project"], ["action"]]
    assert view.strengths == "Resuscitation corner ready" and len(view.attendees) == 1
    row = select(page.visit_table, lambda v: v.id == joint.id)
    assert row.has_debriefing


# --- QI project: fishbone, 5 whys, PDSA ------------------------------------------------------
def project_from_a_finding(demo: Any, today: dt.date) -> int:
    service = VisitService(demo.session_factory)
    visit = next(v for year, month in ((2026, 3), (2026, 2), (2026, 1), (2025, 12))
                 for v in service.month_visits(year, month)
                 if v.status == "done" and v.kind == "joint_hospital")  # the latest held
    before = service.debriefing(visit.id)
    assert before is not None, "the demo debriefs every joint visit it holds"
    view = service.save_debriefing(visit.id, DebriefingInput(
        before.held_on, before.strengths, before.weaknesses,
        tuple((a.person_id, AttendeeRole(a.role)) for a in before.attendees),
        (*(FindingInput(f.id, f.text) for f in before.findings),
         FindingInput(None, "Newborn hypothermia on admission")), before.version), today)
    from mentoroffice.qi.service import QIService

    project = QIService(demo.session_factory).start_project_from_finding(
        view.findings[-1].id, today, "Keep every newborn warm")
    return project.id


def open_project(qtbot: Any, page: QIPage, project_id: int) -> None:
    settle(qtbot, page)
    select(page.project_table, lambda p: p.id == project_id)
    qtbot.waitUntil(lambda: page.editor.project is not None
                    and page.editor.project.id == project_id, timeout=15000)


def test_a_qi_project_gets_its_fishbone_whys_aim_and_pdsa(qtbot, monkeypatch, demo, context,
                                                          tmp_path) -> None:
    project_id = project_from_a_finding(demo, TODAY)
    page = QIPage(context)
    shown(qtbot, page)
    open_project(qtbot, page, project_id)
    editor = page.editor
    assert editor.finding_label.text() == "Newborn hypothermia on admission"

    # a fishbone cause, then a why under it
    editor.tabs.setCurrentIndex(1)
    editor.category_combo.setCurrentIndex(editor.category_combo.findData(CauseCategory.SUPPLIES))
    qtbot.keyClicks(editor.cause_edit, "No warm towels in the delivery room")
    qtbot.mouseClick(editor.add_cause_button, LEFT)
    assert editor.project.fishbone() == {"supplies": ["No warm towels in the delivery room"]}
    assert editor.fishbone.bones == [("Supplies and drugs",
                                      ["No warm towels in the delivery room"])]
    cause = editor.cause_tree.topLevelItem(0).child(0)
    editor.cause_tree.setCurrentItem(cause)
    qtbot.keyClicks(editor.cause_edit, "The laundry returns them twice a week")
    qtbot.mouseClick(editor.why_button, LEFT)
    assert [(c.text, c.depth) for c in editor.project.causes] == [
        ("No warm towels in the delivery room", 1), ("The laundry returns them twice a week", 2)]
    assert editor.cause_tree.topLevelItem(0).child(0).childCount() == 1
    assert editor.selected_cause_id() == editor.project.causes[1].id, "ready for the next why"

    # an impossible status is refused next to the status field, with the domain's words
    editor.tabs.setCurrentIndex(0)
    editor.status_combo.setCurrentIndex(editor.status_combo.findData(QIStatus.CLOSED))
    qtbot.mouseClick(editor.save_button, LEFT)
    assert "planned cannot become closed" in editor.field_errors["status"].text()
    editor.status_combo.setCurrentIndex(editor.status_combo.findData(QIStatus.ACTIVE))
    qtbot.mouseClick(editor.save_button, LEFT)
    assert "needs its aim" in editor.field_errors["aim"].text()
    qtbot.keyClicks(editor.aim_edit, "Admission hypothermia from 20% to 5% by December 2026")
    editor.indicator_combo.setCurrentIndex(editor.indicator_combo.findText(
        "Newborns admitted with hypothermia"))
    qtbot.mouseClick(editor.save_button, LEFT)
    assert (editor.project.status, editor.project.started_on) == ("active", TODAY)

    # a PDSA cycle
    def cycle(d: PdsaDialog) -> None:
        qtbot.keyClicks(d.plan_edit, "Warm towels ready before each birth on the night shift")
        d.save_button.click()

    patch_exec(monkeypatch, PdsaDialog, cycle)
    editor.tabs.setCurrentIndex(2)
    qtbot.mouseClick(editor.cycles_tab.new_cycle_button, LEFT)
    assert editor.cycles_tab.cycle_model.rowCount() == 1
    assert editor.project.cycles[0].end_date is None
    settle(qtbot, page)
    assert "Active" in page.project_model.text(row_of(page.project_table,
                                                      lambda p: p.id == project_id), 2)

    # the project page prints to the file chosen
    target = tmp_path / "project.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.print_button, LEFT)
    settle(qtbot, page)
    assert target.read_bytes().startswith(b"%PDF"), page.load_error.text()


# --- actions: overdue, closed, history; escalations ------------------------------------------
def test_an_action_goes_overdue_then_is_closed_and_keeps_its_history(qtbot, monkeypatch, demo,
                                                                     context, clock) -> None:
    page = ActionsPage(context)
    shown(qtbot, page)
    settle(qtbot, page)

    def new_action(d: ActionDialog) -> None:
        d.facility_combo.setCurrentIndex(d.facility_combo.findText("Byumba District Hospital"))
        qtbot.keyClicks(d.action_edit, "Daily check of the resuscitation corner")
        qtbot.keyClicks(d.responsible_edit, "Head of neonatology")
        d.due_edit.setDate(QDate(2026, 5, 15))
        d.save_button.click()

    created = patch_exec(monkeypatch, ActionDialog, new_action)
    qtbot.mouseClick(page.new_action_button, LEFT)
    settle(qtbot, page)
    action_id = created[0].created.id
    assert not select(page.action_table, lambda a: a.id == action_id).days_overdue

    # WHEN the date passes the due date THEN it is overdue, by facility and by person
    clock.today = dt.date(2026, 6, 1)
    page.reload()
    settle(qtbot, page)
    assert select(page.action_table, lambda a: a.id == action_id).days_overdue == 17
    groups = [page.overdue_tree.topLevelItem(n) for n in range(
        page.overdue_tree.topLevelItemCount())]
    byumba = next(g for g in groups if g.text(0).startswith("Byumba District Hospital"))
    assert any(byumba.child(n).text(0) == "Daily check of the resuscitation corner"
               for n in range(byumba.childCount()))
    page.by_person_radio.setChecked(True)
    settle(qtbot, page)
    assert any(page.overdue_tree.topLevelItem(n).text(0).startswith(
        "Head of neonatology (Byumba District Hospital)")
        for n in range(page.overdue_tree.topLevelItemCount()))

    # WHEN closed THEN it leaves the overdue list; reopening a done action is refused
    select(page.action_table, lambda a: a.id == action_id)
    patch_exec(monkeypatch, ActionStatusDialog, lambda d: d.save_button.click())
    qtbot.mouseClick(page.done_button, LEFT)
    settle(qtbot, page)
    page.open_only_check.setChecked(False)
    settle(qtbot, page)
    done = select(page.action_table, lambda a: a.id == action_id)
    assert (done.status, done.done_date, done.days_overdue) == ("done", dt.date(2026, 6, 1), 0)

    def reopen(d: ActionStatusDialog) -> None:
        d.choose(ActionStatus.OPEN)
        d.save_button.click()
        assert d.general_error.text() == (
            "An action that is done cannot become open; it can become nothing: it is final.")

    refused = patch_exec(monkeypatch, ActionStatusDialog, reopen)
    qtbot.mouseClick(page.status_button, LEFT)
    assert refused[0].result() != QDialog.DialogCode.Accepted
    settle(qtbot, page)
    assert [(page.history_model.text(n, 1), page.history_model.text(n, 2),
             page.history_model.text(n, 3)) for n in range(page.history_model.rowCount())] == [
        ("", "Open", "qi-office"), ("Open", "Done", "qi-office")]


def test_an_escalation_is_raised_acknowledged_and_resolved_with_a_response(
        qtbot, monkeypatch, demo, context, clock) -> None:
    page = ActionsPage(context)
    shown(qtbot, page)
    settle(qtbot, page)
    tab = page.escalations
    open_before = tab.model.rowCount()

    def raise_it(d: EscalationDialog) -> None:
        d.facility_combo.setCurrentIndex(d.facility_combo.findText("Byumba District Hospital"))
        d.level_combo.setCurrentIndex(d.level_combo.findData(EscalationLevel.MINISTRY))
        qtbot.keyClicks(d.description_edit, "No anesthetist for caesarean sections at night")
        qtbot.keyClicks(d.owner_edit, "Ministry of Health, HR")
        d.save_button.click()

    raised = patch_exec(monkeypatch, EscalationDialog, raise_it)
    qtbot.mouseClick(tab.raise_button, LEFT)
    settle(qtbot, page)
    escalation_id = raised[0].created.id
    assert tab.model.rowCount() == open_before + 1
    select(tab.table, lambda e: e.id == escalation_id)
    patch_exec(monkeypatch, EscalationStatusDialog, lambda d: d.save_button.click())
    qtbot.mouseClick(tab.acknowledge_button, LEFT)
    settle(qtbot, page)
    assert select(tab.table, lambda e: e.id == escalation_id).status == "acknowledged"

    clock.today = dt.date(2026, 7, 9)
    def resolve(d: EscalationStatusDialog) -> None:
        d.save_button.click()
        assert "how it was resolved" in d.field_errors["response"].text()
        qtbot.keyClicks(d.response_edit, "An anesthetist was posted on 6 July")
        d.save_button.click()

    patch_exec(monkeypatch, EscalationStatusDialog, resolve)
    qtbot.mouseClick(tab.resolve_button, LEFT)
    settle(qtbot, page)
    assert all(e.id != escalation_id for e in tab.model.items()), "no longer open"
    tab.open_only_check.setChecked(False)
    settle(qtbot, page)
    row = row_of(tab.table, lambda e: e.id == escalation_id)
    assert tab.model.text(row, 7) == "80 to resolve"
    assert tab.model.text(row, 8) == "An anesthetist was posted on 6 July"


# --- the pages together, printing, screenshots -----------------------------------------------
def test_the_main_window_gets_four_pages_that_share_changes(qtbot, demo) -> None:
    pages = visit_pages(demo, None, clock=lambda: TODAY, user="qi-office")
    assert [title for title, _ in pages] == ["Visit planning", "QI projects",
                                              "Actions and escalations", "Mentor reports"]
    for _title, page in pages:
        qtbot.addWidget(page)
        settle(qtbot, page)
    contexts = {id(page.context) for _t, page in pages}  # type: ignore[attr-defined]
    assert len(contexts) == 1


def test_the_plan_letter_prints_to_the_file_chosen(qtbot, monkeypatch, demo, context,
                                                   tmp_path) -> None:
    page = PlanningPage(context)
    shown(qtbot, page)
    settle(qtbot, page)
    select(page.visit_table, lambda v: v.kind == "joint_hospital")
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.letter_button, LEFT)
    settle(qtbot, page)
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in page.notice.text()


def shoot(widget: QWidget, qtbot: Any, path: Path) -> None:
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.grab().save(str(path))


def test_screenshots_of_the_district_demo(qtbot, monkeypatch, demo, context, clock,
                                          tmp_path) -> None:
    """Planning page with May proposed, a visit record, a QI project with its fishbone.
    Set MENTOROFFICE_SCREENSHOTS to a folder to keep them."""
    folder = Path(os.environ.get("MENTOROFFICE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page = PlanningPage(context)
    shown(qtbot, page)
    settle(qtbot, page)
    propose_may(qtbot, monkeypatch, page)
    select(page.visit_table, lambda v: v.kind == "joint_hospital")
    shoot(page, qtbot, folder / "planning.png")

    page.calendar.setCurrentPage(2026, 4)
    settle(qtbot, page)
    clock.today = dt.date(2026, 4, 20)
    select(page.visit_table, lambda v: v.kind == "joint_hospital")

    def record(d: VisitRecordDialog) -> None:
        for kind in ("entry_meeting", "data_review", "case_observation"):
            d.boxes[next(k for k in d.boxes if k.value == kind)].setChecked(True)
        observation = d.boxes[next(k for k in d.boxes if k.value == "case_observation")]
        d.resize(820, 980)
        d.show()
        qtbot.waitExposed(d)
        d.save_button.click()  # refused: no consent, the message shows by the box
        qtbot.wait(50)
        d.body.parentWidget().parentWidget().ensureWidgetVisible(observation.consent_box)
        d.grab().save(str(folder / "visit_record.png"))
        d.reject()

    patch_exec(monkeypatch, VisitRecordDialog, record)
    qtbot.mouseClick(page.record_button, LEFT)
    settle(qtbot, page)

    project_id = project_from_a_finding(demo, TODAY)
    qi = QIPage(context)
    shown(qtbot, qi)
    open_project(qtbot, qi, project_id)
    qi.editor.tabs.setCurrentIndex(1)
    for category, text in ((CauseCategory.STAFF, "One midwife for 40 births a week at night"),
                           (CauseCategory.SUPPLIES, "No warm towels in the delivery room"),
                           (CauseCategory.EQUIPMENT, "Radiant warmer broken since January"),
                           (CauseCategory.PROCEDURES, "Skin-to-skin not started in theatre"),
                           (CauseCategory.ENVIRONMENT, "Delivery room windows do not close"),
                           (CauseCategory.PATIENTS, "Mothers discharged before 24 hours")):
        qi.editor.category_combo.setCurrentIndex(qi.editor.category_combo.findData(category))
        qtbot.keyClicks(qi.editor.cause_edit, text)
        qtbot.mouseClick(qi.editor.add_cause_button, LEFT)
    qi.editor.cause_tree.setCurrentItem(qi.editor.cause_tree.topLevelItem(0).child(0))
    qtbot.keyClicks(qi.editor.cause_edit, "Two midwives left in March, not replaced")
    qtbot.mouseClick(qi.editor.why_button, LEFT)
    assert len(qi.editor.fishbone.bones) == 6
    shoot(qi, qtbot, folder / "qi_project.png")
    for name in ("planning.png", "visit_record.png", "qi_project.png"):
        assert (folder / name).stat().st_size > 20_000
