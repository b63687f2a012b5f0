"""Did a change alter what Registre reads or finds? Snapshot a library, then compare two snapshots.

    # with each version of the code (PYTHONPATH picks it), on a library that version imported:
    python bench/library_snapshot.py dump --data-dir D --out before.json
    python bench/library_snapshot.py diff before.json after.json

A snapshot holds every file's status and doc type, every act's metadata and votes, and the top 10 of
each query of bench/devset/search_queries.json in keyword and hybrid modes. It uses only the public
``Library`` API, so the same script reads a library with older code.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUERIES = REPO / "bench" / "devset" / "search_queries.json"
MODES = ("keyword", "hybrid")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _act_key(act) -> str:  # noqa: ANN001 - an ActRecord of whichever version
    return f"{_nfc(act.path)}#{act.page_start}-{act.page_end}"


def dump(data_dir: Path, out: Path, queries: Path) -> None:
    from indexer.library import Library

    with Library(data_dir) as lib:
        files = {_nfc(f.path): {"status": str(f.status), "doc_type": str(f.doc_type), "acts": f.acts}
                 for f in lib.files()}
        acts = {}
        for a in lib.acts():
            v = a.votes
            acts.setdefault(_act_key(a), []).append({
                "act_number": a.act_number, "objet": a.objet, "date": a.date, "collectivite": a.collectivite,
                "doc_type": str(a.doc_type), "matter_code": a.matter_code, "adopted": a.adopted,
                "votes": [v.pour, v.contre, v.abstention, v.unanimite, v.effectif, v.presents, v.votants]})
        results = {}
        for q in json.loads(queries.read_text(encoding="utf-8")):
            for mode in MODES:
                hits = lib.search(q["query"], top=10, mode=mode)
                results[f"{q['id']}:{mode}"] = [f"{_act_key(h.act)}@{h.page}" for h in hits]
    out.write_text(json.dumps({"files": files, "acts": acts, "search": results}, ensure_ascii=False, indent=1),
                   encoding="utf-8")
    print(f"{len(files)} fichiers, {sum(map(len, acts.values()))} actes, {len(results)} recherches -> {out}")


def _compare(name: str, before: dict, after: dict, show: int) -> int:
    keys = sorted(set(before) | set(after))
    differ = [k for k in keys if before.get(k) != after.get(k)]
    print(f"{name}: {len(keys) - len(differ)} identiques sur {len(keys)}, {len(differ)} différents")
    for k in differ[:show]:
        print(f"  {k}\n    avant : {before.get(k)}\n    après : {after.get(k)}")
    return len(differ)


def diff(before_path: Path, after_path: Path, show: int) -> int:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    changed = 0
    for part in ("files", "acts", "search"):
        changed += _compare(part, before[part], after[part], show)
    top1 = [k for k in before["search"] if before["search"][k][:1] != after["search"].get(k, [])[:1]]
    print(f"search, premier résultat : {len(before['search']) - len(top1)} identiques sur {len(before['search'])}")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("dump")
    p.add_argument("--data-dir", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--queries", type=Path, default=QUERIES)
    p = sub.add_parser("diff")
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    p.add_argument("--show", type=int, default=15, help="différences détaillées par partie")
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.data_dir, args.out, args.queries)
        return 0
    diff(args.before, args.after, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
