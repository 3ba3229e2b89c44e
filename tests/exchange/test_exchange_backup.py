"""Backup then restore gives back every table as it was: row counts and contents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from exchange_support import (
    people_world,
    table_checksums,
    table_counts,
    valid_rows,
    write_xlsx,
)

from mentoroffice.data.backup import backup_dir_for, list_backups, make_backup, restore_backup
from mentoroffice.data.locations import sqlite_path_from_url
from mentoroffice.exchange.importing import open_import
from mentoroffice.office import open_office

pytestmark = pytest.mark.sqlite_only


def snapshot(url: str) -> tuple[dict[str, int], dict[str, str]]:
    office = open_office(url)
    try:
        with office.session_factory() as session:
            return table_counts(session), table_checksums(session)
    finally:
        office.close()


def import_kind(url: str, kind: str, tmp_path: Path) -> None:
    office = open_office(url)
    try:
        with office.session_factory() as session:
            rows = valid_rows(kind, session)
        job = open_import(write_xlsx(tmp_path / f"{kind}.xlsx", rows), kind,
                          catalog=office.catalog)
        with office.session_factory.begin() as session:
            job.run(session)
    finally:
        office.close()


def test_backup_then_restore_round_trips_every_table(office_url: str, tmp_path: Path) -> None:
    # GIVEN an office with people, mentors, assessments and validations
    office = open_office(office_url)
    with office.session_factory.begin() as session:
        people_world(session)
    office.close()
    for kind in ("mentors", "enrolments", "assessments", "legacy_scores"):
        import_kind(office_url, kind, tmp_path)
    counts, checksums = snapshot(office_url)
    assert counts["validation"] == 2 and counts["assessment_item_result"] > 0
    path = sqlite_path_from_url(office_url)
    assert path is not None
    # WHEN it is backed up, changed, then restored
    backup = make_backup(path, backup_dir_for(path))
    import_kind(office_url, "indicator_values", tmp_path)
    changed_counts, changed = snapshot(office_url)
    assert changed_counts["indicator_value"] == counts["indicator_value"] + 3
    previous = restore_backup(backup.path, path, backup_dir_for(path))
    # THEN every table holds what it held at the backup...
    assert snapshot(office_url) == (counts, checksums)
    # ...and the database that was replaced is itself kept, whole.
    assert previous is not None and previous.path in [b.path for b in list_backups(
        backup_dir_for(path))]
    copy = tmp_path / "previous.sqlite"
    shutil.copyfile(previous.path, copy)  # looked at in a copy: backups stay untouched
    assert snapshot(f"sqlite:///{copy}") == (changed_counts, changed)
