"""The national pack: every district's coordination meeting pack, one PDF per district, written
by a pool of processes (one per core), each with its own connection to the database.

A district's pack is independent of the others' and most of its time is Python (laying out
pages), so districts run side by side in separate processes; on a two-core office PC the pack
takes about half the time. ``progress(done, total)`` counts districts written; ``cancelled()``
is asked between them: the districts being written finish, nothing more starts, every file of
the pack is removed and :class:`ReportCancelled` is raised.

Workers are started with "spawn" (as on Windows): a forked copy of a process holding database
connections or a Qt application is not safe.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any

from ..periods import Period
from .catalog import Cancelled, Progress, ReportCancelled

__all__ = ["district_pack_path", "district_packs"]

_office: Any = None  # each worker's office, opened once by `_open_office`


def district_pack_path(folder: Path, number: int) -> Path:
    return folder / f"district-pack-{number:02d}.pdf"


def district_packs(database_url: str, district_ids: Sequence[int], period: Period,
                   folder: Path, *, workers: int | None = None,
                   progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> list[int]:
    """Write each district's pack into `folder` (district-pack-01.pdf, ... in the order given);
    their page counts, in the same order."""
    folder = Path(folder)
    count = workers or max(1, min(len(district_ids), os.cpu_count() or 1))
    paths = [district_pack_path(folder, n) for n in range(1, len(district_ids) + 1)]
    pages: list[int] = [0] * len(district_ids)
    with ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_open_office, initargs=(database_url,)) as pool:
        running: dict[Future[int], int] = {
            pool.submit(_one_pack, district, period, str(path)): index
            for index, (district, path) in enumerate(zip(district_ids, paths, strict=True))}
        done = 0
        while running:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                pages[running.pop(future)] = future.result()
                done += 1
                if progress is not None:
                    progress(done, len(district_ids))
            if cancelled is not None and cancelled():
                for future in running:
                    future.cancel()
                wait(running)
                _remove(paths)
                raise ReportCancelled()
    return pages


def _open_office(database_url: str) -> None:
    global _office  # one office per worker process, for all its districts
    from ..office import open_office

    _office = open_office(database_url)


def _one_pack(district_id: int, period: Period, path: str) -> int:
    from .catalog import DistrictPackRequest, generate

    with _office.session_factory() as session:
        return generate(session, DistrictPackRequest(district_id, period), Path(path))


def _remove(paths: Sequence[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
