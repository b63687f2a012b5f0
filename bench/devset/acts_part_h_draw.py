"""The seeded draw of part H of the act truth (session 9 of issue 11), kept so that anyone can redo it.

Part H = corpus files judged by none of parts A to G, with the same exclusions as part F: the other format of a
judged document (Flaux .doc/.txt, Corte PV .pdf/.txt) and files of more than 45 pages are left out before drawing.
Drawn by part G's code (one file per (source, format) stratum, then four more among the rest), seed 20261203,
order shuffled (the order in which they are judged): 11 files, the 10-12 asked for. One addition to part F's rule,
fixed before drawing: a file whose other format is already drawn is not drawn again (part E's draw held such a pair,
which made it one document short). Part H is drawn to be judged and measured, never tuned on. Rule fixed before
drawing. Run from the repository root *before* part H exists::

    python bench/devset/acts_part_h_draw.py [--corpus /work/shared/corpus]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from acts_part_c_draw import HERE  # noqa: E402
from acts_part_g_draw import draw as draw_part_g  # noqa: E402

SEED = 20261203


def draw(corpus: Path) -> list[str]:
    return draw_part_g(corpus, "ABCDEFG", SEED)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", default=str(HERE.parent.parent.parent / "shared" / "corpus"))
    args = parser.parse_args()
    for rank, path in enumerate(draw(Path(args.corpus)), 1):
        print(rank, path)
