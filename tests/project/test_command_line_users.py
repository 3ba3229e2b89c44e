"""The command line says who acts: once the office has users, a user name (the password is
asked) or a scheduled task's token, limited to what it was made for."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_support import PEOPLE_HEADERS, PEOPLE_ROWS, build_world, write_xlsx
from sqlalchemy import func, select

from mentoroffice.cli import main
from mentoroffice.core.access import Permission, act_as
from mentoroffice.data.enums import UserRole
from mentoroffice.data.models import AuditEntry, Person
from mentoroffice.office import open_office
from mentoroffice.users import command_line
from mentoroffice.users.service import UserService

PASSWORDS = {"ada": "admin-password", "vera": "viewer-password", "quinn": "qi-password"}


@pytest.fixture
def office_with_users(office_url: str) -> tuple[str, str]:
    """(url, a backup token's secret): an office whose administrator added a viewer and QI
    staff who have chosen their passwords."""
    office = open_office(office_url)
    with office.session_factory.begin() as session:
        build_world(session)
    users = UserService(office.session_factory)
    act_as(office.session_factory, users.create_first_administrator("ada", "Ada",
                                                                    PASSWORDS["ada"]))
    for name, role in (("vera", UserRole.VIEWER), ("quinn", UserRole.QI_STAFF)):
        users.add_user(name, name.title(), role, "temporary-pw")
        users.change_password(name, "temporary-pw", PASSWORDS[name])
    token = users.make_token("nightly-backup", frozenset({Permission.BACKUP}))
    office.close()
    return office_url, token


@pytest.fixture(autouse=True)
def typed_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """The password prompt answers with the user's password (the user is in the prompt)."""
    def ask(prompt: str) -> str:
        return next(p for name, p in PASSWORDS.items() if f" {name}:" in prompt)

    monkeypatch.setattr(command_line.getpass, "getpass", ask)


def people(url: str) -> int:
    office = open_office(url)
    try:
        with office.session_factory() as session:
            return session.scalar(select(func.count()).select_from(Person)) or 0
    finally:
        office.close()


def test_an_office_with_users_asks_who_acts(office_with_users, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            capsys: pytest.CaptureFixture[str]) -> None:
    url, _token = office_with_users
    path = write_xlsx(tmp_path / "people.xlsx", [PEOPLE_HEADERS, *PEOPLE_ROWS])
    before = people(url)
    assert main(["--database", url, "import", "people", str(path)]) == 2
    assert "say who acts with --user NAME" in capsys.readouterr().err
    assert main(["--database", url, "--user", "vera", "import", "people", str(path)]) == 2
    assert "vera (viewer) may not do this" in capsys.readouterr().err
    assert people(url) == before
    assert main(["--database", url, "--user", "quinn", "import", "people", str(path)]) == 0
    assert people(url) == before + len(PEOPLE_ROWS)


def test_a_backup_token_cannot_import_or_print(office_with_users, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               capsys: pytest.CaptureFixture[str]) -> None:
    url, token = office_with_users
    path = write_xlsx(tmp_path / "people.xlsx", [PEOPLE_HEADERS, *PEOPLE_ROWS])
    assert main(["--database", url, "--token", token, "import", "people", str(path)]) == 2
    assert "The token 'nightly-backup' was not made for this" in capsys.readouterr().err
    assert main(["--database", url, "--token", "not-a-token", "export-db",
                 str(tmp_path / "all.xlsx")]) == 2
    assert "not one of this office's" in capsys.readouterr().err
    assert not (tmp_path / "all.xlsx").exists()


def test_an_import_is_audited_under_the_user_who_ran_it(office_with_users, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, _token = office_with_users
    path = write_xlsx(tmp_path / "people.xlsx", [PEOPLE_HEADERS, *PEOPLE_ROWS])
    assert main(["--database", url, "--user", "quinn", "import", "people", str(path)]) == 0
    office = open_office(url)
    try:
        with office.session_factory() as session:
            inserted = session.scalar(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.username == "quinn", AuditEntry.table_name == "person",
                AuditEntry.action == "insert"))
    finally:
        office.close()
    assert inserted == len(PEOPLE_ROWS)
