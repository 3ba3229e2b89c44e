"""The debriefing that closes a visit: who came, strengths, weaknesses and findings.

A finding is where QI work starts: a QI project, an action item or an escalation links back
to it, and a finding something links to cannot be removed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.refusals import RuleRefused, Violation, rule
from ..core.writes import expect_version
from ..data.enums import AttendeeRole, VisitStatus
from ..data.models import (
    ActionItem,
    Debriefing,
    DebriefingAttendee,
    Escalation,
    Finding,
    Person,
    QIProject,
)
from ..text import QT_TRANSLATE_NOOP, Day
from .records import get_visit

A_DEBRIEFING = QT_TRANSLATE_NOOP("Rules", "This debriefing")
A_REPORT = QT_TRANSLATE_NOOP("Rules", "This report")
# "The finding '...' started a {kind}; ...", one message per kind of link
LINKED_MESSAGES = {
    "project": QT_TRANSLATE_NOOP("Rules", "The finding '{finding}' started a project; it cannot "
                                 "be removed."),
    "action": QT_TRANSLATE_NOOP("Rules", "The finding '{finding}' started a action; it cannot "
                                "be removed."),
    "escalation": QT_TRANSLATE_NOOP("Rules", "The finding '{finding}' started a escalation; it "
                                    "cannot be removed."),
}


@dataclass(frozen=True)
class FindingInput:
    """A finding as edited: id None for a new one; an existing one with blank text is removed."""

    id: int | None
    text: str


@dataclass(frozen=True)
class DebriefingInput:
    held_on: dt.date
    strengths: str = ""
    weaknesses: str = ""
    attendees: tuple[tuple[int, AttendeeRole], ...] = ()
    findings: tuple[FindingInput, ...] = ()
    version: int | None = None  # the version the editor read; None when it was new


@dataclass(frozen=True)
class FindingLink:
    kind: str  # "project", "action" or "escalation"
    id: int
    label: str
    status: str


@dataclass(frozen=True)
class FindingRow:
    id: int
    text: str
    links: tuple[FindingLink, ...]


@dataclass(frozen=True)
class AttendeeRow:
    person_id: int
    name: str
    role: str


@dataclass(frozen=True)
class DebriefingView:
    id: int
    visit_id: int
    org_unit_id: int
    held_on: dt.date
    strengths: str
    weaknesses: str
    attendees: tuple[AttendeeRow, ...]
    findings: tuple[FindingRow, ...]
    version: int


def finding_links(session: Session, finding_ids: list[int]) -> dict[int, list[FindingLink]]:
    links: dict[int, list[FindingLink]] = {fid: [] for fid in finding_ids}
    if not finding_ids:
        return links
    queries = (
        ("project", select(QIProject.finding_id, QIProject.id, QIProject.title, QIProject.status)
         .where(QIProject.finding_id.in_(finding_ids)).order_by(QIProject.id)),
        ("action", select(ActionItem.finding_id, ActionItem.id, ActionItem.action,
                          ActionItem.status)
         .where(ActionItem.finding_id.in_(finding_ids)).order_by(ActionItem.id)),
        ("escalation", select(Escalation.finding_id, Escalation.id, Escalation.description,
                              Escalation.status)
         .where(Escalation.finding_id.in_(finding_ids)).order_by(Escalation.id)),
    )
    for kind, query in queries:
        for fid, link_id, text, status in session.execute(query):
            if fid is not None:  # always: the query asks for these findings
                links[fid].append(FindingLink(kind, link_id, text, status))
    return links


def debriefing_view(session: Session, visit_id: int) -> DebriefingView | None:
    visit = get_visit(session, visit_id)
    debriefing = session.scalar(select(Debriefing).where(Debriefing.visit_id == visit_id))
    if debriefing is None:
        return None
    findings = sorted(debriefing.findings, key=lambda f: f.id)
    links = finding_links(session, [f.id for f in findings])
    attendees = [
        AttendeeRow(person_id, f"{first} {last}", role)
        for person_id, first, last, role in session.execute(
            select(Person.id, Person.first_name, Person.last_name, DebriefingAttendee.role)
            .join(DebriefingAttendee, DebriefingAttendee.person_id == Person.id)
            .where(DebriefingAttendee.debriefing_id == debriefing.id)
            .order_by(DebriefingAttendee.role, Person.last_name, Person.first_name))
    ]
    return DebriefingView(
        debriefing.id, visit_id, visit.org_unit_id, debriefing.held_on, debriefing.strengths,
        debriefing.weaknesses, tuple(attendees),
        tuple(FindingRow(f.id, f.text, tuple(links[f.id])) for f in findings),
        debriefing.version_id)


def _date_problems(session: Session, visit_id: int, held_on: dt.date,
                   today: dt.date) -> list[Violation]:
    visit = get_visit(session, visit_id)
    if visit.status != VisitStatus.DONE.value or visit.actual_start is None:
        return [rule("visit_not_done", QT_TRANSLATE_NOOP(
            "Rules", "Record the visit first: a debriefing closes a visit that took place."))]
    if held_on < visit.actual_start:
        return [rule("held_on", QT_TRANSLATE_NOOP(
            "Rules", "The debriefing ({held_on}) cannot come before the visit started "
            "({started})."), field="held_on", held_on=Day(held_on),
            started=Day(visit.actual_start))]
    if held_on > today:
        return [rule("held_on", QT_TRANSLATE_NOOP("Rules", "{day} is in the future."),
                     field="held_on", day=Day(held_on))]
    return []


def _apply_findings(session: Session, debriefing: Debriefing,
                    findings: tuple[FindingInput, ...]) -> list[Violation]:
    existing = {f.id: f for f in debriefing.findings}
    links = finding_links(session, list(existing))
    problems: list[Violation] = []
    for item in findings:
        text = item.text.strip()
        if item.id is None:
            if text:
                debriefing.findings.append(Finding(text=text))
            continue
        finding = existing.get(item.id)
        if finding is None:
            problems.append(rule("finding", QT_TRANSLATE_NOOP(
                "Rules", "Finding {finding} is not part of this debriefing."), field="findings",
                finding=item.id))
        elif text:
            finding.text = text
        elif links[item.id]:
            problems.append(rule("finding_linked", LINKED_MESSAGES[links[item.id][0].kind],
                                 field="findings", finding=finding.text))
        else:
            debriefing.findings.remove(finding)
    return problems


def _apply_attendees(debriefing: Debriefing, roles: dict[int, str]) -> None:
    for attendee in list(debriefing.attendees):
        if attendee.person_id in roles:
            attendee.role = roles.pop(attendee.person_id)
        else:
            debriefing.attendees.remove(attendee)
    debriefing.attendees.extend(DebriefingAttendee(person_id=pid, role=role)
                                for pid, role in roles.items())


def save_debriefing(session: Session, visit_id: int, data: DebriefingInput,
                    today: dt.date) -> Debriefing:
    """Create or update the visit's debriefing."""
    problems = _date_problems(session, visit_id, data.held_on, today)
    if problems:
        raise RuleRefused(problems)
    debriefing = session.scalar(select(Debriefing).where(Debriefing.visit_id == visit_id))
    if debriefing is None:
        debriefing = Debriefing(visit_id=visit_id, held_on=data.held_on)
        session.add(debriefing)
    else:
        expect_version(debriefing, data.version, A_DEBRIEFING)
    debriefing.held_on = data.held_on
    debriefing.strengths = data.strengths.strip()
    debriefing.weaknesses = data.weaknesses.strip()
    _apply_attendees(debriefing, {pid: role.value for pid, role in data.attendees})
    problems = _apply_findings(session, debriefing, data.findings)
    if problems:
        raise RuleRefused(problems)
    session.flush()
    return debriefing
