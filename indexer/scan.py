"""The scan stage: what to do with each file of the folder, given what the catalogue knows.

:func:`decide` is pure — (file on disk, its known state, its hash) to one :class:`Decision` — so
every case (unchanged, resume, moved, new, changed, retry) is tested without a disk.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from indexer.catalog import KnownFile
from indexer.errors import Reason
from indexer.extract import is_supported

# Failures that may go away by themselves (a tool installed since, a file locked by another program).
RETRYABLE_REASONS = frozenset({str(Reason.DOC_NEEDS_TOOL), str(Reason.READ_ERROR)})


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


def walk(root: Path) -> Iterator[DiskFile]:
    """Supported files under ``root``, in a stable order; hidden folders are skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if not is_supported(path):
                continue
            try:
                st = path.stat()
            except OSError:
                continue
            yield DiskFile(path.relative_to(root).as_posix(), path, st.st_size, st.st_mtime)
