"""The data-in-and-out screens driven as a person would: the import wizard page by page (its
real Next, Back and Import buttons, combos and check boxes), exports, DHIS2, backups.

File dialogs and message boxes are patched. Set MENTOROFFICE_SCREENSHOTS to a folder to keep
pictures of the mapping and preview pages.
"""

from __future__ import annotations

import csv
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from exchange_support import build_world, table_counts, write_csv, write_xlsx
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from mentoroffice.cascade.service import CascadeService
from mentoroffice.exchange.importing import Action, DuplicatePolicy
from mentoroffice.exchange.mapping import FACILITIES
from mentoroffice.exchange.service import ExchangeService
from mentoroffice.ui.exchange import (
    BackupPage,
    ImportWizard,
    exchange_pages,
    export_view,
    view_export_action,
)
from mentoroffice.ui.exchange.data_page import DataPage
from mentoroffice.ui.exchange.export import CSV_FILTER, XLSX_FILTER

LEFT = Qt.MouseButton.LeftButton
FACILITY_HEADERS = ["Code FOSA", "Nom", "Niveau", "Code du parent", "UID DHIS2"]
GOOD_ROWS = [["HC4", "Kageyo Health Center", "centre de santé", "HOSPITAL", "Kg4HcUid001"],
             ["HP4", "Kageyo Health Post", "poste de santé", "HC4", None],
             ["HP6", "Gatete Health Post", "PS", "HC3", None]]
BAD_ROW = ["HP5", "Rugarama Health Post", "poste de santé", "NOWHERE", None]  # file row 4


@pytest.fixture
def service(office) -> ExchangeService:  # type: ignore[no-untyped-def]
    with office.session_factory.begin() as session:
        build_world(session)
    return ExchangeService(office.session_factory, office.catalog)


def facilities_file(tmp_path: Path, rows: list[list[Any]], name: str = "facilities.xlsx"
                    ) -> Path:
    return write_xlsx(tmp_path / name, [FACILITY_HEADERS, *rows], title="Facilities")


def facility_names(office: Any, text: str) -> list[str]:
    return sorted(c.name for c in CascadeService(office.session_factory)
                  .facilities_for_completer(text, groups=False))


def counts(office: Any) -> dict[str, int]:
    with office.session_factory() as session:
        return table_counts(session)


def screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("MENTOROFFICE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


# --- driving the wizard ---------------------------------------------------------------------


def open_wizard(qtbot: Any, service: ExchangeService) -> ImportWizard:
    wizard = ImportWizard(service)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click_next(qtbot: Any, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on {wizard.currentPage().title()}"
    qtbot.mouseClick(button, LEFT)


def choose_file(qtbot: Any, monkeypatch: Any, wizard: ImportWizard, kind: str, path: Path
                ) -> None:
    page = wizard.choose_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(kind))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(page.browse_button, LEFT)
    qtbot.waitUntil(page.isComplete, timeout=10_000)


def wait_complete(qtbot: Any, page: Any) -> None:
    qtbot.waitUntil(lambda: not page.owner.busy() and page.isComplete(), timeout=15_000)


def wait_idle(qtbot: Any, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=15_000)


def walk_to_dry_run(qtbot: Any, monkeypatch: Any, service: ExchangeService, kind: str,
                    path: Path, policy: DuplicatePolicy = DuplicatePolicy.SKIP) -> ImportWizard:
    """Through the wizard to its dry run page, on a file without problems."""
    wizard = open_wizard(qtbot, service)
    choose_file(qtbot, monkeypatch, wizard, kind, path)
    click_next(qtbot, wizard)
    wait_complete(qtbot, wizard.mapping_page)
    click_next(qtbot, wizard)
    wait_complete(qtbot, wizard.preview_page)
    click_next(qtbot, wizard)
    wizard.duplicates_page.choose(policy)
    click_next(qtbot, wizard)
    wait_idle(qtbot, wizard)
    assert wizard.currentPage() is wizard.dry_run_page
    return wizard


def click_import(qtbot: Any, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.CommitButton)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, LEFT)


# --- the wizard ---------------------------------------------------------------------------------


