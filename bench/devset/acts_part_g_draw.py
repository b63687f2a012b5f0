"""The seeded draw of part G of the act truth (session 8 of issue 11), kept so that anyone can redo it.

Part G = corpus files judged by none of parts A to F, with the same exclusions as part F: the other format of a
judged document (Flaux .doc/.txt, Corte PV .pdf/.txt) and files of more than 45 pages are left out before drawing.
One file drawn per (source, format) stratum (7 strata are left), then FOUR more among the rest, seed 20261207,
order shuffled (the order in which they are judged): 11 files, the 10-12 asked for. One addition to part F's rule,
fixed before drawing: a file whose other format is already drawn is not drawn again (part E's draw held such a pair,
which made it one document short). Part G is drawn to be judged and measured, never tuned on. Rule fixed before
drawing. Run from the repository root *before* part G exists::

    python bench/devset/acts_part_g_draw.py [--corpus /work/shared/corpus]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from acts_part_c_draw import stratum, twin_key  # noqa: E402
from acts_part_f_draw import eligible, main  # noqa: E402

SEED = 20261207
EXTRA = 4


def draw(corpus: Path, judged: str = "ABCDEF", seed: int = SEED) -> list[str]:
    """The files drawn among those no part of ``judged`` holds (part H reuses it with its own seed)."""
    files = eligible(corpus, judged)  # part F's exclusions, 45 pages at most
    rng = random.Random(seed)
    drawn: list[str] = []
    for s in sorted({stratum(f) for f in files}):
        pool = [f for f in files if stratum(f) == s and twin_key(f) not in {twin_key(d) for d in drawn}]
        if pool:
            drawn.append(rng.choice(pool))
    rest = [f for f in files if f not in drawn]
    rng.shuffle(rest)
    for path in rest:
        if len(drawn) >= len({stratum(f) for f in files}) + EXTRA:
            break
        if twin_key(path) not in {twin_key(d) for d in drawn}:
            drawn.append(path)
    rng.shuffle(drawn)
    return drawn


if __name__ == "__main__":
    main(__doc__ or "", draw)
