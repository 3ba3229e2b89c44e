"""The headless command line: demo data, integrity check, backups. Offices schedule these."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .core.commands import CommandError  # the commands' refusal, also mentoroffice.cli's
from .core.refusals import RuleRefused
from .data.backup import BackupError, integrity_problems, list_backups, make_backup, restore_backup
from .data.errors import DatabaseProblem
from .data.locations import (
    DATA_DIR_ENV,
    NetworkPathError,
    default_data_dir,
    default_database_url,
    refuse_network_path,
    sqlite_path_from_url,
    sqlite_url,
)

DEMO_FILENAME = "demo.sqlite"
READING_COMMANDS = ("check", "info", "backup", "report", "import", "export-db", "dhis2")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-01") from error


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentoroffice",
        description="MentorOffice: the clinical mentorship office's registry, visits, QI and "
        "reports. Without a command, opens the application window.",
    )
    parser.add_argument("--database", metavar="URL", help="database URL (default: the office "
                        f"database in the data folder; {DATA_DIR_ENV} moves the folder)")
    parser.add_argument("--demo", action="store_true", help="open the demo database (created "
                        "and filled with a district's demo data on first use)")
    parser.add_argument("--language", choices=("en", "fr", "rw"), help="language of the window "
                        "(default: the one chosen in the View menu, else the system's)")
    parser.add_argument("--user", metavar="NAME", help="who acts (the password is asked); "
                        "needed once the office has users")
    parser.add_argument("--token", metavar="TOKEN", help="a scheduled task's token, made by "
                        "the administrator (or MENTOROFFICE_TOKEN)")
    parser.add_argument("--backup-done", action="store_true", help="the PostgreSQL database "
                        "is backed up (pg_dump): update it to this version even if MentorOffice "
                        "cannot back it up first itself")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", help="open the application window (the default)")

    demo = commands.add_parser("demo", help="write a new database filled with demo data")
    demo.add_argument("--scale", choices=("district", "national"), default="district")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--as-of", type=_date, default=None, metavar="DATE",
                      help="last day of the demo's history (default: today)")
    demo.add_argument("--out", type=Path, required=True, metavar="FILE")
    demo.add_argument("--force", action="store_true", help="replace FILE if it exists")

    commands.add_parser("check", help="check the database's integrity and schema version")
    commands.add_parser("info", help="show where the database is and what it holds")

    backup = commands.add_parser("backup", help="back up the database now, or list backups")
    backup.add_argument("--list", action="store_true", help="list backups, newest first")

    restore = commands.add_parser("restore", help="replace the database with a backup "
                                  "(the current database is backed up first)")
    restore.add_argument("file", type=Path)

    report = commands.add_parser("report", help="write a printed report (PDF); for "
                                 "scheduled runs")
    report.add_argument("code", metavar="CODE", help="supervision, district_pack, "
                        "validation_summary, certificate, mentor_report, visit_plan_letter "
                        "or qi_projects")
    report.add_argument("--facility", metavar="CODE", help="facility or district code")
    report.add_argument("--period", metavar="PERIOD", help="2026Q1 (quarter), FY26Q2 (fiscal "
                        "quarter), FY26 or 2025/2026 (fiscal year), 2026-03 (month)")
    report.add_argument("--mentee", metavar="CODE", help="person code (certificate)")
    report.add_argument("--mentor", metavar="CODE", help="person code (mentor report)")
    report.add_argument("--competency", metavar="FORM", help="form code (certificate)")
    report.add_argument("--years", type=int, default=3, help="fiscal years in Table 1")
    report.add_argument("--out", type=Path, required=True, metavar="FILE")

    from .exchange.commands import add_parsers  # import, export-db, dhis2

    add_parsers(commands)
    return parser


def resolve_url(args: argparse.Namespace) -> str:
    if args.database:
        return str(args.database)
    if args.demo:
        return sqlite_url(default_data_dir() / DEMO_FILENAME)
    return default_database_url()


def _sqlite_path(url: str, action: str) -> Path:
    path = sqlite_path_from_url(url)
    if path is None:
        raise CommandError(
            f"{action} works on SQLite files. For PostgreSQL use its own tools: "
            "pg_dump -Fc -f office.dump DBNAME to back up, pg_restore -d DBNAME office.dump "
            "to restore."
        )
    return path


def write_demo(out: Path, scale: str, seed: int, as_of: dt.date | None,
               force: bool) -> dict[str, int]:
    """Write a demo database to out; it appears under its name only when complete."""
    from .demo import generate_demo
    from .office import open_office

    if out.exists() and not force:
        raise CommandError(f"{out} already exists; add --force to replace it.")
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    office = open_office(sqlite_url(partial))
    try:
        summary = generate_demo(office.session_factory, scale, seed, as_of)
        with office.database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        office.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    os.replace(partial, out)
    return summary.counts


def ensure_demo_database(url: str) -> None:
    """First use of --demo: create and fill the demo database."""
    path = sqlite_path_from_url(url)
    if path is not None and not path.exists():
        print(f"Creating the demo database at {path} ...", file=sys.stderr)
        write_demo(path, "district", 1, None, force=False)


def cmd_demo(args: argparse.Namespace) -> int:
    counts = write_demo(args.out, args.scale, args.seed, args.as_of, args.force)
    print(f"Wrote {args.out} ({args.scale} scale, seed {args.seed}):")
    for table in ("org_unit", "person", "mentor", "mentee_enrolment", "visit", "assessment",
                  "assessment_item_result", "validation"):
        print(f"  {table:24} {counts.get(table, 0):>10,}")
    return 0


def cmd_check(url: str) -> int:
    from .data.database import open_database

    path = sqlite_path_from_url(url)
    if path is not None:
        if not path.exists():
            raise CommandError(f"There is no database at {path}.")
        problems = integrity_problems(path, quick=False)
        if problems:
            print(f"{path}: {len(problems)} problem(s):")
            for problem in problems[:20]:
                print(f"  {problem}")
            print("Restore the latest backup: mentoroffice backup --list, then "
                  "mentoroffice restore FILE.")
            return 1
    database = open_database(url, migrate=False)
    database.dispose()
    print(f"{database.display_location()}: OK")
    return 0


def cmd_info(url: str) -> int:
    from .office import open_office
    from .statistics import table_counts

    office = open_office(url)
    try:
        print(f"Database: {office.database.display_location()}")
        with office.session_factory() as session:
            for table, count in table_counts(session).items():
                print(f"  {table:24} {count:>10,}")
        for error in office.catalog.errors:
            print(f"Form unavailable: {error}")
    finally:
        office.close()
    return 0


def cmd_backup(url: str, list_only: bool) -> int:
    from .data.backup import backup_dir_for

    path = _sqlite_path(url, "Backup")
    backup_dir = backup_dir_for(path)
    if list_only:
        backups = list_backups(backup_dir, path)
        if not backups:
            print(f"No backups in {backup_dir}.")
        for backup in backups:
            print(f"{backup.created:%Y-%m-%d %H:%M}  {backup.size / 1e6:8.1f} MB  {backup.path}")
        return 0
    backup = make_backup(path, backup_dir)
    print(f"Backed up to {backup.path}")
    return 0


def cmd_restore(url: str, file: Path, args: argparse.Namespace) -> int:
    from .core.access import SYSTEM, Actor, Permission, act_as, actor_of
    from .core.writes import record_event
    from .data.backup import backup_dir_for
    from .data.database import open_database
    from .users.command_line import open_office_as

    path = _sqlite_path(url, "Restore")

    restorer: list[Actor] = []

    def authorize() -> None:
        try:
            office = open_office_as(url, args.user, args.token, Permission.RESTORE)
        except DatabaseProblem:
            return  # a database that cannot be opened has no users to ask: restoring cures it
        restorer.extend(filter(None, [actor_of(office.session_factory)]))
        office.close()

    previous = restore_backup(file, path, backup_dir_for(path), authorize)
    if previous:
        print(f"The database as it was is kept in {previous.path}")
    print(f"Restored {file} to {path}")
    database = open_database(url)  # a backup of an older version is updated now
    act_as(database.session_factory, restorer[0] if restorer else SYSTEM)
    record_event(database.session_factory, Permission.RESTORE, "restore", "database",
                 file=file.name)
    database.dispose()
    if database.migration_backup:
        print("It was updated to this version of MentorOffice; as restored, it is kept in "
              f"{database.migration_backup.path}")
    return 0


def cmd_report(url: str, args: argparse.Namespace) -> int:
    from .core.access import Permission
    from .reports.catalog import ReportCancelled, generate_from_codes
    from .reports.pdf import ReportError
    from .users.command_line import open_office_as

    office = open_office_as(url, args.user, args.token, Permission.REPORTS)
    try:
        with office.session_factory() as session:
            pages = generate_from_codes(
                session, args.code, args.out, facility=args.facility, period=args.period,
                mentee=args.mentee, mentor=args.mentor, competency=args.competency,
                years=args.years)
    except (ValueError, LookupError, ReportError, ReportCancelled) as error:
        raise CommandError(str(error)) from error
    finally:
        office.close()
    print(f"Wrote {args.out} ({pages} page{'s' if pages != 1 else ''})")
    return 0


def reads_a_database(args: argparse.Namespace) -> bool:
    """Commands that work on an existing database; only `demo` and the window create one."""
    if args.command == "backup":
        return not args.list  # a lost database's backups can still be listed
    return args.command in READING_COMMANDS


def require_database(url: str) -> None:
    """Refuse a SQLite file that is not there (a mistyped --database), creating nothing.
    PostgreSQL URLs are left to the server."""
    path = sqlite_path_from_url(url)
    if path is None:
        return
    refuse_network_path(str(path))  # its own advice (PostgreSQL) comes first
    if not path.is_file():
        raise CommandError(
            f"There is no database file at {path.absolute()}. Check the path for a typing "
            "mistake. To create a database, open the MentorOffice window once (the office "
            "database), or run: mentoroffice demo --out FILE (a demo database)."
        )


def run_command(args: argparse.Namespace) -> int:
    url = resolve_url(args)
    if reads_a_database(args):
        require_database(url)
    if args.command == "demo":
        return cmd_demo(args)
    if args.command == "check":
        return cmd_check(url)
    if args.command == "info":
        return cmd_info(url)
    if args.command == "backup":
        return cmd_backup(url, args.list)
    if args.command == "restore":
        return cmd_restore(url, args.file, args)
    if args.command == "report":
        return cmd_report(url, args)
    if args.command in ("import", "export-db", "dhis2"):
        from .exchange.commands import run

        return run(args, url)
    if args.demo:
        ensure_demo_database(url)
    from .ui.app import run_gui

    code: int = run_gui(url, args.language, demo=args.demo)  # ui/ is not type-checked
    return code


def main(argv: Sequence[str] | None = None) -> int:
    from .data.backup import backup_done

    args = build_parser().parse_args(argv)
    try:
        with backup_done(args.backup_done):
            return run_command(args)
    except (CommandError, DatabaseProblem, NetworkPathError, BackupError) as error:
        print(f"mentoroffice: {error}", file=sys.stderr)
        return 2
    except RuleRefused as refused:
        print(f"mentoroffice: {refused}", file=sys.stderr)
        return 2
