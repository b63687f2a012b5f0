"""Score how well a library reads acts out of the real corpus, against the hand-judged truth.

Truth: every ``bench/devset/acts_truth*.jsonl`` (one object per judged file; a path seen twice is
kept once, the first file in name order wins, so the merged ``acts_truth.jsonl`` beats its parts).
Schema and rules: ``bench/devset/README.md`` (section « Vérité par acte »).

Predictions, in this order of preference:

* ``--predictions FILE.json``: a saved list of acts in the ``registre acts --json`` format, or an
  object ``{"acts": [...], "files": [{"path", "doc_type"}]}`` (``files`` gives the doc type of files
  that hold no act, e.g. lists);
* ``--data-dir D``: ``registre acts --data-dir D --json`` when that command exists, else the
  library itself (``Library(D).acts()`` and ``.files()``), read without loading the vector model.

Usage::

    python bench/score_acts.py --data-dir /tmp/lib              # after: registre import CORPUS --data-dir /tmp/lib
    python bench/score_acts.py --predictions preds.json --show-errors
    python bench/score_acts.py --data-dir /tmp/lib --json       # machine-readable figures

Matching, per file: a predicted act (doc_type "decision" excluded) can match a truth act when its
pages include the truth act's start page; pairs are taken best first (same act number, then objet
similarity, then nearest start page), one to one.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEVSET = HERE / "devset"
CORPUS = Path(os.environ.get("REGISTRE_CORPUS", HERE.parent.parent / "shared" / "corpus"))
SPLITS = ("dev", "heldout", "all")
# Part C: files drawn at random (seeded) and judged in session 3, scored once with the final code; kept out of
# "all" and of the per-collectivité table so that the A+B figures stay comparable with earlier sessions.
PART_C = "C"
# Part D: drawn the same way in session 4 (seed 20261204, excluding parts A, B and C), judged before any run of
# that session's code, scored once at its end: same treatment as part C, with its own switch and column.
PART_D = "D"
# Part E: drawn in session 5 (seed 20261205, excluding parts A-D and the other format of a judged document), judged
# by reading before any look at that session's output on them, scored once at its end with v47 and the final code
PART_E = "E"
# Part F: drawn in session 7 (seed 20261206, excluding parts A-E, their twins and files of more than 45 pages, 15
# files), judged by reading before any look at the output of the code on them, scored with v55 before any change
PART_F = "F"
# Part G: drawn in session 8 (seed 20261207, same exclusions as F, 11 files), judged by reading before any run of the
# code on them, never tuned on: measured with the session-start code (v59) and with the code of the session's end
PART_G = "G"
# Part H: drawn in session 9 (seed 20261203, part G's rule, 11 files), judged by reading before any run of the code on
# them, never tuned on: measured once with main's code (v66) after the judging was committed
PART_H = "H"
# Part I: drawn in session 10 (seed 20261204, part G's rule, 9 files), judged by reading before any run of the code on
# them, never tuned on: measured once with the session's final code
PART_I = "I"
# Part J: drawn in session 11 (seed 20261205, part G's rule, 9 files), judged by reading only (nobody ran Registre on
# its files before its truth was committed), never tuned on
PART_J = "J"
# Part K: drawn in session 12 (seed 20261206, part G's rule, 9 files), judged by reading only (nobody ran Registre on
# its files before its truth was committed), never tuned on
PART_K = "K"
# Part L: drawn in session 13 (seed 20261207, part G's rule, 9 files), judged by reading only (nobody ran Registre on
# its files before its truth was committed), never tuned on
PART_L = "L"
# Part M: drawn in session 14 (seed 20261208, part G's rule, 8 files), judged by reading only (nobody ran Registre on
# its files before its truth was committed), never tuned on
PART_M = "M"
SEPARATE_PARTS = (PART_C, PART_D, PART_E, PART_F, PART_G, PART_H, PART_I, PART_J, PART_K, PART_L, PART_M)
NON_ACT_TYPES = ("liste", "ordre-du-jour", "annexe")
VOTE_FIGURES = ("pour", "contre", "abstention")
OBJET_THRESHOLD = 0.8


# ----------------------------------------------------------------------------- normalisation
def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str | None) -> str:
    """Lower case, accents removed, every run of non-alphanumerics turned into one space."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "oe"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^0-9a-z]+", " ", plain).strip()


