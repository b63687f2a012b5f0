"""Peak memory and time of importing a folder that holds a zip bomb (.docx / .odt), issue 15.

Each import runs in a fresh child process (`registre import … --no-ocr --no-embed`) and its peak
resident memory is read from the kernel (``RUSAGE_CHILDREN`` of a wrapper that runs only it). The
bombs are made here (nothing committed):

- a .docx whose document.xml inflates to 2 GB (about 2 MB on disk), and the issue's 100 MB one;
- a .odt whose content.xml inflates to 2 GB;
- a .docx of 30 MB of tiny paragraphs (under the byte budget: cut by the paragraph budget);
- for scale, the same folder without any bomb.

    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/bench_zip_bomb.py [--sizes-mb 100,2048] [--timeout 300]

Run it with PYTHONPATH pointing at another checkout to measure that code (the script runs `registre`
from /tmp, so PYTHONPATH alone decides).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

import hostile_files as hf  # noqa: E402

_PROBE = (
    "import json, resource, subprocess, sys, time\n"
    "t = time.monotonic()\n"
    "try:\n"
    "    r = subprocess.run(sys.argv[2:], capture_output=True, text=True, timeout=float(sys.argv[1]))\n"
    "    rc, out = r.returncode, r.stdout\n"
    "except subprocess.TimeoutExpired:\n"
    "    rc, out = 'tué après le délai', ''\n"
    "print(json.dumps({'rc': rc, 'out': out, 's': time.monotonic() - t,"
    " 'mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))\n"
)


def measure(folder: Path, data: Path, timeout: float) -> dict:
    env = dict(os.environ, REGISTRE_EMBEDDER="hashing")
    argv = [sys.executable, "-m", "registre", "import", str(folder), "--data-dir", str(data), "--json",
            "--no-ocr", "--no-embed"]
    done = subprocess.run([sys.executable, "-c", _PROBE, str(timeout), *argv], capture_output=True, text=True,
                          env=env)
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes-mb", default="100,2048", help="tailles décompressées des .docx piégés, en Mo")
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()
    os.chdir(tempfile.gettempdir())  # `python -m` would put the current folder first on sys.path
    code = subprocess.run([sys.executable, "-c", "import indexer; print(indexer.__file__)"], capture_output=True,
                          text=True).stdout.strip()
    print(f"Code mesuré : {code} — machine : {os.cpu_count()} cœurs, charge {os.getloadavg()[0]:.1f}")
    base = Path(tempfile.mkdtemp(prefix="wt15-bombe-"))
    try:
        good = base / "bons"
        for commune in ("fontclaire", "valmont-le-vieux"):
            shutil.copytree(REPO / "sample_deliberations" / commune, good / commune)
        cases: list[tuple[str, callable]] = [("sans bombe (référence)", lambda f: None)]
        for size in (int(s) for s in args.sizes_mb.split(",")):
            cases.append((f".docx gonflant à {size} Mo",
                          lambda f, size=size: hf.docx_bomb(f / "bombe.docx", size * 1024 * 1024)))
        cases.append((".odt gonflant à 2048 Mo", lambda f: hf.odt_bomb(f / "bombe.odt", 2048 * 1024 * 1024)))
        cases.append((".docx de 30 Mo en petits paragraphes",
                       lambda f: hf.docx_bomb(f / "paragraphes.docx", 30 * 1024 * 1024)))
        print(f"{'cas':40} {'taille':>9} {'code':>6} {'durée':>8} {'mémoire max':>12}  raison")
        for i, (title, build) in enumerate(cases):
            folder = base / f"dossier{i}"
            shutil.copytree(good, folder)
            started = time.monotonic()
            build(folder)
            made = time.monotonic() - started
            bombs = [p for p in folder.iterdir() if p.is_file()]
            size = f"{bombs[0].stat().st_size / 1024:.0f} Ko" if bombs else "—"
            result = measure(folder, base / f"data{i}", args.timeout)
            try:
                report = json.loads(result["out"])
                reasons = ", ".join(f"{f['path']}: {f['code']}" for f in report["failed"]) or "—"
            except (json.JSONDecodeError, KeyError):
                reasons = "(pas de bilan)"
            print(f"{title:40} {size:>9} {result['rc']!s:>6} {result['s']:7.1f}s {result['mb']:9.0f} Mo  {reasons}"
                  f"   (fabriqué en {made:.1f} s)")
            shutil.rmtree(folder)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
