"""Test fixtures: a fresh database per test, on SQLite or on a real PostgreSQL server.

Set MENTOROFFICE_TEST_POSTGRES_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5433/postgres)
to run the whole suite against PostgreSQL; .ci/run does this on its second pass.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

POSTGRES_ENV = "MENTOROFFICE_TEST_POSTGRES_URL"
TEMPLATE_DB = f"mentoroffice_test_template_{os.getpid()}"  # concurrent runs do not collide
TEST_DATA_DIR = tempfile.mkdtemp(prefix="mentoroffice-tests-")


def postgres_server_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


def pytest_report_header(config: pytest.Config) -> str:
    url = postgres_server_url()
    return f"database backend: {'postgresql (' + url + ')' if url else 'sqlite'}"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: needs a SQLite file (backups, pragmas)")
    # Nothing a test does lands in this PC's own data folder (such as the pg_dump copy taken
    # before a PostgreSQL database is migrated); tests that look at the folder set their own.
    os.environ["MENTOROFFICE_DATA_DIR"] = TEST_DATA_DIR


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(TEST_DATA_DIR, ignore_errors=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not postgres_server_url():
        return
    skip = pytest.mark.skip(reason="SQLite file behaviour; this run is on PostgreSQL")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def backend() -> str:
    return "postgresql" if postgres_server_url() else "sqlite"


class PostgresServer:
    """Creates and drops throwaway databases on the test server."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(url, isolation_level="AUTOCOMMIT")
        self.template_ready = False

    def database_url(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, template: str | None = None) -> str:
        name = f"mo_test_{uuid.uuid4().hex[:12]}"
        suffix = f" TEMPLATE {template}" if template else ""
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{suffix}'))
        return name

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def migrated_template(self) -> str:
        """A database migrated once per run; tests copy it with CREATE DATABASE ... TEMPLATE."""
        if not self.template_ready:
            from mentoroffice.office import open_office

            self.drop(TEMPLATE_DB)
            with self.admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{TEMPLATE_DB}"'))
            open_office(self.database_url(TEMPLATE_DB)).close()
            self.template_ready = True
        return TEMPLATE_DB


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer | None]:
    url = postgres_server_url()
    if not url:
        yield None
        return
    server = PostgresServer(url)
    yield server
    server.drop(TEMPLATE_DB)
    server.admin.dispose()


@pytest.fixture
def empty_database_url(
    tmp_path: Path, postgres_server: PostgresServer | None
) -> Iterator[str]:
    """An empty database (no tables) on the backend under test."""
    if postgres_server is None:
        yield f"sqlite:///{tmp_path / 'office.sqlite'}"
        return
    name = postgres_server.create()
    yield postgres_server.database_url(name)
    postgres_server.drop(name)


@pytest.fixture
def office_url(tmp_path: Path, postgres_server: PostgresServer | None) -> Iterator[str]:
    """A migrated database with reference data and forms, on the backend under test."""
    if postgres_server is None:
        yield f"sqlite:///{tmp_path / 'office.sqlite'}"
        return
    name = postgres_server.create(template=postgres_server.migrated_template())
    yield postgres_server.database_url(name)
    postgres_server.drop(name)


@pytest.fixture
def office(office_url: str):  # type: ignore[no-untyped-def]
    from mentoroffice.core.access import SYSTEM, act_as
    from mentoroffice.office import open_office

    opened = open_office(office_url)
    act_as(opened.session_factory, SYSTEM)  # tests act as the program unless they sign in
    yield opened
    opened.close()


@pytest.fixture
def session(office):  # type: ignore[no-untyped-def]
    """A session in a transaction that the test may commit; closed afterwards."""
    with office.session_factory() as s:
        yield s
