"""What the computer did to us, said in French: a Python, SQLite or tantivy exception that comes from
the environment (permissions, a full disk, a damaged catalogue, another import) becomes one
:class:`~indexer.errors.EnvironmentProblem`, which the CLI shows with exit code 3 and the app in its
error dialog. Anything else is left alone: it is a bug, or a document's problem.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from indexer.errors import (
    DiskFull,
    EnvironmentProblem,
    IndexNotWritable,
    LibraryDamaged,
    LibraryLocked,
    LibraryReadOnly,
)

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def explain(exc: BaseException, data_dir: Path, engine_text: bool = True) -> EnvironmentProblem | None:
    """The environment problem behind ``exc`` (or one of its causes), None when it is not one.

    ``engine_text``: also read the text of other exceptions (tantivy's I/O errors come as ValueError);
    off where only SQLite and the file system are involved, so that a document reader's message that
    happens to say "Permission denied" is never taken for the library's folder."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = _one(current, data_dir, engine_text)
        if found is not None:
            return found
        current = current.__cause__ or current.__context__
    return None


def _one(exc: BaseException, data_dir: Path, engine_text: bool) -> EnvironmentProblem | None:
    where = str(data_dir)
    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, EnvironmentProblem):
        return exc
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "readonly" in text or "read-only" in text or "unable to open" in text or "access permission" in text:
            return LibraryReadOnly(where, detail)
        if "disk is full" in text or "database or disk is full" in text:
            return DiskFull(where, detail)
        if "not a database" in text or "malformed" in text or "disk i/o error" in text:
            return LibraryDamaged(where, detail)
        if "database is locked" in text:
            return LibraryLocked(where)
        return None
    if isinstance(exc, OSError) and exc.errno is not None:
        if exc.errno in _FULL_ERRNOS:
            return DiskFull(where, detail)
        if exc.errno in _DENIED_ERRNOS and _inside(exc.filename, data_dir):
            return _denied(exc.filename, data_dir, detail)
        return None
    if not engine_text:
        return None
    # tantivy reports I/O failures as ValueError with the Rust error's text
    text = str(exc)
    if "LockBusy" in text:  # another process holds tantivy's writer lock: an import is running there
        return LibraryLocked(where)
    if "StorageFull" in text or "No space left" in text or "os error 28" in text:
        return DiskFull(where, detail)
    if "PermissionDenied" in text or "Permission denied" in text or "os error 13" in text or "os error 30" in text:
        return IndexNotWritable(where, detail)
    return None


def _inside(filename: object, data_dir: Path) -> bool:
    if not filename:
        return True  # no name: the library's own files are the ones being written
    try:
        return Path(str(filename)).resolve().is_relative_to(data_dir.resolve())
    except (OSError, ValueError):
        return False


def _denied(filename: object, data_dir: Path, detail: str) -> EnvironmentProblem:
    name = str(filename or "")
    if "index-mots" in name:
        return IndexNotWritable(name, detail)
    return LibraryReadOnly(str(data_dir), detail)
