"""Qt-free progress reporting and cooperative cancellation.

Long operations take an optional ``progress`` callback and an optional
:class:`CancelToken`; the app adapts both to Qt signals once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Cancelled(Exception):
    """Raised at a cancellation point; callers treat it as a normal outcome, not an error."""


class ProgressStage(StrEnum):
    SCAN = "analyse"  # listing the folder, hashing what changed
    READ = "lecture"  # text layers, acts, passages
    OCR = "ocr"
    REANALYSE = "indexation"  # files read by older rules, analysed again from their stored text
    EMBED = "vectorisation"
    SHARPEN = "affinage"  # e5 vectors of the heads, after everything else (indexer.e5)
    DONE = "termine"
    MODEL = "modele"  # assembling the model file from its parts
    VERIFY = "verification"  # checking the model file's SHA-256


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    stage: ProgressStage
    current: str = ""
    eta_seconds: float | None = None
    pages: int = 0

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


ProgressCallback = Callable[[Progress], None]


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class ProgressReporter:
    """Computes an ETA per stage and never lets a missing callback cost anything."""

    def __init__(self, callback: ProgressCallback | None, cancel: CancelToken | None) -> None:
        self._callback = callback
        self._cancel = cancel
        self._stage: ProgressStage | None = None
        self._stage_started = time.monotonic()
        self.pages = 0

    def check(self) -> None:
        if self._cancel is not None:
            self._cancel.raise_if_cancelled()

    def report(self, done: int, total: int, stage: ProgressStage, current: str = "") -> None:
        self.check()
        if self._callback is None:
            return
        now = time.monotonic()
        if stage != self._stage:
            self._stage, self._stage_started = stage, now
        eta = None
        elapsed = now - self._stage_started
        if 0 < done < total and elapsed > 0.5:
            eta = elapsed / done * (total - done)
        self._callback(Progress(done, total, stage, current, eta, self.pages))
