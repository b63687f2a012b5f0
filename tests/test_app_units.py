"""Pure-widget and plumbing tests of the desktop app (fake library, no real index)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import app_fixtures
import pytest
from app_fixtures import FakeLibrary, make_pdf
from PySide6.QtCore import QModelIndex, Qt

from app.jobs import Job, JobFailure, JobRunner
from app.settings import SETTINGS_VERSION, Settings, SettingsStore, from_dict, migrate
from app.table_model import HTML_ROLE, RECORD_ROLE, SORT_ROLE, RecordTableModel
from assistant.calibration import default_model
from indexer.models import ActRecord, PageText, SearchHit
from indexer.progress import Cancelled, Progress

pytestmark = pytest.mark.gui
config_dir = app_fixtures.config_dir
make_window = app_fixtures.make_window


def _act(i: int, date: str | None = "2023-03-01", objet: str = "Subvention au club") -> ActRecord:
    return ActRecord(
        act_id=i,
        file_id=i,
        path=f"a/{i}.pdf",
        root="/r",
        doc_type="deliberation",
        page_start=1,
        page_end=2,
        act_number=f"2023-{i:03d}",
        objet=objet,
        date=date,
        collectivite="Testville",
    )


# -- settings ------------------------------------------------------------------------------
def test_settings_migrate_from_unversioned_and_v1() -> None:
    v0 = migrate({"ocr": False, "language": "en"})
    assert v0["version"] == SETTINGS_VERSION and v0["ocr_enabled"] is False and "ocr" not in v0
    v1 = from_dict({"version": 1, "confidence_threshold": 70})
    assert v1.confidence_threshold == pytest.approx(0.7)
    # v2's uncalibrated built-in 0.5 gives way to the calibrated default; a chosen value stays.
    assert from_dict({"version": 2, "confidence_threshold": 0.5}).confidence_threshold is None
    assert from_dict({"version": 2, "confidence_threshold": 0.9}).confidence_threshold == 0.9
    assert from_dict({"version": 3, "confidence_threshold": "beaucoup"}).confidence_threshold is None
    assert from_dict({"version": 3, "confidence_threshold": 7}).confidence_threshold is None
    assert Settings().confidence_threshold is None


def test_settings_round_trip_and_bad_values(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "s.json")
    settings = Settings(language="en", folders=["/x"], confidence_threshold=0.42)
    store.save(settings)
    assert json.loads((tmp_path / "s.json").read_text())["version"] == SETTINGS_VERSION
    assert store.load() == settings
    # A hand-edited file with a wrong type keeps the default for that field only.
    (tmp_path / "s.json").write_text(json.dumps({"version": 2, "ocr_enabled": "oui", "language": "en", "x": 1}))
    loaded = store.load()
    assert loaded.ocr_enabled is True and loaded.language == "en"


def test_corrupt_settings_are_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text("{ pas du json")
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert store.load_problem and (tmp_path / "s.json.corrompu").exists()


# -- jobs ----------------------------------------------------------------------------------
def _run(qtbot: Any, fn: Any) -> tuple[Job, dict[str, list[Any]]]:
    runner = JobRunner()
    job = Job(fn, "test")
    seen: dict[str, list[Any]] = {k: [] for k in ("started", "progress", "result", "error", "cancelled")}
    job.started.connect(lambda: seen["started"].append(True))
    job.progress.connect(seen["progress"].append)
    job.result.connect(seen["result"].append)
    job.error.connect(seen["error"].append)
    job.cancelled.connect(lambda: seen["cancelled"].append(True))
    with qtbot.waitSignal(job.finished, timeout=10000):
        runner.submit(job)
    assert runner.shutdown(5000)
    assert runner.active_thread_count() == 0
    return job, seen


def test_job_result_and_throttled_progress(qtbot: Any) -> None:
    def work(progress: Any, cancel: Any) -> int:
        for i in range(2000):  # far more than 10/s: must not flood the UI thread
            progress(Progress(i, 2000, "lecture"))
            if i % 200 == 0:
                time.sleep(0.03)
        return 42

    job, seen = _run(qtbot, work)
    assert seen["started"] and seen["result"] == [42] and not seen["error"]
    assert 2 <= len(seen["progress"]) < 50
    assert seen["progress"][-1].done == 1999  # the last state is never dropped


def test_job_cancel_is_not_an_error(qtbot: Any) -> None:
    def work(progress: Any, cancel: Any) -> None:
        raise Cancelled()

    job, seen = _run(qtbot, work)
    assert seen["cancelled"] and not seen["error"] and not seen["result"] and job.outcome == "cancelled"


def test_job_error_carries_exception_and_traceback(qtbot: Any) -> None:
    def work(progress: Any, cancel: Any) -> None:
        raise PermissionError(13, "Permission denied", "/interdit")

    _job, seen = _run(qtbot, work)
    failure = seen["error"][0]
    assert isinstance(failure, JobFailure) and isinstance(failure.exception, PermissionError)
    assert "PermissionError" in failure.detail
    from app.session import failure_text

    assert failure_text(failure) == "Accès refusé à « /interdit »."


def test_runner_shutdown_cancels_running_job(qtbot: Any) -> None:
    runner = JobRunner()

    def work(progress: Any, cancel: Any) -> None:
        while True:
            cancel.raise_if_cancelled()
            time.sleep(0.01)

    job = Job(work)
    with qtbot.waitSignal(job.started, timeout=5000):
        runner.submit(job)
    assert runner.writer_busy
    assert runner.shutdown(5000)
    assert job.outcome == "cancelled" and runner.active_thread_count() == 0


def test_runner_drops_a_job_submitted_after_shutdown(qtbot: Any) -> None:
    """A slot reached while the window closes (the demo's SIGTERM during a search) must not raise."""
    runner = JobRunner()
    assert runner.shutdown(5000)
    ran: list[bool] = []
    job = Job(lambda _p, _c: ran.append(True))
    assert runner.submit(job, JobRunner.READER) is job
    qtbot.wait(50)
    assert job.outcome == "cancelled" and not ran and runner.active_thread_count() == 0
    assert not runner.active_jobs()


# -- table model ---------------------------------------------------------------------------
def test_hit_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    from app.columns import hit_columns

    model = RecordTableModel(hit_columns())
    hits = [
        SearchHit(_act(1), 2, 0.9, "… une <b>subvention</b> de 1&#x27;500 €"),
        SearchHit(_act(2, date=None, objet="Tarifs"), 1, 0.5, ""),
    ]
    model.set_records(hits)
    qtmodeltester.check(model)
    snippet = model.column_index("snippet")
    assert model.data(model.index(0, snippet)) == "… une subvention de 1'500 €"
    assert model.data(model.index(0, snippet), HTML_ROLE).count("<b>") == 1
    assert model.data(model.index(0, model.column_index("date"))) == "01/03/2023"
    assert model.data(model.index(0, model.column_index("date")), SORT_ROLE) == "2023-03-01"
    assert model.data(model.index(1, 0), RECORD_ROLE) is hits[1]
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Résultat"
    assert model.data(model.index(0, 0)).startswith("01/03/2023 · ")  # the card's text, for screen readers


def test_file_and_act_models_pass_qtmodeltester(qtmodeltester: Any) -> None:
    from app.columns import act_columns, file_columns
    from indexer.models import FileRecord

    acts = RecordTableModel(act_columns())
    acts.set_records([_act(1), _act(2)])
    qtmodeltester.check(acts)
    files = RecordTableModel(file_columns())
    files.set_records([FileRecord(1, "x.pdf", "/r", "0", 10, 3, 1, "illisible", "Le PDF est endommagé.")])
    qtmodeltester.check(files)
    assert files.data(files.index(0, files.column_index("status"))) == "Illisible"
    assert files.data(files.index(0, files.column_index("status")), Qt.ItemDataRole.ToolTipRole).startswith("Le PDF")


# -- widgets -------------------------------------------------------------------------------
def test_search_bar_debounces_and_enter_submits(qtbot: Any) -> None:
    from app.widgets.search_bar import SearchBar

    bar = SearchBar()
    qtbot.addWidget(bar)
    got: list[str] = []
    bar.search_requested.connect(got.append)
    qtbot.keyClicks(bar.edit, "subv")
    assert got == []  # still typing
    qtbot.waitUntil(lambda: got == ["subv"], timeout=3000)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert got == ["subv", "subv"]


def test_reader_opens_pdf_at_page_with_highlight(qtbot: Any, tmp_path: Path) -> None:
    from app.widgets.reader import ReaderWidget

    pdf = make_pdf(tmp_path / "d.pdf", ["Ordre du jour.", "Rien ici.", "Le conseil vote une subvention au club."])
    opened: list[Any] = []
    reader = ReaderWidget(open_url=lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.addWidget(reader)
    reader.resize(700, 900)
    reader.show()
    assert reader.show_pdf(str(pdf), 3, ["absent", "subvention"])
    assert reader.stack.currentWidget() is reader.pdf_view
    qtbot.waitUntil(lambda: reader.current_page() == 3, timeout=3000)
    assert reader.highlighted_term() == "subvention"  # the term present on that page comes first
    assert reader.results_on_page(3) == 1 and reader.results_on_page(2) == 0
    assert reader.page_spin.value() == 3 and reader.page_total.text() == "/ 3"
    before = reader.pdf_view.zoomFactor()
    reader.zoom_in()
    assert reader.pdf_view.zoomFactor() > before
    reader.previous_page()
    qtbot.waitUntil(lambda: reader.current_page() == 2, timeout=3000)
    reader.open_folder()
    reader.open_external()
    assert opened == [str(tmp_path), str(pdf)]


def _pixels(widget: Any) -> Any:
    """The widget as painted, as a height × width × RGB array."""
    import numpy as np
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    rows = np.frombuffer(bytes(image.constBits()), dtype=np.uint8).reshape(height, stride)
    return rows[:, : width * 3].reshape(height, width, 3).astype(int)


def _box(mask: Any) -> tuple[int, int, int, int] | None:
    import numpy as np

    ys, xs = np.nonzero(mask)
    return (int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())) if len(xs) else None


def test_reader_highlights_in_the_answer_card_s_yellow_over_the_word(qtbot: Any, tmp_path: Path) -> None:
    """The PDF's hits are painted in the card's yellow (#ffe066), not QPdfView's pale blue, the print still
    black through it, exactly where QPdfView itself would have put its highlight."""
    from app.widgets.reader import ReaderWidget

    pdf = make_pdf(tmp_path / "d.pdf", ["Le conseil vote une subvention au club de football."])
    reader = ReaderWidget(open_url=lambda url: True)
    qtbot.addWidget(reader)
    reader.resize(700, 900)
    reader.show()
    assert reader.show_pdf(str(pdf), 1, ["subvention"])
    view = reader.pdf_view

    def yellow() -> Any:
        px = _pixels(view.viewport())
        return (px[..., 0] > 235) & (px[..., 1] > 200) & (px[..., 1] < 235) & (px[..., 2] < 140)

    def printed() -> bool:  # the page is rendered in a thread: its print comes after the layout
        box = _box(yellow())
        if box is None:
            return False
        x0, y0, x1, y1 = box
        return bool((_pixels(view.viewport())[y0 : y1 + 1, x0 : x1 + 1].max(axis=2) < 90).sum() > 30)

    def same_place_as_qpdfview() -> None:
        """The yellow over the print, on the very rectangle QPdfView itself highlights (its layout, its pale
        blue), within a pixel or two."""
        qtbot.waitUntil(printed, timeout=5000)
        px = _pixels(view.viewport())
        pale_blue = (abs(px[..., 0] - 216) < 6) & (abs(px[..., 1] - 226) < 6) & (abs(px[..., 2] - 238) < 6)
        assert pale_blue.sum() == 0
        ours = _box(yellow())
        view.highlights = None
        view.setSearchModel(reader.search_model)
        view.viewport().repaint()
        px = _pixels(view.viewport())
        theirs = _box((px[..., 2] > px[..., 0] + 12) & (px[..., 2] > 200))
        view.setSearchModel(None)
        view.highlights = reader.search_model
        assert ours is not None and theirs is not None
        assert all(abs(a - b) <= 3 for a, b in zip(ours, theirs, strict=True)), (ours, theirs)

    same_place_as_qpdfview()  # fitted to the width
    reader.zoom_in()
    same_place_as_qpdfview()  # a zoom of the clerk's


def test_reader_explains_a_pdf_it_cannot_display(qtbot: Any, tmp_path: Path) -> None:
    from app.widgets.reader import ReaderWidget

    bad = tmp_path / "faux.pdf"
    bad.write_text("ceci n'est pas un PDF")
    reader = ReaderWidget(open_url=lambda url: True)
    qtbot.addWidget(reader)
    with qtbot.waitSignal(reader.display_failed, timeout=3000) as blocker:
        assert not reader.show_pdf(str(bad), 1, [])
    assert "« faux.pdf » ne peut pas être affiché" in blocker.args[0]
    assert reader.stack.currentWidget() is reader.message and reader.open_action.isEnabled()
    assert not reader.show_pdf(str(tmp_path / "parti.pdf"), 1, [])
    assert "introuvable" in reader.message.text()


def test_reader_shows_text_documents_with_highlights(qtbot: Any) -> None:
    from app.widgets.reader import ReaderWidget
    from indexer.models import PageText

    reader = ReaderWidget(open_url=lambda url: True)
    qtbot.addWidget(reader)
    reader.show_text("/r/x.txt", [PageText(1, "Tarifs de la cantine <scolaire>")], 1, ["cantine"])
    html = reader.text_view.toHtml()
    assert reader.stack.currentWidget() is reader.text_view
    assert "cantine" in reader.text_view.toPlainText() and "<scolaire>" in reader.text_view.toPlainText()
    assert "#ffe066" in html


def test_import_panel_tells_the_e5_stage_instead_of_the_last_file(qtbot: Any) -> None:
    """During « affinage » (minutes of e5 on the headings) no file name comes: the line under the bar says
    what is being done, with its count, instead of staying on the last file read; Cancel still works."""
    from PySide6.QtCore import QLocale

    from app.widgets.import_panel import ImportPanel
    from indexer.progress import ProgressStage

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        panel = ImportPanel()
        qtbot.addWidget(panel)
        panel.start("/docs")
        cancels: list[bool] = []
        panel.cancel_requested.connect(lambda: cancels.append(True))
        panel.update_progress(Progress(401, 402, ProgressStage.READ, "/docs/2020/SCAN_CM_20201009.pdf", None, 3797))
        assert panel.current.text() == "Fichier : SCAN_CM_20201009.pdf"
        panel.update_progress(Progress(0, 12863, ProgressStage.SHARPEN, "", None, 3797))
        assert "SCAN_CM" not in panel.current.text()
        loading = "Affinage de la recherche : chargement du modèle e5, 12\u202f863 intitulés à traiter…"
        assert panel.current.text() == loading
        panel.update_progress(Progress(1200, 12863, ProgressStage.SHARPEN, "", 900.0, 3797))
        assert panel.current.text().startswith("Affinage de la recherche : 1\u202f200 / 12\u202f863 intitulés (")
        assert "reprendra au prochain import" in panel.current.toolTip()
        assert (panel.bar.value(), panel.bar.maximum()) == (1200, 12863)
        assert "1\u202f200 / 12\u202f863 intitulés" in panel.detail.text() and "reste environ" in panel.detail.text()
        panel.update_progress(Progress(0, 0, ProgressStage.EMBED, "", None, 3797))
        assert panel.current.text() == ""  # nothing to vectorise: no stale name either
        assert panel.cancel_button.isEnabled()
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        assert cancels == [True] and panel.cancel_button.text() == "Annulation…"
    finally:
        QLocale.setDefault(before)


def test_settings_dialog_refuses_missing_model_file(qtbot: Any, tmp_path: Path) -> None:
    from app.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.threshold.value() == pytest.approx(default_model().threshold, abs=0.005)
    assert dialog.result_settings().confidence_threshold is None  # left at the calibrated default
    dialog.llm_file.edit.setText(str(tmp_path / "absent.gguf"))
    dialog.threshold.setValue(0.65)
    dialog._accept()
    assert "Le fichier du modèle de l'assistant" in dialog.problems.text() and dialog.result() == 0
    dialog.llm_file.edit.clear()
    dialog._accept()
    assert dialog.result() == 1 and dialog.result_settings().confidence_threshold == 0.65


def test_import_summary_lists_unreadable_files(qtbot: Any) -> None:
    from app.dialogs.import_summary import ImportSummaryDialog
    from indexer.models import ImportFailure, ImportReport

    report = ImportReport(
        imported=3,
        pages=7,
        ocr_pages=2,
        acts=4,
        failed=[ImportFailure("p/vide.pdf", "fichier_vide", "Le fichier est vide (0 octet).")],
    )
    dialog = ImportSummaryDialog("/docs", report)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Import terminé avec des fichiers illisibles"
    assert "Fichiers importés : 3" in dialog.body.text() and "dont 2 par reconnaissance" in dialog.body.text()
    assert dialog.problem_rows() == [("p/vide.pdf", "Le fichier est vide (0 octet).")]


# -- window with the fake library ------------------------------------------------------------
def test_first_run_window_is_empty_with_one_action(make_window: Any, tmp_path: Path) -> None:
    window = make_window(lambda d, _r: FakeLibrary(d))
    assert window.stack.currentWidget() is window.empty_state
    assert window.empty_state.button.text() == "Importer un dossier…" and window.empty_state.button.isEnabled()
    assert window.import_action.shortcut().toString() == "Ctrl+O"
    assert window.findChild(object, "assistantDock") is window.assistant_dock


def test_unwritable_data_folder_is_explained(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("x")  # a file where the data folder should be: the folder cannot be created
    window = make_window(lambda d, _r: FakeLibrary(d), data_dir=blocker / "data", open_library=False)
    with qtbot.waitSignal(window.session.open_failed, timeout=10000):
        window.open_library()
    kind, title, text, _detail = window.notifier.messages[0]
    assert kind == "error" and title == "Dossier de données inaccessible"
    assert "n'est pas accessible en écriture" in text
    assert window.empty_state.problem.isVisibleTo(window) and "écriture" in window.empty_state.problem.text()


def test_about_says_nothing_leaves_the_computer(make_window: Any) -> None:
    window = make_window(lambda d, _r: FakeLibrary(d))
    dialog = window.show_about()
    assert "Rien ne quitte cet ordinateur" in dialog.body.text()
    from indexer.version import __version__

    assert f"Registre {__version__}" in dialog.title.text()  # the same version as `registre --version`
    dialog.close()


def test_window_geometry_and_folders_persist(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    make_pdf(docs / "a.pdf", ["Subvention"])
    window = make_window(lambda d, _r: FakeLibrary(d))
    window.resize(1010, 700)
    with qtbot.waitSignal(window.importer.idle, timeout=20000):
        assert window.start_import(str(docs))
    window.summary.close()
    window.close()
    saved = SettingsStore().load()
    assert saved.folders == [str(docs.resolve())] and saved.window_geometry
    again = make_window(lambda d, _r: FakeLibrary(d))
    assert (again.width(), again.height()) == (1010, 700)


def test_drop_of_a_folder_starts_an_import(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    docs = tmp_path / "docs"
    make_pdf(docs / "a.pdf", ["Subvention"])
    window = make_window(lambda d, _r: FakeLibrary(d))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(docs))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.dropEvent(event)
    qtbot.waitUntil(lambda: window.library_counts == (1, 1), timeout=5000)
    assert window.stack.currentWidget() is window.tabs


def test_model_index_default_parent() -> None:
    model = RecordTableModel([])
    assert model.rowCount(QModelIndex()) == 0


def test_singletons_survive_pyside_refcount_leak(qtbot: Any) -> None:
    """PySide6 6.12.0 drops a reference to None per C++→Python slot call and to True per emit()
    on CPython 3.11; app._immortal must keep them alive (the interpreter aborted mid-import)."""
    import sys

    from PySide6.QtCore import QTimer

    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > 1 << 39 and sys.getrefcount(True) > 1 << 39
    calls: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: None if calls.append(1) else None)
    timer.start(0)
    qtbot.waitUntil(lambda: len(calls) >= 500, timeout=10000)
    timer.stop()


def test_help_menu_opens_the_journal(make_window: Any) -> None:
    window = make_window(lambda d, _r: FakeLibrary(d))
    assert window.open_journal()
    opened = window.opened_urls[-1].toLocalFile()
    assert opened.endswith("journal/registre.log")
    assert "Journal ouvert" in Path(opened).read_text(encoding="utf-8")


def test_spelling_suggestion_is_offered_then_applied(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    lib_holder: list[FakeLibrary] = []

    def factory(d: Path, _r: Any) -> FakeLibrary:
        lib = FakeLibrary(d)
        lib.add(ActRecord(1, 1, "a/deneigement.pdf", str(tmp_path), "deliberation", 1, 1, None, "Déneigement",
                          "2023-01-05", "Testville"),
                [PageText(1, "Convention de déneigement des voies communales ; le déneigement, le déneigement.")])
        for i in (2, 3, 4):
            lib.add(ActRecord(i, i, f"a/voirie{i}.pdf", str(tmp_path), "deliberation", 1, 1, None, "Voirie",
                              "2023-01-05", "Testville"), [PageText(1, "Entretien des voies communales.")])
        lib_holder.append(lib)
        return lib

    window = make_window(factory)
    page = window.search_page
    with qtbot.waitSignal(window.searcher.results_ready, timeout=30000):
        window.searcher.search("deneigemnt des voies")
    # the typed words find enough acts: the suggestion is only offered
    assert page.suggestion.isVisible() and "Vouliez-vous dire" in page.suggestion.text()
    assert "déneigement des voies" in page.suggestion.text()
    with qtbot.waitSignal(window.searcher.results_ready, timeout=30000):
        window.searcher.search("deneigemnt")
    # nothing found as typed: the suggestion's results are shown, and said so, with the way back
    assert window.searcher.last.corrected and page.results.hits()[0].act.path == "a/deneigement.pdf"
    assert "Résultats pour « déneigement »" in page.suggestion.text()
    with qtbot.waitSignal(window.searcher.results_ready, timeout=30000):
        page.suggestion.linkActivated.emit("#typed")
    assert lib_holder[0].searches[-1] == "deneigemnt" and not window.searcher.last.corrected
    assert page.search_bar.text() == "deneigemnt" and not page.suggestion.isVisible()


def test_library_view_says_which_encoder_searches_by_meaning() -> None:
    from app.widgets.library_view import semantic_text
    from indexer.models import SemanticStatus

    assert "e5 n'est pas activé" in semantic_text(SemanticStatus("use-m3-v3", 10, 10, False, 0, 0))
    assert "commencera après l'import" in semantic_text(SemanticStatus("use-m3-v3", 10, 10, True, 40, 0))
    assert "(12 / 40 intitulés)" in semantic_text(SemanticStatus("use-m3-v3", 10, 10, True, 40, 12))
    assert "e5 (modèle précis)" in semantic_text(SemanticStatus("use-m3-v3", 10, 10, True, 40, 40))
    # no passage has a vector yet: the view must not claim a semantic engine
    assert "aucune pour l'instant" in semantic_text(SemanticStatus("use-m3-v3", 10, 0, True, 40, 0))


def test_library_view_reports_listed_acts_missing_from_the_library(qtbot: Any) -> None:
    """The « Listes et répertoires » tab shows what `Library.reconciliation` found (Pierrefonds 2024)."""
    from app.widgets.library_view import LibraryView

    view = LibraryView()
    qtbot.addWidget(view)
    view.set_reconciliation([{
        "liste": "pierrefonds/listes-deliberations/REPERTOIRE-CHRONOLOGIQUE-2024-POUR-AFFICHAGE.pdf",
        "collectivite": "Pierrefonds", "lignes": 60, "trouvees": 49,
        "introuvables": [{"numero": "2024_37", "date": "2024-08-28", "objet": "Dénomination commune touristique",
                          "message": "…"}],
        "numeros_differents": [{"numero_liste": "2024_59", "numero_imprime": "D2024-55", "date": "2024-12-10",
                                "objet": "Recrutement de vacataires"}],
    }])
    lines = [view.lists_report.item(i).text() for i in range(view.lists_report.count())]
    assert "60 actes listés, 49 retrouvés" in lines[0]
    assert "2024_37 listé dans le répertoire, introuvable dans la bibliothèque (séance du 2024-08-28)" in lines[1]
    assert "D2024-55" in lines[2]
    view.set_reconciliation([])
    assert view.lists_report.count() == 1 and "Aucune liste" in view.lists_report.item(0).text()
