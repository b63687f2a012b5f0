"""The seeded draw of part D of the act truth (session 4 of issue 11), kept so that anyone can redo it.

Part D = corpus files judged by none of parts A, B and C: one file drawn per (source, format) stratum, then two
more among the rest, seed 20261204, order shuffled (the order in which they were judged). Run from the repository
root *before* part D exists (it excludes only the files of parts A, B and C)::

    python bench/devset/acts_part_d_draw.py [--corpus /work/shared/corpus]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from acts_part_c_draw import main  # noqa: E402  (the same stratified draw; only the seed and the parts differ)

SEED = 20261204

if __name__ == "__main__":
    main(__doc__ or "", SEED, "ABC")
