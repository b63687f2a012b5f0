"""Which acts the « one missing number does not end a run of numbered items » rule adds (indexer/segment.py).

Every file of a library is analysed twice from its stored page texts (no OCR, the library is only read):
with the rule, and with a copy of ``_sequence_starts`` that does not skip a number. Prints, per file whose
count changes, the acts found only with the rule, for a reader to judge (bench/devset/skip_rule_check.txt).

    python bench/check_sequence_rule.py --data-dir /work/data/wt11-full
"""

from __future__ import annotations

import argparse
import inspect
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from indexer import segment  # noqa: E402
from indexer.models import NON_ACT_DOC_TYPES, PageText  # noqa: E402

RULE = "skipped = number == expected + 1 and len(run) >= 3"


def _without_rule():  # type: ignore[no-untyped-def]
    source = inspect.getsource(segment._sequence_starts)
    if RULE not in source:
        raise SystemExit("la règle n'est plus écrite ainsi dans indexer/segment.py : mettre RULE à jour")
    namespace = dict(vars(segment))
    exec(source.replace(RULE, "skipped = False"), namespace)  # noqa: S102 - the project's own function, edited
    return namespace["_sequence_starts"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True)
    args = parser.parse_args()
    con = sqlite3.connect(f"file:{args.data_dir}/catalogue.sqlite3?mode=ro", uri=True)
    with_rule, without = segment._sequence_starts, _without_rule()
    rows, added = [], 0
    for file_id, path in con.execute("SELECT file_id, path FROM files ORDER BY path"):
        pages = [PageText(n, t or "") for n, t in
                 con.execute("SELECT page, text FROM pages WHERE file_id=? ORDER BY page", (file_id,))]
        segment._sequence_starts = with_rule
        kept = segment.analyse(pages, Path(path).name)
        segment._sequence_starts = without
        plain = segment.analyse(pages, Path(path).name)
        segment._sequence_starts = with_rule
        if kept.doc_type in NON_ACT_DOC_TYPES:
            continue
        a = [x for x in kept.acts if x.kind != "decision"]
        b = [x for x in plain.acts if x.kind != "decision"]
        if len(a) != len(b):
            added += len(a) - len(b)
            seen = {x.objet or "" for x in b}
            rows.append((path, len(b), len(a), [(x.page_start, x.act_number, (x.objet or "")[:90], x.votes.unanimite,
                                                 x.votes.pour) for x in a if (x.objet or "") not in seen]))
    print(f"files changed: {len(rows)} acts added: {added}")
    for path, before, after, new in rows:
        print(f"{path}: {before} -> {after}")
        for act in new[:6]:
            print("   +", act)
    return 0


if __name__ == "__main__":
    sys.exit(main())
