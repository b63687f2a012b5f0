"""Import pipeline behaviour: incremental, resumable, robust. Uses the hashing embedder and no OCR
so each test is quick; the real components are exercised in test_indexer_search.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from indexer import CancelToken, Library, Progress
from indexer.errors import Reason

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def folder(tmp_path: Path, samples_dir: Path) -> Path:
    dest = tmp_path / "dossier"
    shutil.copytree(samples_dir, dest, ignore=shutil.ignore_patterns("*.py", "*.json", "__pycache__", "problemes"))
    return dest


def _paths(lib: Library, query: str) -> set[str]:
    return {h.act.path for h in lib.search(query, mode="keyword", top=50)}


def test_reimport_of_an_unchanged_folder_does_nothing(fast_library: Library, folder: Path) -> None:
    first = fast_library.import_folder(folder)
    again = fast_library.import_folder(folder)
    assert first.imported > 10 and not first.failed
    assert again.imported == 0 and again.unchanged == first.imported
    assert fast_library.stats()["acts"] == first.acts


def test_changed_file_is_reindexed_without_stale_text(fast_library: Library, folder: Path) -> None:
    fast_library.import_folder(folder)
    target = folder / "fontclaire/2023/D2023-12_cantine.txt"
    # "repas" is in the old text only ("cantine" stays in the file name, which is indexed too).
    assert "fontclaire/2023/D2023-12_cantine.txt" in _paths(fast_library, "repas")
    target.write_text("Commune de Fontclaire\nDélibération n° D2023-12\nObjet : Achat d'un xylophone\n"
                      "Le conseil décide l'achat d'un xylophone. Adopté à l'unanimité.", encoding="utf-8")
    report = fast_library.import_folder(folder)
    assert report.imported == 1
    assert "fontclaire/2023/D2023-12_cantine.txt" not in _paths(fast_library, "repas")
    assert "fontclaire/2023/D2023-12_cantine.txt" in _paths(fast_library, "xylophone")


def test_deleted_file_is_removed_and_moved_file_is_not_reprocessed(fast_library: Library, folder: Path) -> None:
    fast_library.import_folder(folder)
    (folder / "fontclaire/2023/D2023-12_cantine.txt").unlink()
    (folder / "archives").mkdir()
    shutil.move(folder / "fontclaire/2022/D2022-31 tracteur-tondeuse.pdf", folder / "archives/tondeuse.pdf")
    report = fast_library.import_folder(folder)
    assert (report.removed, report.moved, report.imported) == (1, 1, 0)
    assert "fontclaire/2023/D2023-12_cantine.txt" not in _paths(fast_library, "cantine")
    assert _paths(fast_library, "tracteur") == {"archives/tondeuse.pdf"}


def test_the_same_file_twice_is_indexed_and_reported(fast_library: Library, folder: Path) -> None:
    shutil.copy(folder / "fontclaire/2023/D2023-12_cantine.txt", folder / "copie.txt")
    report = fast_library.import_folder(folder)
    assert any(w.code == Reason.DUPLICATE for w in report.warnings)
    assert {"copie.txt", "fontclaire/2023/D2023-12_cantine.txt"} <= _paths(fast_library, "cantine")


def test_bad_files_never_stop_the_import(fast_library: Library, folder: Path, samples_dir: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(samples_dir / "problemes", folder / "problemes")
    (folder / "problemes/binaire.txt").write_bytes(b"\x00\x01\x02" * 100)
    monkeypatch.setattr("indexer.extract.MAX_FILE_BYTES", 300_000)  # a "huge" file, scaled down
    report = fast_library.import_folder(folder)
    codes = {f.path: f.code for f in report.failed}
    assert codes["problemes/vide.pdf"] == Reason.EMPTY
    assert codes["problemes/deliberation_protegee.pdf"] == Reason.ENCRYPTED
    assert codes["problemes/deliberation_tronquee.pdf"] == Reason.CORRUPT
    assert codes["problemes/compte_rendu_commission.pdf"] == Reason.NOT_PDF
    assert codes["problemes/binaire.txt"] == Reason.NOT_TEXT
    assert Reason.TOO_LARGE in codes.values()
    assert report.imported >= 10
    again = fast_library.import_folder(folder)  # still reported, never re-read
    assert {f.path for f in again.failed} == set(codes) and again.imported == 0


def test_a_pdf_with_hundreds_of_pages(fast_library: Library, tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=11)
    for i in range(1, 301):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Deliberation n 2020-{i:03d}\nObjet : Point numero {i} du registre\nPour : 10 Contre : 0")
    (tmp_path / "gros").mkdir()
    pdf.output(str(tmp_path / "gros/registre.pdf"))
    report = fast_library.import_folder(tmp_path / "gros")
    assert report.pages == 300 and report.acts == 300


def test_cancel_stops_cleanly_and_the_next_import_completes(fast_library: Library, folder: Path) -> None:
    token = CancelToken()
    seen: list[Progress] = []

    def on_progress(p: Progress) -> None:
        seen.append(p)
        if p.stage == "lecture" and p.done == 3:
            token.cancel()

    report = fast_library.import_folder(folder, progress=on_progress, cancel=token)
    assert report.cancelled and 0 < report.imported < 10
    resumed = fast_library.import_folder(folder)
    assert not resumed.cancelled
    assert resumed.imported + report.imported >= 17
    assert {p.stage for p in seen} >= {"analyse", "lecture"}


_KILLER = """
import os, signal, sys
from indexer import Library
stage, after = sys.argv[3], int(sys.argv[4])
def progress(p):
    if p.stage == stage and p.done >= after:
        os.kill(os.getpid(), signal.SIGKILL)
