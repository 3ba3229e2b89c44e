"""How far the checklist forms are translated, and which strings a native speaker should review.

Run from the repository (or with a forms folder)::

    python -m mentoroffice.checklists.translation_status            # coverage, fr and rw
    python -m mentoroffice.checklists.translation_status --review rw
    python -m mentoroffice.checklists.translation_status --missing fr --forms path/to/forms

``--review`` prints every string marked for review (form, key, English, translation);
``--missing`` every string shown in English for want of a translation. Both exit with 0; the
coverage table exits with 1 when a form file cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .forms import TRANSLATION_LANGUAGES, FormCatalog, default_forms_dir, load_catalog

__all__ = ["Coverage", "ReviewString", "coverage", "main", "missing_list", "review_list"]


@dataclass(frozen=True)
class Coverage:
    """How many of a form's translatable strings one language has."""

    form_code: str
    language: str
    translated: int
    total: int
    to_review: int

    @property
    def complete(self) -> bool:
        return self.translated == self.total


@dataclass(frozen=True)
class ReviewString:
    """One string of a form: its key, the English and the translation ("" when missing)."""

    form_code: str
    key: str
    english: str
    translated: str


def coverage(catalog: FormCatalog, language: str) -> list[Coverage]:
    rows = []
    for form in catalog.forms:
        total = len(form.english_strings())
        missing = len(form.missing_strings(language))
        rows.append(
            Coverage(form.code, language, total - missing, total,
                     len(form.review_strings(language)))
        )
    return rows


def review_list(catalog: FormCatalog, language: str) -> list[ReviewString]:
    """Every translated string of ``language`` marked for review, form by form."""
    rows: list[ReviewString] = []
    for form in catalog.forms:
        english = form.english_strings()
        translation = form.translation(language)
        translated = translation.strings() if translation else {}
        rows.extend(
            ReviewString(form.code, key, english[key], translated[key])
            for key in form.review_strings(language)
        )
    return rows


def missing_list(catalog: FormCatalog, language: str) -> list[ReviewString]:
    """Every string of every form that ``language`` does not translate yet."""
    rows: list[ReviewString] = []
    for form in catalog.forms:
        english = form.english_strings()
        rows.extend(
            ReviewString(form.code, key, english[key], "")
            for key in form.missing_strings(language)
        )
    return rows


def _format_coverage(catalog: FormCatalog) -> list[str]:
    lines = ["form       " + "".join(f"{lang:>22}" for lang in TRANSLATION_LANGUAGES)]
    by_language = {lang: coverage(catalog, lang) for lang in TRANSLATION_LANGUAGES}
    for index, form in enumerate(catalog.forms):
        cells = []
        for lang in TRANSLATION_LANGUAGES:
            row = by_language[lang][index]
            cells.append(f"{row.translated:>4}/{row.total:<4}review {row.to_review:>3}")
        lines.append(f"{form.code:<11}" + "".join(f"{cell:>22}" for cell in cells))
    return lines


def _format_strings(rows: Sequence[ReviewString]) -> list[str]:
    lines = []
    for row in rows:
        lines.append(f"{row.form_code} {row.key}")
        lines.append(f"    en: {row.english}")
        if row.translated:
            lines.append(f"    ->  {row.translated}")
    lines.append(f"{len(rows)} string(s)")
    return lines


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m mentoroffice.checklists.translation_status")
    parser.add_argument("--forms", type=Path, default=None, help="the forms folder")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--review", choices=TRANSLATION_LANGUAGES, help="strings to review")
    which.add_argument("--missing", choices=TRANSLATION_LANGUAGES, help="strings not translated")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _arguments(argv)
    catalog = load_catalog(arguments.forms or default_forms_dir())
    if arguments.review:
        lines = _format_strings(review_list(catalog, arguments.review))
    elif arguments.missing:
        lines = _format_strings(missing_list(catalog, arguments.missing))
    else:
        lines = _format_coverage(catalog)
    lines.extend(str(error) for error in catalog.errors)
    print("\n".join(lines))
    return 1 if catalog.errors and not (arguments.review or arguments.missing) else 0


if __name__ == "__main__":
    sys.exit(main())
