"""The main window: composes the widgets and wires them to the session's jobs. No indexing here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.assistant import install_assistant
from app.dialogs.about_dialog import AboutDialog
from app.dialogs.import_summary import ImportSummaryDialog
from app.dialogs.settings_dialog import SettingsDialog, model_problems
from app.i18n import translate
from app.import_controller import ImportController
from app.jobs import JobFailure, JobRunner
from app.notify import Notifier
from app.search_controller import SearchController
from app.search_page import SearchPage
from app.session import LibraryFactory, LibrarySession, failure_text, real_library_factory
from app.settings import Settings, SettingsStore
from app.table_model import Row, build_rows
from app.widgets.assistant_dock import AssistantDock
from app.widgets.empty_state import EmptyState
from app.widgets.import_panel import ImportPanel
from app.widgets.library_view import LibraryView
from app.widgets.notice_banner import NoticeBanner
from indexer.errors import DataDirUnwritable, IndexUnreadable
from indexer.journal import log_path
from indexer.models import ActRecord, ImportReport, SearchHit

# The demo opens on a search that shows results (the samples' two football subsidies).
DEMO_QUERY = "subvention club de football"
# The assistant dock's share of the window: wide enough for its answers, never the reader's room.
DOCK_SHARE, DOCK_MAX_WIDTH = 0.28, 540
# Below this window width the dock does not reopen by itself at start (a 1366 px laptop): the reader
# would start squeezed; Ctrl+3 opens it when wanted.
DOCK_AT_START_MIN_WIDTH = 1500


class MainWindow(QMainWindow):
    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        store: SettingsStore | None = None,
        notifier: Notifier | None = None,
        library_factory: LibraryFactory | None = None,
        demo_folder: Path | None = None,
        open_url: Any = QDesktopServices.openUrl,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings, self.store = settings, store
        self.notifier = notifier or Notifier(self)
        self.demo_folder = demo_folder
        self.runner = JobRunner(self)
        factory = library_factory or real_library_factory(settings)
        self.session = LibrarySession(data_dir, self.runner, factory, self)
        self.searcher = SearchController(self.session, self)
        self.importer = ImportController(self.session, self)
        self.summary: ImportSummaryDialog | None = None
        self.library_counts = (0, 0)  # files, acts
        self._closed = False
        self._rescan_queue: list[str] = []
        self._open_first_result = False
        self._reader_only_hidden: list[QWidget] = []
        self.open_url = open_url

        title = translate("MainWindow", "Registre — délibérations")
        if demo_folder is not None:
            title += translate("MainWindow", " (démonstration)")
        self.setWindowTitle(title)
        self.setAcceptDrops(True)
        self._build_central()
        self._build_actions()
        self.assistant_dock = AssistantDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.assistant_dock)
        self.assistant_dock.hide()
        self.view_menu.addAction(self.assistant_dock.toggleViewAction())
        self.view_menu.addAction(self.reader_only_action)
        self.assistant = install_assistant(self)
        self.assistant_dock.visibilityChanged.connect(self._dock_visibility_changed)
        self.status = QLabel(self)
        self.statusBar().addPermanentWidget(self.status)
        self._connect()
        self._restore_geometry()
        self._set_library_state(0, 0)

    # -- construction ----------------------------------------------------------------------
    def _build_central(self) -> None:
        self.import_panel = ImportPanel(self)
        self.banner = NoticeBanner(self)
        self.empty_state = EmptyState(self)
        self.search_page = SearchPage(self.session, self.searcher, self, open_url=self._open_url)
        self.library_view = LibraryView(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(self.search_page, translate("MainWindow", "Recherche"))
        self.tabs.addTab(self.library_view, translate("MainWindow", "Bibliothèque"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.tabs)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.import_panel)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _action(
        self, text: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(
            translate("MainWindow", "Importer un dossier…"),
            lambda: self.start_import(),
            QKeySequence.StandardKey.Open,
        )
        self.rescan_action = self._action(translate("MainWindow", "Réanalyser les dossiers importés"), self.rescan_all)
        self.export_action = self._action(translate("MainWindow", "Exporter en open data (SCDL)…"), self.export_scdl)
        self.settings_action = self._action(
            translate("MainWindow", "Paramètres…"), self.show_settings, QKeySequence.StandardKey.Preferences
        )
        quit_action = self._action(translate("MainWindow", "Quitter"), self.close, QKeySequence.StandardKey.Quit)
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&Fichier"))
        for action in (
            self.import_action,
            self.rescan_action,
            None,
            self.export_action,
            None,
            self.settings_action,
            None,
            quit_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        self.view_menu = self.menuBar().addMenu(translate("MainWindow", "&Affichage"))
        self.view_menu.addAction(
            self._action(translate("MainWindow", "Recherche"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        )
        self.view_menu.addAction(
            self._action(translate("MainWindow", "Bibliothèque"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        )
        self.reader_only_action = self._action(translate("MainWindow", "Document en plein cadre"), self.set_reader_only)
        self.reader_only_action.setCheckable(True)
        self.reader_only_action.setShortcuts([QKeySequence("F11"), QKeySequence("Ctrl+Shift+R")])
        self.reader_only_action.setToolTip(
            translate("MainWindow", "Donner toute la fenêtre au document (F11 ou Ctrl+Maj+R ; Échap pour revenir)")
        )
        self._leave_reader_only = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._leave_reader_only.setEnabled(False)  # Escape keeps its usual meaning elsewhere
        self._leave_reader_only.activated.connect(lambda: self.set_reader_only(False))
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Aide"))
        help_menu.addAction(self._action(translate("MainWindow", "Ouvrir le journal"), self.open_journal))
        help_menu.addAction(self._action(translate("MainWindow", "À propos de Registre"), self.show_about))
        toolbar = self.addToolBar(translate("MainWindow", "Actions principales"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.settings_action)

    def _connect(self) -> None:
        page = self.search_page
        page.search_bar.install_shortcuts(self)
        page.failed.connect(self._job_failed)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.empty_state.import_requested.connect(lambda: self.start_import())
        self.import_panel.cancel_requested.connect(self.importer.cancel)
        self.importer.started.connect(self.import_panel.start)
        self.importer.started.connect(lambda _folder: self.empty_state.set_importing(True))
        self.importer.progress.connect(self.import_panel.update_progress)
        self.importer.searchable.connect(self.refresh_library)
        self.importer.finished.connect(self._import_finished)
        self.importer.failed.connect(lambda _folder, failure: self._job_failed(failure))
        self.importer.idle.connect(self._import_idle)
        self.library_view.act_requested.connect(self._open_act)
        self.library_view.rescan_requested.connect(self.start_import)
        self.library_view.forget_requested.connect(self._forget_folder)
        self.session.opened.connect(self._library_opened)
        self.session.open_failed.connect(self._open_failed)
        self.banner.details_requested.connect(self.show_summary)
        self.searcher.results_ready.connect(self._results_shown)

    # -- library ---------------------------------------------------------------------------
    def open_library(self) -> None:
        self.empty_state.set_busy(True)
        self.session.open()
        problems = model_problems(self.settings)
        if problems:
            text = (
                "\n".join(problems)
                + "\n\n"
                + translate(
                    "MainWindow",
                    "La recherche utilise le modèle intégré et l'assistant reste indisponible tant que le "
                    "fichier n'est pas retrouvé. Corrigez le chemin dans Fichier › Paramètres.",
                )
            )
            self.notifier.error(translate("MainWindow", "Modèle introuvable"), text)

    def _library_opened(self, _library: object) -> None:
        self.empty_state.set_busy(False)
        if self.demo_folder is not None:
            # The demo starts with the good news: a search that finds acts, shown as soon as the
            # first samples are searchable; unreadable samples wait in a banner.
            self.search_page.search_bar.set_text(DEMO_QUERY)
            self.searcher.search(DEMO_QUERY)
        self.refresh_library()
        if self.demo_folder is not None:
            self.start_import(str(self.demo_folder))

    def _open_failed(self, failure: JobFailure) -> None:
        self.empty_state.set_busy(False)
        text = failure_text(failure)
        self.empty_state.set_problem(text)
        if isinstance(failure.exception, IndexUnreadable):
            self._offer_rebuild(failure)
        elif isinstance(failure.exception, DataDirUnwritable):
            self.notifier.error(translate("MainWindow", "Dossier de données inaccessible"), text, failure.detail)
        else:
            self.notifier.error(translate("MainWindow", "Impossible d'ouvrir la bibliothèque"), text, failure.detail)

    def refresh_library(self) -> None:
        file_columns, act_columns = self.library_view.files.model.columns, self.library_view.acts.model.columns

        def listing(lib: Any) -> tuple[list[Any], list[ActRecord], tuple[list[Row], list[Row]], list[str], Any, Any]:
            files, acts = lib.files(), lib.acts()
            rows = (build_rows(file_columns, files), build_rows(act_columns, acts))  # off the UI thread
            names = sorted({a.collectivite for a in acts if a.collectivite}, key=str.casefold)
            return files, acts, rows, names, lib.semantic_status(), lib.reconciliation()

        job = self.session.read(listing, "listing")
        job.result.connect(self._library_listed)
        job.error.connect(self._job_failed)
        self.session.submit_read(job)

    def _library_listed(self, listing: tuple[list[Any], list[ActRecord], Any, list[str], Any, Any]) -> None:
        files, acts, rows, names, semantic, lists = listing
        self.library_view.set_content(files, acts, rows)
        self.library_view.set_semantic_status(semantic)
        self.library_view.set_reconciliation(lists)
        self.library_view.set_folders(self.settings.folders)
        self.search_page.filters.set_collectivites(names)
        self.search_page.results.set_show_commune(len(names) != 1)
        self._set_library_state(len(files), len(acts))
        if self.search_page.results.current_hit() is None:  # never pull the list from under the reader
            self.searcher.rerun()

    def _set_library_state(self, files: int, acts: int) -> None:
        self.library_counts = (files, acts)
        has_content = files > 0
        self.stack.setCurrentWidget(self.tabs if has_content else self.empty_state)
        self.status.setText(
            translate("MainWindow", "%1 documents, %2 actes").replace("%1", str(files)).replace("%2", str(acts))
            if has_content
            else ""
        )
        self.rescan_action.setEnabled(bool(self.settings.folders))
        self.export_action.setEnabled(acts > 0)

    def _offer_rebuild(self, failure: JobFailure) -> None:
        if not self.notifier.ask(
            translate("MainWindow", "Index de recherche illisible"),
            failure_text(failure),
            translate("MainWindow", "Reconstruire l'index"),
        ):
            return
        self.statusBar().showMessage(translate("MainWindow", "Reconstruction de l'index en cours…"))
        if self.session.library is None:  # the index failed at opening: reopen, rebuilding it
            self.empty_state.set_problem("")
            self.empty_state.set_busy(True)
            self.session.opened.connect(self._rebuilt, Qt.ConnectionType.SingleShotConnection)
            self.session.open(rebuild=True)
            return
        job = self.session.rebuild_index()
        job.result.connect(lambda _r: self._rebuilt())
        job.error.connect(self._job_failed)
        self.session.submit_write(job)

    def _rebuilt(self, *_args: object) -> None:
        self.statusBar().showMessage(translate("MainWindow", "L'index de recherche a été reconstruit."), 8000)
        self.refresh_library()

    def _job_failed(self, failure: JobFailure) -> None:
        if isinstance(failure.exception, IndexUnreadable):
            self._offer_rebuild(failure)
            return
        self.notifier.error(translate("MainWindow", "Opération impossible"), failure_text(failure), failure.detail)

    # -- import ----------------------------------------------------------------------------
    def start_import(self, folder: str | None = None) -> bool:
        if self.importer.running:
            self.notifier.info(
                translate("MainWindow", "Import en cours"),
                translate("MainWindow", "Un import est déjà en cours. Attendez qu'il se termine ou annulez-le."),
            )
            return False
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, translate("MainWindow", "Choisir le dossier des délibérations")
            )
            if not folder:
                return False
        folder = str(Path(folder).resolve())
        if self.demo_folder is None:
            self.settings.remember_folder(folder)
            self._save_settings()
        self.import_action.setEnabled(False)
        return self.importer.start(folder) is not None

    def rescan_all(self) -> None:
        # One folder at a time through the writer lane; the others follow on completion.
        self._rescan_queue = [f for f in self.settings.folders if Path(f).is_dir()]
        self._rescan_next()

    def _rescan_next(self) -> None:
        if self._rescan_queue and not self.importer.running:
            self.start_import(self._rescan_queue.pop(0))

    def _forget_folder(self, folder: str) -> None:
        if folder in self.settings.folders:
            self.settings.folders.remove(folder)
            self._save_settings()
        self.library_view.set_folders(self.settings.folders)

    def _import_finished(self, folder: str, report: ImportReport) -> None:
        if self._closed:
            return
        self.import_panel.finish()
        self.summary = ImportSummaryDialog(folder, report, self)
        if self.demo_folder is not None and not report.cancelled:
            # No dialog over the demo's first screen: the results, the first one open, and a banner.
            self.banner.hide()
            if report.failed:
                self.banner.show_unreadable(len(report.failed))
            # Opens the first result of the next results, unless the visitor already chose one.
            self._open_first_result = self.search_page.results.current_hit() is None
        else:
            self.summary.open()  # window-modal but non-blocking: the event loop keeps running
        self.refresh_library()

    def show_summary(self) -> None:
        """The last import's summary (the banner's « voir »)."""
        if self.summary is not None:
            self.summary.open()

    def _results_shown(self, _outcome: object) -> None:
        if self._open_first_result:  # once: never a later search's first row
            self._open_first_result = False
            if self.search_page.results.results_model.rowCount():
                self.search_page.results.select_row(0)

    def _import_idle(self) -> None:
        self.import_panel.finish()
        self.empty_state.set_importing(False)
        self.import_action.setEnabled(True)
        if not self._closed:
            self._rescan_next()

    # -- dialogs ---------------------------------------------------------------------------
    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self, library_dir=self.session.data_dir)
        dialog.accepted.connect(lambda: self._settings_accepted(dialog))
        dialog.open()
        return dialog

    def _settings_accepted(self, dialog: SettingsDialog) -> None:
        self.settings = dialog.result_settings()
        self._save_settings()

    def open_journal(self) -> bool:
        """The log file a support call starts from (its folder while nothing has been logged yet)."""
        path = log_path(self.session.data_dir)
        target = path if path.is_file() else self.session.data_dir
        return self._open_url(QUrl.fromLocalFile(str(target)))

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(str(self.session.data_dir), self)
        dialog.open()
        return dialog

    def export_scdl(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "Exporter les délibérations (SCDL)"),
            "deliberations.csv",
            translate("MainWindow", "Fichier CSV (*.csv)"),
        )
        if not path:
            return
        job = self.session.read(lambda lib: lib.export_scdl(Path(path)), "export")
        job.result.connect(
            lambda _r: self.statusBar().showMessage(
                translate("MainWindow", "Export enregistré : %1").replace("%1", path), 8000
            )
        )
        job.error.connect(self._job_failed)
        self.session.submit_read(job)

    def _open_url(self, url: QUrl) -> bool:
        return bool(self.open_url(url))

    # -- window state ----------------------------------------------------------------------
    def set_reader_only(self, on: bool) -> None:
        """F11 / Ctrl+Shift+R: the document gets the whole window; again (or Escape) brings all back."""
        on = bool(on) and self.stack.currentWidget() is self.tabs  # no document without a library
        self.reader_only_action.setChecked(on)
        self._leave_reader_only.setEnabled(on)
        if on == self.search_page.reader_only:
            return
        if on:
            self.tabs.setCurrentWidget(self.search_page)
            toolbar = self.findChild(QWidget, "mainToolbar")
            candidates = [self.assistant_dock, toolbar, self.statusBar(), self.tabs.tabBar(), self.banner]
            self._reader_only_hidden = [w for w in candidates if w is not None and w.isVisible()]
            for widget in self._reader_only_hidden:
                widget.hide()
        else:
            for widget in self._reader_only_hidden:
                widget.show()
            self._reader_only_hidden = []
        self.search_page.set_reader_only(on)

    def _dock_visibility_changed(self, visible: bool) -> None:
        if visible and not self.assistant_dock.isFloating():
            self._fit_dock()

    def _fit_dock(self) -> None:
        """The dock's width is a share of the window, so the reader keeps its room beside it."""
        width = int(min(max(self.width() * DOCK_SHARE, self.assistant_dock.minimumWidth()), DOCK_MAX_WIDTH))
        self.resizeDocks([self.assistant_dock], [width], Qt.Orientation.Horizontal)

    def _open_act(self, act: ActRecord) -> None:
        self.tabs.setCurrentWidget(self.search_page)
        self.search_page.open_act(act)

    def open_citation(self, act: ActRecord, page: int, terms: list[str], passage: str = "") -> None:
        """For the assistant panel: shows a cited act in the reader at ``page``, ``terms`` highlighted."""
        self.tabs.setCurrentWidget(self.search_page)
        self.search_page.open_hit(SearchHit(act=act, page=page, score=0.0, snippet="", passage=passage, terms=terms))
        self.search_page.results.show_act(act.act_id)

    def _save_settings(self) -> None:
        if self.store is None:
            return
        try:
            self.store.save(self.settings)
        except OSError as exc:
            self.statusBar().showMessage(
                translate("MainWindow", "Paramètres non enregistrés : %1").replace("%1", str(exc)), 8000
            )

    def _restore_geometry(self) -> None:
        if not self.settings.window_geometry or not self.restoreGeometry(
            QByteArray.fromBase64(self.settings.window_geometry.encode())
        ):
            screen = self.screen().availableGeometry()  # a 1366×768 laptop gets all of it
            self.resize(min(1280, screen.width()), min(800, screen.height()))
        if self.settings.window_state:
            self.restoreState(QByteArray.fromBase64(self.settings.window_state.encode()))
        dock = self.assistant_dock
        if dock.isVisibleTo(self) and not dock.isFloating():
            # The dock's remembered open state must not make this start cramped.
            if self.width() < DOCK_AT_START_MIN_WIDTH:
                dock.hide()
            else:
                self._fit_dock()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_folder(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        folder = _dropped_folder(event)
        if folder is not None:
            event.acceptProposedAction()
            self.start_import(folder)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.importer.running:
            self.statusBar().showMessage(translate("MainWindow", "Arrêt de l'import en cours…"))
        self._closed = True
        self.set_reader_only(False)  # the saved state is the normal layout, not the reader alone
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings.window_state = bytes(self.saveState().toBase64().data()).decode()
        self._save_settings()
        self.assistant.service.shutdown()  # the model lane reads the library: stop it first
        self.session.close()
        super().closeEvent(event)


def _dropped_folder(event: QDragEnterEvent | QDropEvent) -> str | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).is_dir():
            return url.toLocalFile()
    return None
