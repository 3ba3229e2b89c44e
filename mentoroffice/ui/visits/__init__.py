"""Visits, debriefings and QI screens: the month's plan, visit records, QI projects, action
plans and escalations, mentors' monthly reports.

The main window mounts them with `visit_pages(office, parent)`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ...core.access import actor_of
from ...core.changes import Kind
from ...qi.service import QIService
from ...visits.service import VisitService
from ..changes import ChangeBroadcaster
from ..lazy_page import PageGroup
from ..tasks import TaskRunner
from .actions_page import ActionsPage
from .common import Clock, VisitsContext
from .labels import CONTEXT
from .planning import PlanningPage
from .qi_page import QIPage
from .reports_page import MentorReportsPage

__all__ = ["ActionsPage", "MentorReportsPage", "PlanningPage", "QIPage", "VisitsContext",
           "make_context", "visit_group", "visit_pages", "visit_titles"]


PAGES = (
    (QT_TRANSLATE_NOOP("Visits", "Visit planning"), PlanningPage),
    (QT_TRANSLATE_NOOP("Visits", "QI projects"), QIPage),
    (QT_TRANSLATE_NOOP("Visits", "Actions and escalations"), ActionsPage),
    (QT_TRANSLATE_NOOP("Visits", "Mentor reports"), MentorReportsPage),
)


def current_user(office: Any) -> str:
    """The signed-in user's name, which status changes record."""
    actor = actor_of(office.session_factory)
    return actor.username if actor else "office"


def make_context(office: Any, parent: QWidget | None = None, clock: Clock = dt.date.today,
                 user: str | None = None, runner: TaskRunner | None = None) -> VisitsContext:
    """The services and settings every page of this package shares."""
    return VisitsContext(VisitService(office.session_factory), QIService(office.session_factory),
                         clock, user or current_user(office), runner, parent)


PAGE_KEYS = ("planning", "qi_projects", "actions", "mentor_reports")
SHOWS = {"planning": frozenset({Kind.VISIT}),
         "qi_projects": frozenset({Kind.QI, Kind.ACTION}),
         "actions": frozenset({Kind.ACTION, Kind.QI, Kind.VISIT}),
         "mentor_reports": frozenset({Kind.VISIT, Kind.PERSON})}


def visit_group(office: Any, parent: QWidget | None = None, clock: Clock = dt.date.today,
                user: str | None = None, runner: TaskRunner | None = None,
                changes: ChangeBroadcaster | None = None) -> PageGroup:
    """The pages ("planning", "qi_projects", "actions", "mentor_reports"), each built when
    first needed, sharing one context; a change made on one (a QI project started from a
    debriefing) shows on the others through ``changes`` (the window's broadcaster; one of
    their own without it)."""
    context = make_context(office, parent, clock, user, runner)
    changes = changes or ChangeBroadcaster(office.session_factory, parent)
    group = PageGroup(parent)
    for key, (_title, page) in zip(PAGE_KEYS, PAGES, strict=True):
        group.add(key, lambda page=page: page(context, parent))
        group.add_hook(key, lambda built, kinds=SHOWS[key]: changes.watch(
            built, kinds, built.reload))
    return group


def visit_titles() -> dict[str, str]:
    return {key: QCoreApplication.translate(CONTEXT, title)
            for key, (title, _page) in zip(PAGE_KEYS, PAGES, strict=True)}


def visit_pages(office: Any, parent: QWidget | None = None, clock: Clock = dt.date.today,
                user: str | None = None, runner: TaskRunner | None = None,
                changes: ChangeBroadcaster | None = None) -> list[tuple[str, QWidget]]:
    """The pages for the main window, with their titles, all built now."""
    group = visit_group(office, parent, clock, user, runner, changes)
    return [(title, group.page(key)) for key, title in visit_titles().items()]
