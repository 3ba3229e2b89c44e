"""Opening the office database: engine settings, migrations on open, and their safety nets."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from .backup import (
    RESTORING,
    BackupError,
    BackupFile,
    backup_dir_for,
    backup_done,
    backup_is_done,
    copy_database,
    make_backup,
    remove_leftovers,
)
from .base import utcnow
from .errors import (
    BackupNeededBeforeMigration,
    DatabaseTooNew,
    MigrationFailed,
    NotAnOfficeDatabase,
    as_problem,
)
from .locations import default_data_dir, refuse_network_path, sqlite_path_from_url
from .pg_dump import dump_before_migration, suggested_command
from .private_files import make_private_dir, make_private_file

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000
# Set by the write path (core.writes.unit_of_work) on the connection of a write transaction.
WRITE_TRANSACTION_OPTION = "mentoroffice_write"


def _configure_sqlite(engine: Engine, foreign_keys: bool) -> None:
    """Pragmas for clinical records on PCs that lose power; real transactions for DDL too."""

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (see "begin" below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Connection) -> None:
        # A write transaction takes the write lock at once, so another PC's lock makes it wait
        # for the busy timeout; a read that later turns into a write would fail at once.
        write = connection.get_execution_options().get(WRITE_TRANSACTION_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: str, *, foreign_keys: bool = True, **kwargs: Any) -> Engine:
    """An engine for url; SQLite files get the office's pragmas and may not be on a share."""
    path = sqlite_path_from_url(url)
    if path is not None:
        refuse_network_path(str(path))
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, foreign_keys)
    return engine


# --- Alembic ---------------------------------------------------------------------------


def _alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config  # imported late: costs ~0.2 s at start-up

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


# The schema revisions this code knows, oldest first, as recorded in migrations/versions/.
# Opening a database compares its stamp with these without importing Alembic (0.2-0.9 s at
# start-up); Alembic is imported only to migrate. tests/data/test_database_lifecycle.py keeps
# this list equal to Alembic's own, so a new migration cannot be forgotten here.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
HEAD_REVISION = KNOWN_REVISIONS[-1]
VERSION_TABLE = "alembic_version"


def known_revisions() -> set[str]:
    return set(KNOWN_REVISIONS)


def head_revision() -> str:
    return HEAD_REVISION


def alembic_revisions() -> list[str]:
    """Alembic's own revisions, oldest first (imports Alembic: for migrating and tests)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    """The database's schema stamp (Alembic's version table), None when it has none."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    stamps = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
    revisions = list(stamps)
    if len(revisions) > 1:
        raise NotAnOfficeDatabase(
            f"This database holds {len(revisions)} schema stamps; a MentorOffice database "
            "holds one.")
    return revisions[0] if revisions else None


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply migrations up to target in one transaction (SQLite DDL is transactional here)."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), target)


# --- Opening ---------------------------------------------------------------------------


