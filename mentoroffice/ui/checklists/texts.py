"""Words the checklist screens share: assessment kinds, cadres, dates, percentages, scores.

Strings outside widgets are marked with ``translate("Checklists", "...")`` so that lupdate
collects them (it reads that call, not a wrapper around it).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from ...checklists.service import EntryPreview
from ...data.enums import AssessmentKind, FormKind

translate = QCoreApplication.translate
MENTEE_KINDS = (AssessmentKind.PRE_TEST, AssessmentKind.COACHING, AssessmentKind.POST_MENTORSHIP)
FACILITY_KINDS = (AssessmentKind.BASELINE, AssessmentKind.SUPERVISION)


def fill(text: str, *values: object) -> str:
    """Put values into %1, %2... (Qt's placeholders, which translators keep)."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def kinds_for(form_kind: str) -> tuple[AssessmentKind, ...]:
    return FACILITY_KINDS if form_kind == FormKind.FACILITY else MENTEE_KINDS


def kind_label(kind: AssessmentKind | str) -> str:
    labels = {
        AssessmentKind.PRE_TEST: translate("Checklists", "Pre-test (baseline)"),
        AssessmentKind.COACHING: translate("Checklists", "Coaching"),
        AssessmentKind.POST_MENTORSHIP: translate("Checklists", "Post-mentorship"),
        AssessmentKind.BASELINE: translate("Checklists", "Facility baseline"),
        AssessmentKind.SUPERVISION: translate("Checklists", "Supervision"),
    }
    return labels.get(AssessmentKind(kind), str(kind))


def cadre_label(cadre: str) -> str:
    labels = {
        "doctor": translate("Checklists", "doctor"),
        "intern_doctor": translate("Checklists", "intern doctor"),
        "nurse": translate("Checklists", "nurse"),
        "midwife": translate("Checklists", "midwife"),
        "anesthetist": translate("Checklists", "anesthetist"),
        "chw": translate("Checklists", "CHW"),
        "ceho": translate("Checklists", "CEHO"),
        "administrator": translate("Checklists", "administrator"),
        "other": translate("Checklists", "other"),
    }
    return labels.get(cadre, cadre.replace("_", " "))


def date_text(day: dt.date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(day, "d MMM yyyy")


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%".replace(".0%", "%")


def critical_text(preview: EntryPreview) -> str:
    missed = preview.critical_not_done
    if len(missed) == 1:
        return fill(translate("Checklists", "critical step %1 not done"), missed[0])
    if missed:
        return fill(translate("Checklists", "critical steps %1 not done"), ", ".join(missed))
    if preview.critical_unanswered:
        return translate("Checklists", "critical steps: none missed so far")
    return translate("Checklists", "critical steps: all done")


def score_text(preview: EntryPreview) -> str:
    """'Score 17 / 20 = 85.0% · critical steps: all done · 2 steps left'."""
    if preview.done == 0 and preview.applicable == 0 and preview.unanswered:
        return fill(translate("Checklists", "Score: no step answered yet · %1 steps left"),
                    preview.unanswered)
    if preview.percent is None:
        head = translate("Checklists", "Score: no applicable step (all N/A)")
    else:
        head = fill(translate("Checklists", "Score %1 / %2 = %3%"), preview.done,
                    preview.applicable, f"{preview.percent:.1f}")
    parts = [head, critical_text(preview)]
    if preview.unanswered:
        parts.append(fill(translate("Checklists", "%1 steps left"), preview.unanswered))
    return " · ".join(parts)


def outcome_text(preview: EntryPreview, validated_since: dt.date | None) -> str:
    """What a post-mentorship assessment would decide; empty for other kinds."""
    if not preview.decides:
        return ""
    if preview.critical_not_done:
        return "✗ " + fill(translate("Checklists", "Does not validate: %1"),
                           critical_text(preview))
    if preview.unanswered:
        best = 100.0 * (preview.done + preview.unanswered) / (preview.applicable
                                                              + preview.unanswered)
        if best < preview.threshold:
            text = translate("Checklists", "Does not validate: %1% at most, below %2%")
            return "✗ " + fill(text, f"{best:.1f}", f"{preview.threshold:g}")
        return fill(translate("Checklists", "Outcome: %1 steps still to answer"),
                    preview.unanswered)
    if preview.percent is None:
        return "✗ " + translate("Checklists", "Does not validate: no applicable step")
    if not preview.would_validate:
        return "✗ " + fill(translate("Checklists", "Does not validate: %1% is below %2%"),
                           f"{preview.percent:.1f}", f"{preview.threshold:g}")
    if validated_since is not None:
        return "✓ " + fill(translate("Checklists", "Passes (already validated since %1)"),
                           date_text(validated_since))
    return "✓ " + translate("Checklists", "Validates")
