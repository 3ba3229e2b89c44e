"""A month calendar with the visits painted on their days, and holidays marked."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QCalendarWidget, QHeaderView, QTableView, QWidget

from ...visits.queries import VisitRow
from .labels import from_qdate

STATUS_COLOURS = {"planned": QColor("#1f5fa8"), "done": QColor("#2e7d32"),
                  "missed": QColor("#b3261e"), "cancelled": QColor("#8a8a8a")}
STATUS_MARKS = {"planned": "", "done": "✓ ", "missed": "✗ ", "cancelled": "– "}
KIND_MARKS = {"joint_supervision": " · JSV", "community": " · CHW", "baseline": " · baseline",
              "health_post": " · HP"}
HOLIDAY_TINT = QColor("#f3ecd9")
WEEKEND_TINT = QColor("#f4f4f4")


def short_name(name: str) -> str:
    """'Byumba District Hospital' -> 'Byumba DH', 'Kageyo Health Center: group' -> 'Kageyo HC'."""
    name = name.split(":")[0]
    for long, short in (("District Hospital", "DH"), ("Health Center", "HC"),
                        ("Health Centre", "HC"), ("Health Post", "HP"), ("Hospital", "H")):
        name = re.sub(rf"\b{long}\b", short, name)
    return name.strip()


class VisitCalendar(QCalendarWidget):
    """Each day lists its visits (a status mark, then the facility); holidays are named."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setMinimumSize(560, 440)
        self._by_day: dict[dt.date, list[tuple[str, str]]] = {}
        self._holidays: dict[dt.date, str] = {}
        self._slim_day_names()

    def _slim_day_names(self) -> None:
        """The weekday names' row gets a line's height; the weeks share the rest."""
        view = self.findChild(QTableView)
        if view is None:
            return
        header = view.verticalHeader()
        header.setMinimumSectionSize(4)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, QFontMetrics(self.font()).height() + 8)

    def set_visits(self, rows: list[VisitRow], holidays: dict[dt.date, str]) -> None:
        by_day: dict[dt.date, list[tuple[str, str]]] = defaultdict(list)
        for row in rows:
            name = short_name(row.facility) + KIND_MARKS.get(row.kind, "")
            for day in row.days():
                by_day[day].append((name, row.status))
        self._by_day, self._holidays = dict(by_day), holidays
        self.updateCells()

    def visits_on(self, day: dt.date) -> list[tuple[str, str]]:
        return list(self._by_day.get(day, []))

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        if date.month() != self.monthShown() or date.year() != self.yearShown():
            super().paintCell(painter, rect, date)
            return
        day = from_qdate(date)
        painter.save()
        try:
            self._paint_background(painter, rect, date, day)
            self._paint_day_number(painter, rect, date)
            self._paint_visits(painter, rect, day)
        finally:
            painter.restore()

    def _paint_background(self, painter: QPainter, rect: QRect, date: QDate,
                          day: dt.date) -> None:
        palette = self.palette()
        if date == self.selectedDate():
            colour = palette.color(QPalette.ColorRole.Highlight).lighter(170)
        elif day in self._holidays:
            colour = HOLIDAY_TINT
        elif day.weekday() >= 5:
            colour = WEEKEND_TINT
        else:
            colour = palette.color(QPalette.ColorRole.Base)
        painter.fillRect(rect.adjusted(1, 1, -1, -1), colour)
        if date == self.selectedDate():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))

    def _paint_day_number(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(rect.adjusted(3, 1, -4, 0),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                         str(date.day()))

    def _paint_visits(self, painter: QPainter, rect: QRect, day: dt.date) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.78))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        top = rect.top() + QFontMetrics(self.font()).height() + 1
        bottom = rect.bottom() - (line if day in self._holidays else 0) - 2
        entries = self._by_day.get(day, [])
        room = max(0, (bottom - top) // line)
        shown = entries if len(entries) <= room else entries[: max(0, room - 1)]
        width = rect.width() - 9
        for index, (name, status) in enumerate(shown):
            y = top + index * line
            colour = STATUS_COLOURS.get(status, QColor("#333333"))
            painter.fillRect(QRect(rect.left() + 2, y + 2, 3, line - 3), colour)
            painter.setPen(colour)
            text = metrics.elidedText(STATUS_MARKS.get(status, "") + name,
                                      Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(rect.left() + 7, y, width, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if len(shown) < len(entries):
            painter.setPen(QColor("#444444"))
            painter.drawText(QRect(rect.left() + 7, top + len(shown) * line, width, line),
                             Qt.AlignmentFlag.AlignLeft,
                             self.tr("+%n more", "", len(entries) - len(shown)))
        if day in self._holidays:
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(QColor("#6d5a1f"))
            painter.drawText(QRect(rect.left() + 3, rect.bottom() - line - 1, width + 4, line),
                             Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(self._holidays[day], Qt.TextElideMode.ElideRight,
                                                width + 4))
