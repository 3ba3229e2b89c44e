"""Follow-up between visits: a mentor's phone, WhatsApp or teleconference contact with mentees."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..core.refusals import RuleRefused, Violation, rule
from ..data.enums import ContactChannel
from ..data.models import FollowUpContact, Mentor, OrgUnit, Person
from ..text import QT_TRANSLATE_NOOP, Day


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
        problems.append(rule("mentor", QT_TRANSLATE_NOOP(
            "Rules", "Choose the mentor who made the contact."), field="mentor"))
    if not data.topic.strip():
        problems.append(rule("topic", QT_TRANSLATE_NOOP(
            "Rules", "Say what the contact was about."), field="topic"))
    elif len(data.topic.strip()) > 200:
        problems.append(rule("topic", QT_TRANSLATE_NOOP(
            "Rules", "Keep the topic under 200 characters; put the rest in the notes."),
            field="topic"))
    if data.contacted_on > today:
        problems.append(rule("date", QT_TRANSLATE_NOOP("Rules", "{day} is in the future."),
                             field="contacted_on", day=Day(data.contacted_on)))
    if data.mentee_id is not None and session.get(Person, data.mentee_id) is None:
        problems.append(rule("mentee", QT_TRANSLATE_NOOP(
            "Rules", "That mentee is not in the registry."), field="mentee"))
    if data.org_unit_id is not None and session.get(OrgUnit, data.org_unit_id) is None:
        problems.append(rule("facility", QT_TRANSLATE_NOOP(
            "Rules", "That facility is not in the registry."), field="facility"))
    if data.mentee_id is None and data.org_unit_id is None:
        problems.append(rule("who", QT_TRANSLATE_NOOP(
            "Rules", "Say which mentee or facility was contacted."), field="mentee"))
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
