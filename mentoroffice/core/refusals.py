"""Refusals of the cascade's rules, each with a message a person can act on."""

from __future__ import annotations

from dataclasses import dataclass

from ..text import QT_TRANSLATE_NOOP, Day, Term, Terms

__all__ = ["QT_TRANSLATE_NOOP", "Day", "NotFound", "RuleRefused", "Term", "Terms", "Violation",
           "rule"]


@dataclass(frozen=True)
class Violation:
    """One broken rule: a stable code for programs and a message for people.

    `message` is the English text. `template` and `values` let the window show it in its own
    language: message == template.format(**dict(values)) (see `rule`).
    """

    code: str
    message: str
    overridable: bool = False  # may be saved anyway with a written reason
    field: str | None = None  # the input the message belongs next to, when there is one
    template: str = ""  # the English message with {named} placeholders, marked for translation
    values: tuple[tuple[str, object], ...] = ()  # what fills the placeholders


def rule(code: str, template: str, /, *, overridable: bool = False, field: str | None = None,
         **values: object) -> Violation:
    """A violation whose message is `template` filled with `values` (any names but `field` and
    `overridable`).

    Mark the template for the window's translations where it is written:
    rule("dates", QT_TRANSLATE_NOOP("Rules", "The end date {end} is ..."), end=Day(end)).
    """
    return Violation(code, template.format(**values), overridable=overridable, field=field,
                     template=template, values=tuple(values.items()))


class RuleRefused(Exception):
    """The change breaks the cascade's rules; nothing was saved."""

    def __init__(self, violations: list[Violation]) -> None:
        super().__init__("; ".join(v.message for v in violations))
        self.violations = violations


class NotFound(Exception):
    pass
