"""Several office PCs editing the same records at once, each a process of its own.

`prepare` stores one record of each kind edited on several PCs; `run_pcs` starts one process
per PC. Every round, all PCs read the record (and so its version), wait for each other, then
save their own change through the services, as the window does. A lost update is two saves
accepted on the same version read: the second overwrote the first without having seen it.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from cascade_world import build_world

from mentoroffice.cascade.facilities import FacilityInput
from mentoroffice.cascade.people import PersonInput, add_person, post_person
from mentoroffice.cascade.service import CascadeService
from mentoroffice.checklists.assessments import AssessmentInput
from mentoroffice.checklists.service import ChecklistService
from mentoroffice.core.access import SYSTEM, act_as
from mentoroffice.core.refusals import RuleRefused
from mentoroffice.data.enums import (
    ActionStatus,
    AssessmentKind,
    Cadre,
    ItemResult,
    OrgLevel,
    PostingRole,
    Sex,
    VisitKind,
)
from mentoroffice.data.models import ActionItem, Assessment, OrgUnit, Visit
from mentoroffice.office import Office, open_office
from mentoroffice.qi.service import QIService
from mentoroffice.visits.service import VisitService

KINDS = ("person", "facility", "visit", "action", "assessment")
TODAY = dt.date(2026, 8, 31)
# Sixteen Mondays without holidays: round r's eight PCs never aim at the day the visit is on.
MONDAYS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=n) for n in range(16)]
CLEAN_REFUSALS = {"stale", "stale_field", "busy", "saved_elsewhere"}


def prepare(office: Office) -> dict[str, int]:
    """One record of each kind, stored; their ids by kind."""
    with office.session_factory.begin() as session:
        world = build_world(session)
        hospital, hc = (session.get(OrgUnit, world.ids[key]) for key in ("hospital", "hc1"))
        assert hospital is not None and hc is not None
        mentee = add_person(session, PersonInput("Claude", "Habimana", Sex.MALE, Cadre.NURSE))
        post_person(session, mentee.id, hospital.id, PostingRole.PROVIDER,
                    TODAY - dt.timedelta(days=400))  # assessed where they work
        visit = Visit(org_unit_id=hc.id, kind=VisitKind.HEALTH_CENTER.value,
                      planned_start=MONDAYS[-1], planned_end=MONDAYS[-1])
        action = ActionItem(org_unit_id=hc.id, action="Restock the partograph forms",
                            due_date=TODAY + dt.timedelta(days=30), created_on=TODAY,
                            status=ActionStatus.OPEN.value, responsible_name="Aline Uwase")
        session.add_all([visit, action])
        session.flush()
        ids = {"person": mentee.id, "facility": hc.id, "visit": visit.id, "action": action.id,
               "hospital": hospital.id}
    checklists = ChecklistService(office.session_factory, office.catalog)
    ids["assessment"] = checklists.record(assessment_entry(office, ids, "first entry"),
                                          TODAY).assessment_id
    return ids


def assessment_entry(office: Office, ids: dict[str, int], strengths: str,
                     passing: bool = True) -> AssessmentInput:
    form = office.catalog.get("HBB")
    assert form is not None
    results = {item.code: ItemResult.DONE for item in form.items}
    if not passing:
        results[next(item.code for item in form.items if item.critical)] = ItemResult.NOT_DONE
    return AssessmentInput(form_code="HBB", kind=AssessmentKind.POST_MENTORSHIP,
                           assessed_on=TODAY, org_unit_id=ids["hospital"], results=results,
                           mentee_id=ids["person"], strengths=strengths)


# --- what one PC does to each kind of record: read (its version), then save its change ----


@dataclass
class Edit:
    read: Callable[[], Any]  # -> (version, whatever the save needs)
    save: Callable[[Any, str, int], None]  # (what was read, this PC's mark, round)


def edits(office: Office, ids: dict[str, int], pc: int) -> dict[str, Edit]:
    cascade = CascadeService(office.session_factory)
    visits = VisitService(office.session_factory)
    qi = QIService(office.session_factory)
    checklists = ChecklistService(office.session_factory, office.catalog)

    def person_read() -> Any:
        page = cascade.person_page(ids["person"])
        return page.version, page.details()

    def person_save(read: Any, mark: str, _round: int) -> None:
        version, details = read
        cascade.update_person(ids["person"], replace(details, qualification=mark), version,
                              read=details)

    def facility_read() -> Any:
        form = cascade.facility_form(ids["facility"])
        return form.version, form

    def facility_save(read: Any, mark: str, _round: int) -> None:
        version, form = read
        cascade.update_facility(ids["facility"], FacilityInput(
            form.code, f"Health Center {mark}", OrgLevel(form.level), form.parent_id), version)

    def visit_read() -> Any:
        return visits.visit_detail(ids["visit"]).visit.version, None

    def visit_save(read: Any, _mark: str, round_: int) -> None:
        visits.move_visit(ids["visit"], MONDAYS[(round_ * 8 + pc) % len(MONDAYS)], read[0])

    def action_read() -> Any:
        row = next(a for a in qi.actions(TODAY) if a.id == ids["action"])
        return row.version, row.status

    def action_save(read: Any, mark: str, _round: int) -> None:
        version, status = read
        wanted = (ActionStatus.IN_PROGRESS if status == ActionStatus.OPEN.value
                  else ActionStatus.OPEN)
        qi.change_action_status(ids["action"], wanted, TODAY, mark, version=version)

    def assessment_read() -> Any:
        with office.session_factory() as session:
            found = session.get(Assessment, ids["assessment"])
            assert found is not None
            return found.version_id, None

    def assessment_save(read: Any, mark: str, round_: int) -> None:
        checklists.correct(ids["assessment"], read[0],
                           assessment_entry(office, ids, mark, passing=round_ % 2 == 0), TODAY)

    return {"person": Edit(person_read, person_save),
            "facility": Edit(facility_read, facility_save),
            "visit": Edit(visit_read, visit_save), "action": Edit(action_read, action_save),
            "assessment": Edit(assessment_read, assessment_save)}


# --- the PCs ----------------------------------------------------------------------------


def one_pc(url: str, ids: dict[str, int], pc: int, rounds: int, kinds: tuple[str, ...],
           barrier: Any, results: Any) -> None:
    """A PC's process: every round, for each kind, read with the others, then save."""
    outcomes: list[tuple[str, int, str, Any]] = []
    office = open_office(url)
    act_as(office.session_factory, SYSTEM)
    try:
        pc_edits = edits(office, ids, pc)
        for round_ in range(rounds):
            for kind in kinds:
                edit = pc_edits[kind]
                barrier.wait()
                read = edit.read()
                barrier.wait()  # everyone has read the same version: now all save at once
                try:
                    edit.save(read, f"pc{pc}-r{round_}", round_)
                    outcomes.append((kind, round_, "saved", read[0]))
                except RuleRefused as refused:
                    outcomes.append((kind, round_, "refused",
                                     sorted({v.code for v in refused.violations})))
                except Exception:  # noqa: BLE001 - reported to the test as a failure
                    outcomes.append((kind, round_, "error", traceback.format_exc()))
    except Exception:  # noqa: BLE001
        outcomes.append(("", -1, "error", traceback.format_exc()))
        barrier.abort()
    finally:
        office.close()
        results.put((pc, outcomes))


