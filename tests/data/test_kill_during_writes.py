"""The power goes (kill -9) at random moments while a PC writes: every write it had
acknowledged is there, whole, and the database is sound."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from cascade_world import build_world
from sqlalchemy import func, select

from mentoroffice.data.models import Assessment, AssessmentItemResult, Person, Posting

WRITER = Path(__file__).with_name("kill_writer.py")


def acknowledged_until_killed(url: str, facility: int, mentee: int, delay: float) -> list[str]:
    """Start a writer, kill -9 it `delay` seconds after it is ready; the lines it printed."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    writer = subprocess.Popen([sys.executable, str(WRITER), url, str(facility), str(mentee)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert writer.stdout is not None
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for raw in writer.stdout:  # type: ignore[union-attr]
            if raw.endswith(b"\n"):  # a line cut by the kill was never acknowledged
                lines.append(raw.decode().strip())
                ready.set()

    reader = threading.Thread(target=read)
    reader.start()
    ready.wait()  # "ready" arrives once the office is open; a crash ends the stream instead
    threading.Event().wait(delay)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    reader.join()
    stderr = writer.stderr.read().decode() if writer.stderr else ""
    assert lines[:1] == ["ready"], f"the writer did not start: {stderr[-2000:]}"
    return lines[1:]


def check_acknowledged(office, lines: list[str], form_items: int) -> None:  # type: ignore[no-untyped-def]
    with office.session_factory() as session:
        for line in lines:
            kind, *rest = line.split()
            if kind == "person":
                code, person_id = rest[0], int(rest[1])
                assert session.scalar(select(Person.id).where(Person.code == code)) == person_id
                assert session.scalar(select(func.count()).select_from(Posting).where(
                    Posting.person_id == person_id)) == 1
            else:
                assessment_id = int(rest[0])
                assert session.get(Assessment, assessment_id) is not None, line
                assert session.scalar(select(func.count()).select_from(AssessmentItemResult)
                                      .where(AssessmentItemResult.assessment_id
                                             == assessment_id)) == form_items
        # No assessment anywhere is half-written, acknowledged or not.
        counts = session.execute(select(func.count()).select_from(AssessmentItemResult)
                                 .group_by(AssessmentItemResult.assessment_id)).scalars().all()
        assert set(counts) <= {form_items}


def sqlite_problems(office) -> list[str]:  # type: ignore[no-untyped-def]
    path = office.database.sqlite_path
    if path is None:
        return []
    with contextlib.closing(sqlite3.connect(path)) as connection:
        found = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    return [f for f in found if f != "ok"] + [str(b) for b in broken]


def kill_writers(office, session, kills: int, seed: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    world = build_world(session)
    world.person("mentee", "Claude", "Habimana", posted_at="hospital")
    session.commit()
    form = office.catalog.get("HBB")
    rng = random.Random(seed)
    acknowledged = 0
    for _ in range(kills):
        lines = acknowledged_until_killed(office.database.url, world.ids["hospital"],
                                          world.ids["mentee"], rng.uniform(0.0, 0.4))
        acknowledged += len(lines)
        check_acknowledged(office, lines, len(form.items))
        assert sqlite_problems(office) == []
    print(f"\n{kills} kills, {acknowledged} acknowledged writes, all present and whole")
    return kills, acknowledged


def test_fifty_kills_during_writes_lose_nothing_acknowledged(office, session) -> None:  # type: ignore[no-untyped-def]
    kills, acknowledged = kill_writers(office, session, 50, seed=11)
    assert acknowledged > kills  # the writers got going before the power went


@pytest.mark.slow
def test_three_hundred_kills_during_writes_lose_nothing_acknowledged(office, session) -> None:  # type: ignore[no-untyped-def]
    kill_writers(office, session, 300, seed=12)
