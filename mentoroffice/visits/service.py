"""The visit screens' use cases: one transaction per call, plain frozen rows back.

Planning the month, moving and recording visits, debriefings, follow-up contacts and the
mentors' monthly reports. Refusals come back as `RuleRefused` with messages for people.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..core.access import Permission, requires
from ..core.choices import PlaceChoice
from ..core.refusals import RuleRefused, rule
from ..core.writes import expect_version, read_only, unit_of_work
from ..data.models import Mentor, Person
from ..text import QT_TRANSLATE_NOOP
from . import contacts, debriefings, mentor_reports, planning, queries, recording, records
from .clashes import Clash
from .contacts import FollowUpInput
from .debriefings import DebriefingInput, DebriefingView
from .mentor_reports import MentorReportInput, MentorReportRow
from .planning import Conflict, ProposedVisit
from .queries import FollowUpRow, PersonOption, VisitDetail, VisitRow
from .recording import ActivityEntry
from .records import LateVisit

__all__ = ["Clash", "PlanView", "ProposedVisitView", "VisitService"]


@dataclass(frozen=True)
class ProposedVisitView:
    visit: ProposedVisit
    mentors: tuple[str, ...]


@dataclass(frozen=True)
class PlanView:
    """A proposed month plan: what would be planned, what could not, what already is."""

    year: int
    month: int
    visits: tuple[ProposedVisitView, ...]
    conflicts: tuple[Conflict, ...]
    already_planned: tuple[str, ...]
    clashes: tuple[Clash, ...] = ()  # of the calendar with this plan: settle them before saving


def _mentor_names(session: Any, mentor_ids: set[int]) -> dict[int, str]:
    if not mentor_ids:
        return {}
    return {mid: f"{first} {last}" for mid, first, last in session.execute(
        select(Mentor.id, Person.first_name, Person.last_name)
        .join(Person, Person.id == Mentor.person_id).where(Mentor.id.in_(mentor_ids)))}


A_VISIT = QT_TRANSLATE_NOOP("Rules", "This visit")


class VisitService:
    """Handed a session factory; every method is one short transaction."""

    def __init__(self, session_factory: Any) -> None:
        self.session_factory = session_factory

    # --- planning -------------------------------------------------------------------------
    def month_visits(self, year: int, month: int) -> list[VisitRow]:
        with read_only(self.session_factory) as session:
            return queries.month_visits(session, year, month)

    def holidays(self, first: dt.date, last: dt.date) -> dict[dt.date, str]:
        with read_only(self.session_factory) as session:
            return queries.holidays_named(session, first, last)

    def propose_plan(self, year: int, month: int) -> PlanView:
        with read_only(self.session_factory) as session:
            proposal = planning.propose_month_plan(session, year, month)
            names = _mentor_names(session, {m for v in proposal.visits for m in v.mentor_ids})
        return PlanView(year, month,
                        tuple(ProposedVisitView(v, tuple(names[m] for m in v.mentor_ids))
                              for v in proposal.visits),
                        tuple(proposal.conflicts), tuple(proposal.already_planned),
                        tuple(proposal.clashes))

    def month_clashes(self, year: int, month: int) -> list[Clash]:
        """The month's clashes: two visits to one place on a day, a mentor in two places, a
        gap outside the programme's interval, a visit recorded longer or shorter than planned."""
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        with read_only(self.session_factory) as session:
            return planning.month_clashes(session, first, last)

    def visit_clashes(self, visit_id: int) -> list[Clash]:
        """The clashes a visit is part of (e.g. right after recording it: a length other than
        planned, a gap outside its programme's interval)."""
        with read_only(self.session_factory) as session:
            visit = records.get_visit(session, visit_id)
            start = visit.actual_start or visit.planned_start
        return [clash for clash in self.month_clashes(start.year, start.month)
                if visit_id in clash.visit_ids]

    @requires(Permission.PLANS)
    def save_plan(self, plan: PlanView) -> list[int]:
        """Store a proposal as planned visits, if the calendar has not changed meanwhile."""
        with unit_of_work(self.session_factory) as session:
            fresh = planning.propose_month_plan(session, plan.year, plan.month)
            if fresh.visits != [v.visit for v in plan.visits]:
                raise RuleRefused([rule("plan_changed", QT_TRANSLATE_NOOP(
                    "Rules", "The calendar changed since this plan was proposed (someone "
                    "planned or moved a visit). Propose the plan again."))])
            return planning.save_plan(session, fresh)

    @requires(Permission.PLANS)
    def move_visit(self, visit_id: int, new_start: dt.date, version: int) -> VisitRow:
        """Move a planned visit, as read at `version`."""
        with unit_of_work(self.session_factory) as session:
            expect_version(records.get_visit(session, visit_id), version, A_VISIT)
            records.move_visit(session, visit_id, new_start)
            return queries.visit_row(session, visit_id)

    def late_visits(self, today: dt.date, missed_since: dt.date | None = None
                    ) -> list[LateVisit]:
        """Overdue visits (planned, days passed, not recorded), oldest first, then missed
        ones (planned on or after `missed_since` when given), newest first."""
        with read_only(self.session_factory) as session:
            rows = records.late_visits(session, today)
        overdue = [r for r in rows if r.status == "overdue"]
        missed = [r for r in rows if r.status != "overdue"
                  and (missed_since is None or r.planned_start >= missed_since)]
        return overdue + sorted(missed, key=lambda r: r.planned_start, reverse=True)

    def letter_facilities(self, year: int, month: int) -> list[PlaceChoice]:
        """Facilities with a visit planned in the month: each gets a visit plan letter."""
        with read_only(self.session_factory) as session:
            ids = {row.facility_id for row in queries.month_visits(session, year, month)
                   if row.status == "planned"}
            return [f for f in queries.mentoring_facilities(session) if f.id in ids]

    # --- recording ------------------------------------------------------------------------
    def visit_detail(self, visit_id: int) -> VisitDetail:
        with read_only(self.session_factory) as session:
            return queries.visit_detail(session, visit_id)

    def facility_people(self, org_unit_id: int, on: dt.date) -> list[PersonOption]:
        with read_only(self.session_factory) as session:
            return queries.facility_people(session, org_unit_id, on)

    def facilities(self) -> list[PlaceChoice]:
        with read_only(self.session_factory) as session:
            return queries.mentoring_facilities(session)

    @requires(Permission.FIELD_RECORDS)
    def record_visit(self, visit_id: int, start: dt.date, end: dt.date,
                     present_mentor_ids: set[int], activities: list[ActivityEntry],
                     today: dt.date, removed_activity_ids: frozenset[int] = frozenset(),
                     *, version: int) -> VisitDetail:
        """The visit happened: dates, mentors present, activities added and removed; as read
        at `version`."""
        with unit_of_work(self.session_factory) as session:
            expect_version(records.get_visit(session, visit_id), version, A_VISIT)
            recording.record_visit_with_activities(session, visit_id, start, end,
                                                   present_mentor_ids, activities, today,
                                                   removed_activity_ids)
            return queries.visit_detail(session, visit_id)

    @requires(Permission.FIELD_RECORDS)
    def remove_activity(self, visit_id: int, activity_id: int) -> VisitDetail:
        with unit_of_work(self.session_factory) as session:
            recording.remove_activity(session, visit_id, activity_id)
            return queries.visit_detail(session, visit_id)

    @requires(Permission.PLANS)
    def mark_missed(self, visit_id: int, reason: str, version: int) -> VisitRow:
        with unit_of_work(self.session_factory) as session:
            expect_version(records.get_visit(session, visit_id), version, A_VISIT)
            records.mark_missed(session, visit_id, reason)
            return queries.visit_row(session, visit_id)

    @requires(Permission.FIELD_RECORDS)
    def add_follow_up(self, data: FollowUpInput, today: dt.date) -> tuple[FollowUpRow, ...]:
        """Store a contact; returns the facility's latest contacts."""
        with unit_of_work(self.session_factory) as session:
            contact = contacts.add_follow_up(session, data, today)
            if contact.org_unit_id is None:
                return ()
            return queries.follow_ups_at(session, contact.org_unit_id)

    # --- debriefing -----------------------------------------------------------------------
    def debriefing(self, visit_id: int) -> DebriefingView | None:
        with read_only(self.session_factory) as session:
            return debriefings.debriefing_view(session, visit_id)

    @requires(Permission.FIELD_RECORDS)
    def save_debriefing(self, visit_id: int, data: DebriefingInput,
                        today: dt.date) -> DebriefingView:
        with unit_of_work(self.session_factory) as session:
            debriefings.save_debriefing(session, visit_id, data, today)
            view = debriefings.debriefing_view(session, visit_id)
        assert view is not None
        return view

    # --- monthly mentor reports -----------------------------------------------------------
    def mentor_reports(self, month: dt.date) -> list[MentorReportRow]:
        with read_only(self.session_factory) as session:
            return mentor_reports.reports_for_month(session, month)

    def _report_row(self, session: Any, mentor_id: int, month: dt.date) -> MentorReportRow:
        return next(r for r in mentor_reports.reports_for_month(session, month)
                    if r.mentor_id == mentor_id)

    @requires(Permission.FIELD_RECORDS)
    def save_mentor_report(self, data: MentorReportInput, today: dt.date,
                           version: int | None = None) -> MentorReportRow:
        with unit_of_work(self.session_factory) as session:
            mentor_reports.save_mentor_report(session, data, today, version)
            return self._report_row(session, data.mentor_id, data.month)

    @requires(Permission.QI)
    def give_feedback(self, report_id: int, feedback: str, on: dt.date,
                      version: int | None = None) -> MentorReportRow:
        with unit_of_work(self.session_factory) as session:
            report = mentor_reports.give_feedback(session, report_id, feedback, on, version)
            return self._report_row(session, report.mentor_id, report.month)
