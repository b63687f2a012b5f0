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


def twin_key(path: str) -> tuple[str, str]:
    """Collectivité folder and file name without its extension: Flaux's .doc and its .txt conversion, Corte's PV .pdf
    and its #PERTITELLU OCR .txt are the same document under two formats."""
    name = path.rsplit("/", 1)[-1]
    return path.split("/", 1)[0], name.rsplit(".", 1)[0]


def draw(corpus: Path, seed: int = SEED, excluded_parts: str = "AB", exclude_twins: bool = False) -> list[str]:
    """``exclude_twins`` (part E on) also leaves out the other format of a judged document: part D drew two twins of
    part C files, and a twin of a held-out (part B) file cannot be read to judge a new part."""
    judged = judged_paths(excluded_parts)
    twins = {twin_key(path) for path in judged} if exclude_twins else set()
    files = []
    for folder, _, names in os.walk(corpus):
        for name in names:
            rel = unicodedata.normalize("NFC", os.path.relpath(os.path.join(folder, name), corpus))
            if rel in CATALOGUE_FILES or rel.startswith(CATALOGUE_FOLDERS):
                continue  # catalogue files of the corpus, not documents of a collectivité
            if rel not in judged and twin_key(rel) not in twins:
                files.append(rel)
    files.sort()
    rng = random.Random(seed)
    drawn = [rng.choice([f for f in files if stratum(f) == s]) for s in sorted({stratum(f) for f in files})]
    drawn += rng.sample([f for f in files if f not in drawn], 2)
    rng.shuffle(drawn)
    return drawn


def main(doc: str = __doc__ or "", seed: int = SEED, excluded_parts: str = "AB", exclude_twins: bool = False) -> None:
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(HERE.parent.parent.parent / "shared" / "corpus"))
    args = parser.parse_args()
    for rank, path in enumerate(draw(Path(args.corpus), seed, excluded_parts, exclude_twins), 1):
        print(rank, path)


if __name__ == "__main__":
    main()
