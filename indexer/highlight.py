"""Snippets with the query's words marked, for result lists, and the words a PDF viewer should find."""

from __future__ import annotations

import html
from functools import cached_property

from indexer.analysis import word_spans
from indexer.keyword_base import is_shorter_stem
from indexer.textnorm import edit_distance

SNIPPET_WORDS = 40
MAX_CHARS = 20_000  # a 40-page act slice is searched for its best window, not analysed whole


class Matcher:
    """Exact stems, plus "~stem" entries matched within a small edit distance (typos in the query)."""

    def __init__(self, stems: set[str]) -> None:
        self.exact = {s for s in stems if not s.startswith("~")}
        self.fuzzy = [s[1:] for s in stems if s.startswith("~")]
        self._seen: dict[str, bool] = {}

    def __contains__(self, stem: str) -> bool:
        if stem in self.exact:
            return True
        if not self.fuzzy or len(stem) < 3:
            return False
        if stem not in self._seen:
            self._seen[stem] = any(edit_distance(stem, f, 2) <= (2 if len(f) >= 8 else 1) or is_shorter_stem(f, stem)
                                   for f in self.fuzzy)
        return self._seen[stem]


class Highlighter:
    """One pass of analysis over ``text``, then snippet, passage and matched words from it."""

    def __init__(self, text: str, stems: set[str]) -> None:
        self.text = text[:MAX_CHARS]
        self.matcher = Matcher(stems)

    @cached_property
    def spans(self) -> list[tuple[int, int, str]]:
        return word_spans(self.text)

    @cached_property
    def hits(self) -> list[int]:
        return [i for i, s in enumerate(self.spans) if s[2] in self.matcher]

    def window(self, words: int) -> tuple[int, int]:
        spans, hits = self.spans, self.hits
        if not spans:
            return 0, min(len(self.text), 300)
        if not hits:
            return 0, spans[min(len(spans), words) - 1][1]
        best_start, best_count = hits[0], 0
        for i in hits:  # the window starting a little before each hit that covers the most hits
            start = max(0, i - 5)
            count = sum(1 for j in hits if start <= j < start + words)
            if count > best_count:
                best_start, best_count = start, count
        end = min(len(spans), best_start + words) - 1
        return (0 if best_start == 0 else spans[best_start][0]), spans[end][1]

    def snippet_html(self, words: int = SNIPPET_WORDS) -> str:
        lo, hi = self.window(words)
        text = self.text
        out: list[str] = ["… " if lo > 0 else ""]
        cursor = lo
        for i in self.hits:
            start, end, _stem = self.spans[i]
            if lo <= start and end <= hi:
                out.append(html.escape(text[cursor:start], quote=False))
                out.append(f"<b>{html.escape(text[start:end], quote=False)}</b>")
                cursor = end
        out.append(html.escape(text[cursor:hi], quote=False))
        if hi < len(text):
            out.append(" …")
        return " ".join("".join(out).split())

    def plain_window(self, words: int = 80) -> str:
        lo, hi = self.window(words)
        return self.text[lo:hi]

    def matched_words(self, limit: int = 8) -> list[str]:
        """Surface forms as printed on the page (what a PDF viewer's search must look for)."""
        seen: dict[str, None] = {}
        for i in self.hits:
            start, end, _stem = self.spans[i]
            seen.setdefault(self.text[start:end], None)
            if len(seen) >= limit:
                break
        return list(seen)

