"""The ranker of the passage shown before the model: read from the weights file, fitted offline on
whether a candidate's window holds the answer (bench/calibrate_choice.py), no model and no corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import calibration
from bench import calibrate_choice as cc


def _clear() -> None:
    calibration.default_ranker.cache_clear()
    calibration.default_preview_ranker.cache_clear()


def test_shipped_weights_hold_a_preview_ranker_over_its_features() -> None:
    _clear()
    preview, choice = calibration.default_preview_ranker(), calibration.default_ranker()
    assert set(preview.weights) == set(calibration.PREVIEW_FEATURES)
    assert "selection" not in preview.weights  # no model has run yet
    assert preview != choice


def test_without_a_preview_ranker_the_choice_s_ranker_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.loads(calibration.WEIGHTS_FILE.read_text(encoding="utf-8"))
    data.pop("apercu")
    weights = tmp_path / "confidence.json"
    weights.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(calibration, "WEIGHTS_FILE", weights)
    _clear()
    try:
        assert calibration.default_preview_ranker() == calibration.default_ranker()
    finally:
        monkeypatch.undo()
        _clear()


def _record(qid: str, local_of_answer: float) -> dict:
    """Three candidates of one passage; the answer's window holds more of the question (``local``) but
    comes last in the candidates' order."""
    def cand(text: str, local: float, ok: bool) -> dict:
        return {"text": text, "n": 1, "failed": {}, "evidence_ok": ok, "preview_evidence_ok": ok, "right": ok,
                "signals": {"unit": 0.5, "local": local, "rank": 1.0}}
    return {"id": qid, "answerable": True, "near_miss": False, "closest_evidence_ok": False,
            "candidates": [cand("800 €", 0.25, False), cand("1 200 €", 0.25, False),
                           cand("10 000 €", local_of_answer, True)],
            "token_logprobs": [[-0.1], [-2.0], [-3.0], [-4.0]], "passages": []}


def test_preview_ranker_is_fitted_on_the_window_holding_the_answer() -> None:
    records = [_record(f"QA{i:02d}", 0.75) for i in range(20)]
    w, _ = cc.fit_preview_ranker(records)
    assert w[calibration.PREVIEW_FEATURES.index("local")] > 0
    result = cc.cross_validate_preview(records, 5, "span_somme_admissibles_b")
    # The candidates' order puts a unit price first; the preview fitted in the folds shows the total's window.
    assert result["after"] == 1.0 and result["lost"] == []
    assert cc.preview_choice(records[0], lambda i: 0.0) == 0  # ties: the candidates' order


def test_first_passage_on_the_imported_samples_holds_the_surplus(imported_library) -> None:
    """Through the real pipeline (the samples imported, real search): the calibration pack's CA14. The
    choice's ranker over the candidates' order showed another line of the accounts first; the preview
    ranker shows the surplus (pack, 26 answerable questions: 12 first passages held the answer, 14 now,
    none lost)."""
    from assistant import qa
    from bench.bench_choice import contains

    shown = qa.preview_evidence(imported_library, "Quel est l'excédent de fonctionnement du compte administratif "
                                                  "2023 de Saint-Aubin ?")
    assert shown and shown[0].path.endswith("saint-aubin-sur-loire/2024/PV_CM_2024-03-28.pdf"), shown
    assert contains(shown[0].text, "194 769,23"), shown[0].text
