"""An in-memory stand-in for the library: acts and their page texts, nothing indexed.

Used by the tests and wherever a draft is made from acts already in hand (the app's selection)
rather than from a search of the whole library.
"""

from __future__ import annotations

from collections.abc import Iterable

from indexer.models import ActRecord, PageText, SearchFilters


class MemoryLibrary:
    def __init__(self, acts: Iterable[tuple[ActRecord, list[PageText]]] = ()) -> None:
        self._acts: dict[int, ActRecord] = {}
        self._pages: dict[int, list[PageText]] = {}
        for act, pages in acts:
            self.add(act, pages)

    def add(self, act: ActRecord, pages: list[PageText]) -> None:
        self._acts[act.act_id] = act
        self._pages[act.act_id] = list(pages)

    def acts(self, filters: SearchFilters | None = None) -> list[ActRecord]:
        return [a for a in self._acts.values() if filters is None or _matches(a, filters)]

    def act_pages(self, act_id: int) -> list[PageText]:
        return list(self._pages[act_id])

    def act(self, act_id: int) -> ActRecord:
        return self._acts[act_id]

    def close(self) -> None:
        pass


def _matches(act: ActRecord, f: SearchFilters) -> bool:
    if f.collectivite and (act.collectivite or "").casefold() != f.collectivite.casefold():
        return False
    if f.date_from and (act.date is None or act.date < f.date_from):
        return False
    if f.date_to and (act.date is None or act.date > f.date_to):
        return False
    if f.doc_type and act.doc_type != f.doc_type:
        return False
    code = act.matter_code or ""
    return not f.matter_code or code == f.matter_code or code.startswith(f.matter_code + ".")
