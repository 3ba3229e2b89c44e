"""The refusals of the office's rules in the window's language.

The domain builds each Violation with its English message and, when marked, the template and
values it came from (mentoroffice/text.py). Here the template is looked up in the "Rules"
context of the translations and filled in; values that are fixed phrases (Term, Terms) are
translated too and dates (Day) are written by the window's locale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..core.refusals import RuleRefused, Violation
from ..text import QT_DATE_FORMATS, Day, Term, Terms

CONTEXT = "Rules"


def term_text(text: str) -> str:
    """A fixed phrase of the rules (a status, a reason...) in the window's language."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def _value_text(value: object) -> object:
    if isinstance(value, Terms):
        return term_text(value.separator).join(term_text(item) for item in value.items)
    if isinstance(value, Term):
        return term_text(value)
    if isinstance(value, Day):
        day = value.day
        return QLocale().toString(QDate(day.year, day.month, day.day),
                                  QT_DATE_FORMATS[value.layout])
    return value


def violation_text(violation: Violation) -> str:
    """The violation's message in the window's language (its English message when the template
    is not translated or does not fit its values)."""
    if not violation.template:
        return violation.message
    translated = QCoreApplication.translate(CONTEXT, violation.template)
    if not translated or translated == violation.template:
        return violation.message
    try:
        return translated.format(**{name: _value_text(value)
                                    for name, value in violation.values})
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return violation.message


def refusal_text(error: BaseException, separator: str = "; ") -> str:
    """What to show for a failure: a refusal's violations in the window's language, joined;
    anything else as its own text."""
    if isinstance(error, RuleRefused):
        return separator.join(violation_text(v) for v in error.violations)
    return str(error)
