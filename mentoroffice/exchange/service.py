"""What the GUI calls for import, export and DHIS2: each method opens its own session, so it may
run on a worker thread, and hands back plain dataclasses (no session leaves this module).

The import wizard, step by step:
    sheets(path) -> read(path, sheet) -> Table      (headers, rows, reading problems)
    auto_map(kind, table.headers) -> ColumnMapping    (the person may change it: with_column)
    job = new_job(kind, table, mapping, policy)
    preview(job, progress, cancelled) -> ImportReport (problems by row/column; .summary = dry run)
    run(job, progress, cancelled) -> ImportReport     (all or nothing; ImportRefused/Cancelled)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from ..core import audit
from ..core.access import Permission, requires
from ..core.writes import record_event, unit_of_work
from ..periods import Period
from . import dhis2, dhis2_mapping, exporting, mapping, reading
from .importing import Action, Cancelled, DuplicatePolicy, ImportJob, ImportReport, Progress
from .mapping import ColumnMapping, ImportKind, Template


class ExchangeService:
    def __init__(self, session_factory: sessionmaker[Session], catalog: Any = None) -> None:
        self.session_factory = session_factory
        self._catalog = catalog

    # --- import ----------------------------------------------------------------------------
    def templates(self) -> list[Template]:
        return list(mapping.TEMPLATES.values())

    def write_template(self, kind: ImportKind | str, path: Path) -> Path:
        return mapping.template_workbook(kind, path)

    def sheets(self, path: Path) -> list[str]:
        return reading.sheet_names(path)

    def read(self, path: Path, sheet: str | None = None,
             header_row: int | None = None) -> reading.Table:
        return reading.read_table(path, sheet, header_row)

    def auto_map(self, kind: ImportKind | str, headers: Sequence[str]) -> ColumnMapping:
        return mapping.auto_map(kind, headers)

    def new_job(self, kind: ImportKind | str, table: reading.Table,
                column_mapping: ColumnMapping | None = None,
                policy: DuplicatePolicy | str = DuplicatePolicy.SKIP,
                today: dt.date | None = None) -> ImportJob:
        return ImportJob(ImportKind(kind), table, column_mapping, DuplicatePolicy(policy),
                         self._catalog, today or dt.date.today())

    def preview(self, job: ImportJob, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ImportReport:
        with self.session_factory() as session:
            return job.preview(session, progress, cancelled)

    @requires(Permission.IMPORT)
    def run(self, job: ImportJob, progress: Progress | None = None,
            cancelled: Cancelled | None = None) -> ImportReport:
        """Import every row or none; the audit trail gets an entry per row written and one
        naming the file and its SHA-256, in the same transaction."""
        with unit_of_work(self.session_factory) as session:
            report = job.run(session, progress, cancelled)
            audit.record(session, "import", job.kind.value, None,
                         file=job.table.file_name or job.table.source,
                         sheet=job.table.source, sha256=job.table.sha256,
                         rows=len(report.outcomes), added=report.count(Action.ADD),
                         updated=report.count(Action.UPDATE))
            return report

    # --- export ----------------------------------------------------------------------------
    def export_rows(self, headers: Sequence[str], rows: Iterable[Sequence[Any]], path: Path,
                    sheet_title: str = "Export") -> Path:
        return exporting.export_rows(headers, rows, path, sheet_title)

    @requires(Permission.EXPORT)
    def export_database(self, path: Path, progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> dict[str, int]:
        """Every table to a workbook; the audit trail says who wrote which file."""
        with self.session_factory() as session:
            counts = exporting.export_database(session, path, progress, cancelled)
        record_event(self.session_factory, Permission.EXPORT, "export", "database",
                     file=path.name, rows=sum(counts.values()))
        return counts

    # --- DHIS2 -----------------------------------------------------------------------------
    def dhis2_export(self, period: Period, org_unit_scheme: str = "uid") -> dhis2.Dhis2Export:
        with self.session_factory() as session:
            return dhis2.aggregate(session, period, org_unit_scheme)

    @requires(Permission.EXPORT)
    def write_dhis2(self, export: dhis2.Dhis2Export, path: Path, fmt: str,
                    data_set: str | None = None) -> Path:
        if fmt == "adx" and not data_set:
            with self.session_factory() as session:
                data_set = dhis2.data_set_setting(session)
        written = dhis2.write(export, path, fmt, data_set)
        record_event(self.session_factory, Permission.EXPORT, "export", "dhis2",
                     file=path.name, format=fmt, values=len(export.values))
        return written

    def dhis2_mappings(self) -> list[dhis2_mapping.MappingRow]:
        with self.session_factory() as session:
            return dhis2_mapping.list_mappings(session)

    def dhis2_metrics(self) -> dict[str, str]:
        with self.session_factory() as session:
            return dhis2_mapping.known_metrics(session)

    @requires(Permission.SETTINGS)
    def save_dhis2_mapping(self, metric: str, data_element: str,
                           technical_area: str | None = None,
                           category_option_combo: str | None = None,
                           mapping_id: int | None = None, version: int | None = None) -> int:
        """Add a mapping, or change one as read at `version`."""
        with unit_of_work(self.session_factory) as session:
            return dhis2_mapping.save_mapping(session, metric, data_element, technical_area,
                                              category_option_combo, mapping_id, version)

    @requires(Permission.SETTINGS)
    def delete_dhis2_mapping(self, mapping_id: int, version: int | None = None) -> None:
        with unit_of_work(self.session_factory) as session:
            dhis2_mapping.delete_mapping(session, mapping_id, version)

    def dhis2_data_set(self) -> str | None:
        with self.session_factory() as session:
            return dhis2.data_set_setting(session)

    @requires(Permission.SETTINGS)
    def set_dhis2_data_set(self, uid: str | None) -> None:
        with unit_of_work(self.session_factory) as session:
            dhis2_mapping.set_data_set(session, uid)
