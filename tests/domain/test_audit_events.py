"""What changed no row but must be in the audit trail: a schema update, a restore, an
export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import create_engine, select

from mentoroffice.cli import main
from mentoroffice.data.backup import backup_dir_for, make_backup
from mentoroffice.data.database import head_revision, make_engine, upgrade
from mentoroffice.data.models import AuditEntry


def entries(url: str, action: str) -> list[AuditEntry]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return list(connection.execute(select(AuditEntry).where(
                AuditEntry.action == action)).all())
    finally:
        engine.dispose()


def test_a_schema_update_is_in_the_audit_trail(empty_database_url: str) -> None:
    engine = make_engine(empty_database_url)
    upgrade(engine, "0001")
    engine.dispose()
    assert main(["--database", empty_database_url, "info"]) == 0  # opening updates it
    [entry] = entries(empty_database_url, "migrate")
    assert entry.username == "system"
    assert json.loads(entry.detail)["from"] == "0001"
    assert json.loads(entry.detail)["to"] == head_revision()


def test_a_restore_and_an_export_are_in_the_audit_trail(office, office_url: str,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path) -> None:
    out = tmp_path / "everything.xlsx"
    assert main(["--database", office_url, "export-db", str(out)]) == 0
    [export] = entries(office_url, "export")
    assert json.loads(export.detail)["file"] == "everything.xlsx"
    if not office_url.startswith("sqlite"):
        return  # restore works on SQLite files
    database = Path(office_url.removeprefix("sqlite:///"))
    backup = make_backup(database, backup_dir_for(database))
    copy = shutil.copy(backup.path, tmp_path / "chosen.sqlite")
    assert main(["--database", office_url, "restore", str(copy)]) == 0
    [restore] = entries(office_url, "restore")
    assert json.loads(restore.detail)["file"] == "chosen.sqlite"
