"""Text folding for search: case- and accent-insensitive, the same in Python and in SQL."""

from __future__ import annotations

import functools
import unicodedata


class _WithoutMarks(dict[int, int | None]):
    """A `str.translate` table dropping combining marks, filled as characters are met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


@functools.lru_cache(maxsize=4096)  # an import folds each name several times in a row
def fold(text: str) -> str:
    """'Ngabonzizа Émilienne' -> 'ngabonziza emilienne': lower case, accents removed."""
    if text.isascii():  # nothing to decompose: the common case
        return " ".join(text.lower().split())
    stripped = unicodedata.normalize("NFKD", text).translate(_WITHOUT_MARKS)
    return " ".join(stripped.casefold().split())


def person_search_key(
    first_name: str, last_name: str, code: str | None = None, phone: str | None = None
) -> str:
    parts = [first_name, last_name, code or "", phone or ""]
    return fold(" ".join(p for p in parts if p))
