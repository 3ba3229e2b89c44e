"""Build MentorOffice for the office PCs: one folder holding the window program and its
console companion, and on Windows the installer.

    python scripts/build.py                 # Windows: dist/MentorOffice-Setup-<version>.exe
    python scripts/build.py --no-installer  # the one folder only (dist/MentorOffice/)
    python scripts/build.py --smoke         # then run the frozen programs (CI does, on Linux)

Steps, each from a clean start:
1. a new virtual environment build/venv with the dependencies pinned in
   requirements-lock.txt (or, with --reuse-dependencies, those of the Python running this
   script, named in a .pth file: CI reuses what it installed for the tests);
2. the Windows icon made again from resources/icons/mentoroffice.svg;
3. the mentoroffice wheel built from this checkout and installed in that environment (not
   editable: the build freezes what a user would install);
4. PyInstaller with packaging/mentoroffice.spec: dist/MentorOffice/ with MentorOffice(.exe)
   and mentoroffice-cli(.exe);
5. on Windows, Inno Setup's compiler (iscc, 6.3 or later) with installer.iss, given the
   version, which is written in one place only: mentoroffice/__init__.py.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import site
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"
LOCK = ROOT / "requirements-lock.txt"
SPEC = ROOT / "packaging" / "mentoroffice.spec"
FOLDER = DIST / "MentorOffice"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""


def read_version() -> str:
    text = (ROOT / "mentoroffice" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("mentoroffice/__init__.py has no __version__")
    return found.group(1)


def step(text: str) -> None:
    print(f"== {text}", flush=True)


def run(*args: object, cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    subprocess.run([str(arg) for arg in args], cwd=cwd, env=env, check=True)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if WINDOWS else "bin/python")


def make_environment(venv: Path, reuse: bool) -> Path:
    """A new virtual environment with the locked dependencies (or the running Python's)."""
    shutil.rmtree(venv, ignore_errors=True)
    if reuse:
        run(sys.executable, "-m", "venv", "--without-pip", venv)
        python = venv_python(venv)
        purelib = subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True, capture_output=True, text=True).stdout.strip()
        ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"],
                *site.getsitepackages()}
        Path(purelib, "reused-dependencies.pth").write_text("\n".join(sorted(ours)) + "\n",
                                                            encoding="utf-8")
    else:
        run(sys.executable, "-m", "venv", venv)
        python = venv_python(venv)
        run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(python, "-m", "pip", "install", "--quiet", "-r", LOCK)
    return python


def install_wheel(python: Path) -> Path:
    """Build the wheel from a clean copy of this checkout and install it, not editable."""
    wheels = BUILD / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "source"
        shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
            ".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", "tests",
            "bench", "*.sqlite*"))
        run(python, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", wheels, source)
    (wheel,) = wheels.glob("mentoroffice-*.whl")
    run(python, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", wheel)
    return wheel


def freeze(python: Path) -> None:
    """PyInstaller, run from build/ so that the checkout is not on its path: it freezes the
    installed wheel."""
    shutil.rmtree(FOLDER, ignore_errors=True)
    work = BUILD / "pyinstaller"
    work.mkdir(parents=True, exist_ok=True)
    run(python, "-m", "PyInstaller", SPEC, "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", work, cwd=BUILD)


def find_iscc() -> Path | None:
    found = shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or "C:/", "Inno Setup 6", "ISCC.exe")
        if candidate.exists():
            return candidate
    return None


def make_installer(version: str, publisher_url: str | None) -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit("Inno Setup's compiler (ISCC.exe, Inno Setup 6.3 or later) was not "
                         "found: install it from jrsoftware.org, or put iscc on the PATH.")
    numbers = re.match(r"\d+(\.\d+){0,3}", version)
    defines = [f"/DAppVersion={version}", f"/DBuildDir={FOLDER}",
               f"/DAppNumericVersion={numbers.group() if numbers else '0'}"]
    if publisher_url:
        defines.append(f"/DAppURL={publisher_url}")
    run(iscc, *defines, f"/O{DIST}", ROOT / "installer.iss")
    return DIST / f"MentorOffice-Setup-{version}.exe"


# --- smoke test of the frozen programs ------------------------------------------------------


def frozen(name: str) -> Path:
    return FOLDER / f"{name}{EXE}"


def smoke_test(seconds_open: float = 5.0) -> None:
    """Run the frozen programs as an office would, from another folder, on a new data folder:
    the console program's help and commands, then the window for a few seconds."""
    with tempfile.TemporaryDirectory() as scratch:
        here = Path(scratch)
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("MENTOROFFICE_", "PYTHON"))}
        env.update(MENTOROFFICE_DATA_DIR=str(here / "data"), QT_QPA_PLATFORM="offscreen",
                   HOME=str(here), XDG_CONFIG_HOME=str(here / "config"))
        cli = frozen("mentoroffice-cli")

        def command(*args: object, expect: str) -> str:
            started = time.perf_counter()
            done = subprocess.run([str(cli), *map(str, args)], cwd=here, env=env,
                                  capture_output=True, text=True, check=False)
            took = time.perf_counter() - started
            shown = " ".join(map(str, args))
            if done.returncode != 0 or expect not in done.stdout:
                raise SystemExit(f"mentoroffice-cli {shown} failed ({done.returncode}):\n"
                                 f"{done.stdout}\n{done.stderr}")
            print(f"   mentoroffice-cli {shown}: ok in {took:.1f} s", flush=True)
            return done.stdout

        command("--help", expect="usage: mentoroffice")
        demo = here / "data" / "demo.sqlite"
        command("demo", "--out", demo, expect="validation")
        command("--demo", "check", expect="OK")
        command("--demo", "info", expect="person")
        command("--demo", "report", "validation_summary", "--period", "FY26",
                "--out", here / "v.pdf", expect="Wrote")
        if not (here / "v.pdf").read_bytes().startswith(b"%PDF"):
            raise SystemExit("the frozen report is not a PDF")
        window_opens(frozen("MentorOffice"), here, env, seconds_open)


