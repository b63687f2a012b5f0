"""What the assistant, the drafting code and the app may ask of a library.

:class:`indexer.library.Library` is the real one; :class:`indexer.testing.MemoryLibrary` is the one
shared fake for tests. Both satisfy these protocols, and mypy checks every caller against them,
so a method the app needs cannot silently go missing from either.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path
from typing import Protocol

from indexer.models import ActRecord, FileRecord, ImportReport, PageText, SearchFilters, SearchHit, SemanticStatus
from indexer.progress import CancelToken, ProgressCallback
from indexer.spelling import SuggestedSearch, Suggestion
from indexer.structured import StructuredAnswer


class ActSource(Protocol):
    """Acts and their text: enough to draft a procès-verbal or a list."""

    def acts(self, filters: SearchFilters | None = None) -> list[ActRecord]: ...

    def act_pages(self, act_id: int) -> list[PageText]: ...


class LibraryReader(ActSource, Protocol):
    """Everything that only reads: search, acts, pages, files (the assistant's needs)."""

    def search(self, query: str, top: int = 10, mode: str = "hybrid", filters: SearchFilters | None = None,
               within: Collection[int] | None = None) -> list[SearchHit]: ...

    def similar_acts(self, act_id: int, top: int = 10) -> list[SearchHit]: ...

    def spelling_suggestion(self, query: str) -> Suggestion | None: ...

    def search_suggested(self, query: str, top: int = 10, mode: str = "hybrid",
                         filters: SearchFilters | None = None) -> SuggestedSearch: ...

    def structured_query(self, question: str) -> StructuredAnswer | None: ...

    def act(self, act_id: int) -> ActRecord | None: ...

    def acts_of_file(self, file_id: int) -> list[ActRecord]: ...

    def page_text(self, file_id: int, page: int) -> str: ...

    def files(self) -> list[FileRecord]: ...

    def find_file(self, path: str | os.PathLike[str]) -> FileRecord | None: ...

    def collectivites(self) -> list[str]: ...


class LibraryProtocol(LibraryReader, Protocol):
    """The whole library as the desktop app uses it (reads, imports, maintenance)."""

    data_dir: Path
    rebuilt_keyword_index: bool

    def import_folder_isolated(self, root: str | os.PathLike[str], progress: ProgressCallback | None = None,
                               cancel: CancelToken | None = None) -> ImportReport: ...

    def rebuild_keyword_index(self) -> None: ...

    def export_scdl(self, path: str | os.PathLike[str], filters: SearchFilters | None = None) -> int: ...

    def stats(self) -> dict: ...

    def reconciliation(self) -> list[dict]: ...

    def semantic_status(self) -> SemanticStatus: ...

    def close(self) -> None: ...
