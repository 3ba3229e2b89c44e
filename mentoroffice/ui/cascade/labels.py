"""Words shown for the values the database stores (levels, cadres, roles, kinds...).

Stored values are stable identifiers; what people read is translated here, in the "Cascade"
context, so Qt Linguist finds every label.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


LEVELS = {
    "country": QT_TRANSLATE_NOOP("Cascade", "Country"),
    "province": QT_TRANSLATE_NOOP("Cascade", "Province"),
    "district": QT_TRANSLATE_NOOP("Cascade", "District"),
    "hospital": QT_TRANSLATE_NOOP("Cascade", "Hospital"),
    "health_center": QT_TRANSLATE_NOOP("Cascade", "Health center"),
    "health_post": QT_TRANSLATE_NOOP("Cascade", "Health post"),
    "community": QT_TRANSLATE_NOOP("Cascade", "CHW group"),
}
CADRES = {
    "doctor": QT_TRANSLATE_NOOP("Cascade", "Doctor"),
    "intern_doctor": QT_TRANSLATE_NOOP("Cascade", "Intern doctor"),
    "nurse": QT_TRANSLATE_NOOP("Cascade", "Nurse"),
    "midwife": QT_TRANSLATE_NOOP("Cascade", "Midwife"),
    "anesthetist": QT_TRANSLATE_NOOP("Cascade", "Anesthetist"),
    "chw": QT_TRANSLATE_NOOP("Cascade", "CHW"),
    "ceho": QT_TRANSLATE_NOOP("Cascade", "CEHO"),
    "administrator": QT_TRANSLATE_NOOP("Cascade", "Administrator"),
    "other": QT_TRANSLATE_NOOP("Cascade", "Other"),
}
ROLES = {
    "provider": QT_TRANSLATE_NOOP("Cascade", "Provider"),
    "facility_leader": QT_TRANSLATE_NOOP("Cascade", "Facility leader"),
    "qi_team": QT_TRANSLATE_NOOP("Cascade", "QI team"),
    "data_manager": QT_TRANSLATE_NOOP("Cascade", "Data manager"),
    "chw": QT_TRANSLATE_NOOP("Cascade", "CHW"),
    "supervisor": QT_TRANSLATE_NOOP("Cascade", "Supervisor"),
}
PERSON_ROLES = {  # the people list's role filter: mentor/mentee, then posting roles
    "mentor": QT_TRANSLATE_NOOP("Cascade", "Mentor"),
    "mentee": QT_TRANSLATE_NOOP("Cascade", "Mentee"),
    **ROLES,
}
END_REASONS = {
    "transfer": QT_TRANSLATE_NOOP("Cascade", "Transfer"),
    "attrition": QT_TRANSLATE_NOOP("Cascade", "Attrition (left the service)"),
    "promotion": QT_TRANSLATE_NOOP("Cascade", "Promotion"),
    "retirement": QT_TRANSLATE_NOOP("Cascade", "Retirement"),
    "studies": QT_TRANSLATE_NOOP("Cascade", "Studies"),
    "death": QT_TRANSLATE_NOOP("Cascade", "Death"),
    "other": QT_TRANSLATE_NOOP("Cascade", "Other"),
}
MENTOR_KINDS = {
    "association": QT_TRANSLATE_NOOP("Cascade", "Association mentor"),
    "district": QT_TRANSLATE_NOOP("Cascade", "District-based mentor"),
    "hc_provider": QT_TRANSLATE_NOOP("Cascade", "Health-center provider mentor"),
    "community": QT_TRANSLATE_NOOP("Cascade", "Community mentor"),
}
GAP_KINDS = {
    "joint_team": QT_TRANSLATE_NOOP("Cascade", "Hospital joint team incomplete"),
    "health_center_area": QT_TRANSLATE_NOOP("Cascade", "Health center area uncovered"),
    "health_post": QT_TRANSLATE_NOOP("Cascade", "Health post without mentor"),
    "chw_group": QT_TRANSLATE_NOOP("Cascade", "CHW group not mentored"),
    "leaving": QT_TRANSLATE_NOOP("Cascade", "Mentor left, not replaced"),
}
SEXES = {"F": QT_TRANSLATE_NOOP("Cascade", "Female"), "M": QT_TRANSLATE_NOOP("Cascade", "Male")}
ENROLMENT_STATUS = {
    "active": QT_TRANSLATE_NOOP("Cascade", "Active"),
    "completed": QT_TRANSLATE_NOOP("Cascade", "Completed"),
    "withdrawn": QT_TRANSLATE_NOOP("Cascade", "Withdrawn"),
}


def label(table: dict[str, str], value: str | None) -> str:
    """The translated label of a stored value; the value itself when it is unknown."""
    if value is None:
        return ""
    return translate("Cascade", table[value]) if value in table else value.replace("_", " ")


def mentor_kind(kind: str | None, association: str | None = None) -> str:
    if kind is None:
        return ""
    if association:
        return f"{label(MENTOR_KINDS, kind)} ({association})"
    return label(MENTOR_KINDS, kind)


def date_text(value: dt.date | None, empty: str = "—") -> str:
    if value is None:
        return empty
    return QLocale().toString(to_qdate(value), "dd MMM yyyy")


def score_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)