def number_key(number: str | None) -> str:
    """Act numbers compare without spaces and case only ("D 2024-30" == "d2024-30")."""
    return re.sub(r"\s+", "", nfc(number or "")).casefold()


def collectivite_key(name: str | None) -> str:
    """Lower case, no accents, alphanumerics only; a leading "commune de" / "ville de" is ignored."""
    key = fold(name)
    key = re.sub(r"^(commune|ville|mairie) (de |d )?", "", key)
    return key.replace(" ", "")


# « Délibération relative à la réhabilitation … » and « La réhabilitation … » name one objet: the
# words that announce the objet, and a leading article, are not the objet
_OBJET_LEAD = re.compile(r"^(?:deliberation (?:n \S+ )?)?"
                         r"(?:(?:relative|relatif) (?:a |aux |au )|portant (?:sur )?|pour |concernant |sur )?"
                         r"(?:(?:la|le|les|l|un|une) )?")
OCR_RATIO = 0.9  # characters in common, for two objets of (almost) the same length
OCR_LENGTH = 0.05  # at most 5 % longer: a typo or a lost space, never a cut objet


def objet_key(text: str | None) -> str:
    return _OBJET_LEAD.sub("", fold(text), count=1)


def objet_similarity(truth: str | None, pred: str | None) -> float:
    """Jaccard similarity of the folded word sets; 1.0 when one folded objet contains the other
    and the shorter covers at least 80 % of the longer, or when both have the same length within
    5 % and 90 % of their characters in common (an OCR typo the truth corrected: « Apprebation »,
    « Administratif2022 »). The announcing words (« Délibération relative à », a leading article)
    are left out on both sides."""
    a, b = objet_key(truth), objet_key(pred)
    if not a or not b:
        return 0.0
    shorter, longer = sorted((a, b), key=len)
    if shorter in longer and len(shorter) >= OBJET_THRESHOLD * len(longer):
        return 1.0
    if len(longer) <= (1 + OCR_LENGTH) * len(shorter) and SequenceMatcher(None, a, b).ratio() >= OCR_RATIO:
        return 1.0
    ta, tb = set(a.split()), set(b.split())
    return len(ta & tb) / len(ta | tb)


def objet_right(truth: str | None, pred: str | None) -> bool:
    return objet_similarity(truth, pred) >= OBJET_THRESHOLD


# ----------------------------------------------------------------------------- votes
def _vote_figure(vote: dict, key: str, unanimous_truth: bool) -> int | None:
    value = vote.get(key)
    if value is None and unanimous_truth and key in ("contre", "abstention"):
        return 0  # "à l'unanimité": no contre; abstentions only when named
    return value


def vote_right(truth: dict, pred: dict | None) -> bool:
    """Equality of the votes as printed.

    * pour / contre / abstention: each figure the truth prints must be predicted equal; a figure
      the truth does not print is not judged. A missing contre or abstention counts as 0 on both
      sides only when the truth says unanimité.
    * unanimité: truth True needs a prediction saying unanimité, or an explicit "pour" with
      contre == 0; truth False needs a prediction not saying unanimité, unless the truth prints
      contre == 0 (then "unanimité" is an acceptable reading of it); truth None is not judged.
    * an empty predicted vote is never right.
    """
    if not pred or all(pred.get(k) is None for k in (*VOTE_FIGURES, "unanimite")):
        return False
    unanimous = truth.get("unanimite") is True
    for key in VOTE_FIGURES:
        expected = _vote_figure(truth, key, unanimous)
        if expected is not None and _vote_figure(pred, key, unanimous) != expected:
            return False
    said = bool(pred.get("unanimite"))
    if truth.get("unanimite") is True and not said:
        return pred.get("pour") is not None and pred.get("contre") == 0
    if truth.get("unanimite") is False and said:
        return truth.get("contre") == 0
    return True


