"""Facts a library states that cannot be true, whatever the document says: a check without any truth set.

Reads ``registre acts --json`` of a library (or a saved list) and counts, per rule, the acts whose stored
facts contradict each other or the law:

- ``vote > 170``          a vote figure larger than the largest council (Paris: 163 members);
- ``vote > effectif``     pour + contre + abstention above the members in office printed with it;
- ``unanimité + contre``  a unanimity with votes against;
- ``date hors 1790–2026`` a séance date no commune can have (or in the future);
- ``préfecture avant``    a reception in préfecture before the séance, or more than a year after it;
- ``n° ≠ @ctes``          an act number that differs from the number inside its own @ctes identifier
                          (Corte prints « 25-07/069 » and the stamp « …-25-07-069-DE »);
- ``n° répété``           one act number twice in one file (an act cut in two, or a recap list read again).

Each rule names its examples, so a person reads them: a rule firing is a lead, not a verdict (a recap
list may print a number twice; a PV may itself misprint one).

Usage::

    python bench/audit_acts.py --data-dir D [--examples 5] [--json]
    python bench/audit_acts.py --acts acts.json
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MAX_VOTE = 170
_ACTES_NUMBER = re.compile(r"-(\d{2})-(\d{2})-(\d{3})-[A-Z]{2}$")


def _figures(vote: dict) -> list[int]:
    return [v for v in (vote.get("pour"), vote.get("contre"), vote.get("abstention")) if isinstance(v, int)]


def audit(acts: list[dict], today: str = "2026-12-31") -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = defaultdict(list)
    numbers: Counter[tuple[str, str]] = Counter()
    for act in acts:
        vote = act.get("vote") or {}
        figures = _figures(vote)
        if any(f > MAX_VOTE for f in figures):
            found["vote > 170"].append(act)
        effectif = vote.get("effectif")
        if isinstance(effectif, int) and sum(figures) > effectif:
            found["vote > effectif"].append(act)
        if vote.get("unanimite") and (vote.get("contre") or 0) > 0:
            found["unanimité + contre"].append(act)
        date = act.get("date")
        if date and not ("1790" <= date <= today):
            found["date hors 1790–2026"].append(act)
        pref = act.get("pref_date")
        if pref and date and (pref < date or pref > f"{int(date[:4]) + 1}{date[4:]}"):
            found["préfecture avant la séance ou > 1 an"].append(act)
        number, actes_id = act.get("act_number"), act.get("actes_id")
        stamp = _ACTES_NUMBER.search(actes_id or "")
        spelled = f"{stamp.group(1)}-{stamp.group(2)}/{stamp.group(3)}" if stamp else None
        if number and spelled and re.fullmatch(r"\d{2}-\d{2}/\d{3}", number) and number != spelled:
            found["n° ≠ @ctes"].append(act)
        if number:
            numbers[(act["path"], number)] += 1
    for act in acts:
        if act.get("act_number") and numbers[(act["path"], act["act_number"])] > 1:
            found["n° répété dans un fichier"].append(act)
    return found


def _load(args: argparse.Namespace) -> list[dict]:
    if args.acts:
        return json.loads(Path(args.acts).read_text(encoding="utf-8"))
    cmd = [sys.executable, "-m", "registre", "acts", "--data-dir", args.data_dir, "--json"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=REPO)
    return json.loads(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--data-dir", help="bibliothèque")
    source.add_argument("--acts", help="liste d'actes sauvegardée (format `registre acts --json`)")
    parser.add_argument("--examples", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    acts = _load(args)
    found = audit(acts)
    if args.json:
        print(json.dumps({rule: len(hits) for rule, hits in found.items()} | {"acts": len(acts)}, ensure_ascii=False))
        return 0
    print(f"{len(acts)} actes lus")
    for rule in ("vote > 170", "vote > effectif", "unanimité + contre", "date hors 1790–2026",
                 "préfecture avant la séance ou > 1 an", "n° ≠ @ctes", "n° répété dans un fichier"):
        hits = found.get(rule, [])
        files = len({a["path"] for a in hits})
        print(f"{rule:40s} {len(hits):5d} actes dans {files} fichiers")
        for act in hits[: args.examples]:
            vote = {k: v for k, v in (act.get("vote") or {}).items() if v is not None}
            print(f"    {act['path'][-70:]} #{act.get('seq')} n°{act.get('act_number')} {act.get('date')} "
                  f"pref {act.get('pref_date')} {vote}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
