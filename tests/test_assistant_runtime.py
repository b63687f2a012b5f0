"""Model assembly from pieces, model choice, token log-probs and the scripted model."""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

import numpy as np
import pytest

from assistant import models_store
from assistant.llm import Completion, ScriptedLLM, _ChosenTokenLogprobs, token_texts
from assistant.models_store import ModelMissing, ensure_default_model, resolve_model
from indexer.progress import Cancelled, CancelToken


@pytest.fixture()
def pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Path], bytes]:
    data = b"GGUF" + bytes(range(256)) * 40
    paths = []
    for i in range(4):
        p = tmp_path / "pieces" / f"part{i:02d}.bin"
        p.parent.mkdir(exist_ok=True)
        p.write_bytes(data[i * 3000 : (i + 1) * 3000])
        paths.append(p)
    monkeypatch.setattr(models_store, "part_paths", lambda: list(paths))
    monkeypatch.setattr(models_store, "DEFAULT_MODEL_SHA256", hashlib.sha256(data).hexdigest())
    monkeypatch.setattr(models_store, "DEFAULT_MODEL_SIZE", len(data))
    monkeypatch.setattr(models_store, "_CHUNK", 1000)
    monkeypatch.delenv(models_store.ENV_MODEL, raising=False)
    # Never find the developer's real per-user copy.
    monkeypatch.setattr("indexer.config.default_data_dir", lambda: tmp_path / "utilisateur")
    return paths, data


def test_pieces_are_joined_in_order_and_verified(tmp_path: Path, pieces: tuple[list[Path], bytes]) -> None:
    _, data = pieces
    path = ensure_default_model(tmp_path / "donnees")
    assert path == tmp_path / "donnees" / "models" / models_store.DEFAULT_MODEL_FILE
    assert path.read_bytes() == data
    assert not path.with_name(path.name + ".partiel").exists()
    assert ensure_default_model(tmp_path / "donnees") == path  # second call: stamp, no rejoin


def test_an_interrupted_join_resumes_and_leaves_no_final_file(tmp_path: Path, pieces: tuple[list[Path], bytes]) -> None:
    _, data = pieces
    token = CancelToken()
    seen: list[int] = []

    def progress(p: object) -> None:
        seen.append(p.done)  # type: ignore[attr-defined]
        if p.done >= 5000:  # type: ignore[attr-defined]
            token.cancel()

    with pytest.raises(Cancelled):
        ensure_default_model(tmp_path / "d", progress=progress, cancel=token)
    final = tmp_path / "d" / "models" / models_store.DEFAULT_MODEL_FILE
    partial = final.with_name(final.name + ".partiel")
    assert not final.exists() and partial.exists()
    partial.write_bytes(partial.read_bytes() + b"torn")  # a torn write after the last whole piece
    seen.clear()
    assert ensure_default_model(tmp_path / "d").read_bytes() == data


def test_corrupt_pieces_are_reported(tmp_path: Path, pieces: tuple[list[Path], bytes]) -> None:
    paths, _ = pieces
    paths[2].write_bytes(b"x" * 3000)
    with pytest.raises(ModelMissing, match="corrompus"):
        ensure_default_model(tmp_path / "d")
    assert not (tmp_path / "d" / "models" / models_store.DEFAULT_MODEL_FILE).exists()


def test_missing_model_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models_store, "part_paths", lambda: None)
    monkeypatch.setattr("indexer.config.default_data_dir", lambda: tmp_path / "utilisateur")
    monkeypatch.delenv(models_store.ENV_MODEL, raising=False)
    with pytest.raises(ModelMissing) as exc:
        resolve_model(data_dir=tmp_path)
    message = str(exc.value)
    assert "pip install" in message and ".gguf" in message and "--model" in message


def test_model_choice_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, c = (tmp_path / f"{n}.gguf" for n in "abc")
    for p in (a, b, c):
        p.write_bytes(b"GGUF....")
    monkeypatch.setenv(models_store.ENV_MODEL, str(b))
    assert resolve_model(a, c).source == "argument"
    assert resolve_model(None, c).path == b.resolve()
    monkeypatch.delenv(models_store.ENV_MODEL)
    assert resolve_model(None, c).source == "reglage"
    not_gguf = tmp_path / "x.bin"
    not_gguf.write_bytes(b"PK\x03\x04")
    with pytest.raises(ModelMissing, match="GGUF"):
        resolve_model(not_gguf)
    with pytest.raises(ModelMissing, match="introuvable"):
        resolve_model(tmp_path / "absent.gguf")


def test_logprob_of_the_chosen_token_is_recorded_one_step_later() -> None:
    recorder = _ChosenTokenLogprobs()
    logits = np.array([2.0, 1.0, 0.0], dtype=np.float32)
    recorder(np.array([7, 8]), logits.copy())  # prompt read; token 0 will be chosen
    recorder(np.array([7, 8, 0]), np.array([0.0, 0.0, 5.0], dtype=np.float32))  # token 2 will be chosen
    values = recorder.finish(2)
    expected_first = 2.0 - math.log(math.exp(2) + math.exp(1) + 1)
    expected_second = 5.0 - math.log(2 + math.exp(5))
    assert values == pytest.approx([expected_first, expected_second], abs=1e-6)


def test_scripted_llm_stops_at_max_tokens_and_on_cancel() -> None:
    llm = ScriptedLLM(["un deux trois quatre"])
    out = llm.complete([{"role": "user", "content": "x"}], max_tokens=2)
    assert out.text == "un deux" and out.finish_reason == "length" and len(out.token_logprobs) == 2
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        ScriptedLLM(["a b"]).complete([{"role": "user", "content": "x"}], cancel=token)


def test_one_worker_thread_owns_the_model(tmp_path: Path) -> None:
    import threading

    from assistant.llm import LlamaLLM, LLMUnavailable

    llm = LlamaLLM(tmp_path / "absent.gguf")
    try:
        names: list[str] = []

        def call() -> None:
            names.append(llm._run(lambda: threading.current_thread().name))

        threads = [threading.Thread(target=call) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(set(names)) == 1 and names[0].startswith("registre-llm")
        # A callback running on the worker may call back into the model without deadlocking.
        assert llm._run(lambda: llm._run(lambda: 42)) == 42
        with pytest.raises(LLMUnavailable, match="introuvable"):
            llm.load()
    finally:
        llm.close()


def test_token_texts_keep_a_split_character_whole() -> None:
    pieces = {1: b"Soit ", 2: b"1 2", 3: b"00 \xe2", 4: b"\x82\xac", 5: b"."}
    texts = token_texts(lambda t: pieces[t], [1, 2, 3, 4, 5])
    assert "".join(texts) == "Soit 1 200 €." and texts[3] == "€"


def test_figure_logprob_reads_only_the_tokens_of_the_answer_figures() -> None:
    completion = Completion(
        "En 2020, 1 200 € [2].",
        token_logprobs=[-0.01, -0.9, -0.02, -0.3, -0.05, -0.01, -2.0],
        token_texts=["En ", "2020", ", ", "1 200", " €", " ", "[2]."],
    )
    # 2020 is a number of the question: only "1 200" counts; the shaky "[2]." does not.
    assert completion.figure_logprob({"2020"}) == -0.3
    assert completion.figure_logprob() == -0.9
    assert Completion("Oui [1].", token_logprobs=[-0.1, -0.2], token_texts=["Oui", " [1]."]).figure_logprob() is None
    assert Completion("1 200 €", token_logprobs=[-0.1]).figure_logprob() is None  # texts unknown