def vote_printed(vote: dict | None) -> bool:
    return bool(vote) and any(vote.get(k) is not None for k in (*VOTE_FIGURES, "unanimite"))


# ----------------------------------------------------------------------------- loading truth
def load_truth(pattern: str = str(DEVSET / "acts_truth*.jsonl")) -> list[dict]:
    seen: dict[str, dict] = {}
    for name in sorted(glob.glob(pattern)):
        with open(name, encoding="utf-8") as fh:
            for line_no, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                record = json.loads(line)
                record["path"] = nfc(record["path"])
                record["_source"] = f"{os.path.basename(name)}:{line_no}"
                seen.setdefault(record["path"], record)
    return list(seen.values())


# ----------------------------------------------------------------------------- loading predictions
@dataclass
class Predictions:
    acts: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))  # path -> acts
    doc_types: dict[str, str | None] = field(default_factory=dict)  # path -> file doc type
    source: str = ""

    def has_file(self, path: str) -> bool:
        return path in self.doc_types or path in self.acts


def _norm_act(raw: dict) -> dict:
    pages = raw.get("pages")
    if not pages:
        start = raw.get("page_start") or raw.get("page") or 1
        pages = list(range(start, (raw.get("page_end") or start) + 1))
    return {"path": nfc(raw["path"]), "pages": [int(p) for p in pages], "act_number": raw.get("act_number"),
            "objet": raw.get("objet"), "date": raw.get("date"), "collectivite": raw.get("collectivite"),
            "doc_type": raw.get("doc_type"), "vote": raw.get("vote") or raw.get("votes") or {},
            "adopted": raw.get("adopted"), "pref_date": raw.get("pref_date"), "actes_id": raw.get("actes_id")}


def predictions_from_records(acts: list[dict], files: list[dict] | None, source: str) -> Predictions:
    preds = Predictions(source=source)
    for raw in acts:
        act = _norm_act(raw)
        preds.acts[act["path"]].append(act)
    for path, path_acts in preds.acts.items():
        kinds = Counter(a["doc_type"] for a in path_acts if a["doc_type"] and a["doc_type"] != "decision")
        preds.doc_types[path] = kinds.most_common(1)[0][0] if kinds else None
    for record in files or []:
        preds.doc_types[nfc(record["path"])] = record.get("doc_type")
    return preds


def load_prediction_file(path: str) -> Predictions:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if isinstance(data, dict):
        return predictions_from_records(data.get("acts", []), data.get("files"), path)
    return predictions_from_records(data, None, path)


def _registre_command() -> list[str] | None:
    exe = shutil.which("registre") or (str(HERE.parent / ".venv/bin/registre")
                                       if (HERE.parent / ".venv/bin/registre").exists() else None)
    if exe:
        return [exe]
    return [sys.executable, "-m", "registre"]


def predictions_from_cli(data_dir: str) -> Predictions | None:
    """`registre acts --data-dir D --json`, or None when that sub-command does not exist (yet)."""
    cmd = _registre_command() + ["acts", "--data-dir", data_dir, "--json"]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=HERE.parent, timeout=1800)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        if "acts" in done.stderr and ("invalid choice" in done.stderr or "choix invalide" in done.stderr):
            return None
        sys.stderr.write(done.stderr)
        return None
    data = json.loads(done.stdout)
    if isinstance(data, dict):
        return predictions_from_records(data.get("acts", []), data.get("files"), "registre acts --json")
    return predictions_from_records(data, None, "registre acts --json")


def corpus_relative(path: str, root: str | None, corpus: Path) -> str:
    """The library stores paths relative to the imported folder: re-rooted on the corpus when possible."""
    if not root:
        return path
    absolute = Path(root) / path
    try:
        return absolute.resolve().relative_to(corpus.resolve()).as_posix()
    except ValueError:
        return path


