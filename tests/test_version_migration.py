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


def _make_older(catalogue: Path) -> None:
    """Turn a current catalogue into the one the previous schema wrote: its last migration undone."""
    last = MIGRATIONS[-1].__name__
    assert last == "m005_heads", "update this test's undo step for the newest migration"
    db = sqlite3.connect(catalogue)
    with db:
        db.execute("DROP TABLE heads")
        db.execute("DELETE FROM _migrations WHERE name = ?", (last,))
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION - 1),))
    db.close()


def _columns(catalogue: Path, table: str) -> set[str]:
    db = sqlite3.connect(catalogue)
    try:
        return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
    finally:
        db.close()


def test_an_older_library_is_migrated_in_place_after_a_backup(tmp_path: Path) -> None:
    from indexer import Library

    data = tmp_path / "data"
    _library_with_one_act(data, tmp_path / "docs").close()
    catalogue = data / "catalogue.sqlite3"
    _make_older(catalogue)
    assert not _columns(catalogue, "heads")

    lib = Library(data, embedder="hashing", ocr_enabled=False)
    try:
        assert lib.catalog.schema_version == SCHEMA_VERSION
        assert {"act_id", "page", "text", "text_hash"} <= _columns(catalogue, "heads")
        hits = lib.search("subvention club de football", mode="keyword")
        assert hits and hits[0].act.path.endswith("deliberation-2021-14.txt")  # nothing lost
    finally:
        lib.close()
    backup = data / f"catalogue.avant-migration-v{SCHEMA_VERSION - 1}.sqlite3"
    assert backup.is_file()
    # the backup is the library as the older Registre left it, openable by that version
    assert not _columns(backup, "heads")
    db = sqlite3.connect(backup)
    try:
        assert db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION - 1)
        assert db.execute("SELECT count(*) FROM acts").fetchone()[0] >= 1
    finally:
        db.close()


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

    assert code == 3  # not 2 (usage) nor 1 (partial import): "install a newer Registre"
    err = capsys.readouterr().err
    assert "version plus récente de Registre" in err and f"schéma {SCHEMA_VERSION + 1}" in err
    assert "elle n'a pas été modifiée" in err
    assert hashlib.sha256(catalogue.read_bytes()).hexdigest() == before
    assert not list(data.glob("catalogue.avant-migration-*"))