@dataclass
class Tally:
    rounds: int = 0
    saved: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    lost: Counter[str] = field(default_factory=Counter)  # saves on a version already saved on
    collisions: Counter[str] = field(default_factory=Counter)  # rounds with a refused PC
    errors: list[str] = field(default_factory=list)
    refusal_codes: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        return (f"{self.rounds} rounds: saved {dict(self.saved)}, refused {dict(self.refused)}, "
                f"collisions {dict(self.collisions)}, lost {dict(self.lost)}, "
                f"refusal codes {dict(self.refusal_codes)}, errors {len(self.errors)}")


def run_pcs(url: str, ids: dict[str, int], pcs: int, rounds: int,
            kinds: tuple[str, ...] = KINDS) -> Tally:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(pcs, timeout=300)
    results = context.Queue()
    processes = [context.Process(target=one_pc, args=(url, ids, pc, rounds, kinds, barrier,
                                                      results)) for pc in range(pcs)]
    for process in processes:
        process.start()
    gathered = [results.get(timeout=3600) for _ in processes]
    for process in processes:
        process.join()
    return tally(gathered, rounds)


def tally(gathered: list[tuple[int, list[tuple[str, int, str, Any]]]], rounds: int) -> Tally:
    result = Tally(rounds=rounds)
    saves_on: Counter[tuple[str, int]] = Counter()  # (kind, version read) -> saves accepted
    refused_rounds: set[tuple[str, int]] = set()
    for _pc, outcomes in gathered:
        for kind, round_, outcome, detail in outcomes:
            if outcome == "saved":
                result.saved[kind] += 1
                saves_on[(kind, detail)] += 1
            elif outcome == "refused":
                result.refused[kind] += 1
                refused_rounds.add((kind, round_))
                result.refusal_codes.update(detail)
            else:
                result.errors.append(detail)
    for (kind, _version), count in saves_on.items():
        result.lost[kind] += count - 1
    for kind, _round in refused_rounds:
        result.collisions[kind] += 1
    return result
