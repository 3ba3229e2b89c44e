"""Keep the database's copy of each form version in step with the files in forms/."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.models import FormDefinition as StoredForm
from ..data.models import FormItem as StoredItem
from .forms import FormCatalog, FormDefinition


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


def sync_forms(session: Session, catalog: FormCatalog) -> None:
    """Store form versions the database lacks.

    A stored version is never changed: old assessments were scored on its items. A file whose
    items changed but whose version did not leaves it as it was; `ChecklistService.forms`
    offers that form as unavailable, saying that its version needs raising.
    """
    stored = {(code, version) for code, version in
              session.execute(select(StoredForm.code, StoredForm.version))}
    for form in catalog.forms:
        if (form.code, form.version) not in stored:
            _store(session, form, content_hash(form))
    session.flush()
