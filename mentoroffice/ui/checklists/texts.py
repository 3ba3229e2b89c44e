"""Words the checklist screens share: assessment kinds, cadres, dates, percentages, scores."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from ...checklists.service import EntryPreview
from ...data.enums import AssessmentKind, FormKind

CONTEXT = "Checklists"
MENTEE_KINDS = (AssessmentKind.PRE_TEST, AssessmentKind.COACHING, AssessmentKind.POST_MENTORSHIP)
FACILITY_KINDS = (AssessmentKind.BASELINE, AssessmentKind.SUPERVISION)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kinds_for(form_kind: str) -> tuple[AssessmentKind, ...]:
    return FACILITY_KINDS if form_kind == FormKind.FACILITY else MENTEE_KINDS


def kind_label(kind: AssessmentKind | str) -> str:
    labels = {
        AssessmentKind.PRE_TEST: tr("Pre-test (baseline)"),
        AssessmentKind.COACHING: tr("Coaching"),
        AssessmentKind.POST_MENTORSHIP: tr("Post-mentorship"),
        AssessmentKind.BASELINE: tr("Facility baseline"),
        AssessmentKind.SUPERVISION: tr("Supervision"),
    }
    return labels.get(AssessmentKind(kind), str(kind))


def cadre_label(cadre: str) -> str:
    labels = {"doctor": tr("doctor"), "intern_doctor": tr("intern doctor"), "nurse": tr("nurse"),
              "midwife": tr("midwife"), "anesthetist": tr("anesthetist"), "chw": tr("CHW"),
              "ceho": tr("CEHO"), "administrator": tr("administrator"), "other": tr("other")}
    return labels.get(cadre, cadre.replace("_", " "))


def date_text(day: dt.date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(day, "d MMM yyyy")


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%".replace(".0%", "%")


def _codes(codes: tuple[str, ...]) -> str:
    return ", ".join(codes)


def critical_text(preview: EntryPreview) -> str:
    if preview.critical_not_done:
        if len(preview.critical_not_done) == 1:
            return tr("critical step %1 not done").replace("%1", preview.critical_not_done[0])
        return tr("critical steps %1 not done").replace("%1", _codes(preview.critical_not_done))
    if preview.critical_unanswered:
        return tr("critical steps: none missed so far")
    return tr("critical steps: all done")


def score_text(preview: EntryPreview) -> str:
    """'Score 17 / 20 = 85.0% · critical steps: all done · 2 steps to answer'."""
    if preview.done == 0 and preview.applicable == 0 and preview.unanswered:
        return tr("Score: no step answered yet · %1 steps left").replace(
            "%1", str(preview.unanswered))
    if preview.percent is None:
        head = tr("Score: no applicable step (all N/A)")
    else:
        head = tr("Score %1 / %2 = %3%").replace("%1", str(preview.done)).replace(
            "%2", str(preview.applicable)).replace("%3", f"{preview.percent:.1f}")
    parts = [head, critical_text(preview)]
    if preview.unanswered:
        parts.append(tr("%1 steps left").replace("%1", str(preview.unanswered)))
    return " · ".join(parts)


def outcome_text(preview: EntryPreview, validated_since: dt.date | None) -> str:
    """What a post-mentorship assessment would decide; empty for other kinds."""
    if not preview.decides:
        return ""
    if preview.critical_not_done:
        return "✗ " + tr("Does not validate: %1").replace("%1", critical_text(preview))
    if preview.unanswered:
        best = 100.0 * (preview.done + preview.unanswered) / (preview.applicable
                                                              + preview.unanswered)
        if best < preview.threshold:
            return "✗ " + tr("Does not validate: %1% at most, below %2%").replace(
                "%1", f"{best:.1f}").replace("%2", f"{preview.threshold:g}")
        return tr("Outcome: %1 steps still to answer").replace("%1", str(preview.unanswered))
    if preview.percent is None:
        return "✗ " + tr("Does not validate: no applicable step")
    if not preview.would_validate:
        return "✗ " + tr("Does not validate: %1% is below %2%").replace(
            "%1", f"{preview.percent:.1f}").replace("%2", f"{preview.threshold:g}")
    if validated_since is not None:
        return "✓ " + tr("Passes (already validated since %1)").replace(
            "%1", date_text(validated_since))
    return "✓ " + tr("Validates")