Library(sys.argv[2], embedder="hashing", ocr_enabled=False).import_folder(sys.argv[1], progress=progress)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize(("stage", "after"), [("lecture", 6), ("vectorisation", 64)])
def test_kill_9_midway_then_resume_gives_the_same_library(tmp_path: Path, folder: Path, stage: str, after: int) -> None:
    data = tmp_path / "tuee"
    done = subprocess.run([sys.executable, "-c", _KILLER, str(folder), str(data), stage, str(after)],
                          cwd=REPO, capture_output=True, timeout=300)
    assert done.returncode == -9, done.stderr.decode()[-2000:]
    with Library(data, embedder="hashing", ocr_enabled=False) as resumed:
        resumed.import_folder(folder)
        killed_stats = resumed.stats()
        killed_hits = [(h.act.path, h.page) for h in resumed.search("subvention football", top=20)]
    with Library(tmp_path / "propre", embedder="hashing", ocr_enabled=False) as clean:
        clean.import_folder(folder)
        clean_stats = clean.stats()
        clean_hits = [(h.act.path, h.page) for h in clean.search("subvention football", top=20)]
    for key in ("files", "pages", "acts", "chunks", "chunks_embedded", "keyword_documents"):
        assert killed_stats[key] == clean_stats[key], key
    assert killed_hits == clean_hits


def test_search_while_an_import_runs(fast_library: Library, folder: Path) -> None:
    fast_library.import_folder(folder / "fontclaire")
    errors: list[BaseException] = []
    worker = threading.Thread(target=lambda: fast_library.import_folder(folder))
    worker.start()
    searches = 0
    while worker.is_alive() or searches < 3:
        try:
            hits = fast_library.search("tracteur", top=5)
            assert hits and hits[0].act.objet
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        searches += 1
    worker.join(60)
    assert not errors
    assert fast_library.stats()["files"] >= 17


