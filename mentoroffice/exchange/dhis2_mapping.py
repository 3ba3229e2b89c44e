"""The DHIS2 mapping the office edits in the app: which data element (and category option combo)
each figure goes to, and the data set ADX files name. Stored in `dhis2_mapping` and `setting`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.refusals import NotFound, RuleRefused, Violation, rule
from ..core.writes import expect_version
from ..data.models import Dhis2Mapping, Indicator, Setting, TechnicalArea
from ..text import QT_TRANSLATE_NOOP
from .dhis2 import AREA_METRICS, BASE_METRICS, DATA_SET_SETTING, indicator_metric

A_MAPPING = QT_TRANSLATE_NOOP("Rules", "This DHIS2 mapping")
DHIS2_UID = re.compile(r"^[A-Za-z][A-Za-z0-9]{10}$")
NOT_A_UID = QT_TRANSLATE_NOOP("Rules", "A DHIS2 identifier is 11 letters or digits, starting "
                              "with a letter.")
BASE_LABELS = {
    "mentees_reached": "Mentees reached (assessed at least once in the period)",
    "mentees_validated": "Mentees validated in the period",
    "visits_done": "Mentorship visits done",
}


@dataclass(frozen=True)
class MappingRow:
    id: int
    metric: str
    label: str
    technical_area: str | None
    data_element: str
    category_option_combo: str | None
    version: int  # the mapping's version when read: an edit or a removal sends it back


def known_metrics(session: Session) -> dict[str, str]:
    """Metric -> label, for the mapping editor's list: the figures and every indicator's parts."""
    metrics = dict(BASE_LABELS)
    for code, name in session.execute(select(Indicator.code, Indicator.name)
                                      .order_by(Indicator.code)):
        metrics[indicator_metric(code, "num")] = f"{name}: numerator"
        metrics[indicator_metric(code, "den")] = f"{name}: denominator"
    return metrics


def list_mappings(session: Session) -> list[MappingRow]:
    labels = known_metrics(session)
    return [MappingRow(m.id, m.metric, labels.get(m.metric, m.metric), m.technical_area,
                       m.data_element, m.category_option_combo, m.version_id)
            for m in session.scalars(select(Dhis2Mapping).order_by(Dhis2Mapping.metric,
                                                                   Dhis2Mapping.technical_area))]


def _problems(session: Session, metric: str, area: str | None, element: str,
              combo: str | None, mapping_id: int | None) -> list[Violation]:
    problems = []
    if metric not in known_metrics(session):
        problems.append(rule("metric", QT_TRANSLATE_NOOP(
            "Rules", "'{metric}' is not a figure MentorOffice sends."), field="metric",
            metric=metric))
    if area is not None and metric not in AREA_METRICS:
        problems.append(rule("area", QT_TRANSLATE_NOOP(
            "Rules", "Only mentees reached and mentees validated are counted by technical "
            "area."), field="technical_area"))
    if area is not None and session.get(TechnicalArea, area) is None:
        problems.append(rule("area", QT_TRANSLATE_NOOP(
            "Rules", "There is no technical area {area}."), field="technical_area", area=area))
    for value, name in ((element, "data_element"), (combo, "category_option_combo")):
        if value is not None and not DHIS2_UID.match(value):
            problems.append(rule(name, NOT_A_UID, field=name))
    clash = session.scalar(select(Dhis2Mapping.id).where(
        Dhis2Mapping.metric == metric,
        Dhis2Mapping.technical_area.is_(None) if area is None
        else Dhis2Mapping.technical_area == area))
    if clash is not None and clash != mapping_id:
        if area:
            problems.append(rule("duplicate", QT_TRANSLATE_NOOP(
                "Rules", "This figure already has a mapping for {area}."), field="metric",
                area=area))
        else:
            problems.append(rule("duplicate", QT_TRANSLATE_NOOP(
                "Rules", "This figure already has a mapping."), field="metric"))
    return problems


def save_mapping(session: Session, metric: str, data_element: str,
                 technical_area: str | None = None, category_option_combo: str | None = None,
                 mapping_id: int | None = None, version: int | None = None) -> int:
    """Add a mapping (mapping_id None) or change one (as read at `version`); refusals name the
    field to correct."""
    element = data_element.strip()
    combo = (category_option_combo or "").strip() or None
    area = (technical_area or "").strip() or None
    problems = _problems(session, metric, area, element, combo, mapping_id)
    if problems:
        raise RuleRefused(problems)
    mapping = session.get(Dhis2Mapping, mapping_id) if mapping_id is not None else None
    if mapping_id is not None and mapping is None:
        raise NotFound(f"There is no DHIS2 mapping with id {mapping_id}.")
    if mapping is not None and version is not None:
        expect_version(mapping, version, A_MAPPING)
    if mapping is None:
        mapping = Dhis2Mapping()
        session.add(mapping)
    mapping.metric, mapping.technical_area = metric, area
    mapping.data_element, mapping.category_option_combo = element, combo
    session.flush()
    return mapping.id


def delete_mapping(session: Session, mapping_id: int, version: int | None = None) -> None:
    mapping = session.get(Dhis2Mapping, mapping_id)
    if mapping is None:
        raise NotFound(f"There is no DHIS2 mapping with id {mapping_id}.")
    if version is not None:
        expect_version(mapping, version, A_MAPPING)
    session.delete(mapping)
    session.flush()


def set_data_set(session: Session, uid: str | None) -> None:
    """The DHIS2 data set ADX files name (None clears it)."""
    value = (uid or "").strip()
    if value and not DHIS2_UID.match(value):
        raise RuleRefused([rule("data_set", NOT_A_UID, field="data_set")])
    setting = session.get(Setting, DATA_SET_SETTING)
    if not value:
        if setting is not None:
            session.delete(setting)
    elif setting is None:
        session.add(Setting(key=DATA_SET_SETTING, value=value))
    else:
        setting.value = value
    session.flush()


__all__ = ["BASE_METRICS", "MappingRow", "delete_mapping", "known_metrics", "list_mappings",
           "save_mapping", "set_data_set"]
