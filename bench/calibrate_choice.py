"""Offline: selection rules compared, confidence fitted (k-fold), hard checks ablated — no model run.

    python bench/calibrate_choice.py --cache /work/data/wt13-choice-dev.jsonl [--heldout H.jsonl] [--write]

Reads the records of ``bench/bench_choice.py``. For each selection rule (the model's span scores
summed or averaged per token, the passage read from the first tokens, no model at all) it fits the
logistic confidence (:mod:`assistant.calibration`) in a k-fold cross-validation stratified on
answerability: weights and threshold (the lowest refusing ≥ 95 % of the *training* folds'
unanswerable questions) are chosen on k−1 folds and counted on the remaining one. Prints one JSON
line per rule with the cross-validated figures, one per hard check (wrong and right answers it
removes), and, with ``--write``, fits the chosen rule on the whole development set and stores
weights and threshold in ``resources/calibration/confidence.json``. ``--heldout`` applies that
final fit, unchanged, to the held-out records and prints their figures separately.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.calibration import (  # noqa: E402
    FEATURES,
    PREVIEW_FEATURES,
    SPAN_FEATURES,
    WEIGHTS_FILE,
    SpanRanker,
    bounded_threshold,
    fit_logistic,
    matrix,
)
from assistant.checks import CHECKS  # noqa: E402
from assistant.choice import first_statement, restrict  # noqa: E402

# "…_admissibles": the model chooses among the candidates that pass the hard checks (the product's
# rule, assistant.choice.choose); "…_admissibles_b": the same choice, but the selection signal is
# renormalised over those candidates only and "none" keeps its probability over all of them.
RULES = ("span_somme", "span_somme_admissibles", "span_somme_admissibles_b", "span_moyenne",
         "passage_premier_jeton", "sans_modele")
ZERO = {c.name for c in CHECKS if c.penalty == 0.0}
NONE_CHECK = "aucune_preferee"  # not a span check: the model prefers « aucune » to the chosen span


def emit(record: dict[str, Any]) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def read_records_text(path: Path) -> str:
    """A records file as written by bench_choice.py, or gzipped as kept in bench/devset/."""
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return handle.read()
    return path.read_text(encoding="utf-8")


def load(path: Path) -> list[dict[str, Any]]:
    records = [json.loads(line) for line in read_records_text(path).splitlines() if line.strip()]
    latest = {r["id"]: r for r in records}  # a question run twice: its last record counts
    return [r for r in latest.values() if not r.get("catalogue")]


def softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    return [e / sum(exps) for e in exps]


def distribution(record: dict[str, Any], rule: str) -> list[float]:
    """Probabilities of the candidates then of "none", under ``rule``."""
    lps: list[list[float]] = record.get("token_logprobs") or []
    n = len(record["candidates"])
    if rule == "sans_modele" or not lps:
        weights = [1.0 / (i + 2) for i in range(n)] + [0.0]
        total = sum(weights) or 1.0
        return [w / total for w in weights]
    if rule == "span_somme":
        return softmax([sum(lp) for lp in lps])
    if rule == "span_moyenne":
        return softmax([sum(lp) / max(1, len(lp)) for lp in lps])
    # passage_premier_jeton: "[" and the passage number are the reply's first two tokens.
    passage_score: dict[int, float] = {}
    for cand, lp in zip(record["candidates"], lps, strict=False):
        passage_score.setdefault(cand["n"], sum(lp[:2]))
    none_first = lps[-1][0] if lps[-1] else -30.0
    keys = sorted(passage_score)
    probs = softmax([passage_score[k] for k in keys] + [none_first])
    by_passage = dict(zip(keys, probs, strict=False))
    out, seen = [], set()
    for cand in record["candidates"]:  # within a passage, its best-placed candidate takes the mass
        out.append(by_passage[cand["n"]] if cand["n"] not in seen else 0.0)
        seen.add(cand["n"])
    return out + [probs[-1]]


def usable(cand: dict[str, Any], checks: set[str] | None) -> bool:
    """The candidate fails no always-refusing check among ``checks`` (None: all of them)."""
    active = ZERO if checks is None else ZERO & checks
    return not (set(cand["failed"]) & active)


Ranker = tuple[np.ndarray, float]  # weights over SPAN_FEATURES, bias (assistant.calibration.SpanRanker)


def span_features(record: dict[str, Any], rule: str, checks: set[str] | None = None
                  ) -> tuple[list[float], list[bool], list[list[float]]]:
    """Per candidate: its probability under ``rule``, whether it is an option, the ranker's features."""
    cands = record["candidates"]
    base = rule.split("_admissibles")[0]
    probs = distribution(record, base)
    ok = [usable(c, checks) for c in cands] if "_admissibles" in rule else [True] * len(cands)
    if "_admissibles" in rule:
        probs = restrict(probs, ok, "sans_aucune" if rule.endswith("_b") else "avec_aucune")
    feats = [[probs[i] if f == "selection" else float(c["signals"].get(f, 0.0)) for f in SPAN_FEATURES]
             for i, c in enumerate(cands)]
    return probs, ok, feats


