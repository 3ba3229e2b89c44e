"""The generated PDF inside the app (QtPdf), with Save as… and Print…."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPalette,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...reports.service import ReportFailed
from .printing import print_pdf

log = logging.getLogger(__name__)
SaveCopy = Callable[[str, str], None]


class PdfPreview(QWidget):
    saved = Signal(str)  # where the copy was written
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, save_copy: SaveCopy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_copy = save_copy
        self.path: str | None = None
        self.suggested_name = "report.pdf"
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setAccessibleName(self.tr("Report preview"))
        palette = self.view.palette()  # pages stand out on grey, as in PDF readers
        palette.setColor(QPalette.ColorRole.Dark, QColor("#8a8d91"))
        self.view.setPalette(palette)
        self.pages_label = QLabel(self.tr("No report yet."), self)
        # a long report title wraps here instead of widening the window past the screen
        self.pages_label.setWordWrap(True)
        self.pages_label.setMinimumWidth(1)
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.addItem(self.tr("Fit width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom_combo.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom_combo.addItem(self.tr("100%"), QPdfView.ZoomMode.Custom)
        self.zoom_combo.currentIndexChanged.connect(self._zoom)
        zoom_label = QLabel(self.tr("&Zoom:"), self)
        zoom_label.setBuddy(self.zoom_combo)
        self.save_button = QPushButton(self.tr("Save &as…"), self)
        self.save_button.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_document)
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label, 1)
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom_combo)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    # --- the document --------------------------------------------------------------------
    def load(self, path: str, suggested_name: str) -> bool:
        """Show the PDF at ``path``; False (and nothing shown) if QtPdf cannot read it."""
        self.unload()
        error = self.document.load(path)
        if error != QPdfDocument.Error.None_:
            log.warning("QtPdf could not open %s: %s", path, error)
            self.pages_label.setText(self.tr("The report could not be shown (%1).")
                                     .replace("%1", str(error.name)))
            return False
        self.path, self.suggested_name = path, suggested_name
        count = self.page_count()
        self.pages_label.setText(self.tr("%1: %n page(s)", "", count).replace(
            "%1", Path(suggested_name).stem))
        self.view.pageNavigator().jump(0, QPointF(), 0)
        self._update_buttons()
        return True

    def unload(self) -> None:
        """Let go of the file (so it can be deleted), showing nothing."""
        self.document.close()
        self.path = None
        self.pages_label.setText(self.tr("No report yet."))
        self._update_buttons()

    def page_count(self) -> int:
        return self.document.pageCount() if self.path else 0

    def _update_buttons(self) -> None:
        for button in (self.save_button, self.print_button):
            button.setEnabled(self.path is not None)

    def _zoom(self) -> None:
        mode = self.zoom_combo.currentData()
        self.view.setZoomMode(mode)
        if mode == QPdfView.ZoomMode.Custom:
            self.view.setZoomFactor(1.0)

    # --- save and print ------------------------------------------------------------------
    def save_as(self) -> str | None:
        if self.path is None:
            return None
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / self.suggested_name) if folder else self.suggested_name
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save report as"),
                                                      suggested, self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        if not chosen.lower().endswith(".pdf"):
            chosen += ".pdf"
        try:
            self.save_copy(self.path, chosen)
        except ReportFailed as error:
            QMessageBox.warning(self, self.tr("Report not saved"), str(error))
            return None
        self.saved.emit(chosen)
        return chosen

    def print_document(self) -> int:
        """Ask for the printer and pages, then print; returns the pages printed."""
        if self.path is None:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                          QPageLayout.Orientation.Portrait,
                                          printer.pageLayout().margins()))
        printer.setFullPage(True)  # the PDF has its own margins
        printer.setDocName(Path(self.suggested_name).stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print report"))
        dialog.setMinMax(1, self.page_count())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = print_pdf(self.document, printer)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Not printed"), self.tr(
                "%1 Check that the printer is on and connected, then try again.")
                .replace("%1", str(error)))
            return 0
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.printed.emit(count)
        return count
