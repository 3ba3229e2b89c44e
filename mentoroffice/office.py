"""Opening the office: the database, its reference data and the checklist catalog, once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .checklists.forms import FormCatalog, default_forms_dir, load_catalog
from .checklists.registry import sync_forms
from .data.database import Database, open_database
from .reference import ensure_reference_data


@dataclass
class Office:
    """What the GUI and the command line are handed: the open database and the forms."""

    database: Database
    catalog: FormCatalog

    @property
    def session_factory(self):  # type: ignore[no-untyped-def]
        return self.database.session_factory

    def close(self) -> None:
        self.database.dispose()


def open_office(url: str, forms_dir: Path | None = None) -> Office:
    """Open and migrate the database, then make sure reference data and forms are stored."""
    database = open_database(url)
    try:
        catalog = load_catalog(forms_dir or default_forms_dir())
        with database.session_factory.begin() as session:
            ensure_reference_data(session)
            sync_forms(session, catalog)
    except Exception:
        database.dispose()
        raise
    return Office(database=database, catalog=catalog)
