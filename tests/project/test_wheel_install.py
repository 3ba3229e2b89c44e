"""The wheel as a user gets it: built from this tree, installed (not editable) in a fresh
virtual environment, and run from another folder: the demo, check, a report, and the window
in French, which must show French texts and the icon.

The fresh environment reuses the dependencies already installed for the tests (a .pth file
names their folders) and installs only the mentoroffice wheel, with --no-deps: what is
checked is what the wheel carries, and CI does not download Qt a second time. Run on the
SQLite pass of CI only: it touches no test database.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LEFT_OUT = shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info",
                                  "__pycache__", ".pytest_cache", ".hypothesis", "tests",
                                  "bench", "out", "*.sqlite*")

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("MENTOROFFICE_TEST_POSTGRES_URL")),
    reason="the installed wheel is checked in the SQLite pass; it uses no test database")

# Run by the installed wheel's Python: opens the window in French through the `mentoroffice`
# entry point's main(), looks at it after three seconds, saves a picture and closes it.
LOOK_AT_THE_WINDOW = r"""
import json, sys
from pathlib import Path

import mentoroffice
from mentoroffice.__main__ import main
from mentoroffice.ui.app import make_application
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMainWindow, QTabBar

out, picture = Path(sys.argv[1]), sys.argv[2]

def look():
    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    texts = []
    for window in windows:
        texts.append(window.windowTitle())
        texts += [action.text() for action in window.menuBar().actions()]
        for bar in window.findChildren(QTabBar):
            texts += [bar.tabText(i) for i in range(bar.count())]
        texts += [button.text() for button in window.findChildren(QAbstractButton)]
        texts += [label.text() for label in window.findChildren(QLabel)]
        window.grab().save(picture)
    out.write_text(json.dumps({
        "windows": len(windows), "texts": texts, "module": mentoroffice.__file__,
        "icon": not app.windowIcon().isNull()}), encoding="utf-8")
    app.quit()

make_application()
QTimer.singleShot(3000, look)
sys.exit(main(["--demo", "--language", "fr"]))
"""


def scripts_dir(venv: Path) -> Path:
    return venv / ("Scripts" if sys.platform == "win32" else "bin")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """GIVEN the wheel built from a copy of this tree, installed in a fresh environment."""
    root = tmp_path_factory.mktemp("wheel")
    source, dist, venv = root / "source", root / "dist", root / "venv"
    shutil.copytree(REPO, source, ignore=LEFT_OUT)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist),
                    str(source)], check=True)
    wheels = list(dist.glob("mentoroffice-*.whl"))
    assert len(wheels) == 1, wheels
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = scripts_dir(venv) / ("python.exe" if sys.platform == "win32" else "python")
    where = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    purelib = subprocess.run([str(python), "-c", where], check=True, capture_output=True,
                             text=True)
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"],
            *site.getsitepackages()}
    Path(purelib.stdout.strip(), "dependencies-of-the-tests.pth").write_text(
        "\n".join(sorted(ours)) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", "--no-index", str(wheels[0])], check=True)
    elsewhere = root / "elsewhere"
    (elsewhere / "data").mkdir(parents=True)
    return {"python": python, "command": scripts_dir(venv) / "mentoroffice",
            "venv": venv, "source": source, "cwd": elsewhere, "data": elsewhere / "data",
            "wheel": wheels[0]}


def run(installed: dict[str, Path], *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("MENTOROFFICE_", "PYTHON"))}
    env.update(MENTOROFFICE_DATA_DIR=str(installed["data"]), QT_QPA_PLATFORM="offscreen",
               HOME=str(installed["cwd"]), XDG_CONFIG_HOME=str(installed["cwd"] / "config"))
    return subprocess.run([str(arg) for arg in args], cwd=installed["cwd"], env=env,
                          capture_output=True, text=True, check=False)


def test_the_wheel_carries_the_forms_translations_and_icons(installed: dict[str, Path]) -> None:
    import zipfile

    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    shipped = {f"mentoroffice/forms/{p.name}" for p in (REPO / "forms").glob("*.toml")}
    shipped |= {f"mentoroffice/resources/translations/{p.name}"
                for p in (REPO / "resources" / "translations").glob("*.qm")}
    shipped |= {"mentoroffice/resources/icons/mentoroffice.svg",
                "mentoroffice/resources/icons/mentoroffice.ico",
                "mentoroffice/data/migrations/script.py.mako"}
    package = installed["source"] / "mentoroffice"  # the tree as copied for the build
    shipped |= {f"mentoroffice/{path.relative_to(package).as_posix()}"
                for path in package.rglob("*.py")}  # mentoroffice/ui has no __init__.py
    assert shipped <= names, sorted(shipped - names)


def test_the_installed_wheel_writes_a_demo_checks_it_and_prints_a_report(
        installed: dict[str, Path]) -> None:
    demo = installed["data"] / "demo.sqlite"
    # WHEN the demo is written by the installed command, from another folder
    made = run(installed, installed["command"], "demo", "--out", demo)
    assert made.returncode == 0, made.stderr
    assert demo.is_file() and not list(installed["data"].glob("*.partial*"))
    assert "validation" in made.stdout
    # THEN it checks clean and prints a report
    checked = run(installed, installed["command"], "--demo", "check")
    assert checked.returncode == 0, checked.stderr
    assert "OK" in checked.stdout
    report = installed["cwd"] / "validation.pdf"
    printed = run(installed, installed["command"], "--demo", "report", "validation_summary",
                  "--period", "FY26", "--out", report)
    assert printed.returncode == 0, printed.stderr
    assert report.read_bytes().startswith(b"%PDF")


def test_the_installed_window_opens_in_french(installed: dict[str, Path]) -> None:
    if not (installed["data"] / "demo.sqlite").exists():
        assert run(installed, installed["command"], "demo", "--out",
                   installed["data"] / "demo.sqlite").returncode == 0
    script = installed["cwd"] / "look.py"
    script.write_text(LOOK_AT_THE_WINDOW, encoding="utf-8")
    seen, picture = installed["cwd"] / "seen.json", installed["cwd"] / "window-fr.png"
    # WHEN the window opens in French from the installed wheel
    shown = run(installed, installed["python"], script, seen, picture)
    assert shown.returncode == 0, shown.stderr
    # THEN it is the installed copy, its menus and sections are in French, with its icon
    looked = json.loads(seen.read_text(encoding="utf-8"))
    assert Path(looked["module"]).is_relative_to(installed["venv"])
    assert looked["windows"] == 1
    texts = set(looked["texts"])
    assert {"&Fichier", "&Affichage", "&Aide", "Rapports"} <= texts, sorted(texts)[:80]
    assert "&File" not in texts and "&View" not in texts
    assert looked["icon"]
    assert picture.stat().st_size > 10_000
