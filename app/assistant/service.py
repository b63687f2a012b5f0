"""The assistant's own worker: one thread that alone touches the language model.

llama.cpp is not thread-safe (llama-cpp-python #471), so every job that may use the model runs on
this single-thread lane, apart from the index's reader and writer lanes: a long answer never
delays a search or an import. The model is loaded lazily, by the first job that needs it, and
reloaded when the model file chosen in the settings changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, overload

from PySide6.QtCore import QObject, Signal

from app.jobs import Job, JobRunner, ProgressFn
from app.session import LibrarySession
from app.settings import Settings
from assistant.llm import LLM, LLMUnavailable
from indexer.progress import CancelToken
from indexer.protocol import LibraryProtocol

# (model file from the settings or None, progress, cancel) -> the model
LLMFactory = Callable[[str | None, ProgressFn, CancelToken], LLM]


class GetLLM(Protocol):
    """Loads the model on first use; with ``optional=True``, None instead of an error when there is none."""

    @overload
    def __call__(self) -> LLM: ...

    @overload
    def __call__(self, optional: bool) -> LLM | None: ...


# (library, get_llm, on_token, cancel) -> result
AssistantFn = Callable[[LibraryProtocol, GetLLM, Callable[[str], None], CancelToken], Any]


class AssistantJob(Job):
    """A job of the model lane: adds streamed tokens and the model-loading state to :class:`Job`."""

    generated = Signal(str)  # a piece of text, as the model writes it (`token` is the CancelToken)
    evidence = Signal(object)  # list[Evidence]: the closest passages, before the model has chosen
    loading = Signal(bool)

    def __init__(self, fn: Callable[[ProgressFn, CancelToken], Any], name: str = "") -> None:
        super().__init__(fn, name)
        self.model_note: str | None = None  # why an optional model was not used; set before `result`


class AssistantService(QObject):
    busy_changed = Signal(bool)

    def __init__(
        self,
        session: LibrarySession,
        settings: Callable[[], Settings],
        parent: QObject | None = None,
        llm_factory: LLMFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.llm_factory: LLMFactory = llm_factory or self._load_real_model
        self.runner = JobRunner(self)  # only its single-thread "writer" lane is used: the model lane
        self._llm: LLM | None = None
        self._llm_key: str | None = None  # the settings' model file the loaded model came from
        self._running: set[AssistantJob] = set()  # submitted and not finished: the panel's "busy"
        self._closed = False

    def _load_real_model(self, setting: str | None, progress: ProgressFn, cancel: CancelToken) -> LLM:
        from assistant.runtime import load_llm  # llama.cpp is imported only when the assistant is used

        return load_llm(setting=setting, data_dir=self.session.data_dir, progress=progress, cancel=cancel)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    @property
    def model_loaded(self) -> bool:
        return self._llm is not None

    def threshold(self) -> float | None:
        """The clerk's own threshold, else the one calibrated for the chosen model file, else None
        (the calibrated default of the approach: ``assistant.qa.ask`` picks it)."""
        settings = self.settings()
        if settings.confidence_threshold is not None:
            return float(settings.confidence_threshold)
        if settings.llm_model_file:
            from assistant.model_check import CalibrationStore
            from assistant.models_store import models_dir

            stored = CalibrationStore(models_dir(self.session.data_dir)).for_file(settings.llm_model_file)
            if stored is not None:
                return stored.threshold
        return None

    def job(self, name: str, fn: AssistantFn) -> AssistantJob:
        """A model-lane job; connect its signals, then :meth:`start` it."""
        job: AssistantJob

        def work(progress: ProgressFn, cancel: CancelToken) -> Any:
            lib = self.session.require()

            def get_llm(optional: bool = False) -> Any:  # GetLLM's overloads say what callers get
                try:
                    return self._ensure_llm(job, progress, cancel)
                except LLMUnavailable as exc:
                    if not optional:
                        raise
                    job.model_note = str(exc)
                    return None

            return fn(lib, get_llm, job.generated.emit, cancel)

        job = AssistantJob(work, name)
        return job

    def start(self, job: AssistantJob) -> AssistantJob:
        was_busy = self.busy
        self._running.add(job)
        job.finished.connect(lambda: self._job_finished(job))
        self.runner.submit(job, JobRunner.WRITER)
        if not was_busy:
            self.busy_changed.emit(True)
        return job

    def _job_finished(self, job: AssistantJob) -> None:
        self._running.discard(job)
        if not self._running:
            self.busy_changed.emit(False)

    def cancel(self) -> None:
        self.runner.cancel_all()

    def _ensure_llm(self, job: AssistantJob, progress: ProgressFn, cancel: CancelToken) -> LLM:
        """Model lane only. Loads (or reloads after a settings change) the model."""
        key = self.settings().llm_model_file or None
        if self._llm is not None and self._llm_key == key:
            return self._llm
        self._release()
        job.loading.emit(True)
        try:
            self._llm = self.llm_factory(key, progress, cancel)
            self._llm_key = key
        finally:
            job.loading.emit(False)
        return self._llm

    def _release(self) -> None:
        llm, self._llm, self._llm_key = self._llm, None, None
        close = getattr(llm, "close", None)
        if close is not None:
            close()

    def active_thread_count(self) -> int:
        return self.runner.active_thread_count()

    def shutdown(self, timeout_ms: int = -1) -> bool:
        """Stops the running answer (the model checks the flag between tokens), waits, frees the model."""
        if self._closed:
            return True
        self._closed = True
        done = self.runner.shutdown(timeout_ms, cancel=True)
        if done:
            self._release()  # no job can be using it any more
        return done
