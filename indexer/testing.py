"""The one in-memory library for fast tests: acts and page texts, nothing on disk, nothing indexed.

It satisfies :class:`indexer.protocol.LibraryProtocol` (mypy checks it), so a test that passes with
it exercises the same calls as the real :class:`indexer.library.Library`. Search is word overlap on
the shared stems: enough to route a question to the right act. Real-component tests use the real
library on ``sample_deliberations/``.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from indexer.analysis import content_stems
from indexer.models import (
    ActRecord,
    DocType,
    FileRecord,
    FileStatus,
    ImportReport,
    PageText,
    SearchFilters,
    SearchHit,
    SemanticStatus,
    Votes,
    find_file,
)
from indexer.progress import CancelToken, ProgressCallback
from indexer.scdl import write_scdl
from indexer.spelling import SuggestedSearch, Suggestion, Vocabulary, search_with_suggestion
from indexer.structured import StructuredAnswer
from indexer.textnorm import fold, place_key


@dataclass
class FakeAct:
    """One act of a test library, written the short way: a path and its pages' texts."""

    path: str
    pages: list[str]
    act_number: str | None = None
    objet: str | None = None
    date: str | None = None
    collectivite: str | None = "Commune-Test"
    votes: Votes = field(default_factory=Votes)
    doc_type: DocType = DocType.DELIBERATION
    matter_code: str | None = None


def matches(act: ActRecord, f: SearchFilters | None) -> bool:
    """The catalogue's filter semantics, in Python."""
    if f is None:
        return True
    if f.collectivite and place_key(act.collectivite or "") != place_key(f.collectivite):
        return False
    if f.date_from and (act.date is None or act.date < f.date_from):
        return False
    if f.date_to and (act.date is None or act.date > f.date_to):
        return False
    if f.doc_type and act.doc_type != f.doc_type:
        return False
    code = act.matter_code or ""
    return not f.matter_code or code == f.matter_code or code.startswith(f.matter_code + ".")


