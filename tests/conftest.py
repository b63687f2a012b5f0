"""Shared fixtures: the bundled samples, imported once per session through the real pipeline
(pypdfium2, Tesseract when installed, whoosh on disk, the real default embedder)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

# e5 (indexer.e5, on by default) embeds every head of an import: minutes of CPU. Tests use a stand-in where they
# test it (tests/test_search_ranking.py) and the real engine in one slow test; everything else runs without.
os.environ["REGISTRE_E5"] = "0"

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sample_deliberations"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def ground_truth() -> dict:
    return json.loads((SAMPLES / "ground_truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the samples that tests may read but never modify."""
    dest = tmp_path_factory.mktemp("samples") / "deliberations"
    shutil.copytree(SAMPLES, dest, ignore=shutil.ignore_patterns("*.py", "*.json", "__pycache__"))
    return dest


@pytest.fixture(scope="session")
def imported_library(tmp_path_factory: pytest.TempPathFactory, sample_copy: Path):
    """The samples imported once with the real default components."""
    from indexer import Library

    lib = Library(tmp_path_factory.mktemp("data"))
    report = lib.import_folder(sample_copy)
    lib.import_report = report  # type: ignore[attr-defined]
    yield lib
    lib.close()


@pytest.fixture
def fast_library(tmp_path: Path):
    """A fresh library with the hashing embedder and no OCR: for tests about the pipeline itself."""
    from indexer import Library

    lib = Library(tmp_path / "data", embedder="hashing", ocr_enabled=False)
    yield lib
    lib.close()
