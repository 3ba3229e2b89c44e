"""A PC writing as fast as it can until it is killed: each line it prints is a write the
services acknowledged (committed). Run as `python kill_writer.py URL FACILITY_ID MENTEE_ID`."""

from __future__ import annotations

import datetime as dt
import sys
import uuid

from mentoroffice.cascade.people import PersonInput
from mentoroffice.cascade.service import CascadeService
from mentoroffice.checklists.assessments import AssessmentInput
from mentoroffice.checklists.service import ChecklistService
from mentoroffice.core.access import SYSTEM, act_as
from mentoroffice.data.enums import AssessmentKind, Cadre, ItemResult, PostingRole, Sex
from mentoroffice.office import open_office

TODAY = dt.date(2026, 6, 30)


def main(url: str, facility_id: int, mentee_id: int) -> None:
    office = open_office(url)
    act_as(office.session_factory, SYSTEM)
    cascade = CascadeService(office.session_factory)
    checklists = ChecklistService(office.session_factory, office.catalog)
    form = office.catalog.get("HBB")
    assert form is not None
    print("ready", flush=True)
    for n in range(1_000_000):
        if n % 3 == 2:
            outcome = checklists.record(AssessmentInput(
                form_code="HBB", kind=AssessmentKind.COACHING, assessed_on=TODAY,
                org_unit_id=facility_id, mentee_id=mentee_id,
                results={item.code: ItemResult.DONE for item in form.items}), TODAY)
            print(f"assessment {outcome.assessment_id}", flush=True)
            continue
        code = uuid.uuid4().hex[:12]
        person_id = cascade.add_person(PersonInput("Killed", f"Writer {n}", Sex.FEMALE,
                                                   Cadre.MIDWIFE, code=code))
        cascade.post(person_id, facility_id, PostingRole.PROVIDER, TODAY)
        print(f"person {code} {person_id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
