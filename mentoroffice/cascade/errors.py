"""Refusals of the cascade's rules, each with a message a person can act on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Violation:
    """One broken rule: a stable code for programs and a message for people."""

    code: str
    message: str
    overridable: bool = False  # may be saved anyway with a written reason
    field: str | None = None  # the input the message belongs next to, when there is one


class RuleRefused(Exception):
    """The change breaks the cascade's rules; nothing was saved."""

    def __init__(self, violations: list[Violation]) -> None:
        super().__init__("; ".join(v.message for v in violations))
        self.violations = violations


class NotFound(Exception):
    pass
