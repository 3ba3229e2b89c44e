"""Entry point of both frozen programs (packaging/mentoroffice.spec builds them from this file).

- ``MentorOffice`` (MentorOffice.exe, windowed): the window, or a command when one is given.
- ``mentoroffice-cli`` (mentoroffice-cli.exe, a console program): the same commands for
  scheduled tasks (backup, check, report, dhis2 ...), whose output and exit code the task
  scheduler sees. Without a command it opens the window, as ``mentoroffice`` does.

On Windows both hold the named mutex the installer waits on (installer.iss ``AppMutex``), so
setup asks to close MentorOffice before replacing its files.
"""

import os
import sys
from pathlib import Path

# installer.iss names the same mutex in AppMutex (tests/project/test_packaging.py checks they match).
WINDOWS_MUTEX = "MentorOfficeRunning"


def hold_running_mutex() -> list[int]:
    """Create the mutex, in this session and for every session (Global\\); kept until exit."""
    if sys.platform != "win32":
        return []
    import ctypes

    kernel = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel.CreateMutexW.restype = ctypes.c_void_p
    handles = []
    for name in (WINDOWS_MUTEX, "Global\\" + WINDOWS_MUTEX):
        handle = kernel.CreateMutexW(None, False, name)
        if handle:  # Global\ may be refused by policy; the session's one still counts
            handles.append(handle)
    return handles


def give_a_windowed_program_somewhere_to_print() -> None:
    """A windowed .exe has no console: sys.stdout and sys.stderr are None, and any print
    would raise. Its messages go to the log file; prints are dropped."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def is_console_program() -> bool:
    return Path(sys.executable).stem.lower().endswith("-cli")


def main() -> int:
    _mutexes = hold_running_mutex()  # held while the program runs
    give_a_windowed_program_somewhere_to_print()
    from mentoroffice.__main__ import gui_main
    from mentoroffice.__main__ import main as commands

    return commands() if is_console_program() else gui_main()


if __name__ == "__main__":
    sys.exit(main())
