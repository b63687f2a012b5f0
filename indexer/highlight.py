"""Snippets with the query's words marked, for result lists, and the words a PDF viewer should find."""

from __future__ import annotations

import html

from indexer.analysis import word_spans
from indexer.collectivites import edit_distance

SNIPPET_WORDS = 40


class Matcher:
    """Exact stems, plus "~stem" entries matched within a small edit distance (typos in the query)."""

    def __init__(self, stems: set[str]) -> None:
        self.exact = {s for s in stems if not s.startswith("~")}
        self.fuzzy = [s[1:] for s in stems if s.startswith("~")]

    def __contains__(self, stem: str) -> bool:
        if stem in self.exact:
            return True
        return any(edit_distance(stem, f, 2 if len(f) >= 8 else 1) <= (2 if len(f) >= 8 else 1)
                   for f in self.fuzzy if len(stem) >= 3)


def best_window(text: str, stems: set[str], words: int = SNIPPET_WORDS) -> tuple[int, int]:
    stems = Matcher(stems)  # type: ignore[assignment]
    spans = word_spans(text)
    if not spans:
        return 0, min(len(text), 300)
    hits = [i for i, s in enumerate(spans) if s[2] in stems]
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


def snippet_html(text: str, stems: set[str], words: int = SNIPPET_WORDS) -> str:
    lo, hi = best_window(text, stems, words)
    stems = Matcher(stems)  # type: ignore[assignment]
    out: list[str] = ["… " if lo > 0 else ""]
    cursor = lo
    for start, end, stem in word_spans(text[lo:hi]):
        if stem in stems:
            out.append(html.escape(text[cursor : lo + start], quote=False))
            out.append(f"<b>{html.escape(text[lo + start : lo + end], quote=False)}</b>")
            cursor = lo + end
    out.append(html.escape(text[cursor:hi], quote=False))
    if hi < len(text):
        out.append(" …")
    return " ".join("".join(out).split())


def plain_window(text: str, stems: set[str], words: int = 80) -> str:
    lo, hi = best_window(text, stems, words)
    return text[lo:hi]


def matched_words(text: str, stems: set[str], limit: int = 8) -> list[str]:
    """Surface forms of the matched words as printed on the page (what a PDF search must look for)."""
    seen: dict[str, None] = {}
    stems = Matcher(stems)  # type: ignore[assignment]
    for start, end, stem in word_spans(text):
        if stem in stems:
            seen.setdefault(text[start:end], None)
            if len(seen) >= limit:
                break
    return list(seen)
