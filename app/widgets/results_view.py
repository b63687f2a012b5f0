"""The result list: one table over SearchHit records, each row drawn as a card by ResultDelegate.

Only the "result" column is shown and it follows the view's width: there is never a horizontal
scrollbar. The other columns stay in the model (sorting keys, filter text, tests).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.columns import hit_columns
from app.i18n import translate
from app.table_model import RecordTableModel, Row
from app.widgets.result_delegate import SNIPPET_LINES, ResultDelegate, row_height
from indexer.models import SearchHit


class ResultsView(QTableView):
    hit_selected = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.setAccessibleName(translate("ResultsView", "Résultats de la recherche"))
        self.results_model = RecordTableModel(hit_columns(), self)
        self.setModel(self.results_model)
        self.delegate = ResultDelegate(self)
        self.result_column = self.results_model.column_index("result")
        self.setItemDelegateForColumn(self.result_column, self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._set_snippet_lines(SNIPPET_LINES)
        header = self.horizontalHeader()
        header.setVisible(False)  # one column; the order is chosen in the search bar
        for column in range(self.results_model.columnCount()):
            self.setColumnHidden(column, column != self.result_column)
        header.setSectionResizeMode(self.result_column, QHeaderView.ResizeMode.Stretch)
        self.setMinimumWidth(260)
        selection = self.selectionModel()
        selection.currentRowChanged.connect(self._row_changed)
        self._quiet = False  # set while the list follows an act opened elsewhere

    def _set_snippet_lines(self, lines: int) -> None:
        self.delegate.snippet_lines = lines
        self.verticalHeader().setDefaultSectionSize(row_height(self.fontMetrics(), lines))

    def set_show_commune(self, show: bool) -> None:
        """The commune is said on each row only when the library holds more than one."""
        if show != self.delegate.show_where:
            self.delegate.show_where = show
            self.viewport().update()

    def set_hits(self, hits: Sequence[SearchHit], rows: list[Row] | None = None) -> None:
        self.delegate.clear_cache()
        # A listing (no query) has no snippets: two-line rows show twice as many acts.
        self._set_snippet_lines(SNIPPET_LINES if any(h.snippet for h in hits) else 0)
        self.results_model.set_records(hits, rows)
        self.scrollToTop()

    def hits(self) -> list[SearchHit]:
        return self.results_model.records()

    def select_row(self, row: int) -> None:
        index = self.results_model.index(row, self.result_column)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    def show_act(self, act_id: int) -> None:
        """Follow an act opened from elsewhere (a citation of the assistant): its row is selected, or none
        is, so that the list never marks another act than the one in the reader. The reader is not
        reopened (it is already at the cited page, which the row's own hit would replace)."""
        row = next((i for i, h in enumerate(self.hits()) if h.act.act_id == act_id), None)
        selection = self.selectionModel()
        self._quiet = True
        try:
            if row is None:
                selection.clear()
            else:
                self.select_row(row)
                self.scrollTo(self.results_model.index(row, self.result_column))
        finally:
            self._quiet = False

    def current_hit(self) -> SearchHit | None:
        index = self.currentIndex()
        return self.results_model.record(index.row()) if index.isValid() else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.hit_selected.emit(self.results_model.record(current.row()))