def fit_ranker(records: list[dict[str, Any]], rule: str, checks: set[str] | None = None) -> Ranker:
    """The span ranker: a logistic regression over the options of every question, right or not."""
    x, y = [], []
    for r in records:
        if not r["candidates"]:
            continue
        _, ok, feats = span_features(r, rule, checks)
        for c, usable_, f in zip(r["candidates"], ok, feats, strict=True):
            if usable_:
                x.append(f)
                y.append(1.0 if c.get("right") else 0.0)
    if len(set(y)) < 2:
        return np.array([1.0 if f == "selection" else 0.0 for f in SPAN_FEATURES]), 0.0
    return fit_logistic(np.array(x), np.array(y))


def admissible_options(record: dict[str, Any]) -> list[int]:
    return [i for i, c in enumerate(record["candidates"]) if usable(c, None)]


def fit_preview_ranker(records: list[dict[str, Any]]) -> Ranker:
    """The ranker of the passage shown before the model (assistant.calibration.PREVIEW_FEATURES): a
    logistic regression over the admissible candidates of the answerable questions, on whether the
    candidate's window holds the answer (what that passage is for), without the model's probability."""
    x, y = [], []
    for r in records:
        if not r["answerable"]:
            continue
        for i in admissible_options(r):
            c = r["candidates"][i]
            x.append([float(c["signals"].get(f, 0.0)) for f in PREVIEW_FEATURES])
            y.append(1.0 if c.get("evidence_ok") else 0.0)
    if len(set(y)) < 2:
        return np.array([1.0 if f == "rank" else 0.0 for f in PREVIEW_FEATURES]), 0.0
    return fit_logistic(np.array(x), np.array(y))


def preview_choice(record: dict[str, Any], score: Any) -> int | None:
    """The candidate whose window the card shows before the model has run (assistant.choice.choose
    without scores): the best admissible one under ``score`` (index -> score), cited where the
    best-ranked passage states it; with no admissible option, the first candidate."""
    cands = record["candidates"]
    if not cands:
        return None
    pool = admissible_options(record)
    if not pool:
        return 0
    return first_statement([(c["text"], c["n"]) for c in cands], pool, max(pool, key=score))


def preview_hit(record: dict[str, Any], best: int | None) -> bool:
    if best is None:
        return bool(record.get("closest_evidence_ok"))
    cand = record["candidates"][best]
    return bool(cand.get("preview_evidence_ok", cand.get("evidence_ok")))


