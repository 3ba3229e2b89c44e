"""Signing in and managing the office's users.

The first run creates the administrator (there is no default password anywhere). A user whose
password the administrator set or reset must choose their own at the next sign-in. After
three failed sign-ins in a row, each further attempt must wait longer (2, 4, 8 ... up to 300
seconds). Sign-ins, failed sign-ins and every change to a user are in the audit trail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core import audit
from ..core.access import ACTOR_KEY, SYSTEM, Actor, Permission, requires, use_case
from ..core.passwords import hash_secret, new_token, verify_secret
from ..core.refusals import RuleRefused, Violation, rule
from ..core.writes import read_only, unit_of_work
from ..data.base import utcnow
from ..data.enums import UserRole
from ..data.models import AccessToken, AppUser, Setting
from ..data.models.office import DEMO_SETTING
from ..text import QT_TRANSLATE_NOOP

MIN_PASSWORD_LENGTH = 8
IDLE_LOCK_SETTING = "idle_lock_minutes"
IDLE_LOCK_MINUTES = 15  # the window locks after this long without a key or a click
IDLE_LOCK_RANGE = (1, 240)
FREE_ATTEMPTS = 3  # failures before the first wait
MAX_WAIT_SECONDS = 300
TOKEN_PURPOSES = frozenset({Permission.BACKUP, Permission.REPORTS, Permission.EXPORT})

WRONG = QT_TRANSLATE_NOOP("Rules", "That user name and password do not match an active user.")
WAIT = QT_TRANSLATE_NOOP("Rules", "Too many failed attempts: wait {seconds} seconds, then try "
                         "again.")
SHORT = QT_TRANSLATE_NOOP("Rules", "A password needs at least {length} characters.")
SAME = QT_TRANSLATE_NOOP("Rules", "Choose a password different from the one you were given.")
TAKEN = QT_TRANSLATE_NOOP("Rules", "The user name {name} is taken.")
BAD_NAME = QT_TRANSLATE_NOOP("Rules", "A user name is 2 to 40 letters, digits, dots or dashes.")
NO_NAME = QT_TRANSLATE_NOOP("Rules", "Give the person's name.")
ALREADY = QT_TRANSLATE_NOOP("Rules", "This office already has its administrator: sign in.")
LAST_ADMIN = QT_TRANSLATE_NOOP("Rules", "The office must keep one active administrator.")
IDLE_RANGE = QT_TRANSLATE_NOOP("Rules", "The window locks after {low} to {high} minutes idle.")
BAD_PURPOSE = QT_TRANSLATE_NOOP("Rules", "A token is for backups, reports or exports only.")


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    must_change_password: bool


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    must_change_password: bool
    person_id: int | None
    version: int


def wait_after(failures: int) -> int:
    """Seconds a sign-in must wait after `failures` failed attempts in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(int(2 ** (failures - FREE_ATTEMPTS + 1)), MAX_WAIT_SECONDS)


def actor_of_user(user: AppUser) -> Actor:
    return Actor(user.username, UserRole(user.role), user.person_id, user.id)


