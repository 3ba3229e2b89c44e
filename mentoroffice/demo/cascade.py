"""Demo facilities, people, postings, mentors, assignments and mentee enrolments."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..data.enums import (
    Association,
    Cadre,
    MentorKind,
    OrgLevel,
    PostingEndReason,
    PostingRole,
)
from ..data.text import person_search_key
from . import places
from .scale import Scale
from .tables import Rows, pick

ASSOCIATION_AREAS = {Association.RSOG: "MNH", Association.RAM: "MNH", Association.RPA: "NEO"}
ASSOCIATION_CADRES = {
    Association.RSOG: Cadre.DOCTOR, Association.RAM: Cadre.MIDWIFE, Association.RPA: Cadre.DOCTOR,
}
HOSPITAL_MENTEE_CADRES = (Cadre.NURSE, Cadre.NURSE, Cadre.MIDWIFE, Cadre.MIDWIFE, Cadre.DOCTOR,
                          Cadre.INTERN_DOCTOR)
HC_MENTEE_CADRES = (Cadre.NURSE, Cadre.NURSE, Cadre.NURSE, Cadre.MIDWIFE)
HC_AREAS = ("MNH", "MNH", "IMCI", "FP", "NEO")
COMMUNITY_AREAS = ("CBMNH", "CBP-FP", "ICCM")


@dataclass
class Facility:
    id: int
    name: str
    level: OrgLevel
    parent: Facility | None = None
    children: list[Facility] = field(default_factory=list)


@dataclass
class MenteePlan:
    person_id: int
    facility: Facility
    area: str
    enrolled_on: dt.date
    form_codes: list[str]
    skill: float


@dataclass
class MentorInfo:
    id: int
    person_id: int
    kind: MentorKind
    facilities: list[Facility]
    area: str | None
    chw_groups: list[int] = field(default_factory=list)


@dataclass
class Cascade:
    hospitals: list[Facility] = field(default_factory=list)
    health_centers: list[Facility] = field(default_factory=list)
    health_posts: list[Facility] = field(default_factory=list)
    districts: list[Facility] = field(default_factory=list)
    mentors: list[MentorInfo] = field(default_factory=list)
    mentees: list[MenteePlan] = field(default_factory=list)
    chw_groups: list[tuple[int, Facility, str]] = field(default_factory=list)


class CascadeBuilder:
    def __init__(self, rows: Rows, rng: random.Random, scale: Scale, start: dt.date,
                 as_of: dt.date, forms_by_area: Mapping[str, Sequence[str]]) -> None:
        self.rows, self.rng, self.scale = rows, rng, scale
        self.start, self.as_of = start, as_of
        self.forms_by_area = forms_by_area
        self.cascade = Cascade()
        self._person_serial = 0
        self._place_names: set[str] = set()

    # --- facilities -------------------------------------------------------------------
    def build(self) -> Cascade:
        self._org_units()
        self._facility_staff()
        self._chws()
        self._mentors()
        self._mentees()
        return self.cascade

    def _org_unit(self, code: str, name: str, level: OrgLevel, parent: Facility | None) -> Facility:
        unit_id = self.rows.add(
            "org_unit", code=code, name=name, level=level.value,
            parent_id=parent.id if parent else None, dhis2_uid=self._uid(code),
            upgraded_health_center=False, active=True,
        )
        facility = Facility(unit_id, name, level, parent)
        if parent:
            parent.children.append(facility)
        return facility

    def _uid(self, code: str) -> str:
        """A DHIS2-shaped identifier: a letter then ten letters or digits, stable per code."""
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        local = random.Random(code)
        return local.choice(alphabet[:52]) + "".join(local.choice(alphabet) for _ in range(10))

    def _place_name(self) -> str:
        for _ in range(50):
            name = (pick(self.rng, places.PLACE_STARTS) + pick(self.rng, places.PLACE_MIDDLES)
                    + pick(self.rng, places.PLACE_ENDS))
            if name not in self._place_names:
                self._place_names.add(name)
                return name
        name = f"{name} {len(self._place_names)}"
        self._place_names.add(name)
        return name

    def _org_units(self) -> None:
        country = self._org_unit("RW", "Rwanda", OrgLevel.COUNTRY, None)
        districts = self._chosen_districts()
        provinces: dict[str, Facility] = {}
        for number, (province_name, district_name) in enumerate(districts, start=1):
            if province_name not in provinces:
                code = f"RW-P{len(provinces) + 1}"
                provinces[province_name] = self._org_unit(
                    code, f"{province_name} Province" if province_name != "Kigali City"
                    else province_name, OrgLevel.PROVINCE, country)
            district = self._org_unit(f"RW-D{number:02d}", district_name, OrgLevel.DISTRICT,
                                      provinces[province_name])
            self.cascade.districts.append(district)
        self._hospitals()
        self._health_centers()
        self._health_posts()

    def _chosen_districts(self) -> list[tuple[str, str]]:
        pairs = [(p, d) for p, ds in places.PROVINCES.items() for d in ds]
        if self.scale.districts == 1:
            return [("Northern", "Gicumbi")]
        return pairs[: self.scale.districts]

    def _hospitals(self) -> None:
        slots = [(d, h) for d in self.cascade.districts for h in places.HOSPITALS[d.name]]
        for number, (district, name) in enumerate(slots[: self.scale.hospitals], start=1):
            self.cascade.hospitals.append(
                self._org_unit(f"DH{number:03d}", f"{name} District Hospital",
                               OrgLevel.HOSPITAL, district))

    def _health_centers(self) -> None:
        hospitals = self.cascade.hospitals
        for number in range(1, self.scale.health_centers + 1):
            hospital = hospitals[(number - 1) % len(hospitals)]
            self.cascade.health_centers.append(
                self._org_unit(f"HC{number:04d}", f"{self._place_name()} Health Center",
                               OrgLevel.HEALTH_CENTER, hospital))

    def _health_posts(self) -> None:
        centers = self.cascade.health_centers
        for number in range(1, self.scale.health_posts + 1):
            center = centers[(number - 1) % len(centers)]
            self.cascade.health_posts.append(
                self._org_unit(f"HP{number:04d}", f"{self._place_name()} Health Post",
                               OrgLevel.HEALTH_POST, center))

    # --- people -----------------------------------------------------------------------
    def _person(self, cadre: Cadre, sex: str | None = None) -> int:
        self._person_serial += 1
        sex = sex or ("F" if self.rng.random() < 0.62 else "M")
        first = pick(self.rng, places.FEMALE_FIRST_NAMES if sex == "F" else places.MALE_FIRST_NAMES)
        last = pick(self.rng, places.LAST_NAMES)
        code = f"P{self._person_serial:06d}"
        phone = f"+25078{self.rng.randrange(10_000_000):07d}"
        return self.rows.add(
            "person", code=code, first_name=first, last_name=last, sex=sex, cadre=cadre.value,
            qualification=_qualification(cadre, self.rng), phone=phone, active=True,
            search_key=person_search_key(first, last, code, phone),
        )

    def _posting(self, person_id: int, facility: Facility, role: PostingRole,
                 start: dt.date) -> None:
        """Post a person; some moved during the period and keep both postings as history."""
        if role is not PostingRole.CHW and self.rng.random() < 0.06:
            moved_on = start + dt.timedelta(days=self.rng.randrange(200, 900))
            if moved_on < self.as_of:
                previous = self._sibling(facility)
                reason = PostingEndReason.TRANSFER
                self.rows.add("posting", person_id=person_id, org_unit_id=previous.id,
                              role=role.value, start_date=start, end_date=moved_on,
                              end_reason=reason.value)
                start = moved_on
        self.rows.add("posting", person_id=person_id, org_unit_id=facility.id, role=role.value,
                      start_date=start, end_date=None, end_reason=None)

    def _sibling(self, facility: Facility) -> Facility:
        if facility.parent is None or len(facility.parent.children) < 2:
            return facility.parent or facility
        others = [f for f in facility.parent.children if f is not facility]
        return pick(self.rng, others)

    def _hire_date(self) -> dt.date:
        return self.start - dt.timedelta(days=self.rng.randrange(30, 3000))

    def _facility_staff(self) -> None:
        for hospital in self.cascade.hospitals:
            for role in (PostingRole.FACILITY_LEADER, PostingRole.QI_TEAM,
                         PostingRole.DATA_MANAGER):
                cadre = Cadre.DOCTOR if role is PostingRole.FACILITY_LEADER else Cadre.NURSE
                self._posting(self._person(cadre), hospital, role, self._hire_date())
        for center in self.cascade.health_centers:
            for role in (PostingRole.FACILITY_LEADER, PostingRole.DATA_MANAGER):
                self._posting(self._person(Cadre.NURSE), center, role, self._hire_date())
        for post in self.cascade.health_posts:
            self._posting(self._person(Cadre.NURSE), post, PostingRole.PROVIDER, self._hire_date())

    def _chws(self) -> None:
        """CHWs in groups of 5-9 by community area, around each health center."""
        centers = self.cascade.health_centers
        per_center = max(1, self.scale.chws // len(centers))
        for center in centers:
            remaining = per_center
            area_index = 0
            while remaining >= 5:
                size = min(remaining, self.rng.randint(5, 9))
                if remaining - size < 5 and remaining <= 9:
                    size = remaining
                area = COMMUNITY_AREAS[area_index % len(COMMUNITY_AREAS)]
                area_index += 1
                group_id = self.rows.add(
                    "chw_group", code=f"CG{self.rows.next_ids['chw_group']:05d}",
                    name=f"{center.name.removesuffix(' Health Center')} {area} group {area_index}",
                    health_center_id=center.id, technical_area=area, active=True)
                self.cascade.chw_groups.append((group_id, center, area))
                for _ in range(size):
                    person_id = self._person(Cadre.CHW)
                    self.rows.add_link("chw_group_member", group_id=group_id, person_id=person_id)
                    self._posting(person_id, center, PostingRole.CHW, self._hire_date())
                remaining -= size

    # --- mentors ----------------------------------------------------------------------
    def _mentor(self, kind: MentorKind, cadre: Cadre, duty_station: Facility, area: str | None,
                association: Association | None = None) -> MentorInfo:
        person_id = self._person(cadre)
        self._posting(person_id, duty_station, PostingRole.PROVIDER, self._hire_date())
        selected = self.start - dt.timedelta(days=self.rng.randrange(20, 120))
        mentor_id = self.rows.add(
            "mentor", person_id=person_id, kind=kind.value,
            association=association.value if association else None, selected_on=selected,
            selection_score=round(self.rng.uniform(65, 98), 1), selection_notes=None,
            oriented_on=selected + dt.timedelta(days=14),
            orientation_theory_score=round(self.rng.uniform(60, 99), 1),
            orientation_practical_score=round(self.rng.uniform(60, 99), 1), active=True)
        if area:
            self.rows.add_link("mentor_area", mentor_id=mentor_id, technical_area=area)
        info = MentorInfo(mentor_id, person_id, kind, [], area)
        self.cascade.mentors.append(info)
        return info

    def _assign(self, mentor: MentorInfo, facility: Facility | None, start: dt.date,
                chw_group: int | None = None) -> None:
        self.rows.add(
            "mentor_assignment", mentor_id=mentor.id,
            org_unit_id=facility.id if facility else None, chw_group_id=chw_group,
            technical_area=mentor.area, start_date=start, end_date=None, override_reason=None)
        if facility:
            mentor.facilities.append(facility)
        if chw_group:
            mentor.chw_groups.append(chw_group)

    def _mentors(self) -> None:
        for hospital in self.cascade.hospitals:
            for association in Association:
                mentor = self._mentor(MentorKind.ASSOCIATION, ASSOCIATION_CADRES[association],
                                      hospital, ASSOCIATION_AREAS[association], association)
                self._assign(mentor, hospital, self.start)
        self._district_mentors()
        self._hp_mentors()
        self._community_mentors()

    def _district_mentors(self) -> None:
        covered = [c for c in self.cascade.health_centers
                   if self.rng.random() < self.scale.hc_mentor_coverage]
        for pair_start in range(0, len(covered), 2):
            pair = covered[pair_start : pair_start + 2]
            mentor = self._mentor(MentorKind.DISTRICT, pick(self.rng, HC_MENTEE_CADRES),
                                  pair[0].parent or pair[0],
                                  pick(self.rng, ("MNH", "NEO", "IMCI", "FP")))
            for center in pair:
                self._assign(mentor, center, self.start + dt.timedelta(days=30))

    def _hp_mentors(self) -> None:
        for post in self.cascade.health_posts:
            if self.rng.random() < self.scale.hp_mentor_coverage and post.parent:
                mentor = self._mentor(MentorKind.HC_PROVIDER, Cadre.NURSE, post.parent, "MNH")
                self._assign(mentor, post, self.start + dt.timedelta(days=180))

    def _community_mentors(self) -> None:
        groups_by_center: dict[int, list[int]] = {}
        for group_id, center, _area in self.cascade.chw_groups:
            groups_by_center.setdefault(center.id, []).append(group_id)
        for center in self.cascade.health_centers:
            groups = groups_by_center.get(center.id, [])
            if not groups or self.rng.random() >= self.scale.community_coverage:
                continue
            mentor = self._mentor(MentorKind.COMMUNITY, Cadre.CEHO, center, "CBMNH")
            for group_id in groups[: self.scale.community_mentor_groups]:
                self._assign(mentor, None, self.start + dt.timedelta(days=90), chw_group=group_id)

    # --- mentees ----------------------------------------------------------------------
    def _mentees(self) -> None:
        for hospital in self.cascade.hospitals:
            for _ in range(self.scale.hospital_mentees):
                area = pick(self.rng, ("MNH", "MNH", "NEO", "NEO", "IMCI"))
                self._mentee(hospital, pick(self.rng, HOSPITAL_MENTEE_CADRES), area)
        for center in self.cascade.health_centers:
            for _ in range(self.scale.hc_mentees):
                self._mentee(center, pick(self.rng, HC_MENTEE_CADRES), pick(self.rng, HC_AREAS))

    def _mentee(self, facility: Facility, cadre: Cadre, area: str) -> None:
        person_id = self._person(cadre)
        self._posting(person_id, facility, PostingRole.PROVIDER, self._hire_date())
        span = (self.as_of - self.start).days
        enrolled = self.start + dt.timedelta(days=int(span * self.rng.random() ** 1.6))
        forms = list(self.forms_by_area.get(area) or self.forms_by_area["MNH"])
        self.rng.shuffle(forms)
        chosen = forms[: self.rng.randint(min(3, len(forms)), min(5, len(forms)))]
        enrolment_id = self.rows.add(
            "mentee_enrolment", person_id=person_id, org_unit_id=facility.id,
            technical_area=area, enrolled_on=enrolled, end_date=None, status="active")
        for code in chosen:
            self.rows.add_link("planned_competency", enrolment_id=enrolment_id, form_code=code)
        self.cascade.mentees.append(
            MenteePlan(person_id, facility, area, enrolled, chosen, self.rng.uniform(0.4, 0.75)))


def _qualification(cadre: Cadre, rng: random.Random) -> str | None:
    options = {
        Cadre.NURSE: ("A2", "A1", "A0"), Cadre.MIDWIFE: ("A1", "A0"),
        Cadre.DOCTOR: ("MD", "MMed"), Cadre.INTERN_DOCTOR: ("MD",), Cadre.CEHO: ("A1",),
    }.get(cadre)
    return pick(rng, options) if options else None