def test_import_facilities_with_a_bad_row(qtbot, monkeypatch, office, service, tmp_path
                                          ) -> None:
    # GIVEN a facilities sheet with French headers whose row 4 names an unknown parent
    path = facilities_file(tmp_path, [GOOD_ROWS[0], GOOD_ROWS[1], BAD_ROW, GOOD_ROWS[2]])
    before = counts(office)
    wizard = open_wizard(qtbot, service)
    choose_file(qtbot, monkeypatch, wizard, "facilities", path)
    assert wizard.choose_page.sheet_combo.currentText() == "Facilities"
    # WHEN the person goes on to the columns, they are matched by their headers
    click_next(qtbot, wizard)
    mapping = wizard.mapping_page
    wait_complete(qtbot, mapping)
    assert mapping.combo_texts() == {"code": "A: Code FOSA", "name": "B: Nom",
                                     "level": "C: Niveau", "parent": "D: Code du parent",
                                     "dhis2_uid": "E: UID DHIS2",
                                     "upgraded": "(not in the file)"}
    assert mapping.table.item(0, mapping.FIELD).text() == "Code *"  # required, marked
    assert mapping.table.item(0, mapping.EXAMPLE).text() == "HC4"
    screenshot(wizard, "mapping-page")
    # THEN the preview lists the bad row's problem by row and column, and Next waits
    click_next(qtbot, wizard)
    preview = wizard.preview_page
    wait_idle(qtbot, wizard)
    problems = preview.problem_texts()
    assert len(problems) == 1
    row, column, message = problems[0]
    assert (row, column) == ("4", "Code du parent") and "NOWHERE" in message
    assert "3 rows OK, 1 row(s) with problems" in preview.summary.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    screenshot(wizard, "preview-page")
    # WHEN the person leaves that row out, the rest is ready
    qtbot.mouseClick(preview.leave_out_box, LEFT)
    wait_complete(qtbot, preview)
    assert "Left out: row(s) 4; 3 rows are ready." in preview.summary.text()
    click_next(qtbot, wizard)
    assert "None of the rows is in the database yet." in wizard.duplicates_page.found.text()
    click_next(qtbot, wizard)
    dry_run = wizard.dry_run_page
    wait_complete(qtbot, dry_run)
    assert [dry_run.count_text(a) for a in (Action.ADD, Action.UPDATE, Action.SKIP)] == [
        "3", "0", "0"]
    assert counts(office) == before  # the previews saved nothing
    screenshot(wizard, "dry-run-page")
    imported: list[Any] = []
    wizard.imported.connect(imported.append)
    click_import(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=15_000)
    # THEN the rows are in the database, and the last page says what was done and left out
    assert "3 added, 0 updated, 0 skipped" in wizard.done_page.summary_text()
    assert "4" in wizard.done_page.left_out.text()
    screenshot(wizard, "done-page")
    assert len(imported) == 1
    assert facility_names(office, "Kageyo") == ["Kageyo Health Center", "Kageyo Health Post"]
    assert facility_names(office, "Gatete") == ["Gatete Health Post"]
    assert facility_names(office, "Rugarama") == []
    assert counts(office)["org_unit"] == before["org_unit"] + 3


def test_correcting_the_file_and_reading_it_again(qtbot, monkeypatch, office, service,
                                                  tmp_path) -> None:
    path = facilities_file(tmp_path, [*GOOD_ROWS, BAD_ROW])
    wizard = open_wizard(qtbot, service)
    choose_file(qtbot, monkeypatch, wizard, "facilities", path)
    click_next(qtbot, wizard)
    wait_complete(qtbot, wizard.mapping_page)
    click_next(qtbot, wizard)
    wait_idle(qtbot, wizard)
    preview = wizard.preview_page
    assert [p[:2] for p in preview.problem_texts()] == [("5", "Code du parent")]
    # WHEN the person corrects the parent in Excel, saves, and reads the file again
    facilities_file(tmp_path, [*GOOD_ROWS, [*BAD_ROW[:3], "HC2", None]])
    qtbot.mouseClick(preview.reread_button, LEFT)
    wait_complete(qtbot, preview)
    assert preview.problem_texts() == []
    assert "all 4 rows are OK" in preview.summary.text()
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    wait_complete(qtbot, wizard.dry_run_page)
    assert wizard.dry_run_page.count_text(Action.ADD) == "4"


