"""Registre's indexing core: ingestion, metadata extraction, indexes and search.

This package never imports Qt: the desktop app and the assistant are thin layers over it.
"""

from indexer.models import (
    ActRecord,
    FileRecord,
    ImportFailure,
    ImportReport,
    PageText,
    SearchFilters,
    SearchHit,
    Votes,
)
from indexer.progress import Cancelled, CancelToken, Progress

__all__ = [
    "ActRecord",
    "CancelToken",
    "Cancelled",
    "FileRecord",
    "ImportFailure",
    "ImportReport",
    "Library",
    "PageText",
    "Progress",
    "SearchFilters",
    "SearchHit",
    "Votes",
]


def __getattr__(name: str):  # Library pulls tantivy and numpy: import it only when asked for
    if name == "Library":
        from indexer.library import Library

        return Library
    raise AttributeError(name)
