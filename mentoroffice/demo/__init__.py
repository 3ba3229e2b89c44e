"""Deterministic synthetic office data: real Rwandan districts and hospitals, invented people."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ..data.models import FormDefinition, FormItem, Indicator, OrgUnit, Setting
from ..data.models.office import DEMO_SETTING
from .activity import ActivityBuilder, DemoForm
from .cascade import CascadeBuilder
from .scale import SCALES, Scale
from .tables import Rows, write_rows

__all__ = ["SCALES", "DemoError", "DemoSummary", "generate_demo"]


class DemoError(Exception):
    pass


@dataclass(frozen=True)
class DemoSummary:
    scale: str
    seed: int
    as_of: dt.date
    counts: dict[str, int]


def _latest_forms(session: Session) -> list[DemoForm]:
    latest: dict[str, FormDefinition] = {}
    for form in session.scalars(select(FormDefinition).order_by(FormDefinition.version)):
        latest[form.code] = form
    items: dict[int, list[tuple[int, str, bool]]] = {}
    for item in session.scalars(select(FormItem).order_by(FormItem.form_id, FormItem.position)):
        items.setdefault(item.form_id, []).append((item.id, item.code, item.critical))
    return [
        DemoForm(f.id, f.code, f.technical_area, f.kind, f.pass_threshold, tuple(items[f.id]))
        for f in latest.values()
    ]


def _forms_by_area(forms: list[DemoForm]) -> dict[str, list[str]]:
    by_area: dict[str, list[str]] = {}
    for form in forms:
        if form.kind == "mentee":
            by_area.setdefault(form.technical_area, []).append(form.code)
    if "MNH" not in by_area:
        raise DemoError("The demo needs the maternal and newborn health checklists in forms/.")
    return by_area


def build_rows(scale: Scale, seed: int, as_of: dt.date, forms: list[DemoForm],
               indicator_ids: dict[str, int]) -> Rows:
    rng = random.Random(seed)
    start = as_of.replace(day=1) - dt.timedelta(days=365 * scale.years)
    start = start.replace(day=1)
    rows = Rows()
    cascade = CascadeBuilder(rows, rng, scale, start, as_of, _forms_by_area(forms)).build()
    ActivityBuilder(rows, rng, cascade, forms, start, as_of).build(indicator_ids)
    return rows


def generate_demo(
    session_factory: sessionmaker[Session],
    scale: str = "district",
    seed: int = 1,
    as_of: dt.date | None = None,
) -> DemoSummary:
    """Fill an empty, migrated office database with a demo office, in one transaction.

    The same scale, seed and as_of give the same rows.
    """
    if scale not in SCALES:
        raise DemoError(f"Unknown scale {scale!r}; choose one of {', '.join(SCALES)}.")
    as_of = as_of or dt.date.today()
    with session_factory.begin() as session:
        if session.scalar(select(func.count()).select_from(OrgUnit)):
            raise DemoError(
                "The database already holds facilities; demo data goes in an empty one.")
        forms = _latest_forms(session)
        indicators = {code: id_ for code, id_ in
                      session.execute(select(Indicator.code, Indicator.id))}
        rows = build_rows(SCALES[scale], seed, as_of, forms, indicators)
        write_rows(session.connection(), rows)
        session.add(Setting(key=DEMO_SETTING, value="yes"))
    return DemoSummary(scale, seed, as_of, rows.counts())
