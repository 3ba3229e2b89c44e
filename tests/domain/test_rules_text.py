"""The rules' refusals keep their English message and carry what the window needs to show them
in French or Kinyarwanda (template and values, marked in the "Rules" context)."""

from __future__ import annotations

import ast
import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from cascade_world import World, build_world
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from mentoroffice.cascade.assignments import AssignmentProposal, assign_mentor, end_assignment
from mentoroffice.cascade.facilities import FacilityInput, create_facility
from mentoroffice.cascade.promotion import promote_to_mentor
from mentoroffice.core.refusals import RuleRefused, Violation, rule
from mentoroffice.data.enums import ActionStatus, MentorKind, OrgLevel, QIStatus
from mentoroffice.data.models import ActionItem, QIProject
from mentoroffice.qi.actions import change_action_status
from mentoroffice.qi.projects import ProjectInput, update_project
from mentoroffice.text import QT_TRANSLATE_NOOP, Day, Term, Terms
from mentoroffice.ui.rules_text import refusal_text, violation_text
from mentoroffice.ui.translation import install_translators

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "mentoroffice"
ASSIGNED = dt.date(2026, 1, 5)


@pytest.fixture
def world(session) -> World:  # type: ignore[no-untyped-def]
    return build_world(session)


@pytest.fixture
def speaking(qapp):  # type: ignore[no-untyped-def]
    """Install a language's translations; removed and the default locale restored after."""
    installed = []
    default = QLocale()

    def install(language: str) -> None:
        installed.extend(install_translators(qapp, language))

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(default)


def refusal(call, *args, **kwargs) -> list[Violation]:  # type: ignore[no-untyped-def]
    with pytest.raises(RuleRefused) as refused:
        call(*args, **kwargs)
    return refused.value.violations


def filled(violation: Violation) -> str:
    return violation.template.format(**dict(violation.values))


def action_done(world: World) -> int:
    action = ActionItem(org_unit_id=world.ids["hc1"], action="Post the AMTSL job aid",
                        responsible_name="Titulaire", due_date=dt.date(2026, 3, 31),
                        status="open", created_on=dt.date(2026, 3, 1))
    world.session.add(action)
    world.session.flush()
    change_action_status(world.session, action.id, ActionStatus.DONE, dt.date(2026, 3, 10), "qi")
    return action.id


# --- the domain: English unchanged, template and values kept --------------------------------

def test_rule_fills_the_template_and_keeps_it() -> None:
    violation = rule("dates", QT_TRANSLATE_NOOP("Rules", "The end date {end} is before {code}."),
                     field="date", end=Day(dt.date(2026, 3, 5)), code="X")
    assert violation.message == "The end date 05 Mar 2026 is before X."
    assert violation.template == "The end date {end} is before {code}."
    assert dict(violation.values) == {"end": "05 Mar 2026", "code": "X"}
    assert (violation.code, violation.field, violation.overridable) == ("dates", "date", False)
    assert Terms(["a", "b"], " or ") == "a or b" and Term("open") == "open"


def test_an_assignment_refusal_keeps_its_english_message_and_its_template(world: World) -> None:
    world.mentor("dm", MentorKind.DISTRICT)
    for hc in ("hc1", "hc2"):
        assign_mentor(world.session, AssignmentProposal(world.ids["dm"], ASSIGNED,
                                                        org_unit_id=world.ids[hc]))
    [capacity] = refusal(assign_mentor, world.session, AssignmentProposal(
        world.ids["dm"], ASSIGNED, org_unit_id=world.ids["hc3"]))
    assert capacity.message == ("A district-based mentor covers at most 2 health centers at a "
                                "time; Dm Mentor already covers Health Center 1, Health Center 2.")
    assert capacity.overridable and capacity.code == "capacity"
    world.mentor("newcomer", MentorKind.DISTRICT)
    [level] = refusal(assign_mentor, world.session, AssignmentProposal(
        world.ids["newcomer"], ASSIGNED, org_unit_id=world.ids["hp1"]))
    assert level.message == ("Newcomer Mentor is a district-based mentor: they mentor at a "
                             "health center, not at Health Post 1 (health post).")
    assignment = assign_mentor(world.session, AssignmentProposal(
        world.ids["dm"], dt.date(2026, 2, 1), org_unit_id=world.ids["hc3"]),
        override_reason="Covering a vacancy")
    [dates] = refusal(end_assignment, world.session, assignment.id, dt.date(2026, 1, 20))
    assert dates.message == ("The end date 20 Jan 2026 is before the assignment's start "
                             "01 Feb 2026.")
    for violation in (capacity, level, dates):
        assert violation.template and filled(violation) == violation.message


def test_qi_status_refusals_keep_their_english_message_and_their_template(world: World) -> None:
    action_id = action_done(world)
    [action] = refusal(change_action_status, world.session, action_id, ActionStatus.OPEN,
                       dt.date(2026, 3, 11), "qi")
    assert action.message == ("An action that is done cannot become open; it can become "
                              "nothing: it is final.")
    project = QIProject(org_unit_id=world.ids["hc1"], title="KMC", status="closed")
    world.session.add(project)
    world.session.flush()
    [status] = refusal(update_project, world.session, project.id, ProjectInput(
        world.ids["hc1"], "KMC", aim="More KMC", measure="KMC coverage",
        status=QIStatus.SUSTAINING), dt.date(2026, 3, 11), project.version_id)
    assert status.message == ("A QI project that is closed cannot become sustaining; it can "
                              "become active.")
    for violation in (action, status):
        assert filled(violation) == violation.message


