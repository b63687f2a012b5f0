"""The version in one place, and a library's schema across versions of Registre.

An older library is migrated in place after a backup copy; a library written by a newer Registre
is refused with a French message and its own exit code, and left byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import sqlite3
import tomllib
from pathlib import Path

import pytest

from indexer.migrations import MIGRATIONS, SCHEMA_VERSION
from indexer.version import __version__
from registre.cli import main

REPO = Path(__file__).resolve().parent.parent
TEXT = ("Délibération n° 2021-14 du 4 juin 2021. Objet : subvention au club de football. "
        "Le conseil municipal, à l'unanimité, accorde une subvention de 500 euros.")


def test_registre_version_prints_the_one_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"Registre {__version__}"
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    # the package's version is read from the same constant, never written twice
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"]["attr"] == "indexer.version.__version__"


def _library_with_one_act(data_dir: Path, docs: Path):
    from indexer import Library

    docs.mkdir(parents=True, exist_ok=True)
    (docs / "deliberation-2021-14.txt").write_text(TEXT, encoding="utf-8")
    lib = Library(data_dir, embedder="hashing", ocr_enabled=False)
    lib.import_folder(docs)
    return lib


def _older_library(data: Path) -> Path:
    """A catalogue as the first Registre wrote it (schema 1: only ``m001_initial``), with one act in it.

    Built from m001 alone, which never changes, so the test keeps meaning the same as migrations are added."""
    data.mkdir(parents=True)
    catalogue = data / "catalogue.sqlite3"
    db = sqlite3.connect(catalogue)
    with db:
        MIGRATIONS[0](db)
        db.execute("CREATE TABLE _migrations(name TEXT PRIMARY KEY, applied_at TEXT DEFAULT CURRENT_TIMESTAMP)")
        db.execute("INSERT INTO _migrations(name) VALUES('m001_initial')")
        db.execute("INSERT INTO meta VALUES('schema_version', '1')")
        db.execute("INSERT INTO roots(root_id, path) VALUES(1, '/mairie/deliberations')")
        db.execute("INSERT INTO files(file_id, root_id, path, sha256, status, stage) "
                   "VALUES(1, 1, 'deliberation-2021-14.txt', 'abc', 'ok', 9)")
        db.execute("INSERT INTO pages(file_id, page, text) VALUES(1, 1, ?)", (TEXT,))
        db.execute("INSERT INTO acts(act_id, file_id, seq, page_start, page_end, act_number, objet, date, "
                   "collectivite) VALUES(1, 1, 1, 1, 1, '2021-14', 'subvention au club de football', "
                   "'2021-06-04', 'Testville')")
    db.close()
    return catalogue


def _columns(catalogue: Path, table: str) -> set[str]:
    db = sqlite3.connect(catalogue)
    try:
        return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
    finally:
        db.close()


def test_an_older_library_is_migrated_in_place_after_a_backup(tmp_path: Path) -> None:
    from indexer.catalog import Catalog

    data = tmp_path / "data"
    catalogue = _older_library(data)
    newest = MIGRATIONS[-1].__name__

    catalog = Catalog(catalogue)  # what a newer Registre does first when it opens a library
    try:
        assert catalog.schema_version == SCHEMA_VERSION
        applied = {row[0] for row in catalog.db.execute("SELECT name FROM _migrations")}
        assert applied == {m.__name__ for m in MIGRATIONS}
        assert "analysis_version" in _columns(catalogue, "files")  # m003
        assert "text_hash" in _columns(catalogue, "heads")  # m005
        row = catalog.db.execute("SELECT act_number, objet, date FROM acts").fetchall()
        assert row == [("2021-14", "subvention au club de football", "2021-06-04")]  # nothing lost
    finally:
        catalog.db.close()
    backup = data / "catalogue.avant-migration-v1.sqlite3"
    assert backup.is_file()
    # the backup is the library exactly as the older Registre left it, openable by that version
    db = sqlite3.connect(backup)
    try:
        assert db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == ("1",)
        assert [r[0] for r in db.execute("SELECT name FROM _migrations")] == ["m001_initial"]
        assert newest not in {r[0] for r in db.execute("SELECT name FROM _migrations")}
        assert db.execute("SELECT objet FROM acts").fetchall() == [("subvention au club de football",)]
    finally:
        db.close()
    assert "analysis_version" not in _columns(backup, "files")


def test_a_newer_library_is_refused_untouched_with_its_own_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _library_with_one_act(data, tmp_path / "docs").close()
    catalogue = data / "catalogue.sqlite3"
    db = sqlite3.connect(catalogue)
    with db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
        db.execute("INSERT INTO _migrations(name) VALUES('m999_from_the_future')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = hashlib.sha256(catalogue.read_bytes()).hexdigest()

    code = main(["stats", "--data-dir", str(data)])

    assert code == 5  # not 2 (usage), 3 (the computer) nor 4 (a bug): "install a newer Registre"
    err = capsys.readouterr().err
    assert "version plus récente de Registre" in err and f"schéma {SCHEMA_VERSION + 1}" in err
    assert "elle n'a pas été modifiée" in err
    assert hashlib.sha256(catalogue.read_bytes()).hexdigest() == before
    assert not list(data.glob("catalogue.avant-migration-*"))
