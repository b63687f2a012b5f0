"""The seeded draw of part D of the act truth (session 4 of issue 11), kept so that anyone can redo it.

Part D = corpus files judged by none of parts A, B and C: one file drawn per (source, format) stratum, then two
more among the rest, seed 20261204, order shuffled (the order in which they were judged). Run from the repository
root *before* part D exists (it excludes only the files of parts A, B and C)::

    python bench/devset/acts_part_d_draw.py [--corpus /work/shared/corpus]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261204
CATALOGUE_FILES = ("MANIFEST.csv", "SOURCES.md")
CATALOGUE_FOLDERS = ("derived-scdl", "montpellier-opendata/metadata")


def judged_paths() -> set[str]:
    paths: set[str] = set()
    for part in "ABC":
        with open(HERE / f"acts_truth.part-{part}.jsonl", encoding="utf-8") as lines:
            paths.update(unicodedata.normalize("NFC", json.loads(line)["path"]) for line in lines)
    return paths


def stratum(path: str) -> tuple[str, str]:
    """Source folder (the demos folder split by town), and file format."""
    parts = path.split("/")
    source = parts[0] if parts[0] != "benjaminpochat-demos" else "bp:" + parts[2]
    return source, path.rsplit(".", 1)[-1]


def draw(corpus: Path) -> list[str]:
    judged = judged_paths()
    files = []
    for folder, _, names in os.walk(corpus):
        for name in names:
            rel = unicodedata.normalize("NFC", os.path.relpath(os.path.join(folder, name), corpus))
            if rel in CATALOGUE_FILES or rel.startswith(CATALOGUE_FOLDERS):
                continue  # catalogue files of the corpus, not documents of a collectivité
            if rel not in judged:
                files.append(rel)
    files.sort()
    rng = random.Random(SEED)
    drawn = [rng.choice([f for f in files if stratum(f) == s]) for s in sorted({stratum(f) for f in files})]
    drawn += rng.sample([f for f in files if f not in drawn], 2)
    rng.shuffle(drawn)
    return drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(HERE.parent.parent.parent / "shared" / "corpus"))
    args = parser.parse_args()
    for rank, path in enumerate(draw(Path(args.corpus)), 1):
        print(rank, path)


if __name__ == "__main__":
    main()