def test_a_second_import_adds_nothing_and_update_changes_what_differs(
        qtbot, monkeypatch, office, service, tmp_path) -> None:
    path = facilities_file(tmp_path, GOOD_ROWS)
    wizard = walk_to_dry_run(qtbot, monkeypatch, service, "facilities", path)
    click_import(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=15_000)
    wizard.close()
    after_first = counts(office)
    # WHEN the same file is imported again: 0 to add, and nothing to import
    again = walk_to_dry_run(qtbot, monkeypatch, service, "facilities", path)
    page = again.dry_run_page
    assert [page.count_text(a) for a in (Action.ADD, Action.UPDATE, Action.SKIP)] == [
        "0", "0", "3"]
    assert "Nothing to import" in page.summary.text()
    assert not again.button(QWizard.WizardButton.CommitButton).isEnabled()
    again.close()
    # WHEN one name changed in the file and the person chooses to update
    renamed = [[*GOOD_ROWS[0][:1], "Kageyo Health Centre", *GOOD_ROWS[0][2:]], *GOOD_ROWS[1:]]
    changed = facilities_file(tmp_path, renamed, "renamed.xlsx")
    update = walk_to_dry_run(qtbot, monkeypatch, service, "facilities", changed,
                             DuplicatePolicy.UPDATE)
    assert [update.dry_run_page.count_text(a) for a in (Action.ADD, Action.UPDATE,
                                                         Action.SKIP)] == ["0", "1", "2"]
    click_import(qtbot, update)
    qtbot.waitUntil(lambda: update.currentPage() is update.done_page, timeout=15_000)
    assert counts(office)["org_unit"] == after_first["org_unit"]
    assert facility_names(office, "Kageyo Health Cent") == ["Kageyo Health Centre"]


def test_stop_on_duplicates_shows_the_rows_and_allows_no_import(
        qtbot, monkeypatch, office, service, tmp_path) -> None:
    path = facilities_file(tmp_path, GOOD_ROWS)
    service.run(service.new_job("facilities", service.read(path)))
    wizard = walk_to_dry_run(qtbot, monkeypatch, service, "facilities", path,
                             DuplicatePolicy.STOP)
    page = wizard.dry_run_page
    assert page.problems_view.isVisible()
    assert page.problems_model.rowCount() == 3
    assert "stop the import" in page.summary.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    # Back to the choice, skip instead: the dry run runs again
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), LEFT)
    assert "3 row(s) of the file are already" in wizard.duplicates_page.found.text()
    wizard.duplicates_page.choose(DuplicatePolicy.SKIP)
    click_next(qtbot, wizard)
    wait_idle(qtbot, wizard)
    assert page.count_text(Action.SKIP) == "3" and not page.problems_view.isVisible()


def test_stopping_the_import_leaves_the_database_unchanged(
        qtbot, monkeypatch, office, service, tmp_path) -> None:
    # GIVEN an import that is under way: the first row is saved in its transaction
    path = facilities_file(tmp_path, GOOD_ROWS)
    real_run = service.run
    hold = [True]

    def held_run(job, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:
            progress(done, total)
            deadline = time.monotonic() + 10
            while hold[0] and done == 1 and not cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)
        return real_run(job, report, cancelled)

    monkeypatch.setattr(service, "run", held_run)
    before = counts(office)
    wizard = walk_to_dry_run(qtbot, monkeypatch, service, "facilities", path)
    click_import(qtbot, wizard)
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.progress.value() >= 1, timeout=10_000)
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert page.running() and not (back.isVisible() and back.isEnabled())
    # WHEN the person stops it
    qtbot.mouseClick(page.stop_button, LEFT)
    qtbot.waitUntil(lambda: not page.running(), timeout=10_000)
    # THEN nothing was saved
    assert "Nothing was saved" in page.outcome_text()
    assert counts(office) == before
    assert facility_names(office, "Kageyo") == []
    # AND Cancel during an import stops it rather than closing the wizard with it running
    hold[0] = False
    qtbot.mouseClick(page.again_button, LEFT)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=15_000)
    assert counts(office)["org_unit"] == before["org_unit"] + 3


