"""The cascade's screens: facilities, people, coverage (and their dialogs).

The main window mounts them with `cascade_pages(office, parent)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...cascade.service import CascadeService
from ...core.changes import Kind
from ..changes import ChangeBroadcaster
from ..lazy_page import PageGroup
from ..tasks import TaskRunner
from .coverage_page import CoveragePage
from .facilities_page import FacilitiesPage
from .people_page import PeoplePage

__all__ = ["CoveragePage", "FacilitiesPage", "PeoplePage", "cascade_group", "cascade_pages",
           "cascade_titles"]


REGISTRY = frozenset({Kind.FACILITY, Kind.PERSON})
COVERAGE_SHOWS = REGISTRY | {Kind.ASSESSMENT}  # validated mentees can fill a gap


def cascade_group(office: Any, parent: QWidget | None = None,
                  today: Callable[[], dt.date] = dt.date.today,
                  changes: ChangeBroadcaster | None = None) -> PageGroup:
    """The facilities, people and coverage pages ("facilities", "people", "coverage"),
    sharing one service, each built when first needed.

    Each page reloads what it shows when facilities or people change, whichever page (or
    section) changed them (``changes``: the window's broadcaster; one of their own without).
    """
    service = CascadeService(office.session_factory)
    runner = TaskRunner(parent)
    group = PageGroup(parent)
    group.add("facilities", lambda: FacilitiesPage(service, today, parent))
    group.add("people", lambda: PeoplePage(service, runner, today, parent))
    group.add("coverage", lambda: CoveragePage(service, runner, today, parent))
    changes = changes or ChangeBroadcaster(office.session_factory, parent)
    group.add_hook("facilities", lambda page: changes.watch(page, REGISTRY, page.show_current))
    group.add_hook("people", lambda page: changes.watch(page, REGISTRY, page.model.reload))
    group.add_hook("coverage", lambda page: changes.watch(page, COVERAGE_SHOWS, page.reload))
    return group


def cascade_titles() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"facilities": translate("Cascade", "Facilities"),
            "people": translate("Cascade", "People"),
            "coverage": translate("Cascade", "Coverage")}


def cascade_pages(office: Any, parent: QWidget | None = None,
                  today: Callable[[], dt.date] = dt.date.today,
                  changes: ChangeBroadcaster | None = None) -> list[tuple[str, QWidget]]:
    """(title, page) for the facilities, people and coverage pages, all built now."""
    group = cascade_group(office, parent, today, changes)
    return [(title, group.page(key)) for key, title in cascade_titles().items()]
