"""Text folding for search: case- and accent-insensitive, the same in Python and in SQL."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """'Ngabonzizа Émilienne' -> 'ngabonziza emilienne': lower case, accents removed."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def person_search_key(
    first_name: str, last_name: str, code: str | None = None, phone: str | None = None
) -> str:
    parts = [first_name, last_name, code or "", phone or ""]
    return fold(" ".join(p for p in parts if p))
