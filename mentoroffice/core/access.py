"""Who may change what: the office's roles, their permissions, and the check every write makes.

The permissions of each role are written once, in `ROLE_PERMISSIONS`. Every service method that
changes data declares the permission it needs with `@requires(...)`; the check runs before the
method does anything, so the window, the command line and the import obey the same table. The
write path (`core.writes.unit_of_work`) refuses a write made outside such a method, so no use
case can forget to declare itself.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from ..data.enums import UserRole
from ..text import QT_TRANSLATE_NOOP, Term
from .refusals import RuleRefused, rule


class Permission(StrEnum):
    REGISTRY = "registry"  # facilities, CHW groups, people, postings, assignments, promotion
    PLANS = "plans"  # the month's visit plan, moving a visit, marking it missed
    FIELD_RECORDS = "field_records"  # recording visits, debriefings, follow-ups, mentor reports
    ASSESSMENTS = "assessments"  # entering assessments, correcting one's own, coaching plans
    ANY_ASSESSMENT = "any_assessment"  # correcting or deleting anyone's assessment
    QI = "qi"  # QI projects, PDSA cycles, actions, escalations, feedback on mentor reports
    INDICATORS = "indicators"  # monthly indicator values and the office's own indicators
    IMPORT = "import"
    EXPORT = "export"  # lists, the whole database, DHIS2 files
    REPORTS = "reports"  # printing reports and checklists
    BACKUP = "backup"  # backups and the database check
    RESTORE = "restore"
    USERS = "users"  # the office's users, their roles and passwords, tokens
    SETTINGS = "settings"  # DHIS2 mapping and data set, office settings
    AUDIT = "audit"  # reading the audit trail: who changed what, when


FIELD_WORK = frozenset({Permission.FIELD_RECORDS, Permission.ASSESSMENTS, Permission.REPORTS})
ROLE_PERMISSIONS: dict[UserRole, frozenset[Permission]] = {
    UserRole.ADMIN: frozenset(Permission),
    UserRole.QI_STAFF: FIELD_WORK | {Permission.REGISTRY, Permission.PLANS,
                                     Permission.ANY_ASSESSMENT, Permission.QI,
                                     Permission.INDICATORS, Permission.IMPORT, Permission.EXPORT,
                                     Permission.BACKUP},
    UserRole.SUPERVISOR: frozenset({Permission.REPORTS, Permission.EXPORT, Permission.AUDIT}),
    UserRole.MENTOR: FIELD_WORK,
    UserRole.VIEWER: frozenset(),
}

ROLE_LABELS = {  # as the refusals and the window name them, marked for translation
    UserRole.ADMIN: QT_TRANSLATE_NOOP("Rules", "administrator"),
    UserRole.QI_STAFF: QT_TRANSLATE_NOOP("Rules", "QI staff"),
    UserRole.SUPERVISOR: QT_TRANSLATE_NOOP("Rules", "supervisor"),
    UserRole.MENTOR: QT_TRANSLATE_NOOP("Rules", "mentor"),
    UserRole.VIEWER: QT_TRANSLATE_NOOP("Rules", "viewer"),
}
NOT_ALLOWED = QT_TRANSLATE_NOOP("Rules", "{user} ({role}) may not do this. Nothing was saved: "
                                "ask the office's administrator.")
TOKEN_NOT_FOR_THIS = QT_TRANSLATE_NOOP("Rules", "The token '{user}' was not made for this. "
                                       "Nothing was saved.")
NOT_YOURS = QT_TRANSLATE_NOOP("Rules", "{user} may correct only the assessments they entered.")
NOBODY = QT_TRANSLATE_NOOP("Rules", "Nobody is signed in. Nothing was saved: sign in first.")


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in user, or a token made for scheduled tasks (`purposes`)."""

    username: str
    role: UserRole
    person_id: int | None = None
    user_id: int | None = None
    purposes: frozenset[Permission] | None = None  # a token: only these, within its role

    def may(self, permission: Permission) -> bool:
        if self.purposes is not None and permission not in self.purposes:
            return False
        return permission in ROLE_PERMISSIONS[self.role]

    def refusal(self, permission: Permission) -> RuleRefused:
        if self.purposes is not None and permission not in self.purposes:
            return RuleRefused([rule("permission", TOKEN_NOT_FOR_THIS, user=self.username)])
        return RuleRefused([rule("permission", NOT_ALLOWED, user=self.username,
                                 role=Term(ROLE_LABELS[self.role]))])


# Acting for the program itself (making the demo, first-run reference data, tests' setup).
SYSTEM = Actor("system", UserRole.ADMIN)
ACTOR_KEY = "actor"  # where a session factory's sessions carry the actor (Session.info)

_declared: contextvars.ContextVar[Permission | None] = contextvars.ContextVar(
    "declared_permission", default=None)
F = TypeVar("F", bound=Callable[..., Any])


def act_as(session_factory: Any, actor: Actor | None) -> None:
    """Every session the factory makes from now on acts as `actor` (None: nobody)."""
    info = dict(session_factory.kw.get("info") or {})
    if actor is None:
        info.pop(ACTOR_KEY, None)
    else:
        info[ACTOR_KEY] = actor
    session_factory.configure(info=info)


def actor_of(session_factory: Any) -> Actor | None:
    return (session_factory.kw.get("info") or {}).get(ACTOR_KEY)


def requires(permission: Permission) -> Callable[[F], F]:
    """Declare a service method a use case that changes data with `permission`: it is refused
    before it starts unless the acting user's role (and token) grants it."""

    def decorate(method: F) -> F:
        @functools.wraps(method)
        def checked(service: Any, *args: Any, **kwargs: Any) -> Any:
            check(actor_of(service.session_factory), permission)
            token = _declared.set(permission)
            try:
                return method(service, *args, **kwargs)
            finally:
                _declared.reset(token)

        checked.permission = permission  # type: ignore[attr-defined]
        return checked  # type: ignore[return-value]

    return decorate


def check(actor: Actor | None, permission: Permission) -> Actor:
    if actor is None:
        raise RuleRefused([rule("permission", NOBODY)])
    if not actor.may(permission):
        raise actor.refusal(permission)
    return actor


def declared_permission() -> Permission | None:
    """The permission of the use case running now (None outside any)."""
    return _declared.get()


@contextmanager
def use_case(permission: Permission) -> Iterator[None]:
    """For writes made outside a service method (the demo, an import's rows): declare them."""
    token = _declared.set(permission)
    try:
        yield
    finally:
        _declared.reset(token)
