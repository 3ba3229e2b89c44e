"""Tables 1 and 2 reproduce a hand-computed table on a crafted dataset, rounding included."""

from __future__ import annotations

import datetime as dt

import pytest
from cascade_world import World, build_world
from sqlalchemy import select

from mentoroffice.cascade.assignments import AssignmentProposal, assign_mentor
from mentoroffice.data.enums import MentorKind
from mentoroffice.data.models import Assessment, FormDefinition, Validation
from mentoroffice.figures.validation_summary import (
    AreaRow,
    by_association,
    by_technical_area,
    percent,
)
from mentoroffice.periods import fiscal_year

FY25 = fiscal_year(2025)  # 1 Oct 2024 - 30 Sep 2025
IN_FY25 = dt.date(2025, 2, 3)
IN_FY26 = dt.date(2025, 10, 6)


class Crafted:
    def __init__(self, world: World) -> None:
        self.world, self.count = world, 0
        self.forms = dict(world.session.execute(
            select(FormDefinition.code, FormDefinition.id)).tuples().all())

    def mentee(self, at: str) -> str:
        self.count += 1
        key = f"mentee{self.count}"
        self.world.person(key, f"Mentee{self.count}", "Crafted", posted_at=at)
        return key

    def assess(self, mentee: str, form: str, by: str, at: str, on: dt.date,
               validated: bool = False) -> None:
        kind = "post_mentorship" if validated else "coaching"
        assessment = Assessment(form_id=self.forms[form], kind=kind,
                                mentee_id=self.world.ids[mentee], org_unit_id=self.world.ids[at],
                                assessor_id=self.world.ids[f"{by}_person"], assessed_on=on,
                                done_count=9 if validated else 5, applicable_count=10,
                                score_pct=90.0 if validated else 50.0,
                                all_critical_done=validated)
        self.world.session.add(assessment)
        self.world.session.flush()
        if validated:
            self.world.session.add(Validation(mentee_id=self.world.ids[mentee], form_code=form,
                                              assessment_id=assessment.id, validated_on=on))
            self.world.session.flush()


@pytest.fixture
def crafted(session) -> Crafted:  # type: ignore[no-untyped-def]
    world = build_world(session)
    for association, area in (("rsog", "MNH"), ("ram", "MNH"), ("rpa", "NEO")):
        world.mentor(association, MentorKind.ASSOCIATION, association.upper(), area=area)
    world.mentor("dm", MentorKind.DISTRICT, area="MNH")
    for hc in ("hc1", "hc2"):
        assign_mentor(session, AssignmentProposal(world.ids["dm"], dt.date(2024, 6, 1),
                                                  org_unit_id=world.ids[hc]))
    data = Crafted(world)
    # RPA: 3 reached, 2 validated -> 67% (66.67 rounded).
    for n in range(3):
        data.assess(data.mentee("hospital"), "HBB", "rpa", "hospital", IN_FY25, validated=n < 2)
    # RAM: 8 reached, 1 validated -> 13% (12.5 rounded half up, not to even).
    ram = [data.mentee("hospital") for _ in range(8)]
    for n, key in enumerate(ram):
        data.assess(key, "PPH", "ram", "hospital", IN_FY25, validated=n == 0)
    # One RAM mentee is also assessed by RSOG: counted in both rows.
    data.assess(ram[1], "PEE", "rsog", "hospital", IN_FY25)
    # RSOG: that one plus one validated only in FY26 -> 2 reached, 0 validated in FY25.
    late = data.mentee("hospital")
    data.assess(late, "PEE", "rsog", "hospital", IN_FY25)
    data.assess(late, "PEE", "rsog", "hospital", IN_FY26, validated=True)
    # Health centers. MNH: 3 reached, 1 validated -> 33%. FP: 2 reached, none validated.
    for n in range(3):
        data.assess(data.mentee("hc1"), "ANC", "dm", "hc1", IN_FY25, validated=n == 0)
    for _ in range(2):
        data.assess(data.mentee("hc2"), "PPFP", "dm", "hc2", IN_FY25)
    # Outside the year: not counted.
    data.assess(data.mentee("hc1"), "ANC", "dm", "hc1", dt.date(2024, 9, 30), validated=True)
    return data


def test_table_1_by_association(crafted: Crafted) -> None:
    table = by_association(crafted.world.session, FY25)
    assert {a: (c.mentees, c.validated, c.percent) for a, c in table.items()} == {
        "RPA": (3, 2, 67), "RAM": (8, 1, 13), "RSOG": (2, 0, 0)}


def test_table_2_by_technical_area_at_health_centers(crafted: Crafted) -> None:
    assert by_technical_area(crafted.world.session, FY25) == [
        AreaRow("FP", mentors=0, mentees=2, validated=0),
        AreaRow("MNH", mentors=1, mentees=3, validated=1),
    ]
    assert by_technical_area(crafted.world.session, FY25)[1].percent == 33


def test_the_next_year_counts_the_late_validation(crafted: Crafted) -> None:
    table = by_association(crafted.world.session, fiscal_year(2026))
    assert (table["RSOG"].mentees, table["RSOG"].validated) == (1, 1)


@pytest.mark.parametrize("part, whole, expected", [(1, 8, 13), (1, 3, 33), (2, 3, 67),
                                                   (1, 200, 1), (0, 5, 0), (3, 0, None)])
def test_percentages_round_half_up(part: int, whole: int, expected: int | None) -> None:
    assert percent(part, whole) == expected
