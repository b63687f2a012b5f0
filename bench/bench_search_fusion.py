"""How the rankings are fused, measured: each engine alone and each fusion design, on both halves of
bench/devset/search_queries.json, with the fusion settings chosen on the TUNING half only.

    .venv/bin/python bench/bench_search_fusion.py --data-dir D            # D: the corpus, with its vectors
    .venv/bin/python bench/bench_search_fusion.py --data-dir D --json > fusion.json

Each query's rankings (keyword, USE over passages, e5 over heads) are computed once, then fused offline
by ``indexer.search.fuse`` — the very function the search runs — for every configuration; so a sweep
costs one pass of the engines. Metrics as in bench_search_quality.py (R@10, nDCG@10, PH@10 per kind).
The sweep's winner is picked on the tuning half (R@10, then nDCG@10); the held-out half is printed for
each configuration but never used to choose.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import REPO, machine, percentile  # noqa: E402
from bench.bench_search_quality import SPLITS, K, aggregate, judge  # noqa: E402

E5_POOL = 400  # e5 acts kept per query: deep enough that a rerank of the first 50 finds each candidate


def _rankings(lib, queries: list[dict]) -> tuple[dict[str, dict], dict[str, list[float]]]:
    """Per query id: the three rankings and whether the query types an act number; and each engine's
    time per query (ms), the query encoders included."""
    from indexer.analysis import identifier_phrases

    searcher = lib.searcher
    out: dict[str, dict] = {}
    times: dict[str, list[float]] = {"keyword": [], "use": [], "e5": []}
    for q in queries:
        text = q["query"].strip()
        t0 = time.perf_counter()
        keyword, _terms = searcher.keyword_ranking(text, None)
        t1 = time.perf_counter()
        vector = searcher.vector_ranking(text, None)
        t2 = time.perf_counter()
        sharp = searcher.e5_ranking(text, None, depth=E5_POOL)
        t3 = time.perf_counter()
        times["keyword"].append((t1 - t0) * 1000)
        times["use"].append((t2 - t1) * 1000)
        times["e5"].append((t3 - t2) * 1000)
        out[q["id"]] = {"keyword": keyword, "vector": vector, "sharp": sharp,
                        "identifier": bool(identifier_phrases(text))}
    return out, times


def _score(lib, queries: list[dict], ranks: dict[str, dict], mode: str, fusion, use_vector: bool = True,
           use_e5: bool = True) -> dict[str, dict[str, dict[str, float]]]:
    """{split: {kind or TOUT: metrics}} of one configuration."""
    from indexer.search import fuse, rerank_candidates

    rows: dict[str, dict[str, list]] = {s: {} for s in (*SPLITS, "all")}
    for q in queries:
        r = ranks[q["id"]]
        keyword = r["keyword"] if mode != "vector" else []
        vector = r["vector"] if use_vector else []
        sharp = r["sharp"] if use_e5 else []
        if mode == "keyword":
            vector, sharp = [], []
        if fusion.e5_rerank and sharp and mode == "hybrid":
            allowed = set(rerank_candidates(keyword, vector, r["identifier"], fusion))
            sharp = [s for s in sharp if s.act_id in allowed]
        else:
            sharp = sharp[: fusion.e5_depth]
        if mode == "vector" and not vector:  # e5 alone: its own ranking
            fused = [(s.act_id, s.score) for s in sharp]
            best = {s.act_id: s for s in sharp}
        else:
            fused, best = fuse(keyword, vector, sharp, mode, r["identifier"], fusion)
        acts = lib.catalog.acts_by_ids(a for a, _ in fused[:K])
        hits = [SimpleNamespace(act=acts[a], page=best[a].page) for a, _ in fused[:K] if a in acts]
        metrics = judge(hits, q["relevant"])
        for scope in (q.get("split", "tuning"), "all"):
            rows[scope].setdefault(q.get("kind", "?"), []).append(metrics)
            rows[scope].setdefault("TOUT", []).append(metrics)
    return {scope: {kind: aggregate(v) for kind, v in kinds.items()} for scope, kinds in rows.items() if kinds}


def _line(name: str, figures: dict) -> str:
    cells = []
    for scope in SPLITS:
        t = figures[scope]["TOUT"]
        para = figures[scope].get("paraphrase", {}).get("recall", float("nan"))
        cells.append(f"{t['recall']:.3f} {t['ndcg']:.3f} {t['page_hit']:.3f} para {para:.3f}")
    return f"{name:44s} | " + " | ".join(cells)


def main() -> None:
    from indexer import Library
    from indexer.e5 import E5Embedder, e5_available
    from indexer.search import DEFAULT_FUSION

    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--devset", default=str(REPO / "bench/devset/search_queries.json"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    queries = json.loads(Path(args.devset).read_text(encoding="utf-8"))
    # e5 is measured whenever its engine loads, whatever REGISTRE_E5 says: this script decides whether it pays
    import os
    os.environ["REGISTRE_E5"] = "1"
    lib = Library(args.data_dir, create=False, e5=E5Embedder() if e5_available() else None)
    status = lib.semantic_status()
    ranks, times = _rankings(lib, queries)

    configs: list[tuple[str, str, object, bool, bool]] = [
        ("mots seuls", "keyword", DEFAULT_FUSION, False, False),
        ("USE seul", "vector", DEFAULT_FUSION, True, False),
        ("e5 seul (intitulés)", "vector", replace(DEFAULT_FUSION, e5_depth=E5_POOL), False, True),
        ("mots + USE (réglage actuel)", "hybrid", DEFAULT_FUSION, True, False),
        ("mots + e5 (réglage actuel)", "hybrid", DEFAULT_FUSION, False, True),
        ("mots + USE + e5 (réglage actuel)", "hybrid", DEFAULT_FUSION, True, True),
    ]
    # the sweep: tuning half only decides
    sweep = []
    for vw, ew, depth, rerank, k in itertools.product((0.3, 0.5, 0.7, 1.0), (0.0, 0.3, 0.5, 0.7, 1.0, 1.5),
                                                     (30, 60), (0, 50), (5, 20, 60)):
        if ew == 0.0 and (depth != 30 or rerank):
            continue
        fusion = replace(DEFAULT_FUSION, vector_weight=vw, e5_weight=ew, e5_depth=depth, e5_rerank=rerank,
                         rrf_k=k)
        figures = _score(lib, queries, ranks, "hybrid", fusion)
        sweep.append((fusion, figures))
    best_fusion, _best_figures = max(
        sweep, key=lambda fs: (fs[1]["tuning"]["TOUT"]["recall"], fs[1]["tuning"]["TOUT"]["ndcg"]))
    best_no_e5 = max((fs for fs in sweep if fs[0].e5_weight == 0.0),
                     key=lambda fs: (fs[1]["tuning"]["TOUT"]["recall"], fs[1]["tuning"]["TOUT"]["ndcg"]))[0]
    configs += [
        ("mots + USE (meilleur réglage tuning)", "hybrid", best_no_e5, True, False),
        ("mots + USE + e5 (meilleur réglage tuning)", "hybrid", best_fusion, True, True),
    ]
    results = {name: _score(lib, queries, ranks, mode, fusion, use_vector, use_e5)
               for name, mode, fusion, use_vector, use_e5 in configs}
    latency = {engine: {"p50": round(percentile(v, 50), 1), "p95": round(percentile(v, 95), 1)}
               for engine, v in times.items()}
    lib.close()
    if args.json:
        json.dump({"machine": machine(), "semantic": status.to_json(), "latency_ms": latency,
                   "best_fusion": asdict(best_fusion), "best_fusion_without_e5": asdict(best_no_e5),
                   "configs": results,
                   "sweep": [{"fusion": asdict(f), "tuning": fig["tuning"]["TOUT"], "heldout": fig["heldout"]["TOUT"]}
                             for f, fig in sweep]}, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    print(f"Machine : {machine()} ; {status.passages_embedded}/{status.passages} passages USE, "
          f"{status.heads_embedded}/{status.heads} intitulés e5")
    print("Temps par requête (ms, p50/p95) : " + ", ".join(f"{e} {v['p50']}/{v['p95']}" for e, v in latency.items()))
    print(f"Réglage choisi sur tuning : {best_fusion}")
    print(f"Sans e5 : {best_no_e5}")
    print(f"{'configuration':44s} | {'tuning R@10 nDCG PH@10':>34s} | {'heldout R@10 nDCG PH@10':>34s}")
    for name, figures in results.items():
        print(_line(name, figures))
    for name, figures in results.items():
        print(f"\n== {name} : heldout par type (R@10 / nDCG@10 / PH@10) ==")
        for kind, m in sorted(figures["heldout"].items()):
            print(f"  {kind:20s} {m['n']:3d}  {m['recall']:.3f} / {m['ndcg']:.3f} / {m['page_hit']:.3f}")


if __name__ == "__main__":
    main()
