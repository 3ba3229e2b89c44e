"""Data in and out: the import wizard, exports (a list, the whole database, DHIS2) and backups.

The main window mounts the pages with `exchange_pages(office, parent, reopen)`; `reopen` opens
the database again after a restore (see `BackupPage`). Any list can offer an export with
`export_view(parent, headers, rows_loader, default_name)` or `view_export_action(view, name)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...cascade.service import CascadeService
from ...exchange.service import ExchangeService
from ..tasks import TaskRunner
from .backup_page import BackupPage, postgres_commands
from .data_page import DataPage
from .export import export_view, full_export, full_export_action, view_export_action
from .wizard import ImportWizard

__all__ = ["BackupPage", "DataPage", "ImportWizard", "exchange_pages", "export_view",
           "full_export", "full_export_action", "postgres_commands", "view_export_action"]


def exchange_pages(office: Any, parent: QWidget | None = None,
                   reopen: Callable[[], None] | None = None) -> list[tuple[str, QWidget]]:
    """("Data in and out", page) and ("Backups", page) for the main window.

    Without `reopen`, a restore asks the person to restart MentorOffice afterwards.
    """
    service = ExchangeService(office.session_factory, office.catalog)
    cascade = CascadeService(office.session_factory)
    runner = TaskRunner(parent)
    data = DataPage(service, runner, lambda: [code for code, _n, _l in
                                              cascade.technical_areas()], parent)
    backups = BackupPage(office.database, reopen, parent, runner)
    translate = QCoreApplication.translate
    return [(translate("Exchange", "Data in and out"), data),
            (translate("Exchange", "Backups"), backups)]
