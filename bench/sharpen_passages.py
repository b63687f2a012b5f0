"""Give every passage of a library its e5 vector (the model the heads use), as the sharpen stage would.

Measures the cost of e5 over all passages rather than heads only (issue 14): prints the rate every
batch and the wall time at the end. Resumable: passages already embedded are skipped.

    nice -n 15 python bench/sharpen_passages.py --data-dir LIB [--limit N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from indexer.catalog import Catalog
    from indexer.e5 import E5Embedder

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--threads", type=int, default=0, help="OpenMP threads of the engine (0: its default)")
    parser.add_argument("--every", type=int, default=10, help="print every N batches")
    parser.add_argument("--limit", type=int, default=0, help="stop after this many passages (0: all)")
    args = parser.parse_args()
    catalog = Catalog(args.data_dir / "catalogue.sqlite3")
    e5 = E5Embedder(threads=args.threads or None)
    model = e5.model_id
    total = catalog.count_missing_embeddings(model)
    print(f"{total} passages without an e5 vector", flush=True)
    start = time.perf_counter()
    cpu0 = time.process_time()
    done = chars = 0
    while True:
        batch = catalog.chunks_missing_embedding(model, args.batch)
        if not batch:
            break
        vectors = e5.embed_passages([text for _h, text in batch])
        catalog.store_embeddings(model, list(zip([h for h, _t in batch], vectors, strict=True)))
        done += len(batch)
        chars += sum(len(t) for _h, t in batch)
        wall = time.perf_counter() - start
        if done % (args.batch * args.every) == 0 or done >= total:
            print(f"{done}/{total} {wall:.0f} s {done / wall:.2f} passages/s {chars / wall:.0f} chars/s"
                  f" cpu {time.process_time() - cpu0:.0f} s load {os.getloadavg()[0]:.1f}", flush=True)
        if args.limit and done >= args.limit:
            break
    wall = time.perf_counter() - start
    print(f"done {done} passages, {chars} chars, {wall:.0f} s wall, {time.process_time() - cpu0:.0f} s CPU", flush=True)


if __name__ == "__main__":
    main()
