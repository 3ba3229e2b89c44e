"""A person's page: postings history, mentor profile, enrolments and competency status."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...cascade.service import MentorProfile, PersonPage
from .common import RowsModel
from .facility_detail import heading, table_view
from .labels import (
    CADRES,
    END_REASONS,
    ENROLMENT_STATUS,
    LEVELS,
    ROLES,
    SEXES,
    date_text,
    label,
    mentor_kind,
    score_text,
)


class MentorProfileView(QWidget):
    """Kind, association, areas, selection and orientation results, assignments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.none_label = QLabel(self.tr("No mentor profile. A validated mentee can be "
                                         "promoted to mentor one level down."), self)
        self.none_label.setWordWrap(True)
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, text in (("kind", self.tr("Kind:")), ("areas", self.tr("Technical areas:")),
                          ("selected", self.tr("Selected on:")),
                          ("selection", self.tr("Selection score:")),
                          ("notes", self.tr("Selection notes:")),
                          ("oriented", self.tr("Oriented on:")),
                          ("theory", self.tr("Orientation, theory:")),
                          ("practical", self.tr("Orientation, practical:")),
                          ("status", self.tr("Status:"))):
            value = QLabel(self)
            value.setWordWrap(True)
            self.values[key] = value
            self.form.addRow(text, value)
        self.assignments = RowsModel([self.tr("Place"), self.tr("Area"), self.tr("From"),
                                      self.tr("To"), self.tr("Override reason")], self)
        self.assignments_view = table_view(self.assignments, self, stretch=0)
        self.assignments_heading = heading(self.tr("Assignments"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none_label)
        layout.addLayout(self.form)
        layout.addWidget(self.assignments_heading)
        layout.addWidget(self.assignments_view, 1)

    def show_profile(self, mentor: MentorProfile | None) -> None:
        self.none_label.setVisible(mentor is None)
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, mentor is not None)
        self.assignments_heading.setVisible(mentor is not None)
        self.assignments_view.setVisible(mentor is not None)
        if mentor is None:
            self.assignments.set_rows([])
            return
        v = self.values
        v["kind"].setText(mentor_kind(mentor.kind, mentor.association))
        v["areas"].setText(", ".join(mentor.areas) or "—")
        v["selected"].setText(date_text(mentor.selected_on))
        v["selection"].setText(score_text(mentor.selection_score))
        v["notes"].setText(mentor.selection_notes or "—")
        v["oriented"].setText(date_text(mentor.oriented_on, self.tr("not yet")))
        v["theory"].setText(score_text(mentor.orientation_theory))
        v["practical"].setText(score_text(mentor.orientation_practical))
        v["status"].setText(self.tr("active") if mentor.active else self.tr("inactive"))
        rows = mentor.assignments
        self.assignments.set_rows(
            [(a.place, a.technical_area or "", date_text(a.start_date),
              date_text(a.end_date, self.tr("open")), a.override_reason or "") for a in rows],
            items=rows, muted=[a.end_date is not None for a in rows])


class PersonPanel(QWidget):
    """Everything the office knows about one person, read-only; actions live on the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person: PersonPage | None = None
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: #5f6368;")
        self.current = QLabel(self)
        self.current.setWordWrap(True)
        self.postings = RowsModel([self.tr("Facility"), self.tr("Level"), self.tr("Role"),
                                   self.tr("From"), self.tr("To"), self.tr("Why it ended")], self)
        self.postings_view = table_view(self.postings, self, stretch=0)
        self.mentor_view = MentorProfileView(self)
        self.enrolments_view = QTreeWidget(self)
        self.enrolments_view.setHeaderLabels([
            self.tr("Enrolment, competency"), self.tr("Latest score"),
            self.tr("Assessed"), self.tr("Validated on"), self.tr("Assessments")])
        self.enrolments_view.setRootIsDecorated(False)
        self.enrolments_view.setAlternatingRowColors(True)
        header = self.enrolments_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.postings_view, self.tr("Postings"))
        self.tabs.addTab(self.mentor_view, self.tr("Mentor profile"))
        self.tabs.addTab(self.enrolments_view, self.tr("Competencies"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.current)
        layout.addWidget(self.tabs, 1)
        self.show_person(None)

    def show_person(self, person: PersonPage | None) -> None:
        self.person = person
        if person is None:
            self.title.setText(self.tr("Choose a person in the list"))
            for label_widget in (self.subtitle, self.current):
                label_widget.clear()
            self.postings.set_rows([])
            self.mentor_view.show_profile(None)
            self.enrolments_view.clear()
            return
        self.title.setText(person.name if person.active
                           else self.tr("%1 (inactive)").replace("%1", person.name))
        details = [label(CADRES, person.cadre), label(SEXES, person.sex), person.qualification,
                   person.phone, person.code and self.tr("code %1").replace("%1", person.code)]
        self.subtitle.setText(" · ".join(d for d in details if d))
        self.current.setText(self._current_text(person))
        self._show_postings(person)
        self.mentor_view.show_profile(person.mentor)
        self._show_enrolments(person)

    def _current_text(self, person: PersonPage) -> str:
        posting = person.current_posting
        if posting is None:
            last = person.postings[-1] if person.postings else None
            if last is None:
                return self.tr("Never posted.")
            return (self.tr("Not posted since %1 (%2).")
                    .replace("%1", date_text(last.end_date))
                    .replace("%2", label(END_REASONS, last.end_reason)))
        return (self.tr("%1 at %2 since %3.").replace("%1", label(ROLES, posting.role))
                .replace("%2", posting.facility).replace("%3", date_text(posting.start_date)))

    def _show_postings(self, person: PersonPage) -> None:
        rows = list(reversed(person.postings))  # the current posting first
        self.postings.set_rows(
            [(p.facility, label(LEVELS, p.level), label(ROLES, p.role), date_text(p.start_date),
              date_text(p.end_date, self.tr("now")), label(END_REASONS, p.end_reason))
             for p in rows], items=rows, muted=[p.end_date is not None for p in rows])

    def _show_enrolments(self, person: PersonPage) -> None:
        """Each enrolment (area, facility, since, status), its competencies under it."""
        view = self.enrolments_view
        view.clear()
        for e in person.enrolments:
            top = QTreeWidgetItem(view, [
                self.tr("%1 at %2, since %3 (%4)").replace("%1", e.technical_area)
                .replace("%2", e.facility).replace("%3", date_text(e.enrolled_on))
                .replace("%4", label(ENROLMENT_STATUS, e.status).lower())])
            top.setFirstColumnSpanned(True)
            font = QFont(top.font(0))
            font.setBold(True)
            top.setFont(0, font)
            for c in e.competencies:
                child = QTreeWidgetItem(top, [
                    f"{c.form_code} — {c.title}", score_text(c.latest_score),
                    date_text(c.latest_on), date_text(c.validated_on, self.tr("not yet")),
                    str(c.assessments)])
                child.setToolTip(0, c.title)
            if not e.competencies:
                QTreeWidgetItem(top, [self.tr("(no competency planned)")])
        view.expandAll()
        if not person.enrolments:
            item = QTreeWidgetItem(view, [self.tr("Not enrolled as a mentee.")])
            item.setFirstColumnSpanned(True)
