"""What of a search box's text may reach SQL, and LIKE patterns made from it.

Every search (the main window's lists, the people list, the completers) passes the typed text
through `clean_search` before building SQL, and LIKE patterns through `like_contains`:

- control characters (Unicode category Cc: NUL, escape, delete...) never reach the database:
  the spacing ones (tab, line breaks) become a space, so pasted "Uwase<tab>Aimée" stays two
  words, the others are dropped. A lone UTF-16 surrogate (category Cs), which neither
  database can store, is dropped too. A NUL-only search is therefore an empty search;
- the text is cut to `MAX_SEARCH_CHARS` characters: more than any name, code or phone number
  in the office, and far below what SQLite's LIKE (50,000 bytes) and the regular expressions
  built from the words accept, so a pasted page of text searches normally instead of failing;
- spaces around the text are removed;
- in LIKE patterns `%`, `_` and the escape character `\\` match themselves: use
  `column.like(like_contains(text), escape=LIKE_ESCAPE)`.
"""

from __future__ import annotations

import unicodedata

MAX_SEARCH_CHARS = 200
LIKE_ESCAPE = "\\"

_DROPPED_CATEGORIES = frozenset({"Cc", "Cs"})


def _kept(char: str) -> str:
    if unicodedata.category(char) not in _DROPPED_CATEGORIES:
        return char
    return " " if char.isspace() else ""


def clean_search(text: str | None) -> str:
    """A search box's text as it may reach SQL: no control characters, at most
    MAX_SEARCH_CHARS characters, no outer spaces. Cleaning twice changes nothing."""
    if not text:
        return ""
    kept = "".join(_kept(char) for char in text)
    return kept.strip()[:MAX_SEARCH_CHARS].strip()


def like_escape(text: str) -> str:
    """Text whose `%`, `_` and `\\` a LIKE with escape=LIKE_ESCAPE matches literally."""
    return (text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%")
            .replace("_", LIKE_ESCAPE + "_"))


def like_contains(text: str) -> str:
    """The LIKE pattern finding the cleaned text anywhere: '%text%', wildcards escaped."""
    return f"%{like_escape(clean_search(text))}%"


__all__ = ["LIKE_ESCAPE", "MAX_SEARCH_CHARS", "clean_search", "like_contains", "like_escape"]
