"""Follow-up between visits: a mentor's phone, WhatsApp or teleconference contact with mentees."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..cascade.errors import RuleRefused, Violation
from ..data.enums import ContactChannel
from ..data.models import FollowUpContact, Mentor, OrgUnit, Person


@dataclass(frozen=True)
class FollowUpInput:
    mentor_id: int
    channel: ContactChannel
    contacted_on: dt.date
    topic: str
    mentee_id: int | None = None
    org_unit_id: int | None = None
    notes: str | None = None


def _problems(session: Session, data: FollowUpInput, today: dt.date) -> list[Violation]:
    problems = []
    if session.get(Mentor, data.mentor_id) is None:
        problems.append(Violation("mentor", "Choose the mentor who made the contact.",
                                  field="mentor"))
    if not data.topic.strip():
        problems.append(Violation("topic", "Say what the contact was about.", field="topic"))
    elif len(data.topic.strip()) > 200:
        problems.append(Violation("topic", "Keep the topic under 200 characters; put the rest "
                                  "in the notes.", field="topic"))
    if data.contacted_on > today:
        problems.append(Violation("date", f"{data.contacted_on:%d %b %Y} is in the future.",
                                  field="contacted_on"))
    if data.mentee_id is not None and session.get(Person, data.mentee_id) is None:
        problems.append(Violation("mentee", "That mentee is not in the registry.",
                                  field="mentee"))
    if data.org_unit_id is not None and session.get(OrgUnit, data.org_unit_id) is None:
        problems.append(Violation("facility", "That facility is not in the registry.",
                                  field="facility"))
    if data.mentee_id is None and data.org_unit_id is None:
        problems.append(Violation("who", "Say which mentee or facility was contacted.",
                                  field="mentee"))
    return problems


def add_follow_up(session: Session, data: FollowUpInput, today: dt.date) -> FollowUpContact:
    problems = _problems(session, data, today)
    if problems:
        raise RuleRefused(problems)
    contact = FollowUpContact(mentor_id=data.mentor_id, mentee_id=data.mentee_id,
                              org_unit_id=data.org_unit_id, channel=data.channel.value,
                              contacted_on=data.contacted_on, topic=data.topic.strip(),
                              notes=(data.notes or "").strip() or None)
    session.add(contact)
    session.flush()
    return contact
