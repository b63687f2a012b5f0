"""Passages for the vector index: short overlapping word windows inside one page of one act.

Windows stay short (~90 words) because the default encoder was trained on sentences; each is
prefixed with the act's objet so that a passage deep in an act still says what the act is about.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

WINDOW_WORDS = 90
OVERLAP_WORDS = 20


@dataclass(frozen=True)
class Chunk:
    page: int
    text: str

    @property
    def text_hash(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


def chunk_act(objet: str | None, page_slices: list[tuple[int, str]]) -> list[Chunk]:
    prefix = f"{objet.strip()} — " if objet else ""
    chunks: list[Chunk] = []
    step = WINDOW_WORDS - OVERLAP_WORDS
    for page, text in page_slices:
        words = text.split()
        if not words:
            continue
        for start in range(0, max(1, len(words) - OVERLAP_WORDS), step):
            window = " ".join(words[start : start + WINDOW_WORDS])
            if len(window) >= 20:
                chunks.append(Chunk(page, prefix + window))
    return chunks
