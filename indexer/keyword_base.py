"""What every keyword engine takes and returns (tantivy by default, whoosh as an option)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Protocol

from indexer.models import SearchFilters


@dataclass(frozen=True)
class KeywordDoc:
    act_id: int
    file_id: int
    page: int
    objet: str
    body: str
    collectivite: str | None
    date: str | None
    matter_code: str | None
    doc_type: str | None


@dataclass(frozen=True)
class KeywordHit:
    act_id: int
    page: int
    score: float
    # the page holds every rare name the query types (« Auvis », « CCIAG »): the words decide, and the
    # fusion keeps such a page above what meaning alone brings (indexer.search.Fusion.anchor_weight).
    # Only the tantivy engine sets it (whoosh, optional, leaves it False: plain fusion).
    anchored: bool = False
    # the stems of the document that matched (the page, or the item or list row of it), where the engine
    # read them anyway: what pseudo-relevance feedback reads (indexer.search.Searcher.feedback)
    stems: AbstractSet[str] = frozenset()


# A typo near a word's end changes what the stemmer cuts off: « dératisassion » stems to "deratisass", three
# edits from "deratis" (« dératisation »), beyond the edit distance that widens an absent word. Its shorter
# forms are tried too, down to this many letters and at most TYPO_TAIL letters shorter.
TYPO_PREFIX_MIN = 5
TYPO_TAIL = 3


def shorter_stems(stem: str) -> list[str]:
    """The forms of an absent ``stem`` with its last letters cut, longest first."""
    shortest = max(TYPO_PREFIX_MIN, len(stem) - TYPO_TAIL)
    return [stem[:n] for n in range(len(stem) - 1, shortest - 1, -1)]


def is_shorter_stem(stem: str, word: str) -> bool:
    """``word`` is one of :func:`shorter_stems` of ``stem``."""
    return len(word) < len(stem) and stem.startswith(word) and len(word) >= max(TYPO_PREFIX_MIN,
                                                                                len(stem) - TYPO_TAIL)


class KeywordBackend(Protocol):
    """What the library needs from a keyword engine (whoosh or tantivy)."""

    def replace_files(self, file_ids: Iterable[int], docs: Iterable[KeywordDoc]) -> None: ...

    def search(self, text: str, filters: SearchFilters | None = None, limit: int = 300,
               act_ids: set[int] | None = None,
               feedback: Mapping[str, float] | None = None) -> tuple[list[KeywordHit], set[str]]:
        """Page-level hits best first, and the stems to highlight ("~stem": matched approximately).
        ``act_ids`` restricts the search to these acts (filters the engine cannot express).
        ``feedback``: stems added to the query with these (low) weights, never required and never
        highlighted (pseudo-relevance feedback, indexer.search.feedback_terms); such a search follows the
        same query's first search in the same thread, and may read that search's snapshot of the index."""
        ...

    def doc_freqs(self, stems: Iterable[str]) -> tuple[int, dict[str, int]]:
        """The number of documents and, for each stem, how many documents' text hold it."""
        ...

    def objet_act_ids(self, text: str, filters: SearchFilters | None = None) -> set[int]: ...

    def optimize(self) -> None: ...

    def doc_count(self) -> int: ...

    def documents(self) -> list[tuple[int, int]]:
        """(act id, page) of every document, sorted (consistency checks and tests)."""
        ...

    def segment_count(self) -> int: ...

    def close(self) -> None: ...
