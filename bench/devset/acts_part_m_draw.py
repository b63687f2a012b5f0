"""The seeded draw of part M of the act truth (session 14 of issue 11), kept so that anyone can redo it.

Part M = part G's draw (its exclusions and its rule, ``acts_part_g_draw.py``) over the corpus files judged by none
of parts A to L, seed 20261208: one file for each stratum left, then 4 more, in the order in which they are judged.
Part M is drawn to be judged and measured, never tuned on. Rule fixed before drawing. Run from the repository root
*before* part M exists::

    python bench/devset/acts_part_m_draw.py [--corpus /work/shared/corpus]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from acts_part_f_draw import main  # noqa: E402
from acts_part_g_draw import draw as draw_part_g  # noqa: E402

SEED = 20261208


def draw(corpus: Path) -> list[str]:
    return draw_part_g(corpus, "ABCDEFGHIJKL", SEED)


if __name__ == "__main__":
    main(__doc__ or "", draw)
