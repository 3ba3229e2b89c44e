"""The indicator pages driven as a person would: values typed with the keyboard into the grid,
a wrong cell refusing the save, the fix saved; the run chart of a constructed series with its
signals in words and its PDSA change marked.

"Today" is 15 April 2026: the grid opens on 2026 with March's first empty row current.
Screenshots go to tmp_path, or to $MENTOROFFICE_SCREENSHOTS when set.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from cascade_world import build_world
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget, QWidget

from mentoroffice.data.models import PdsaCycle, QIProject
from mentoroffice.indicators.service import IndicatorService
from mentoroffice.indicators.values import ValueEntry
from mentoroffice.ui.indicators import IndicatorsPage, RunChartPage, indicator_pages
from mentoroffice.ui.indicators.grid_model import DENOMINATOR, INDICATOR, NUMERATOR, PERCENT
from mentoroffice.ui.indicators.indicator_dialog import AddIndicatorDialog

TODAY = dt.date(2026, 4, 15)
MARCH = dt.date(2026, 3, 1)
HOSPITAL = "Byumba District Hospital"
# Numerator and denominator typed for each of the eight programme indicators, in list order.
MARCH_VALUES = [(9, 10), (80, 96), (3, 120), (2, 75), (11, 120), (1, 2), (40, 44), (5, 5)]
ENTER, TAB = Qt.Key.Key_Return, Qt.Key.Key_Tab


def screenshot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("MENTOROFFICE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def press(qtbot: Any, *keys: str | Qt.Key, modifier: Qt.KeyboardModifier =
          Qt.KeyboardModifier.NoModifier) -> None:
    """Keys as typed: each goes to whichever widget has the focus at that moment."""
    for key in keys:
        for stroke in (key if isinstance(key, str) else [key]):
            widget = QApplication.focusWidget()
            assert widget is not None, "nothing has the keyboard focus"
            qtbot.keyClick(widget, stroke, modifier)


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No real question box ever waits for a click: unsaved values are dropped at teardown
    unless a test answers otherwise."""
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def world(office: Any) -> dict[str, int]:
    with office.session_factory.begin() as session:
        return dict(build_world(session).ids)


@pytest.fixture
def pages(office: Any, world: dict[str, int], qtbot: Any) -> QTabWidget:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    for title, page in indicator_pages(office, tabs, today=lambda: TODAY):
        tabs.addTab(page, title)
    tabs.resize(1100, 760)
    tabs.show()
    tabs.activateWindow()
    return tabs


def values_page(tabs: QTabWidget, qtbot: Any) -> IndicatorsPage:
    page = tabs.widget(0)
    assert isinstance(page, IndicatorsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.busy(), timeout=10000)
    return page


def read_back(office: Any, facility_id: int) -> dict[tuple[str, dt.date], tuple[int, int]]:
    service = IndicatorService(office.session_factory)
    year = service.year_values(facility_id, 2026)
    codes = {i.id: i.code for i in year.indicators}
    return {(codes[v.indicator_id], v.month): (v.numerator, v.denominator) for v in year.values}


def test_a_month_typed_with_the_keyboard_is_refused_while_wrong_then_saved(office: Any,
        world: dict[str, int], pages: QTabWidget, qtbot: Any, tmp_path: Path) -> None:
    page = values_page(pages, qtbot)
    assert page.facility_combo.currentText() == HOSPITAL and page.year() == 2026
    current = page.grid.currentIndex()
    assert (page.model.row_at(current.row()).month, current.column()) == (MARCH, NUMERATOR)
    first_row = current.row()
    page.grid.setFocus()

    # GIVEN March typed cell after cell, the second indicator's numerator above its denominator
    typed = list(MARCH_VALUES)
    typed[1] = (120, 96)
    for numerator, denominator in typed:
        press(qtbot, str(numerator), TAB, str(denominator), ENTER)
    rows = [page.model.row_at(first_row + n) for n in range(8)]
    assert [(r.month, r.numerator, r.denominator) for r in rows] == [
        (MARCH, str(n), str(d)) for n, d in typed]
    assert page.model.index(first_row, PERCENT).data() == "90.0%"
    wrong = page.model.index(first_row + 1, NUMERATOR)
    assert wrong.data(Qt.ItemDataRole.ToolTipRole) == (
        "The numerator (120) is larger than the denominator (96).")
    assert wrong.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f8d7d5"
    expected_line = ("Postnatal care coverage, Mar 2026: The numerator (120) is larger than "
                     "the denominator (96).")
    assert page.problems_label.isVisible() and page.problems_label.text() == expected_line
    screenshot(pages, "indicator-grid-with-a-wrong-cell", tmp_path)

    # WHEN saving with Ctrl+S THEN nothing is saved and the message stays
    press(qtbot, Qt.Key.Key_S, modifier=Qt.KeyboardModifier.ControlModifier)
    assert read_back(office, world["hospital"]) == {}
    assert page.problems_label.text() == expected_line
    assert page.status_label.text() == "Nothing was saved: 1 cell(s) to correct first."
    assert page.grid.currentIndex() == wrong  # the save went to the cell to correct

    # WHEN the numerator is typed again and saved THEN all eight values are in the database
    press(qtbot, "80", ENTER)
    assert not page.problems_label.isVisible()
    with qtbot.waitSignal(page.saved):
        press(qtbot, Qt.Key.Key_S, modifier=Qt.KeyboardModifier.ControlModifier)
    codes = [page.model.row_at(first_row + n).indicator.code for n in range(8)]
    assert read_back(office, world["hospital"]) == {
        (code, MARCH): value for code, value in zip(codes, MARCH_VALUES, strict=True)}
    qtbot.waitUntil(lambda: not page.busy())
    assert page.status_label.text() == "Saved: 8 added, 0 changed, 0 cleared."
    assert not page.model.has_changes()
    screenshot(pages, "indicator-grid-saved", tmp_path)


