"""Printing a PDF shown in the app: each page rendered by QtPdf and painted onto the printer."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter

MAX_PRINT_DPI = 300  # enough for text and charts; more only makes the print job bigger


def pages_to_print(printer: QPrinter, page_count: int) -> range:
    """The 0-based pages the person chose in the print dialog (all of them by default)."""
    if printer.printRange() == QAbstractPrintDialog.PrintRange.PageRange and printer.fromPage():
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or page_count, page_count)
        return range(first - 1, last)
    return range(page_count)


def fitted(page: QSizeF, area: QRect) -> QRect:
    """The largest rectangle of the page's shape centred in ``area``."""
    scaled = page.toSize().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRect(area.x() + (area.width() - scaled.width()) // 2,
                 area.y() + (area.height() - scaled.height()) // 2,
                 scaled.width(), scaled.height())


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the chosen pages onto ``printer``; returns how many. OSError if the printer
    cannot be opened."""
    pages = pages_to_print(printer, document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be opened.")
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            size = document.pagePointSize(page)
            pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
            image = document.render(page, pixels)
            painter.drawImage(fitted(size, painter.viewport()), image)
    finally:
        painter.end()
    return len(pages)
