"""Adding an indicator the office tracks besides the programme's outcome indicators."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.access import Permission, actor_of
from ...core.refusals import RuleRefused
from ...indicators.service import IndicatorService
from ...indicators.values import IndicatorInfo, IndicatorInput
from ..access import allow
from ..rules_text import violation_text

ERROR_STYLE = "color: #a3211a;"


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _text_box(parent: QWidget, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 14)
    return box


class AddIndicatorDialog(QDialog):
    """Code, name, what the numerator and denominator count, and which way is better."""

    def __init__(self, service: IndicatorService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.added: IndicatorInfo | None = None
        self.setWindowTitle(self.tr("Add an office indicator"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr("e.g. KMC_COVERAGE"))
        self.code_edit.setMaxLength(32)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(200)
        self.numerator_edit = _text_box(self, self.tr("Who or what is counted on top"))
        self.denominator_edit = _text_box(self, self.tr("Out of whom or what"))
        self.direction_combo = QComboBox(self)
        self.direction_combo.addItem(self.tr("Higher is better"), "up")
        self.direction_combo.addItem(self.tr("Lower is better"), "down")
        self.area_combo = QComboBox(self)
        self.area_combo.addItem(self.tr("(none)"), None)
        for code, name in service.technical_areas():
            self.area_combo.addItem(f"{code} · {name}", code)
        self.general_error = _error_label(self)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for text, widget, field in (
                (self.tr("&Code:"), self.code_edit, "code"),
                (self.tr("&Name:"), self.name_edit, "name"),
                (self.tr("N&umerator counts:"), self.numerator_edit, "numerator_definition"),
                (self.tr("&Denominator counts:"), self.denominator_edit,
                 "denominator_definition"),
                (self.tr("&Better when:"), self.direction_combo, "direction"),
                (self.tr("&Technical area:"), self.area_combo, "technical_area")):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.errors[field] = _error_label(self)
            self.errors[field].setBuddy(widget)
            form.addRow("", self.errors[field])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        allow(self.buttons.button(QDialogButtonBox.StandardButton.Save),
              actor_of(service.session_factory), Permission.INDICATORS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def data(self) -> IndicatorInput:
        return IndicatorInput(self.code_edit.text(), self.name_edit.text(),
                              self.numerator_edit.toPlainText(),
                              self.denominator_edit.toPlainText(),
                              self.direction_combo.currentData(), self.area_combo.currentData())

    def accept(self) -> None:
        for label in (self.general_error, *self.errors.values()):
            label.hide()
        try:
            self.added = self.service.add_indicator(self.data())
        except RuleRefused as refused:
            self._show(refused)
            return
        super().accept()

    def _show(self, refused: RuleRefused) -> None:
        first: QWidget | None = None
        for violation in refused.violations:
            label = self.errors.get(violation.field or "", self.general_error)
            text = label.text() + "\n" if label.isVisible() and label.text() else ""
            label.setText(text + violation_text(violation))
            label.show()
            buddy = label.buddy()
            first = first or buddy
        if first is not None:
            first.setFocus()
