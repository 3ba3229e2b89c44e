"""Where the shipped resources are, from a source checkout or a frozen PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The shipped resources/ folder, also inside a frozen PyInstaller build."""
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        base = Path(bundle) if bundle else Path(sys.executable).resolve().parent
        return base / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
