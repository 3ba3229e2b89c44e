"""What the Reports page says about each report and period, through Qt's translation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ...periods import Period
from ...reports.service import ReportKind

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def report_title(kind: ReportKind) -> str:
    titles = {
        "supervision": translate("Reports", "Quarterly joint supervision visit report"),
        "district_pack": translate("Reports", "District coordination meeting pack"),
        "validation_summary": translate("Reports", "Validation summary"),
        "certificate": translate("Reports", "Mentee certificate of validation"),
        "mentor_report": translate("Reports", "Monthly mentor report"),
        "visit_plan_letter": translate("Reports", "Visit plan letter"),
        "qi_projects": translate("Reports", "QI project pages"),
    }
    return titles.get(kind.code, kind.title)


def report_description(kind: ReportKind) -> str:
    descriptions = {
        "supervision": translate(
            "Reports",
            "One hospital (or health center) with the units under it: visits, "
            "mentees, competencies, findings, QI, actions, escalations, "
            "indicator run charts and next steps.",
        ),
        "district_pack": translate(
            "Reports",
            "A summary by level (hospital, health centers, health posts, "
            "community), then each hospital's supervision report.",
        ),
        "validation_summary": translate(
            "Reports",
            "Mentees validated by professional association and fiscal "
            "year, and by technical area at health centers; for one "
            "facility's catchment if you choose one.",
        ),
        "certificate": translate("Reports", "One page per competency the mentee was validated in."),
        "mentor_report": translate(
            "Reports",
            "The mentor's report for the month beside what the office "
            "recorded, with the office's feedback.",
        ),
        "visit_plan_letter": translate(
            "Reports",
            "To the facility's leadership: dates, mentors, what to prepare, staff to release.",
        ),
        "qi_projects": translate(
            "Reports", "One page per QI project active at the facility in the quarter."
        ),
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
