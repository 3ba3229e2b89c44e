"""Who acts at the command line: a user (`--user NAME`, asked for the password), or a token
the administrator made for scheduled tasks (`--token` or MENTOROFFICE_TOKEN), limited to what
it was made for. The demo acts as its demo user; an office with no users yet as the program."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable

from ..core.access import SYSTEM, Actor, Permission, act_as, check
from ..core.refusals import RuleRefused, rule
from ..office import Office, open_office
from ..text import QT_TRANSLATE_NOOP
from .service import UserService

TOKEN_ENV = "MENTOROFFICE_TOKEN"
DEMO_USER = Actor("demo", SYSTEM.role)
WHO = QT_TRANSLATE_NOOP("Rules", "This office has users: say who acts with --user NAME (the "
                        "password is asked), or give a scheduled task's token with --token or "
                        "MENTOROFFICE_TOKEN.")
UNKNOWN_TOKEN = QT_TRANSLATE_NOOP("Rules", "That token is not one of this office's: ask the "
                                  "administrator for a new one.")


def command_actor(users: UserService, username: str | None, token: str | None,
                  ask_password: Callable[[str], str]) -> Actor:
    if users.is_demo():
        return DEMO_USER
    token = token or os.environ.get(TOKEN_ENV)
    if token:
        actor = users.actor_for_token(token)
        if actor is None:
            raise RuleRefused([rule("token", UNKNOWN_TOKEN)])
        return actor
    if username:
        return users.sign_in(username, ask_password(f"Password for {username}: ")).actor
    if users.has_users():
        raise RuleRefused([rule("user", WHO)])
    return SYSTEM  # nobody to ask yet: the window's first run creates the administrator


def open_office_as(url: str, username: str | None, token: str | None,
                   permission: Permission,
                   ask_password: Callable[[str], str] | None = None) -> Office:
    """The office, acting for whoever the command line names, if they may do `permission`."""
    office = open_office(url)
    try:
        actor = command_actor(UserService(office.session_factory), username, token,
                              ask_password or getpass.getpass)
        check(actor, permission)
        act_as(office.session_factory, actor)
    except Exception:
        office.close()
        raise
    return office
