"""What the visit and QI screens share: the context they are handed, a rows model, pages that
load off the GUI thread, and form dialogs that show a refusal next to the field it is about."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QDate,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.access import Actor, actor_of
from ...core.refusals import NotFound, RuleRefused, Violation
from ...qi.service import QIService
from ...visits.service import VisitService
from ..column_widths import SIZE_SAMPLE_ROWS
from ..rows_model import RowsTableModel
from ..rules_text import violation_text
from ..tasks import TaskRunner

log = logging.getLogger(__name__)

Clock = Callable[[], dt.date]
T = TypeVar("T")
ERROR_STYLE = "color: #b3261e;"
LATE = QColor("#b3261e")
MUTED = QColor("#7a7a7a")


class VisitsContext(QObject):
    """Services, the date of "today" and the user, handed to every page and dialog. (What a
    page changes reaches the others through the window's `ui.changes.ChangeBroadcaster`.)"""

    def __init__(self, visits: VisitService, qi: QIService, clock: Clock, user: str,
                 runner: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.visits, self.qi, self.clock, self.user = visits, qi, clock, user
        self.runner = runner or TaskRunner(self)

    def today(self) -> dt.date:
        return self.clock()

    def actor(self) -> Actor | None:
        """Who is signed in: the window disables what their role may not do."""
        return actor_of(self.visits.session_factory)


class RowsModel(RowsTableModel):
    """Read-only display rows; each row carries the record it came from and a tone:
    "" normal, "late" in red, "muted" in grey."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent, {"late": LATE, "muted": MUTED})


def rows_view(model: RowsModel, parent: QWidget | None = None,
              stretch_column: int | None = None) -> QTableView:
    """A table of whole-row, single selection, read-only, sortable by nothing (rows come sorted)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)  # not every row of a long list
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def selected_item(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    model = view.model()
    assert isinstance(model, RowsModel)
    return model.item(rows[0].row())


def date_edit(day: dt.date, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar popup, showing the weekday (visits avoid weekends)."""
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    return edit


class ErrorLabel(QLabel):
    """A wrapped message that asks for the height its text needs at its present width
    (a plain wrapped QLabel guesses a narrow width and takes three times the room)."""

    def _fitted(self, hint: QSize) -> QSize:
        if self.wordWrap() and self.width() > 80 and self.text():
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def sizeHint(self) -> QSize:
        return self._fitted(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._fitted(super().minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


def error_label(parent: QWidget | None = None) -> QLabel:
    label = ErrorLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def messages(error: BaseException) -> str:
    if isinstance(error, RuleRefused):
        return "\n".join(violation_text(v) for v in error.violations)
    return str(error) or type(error).__name__


def warn(parent: QWidget, title: str, error: BaseException) -> None:
    """A refusal or failure that has no field to sit next to."""
    if not isinstance(error, (RuleRefused, NotFound)):
        log.error("Unexpected failure: %s", error, exc_info=error)
    QMessageBox.warning(parent, title, messages(error))


def show_violations(error: BaseException, field_errors: dict[str, QLabel],
                    general: QLabel) -> None:
    """Each refusal message next to its field's input, the rest in `general`; focus the first."""
    violations = error.violations if isinstance(error, RuleRefused) else [
        Violation("not_found", str(error))]
    grouped: dict[QLabel, list[str]] = {}
    for violation in violations:
        target = field_errors.get(violation.field or "", general)
        grouped.setdefault(target, []).append(violation_text(violation))
    for label, texts in grouped.items():
        show_error(label, "\n".join(texts))
    buddy = next(iter(grouped)).buddy()
    if buddy is not None:
        buddy.setFocus()


def cap_column(view: QTableView, column: int, width: int) -> None:
    """A column of long texts (a facility with its CHW group) gets `width` pixels, eliding the
    rest (its tooltip shows it whole), so the columns after it stay on screen."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(column, width)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)


def clear_errors(*labels: QLabel) -> None:
    for label in labels:
        show_error(label, "")


class AsyncPage(QWidget):
    """A page whose lists load on the thread pool; a newer load of a list wins over an older."""

    loaded = Signal()

    def __init__(self, context: VisitsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._generation: dict[str, int] = {}
        self._pending: set[str] = set()
        self.load_error = error_label(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

    def show_notice(self, text: str) -> None:
        """A quiet line under the buttons: what was saved where."""
        show_error(self.load_error, "")
        show_error(self.notice, text)

    def busy(self) -> bool:
        return bool(self._pending)

    def load(self, key: str, fetch: Callable[[], T], apply: Callable[[T], None],
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run fetch on the thread pool, then apply its result here (unless a newer load of
        the same key started meanwhile); a failure goes to on_error, else under the page."""
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        self._pending.add(key)
        self.context.runner.start(
            lambda _task: fetch(),
            lambda result: self._arrived(key, generation, apply, result),
            lambda error: self._failed(key, generation, error, on_error))

    def _arrived(self, key: str, generation: int, apply: Callable[[Any], None],
                 result: Any) -> None:
        if self._generation.get(key) != generation:
            return
        try:
            apply(result)
        finally:
            self._settle(key)

    def _failed(self, key: str, generation: int, error: BaseException,
                on_error: Callable[[BaseException], None] | None) -> None:
        if self._generation.get(key) != generation:
            return
        try:
            if on_error is not None:
                on_error(error)
            else:
                log.warning("Loading %s failed: %s", key, error, exc_info=error)
                show_error(self.load_error, self.tr("Could not load the list: %1").replace(
                    "%1", messages(error)))
        finally:
            self._settle(key)

    def _settle(self, key: str) -> None:
        self._pending.discard(key)
        if not self._pending:
            self.loaded.emit()


class FormDialog(QDialog):
    """A dialog that saves through a service when accepted and stays open on a refusal,
    with each message next to its field (or at the top when it has no field)."""

    def __init__(self, context: VisitsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.general_error = error_label(self)
        self.field_errors: dict[str, QLabel] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Offered when the record changed on another PC since the dialog opened: closes the
        # dialog so the page can show what is saved now and open it again on that.
        self.reload_requested = False
        self.reload_button = self.buttons.addButton(self.tr("&Reload"),
                                                    QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.setToolTip(self.tr("Close and open again on what is saved now, "
                                              "with the other PC's change"))
        self.reload_button.hide()
        self.reload_button.clicked.connect(self._reload)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.general_error)

    @property
    def save_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def field_error(self, *fields: str, widget: QWidget | None = None) -> QLabel:
        """An error label for fields; place it next to their input (`widget` gets the focus)."""
        label = error_label(self)
        if widget is not None:
            label.setBuddy(widget)
        for name in fields:
            self.field_errors[name] = label
        return label

    def save(self) -> None:
        """Call the service; raise RuleRefused to stay open."""
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.save()
        except (RuleRefused, NotFound) as error:
            self.show_refusal(error)
            return
        super().accept()

    def clear_errors(self) -> None:
        clear_errors(self.general_error, *self.field_errors.values())

    def show_refusal(self, error: BaseException) -> None:
        show_violations(error, self.field_errors, self.general_error)
        changed_elsewhere = isinstance(error, RuleRefused) and any(
            v.code == "stale" for v in error.violations)
        self.reload_button.setVisible(changed_elsewhere)

    def _reload(self) -> None:
        self.reload_requested = True
        self.reject()
