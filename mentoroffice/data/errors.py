"""Database problems, each with a message that says what is wrong and what to do."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError


class DatabaseProblem(Exception):
    """A problem with the office database that a person must act on; str() says what to do."""


class DatabaseTooNew(DatabaseProblem):
    pass


class NotAnOfficeDatabase(DatabaseProblem):
    pass


class MigrationFailed(DatabaseProblem):
    pass


class DatabaseUnavailable(DatabaseProblem):
    pass


class BackupNeededBeforeMigration(DatabaseProblem):
    """A PostgreSQL database needs migrating and MentorOffice could not back it up first (no
    pg_dump, or it failed): open it again once the person confirms a backup of their own."""


_SQLITE_HINTS = (
    (
        "database is locked",
        "The database is busy: another MentorOffice window or program is writing to it. "
        "Wait a moment and try again; if it persists, close the other MentorOffice windows.",
    ),
    (
        "file is not a database",
        "The database file is damaged or is not a MentorOffice database. Restore the latest "
        "backup (mentoroffice backup --list, then mentoroffice restore FILE).",
    ),
    (
        "database disk image is malformed",
        "The database file is damaged (often after a power cut). Restore the latest backup "
        "(mentoroffice backup --list, then mentoroffice restore FILE).",
    ),
    (
        "disk is full",
        "The disk is full, so nothing was saved. Free some space (empty the recycle bin, "
        "move old backups) and try again; what was saved before is intact.",
    ),
    (
        "unable to open database file",
        "The database file cannot be opened: its folder is missing or you may not write "
        "there. Check the folder, or choose another with --database or MENTOROFFICE_DATA_DIR.",
    ),
    (
        "readonly database",
        "The database file is read-only. Ask for write permission on the file and its folder.",
    ),
)


def explain(error: BaseException) -> str:
    """A person-readable explanation for a database driver error."""
    text = str(error.orig if isinstance(error, DBAPIError) else error).lower()
    for needle, hint in _SQLITE_HINTS:
        if needle in text:
            return hint
    if any(words in text for words in ("could not connect", "connection refused",
                                       "connection to server")):
        return (
            "The PostgreSQL server cannot be reached. Check that it is running and that this "
            "PC is on the office network, then try again."
        )
    if "password authentication failed" in text:
        return "PostgreSQL refused the user name or password in the database address."
    return f"The database reported an error: {error}"


def as_problem(error: BaseException) -> DatabaseProblem:
    return DatabaseUnavailable(explain(error))
