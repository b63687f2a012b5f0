"""One lock per library: a single import at a time, whichever program starts it (CLI, app, child).

The lock is an OS file lock (``flock`` on Linux/macOS, ``msvcrt.locking`` on Windows) on
``<data folder>/import.lock``, taken without waiting. The kernel drops it when the process ends,
even by ``kill -9`` or a power cut, so a stale lock never blocks the next import. The file keeps
the holder's process id and start time, only to tell the clerk who holds it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from indexer.errors import LibraryLocked

LOCK_FILE = "import.lock"


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def holder(data_dir: Path) -> str:
    """What the lock file says about its holder ("pid 123 depuis 14:02"), or ""."""
    try:
        return (data_dir / LOCK_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def is_locked(data_dir: Path) -> bool:
    """True while another process imports into this library (the app asks before starting one)."""
    path = data_dir / LOCK_FILE
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


@contextlib.contextmanager
def import_lock(data_dir: Path) -> Iterator[None]:
    """Held for the whole import; raises :class:`LibraryLocked` at once when another import holds it."""
    path = data_dir / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_lock(fd):
            raise LibraryLocked(str(data_dir), holder(data_dir))
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"processus {os.getpid()} depuis {time.strftime('%H:%M')}".encode())
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
