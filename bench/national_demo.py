"""The national demo database the benchmarks run on: national.sqlite in the system's temporary
folder, generated there the first time (about 40 s) and reused by every benchmark after."""

from __future__ import annotations

import tempfile
from pathlib import Path


def national_demo() -> Path:
    path = Path(tempfile.gettempdir()) / "national.sqlite"
    if not path.exists():
        from mentoroffice.cli import write_demo

        print(f"Generating the national demo into {path} ...")
        write_demo(path, "national", 1, None, force=True)
    return path
