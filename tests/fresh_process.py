"""Run a piece of start-up in a fresh Python process and tell which heavy modules it imported.

Matplotlib, ReportLab, openpyxl and Alembic each cost hundreds of milliseconds to import; the
window imports them only when first needed. A fresh process is the only honest place to look:
the test process has imported them all long ago.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

HEAVY_MODULES = ("alembic", "matplotlib", "reportlab", "openpyxl")
REPOSITORY = Path(__file__).resolve().parents[2]


def run_fresh(body: str) -> dict[str, Any]:
    """Run `body` (which may fill a dict named `report`) in a new process, offscreen; the
    report, with "heavy": the heavy modules imported by then."""
    script = "report = {}\n" + textwrap.dedent(body) + textwrap.dedent(f"""
        import json as _json, sys as _sys
        report["heavy"] = sorted(m for m in {HEAVY_MODULES!r} if m in _sys.modules)
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
