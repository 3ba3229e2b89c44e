"""Find the line of a key in a TOML text, so a form's schema errors can name their line.

``tomllib`` returns plain dicts without positions. The form checks name the key they refuse
with a dotted path (``sections[2].items[0].text``, ``translations.fr.items."1.1".guidance``);
:func:`key_line` scans the text's table headers and ``key = value`` lines, the way TOML
resolves them (``[[sections.items]]`` belongs to the latest ``[[sections]]``), and returns the
line of that key, else of the nearest table that holds it, else ``None``. Best effort: a key
inside a multi-line array or inline table is found at the line where its parent starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["key_line", "key_parts"]

KeyPath = tuple[str | int, ...]

_PATH_TOKEN_RE = re.compile(r'"([^"]*)"|\'([^\']*)\'|([A-Za-z0-9_-]+)|\[(\d+)\]|(\.)|(\s+)')
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
_DOTTED_KEY = _KEY_PART + r"(?:\s*\.\s*" + _KEY_PART + r")*"
_HEADER_RE = re.compile(r"^\s*(\[\[|\[)\s*(" + _DOTTED_KEY + r")\s*\]\]?\s*(?:#.*)?$")
_ASSIGNMENT_RE = re.compile(r"^\s*(" + _DOTTED_KEY + r")\s*=")


def key_parts(key: str) -> KeyPath:
    """``'sections[2].items."1.1".text'`` as ``('sections', 2, 'items', '1.1', 'text')``."""
    parts: list[str | int] = []
    for match in _PATH_TOKEN_RE.finditer(key):
        double, single, bare, index = match.group(1, 2, 3, 4)
        if index is not None:
            parts.append(int(index))
        elif double is not None or single is not None or bare is not None:
            parts.append(next(p for p in (double, single, bare) if p is not None))
    return tuple(parts)


def _names(dotted: str) -> tuple[str, ...]:
    return tuple(part for part in key_parts(dotted) if isinstance(part, str))


class _TableTracker:
    """Resolves table headers to full paths, counting the entries of arrays of tables."""

    def __init__(self) -> None:
        self.array_lengths: dict[KeyPath, int] = {}
        self.current: KeyPath = ()

    def enter(self, names: tuple[str, ...], is_array: bool) -> KeyPath:
        path: KeyPath = ()
        for position, name in enumerate(names):
            path = (*path, name)
            last = position == len(names) - 1
            if last and is_array:
                self.array_lengths[path] = self.array_lengths.get(path, 0) + 1
            if path in self.array_lengths:
                path = (*path, self.array_lengths[path] - 1)
        self.current = path
        return path


def _located_paths(text: str) -> Iterator[tuple[KeyPath, int]]:
    """Every table header and assignment of the text, with its full path and line number."""
    tables = _TableTracker()
    in_multiline_string = False
    for number, line in enumerate(text.splitlines(), start=1):
        quotes = line.count('"""') + line.count("'''")
        if in_multiline_string:
            in_multiline_string = quotes % 2 == 0
            continue
        header = _HEADER_RE.match(line)
        if header:
            yield tables.enter(_names(header.group(2)), header.group(1) == "[["), number
            continue
        assignment = _ASSIGNMENT_RE.match(line)
        if assignment:
            yield (*tables.current, *_names(assignment.group(1))), number
        in_multiline_string = quotes % 2 == 1


def key_line(text: str, key: str) -> int | None:
    """The line where ``key`` is set, else where its nearest enclosing table starts."""
    target = key_parts(key)
    if not target:
        return None
    first_line: dict[KeyPath, int] = {}
    for path, number in _located_paths(text):
        first_line.setdefault(path, number)
    for length in range(len(target), 0, -1):
        if target[:length] in first_line:
            return first_line[target[:length]]
    return None