def test_cancel_during_an_import_stops_it_and_keeps_the_wizard_open(
        qtbot, monkeypatch, office, service, tmp_path) -> None:
    path = facilities_file(tmp_path, GOOD_ROWS)
    real_run = service.run

    def held_run(job, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:
            progress(done, total)
            deadline = time.monotonic() + 10
            while not cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)
        return real_run(job, report, cancelled)

    monkeypatch.setattr(service, "run", held_run)
    before = counts(office)
    wizard = walk_to_dry_run(qtbot, monkeypatch, service, "facilities", path)
    click_import(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.import_page.progress.value() >= 1, timeout=10_000)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.import_page.running(), timeout=10_000)
    assert wizard.isVisible() and "Nothing was saved" in wizard.import_page.outcome_text()
    assert counts(office) == before


def test_changing_the_mapping_by_hand(qtbot, monkeypatch, office, service, tmp_path) -> None:
    # GIVEN a CSV (Windows-1252, semicolons) whose name column has a header nobody matches
    headers = ["Code", "Appellation", "Niveau", "Parent"]
    path = write_csv(tmp_path / "units.csv", [headers, ["HC9", "Nyamiyaga CS", "centre de santé",
                                                        "HOSPITAL"]], "cp1252", ";")
    wizard = open_wizard(qtbot, service)
    qtbot.keyClicks(wizard.choose_page.path_edit, str(path))  # typed, not browsed
    qtbot.waitUntil(wizard.choose_page.isComplete, timeout=10_000)
    click_next(qtbot, wizard)
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.state.table is not None and not wizard.busy(), timeout=10_000)
    assert page.combo_texts()["name"] == "(not in the file)"
    assert "Name" in page.problems.text() and not page.isComplete()
    assert "Appellation" in page.ignored_info.text()
    assert "1 rows read from units.csv" in page.read_info.text()
    # WHEN the person picks the column for the name, from the keyboard
    combo = page.combos["name"]
    combo.setFocus()
    qtbot.keyClicks(combo, "B")  # jumps to "B: Appellation"
    assert page.combo_texts()["name"] == "B: Appellation"
    assert page.isComplete() and page.problems.text() == ""
    # WHEN they take the code column for the name, the code loses it (one column, one field)
    combo.setCurrentIndex(combo.findData(0))
    assert page.combo_texts()["code"] == "(not in the file)" and not page.isComplete()
    page.combos["code"].setCurrentIndex(page.combos["code"].findData(0))
    combo.setCurrentIndex(combo.findData(1))
    click_next(qtbot, wizard)
    wait_complete(qtbot, wizard.preview_page)
    assert "all 1 rows are OK" in wizard.preview_page.summary.text()
    # Back keeps the choices
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), LEFT)
    assert page.combo_texts()["name"] == "B: Appellation"


def test_the_column_template_link_saves_an_example_workbook(
        qtbot, monkeypatch, service, tmp_path) -> None:
    wizard = open_wizard(qtbot, service)
    target = tmp_path / "template"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    wizard.choose_page.template_link.linkActivated.emit("template")
    saved = tmp_path / "template.xlsx"
    qtbot.waitUntil(saved.exists, timeout=10_000)
    wait_idle(qtbot, wizard)
    header = next(load_workbook(saved, read_only=True).active.iter_rows(values_only=True))
    assert list(header) == [f.label for f in FACILITIES.fields]
    assert str(saved) in wizard.choose_page.notice.text()


# --- exports ------------------------------------------------------------------------------------


def test_export_view_writes_xlsx_or_csv_by_the_chosen_filter(qtbot, monkeypatch, tmp_path
                                                               ) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    rows = [["HC1", "Rutare", 12, 0.5], ["HC2", "Gishari", None, 1.25]]
    for selected, name in ((XLSX_FILTER, "list"), (CSV_FILTER, "list.xlsx")):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, n=name, s=selected, **k: (str(tmp_path / n), s))
        export_view(parent, ["Code", "Name", "Mentees", "Share"], lambda: rows, "facilities")
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    sheet = load_workbook(tmp_path / "list.xlsx").active
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
        ["Code", "Name", "Mentees", "Share"], *rows]
    with (tmp_path / "list.xlsx.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [["Code", "Name", "Mentees", "Share"],
                                            ["HC1", "Rutare", "12", "0.5"],
                                            ["HC2", "Gishari", "", "1.25"]]
    assert "2 rows saved" in shown[0]