def window_opens(program: Path, here: Path, env: dict[str, str], seconds: float,
                 patience: float = 120.0) -> None:
    """The window program opens its window on the demo, in French (its log says "Opened"),
    and is still running `seconds` later."""
    log = here / "data" / "mentoroffice.log"

    def opened() -> bool:
        return log.exists() and "Opened" in log.read_text(encoding="utf-8")

    started = time.perf_counter()
    window = subprocess.Popen([str(program), "--demo", "--language", "fr"], cwd=here, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        while not opened() and window.poll() is None and time.perf_counter() - started < patience:
            time.sleep(0.1)
        took = time.perf_counter() - started
        shown_at = time.perf_counter()
        while window.poll() is None and time.perf_counter() - shown_at < seconds:
            time.sleep(0.1)
        if window.poll() is not None or not opened():
            output = window.communicate()[0] if window.poll() is not None else ""
            raise SystemExit(f"the frozen window did not open and stay open "
                             f"(exit code {window.poll()}):\n{output}\n"
                             f"{log.read_text(encoding='utf-8') if log.exists() else ''}")
    finally:
        if window.poll() is None:
            window.terminate()
            window.wait()
    print(f"   MentorOffice --demo --language fr: window open after {took:.1f} s, still open "
          f"{seconds:.0f} s later", flush=True)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())  # PyInstaller links Qt's libraries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse-dependencies", action="store_true", help="use the running "
                        "Python's installed dependencies instead of installing the lock")
    parser.add_argument("--no-installer", action="store_true",
                        help="stop after the one-folder build (always so off Windows)")
    parser.add_argument("--smoke", action="store_true", help="run the frozen programs after")
    parser.add_argument("--publisher-url", help="the web page shown in Windows' list of "
                        "programs (publisher, support, updates); none when not given")
    parser.add_argument("--smoke-only", action="store_true",
                        help="only run the frozen programs already in dist/MentorOffice")
    args = parser.parse_args(argv)
    version = read_version()
    started = time.perf_counter()
    if args.smoke_only:
        smoke_test()
        return 0
    step(f"MentorOffice {version}: environment build/venv")
    python = make_environment(BUILD / "venv", args.reuse_dependencies)
    step("icon from the SVG")
    run(python, ROOT / "scripts" / "make_icon.py")
    step("wheel, installed not editable")
    print(f"   {install_wheel(python).name}", flush=True)
    step("PyInstaller: dist/MentorOffice")
    freeze(python)
    print(f"   {folder_size(FOLDER) / 1e6:.0f} MB in {FOLDER}", flush=True)
    if args.smoke:
        step("smoke test of the frozen programs")
        smoke_test()
    if WINDOWS and not args.no_installer:
        step("Inno Setup")
        print(f"   {make_installer(version, args.publisher_url)}", flush=True)
    step(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
