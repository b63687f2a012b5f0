"""Import figures: text-extraction speed, time until keyword search works, full import time
(OCR + vectors), re-import of the unchanged folder, idle memory with indexes loaded.

    .venv/bin/python bench/bench_import.py [FOLDER] [--data-dir D] [--keep]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import CORPUS, machine, peak_rss_mb, rss_mb  # noqa: E402
from indexer import Library  # noqa: E402
from indexer.extract import extract_pages, is_supported  # noqa: E402


def extraction_speed(folder: Path) -> tuple[int, float]:
    pages, started = 0, time.perf_counter()
    for path in sorted(folder.rglob("*.pdf")):
        try:
            pages += len(extract_pages(path))
        except Exception:
            continue
    return pages, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=str(CORPUS))
    parser.add_argument("--data-dir")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    folder = Path(args.folder)
    data = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="registre-bench-"))
    print(f"Machine : {machine()}")
    files = [p for p in folder.rglob("*") if p.is_file() and is_supported(p)]
    print(f"Dossier : {folder} ({len(files)} fichiers pris en charge)")

    pages, seconds = extraction_speed(folder)
    print(f"Extraction du texte (PDF, sans OCR) : {pages} pages en {seconds:.1f} s = {pages / seconds:.0f} pages/s")

    lib = Library(data)
    result: dict = {}
    started = time.perf_counter()
    worker = threading.Thread(target=lambda: result.setdefault("report", lib.import_folder(folder)))
    worker.start()
    first_search = None
    while worker.is_alive():
        if first_search is None and lib.search("conseil municipal", mode="keyword", top=1):
            first_search = time.perf_counter() - started
            # said at once: a run stopped early (timeout) still gives this figure
            print(f"Première recherche par mots possible après : {first_search:.1f} s", flush=True)
        time.sleep(0.5)
    worker.join()
    total = time.perf_counter() - started
    report = result["report"]
    if first_search is None:
        print("Première recherche par mots : seulement à la fin")
    print(f"Import complet (lecture + OCR + vecteurs) : {total:.1f} s — étapes : "
          + ", ".join(f"{k} {v:.1f} s" for k, v in report.stage_seconds.items()))
    print(f"  fichiers importés {report.imported}, en échec {len(report.failed)}, pages {report.pages}, "
          f"pages OCR {report.ocr_pages}, actes {report.acts}, passages vectorisés {report.chunks_embedded}")
    for failure in report.failed:
        print(f"  ÉCHEC {failure.path} : {failure.reason}")
    lib.close()

    started = time.perf_counter()
    lib = Library(data)
    again = lib.import_folder(folder)
    print(f"Réimport du dossier inchangé : {time.perf_counter() - started:.2f} s "
          f"(inchangés {again.unchanged}, importés {again.imported})")
    lib.search("subvention association sportive", top=10)  # loads both indexes
    print(f"Mémoire au repos, index chargés : {rss_mb():.0f} Mo (pic du processus {peak_rss_mb():.0f} Mo)")
    lib.close()
    if not args.keep and not args.data_dir:
        shutil.rmtree(data, ignore_errors=True)
    else:
        print(f"Données conservées dans {data}")


if __name__ == "__main__":
    main()
