"""One QI project: aim and measure, fishbone and 5 whys, change ideas and PDSA cycles, actions.

Every change is saved at once through the QI service, which hands back the whole project; the
editor then shows that, so what is on screen is what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.access import Permission
from ...core.choices import PlaceChoice
from ...core.refusals import NotFound, RuleRefused
from ...data.enums import CauseCategory, QIStatus
from ...qi.projects import ProjectInput
from ...qi.queries import IndicatorOption, ProjectDetail
from ..access import allow, allow_all
from .common import VisitsContext, clear_errors, error_label, show_violations
from .fishbone import FishboneView
from .labels import CAUSE_CATEGORIES, QI_STATUSES, date_text, label
from .project_cycles import CyclesTab
from .qi_dialogs import text_edit


class ProjectEditor(QWidget):
    saved = Signal(object)  # the ProjectDetail as stored

    def __init__(self, context: VisitsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.project: ProjectDetail | None = None
        self.facilities: list[PlaceChoice] = []
        self.field_errors: dict[str, QLabel] = {}
        self.general_error = error_label(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._aim_tab(), self.tr("Aim an&d measure"))
        self.tabs.addTab(self._causes_tab(), self.tr("&Fishbone and 5 whys"))
        self.cycles_tab = CyclesTab(context, self._apply, self)
        self.tabs.addTab(self.cycles_tab, self.tr("Change ideas and &PDSA"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs, 1)
        self.setEnabled(False)

    # --- aim and measure --------------------------------------------------------------
    def _error_for(self, widget: QWidget, *fields: str) -> QLabel:
        label_ = error_label(self)
        label_.setBuddy(widget)
        for name in fields:
            self.field_errors[name] = label_
        return label_

    def _aim_tab(self) -> QWidget:
        tab = QWidget(self)
        column = QVBoxLayout(tab)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        self.title_edit = QLineEdit(tab)
        self.facility_combo = QComboBox(tab)
        self.status_combo = QComboBox(tab)
        for status in QIStatus:
            self.status_combo.addItem(label(QI_STATUSES, status.value), status)
        self.problem_edit = text_edit(tab, self.tr("The gap, with numbers when there are"))
        self.aim_edit = text_edit(tab, self.tr("SMART: what will improve, by how much, for whom, "
                                               "by when"))
        self.measure_edit = QLineEdit(tab)
        self.measure_edit.setPlaceholderText(self.tr("How you will know a change is an "
                                                     "improvement"))
        self.indicator_combo = QComboBox(tab)
        self.dates_label = QLabel(tab)
        self.finding_label = QLabel(tab)
        self.finding_label.setWordWrap(True)
        for text, widget, fields in (
                (self.tr("&Title:"), self.title_edit, ("title",)),
                (self.tr("Faci&lity:"), self.facility_combo, ("facility",)),
                (self.tr("&Status:"), self.status_combo, ("status", "transition")),
                (self.tr("Pro&blem:"), self.problem_edit, ()),
                (self.tr("SMART &aim:"), self.aim_edit, ("aim",)),
                (self.tr("&Measure:"), self.measure_edit, ("measure",)),
                (self.tr("&Indicator:"), self.indicator_combo, ("indicator",))):
            caption = QLabel(text, tab)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            if fields:
                form.addRow("", self._error_for(widget, *fields))
        form.addRow(self.tr("Dates:"), self.dates_label)
        form.addRow(self.tr("From finding:"), self.finding_label)
        self.save_button = QPushButton(self.tr("Sa&ve project"), tab)
        self.save_button.clicked.connect(self.save_project)
        allow(self.save_button, self.context.actor(), Permission.QI)
        form.addRow("", self.save_button)
        return tab

    def set_choices(self, facilities: list[PlaceChoice],
                    indicators: list[IndicatorOption]) -> None:
        self.facilities = facilities
        self.facility_combo.clear()
        for facility in facilities:
            self.facility_combo.addItem(facility.name, facility.id)
        self.indicator_combo.clear()
        self.indicator_combo.addItem(self.tr("(no facility indicator)"), None)
        for indicator in indicators:
            self.indicator_combo.addItem(indicator.name, indicator.id)
        if self.project is not None:
            self._fill_aim(self.project)
        else:
            self._clear_aim()

    def _fill_aim(self, project: ProjectDetail) -> None:
        self.title_edit.setText(project.title)
        self.facility_combo.setCurrentIndex(max(0, self.facility_combo.findData(
            project.org_unit_id)))
        self.status_combo.setCurrentIndex(self.status_combo.findData(QIStatus(project.status)))
        self.problem_edit.setPlainText(project.problem)
        self.aim_edit.setPlainText(project.aim)
        self.measure_edit.setText(project.measure)
        self.indicator_combo.setCurrentIndex(max(0, self.indicator_combo.findData(
            project.indicator_id)))
        dates = self.tr("started %1").replace("%1", date_text(project.started_on)) \
            if project.started_on else self.tr("not started")
        if project.closed_on:
            dates += ", " + self.tr("ended %1").replace("%1", date_text(project.closed_on))
        self.dates_label.setText(dates)
        self.finding_label.setText(project.finding or self.tr("(none)"))

    def _clear_aim(self) -> None:
        """No project: no stale figures of the last one left greyed out on screen."""
        for edit in (self.title_edit, self.problem_edit, self.aim_edit, self.measure_edit):
            edit.clear()
        for combo in (self.facility_combo, self.status_combo, self.indicator_combo):
            combo.setCurrentIndex(-1)
            combo.clearEditText()  # a searchable combo keeps its typed text otherwise
        self.dates_label.clear()
        self.finding_label.clear()

    def project_input(self) -> ProjectInput:
        return ProjectInput(self.facility_combo.currentData() or 0, self.title_edit.text(),
                            self.problem_edit.toPlainText(), self.aim_edit.toPlainText(),
                            self.measure_edit.text(), self.indicator_combo.currentData(),
                            QIStatus(self.status_combo.currentData()))

    def save_project(self) -> None:
        if self.project is None:
            return
        project = self.project
        self._apply(lambda qi, today: qi.update_project(project.id, self.project_input(), today,
                                                        project.version), self.field_errors)

    # --- fishbone and 5 whys ----------------------------------------------------------
    def _causes_tab(self) -> QWidget:
        tab = QWidget(self)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        left = QWidget(splitter)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.cause_tree = QTreeWidget(left)
        self.cause_tree.setHeaderLabels([self.tr("Causes by category; a cause's children are "
                                                 "its whys")])
        caption = QLabel(self.tr("Ca&uses:"), left)
        caption.setBuddy(self.cause_tree)
        column.addWidget(caption)
        column.addWidget(self.cause_tree, 1)
        row = QHBoxLayout()
        self.category_combo = QComboBox(left)
        for category in CauseCategory:
            self.category_combo.addItem(label(CAUSE_CATEGORIES, category.value), category)
        self.cause_edit = QLineEdit(left)
        self.cause_edit.setPlaceholderText(self.tr("A cause, or the answer to 'why?'"))
        self.cause_edit.returnPressed.connect(self.add_cause)
        row.addWidget(self.category_combo)
        row.addWidget(self.cause_edit, 1)
        column.addLayout(row)
        self.cause_error = error_label(self)
        self.cause_error.setBuddy(self.cause_edit)
        column.addWidget(self.cause_error)
        buttons = QHBoxLayout()
        self.add_cause_button = QPushButton(self.tr("Add &cause"), left)
        self.add_cause_button.clicked.connect(self.add_cause)
        self.why_button = QPushButton(self.tr("Ask &why (under the selected cause)"), left)
        self.why_button.clicked.connect(self.add_why)
        self.remove_cause_button = QPushButton(self.tr("R&emove"), left)
        self.remove_cause_button.clicked.connect(self.remove_cause)
        allow_all((self.add_cause_button, self.why_button, self.remove_cause_button),
                  self.context.actor(), Permission.QI)
        for button in (self.add_cause_button, self.why_button, self.remove_cause_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        self.fishbone = FishboneView(splitter)
        splitter.addWidget(self.fishbone)
        splitter.addWidget(left)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter)
        return tab

    def _fill_causes(self, project: ProjectDetail) -> None:
        self.cause_tree.clear()
        categories: dict[str, QTreeWidgetItem] = {}
        items: dict[int, QTreeWidgetItem] = {}
        for cause in project.causes:
            if cause.parent_id is None:
                if cause.category not in categories:
                    top = QTreeWidgetItem(self.cause_tree,
                                          [label(CAUSE_CATEGORIES, cause.category)])
                    top.setData(0, Qt.ItemDataRole.UserRole, None)
                    categories[cause.category] = top
                parent = categories[cause.category]
                text = cause.text
            else:
                parent = items[cause.parent_id]
                text = self.tr("Why? %1").replace("%1", cause.text)
            item = QTreeWidgetItem(parent, [text])
            item.setData(0, Qt.ItemDataRole.UserRole, cause.id)
            items[cause.id] = item
        self.cause_tree.expandAll()
        self.fishbone.show_causes(project.problem or project.title, {
            label(CAUSE_CATEGORIES, category): causes
            for category, causes in project.fishbone().items()})

    def selected_cause_id(self) -> int | None:
        item = self.cause_tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def add_cause(self) -> None:
        if self.project is None:
            return
        project_id, text = self.project.id, self.cause_edit.text()
        category = CauseCategory(self.category_combo.currentData())
        if self._apply(lambda qi, today: qi.add_cause(project_id, category, text, None, today),
                       general=self.cause_error):
            self._select_newest_cause()

    def add_why(self) -> None:
        parent_id = self.selected_cause_id()
        if self.project is None or parent_id is None:
            show_violations(NotFound(self.tr("Select the cause to ask 'why?' about.")), {},
                            self.cause_error)
            return
        project_id, text = self.project.id, self.cause_edit.text()
        category = CauseCategory(self.category_combo.currentData())
        if self._apply(lambda qi, today: qi.add_cause(project_id, category, text, parent_id,
                                                      today), general=self.cause_error):
            self._select_newest_cause()

    def _select_newest_cause(self) -> None:
        """Select the cause just added, so 'Ask why' goes one deeper; ready for the next."""
        self.cause_edit.clear()
        if self.project is None or not self.project.causes:
            return
        newest = max(c.id for c in self.project.causes)
        for item in self.cause_tree.findItems("", Qt.MatchFlag.MatchContains |
                                              Qt.MatchFlag.MatchRecursive):
            if item.data(0, Qt.ItemDataRole.UserRole) == newest:
                self.cause_tree.setCurrentItem(item)
        self.cause_edit.setFocus()

    def remove_cause(self) -> None:
        cause_id = self.selected_cause_id()
        if self.project is None or cause_id is None:
            return
        project_id = self.project.id
        self._apply(lambda qi, today: qi.remove_cause(project_id, cause_id, today),
                    general=self.cause_error)

    # --- showing and saving -----------------------------------------------------------
    def show_project(self, project: ProjectDetail | None) -> None:
        self.project = project
        self.setEnabled(project is not None)
        clear_errors(self.general_error, self.cause_error, *self.field_errors.values())
        if project is None:
            self.heading.setText(self.tr("Select a QI project, or start one."))
            self._clear_aim()
            return
        self.heading.setText(f"{project.title} · {project.facility} · "
                             f"{label(QI_STATUSES, project.status)}")
        self._fill_aim(project)
        self._fill_causes(project)
        self.cycles_tab.show_project(project, self.facilities)

    def _apply(self, change: Callable[[Any, Any], ProjectDetail],
               fields: dict[str, QLabel] | None = None, general: QLabel | None = None) -> bool:
        """Run a change through the QI service; show the stored project, or the refusal
        (next to `fields`' inputs, else in `general`)."""
        clear_errors(self.general_error, self.cause_error, *self.field_errors.values(),
                     *self.cycles_tab.errors())
        try:
            project = change(self.context.qi, self.context.today())
        except (RuleRefused, NotFound) as error:
            show_violations(error, fields or {}, general or self.general_error)
            return False
        self.show_project(project)
        self.saved.emit(project)
        return True
