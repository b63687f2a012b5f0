"""The desktop window driven offscreen over the real indexer.Library and the bundled samples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import app_fixtures
import pytest
from app_fixtures import SAMPLES, make_pdf
from PySide6.QtCore import Qt

pytestmark = [pytest.mark.gui, pytest.mark.slow]
config_dir = app_fixtures.config_dir
make_window = app_fixtures.make_window

GROUND_TRUTH = json.loads((SAMPLES / "ground_truth.json").read_text(encoding="utf-8"))


def _search(qtbot: Any, window: Any, text: str) -> list[Any]:
    bar = window.search_page.search_bar
    bar.edit.clear()
    with qtbot.waitSignal(window.searcher.results_ready, timeout=90000):
        if text.isascii():
            qtbot.keyClicks(bar.edit, text)
        else:
            bar.edit.setText(text)  # QTest only types ASCII
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.searcher.last is not None and window.searcher.last.query == text, timeout=90000)
    return window.search_page.results.hits()


def _import(qtbot: Any, window: Any, folder: Path, timeout: int = 300000) -> list[Any]:
    seen: list[Any] = []
    window.importer.progress.connect(seen.append)
    with qtbot.waitSignal(window.importer.idle, timeout=timeout):
        assert window.start_import(str(folder))
    return seen


def test_import_search_open_at_page_and_filter(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.empty_state

    progress = _import(qtbot, window, SAMPLES)
    stages = {p.stage for p in progress}
    assert {"lecture", "vectorisation"} <= stages and len(progress) >= 3
    assert any(p.total and p.current for p in progress)

    summary = window.summary
    assert summary is not None and summary.isVisible()
    bad = {b["file"] for b in GROUND_TRUTH["bad_files"]}
    rows = dict(summary.problem_rows())
    assert bad <= set(rows), rows
    assert rows["problemes/vide.pdf"] == "Le fichier est vide (0 octet)."
    assert "Fichiers importés : " in summary.body.text()
    summary.close()

    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=30000)
    files = window.library_view.files.model.records()
    assert {f.path for f in files} >= {g["file"] for g in GROUND_TRUTH["files"]}
    unreadable = [f for f in files if f.status == "illisible"]
    assert {f.path for f in unreadable} == bad and all(f.reason for f in unreadable)
    window.library_view.files.filter_edit.setText("illisible")
    assert window.library_view.files.proxy.rowCount() == len(bad)

    # The expected act comes first and opens at the expected page (page 3 of a procès-verbal).
    query = "vente d'une parcelle communale aux Grands Champs"
    expected = next(q for q in GROUND_TRUTH["queries"] if q["query"] == query)["expected"][0]
    hits = _search(qtbot, window, query)
    assert hits[0].act.act_number == expected["act_number"] and hits[0].act.path == expected["file"]
    assert window.search_page.search_bar.count.text().startswith("Résultats : ")
    window.search_page.results.select_row(0)
    reader = window.search_page.reader
    assert reader.stack.currentWidget() is reader.pdf_view
    assert reader.path == str(SAMPLES / expected["file"])
    qtbot.waitUntil(lambda: reader.current_page() == expected["page"], timeout=15000)
    assert reader.highlighted_term() and reader.results_on_page(expected["page"]) >= 1
    panel = window.search_page.act_panel
    assert panel.field_text("number") == expected["act_number"]
    qtbot.waitUntil(
        lambda: (
            panel.similar_list.count() > 0 and panel.similar_list.item(0).data(Qt.ItemDataRole.UserRole + 1) is not None
        ),
        timeout=90000,
    )

    # A topic search, then a collectivité filter keeps only that commune's acts.
    hits = _search(qtbot, window, "tarifs cantine")
    assert {h.act.collectivite for h in hits} >= {"Saint-Aubin-sur-Loire", "Fontclaire"}
    filters = window.search_page.filters
    with qtbot.waitSignal(window.searcher.results_ready, timeout=90000):
        filters.collectivite.setCurrentIndex(filters.collectivite.findData("Fontclaire"))
    hits = window.search_page.results.hits()
    assert hits and {h.act.collectivite for h in hits} == {"Fontclaire"}
    assert hits[0].act.path == "fontclaire/2023/D2023-12_cantine.txt"

    # A text document opens as text, highlighted.
    window.search_page.results.select_row(0)
    qtbot.waitUntil(lambda: reader.stack.currentWidget() is reader.text_view, timeout=30000)
    assert "cantine" in reader.text_view.toPlainText().lower()
    with qtbot.waitSignal(window.searcher.results_ready, timeout=90000):
        filters.reset()

    # A counting question is answered from the metadata, with its table.
    _search(qtbot, window, "combien de délibérations en 2023")
    outcome = window.searcher.last
    assert outcome.description and outcome.count == len(window.search_page.results.hits()) > 0
    assert window.search_page.search_bar.count.text() == outcome.description
    assert all((h.act.date or "").startswith("2023") for h in window.search_page.results.hits())


def test_cancel_an_import_midway(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    progress: list[Any] = []
    window.importer.progress.connect(progress.append)
    with qtbot.waitSignal(window.importer.idle, timeout=120000):
        window.start_import(str(SAMPLES))
        qtbot.waitUntil(lambda: any(p.stage in ("lecture", "ocr") for p in progress), timeout=60000)
        assert window.import_panel.isVisible()
        qtbot.mouseClick(window.import_panel.cancel_button, Qt.MouseButton.LeftButton)
        assert not window.import_panel.cancel_button.isEnabled()
    assert window.summary is not None and window.summary.windowTitle() == "Import annulé"
    assert not window.importer.running and not window.runner.writer_busy
    assert not window.import_panel.isVisible() and window.import_action.isEnabled()
    window.summary.close()
    # The library stays usable after a cancel: a second import finishes.
    with qtbot.waitSignal(window.importer.idle, timeout=900000):
        window.start_import(str(SAMPLES))
    assert window.summary.windowTitle() != "Import annulé"


def test_unreadable_index_offers_a_rebuild(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    make_pdf(docs / "2023-001.pdf", ["Délibération n° 2023-001. Objet : réfection du lavoir communal."])
    data = tmp_path / "data"
    first = make_window(data_dir=data)
    _import(qtbot, first, docs)
    first.summary.close()
    first.close()
    damaged = [f for f in data.glob("index-mots*/*") if f.is_file()]  # whichever keyword backend
    assert damaged
    for path in damaged:
        path.write_bytes(b"\x00garbage")

    window = make_window(data_dir=data, answers=[True], open_library=False)
    with qtbot.waitSignal(window.session.opened, timeout=180000):
        window.open_library()
    kind, title, text, _accept = window.notifier.messages[0]
    assert kind == "ask" and title == "Index de recherche illisible" and "reconstruit" in text
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=30000)
    hits = _search(qtbot, window, "lavoir")
    assert hits and hits[0].act.path == "2023-001.pdf"


def test_demo_launch_runs_clean_and_stops_on_sigterm(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", REGISTRE_CONFIG_DIR=str(tmp_path / "config"), TMPDIR=str(tmp_path)
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--demo"],
        cwd=app_fixtures.REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(6)  # window shown, samples being imported in the background
    assert proc.poll() is None, proc.communicate()
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert err.strip() == ""
    assert not list(tmp_path.glob("registre-demo-*")), "the demo's temporary data folder was left behind"
