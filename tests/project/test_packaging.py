"""What the Windows build is made of and cannot be run here: the installer script, the
PyInstaller spec, the launcher, the icon and the lock file agree with each other and with the
package (scripts/build.py --smoke runs the frozen programs; test_wheel_install.py the wheel)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installer.iss"


def load(path: Path, name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture(scope="module")
def iss() -> str:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup 6 reads UTF-8 only after a BOM"
    return raw.decode("utf-8-sig")


def setting(iss: str, key: str) -> str:
    found = re.search(rf"^{key}=(.*)$", iss, re.MULTILINE)
    assert found, f"installer.iss has no {key}"
    return found.group(1).strip()


def test_setup_waits_for_the_mutex_the_programs_hold(iss: str) -> None:
    launcher = load(ROOT / "packaging" / "launcher.py", "launcher")
    name = re.search(r'#define AppMutexName "([^"]+)"', iss)
    assert name and name.group(1) == launcher.WINDOWS_MUTEX
    assert setting(iss, "AppMutex") == "{#AppMutexName},Global\\{#AppMutexName}"


def test_the_launcher_is_the_console_program_only_under_its_cli_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    launcher = load(ROOT / "packaging" / "launcher.py", "launcher")
    monkeypatch.setattr(sys, "executable", r"C:\Program Files\MentorOffice\mentoroffice-cli.exe")
    assert launcher.is_console_program()
    monkeypatch.setattr(sys, "executable", r"C:\Program Files\MentorOffice\MentorOffice.exe")
    assert not launcher.is_console_program()
    assert launcher.hold_running_mutex() == [] or sys.platform == "win32"


def test_the_version_is_given_to_setup_not_written_in_it(iss: str) -> None:
    assert not re.search(r'#define\s+AppVersion\s+"', iss)
    assert "#ifndef AppVersion" in iss
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in project and "version" in project["dynamic"]


def test_setup_is_per_machine_for_windows_10_1809_and_keeps_the_data(iss: str) -> None:
    assert setting(iss, "PrivilegesRequired") == "admin"
    assert setting(iss, "MinVersion") == "10.0.17763"
    assert "#if VER < EncodeVer(6,3,0)" in iss  # x64compatible needs Inno Setup 6.3
    data_dirs = [line for line in iss.splitlines() if line.startswith('Name: "{commonappdata}')]
    assert data_dirs and all("uninsneveruninstall" in line for line in data_dirs)
    assert (ROOT / setting(iss, "LicenseFile")).is_file()
    assert (ROOT / setting(iss, "SetupIconFile").replace("\\", "/")).is_file()


def test_every_setup_language_has_its_texts(iss: str) -> None:
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"', iss, re.MULTILINE)
    assert [name for name, _ in languages] == ["english", "french", "kinyarwanda"]
    for _name, files in languages:
        for file in files.split(","):
            if not file.startswith("compiler:"):
                assert (ROOT / file.replace("\\", "/")).is_file(), file
    ours = set(re.findall(r"^\w+\.(\w+)=", iss, re.MULTILINE))
    used = set(re.findall(r"\{cm:(\w+)", iss)) - {"CreateDesktopIcon", "AdditionalIcons",
                                                  "UninstallProgram", "LaunchProgram"}
    assert used <= ours
    for message in ours:
        for name, _ in languages:
            assert re.search(rf"^{name}\.{message}=\S", iss, re.MULTILINE), (name, message)


def test_the_spec_builds_the_window_and_the_console_program() -> None:
    spec = (ROOT / "packaging" / "mentoroffice.spec").read_text(encoding="utf-8")
    assert 'program("MentorOffice", console=False)' in spec
    assert 'program("mentoroffice-cli", console=True)' in spec
    assert "COLLECT(" in spec and "window, console" in spec


def test_the_icon_has_every_size_windows_asks_for() -> None:
    make_icon = load(ROOT / "scripts" / "make_icon.py", "make_icon")
    assert make_icon.ico_sizes(ROOT / "resources" / "icons" / "mentoroffice.ico") >= set(
        make_icon.SIZES)


def requirement_name(text: str) -> str:
    return re.split(r"[\s\[<>=!~;]", text.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_the_lock_pins_every_dependency_and_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {requirement_name(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        wanted |= {requirement_name(r) for r in extra}
    lines = (ROOT / "requirements-lock.txt").read_text(encoding="utf-8").splitlines()
    pinned = {requirement_name(line) for line in lines if "==" in line
              and not line.lstrip().startswith("#")}
    assert wanted <= pinned, sorted(wanted - pinned)
    assert all(re.search(r"==\S", line) for line in lines
               if line and not line.startswith((" ", "#")))


def test_a_checkout_run_without_being_installed_still_finds_the_forms_and_resources() -> None:
    """python -m mentoroffice from a checkout whose dependencies are installed but not the
    project itself: no data packages to import, the folders beside the code are used."""
    paths = [str(ROOT), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    probe = (f"import sys; sys.path[:0] = {paths!r}; "
             "from mentoroffice.checklists.forms import default_forms_dir; "
             "from mentoroffice.ui.paths import resources_dir; "
             "print(default_forms_dir()); print(resources_dir())")
    found = subprocess.run([sys.executable, "-S", "-c", probe], capture_output=True, text=True,
                           check=True, cwd=ROOT.parent).stdout.split("\n")
    assert found[:2] == [str(ROOT / "forms"), str(ROOT / "resources")]
