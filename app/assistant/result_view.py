"""Where an answer appears: streamed text, then the final answer with its confidence badge and the
citations or closest sources, each one opening the reader at its page."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from app.assistant.rendering import CitedPlace, Rendered, evidence_html, place_for_citation
from app.i18n import translate

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1


class ResultView(QWidget):
    place_activated = Signal(object)  # CitedPlace
    streamed = Signal(str)  # the text shown so far, after each token
    example_activated = Signal(str)  # the example question of the hint, clicked

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.rendered: Rendered | None = None
        self.example = ""
        self.previews: list[Any] = []  # the passages shown before each answer (what the clerk saw first)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: bold")
        self.text = QTextBrowser(self)
        self.text.setObjectName(f"{name}Text")
        self.text.setOpenLinks(False)  # [n] links open the reader, never a browser
        self.text.anchorClicked.connect(self._anchor_clicked)
        self.badge = QLabel(self)
        self.badge.setObjectName(f"{name}Badge")
        self.badge.setWordWrap(True)
        self.badge.hide()
        self.places_title = QLabel(self)
        self.places = QListWidget(self)
        self.places.setObjectName(f"{name}Places")
        self.places.setWordWrap(True)
        self.places.setAccessibleName(translate("ResultView", "Sources de la réponse"))
        self.places.itemActivated.connect(self._item_activated)
        self.places.itemClicked.connect(self._item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.badge)
        layout.addWidget(self.places_title)
        layout.addWidget(self.places, 2)
        self._show_places(False)

    def _show_places(self, visible: bool) -> None:
        self.places_title.setVisible(visible)
        self.places.setVisible(visible)

    def show_hint(self, intro: str, example: str) -> None:
        """Before the first question: an example, whole and wrapped in the card (the question field's placeholder,
        one line, was cut at the dock's width on a 1366 px laptop), a link that puts it in the field."""
        self.example = example
        self.text.setHtml(
            f'<p style="color:#555555">{html.escape(intro)}<br><a href="exemple:">{html.escape(example)}</a></p>'
        )

    def begin(self, title: str) -> None:
        """A new request: its title, an empty text ready for streamed tokens."""
        self.rendered = None
        self.title.setText(title)
        self.text.clear()
        self.badge.hide()
        self.places.clear()
        self._show_places(False)

    def show_preview(self, shown: list[Any], question: str) -> None:
        """The closest passage from retrieval, while the model is still choosing: nothing asserted."""
        self.previews.append(shown)
        if not shown or self.rendered is not None:
            return
        note = translate("ResultView", "Passage le plus proche, en attendant la réponse :")
        self.text.setHtml(f"<p><i>{html.escape(note)}</i></p>" + evidence_html(shown[0], 1))

    def append_token(self, token: str) -> None:
        cursor = self.text.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(token)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        self.streamed.emit(self.text.toPlainText())

    def show_rendered(self, rendered: Rendered) -> None:
        self.rendered = rendered
        self.text.setHtml(rendered.html)
        if rendered.badge is not None:
            text, colour = rendered.badge
            self.badge.setText(text)
            self.badge.setToolTip(rendered.badge_detail)
            self.badge.setStyleSheet(
                f"QLabel {{ background: {colour}; color: white; font-weight: bold; padding: 3px 6px;"
                " border-radius: 3px; }"
            )
            self.badge.show()
        self.places.clear()
        for place in rendered.places:
            item = QListWidgetItem(place.label, self.places)
            item.setData(PLACE_ROLE, place)
            item.setToolTip(place.tooltip)
        self.places_title.setText(rendered.places_title)
        self._show_places(bool(rendered.places))
        self._fit_places()

    def _fit_places(self) -> None:
        """The list as tall as its rows (at most half the view): one source left a blank box the height of
        the passage above it, and the passage had to scroll."""
        width = max(self.places.viewport().width() - 8, 80)
        metrics = self.places.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        # sizeHintForRow gives one line before the list is laid out: the wrapped label's own height instead
        wrapped = [metrics.boundingRect(0, 0, width, 10_000, flags, i.text()).height() + 4 for i in self.place_items()]
        rows = sum(max(self.places.sizeHintForRow(i), h) for i, h in enumerate(wrapped))
        frame = 2 * self.places.frameWidth() + 4
        self.places.setMaximumHeight(max(self.places.fontMetrics().height() * 2, min(rows + frame, self.height() // 2)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.places.count():
            self._fit_places()  # word-wrapped rows change height with the dock's width

    def show_message(self, text: str, error: bool = False) -> None:
        """A sentence instead of a result (stopped, model missing, nothing found…)."""
        colour = "#c62828" if error else "#555555"
        current = self.text.toHtml() if self.text.toPlainText().strip() else ""
        note = f'<p style="color:{colour}">{html.escape(text).replace(chr(10), "<br>")}</p>'
        if current and not error:
            self.text.append(note)  # keep what was streamed before "Réponse interrompue"
        else:
            self.text.setHtml(note)

    def place_items(self) -> list[QListWidgetItem]:
        return [self.places.item(i) for i in range(self.places.count())]

    def _item_activated(self, item: QListWidgetItem) -> None:
        place = item.data(PLACE_ROLE)
        if isinstance(place, CitedPlace):
            self.place_activated.emit(place)

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "exemple" and self.example:
            self.example_activated.emit(self.example)
            return
        if url.scheme() != "cite" or self.rendered is None:
            return
        try:
            place = place_for_citation(self.rendered, int(url.path()))
        except ValueError:
            return
        if place is not None:
            self.place_activated.emit(place)
