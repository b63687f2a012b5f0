"""Check that the judged dev sets still match the corpus they were built on.

Usage: python bench/devset/validate_devset.py [--corpus /work/shared/corpus]

Checks: both JSON files load, ids are unique, kinds and minimum counts hold, every path exists
under the corpus and every page number is within the file's page count, every QA question has a
``split`` ("dev": tuned on by earlier sessions; "heldout": never tuned on, reported separately), every
search query has a ``split`` ("tuning" for S01-S68, then computed from the id's md5, never chosen) and
each ``heading_in_long_pv`` query points into a PV of at least 30 pages.
Prints counts per kind, per split and per collectivité, returns 1 if anything is wrong.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = os.environ.get("REGISTRE_CORPUS", "/work/shared/corpus")
SEARCH_KINDS = {"exact", "paraphrase", "no_accent", "typo", "name", "scanned", "multi_act", "heading_in_long_pv"}
MIN_PER_KIND = {"paraphrase": 8, "no_accent": 6, "typo": 6, "scanned": 8, "multi_act": 8, "name": 6,
                "heading_in_long_pv": 8}
SEARCH_SPLITS = ("tuning", "heldout")
TUNED_QUERIES = 68  # S01-S68 were used for tuning by earlier sessions
MIN_QUERIES, MIN_HELDOUT_QUERIES, MIN_COMMUNES = 150, 75, 10
LONG_PV_PAGES = 30
QA_SPLITS = ("dev", "heldout")
MIN_ANSWERABLE, MIN_UNANSWERABLE = 70, 60


def page_count(path: Path) -> int:
    """Pages as the dev set counts them: PDF pages, form-feed segments of a .txt, else 1."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pypdfium2  # imported here so that the JSON checks work without it

        doc = pypdfium2.PdfDocument(str(path))
        try:
            return len(doc)
        finally:
            doc.close()
    if suffix == ".txt":
        return path.read_bytes().count(b"\f") + 1
    return 1


def resolve(corpus: Path, rel: str) -> Path | None:
    # Two Flaux file names are stored decomposed (NFD) on disk: accept either normal form.
    for form in ("NFC", "NFD"):
        candidate = corpus / unicodedata.normalize(form, rel)
        if candidate.exists():
            return candidate
    return None


def check_refs(corpus: Path, owner: str, refs: list[dict], errors: list[str], cache: dict[Path, int]) -> None:
    for ref in refs:
        path = resolve(corpus, ref["path"])
        if path is None:
            errors.append(f"{owner}: chemin absent du corpus : {ref['path']}")
            continue
        if path not in cache:
            cache[path] = page_count(path)
        pages = ref.get("pages", [])
        if not pages:
            errors.append(f"{owner}: aucune page pour {ref['path']}")
        for page in pages:
            if not 1 <= page <= cache[path]:
                errors.append(f"{owner}: page {page} hors de 1..{cache[path]} pour {ref['path']}")


def collectivite(path: str) -> str:
    top = path.split("/")[0]
    if top == "benjaminpochat-demos":
        return "benjaminpochat-demos/" + path.split("/")[1]
    if top == "pierrefonds" and "CCLO" in path:
        return "pierrefonds (CCLO)"
    return top


def commune(path: str) -> str:
    """Finer than collectivite() for the QA report: one name per commune of the "demos" files."""
    parts = path.split("/")
    if parts[0] == "benjaminpochat-demos":
        if parts[1] == "txt" and parts[2] == "avranches":
            return "avranches"
        return parts[-1].split("_")[0]
    return collectivite(path)


SECOND_TUNING_BATCH = 166  # first id of the second tuning batch (issue 14, session 7)


