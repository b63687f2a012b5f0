"""An in-memory library with the indexer's API, for fast assistant tests (no index, no PDF).

Search is plain word overlap: enough to route a question to the right act in a test.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from assistant import text as tx
from indexer.models import ActRecord, FileRecord, PageText, SearchHit, Votes


@dataclass
class FakeAct:
    path: str
    pages: list[str]
    act_number: str | None = None
    objet: str | None = None
    date: str | None = None
    collectivite: str | None = "Commune-Test"
    votes: Votes = field(default_factory=Votes)


@dataclass
class FakeStructuredAnswer:
    kind: str
    count: int
    acts: list[ActRecord]
    description: str


class FakeLibrary:
    def __init__(self, acts: list[FakeAct], root: str = "/bibliotheque") -> None:
        self._acts: list[ActRecord] = []
        self._files: list[FileRecord] = []
        self._pages: dict[tuple[int, int], str] = {}
        for i, fake in enumerate(acts, start=1):
            self._files.append(
                FileRecord(
                    i,
                    fake.path,
                    root,
                    f"{i:064x}",
                    1000,
                    len(fake.pages),
                    0,
                    "ok",
                    doc_type="deliberation",
                    acts=1,
                )
            )
            self._acts.append(
                ActRecord(
                    i,
                    i,
                    fake.path,
                    root,
                    "deliberation",
                    1,
                    len(fake.pages),
                    fake.act_number,
                    fake.objet,
                    fake.date,
                    fake.collectivite,
                    votes=fake.votes,
                )
            )
            for n, text in enumerate(fake.pages, start=1):
                self._pages[(i, n)] = text
        self.searches: list[str] = []
        self.closed = False

    def search(
        self,
        query: str,
        top: int = 10,
        mode: str = "hybrid",
        filters: object = None,
        within: Collection[int] | None = None,
    ) -> list[SearchHit]:
        self.searches.append(query)
        wanted = tx.content_stems(query)
        scored: list[tuple[float, ActRecord, int]] = []
        for act in self._acts:
            if within is not None and act.act_id not in within:
                continue
            for page in act.pages:
                overlap = len(wanted & tx.content_stems(self._pages[(act.file_id, page)]))
                if overlap:
                    scored.append((overlap / max(1, len(wanted)), act, page))
        scored.sort(key=lambda s: (-s[0], s[1].act_id, s[2]))
        hits: list[SearchHit] = []
        seen: set[int] = set()
        for score, act, page in scored:
            if act.act_id in seen:
                continue
            seen.add(act.act_id)
            rank = len(hits) + 1
            text = self._pages[(act.file_id, page)]
            hits.append(SearchHit(act, page, score, text[:200], passage=text, keyword_rank=rank, vector_rank=rank))
        return hits[:top]

    def similar_acts(self, act_id: int, top: int = 10) -> list[SearchHit]:
        act = self.act(act_id)
        query = " ".join(self._pages[(act.file_id, p)] for p in act.pages)
        return [h for h in self.search(query, top=top + 1) if h.act.act_id != act_id][:top]

    def structured_query(self, question: str) -> FakeStructuredAnswer | None:
        if not tx.fold(question).startswith("combien"):
            return None
        return FakeStructuredAnswer(
            "count",
            len(self._acts),
            list(self._acts),
            f"{len(self._acts)} délibérations dans la bibliothèque.",
        )

    def act(self, act_id: int) -> ActRecord:
        return self._acts[act_id - 1]

    def act_pages(self, act_id: int) -> list[PageText]:
        act = self.act(act_id)
        return [PageText(p, self._pages[(act.file_id, p)]) for p in act.pages]

    def page_text(self, file_id: int, page: int) -> str:
        return self._pages[(file_id, page)]

    def acts(self, filters: object = None) -> list[ActRecord]:
        return list(self._acts)

    def files(self) -> list[FileRecord]:
        return list(self._files)

    def find_file(self, path: str) -> FileRecord | None:
        from indexer.library import find_file

        return find_file(self.files(), path)

    def acts_of_file(self, file_id: int) -> list[ActRecord]:
        return [a for a in self.acts() if a.file_id == file_id]

    def close(self) -> None:
        self.closed = True
