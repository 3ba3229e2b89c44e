"""Where the shipped resources are: the data package ``mentoroffice.resources``.

In a checkout (editable install) it is the repository's ``resources/`` folder; in an
installed wheel and in the frozen PyInstaller build it is ``mentoroffice/resources``.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resources_dir() -> Path:
    """The shipped icons and compiled translations."""
    try:
        return Path(str(files("mentoroffice.resources")))
    except ModuleNotFoundError:  # a checkout run as it is, not installed (pip install -e .)
        return Path(__file__).resolve().parents[2] / "resources"
