"""The choosers' records are one family (mentoroffice.core.choices), used by every service."""

from __future__ import annotations

import ast
import typing
from pathlib import Path

import pytest

from mentoroffice.cascade.service import CascadeService
from mentoroffice.checklists.service import ChecklistService, person_detail
from mentoroffice.core import choices
from mentoroffice.core.choices import (
    AreaChoice,
    Choice,
    FormChoice,
    MentorChoice,
    PersonChoice,
    PlaceChoice,
    PlaceOrGroupChoice,
)
from mentoroffice.indicators.service import IndicatorService
from mentoroffice.qi.service import QIService
from mentoroffice.reports.service import ReportService
from mentoroffice.visits.service import VisitService

PACKAGE = Path(choices.__file__).resolve().parents[1]


def test_labels() -> None:
    hospital = PlaceChoice(3, "Byumba District Hospital", "hospital")
    assert hospital.label == "Byumba District Hospital" and hospital.parent is None
    assert PersonChoice(1, "Grace Uwimana").label == "Grace Uwimana"
    assert PersonChoice(1, "Grace Uwimana", "RN-12").label == "Grace Uwimana (RN-12)"
    assert AreaChoice("MNH", "Maternal and newborn health").label == "Maternal and newborn health"


def test_a_person_found_for_a_checklist_says_cadre_and_place() -> None:
    place = PlaceChoice(3, "Byumba District Hospital", "hospital")
    nurse = PersonChoice(1, "Grace Uwimana", person_detail("nurse", place), place)
    assert nurse.label == "Grace Uwimana (nurse, Byumba District Hospital)"
    assert person_detail("medical_doctor", None) == "medical doctor"


def test_the_id_keyed_choices_fit_the_protocol() -> None:
    def shown(choice: Choice) -> tuple[int, str]:
        return choice.id, choice.label

    assert shown(PlaceChoice(1, "A", "district")) == (1, "A")
    assert shown(PersonChoice(2, "B", "x")) == (2, "B (x)")


@pytest.mark.parametrize(("method", "returned"), [
    (ChecklistService.forms, FormChoice),
    (ChecklistService.search_mentees, PersonChoice),
    (ChecklistService.search_assessors, PersonChoice),
    (ChecklistService.search_facilities, PlaceChoice),
    (ChecklistService.tracker_facilities, PlaceChoice),
    (ChecklistService.technical_areas, AreaChoice),
    (IndicatorService.facilities, PlaceChoice),
    (VisitService.facilities, PlaceChoice),
    (VisitService.letter_facilities, PlaceChoice),
    (QIService.facilities, PlaceChoice),
    (ReportService.places, PlaceChoice),
    (ReportService.validated_mentees, PersonChoice),
    (ReportService.mentors, PersonChoice),
    (CascadeService.mentors_for_completer, MentorChoice),
    (CascadeService.facilities_for_completer, PlaceOrGroupChoice),
], ids=lambda v: getattr(v, "__qualname__", ""))
def test_the_services_return_the_family(method: typing.Any, returned: type) -> None:
    assert typing.get_type_hints(method)["return"] == list[returned]


def test_no_choice_record_is_defined_elsewhere() -> None:
    """A new chooser's record joins the family instead of copying one."""
    elsewhere = []
    for path in PACKAGE.rglob("*.py"):
        if path == Path(choices.__file__).resolve():
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        elsewhere += [f"{path.relative_to(PACKAGE)}: {node.name}" for node in ast.walk(tree)
                      if isinstance(node, ast.ClassDef) and node.name.endswith("Choice")]
    assert elsewhere == []