def cross_validate_preview(records: list[dict[str, Any]], k: int, rule: str) -> dict[str, Any]:
    """The first passage's hit@1 on the answerable questions, 5-fold: before (the choice's ranker,
    fitted in the folds, over the candidates' order standing in for the model's probability) and after
    (the preview ranker fitted in the folds)."""
    before, after, gained, lost = 0, 0, [], []
    for f in range(k):
        train = [r for r in records if fold_of(r["id"], k) != f]
        ranker, preview = fit_ranker(train, rule), fit_preview_ranker(train)
        for r in records:
            if fold_of(r["id"], k) != f or not r["answerable"]:
                continue
            old = new = None
            if r["candidates"]:
                feats = span_features(r, "sans_modele_admissibles_b")[2]
                z_old = np.array(feats) @ ranker[0] + ranker[1]
                z_new = np.array([[float(c["signals"].get(g, 0.0)) for g in PREVIEW_FEATURES]
                                  for c in r["candidates"]]) @ preview[0] + preview[1]
                old = preview_choice(r, lambda i, z=z_old: float(z[i]))
                new = preview_choice(r, lambda i, z=z_new: float(z[i]))
            hit_old, hit_new = preview_hit(r, old), preview_hit(r, new)
            before += hit_old
            after += hit_new
            if hit_new and not hit_old:
                gained.append(r["id"])
            if hit_old and not hit_new:
                lost.append(r["id"])
    n = sum(1 for r in records if r["answerable"])
    return {"answerable": n, "before": round(before / n, 3) if n else None,
            "after": round(after / n, 3) if n else None, "gained": gained, "lost": lost}


def decide(record: dict[str, Any], rule: str, checks: set[str] | None = None, ranker: Ranker | None = None
           ) -> tuple[int | None, dict[str, float], dict[str, Any]]:
    """The chosen candidate, its signals (selection part recomputed under ``rule``) and its failed checks.
    With ``ranker`` the admissible option it scores highest is chosen (the product's rule), else the
    one the model finds most probable."""
    cands = record["candidates"]
    if not cands:
        return None, {}, {}
    base = rule.split("_admissibles")[0]
    probs, ok, feats = span_features(record, rule, checks)
    raw = distribution(record, base)
    if ranker is None:
        best = max(range(len(cands)), key=probs.__getitem__)
    else:
        pool = [i for i in range(len(cands)) if ok[i]] or list(range(len(cands)))
        z = np.array(feats) @ ranker[0] + ranker[1]
        best = first_statement([(c["text"], c["n"]) for c in cands], pool, max(pool, key=lambda i: float(z[i])))
    others = [p for i, p in enumerate(probs[:-1]) if i != best]
    signals = dict(cands[best]["signals"])
    signals.pop("none_won", None)
    if "_admissibles" in rule and raw[-1] > raw[best] and (checks is None or NONE_CHECK in checks):
        signals["none_won"] = 1.0  # the product refuses when the model prefers « aucune » to the span
    signals.update(selection=probs[best], margin=max(0.0, probs[best] - max(others, default=0.0)),
                   none=probs[-1])
    failed = {k: v for k, v in cands[best]["failed"].items() if checks is None or k in checks}
    return best, signals, failed


def rows_for(records: list[dict[str, Any]], rule: str, checks: set[str] | None = None,
             ranker: Ranker | None = None) -> list[dict[str, Any]]:
    out = []
    for r in records:
        best, signals, failed = decide(r, rule, checks, ranker)
        cand = r["candidates"][best] if best is not None else None
        out.append({
            "id": r["id"], "answerable": r["answerable"], "near_miss": r.get("near_miss", False),
            "best": best, "signals": signals, "failed": failed,
            "right": bool(cand and cand.get("right")),
            "evidence_ok": bool(cand.get("evidence_ok")) if cand else bool(r.get("closest_evidence_ok")),
            # What the card shows when it refuses (records before session 12: the candidate's window).
            "refusal_evidence_ok": bool(cand.get("refusal_evidence_ok", cand.get("evidence_ok"))) if cand
            else bool(r.get("refusal_evidence_ok", r.get("closest_evidence_ok"))),
            "verbatim": bool(cand["verbatim"]) if cand else True,
        })
    return out


