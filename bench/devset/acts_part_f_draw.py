"""The seeded draw of part F of the act truth (session 7 of issue 11), kept so that anyone can redo it.

Part F = corpus files judged by none of parts A, B, C, D and E (the other format of a judged document — Flaux
.doc/.txt, Corte PV .pdf/.txt — left out too, as for part E): one file drawn per (source, format) stratum, then
EIGHT more among the rest (parts C-E drew two: with A-E judged only 7 strata are left, and part F was asked to hold
14-16 files), seed 20261206, order shuffled (the order in which they were judged). Files of more than 45 pages
(Montpellier's full minutes of 50-255 pages, RPQS annexes of 100+ pages) are left out before drawing: part E already
holds one full Montpellier minutes, and one such file takes a session to judge. Rule fixed before drawing.
Run from the repository root *before* part F exists::

    python bench/devset/acts_part_f_draw.py [--corpus /work/shared/corpus]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from acts_part_c_draw import CATALOGUE_FILES, CATALOGUE_FOLDERS, HERE, judged_paths, stratum, twin_key  # noqa: E402

SEED = 20261206
EXTRA = 8
MAX_PAGES = 45


def pages(path: Path) -> int:
    if path.suffix.lower() != ".pdf":
        return 1
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def eligible(corpus: Path, judged_parts: str) -> list[str]:
    """The corpus files a new part may draw from, sorted (NFC paths): judged by none of ``judged_parts``, not the
    other format of a judged document, not a catalogue file, at most MAX_PAGES pages. Part G's draw reuses it."""
    judged = judged_paths(judged_parts)
    twins = {twin_key(path) for path in judged}
    files = []
    for folder, _, names in os.walk(corpus):
        for name in names:
            rel = unicodedata.normalize("NFC", os.path.relpath(os.path.join(folder, name), corpus))
            if rel in CATALOGUE_FILES or rel.startswith(CATALOGUE_FOLDERS):
                continue
            if rel in judged or twin_key(rel) in twins:
                continue
            if pages(Path(folder) / name) > MAX_PAGES:
                continue
            files.append(rel)
    return sorted(files)


def draw(corpus: Path) -> list[str]:
    files = eligible(corpus, "ABCDE")
    rng = random.Random(SEED)
    drawn = [rng.choice([f for f in files if stratum(f) == s]) for s in sorted({stratum(f) for f in files})]
    drawn += rng.sample([f for f in files if f not in drawn], EXTRA)
    rng.shuffle(drawn)
    return drawn


def main(doc: str, draw_from: Callable[[Path], list[str]]) -> None:
    """The command line of the draws from part F on: ``--corpus``, then the drawn files, one a line with its
    rank (the order in which they are judged)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(HERE.parent.parent.parent / "shared" / "corpus"))
    args = parser.parse_args()
    for rank, path in enumerate(draw_from(Path(args.corpus)), 1):
        print(rank, path)


if __name__ == "__main__":
    main(__doc__ or "", draw)