def test_lists_and_levels_inside_a_message_read_as_before(world: World) -> None:
    [parent] = refusal(create_facility, world.session, FacilityInput(
        "HC9", "Health Center 9", OrgLevel.HEALTH_CENTER, world.ids["province"]))
    assert parent.message == ("A health center sits under a hospital or district, not under "
                              "Northern Province.")
    nurse = world.person("nurse", "Alice", "Uwase", posted_at="hp1")
    [eligible] = refusal(promote_to_mentor, world.session, nurse, MentorKind.HC_PROVIDER,
                         ["MNH"], dt.date(2026, 3, 1))
    assert eligible.message == (
        "Alice Uwase cannot become a mentor yet: not yet validated on any competency; works at "
        "a health post: there is no level below to mentor (community mentors are chosen among "
        "health-center staff).")
    for violation in (parent, eligible):
        assert filled(violation) == violation.message


# --- the window: the same refusals in its language -------------------------------------------

def test_the_english_window_shows_the_english_message(world: World, qapp) -> None:  # type: ignore[no-untyped-def]
    action_id = action_done(world)
    with pytest.raises(RuleRefused) as refused:
        change_action_status(world.session, action_id, ActionStatus.OPEN, dt.date(2026, 3, 11),
                             "qi")
    [violation] = refused.value.violations
    assert violation_text(violation) == violation.message
    assert refusal_text(refused.value) == str(refused.value)
    assert violation_text(Violation("input", "Plain text")) == "Plain text"


def test_the_french_window_translates_a_refusal_with_its_values(world: World, speaking) -> None:  # type: ignore[no-untyped-def]
    action_id = action_done(world)
    speaking("fr")
    [transition] = refusal(change_action_status, world.session, action_id, ActionStatus.OPEN,
                           dt.date(2026, 3, 11), "qi")
    assert violation_text(transition) == ("Une action réalisée ne peut pas devenir ouverte ; "
                                          "statuts possibles : aucun, ce statut est définitif.")
    [parent] = refusal(create_facility, world.session, FacilityInput(
        "HC9", "Health Center 9", OrgLevel.HEALTH_CENTER, world.ids["province"]))
    assert violation_text(parent) == ("Un établissement de niveau « centre de santé » relève du "
                                      "niveau « hôpital ou district », pas de Northern "
                                      "Province.")
    world.mentor("dm", MentorKind.DISTRICT)
    assignment = assign_mentor(world.session, AssignmentProposal(
        world.ids["dm"], dt.date(2026, 3, 2), org_unit_id=world.ids["hc1"]))
    [dates] = refusal(end_assignment, world.session, assignment.id, dt.date(2026, 1, 20))
    french = QLocale(QLocale.Language.French, QLocale.Country.Rwanda)
    end = french.toString(QDate(2026, 1, 20), "dd MMM yyyy")
    start = french.toString(QDate(2026, 3, 2), "dd MMM yyyy")
    assert violation_text(dates) == (f"La date de fin ({end}) est antérieure au début de "
                                     f"l'assignation ({start}).")
    assert "mars" in start
    assert refusal_text(RuleRefused([transition, parent]), "\n") == "\n".join(
        [violation_text(transition), violation_text(parent)])


def test_the_kinyarwanda_window_translates_a_refusal(world: World, speaking) -> None:  # type: ignore[no-untyped-def]
    speaking("rw")
    [parent] = refusal(create_facility, world.session, FacilityInput(
        "HC9", "Health Center 9", OrgLevel.HEALTH_CENTER, world.ids["province"]))
    assert violation_text(parent) == ('Urwego "ikigo nderabuzima" rubarizwa munsi ya "ibitaro '
                                      'cyangwa akarere", si munsi ya Northern Province.')


def test_a_translation_that_does_not_fit_its_values_falls_back_to_english() -> None:
    violation = Violation("x", "English text", template="Template {missing}",
                          values=(("other", 1),))
    assert violation_text(violation) == "English text"


# --- the sources: every refusal is marked, every translation keeps its placeholders ----------

def domain_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py")
            if p.relative_to(PACKAGE).parts[0] not in ("ui", "data")]


def calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and (getattr(node.func, "id", None) == name
                 or getattr(node.func, "attr", None) == name)]


def test_no_domain_module_builds_a_violation_with_a_plain_message() -> None:
    checked = 0
    for path in domain_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(PACKAGE)
        if path != PACKAGE / "core" / "refusals.py":
            assert not calls(tree, "Violation"), f"{where} builds Violation(...): use rule()"
        for call in calls(tree, "rule") + calls(tree, "_may_override"):
            template = call.args[1] if len(call.args) > 1 else None
            assert not isinstance(template, ast.Constant | ast.JoinedStr | ast.BinOp), (
                f"{where}:{call.lineno} passes an unmarked message: "
                "use QT_TRANSLATE_NOOP(\"Rules\", ...)")
            checked += 1
    assert checked > 100


@pytest.mark.parametrize("language", ["fr", "rw"])
def test_every_rule_is_translated_with_the_same_placeholders(language: str) -> None:
    tree = ET.parse(ROOT / "resources" / "translations" / f"mentoroffice_{language}.ts")
    [rules] = [c for c in tree.getroot().iter("context") if c.findtext("name") == "Rules"]
    messages = rules.findall("message")
    assert len(messages) > 100
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        assert translation.text, source
        assert (sorted(re.findall(r"\{\w*\}", translation.text))
                == sorted(re.findall(r"\{\w*\}", source))), source
