"""The free answer's scoring in bench/bench_ask.py: the threshold rule and the cross-validation of
bench/calibrate_choice.py applied to free answers, on small synthetic records (no model, no corpus)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ask = _load("bench_ask")


def _rec(item_id: str, answerable: bool, confidence: float, right: bool = False, idk: bool = False
         ) -> dict[str, Any]:
    r: dict[str, Any] = {"id": item_id, "answerable": answerable, "confidence": confidence, "idk": idk,
                         "threshold_shipped": 0.39, "seconds": 1.0, "load": 1.0, "verbatim": True}
    if answerable:
        r.update(right_if_shown=right, right_strict_if_shown=right, evidence_hit=right)
        r["right"] = right and not idk and confidence >= 0.39
        r["wrong_shown"] = not idk and confidence >= 0.39 and not right
    else:
        r["refused"] = idk or confidence < 0.39
        r["wrong_shown"] = not r["refused"]
    return r


def test_threshold_is_the_lowest_meeting_both_bounds() -> None:
    # 20 unanswerable: 0.05 … 0.24 then one at 0.80; refusing 19 of 20 needs a threshold above 0.24.
    una = [_rec(f"U{i}", False, round(0.05 + 0.01 * i, 2)) for i in range(19)] + [_rec("U19", False, 0.80)]
    # 25 answerable, two wrong answers at 0.60 and 0.70: 4 % of 25 is one wrong answer at most.
    ans = [_rec(f"A{i}", True, 0.9, right=True) for i in range(23)]
    ans += [_rec("W1", True, 0.60), _rec("W2", True, 0.70)]
    assert ask.libre_threshold(una + ans, 0.04) == 0.6001
    # Without the bound on wrong answers the unanswerable questions alone set it.
    assert ask.libre_threshold(una + ans, 1.0) == 0.2301
    # An answer the model declined ("je ne sais pas") is never a wrong answer shown, however confident.
    ans[-2]["idk"] = True
    assert ask.libre_threshold(una + ans, 0.04) == 0.2301
    assert not ask.libre_shown(ans[-2], 0.0001)


def _ids_by_fold(k: int) -> dict[int, list[str]]:
    from bench.calibrate_choice import fold_of

    folds: dict[int, list[str]] = {f: [] for f in range(k)}
    for i in range(400):
        folds[fold_of(f"X{i:03d}", k)].append(f"X{i:03d}")
    return folds


def test_cross_validation_fits_each_threshold_without_its_own_fold() -> None:
    folds = _ids_by_fold(5)
    records = []
    for ids in folds.values():
        records += [_rec(i, False, 0.1) for i in ids[:10]]
        records += [_rec(i, True, 0.9, right=True) for i in ids[10:20]]
    # Fold 0 alone holds confident wrong answers: they raise the threshold of the four other folds
    # (fitted with fold 0), not fold 0's own, which is fitted on folds 1-4 only.
    for i in folds[0][20:24]:
        records.append(_rec(i, True, 0.95))
    shown, thresholds = ask.libre_cv(records, 5, 0.04)
    assert thresholds[0] == 0.1001
    # 4 wrong of 44 answerable > 4 %: the lowest cut showing none is just above them, above every right one.
    assert all(t == 0.9501 for t in thresholds[1:])
    assert all(shown[i] for i in folds[0][20:24])  # fold 0's wrong answers shown under its own threshold
    assert not any(shown[i] for i in folds[1][10:20])  # fold 1 refuses its right answers at 0.9
    figures = ask.libre_figures(records, shown)
    assert figures["wrong_n"] == 4 and figures["right_n"] == 10


def test_rescore_reports_the_shipped_threshold_and_the_strict_judge() -> None:
    records = [_rec("A1", True, 0.5, right=True), _rec("A2", True, 0.2, right=True),
               _rec("A3", True, 0.9, right=False), _rec("A4", True, 0.95, right=True, idk=True),
               _rec("U1", False, 0.1), _rec("U2", False, 0.6)]
    records[0]["right_strict_if_shown"] = False  # its sentence states another figure than its quote
    lines = {line["scoring"]: line for line in ask.rescore_libre(records)}
    shipped = lines["seuil_du_code"]
    assert (shipped["right_n"], shipped["wrong_n"], shipped["unanswerable_shown"]) == (1, 1, 1)
    assert (shipped["strict"]["right_n"], shipped["strict"]["wrong_n"]) == (0, 2)
    assert lines["toutes_affichees"]["right_n"] == 2 and lines["toutes_affichees"]["idk_answerable"] == 1
