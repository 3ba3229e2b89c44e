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
from ..tasks import TaskRunner
from .coverage_page import CoveragePage
from .facilities_page import FacilitiesPage
from .people_page import PeoplePage

__all__ = ["CoveragePage", "FacilitiesPage", "PeoplePage", "cascade_pages"]


def cascade_pages(office: Any, parent: QWidget | None = None,
                  today: Callable[[], dt.date] = dt.date.today) -> list[tuple[str, QWidget]]:
    """(title, page) for the facilities, people and coverage pages, sharing one service.

    A change saved on one page marks the others for a refresh.
    """
    service = CascadeService(office.session_factory)
    runner = TaskRunner(parent)
    facilities = FacilitiesPage(service, today, parent)
    people = PeoplePage(service, runner, today, parent)
    coverage = CoveragePage(service, runner, today, parent)
    facilities.changed.connect(coverage.mark_stale)
    facilities.changed.connect(people.model.reload)
    people.changed.connect(coverage.mark_stale)
    people.changed.connect(facilities.show_current)
    coverage.changed.connect(facilities.show_current)
    coverage.changed.connect(people.model.reload)
    translate = QCoreApplication.translate
    return [(translate("Cascade", "Facilities"), facilities),
            (translate("Cascade", "People"), people),
            (translate("Cascade", "Coverage"), coverage)]
