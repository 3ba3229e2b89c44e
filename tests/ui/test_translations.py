"""French and Kinyarwanda interfaces, and compiled translations that match their sources."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from mentoroffice.ui.main_window import MainWindow
from mentoroffice.ui.translation import choose_language, install_translators, save_language

ROOT = Path(__file__).resolve().parents[2]


def load_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations",
                                                  ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["translations"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture
def translated(qapp):  # type: ignore[no-untyped-def]
    installed = []
    locale = QLocale()

    def install(language: str) -> None:
        installed.extend(install_translators(qapp, language))

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)  # dates in later tests read as before


def test_compiled_translations_match_their_sources(tmp_path: Path) -> None:
    script = load_script()
    for fresh in script.release(tmp_path):
        shipped = script.TRANSLATIONS / fresh.name
        assert shipped.read_bytes() == fresh.read_bytes(), (
            f"{shipped.name} is stale: run python scripts/translations.py release")


def test_the_window_speaks_french(office, qtbot, translated) -> None:  # type: ignore[no-untyped-def]
    translated("fr")
    window = MainWindow(office)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:3] == ["Établissements", "Personnes", "Visites"]
    assert window.menuBar().actions()[0].text() == "&Fichier"


def test_kinyarwanda_covers_our_texts_and_qts_own_buttons(office, qtbot, translated) -> None:  # type: ignore[no-untyped-def]
    translated("rw")
    window = MainWindow(office)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Ibigo by'ubuvuzi"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {"Sawa", "Reka"}


def test_the_language_choice_is_remembered(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("MENTOROFFICE_LANGUAGE", raising=False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    save_language("rw", settings)
    assert choose_language(None, settings) == "rw"
    assert choose_language("fr", settings) == "fr"
    monkeypatch.setenv("MENTOROFFICE_LANGUAGE", "en")
    assert choose_language(None, settings) == "en"
    with pytest.raises(ValueError):
        save_language("de", settings)


def test_lupdate_and_lrelease_are_available() -> None:
    script = load_script()
    assert Path(script.tool("lrelease")).exists() or shutil.which(script.tool("lrelease"))


@pytest.mark.parametrize("language", ["fr", "rw"])
def test_every_text_has_the_context_the_window_looks_it_up_in(language: str) -> None:
    """A module-level helper named tr(text) is read by lupdate as context-less: its texts land
    in an unnamed context the window never asks, and stay English. None may be left."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "resources" / "translations" / f"mentoroffice_{language}.ts").getroot()
    unnamed = [message.findtext("source") for context in root.iter("context")
               if not (context.findtext("name") or "").strip()
               for message in context.iter("message")]
    assert unnamed == []
    unfinished = [message.findtext("source") for message in root.iter("message")
                  if message.find("translation").get("type") == "unfinished"]
    assert unfinished == []
