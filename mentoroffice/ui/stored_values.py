"""Stored values as people read them in the record lists: codes as words, and the values a
spreadsheet export gets (labels for codes, numbers and dates kept as numbers and dates)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def value_labels() -> dict[str, dict[str, str]]:
    """Labels for the enumeration values stored in the database, by column id.

    Spelled out as translate("Labels", ...) so that lupdate finds them (an alias named
    tr would be read as tr(text, disambiguation)).
    """
    translate = QCoreApplication.translate
    return {
        "level": {
            "country": translate("Labels", "Country"),
            "province": translate("Labels", "Province"),
            "district": translate("Labels", "District"),
            "hospital": translate("Labels", "Hospital"),
            "health_center": translate("Labels", "Health center"),
            "health_post": translate("Labels", "Health post"),
        },
        "sex": {
            "F": translate("Labels", "Female"),
            "M": translate("Labels", "Male"),
        },
        "cadre": {
            "doctor": translate("Labels", "Doctor"),
            "intern_doctor": translate("Labels", "Intern doctor"),
            "nurse": translate("Labels", "Nurse"),
            "midwife": translate("Labels", "Midwife"),
            "anesthetist": translate("Labels", "Anesthetist"),
            "chw": translate("Labels", "CHW"),
            "ceho": translate("Labels", "CEHO"),
            "administrator": translate("Labels", "Administrator"),
            "other": translate("Labels", "Other"),
        },
        "role": {
            "provider": translate("Labels", "Provider"),
            "facility_leader": translate("Labels", "Facility leader"),
            "qi_team": translate("Labels", "QI team"),
            "data_manager": translate("Labels", "Data manager"),
            "chw": translate("Labels", "CHW"),
            "supervisor": translate("Labels", "Supervisor"),
        },
        "kind": {
            # visits
            "joint_hospital": translate("Labels", "Joint hospital visit"),
            "health_center": translate("Labels", "Health center visit"),
            "health_post": translate("Labels", "Health post visit"),
            "community": translate("Labels", "Community visit"),
            "joint_supervision": translate("Labels", "Joint supervision"),
            "baseline": translate("Labels", "Baseline"),
            # assessments
            "pre_test": translate("Labels", "Pre-test"),
            "coaching": translate("Labels", "Coaching"),
            "post_mentorship": translate("Labels", "Post-mentorship"),
            "supervision": translate("Labels", "Supervision"),
        },
        "status": {
            # visits
            "planned": translate("Labels", "Planned"),
            "done": translate("Labels", "Done"),
            "missed": translate("Labels", "Missed"),
            "cancelled": translate("Labels", "Cancelled"),
            # QI projects
            "active": translate("Labels", "Active"),
            "sustaining": translate("Labels", "Sustaining"),
            "closed": translate("Labels", "Closed"),
            "abandoned": translate("Labels", "Abandoned"),
        },
    }


def export_value(column: str, value: Any, labels: dict[str, dict[str, str]],
                 yes_no: tuple[str, str]) -> Any:
    """A stored value for a spreadsheet: codes as their labels, the rest as it is."""
    if value is None:
        return None
    column_labels = labels.get(column)
    if column_labels is not None:
        return column_labels.get(str(value), str(value))
    if isinstance(value, bool):
        return yes_no[0] if value else yes_no[1]
    return value
