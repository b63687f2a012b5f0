"""`registre ask / summarize / compare` with a fake library and a scripted model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import assistant.runtime
import indexer
from assistant.llm import LLMUnavailable, ScriptedLLM
from indexer.testing import FakeAct, MemoryLibrary
from registre.cli import main

FOOT = (
    "Le conseil municipal décide d'attribuer une subvention de 1 500 € à l'association "
    "Football Club de Pierrefonds pour l'année 2021. Adopté à l'unanimité."
)
CANTINE = "Objet : tarifs de la cantine. Le prix du repas est fixé à 3,20 € à compter du 1er septembre 2021."


@pytest.fixture()
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    lib = MemoryLibrary.from_fakes(
        [
            FakeAct("2021/foot.pdf", ["Séance du 4 mars 2021.", FOOT], "2021-12", "Subvention au club", "2021-03-04"),
            FakeAct("2021/cantine.pdf", [CANTINE], "2021-15", "Tarifs de la cantine", "2021-06-01"),
        ]
    )
    state: dict[str, object] = {"lib": lib, "replies": [], "loaded": 0}

    def fake_load(*args: object, **kwargs: object) -> ScriptedLLM:
        state["loaded"] = int(state["loaded"]) + 1  # type: ignore[call-overload]
        return ScriptedLLM(state["replies"])  # type: ignore[arg-type]

    monkeypatch.setattr(indexer, "Library", lambda data_dir, **_options: lib)
    monkeypatch.setattr(assistant.runtime, "load_llm", fake_load)
    state["data_dir"] = str(tmp_path)
    return state


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_json_answer(env: dict[str, object], capsys: pytest.CaptureFixture[str]) -> None:
    env["replies"] = ["1 500 €"]  # the scripted model chooses this span of the passages
    code, out, _ = _run(
        capsys,
        "ask",
        "Quelle subvention pour le Football Club de Pierrefonds en 2021 ?",
        "--data-dir",
        str(env["data_dir"]),
        "--json",
    )
    payload = json.loads(out)
    assert code == 0
    assert payload["refused"] is False and 0 <= payload["confidence"] <= 1
    assert payload["citations"][0]["path"] == "2021/foot.pdf" and payload["citations"][0]["page"] == 2
    assert payload["citations"][0]["act_number"] == "2021-12" and "1 500 €" in payload["citations"][0]["quote"]
    evidence = payload["evidence"][0]
    assert (evidence["path"], evidence["page"]) == ("2021/foot.pdf", 2)
    start, end = evidence["span"]
    assert evidence["text"][start:end] == "1 500 €" and "1 500 €" in payload["answer"]


def test_ask_refusal_exits_zero(env: dict[str, object], capsys: pytest.CaptureFixture[str]) -> None:
    env["replies"] = ["Aucune de ces réponses."]
    code, out, _ = _run(
        capsys,
        "ask",
        "Quelle subvention pour le Football Club de Pierrefonds en 2021 ?",
        "--data-dir",
        str(env["data_dir"]),
        "--threshold",
        "0.5",
        "--json",
    )
    payload = json.loads(out)
    assert code == 0 and payload["refused"] is True
    assert payload["answer"].startswith("Je ne peux pas l'affirmer. Passage le plus proche : « ")
    assert payload["evidence"] and payload["evidence"][0]["span"] is None  # shown, not asserted
    assert payload["evidence"][0]["text"] in payload["answer"].replace("\n", " ") or payload["sources"]


def test_counting_question_does_not_load_the_model(env: dict[str, object], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "ask", "Combien de délibérations ?", "--data-dir", str(env["data_dir"]), "--json")
    assert code == 0 and json.loads(out)["answer"].startswith("2 délibérations dans le catalogue")
    assert env["loaded"] == 0


def test_figure_question_starting_with_combien_goes_to_the_documents(
    env: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    env["replies"] = ["3,20 €"]
    code, out, _ = _run(
        capsys, "ask", "Combien coûte le repas à la cantine ?", "--data-dir", str(env["data_dir"]), "--json"
    )
    payload = json.loads(out)
    assert code == 0 and payload["kind"] == "llm" and env["loaded"] == 1


def test_usage_errors_exit_2(env: dict[str, object], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "ask", "x", "--threshold", "1.5", "--data-dir", str(env["data_dir"]))
    assert code == 2 and "--threshold" in err
    code, _, err = _run(capsys, "summarize", "absent.pdf", "--data-dir", str(env["data_dir"]))
    assert code == 2 and "n'est pas dans la bibliothèque" in err
    code, _, err = _run(capsys, "summarize", "2021/foot.pdf", "--act", "9999-1", "--data-dir", str(env["data_dir"]))
    assert code == 2 and "2021-12" in err
    with pytest.raises(SystemExit) as exc:
        main(["ask"])
    assert exc.value.code == 2


def test_missing_model_is_a_usage_error_with_instructions(
    env: dict[str, object], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_model(*args: object, **kwargs: object) -> None:
        raise LLMUnavailable('Aucun modèle de langue n\'est installé. pip install "registre[llm]"')

    monkeypatch.setattr(assistant.runtime, "load_llm", no_model)
    code, _, err = _run(capsys, "summarize", "2021/foot.pdf", "--data-dir", str(env["data_dir"]))
    assert code == 2 and "pip install" in err


def test_summarize_json(env: dict[str, object], capsys: pytest.CaptureFixture[str]) -> None:
    env["replies"] = ["- Subvention au Football Club.\n- Montant : 1 500 €.\n- Adopté à l'unanimité."]
    code, out, _ = _run(
        capsys, "summarize", "2021/foot.pdf", "--act", "2021-12", "--data-dir", str(env["data_dir"]), "--json"
    )
    payload = json.loads(out)
    assert code == 0
    assert [s["text"] for s in payload["statements"]][1] == "Montant : 1 500 €."
    assert payload["generated_by_ai"] is True and payload["acts"][0]["act_number"] == "2021-12"
    assert payload["key_points"][0]["vote"]["value"] == "à l'unanimité"


def test_compare_json_table(env: dict[str, object], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "compare", "2021/foot.pdf", "2021/cantine.pdf", "--no-llm", "--data-dir", str(env["data_dir"]), "--json"
    )
    payload = json.loads(out)
    assert code == 0 and payload["table"][0] == ["Champ", "2021-12", "2021-15"]
    assert env["loaded"] == 0
