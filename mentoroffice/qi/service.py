"""The QI screens' use cases: projects, action items and escalations.

One transaction per call; plain frozen rows back; refusals as `RuleRefused`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..core.access import Permission, requires
from ..core.choices import PlaceChoice
from ..core.writes import expect_version, read_only, unit_of_work
from ..data.enums import ActionStatus, CauseCategory, EscalationStatus
from ..data.models import ActionItem, Escalation
from ..text import QT_TRANSLATE_NOOP
from ..visits.queries import mentoring_facilities
from . import actions, plans, projects, queries
from .plans import ActionInput, EscalationInput
from .projects import PdsaInput, ProjectInput
from .queries import (
    ActionRow,
    EscalationRow,
    HistoryRow,
    IndicatorOption,
    OverdueGroup,
    ProjectDetail,
    ProjectRow,
)

__all__ = ["QIService"]


AN_ACTION = QT_TRANSLATE_NOOP("Rules", "This action")
AN_ESCALATION = QT_TRANSLATE_NOOP("Rules", "This escalation")


class QIService:
    """Handed a session factory; every method is one short transaction."""

    def __init__(self, session_factory: Any) -> None:
        self.session_factory = session_factory

    # --- choices for the editors ----------------------------------------------------------
    def facilities(self) -> list[PlaceChoice]:
        with read_only(self.session_factory) as session:
            return mentoring_facilities(session)

    def indicators(self) -> list[IndicatorOption]:
        with read_only(self.session_factory) as session:
            return queries.indicator_options(session)

    # --- QI projects ----------------------------------------------------------------------
    def projects(self, include_finished: bool = True) -> list[ProjectRow]:
        with read_only(self.session_factory) as session:
            return queries.project_rows(session, include_finished)

    def project(self, project_id: int, today: dt.date) -> ProjectDetail:
        with read_only(self.session_factory) as session:
            return queries.project_detail(session, project_id, today)

    @requires(Permission.QI)
    def start_project_from_finding(self, finding_id: int, today: dt.date,
                                   title: str | None = None) -> ProjectDetail:
        with unit_of_work(self.session_factory) as session:
            project = projects.start_project_from_finding(session, finding_id, today, title)
            return queries.project_detail(session, project.id, today)

    @requires(Permission.QI)
    def create_project(self, data: ProjectInput, today: dt.date) -> ProjectDetail:
        with unit_of_work(self.session_factory) as session:
            project = projects.create_project(session, data, today)
            return queries.project_detail(session, project.id, today)

    @requires(Permission.QI)
    def update_project(self, project_id: int, data: ProjectInput, today: dt.date,
                       version: int) -> ProjectDetail:
        with unit_of_work(self.session_factory) as session:
            projects.update_project(session, project_id, data, today, version)
            return queries.project_detail(session, project_id, today)

    @requires(Permission.QI)
    def add_cause(self, project_id: int, category: CauseCategory, text: str,
                  parent_id: int | None, today: dt.date) -> ProjectDetail:
        with unit_of_work(self.session_factory) as session:
            projects.add_cause(session, project_id, category, text, parent_id)
            return queries.project_detail(session, project_id, today)

    @requires(Permission.QI)
    def remove_cause(self, project_id: int, cause_id: int, today: dt.date) -> ProjectDetail:
        with unit_of_work(self.session_factory) as session:
            projects.remove_cause(session, project_id, cause_id)
            return queries.project_detail(session, project_id, today)

    @requires(Permission.QI)
    def add_change_idea(self, project_id: int, text: str, today: dt.date) -> ProjectDetail:
        with unit_of_work(self.session_factory) as session:
            projects.add_change_idea(session, project_id, text)
            return queries.project_detail(session, project_id, today)

    @requires(Permission.QI)
    def add_cycle(self, project_id: int, data: PdsaInput, today: dt.date) -> ProjectDetail:
        with unit_of_work(self.session_factory) as session:
            projects.add_cycle(session, project_id, data)
            return queries.project_detail(session, project_id, today)

    @requires(Permission.QI)
    def update_cycle(self, cycle_id: int, data: PdsaInput, version: int,
                     today: dt.date) -> ProjectDetail:
        with unit_of_work(self.session_factory) as session:
            cycle = projects.update_cycle(session, cycle_id, data, version)
            return queries.project_detail(session, cycle.project_id, today)

    # --- action items ---------------------------------------------------------------------
    def actions(self, today: dt.date, open_only: bool = False,
                facility_id: int | None = None) -> list[ActionRow]:
        with read_only(self.session_factory) as session:
            return queries.action_rows(session, today, open_only, facility_id)

    @requires(Permission.QI)
    def create_action(self, data: ActionInput, today: dt.date, by: str) -> ActionRow:
        with unit_of_work(self.session_factory) as session:
            action = plans.create_action(session, data, today, by)
            return queries.action_row(session, action.id, today)

    @requires(Permission.QI)
    def change_action_status(self, action_id: int, wanted: ActionStatus, on: dt.date, by: str,
                             note: str | None = None, *, version: int) -> ActionRow:
        """Move an action, as read at `version`, along its allowed states."""
        with unit_of_work(self.session_factory) as session:
            item = session.get(ActionItem, action_id)
            if item is not None:
                expect_version(item, version, AN_ACTION)
            actions.change_action_status(session, action_id, wanted, on, by, note)
            return queries.action_row(session, action_id, on)

    def action_history(self, action_id: int) -> list[HistoryRow]:
        with read_only(self.session_factory) as session:
            return queries.action_history(session, action_id)

    def overdue(self, today: dt.date, by: str) -> list[OverdueGroup]:
        """Overdue actions grouped by "facility" or "person"."""
        with read_only(self.session_factory) as session:
            return queries.overdue_groups(session, today, by)

    # --- escalations ----------------------------------------------------------------------
    def escalations(self, today: dt.date, open_only: bool = False) -> list[EscalationRow]:
        with read_only(self.session_factory) as session:
            return queries.escalation_rows(session, today, open_only)

    @requires(Permission.QI)
    def raise_escalation(self, data: EscalationInput, today: dt.date) -> EscalationRow:
        with unit_of_work(self.session_factory) as session:
            escalation = plans.raise_escalation(session, data, today)
            return self._escalation_row(session, escalation.id, today)

    @requires(Permission.QI)
    def change_escalation_status(self, escalation_id: int, wanted: EscalationStatus,
                                 on: dt.date, response: str | None = None, *,
                                 version: int) -> EscalationRow:
        """Move an escalation, as read at `version`, along its allowed states."""
        with unit_of_work(self.session_factory) as session:
            escalation = session.get(Escalation, escalation_id)
            if escalation is not None:
                expect_version(escalation, version, AN_ESCALATION)
            actions.change_escalation_status(session, escalation_id, wanted, on, response)
            return self._escalation_row(session, escalation_id, on)

    @staticmethod
    def _escalation_row(session: Any, escalation_id: int, today: dt.date) -> EscalationRow:
        [row] = queries.escalation_rows(session, today, escalation_id=escalation_id)
        return row