class UserService:
    def __init__(self, session_factory: Any) -> None:
        self.session_factory = session_factory

    # --- first run and signing in ----------------------------------------------------------
    def is_demo(self) -> bool:
        """The demo database: it opens as the demo user, with no password."""
        with read_only(self.session_factory) as session:
            return session.get(Setting, DEMO_SETTING) is not None

    def has_users(self) -> bool:
        with read_only(self.session_factory) as session:
            return bool(session.scalar(select(func.count()).select_from(AppUser)))

    def create_first_administrator(self, username: str, display_name: str,
                                   password: str) -> Actor:
        """The office's first user, an administrator; refused once the office has users. The
        audit trail names them as the one who set the office up."""
        setting_up = Actor(username.strip()[:40] or "?", UserRole.ADMIN)
        with _as_program(self.session_factory, setting_up) as session:
            if session.scalar(select(func.count()).select_from(AppUser)):
                raise RuleRefused([rule("users", ALREADY)])
            user = _new_user(session, username, display_name, UserRole.ADMIN, password)
            user.must_change_password = False
            session.flush()
            return actor_of_user(user)

    def sign_in(self, username: str, password: str, now: dt.datetime | None = None) -> SignedIn:
        now = now or utcnow()
        with _as_program(self.session_factory) as session:
            user = session.scalar(select(AppUser).where(AppUser.username == username.strip()))
            if user is not None and user.last_failed_at is not None:
                ready = user.last_failed_at + dt.timedelta(seconds=wait_after(
                    user.failed_sign_ins))
                if now < ready:
                    raise RuleRefused([rule("wait", WAIT,
                                            seconds=int((ready - now).total_seconds()) + 1)])
            if user is None or not user.active or not verify_secret(password,
                                                                   user.password_hash):
                if user is not None:
                    user.failed_sign_ins += 1
                    user.last_failed_at = now
                audit.record(session, "sign_in_failed", "app_user", user.id if user else None,
                             username=username.strip())
                failed = True
            else:
                user.failed_sign_ins, user.last_failed_at = 0, None
                audit.record(session, "sign_in", "app_user", user.id, username=user.username)
                signed_in = SignedIn(actor_of_user(user), user.must_change_password)
                failed = False
        if failed:  # the failure is counted (committed) before the refusal leaves
            raise RuleRefused([rule("sign_in", WRONG)])
        return signed_in

    def change_password(self, username: str, current: str, new: str) -> None:
        """The user's own change (required after a reset): knows the current password."""
        signed_in = self.sign_in(username, current)
        _check_password(new)
        if new == current:
            raise RuleRefused([rule("password", SAME, field="password")])
        with _as_program(self.session_factory) as session:
            user = session.get(AppUser, signed_in.actor.user_id)
            assert user is not None
            user.password_hash = hash_secret(new)
            user.must_change_password = False

    def actor_for_token(self, secret: str) -> Actor | None:
        with read_only(self.session_factory) as session:
            for token in session.scalars(select(AccessToken).where(AccessToken.active)):
                if verify_secret(secret, token.token_hash):
                    return Actor(token.name, UserRole.ADMIN,
                                 purposes=frozenset(Permission(p)
                                                    for p in token.purposes.split(",")))
        return None

    def idle_lock_minutes(self) -> int:
        with read_only(self.session_factory) as session:
            stored = session.scalar(select(Setting.value).where(
                Setting.key == IDLE_LOCK_SETTING))
        try:
            return int(stored) if stored else IDLE_LOCK_MINUTES
        except ValueError:
            return IDLE_LOCK_MINUTES

    # --- the administrator's --------------------------------------------------------------
    @requires(Permission.SETTINGS)
    def set_idle_lock_minutes(self, minutes: int) -> None:
        low, high = IDLE_LOCK_RANGE
        if not low <= minutes <= high:
            raise RuleRefused([rule("minutes", IDLE_RANGE, field="minutes", low=low,
                                    high=high)])
        with unit_of_work(self.session_factory) as session:
            stored = session.get(Setting, IDLE_LOCK_SETTING)
            if stored is None:
                session.add(Setting(key=IDLE_LOCK_SETTING, value=str(minutes)))
            else:
                stored.value = str(minutes)

    def users(self) -> list[UserRow]:
        with read_only(self.session_factory) as session:
            return [UserRow(u.id, u.username, u.display_name, u.role, u.active,
                            u.must_change_password, u.person_id, u.version_id)
                    for u in session.scalars(select(AppUser).order_by(AppUser.username))]

    @requires(Permission.USERS)
    def add_user(self, username: str, display_name: str, role: UserRole,
                 temporary_password: str, person_id: int | None = None) -> int:
        """A new user, who must choose their own password at the first sign-in."""
        with unit_of_work(self.session_factory) as session:
            user = _new_user(session, username, display_name, role, temporary_password)
            user.person_id = person_id
            session.flush()
            return user.id

    @requires(Permission.USERS)
    def reset_password(self, user_id: int, temporary_password: str) -> None:
        _check_password(temporary_password)
        with unit_of_work(self.session_factory) as session:
            user = _user(session, user_id)
            user.password_hash = hash_secret(temporary_password)
            user.must_change_password = True
            user.failed_sign_ins, user.last_failed_at = 0, None

    @requires(Permission.USERS)
    def set_role(self, user_id: int, role: UserRole, active: bool) -> None:
        with unit_of_work(self.session_factory) as session:
            user = _user(session, user_id)
            user.role, user.active = UserRole(role).value, active
            session.flush()
            admins = session.scalar(select(func.count()).select_from(AppUser).where(
                AppUser.role == UserRole.ADMIN.value, AppUser.active))
            if not admins:
                raise RuleRefused([rule("role", LAST_ADMIN, field="role")])

    @requires(Permission.USERS)
    def make_token(self, name: str, purposes: frozenset[Permission]) -> str:
        """A token for scheduled tasks; the secret is returned once and stored hashed."""
        if not purposes or not purposes <= TOKEN_PURPOSES:
            raise RuleRefused([rule("purposes", BAD_PURPOSE, field="purposes")])
        secret = new_token()
        with unit_of_work(self.session_factory) as session:
            actor = session.info.get(ACTOR_KEY)
            session.add(AccessToken(name=_checked_name(session, name, AccessToken),
                                    token_hash=hash_secret(secret),
                                    purposes=",".join(sorted(purposes)),
                                    created_by=actor.username if actor else "?"))
        return secret


@contextmanager
def _as_program(session_factory: Any, acting: Actor = SYSTEM) -> Iterator[Session]:
    """Signing in happens before anyone is signed in: the program acts for itself."""
    with use_case(Permission.USERS), unit_of_work(session_factory, acting=acting) as session:
        yield session


def _user(session: Session, user_id: int) -> AppUser:
    user = session.get(AppUser, user_id)
    if user is None:
        raise RuleRefused([rule("user", WRONG)])
    return user


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise RuleRefused([rule("password", SHORT, field="password",
                                length=MIN_PASSWORD_LENGTH)])


def _checked_name(session: Session, name: str, model: type) -> str:
    name = name.strip()
    problems: list[Violation] = []
    if not (2 <= len(name) <= 40) or not all(c.isalnum() or c in "._-" for c in name):
        problems.append(rule("username", BAD_NAME, field="username"))
    column = model.username if model is AppUser else model.name  # type: ignore[attr-defined]
    if session.scalar(select(model.id).where(column == name)) is not None:  # type: ignore[attr-defined]
        problems.append(rule("username", TAKEN, field="username", name=name))
    if problems:
        raise RuleRefused(problems)
    return name


def _new_user(session: Session, username: str, display_name: str, role: UserRole,
              password: str) -> AppUser:
    name = _checked_name(session, username, AppUser)
    if not display_name.strip():
        raise RuleRefused([rule("display_name", NO_NAME, field="display_name")])
    _check_password(password)
    user = AppUser(username=name, display_name=display_name.strip(), role=UserRole(role).value,
                   password_hash=hash_secret(password), must_change_password=True,
                   failed_sign_ins=0, active=True)
    session.add(user)
    return user
