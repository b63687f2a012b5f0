"""The "Recherche" tab: search bar, filters, results, reader and the act's side panel, and their wiring."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.i18n import translate
from app.search_controller import SearchController, SearchOutcome
from app.session import LibrarySession
from app.widgets.act_panel import ActPanel
from app.widgets.filters_bar import FiltersBar
from app.widgets.reader import ReaderWidget
from app.widgets.results_view import ResultsView
from app.widgets.search_bar import SearchBar
from indexer.models import ActRecord, SearchHit


def count_text(outcome: SearchOutcome) -> str:
    n = len(outcome.hits)
    if outcome.description is not None:
        return outcome.description
    if outcome.listing:
        return translate("SearchPage", "Actes : %1").replace("%1", str(n))
    if n == 0:
        return translate("SearchPage", "Aucun résultat")
    return translate("SearchPage", "Résultats : %1").replace("%1", str(n))


class SearchPage(QWidget):
    failed = Signal(object)  # JobFailure, for the window's error handling
    status_message = Signal(str)

    def __init__(
        self,
        session: LibrarySession,
        searcher: SearchController,
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchPage")
        self.session, self.searcher = session, searcher
        self._sized = False
        self.search_bar = SearchBar(self)
        self.filters = FiltersBar(self)
        self.results = ResultsView(self)
        self.reader = ReaderWidget(self, open_url=open_url)
        self.act_panel = ActPanel(self)
        self.act_panel.add_document_actions([self.reader.open_action, self.reader.folder_action])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("searchSplitter")
        for widget, stretch in ((self.results, 4), (self.reader, 5), (self.act_panel, 2)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.search_bar.edit, self.results)

        self.search_bar.search_requested.connect(lambda q: searcher.search(q))
        self.search_bar.sort_changed.connect(searcher.set_sort)
        self.search_bar.down_pressed.connect(self.focus_results)
        self.filters.filters_changed.connect(lambda f: searcher.search(filters=f))
        self.results.hit_selected.connect(self.open_hit)
        self.act_panel.hit_requested.connect(self.open_hit)
        self.reader.display_failed.connect(self.status_message)
        searcher.results_ready.connect(self.show_results)
        searcher.failed.connect(self.failed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # stretch factors alone let the PDF view's large size hint win
            self._sized = True
            width = max(self.splitter.width(), 800)
            self.splitter.setSizes([int(width * 0.38), int(width * 0.43), int(width * 0.19)])

    def show_results(self, outcome: SearchOutcome) -> None:
        self.results.set_hits(outcome.hits, outcome.rows)
        self.search_bar.set_count_text(count_text(outcome))
        if outcome.seconds and outcome.query:
            elapsed = f"{outcome.seconds * 1000:.0f} ms"
            self.status_message.emit(translate("SearchPage", "Recherche effectuée en %1").replace("%1", elapsed))

    def open_hit(self, hit: SearchHit) -> None:
        """Shows the act's document at the hit's page, its metadata, then its precedents."""
        act = hit.act
        self.act_panel.show_act(act)
        path = act.absolute_path
        if path.lower().endswith(".pdf"):
            self.reader.show_pdf(path, hit.page, hit.terms, hit.passage)
        else:
            text_job = self.session.read(lambda lib: lib.act_pages(act.act_id), "pages")
            text_job.result.connect(lambda pages: self.reader.show_text(path, pages, hit.page, hit.terms))
            text_job.error.connect(self.failed)
            self.session.submit_read(text_job)
        similar = self.session.read(lambda lib: lib.similar_acts(act.act_id, top=8), "similar")
        similar.result.connect(lambda hits: self.act_panel.show_similar(act.act_id, hits))
        similar.error.connect(lambda _f: self.act_panel.show_similar(act.act_id, []))
        self.session.submit_read(similar)

    def open_act(self, act: ActRecord) -> None:
        self.open_hit(SearchHit(act=act, page=act.page_start, score=0.0, snippet=""))

    def focus_results(self) -> None:
        if self.results.results_model.rowCount():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.results.currentIndex().isValid():
                self.results.select_row(0)