def load_span(path: str, item_id: str, best: int | None) -> str | None:
    record = next(r for r in load(Path(path)) if r["id"] == item_id)
    return None if best is None else str(record["candidates"][best]["text"])


def fold_of(item_id: str, k: int) -> int:
    return int(hashlib.md5(item_id.encode()).hexdigest()[:8], 16) % k


# The threshold rule: the lowest that refuses ≥ 95 % of the unanswerable questions and also shows a
# wrong answer to at most WRONG_MAX of the answerable ones, on the questions it is fitted on (both are
# the assistant's targets). The first condition alone is set by the unanswerable questions only: a
# check that removes a confident unanswerable one then *lowers* the threshold and lets wrong answers
# through (measured on the dev set, 5 folds: 36.7 % right / 11.7 % wrong with it alone, 30 % / 5 %
# with both; assistant/README.md).
# The bound is set below the target (≤ 5 % of answerable questions answered wrong) because a threshold
# fitted on four folds is noisy on the fifth: with the search of session 9, 0.05 on the fitting folds
# showed 9.8 % wrong answers in the held-apart folds (6 of 61), 0.04 showed 4.9 % (session 10).
WRONG_MAX = 0.04  # --wrong-max 1: the unanswerable questions' rule alone


def threshold_for(rows: list[dict[str, Any]], w: np.ndarray, b: float, features: tuple[str, ...],
                  checks: set[str] | None) -> float:
    una = [score(r, w, b, features, checks) for r in rows if not r["answerable"]]
    ans = [(score(r, w, b, features, checks), r["right"]) for r in rows if r["answerable"] and r["best"] is not None]
    total = sum(1 for r in rows if r["answerable"])
    return bounded_threshold(una, ans, 0.95, WRONG_MAX, total)


def fit(rows: list[dict[str, Any]], features: tuple[str, ...] = FEATURES) -> tuple[np.ndarray, float, float]:
    usable = [r for r in rows if r["best"] is not None]
    x = matrix([r["signals"] for r in usable], features)
    y = np.array([1.0 if r["right"] else 0.0 for r in usable])
    if len(set(y.tolist())) < 2:
        return np.zeros(len(features)), 0.0, 0.5
    w, b = fit_logistic(x, y)
    return w, b, threshold_for(rows, w, b, features, None)


def score(r: dict[str, Any], w: np.ndarray, b: float, features: tuple[str, ...], checks: set[str] | None) -> float:
    if r["best"] is None or r["signals"].get("none_won"):
        return 0.0
    z = b + float(np.dot(w, [float(r["signals"].get(f, 0.0)) for f in features]))
    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    for check in CHECKS:
        if check.name in r["failed"] and (checks is None or check.name in checks):
            p *= check.penalty
    return p


def figures(rows: list[dict[str, Any]], shown: dict[str, bool]) -> dict[str, Any]:
    ans = [r for r in rows if r["answerable"]]
    una = [r for r in rows if not r["answerable"]]
    right = sum(1 for r in ans if shown[r["id"]] and r["right"])
    wrong = sum(1 for r in ans if shown[r["id"]] and not r["right"])
    refused_una = sum(1 for r in una if not shown[r["id"]])
    near = [r for r in una if r["near_miss"]]
    return {
        "answerable": len(ans), "unanswerable": len(una),
        "right_with_citation": round(right / len(ans), 3) if ans else None,
        "wrong_shown": round(wrong / len(ans), 3) if ans else None,
        "refused_wrongly": round((len(ans) - right - wrong) / len(ans), 3) if ans else None,
        "unanswerable_refused": round(refused_una / len(una), 3) if una else None,
        "near_miss_refused": round(sum(1 for r in near if not shown[r["id"]]) / len(near), 3) if near else None,
        # The passage the card shows first: the answer's when it answers, the refusal's when it refuses.
        "evidence_hit_at_1": round(sum(r["evidence_ok"] if shown[r["id"]] else r["refusal_evidence_ok"]
                                       for r in ans) / len(ans), 3) if ans else None,
        "verbatim": round(sum(r["verbatim"] for r in rows) / len(rows), 3) if rows else None,
        "ceiling_right_if_all_shown": round(sum(r["right"] for r in ans) / len(ans), 3) if ans else None,
    }


