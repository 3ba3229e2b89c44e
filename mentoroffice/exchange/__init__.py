"""Data in and out: Excel and CSV import, Excel/CSV export, DHIS2 aggregate export.

Qt-free. The GUI goes through `service.ExchangeService` (one session per call); the command line
through `commands`. The import steps, in the order a wizard takes them:

1. `reading.sheet_names(path)`, `reading.read_table(path, sheet)` -> `Table` (with problems)
2. `mapping.auto_map(kind, table.headers)` -> `ColumnMapping` (edit with `.with_column`)
3. `importing.ImportJob(kind, table, mapping, policy, catalog)`: `.preview(session)` -> an
   `ImportReport` with problems by row and column and, as `.summary`, the dry run (rows to
   add / update / skip); nothing is saved. `.run(session, progress, cancelled)`: all or nothing.
4. `exporting.export_rows`, `exporting.export_database`; `dhis2.aggregate` then `dhis2.write`;
   the mapping is edited with `dhis2_mapping`.
"""
