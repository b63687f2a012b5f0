"""The seeded draw of part E of the act truth (session 5 of issue 11), kept so that anyone can redo it.

Part E = corpus files judged by none of parts A, B, C and D: one file drawn per (source, format) stratum, then two
more among the rest, seed 20261205, order shuffled (the order in which they were judged). Unlike C and D, the
other format of an already judged document (Flaux .doc/.txt, Corte PV .pdf/.txt) is left out before drawing: the
first draw without that rule gave the .doc twin of a held-out part B file, which could not be read to judge.
Run from the repository root *before* part E exists (it excludes only the files of parts A, B, C and D)::

    python bench/devset/acts_part_e_draw.py [--corpus /work/shared/corpus]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from acts_part_c_draw import main  # noqa: E402  (the same stratified draw; only the seed and the parts differ)

SEED = 20261205

if __name__ == "__main__":
    main(__doc__ or "", SEED, "ABCD", exclude_twins=True)
