"""The interface's language: English, French or Kinyarwanda.

Chosen, first that applies: the --language option, MENTOROFFICE_LANGUAGE, the choice saved from
the View menu (per Windows user, in QSettings), the system's language, English.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .paths import resources_dir

LANGUAGES = {"en": "English", "fr": "Français", "rw": "Ikinyarwanda"}
LANGUAGE_ENV = "MENTOROFFICE_LANGUAGE"
SETTINGS_KEY = "language"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def choose_language(requested: str | None = None, settings: QSettings | None = None) -> str:
    for candidate in (requested, os.environ.get(LANGUAGE_ENV),
                      (settings or QSettings()).value(SETTINGS_KEY, None)):
        if candidate in LANGUAGES:
            return str(candidate)
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def save_language(language: str, settings: QSettings | None = None) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}")
    (settings or QSettings()).setValue(SETTINGS_KEY, language)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load ours and Qt's own translations; keep the returned list alive with the app."""
    folder = translations_dir()
    candidates = [(f"mentoroffice_{language}", folder)]
    if language == "rw":
        candidates.append(("qtbase_rw", folder))  # Qt ships no Kinyarwanda of its own
    else:
        candidates.append((f"qtbase_{language}",
                           Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))))
    installed = []
    for name, where in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(where)):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale({"en": "en_GB", "fr": "fr_RW", "rw": "rw_RW"}[language]))
    return installed


def current_language() -> str:
    """The window's language, as set by :func:`install_translators` (English before that)."""
    language = QLocale().name().split("_")[0]
    return language if language in LANGUAGES else "en"
