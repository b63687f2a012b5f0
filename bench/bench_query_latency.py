"""Query latency (p50/p95 per mode) and idle memory, on an imported data dir or on a synthetic index.

    .venv/bin/python bench/bench_query_latency.py --data-dir D          # a library imported earlier
    .venv/bin/python bench/bench_query_latency.py --synthetic 100000    # builds a 100k-passage library
    .venv/bin/python bench/bench_query_latency.py --synthetic 100000 --from-library D --data-dir OUT
    REGISTRE_E5=0 .venv/bin/python bench/bench_query_latency.py --data-dir D   # without e5 (USE alone)

The synthetic library (``--synthetic`` alone) has 100k keyword documents made of French council
vocabulary and 100k random unit vectors: search cost depends on sizes and posting lengths, not on what
the vectors mean. ``--from-library D`` instead copies the corpus library D (its real pages, acts, item
documents, passages, heads and their vectors) as many times as needed to reach the size, each copy
under its own folder: the posting lists and the cosine distribution are those of real minutes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import REPO, machine, percentile, rss_mb  # noqa: E402
from indexer.e5 import E5_MODEL_ID  # noqa: E402

DEFAULT_QUERIES = [
    "subvention association sportive", "tarif cantine scolaire", "prix de l'eau assainissement",
    "travaux de voirie", "création de poste adjoint technique", "budget primitif", "vente terrain communal",
    "indemnités des élus", "plan local d'urbanisme modification", "éclairage public extinction nocturne",
    "subvension footbal", "deliberation cantine", "aide financière au club de foot", "concession cimetière",
    "adhésion syndicat intercommunal", "décision modificative", "location salle des fêtes", "taux d'imposition",
    "rapport prix qualité service eau potable", "convention fourrière animale",
]

WORDS = """
conseil municipal délibération subvention association commune maire adjoint budget primitif tarif
cantine scolaire école eau potable assainissement travaux voirie marché entreprise montant euros
vote unanimité pour contre abstention article décide approuve autorise signer convention syndicat
intercommunal parcelle terrain vente acquisition cession bail location salle fêtes personnel poste
agent recrutement tableau effectifs indemnités élus plan local urbanisme modification permis
construire taxe taux imposition emprunt dotation éclairage public extinction nocturne cimetière
concession forêt communale sylvicole bois rapport annuel prix qualité service fourrière animale
déchets ordures ménagères transport scolaire périscolaire jeunesse sport
""".split()


def build_synthetic(data: Path, n: int) -> None:
    from indexer.catalog import Catalog

    rng = random.Random(7)
    catalog = Catalog(data / "catalogue.sqlite3")
    root_id = catalog.add_root("/synthetique")
    acts_per_file, started = 10, time.perf_counter()
    file_ids: list[int] = []
    with catalog.transaction() as db:
        for i in range(n):
            if i % acts_per_file == 0:
                cur = db.execute("INSERT INTO files(root_id, path, sha256, size, mtime, status, stage, pages)"
                                 " VALUES(?,?,?,?,?,?,?,?)", (root_id, f"f{i}.pdf", f"{i}", 1, 0, "ok", 2, 10))
                file_id = int(cur.lastrowid or 0)
                file_ids.append(file_id)
            year = 2010 + i % 15
            objet = " ".join(rng.choices(WORDS, k=6))
            body = " ".join(rng.choices(WORDS, k=90))
            cur = db.execute(
                "INSERT INTO acts(file_id, seq, page_start, page_end, objet, date, collectivite, doc_type, matter_code)"
                " VALUES(?,?,?,?,?,?,?,?,?)", (file_id, i % acts_per_file, 1, 1, objet, f"{year}-03-01",
                                                f"Commune {i % 40}", "deliberation", str(1 + i % 9)))
            act_id = int(cur.lastrowid or 0)
            db.execute("INSERT INTO pages(file_id, page, text) VALUES(?,?,?) ON CONFLICT DO NOTHING",
                       (file_id, 1 + i % acts_per_file, body))
            db.execute("INSERT INTO act_slices(act_id, page, text) VALUES(?,?,?)", (act_id, 1, body))
            h = f"h{i}"
            db.execute("INSERT INTO chunks(act_id, file_id, page, text, text_hash) VALUES(?,?,?,?,?)",
                       (act_id, file_id, 1, objet + " — " + body, h))
            vec = np.random.default_rng(i).standard_normal(512).astype(np.float32)
            vec /= np.linalg.norm(vec)
            db.execute("INSERT INTO embeddings(model, text_hash, vector) VALUES(?,?,?)",
                       ("use-m3-v3", h, vec.astype(np.float16).tobytes()))
            # one e5 head per act (indexer.e5), random too: only its cost is measured here
            db.execute("INSERT INTO heads(act_id, file_id, page, rank, text, text_hash) VALUES(?,?,?,?,?,?)",
                       (act_id, file_id, 1, 0, objet, f"e{i}"))
            head = np.random.default_rng(n + i).standard_normal(384).astype(np.float32)
            head /= np.linalg.norm(head)
            db.execute("INSERT INTO embeddings(model, text_hash, vector) VALUES(?,?,?)",
                       (E5_MODEL_ID, f"e{i}", head.astype(np.float16).tobytes()))
        catalog._bump_generation(db)  # noqa: SLF001 - a bench writes the catalogue directly
    catalog.close()
    print(f"Catalogue synthétique de {n} passages construit en {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    from indexer import Library

    Library(data).close()  # the keyword index is built from the catalogue, as after a repair
    print(f"Index par mots construit depuis le catalogue en {time.perf_counter() - started:.0f} s")


def build_from_library(source: Path, data: Path, n: int) -> None:
    """``data``: the catalogue of ``source`` copied, its files repeated (copie1/…, copie2/…) until it holds
    at least ``n`` passages; vectors are shared by text hash, so the vector matrix grows like the passages."""
    import sqlite3

    started = time.perf_counter()
    src = sqlite3.connect(f"file:{source / 'catalogue.sqlite3'}?mode=ro", uri=True)
    db = sqlite3.connect(data / "catalogue.sqlite3")
    src.backup(db)
    src.close()
    base = db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
    copies = max(0, -(-n // base) - 1)
    ids = {t: db.execute(f"SELECT MAX({c}) FROM {t}").fetchone()[0] or 0
           for t, c in (("files", "file_id"), ("acts", "act_id"), ("chunks", "chunk_id"), ("heads", "head_id"))}

    def columns(table: str) -> list[str]:
        return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]

    def shifted(table: str, k: int) -> str:
        """SELECT list of ``table`` with each id moved to copy ``k``; files get a copy folder."""
        moved = {"file_id": f"file_id + {k * ids['files']}", "act_id": f"act_id + {k * ids['acts']}",
                 "chunk_id": f"chunk_id + {k * ids['chunks']}", "head_id": f"head_id + {k * ids['heads']}"}
        if table == "files":
            moved["path"] = f"'copie{k}/' || path"
        return ", ".join(moved.get(c, c) for c in columns(table))

    # each copy repeats the original rows only (not the copies already made)
    originals = {"files": f"file_id <= {ids['files']}", "pages": f"file_id <= {ids['files']}",
                 "listed_refs": f"file_id <= {ids['files']}", "acts": f"act_id <= {ids['acts']}",
                 "act_slices": f"act_id <= {ids['acts']}", "chunks": f"chunk_id <= {ids['chunks']}",
                 "heads": f"head_id <= {ids['heads']}"}
    with db:
        for k in range(1, copies + 1):
            for table, original in originals.items():
                db.execute(f"INSERT INTO {table}({', '.join(columns(table))}) SELECT {shifted(table, k)}"
                           f" FROM {table} WHERE {original}")
        db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
    total = db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
    db.close()
    print(f"Bibliothèque de {total} passages ({copies + 1} fois {source}) copiée"
          f" en {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    from indexer import Library

    Library(data).close()  # the keyword index is built from the catalogue, as after a repair
    print(f"Index par mots construit depuis le catalogue en {time.perf_counter() - started:.0f} s")


def measure(data: Path, queries: list[str], repeat: int) -> None:
    from indexer import Library

    lib = Library(data)
    lib.search("conseil municipal", top=10)  # load the vector matrix and the embedder once
    print(f"Mémoire au repos, index chargés : {rss_mb():.0f} Mo")
    status = lib.semantic_status()
    print(f"Sens : {status.model} ({status.passages_embedded}/{status.passages} passages) ; e5 "
          + (f"actif ({status.heads_embedded}/{status.heads} intitulés)" if status.e5_live else "absent"))
    for mode in ("keyword", "vector", "hybrid"):
        timings = []
        lib.search(queries[0], top=10, mode=mode)
        for _ in range(repeat):
            for q in queries:
                started = time.perf_counter()
                lib.search(q, top=10, mode=mode)
                timings.append((time.perf_counter() - started) * 1000)
        print(f"  {mode:8s} p50 {percentile(timings, 50):6.1f} ms   p95 {percentile(timings, 95):6.1f} ms"
              f"   ({len(timings)} requêtes)")
    lib.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    parser.add_argument("--synthetic", type=int)
    parser.add_argument("--from-library", help="with --synthetic: repeat this imported library (real texts)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"Machine : {machine()}")
    queries = DEFAULT_QUERIES
    devset = REPO / "bench/devset/search_queries.json"
    if devset.exists():
        queries = [q["query"] for q in json.loads(devset.read_text(encoding="utf-8"))] or queries
    if args.synthetic:
        data = Path(args.data_dir or tempfile.mkdtemp(prefix="registre-synth-"))
        data.mkdir(parents=True, exist_ok=True)
        if not (data / "catalogue.sqlite3").exists():
            if args.from_library:
                build_from_library(Path(args.from_library), data, args.synthetic)
            else:
                build_synthetic(data, args.synthetic)
    elif args.data_dir:
        data = Path(args.data_dir)
    else:
        parser.error("--data-dir ou --synthetic")
    measure(data, queries, args.repeat)


if __name__ == "__main__":
    main()
