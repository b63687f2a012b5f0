"""Choose the weights of the confidence's soft signals and the default threshold, from cached answers.

    python bench/calibrate_confidence.py --data-dir D [--cache bench/out/assistant_eval.jsonl]

Needs the model's answers to the development set in the cache (run bench/bench_assistant.py first);
the model is not run here. For every weighting of the soft signals on a grid (weights ≥ 0, summing
to 1, step 0.05), the threshold is the lowest one that refuses at least 95 % of the unanswerable
questions, and the weighting is scored by how many answerable questions it then answers correctly
(ties: fewer wrong answers shown). The hard checks of ``assistant/confidence.py`` are kept as they are.

To tell how much of the result is fitted to these 84 questions, the choice is also made in a 4-fold
cross-validation (weights and threshold chosen on three quarters, counted on the fourth): compare
the "en_echantillon" and "validation_croisee" lines before copying weights into confidence.py.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_assistant import citation_ok, contains, load_devset, rescore  # noqa: E402

from assistant.confidence import WEIGHTS  # noqa: E402

REFUSE_UNANSWERABLE = 0.95


def weight_grid(names: list[str], step: float) -> np.ndarray:
    units = round(1 / step)
    rows = [
        [c / units for c in combo]
        for combo in itertools.product(range(units + 1), repeat=len(names))
        if sum(combo) == units
    ]
    return np.array(rows)


def collect(lib: Any, items: list[dict[str, Any]], cache: dict[str, dict[str, Any]]) -> dict[str, np.ndarray]:
    """Per question: soft signals, product of hard checks, and what a right decision is."""
    names = list(WEIGHTS)
    signals, factor, answerable, correct, penalties = [], [], [], [], []
    for item in items:
        record = cache.get(item["question"])
        if record is None:
            continue
        answer = rescore(lib, record)
        sig = [answer.signals.get(n, 0.0) for n in names]
        # The hard checks' product; an answer without signals is "je ne sais pas" (confidence 0).
        product = math.prod(answer.penalties.values()) if answer.signals else 0.0
        if answer.kind != "llm":  # catalogue answers are exact: always kept
            sig, product = [1.0] * len(names), 1.0
        signals.append(sig)
        factor.append(product)
        penalties.append(sorted(answer.penalties))
        answerable.append(item["answerable"])
        correct.append(
            item["answerable"]
            and all(
                contains(answer.answer if not answer.refused else answer.raw_answer, m) for m in item["must_contain"]
            )
            and citation_ok(answer, item["sources"], lib)
        )
    return {
        "signals": np.array(signals),
        "factor": np.array(factor),
        "answerable": np.array(answerable),
        "correct": np.array(correct),
        "penalties": np.array(penalties, dtype=object),
    }


def decide(conf: np.ndarray, answerable: np.ndarray) -> float:
    """Lowest threshold (0.01 steps) refusing at least 95 % of the unanswerable questions."""
    una = np.sort(conf[~answerable])
    if una.size == 0:
        return 0.0
    allowed = int(np.floor((1 - REFUSE_UNANSWERABLE) * una.size))  # how many may get through
    # Conf ≥ threshold is answered: the threshold must be above the (allowed+1)-th highest.
    limit = una[::-1][allowed] if allowed < una.size else 0.0
    return float(np.ceil((limit + 1e-9) * 100) / 100)


def score(data: dict[str, np.ndarray], grid: np.ndarray, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    conf = (data["signals"][idx] @ grid.T) * data["factor"][idx][:, None]  # questions × weightings
    answerable, correct = data["answerable"][idx], data["correct"][idx]
    thresholds = np.array([decide(conf[:, j], answerable) for j in range(grid.shape[0])])
    shown = conf >= thresholds[None, :]
    good = (shown & correct[:, None]).sum(axis=0)
    bad = (shown & answerable[:, None] & ~correct[:, None]).sum(axis=0)
    return good * 1000 - bad, thresholds


def metrics(data: dict[str, np.ndarray], w: np.ndarray, threshold: float, idx: np.ndarray) -> dict[str, Any]:
    conf = (data["signals"][idx] @ w) * data["factor"][idx]
    answerable, correct = data["answerable"][idx], data["correct"][idx]
    shown = conf >= threshold
    n_ans, n_una = int(answerable.sum()), int((~answerable).sum())
    return {
        "answerable_correct_with_citation": round(float((shown & correct).sum()) / n_ans, 3),
        "answerable_wrong_shown": round(float((shown & answerable & ~correct).sum()) / n_ans, 3),
        "answerable_refused": round(float((~shown & answerable).sum()) / n_ans, 3),
        "unanswerable_refused": round(float((~shown & ~answerable).sum()) / n_una, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--devset", default=str(ROOT / "bench" / "devset" / "qa.json"))
    parser.add_argument("--cache", default=str(ROOT / "bench" / "out" / "assistant_eval.jsonl"))
    parser.add_argument("--signature", help="cache signature to use (default: the latest written)")
    parser.add_argument("--step", type=float, default=0.05)
    args = parser.parse_args(argv)

    from indexer import Library

    records = [json.loads(line) for line in Path(args.cache).read_text(encoding="utf-8").splitlines()]
    signature = args.signature or records[-1].get("signature", "")
    cache = {r["question"]: r for r in records if r.get("signature", "") == signature}
    lib = Library(args.data_dir)
    items = load_devset(Path(args.devset))
    data = collect(lib, items, cache)
    lib.close()
    names = list(WEIGHTS)
    grid = weight_grid(names, args.step)
    everything = np.arange(len(data["answerable"]))

    current = np.array([WEIGHTS[n] for n in names])
    current_t = decide((data["signals"] @ current) * data["factor"], data["answerable"])
    print(
        json.dumps(
            {
                "poids": "actuels",
                **dict(zip(names, current.tolist(), strict=True)),
                "seuil": current_t,
                **metrics(data, current, current_t, everything),
            },
            ensure_ascii=False,
        )
    )

    totals, thresholds = score(data, grid, everything)
    best = int(np.argmax(totals))
    print(
        json.dumps(
            {
                "poids": "en_echantillon",
                **dict(zip(names, grid[best].round(2).tolist(), strict=True)),
                "seuil": thresholds[best],
                **metrics(data, grid[best], thresholds[best], everything),
            },
            ensure_ascii=False,
        )
    )

    rng = np.random.default_rng(0)
    folds = np.array_split(rng.permutation(everything), 4)
    held_out: list[dict[str, Any]] = []
    shown_conf = np.zeros(len(everything))
    chosen_t = np.zeros(len(everything))
    for k, test in enumerate(folds):
        train = np.setdiff1d(everything, test)
        totals, thresholds = score(data, grid, train)
        j = int(np.argmax(totals))
        shown_conf[test] = (data["signals"][test] @ grid[j]) * data["factor"][test]
        chosen_t[test] = thresholds[j]
        held_out.append({"pli": k, **dict(zip(names, grid[j].round(2).tolist(), strict=True)), "seuil": thresholds[j]})
    answerable, correct = data["answerable"], data["correct"]
    shown = shown_conf >= chosen_t
    print(
        json.dumps(
            {
                "poids": "validation_croisee",
                "plis": held_out,
                "answerable_correct_with_citation": round(float((shown & correct).sum() / answerable.sum()), 3),
                "answerable_refused": round(float((~shown & answerable).sum() / answerable.sum()), 3),
                "unanswerable_refused": round(float((~shown & ~answerable).sum() / (~answerable).sum()), 3),
            },
            ensure_ascii=False,
        )
    )
    print(json.dumps({"modele_correct_sans_seuil": round(float(correct.sum() / answerable.sum()), 3)}))
    # Which hard checks hit right answers (cost) and which hit the unanswerable (benefit).
    hits: dict[str, list[int]] = {}
    for names_hit, ok, ans in zip(data["penalties"], correct, answerable, strict=True):
        for name in names_hit:
            row = hits.setdefault(name, [0, 0, 0])
            row[0 if ok else (1 if ans else 2)] += 1
    print(
        json.dumps(
            {
                "verifications": {
                    k: {"justes": v[0], "fausses": v[1], "sans_reponse": v[2]} for k, v in sorted(hits.items())
                }
            },
            ensure_ascii=False,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
