"""The "Recherche" tab: search bar, filters, results, reader and the act's side panel, and their wiring.

The layout follows the width (a mairie laptop is 1366 px wide): from ``COMPACT_BELOW`` down, the act's
information panel folds into an « Informations » tab beside the document instead of a third column,
and the reader never gets narrower than ``READER_MIN_WIDTH`` (the assistant dock takes its room from
the results list). :meth:`set_reader_only` leaves the reader alone on the page.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.i18n import translate
from app.search_controller import SearchController, SearchOutcome
from app.session import LibrarySession
from app.widgets.act_panel import ActPanel
from app.widgets.filters_bar import FiltersBar
from app.widgets.reader import ReaderWidget
from app.widgets.results_view import ResultsView
from app.widgets.search_bar import SearchBar
from indexer.models import ActRecord, SearchHit

READER_MIN_WIDTH = 600  # below this a PDF page fitted to the width is not readable
COMPACT_BELOW = 1480  # page width (≈ a 1500 px window without the assistant) under which the panel folds
RESULTS_COMFORT = 340  # the results get back up to this from a reader wider than its minimum


def suggestion_html(outcome: SearchOutcome) -> str:
    """The line under the search box: a spelling suggestion to click, or what was searched instead."""
    if not outcome.suggestion:
        return ""
    if outcome.corrected:
        return (translate("SearchPage", "Résultats pour « %1 ». Rechercher plutôt « %2 »")
                .replace("%1", html.escape(outcome.suggestion))
                .replace("%2", f'<a href="#typed">{html.escape(outcome.query)}</a>'))
    return translate("SearchPage", "Vouliez-vous dire : %1 ?").replace(
        "%1", f'<a href="#suggestion"><b>{html.escape(outcome.suggestion)}</b></a>')


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
        # Compact until shown wide: a hidden page's minimum width still bounds the window's (the stack
        # counts every page), and the narrow layout is the one that fits a laptop.
        self.compact = True
        self.reader_only = False
        self.search_bar = SearchBar(self)
        self.filters = FiltersBar(self)
        self.results = ResultsView(self)
        self.reader = ReaderWidget(self, open_url=open_url)
        self.reader.setMinimumWidth(READER_MIN_WIDTH)
        self.act_panel = ActPanel(self)
        self.act_panel.add_document_actions([self.reader.open_action, self.reader.folder_action])
        self.reader_tabs = QTabWidget(self)
        self.reader_tabs.setObjectName("readerTabs")
        self.reader_tabs.setDocumentMode(True)
        self.reader_tabs.setTabBarAutoHide(True)  # one tab (wide layout): no tab bar at all
        self.reader_tabs.addTab(self.reader, translate("SearchPage", "Document"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("searchSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.results, 4), (self.reader_tabs, 5)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.reader_tabs.addTab(self.act_panel, translate("SearchPage", "Informations"))
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("spellingSuggestion")
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setVisible(False)
        self.suggestion.linkActivated.connect(self._follow_suggestion)
        self._last_outcome: SearchOutcome | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.suggestion)
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
            self._fit_width(force=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._sized:
            self._fit_width()
            self._keep_results_readable()

    def _fit_width(self, force: bool = False) -> None:
        compact = self.width() < COMPACT_BELOW
        if compact != self.compact or force:
            self.set_compact(compact)

    def set_compact(self, compact: bool) -> None:
        """Information panel as a tab beside the document (compact) or as a third column (wide)."""
        self.compact = compact
        index = self.reader_tabs.indexOf(self.act_panel)
        if compact and index < 0:
            self.reader_tabs.addTab(self.act_panel, translate("SearchPage", "Informations"))
        elif not compact and index >= 0:
            self.reader_tabs.removeTab(index)
            self.splitter.addWidget(self.act_panel)
            self.splitter.setStretchFactor(2, 2)
            self.act_panel.setVisible(not self.reader_only)
        self._size_panes()

    def _size_panes(self) -> None:
        width = max(self.splitter.width(), 800)
        if self.compact:
            results = max(min(int(width * 0.40), width - READER_MIN_WIDTH - 8), self.results.minimumWidth())
            self.splitter.setSizes([results, width - results])
        else:
            self.splitter.setSizes([int(width * 0.34), int(width * 0.46), int(width * 0.20)])

    def _keep_results_readable(self) -> None:
        """When the page narrows (the assistant opens), the splitter shrinks both panes by their stretch;
        the reader above its minimum gives the results back what they need to show date and commune."""
        if not self.compact or self.reader_only:
            return
        results, reader = self.splitter.sizes()[:2]
        give = min(RESULTS_COMFORT - results, reader - READER_MIN_WIDTH)
        if give > 0:
            self.splitter.setSizes([results + give, reader - give])

    def set_reader_only(self, on: bool) -> None:
        """The reader alone (F11): no search bar, filters, results or side panel; the way back restores them."""
        self.reader_only = on
        for widget in (self.search_bar, self.filters, self.results):
            widget.setVisible(not on)
        if self.reader_tabs.indexOf(self.act_panel) < 0:
            self.act_panel.setVisible(not on)

    def show_results(self, outcome: SearchOutcome) -> None:
        self._last_outcome = outcome
        line = suggestion_html(outcome)
        self.suggestion.setText(line)
        self.suggestion.setVisible(bool(line))
        self.results.set_hits(outcome.hits, outcome.rows)
        self.search_bar.set_count_text(count_text(outcome))
        if outcome.seconds and outcome.query:
            elapsed = f"{outcome.seconds * 1000:.0f} ms"
            self.status_message.emit(translate("SearchPage", "Recherche effectuée en %1").replace("%1", elapsed))

    def _follow_suggestion(self, link: str) -> None:
        """« Vouliez-vous dire » searches the suggestion; after a correction, the typed words are searched
        as typed (the correction is not made again while the clerk keeps them)."""
        outcome = self._last_outcome
        if outcome is None or not outcome.suggestion:
            return
        text = outcome.suggestion if link == "#suggestion" else outcome.query
        self.search_bar.set_text(text)
        self.searcher.search(text, as_typed=link != "#suggestion")

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
