"""The right side of the facilities page: what one facility (or CHW group) has now."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...cascade.service import AssignmentRow, ChwGroupPage, FacilityPage
from ...data.enums import Association
from ..column_widths import SIZE_SAMPLE_ROWS
from ..rows_model import RowsTableModel
from .common import ERROR_STYLE, RowsModel
from .labels import LEVELS, MENTOR_KINDS, date_text, label, mentor_kind


def table_view(model: RowsTableModel, parent: QWidget, stretch: int | None = None) -> QTableView:
    """A read-only, row-selecting table; column `stretch` takes the room left (and elides)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)  # not every row of a long list
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _kind_text(kind_or_association: str) -> str:
    """The facility summary gives the association of association mentors, else the kind."""
    if kind_or_association in {a.value for a in Association}:
        return mentor_kind("association", kind_or_association)
    return label(MENTOR_KINDS, kind_or_association)


class FacilityDetail(QWidget):
    """Title, key figures, the current mentors and the assignment history of one place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet("color: #5f6368;")
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(18)
        self.mentors = RowsModel([self.tr("Current mentor"), self.tr("Kind"), self.tr("Since")],
                                 self)
        self.assignments = RowsModel([self.tr("Mentor"), self.tr("Kind"), self.tr("Area"),
                                      self.tr("From"), self.tr("To"), self.tr("Override reason")],
                                     self)
        self.mentors_view = table_view(self.mentors, self)
        self.assignments_view = table_view(self.assignments, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.figures)
        layout.addWidget(heading(self.tr("Current mentors"), self))
        layout.addWidget(self.mentors_view, 1)
        layout.addWidget(heading(self.tr("Assignments"), self))
        layout.addWidget(self.assignments_view, 2)
        self.clear()

    def clear(self) -> None:
        self.title.setText(self.tr("Choose a facility in the tree"))
        self.subtitle.clear()
        self._set_figures([])
        self.mentors.set_rows([])
        self.assignments.set_rows([])

    def _set_figures(self, pairs: list[tuple[str, str, bool]]) -> None:
        while self.figures.count():
            widget = self.figures.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for n, (name, value, alarm) in enumerate(pairs):
            row, column = divmod(n, 2)
            self.figures.addWidget(QLabel(name, self), row, column * 2)
            shown = QLabel(value, self)
            shown.setObjectName(f"figure{n}")
            if alarm:
                shown.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
            self.figures.addWidget(shown, row, column * 2 + 1)

    def figure(self, name: str) -> str:
        """The value shown next to a figure's name (for tests and accessibility)."""
        for n in range(0, self.figures.count() - 1, 2):
            name_label = self.figures.itemAt(n).widget()
            if isinstance(name_label, QLabel) and name_label.text() == name:
                return self.figures.itemAt(n + 1).widget().text()  # type: ignore[union-attr]
        raise KeyError(name)

    def show_facility(self, page: FacilityPage) -> None:
        s = page.summary
        self.title.setText(s.name if s.active else self.tr("%1 (inactive)").replace("%1", s.name))
        parts = [label(LEVELS, s.level), s.code]
        if s.parent_name:
            parts.append(self.tr("under %1").replace("%1", s.parent_name))
        if s.dhis2_uid:
            parts.append(f"DHIS2 {s.dhis2_uid}")
        self.subtitle.setText(" · ".join(parts))
        self._set_figures([
            (self.tr("Mentees (active):"), str(s.mentee_count), False),
            (self.tr("CHW groups:"), str(page.chw_groups), False),
            (self.tr("Last visit:"), date_text(s.last_visit), False),
            (self.tr("Next visit:"), date_text(s.next_visit, self.tr("none planned")), False),
            (self.tr("Open action items:"), str(s.open_actions), False),
            (self.tr("Overdue action items:"), str(s.overdue_actions), s.overdue_actions > 0),
            (self.tr("Open escalations:"), str(s.open_escalations), s.open_escalations > 0),
        ])
        self.mentors.set_rows([(name, _kind_text(kind), since) for name, kind, since in s.mentors])
        self._show_assignments(page.assignments)

    def show_group(self, page: ChwGroupPage, today: dt.date) -> None:
        self.title.setText(page.name if page.active
                           else self.tr("%1 (inactive)").replace("%1", page.name))
        self.subtitle.setText(" · ".join([label(LEVELS, "community"), page.code,
                                          self.tr("at %1").replace("%1", page.health_center)]))
        self._set_figures([
            (self.tr("Technical area:"), page.technical_area, False),
            (self.tr("Members:"), str(page.members), not 5 <= page.members <= 9),
            (self.tr("Last community visit:"), date_text(page.last_visit, self.tr("never")),
             page.last_visit is None or (today - page.last_visit).days > 91),
        ])
        current = [a for a in page.assignments if a.end_date is None or a.end_date >= today]
        self.mentors.set_rows([(a.mentor_name, mentor_kind(a.kind, a.association),
                                date_text(a.start_date)) for a in current])
        self._show_assignments(page.assignments)

    def _show_assignments(self, rows: tuple[AssignmentRow, ...]) -> None:
        self.assignments.set_rows(
            [(a.mentor_name, mentor_kind(a.kind, a.association), a.technical_area or "",
              date_text(a.start_date), date_text(a.end_date, self.tr("open")),
              a.override_reason or "") for a in rows],
            items=rows, muted=[a.end_date is not None for a in rows])
