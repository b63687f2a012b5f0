from pathlib import Path

import pytest

from indexer.errors import ExtractionError, Reason
from indexer.extract import extract_pages, is_supported


def test_text_pdf_has_text_per_page(samples_dir: Path) -> None:
    pages = extract_pages(samples_dir / "saint-aubin-sur-loire/2022/PV_CM_2022-09-29.pdf")
    assert [p.number for p in pages] == [1, 2, 3, 4, 5]
    assert "2022-042" in pages[2].text
    assert not any(p.needs_ocr for p in pages)


def test_scanned_pdf_pages_are_flagged_for_ocr(samples_dir: Path) -> None:
    pages = extract_pages(samples_dir / "valmont-le-vieux/SCAN_CM_20201009.pdf")
    assert len(pages) == 2
    assert all(p.needs_ocr and not p.text for p in pages)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("deliberation_tronquee.pdf", Reason.CORRUPT),
        ("vide.pdf", Reason.EMPTY),
        ("compte_rendu_commission.pdf", Reason.NOT_PDF),
        ("deliberation_protegee.pdf", Reason.ENCRYPTED),
    ],
)
def test_bad_files_raise_a_stable_reason(samples_dir: Path, name: str, reason: Reason) -> None:
    with pytest.raises(ExtractionError) as info:
        extract_pages(samples_dir / "problemes" / name)
    assert info.value.reason is reason
    assert info.value.user_message  # a French sentence for the clerk


@pytest.mark.parametrize(
    ("rel", "needle"),
    [
        ("fontclaire/2023/D2023-12_cantine.txt", "cantine"),
        ("valmont-le-vieux/DE_2022_007_budget_primitif.docx", "budget primitif"),
        ("valmont-le-vieux/DE_2023_004_salle_polyvalente.odt", "salle polyvalente"),
    ],
)
def test_office_and_text_formats(samples_dir: Path, rel: str, needle: str) -> None:
    pages = extract_pages(samples_dir / rel)
    assert needle in " ".join(p.text for p in pages).lower()


def test_odt_headings_do_not_run_into_the_next_line(samples_dir: Path) -> None:
    text = extract_pages(samples_dir / "valmont-le-vieux/DE_2023_004_salle_polyvalente.odt")[0].text
    assert "Valmont-le-VieuxExtrait" not in text


def test_text_with_form_feeds_keeps_pages(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Page un\fPage deux", encoding="cp1252")
    assert [p.text for p in extract_pages(f)] == ["Page un", "Page deux"]


def test_supported_files_skip_office_lock_files(tmp_path: Path) -> None:
    assert is_supported(tmp_path / "x.PDF")
    assert not is_supported(tmp_path / "~$x.docx")
    assert not is_supported(tmp_path / "x.xlsx")


def test_doc_without_converter_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    f = tmp_path / "vieux.doc"
    f.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    with pytest.raises(ExtractionError) as info:
        extract_pages(f)
    assert info.value.reason is Reason.DOC_NEEDS_TOOL


def test_doc_failing_for_a_missing_tool_is_retried_once_the_tool_exists(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from indexer import Library
    from indexer.models import PageText

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "vieux.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    monkeypatch.setattr("shutil.which", lambda name: None)
    with Library(tmp_path / "d", embedder="hashing", ocr_enabled=False) as lib:
        first = lib.import_folder(folder)
        assert [f.code for f in first.failed] == [Reason.DOC_NEEDS_TOOL]
        monkeypatch.setattr("indexer.extract.read_doc", lambda path: [PageText(1, "Objet : Vente du presbytère")])
        second = lib.import_folder(folder)
        assert second.imported == 1 and not second.failed
        assert lib.acts()[0].objet == "Vente du presbytère"