def cross_validate_ranked(records: list[dict[str, Any]], rule: str, k: int, checks: set[str] | None = None,
                          features: tuple[str, ...] = FEATURES, learn: bool = True
                          ) -> tuple[list[dict[str, Any]], dict[str, bool]]:
    """Cross-validation where the span ranker, too, is fitted on the training folds only. Returns the
    rows as decided in their test fold and whether each is shown. ``learn=False``: the model alone."""
    rows: list[dict[str, Any]] = []
    shown: dict[str, bool] = {}
    for f in range(k):
        train = [r for r in records if fold_of(r["id"], k) != f]
        test = [r for r in records if fold_of(r["id"], k) == f]
        ranker = fit_ranker(train, rule, checks) if learn else None
        train_rows = rows_for(train, rule, checks, ranker)
        w, b = fit(train_rows, features)[:2]
        t = threshold_for(train_rows, w, b, features, checks)
        for row in rows_for(test, rule, checks, ranker):
            rows.append(row)
            shown[row["id"]] = row["best"] is not None and score(row, w, b, features, checks) >= t
    return rows, shown


def cause(record: dict[str, Any], row: dict[str, Any], shown: bool) -> str:
    """Why an answerable question is not answered right, the first link of the chain that broke:
    retrieval (no passage on an expected page), the candidate set (no right span), a hard check (the
    right span was not an option), the model's choice, the confidence (right but below the threshold)."""
    cands = record["candidates"]
    if shown and row["right"]:
        return "juste"
    if not any(p.get("source_ok") for p in record["passages"]):
        return "recherche"
    right = [c for c in cands if c.get("right")]
    if not right:
        return "candidat_absent"
    if not any(usable(c, None) for c in right):
        return "verification:" + ",".join(sorted(set().union(*(set(c["failed"]) & ZERO for c in right))))
    if not row["right"]:
        return "choix_du_modele" + ("_montre" if shown else "")
    return "seuil" + (":aucune_preferee" if row["signals"].get("none_won") else "")


