"""What a library holds, in terms that do not depend on row ids: two imports of the same files, one
clean and one interrupted by ``kill -9`` and resumed, must give equal snapshots (issue 15).

Used by tests/test_robustness.py and bench/bench_kill_reimport.py.
"""

from __future__ import annotations

from typing import Any

from indexer.library import Library


def snapshot(lib: Library, only: set[str] | None = None) -> dict[str, Any]:
    """Acts (file, pages, objet, date), keyword documents (each named by its file, the act's rank in
    the file and the page; plus the count of those pointing to no act), pages of acts, and the totals
    of passages, vectors and keyword documents. ``only``: restrict to these file paths (totals left out)."""
    acts = {a.act_id: a for a in lib.acts()}
    rank: dict[int, tuple[str, int]] = {}  # act id -> (its file, its rank in the file)
    per_file: dict[str, int] = {}
    for a in sorted(acts.values(), key=lambda a: (a.path, a.page_start, a.act_id)):
        rank[a.act_id] = (a.path, per_file.get(a.path, 0))
        per_file[a.path] = per_file.get(a.path, 0) + 1
    docs = lib.keyword.documents()

    def keep(path: str) -> bool:
        return only is None or path in only

    stats = lib.stats()
    return {
        "acts": sorted((a.path, a.page_start, a.page_end, a.objet or "", a.date or "")
                       for a in acts.values() if keep(a.path)),
        "keyword": sorted((rank[a][0], rank[a][1], page) for a, page in docs if a in rank and keep(rank[a][0])),
        "orphan_keyword_documents": sum(1 for a, _p in docs if a not in acts),
        "act_pages": sum(len(lib.catalog.act_slices(a.act_id)) for a in acts.values() if keep(a.path)),
        "chunks": stats["chunks"] if only is None else None,
        "vectors": stats["chunks_embedded"] if only is None else None,
        "keyword_documents": stats["keyword_documents"] if only is None else None,
    }
