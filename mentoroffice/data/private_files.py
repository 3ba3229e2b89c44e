"""Files holding health workers' personal data, readable by their owner only.

On POSIX the data folder, the database, its backups and every export are made owner-only
(folders 0700, files 0600). On Windows the data folder lives in ProgramData, whose access the
PC's own users share; permissions there are the installer's business (see the README), so these
helpers leave Windows files as they are.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def _posix() -> bool:
    return not sys.platform.startswith("win")


def make_private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) and make it reachable by its owner only."""
    path.mkdir(parents=True, exist_ok=True)
    if _posix():
        with contextlib.suppress(PermissionError):  # a folder someone else owns: leave it
            os.chmod(path, PRIVATE_DIR_MODE)
    return path


def make_private_file(path: Path) -> Path:
    """Make an existing file readable and writable by its owner only."""
    if _posix() and path.exists():
        with contextlib.suppress(PermissionError):
            os.chmod(path, PRIVATE_FILE_MODE)
    return path


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files and folders created inside the block are owner-only from their first byte."""
    if not _posix():
        yield
        return
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)
