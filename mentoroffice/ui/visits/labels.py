"""Words shown for the values the visit and QI tables store, translated in the "Visits" context.

Stored values stay stable identifiers; Qt Linguist finds every label here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

CONTEXT = "Visits"

VISIT_KINDS = {
    "joint_hospital": QT_TRANSLATE_NOOP("Visits", "Joint team (hospital)"),
    "health_center": QT_TRANSLATE_NOOP("Visits", "Health center"),
    "health_post": QT_TRANSLATE_NOOP("Visits", "Health post"),
    "community": QT_TRANSLATE_NOOP("Visits", "CHW group"),
    "joint_supervision": QT_TRANSLATE_NOOP("Visits", "Joint supervision"),
    "baseline": QT_TRANSLATE_NOOP("Visits", "Baseline assessment"),
}
VISIT_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("Visits", "Planned"),
    "done": QT_TRANSLATE_NOOP("Visits", "Done"),
    "missed": QT_TRANSLATE_NOOP("Visits", "Missed"),
    "cancelled": QT_TRANSLATE_NOOP("Visits", "Cancelled"),
    "overdue": QT_TRANSLATE_NOOP("Visits", "Not recorded"),
}
ACTIVITIES = {
    "entry_meeting": QT_TRANSLATE_NOOP("Visits", "Entry meeting"),
    "data_review": QT_TRANSLATE_NOOP("Visits", "Data review"),
    "ldhf_session": QT_TRANSLATE_NOOP("Visits", "LDHF session"),
    "case_observation": QT_TRANSLATE_NOOP("Visits", "Case observation"),
    "ward_round": QT_TRANSLATE_NOOP("Visits", "Ward round"),
    "bedside_teaching": QT_TRANSLATE_NOOP("Visits", "Bedside teaching"),
    "debriefing": QT_TRANSLATE_NOOP("Visits", "Debriefing"),
}
ATTENDEE_ROLES = {
    "mentee": QT_TRANSLATE_NOOP("Visits", "Mentee"),
    "leadership": QT_TRANSLATE_NOOP("Visits", "Leadership"),
    "qi_team": QT_TRANSLATE_NOOP("Visits", "QI team"),
    "mentor": QT_TRANSLATE_NOOP("Visits", "Mentor"),
    "other": QT_TRANSLATE_NOOP("Visits", "Other staff"),
}
CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("Visits", "Phone"),
    "whatsapp": QT_TRANSLATE_NOOP("Visits", "WhatsApp"),
    "teleconference": QT_TRANSLATE_NOOP("Visits", "Teleconference"),
}
QI_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("Visits", "Planned"),
    "active": QT_TRANSLATE_NOOP("Visits", "Active"),
    "sustaining": QT_TRANSLATE_NOOP("Visits", "Sustaining"),
    "closed": QT_TRANSLATE_NOOP("Visits", "Closed"),
    "abandoned": QT_TRANSLATE_NOOP("Visits", "Abandoned"),
}
CAUSE_CATEGORIES = {
    "staff": QT_TRANSLATE_NOOP("Visits", "Staff"),
    "procedures": QT_TRANSLATE_NOOP("Visits", "Procedures"),
    "equipment": QT_TRANSLATE_NOOP("Visits", "Equipment"),
    "supplies": QT_TRANSLATE_NOOP("Visits", "Supplies and drugs"),
    "environment": QT_TRANSLATE_NOOP("Visits", "Environment"),
    "patients": QT_TRANSLATE_NOOP("Visits", "Patients"),
    "measurement": QT_TRANSLATE_NOOP("Visits", "Measurement"),
    "management": QT_TRANSLATE_NOOP("Visits", "Management"),
}
ACTION_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Visits", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Visits", "In progress"),
    "done": QT_TRANSLATE_NOOP("Visits", "Done"),
    "dropped": QT_TRANSLATE_NOOP("Visits", "Dropped"),
}
ESCALATION_LEVELS = {
    "facility": QT_TRANSLATE_NOOP("Visits", "Facility"),
    "district": QT_TRANSLATE_NOOP("Visits", "District"),
    "ministry": QT_TRANSLATE_NOOP("Visits", "Ministry"),
}
ESCALATION_CATEGORIES = {
    "staffing": QT_TRANSLATE_NOOP("Visits", "Staffing"),
    "drugs_supplies": QT_TRANSLATE_NOOP("Visits", "Drugs and supplies"),
    "equipment": QT_TRANSLATE_NOOP("Visits", "Equipment"),
    "infrastructure": QT_TRANSLATE_NOOP("Visits", "Infrastructure"),
    "other": QT_TRANSLATE_NOOP("Visits", "Other"),
}
ESCALATION_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Visits", "Open"),
    "acknowledged": QT_TRANSLATE_NOOP("Visits", "Acknowledged"),
    "resolved": QT_TRANSLATE_NOOP("Visits", "Resolved"),
    "closed_unresolved": QT_TRANSLATE_NOOP("Visits", "Closed unresolved"),
}
MENTOR_KINDS = {
    "association": QT_TRANSLATE_NOOP("Visits", "Joint team"),
    "district": QT_TRANSLATE_NOOP("Visits", "District-based"),
}


def label(table: dict[str, str], value: str | None) -> str:
    """The translated word for a stored value; the value itself when unknown."""
    if value is None:
        return ""
    source = table.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else value


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_text(day: dt.date | None) -> str:
    """A date as people in the office read it: '6 Apr 2026', month named in their language
    (numeric dates are read month-first or day-first depending on who reads)."""
    if day is None:
        return ""
    return QLocale().toString(to_qdate(day), "d MMM yyyy")


def month_text(day: dt.date) -> str:
    """'May 2026', the month named in the user's language."""
    return QLocale().toString(to_qdate(day), "MMMM yyyy")


def days_text(start: dt.date, end: dt.date | None) -> str:
    """'6–8 Apr 2026' within a month, else both dates in full."""
    if end is None or end == start:
        return date_text(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{date_text(end)}"
    return f"{date_text(start)} – {date_text(end)}"
