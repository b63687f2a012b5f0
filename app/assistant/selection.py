"""Which acts the assistant's actions apply to: the current search result, or the rows selected in
Bibliothèque › Actes, whichever the clerk touched last."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QObject, Signal

from app.table_model import RECORD_ROLE
from indexer.models import ActRecord, SearchHit

if TYPE_CHECKING:
    from app.main_window import MainWindow


class SelectionWatcher(QObject):
    changed = Signal(list)  # list[ActRecord]

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._table = window.library_view.acts.table
        window.search_page.results.hit_selected.connect(self._hit_selected)
        self._table.selectionModel().selectionChanged.connect(self._library_selection)

    def _hit_selected(self, hit: SearchHit) -> None:
        self.changed.emit([hit.act])

    def _library_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        acts = self.library_acts()
        if acts:
            self.changed.emit(acts)

    def library_acts(self) -> list[ActRecord]:
        rows = sorted(self._table.selectionModel().selectedRows(), key=lambda index: index.row())
        records = [self._table.model().data(index, RECORD_ROLE) for index in rows]
        return [r for r in records if isinstance(r, ActRecord)]
