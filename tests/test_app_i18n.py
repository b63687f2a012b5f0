"""The English translation is complete, up to date with the sources, and actually switches the UI."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import app_fixtures  # noqa: F401 - offscreen Qt before the QApplication
import pytest

from app.i18n import TRANSLATIONS_DIR, install_translation, remove_translation

pytestmark = pytest.mark.gui
TS = TRANSLATIONS_DIR / "registre_en.ts"
BIN = Path(sys.executable).parent


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m.find("translation")  # type: ignore[misc]
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def test_every_english_string_is_translated() -> None:
    messages = _messages(TS)
    assert len(messages) > 150
    unfinished = [src for (_ctx, src), tr in messages.items() if tr.get("type") or not (tr.text or "").strip()]
    assert unfinished == []
    # Placeholders survive translation.
    for (_ctx, src), tr in messages.items():
        for marker in ("%1", "%2", "<b>"):
            assert (marker in src) == (marker in (tr.text or "")), src


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="pyside6-lupdate absent")
def test_ts_file_lists_every_string_of_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (TRANSLATIONS_DIR.parent).rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert missing == set(), "run pyside6-lupdate and translate the new strings"


@pytest.mark.skipif(not (BIN / "pyside6-lrelease").exists(), reason="pyside6-lrelease absent")
def test_shipped_qm_matches_the_ts(tmp_path: Path) -> None:
    shutil.copy(TS, tmp_path / "x.ts")
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(tmp_path / "x.ts"), "-qm", str(tmp_path / "x.qm")],
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "x.qm").read_bytes() == (TRANSLATIONS_DIR / "registre_en.qm").read_bytes()


def test_english_switches_the_window_strings(qapp: Any, qtbot: Any) -> None:
    from app.widgets.empty_state import EmptyState
    from app.widgets.search_bar import SearchBar

    translators = install_translation(qapp, "en")
    try:
        empty, bar = EmptyState(), SearchBar()
        qtbot.addWidget(empty)
        qtbot.addWidget(bar)
        assert empty.button.text() == "Import a folder…"
        assert bar.sort.itemText(0) == "Relevance"
    finally:
        remove_translation(qapp, translators)
    french = EmptyState()
    qtbot.addWidget(french)
    assert french.button.text() == "Importer un dossier…"
