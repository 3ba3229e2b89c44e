"""Run code in a fresh Python process and tell which of some modules it imported.

Matplotlib, ReportLab, openpyxl and Alembic each cost hundreds of milliseconds to import; the
window imports them only when first needed, and some packages must not import Qt or the
database at all. A fresh process is the only honest place to look: the test process has
imported them all long ago.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HEAVY_MODULES = ("alembic", "matplotlib", "reportlab", "openpyxl")
REPOSITORY = Path(__file__).resolve().parents[1]


def run_fresh(body: str, watched: Iterable[str] = HEAVY_MODULES) -> dict[str, Any]:
    """Run `body` in a new process, offscreen. The body may fill a dict named `report` and call
    `watched_imported()`: which of the `watched` top-level packages are imported so far. The
    report comes back with "imported": those imported when the body has run."""
    script = textwrap.dedent(f"""
        import sys as _sys
        report = {{}}
        def watched_imported():
            return sorted(m for m in {tuple(watched)!r} if m in _sys.modules)
    """) + textwrap.dedent(body) + textwrap.dedent("""
        import json as _json
        report["imported"] = watched_imported()
        print("REPORT " + _json.dumps(report), flush=True)
        import os as _os
        _os._exit(0)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=REPOSITORY, check=False)
    assert done.returncode == 0, done.stderr
    [line] = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    return json.loads(line.removeprefix("REPORT "))  # type: ignore[no-any-return]


def imported_by(module: str, watched: Iterable[str] = HEAVY_MODULES) -> list[str]:
    """Which of the `watched` top-level packages importing `module` imports."""
    imported: list[str] = run_fresh(f"import {module}", watched)["imported"]
    return imported
