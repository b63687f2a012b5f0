"""Owns the :class:`indexer.Library` for the window and every job that touches it.

Reads (search, listings, similar acts) go through the reader lane, writes (opening, import,
rebuild) through the single writer lane, so the UI thread never waits on the index.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.i18n import translate
from app.jobs import Job, JobFailure, JobRunner
from app.settings import Settings
from indexer.errors import DataDirUnwritable, IndexUnreadable, RegistreError
from indexer.progress import CancelToken, Progress
from indexer.protocol import LibraryProtocol

# (data_dir, rebuild_if_unreadable) -> Library
LibraryFactory = Callable[[Path, bool], LibraryProtocol]


def real_library_factory(settings: Settings) -> LibraryFactory:
    def factory(data_dir: Path, rebuild: bool) -> LibraryProtocol:
        from indexer import Library  # imported on the writer thread: the window shows before the indexes load

        folder = settings.embedding_model_dir
        # A missing model folder falls back to the bundled model; the window says so in French.
        embedder = folder if folder and Path(folder).is_dir() else None
        return Library(
            data_dir,
            embedder=embedder,
            ocr_enabled=settings.ocr_enabled,
            ocr_language=settings.ocr_language,
            rebuild_if_unreadable=rebuild,
        )

    return factory


class LibraryUnavailable(RegistreError):
    def __init__(self) -> None:
        super().__init__(translate("Session", "La bibliothèque n'est pas ouverte."))


def failure_text(failure: JobFailure) -> str:
    """A French sentence for any failure; the traceback stays in the details."""
    exc = failure.exception
    if isinstance(exc, IndexUnreadable):
        return translate(
            "Session",
            "L'index de recherche est illisible (endommagé, ou créé par une autre version de Registre). "
            "Il peut être reconstruit à partir du catalogue : aucun document n'est perdu.",
        )
    if isinstance(exc, DataDirUnwritable):
        return translate(
            "Session",
            "Le dossier de données n'est pas accessible en écriture. Choisissez un "
            "autre dossier dans les paramètres ou vérifiez ses droits.",
        )
    if isinstance(exc, RegistreError):
        return exc.user_message
    if isinstance(exc, PermissionError):
        return translate("Session", "Accès refusé à « %1 ».").replace("%1", str(exc.filename or ""))
    if isinstance(exc, FileNotFoundError):
        return translate("Session", "Fichier ou dossier introuvable : « %1 ».").replace("%1", str(exc.filename or ""))
    if isinstance(exc, OSError):
        return translate("Session", "Erreur d'accès au disque : %1").replace("%1", exc.strerror or str(exc))
    return translate(
        "Session", "Une erreur inattendue s'est produite. Les détails techniques peuvent aider à la corriger."
    )


class LibrarySession(QObject):
    opened = Signal(object)  # the Library
    open_failed = Signal(object)  # JobFailure

    def __init__(
        self,
        data_dir: Path,
        runner: JobRunner,
        factory: LibraryFactory,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.runner = runner
        self._factory = factory
        self.library: LibraryProtocol | None = None  # set on the writer thread, before any later writer job

    def open(self, rebuild: bool = False) -> Job:
        """Opens the library; an unreadable index fails with IndexUnreadable unless ``rebuild``."""

        def work(_progress: Callable[[Progress], None], _cancel: CancelToken) -> LibraryProtocol:
            from indexer.config import ensure_writable
            from indexer.journal import attach

            ensure_writable(self.data_dir)
            attach(self.data_dir)
            self.library = self._factory(self.data_dir, rebuild)
            return self.library

        job = Job(work, "open")
        job.result.connect(self.opened)
        job.error.connect(self.open_failed)
        return self.runner.submit(job, JobRunner.WRITER)

    def require(self) -> LibraryProtocol:
        if self.library is None:
            raise LibraryUnavailable()
        return self.library

    def read(self, fn: Callable[[LibraryProtocol], Any], name: str = "read") -> Job:
        """A reader-lane job calling ``fn(library)``; connect its signals then :meth:`submit`."""

        def work(_progress: Callable[[Progress], None], cancel: CancelToken) -> Any:
            cancel.raise_if_cancelled()
            return fn(self.require())

        return Job(work, name)

    def write(self, fn: Callable[[LibraryProtocol, Callable[[Progress], None], CancelToken], Any], name: str) -> Job:
        def work(progress: Callable[[Progress], None], cancel: CancelToken) -> Any:
            return fn(self.require(), progress, cancel)

        return Job(work, name)

    def submit_read(self, job: Job) -> Job:
        return self.runner.submit(job, JobRunner.READER)

    def submit_write(self, job: Job) -> Job:
        return self.runner.submit(job, JobRunner.WRITER)

    def rebuild_index(self) -> Job:
        return self.write(lambda lib, _p, _c: lib.rebuild_keyword_index(), "rebuild")

    def close(self, timeout_ms: int = -1) -> bool:
        """Cancels running work, closes the library on the writer thread, waits for every thread."""
        self.runner.cancel_all()
        self.runner.wait(JobRunner.READER, timeout_ms)  # no search may run while the index closes
        if self.library is not None:
            lib = self.library

            def work(_p: Callable[[Progress], None], _c: CancelToken) -> None:
                lib.close()

            self.runner.submit(Job(work, "close"), JobRunner.WRITER)
        self.library = None
        return self.runner.shutdown(timeout_ms, cancel=False)
