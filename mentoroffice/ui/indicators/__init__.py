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

from ...indicators.service import IndicatorService
from ..tasks import TaskRunner
from .runchart_page import RunChartPage
from .values_page import IndicatorsPage

__all__ = ["IndicatorsPage", "RunChartPage", "indicator_pages", "raise_page"]


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


def indicator_pages(
    office: Any,
    parent: QWidget | None = None,
    *,
    runner: TaskRunner | None = None,
    today: Callable[[], dt.date] = dt.date.today,
) -> list[tuple[str, QWidget]]:
    """The indicator pages for the main window: (title, widget), values first.

    ``office`` needs ``session_factory`` (see :class:`mentoroffice.office.Office`). "Run chart"
    on the values page shows that indicator on the run chart page.
    """
    service = IndicatorService(office.session_factory)
    runner = runner or TaskRunner(parent)
    values = IndicatorsPage(service, runner, today, parent)
    charts = RunChartPage(service, runner, today, parent)

    def show_chart(facility_id: int, indicator_id: int, month: object) -> None:
        charts.show_chart(facility_id, indicator_id, month if isinstance(month, dt.date) else None)
        raise_page(charts)

    values.chart_requested.connect(show_chart)
    translate = QCoreApplication.translate
    return [
        (translate("Indicators", "Monthly values"), values),
        (translate("Indicators", "Run charts"), charts),
    ]
