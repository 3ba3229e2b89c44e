"""The command line's import, export-db and dhis2 commands (wired into `mentoroffice.cli`).

Refusals raise `core.commands.CommandError` (exit code 2) with the problems to fix.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.commands import CommandError
from .mapping import ImportKind

MAX_PROBLEMS_SHOWN = 40


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    importing = commands.add_parser("import", help="import a .xlsx or .csv file: every row or "
                                    "none")
    importing.add_argument("kind", choices=[k.value for k in ImportKind])
    importing.add_argument("file", type=Path)
    importing.add_argument("--sheet", help="the workbook's sheet (default: the first)")
    importing.add_argument("--on-duplicate", choices=("skip", "update", "stop"),
                           default="skip", help="rows already in the database (default: skip)")
    importing.add_argument("--dry-run", action="store_true", help="report what would be "
                           "imported and every problem; change nothing")

    export = commands.add_parser("export-db", help="write every table to an .xlsx workbook")
    export.add_argument("file", type=Path)

    dhis2 = commands.add_parser("dhis2", help="export aggregate figures for DHIS2")
    dhis2.add_argument("--period", required=True, help="202407, 2024Q1, 2024Oct, 2024July")
    dhis2.add_argument("--format", choices=("json", "csv", "adx"), default="json")
    dhis2.add_argument("--out", type=Path, required=True, metavar="FILE")
    dhis2.add_argument("--org-units", choices=("uid", "code"), default="uid",
                       help="identify org units by DHIS2 UID (default) or by code")
    dhis2.add_argument("--data-set", help="ADX: the DHIS2 data set (default: the office's "
                       "'dhis2.data_set' setting)")
    dhis2.add_argument("--partial", action="store_true", help="write the file even when some "
                       "values cannot be mapped (they are listed)")


def run(args: argparse.Namespace, url: str) -> int:
    if args.command == "import":
        return cmd_import(url, args)
    if args.command == "export-db":
        return cmd_export_db(url, args.file, args)
    return cmd_dhis2(url, args)


def _refuse(message: str) -> Exception:
    return CommandError(message)


def _listing(problems: list[str]) -> str:
    shown = [f"  {p}" for p in problems[:MAX_PROBLEMS_SHOWN]]
    if len(problems) > MAX_PROBLEMS_SHOWN:
        shown.append(f"  ... and {len(problems) - MAX_PROBLEMS_SHOWN} more")
    return "\n".join(shown)


def _progress_lines(what: str) -> Callable[[int, int], None]:
    """Progress on stderr, a line at each tenth of the rows (a log keeps them readable)."""
    shown = [-1]

    def report(done: int, total: int) -> None:
        tenth = 10 * done // max(total, 1)
        if tenth > shown[0]:
            shown[0] = tenth
            print(f"{what}: {done:,} of {total:,} rows ({10 * tenth}%)", file=sys.stderr,
                  flush=True)

    return report


def cmd_import(url: str, args: argparse.Namespace) -> int:
    from ..core.access import Permission
    from ..users.command_line import open_office_as
    from .importing import ImportRefused, open_import
    from .service import ExchangeService

    if not args.file.is_file():
        raise _refuse(f"There is no file at {args.file}.")
    office = open_office_as(url, args.user, args.token, Permission.IMPORT)
    try:
        print(f"Reading {args.file} ...", file=sys.stderr, flush=True)
        job = open_import(args.file, args.kind, args.sheet, args.on_duplicate, office.catalog)
        if args.dry_run:
            with office.session_factory() as session:
                report = job.preview(session, _progress_lines("Checking"))
            print(f"{job.table.source}: {report.summary}")
            if report.problems:
                print(_listing([str(p) for p in report.problems]))
            return 0 if report.ok else 1
        try:
            report = ExchangeService(office.session_factory).run(
                job, _progress_lines("Importing"))
        except ImportRefused as refused:
            problems = [str(p) for p in refused.report.problems]
            raise _refuse(f"{refused}\n{_listing(problems)}\nNothing was imported.") from None
    finally:
        office.close()
    summary = report.summary
    print(f"Imported {args.kind} from {job.table.source}: {summary.to_add} added, "
          f"{summary.to_update} updated, {summary.to_skip} skipped.")
    return 0


def cmd_export_db(url: str, file: Path, args: argparse.Namespace) -> int:
    from ..core.access import Permission
    from ..users.command_line import open_office_as
    from .exporting import PERSONAL_DATA_NOTICE
    from .service import ExchangeService

    if file.suffix.lower() != ".xlsx":
        raise _refuse("The database export is an Excel workbook: give a file name ending in "
                      ".xlsx.")
    office = open_office_as(url, args.user, args.token, Permission.EXPORT)
    try:
        counts = ExchangeService(office.session_factory).export_database(file)
    finally:
        office.close()
    print(f"Wrote {len(counts)} tables, {sum(counts.values()):,} rows, to {file}")
    print(PERSONAL_DATA_NOTICE)
    return 0


def cmd_dhis2(url: str, args: argparse.Namespace) -> int:
    from ..core.access import Permission
    from ..users.command_line import open_office_as
    from . import dhis2
    from .service import ExchangeService

    try:
        period = dhis2.parse_period(args.period)
    except ValueError as error:
        raise _refuse(str(error)) from None
    office = open_office_as(url, args.user, args.token, Permission.EXPORT)
    try:
        with office.session_factory() as session:
            export = dhis2.aggregate(session, period, args.org_units)
            data_set = args.data_set or dhis2.data_set_setting(session)
        if args.format == "adx" and not data_set:
            raise _refuse("ADX needs the DHIS2 data set: give --data-set UID, or set "
                          f"'{dhis2.DATA_SET_SETTING}' in the office settings.")
        if export.problems and not args.partial:
            raise _refuse(f"{len(export.problems)} problem(s); no file was written:\n"
                          f"{_listing(list(export.problems))}\nFix the mapping, or add "
                          "--partial to write the values that can be sent.")
        ExchangeService(office.session_factory).write_dhis2(export, args.out, args.format,
                                                            data_set)
    finally:
        office.close()
    for problem in export.problems:
        print(f"Left out: {problem}", file=sys.stderr)
    print(f"Wrote {len(export.values)} values for {export.dhis2_period} to {args.out}")
    print(dhis2.import_hint(export, args.format))
    return 0
