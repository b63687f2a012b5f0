"""Time of ``registre ask`` in fresh processes, with and without the prompt cache on disk.

Each question of ``registre ask`` is a new process: without the cache it reads the fixed instructions and
example again (about 500 tokens); with it, it reads them back from ``<data>/cache-invites``. Prints the wall
time of each run, cold (cache folder emptied first) then warm, and the median of each.

    python bench/bench_prompt_cache.py --data-dir D [--runs 3] [--question "…"]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from assistant.runtime import PROMPT_CACHE_DIR

QUESTION = "Quel est le prix du repas enfant à la cantine de Saint-Aubin en 2021 ?"


def one_run(data_dir: Path, question: str, threads: int) -> float:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "registre", "ask", question, "--data-dir", str(data_dir), "--json",
                           "--threads", str(threads)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    return time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--question", default=QUESTION)
    args = parser.parse_args()
    cache = args.data_dir / PROMPT_CACHE_DIR
    print(f"Machine : {os.cpu_count()} cœurs ; charge {os.getloadavg()[0]:.1f} ; {args.runs} passages de chaque")
    cold, warm = [], []
    for _ in range(args.runs):
        shutil.rmtree(cache, ignore_errors=True)
        cold.append(one_run(args.data_dir, args.question, args.threads))
        warm.append(one_run(args.data_dir, args.question, args.threads))  # reads what the cold run wrote
        print(f"sans cache {cold[-1]:6.1f} s   avec cache {warm[-1]:6.1f} s")
    print(f"médiane : sans cache {statistics.median(cold):.1f} s, avec cache {statistics.median(warm):.1f} s "
          f"(charge finale {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
