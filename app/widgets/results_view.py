"""The result list: one table over SearchHit records, snippets drawn as rich text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.columns import hit_columns
from app.i18n import translate
from app.table_model import RecordTableModel, Row
from app.widgets.html_delegate import MAX_LINES, HtmlDelegate
from indexer.models import SearchHit


class ResultsView(QTableView):
    hit_selected = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.setAccessibleName(translate("ResultsView", "Résultats de la recherche"))
        self.results_model = RecordTableModel(hit_columns(), self)
        self.setModel(self.results_model)
        snippet = self.results_model.column_index("snippet")
        self.setItemDelegateForColumn(snippet, HtmlDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * MAX_LINES + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for key, width in (
            ("objet", 180),
            ("snippet", 270),
            ("date", 80),
            ("collectivite", 130),
            ("number", 80),
            ("type", 110),
        ):
            self.setColumnWidth(self.results_model.column_index(key), width)
        selection = self.selectionModel()
        selection.currentRowChanged.connect(self._row_changed)

    def set_hits(self, hits: Sequence[SearchHit], rows: list[Row] | None = None) -> None:
        self.results_model.set_records(hits, rows)
        self.scrollToTop()

    def hits(self) -> list[SearchHit]:
        return self.results_model.records()

    def select_row(self, row: int) -> None:
        index = self.results_model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    def current_hit(self) -> SearchHit | None:
        index = self.currentIndex()
        return self.results_model.record(index.row()) if index.isValid() else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.hit_selected.emit(self.results_model.record(current.row()))
