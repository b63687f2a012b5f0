"""The one model/view adapter: a read-only table over a list of plain dataclasses.

Columns are declared as :class:`Column` objects (see :mod:`app.columns`); the same model shows
search hits, acts and files. Every cell is computed once, in :func:`build_rows` (which a worker
thread may call), so ``data()`` is a lookup: Qt calls it thousands of times while sorting,
filtering or painting, and a Python call per cell froze the window on a 3,000-act library.

Roles: ``SORT_ROLE`` a sortable key (ISO dates, numbers); ``RECORD_ROLE`` the dataclass behind a
row; ``HTML_ROLE`` rich text (snippets with ``<b>`` marks) for the HTML delegate; ``FILTER_ROLE``
one case-folded string of the whole row, for a QSortFilterProxyModel's filter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3
FILTER_ROLE = Qt.ItemDataRole.UserRole + 4

_TAG = re.compile(r"<[^>]+>")
_ENTITIES = {"&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'", "&amp;": "&"}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

AnyIndex = QModelIndex | QPersistentModelIndex


def html_to_text(html: str) -> str:
    text = _TAG.sub("", html)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return text


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    value: Callable[[Any], Any]  # display value
    sort_key: Callable[[Any], Any] | None = None
    html: bool = False  # value is HTML (rich text for a delegate, plain text in DisplayRole)
    tooltip: Callable[[Any], str] | None = None
    align_right: bool = False


@dataclass(frozen=True)
class Row:
    record: Any
    display: tuple[str, ...]
    sort: tuple[Any, ...]
    html: tuple[str | None, ...]
    tooltip: tuple[str | None, ...]
    filter_text: str


def build_rows(columns: Sequence[Column], records: Sequence[Any]) -> list[Row]:
    """Computes every cell of ``records``; pure Python, safe to run on a worker thread."""
    rows: list[Row] = []
    for record in records:
        display: list[str] = []
        sort: list[Any] = []
        html: list[str | None] = []
        tips: list[str | None] = []
        for column in columns:
            value = column.value(record)
            text = "" if value is None else str(value)
            html.append(text if column.html else None)
            text = html_to_text(text) if column.html else text
            display.append(text)
            key = column.sort_key(record) if column.sort_key else value
            sort.append("" if key is None else key)
            tips.append(column.tooltip(record) if column.tooltip else None)
        rows.append(Row(record, tuple(display), tuple(sort), tuple(html), tuple(tips), " ".join(display).casefold()))
    return rows


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == key)

    def set_records(self, records: Sequence[Any], rows: list[Row] | None = None) -> None:
        """Replaces the content; ``rows`` from :func:`build_rows` when already computed elsewhere."""
        rows = build_rows(self._columns, records) if rows is None else rows
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def records(self) -> list[Any]:
        return [row.record for row in self._rows]

    def record(self, row: int) -> Any:
        return self._rows[row].record

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return section + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r, c = index.row(), index.column()
        if not index.isValid() or r >= len(self._rows) or c >= len(self._columns):
            return None
        row = self._rows[r]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display[c]
        if role == SORT_ROLE:
            return row.sort[c]
        if role == HTML_ROLE:
            return row.html[c]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip[c]
        if role == FILTER_ROLE:
            return row.filter_text
        if role == RECORD_ROLE:
            return row.record
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[c].align_right:
            return _RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts in Python on the precomputed keys (one C++→Python call per row, not per comparison)."""
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._rows[i.row()] for i in persistent]
        # Empty cells go last in both directions.
        filled = [row for row in self._rows if row.sort[column] not in ("", None)]
        empty = [row for row in self._rows if row.sort[column] in ("", None)]
        filled.sort(key=lambda row: row.sort[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = filled + empty
        position = {id(row): i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(position[id(row)], i.column()) for row, i in zip(held, persistent, strict=True)]
        )
        self.layoutChanged.emit()
