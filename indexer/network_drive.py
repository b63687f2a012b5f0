"""Is the library on a network drive? SQLite's WAL journal shares memory between the processes
that open the catalogue, which a network file system cannot do: two computers of the mairie
opening a library on the shared drive could each see the other's half-written pages and damage
the catalogue (https://sqlite.org/wal.html, "WAL does not work over a network filesystem").
There the catalogue uses the rollback journal instead: readers wait while an import writes, but
nothing is lost.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# File systems that reach another computer (Linux /proc/mounts names).
NETWORK_FS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "fuse.sshfs", "davfs",
                        "fuse.davfs2", "glusterfs", "ceph", "fuse.rclone"})
_DRIVE_REMOTE = 4  # GetDriveTypeW


def on_network_drive(path: Path) -> bool:
    """True when ``path`` (existing or not: its nearest existing parent is read) is on a network share."""
    if sys.platform == "win32":
        return _windows_remote(str(path))
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False  # macOS and others: no cheap way to tell, the local default stands
    return mount_is_network(_existing(path), mounts)


def mount_is_network(path: Path, mounts: str) -> bool:
    """Whether the longest mount point of ``mounts`` (``/proc/mounts`` text) holding ``path`` is a network one."""
    best, kind = "", ""
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and len(point) > len(best):
            best, kind = point, fields[2]
    return kind in NETWORK_FS


def _existing(path: Path) -> Path:
    path = Path(os.path.abspath(path))
    while not path.exists() and path != path.parent:
        path = path.parent
    try:
        return path.resolve()
    except OSError:
        return path


def _windows_remote(path: str) -> bool:
    full = os.path.abspath(path)
    if full.startswith("\\\\"):  # \\serveur\partage\…
        return True
    drive = os.path.splitdrive(full)[0]
    if not drive:
        return False
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")) == _DRIVE_REMOTE  # type: ignore[attr-defined]