def _act_record(act, corpus: Path) -> dict:
    """An indexer ActRecord in the `registre acts --json` shape."""
    votes = {k: getattr(act.votes, k) for k in (*VOTE_FIGURES, "unanimite", "effectif", "presents", "votants")}
    return {"path": corpus_relative(act.path, act.root, corpus), "pages": act.pages, "act_number": act.act_number,
            "objet": act.objet, "date": act.date, "collectivite": act.collectivite,
            "doc_type": str(act.doc_type) if act.doc_type else None, "matter_code": act.matter_code,
            "vote": votes, "adopted": act.adopted,
            "pref_date": getattr(act, "pref_date", None), "actes_id": getattr(act, "actes_id", None)}


def predictions_from_library(data_dir: str, corpus: Path = CORPUS) -> Predictions:
    sys.path.insert(0, str(HERE.parent))
    from indexer.library import Library  # imported here: only needed when there is no CLI contract

    lib = Library(data_dir, embedder="hashing")  # reading acts needs no vector model
    acts = [_act_record(a, corpus) for a in lib.acts()]
    files = [{"path": corpus_relative(f.path, f.root, corpus), "doc_type": str(f.doc_type) if f.doc_type else None}
             for f in lib.files()]
    return predictions_from_records(acts, files, f"Library({data_dir})")


def load_predictions(args: argparse.Namespace) -> Predictions:
    if args.predictions:
        return load_prediction_file(args.predictions)
    corpus = Path(args.corpus)
    preds = predictions_from_cli(args.data_dir)
    if preds is None:
        return predictions_from_library(args.data_dir, corpus)
    try:  # files without any act (lists, agendas) only have a doc type in the library
        for path, doc_type in predictions_from_library(args.data_dir, corpus).doc_types.items():
            if preds.doc_types.get(path) is None:
                preds.doc_types[path] = doc_type
    except Exception as exc:  # the CLI's figures stand on their own
        sys.stderr.write(f"types de fichiers de la bibliothèque non lus : {exc}\n")
    return preds


