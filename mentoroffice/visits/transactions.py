"""One transaction per service call, with a concurrent edit reported as a refusal."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..cascade.errors import RuleRefused, rule
from ..text import QT_TRANSLATE_NOOP

CONCURRENT_EDIT = QT_TRANSLATE_NOOP("Rules", "Someone else saved a change to this record at the "
                                    "same moment. Open it again to see their change, then "
                                    "make yours.")


@contextmanager
def unit_of_work(session_factory: Any) -> Iterator[Session]:
    """A session in a transaction: committed on success, rolled back on any exception."""
    try:
        with session_factory.begin() as session:
            yield session
    except StaleDataError as error:
        raise RuleRefused([rule("stale", CONCURRENT_EDIT)]) from error


@contextmanager
def read_only(session_factory: Any) -> Iterator[Session]:
    """A session for reading; nothing it holds is committed."""
    with session_factory() as session:
        try:
            yield session
        finally:
            session.rollback()
