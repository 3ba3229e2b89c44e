"""The working pages of each section (registry, checklists, visits, QI...), for the main window.

Each feature package offers `<feature>_pages(office, parent)` -> [(title, widget)]; this module
places them in the sections. A section's own paged list stays as its last tab, "All records".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ..office import Office
from .cascade import cascade_pages
from .checklists import checklist_pages
from .exchange import exchange_pages
from .indicators import indicator_pages
from .reports import report_pages
from .visits import visit_pages

Workspaces = dict[str, list[tuple[str, QWidget]]]


def build_workspaces(office: Office, parent: QWidget) -> Workspaces:
    facilities, people, coverage = cascade_pages(office, parent)
    planning, qi_projects, actions, mentor_reports = visit_pages(office, parent)
    return {
        "facilities": [facilities, coverage],
        "people": [people],
        "visits": [planning, mentor_reports],
        "assessments": checklist_pages(office, parent),
        "qi": [qi_projects, actions],
        "indicators": indicator_pages(office, parent),
        "reports": report_pages(office, parent) + exchange_pages(office, parent,
                                                                  _reopen_of(parent)),
    }


def _reopen_of(parent: QWidget) -> Callable[[], None] | None:
    """After a restore the office is opened again in a new window, when the window can."""
    can_reopen = getattr(parent, "can_reopen", None)
    if can_reopen is None or not can_reopen():
        return None
    return parent.request_reopen  # type: ignore[attr-defined]
