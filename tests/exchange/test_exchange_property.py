"""Malformed files thrown at every importer: each ends imported in full or refused with row and
column messages; never a crash, never part of a file kept."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest
from exchange_support import people_world, table_checksums, valid_rows, write_xlsx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select

from mentoroffice.data.models import Person
from mentoroffice.exchange.importing import Action, ImportJob, ImportRefused
from mentoroffice.exchange.mapping import ImportKind
from mentoroffice.exchange.reading import read_table

_files = itertools.count()

TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
ODD_VALUES = st.one_of(
    st.none(), TEXT, st.integers(-10**6, 10**9), st.booleans(),
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    st.dates(dt.date(1890, 1, 1), dt.date(2200, 1, 1)),
    st.sampled_from(["", " ", "N/A", "#REF!", "12/31/2024", "2024-02-30", "oui", "0", "-1",
                     "999999999999", "HC1", "RW-0412", "fait", "done", "=1/0"]),
)
MUTATIONS = ("wrong_type", "drop_column", "blank_header", "empty", "header_only", "huge",
             "formula", "merge", "duplicate_row", "stray_cell", "junk_column")
HARMLESS = ("none", "shuffle_columns", "shout_headers", "pad_spaces")


def _mutate(draw: Any, rows: list[list[Any]], mutation: str) -> tuple[list[list[Any]], list[str]]:
    merges: list[str] = []
    width = max(len(r) for r in rows) if rows else 1
    row = draw(st.integers(1, max(1, len(rows) - 1))) if len(rows) > 1 else 0
    col = draw(st.integers(0, width - 1))

    def put(r: int, c: int, value: Any) -> None:
        if r < len(rows):
            rows[r] = (rows[r] + [None] * width)[:max(width, c + 1)]
            rows[r][c] = value

    if mutation == "wrong_type":
        put(row, col, draw(ODD_VALUES))
    elif mutation == "drop_column":
        rows = [r[:col] + r[col + 1:] for r in rows]
    elif mutation == "blank_header" and rows:
        put(0, col, None)
    elif mutation == "empty":
        rows = []
    elif mutation == "header_only":
        rows = rows[:1]
    elif mutation == "huge":
        put(row, col, "x" * draw(st.integers(10_001, 12_000)))
    elif mutation == "formula":
        put(draw(st.integers(0, max(0, len(rows) - 1))), col, "=SUM(A1:A2)")
    elif mutation == "merge" and len(rows) > 1:
        letter = get_column_letter(col + 1)
        merges.append(f"{letter}{row + 1}:{letter}{row + 2}")
    elif mutation == "duplicate_row" and len(rows) > 1:
        rows.append(list(rows[row]))
    elif mutation == "stray_cell":
        put(row, width + 1, draw(TEXT.filter(str.strip)))
    elif mutation == "junk_column":
        rows = [[*r, draw(ODD_VALUES)] for r in rows]
    elif mutation == "shuffle_columns" and rows:
        order = draw(st.permutations(range(width)))
        rows = [[(r + [None] * width)[i] for i in order] for r in rows]
    elif mutation == "shout_headers" and rows:
        rows[0] = [h.upper() if isinstance(h, str) else h for h in rows[0]]
    elif mutation == "pad_spaces":
        rows = [[f"  {v} " if isinstance(v, str) else v for v in r] for r in rows]
    return rows, merges


def _write(draw: Any, folder: Path, rows: list[list[Any]], merges: list[str]) -> Path:
    name = f"malformed{next(_files)}"
    fmt = draw(st.sampled_from(["xlsx", "xlsx", "csv-utf-8", "csv-cp1252", "csv-broken"]))
    if fmt == "xlsx":
        return write_xlsx(folder / f"{name}.xlsx", rows, merge=merges)
    delimiter = draw(st.sampled_from([",", ";"]))
    lines = [delimiter.join(_csv_cell(v, delimiter) for v in row) for row in rows]
    text = "\r\n".join(lines) + "\r\n"
    if fmt == "csv-utf-8":
        data = text.encode("utf-8")
    elif fmt == "csv-cp1252":
        data = text.encode("cp1252", errors="replace")
    else:  # UTF-8 with a line in Windows-1252, or bytes no encoding explains
        cut = draw(st.integers(0, max(0, len(lines) - 1)))
        bad = draw(st.sampled_from([b"\x81\x8d", "é".encode("cp1252"), b"\xff\xfe\x00"]))
        data = ("\r\n".join(lines[:cut]) + "\r\n").encode() + bad + (
            "\r\n".join(lines[cut:]) + "\r\n").encode()
    path = folder / f"{name}.csv"
    path.write_bytes(data)
    return path


def _csv_cell(value: Any, delimiter: str) -> str:
    text = "" if value is None else str(value)
    if any(ch in text for ch in (delimiter, '"', "\n", "\r")):
        return '"' + text.replace('"', '""') + '"'
    return text


@pytest.mark.parametrize("kind", list(ImportKind))
@settings(max_examples=35, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_malformed_files_are_imported_in_full_or_refused_whole(
        office, tmp_path: Path, kind: ImportKind, data: st.DataObject) -> None:
    with office.session_factory() as session:
        if not session.scalar(select(func.count()).select_from(Person)):
            people_world(session)  # once: hypothesis shares the fixture between examples
            session.commit()
        rows = valid_rows(kind, session)
        mutations = st.one_of(st.sampled_from(HARMLESS), st.sampled_from(MUTATIONS))
        for mutation in data.draw(st.lists(mutations, min_size=1, max_size=3)):
            rows, merges = _mutate(data.draw, [list(r) for r in rows], mutation)
        path = _write(data.draw, tmp_path, rows, merges if rows else [])
        table = read_table(path)  # never raises
        job = ImportJob(kind, table, catalog=office.catalog)
        before = table_checksums(session)
        try:
            report = job.run(session)
        except ImportRefused as refused:
            problems = refused.report.problems
            assert problems, "refused without a reason"
            for problem in problems:
                assert problem.message.strip()
                assert problem.row is None or problem.row >= 1
            assert table_checksums(session) == before, "part of a refused file was kept"
        else:
            assert len(report.outcomes) == len(table.rows)
            assert all(o.action is not Action.REFUSED for o in report.outcomes)
            after = table_checksums(session)
            again = job.run(session)
            assert again.summary.to_add == 0
            assert table_checksums(session) == after, "a re-import added or changed records"
        finally:
            session.rollback()
