"""The one background-job pattern of the app.

A job wraps a plain callable ``fn(progress, cancel)`` from the Qt-free core (it receives an
:class:`indexer.progress.Progress` callback and a :class:`CancelToken`). It runs on a
:class:`QThreadPool` thread and reports through signals that Qt queues to the UI thread:
``started``, ``progress`` (throttled), then exactly one of ``result`` / ``error`` / ``cancelled``,
then ``finished``. :class:`Cancelled` is a normal outcome, never an error.

:class:`JobRunner` owns two single-thread pools: ``writer`` (index writes: whoosh allows one
writer, so imports are serialised) and ``reader`` (searches, so they never block the UI while an
import runs). :meth:`JobRunner.shutdown` cancels everything and waits, so no thread outlives the
window.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from indexer.progress import Cancelled, CancelToken, Progress

log = logging.getLogger(__name__)

ProgressFn = Callable[[Progress], None]
JobFn = Callable[[ProgressFn, CancelToken], Any]

PROGRESS_INTERVAL_S = 0.1  # ~10 updates per second: more only floods the UI thread


@dataclass(frozen=True)
class JobFailure:
    exception: BaseException
    detail: str  # formatted traceback, for the "Détails" part of an error dialog


class Job(QObject):
    started = Signal()
    progress = Signal(object)  # Progress
    result = Signal(object)
    error = Signal(object)  # JobFailure
    cancelled = Signal()
    finished = Signal()

    def __init__(self, fn: JobFn, name: str = "", interval_s: float = PROGRESS_INTERVAL_S) -> None:
        super().__init__()
        self.name = name
        self.token = CancelToken()
        self.outcome: str | None = None  # "result" | "error" | "cancelled", set in the worker
        self._fn = fn
        self._interval = interval_s
        self._last_emit = 0.0
        self._last_stage: str | None = None
        self._pending: Progress | None = None
        self._lock = threading.Lock()

    def cancel(self) -> None:
        self.token.cancel()

    def _report(self, progress: Progress) -> None:
        """Progress callback, called on the worker thread; drops updates beyond ~10/s."""
        now = time.monotonic()
        with self._lock:
            urgent = progress.stage != self._last_stage or (progress.total and progress.done >= progress.total)
            if not urgent and now - self._last_emit < self._interval:
                self._pending = progress
                return
            self._last_emit, self._last_stage, self._pending = now, progress.stage, None
        self.progress.emit(progress)

    def _flush(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, None
        if pending is not None:
            self.progress.emit(pending)

    def run(self) -> None:
        """Runs on the pool thread."""
        self.started.emit()
        try:
            self.token.raise_if_cancelled()
            value = self._fn(self._report, self.token)
        except Cancelled:
            self.outcome = "cancelled"
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - every failure must reach the UI, never kill the thread
            log.exception("Échec de la tâche « %s »", self.name)
            self.outcome = "error"
            self.error.emit(JobFailure(exc, "".join(traceback.format_exception(exc))))
        else:
            self._flush()
            self.outcome = "result"
            self.result.emit(value)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps ownership; JobRunner drops it on `finished`
        self.job = job

    def run(self) -> None:
        self.job.run()


class JobRunner(QObject):
    """Submits jobs to the writer or reader lane and guarantees a clean shutdown."""

    WRITER = "writer"
    READER = "reader"

    busy_changed = Signal(bool)  # whether the writer lane has work

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools = {self.WRITER: QThreadPool(self), self.READER: QThreadPool(self)}
        for pool in self._pools.values():
            pool.setMaxThreadCount(1)
        self._active: dict[Job, tuple[str, _Runnable]] = {}
        self._closed = False

    def submit(self, job: Job, lane: str = WRITER) -> Job:
        """Starts ``job``; connect its signals first (a worker may emit before this returns).

        After :meth:`shutdown` the job is dropped as cancelled, without a thread or a signal:
        a click or a queued event can still reach a slot while the window closes, and starting
        work then would outlive the window.
        """
        if self._closed:
            log.debug("Tâche « %s » ignorée : l'application se ferme", job.name)
            job.token.cancel()
            job.outcome = "cancelled"
            return job
        runnable = _Runnable(job)
        self._active[job] = (lane, runnable)
        job.finished.connect(lambda j=job: self._on_finished(j))
        was_busy = self.writer_busy
        self._pools[lane].start(runnable)
        if lane == self.WRITER and not was_busy:
            self.busy_changed.emit(True)
        return job

    def _on_finished(self, job: Job) -> None:
        lane, _ = self._active.pop(job, (None, None))
        if lane == self.WRITER and not self.writer_busy:
            self.busy_changed.emit(False)

    @property
    def writer_busy(self) -> bool:
        return any(lane == self.WRITER for lane, _ in self._active.values())

    def active_jobs(self, lane: str | None = None) -> list[Job]:
        return [job for job, (jl, _) in self._active.items() if lane is None or jl == lane]

    def cancel_all(self, lane: str | None = None) -> None:
        for job in self.active_jobs(lane):
            job.cancel()

    def wait(self, lane: str, timeout_ms: int = -1) -> bool:
        return self._pools[lane].waitForDone(timeout_ms)

    def active_thread_count(self) -> int:
        return sum(pool.activeThreadCount() for pool in self._pools.values())

    def shutdown(self, timeout_ms: int = -1, cancel: bool = True) -> bool:
        """Cancels every job (unless told not to) and waits for the pool threads.

        Returns True when all stopped in time.
        """
        if cancel:
            self.cancel_all()
        self._closed = True
        done = True
        for pool in self._pools.values():
            done = pool.waitForDone(timeout_ms) and done
        return done
