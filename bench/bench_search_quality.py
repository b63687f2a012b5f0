"""Search quality on the judged dev set (bench/devset/search_queries.json) over ../shared/corpus:
recall@10, nDCG@10 and page hit@10 per mode (keyword, vector, hybrid), per split (tuning, heldout)
and overall, per kind of query.

    .venv/bin/python bench/bench_search_quality.py --data-dir D   # D: the corpus imported with `registre import`
    .venv/bin/python bench/bench_search_quality.py --data-dir D --split heldout --json > heldout.json

Matching: a hit answers a judged entry (a relevant file with its judged pages) when it is the same
file and the act's pages contain one of the judged pages (the hit's best page is one of them). Each
judged entry counts once, at its best rank.

- R@10: share of a query's relevant entries answered in the top 10, averaged over queries.
- nDCG@10: binary gains at the ranks where entries are answered, ideal = all entries at the top.
- PH@10 (page hit@10): share of queries for which at least one of the top 10 hits answers a relevant
  entry, i.e. is on a relevant file AND either its best page is a judged page or the judged page lies
  within the hit act's pages. It tells whether the clerk finds *a* right page at all, where R@10 asks
  for every file of a series.
- FH@10 (file hit@10, JSON only and in --show-misses): at least one hit on a relevant file, whatever
  the page; FH@10 - PH@10 is the share of queries where only the wrong act of a right file came up.

Splits (field "split" of each query): "tuning" (the 68 queries earlier sessions tuned on, plus the
new ones the hash sends there, plus the second tuning batch S166-S207, field "batch": "s7", selected with
--batch s7; --batch first = the others) and "heldout" (never used for tuning: report it, do not tune on it).
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
MODES = ("keyword", "vector", "hybrid")
SPLITS = ("tuning", "heldout")


def _nfc(path: str) -> str:
    return unicodedata.normalize("NFC", path)


def _same_file(hit_path: str, judged: str) -> bool:
    """The library stores paths relative to the imported root: accept that root or a parent of it."""
    hit_path, judged = _nfc(hit_path), _nfc(judged)
    return hit_path == judged or hit_path.endswith("/" + judged)


def judge(hits, relevant: list[dict]) -> dict[str, float]:
    """Metrics of one ranked list against one query's judged entries (see module docstring)."""
    found_at: dict[int, int] = {}
    file_hit = False
    for rank, hit in enumerate(hits[:K]):
        pages = set(hit.act.pages) | {hit.page}
        for i, entry in enumerate(relevant):
            if not _same_file(hit.act.path, entry["path"]):
                continue
            file_hit = True
            judged = set(entry.get("pages") or [])
            if i not in found_at and (not judged or pages & judged):
                found_at[i] = rank
                break
    recall = len(found_at) / len(relevant)
    dcg = sum(1 / math.log2(r + 2) for r in found_at.values())
    ideal = sum(1 / math.log2(r + 2) for r in range(min(K, len(relevant))))
    return {"recall": recall, "ndcg": dcg / ideal, "page_hit": 1.0 if found_at else 0.0,
            "file_hit": 1.0 if file_hit else 0.0}


METRICS = ("recall", "ndcg", "page_hit", "file_hit")


def aggregate(rows: list[dict[str, float]]) -> dict[str, float]:
    out = {m: round(sum(r[m] for r in rows) / len(rows), 4) for m in METRICS}
    out["n"] = len(rows)
    return out


def report(queries: list[dict], results: dict[str, dict[str, dict[str, float]]]) -> dict:
    """{scope: {mode: {kind or "TOUT": metrics}}} for each split present and overall ("all")."""
    scopes: dict[str, list[dict]] = {s: [q for q in queries if q.get("split", "tuning") == s] for s in SPLITS}
    scopes["all"] = queries
    out: dict = {}
    for scope, subset in scopes.items():
        if not subset:
            continue
        out[scope] = {}
        for mode in MODES:
            per_kind: dict[str, list[dict[str, float]]] = defaultdict(list)
            for q in subset:
                row = results[mode][q["id"]]
                per_kind[q.get("kind", "?")].append(row)
                per_kind["TOUT"].append(row)
            out[scope][mode] = {kind: aggregate(rows) for kind, rows in per_kind.items()}
    return out


