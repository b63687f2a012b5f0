"""The seeded draw of part H of the act truth (session 9 of issue 11), kept so that anyone can redo it.

Part H = part G's draw (its exclusions and its rule, ``acts_part_g_draw.py``) over the corpus files judged by none
of parts A to G, seed 20261203: 11 files, in the order in which they are judged. Part H is drawn to be judged and
measured, never tuned on. Rule fixed before drawing. Run from the repository root *before* part H exists::

    python bench/devset/acts_part_h_draw.py [--corpus /work/shared/corpus]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from acts_part_f_draw import main  # noqa: E402
from acts_part_g_draw import draw as draw_part_g  # noqa: E402

SEED = 20261203


def draw(corpus: Path) -> list[str]:
    return draw_part_g(corpus, "ABCDEFG", SEED)


if __name__ == "__main__":
    main(__doc__ or "", draw)
