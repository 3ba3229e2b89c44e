"""A PostgreSQL database backed up with pg_dump before a migration changes it.

pg_dump connects with the database address's own user, server and options; the password goes
in its environment (PGPASSWORD), never on its command line, which other users of the PC can see.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from .backup import (
    PARTIAL,
    BackupError,
    BackupFile,
    TemporaryFile,
    describe,
    folder_lock,
    timestamp,
)
from .private_files import make_private_dir

DUMP_SUFFIX = ".dump"
_DUMP_MAGIC = b"PGDMP"  # how pg_dump's custom format begins
# Options of a database address that libpq also reads from the environment.
_LIBPQ_ENVIRONMENT = {"host": "PGHOST", "port": "PGPORT", "sslmode": "PGSSLMODE",
                      "sslrootcert": "PGSSLROOTCERT", "sslcert": "PGSSLCERT",
                      "sslkey": "PGSSLKEY", "connect_timeout": "PGCONNECT_TIMEOUT"}


# Where PostgreSQL's installers put pg_dump: (folder, pattern under it).
INSTALLED_PG_DUMP = (("/usr/lib/postgresql", "*/bin/pg_dump"),
                     ("$ProgramFiles/PostgreSQL", "*/bin/pg_dump.exe"))


def find_pg_dump() -> str | None:
    """pg_dump on the PATH, else from the newest PostgreSQL installed in its usual folder (the
    Windows installer and Debian's packages leave it off the PATH); a newer pg_dump reads an
    older server, not the other way round."""
    found = shutil.which("pg_dump")
    if found:
        return found
    installed = [path for folder, pattern in INSTALLED_PG_DUMP
                 for path in Path(os.path.expandvars(folder)).glob(pattern)]
    newest = max(installed, key=_major_version, default=None)
    return str(newest) if newest else None


def _major_version(pg_dump: Path) -> int:
    version = pg_dump.parent.parent.name
    return int(version) if version.isdigit() else 0


def pg_dump_invocation(url: URL, out: Path) -> tuple[list[str], dict[str, str]]:
    """pg_dump's arguments (custom format, into out) and the environment it needs on top of
    this process's: the password and the address's libpq options."""
    arguments = ["--format=custom", "--no-password", f"--file={out}"]
    if url.host:
        arguments.append(f"--host={url.host}")
    if url.port:
        arguments.append(f"--port={url.port}")
    if url.username:
        arguments.append(f"--username={url.username}")
    if url.database:
        arguments.append(f"--dbname={url.database}")
    environment = {}
    for option, variable in _LIBPQ_ENVIRONMENT.items():
        value = url.query.get(option)
        if value:
            environment[variable] = value if isinstance(value, str) else value[0]
    if url.password is not None:
        environment["PGPASSWORD"] = str(url.password)
    return arguments, environment


def suggested_command(url: URL) -> str:
    """The pg_dump command a person can run to back the database up (asked for the password)."""
    arguments, _ = pg_dump_invocation(url, Path(f"{url.database or 'postgres'}{DUMP_SUFFIX}"))
    return shlex.join(["pg_dump"] + [a for a in arguments if a != "--no-password"])


def dump_before_migration(url: URL, revision: str, folder: Path) -> BackupFile:
    """Back the database at url up into folder, owner-only, as
    DBNAME-TIMESTAMP-before-migration-REVISION.dump; BackupError says why it could not."""
    pg_dump = find_pg_dump()
    if pg_dump is None:
        raise BackupError("MentorOffice could not back the database up: pg_dump, PostgreSQL's "
                          "backup program, is not installed on this PC (or not on its PATH).")
    name = re.sub(r"[^\w.-]", "_", url.database or "postgres")
    final = folder / f"{name}-{timestamp()}-before-migration-{revision}{DUMP_SUFFIX}"
    try:
        make_private_dir(folder)
        with folder_lock(folder, exclusive=False), \
                TemporaryFile(final.with_name(final.name + PARTIAL)) as temporary:
            arguments, environment = pg_dump_invocation(url, temporary.path)
            done = subprocess.run([pg_dump, *arguments], env={**os.environ, **environment},
                                  stdin=subprocess.DEVNULL, capture_output=True, text=True,
                                  check=False)
            if done.returncode != 0:
                said = done.stderr.strip() or f"it ended with code {done.returncode}"
                raise BackupError(f"MentorOffice could not back the database up: pg_dump "
                                  f"failed: {said}")
            with open(temporary.path, "rb") as dump:
                if dump.read(len(_DUMP_MAGIC)) != _DUMP_MAGIC:
                    raise BackupError("MentorOffice could not back the database up: pg_dump "
                                      "wrote no backup.")
            temporary.put_in_place(final)
    except OSError as error:
        raise BackupError(f"MentorOffice could not back the database up into {folder}: "
                          f"{error}.") from error
    return describe(final)
