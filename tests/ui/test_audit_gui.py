"""The Audit screen and the History dialogs driven as a person would: filters, the selected
entry's changes, Export…, a person's phone change; shown only to those who may read the audit.
Lists load on the thread pool, so tests wait for them (the wait is generous: it only ends a
test that would otherwise hang)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QTabWidget
from pytestqt.qtbot import QtBot
from test_checklist_gui import record, world  # noqa: F401 - world: a mentee enrolled for HBB

from mentoroffice.cascade.people import PersonInput
from mentoroffice.cascade.service import CascadeService
from mentoroffice.core.access import Actor, act_as
from mentoroffice.data.enums import Cadre, Sex, UserRole
from mentoroffice.ui.audit_page import AuditPage, audit_pages
from mentoroffice.ui.history import HistoryDialog, history_button
from mentoroffice.users.audit_log import AuditService

WAIT_MS = 60_000
ADMIN = Actor("ada", UserRole.ADMIN)
SAM = Actor("sam", UserRole.QI_STAFF)


def add(office, first: str, phone: str) -> int:  # type: ignore[no-untyped-def]
    return CascadeService(office.session_factory).add_person(
        PersonInput(first, "Mukamana", Sex.FEMALE, Cadre.NURSE, phone=phone))


def change_phone(office, person_id: int, phone: str) -> None:  # type: ignore[no-untyped-def]
    cascade = CascadeService(office.session_factory)
    page = cascade.person_page(person_id)
    cascade.update_person(person_id, replace(page.details(), phone=phone), page.version,
                          read=page.details())


@pytest.fixture
def changes(office) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """GIVEN ada added Claudine, sam added Aimée and changed her phone; ada is signed in."""
    act_as(office.session_factory, ADMIN)
    claudine = add(office, "Claudine", "0788 000 001")
    act_as(office.session_factory, SAM)
    aimee = add(office, "Aimée", "0788 000 002")
    change_phone(office, aimee, "0788 000 003")
    act_as(office.session_factory, ADMIN)
    return {"claudine": claudine, "aimee": aimee}


def open_page(qtbot: QtBot, office: Any) -> AuditPage:  # type: ignore[no-untyped-def]
    page = AuditPage(AuditService(office.session_factory))
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def loaded(qtbot: QtBot, page: AuditPage, total: int | None = None) -> None:
    def ready() -> bool:
        model = page.model
        return (model.total is not None and not model.is_loading()
                and not page.runner.busy() and (total is None or model.total == total))
    qtbot.waitUntil(ready, timeout=WAIT_MS)


def cells(page: AuditPage, row: int) -> list[str]:
    return [page.model.index(row, column).data() for column in range(page.model.columnCount())]


def choose(combo: Any, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_the_audit_screen_filters_and_shows_what_an_entry_changed(qtbot: QtBot, office,  # type: ignore[no-untyped-def]
                                                                  changes) -> None:
    page = open_page(qtbot, office)
    loaded(qtbot, page)
    assert page.model.total >= 3
    assert page.user_combo.findData("sam") > 0 and page.table_combo.findData("person") > 0

    choose(page.user_combo, "sam")  # WHEN the person picks a user
    loaded(qtbot, page, 2)
    newest = cells(page, 0)
    assert newest[1:5] == ["sam", "Changed", "Person", str(changes["aimee"])]
    assert newest[5] == "phone"
    assert cells(page, 1)[2] == "Added"
    assert page.count_label.text() == "2 entries"

    page.table.selectRow(0)  # the detail pane: field, old, new
    assert [page.detail_model.text(0, c) for c in range(3)] == [
        "phone", "0788 000 002", "0788 000 003"]
    assert "sam" in page.detail_label.text() and "Changed" in page.detail_label.text()

    choose(page.user_combo, "")  # every user, one record
    choose(page.table_combo, "person")
    qtbot.keyClicks(page.record_edit, str(changes["claudine"]))
    qtbot.keyClick(page.record_edit, Qt.Key.Key_Return)
    loaded(qtbot, page, 1)
    assert cells(page, 0)[1:3] == ["ada", "Added"]

    page.record_edit.clear()
    qtbot.keyClick(page.record_edit, Qt.Key.Key_Return)
    page.until_check.setChecked(True)  # up to yesterday: nothing yet
    page.until_edit.setDate(page.until_edit.date().addDays(-1))
    loaded(qtbot, page, 0)
    page.until_check.setChecked(False)
    page.since_check.setChecked(True)  # from 30 days ago: all three
    loaded(qtbot, page, 3)


def test_export_writes_the_filtered_entries_to_a_workbook(qtbot: QtBot, office, changes,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    from openpyxl import load_workbook

    page = open_page(qtbot, office)
    loaded(qtbot, page)
    choose(page.user_combo, "sam")
    loaded(qtbot, page, 2)
    target = tmp_path / "who did what"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Excel workbook (*.xlsx)"))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)

    workbook = load_workbook(tmp_path / "who did what.xlsx", read_only=True)
    rows = [list(r) for r in workbook.active.iter_rows(values_only=True)]
    workbook.close()
    assert rows[0][:3] == ["When", "User", "Action"]
    assert {r[1] for r in rows[1:]} == {"sam"}
    assert ["sam", "update", "person", changes["aimee"], "phone", "0788 000 002",
            "0788 000 003"] == rows[1][1:]
    assert "personal data" in said[0] and f"{len(rows) - 1} rows" in said[0]


def test_a_persons_history_shows_the_phone_change(qtbot: QtBot, office, changes) -> None:  # type: ignore[no-untyped-def]
    from mentoroffice.ui.cascade import PeoplePage

    page = PeoplePage(CascadeService(office.session_factory))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.total == 2 and not page.model.is_loading(),
                    timeout=WAIT_MS)
    button = page.findChild(QPushButton, "historyButton")
    assert button is not None and not button.isEnabled()  # nothing chosen yet
    row = next(r for r in range(page.model.rowCount())
               if page.model.person(r).id == changes["aimee"])
    page.table.selectRow(row)
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dialog = page.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and not dialog.runner.busy(),
                    timeout=WAIT_MS)
    model = dialog.model
    rows = [[model.text(r, c) for c in range(6)] for r in range(model.rowCount())]
    assert rows[0][1:3] == ["sam", "Added"]  # an entry's first row says who and what
    assert [[model.item(r).username, model.item(r).action, *rows[r][3:]]
            for r in range(len(rows)) if rows[r][3] == "phone"] == [
        ["sam", "insert", "phone", "", "0788 000 002"],
        ["sam", "update", "phone", "0788 000 002", "0788 000 003"]]
    assert rows[-1][1:3] == ["sam", "Changed"]
    text = dialog.provenance_label.text()
    assert text.startswith("Created by sam on ") and "; last changed by sam on " in text
    assert dt.date.today().strftime("%y") in text
    dialog.close()


@pytest.mark.parametrize("role", [UserRole.VIEWER, UserRole.MENTOR])
def test_who_may_not_read_the_audit_sees_neither_screen_nor_history(qtbot: QtBot, office,  # type: ignore[no-untyped-def]
                                                                    role: UserRole) -> None:
    from mentoroffice.ui.cascade import PeoplePage

    act_as(office.session_factory, Actor("reader", role))
    assert audit_pages(office) == []
    page = PeoplePage(CascadeService(office.session_factory))
    qtbot.addWidget(page)
    assert page.findChild(QPushButton, "historyButton") is None
    assert history_button(page, office.session_factory, lambda: 1, "person") is None


def test_the_window_has_an_audit_tab_for_the_administrator(qtbot: QtBot, office) -> None:  # type: ignore[no-untyped-def]
    from mentoroffice.ui.main_window import MainWindow
    from mentoroffice.ui.workspaces import build_workspaces

    for actor, shown in ((Actor("boss", UserRole.SUPERVISOR), True),
                         (Actor("qi", UserRole.QI_STAFF), False)):
        act_as(office.session_factory, actor)
        window = MainWindow(office, workspaces=build_workspaces)
        qtbot.addWidget(window)
        window.show()
        tabs = window.containers["reports"]
        assert isinstance(tabs, QTabWidget)
        titles = [tabs.tabText(i) for i in range(tabs.count())]
        assert ("Audit" in titles) is shown, (actor.role, titles)
        for section, container in window.containers.items():  # pages are built when shown
            for index in range(container.count() if isinstance(container, QTabWidget) else 0):
                window.show_tab(section, index)
        history = window.findChildren(QPushButton, "historyButton")
        # people, facilities, the visit plan and the actions offer a record's history
        assert len(history) == (4 if shown else 0)
        window.close()


def test_a_mentees_latest_assessment_has_its_history(qtbot: QtBot, office, world) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from mentoroffice.checklists.service import ChecklistService
    from mentoroffice.core.access import Permission, use_case
    from mentoroffice.core.writes import unit_of_work
    from mentoroffice.data.enums import AssessmentKind
    from mentoroffice.data.models import Assessment
    from mentoroffice.ui.checklists.mentee_page import MenteePage

    place = world  # GIVEN two assessments of the mentee (HBB), the latest corrected by ada
    record(place, office, AssessmentKind.PRE_TEST, dt.date(2026, 2, 3))
    latest = record(place, office, AssessmentKind.COACHING, dt.date(2026, 3, 3))
    act_as(office.session_factory, ADMIN)
    with use_case(Permission.ANY_ASSESSMENT), \
            unit_of_work(office.session_factory) as writing:
        writing.get(Assessment, latest).kind = AssessmentKind.PRE_TEST.value  # a correction
    service = ChecklistService(office.session_factory, office.catalog)
    page = MenteePage(service, printer=None, person_id=place.ids["mentee"],  # type: ignore[arg-type]
                      today=lambda: dt.date(2026, 6, 30))
    qtbot.addWidget(page)
    button = page.findChild(QPushButton, "historyButton")
    assert button is not None
    page.competency_table.selectRow(0)
    assert page.selected_assessment_id() == latest
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(HistoryDialog)
    assert dialog is not None and (dialog.table, dialog.record_id) == ("assessment", latest)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and not dialog.runner.busy(),
                    timeout=WAIT_MS)
    assert [dialog.model.text(0, c) for c in (1, 2, 3, 4, 5)] == [
        "ada", "Changed", "kind", "coaching", "pre_test"]
    assert "last changed by ada" in dialog.provenance_label.text()
    dialog.close()
