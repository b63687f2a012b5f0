"""The scan stage: what to do with each file of the folder, given what the catalogue knows.

:func:`decide` is pure — (file on disk, its known state, its hash) to one :class:`Decision` — so
every case (unchanged, resume, moved, new, changed, retry) is tested without a disk.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from indexer.catalog import KnownFile
from indexer.errors import Reason
from indexer.extract import is_supported

# Failures that may go away by themselves (a tool installed since, a file locked by another program).
# An unexpected error (a bug in a reader) is retried too: a corrected Registre reads the file by itself.
RETRYABLE_REASONS = frozenset({str(Reason.DOC_NEEDS_TOOL), str(Reason.READ_ERROR), str(Reason.UNEXPECTED)})


@dataclass(frozen=True)
class DiskFile:
    rel: str  # relative to the imported root, with forward slashes
    path: Path
    size: int
    mtime: float


class Action(StrEnum):
    UNCHANGED = "inchange"
    RESUME = "reprise"  # same content, an earlier import stopped before finishing it
    MOVED = "deplace"  # same content as a file gone from its old path
    NEW = "nouveau"
    CHANGED = "modifie"
    RETRY = "nouvel_essai"  # unreadable last time for a reason that may have gone


@dataclass(frozen=True)
class Decision:
    action: Action
    file_id: int | None = None  # the catalogue row it applies to
    to_read: bool = True  # goes through the read stage
    reanalyse: bool = False  # unchanged, but read by older rules: re-analyse from the stored text
    touch: bool = False  # same content, maybe another size or date on disk: record them


def needs_hash(f: DiskFile, known: KnownFile | None) -> bool:
    """False when size and date say the file is the one already indexed: hashing 2,000 PDFs is slow."""
    if known is None or retryable(known):
        return True
    return not (known.size == f.size and known.mtime == f.mtime and known.indexed)


def retryable(known: KnownFile) -> bool:
    return known.unreadable and known.reason_code in RETRYABLE_REASONS


def _outdated(known: KnownFile, analysis_version: int) -> bool:
    return known.analysis_version < analysis_version and not known.unreadable


def decide(f: DiskFile, known: KnownFile | None, sha: str | None, vanished_by_sha: Mapping[str, KnownFile],
           analysis_version: int) -> Decision:
    """What the import does with ``f``. ``sha`` is None when :func:`needs_hash` said no hash was needed."""
    if known is not None and retryable(known):
        return Decision(Action.RETRY, known.file_id)
    if known is not None and sha is None:
        return Decision(Action.UNCHANGED, known.file_id, to_read=False,
                        reanalyse=_outdated(known, analysis_version))
    if known is not None and known.sha256 == sha:
        if known.indexed:
            return Decision(Action.UNCHANGED, known.file_id, to_read=False,
                            reanalyse=_outdated(known, analysis_version), touch=True)
        return Decision(Action.RESUME, known.file_id, touch=True)
    if known is None and sha is not None and sha in vanished_by_sha:
        old = vanished_by_sha[sha]
        if old.indexed:
            return Decision(Action.MOVED, old.file_id, to_read=False, reanalyse=_outdated(old, analysis_version))
        return Decision(Action.MOVED, old.file_id)
    if known is None:
        return Decision(Action.NEW)
    return Decision(Action.CHANGED, known.file_id)


@dataclass(frozen=True)
class Skipped:
    """A file the scan saw and did not read, with the reason the clerk is told."""

    rel: str  # printable: bytes that are not UTF-8 shown as U+FFFD
    reason: Reason
    detail: str = ""
    failed: bool = True  # True: a file we wanted and could not read; False: left out on purpose


def printable(rel: str) -> str:
    """A path as the clerk can read it (names from another system hold undecodable bytes)."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def walk(root: Path, skipped: list[Skipped] | None = None) -> Iterator[DiskFile]:
    """Supported files under ``root``, in a stable order; hidden folders are skipped.

    The rule for links (documented in the README): a link whose target lies inside ``root`` is read
    through its real path; nothing outside ``root`` is ever read. Links to folders are not followed
    (their files inside ``root`` are found at their real place; outside ones are reported). Broken
    links, loops, names that are not UTF-8 and paths too long to open go to ``skipped``.
    """
    root = root.resolve()
    problems: list[Skipped] = skipped if skipped is not None else []

    def unlistable(exc: OSError) -> None:
        rel = _relative(Path(str(exc.filename or "")), root)
        too_long = exc.errno == errno.ENAMETOOLONG
        problems.append(Skipped(printable(rel) + "/", Reason.PATH_TOO_LONG if too_long else Reason.READ_ERROR,
                                exc.strerror or ""))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unlistable):
        here = Path(dirpath)
        kept = []
        for d in sorted(dirnames):
            if d.startswith("."):
                continue
            if os.path.islink(here / d):
                _check_folder_link(here / d, root, problems)
                continue
            kept.append(d)
        dirnames[:] = kept
        for name in sorted(filenames):
            path = here / name
            if not is_supported(path):
                continue
            found = _disk_file(path, root, problems)
            if found is not None:
                yield found


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _disk_file(path: Path, root: Path, problems: list[Skipped]) -> DiskFile | None:
    rel = path.relative_to(root).as_posix()
    if printable(rel) != rel:
        problems.append(Skipped(printable(rel), Reason.BAD_NAME))
        return None
    real = path
    if path.is_symlink():
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError) as exc:  # RuntimeError: a loop, on Python < 3.13
            problems.append(Skipped(rel, Reason.LINK_BROKEN, str(exc), failed=False))
            return None
        if not real.is_relative_to(root):
            problems.append(Skipped(rel, Reason.LINK_OUTSIDE, failed=False))
            return None
    try:
        st = real.stat()
    except OSError as exc:
        reason = Reason.PATH_TOO_LONG if exc.errno == errno.ENAMETOOLONG else Reason.READ_ERROR
        problems.append(Skipped(rel, reason, exc.strerror or ""))
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return DiskFile(rel, real, st.st_size, st.st_mtime)


def _check_folder_link(path: Path, root: Path, problems: list[Skipped]) -> None:
    rel = _relative(path, root)
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        problems.append(Skipped(printable(rel) + "/", Reason.LINK_BROKEN, str(exc), failed=False))
        return
    if not real.is_relative_to(root):
        problems.append(Skipped(printable(rel) + "/", Reason.LINK_OUTSIDE, failed=False))