def main(argv: list[str] | None = None) -> int:
    global WRONG_MAX
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", required=True, help="enregistrements du jeu de développement")
    parser.add_argument("--heldout", help="enregistrements de la partie réservée (mesurés, jamais ajustés)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--rule", default="span_somme", choices=RULES, help="règle retenue pour --write")
    parser.add_argument("--write", action="store_true", help="écrire resources/calibration/confidence.json")
    parser.add_argument("--ranker", choices=("appris", "modele"), default="appris",
                        help="choix de la réponse : classement appris (probabilité du modèle et mots de la question "
                        "dans sa phrase) ou le modèle seul")
    parser.add_argument("--extra", action="append", default=[],
                        help="autres enregistrements (pack d'étalonnage…) : décision de l'ajustement final")
    parser.add_argument("--wrong-max", type=float, default=WRONG_MAX,
                        help="seuil : aussi au plus cette part de réponses fausses affichées parmi les questions "
                        "avec réponse des plis d'ajustement (défaut 0.04 ; 1 : la règle des sans-réponse seule)")
    args = parser.parse_args(argv)
    WRONG_MAX = args.wrong_max

    records = load(Path(args.cache))
    learn = args.ranker == "appris"
    for rule in RULES:
        for ranked in (False, True):
            rows, shown = cross_validate_ranked(records, rule, args.folds, learn=ranked)
            emit({"bench": "approche", "rule": rule, "span_ranker": "appris" if ranked else "modele",
                  "folds": args.folds, **figures(rows, shown)})

    rows, base = cross_validate_ranked(records, args.rule, args.folds, learn=learn)
    by_id = {r["id"]: r for r in records}
    causes: dict[str, list[str]] = {}
    for row in rows:
        if row["answerable"]:
            causes.setdefault(cause(by_id[row["id"]], row, base[row["id"]]), []).append(row["id"])
    emit({"bench": "causes", "rule": args.rule, **{k: {"n": len(v), "ids": v} for k, v in sorted(causes.items())}})
    every = {c.name for c in CHECKS} | {NONE_CHECK}
    for name in [c.name for c in CHECKS] + [NONE_CHECK]:
        # Without the check: it neither removes options before the choice nor refuses after it.
        others = every - {name}
        without = cross_validate_ranked(records, args.rule, args.folds, others, learn=learn)[1]
        removed_wrong = sum(1 for r in rows if without[r["id"]] and not base[r["id"]] and not r["right"])
        removed_right = sum(1 for r in rows if without[r["id"]] and not base[r["id"]] and r["right"])
        fires = sum(1 for r in rows if name in r["failed"] or (name == NONE_CHECK and r["signals"].get("none_won")))
        emit({"bench": "verification", "check": name, "fires": fires,
              "wrong_removed": removed_wrong, "right_removed": removed_right,
              "keep": removed_wrong > removed_right or fires == 0})
    for feature in FEATURES:  # which signal carries the decision: CV without it
        reduced = tuple(f for f in FEATURES if f != feature)
        reduced_rows, shown = cross_validate_ranked(records, args.rule, args.folds, None, reduced, learn=learn)
        emit({"bench": "sans_signal", "signal": feature, **figures(reduced_rows, shown)})

    preview_cv = cross_validate_preview(records, args.folds, args.rule)
    emit({"bench": "premier_passage", "folds": args.folds, **preview_cv})
    ranker = fit_ranker(records, args.rule) if learn else None
    figures_cv = {k: v for k, v in figures(rows, base).items() if isinstance(v, float)}
    figures_cv["first_passage_hit_at_1"] = preview_cv["after"]
    rows = rows_for(records, args.rule, None, ranker)
    w, b, t = fit(rows)
    final: dict[str, Any] = {
        "weights": {f: round(float(v), 4) for f, v in zip(FEATURES, w, strict=True)},
        "bias": round(b, 4),
        "threshold": round(t, 4),
        "fitted_on": f"{args.cache}: {len(rows)} questions du jeu de développement, règle {args.rule}"
                     + (", classement des réponses appris" if learn else ""),
        "figures": figures_cv,
    }
    if ranker is not None:
        final["choix"] = SpanRanker({f: round(float(v), 4) for f, v in zip(SPAN_FEATURES, ranker[0], strict=True)},
                                    round(float(ranker[1]), 4)).to_json()
    preview = fit_preview_ranker(records)
    final["apercu"] = SpanRanker({f: round(float(v), 4) for f, v in zip(PREVIEW_FEATURES, preview[0], strict=True)},
                                 round(float(preview[1]), 4)).to_json()
    emit({"bench": "ajustement_final", **final})
    if args.write:
        WEIGHTS_FILE.write_text(json.dumps(final, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for path in args.extra:  # e.g. the demo library's Saint-Aubin question, decided by the final fit
        for r in rows_for(load(Path(path)), args.rule, None, ranker):
            p = score(r, w, b, FEATURES, None)
            emit({"bench": "question_hors_jeu", "id": r["id"], "answerable": r["answerable"], "right": r["right"],
                  "confidence": round(p, 4), "shown": r["best"] is not None and p >= t,
                  "span": load_span(path, r["id"], r["best"]), "failed": sorted(r["failed"])})
    if args.heldout:
        held = rows_for(load(Path(args.heldout)), args.rule, None, ranker)
        shown = {r["id"]: r["best"] is not None and score(r, w, b, FEATURES, None) >= t for r in held}
        emit({"bench": "heldout", "rule": args.rule, **figures(held, shown)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
