"""Reading one cell as a date, a number, a score or one of a list's values, in English or French.

Each parser returns the value or raises `BadValue` with a message for the person; the importer
places the message at the cell's row and column.

Dates: real Excel dates; ISO 2024-03-05; 05/03/2024 (also 5-3-2024, 05.03.2024) read as
day/month/year, the way Rwandan offices write them; Excel serial numbers between 1990 and 2100
(a date cell formatted as a number). Two-digit years are refused rather than guessed.
Scores: 0-100, with or without "%", with a decimal point or comma. A plain number above 0 and
at most 1 is read as a fraction (0.85 -> 85): no real checklist score is 1% or less, and trackers
often keep fractions in cells that only look like percentages.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Mapping

from ..data.text import fold
from .reading import Cell

EXCEL_EPOCH = dt.datetime(1899, 12, 30)
SERIAL_RANGE = (32874, 73415)  # 1990-01-01 .. 2100-12-31
_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december")
_FRENCH_MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
                  "septembre", "octobre", "novembre", "decembre")
MONTH_NAMES = {
    **{name: n for n, name in enumerate(_ENGLISH_MONTHS, start=1)},
    **{name: n for n, name in enumerate(_FRENCH_MONTHS, start=1)},
    "jan": 1, "feb": 2, "fev": 2, "mar": 3, "apr": 4, "avr": 4, "jun": 6, "jul": 7, "juil": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12, "janv": 1, "fevr": 2,
}


class BadValue(ValueError):
    """A cell that cannot be read as what its column holds."""


def is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def describe(cell: Cell) -> str:
    if isinstance(cell, (dt.date, dt.datetime)):
        return f"the date {cell:%Y-%m-%d}"
    if isinstance(cell, bool):
        return f"the value {'TRUE' if cell else 'FALSE'}"
    if isinstance(cell, (int, float)):
        return f"the number {cell:g}"
    text = str(cell)
    return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"


_NOT_WORD = re.compile(r"[^0-9a-z%]+")
_A_LETTER = re.compile(r"[^\W\d_]")
_PHONE_PUNCTUATION = re.compile(r"[-.()/]")
_PHONE = re.compile(r"\+?[0-9 ]{6,20}")
_NOT_DIGIT = re.compile(r"\D")


@functools.lru_cache(maxsize=1024)  # a column of choices repeats a few words
def normalize(text: str) -> str:
    """Folded, punctuation as spaces: 'Centre de Santé' -> 'centre de sante'."""
    return " ".join(_NOT_WORD.sub(" ", fold(text)).split())


# --- text -------------------------------------------------------------------------------


def text(cell: Cell, what: str = "text", allow_numbers: bool = True) -> str | None:
    """Text of a cell; whole numbers become their digits (codes typed as numbers)."""
    if isinstance(cell, str):
        return " ".join(cell.split()) or None
    if cell is None:
        return None
    if isinstance(cell, (bool, dt.date, dt.time)):
        raise BadValue(f"Expected {what}, found {describe(cell)}.")
    if isinstance(cell, (int, float)):
        if allow_numbers and float(cell).is_integer():
            return str(int(cell))
        raise BadValue(f"Expected {what}, found {describe(cell)}.")
    raise BadValue(f"Expected {what}, found {describe(cell)}.")


def name(cell: Cell, what: str = "a name") -> str | None:
    value = text(cell, what, allow_numbers=False)
    if value is not None and not _A_LETTER.search(value):
        raise BadValue(f"Expected {what}, found {describe(cell)}.")
    return value


def phone(cell: Cell) -> str | None:
    """A phone number as digits and spaces (dashes, dots and brackets become spaces)."""
    value = text(cell, "a phone number")
    if value is None:
        return None
    cleaned = " ".join(_PHONE_PUNCTUATION.sub(" ", value).split())
    if not _PHONE.fullmatch(cleaned):
        raise BadValue(f"{describe(cell)} is not a phone number (digits only, e.g. "
                       "+250 788 123 456).")
    return cleaned


def phone_key(value: str | None) -> str:
    """The same phone however it was written: +250 788 123 456, 0788123456, 788123456."""
    digits = _NOT_DIGIT.sub("", value or "")
    if len(digits) == 12 and digits.startswith("250"):
        digits = "0" + digits[3:]
    if len(digits) == 9 and digits.startswith("7"):
        digits = "0" + digits
    return digits


# --- choices ----------------------------------------------------------------------------


def choice(cell: Cell, synonyms: Mapping[str, str], what: str) -> str | None:
    """One of a list's stored values, from any synonym (normalized) in English or French."""
    value = text(cell, what)
    if value is None:
        return None
    found = synonyms.get(normalize(value))
    if found is None:
        known = sorted({v for v in synonyms.values()})
        raise BadValue(f"{describe(cell)} is not a known {what}; use one of: "
                       f"{', '.join(known)}.")
    return found


def choices(cell: Cell, synonyms: Mapping[str, str], what: str) -> list[str]:
    """Several values separated by ';', ',' or '/' (e.g. 'MNH; NEO')."""
    value = text(cell, what)
    if value is None:
        return []
    found = []
    for part in re.split(r"[;,/|\n]+", value):
        if part.strip():
            item = choice(part, synonyms, what)
            if item is not None and item not in found:
                found.append(item)
    return found