class MemoryLibrary:
    def __init__(self, acts: Iterable[tuple[ActRecord, list[PageText]]] = (), data_dir: Path | None = None) -> None:
        self.data_dir = data_dir or Path("/bibliotheque-en-memoire")
        self.rebuilt_keyword_index = False
        self._acts: dict[int, ActRecord] = {}
        self._pages: dict[int, list[PageText]] = {}
        self._files: dict[int, FileRecord] = {}
        self.searches: list[str] = []
        self.closed = False
        for act, pages in acts:
            self.add(act, pages)

    @classmethod
    def from_fakes(cls, fakes: Iterable[FakeAct], root: str = "/bibliotheque") -> MemoryLibrary:
        """One file and one act per :class:`FakeAct`, numbered from 1 in order."""
        lib = cls()
        for i, fake in enumerate(fakes, start=1):
            act = ActRecord(i, i, fake.path, root, fake.doc_type, 1, len(fake.pages), fake.act_number, fake.objet,
                            fake.date, fake.collectivite, fake.matter_code, votes=fake.votes)
            lib.add(act, [PageText(n, text) for n, text in enumerate(fake.pages, start=1)])
        return lib

    def add(self, act: ActRecord, pages: list[PageText]) -> None:
        self._acts[act.act_id] = act
        self._pages[act.act_id] = list(pages)
        known = self._files.get(act.file_id)
        self._files[act.file_id] = FileRecord(
            act.file_id, act.path, act.root, f"{act.file_id:064x}", 1000,
            max(act.page_end, known.pages if known else 0), 0, FileStatus.OK,
            doc_type=act.doc_type, acts=(known.acts if known else 0) + 1)

    # ------------------------------------------------------------------ reading
    def search(self, query: str, top: int = 10, mode: str = "hybrid", filters: SearchFilters | None = None,
               within: Collection[int] | None = None) -> list[SearchHit]:
        self.searches.append(query)
        wanted = set(content_stems(query))
        scored: list[tuple[float, ActRecord, PageText]] = []
        for act in self._acts.values():
            if (within is not None and act.act_id not in within) or not matches(act, filters):
                continue
            for page in self._pages[act.act_id]:
                overlap = len(wanted & set(content_stems(f"{page.text} {act.objet or ''}")))
                if overlap:
                    scored.append((overlap / max(1, len(wanted)), act, page))
        scored.sort(key=lambda s: (-s[0], s[1].act_id, s[2].number))
        hits: list[SearchHit] = []
        for score, act, page in scored:
            if any(h.act.act_id == act.act_id for h in hits):
                continue
            rank = len(hits) + 1
            hits.append(SearchHit(act, page.number, score, page.text[:200], passage=page.text, keyword_rank=rank,
                                  vector_rank=rank, terms=sorted(wanted)))
        return hits[:top]

    def spelling_suggestion(self, query: str) -> Suggestion | None:
        """The real suggestion code over the fake's pages (no vocabulary file)."""
        return Vocabulary.from_texts(p.text for pages in self._pages.values() for p in pages).suggest(query)

    def search_suggested(self, query: str, top: int = 10, mode: str = "hybrid",
                         filters: SearchFilters | None = None) -> SuggestedSearch:
        return search_with_suggestion(self, query, top, mode, filters)

    def similar_acts(self, act_id: int, top: int = 10) -> list[SearchHit]:
        query = " ".join(p.text for p in self._pages.get(act_id, []))
        return [h for h in self.search(query, top=top + 1) if h.act.act_id != act_id][:top]

    def structured_query(self, question: str) -> StructuredAnswer | None:
        if not fold(question).startswith("combien"):
            return None
        acts = self.acts()
        return StructuredAnswer("count", len(acts), acts, f"{len(acts)} délibérations dans la bibliothèque.")

    def act(self, act_id: int) -> ActRecord | None:
        return self._acts.get(act_id)

    def acts(self, filters: SearchFilters | None = None) -> list[ActRecord]:
        return [a for a in self._acts.values() if matches(a, filters)]

    def acts_of_file(self, file_id: int) -> list[ActRecord]:
        return [a for a in self._acts.values() if a.file_id == file_id]

    def act_pages(self, act_id: int) -> list[PageText]:
        return list(self._pages.get(act_id, []))

    def page_text(self, file_id: int, page: int) -> str:
        for act in self.acts_of_file(file_id):
            for p in self._pages[act.act_id]:
                if p.number == page:
                    return p.text
        return ""

    def files(self) -> list[FileRecord]:
        return list(self._files.values())

    def find_file(self, path: str | os.PathLike[str]) -> FileRecord | None:
        return find_file(self.files(), path)

    def collectivites(self) -> list[str]:
        return sorted({a.collectivite for a in self._acts.values() if a.collectivite})

    # ------------------------------------------------------------------ maintenance
    def import_folder_isolated(self, root: str | os.PathLike[str], progress: ProgressCallback | None = None,
                               cancel: CancelToken | None = None) -> ImportReport:
        raise NotImplementedError("une bibliothèque en mémoire n'importe pas de dossier")

    def rebuild_keyword_index(self) -> None:
        self.rebuilt_keyword_index = True  # nothing is indexed: there is nothing to rebuild

    def export_scdl(self, path: str | os.PathLike[str], filters: SearchFilters | None = None) -> int:
        return write_scdl(self.acts(filters), Path(path))

    def semantic_status(self) -> SemanticStatus:
        """No vectors in memory: word overlap stands in for both encoders."""
        return SemanticStatus("memoire", 0, 0, False, 0, 0)

    def stats(self) -> dict:
        return {"files": len(self._files), "acts": len(self._acts)}

    def reconciliation(self) -> list[dict]:
        """No list read in memory: nothing to reconcile."""
        return []

    def close(self) -> None:
        self.closed = True
