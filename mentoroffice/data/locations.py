"""Where the office database lives, and which places it must never live in."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path, PureWindowsPath
from typing import Any

DATA_DIR_ENV = "MENTOROFFICE_DATA_DIR"
DATABASE_ENV = "MENTOROFFICE_DATABASE_URL"
DATABASE_FILENAME = "mentoroffice.sqlite"

NETWORK_FILESYSTEMS = frozenset({"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs"})


class NetworkPathError(ValueError):
    """SQLite on a network share corrupts when two PCs write at once."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"The database file {path} is on a network share. SQLite files must stay on "
            "this PC's own disk: several PCs writing one file over the network corrupts it. "
            "To share one database between office PCs, use a PostgreSQL server and start "
            "MentorOffice with --database postgresql+psycopg://user:password@server/mentoroffice."
        )
        self.path = path


def default_data_dir(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The folder every user of this PC can reach, unless MENTOROFFICE_DATA_DIR says otherwise."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if env.get(DATA_DIR_ENV):
        return Path(env[DATA_DIR_ENV])
    if platform.startswith("win"):
        # ProgramData, not the roaming profile: the PC is shared by the office's staff.
        return Path(env.get("PROGRAMDATA", r"C:\ProgramData")) / "MentorOffice"
    if platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "MentorOffice"
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "mentoroffice"


def default_database_url(env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    if env.get(DATABASE_ENV):
        return env[DATABASE_ENV]
    return sqlite_url(default_data_dir(env) / DATABASE_FILENAME)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_path_from_url(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    if not url.startswith("sqlite"):
        return None
    _, _, rest = url.partition(":///")
    rest = rest.split("?", 1)[0]
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def _windows_drive_is_remote(drive: str) -> bool:  # pragma: no cover - Windows only
    if sys.platform != "win32":  # asked on Windows only; ctypes.windll is there only
        return False
    import ctypes

    DRIVE_REMOTE = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\") == DRIVE_REMOTE)


def _linux_mount_fstype(path: Path) -> str | None:
    """The filesystem type of the mount holding path, from /proc/mounts."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    resolved = str(path.resolve())
    best, best_type = "", None
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1]
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def is_network_path(
    path: str,
    drive_is_remote: Callable[[str], bool] | None = None,
    mount_fstype: Callable[[Path], str | None] | None = None,
) -> bool:
    """True for UNC paths (\\\\server\\share), mapped network drives and network mounts."""
    path = _strip_win32_prefix(path)
    if path.startswith(("\\\\", "//")):
        return True
    windows = PureWindowsPath(path)
    if windows.drive and len(windows.drive) == 2 and windows.drive[1] == ":":
        if drive_is_remote is None:
            if not sys.platform.startswith("win"):
                return False
            drive_is_remote = _windows_drive_is_remote
        return drive_is_remote(windows.drive)
    if sys.platform.startswith("linux") or mount_fstype is not None:
        fstype = (mount_fstype or _linux_mount_fstype)(Path(path))
        return fstype in NETWORK_FILESYSTEMS
    return False


def _strip_win32_prefix(path: str) -> str:
    """\\\\?\\C:\\x is the local C:\\x written long; \\\\?\\UNC\\server\\share is a share."""
    for prefix in ("\\\\?\\", "\\\\.\\", "//?/", "//./"):
        if path.startswith(prefix):
            rest = path[len(prefix):]
            if rest[:4].upper() in ("UNC\\", "UNC/"):
                return "\\\\" + rest[4:]
            return rest
    return path


def refuse_network_path(path: str, **probes: Callable[..., Any]) -> None:
    if is_network_path(path, **probes):
        raise NetworkPathError(path)
