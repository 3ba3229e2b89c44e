"""The assessment entry's running score: the steps done over those that apply, the critical
steps, and what a post-mentorship assessment would decide (validates or not), shown as the
steps are scored.

Its widgets belong to the entry and its texts keep the entry's translation context.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...checklists.forms import FormDefinition
from ...checklists.service import ChecklistService, preview_entry
from ...core.choices import PersonChoice
from ...data.enums import AssessmentKind, ItemResult
from .texts import outcome_text, score_text

translate = QCoreApplication.translate
PASS_STYLE = "background: #dcf2e2; color: #0b5a22; padding: 2px 6px; font-weight: bold;"
FAIL_STYLE = "background: #f8dcdc; color: #8a1010; padding: 2px 6px; font-weight: bold;"


class ScoreBar(QObject):
    """The score and outcome labels (`layout`, with the steps' error label below them)."""

    def __init__(self, entry: QWidget, service: ChecklistService, error_label: QLabel) -> None:
        super().__init__(entry)
        self.service = service
        self._validated_since: dt.date | None = None
        self.layout = QVBoxLayout()
        bar = QHBoxLayout()
        self.score_label = QLabel(entry)
        self.score_label.setStyleSheet("font-weight: bold;")
        self.outcome_label = QLabel(entry)
        self.outcome_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        bar.addWidget(self.score_label)
        bar.addSpacing(12)
        bar.addWidget(self.outcome_label)
        bar.addStretch()
        self.layout.addLayout(bar)
        self.layout.addWidget(error_label)

    def look_up_validation(self, mentee: PersonChoice | None,
                           form: FormDefinition | None) -> None:
        """Since when the mentee is validated on the form (the outcome says so)."""
        self._validated_since = (self.service.validated_on(mentee.id, form.code)
                                 if mentee is not None and form is not None else None)

    def show(self, form: FormDefinition | None, kind: AssessmentKind,
             results: dict[str, ItemResult], forms_listed: bool) -> None:
        if form is None:
            self.score_label.clear()
            self.outcome_label.clear()
            if forms_listed:
                self.score_label.setText(translate(
                    "AssessmentEntry", "No usable checklist form: see the form files."))
            return
        preview = preview_entry(form, kind, results)
        self.score_label.setText(score_text(preview))
        outcome = outcome_text(preview, self._validated_since)
        self.outcome_label.setText(outcome)
        self.outcome_label.setStyleSheet(PASS_STYLE if outcome.startswith("✓")
                                         else FAIL_STYLE if outcome.startswith("✗") else "")
        self.outcome_label.setVisible(bool(outcome))
