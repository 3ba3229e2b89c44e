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
from ..lazy_page import PageGroup
from ..tasks import TaskRunner
from .coverage_page import CoveragePage
from .facilities_page import FacilitiesPage
from .people_page import PeoplePage

__all__ = ["CoveragePage", "FacilitiesPage", "PeoplePage", "cascade_group", "cascade_pages",
           "cascade_titles"]


def cascade_group(office: Any, parent: QWidget | None = None,
                  today: Callable[[], dt.date] = dt.date.today) -> PageGroup:
    """The facilities, people and coverage pages ("facilities", "people", "coverage"),
    sharing one service, each built when first needed.

    A change saved on one page marks the others (those built) for a refresh.
    """
    service = CascadeService(office.session_factory)
    runner = TaskRunner(parent)
    group = PageGroup(parent)
    group.add("facilities", lambda: FacilitiesPage(service, today, parent))
    group.add("people", lambda: PeoplePage(service, runner, today, parent))
    group.add("coverage", lambda: CoveragePage(service, runner, today, parent))
    group.link("facilities", "changed", "coverage", lambda page: page.mark_stale)
    group.link("facilities", "changed", "people", lambda page: page.model.reload)
    group.link("people", "changed", "coverage", lambda page: page.mark_stale)
    group.link("people", "changed", "facilities", lambda page: page.show_current)
    group.link("coverage", "changed", "facilities", lambda page: page.show_current)
    group.link("coverage", "changed", "people", lambda page: page.model.reload)
    return group


def cascade_titles() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"facilities": translate("Cascade", "Facilities"),
            "people": translate("Cascade", "People"),
            "coverage": translate("Cascade", "Coverage")}


def cascade_pages(office: Any, parent: QWidget | None = None,
                  today: Callable[[], dt.date] = dt.date.today) -> list[tuple[str, QWidget]]:
    """(title, page) for the facilities, people and coverage pages, all built now."""
    group = cascade_group(office, parent, today)
    return [(title, group.page(key)) for key, title in cascade_titles().items()]