def print_table(scope: str, table: dict) -> None:
    kinds = sorted(table["hybrid"], key=lambda k: (k == "TOUT", k))
    print(f"\n== {scope} ==")
    header = " | ".join(f"{m:>7s} R@10  nDCG PH@10" for m in MODES)
    print(f"{'type':18s} {'n':>3s} | {header}")
    for kind in kinds:
        n = table["hybrid"][kind]["n"]
        cells = [table[m][kind] for m in MODES]
        row = " | ".join(f"{c['recall']:12.3f} {c['ndcg']:5.3f} {c['page_hit']:5.3f}" for c in cells)
        print(f"{kind:18s} {n:3d} | {row}")


def main() -> None:
    from indexer import Library

    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--devset", default=str(REPO / "bench/devset/search_queries.json"))
    parser.add_argument("--split", choices=("all", *SPLITS), default="all",
                        help="only these queries (default: every query, reported per split and overall)")
    parser.add_argument("--batch", default=None,
                        help='only the queries of this batch (field "batch": "s7" = second tuning batch; '
                             '"first" = the queries without the field)')
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of tables")
    parser.add_argument("--show-misses", action="store_true",
                        help="the tuning half's misses (the held-out half's only with --heldout-misses)")
    parser.add_argument("--heldout-misses", action="store_true",
                        help="also list the held-out half's misses (reading them is tuning on them: final report only)")
    parser.add_argument("--e5-source", choices=("heads", "passages", "both"), default=None,
                        help="what e5 reads (indexer.search.Fusion.e5_source; passages need bench/sharpen_passages.py)")
    args = parser.parse_args()
    queries = json.loads(Path(args.devset).read_text(encoding="utf-8"))
    if args.split != "all":
        queries = [q for q in queries if q.get("split", "tuning") == args.split]
    if args.batch:
        queries = [q for q in queries if q.get("batch", "first") == args.batch]
    counts = {s: sum(1 for q in queries if q.get("split", "tuning") == s) for s in SPLITS}
    lib = Library(args.data_dir)
    if args.e5_source:
        from dataclasses import replace

        lib.searcher.fusion = replace(lib.searcher.fusion, e5_source=args.e5_source)
    results: dict[str, dict[str, dict[str, float]]] = {m: {} for m in MODES}
    misses: list[str] = []
    for mode in MODES:
        for q in queries:
            hits = lib.search(q["query"], top=K, mode=mode)
            row = judge(hits, q["relevant"])
            results[mode][q["id"]] = row
            held_out = q.get("split", "tuning") == "heldout"
            if args.show_misses and mode == "hybrid" and row["recall"] < 1 and (args.heldout_misses or not held_out):
                expected = [(r["path"], r.get("pages")) for r in q["relevant"]]
                misses.append(f"  manqué {q['id']} [{q.get('split', 'tuning')}/{q.get('kind')}] {q['query']!r}"
                              f" (PH {row['page_hit']:.0f}, FH {row['file_hit']:.0f}) → attendu {expected}\n"
                              f"      obtenu {[(h.act.path, h.page) for h in hits[:5]]}")
    lib.close()
    figures = report(queries, results)
    if args.json:
        json.dump({"machine": machine(), "k": K, "split": args.split, "queries": counts, "figures": figures,
                   "per_query": {m: results[m] for m in MODES}}, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    print(f"Machine : {machine()} — {len(queries)} requêtes jugées "
          f"(tuning {counts['tuning']}, heldout {counts['heldout']}) ; k = {K}")
    print("R@10 = rappel des fichiers jugés (page comprise) ; PH@10 = part des requêtes dont un des 10 premiers "
          "résultats tombe sur une page jugée (page du résultat ou pages de son acte)")
    for scope in (*SPLITS, "all"):
        if scope in figures and (args.split == "all" or scope == args.split):
            print_table(scope, figures[scope])
    for line in misses:
        print(line)


if __name__ == "__main__":
    main()
