"""A problem found in a file, placed where the person can find it: row and column."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file.

    `row` is the row number the spreadsheet program shows (the header is usually row 1; for a
    CSV file, the line's record number), None when the problem concerns the whole file or a
    whole column. `column` is the header as written in the file (or the template's label when
    the column is missing), None when it concerns the whole file or row.
    """

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: {self.message}" if where else self.message

    def sort_key(self) -> tuple[int, str, str]:
        return (self.row if self.row is not None else -1, self.column or "", self.message)


def sorted_problems(problems: list[Problem] | tuple[Problem, ...]) -> tuple[Problem, ...]:
    return tuple(sorted(problems, key=Problem.sort_key))