def boolean(cell: Cell, what: str = "yes or no") -> bool | None:
    if is_blank(cell):
        return None
    if isinstance(cell, bool):
        return cell
    return choice(cell, BOOLEAN_WORDS, what) == "yes"


BOOLEAN_WORDS = {w: "yes" for w in ("yes", "y", "oui", "o", "true", "vrai", "1", "x", "yego")}
BOOLEAN_WORDS |= {w: "no" for w in ("no", "n", "non", "false", "faux", "0", "oya")}


# --- numbers ----------------------------------------------------------------------------


def _number_text(value: str) -> str:
    return value.replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace(",", ".")


def count(cell: Cell, what: str = "a whole number") -> int | None:
    """A non-negative whole number."""
    if is_blank(cell):
        return None
    number: float
    if isinstance(cell, (bool, dt.date, dt.time)):
        raise BadValue(f"Expected {what}, found {describe(cell)}.")
    if isinstance(cell, (int, float)):
        number = float(cell)
    else:
        try:
            number = float(_number_text(str(cell)))
        except ValueError:
            raise BadValue(f"Expected {what}, found {describe(cell)}.") from None
    if not number.is_integer() or number < 0 or number > 10**9:
        raise BadValue(f"Expected {what} (0 or more, no decimals), found {describe(cell)}.")
    return int(number)


def score(cell: Cell) -> float | None:
    """A checklist score in percent, 0-100 (see the module's note on fractions)."""
    if is_blank(cell):
        return None
    if isinstance(cell, (bool, dt.date, dt.time)):
        raise BadValue(f"Expected a score in percent, found {describe(cell)}.")
    if isinstance(cell, (int, float)):
        number, percent_sign = float(cell), False
    else:
        raw = _number_text(str(cell))
        percent_sign = raw.endswith("%")
        try:
            number = float(raw.rstrip("%"))
        except ValueError:
            raise BadValue(f"Expected a score in percent, found {describe(cell)}.") from None
    if not math.isfinite(number):
        raise BadValue(f"Expected a score in percent, found {describe(cell)}.")
    if not percent_sign and 0 < number <= 1:
        number *= 100
    if not 0 <= number <= 100:
        raise BadValue(f"The score {number:g} is outside 0-100.")
    return round(number, 1)


# --- dates ------------------------------------------------------------------------------


def date(cell: Cell) -> dt.date | None:
    if is_blank(cell):
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, (bool, dt.time)):
        raise BadValue(f"Expected a date, found {describe(cell)}.")
    if isinstance(cell, (int, float)):
        return _serial(cell)
    return _date_text(str(cell).strip())


def _serial(number: float) -> dt.date:
    low, high = SERIAL_RANGE
    if not low <= number <= high:
        raise BadValue(f"Expected a date, found the number {number:g}; type the date as "
                       "2024-03-05 or 05/03/2024.")
    return (EXCEL_EPOCH + dt.timedelta(days=int(number))).date()


def _make(year: int, month: int, day: int, original: str) -> dt.date:
    if month > 12 and day <= 12:
        raise BadValue(f"'{original}' has month {month}: dates are read as day/month/year "
                       "(05/03/2024 is 5 March 2024).")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise BadValue(f"'{original}' is not a real date.") from None


@functools.lru_cache(maxsize=1024)  # a column of dates repeats a few
def _date_text(value: str) -> dt.date:
    iso = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}"
                       r"(?:\.\d+)?)?)?", value)
    if iso:
        return _make(int(iso[1]), int(iso[2]), int(iso[3]), value)
    dmy = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})(?: \d{1,2}:\d{2}(?::\d{2})?)?",
                       value)
    if dmy:
        if len(dmy[3]) != 4:
            raise BadValue(f"'{value}': write the year in full (05/03/2024).")
        return _make(int(dmy[3]), int(dmy[2]), int(dmy[1]), value)
    raise BadValue(f"Expected a date such as 2024-03-05 or 05/03/2024, found '{value[:40]}'.")


def month(cell: Cell) -> dt.date | None:
    """The first day of a month: any date, 2024-07, 202407, 07/2024, 'Jul 2024', 'juillet 2024'."""
    if is_blank(cell):
        return None
    if isinstance(cell, str):
        value = cell.strip()
        found = (re.fullmatch(r"(\d{4})[-/.]?(\d{2})", value)
                 or re.fullmatch(r"(?P<m>\d{1,2})[-/.](?P<y>\d{4})", value))
        if found:
            year, number = ((int(found["y"]), int(found["m"])) if "y" in found.groupdict()
                            else (int(found[1]), int(found[2])))
            return _make(year, number, 1, value)
        words = normalize(value).split()
        if len(words) == 2 and words[0] in MONTH_NAMES and words[1].isdigit():
            return dt.date(int(words[1]), MONTH_NAMES[words[0]], 1)
    day = date(cell)
    return day.replace(day=1) if day else None