class Window(QWidget):
    """What the main window does: mount the pages (and keep them)."""

    def __init__(self, office: Any, reopen: Callable[[], None] | None) -> None:
        super().__init__()
        self.pages = exchange_pages(office, self, reopen)
        self.tabs = QTabWidget(self)
        for title, page in self.pages:
            self.tabs.addTab(page, title)
        QVBoxLayout(self).addWidget(self.tabs)
        self.resize(1000, 700)


KEPT: list[QWidget] = []


def test_a_table_view_exports_its_visible_columns_in_its_order(qtbot, monkeypatch, tmp_path
                                                                ) -> None:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Code", "Internal id", "Name"])
    for code, key, name in (("HC2", "7", "Gishari"), ("HC1", "3", "Rutare")):
        model.appendRow([QStandardItem(code), QStandardItem(key), QStandardItem(name)])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setColumnHidden(1, True)
    model.sort(0)
    action = view_export_action(view, "units")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "units.csv"), ""))
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    with (tmp_path / "units.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [["Code", "Name"], ["HC1", "Rutare"],
                                            ["HC2", "Gishari"]]


def data_page(qtbot: Any, office: Any, reopen: Callable[[], None] | None = None
              ) -> tuple[DataPage, BackupPage]:
    window = Window(office, reopen)
    qtbot.addWidget(window)
    KEPT[:] = [window]
    pages = window.pages
    assert [title for title, _ in pages] == ["Data in and out", "Backups"]
    data, backups = (page for _, page in pages)
    assert isinstance(data, DataPage) and isinstance(backups, BackupPage)
    window.show()
    qtbot.waitExposed(window)
    return data, backups


def test_full_export_writes_one_sheet_per_table(qtbot, monkeypatch, office, service, tmp_path
                                                ) -> None:
    page, _ = data_page(qtbot, office)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "audit"), XLSX_FILTER))
    qtbot.mouseClick(page.full_export_button, LEFT)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    workbook = load_workbook(tmp_path / "audit.xlsx", read_only=True)
    assert {"About", "org_unit", "person"} <= set(workbook.sheetnames)
    assert "tables" in shown[0]


def test_templates_for_every_kind(qtbot, monkeypatch, office, tmp_path) -> None:
    page, _ = data_page(qtbot, office)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    qtbot.mouseClick(page.templates_button, LEFT)
    qtbot.waitUntil(lambda: "7 templates saved" in page.notice.text(), timeout=15_000)
    assert (tmp_path / "people-template.xlsx").exists()


def test_the_import_button_opens_the_wizard(qtbot, office) -> None:
    page, _ = data_page(qtbot, office)
    qtbot.mouseClick(page.import_button, LEFT)
    assert page.wizard is not None and page.wizard.isVisible()
    page.wizard.reject()


def test_dhis2_export_writes_json(qtbot, monkeypatch, office, service, tmp_path) -> None:
    # GIVEN July's indicator values and a mapping for one of them (not the other)
    rows = [["Facility code", "Indicator", "Month", "Numerator", "Denominator"],
            ["HOSPITAL", "PNC_COVERAGE", "2024-07", 112, 130]]
    service.run(service.new_job("indicator_values", service.read(
        write_xlsx(tmp_path / "values.xlsx", rows))))
    service.save_dhis2_mapping("ind:PNC_COVERAGE:num", "PncNumer001")
    page, _ = data_page(qtbot, office)
    panel = page.dhis2
    # WHEN the person types the period, chooses codes and JSON, and exports
    panel.period_edit.clear()
    qtbot.keyClicks(panel.period_edit, "2024July")
    assert "2024/2025" in panel.period_note.text()
    panel.period_edit.clear()
    qtbot.keyClicks(panel.period_edit, "2024-07")
    assert not panel.export_button.isEnabled()  # not a DHIS2 period
    panel.period_edit.clear()
    qtbot.keyClicks(panel.period_edit, "202407")
    panel.scheme_combo.setCurrentIndex(panel.scheme_combo.findData("code"))
    panel.format_combo.setCurrentIndex(panel.format_combo.findData("json"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "july"), ""))
    qtbot.mouseClick(panel.export_button, LEFT)
    qtbot.waitUntil(lambda: bool(panel.result_text()), timeout=15_000)
    # THEN the file holds the mapped value; the unmapped denominator is reported
    assert (tmp_path / "july.json").exists(), (panel.result_text(), list(tmp_path.iterdir()))
    document = json.loads((tmp_path / "july.json").read_text(encoding="utf-8"))
    assert document == {"orgUnitIdScheme": "CODE", "dataValues": [
        {"dataElement": "PncNumer001", "period": "202407", "orgUnit": "HOSPITAL",
         "value": "112"}]}
    text = panel.result_text()
    assert "1 value(s) for 202407" in text and "orgUnitIdScheme=CODE" in text
    assert "ind:PNC_COVERAGE:den" in text
    screenshot(KEPT[0], "data-page")


