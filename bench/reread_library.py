"""Re-read every file of a library from its stored page texts with the code on ``PYTHONPATH``, and diff two runs.

What a re-import after an ``ANALYSIS_VERSION`` bump would store, without writing anything (the catalogue is
opened read-only: a library others bench on can be read while they work) and without OCR or vectors: about a
minute for the 402 files of the corpus, against several for ``registre import``. Made to judge a segmentation or
metadata rule on the whole corpus before landing it: save a run with the code before the rule, one after, and
read every change the rule makes (what changed where, and nothing else).

Output: the ``registre acts --json`` objects plus ``files`` (``{"acts": [...], "files": [{"path", "doc_type"}]}``),
the format ``bench/score_acts.py --predictions`` reads. Equal to ``registre acts`` on a library re-imported with
the same code, collectivité included: the library-wide spelling merge and the folder names that the importer
applies after reading are applied here to the files re-read (with ``--only``, to those files only).

The diff hides the files of truth parts whose errors must stay unseen (``--hide-parts``, default ``aIM``: part A's
held-out split, parts I and M, drawn in sessions 10 and 14 and never tuned on; a part still being judged is
read from its drawn list), and the other format of each: a hidden file that changed is counted, never named.
Parts B and E, hidden until session 8, are tuning data from session 9 on, part G from session 10 on, part H from
session 11 on, part J from session 12 on, part K from session 13 on, part L from session 14 on (the lead's
choice): their files are named.

Usage (from the worktree whose code is to be measured, ``export PYTHONPATH=$PWD``)::

    python bench/reread_library.py /work/data/corpus-lib --out /tmp/after.json
    python bench/reread_library.py /work/data/corpus-lib --out /tmp/after.json --diff /tmp/before.json [--show 8]
    python bench/reread_library.py /work/data/corpus-lib --out /tmp/one.json --only "avranches/CM 02 06 2014.txt"
    python bench/score_acts.py --predictions /tmp/after.json --part-c --part-d
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the worktree's code, also when PYTHONPATH was forgotten
sys.path.insert(0, str(HERE / "devset"))  # the truth parts' draws: what counts as the same document

from acts_part_c_draw import twin_key  # noqa: E402  (Flaux's .doc and .txt, Corte's PV .pdf and OCR .txt)

from indexer.collectivites import canonical_spellings, from_folders  # noqa: E402
from indexer.models import NON_ACT_DOC_TYPES, PageText  # noqa: E402
from indexer.segment import analyse  # noqa: E402

# what a changed act is compared on, in the order the diff prints them
COMPARED = ("pages", "act_number", "objet", "vote", "adopted", "pref_date", "actes_id", "doc_type", "collectivite",
            "date")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def reread(data_dir: Path, only: set[str] | None = None) -> dict:
    """Acts and file types of every file of the library (or of the files named in ``only``), read again."""
    db = sqlite3.connect(f"file:{data_dir / 'catalogue.sqlite3'}?mode=ro", uri=True)
    try:
        acts: list[dict] = []
        files: list[dict] = []
        for file_id, path in db.execute("SELECT file_id, path FROM files ORDER BY path").fetchall():
            rel = nfc(path)
            if only is not None and rel not in only:
                continue
            pages = [PageText(n, text, bool(ocr), bool(needs)) for n, text, ocr, needs in db.execute(
                "SELECT page, text, ocr, needs_ocr FROM pages WHERE file_id=? ORDER BY page", (file_id,))]
            if not pages:  # unreadable file: no analysis was stored either
                files.append({"path": rel, "doc_type": None})
                continue
            analysis = analyse(pages, PurePosixPath(path).name)
            files.append({"path": rel, "doc_type": str(analysis.doc_type)})
            if analysis.doc_type in NON_ACT_DOC_TYPES:
                continue  # lists, agendas, annexes: `registre acts` leaves their rows out
            for seq, act in enumerate(analysis.acts):
                v = act.votes
                acts.append({
                    "path": rel, "pages": list(range(act.page_start, act.page_end + 1)), "seq": seq,
                    "act_number": act.act_number, "objet": act.objet, "date": act.date,
                    "collectivite": act.collectivite, "doc_type": str(act.kind or analysis.doc_type),
                    "matter_code": act.matter.code,
                    "vote": {"pour": v.pour, "contre": v.contre, "abstention": v.abstention,
                             "unanimite": v.unanimite, "effectif": v.effectif, "presents": v.presents,
                             "votants": v.votants},
                    "adopted": act.adopted, "pref_date": act.pref_date, "actes_id": act.actes_id})
    finally:
        db.close()
    _merge_spellings(acts)
    return {"acts": acts, "files": files}


def _merge_spellings(acts: list[dict]) -> None:
    """The importer's last step (Importer._merge_collectivite_spellings), on the acts re-read."""
    mapping = canonical_spellings(Counter(a["collectivite"] for a in acts if a["collectivite"]))
    for act in acts:
        if act["collectivite"]:
            act["collectivite"] = mapping[act["collectivite"]]
    unnamed = {a["path"] for a in acts if not a["collectivite"]}
    named = from_folders(unnamed, set(mapping.values()))
    for act in acts:
        if not act["collectivite"] and act["path"] in named:
            act["collectivite"] = named[act["path"]]


