"""The QI projects page: the list of projects and the editor of the one selected."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.access import Permission
from ...core.choices import PlaceChoice
from ...qi.projects import ProjectInput
from ...qi.queries import ProjectDetail, ProjectRow
from ..access import allow
from .common import AsyncPage, RowsModel, VisitsContext, rows_view, selected_item
from .labels import QI_STATUSES, date_text, label
from .printing import print_project
from .project_editor import ProjectEditor
from .qi_dialogs import _Form, facility_combo, text_edit

FACILITY_COLUMN_WIDTH = 150


class NewProjectDialog(_Form):
    def __init__(self, context: VisitsContext, facilities: list[PlaceChoice],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("New QI project"))
        self.created: ProjectDetail | None = None
        self.facility_combo = facility_combo(self, facilities, None)
        self.title_edit = QLineEdit(self)
        self.problem_edit = text_edit(self, self.tr("The gap, with numbers when there are"))
        self.row(self.tr("&Facility:"), self.facility_combo, "facility")
        self.row(self.tr("&Title:"), self.title_edit, "title")
        self.row(self.tr("&Problem:"), self.problem_edit)
        self.save_button.setText(self.tr("&Create"))
        self.finish()

    def save(self) -> None:
        self.created = self.context.qi.create_project(ProjectInput(
            self.facility_combo.currentData() or 0, self.title_edit.text(),
            self.problem_edit.toPlainText()), self.context.today())


class QIPage(AsyncPage):
    def __init__(self, context: VisitsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.facilities: list[PlaceChoice] = []
        self._wanted: int | None = None  # the project to select once the list arrives
        self.finished_check = QCheckBox(self.tr("Show finis&hed projects"), self)
        self.finished_check.setChecked(True)
        self.finished_check.toggled.connect(lambda _on: self.load_projects())
        self.project_model = RowsModel([self.tr("Project"), self.tr("Facility"),
                                        self.tr("Status"), self.tr("Started")], self)
        self.project_table = rows_view(self.project_model, self, stretch_column=0)
        # The title is what people look for: the facility's long name gives way to it.
        facility = self.project_table.horizontalHeader()
        facility.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        facility.resizeSection(1, FACILITY_COLUMN_WIDTH)
        self.project_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.new_button = QPushButton(self.tr("&New project…"), self)
        self.new_button.clicked.connect(self.new_project)
        allow(self.new_button, context.actor(), Permission.QI)
        self.print_button = QPushButton(self.tr("P&rint project page…"), self)
        self.print_button.clicked.connect(self.print_project)
        self.editor = ProjectEditor(context, self)
        self.editor.saved.connect(self._project_saved)
        self._show_project(None)
        self._lay_out()
        self.project_table.selectionModel().selectionChanged.connect(
            lambda *_: self._selection_changed())
        self.load_choices()
        self.load_projects()

    def _lay_out(self) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("QI pro&jects:"), left)
        caption.setBuddy(self.project_table)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addStretch(1)
        top.addWidget(self.finished_check)
        column.addLayout(top)
        column.addWidget(self.project_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(self.load_error)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

    # --- loading ----------------------------------------------------------------------
    def load_choices(self) -> None:
        qi = self.context.qi
        self.load("choices", lambda: (qi.facilities(), qi.indicators()), self._show_choices)

    def _show_choices(self, result: Any) -> None:
        self.facilities, indicators = result
        self.editor.set_choices(self.facilities, indicators)

    def load_projects(self) -> None:
        include = self.finished_check.isChecked()
        self.load("projects", lambda: self.context.qi.projects(include), self._show_projects)

    def _show_projects(self, rows: list[ProjectRow]) -> None:
        current = self._wanted or (self.editor.project.id if self.editor.project else None)
        self.project_model.set_rows(
            [(r.title, r.facility, label(QI_STATUSES, r.status), date_text(r.started_on))
             for r in rows], rows,
            ["muted" if r.status in ("closed", "abandoned") else "" for r in rows])
        self._wanted = None
        for row, project in enumerate(rows):
            if project.id == current:
                self.project_table.selectRow(row)
                return

    def select_project(self, project_id: int) -> None:
        """Select a project, loading the list again if it is not shown yet."""
        self._wanted = project_id
        self.load_projects()

    def _selection_changed(self) -> None:
        row = selected_item(self.project_table)
        if row is None:
            return
        if self.editor.project is not None and self.editor.project.id == row.id:
            return
        today = self.context.today()
        self.load("project", lambda: self.context.qi.project(row.id, today),
                  self._show_project)

    def reload(self) -> None:
        """Projects or actions changed: the list, and the project shown, read again."""
        self.load_projects()
        if self.editor.project is not None:
            project_id, today = self.editor.project.id, self.context.today()
            self.load("project", lambda: self.context.qi.project(project_id, today),
                      self._show_project)

    # --- actions ----------------------------------------------------------------------
    def new_project(self) -> None:
        dialog = NewProjectDialog(self.context, self.facilities, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self._show_project(dialog.created)
            self.select_project(dialog.created.id)

    def _show_project(self, project: ProjectDetail | None) -> None:
        self.editor.show_project(project)
        self.print_button.setEnabled(project is not None)  # nothing to print without one

    def print_project(self) -> None:
        project = self.editor.project
        if project is not None:
            print_project(self, project.id, project.title, self.context.today())

    def _project_saved(self, _project: ProjectDetail) -> None:
        self.load_projects()  # its title, status or dates may have changed
