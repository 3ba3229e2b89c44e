"""Roles: every use case that writes declares its permission, and each role is allowed or
refused exactly as `ROLE_PERMISSIONS` says, whoever calls (window, command line, import)."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any

import pytest

from mentoroffice.cascade.service import CascadeService
from mentoroffice.checklists.service import ChecklistService
from mentoroffice.core.access import ROLE_PERMISSIONS, Actor, Permission, act_as
from mentoroffice.core.refusals import RuleRefused
from mentoroffice.data.enums import UserRole
from mentoroffice.exchange.service import ExchangeService
from mentoroffice.indicators.service import IndicatorService
from mentoroffice.qi.service import QIService
from mentoroffice.users.service import UserService
from mentoroffice.visits.service import VisitService

SERVICES = (CascadeService, ChecklistService, ExchangeService, IndicatorService, QIService,
            UserService, VisitService)
PACKAGE = Path(__file__).resolve().parents[2] / "mentoroffice"
# Writes made before anyone is signed in, as the program: the first administrator, signing in.
SIGNING_IN = {("UserService", name) for name in ("create_first_administrator", "sign_in",
                                                  "change_password")}


def writing_methods() -> set[tuple[str, str]]:
    """(class, method) of every service method whose body opens a write transaction."""
    found = set()
    for service in SERVICES:
        tree = ast.parse(Path(inspect.getfile(service)).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name == service.__name__:
                for method in node.body:
                    if isinstance(method, ast.FunctionDef) and any(
                            isinstance(call, ast.Call) and getattr(call.func, "id", getattr(
                                call.func, "attr", "")) in ("unit_of_work", "_write")
                            for call in ast.walk(method)) and method.name != "_write":
                        found.add((service.__name__, method.name))
    return found


def use_cases() -> list[tuple[type, str, Permission]]:
    return [(service, name, method.permission)
            for service in SERVICES for name, method in vars(service).items()
            if hasattr(method, "permission")]


def test_every_write_use_case_declares_its_permission() -> None:
    declared = {(service.__name__, name) for service, name, _ in use_cases()}
    assert writing_methods() - SIGNING_IN <= declared, "a use case writes without a permission"
    assert len(declared) >= 40


def test_every_role_has_its_row_in_the_table() -> None:
    assert set(ROLE_PERMISSIONS) == set(UserRole)
    assert ROLE_PERMISSIONS[UserRole.VIEWER] == frozenset()
    assert ROLE_PERMISSIONS[UserRole.ADMIN] == frozenset(Permission)


def make(service: type, office: Any) -> Any:
    if service is ChecklistService:
        return service(office.session_factory, office.catalog)
    return service(office.session_factory)


@pytest.mark.parametrize("role", list(UserRole), ids=lambda r: r.value)
def test_each_role_may_do_exactly_what_the_table_says(office, role: UserRole) -> None:  # type: ignore[no-untyped-def]
    act_as(office.session_factory, Actor(f"a-{role.value}", role))
    tried = 0
    for service, name, permission in use_cases():
        method = getattr(make(service, office), name)
        arguments = [None] * (len(inspect.signature(method).parameters))
        try:
            method(*arguments)
        except RuleRefused as refused:
            refused_for_role = [v.code for v in refused.violations] == ["permission"]
            assert refused_for_role == (permission not in ROLE_PERMISSIONS[role]), (name, role)
        except Exception:  # noqa: BLE001 - allowed: the use case ran and choked on the None
            assert permission in ROLE_PERMISSIONS[role], (name, role)
        else:
            assert permission in ROLE_PERMISSIONS[role], (name, role)
        tried += 1
    assert tried == len(use_cases())


def test_a_token_may_do_only_what_it_was_made_for(office) -> None:  # type: ignore[no-untyped-def]
    act_as(office.session_factory, Actor("nightly", UserRole.ADMIN,
                                         purposes=frozenset({Permission.BACKUP})))
    with pytest.raises(RuleRefused, match="The token 'nightly' was not made for this"):
        CascadeService(office.session_factory).add_person(None)  # type: ignore[arg-type]
