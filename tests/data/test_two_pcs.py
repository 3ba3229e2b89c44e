"""Two or more PCs editing the same person, facility, visit, action and assessment at once:
no update lost, every collision a clean refusal (run on SQLite and on PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from two_pcs import CLEAN_REFUSALS, KINDS, Tally, prepare, run_pcs

from mentoroffice.data.models import ActionStatusChange, Person


def check(tally: Tally, pcs: int) -> None:
    print(f"\n{pcs} PCs: {tally.summary()}")
    assert tally.errors == [], tally.errors[0]
    assert sum(tally.lost.values()) == 0, tally.summary()
    for kind in KINDS:
        assert tally.saved[kind] + tally.refused[kind] == pcs * tally.rounds
        assert tally.saved[kind] >= 1
    assert set(tally.refusal_codes) <= CLEAN_REFUSALS
    assert sum(tally.collisions.values()) > 0, "no two PCs ever collided: the test tested nothing"


def check_stored(office, ids: dict[str, int], tally: Tally) -> None:  # type: ignore[no-untyped-def]
    """Every accepted status change is in the action's history, and the person holds the
    change of the last save accepted."""
    with office.session_factory() as session:
        history = session.scalar(select(func.count()).select_from(ActionStatusChange).where(
            ActionStatusChange.action_id == ids["action"]))
        assert history == tally.saved["action"]
        person = session.get(Person, ids["person"])
        assert person is not None and person.version_id == 1 + tally.saved["person"]


def test_eight_pcs_on_postgresql_lose_nothing(office, backend: str) -> None:  # type: ignore[no-untyped-def]
    if backend != "postgresql":
        pytest.skip("eight PCs share a PostgreSQL server; SQLite is one PC's file")
    ids = prepare(office)
    tally = run_pcs(office.database.url, ids, pcs=8, rounds=50)
    check(tally, 8)
    check_stored(office, ids, tally)


@pytest.mark.sqlite_only
def test_two_processes_on_one_sqlite_file_lose_nothing_and_never_see_a_lock(office) -> None:  # type: ignore[no-untyped-def]
    ids = prepare(office)
    tally = run_pcs(office.database.url, ids, pcs=2, rounds=50)
    check(tally, 2)
    assert tally.refusal_codes["busy"] == 0
    check_stored(office, ids, tally)
