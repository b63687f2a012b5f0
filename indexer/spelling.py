"""« Vouliez-vous dire : déneigement ? » — spelling suggestions from the library's own words.

A clerk types "deneigemnt" or "dictionaires"; the keyword engine widens an absent word to close
spellings, but the clerk never learns that the query was mistyped, and a word that happens to exist
once in an OCR'd page ("radard") is not widened at all. The suggestion comes from the words of the
imported documents themselves (no dictionary to ship, and the commune's own place names are in
it): for each query word the library does not know — neither the word nor its stem —, or knows only
from one or two pages while a close spelling is common, the most frequent word within a small edit
distance is proposed.

The vocabulary (folded word → count and the way it is most often printed) is derived data: it is
built from the catalogue's page texts on first use (or at the end of an import) and saved beside the
catalogue, keyed by what the files are (Catalog.content_key): vectors written later do not make it stale.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from indexer.models import SearchFilters, SearchHit
from indexer.textnorm import STOP_WORDS, edit_distance, fold, stem

if TYPE_CHECKING:
    from indexer.protocol import LibraryReader

VOCABULARY_VERSION = 2
MIN_COUNT = 2  # a word seen once is as likely an OCR misreading as a word
MIN_SUGGESTED = 3  # what is proposed must be a word the library really uses
RARE = 2  # a known word this rare ...
COMMON_FACTOR = 20  # ... gives way to a close spelling this many times more frequent
_LETTERS = re.compile(r"^[^\W\d_]+$")
_WORD_3 = re.compile(r"(?<![\w])[^\W\d_]{3,}(?![\w])")  # words of letters only, 3 letters or more


def max_distance(word: str) -> int:
    """Edits allowed between a typed word and a suggestion: one for short words, two from eight letters."""
    return 2 if len(word) >= 8 else 1


def _grams(word: str) -> set[str]:
    padded = f"^{word}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


@dataclass(frozen=True)
class Suggestion:
    """The corrected query and the words changed, as printed in the documents."""

    query: str
    changes: tuple[tuple[str, str], ...]  # (typed, proposed)

    def to_json(self) -> dict:
        return {"query": self.query, "changes": [list(c) for c in self.changes]}


class Vocabulary:
    """Folded words of the library with their counts; close spellings found through shared trigrams."""

    def __init__(self, counts: dict[str, int], printed: dict[str, str]) -> None:
        self.counts = {w: c for w, c in counts.items() if c >= MIN_COUNT}
        self.printed = {w: printed.get(w, w) for w in self.counts}
        self.stems = {stem(w) for w in self.counts}
        self._by_gram: dict[str, list[str]] = {}
        for word, count in self.counts.items():
            if count >= MIN_SUGGESTED and len(word) >= 3:
                for gram in _grams(word):
                    self._by_gram.setdefault(gram, []).append(word)

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Vocabulary:
        # lower-cased forms are counted first and folded once each: folding every occurrence (unicodedata)
        # made this 80 s on the corpus under load
        printed_counts: Counter[str] = Counter()
        for text in texts:
            printed_counts.update(_WORD_3.findall(text.lower()))
        counts: Counter[str] = Counter()
        forms: dict[str, Counter[str]] = {}
        for lower, n in printed_counts.items():
            folded = fold(lower)
            if folded in STOP_WORDS:
                continue
            counts[folded] += n
            if lower != folded:  # an accented form: remember how it is printed
                forms.setdefault(folded, Counter())[lower] += n
        printed_forms = {w: c.most_common(1)[0][0] for w, c in forms.items()}
        return cls(dict(counts), printed_forms)

    # ------------------------------------------------------------------ persistence
    def to_json(self, generation: str) -> dict:
        return {"version": VOCABULARY_VERSION, "generation": generation,
                "counts": self.counts, "printed": {w: p for w, p in self.printed.items() if p != w}}

    @classmethod
    def load(cls, path: Path, generation: str) -> Vocabulary | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("version") != VOCABULARY_VERSION or data.get("generation") != generation:
            return None
        return cls(data["counts"], data.get("printed", {}))

    def save(self, path: Path, generation: str) -> None:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.to_json(generation), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)

    # ------------------------------------------------------------------ suggestions
    def knows(self, word: str) -> bool:
        folded = fold(word)
        return folded in self.counts or stem(folded) in self.stems

    def closest(self, word: str) -> str | None:
        """The most frequent library word within :func:`max_distance` of ``word`` (folded), or None."""
        folded = fold(word)
        limit = max_distance(folded)
        shared: Counter[str] = Counter()
        for gram in _grams(folded):
            shared.update(self._by_gram.get(gram, ()))
        best: tuple[int, int, str] | None = None
        for candidate, _n in shared.most_common(60):
            if candidate == folded or abs(len(candidate) - len(folded)) > limit:
                continue
            distance = edit_distance(folded, candidate, limit)
            if distance > limit:
                continue
            key = (-distance, self.counts[candidate], candidate)
            if best is None or key > best:
                best = key
        return best[2] if best else None

    def correct_word(self, word: str) -> str | None:
        folded = fold(word)
        if len(folded) < 4 or folded in STOP_WORDS or not _LETTERS.match(folded):
            return None
        count = self.counts.get(folded, 0)
        if count == 0 and stem(folded) in self.stems:
            return None  # another form of a known word ("lampadaire" for "lampadaires")
        if count > RARE:
            return None
        candidate = self.closest(folded)
        if candidate is None or stem(candidate) == stem(folded):
            return None
        if count and self.counts[candidate] < COMMON_FACTOR * count:
            return None  # a rare word, but no much commoner neighbour: it is probably meant
        return self.printed.get(candidate, candidate)

    def suggest(self, query: str, keep: Iterable[str] = ()) -> Suggestion | None:
        """The query with its unknown words replaced, or None when every word is known.
        ``keep``: folded words not to touch (thesaurus entries, which the search translates)."""
        kept = {fold(k) for k in keep}
        changes: list[tuple[str, str]] = []
        out = query
        for match in reversed(list(re.finditer(r"[^\W\d_]+", query))):
            typed = match.group()
            if fold(typed) in kept:
                continue
            proposed = self.correct_word(typed)
            if proposed is None:
                continue
            if typed[:1].isupper():
                proposed = proposed[:1].upper() + proposed[1:]
            changes.append((typed, proposed))
            out = out[: match.start()] + proposed + out[match.end():]
        if not changes:
            return None
        return Suggestion(out, tuple(reversed(changes)))


FEW = 3  # fewer acts than this found by their words: the query "finds little"


@dataclass
class SuggestedSearch:
    """A search and its spelling suggestion; ``applied``: the hits are those of the suggestion."""

    hits: list[SearchHit]
    suggestion: Suggestion | None
    applied: bool

    def to_json(self, query: str) -> dict:
        return {"query": query, "suggestion": self.suggestion.to_json() if self.suggestion else None,
                "applied": self.applied, "hits": [h.to_json() for h in self.hits]}


def search_with_suggestion(lib: LibraryReader, query: str, top: int = 10, mode: str = "hybrid",
                           filters: SearchFilters | None = None) -> SuggestedSearch:
    """Search ``query``; when the library proposes another spelling and the query's own words find
    fewer than :data:`FEW` acts, the suggestion's results are shown instead (and said so)."""
    hits = lib.search(query, top=top, mode=mode, filters=filters)
    suggestion = lib.spelling_suggestion(query)
    if suggestion is None:
        return SuggestedSearch(hits, None, False)
    by_words = sum(1 for h in hits if h.keyword_rank is not None) if mode != "vector" else len(hits)
    if by_words >= FEW:
        return SuggestedSearch(hits, suggestion, False)
    corrected = lib.search(suggestion.query, top=top, mode=mode, filters=filters)
    better = sum(1 for h in corrected if h.keyword_rank is not None) if mode != "vector" else len(corrected)
    if better and better >= by_words:
        return SuggestedSearch(corrected, suggestion, True)
    return SuggestedSearch(hits, suggestion, False)