def search_split(query_id: str) -> str:
    """The split a search query must carry: the 68 tuned ones stay "tuning", S69-S165 are hashed, and the second
    tuning batch (S166 on, ``"batch": "s7"``, written to design on while the held-out half stays untouched) is
    "tuning" by construction."""
    number = int(query_id.lstrip("S"))
    if number <= TUNED_QUERIES or number >= SECOND_TUNING_BATCH:
        return "tuning"
    return "heldout" if int(hashlib.md5(query_id.encode()).hexdigest()[:8], 16) % 10 < 9 else "tuning"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    args = parser.parse_args()
    corpus = Path(args.corpus)
    errors: list[str] = []
    cache: dict[Path, int] = {}

    queries = json.loads((HERE / "search_queries.json").read_text(encoding="utf-8"))
    qa = json.loads((HERE / "qa.json").read_text(encoding="utf-8"))

    ids = [q["id"] for q in queries] + [q["id"] for q in qa["answerable"] + qa["unanswerable"]]
    for dup, n in collections.Counter(ids).items():
        if n > 1:
            errors.append(f"identifiant en double : {dup}")

    kinds = collections.Counter(q["kind"] for q in queries)
    per_coll: collections.Counter[str] = collections.Counter()
    per_commune: collections.Counter[str] = collections.Counter()
    kind_split: collections.Counter[tuple[str, str]] = collections.Counter()
    for q in queries:
        if q["kind"] not in SEARCH_KINDS:
            errors.append(f"{q['id']}: kind inconnu {q['kind']!r}")
        if q.get("split") not in SEARCH_SPLITS:
            errors.append(f"{q['id']}: split {q.get('split')!r} (attendu : {' ou '.join(SEARCH_SPLITS)})")
        elif q["split"] != search_split(q["id"]):
            errors.append(f"{q['id']}: split {q['split']!r} au lieu de {search_split(q['id'])!r} (calculé, pas choisi)")
        kind_split[(q["kind"], q.get("split", "?"))] += 1
        if not q.get("query") or not q.get("relevant"):
            errors.append(f"{q['id']}: query ou relevant vide")
        check_refs(corpus, q["id"], q["relevant"], errors, cache)
        for extra in q.get("acceptable", []):
            if resolve(corpus, extra) is None:
                errors.append(f"{q['id']}: chemin « acceptable » absent : {extra}")
        for coll in {collectivite(r["path"]) for r in q["relevant"]}:
            per_coll[coll] += 1
        for name in {commune(r["path"]) for r in q["relevant"]}:
            per_commune[name] += 1
        if q["kind"] == "heading_in_long_pv":
            sizes = [cache.get(p, 0) for p in (resolve(corpus, r["path"]) for r in q["relevant"]) if p is not None]
            if not any(n >= LONG_PV_PAGES for n in sizes):
                errors.append(f"{q['id']}: heading_in_long_pv sans PV d'au moins {LONG_PV_PAGES} pages")
    if len(queries) < MIN_QUERIES:
        errors.append(f"seulement {len(queries)} requêtes (minimum {MIN_QUERIES})")
    heldout = sum(1 for q in queries if q.get("split") == "heldout")
    if heldout < MIN_HELDOUT_QUERIES:
        errors.append(f"seulement {heldout} requêtes heldout (minimum {MIN_HELDOUT_QUERIES})")
    if len(per_commune) < MIN_COMMUNES:
        errors.append(f"seulement {len(per_commune)} collectivités avec un document pertinent (minimum {MIN_COMMUNES})")
    for kind, minimum in MIN_PER_KIND.items():
        if kinds[kind] < minimum:
            errors.append(f"{kinds[kind]} requêtes {kind} (minimum {minimum})")

    for item in qa["answerable"]:
        for key in ("question", "answer", "must_contain", "sources"):
            if not item.get(key):
                errors.append(f"{item['id']}: champ {key} vide")
        check_refs(corpus, item["id"], item["sources"], errors, cache)
    for item in qa["unanswerable"]:
        if not item.get("question") or not item.get("why_unanswerable"):
            errors.append(f"{item['id']}: question ou why_unanswerable vide")
    for item in qa["answerable"] + qa["unanswerable"]:
        if item.get("split") not in QA_SPLITS:
            errors.append(f"{item['id']}: split {item.get('split')!r} (attendu : {' ou '.join(QA_SPLITS)})")
    if len(qa["answerable"]) < MIN_ANSWERABLE or len(qa["unanswerable"]) < MIN_UNANSWERABLE:
        errors.append(f"moins de {MIN_ANSWERABLE} questions avec réponse ou de {MIN_UNANSWERABLE} sans réponse")
    near_all = sum(1 for u in qa["unanswerable"] if u.get("near_miss"))
    if 3 * near_all < len(qa["unanswerable"]):
        errors.append(f"{near_all} questions « presque » sur {len(qa['unanswerable'])} sans réponse "
                      "(au moins un tiers)")

    print(f"Requêtes de recherche : {len(queries)} — " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("Requêtes par type et split :")
    for kind in sorted(kinds):
        cells = ", ".join(f"{split} {kind_split[(kind, split)]}" for split in SEARCH_SPLITS)
        print(f"  {kind:20s} {cells}")
    print("  " + ", ".join(f"{split} {sum(1 for q in queries if q.get('split') == split)}" for split in SEARCH_SPLITS))
    print("Requêtes par collectivité (au moins un document pertinent) :")
    for coll, n in sorted(per_coll.items()):
        print(f"  {coll:45s} {n}")
    communes = ", ".join(f"{c} {n}" for c, n in sorted(per_commune.items()))
    print(f"Requêtes par commune ({len(per_commune)}) : {communes}")
    near = sum(1 for u in qa["unanswerable"] if u.get("near_miss"))
    print(
        f"Questions : {len(qa['answerable'])} avec réponse, {len(qa['unanswerable'])} sans réponse "
        f"(dont {near} « presque » : même sujet, autre année/montant/organisme)"
    )
    for split in QA_SPLITS:
        ans = [a for a in qa["answerable"] if a.get("split") == split]
        una = [u for u in qa["unanswerable"] if u.get("split") == split]
        near_split = sum(1 for u in una if u.get("near_miss"))
        colls = collections.Counter(
            coll for a in ans for coll in sorted({commune(r["path"]) for r in a["sources"]})
        )
        print(
            f"  {split:8s} {len(ans)} avec réponse, {len(una)} sans réponse (dont {near_split} « presque ») ; "
            "avec réponse par collectivité : " + ", ".join(f"{c} {n}" for c, n in sorted(colls.items()))
        )
    print(f"Fichiers distincts référencés : {len(cache)}")
    for err in errors:
        print("ERREUR", err)
    print("OK" if not errors else f"{len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
