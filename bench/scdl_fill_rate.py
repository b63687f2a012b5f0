"""Fill rate of each SCDL column: the share of exported deliberations whose cell is not empty.

Usage::

    python bench/scdl_fill_rate.py --data-dir D [--json]

Exports the library through the same path as `registre export-scdl` (a temporary CSV), then counts.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def fill_rates(csv_path: Path) -> tuple[int, dict[str, float]]:
    with csv_path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    columns = list(rows[0]) if rows else []
    return len(rows), {c: sum(1 for r in rows if r[c].strip()) / len(rows) for c in columns} if rows else {}


def main() -> int:
    from indexer.catalog import Catalog
    from indexer.scdl import write_scdl

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    catalog = Catalog(Path(args.data_dir) / "catalogue.sqlite3")  # no index, no model: the export only
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scdl.csv"
        write_scdl(catalog.acts(), out)
        rows, rates = fill_rates(out)
    if args.json:
        print(json.dumps({"rows": rows, "fill_rate": rates}, ensure_ascii=False, indent=2))
    else:
        print(f"{rows} délibérations exportées")
        for column, rate in rates.items():
            print(f"{column:20s} {100 * rate:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
