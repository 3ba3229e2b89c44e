"""What the Reports page says about each report and period, through Qt's translation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ...periods import Period
from ...reports.service import ReportKind

CONTEXT = "Reports"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def report_title(kind: ReportKind) -> str:
    titles = {
        "supervision": tr("Quarterly joint supervision visit report"),
        "district_pack": tr("District coordination meeting pack"),
        "validation_summary": tr("Validation summary"),
        "certificate": tr("Mentee certificate of validation"),
        "mentor_report": tr("Monthly mentor report"),
        "visit_plan_letter": tr("Visit plan letter"),
        "qi_projects": tr("QI project pages"),
    }
    return titles.get(kind.code, kind.title)


def report_description(kind: ReportKind) -> str:
    descriptions = {
        "supervision": tr("One hospital (or health center) with the units under it: visits, "
                          "mentees, competencies, findings, QI, actions, escalations, "
                          "indicator run charts and next steps."),
        "district_pack": tr("A summary by level (hospital, health centers, health posts, "
                            "community), then each hospital's supervision report."),
        "validation_summary": tr("Mentees validated by professional association and fiscal "
                                 "year, and by technical area at health centers; for one "
                                 "facility's catchment if you choose one."),
        "certificate": tr("One page per competency the mentee was validated in."),
        "mentor_report": tr("The mentor's report for the month beside what the office "
                            "recorded, with the office's feedback."),
        "visit_plan_letter": tr("To the facility's leadership: dates, mentors, what to "
                                "prepare, staff to release."),
        "qi_projects": tr("One page per QI project active at the facility in the quarter."),
    }
    return descriptions.get(kind.code, kind.description)


def _month(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, 1), "MMM yyyy")


def period_text(period: Period) -> str:
    """ "FY26 Q2 (Jan – Mar 2026)"; a month as "March 2026"."""
    if period.kind == "month":
        return QLocale().toString(QDate(period.start.year, period.start.month, 1), "MMMM yyyy")
    start, end = _month(period.start), _month(period.end)
    if period.start.year == period.end.year:
        start = QLocale().toString(QDate(period.start.year, period.start.month, 1), "MMM")
    return f"{period.label} ({start} – {end})"