@dataclass
class Database:
    """An open office database: hand its session_factory to the domain services."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    migration_backup: BackupFile | None = None

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_path_from_url(self.url)

    @property
    def backup_dir(self) -> Path | None:
        path = self.sqlite_path
        return backup_dir_for(path) if path else None

    def display_location(self) -> str:
        path = self.sqlite_path
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def _check_revision(connection: Connection) -> str | None:
    """The database's revision; refuse databases that are too new or not the office's."""
    revision = current_revision(connection)
    if revision is None:
        tables = set(inspect(connection).get_table_names()) - {"alembic_version"}
        if tables:
            raise NotAnOfficeDatabase(
                "This database already holds tables but no MentorOffice version stamp: it is "
                "not a MentorOffice database. Choose another file or an empty database."
            )
        return None
    if revision not in known_revisions():
        raise DatabaseTooNew(
            f"This database was written by a newer MentorOffice (schema {revision}). "
            "Install the newer MentorOffice on this PC; the database was left untouched."
        )
    return revision


def _migrate_sqlite(url: str, path: Path, revision: str | None) -> BackupFile | None:
    """Back up, migrate with foreign keys off, check them, and restore the backup on failure."""
    backup = None
    if revision is not None:
        backup = make_backup(path, backup_dir_for(path), f"before-migration-{revision}")
        log.info("Backed up %s to %s before migrating", path, backup.path)
    engine = make_engine(url, foreign_keys=False)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise MigrationFailed(f"Migration left {len(broken)} broken foreign keys.")
    except Exception as error:
        engine.dispose()
        if backup is not None:
            copy_database(backup.path, path)
        raise MigrationFailed(
            f"Updating the database to this version of MentorOffice failed ({error}). "
            + ("The database was restored from the backup taken just before; "
               f"nothing was lost ({backup.path.name})." if backup else "")
        ) from error
    finally:
        engine.dispose()
    return backup


def _prepare_sqlite_file(path: Path) -> None:
    """Owner-only (POSIX): the folder when MentorOffice makes it or it is the data folder, the
    database and its -wal/-shm always. Then remove what a killed backup or restore left."""
    folder = path.parent
    with contextlib.suppress(OSError):  # SQLite then says what is wrong with the folder
        if not folder.exists() or folder.resolve() == default_data_dir().resolve():
            make_private_dir(folder)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))  # an empty database
        for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            make_private_file(file)
    with contextlib.suppress(OSError):  # tried again at the next start
        remove_leftovers(backup_dir_for(path))
        remove_leftovers(folder, path.name + RESTORING)


def _back_up_postgres(engine: Engine, revision: str) -> BackupFile | None:
    """A pg_dump copy in the data folder's backups/ before migrating; without one (no pg_dump,
    or it failed) the migration waits until the person says the database is backed up."""
    folder = default_data_dir() / "backups"
    try:
        dump = dump_before_migration(engine.url, revision, folder)
    except BackupError as error:
        if not backup_is_done():
            raise BackupNeededBeforeMigration(
                f"{error} This PostgreSQL database must be updated (from schema {revision}) to "
                "this version of MentorOffice, and it is backed up first. Back it up "
                f"yourself ({suggested_command(engine.url)}), then open it again saying it "
                "is backed up: answer Yes in the window, or add --backup-done to the "
                "command. The database was not changed.") from error
        log.warning("Migrating %s without a backup of our own, as the person confirmed: %s",
                    engine.url.render_as_string(hide_password=True), error)
        return None
    log.info("Backed up %s to %s before migrating",
             engine.url.render_as_string(hide_password=True), dump.path)
    return dump


def open_database(url: str, *, migrate: bool = True, backup_confirmed: bool = False) -> Database:
    """Open (creating if needed) and migrate the database at url.

    A SQLite file is backed up before it is migrated; a PostgreSQL database with pg_dump when
    it is on the PATH, else only once the person confirmed a backup (`backup_confirmed`, or
    inside `backup.backup_done()`). Raises DatabaseProblem subclasses whose message tells the
    person what to do.
    """
    path = sqlite_path_from_url(url)
    if path is not None:
        refuse_network_path(str(path))
        _prepare_sqlite_file(path)
    engine = make_engine(url)
    backup = None
    try:
        with engine.connect() as connection:
            revision = _check_revision(connection)
        if migrate and revision != head_revision():
            if path is not None:
                engine.dispose()
                backup = _migrate_sqlite(url, path, revision)
            else:
                if revision is not None:  # an empty database has nothing to lose
                    with backup_done(backup_confirmed):
                        backup = _back_up_postgres(engine, revision)
                upgrade(engine)  # one transaction: PostgreSQL's DDL is transactional
            if revision is not None:
                _record_migration(engine, revision, backup)
    except DBAPIError as error:
        engine.dispose()
        raise as_problem(error) from error
    except Exception:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, session_factory=factory, migration_backup=backup)


def _record_migration(engine: Engine, revision: str, backup: BackupFile | None) -> None:
    """The audit trail's entry for an update of an existing database's schema."""
    from .models import AuditEntry  # the models are loaded late: start-up time

    detail = {"from": revision, "to": head_revision(),
              "backup": backup.path.name if backup else None}
    with engine.begin() as connection:
        connection.execute(insert(AuditEntry).values(
            username="system", action="migrate", table_name="database", record_id=None,
            detail=json.dumps(detail), at=utcnow()))


def ping(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
