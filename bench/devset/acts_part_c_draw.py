"""The seeded draw of part C of the act truth (session 3 of issue 11), kept so that anyone can redo it.

Part C = corpus files judged by neither part A nor part B: one file drawn per (source, format) stratum, then two
more among the rest, seed 20261203, order shuffled (the order in which they were judged). Run from the repository
root *before* part C exists (it excludes only the files of parts A and B)::

    python bench/devset/acts_part_c_draw.py [--corpus /work/shared/corpus]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261203
CATALOGUE_FILES = ("MANIFEST.csv", "SOURCES.md")
CATALOGUE_FOLDERS = ("derived-scdl", "montpellier-opendata/metadata")


def judged_paths(parts: str = "AB") -> set[str]:
    paths: set[str] = set()
    for part in parts:
        with open(HERE / f"acts_truth.part-{part}.jsonl", encoding="utf-8") as lines:
            paths.update(unicodedata.normalize("NFC", json.loads(line)["path"]) for line in lines)
    return paths


def stratum(path: str) -> tuple[str, str]:
    """Source folder (the demos folder split by town), and file format."""
    parts = path.split("/")
    source = parts[0] if parts[0] != "benjaminpochat-demos" else "bp:" + parts[2]
    return source, path.rsplit(".", 1)[-1]


def draw(corpus: Path, seed: int = SEED, excluded_parts: str = "AB") -> list[str]:
    judged = judged_paths(excluded_parts)
    files = []
    for folder, _, names in os.walk(corpus):
        for name in names:
            rel = unicodedata.normalize("NFC", os.path.relpath(os.path.join(folder, name), corpus))
            if rel in CATALOGUE_FILES or rel.startswith(CATALOGUE_FOLDERS):
                continue  # catalogue files of the corpus, not documents of a collectivité
            if rel not in judged:
                files.append(rel)
    files.sort()
    rng = random.Random(seed)
    drawn = [rng.choice([f for f in files if stratum(f) == s]) for s in sorted({stratum(f) for f in files})]
    drawn += rng.sample([f for f in files if f not in drawn], 2)
    rng.shuffle(drawn)
    return drawn


def main(doc: str = __doc__ or "", seed: int = SEED, excluded_parts: str = "AB") -> None:
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(HERE.parent.parent.parent / "shared" / "corpus"))
    args = parser.parse_args()
    for rank, path in enumerate(draw(Path(args.corpus), seed, excluded_parts), 1):
        print(rank, path)


if __name__ == "__main__":
    main()