def test_the_dhis2_mapping_dialog(qtbot, monkeypatch, office, service) -> None:
    from mentoroffice.ui.exchange.dhis2_panel import Dhis2MappingDialog

    dialog = Dhis2MappingDialog(service, ["MNH", "NEO"])
    qtbot.addWidget(dialog)
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("visits_done"))
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("MNH"))
    qtbot.keyClicks(dialog.element_edit, "bad uid")
    dialog.save()
    assert dialog.errors["data_element"].text() and dialog.errors["technical_area"].text()
    dialog.area_combo.setCurrentIndex(0)
    dialog.element_edit.setText("DeVisits001")
    dialog.save()
    assert dialog.model.rowCount() == 1
    assert [(r.metric, r.data_element) for r in service.dhis2_mappings()] == [
        ("visits_done", "DeVisits001")]


# --- backups ------------------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_backup_now_then_restore(qtbot, monkeypatch, office, service, tmp_path) -> None:
    reopened: list[bool] = []
    _, page = data_page(qtbot, office, lambda: reopened.append(True))
    KEPT[0].tabs.setCurrentWidget(page)
    # GIVEN a backup made now
    qtbot.mouseClick(page.backup_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy(), timeout=15_000)
    assert page.model.rowCount() == 1 and "Backed up to" in page.result_text(), page.result_text()
    assert page.backups[0].path.exists() and str(page.backups[0].path) in page.result_text()
    before = counts(office)
    # AND data added afterwards
    service.run(service.new_job("facilities", service.read(facilities_file(tmp_path,
                                                                           GOOD_ROWS))))
    assert counts(office)["org_unit"] == before["org_unit"] + 3
    # WHEN the person restores the backup and confirms
    asked: list[str] = []

    def confirm(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    page.select(0)
    qtbot.mouseClick(page.restore_button, LEFT)
    qtbot.waitUntil(lambda: bool(reopened) and not page.busy(), timeout=15_000)
    # THEN the data are back as they were, the replaced database is kept, reopen was called
    assert "backed up first" in asked[0]
    assert reopened == [True]
    after = counts(office)
    assert after.pop("audit_log") == before.pop("audit_log") + 1  # who restored, which file
    assert after == before
    assert facility_names(office, "Kageyo") == []
    assert page.model.rowCount() == 2
    assert "before-restore" in {row[2] for row in page.model.rows()}
    assert "Restored the backup" in page.result_text()
    screenshot(KEPT[0], "backup-page")


@pytest.mark.sqlite_only
def test_declining_the_restore_changes_nothing(qtbot, monkeypatch, office) -> None:
    reopened: list[bool] = []
    _, page = data_page(qtbot, office, lambda: reopened.append(True))
    KEPT[0].tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.backup_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy() and page.model.rowCount() == 1, timeout=15_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    page.select(0)
    qtbot.mouseClick(page.restore_button, LEFT)
    assert not page.busy() and reopened == [] and page.model.rowCount() == 1


class PostgresDatabase:
    url = "postgresql+psycopg://mentor@db.office.lan:5433/mentoroffice"
    sqlite_path = None
    backup_dir = None

    def dispose(self) -> None:
        raise AssertionError("a PostgreSQL database is never closed for a restore here")


def test_a_postgres_office_is_told_the_pg_dump_commands(qtbot) -> None:
    page = BackupPage(PostgresDatabase(), reopen=lambda: None)
    qtbot.addWidget(page)
    commands = page.commands.toPlainText()
    assert ("pg_dump --host=db.office.lan --port=5433 --username=mentor --format=custom "
            "--file=mentoroffice-") in commands
    page.resize(900, 420)
    screenshot(page, "backup-page-postgres")
    assert ("pg_restore --host=db.office.lan --port=5433 --username=mentor --clean "
            "--if-exists --dbname=mentoroffice mentoroffice-") in commands
