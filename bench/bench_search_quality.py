"""Search quality on the judged dev set (bench/devset/search_queries.json) over ../shared/corpus:
recall@10 and nDCG@10 per mode, overall and per kind of query.

    .venv/bin/python bench/bench_search_quality.py --data-dir D   # D: the corpus imported with `registre import`

A hit answers a judged entry when it is the same file and the act's pages contain one of the
judged pages. Each judged entry counts once.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import REPO, machine  # noqa: E402

K = 10


def _nfc(path: str) -> str:
    return unicodedata.normalize("NFC", path)


def judge(hits, relevant: list[dict]) -> tuple[float, float, list[int]]:
    found_at: dict[int, int] = {}
    for rank, hit in enumerate(hits[:K]):
        pages = set(hit.act.pages)
        for i, entry in enumerate(relevant):
            if i not in found_at and _nfc(hit.act.path) == _nfc(entry["path"]) and (not entry.get("pages") or
                                                                        pages & set(entry["pages"])):
                found_at[i] = rank
                break
    recall = len(found_at) / len(relevant)
    dcg = sum(1 / math.log2(r + 2) for r in found_at.values())
    ideal = sum(1 / math.log2(r + 2) for r in range(min(K, len(relevant))))
    return recall, dcg / ideal, sorted(found_at.values())


def main() -> None:
    from indexer import Library

    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--devset", default=str(REPO / "bench/devset/search_queries.json"))
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    queries = json.loads(Path(args.devset).read_text(encoding="utf-8"))
    print(f"Machine : {machine()} — {len(queries)} requêtes jugées")
    lib = Library(args.data_dir)
    totals: dict[str, dict[str, list[float]]] = {}
    for mode in ("keyword", "vector", "hybrid"):
        per_kind: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for q in queries:
            hits = lib.search(q["query"], top=K, mode=mode)
            recall, ndcg, _ranks = judge(hits, q["relevant"])
            per_kind[q.get("kind", "?")].append((recall, ndcg))
            per_kind["TOUT"].append((recall, ndcg))
            if args.show_misses and mode == "hybrid" and recall < 1:
                expected = [(r["path"], r.get("pages")) for r in q["relevant"]]
                print(f"  manqué [{q.get('kind')}] {q['query']!r} → attendu {expected}")
                print(f"      obtenu {[(h.act.path, h.page) for h in hits[:5]]}")
        totals[mode] = {kind: [sum(x[0] for x in v) / len(v), sum(x[1] for x in v) / len(v), len(v)]
                        for kind, v in per_kind.items()}
    kinds = sorted(totals["hybrid"], key=lambda k: (k == "TOUT", k))
    print(f"{'type':12s} {'n':>3s} | " + " | ".join(f"{m:>8s} R@10  nDCG" for m in totals))
    for kind in kinds:
        n = int(totals["hybrid"][kind][2])
        row = " | ".join(f"{totals[m][kind][0]:13.3f} {totals[m][kind][1]:5.3f}" for m in totals)
        print(f"{kind:12s} {n:3d} | {row}")
    lib.close()


if __name__ == "__main__":
    main()
