"""Text the window translates, marked here without Qt so the domain layer stays free of it.

A rule's refusal keeps its English message (tests and the command line read it) and also its
template and values; the window looks the template up in the "Rules" context of the .ts files
and fills in the values. pyside6-lupdate finds QT_TRANSLATE_NOOP("Rules", "...") by syntax.

Values are plain text (names, codes, numbers) except three kinds of str that read the same in
English but that the window also puts in its language:
- Term: a fixed English phrase (a status, a kind of mentor, a level), itself marked "Rules";
- Terms: fixed phrases joined by a separator (", ", " or ", "; "), each and the separator marked;
- Day: a date written as the English message writes it ("05 Mar 2024").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Self


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


class Term(str):
    """A fixed English phrase inside a rule's message, translated in the "Rules" context."""

    __slots__ = ()


class Terms(str):
    """Fixed phrases joined by a separator; the English text is separator.join(items)."""

    items: tuple[str, ...]
    separator: str

    def __new__(cls, items: Iterable[str], separator: str = ", ") -> Self:
        listed = tuple(items)
        text = super().__new__(cls, separator.join(listed))
        text.items, text.separator = listed, separator
        return text


# strftime formats the rules use -> the same layout in Qt's date format
QT_DATE_FORMATS = {"%d %b %Y": "dd MMM yyyy", "%d %b": "dd MMM", "%a %d %b %Y": "ddd dd MMM yyyy"}


class Day(str):
    """A date inside a rule's message, in English as f"{day:%d %b %Y}" (or another layout)."""

    day: dt.date
    layout: str

    def __new__(cls, day: dt.date, layout: str = "%d %b %Y") -> Self:
        if layout not in QT_DATE_FORMATS:
            raise ValueError(f"Unknown date layout {layout!r}")
        text = super().__new__(cls, format(day, layout))
        text.day, text.layout = day, layout
        return text