def test_data_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from indexer.config import resolve_data_dir

    monkeypatch.setenv("REGISTRE_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"
    assert resolve_data_dir(str(tmp_path / "flag")) == tmp_path / "flag"


def test_unwritable_data_dir_is_explained(tmp_path: Path) -> None:
    from indexer.errors import DataDirUnwritable

    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    with pytest.raises(DataDirUnwritable) as info:
        Library(blocker / "data", embedder="hashing")
    assert "accessible en écriture" in info.value.user_message


def test_cli_contract(tmp_path: Path, folder: Path) -> None:
    import json

    env = dict(os.environ, REGISTRE_EMBEDDER="hashing")
    run = lambda *a: subprocess.run([sys.executable, "-m", "registre", *a], cwd=REPO, env=env,  # noqa: E731
                                    capture_output=True, text=True, timeout=300)
    data = str(tmp_path / "cli")
    imported = run("import", str(folder), "--data-dir", data, "--json", "--no-ocr")
    assert imported.returncode == 0, imported.stderr
    summary = json.loads(imported.stdout)
    for key in ("imported", "unchanged", "removed", "failed", "pages", "ocr_pages", "seconds"):
        assert key in summary
    found = run("search", "tracteur tondeuse", "--data-dir", data, "--json", "--top", "3", "--mode", "keyword")
    assert found.returncode == 0
    # the stable contract: --json prints the list of hits
    assert json.loads(found.stdout)[0]["path"] == "fontclaire/2022/D2022-31 tracteur-tondeuse.pdf"
    typo = run("search", "tracteur tondeusse subvension", "--data-dir", data, "--json", "--mode", "keyword")
    assert isinstance(json.loads(typo.stdout), list)
    assert "tracteur tondeusse subvention" in typo.stderr
    detailed = json.loads(run("search", "tracteur tondeusse subvension", "--data-dir", data, "--json", "--details",
                              "--mode", "keyword").stdout)
    assert detailed["suggestion"]["query"] == "tracteur tondeusse subvention"
    assert run("search", "x", "--data-dir", data, "--filter", "bidule=1", "--json").returncode == 2
    assert run("search").returncode == 2
    stats = json.loads(run("stats", "--json", "--data-dir", data).stdout)
    assert stats["files"] == summary["imported"]
    # which semantic engine answers is said, in JSON and in the text form
    # the import computed the passages' vectors (the tests' hashing encoder, e5 off): that encoder answers
    assert stats["semantic"]["engine"] == stats["embedding_model"] == "hashing-256"
    assert f"recherche par le sens : {stats['semantic']['engine']}" in run("stats", "--data-dir", data).stdout
    assert run("export-scdl", str(tmp_path / "o.csv"), "--data-dir", data).returncode == 0
    bad = run("import", str(folder.parent / "nope"), "--data-dir", data, "--json")
    assert bad.returncode == 2


def test_catalogue_of_an_earlier_version_is_migrated(tmp_path: Path) -> None:
    import sqlite3

    from indexer.catalog import Catalog

    path = tmp_path / "ancien.sqlite3"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE acts(act_id INTEGER PRIMARY KEY, file_id INTEGER, seq INTEGER, page_start INTEGER,"
                " page_end INTEGER, act_number TEXT, objet TEXT, date TEXT, collectivite TEXT)")
    old.execute("INSERT INTO acts(file_id, collectivite) VALUES(1, 'Corte')")
    old.commit()
    old.close()
    catalog = Catalog(path)
    assert catalog.raw_collectivite_counts() == {"Corte": 1}


def test_improved_analysis_rules_refresh_acts_without_rereading_files(fast_library: Library, folder: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from indexer import importer

    first = fast_library.import_folder(folder)
    acts_before = {(a.path, a.act_number) for a in fast_library.acts()}
    monkeypatch.setattr(importer, "ANALYSIS_VERSION", importer.ANALYSIS_VERSION + 1)
    monkeypatch.setattr(importer, "extract_pages", lambda path: pytest.fail("a file was read again"))
    again = fast_library.import_folder(folder)
    assert again.unchanged == first.imported and again.imported == 0
    assert {(a.path, a.act_number) for a in fast_library.acts()} == acts_before
    assert "fontclaire/2022/D2022-31 tracteur-tondeuse.pdf" in _paths(fast_library, "tracteur")
    versions = {row[0] for row in fast_library.catalog.db.execute("SELECT analysis_version FROM files")}
    assert versions == {importer.ANALYSIS_VERSION}


def test_import_in_a_child_process_reports_progress_and_cancels(tmp_path: Path, folder: Path) -> None:
    seen: list[Progress] = []
    with Library(tmp_path / "d", embedder="hashing", ocr_enabled=False) as lib:
        token = CancelToken()

        def on_progress(p: Progress) -> None:
            seen.append(p)
            if p.stage == "lecture" and p.done >= 2:
                token.cancel()

        cancelled = lib.import_folder_isolated(folder, progress=on_progress, cancel=token)
        assert cancelled.cancelled and {p.stage for p in seen} >= {"analyse", "lecture"}
        report = lib.import_folder_isolated(folder)
        assert not report.cancelled and report.imported + cancelled.imported >= 17 and not report.failed
        assert lib.search("tracteur", mode="keyword")[0].act.path == "fontclaire/2022/D2022-31 tracteur-tondeuse.pdf"
        assert lib.stats()["chunks_embedded"] == lib.stats()["chunks"]


def test_an_act_naming_no_commune_takes_its_folders_collectivite(fast_library, tmp_path: Path) -> None:
    root = tmp_path / "deliberations"
    (root / "couthenans" / "2021").mkdir(parents=True)
    (root / "divers").mkdir()
    named = "Commune de Couthenans\nSéance du 12 mars 2021\nObjet : subvention au club de football\nAdopté."
    informal = "Conseil municipal du 4 juin 2021\nObjet : tarification du cimetière\nVote : 14 pour."
    (root / "couthenans" / "CR_2021-03-12.txt").write_text(named, encoding="utf-8")
    (root / "couthenans" / "2021" / "CR_reunion_20210604.txt").write_text(informal, encoding="utf-8")
    (root / "divers" / "CR_reunion_20210604.txt").write_text(informal + "\n", encoding="utf-8")
    fast_library.import_folder(root)
    by_path = {a.path: a.collectivite for a in fast_library.acts()}
    assert by_path["couthenans/CR_2021-03-12.txt"] == "Couthenans"
    assert by_path["couthenans/2021/CR_reunion_20210604.txt"] == "Couthenans"  # from its folder
    assert by_path["divers/CR_reunion_20210604.txt"] is None  # "divers" names no known commune


def test_the_journal_records_each_failure_and_the_summary_but_no_document_text(
        tmp_path: Path, folder: Path, samples_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from indexer import journal

    shutil.copytree(samples_dir / "problemes", folder / "problemes")

    def library_bug(path: Path) -> list:
        raise RuntimeError("bogue interne de la bibliothèque PDF")

    from indexer import importer

    real_extract = importer.extract_pages
    monkeypatch.setattr("indexer.importer.extract_pages",
                        lambda path: library_bug(path) if path.name == "vide.pdf" else real_extract(path))
    data = tmp_path / "donnees"
    log_file = journal.attach(data)
    try:
        with Library(data, embedder="hashing", ocr_enabled=False) as lib:
            report = lib.import_folder(folder)
    finally:
        journal.detach()
    assert log_file is not None
    text = log_file.read_text(encoding="utf-8")
    assert "Import terminé" in text and f"{len(report.failed)} en échec" in text
    for failure in report.failed:
        assert failure.path in text
    assert "Traceback" in text and "bogue interne" in text  # the swallowed exception, with its trace
    assert "en avoir délibéré" not in text  # file names yes, document text never