def hidden_paths(parts: str) -> set[str]:
    """The files of these parts (``a``: part A's held-out split): from their truth, or from their drawn list while
    they are being judged."""
    paths: set[str] = set()
    for part in parts:
        truth = HERE / "devset" / f"acts_truth.part-{part.upper()}.jsonl"
        drawn = HERE / "devset" / f"acts_part_{part.lower()}_files.txt"
        if truth.exists():
            with open(truth, encoding="utf-8") as lines:
                records = [json.loads(line) for line in lines if line.strip()]
            paths.update(nfc(r["path"]) for r in records if part.isupper() or r["split"] == "heldout")
        elif drawn.exists():
            paths.update(nfc(line.strip()) for line in drawn.read_text(encoding="utf-8").splitlines() if line.strip())
    return paths


def diff(before: dict, after: dict, hidden: set[str], show: int, only: set[str] | None = None) -> list[str]:
    """One line per changed file (its changes below, ``show`` at most), hidden files counted only; with ``only``,
    the other files of the saved run are not compared (they were not re-read)."""
    def by_path(run: dict) -> dict[str, list[dict]]:
        grouped: dict[str, list[dict]] = defaultdict(list)
        for act in run["acts"]:
            grouped[nfc(act["path"])].append(act)
        return grouped

    old, new = by_path(before), by_path(after)
    hidden_twins = {twin_key(path) for path in hidden}
    old_types = {nfc(f["path"]): f["doc_type"] for f in before["files"]}
    new_types = {nfc(f["path"]): f["doc_type"] for f in after["files"]}
    changed_fields: Counter[str] = Counter()
    lines: list[str] = []
    hidden_changed = changed_files = 0
    for path in sorted(set(old) | set(new) | set(old_types) | set(new_types)):
        if only is not None and path not in only:
            continue
        was, now = old.get(path, []), new.get(path, [])
        changes = []
        if old_types.get(path) != new_types.get(path):
            changes.append(f"  doc_type {old_types.get(path)} -> {new_types.get(path)}")
        if len(was) != len(now):
            changes.append(f"  count {len(was)} -> {len(now)}")
            changed_fields["count"] += abs(len(was) - len(now))
        else:
            for i, (a, b) in enumerate(zip(was, now, strict=True)):
                for key in COMPARED:
                    if a.get(key) != b.get(key):
                        changed_fields[key] += 1
                        changes.append(f"  #{i} {key}: {str(a.get(key))[:100]} -> {str(b.get(key))[:100]}")
        if not changes:
            continue
        changed_files += 1
        if path in hidden or twin_key(path) in hidden_twins:
            hidden_changed += 1
            continue
        lines.append(path)
        lines.extend(changes[:show] if show else [])
    head = f"{changed_files} files changed ({hidden_changed} hidden), acts: {dict(changed_fields)}"
    return [head, *lines]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="the library (its catalogue.sqlite3 is only read)")
    parser.add_argument("--out", type=Path, required=True, help="where to save this run (JSON)")
    parser.add_argument("--only", action="append", help="re-read only this path (relative to its root; repeatable)")
    parser.add_argument("--diff", type=Path, help="a saved run to compare this one with")
    parser.add_argument("--show", type=int, default=0, help="changes printed per file (default: file names only)")
    parser.add_argument("--hide-parts", default="aIM",
                        help="truth parts whose files are counted, never named, in the diff (a: part A's held-out"
                             " split; default: aIM)")
    parser.add_argument("--hide-file", type=Path,
                        help="more files to count, never name (one path a line: a part drawn, not yet judged)")
    args = parser.parse_args()
    start = time.monotonic()
    only = {nfc(p) for p in args.only} if args.only else None
    run = reread(args.data_dir, only)
    args.out.write_text(json.dumps(run, ensure_ascii=False), encoding="utf-8")
    print(f"{len(run['files'])} files, {len(run['acts'])} acts re-read in {time.monotonic() - start:.0f} s"
          f" -> {args.out}", file=sys.stderr)
    if args.diff:
        before = json.loads(args.diff.read_text(encoding="utf-8"))
        hidden = hidden_paths(args.hide_parts)
        if args.hide_file:
            hidden |= {nfc(line.strip()) for line in args.hide_file.read_text(encoding="utf-8").splitlines()
                       if line.strip()}
        print("\n".join(diff(before, run, hidden, args.show, only)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
