"""Mentors' monthly reports and the office's feedback on them.

Hospital joint-team and district-based mentors report every month. The office sees, for a
month, who reported and who did not, next to the visits the office itself recorded for them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.refusals import NotFound, RuleRefused, Violation, rule
from ..core.writes import expect_version
from ..data.enums import MentorKind, VisitStatus
from ..data.models import Mentor, MentorReport, Person, Visit, VisitMentor
from ..text import QT_TRANSLATE_NOOP, Day
from .debriefings import A_REPORT

REPORTING_KINDS = (MentorKind.ASSOCIATION.value, MentorKind.DISTRICT.value)


@dataclass(frozen=True)
class MentorReportInput:
    mentor_id: int
    month: dt.date  # any day of the month reported on
    visits_done: int
    mentees_assessed: int
    validations: int
    challenges: str
    submitted_on: dt.date


@dataclass(frozen=True)
class MentorReportRow:
    mentor_id: int
    mentor: str
    kind: str
    association: str | None
    month: dt.date
    visits_recorded: int  # done visits the office recorded with this mentor present
    report_id: int | None  # None: not reported yet
    visits_done: int | None
    mentees_assessed: int | None
    validations: int | None
    challenges: str
    submitted_on: dt.date | None
    office_feedback: str | None
    feedback_on: dt.date | None
    version: int | None


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _next_month(first: dt.date) -> dt.date:
    return (first + dt.timedelta(days=32)).replace(day=1)


def _visits_recorded(session: Session, first: dt.date) -> Counter[int]:
    rows = session.execute(
        select(VisitMentor.mentor_id, func.count())
        .join(Visit, Visit.id == VisitMentor.visit_id)
        .where(Visit.status == VisitStatus.DONE.value, VisitMentor.present.is_(True),
               Visit.actual_start >= first, Visit.actual_start < _next_month(first))
        .group_by(VisitMentor.mentor_id))
    return Counter({mentor_id: count for mentor_id, count in rows})


def reports_for_month(session: Session, month: dt.date) -> list[MentorReportRow]:
    """Every reporting mentor with their report for the month, or none yet."""
    first = first_of_month(month)
    reports = {r.mentor_id: r for r in session.scalars(
        select(MentorReport).where(MentorReport.month == first))}
    recorded = _visits_recorded(session, first)
    rows = []
    for mentor, first_name, last_name in session.execute(
            select(Mentor, Person.first_name, Person.last_name)
            .join(Person, Person.id == Mentor.person_id)
            .where(Mentor.kind.in_(REPORTING_KINDS))
            .where(Mentor.active.is_(True) | Mentor.id.in_(list(reports)))
            .order_by(Mentor.kind, Person.last_name, Person.first_name)):
        report = reports.get(mentor.id)
        rows.append(MentorReportRow(
            mentor.id, f"{first_name} {last_name}", mentor.kind, mentor.association, first,
            recorded[mentor.id], report.id if report else None,
            report.visits_done if report else None, report.mentees_assessed if report else None,
            report.validations if report else None, report.challenges if report else "",
            report.submitted_on if report else None, report.office_feedback if report else None,
            report.feedback_on if report else None, report.version_id if report else None))
    return rows


def _report_problems(session: Session, data: MentorReportInput,
                     today: dt.date) -> list[Violation]:
    problems = []
    if session.get(Mentor, data.mentor_id) is None:
        problems.append(rule("mentor", QT_TRANSLATE_NOOP(
            "Rules", "Choose the mentor whose report this is."), field="mentor"))
    for name, value, template in (
            ("visits_done", data.visits_done,
             QT_TRANSLATE_NOOP("Rules", "Visits done cannot be negative.")),
            ("mentees_assessed", data.mentees_assessed,
             QT_TRANSLATE_NOOP("Rules", "Mentees assessed cannot be negative.")),
            ("validations", data.validations,
             QT_TRANSLATE_NOOP("Rules", "Validations cannot be negative."))):
        if value < 0:
            problems.append(rule("count", template, field=name))
    if data.validations > data.mentees_assessed:
        problems.append(rule("validations", QT_TRANSLATE_NOOP(
            "Rules", "More validations than mentees assessed: a validation comes from an "
            "assessment."), field="validations"))
    if data.submitted_on < first_of_month(data.month):
        problems.append(rule("submitted_on", QT_TRANSLATE_NOOP(
            "Rules", "A report cannot be submitted before the month it reports on begins."),
            field="submitted_on"))
    if data.submitted_on > today:
        problems.append(rule("submitted_on", QT_TRANSLATE_NOOP("Rules", "{day} is in the future."),
                             field="submitted_on", day=Day(data.submitted_on)))
    return problems


def save_mentor_report(session: Session, data: MentorReportInput, today: dt.date,
                       version: int | None = None) -> MentorReport:
    """Enter or correct a mentor's report for a month (one report per mentor and month)."""
    problems = _report_problems(session, data, today)
    if problems:
        raise RuleRefused(problems)
    first = first_of_month(data.month)
    report = session.scalar(select(MentorReport).where(
        MentorReport.mentor_id == data.mentor_id, MentorReport.month == first))
    if report is None:
        report = MentorReport(mentor_id=data.mentor_id, month=first)
        session.add(report)
    else:
        expect_version(report, version, A_REPORT)
    report.visits_done, report.mentees_assessed = data.visits_done, data.mentees_assessed
    report.validations, report.submitted_on = data.validations, data.submitted_on
    report.challenges = data.challenges.strip()
    session.flush()
    return report


def give_feedback(session: Session, report_id: int, feedback: str, on: dt.date,
                  version: int | None = None) -> MentorReport:
    """The office's written feedback on a report; giving it again replaces it."""
    report = session.get(MentorReport, report_id)
    if report is None:
        raise NotFound(f"There is no mentor report with id {report_id}.")
    if version is not None:
        expect_version(report, version, A_REPORT)
    if not feedback.strip():
        raise RuleRefused([rule("feedback", QT_TRANSLATE_NOOP(
            "Rules", "Write the feedback to send to the mentor."), field="feedback")])
    if on < report.submitted_on:
        raise RuleRefused([rule("feedback_on", QT_TRANSLATE_NOOP(
            "Rules", "Feedback on {on} comes before the report was submitted ({submitted})."),
            field="feedback_on", on=Day(on), submitted=Day(report.submitted_on))])
    report.office_feedback, report.feedback_on = feedback.strip(), on
    session.flush()
    return report
