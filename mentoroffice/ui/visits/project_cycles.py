"""A QI project's change ideas, PDSA cycles and action items (a tab of the project editor)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.access import Permission
from ...core.choices import PlaceChoice
from ...qi.projects import PdsaInput
from ...qi.queries import CycleRow, ProjectDetail
from ..access import allow, allow_all
from .common import RowsModel, VisitsContext, date_edit, error_label, rows_view, selected_item
from .labels import ACTION_STATUSES, date_text, from_qdate, label, to_qdate
from .qi_dialogs import ActionDialog, _Form, text_edit

Apply = Callable[..., bool]
NOT_ENDED = dt.date(2000, 1, 1)  # the end field's "not ended yet"


class PdsaDialog(_Form):
    """A new PDSA cycle, or one being written up as it goes (do, study, act)."""

    def __init__(self, context: VisitsContext, project: ProjectDetail,
                 cycle: CycleRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        number = cycle.cycle_no if cycle else len(project.cycles) + 1
        self.setWindowTitle(self.tr("PDSA cycle %1").replace("%1", str(number)))
        self.project, self.cycle = project, cycle
        self.saved_project: ProjectDetail | None = None
        self.idea_combo = QComboBox(self)
        self.idea_combo.addItem(self.tr("(no change idea)"), None)
        for idea_id, text in project.change_ideas:
            self.idea_combo.addItem(text, idea_id)
        self.plan_edit = text_edit(self, self.tr("The change, where, who, and what you predict"))
        self.do_edit = text_edit(self, self.tr("What was done; what was observed"))
        self.study_edit = text_edit(self, self.tr("Results against the prediction"))
        self.act_edit = text_edit(self, self.tr("Adopt, adapt or abandon; the next cycle"))
        self.start_edit = date_edit(cycle.start_date if cycle else context.today(), self)
        self.end_edit = date_edit(NOT_ENDED, self)
        self.end_edit.setMinimumDate(to_qdate(NOT_ENDED))
        self.end_edit.setSpecialValueText(self.tr("not ended yet"))
        if cycle is not None and cycle.end_date is not None:
            self.end_edit.setDate(to_qdate(cycle.end_date))
        self.row(self.tr("&Change idea:"), self.idea_combo, "change_idea")
        self.row(self.tr("&Plan:"), self.plan_edit, "plan")
        self.row(self.tr("&Do:"), self.do_edit)
        self.row(self.tr("St&udy:"), self.study_edit, "study", "act")
        self.row(self.tr("&Act:"), self.act_edit)
        self.row(self.tr("Star&ts:"), self.start_edit)
        self.row(self.tr("&Ends:"), self.end_edit, "end_date", "dates")
        if cycle is not None:
            self.idea_combo.setCurrentIndex(max(0, self.idea_combo.findData(
                cycle.change_idea_id)))
            for edit, text in ((self.plan_edit, cycle.plan), (self.do_edit, cycle.do),
                               (self.study_edit, cycle.study), (self.act_edit, cycle.act)):
                edit.setPlainText(text)
        self.finish(640)

    def cycle_input(self) -> PdsaInput:
        end = from_qdate(self.end_edit.date())
        return PdsaInput(self.plan_edit.toPlainText(), from_qdate(self.start_edit.date()),
                         None if end == NOT_ENDED else end, self.do_edit.toPlainText(),
                         self.study_edit.toPlainText(), self.act_edit.toPlainText(),
                         self.idea_combo.currentData())

    def save(self) -> None:
        today = self.context.today()
        if self.cycle is None:
            self.saved_project = self.context.qi.add_cycle(self.project.id, self.cycle_input(),
                                                           today)
        else:
            self.saved_project = self.context.qi.update_cycle(self.cycle.id, self.cycle_input(),
                                                       self.cycle.version, today)


class CyclesTab(QWidget):
    def __init__(self, context: VisitsContext, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.apply = context, apply
        self.project: ProjectDetail | None = None
        self.facilities: list[PlaceChoice] = []
        self.idea_error = error_label(self)
        self.field_errors: dict[str, QLabel] = {"text": self.idea_error}
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._ideas_box())
        splitter.addWidget(self._cycles_box())
        splitter.addWidget(self._actions_box())
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def errors(self) -> list[QLabel]:
        return [self.idea_error]

    def _ideas_box(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        self.idea_list = QListWidget(box)
        caption = QLabel(self.tr("Change &ideas:"), box)
        caption.setBuddy(self.idea_list)
        row = QHBoxLayout()
        self.idea_edit = QLineEdit(box)
        self.idea_edit.setPlaceholderText(self.tr("A change worth testing"))
        self.idea_edit.returnPressed.connect(self.add_idea)
        self.idea_error.setBuddy(self.idea_edit)
        self.add_idea_button = QPushButton(self.tr("Add chan&ge idea"), box)
        self.add_idea_button.clicked.connect(self.add_idea)
        allow(self.add_idea_button, self.context.actor(), Permission.QI)
        row.addWidget(self.idea_edit, 1)
        row.addWidget(self.add_idea_button)
        for widget in (caption, self.idea_list):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.idea_error)
        return box

    def _cycles_box(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        self.cycle_model = RowsModel([self.tr("No."), self.tr("Change idea"), self.tr("Plan"),
                                      self.tr("Do"), self.tr("Study"), self.tr("Act"),
                                      self.tr("Start"), self.tr("End")], self)
        self.cycle_table = rows_view(self.cycle_model, box, stretch_column=2)
        header = self.cycle_table.horizontalHeader()
        for column in (2, 3, 4, 5):  # plan, do, study, act share the width; tooltips show all
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 190)
        self.cycle_table.doubleClicked.connect(lambda _i: self.edit_cycle())
        caption = QLabel(self.tr("PDSA c&ycles:"), box)
        caption.setBuddy(self.cycle_table)
        row = QHBoxLayout()
        self.new_cycle_button = QPushButton(self.tr("New PDSA &cycle…"), box)
        self.new_cycle_button.clicked.connect(self.new_cycle)
        self.edit_cycle_button = QPushButton(self.tr("&Edit cycle…"), box)
        self.edit_cycle_button.clicked.connect(self.edit_cycle)
        allow_all((self.new_cycle_button, self.edit_cycle_button), self.context.actor(),
                  Permission.QI)
        row.addWidget(self.new_cycle_button)
        row.addWidget(self.edit_cycle_button)
        row.addStretch(1)
        layout.addWidget(caption)
        layout.addWidget(self.cycle_table, 1)
        layout.addLayout(row)
        return box

    def _actions_box(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        self.action_model = RowsModel([self.tr("Action"), self.tr("Responsible"),
                                       self.tr("Due"), self.tr("Status")], self)
        self.action_table = rows_view(self.action_model, box, stretch_column=0)
        caption = QLabel(self.tr("Ac&tion plan:"), box)
        caption.setBuddy(self.action_table)
        self.add_action_button = QPushButton(self.tr("Add acti&on…"), box)
        self.add_action_button.clicked.connect(self.add_action)
        allow(self.add_action_button, self.context.actor(), Permission.QI)
        layout.addWidget(caption)
        layout.addWidget(self.action_table, 1)
        layout.addWidget(self.add_action_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def show_project(self, project: ProjectDetail, facilities: list[PlaceChoice]) -> None:
        self.project, self.facilities = project, facilities
        self.idea_list.clear()
        self.idea_list.addItems([text for _id, text in project.change_ideas])
        ideas = dict(project.change_ideas)
        self.cycle_model.set_rows(
            [(str(c.cycle_no), ideas.get(c.change_idea_id, "") if c.change_idea_id else "",
              c.plan, c.do, c.study, c.act, date_text(c.start_date), date_text(c.end_date))
             for c in project.cycles], list(project.cycles))
        self.action_model.set_rows(
            [(a.action, a.responsible, date_text(a.due_date), label(ACTION_STATUSES, a.status)
              + (self.tr(" · %1 days late").replace("%1", str(a.days_overdue))
                 if a.days_overdue else ""))
             for a in project.actions], list(project.actions),
            ["late" if a.days_overdue else "muted" if a.status in ("done", "dropped") else ""
             for a in project.actions])

    def add_idea(self) -> None:
        if self.project is None:
            return
        project_id, text = self.project.id, self.idea_edit.text()
        if self.apply(lambda qi, today: qi.add_change_idea(project_id, text, today),
                      self.field_errors, self.idea_error):
            self.idea_edit.clear()

    def new_cycle(self) -> None:
        self._open_cycle(None)

    def edit_cycle(self) -> None:
        cycle = selected_item(self.cycle_table)
        if cycle is not None:
            self._open_cycle(cycle)

    def _open_cycle(self, cycle: CycleRow | None) -> None:
        if self.project is None:
            return
        dialog = PdsaDialog(self.context, self.project, cycle, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_project is not None:
            saved = dialog.saved_project
            self.apply(lambda _qi, _today: saved)

    def add_action(self) -> None:
        if self.project is None:
            return
        project = self.project
        facilities = [f for f in self.facilities if f.id == project.org_unit_id] or [
            PlaceChoice(project.org_unit_id, project.facility, "")]
        dialog = ActionDialog(self.context, facilities, project.org_unit_id,
                              project_id=project.id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply(lambda qi, today: qi.project(project.id, today))

