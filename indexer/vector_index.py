"""Exact cosine search over all chunk vectors, held in memory as one float32 matrix.

Brute force is the right tool at a commune's scale: 100,000 chunks x 512 dims is one
matrix-vector product (~20 ms on 2 cores) with no index to corrupt. The matrix is rebuilt from
the catalogue when its content generation or its model's own vector counter moves
(Catalog.vector_generation: the e5 stage storing heads does not make the USE matrix re-read).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from indexer.catalog import Catalog


@dataclass(frozen=True)
class VectorHit:
    chunk_id: int
    act_id: int
    page: int
    score: float


_blas_limit: Callable[..., Any] | None | bool = None


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """A matrix-vector product is memory-bound: a second BLAS thread only waits for a core on a busy laptop.
    Measured here (105k x 512 + 57k x 384, load 4.7): 1 thread p50 32 / p95 37 ms, 2 threads 44 / 56 ms.
    threadpoolctl comes with the USE package's [fast] extra; without it the product runs as numpy decides."""
    global _blas_limit
    if _blas_limit is None:
        try:
            from threadpoolctl import ThreadpoolController

            _blas_limit = ThreadpoolController().limit  # scans the loaded libraries once, not per query
        except Exception:  # noqa: BLE001 - absent or unreadable: no limit, same results
            _blas_limit = False
    if not _blas_limit:
        yield
        return
    with _blas_limit(limits=1, user_api="blas"):  # type: ignore[operator]
        yield


class VectorIndex:
    def __init__(self, catalog: Catalog, model_id: str, source: str = "chunks") -> None:
        """``source``: "chunks" (the USE passages) or "heads" (the short texts e5 reads)."""
        self._catalog = catalog
        self.model_id = model_id
        self._rows = catalog.head_vectors if source == "heads" else catalog.vectors
        self._lock = threading.Lock()
        self._generation: tuple[int, int] = (-1, -1)
        self._matrix = np.zeros((0, 1), dtype=np.float32)
        self._chunk_ids = np.zeros(0, dtype=np.int64)
        self._act_ids = np.zeros(0, dtype=np.int64)
        self._pages = np.zeros(0, dtype=np.int32)

    def _refresh(self) -> None:
        generation = self._catalog.vector_generation(self.model_id)
        if generation == self._generation:
            return
        chunk_ids, act_ids, pages, blobs = [], [], [], []
        for chunk_id, act_id, page, blob in self._rows(self.model_id):
            chunk_ids.append(chunk_id)
            act_ids.append(act_id)
            pages.append(page)
            blobs.append(blob)
        if blobs:
            matrix = np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(len(blobs), -1)
            self._matrix = matrix.astype(np.float32)
        else:
            self._matrix = np.zeros((0, 1), dtype=np.float32)
        self._chunk_ids = np.asarray(chunk_ids, dtype=np.int64)
        self._act_ids = np.asarray(act_ids, dtype=np.int64)
        self._pages = np.asarray(pages, dtype=np.int32)
        self._generation = generation

    def __len__(self) -> int:
        with self._lock:
            self._refresh()
            return len(self._chunk_ids)

    def search(self, vector: np.ndarray, limit: int = 300, allowed_acts: set[int] | None = None) -> list[VectorHit]:
        with self._lock:
            self._refresh()
            if not len(self._chunk_ids) or self._matrix.shape[1] != vector.shape[0]:
                return []
            with one_blas_thread():
                scores = self._matrix @ vector.astype(np.float32)
            if allowed_acts is not None:
                mask = np.isin(self._act_ids, np.fromiter(allowed_acts, dtype=np.int64, count=len(allowed_acts)))
                scores = np.where(mask, scores, -np.inf)
            k = min(limit, len(scores))
            top = np.argpartition(-scores, k - 1)[:k]
            top = top[np.argsort(-scores[top])]
            return [
                VectorHit(int(self._chunk_ids[i]), int(self._act_ids[i]), int(self._pages[i]), float(scores[i]))
                for i in top
                if np.isfinite(scores[i])
            ]

    def act_centroid(self, act_id: int) -> np.ndarray | None:
        with self._lock:
            self._refresh()
            rows = self._matrix[self._act_ids == act_id]
            if not len(rows):
                return None
            centroid = rows.mean(axis=0)
            norm = np.linalg.norm(centroid)
            return centroid / norm if norm else None
