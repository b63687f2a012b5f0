"""Passages for the vector index: short overlapping word windows inside one page of one act.

Windows stay short (~90 words) because the default encoder was trained on sentences; each is
prefixed with the act's objet so that a passage deep in an act still says what the act is about.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from indexer.headings import items

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


HEAD_CHARS = 300  # e5 reads ~11 passages of 400 characters a second on 2 cores: heads stay short


def _squash(text: str) -> str:
    return " ".join(text.split())


def act_heads(objet: str | None, page_slices: list[tuple[int, str]]) -> list[Chunk]:
    """Short texts that say what an act and each item inside its pages are about, for the e5 encoder:
    the act's objet and first lines, then each item heading of a page that holds several items
    (indexer.headings) with the item's first line. A 40-page procès-verbal gets one head per item
    instead of 400 passages, which is what makes e5 affordable on a clerk's laptop."""
    heads: list[Chunk] = []
    first = next(((page, text) for page, text in page_slices if text.strip()), None)
    if first is None:
        return heads
    lead = f"{objet.strip()} — " if objet else ""
    heads.append(Chunk(first[0], (lead + _squash(first[1]))[:HEAD_CHARS]))
    carried = ""
    for page, text in page_slices:
        parts = items(text, carried)
        if len(parts) > 1:
            for part in parts:
                if part.heading:
                    body = _squash(part.text)
                    heads.append(Chunk(page, body[:HEAD_CHARS]))
        if parts:
            carried = parts[-1].heading
    return heads