# ----------------------------------------------------------------------------- matching
def match_file(truth_acts: list[dict], pred_acts: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (truth index, prediction index), best candidates first."""
    candidates = []
    for ti, t in enumerate(truth_acts):
        for pi, p in enumerate(pred_acts):
            if t["page"] not in p["pages"]:
                continue
            same_number = bool(t.get("act_number")) and number_key(t["act_number"]) == number_key(p["act_number"])
            candidates.append((-int(same_number), -objet_similarity(t["objet"], p["objet"]),
                               abs(p["pages"][0] - t["page"]), ti, pi))
    pairs, used_t, used_p = [], set(), set()
    for *_, ti, pi in sorted(candidates):
        if ti not in used_t and pi not in used_p:
            pairs.append((ti, pi))
            used_t.add(ti)
            used_p.add(pi)
    return sorted(pairs)


# ----------------------------------------------------------------------------- scoring
@dataclass
class Tally:
    """Counters for one split or one collectivité; ratios are computed at the end."""
    files: int = 0
    files_found: int = 0
    truth_acts: int = 0
    pred_acts: int = 0
    matched: int = 0
    exact_count: int = 0
    acts_in_non_act_files: int = 0
    non_act_files: int = 0
    checks: Counter = field(default_factory=Counter)  # "<name>_ok" / "<name>_n"

    def check(self, name: str, ok: bool) -> None:
        self.checks[f"{name}_n"] += 1
        self.checks[f"{name}_ok"] += int(ok)

    def rate(self, name: str) -> float | None:
        n = self.checks[f"{name}_n"]
        return self.checks[f"{name}_ok"] / n if n else None

    def figures(self) -> dict:
        precision = self.matched / self.pred_acts if self.pred_acts else None
        recall = self.matched / self.truth_acts if self.truth_acts else None
        f1 = (2 * precision * recall / (precision + recall)) if precision and recall else 0.0
        out = {"files": self.files, "files_found": self.files_found, "truth_acts": self.truth_acts,
               "pred_acts": self.pred_acts, "matched": self.matched, "precision": precision, "recall": recall,
               "f1": f1, "exact_count": self.exact_count / self.files if self.files else None,
               "non_act_files": self.non_act_files, "acts_in_non_act_files": self.acts_in_non_act_files}
        for name in ("vote", "number", "objet", "date", "collectivite", "pref_date", "doc_type"):
            out[name] = self.rate(name)
            out[f"{name}_n"] = self.checks[f"{name}_n"]
        return out


def _errors_of_pair(t: dict, p: dict, truth_file: dict, errors: list[str], tallies: list[Tally]) -> None:
    def check(name: str, ok: bool, detail: str) -> None:
        for tally in tallies:
            tally.check(name, ok)
        if not ok:
            errors.append(f"  p{t['page']} {name}: {detail}")

    if vote_printed(t.get("vote")):
        check("vote", vote_right(t["vote"], p["vote"]),
              f"vérité {_short_vote(t['vote'])} / prédit {_short_vote(p['vote'])}")
    if t.get("act_number"):
        check("number", number_key(t["act_number"]) == number_key(p["act_number"]),
              f"vérité {t['act_number']!r} / prédit {p['act_number']!r}")
    check("objet", objet_right(t["objet"], p["objet"]), f"vérité {t['objet']!r} / prédit {p['objet']!r}")
    if truth_file.get("seance_date"):
        check("date", p["date"] == truth_file["seance_date"],
              f"vérité {truth_file['seance_date']} / prédit {p['date']}")
    names = [truth_file["collectivite"], *truth_file.get("collectivite_aliases", [])]
    check("collectivite", collectivite_key(p["collectivite"]) in {collectivite_key(n) for n in names},
          f"vérité {truth_file['collectivite']!r} / prédit {p['collectivite']!r}")
    if t.get("pref_date"):
        check("pref_date", p.get("pref_date") == t["pref_date"],
              f"vérité {t['pref_date']} / prédit {p.get('pref_date')}")


def _short_vote(vote: dict | None) -> str:
    if not vote:
        return "∅"
    parts = [f"{k}={vote[k]}" for k in (*VOTE_FIGURES, "unanimite") if vote.get(k) is not None]
    return "{" + ", ".join(parts) + "}"


def _explain_false_positive(p: dict, truth_file: dict) -> str:
    """A hint on what an unmatched predicted act probably is (decision, listed line…)."""
    for d in truth_file.get("decisions", []):
        if number_key(d.get("number")) == number_key(p["act_number"]) or objet_right(d.get("objet"), p["objet"]):
            return f" (= décision {d.get('number')})"
    for line in truth_file.get("listed", []):
        if number_key(line.get("number")) == number_key(p["act_number"]) or objet_right(line.get("objet"), p["objet"]):
            return f" (= ligne de liste {line.get('number')})"
    return ""


def score_file(truth_file: dict, preds: Predictions, tallies: list[Tally], errors: list[str]) -> None:
    path = truth_file["path"]
    truth_acts = truth_file.get("acts", [])
    pred_acts = [a for a in preds.acts.get(path, []) if a["doc_type"] != "decision"]
    found = preds.has_file(path)
    pairs = match_file(truth_acts, pred_acts)
    local: list[str] = []
    for tally in tallies:
        tally.files += 1
        tally.files_found += int(found)
        tally.truth_acts += len(truth_acts)
        tally.pred_acts += len(pred_acts)
        tally.matched += len(pairs)
        tally.exact_count += int(len(pred_acts) == len(truth_acts))
        if truth_file["doc_type"] in NON_ACT_TYPES:
            tally.non_act_files += 1
            tally.acts_in_non_act_files += len(pred_acts)
        if found:
            tally.check("doc_type", preds.doc_types.get(path) == truth_file["doc_type"])
    if found and preds.doc_types.get(path) != truth_file["doc_type"]:
        local.append(f"  doc_type: vérité {truth_file['doc_type']} / prédit {preds.doc_types.get(path)}")
    for ti, pi in pairs:
        _errors_of_pair(truth_acts[ti], pred_acts[pi], truth_file, local, tallies)
    matched_t = {ti for ti, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for ti, t in enumerate(truth_acts):
        if ti not in matched_t:
            local.append(f"  manqué p{t['page']} {t.get('act_number') or ''} {t['objet'][:90]!r}")
    for pi, p in enumerate(pred_acts):
        if pi not in matched_p:
            local.append(f"  en trop p{p['pages'][0]}-{p['pages'][-1]} {p['act_number'] or ''} "
                         f"{(p['objet'] or '')[:90]!r}{_explain_false_positive(p, truth_file)}")
    if not found:
        local.insert(0, "  fichier absent des prédictions")
    if local:
        errors.append(f"{path} [{truth_file['split']}, {truth_file['doc_type']}, "
                      f"{len(truth_acts)} vrais / {len(pred_acts)} prédits]")
        errors.extend(local)


def score(truth: list[dict], preds: Predictions) -> tuple[dict, dict, list[str]]:
    by_split = {name: Tally() for name in SPLITS}
    for part in SEPARATE_PARTS:
        if any(t["split"] == part for t in truth):
            by_split[part] = Tally()
    by_coll: dict[str, Tally] = defaultdict(Tally)
    errors: list[str] = []
    for truth_file in sorted(truth, key=lambda r: r["path"]):
        if truth_file["split"] in SEPARATE_PARTS:
            tallies = [by_split[truth_file["split"]]]
        else:
            tallies = [by_split["all"], by_split[truth_file["split"]], by_coll[truth_file["collectivite"]]]
        score_file(truth_file, preds, tallies, errors)
    return ({k: v.figures() for k, v in by_split.items()},
            {k: v.figures() for k, v in sorted(by_coll.items())}, errors)


# ----------------------------------------------------------------------------- report
def _pct(value: float | None) -> str:
    return "  —  " if value is None else f"{100 * value:5.1f}"


ROWS = [("fichiers jugés (trouvés)", lambda f: f"{f['files']} ({f['files_found']})"),
        ("actes vrais / prédits / appariés", lambda f: f"{f['truth_acts']} / {f['pred_acts']} / {f['matched']}"),
        ("segmentation précision %", lambda f: _pct(f["precision"])),
        ("segmentation rappel %", lambda f: _pct(f["recall"])),
        ("segmentation F1 %", lambda f: _pct(f["f1"])),
        ("fichiers au bon nombre d'actes %", lambda f: _pct(f["exact_count"])),
        ("actes prédits dans liste/odj/annexe",
         lambda f: f"{f['acts_in_non_act_files']} ({f['non_act_files']} fich.)"),
        ("votes justes % (n)", lambda f: f"{_pct(f['vote'])} ({f['vote_n']})"),
        ("numéros justes % (n)", lambda f: f"{_pct(f['number'])} ({f['number_n']})"),
        ("objets justes % (n)", lambda f: f"{_pct(f['objet'])} ({f['objet_n']})"),
        ("date de séance juste % (n)", lambda f: f"{_pct(f['date'])} ({f['date_n']})"),
        ("collectivité juste % (n)", lambda f: f"{_pct(f['collectivite'])} ({f['collectivite_n']})"),
        ("date préfecture juste % (n)", lambda f: f"{_pct(f['pref_date'])} ({f['pref_date_n']})"),
        ("type de document juste % (n fich.)", lambda f: f"{_pct(f['doc_type'])} ({f['doc_type_n']})")]


def print_report(splits: dict, colls: dict, source: str) -> None:
    print(f"Prédictions : {source}")
    names = [name for name in (*SPLITS, *SEPARATE_PARTS) if name in splits]
    print(f"{'':38}" + "".join(f"{name:>18}" for name in names))
    for label, fmt in ROWS:
        print(f"{label:38}" + "".join(f"{fmt(splits[name]):>18}" for name in names))
    print("\nPar collectivité (dev + heldout, sans les parts C à G)")
    header = f"{'collectivité':44}{'fich':>5}{'vrais':>6}{'préd':>6}{'P%':>7}{'R%':>7}{'F1%':>7}" \
             f"{'nb=%':>7}{'vote%':>7}{'num%':>7}{'objet%':>7}{'type%':>7}"
    print(header)
    for name, f in colls.items():
        print(f"{name[:43]:44}{f['files']:>5}{f['truth_acts']:>6}{f['pred_acts']:>6}{_pct(f['precision']):>7}"
              f"{_pct(f['recall']):>7}{_pct(f['f1']):>7}{_pct(f['exact_count']):>7}{_pct(f['vote']):>7}"
              f"{_pct(f['number']):>7}{_pct(f['objet']):>7}{_pct(f['doc_type']):>7}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--data-dir", help="bibliothèque construite par `registre import CORPUS --data-dir D`")
    source.add_argument("--predictions", help="liste d'actes sauvegardée (format `registre acts --json`)")
    parser.add_argument("--truth", default=str(DEVSET / "acts_truth*.jsonl"),
                        help="motif glob des fichiers de vérité")
    parser.add_argument("--corpus", default=str(CORPUS), help="racine du corpus (chemins des prédictions)")
    parser.add_argument("--json", action="store_true", help="chiffres en JSON")
    parser.add_argument("--show-errors", action="store_true", help="lister les écarts fichier par fichier")
    parser.add_argument("--part-c", action="store_true",
                        help="compter aussi la part C (tirée au hasard, mesurée une seule fois avec le code final)")
    parser.add_argument("--part-e", action="store_true",
                        help="compter aussi la part E (session 5, tirée au hasard, mesurée une seule fois à la fin)")
    parser.add_argument("--part-d", action="store_true",
                        help="compter aussi la part D (session 4, tirée au hasard, mesurée une seule fois à la fin)")
    parser.add_argument("--part-f", action="store_true",
                        help="compter aussi la part F (session 7, tirée au hasard, mesurée avec la v55 avant "
                             "tout réglage)")
    parser.add_argument("--part-g", action="store_true",
                        help="compter aussi la part G (session 8, tirée au hasard, jamais réglée : mesurée avec le "
                             "code de début et de fin de session)")
    parser.add_argument("--part-h", action="store_true",
                        help="compter aussi la part H (session 9, tirée au hasard, jamais réglée : mesurée une fois "
                             "avec le code de main)")
    parser.add_argument("--part-i", action="store_true",
                        help="compter aussi la part I (session 10, tirée au hasard, jamais réglée : mesurée une "
                             "fois avec le code final)")
    parser.add_argument("--part-j", action="store_true",
                        help="compter aussi la part J (session 11, tirée au hasard, jugée en lisant les documents, "
                             "jamais réglée)")
    parser.add_argument("--part-k", action="store_true",
                        help="compter aussi la part K (session 12, tirée au hasard, jugée en lisant les documents, "
                             "jamais réglée)")
    parser.add_argument("--part-l", action="store_true",
                        help="compter aussi la part L (session 13, tirée au hasard, jugée en lisant les documents, "
                             "jamais réglée)")
    parser.add_argument("--part-m", action="store_true",
                        help="compter aussi la part M (session 14, tirée au hasard, jugée en lisant les documents, "
                             "jamais réglée)")
    args = parser.parse_args(argv)

    truth = load_truth(args.truth)
    # Each separate part counts only when asked for (C-F: drawn to be measured once; G-M: never tuned on when
    # drawn), so that its errors stay unseen while tuning.
    asked = {part for part in SEPARATE_PARTS if getattr(args, f"part_{part.lower()}")}
    truth = [t for t in truth if t["split"] not in SEPARATE_PARTS or t["split"] in asked]
    if not truth:
        parser.error(f"aucune vérité trouvée ({args.truth})")
    if args.data_dir and not (Path(args.data_dir) / "catalogue.sqlite3").exists():
        parser.error(f"pas de bibliothèque dans {args.data_dir} (catalogue.sqlite3 absent)")
    preds = load_predictions(args)
    splits, colls, errors = score(truth, preds)
    if args.json:
        print(json.dumps({"source": preds.source, "splits": splits, "collectivites": colls}, ensure_ascii=False,
                         indent=2))
    else:
        print_report(splits, colls, preds.source)
    if args.show_errors:
        print("\nÉcarts" if not args.json else "", file=sys.stderr if args.json else sys.stdout)
        for line in errors:
            print(line, file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
