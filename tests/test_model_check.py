"""Any GGUF: the file check, the calibration pack, the threshold stored per model file."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from assistant.llm import Message, ScriptedLLM
from assistant.model_check import PACK, CalibrationStore, check_and_calibrate, inspect_model, load_pack
from assistant.runtime import llama_available
from indexer.testing import FakeAct, MemoryLibrary

CANTINE = "Objet : cantine.\nLe conseil fixe le prix du repas enfant à 3,20 € à compter de septembre 2021."
FOOT = "Objet : subvention.\nLe conseil attribue 1 500 € à l'association sportive de football pour 2021."
PACK_ITEMS = [
    {"id": "A1", "answerable": True, "question": "Quel est le prix du repas enfant à la cantine en 2021 ?",
     "must_contain": ["3,20"], "sources": [{"path": "cantine.pdf", "pages": [1]}]},
    {"id": "A2", "answerable": True, "question": "Quelle subvention pour l'association sportive de football en 2021 ?",
     "must_contain": ["1 500"], "sources": [{"path": "foot.pdf", "pages": [1]}]},
    {"id": "U1", "answerable": False, "question": "Quel est le prix du repas enfant à la cantine en 2024 ?"},
    {"id": "U2", "answerable": False, "question": "Quelle subvention pour le club de tennis en 2021 ?"},
]


def _library(*_args: Any) -> MemoryLibrary:
    return MemoryLibrary.from_fakes([
        FakeAct("cantine.pdf", [CANTINE], "2021-15", "Cantine", "2021-03-12"),
        FakeAct("foot.pdf", [FOOT], "2021-14", "Subvention", "2021-03-04"),
    ])


def _chooser(messages: Sequence[Message]) -> str:
    """A second model that picks the amount written next to the question's subject, or nothing."""
    question = messages[-1]["content"].split("\n", 1)[0]
    if "2024" in question or "tennis" in question:
        return "Aucune de ces réponses."
    return "3,20 €" if "repas" in question else "1 500 €"


def test_a_file_that_is_not_a_model_gets_a_french_error_and_nothing_changes(tmp_path: Path) -> None:
    store = CalibrationStore(tmp_path / "models")
    fake = tmp_path / "notes.gguf"
    fake.write_bytes(b"%PDF-1.4 ce n'est pas un modele")
    outcome = check_and_calibrate(fake, store, _library, lambda p: pytest.fail("jamais chargé"), pack=PACK_ITEMS)
    assert not outcome.report.usable and outcome.calibration is None
    assert outcome.report.error and "n'est pas un modèle de langue au format GGUF" in outcome.report.error
    assert "rien n'a été modifié" in outcome.report.error
    assert len(outcome.report.sha256) == 64 and outcome.report.size == fake.stat().st_size
    assert not store.path.exists()


@pytest.mark.skipif(not llama_available(), reason="llama-cpp-python absent")
def test_a_damaged_gguf_is_refused_by_the_real_loader(tmp_path: Path) -> None:
    broken = tmp_path / "casse.gguf"
    broken.write_bytes(b"GGUF" + b"\x00" * 64)
    report = inspect_model(broken)
    assert not report.loads and report.error and "n'a pas pu être chargé comme modèle de langue" in report.error


def test_calibration_of_a_second_model_end_to_end(tmp_path: Path) -> None:
    model = tmp_path / "autre-modele.gguf"
    model.write_bytes(b"GGUF" + b"\x01" * 128)
    store = CalibrationStore(tmp_path / "models")
    seen: list[Any] = []
    outcome = check_and_calibrate(
        model, store, _library, lambda p: ScriptedLLM(_chooser), seen.append,
        inspect_load=lambda p: "{{ messages }}", pack=PACK_ITEMS,
    )
    assert outcome.report.usable and outcome.calibration is not None
    c = outcome.calibration
    assert c.unanswerable_refused >= 0.95 and c.answerable_right == 1.0, c.details
    assert 0.0 < c.threshold <= 1.0
    assert [d["id"] for d in c.details] == ["A1", "A2", "U1", "U2"]
    assert any(p.total == len(PACK_ITEMS) and p.done == len(PACK_ITEMS) for p in seen)  # progress shown
    stored = store.for_file(model)
    assert stored is not None and stored.threshold == c.threshold and stored.sha256 == outcome.report.sha256
    model.write_bytes(b"GGUF" + b"\x02" * 200)  # another file under the same name: not calibrated
    assert store.for_file(model) is None


def test_shipped_pack_is_well_formed() -> None:
    items = load_pack()
    data = json.loads(PACK.read_text(encoding="utf-8"))
    assert len(items) == len(data["answerable"]) + len(data["unanswerable"]) >= 50
    assert all(i["question"].strip() for i in items)


def test_the_calibrated_threshold_also_bounds_wrong_answers() -> None:
    """A model that refuses every unanswerable question with a hard 0 would get a threshold of 0 from
    the unanswerable questions alone, and show its confident wrong answers; the threshold rises above them."""
    from assistant.calibration import bounded_threshold

    unanswerable = [0.0, 0.0, 0.0]
    answerable = [(0.7, True), (0.6, False), (0.3, True)]
    assert bounded_threshold(unanswerable, answerable) == 0.6001  # the wrong one at 0.6 is refused
    assert bounded_threshold(unanswerable, answerable, wrong_max=0.5) == 0.0001  # one wrong in three allowed
    assert bounded_threshold([0.2, 0.5], [(0.9, True)]) == 0.5001  # the unanswerable rule still holds


def test_a_pack_whose_unanswerable_questions_all_score_zero_keeps_the_default_threshold(tmp_path: Path) -> None:
    """Every unanswerable question refused by a hard check (confidence 0) says nothing of where wrong
    answers start: the threshold is not set below the development set's (a 2-question pack gave 0,0001)."""
    from assistant.calibration import default_model
    from assistant.model_check import calibrate

    model = tmp_path / "autre-modele.gguf"
    model.write_bytes(b"GGUF" + b"\x01" * 128)
    c = calibrate(_library(), ScriptedLLM(_chooser), model, "0" * 64, pack=PACK_ITEMS)
    assert all(d["confidence"] == 0.0 for d in c.details if not d["answerable"]), c.details
    assert c.threshold >= default_model().threshold
    assert c.kept_default, "the settings must say the threshold was not measured on this model"
