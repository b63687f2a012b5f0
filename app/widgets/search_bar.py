"""The search box, the sort choice and the result count."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.i18n import translate

DEBOUNCE_MS = 350  # search-as-you-type waits for a pause in typing
MIN_CHARS = 3


class SearchBar(QWidget):
    search_requested = Signal(str)
    down_pressed = Signal()  # keyboard users go from the box to the results with ↓
    sort_changed = Signal(str)  # "relevance" | "date"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            translate("SearchBar", "Rechercher dans les délibérations… (ex. : subvention club de football)")
        )
        self.edit.setAccessibleName(translate("SearchBar", "Recherche"))
        self.sort = QComboBox(self)
        self.sort.setObjectName("sortCombo")
        self.sort.addItem(translate("SearchBar", "Pertinence"), "relevance")
        self.sort.addItem(translate("SearchBar", "Date (récent d'abord)"), "date")
        self.sort.setAccessibleName(translate("SearchBar", "Trier par"))
        self.count = QLabel(self)
        self.count.setObjectName("resultCount")
        self.count.setMinimumWidth(160)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        sort_label = QLabel(translate("SearchBar", "Trier par :"), self)
        sort_label.setBuddy(self.sort)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(sort_label)
        layout.addWidget(self.sort)
        layout.addWidget(self.count)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_typed)
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self.submit)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.edit, context=Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self.down_pressed)
        self.sort.currentIndexChanged.connect(lambda _i: self.sort_changed.emit(self.sort_mode()))

    def install_shortcuts(self, window: QWidget) -> None:
        for keys in (QKeySequence.StandardKey.Find, QKeySequence("Ctrl+K")):
            shortcut = QShortcut(keys, window)
            shortcut.activated.connect(self.focus_search)

    def focus_search(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def sort_mode(self) -> str:
        return str(self.sort.currentData())

    def submit(self) -> None:
        self._timer.stop()
        self.search_requested.emit(self.text())

    def _emit_typed(self) -> None:
        text = self.text()
        if not text or len(text) >= MIN_CHARS:
            self.search_requested.emit(text)

    def set_count_text(self, text: str) -> None:
        self.count.setText(text)
