"""Indicator screens: monthly values per facility in a grid, and run charts with their signals.

The main window mounts the pages returned by :func:`indicator_pages`. Nothing here imports
matplotlib at start-up: the run chart page imports it when it draws its first chart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

from ...core.changes import Kind
from ...indicators.service import IndicatorService
from ..changes import ChangeBroadcaster
from ..lazy_page import PageGroup
from ..tasks import TaskRunner
from .runchart_page import RunChartPage
from .values_page import IndicatorsPage

__all__ = ["IndicatorsPage", "RunChartPage", "indicator_group", "indicator_pages",
           "indicator_titles", "raise_page"]


def raise_page(page: QWidget) -> None:
    """Bring a page to the front of the tabs or stacks it sits in."""
    child, parent = page, page.parentWidget()
    while parent is not None:
        container = parent.parentWidget() if isinstance(parent, QStackedWidget) else None
        if isinstance(container, QTabWidget):
            container.setCurrentWidget(child)
        elif isinstance(parent, QStackedWidget):
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def indicator_group(
    office: Any,
    parent: QWidget | None = None,
    *,
    runner: TaskRunner | None = None,
    today: Callable[[], dt.date] = dt.date.today,
    changes: ChangeBroadcaster | None = None,
) -> PageGroup:
    """The monthly values ("values") and run charts ("charts"), each built when first needed.

    ``office`` needs ``session_factory`` (see :class:`mentoroffice.office.Office`). "Run chart"
    on the values page shows that indicator on the run chart page (building it if needed).
    The run chart draws again when indicator values change (``changes``: the window's
    broadcaster; one of its own without it); the values grid, where people type, reloads
    only when asked.
    """
    service = IndicatorService(office.session_factory)
    runner = runner or TaskRunner(parent)
    group = PageGroup(parent)
    group.add("values", lambda: IndicatorsPage(service, runner, today, parent))
    group.add("charts", lambda: RunChartPage(service, runner, today, parent))

    def show_chart(facility_id: int, indicator_id: int, month: object) -> None:
        charts = group.page("charts")
        assert isinstance(charts, RunChartPage)
        charts.show_chart(facility_id, indicator_id, month if isinstance(month, dt.date) else None)
        raise_page(charts)

    group.add_hook("values", lambda values: values.chart_requested.connect(show_chart))
    changes = changes or ChangeBroadcaster(office.session_factory, parent)
    group.add_hook("charts", lambda charts: changes.watch(charts, {Kind.INDICATOR},
                                                          charts.reload))
    return group


def indicator_titles() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"values": translate("Indicators", "Monthly values"),
            "charts": translate("Indicators", "Run charts")}


def indicator_pages(
    office: Any,
    parent: QWidget | None = None,
    *,
    runner: TaskRunner | None = None,
    today: Callable[[], dt.date] = dt.date.today,
) -> list[tuple[str, QWidget]]:
    """The indicator pages, all built now: (title, widget), values first."""
    group = indicator_group(office, parent, runner=runner, today=today)
    return [(title, group.page(key)) for key, title in indicator_titles().items()]
