"""Fixed English phrases that rules put inside their messages, marked for the window's
translations ("Rules" context): see mentoroffice/text.py."""

from __future__ import annotations

from ..data.enums import OrgLevel
from ..text import QT_TRANSLATE_NOOP, Term

# an org unit's level as the messages write it (its value with spaces)
LEVEL_LABELS = {
    OrgLevel.COUNTRY.value: QT_TRANSLATE_NOOP("Rules", "country"),
    OrgLevel.PROVINCE.value: QT_TRANSLATE_NOOP("Rules", "province"),
    OrgLevel.DISTRICT.value: QT_TRANSLATE_NOOP("Rules", "district"),
    OrgLevel.HOSPITAL.value: QT_TRANSLATE_NOOP("Rules", "hospital"),
    OrgLevel.HEALTH_CENTER.value: QT_TRANSLATE_NOOP("Rules", "health center"),
    OrgLevel.HEALTH_POST.value: QT_TRANSLATE_NOOP("Rules", "health post"),
}


def level_term(level: str) -> Term:
    """An org unit level ("health_center") as a translatable phrase ("health center")."""
    return Term(LEVEL_LABELS.get(level, level.replace("_", " ")))


OR = QT_TRANSLATE_NOOP("Rules", " or ")  # joins alternatives: "hospital or district"
