"""A small cascade built through the domain functions, for the cascade tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentoroffice.cascade.facilities import FacilityInput, create_facility
from mentoroffice.cascade.people import PersonInput, add_person, post_person
from mentoroffice.data.enums import Cadre, MentorKind, OrgLevel, PostingRole, Sex
from mentoroffice.data.models import (
    Assessment,
    ChwGroup,
    ChwGroupMember,
    FormDefinition,
    Mentor,
    MentorArea,
    Validation,
)

START = dt.date(2026, 1, 5)


@dataclass
class World:
    session: Session
    ids: dict[str, int] = field(default_factory=dict)
    serial: int = 0

    def facility(self, key: str, name: str, level: OrgLevel, parent: str | None) -> int:
        unit = create_facility(self.session, FacilityInput(
            key.upper(), name, level, self.ids[parent] if parent else None))
        self.ids[key] = unit.id
        return unit.id

    def person(self, key: str, first: str, last: str, cadre: Cadre = Cadre.NURSE,
               posted_at: str | None = None) -> int:
        person = add_person(self.session, PersonInput(first, last, Sex.FEMALE, cadre))
        self.ids[key] = person.id
        if posted_at:
            post_person(self.session, person.id, self.ids[posted_at], PostingRole.PROVIDER,
                        START - dt.timedelta(days=400))
        return person.id

    def mentor(self, key: str, kind: MentorKind, association: str | None = None,
               area: str = "MNH", posted_at: str = "hospital") -> int:
        person_id = self.person(f"{key}_person", key.title(), "Mentor", posted_at=posted_at)
        mentor = Mentor(person_id=person_id, kind=kind.value, association=association,
                        active=True)
        mentor.areas = [MentorArea(technical_area=area)]
        self.session.add(mentor)
        self.session.flush()
        self.ids[key] = mentor.id
        return mentor.id

    def chw_group(self, key: str, members: int, at: str = "hc1") -> int:
        group = ChwGroup(code=key.upper(), name=f"{key} group", health_center_id=self.ids[at],
                         technical_area="CBMNH")
        self.session.add(group)
        self.session.flush()
        for n in range(members):
            person_id = self.person(f"{key}_chw{n}", f"Chw{n}", key.title(), Cadre.CHW)
            self.session.add(ChwGroupMember(group_id=group.id, person_id=person_id))
        self.session.flush()
        self.ids[key] = group.id
        return group.id

    def validate(self, person_key: str, form_code: str, on: dt.date, at: str) -> None:
        form_id = self.session.scalar(select(FormDefinition.id)
                                      .where(FormDefinition.code == form_code))
        assessment = Assessment(form_id=form_id, kind="post_mentorship",
                                mentee_id=self.ids[person_key], org_unit_id=self.ids[at],
                                assessed_on=on, done_count=18, applicable_count=20,
                                score_pct=90.0, all_critical_done=True)
        self.session.add(assessment)
        self.session.flush()
        self.session.add(Validation(mentee_id=self.ids[person_key], form_code=form_code,
                                    assessment_id=assessment.id, validated_on=on))
        self.session.flush()


def build_world(session: Session) -> World:
    world = World(session)
    world.facility("country", "Rwanda", OrgLevel.COUNTRY, None)
    world.facility("province", "Northern Province", OrgLevel.PROVINCE, "country")
    world.facility("district", "Gicumbi", OrgLevel.DISTRICT, "province")
    world.facility("hospital", "Byumba District Hospital", OrgLevel.HOSPITAL, "district")
    for n in (1, 2, 3):
        world.facility(f"hc{n}", f"Health Center {n}", OrgLevel.HEALTH_CENTER, "hospital")
    world.facility("hp1", "Health Post 1", OrgLevel.HEALTH_POST, "hc1")
    world.facility("hp2", "Health Post 2", OrgLevel.HEALTH_POST, "hc2")
    return world
