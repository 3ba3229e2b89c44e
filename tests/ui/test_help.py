"""The user guide: F1 opens the current section's page in the window's language; every
section and workflow has its page in English, French and Kinyarwanda; links lead to pages
that exist; a page missing in a language shows in English under a note."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from pytestqt.qtbot import QtBot

from mentoroffice.browse import section_names
from mentoroffice.office import Office
from mentoroffice.ui.help import (
    CONTENTS,
    KEYBOARD,
    WORKFLOW_PAGES,
    HelpWindow,
    fallback_note,
    guide_pages,
    help_root,
)
from mentoroffice.ui.main_window import MainWindow
from mentoroffice.ui.translation import LANGUAGES, install_translators

NOTES = {"en": "This page is not translated yet",
         "fr": "Cette page n'est pas encore traduite",
         "rw": "Uru rupapuro ntiruragera mu Kinyarwanda"}


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The window's language: its translators installed for the test, then removed."""
    code = getattr(request, "param", "en")
    locale = QLocale()
    installed = install_translators(qapp, code)
    yield code
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        for key in ("id", "name"):
            if values.get(key):
                self.ids.add(values[key] or "")
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False if tag == "title" else self._in_title

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def parsed(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def shipped() -> Path:
    return Path(str(help_root()))


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_section_and_workflow_has_its_page_in_every_language(code: str) -> None:
    wanted = {*section_names(), *WORKFLOW_PAGES, KEYBOARD, CONTENTS}
    assert wanted <= set(guide_pages())
    missing = sorted(name for name in wanted
                     if not (shipped() / code / f"{name}.html").is_file())
    assert missing == [], f"help pages missing in {LANGUAGES[code]}: {missing}"
    for name in wanted:
        assert parsed(shipped() / code / f"{name}.html").title.strip(), (code, name)


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_links_in_every_page_lead_to_pages_of_the_same_language(code: str) -> None:
    broken = []
    for page in sorted((shipped() / code).glob("*.html")):
        for link in parsed(page).links:
            if re.match(r"[a-z]+:", link):  # http:, mailto:: the system's browser opens them
                continue
            target, _hash, anchor = link.partition("#")
            path = shipped() / code / target if target else page
            if not path.is_file():
                broken.append(f"{page.name} → {link}")
            elif anchor and anchor not in parsed(path).ids:
                broken.append(f"{page.name} → {link} (no such anchor)")
    assert broken == []


def test_the_contents_reach_every_page() -> None:
    for code in LANGUAGES:
        linked = {link.partition("#")[0].removesuffix(".html")
                  for link in parsed(shipped() / code / "index.html").links}
        assert set(guide_pages()) - {CONTENTS} <= linked, code


def test_french_pages_keep_a_no_break_space_before_two_part_punctuation() -> None:
    offending = []
    for page in sorted((shipped() / "fr").glob("*.html")):
        text = re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8"))
        offending += [f"{page.name}: …{m.group(0)}…" for m in
                      re.finditer(r"\S{0,12}(?: [:;!?%»]|« |\d%)", text)]
    assert offending == []


def open_window(qtbot: QtBot, office: Office) -> MainWindow:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.mark.parametrize("language", list(LANGUAGES), indirect=True)
def test_f1_opens_the_current_sections_page_in_the_windows_language(
        qtbot: QtBot, office: Office, language: str) -> None:
    window = open_window(qtbot, office)
    for section in section_names():
        window.show_section(section)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window.nav, Qt.Key.Key_F1)
        guide = window.findChild(HelpWindow)
        assert guide is not None and guide.isVisible()
        assert guide.current_page() == section
        assert guide.page_language() == language
        assert NOTES[language] not in guide.browser.toPlainText()
        selected = guide.contents.currentItem()
        assert selected is not None and selected.data(Qt.ItemDataRole.UserRole) == section
    assert len(window.findChildren(HelpWindow)) == 1  # one guide window, raised again
    guide.close()
    window.close()


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_help_menu_opens_the_guide_and_its_links_stay_in_the_language(
        qtbot: QtBot, office: Office, language: str) -> None:
    window = open_window(qtbot, office)
    window.show_section("assessments")
    help_menu = window.menuBar().actions()[-1].menu()
    guide_action = help_menu.actions()[0]
    assert guide_action.text() == "&Guide d'utilisation"
    guide_action.trigger()
    guide = window.findChild(HelpWindow)
    assert guide is not None and guide.current_page() == "assessments"
    # a link of the page: to the mentor's workflow, in French
    guide.browser.setSource(QUrl("mentor-visit.html"))
    assert guide.current_page() == "mentor-visit" and guide.page_language() == "fr"
    guide.back_button.click()
    assert guide.current_page() == "assessments"
    guide.home_button.click()
    assert guide.current_page() == CONTENTS
    guide.close()
    window.close()


@pytest.mark.parametrize("language", ["fr", "rw"], indirect=True)
def test_a_page_missing_in_the_language_shows_in_english_under_a_note(
        qtbot: QtBot, tmp_path: Path, language: str) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / language).mkdir()
    (tmp_path / "en" / "people.html").write_text(
        "<html><head><title>People</title></head><body><h1>People</h1>"
        '<p>Staff and <a href="visits.html">visits</a>.</p></body></html>', encoding="utf-8")
    (tmp_path / "en" / "visits.html").write_text(
        "<html><head><title>Visits</title></head><body><p>English visits.</p></body></html>",
        encoding="utf-8")
    (tmp_path / language / "visits.html").write_text(
        "<html><head><title>V</title></head><body><p>Translated visits.</p></body></html>",
        encoding="utf-8")
    guide = HelpWindow(language=language, root=tmp_path)
    qtbot.addWidget(guide)
    guide.show_page("people")
    text = guide.browser.toPlainText()
    assert text.splitlines()[0] == fallback_note().replace("\u00a0", " ")  # as Qt gives it
    assert fallback_note().startswith(NOTES[language])
    assert "Staff and visits." in text
    assert guide.current_page() == "people" and guide.page_language() == "en"
    # its link leads to the page in the window's language, where there is one: no note
    guide.browser.setSource(QUrl("visits.html"))
    assert guide.browser.toPlainText().strip() == "Translated visits."
    assert guide.page_language() == language
