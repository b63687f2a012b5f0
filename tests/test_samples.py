"""The shipped sample deliberations agree with their ground_truth.json (no indexer involved)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from indexer.models import DOC_TYPES

SAMPLES = Path(__file__).resolve().parent.parent / "sample_deliberations"
GENERATOR_FILES = {"generate.py", "content.py", "ground_truth.json"}


@cache
def truth() -> dict[str, Any]:
    return json.loads((SAMPLES / "ground_truth.json").read_text(encoding="utf-8"))


def norm(text: str) -> str:
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


@cache
def pdf_pages(relative: str) -> tuple[str, ...]:
    document = pdfium.PdfDocument(SAMPLES / relative)
    try:
        return tuple(norm(page.get_textpage().get_text_range()) for page in document)
    finally:
        document.close()


def plain_text(relative: str) -> str:
    path = SAMPLES / relative
    if path.suffix == ".txt":
        return norm(path.read_text(encoding="utf-8"))
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
        return norm(" ".join([p.text for p in doc.paragraphs] + cells))
    if path.suffix == ".odt":
        from odfdo import Document as OdfDocument

        body = OdfDocument(str(path)).body
        return norm(" ".join(child.text_recursive for child in body.children))
    raise AssertionError(f"format inattendu : {relative}")


def files_by_format(fmt: str, *, scanned: bool | None = None) -> list[dict[str, Any]]:
    return [f for f in truth()["files"]
            if f["format"] == fmt and (scanned is None or f["scanned"] == scanned)]


def test_sample_set_is_big_and_varied_enough() -> None:
    acts = truth()["acts"]
    real_acts = [a for a in acts if a["doc_type"] in ("deliberation", "proces-verbal")]
    assert len(real_acts) >= 25
    assert {a["doc_type"] for a in acts} <= set(DOC_TYPES)
    assert {"deliberation", "proces-verbal", "liste", "ordre-du-jour"} <= {a["doc_type"] for a in acts}
    assert len({a["collectivite"] for a in acts}) >= 3
    assert {a["date"][:4] for a in acts} >= {"2019", "2020", "2021", "2022", "2023", "2024"}
    assert len({a["matter_code"] for a in real_acts}) >= 7
    assert sum(a["scanned"] for a in acts) >= 3
    assert {f["format"] for f in truth()["files"]} == {"pdf", "txt", "docx", "odt"}
    assert len({f["file"].split("/")[0] for f in truth()["files"]}) >= 3  # sub-folders for recursive import


def test_every_file_on_disk_is_described_and_every_described_file_exists() -> None:
    described = {f["file"] for f in truth()["files"]} | {b["file"] for b in truth()["bad_files"]}
    on_disk = {
        p.relative_to(SAMPLES).as_posix()
        for p in SAMPLES.rglob("*")
        if p.is_file() and p.name not in GENERATOR_FILES and "__pycache__" not in p.parts
    }
    assert described == on_disk
    assert {a["file"] for a in truth()["acts"]} <= {f["file"] for f in truth()["files"]}


def test_samples_stay_small() -> None:
    total = sum(p.stat().st_size for p in SAMPLES.rglob("*") if p.is_file())
    assert total < 3_000_000


@pytest.mark.parametrize("entry", files_by_format("pdf"), ids=lambda f: f["file"])
def test_pdf_opens_with_declared_page_count(entry: dict[str, Any]) -> None:
    assert len(pdf_pages(entry["file"])) == entry["pages"]


def test_acts_lie_within_their_file_and_do_not_overlap_badly() -> None:
    pages = {f["file"]: f["pages"] for f in truth()["files"]}
    starts: Counter[tuple[str, int, str | None]] = Counter()
    for act in truth()["acts"]:
        start, end = act["pages"]
        limit = pages[act["file"]] or 1
        assert 1 <= start <= end <= limit, act["act_number"]
        starts[(act["file"], start, act["act_number"])] += 1
    assert max(starts.values()) == 1


@pytest.mark.parametrize("entry", files_by_format("pdf", scanned=True), ids=lambda f: f["file"])
def test_scanned_pdfs_have_no_text_layer(entry: dict[str, Any]) -> None:
    assert all(text == "" for text in pdf_pages(entry["file"]))


@pytest.mark.parametrize("entry", files_by_format("pdf", scanned=False), ids=lambda f: f["file"])
def test_text_pdfs_have_text_on_every_page(entry: dict[str, Any]) -> None:
    assert all(len(text) > 100 for text in pdf_pages(entry["file"]))


def text_acts() -> list[dict[str, Any]]:
    return [a for a in truth()["acts"] if not a["scanned"]]


@pytest.mark.parametrize("act", text_acts(), ids=lambda a: a["act_number"] or a["objet"][:30])
def test_objet_and_number_are_on_the_declared_start_page(act: dict[str, Any]) -> None:
    if act["file"].endswith(".pdf"):
        page = pdf_pages(act["file"])[act["pages"][0] - 1]
    else:
        page = plain_text(act["file"])
    assert norm(act["objet"]) in page
    if act["act_number"]:
        assert act["act_number"] in page
    if act["matter_printed"]:
        assert f"Nomenclature ACTES : {act['matter_code_level2']}" in page


def test_accentless_document_really_has_no_accents() -> None:
    files = {a["file"] for a in truth()["acts"] if not a["accents"]}
    assert files
    for relative in files:
        text = " ".join(pdf_pages(relative))
        assert "deliberation" in text.lower() and "seance" in text.lower()
        assert not re.search(r"[éèêàùçôî]", text, re.IGNORECASE)


def test_votes_match_attendance() -> None:
    for act in truth()["acts"]:
        votes, attendance = act["votes"], act["attendance"]
        if attendance is None:
            continue
        assert attendance["presents"] <= attendance["votants"] <= attendance["effectif"]
        counted = sum(votes[k] or 0 for k in ("pour", "contre", "abstention"))
        assert counted <= attendance["votants"], act["act_number"]
        if act["doc_type"] in ("deliberation", "proces-verbal"):
            assert votes["unanimite"] or votes["pour"] is not None, act["act_number"]


@pytest.mark.parametrize("entry", truth()["bad_files"], ids=lambda b: b["problem"])
def test_bad_files_are_unreadable(entry: dict[str, Any]) -> None:
    path = SAMPLES / entry["file"]
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(path)
    if entry["problem"] == "empty":
        assert path.stat().st_size == 0
    if entry["problem"] == "encrypted":
        document = pdfium.PdfDocument(path, password=entry["password"])
        assert "2023-011" in document[0].get_textpage().get_text_range()
        document.close()


def test_queries_and_answers_point_at_known_acts() -> None:
    spans = {(a["file"], a["act_number"]): a["pages"] for a in truth()["acts"]}
    queries, qa = truth()["queries"], truth()["qa"]
    assert len(queries) >= 12
    assert {"paraphrase", "sans accents", "faute de frappe", "numéro exact"} <= {q["kind"] for q in queries}
    answerable = [q for q in qa if q["answerable"]]
    assert len(answerable) >= 8 and len(qa) - len(answerable) >= 6
    targets = [t for q in queries for t in q["expected"]] + [s for q in answerable for s in q["sources"]]
    for target in targets:
        start, end = spans[(target["file"], target["act_number"])]
        assert start <= target["page"] <= end
    scanned = {a["act_number"] for a in truth()["acts"] if a["scanned"]}
    assert any(all(t["act_number"] in scanned for t in q["expected"]) for q in queries)


def test_answers_are_written_in_their_source() -> None:
    # An expected answer must be checkable against the act it cites, not invented by the test author.
    acts = {(a["file"], a["act_number"]): a for a in truth()["acts"]}
    for question in (q for q in truth()["qa"] if q["answerable"]):
        source = acts[(question["sources"][0]["file"], question["sources"][0]["act_number"])]
        amounts = re.findall(r"\d[\d ]*,?\d* (?:euros|€)", question["answer"])
        for amount in amounts:
            assert amount in " ".join(source["facts"].values()), question["question"]


def tesseract_has_french() -> bool:
    if shutil.which("tesseract") is None:
        return False
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False)
    return "fra" in langs.stdout.split()


@pytest.mark.slow
@pytest.mark.skipif(not tesseract_has_french(), reason="tesseract avec le français n'est pas installé")
def test_scanned_page_is_legible_for_tesseract(tmp_path: Path) -> None:
    act = next(a for a in truth()["acts"] if a["act_number"] == "2019-031")
    document = pdfium.PdfDocument(SAMPLES / act["file"])
    image = document[act["pages"][0] - 1].render(scale=200 / 72, grayscale=True).to_pil()
    document.close()
    image.save(tmp_path / "page.png")
    result = subprocess.run(["tesseract", str(tmp_path / "page.png"), "-", "-l", "fra"],
                            capture_output=True, text=True, check=True)
    text = norm(result.stdout)
    assert "2019-031" in text
    assert "cinquantenaire" in text and "320 euros" in text
