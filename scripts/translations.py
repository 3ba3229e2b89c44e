"""Qt Linguist translations of the user interface (English, French, Kinyarwanda).

    python scripts/translations.py update    # collect tr() strings and the rules' refusals
                                             # (QT_TRANSLATE_NOOP "Rules") into the .ts files
    python scripts/translations.py release   # compile the .ts files into .qm (generated files)

Translators edit the .ts files with Qt Linguist (pyside6-linguist). Run `update` after changing
user-visible strings and `release` after translating; tests check the .qm files are current.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "fr", "rw")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, or on the PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} was not found; install PySide6 in this environment.")
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"mentoroffice_{language}.ts"


def qm_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"mentoroffice_{language}.qm"


# Domain packages whose rules mark their refusals with QT_TRANSLATE_NOOP("Rules", ...)
# (mentoroffice/text.py); the window translates them (mentoroffice/ui/rules_text.py).
RULE_PACKAGES = ("cascade", "checklists", "core", "exchange", "indicators", "qi", "users", "visits")


def sources() -> list[str]:
    package = ROOT / "mentoroffice"
    files = list((package / "ui").rglob("*.py"))
    for name in RULE_PACKAGES:
        files += (package / name).rglob("*.py")
    return sorted(str(p.relative_to(ROOT)) for p in files)


def update() -> None:
    for language in LANGUAGES:
        subprocess.run([tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                        "-target-language", language, "-ts", str(ts_file(language))],
                       cwd=ROOT, check=True)


# Qt has no Kinyarwanda for its own buttons (OK, Cancel...): ours, kept apart from lupdate.
QT_OWN = {"qtbase_rw": TRANSLATIONS / "qtbase_rw.ts"}


def release(folder: Path = TRANSLATIONS) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    sources_to_targets = {ts_file(language): qm_file(language, folder) for language in LANGUAGES}
    sources_to_targets |= {ts: folder / f"{name}.qm" for name, ts in QT_OWN.items()}
    for ts, target in sources_to_targets.items():
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(target)],
                       cwd=ROOT, check=True)
    return list(sources_to_targets.values())


if __name__ == "__main__":
    commands = {"update": update, "release": release}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        raise SystemExit(__doc__)
    commands[sys.argv[1]]()