def test_other_wrong_entries_are_shown_in_their_cells(world: dict[str, int], pages: QTabWidget,
        qtbot: Any) -> None:
    page = values_page(pages, qtbot)
    row = page.grid.currentIndex().row()
    page.grid.setFocus()
    press(qtbot, "-4", TAB, "x", ENTER, "2.5", TAB, "", ENTER)
    first, second = page.model.row_at(row), page.model.row_at(row + 1)
    assert {p.code for p in first.problems} == {"negative", "not_a_number"}
    assert [p.code for p in second.problems] == ["not_whole"]
    assert page.model.index(row + 1, DENOMINATOR).data(Qt.ItemDataRole.BackgroundRole) \
        .color().name() != "#f8d7d5"
    may = page.model.row_of(page.model.row_at(row).indicator.id, dt.date(2026, 5, 1))
    page.grid.setCurrentIndex(page.model.index(may, NUMERATOR))
    press(qtbot, "1", TAB, "2", ENTER)
    lines = page.problems_label.text().splitlines()
    assert lines[0].startswith("Successful newborn resuscitations, Mar 2026: The numerator "
                               "cannot be negative (-4).")
    assert lines[-1] == "…and 1 more (red cells; hover for why)."
    assert page.model.index(may, NUMERATOR).data(Qt.ItemDataRole.ToolTipRole) == (
        "May 2026 has not started yet: values are entered once the month has begun.")
    press(qtbot, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert not page.model.row_at(may).problems


def test_leaving_unsaved_values_asks_first(office: Any, world: dict[str, int], pages: QTabWidget,
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    page = values_page(pages, qtbot)
    page.grid.setFocus()
    press(qtbot, "5", TAB, "9", ENTER)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return answers.pop(0) if answers else QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", question)
    page.year_spin.setValue(2025)  # Cancel: the grid stays on 2026 with what was typed
    assert page.year() == 2026 and page.model.has_changes()
    assert asked == [f"The values typed for {HOSPITAL}, 2026 are not saved. Save them now?"]
    page.year_spin.setValue(2025)  # Save: saved, then 2025 is shown
    qtbot.waitUntil(lambda: not page.busy() and page.model.year_values.year == 2025)
    assert read_back(office, world["hospital"]) == {("RESUS_SUCCESS", MARCH): (5, 9)}

    # closing the window with values typed asks too; Cancel keeps it open
    page.grid.setFocus()
    press(qtbot, "3", TAB, "4", ENTER)
    answers.append(QMessageBox.StandardButton.Cancel)
    assert not pages.close() and pages.isVisible() and page.model.has_changes()
    assert len(asked) == 3


def test_rows_copied_from_a_spreadsheet_are_pasted(world: dict[str, int], pages: QTabWidget,
        qtbot: Any) -> None:
    page = values_page(pages, qtbot)
    row = page.grid.currentIndex().row()
    page.grid.setFocus()
    QApplication.clipboard().setText("12\t20\r\n7\t 9\r\n")
    press(qtbot, Qt.Key.Key_V, modifier=Qt.KeyboardModifier.ControlModifier)
    assert [(page.model.row_at(row + n).numerator, page.model.row_at(row + n).denominator)
            for n in range(3)] == [("12", "20"), ("7", "9"), ("", "")]
    assert page.model.index(row, PERCENT).data() == "60.0%"
    press(qtbot, Qt.Key.Key_Delete)
    assert page.model.row_at(row).numerator == ""


def test_the_office_adds_an_indicator_that_the_grid_then_offers(
        world: dict[str, int], pages: QTabWidget, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = values_page(pages, qtbot)
    seen: list[str] = []

    def fill_and_save(dialog: AddIndicatorDialog) -> int:
        dialog.code_edit.setText("kmc coverage")  # a space: refused next to the field
        dialog.name_edit.setText("Kangaroo mother care coverage")
        dialog.numerator_edit.setPlainText("Low-birth-weight babies started on KMC")
        dialog.denominator_edit.setPlainText("Low-birth-weight babies born here")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        seen.append(dialog.errors["code"].text())
        dialog.code_edit.setText("KMC_COVERAGE")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        return dialog.result()
    monkeypatch.setattr(AddIndicatorDialog, "exec", fill_and_save)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert seen == ["The code is 2 to 32 capital letters, digits or _, starting with a letter "
                    "(e.g. KMC_COVERAGE)."]
    qtbot.waitUntil(lambda: not page.busy() and page.model.rowCount() == 12 * 9)
    assert page.status_label.text() == "Indicator Kangaroo mother care coverage added."

    page.order_combo.setCurrentIndex(page.order_combo.findText("Indicator by indicator"))
    names = [page.model.index(n, INDICATOR).data() for n in range(page.model.rowCount())]
    assert names[0] == "Successful newborn resuscitations" and names[1:12] == [""] * 11
    assert names[96] == "Kangaroo mother care coverage"


# --------------------------------------------------------------------------- run chart


def constructed_series(office: Any, world: dict[str, int]) -> int:
    """Oct 2024 - Jan 2026: 8 months around 31%, then 8 around 46%; a PDSA cycle in May 2025."""
    service = IndicatorService(office.session_factory)
    pnc = next(i.id for i in service.indicators() if i.code == "PNC_COVERAGE")
    months = [dt.date(2024 + (9 + n) // 12, (9 + n) % 12 + 1, 1) for n in range(16)]
    numerators = [30, 32, 31, 29, 33, 30, 31, 32, 45, 46, 44, 47, 45, 48, 46, 47]
    entries = [ValueEntry(pnc, m, str(n), "100")
               for m, n in zip(months, numerators, strict=True)]
    service.save_values(world["hospital"], entries, TODAY)
    with office.session_factory.begin() as session:
        project = QIProject(org_unit_id=world["hospital"], title="Book PNC before discharge",
                            indicator_id=pnc, status="active", started_on=dt.date(2025, 5, 1))
        session.add(project)
        session.flush()
        session.add(PdsaCycle(project_id=project.id, cycle_no=1, start_date=dt.date(2025, 5, 12),
                              plan="Midwife books the PNC visit at discharge"))
    return pnc


def test_the_run_chart_lists_the_signals_of_a_constructed_series(office: Any,
        world: dict[str, int], pages: QTabWidget, qtbot: Any, tmp_path: Path) -> None:
    constructed_series(office, world)
    page = values_page(pages, qtbot)
    pnc_row = next(n for n in range(page.model.rowCount())
                   if page.model.row_at(n).indicator.code == "PNC_COVERAGE")
    page.grid.setCurrentIndex(page.model.index(pnc_row, NUMERATOR))
    charts = pages.widget(1)
    assert isinstance(charts, RunChartPage)
    qtbot.mouseClick(page.chart_button, Qt.MouseButton.LeftButton)
    assert pages.currentWidget() is charts
    qtbot.waitUntil(lambda: charts.data is not None and not charts.busy(), timeout=15000)
    assert charts.indicator_combo.currentText() == "Postnatal care coverage"
    assert charts.signal_texts()[:2] == ["Shift: 8 points below the median from Oct 2024",
                                         "Shift: 8 points above the median from Jun 2025"]
    assert "Unusually long run: 8 points below the median from Oct 2024" in charts.signal_texts()
    assert charts.changes_list.item(0).text() == (
        "PDSA 1 (12 May 2025): Book PNC before discharge — Midwife books the PNC visit at "
        "discharge")
    assert charts.summary_label.text() == "Median 38.5% over 16 months, Oct 2024 to Jan 2026."
    axes = charts.canvas.figure.axes[0]
    assert axes.get_title(loc="left") == f"Postnatal care coverage · {HOSPITAL}"
    assert [t.get_text() for t in axes.texts] == ["PDSA 1"]
    screenshot(pages, "run-chart", tmp_path)


def test_a_facility_without_values_says_so(
        world: dict[str, int], pages: QTabWidget, qtbot: Any) -> None:
    pages.setCurrentIndex(1)
    charts = pages.widget(1)
    qtbot.waitUntil(lambda: charts.data is not None and not charts.busy(), timeout=15000)
    assert charts.signal_texts() == []
    assert charts.summary_label.text() == "No values from Apr 2024 to Mar 2026."
