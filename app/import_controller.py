"""Imports a folder on the writer lane and reports progress, the summary and failures."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.jobs import Job, JobFailure
from app.session import LibrarySession
from indexer.models import ImportReport
from indexer.progress import CancelToken, Progress
from indexer.protocol import LibraryProtocol

# The indexer commits keyword batches while it reads: the window refreshes its listing at each
# new stage and at most every REFRESH_EVERY_S seconds, so search works before the import ends.
REFRESH_EVERY_S = 10.0


class ImportController(QObject):
    started = Signal(str)  # folder
    progress = Signal(object)  # Progress
    searchable = Signal()  # new documents may be in the keyword index (embeddings may still run)
    finished = Signal(str, object)  # folder, ImportReport (cancelled=True when cancelled)
    failed = Signal(str, object)  # folder, JobFailure
    idle = Signal()

    def __init__(self, session: LibrarySession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        self.folder: str | None = None
        self._last_stage = ""
        self._last_refresh = 0.0
        self.progress_seen = 0

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, folder: str) -> Job | None:
        if self.job is not None:
            return None

        def work(lib: LibraryProtocol, progress: Callable[[Progress], None], cancel: CancelToken) -> ImportReport:
            # in a child process: its CPU-bound work cannot freeze the window, nor its crashes end it
            report: ImportReport = lib.import_folder_isolated(folder, progress=progress, cancel=cancel)
            return report

        job = self.session.write(work, "import")
        job.started.connect(lambda: self.started.emit(folder))
        job.progress.connect(self._on_progress)
        job.result.connect(lambda report: self.finished.emit(folder, report))
        job.cancelled.connect(lambda: self.finished.emit(folder, ImportReport(cancelled=True)))
        job.error.connect(lambda failure: self._on_error(folder, failure))
        job.finished.connect(self._on_finished)
        self.job, self.folder = job, folder
        self._last_stage, self._last_refresh = "", time.monotonic()
        self.session.submit_write(job)
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _on_progress(self, progress: Progress) -> None:
        self.progress_seen += 1
        self.progress.emit(progress)
        now = time.monotonic()
        new_stage = progress.stage != self._last_stage and self._last_stage not in ("", "analyse")
        if new_stage or (progress.stage != "analyse" and now - self._last_refresh >= REFRESH_EVERY_S):
            self._last_refresh = now
            self.searchable.emit()
        self._last_stage = progress.stage

    def _on_error(self, folder: str, failure: JobFailure) -> None:
        self.failed.emit(folder, failure)

    def _on_finished(self) -> None:
        self.job, self.folder = None, None
        self.idle.emit()
