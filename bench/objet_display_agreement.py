"""How the result list's objet check (app/objet_display.py) and the extractor's (indexer/objet_lines.py)
judge the objets of a real library: how many each refuses, by reason, and the lines where they disagree.

    python bench/objet_display_agreement.py DATA_DIR [--examples 15]

The two are written independently; a stored objet refused by the list's check and not by the extractor's
is a line that would have been shown as an objet had the list asked the extractor again. Reads the
catalogue read-only. Prints a JSON object (counts) and the examples to judge by reading.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.objet_display import refusal  # noqa: E402
from indexer.objet_lines import not_an_objet  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--examples", type=int, default=15)
    args = parser.parse_args()
    con = sqlite3.connect(f"file:{args.data_dir / 'catalogue.sqlite3'}?mode=ro", uri=True)
    objets = [row[0] for row in con.execute("SELECT objet FROM acts WHERE objet IS NOT NULL AND objet != ''")]
    view, extractor, both = Counter(), Counter(), 0
    only_view: list[tuple[str, str]] = []
    only_extractor: list[tuple[str, str]] = []
    for objet in objets:
        mine, theirs = refusal(objet), not_an_objet(objet)
        if mine:
            view[mine] += 1
        if theirs:
            extractor[theirs.code] += 1
        if mine and theirs:
            both += 1
        elif mine:
            only_view.append((mine, objet))
        elif theirs:
            only_extractor.append((theirs.code, objet))
    print(json.dumps({
        "objets": len(objets),
        "refused_by_the_list": sum(view.values()),
        "refused_by_the_extractor_rules": sum(extractor.values()),
        "refused_by_both": both,
        "only_the_list": len(only_view),
        "only_the_extractor_rules": len(only_extractor),
        "list_by_reason": dict(view),
        "extractor_by_reason": dict(extractor),
    }, ensure_ascii=False, indent=1))
    for title, rows in (("refusées par la liste seule", only_view), ("refusées par l'extracteur seul", only_extractor)):
        print(f"\n# {title} ({len(rows)})")
        step = max(len(rows) // max(args.examples, 1), 1)
        for code, objet in rows[::step][: args.examples]:
            print(f"  [{code}] {objet[:120]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
