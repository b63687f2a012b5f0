"""What the frozen build relies on, checked without building it (bench/check_frozen_build.py builds and runs it)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from indexer.extract import ocr
from indexer.version import __version__

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands for tesseract")
def test_a_tesseract_shipped_beside_the_frozen_app_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "Registre" / "tesseract"
    (folder / "tessdata").mkdir(parents=True)
    fake = folder / "tesseract"
    # answers --list-langs with fra only when told where its language files are, as a relocated Tesseract does
    fake.write_text('#!/bin/sh\necho "List of available languages"\n'
                    '[ -n "$TESSDATA_PREFIX" ] && echo fra\necho eng\n')
    fake.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Registre" / "Registre"))
    monkeypatch.delenv("REGISTRE_TESSERACT", raising=False)
    ocr.find_tesseract.cache_clear()
    try:
        engine = ocr.find_tesseract("fra")
    finally:
        ocr.find_tesseract.cache_clear()
    assert engine is not None and engine.executable == str(fake)
    assert engine.language == "fra" and engine.tessdata == str(folder / "tessdata")
    assert engine.env()["TESSDATA_PREFIX"] == str(folder / "tessdata")


def test_not_frozen_no_bundled_tesseract_is_looked_for() -> None:
    assert getattr(sys, "frozen", False) is False and ocr.bundled_tesseract() is None


def test_the_installer_is_per_user_and_never_deletes_the_library() -> None:
    iss = (REPO / "packaging" / "registre.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert "{autoprograms}\\Registre" in iss  # Start-menu shortcut
    deleted = re.findall(r'^Type: (\w+); Name: "([^"]+)"', iss.split("[UninstallDelete]")[1], re.M)
    assert deleted, "the joined model (1.1 GB) is given back on uninstall"
    for kind, name in deleted:
        # only the model copy joined on first run: never the catalogue, indexes, drafts or settings
        assert name.startswith("{localappdata}\\Registre\\models"), name
        assert kind == "dirifempty" or ".gguf" in name, name


def test_the_build_scripts_read_the_one_version() -> None:
    for script in ("build_windows.ps1", "build_macos.sh", "build_linux.sh"):
        assert "from indexer.version import __version__" in (REPO / "packaging" / script).read_text(encoding="utf-8")
    spec = (REPO / "packaging" / "registre.spec").read_text(encoding="utf-8")
    assert 'indexer" / "version.py"' in spec and __version__.count(".") == 2
