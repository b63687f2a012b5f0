"""Runs searches on the reader lane; the newest query wins and stale answers are dropped."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from app.columns import act_as_hit, hit_columns
from app.jobs import Job, JobFailure
from app.session import LibrarySession
from app.table_model import Row, build_rows
from indexer.models import SearchFilters, SearchHit
from indexer.protocol import LibraryProtocol

TOP = 50


@dataclass
class SearchOutcome:
    query: str
    filters: SearchFilters
    hits: list[SearchHit] = field(default_factory=list)
    description: str | None = None  # set when a counting/listing question was answered from metadata
    count: int | None = None
    listing: bool = False  # no query: the acts matching the filters, not a ranked search
    seconds: float = 0.0
    started_at: float = 0.0  # time.perf_counter() when the request was made (display latency)
    rows: list[Row] | None = None  # table cells, computed on the worker thread
    suggestion: str | None = None  # « Vouliez-vous dire : … ? », from the library's own words
    corrected: bool = False  # the hits are those of ``suggestion`` (the typed query found little)


def sort_hits(hits: list[SearchHit], mode: str) -> list[SearchHit]:
    if mode == "date":
        dated = sorted((h for h in hits if h.act.date), key=lambda h: h.act.date or "", reverse=True)
        return dated + [h for h in hits if not h.act.date]
    return sorted(hits, key=lambda h: -h.score) if all(h.score for h in hits) else list(hits)


class SearchController(QObject):
    results_ready = Signal(object)  # SearchOutcome
    failed = Signal(object)  # JobFailure
    busy_changed = Signal(bool)

    def __init__(self, session: LibrarySession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.columns = hit_columns()
        self._generation = 0
        self._current: Job | None = None
        self.last: SearchOutcome | None = None
        self.query = ""
        self.filters = SearchFilters()
        self.sort = "relevance"

    def set_sort(self, mode: str) -> None:
        self.sort = mode
        if self.last is not None:
            self.last.hits = sort_hits(self.last.hits, mode)
            self.last.rows = None
            self.results_ready.emit(self.last)

    def search(self, query: str | None = None, filters: SearchFilters | None = None, as_typed: bool = False) -> None:
        """``as_typed``: no spelling correction (the clerk asked for the words as typed)."""
        if query is not None:
            self.query = query.strip()
        if filters is not None:
            self.filters = filters
        if self.session.library is None:
            return
        if self._current is not None:
            self._current.cancel()
        self._generation += 1
        generation, query_now, filters_now = self._generation, self.query, self.filters
        sort_now, columns = self.sort, self.columns
        requested = time.perf_counter()

        def run(lib: LibraryProtocol) -> SearchOutcome:
            started = time.perf_counter()
            outcome = SearchOutcome(query_now, filters_now, started_at=requested)
            if not query_now:
                outcome.listing = True
                outcome.hits = [act_as_hit(a) for a in lib.acts(filters_now)]
            else:
                answer = lib.structured_query(query_now) if filters_now.is_empty() else None
                if answer is not None:
                    outcome.description = answer.description
                    outcome.count = answer.count
                    outcome.hits = [act_as_hit(a) for a in answer.acts]
                else:
                    if as_typed:
                        outcome.hits = lib.search(query_now, top=TOP, filters=filters_now)
                    else:
                        found = lib.search_suggested(query_now, top=TOP, filters=filters_now)
                        outcome.hits = found.hits
                        outcome.suggestion = found.suggestion.query if found.suggestion else None
                        outcome.corrected = found.applied
            outcome.hits = sort_hits(outcome.hits, "date" if outcome.listing or sort_now == "date" else "relevance")
            outcome.rows = build_rows(columns, outcome.hits)
            outcome.seconds = time.perf_counter() - started
            return outcome

        job = self.session.read(run, "search")
        job.result.connect(lambda outcome, g=generation: self._done(g, outcome))
        job.error.connect(lambda failure, g=generation: self._failed(g, failure))
        job.finished.connect(lambda g=generation: self._finished(g))
        self._current = job
        self.busy_changed.emit(True)
        self.session.submit_read(job)

    def rerun(self) -> None:
        self.search()

    def _done(self, generation: int, outcome: SearchOutcome) -> None:
        if generation != self._generation:
            return
        self.last = outcome
        self.results_ready.emit(outcome)

    def _failed(self, generation: int, failure: JobFailure) -> None:
        if generation == self._generation:
            self.failed.emit(failure)

    def _finished(self, generation: int) -> None:
        if generation == self._generation:
            self._current = None
            self.busy_changed.emit(False)
