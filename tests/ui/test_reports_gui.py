"""The Reports page driven as a person would, on the district demo office (made as of 31 March
2026; the page's "today" is a week later): a hospital's quarterly report generated off the GUI
thread, shown inside the app, saved and printed; the district pack cancelled, leaving no file;
a save that cannot be written explained. Dialogs are patched, never clicked.
Screenshots go to tmp_path, or to $MENTOROFFICE_SCREENSHOTS when set.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from cascade_world import build_world
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from mentoroffice.data.models import Setting
from mentoroffice.demo import generate_demo
from mentoroffice.ui.reports import ReportsPage, report_pages
from mentoroffice.ui.reports import preview as preview_module

AS_OF = dt.date(2026, 3, 31)  # the demo's data end here
TODAY = dt.date(2026, 4, 8)  # the page's today: a week into the next quarter
LEFT = Qt.MouseButton.LeftButton
GENERATE_TIMEOUT = 120_000


def screenshot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("MENTOROFFICE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


class Warnings:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(self, parent: Any, title: str, text: str, *args: Any) -> Any:
        self.shown.append((title, text))
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> Warnings:
    shown = Warnings()
    monkeypatch.setattr(QMessageBox, "warning", shown)
    return shown


def open_page(office: Any, qtbot: Any) -> ReportsPage:
    [(title, page)] = report_pages(office, None, today=lambda: TODAY)
    assert title == "Reports" and isinstance(page, ReportsPage)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    page.show()
    qtbot.waitUntil(lambda: not page.busy() and page.place_combo.count() > 0, timeout=10000)
    return page


@pytest.fixture
def demo_page(office: Any, qtbot: Any) -> ReportsPage:
    generate_demo(office.session_factory, "district", 1, as_of=AS_OF)
    return open_page(office, qtbot)


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def test_a_hospital_quarter_is_generated_previewed_saved_and_printed(demo_page: ReportsPage,
        warnings: Warnings, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = demo_page
    assert page.kind_combo.currentText() == "Quarterly joint supervision visit report"
    hospital = page.place_combo.choice()
    assert hospital is not None and hospital.level == "hospital"
    assert page.period_combo.currentText() == "FY26 Q2 (Jan – Mar 2026)"
    assert page.period_combo.itemText(0).startswith("FY26 Q3")  # nothing not yet begun
    assert not page.preview.save_button.isEnabled()

    # WHEN Generate is clicked THEN the work runs off the GUI thread and the preview fills
    qtbot.mouseClick(page.generate_button, LEFT)
    assert page.generating() and page.cancel_button.isEnabled()
    assert not page.generate_button.isEnabled()
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=GENERATE_TIMEOUT)
    generated = Path(page.preview.path)
    pages = pdf_pages(generated)
    assert page.preview.document.pageCount() == len(pages) > 1
    assert "Quarterly joint supervision visit report" in pages[0] and hospital.name in pages[0]
    assert page.status_label.text().startswith(
        f"Quarterly joint supervision visit report - {hospital.name} - FY26 Q2 ready: "
        f"{len(pages)} page(s)")
    qtbot.wait(300)  # let the view paint its pages
    screenshot(page, "report-preview", tmp_path)

    # Save as… writes the file where the person chose (".pdf" added)
    chosen = tmp_path / "out" / "byumba-q2"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(chosen), "PDF files (*.pdf)"))
    with qtbot.waitSignal(page.preview.saved) as saved:
        qtbot.mouseClick(page.preview.save_button, LEFT)
    assert saved.args == [str(chosen) + ".pdf"]
    assert pdf_pages(Path(saved.args[0])) == pages
    assert page.status_label.text() == f"Saved as {chosen}.pdf."

    # Print… renders each page onto the printer the dialog set up (here a PDF file)
    printed = tmp_path / "printed.pdf"

    class FakePrintDialog:
        def __init__(self, printer: QPrinter, parent: Any = None) -> None:
            self.printer = printer

        def __getattr__(self, name: str) -> Any:
            return lambda *args: None

        def exec(self) -> int:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(printed))
            return QDialog.DialogCode.Accepted
    monkeypatch.setattr(preview_module, "QPrintDialog", FakePrintDialog)
    qtbot.mouseClick(page.preview.print_button, LEFT)
    assert len(PdfReader(printed).pages) == len(pages)
    assert page.status_label.text() == f"{len(pages)} page(s) sent to the printer."
    assert warnings.shown == []


def test_a_save_that_cannot_be_written_says_what_to_do(demo_page: ReportsPage, warnings: Warnings,
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = demo_page
    page.choose_kind("visit_plan_letter")
    qtbot.waitUntil(lambda: not page.busy() and page.place_combo.count() > 0)
    assert page.period_combo.currentText() == "May 2026"  # a letter is for next month
    assert page.period_combo.itemText(0) == "May 2026"
    assert page.choose_period("Apr 2026")  # the month the demo planned visits for
    qtbot.mouseClick(page.generate_button, LEFT)
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=GENERATE_TIMEOUT)
    missing = tmp_path / "no such folder" / "letter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(missing), "PDF files (*.pdf)"))
    qtbot.mouseClick(page.preview.save_button, LEFT)
    [(title, text)] = warnings.shown
    assert title == "Report not saved"
    assert text.endswith(f"the folder {missing.parent} does not exist. Choose another folder.")
    assert not missing.parent.exists()


def test_cancelling_the_district_pack_leaves_no_file(demo_page: ReportsPage, warnings: Warnings,
        qtbot: Any) -> None:
    page = demo_page
    page.kind_combo.setFocus()
    page.kind_combo.setCurrentIndex(page.kind_combo.findText("District coordination meeting pack"))
    qtbot.waitUntil(lambda: not page.busy() and page.place_combo.count() > 0)
    assert page.place_label.text() == "&District:"
    district = page.place_combo.choice()
    assert district is not None and district.level == "district"

    with qtbot.waitSignal(page.stopped, timeout=GENERATE_TIMEOUT) as stopped:
        qtbot.mouseClick(page.generate_button, LEFT)
        qtbot.keyClick(page.cancel_button, Qt.Key.Key_Escape)
    assert stopped.args == ["cancelled"]
    assert page.status_label.text() == "Cancelled; no file was written."
    assert list(page.work_folder.iterdir()) == []
    assert page.preview.page_count() == 0 and not page.preview.save_button.isEnabled()
    assert page.generate_button.isEnabled() and not page.cancel_button.isEnabled()
    assert warnings.shown == []


def test_periods_follow_the_office_fiscal_year(office: Any, qtbot: Any) -> None:
    with office.session_factory.begin() as session:
        build_world(session)
        session.add(Setting(key="fiscal_year_start_month", value="7"))
    page = open_page(office, qtbot)
    assert page.period_combo.currentText() == "2025/2026 Q3 (Jan – Mar 2026)"
    page.choose_kind("validation_summary")
    qtbot.waitUntil(lambda: not page.busy() and page.place_combo.count() > 0)
    assert page.period_combo.currentText() == "2025/2026 (Jul 2025 – Jun 2026)"
    assert page.place_label.text() == "&Facility (optional):"
    assert page.place_combo.currentText() == "All facilities"
    page.choose_kind("certificate")
    assert page.mentee_edit.isVisible() and not page.period_combo.isVisible()
    qtbot.mouseClick(page.generate_button, LEFT)  # no mentee chosen: said, nothing started
    assert page.status_label.text() == "Choose the mentee." and not page.generating()
