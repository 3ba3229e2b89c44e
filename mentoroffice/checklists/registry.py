"""Keep the database's copy of each form version in step with the files in forms/."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.models import FormDefinition as StoredForm
from ..data.models import FormItem as StoredItem
from .forms import FormCatalog, FormDefinition


@dataclass(frozen=True)
class SyncReport:
    added: tuple[str, ...]
    conflicts: tuple[str, ...]


def content_hash(form: FormDefinition) -> str:
    """A fingerprint of what scoring depends on: items, their order, criticality, threshold."""
    payload = {
        "threshold": form.pass_threshold,
        "items": [[i.code, i.text, i.critical, i.section] for i in form.items],
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def _store(session: Session, form: FormDefinition, digest: str) -> None:
    stored = StoredForm(
        code=form.code, version=form.version, title=form.title,
        technical_area=form.technical_area, kind=form.kind,
        pass_threshold=form.pass_threshold, content_hash=digest,
    )
    stored.items = [
        StoredItem(code=item.code, position=position, section=item.section, text=item.text,
                   critical=item.critical)
        for position, item in enumerate(form.items)
    ]
    session.add(stored)


def sync_forms(session: Session, catalog: FormCatalog) -> SyncReport:
    """Store form versions the database lacks.

    A file whose items changed but whose version did not is a conflict: old assessments were
    scored on the stored items, so the file needs a new version number.
    """
    stored = {(f.code, f.version): f.content_hash for f in session.scalars(select(StoredForm))}
    added, conflicts = [], []
    for form in catalog.forms:
        digest = content_hash(form)
        known = stored.get((form.code, form.version))
        if known is None:
            _store(session, form, digest)
            added.append(f"{form.code} v{form.version}")
        elif known != digest:
            conflicts.append(
                f"{form.source_path}: the items of {form.code} version {form.version} changed "
                "but its version did not; raise 'version' so earlier assessments keep theirs."
            )
    session.flush()
    return SyncReport(tuple(added), tuple(conflicts))
