"""kill -9 during the re-import of modified files, at random moments: does the library converge?

20 deliberations are imported, then all 20 are modified (their text changes). For each trial the
re-import runs in a child process that is killed (SIGKILL, from outside) after a random delay drawn
between 0 and the duration of an uninterrupted re-import; then the re-import is run again to its end
and the library is compared with a clean import of the modified files: acts, keyword documents
(count, and which file/act/page each one is), documents pointing to no act, passages, vectors
(hashing embedder, so that the vector stage is quick but present).

    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/bench_kill_reimport.py [--trials 10] [--seed 15]

Issue 15 measured 352 keyword documents instead of 327 on main after such a kill.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

import hostile_files as hf  # noqa: E402

from indexer import Library  # noqa: E402
from indexer.consistency import snapshot  # noqa: E402

FILES = 20

_CHILD = """
import sys
from indexer import Library
lib = Library(sys.argv[2], embedder="hashing", ocr_enabled=False)
def progress(p):
    sys.stderr.write(f"{p.stage} {p.done}/{p.total}\\n"); sys.stderr.flush()
sys.stderr.write("START\\n"); sys.stderr.flush()
lib.import_folder(sys.argv[1], progress=progress)
sys.stderr.write("FIN\\n"); sys.stderr.flush()
"""


PAGES = 25  # pages per file: a register of a few séances, so that a re-import lasts long enough to be hit


def write_version(folder: Path, version: int) -> None:
    for i in range(FILES):
        path = folder / f"commune/{2020 + i % 4}/delib_{i:02d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        page = hf.deliberation_text(i, version=version)
        body = page.split("Monsieur le Maire expose", 1)[1]
        filler = [f"Suite de l'exposé, page {n} (version {version}) : Monsieur le Maire expose{body}"
                  for n in range(2, PAGES + 1)]
        path.write_text("\f".join([page, *filler]), encoding="utf-8")


def holders(path: Path) -> list[str]:
    """Processes that have ``path`` open (Linux /proc): who holds a lock the resume could not get."""
    found = []
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        try:
            if any(os.path.realpath(fd) == str(path) for fd in fd_dir.iterdir()):
                found.append(fd_dir.parent.name)
        except OSError:
            continue
    return found


def run_child(folder: Path, data: Path, delay: float | None) -> tuple[int | None, str, float]:
    """(return code, last progress line before the end, seconds from START to the « termine » line)."""
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(folder), str(data)], stderr=subprocess.PIPE,
                             text=True, cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert child.stderr is not None
    line = child.stderr.readline()
    while line and line.strip() != "START":
        line = child.stderr.readline()
    started = time.monotonic()
    if delay is not None:
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
    rest = []
    seconds = 0.0
    for line in child.stderr:
        rest.append(line.rstrip("\n"))
        if line.startswith("termine"):
            seconds = time.monotonic() - started
    code = child.wait()
    last = next((r for r in reversed(rest) if r.strip() and r != "FIN"), "(avant la première étape)")
    return code, last, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=10)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    base = Path(tempfile.mkdtemp(prefix="wt15-kill-"))
    print(f"{FILES} fichiers modifiés, {args.trials} kill -9 ; machine : {os.cpu_count()} cœurs, "
          f"charge {os.getloadavg()[0]:.1f}")
    try:
        folder = base / "dossier"
        write_version(folder, 1)
        before = base / "v1"
        with Library(before, embedder="hashing", ocr_enabled=False) as lib:
            lib.import_folder(folder)
        write_version(folder, 2)
        with Library(base / "propre", embedder="hashing", ocr_enabled=False) as clean:
            clean.import_folder(folder)
            want = snapshot(clean)
        print(f"import propre des fichiers modifiés : {want['keyword_documents']} documents mots-clés, "
              f"{len(want['acts'])} actes, {want['chunks']} passages, {want['vectors']} vecteurs")
        timing = base / "mesure"
        shutil.copytree(before, timing)
        _code, _last, full = run_child(folder, timing, None)
        print(f"réimport sans interruption : {full:.2f} s (du début de l'import à « termine ») ;"
              f" délais tirés dans [0, {full:.2f}]")
        same = 0
        for trial in range(1, args.trials + 1):
            data = base / f"essai{trial}"
            shutil.copytree(before, data)
            delay = rnd.uniform(0, full)
            code, last, _s = run_child(folder, data, delay)
            with Library(data, embedder="hashing", ocr_enabled=False) as lib:
                stale_before = len(lib.catalog.stale_keyword_files())
                docs_before = lib.keyword.doc_count()
                try:
                    lib.import_folder(folder)
                except Exception:
                    lock = (data / "index-mots-tantivy" / ".tantivy-writer.lock").resolve()
                    print(f"essai {trial}: la reprise échoue ; processus qui ont ouvert {lock.name} : "
                          f"{holders(lock)} (moi : {os.getpid()}, enfant : code {code})")
                    raise
                got = snapshot(lib)
            equal = got == want
            same += equal
            killed = "tué" if code == -signal.SIGKILL else f"fini avant (code {code})"
            print(f"essai {trial:2} : {killed} à {delay:.2f} s, dernière étape « {last} » ; avant reprise "
                  f"{docs_before} documents, {stale_before} fichiers remplacés à retirer ; après reprise "
                  f"{got['keyword_documents']} documents, {got['orphan_keyword_documents']} sans acte — "
                  f"{'IDENTIQUE' if equal else 'DIFFÉRENT'} à l'import propre")
            shutil.rmtree(data)
        print(f"Bilan : {same}/{args.trials} identiques à l'import propre "
              "(actes, documents mots-clés et leurs actes/pages, passages, vecteurs)")
        return 0 if same == args.trials else 1
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
