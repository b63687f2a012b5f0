"""OCR of scanned pages: through the real Tesseract when installed, and the clear report when not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from indexer import Library
from indexer.errors import Reason
from indexer.extract import ocr as ocr_module

TESSERACT = ocr_module.find_tesseract() is not None
SCAN = "valmont-le-vieux/SCAN_CM_20201009.pdf"


@pytest.fixture
def scan_folder(tmp_path: Path, samples_dir: Path) -> Path:
    folder = tmp_path / "scans"
    (folder / "a").mkdir(parents=True)
    shutil.copy(samples_dir / SCAN, folder / "a/scan.pdf")
    return folder


def test_without_tesseract_pages_are_flagged_and_the_report_says_how_to_enable_ocr(
        tmp_path: Path, scan_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("indexer.importer.find_tesseract", lambda language: None)
    with Library(tmp_path / "d", embedder="hashing") as lib:
        report = lib.import_folder(scan_folder)
        assert report.pages_without_text == 2 and report.ocr_pages == 0
        assert [w.code for w in report.warnings] == [Reason.OCR_UNAVAILABLE]
        assert "Tesseract" in report.warnings[0].reason
        assert lib.files()[0].status == "partiel"
        assert lib.stats()["pages_waiting_ocr"] == 2


@pytest.mark.skipif(not TESSERACT, reason="Tesseract (fra) n'est pas installé")
def test_scanned_pages_are_read_once_and_cached(tmp_path: Path, scan_folder: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = ocr_module._ocr_png
    monkeypatch.setattr(ocr_module, "_ocr_png", lambda engine, png: calls.append(1) or real(engine, png))
    with Library(tmp_path / "d", embedder="hashing") as lib:
        first = lib.import_folder(scan_folder)
        assert first.ocr_pages == 2 and len(calls) == 2
        acts = lib.acts()
        assert {a.act_number for a in acts} == {"DE_2020_027", "DE_2020_028"}
        assert lib.files()[0].status == "ocr"
        # the file leaves the folder, then comes back under another name: no second OCR
        shutil.move(scan_folder / "a/scan.pdf", tmp_path / "dehors.pdf")
        assert lib.import_folder(scan_folder).removed == 1
        shutil.move(tmp_path / "dehors.pdf", scan_folder / "a/retour.pdf")
        again = lib.import_folder(scan_folder)
        assert again.imported == 1 and len(calls) == 2
        hits = lib.search("DE_2020_027", mode="keyword")
        assert hits and hits[0].act.path == "a/retour.pdf" and hits[0].page == 1
