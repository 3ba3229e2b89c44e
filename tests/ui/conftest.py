"""The window's tests keep their QSettings (language, window size and section) in a folder of
their own: nothing a test saves reaches this PC user's settings, or the next test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def own_settings(tmp_path_factory: pytest.TempPathFactory,
                 monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """QSettings() reads and writes an INI file in a fresh folder (the registry is left
    alone on Windows); programs the test starts get the folder too (XDG_CONFIG_HOME)."""
    folder = tmp_path_factory.mktemp("settings")
    previous = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    yield folder
    QSettings.setDefaultFormat(previous)
