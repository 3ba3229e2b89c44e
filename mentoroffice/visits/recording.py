"""Recording a visit in one go: dates, mentors present and the activities held.

Every problem is reported at once (dates and each activity), and nothing is saved unless all
of it can be: the caller's transaction rolls back on `RuleRefused`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..core.refusals import NotFound, RuleRefused, Violation, rule
from ..data.enums import ActivityKind
from ..data.models import ActivityAttendee, Person, Visit, VisitActivity
from ..text import QT_TRANSLATE_NOOP, Day, Term
from .records import ActivityInput, add_activity, get_visit, record_visit


@dataclass(frozen=True)
class ActivityEntry:
    """An activity to add, with the people who attended it when they are named."""

    data: ActivityInput
    attendee_ids: tuple[int, ...] = ()


# An activity's kind as the messages write it (the value with spaces), marked for the window.
ACTIVITY_LABELS = {
    ActivityKind.ENTRY_MEETING.value: QT_TRANSLATE_NOOP("Rules", "entry meeting"),
    ActivityKind.DATA_REVIEW.value: QT_TRANSLATE_NOOP("Rules", "data review"),
    ActivityKind.LDHF_SESSION.value: QT_TRANSLATE_NOOP("Rules", "ldhf session"),
    ActivityKind.CASE_OBSERVATION.value: QT_TRANSLATE_NOOP("Rules", "case observation"),
    ActivityKind.WARD_ROUND.value: QT_TRANSLATE_NOOP("Rules", "ward round"),
    ActivityKind.BEDSIDE_TEACHING.value: QT_TRANSLATE_NOOP("Rules", "bedside teaching"),
    ActivityKind.DEBRIEFING.value: QT_TRANSLATE_NOOP("Rules", "debriefing"),
}

def _held_within(entry: ActivityEntry, start: dt.date, end: dt.date) -> list[Violation]:
    held_on = entry.data.held_on
    if held_on is None or start <= held_on <= end:
        return []
    kind = entry.data.kind.value
    return [rule("held_on", QT_TRANSLATE_NOOP(
        "Rules", "The {activity} is dated {held_on}, outside the visit ({start} to {end})."),
        field="held_on", activity=Term(ACTIVITY_LABELS.get(kind, kind.replace("_", " "))),
        held_on=Day(held_on), start=Day(start, "%d %b"), end=Day(end))]


def _add_entry(session: Session, visit_id: int, entry: ActivityEntry) -> None:
    activity = add_activity(session, visit_id, entry.data)
    for person_id in dict.fromkeys(entry.attendee_ids):
        if session.get(Person, person_id) is None:
            raise NotFound(f"There is no person with id {person_id}.")
        activity.attendees.append(ActivityAttendee(person_id=person_id))
    if activity.attendee_count is None and entry.attendee_ids:
        activity.attendee_count = len(set(entry.attendee_ids))
    session.flush()


def record_visit_with_activities(session: Session, visit_id: int, start: dt.date, end: dt.date,
                                 present_mentor_ids: set[int], entries: list[ActivityEntry],
                                 today: dt.date, removed_activity_ids: frozenset[int] = frozenset()
                                 ) -> Visit:
    """Mark the visit done with its actual dates, mentors present and new activities, less
    the activities removed."""
    problems: list[Violation] = []
    for activity_id in removed_activity_ids:
        remove_activity(session, visit_id, activity_id)
    try:
        visit = record_visit(session, visit_id, start, end, present_mentor_ids, today)
    except RuleRefused as refused:
        problems += refused.violations
        visit = get_visit(session, visit_id)
    for entry in entries:
        problems += _held_within(entry, start, max(start, end))
        try:
            _add_entry(session, visit_id, entry)
        except RuleRefused as refused:
            problems += refused.violations
    if problems:
        raise RuleRefused(problems)
    return visit


def remove_activity(session: Session, visit_id: int, activity_id: int) -> None:
    activity = session.get(VisitActivity, activity_id)
    if activity is None or activity.visit_id != visit_id:
        raise NotFound(f"Visit {visit_id} has no activity with id {activity_id}.")
    session.delete(activity)
    session.flush()
