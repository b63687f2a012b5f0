"""The document reader: a PDF at the right page with the matched words highlighted, or plain text.

PDFs use QtPdf (``QPdfView`` + ``QPdfSearchModel``); .txt/.docx/.odt show the text the indexer
extracted. A document that cannot be displayed shows a French message and still offers to open it
with the system's application.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QDesktopServices, QGuiApplication, QKeySequence, QPainter, QPaintEvent, QPen
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from indexer.models import PageText

ZOOM_STEP = 1.2
ANCHOR_HOLD_S = 1.0
SPECIFICITY_SPAN = 10  # pages on each side counted to tell a specific word from a common one
CONTEXT_ABOVE_PT = 60.0
# The answer card's highlight (app/assistant/rendering.py, reader's text view): the same yellow in the PDF, laid
# over the page by multiplying, so the black print stays black; the current occurrence gets a darker frame.
HIGHLIGHT = QColor("#ffe066")
CURRENT_FRAME = QColor("#b7791f")


class HighlightPdfView(QPdfView):
    """QPdfView painting the search results in the card's yellow instead of Qt's hard-coded pale blue.

    QPdfView's own highlight colours are constants of its C++ source, so its search model is left unset
    (it paints none) and the results of :attr:`highlights` are painted here over the rendered pages.
    The page rectangles are laid out as QPdfView lays them (``QPdfViewPrivate::calculateDocumentLayout``):
    margins, spacing, each page centred, its size in pixels rounded the same way.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.highlights: QPdfSearchModel | None = None

    def set_highlights(self, model: QPdfSearchModel) -> None:
        self.highlights = model
        for signal in (model.countChanged, model.modelReset, model.searchStringChanged):
            signal.connect(self.viewport().update)

    def page_rects(self) -> dict[int, QRect]:
        """Each page's rectangle in the viewport's coordinates, for the pages laid out now."""
        document = self.document()
        if document is None or document.status() != QPdfDocument.Status.Ready:
            return {}
        count = document.pageCount()
        if self.pageMode() == QPdfView.PageMode.SinglePage:
            pages = [self.pageNavigator().currentPage()]
        else:
            pages = list(range(count))
        screen = QGuiApplication.primaryScreen()
        resolution = (screen.logicalDotsPerInch() if screen is not None else 96.0) / 72.0
        margins, spacing = self.documentMargins(), self.pageSpacing()
        viewport = self.viewport().size()
        sizes: dict[int, tuple[int, int]] = {}
        for page in pages:
            points = document.pagePointSize(page)
            mode = self.zoomMode()
            if mode == QPdfView.ZoomMode.Custom:
                w, h = _round(points.width() * resolution * self.zoomFactor()), _round(
                    points.height() * resolution * self.zoomFactor()
                )
            else:
                w, h = _round(points.width() * resolution), _round(points.height() * resolution)
                if w <= 0 or h <= 0:
                    continue
                if mode == QPdfView.ZoomMode.FitToWidth:
                    factor = (viewport.width() - margins.left() - margins.right()) / w
                    w, h = _round(w * factor), _round(h * factor)
                else:  # FitInView: QSize.scaled(KeepAspectRatio)
                    room_w = viewport.width() - margins.left() - margins.right()
                    room_h = viewport.height() - spacing
                    factor = min(room_w / w, room_h / h)
                    w, h = min(room_w, int(w * factor)), min(room_h, int(h * factor))
            sizes[page] = (w, h)
        total_width = max((w for w, _h in sizes.values()), default=0) + margins.left() + margins.right()
        x0, y0 = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        rects: dict[int, QRect] = {}
        y = margins.top()
        for page, (w, h) in sizes.items():
            x = (max(total_width, viewport.width()) - w) // 2
            rects[page] = QRect(x - x0, y - y0, w, h)
            y += h + spacing
        return rects

    def highlight_rects(self) -> list[tuple[QRectF, bool]]:
        """The rectangles painted over the visible pages, each with whether it is the current occurrence."""
        model, document = self.highlights, self.document()
        if model is None or document is None or not model.searchString():
            return []
        current = self.currentSearchResultIndex()
        current_link = model.resultAtIndex(current) if 0 <= current < model.rowCount(QModelIndex()) else None
        visible = self.viewport().rect()
        rects: list[tuple[QRectF, bool]] = []
        for page, geometry in self.page_rects().items():
            if not geometry.intersects(visible):
                continue
            points = document.pagePointSize(page)
            if points.width() <= 0 or points.height() <= 0:
                continue
            sx, sy = geometry.width() / points.width(), geometry.height() / points.height()
            for link in model.resultsOnPage(page):
                is_current = (
                    current_link is not None
                    and current_link.page() == page
                    and current_link.rectangles() == link.rectangles()
                )
                for r in link.rectangles():
                    rect = QRectF(geometry.x() + r.x() * sx, geometry.y() + r.y() * sy, r.width() * sx, r.height() * sy)
                    rects.append((rect.adjusted(-1, -1, 1, 1), is_current))
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        rects = self.highlight_rects()
        if not rects:
            return
        painter = QPainter(self.viewport())
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        for rect, _current in rects:
            painter.fillRect(rect, HIGHLIGHT)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        painter.setPen(QPen(CURRENT_FRAME, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect, current in rects:
            if current:
                painter.drawRect(rect.adjusted(-1, -1, 1, 1))
        painter.end()


def _round(value: float) -> int:
    """Qt's qRound on positive sizes (QSizeF.toSize, QSize * qreal)."""
    return int(value + 0.5)


class ReaderWidget(QWidget):
    page_changed = Signal(int)  # 1-based
    display_failed = Signal(str)  # French message

    def __init__(
        self, parent: QWidget | None = None, open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
    ) -> None:
        super().__init__(parent)
        self._open_url = open_url  # injectable so tests never launch a real viewer
        self.path: str | None = None
        self.terms: list[str] = []
        self._target_page = 1
        self._loaded: str | None = None  # QPdfDocument does not expose its source path in PySide6
        self._anchor: tuple[int, QPointF, float] | None = None
        self._current_on_page: int | None = None

        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.pdf_view = HighlightPdfView(self)
        self.pdf_view.setObjectName("pdfView")
        self.pdf_view.setDocument(self.document)
        self.pdf_view.set_highlights(self.search_model)  # painted in the card's yellow, not Qt's pale blue
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.text_view = QTextBrowser(self)
        self.text_view.setObjectName("textView")
        self.message = QLabel(self)
        self.message.setObjectName("readerMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setText(translate("Reader", "Sélectionnez un résultat pour l'afficher ici."))
        self.stack = QStackedWidget(self)
        for widget in (self.message, self.pdf_view, self.text_view):
            self.stack.addWidget(widget)

        self.toolbar = QToolBar(self)
        self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._navigator_page_changed)
        self.search_model.countChanged.connect(self._mark_current)
        self.pdf_view.verticalScrollBar().rangeChanged.connect(lambda *_r: QTimer.singleShot(0, self._apply_anchor))
        self._update_controls()

    # -- toolbar ---------------------------------------------------------------------------
    def _tool(self, text: str, tip: str, slot: Any, shortcut: QKeySequence | None = None) -> QAction:
        """A compact toolbar action: short label, full description as tooltip and accessible name."""
        action = self.toolbar.addAction(text, slot)
        action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setToolTip(f"{tip} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(tip)
        return action

    def _build_toolbar(self) -> None:
        bar = self.toolbar
        ctrl = Qt.KeyboardModifier.ControlModifier
        self.prev_action = self._tool(
            "◀", translate("Reader", "Page précédente"), self.previous_page, QKeySequence(Qt.Key.Key_PageUp | ctrl)
        )
        self.page_spin = QSpinBox(self)
        self.page_spin.setObjectName("pageSpin")
        self.page_spin.setAccessibleName(translate("Reader", "Page"))
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(self.go_to_page)
        self.page_total = QLabel(self)
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_total)
        self.next_action = self._tool(
            "▶", translate("Reader", "Page suivante"), self.next_page, QKeySequence(Qt.Key.Key_PageDown | ctrl)
        )
        bar.addSeparator()
        self.zoom_out_action = self._tool(
            "−", translate("Reader", "Zoom arrière"), self.zoom_out, QKeySequence(QKeySequence.StandardKey.ZoomOut)
        )
        self.zoom_in_action = self._tool(
            "+", translate("Reader", "Zoom avant"), self.zoom_in, QKeySequence(QKeySequence.StandardKey.ZoomIn)
        )
        self.fit_action = self._tool(
            translate("Reader", "Largeur"), translate("Reader", "Ajuster à la largeur"), self.fit_width
        )
        bar.addSeparator()
        bar.addWidget(QLabel(translate("Reader", "Surligner :"), self))
        self.term_combo = QComboBox(self)
        self.term_combo.setObjectName("termCombo")
        self.term_combo.setAccessibleName(translate("Reader", "Mot surligné"))
        self.term_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.term_combo.setMinimumContentsLength(10)
        self.term_combo.currentIndexChanged.connect(self._term_changed)
        bar.addWidget(self.term_combo)
        self.next_hit_action = self._tool(
            translate("Reader", "Suivant"),
            translate("Reader", "Occurrence suivante"),
            self.next_occurrence,
            QKeySequence(QKeySequence.StandardKey.FindNext),
        )
        # Shown by the act panel, next to the file name, where there is room for their full labels.
        self.open_action = QAction(translate("Reader", "Ouvrir avec l'application par défaut"), self)
        self.open_action.triggered.connect(self.open_external)
        self.folder_action = QAction(translate("Reader", "Ouvrir le dossier"), self)
        self.folder_action.triggered.connect(self.open_folder)

    def _update_controls(self) -> None:
        is_pdf = self.stack.currentWidget() is self.pdf_view
        for action in (
            self.prev_action,
            self.next_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.next_hit_action,
        ):
            action.setEnabled(is_pdf)
        self.page_spin.setEnabled(is_pdf)
        self.term_combo.setEnabled(is_pdf and self.term_combo.count() > 0)
        has_file = bool(self.path)
        self.open_action.setEnabled(has_file)
        self.folder_action.setEnabled(has_file)

    # -- opening ---------------------------------------------------------------------------
    def show_pdf(self, path: str, page: int, terms: Sequence[str], passage: str = "") -> bool:
        """Opens ``path`` at 1-based ``page``, on the most telling of ``terms`` found there."""
        self.path, self.terms, self._target_page = path, list(terms), max(page, 1)
        if self._loaded != path or self.document.status() != QPdfDocument.Status.Ready:
            self.document.close()
            self._loaded = None
            error = self.document.load(path)
            if error != QPdfDocument.Error.None_:
                self.show_message(self._load_error_text(path, error))
                self.display_failed.emit(self.message.text())
                return False
        self._loaded = path
        count = self.document.pageCount()
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(count, 1))
        self.page_spin.blockSignals(False)
        self.page_total.setText(translate("Reader", "/ %1").replace("%1", str(count)))
        self.stack.setCurrentWidget(self.pdf_view)
        self._fill_terms(self._target_page, passage)
        self.go_to_page(self._target_page)
        self._select_result_on(self._target_page, scroll=True)
        self._update_controls()
        return True

    def show_text(self, path: str, pages: Sequence[PageText], page: int, terms: Sequence[str]) -> None:
        self.path, self.terms, self._target_page = path, list(terms), page
        pattern = _terms_pattern(terms)
        parts: list[str] = []
        for p in pages:
            body = html.escape(p.text)
            if pattern is not None:
                body = pattern.sub(lambda m: f'<span style="background-color:#ffe066">{m.group(0)}</span>', body)
            heading = translate("Reader", "Page %1").replace("%1", str(p.number))
            parts.append(f'<h3><a name="page{p.number}"></a>{heading}</h3><p style="white-space:pre-wrap">{body}</p>')
        if not parts:
            parts.append(html.escape(translate("Reader", "Ce document ne contient aucun texte lisible.")))
        self.text_view.setHtml("".join(parts))
        self.term_combo.clear()
        self.stack.setCurrentWidget(self.text_view)
        self.text_view.scrollToAnchor(f"page{page}")
        self._update_controls()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self._update_controls()

    def clear(self) -> None:
        self.document.close()
        self._loaded = None
        self.path = None
        self.term_combo.clear()
        self.show_message(translate("Reader", "Sélectionnez un résultat pour l'afficher ici."))

    @staticmethod
    def _load_error_text(path: str, error: QPdfDocument.Error) -> str:
        name = Path(path).name
        if error == QPdfDocument.Error.FileNotFound:
            text = translate(
                "Reader",
                "Le fichier « %1 » est introuvable. A-t-il été déplacé ou supprimé ? "
                "Réanalysez le dossier pour mettre la bibliothèque à jour.",
            )
        elif error == QPdfDocument.Error.IncorrectPassword:
            text = translate(
                "Reader", "Le fichier « %1 » est protégé par un mot de passe et ne peut pas être affiché ici."
            )
        else:
            text = translate(
                "Reader",
                "Le fichier « %1 » ne peut pas être affiché ici (PDF endommagé ou "
                "format non pris en charge). Essayez « Ouvrir avec l'application "
                "par défaut ».",
            )
        return text.replace("%1", name)

    # -- highlighting ----------------------------------------------------------------------
    def _fill_terms(self, page: int, passage: str) -> None:
        """Orders the terms for the "Surligner" list; QPdfSearchModel highlights one string at a time.

        First the terms found on ``page`` that also occur in the matched passage, then the rarer
        ones around that page (the most specific word points at the act, not at a common word).
        """
        passage = passage.casefold()
        first, last = max(page - SPECIFICITY_SPAN, 1), min(page + SPECIFICITY_SPAN, self.document.pageCount())
        ranked: list[tuple[tuple[bool, bool, int, int], str]] = []
        unique = {t.casefold(): t for t in reversed(self.terms) if t.strip()}  # "Vente" and "vente" are one
        for term in unique.values():
            self.search_model.setSearchString(term)
            on_page = len(self.search_model.resultsOnPage(page - 1))
            around = sum(len(self.search_model.resultsOnPage(p - 1)) for p in range(first, last + 1))
            key = (on_page > 0, term.casefold() in passage, -around, len(term))
            ranked.append((key, term))
        ranked.sort(key=lambda item: item[0], reverse=True)
        self.term_combo.blockSignals(True)
        self.term_combo.clear()
        self.term_combo.addItems([term for _key, term in ranked])
        self.term_combo.blockSignals(False)
        self.search_model.setSearchString(self.term_combo.currentText())

    def _term_changed(self, *_args: object) -> None:
        term = self.term_combo.currentText()
        self.search_model.setSearchString(term)
        self._select_result_on(self._target_page, scroll=True)

    def highlighted_term(self) -> str:
        return self.search_model.searchString()

    def results_on_page(self, page: int) -> int:
        return len(self.search_model.resultsOnPage(page - 1)) if self.search_model.searchString() else 0

    def _select_result_on(self, page: int, scroll: bool = False) -> None:
        """Marks the first occurrence on ``page`` as current; ``scroll`` brings it into view."""
        if not self.search_model.searchString():
            return
        links = self.search_model.resultsOnPage(page - 1)  # synchronous, unlike the model's rows
        if not links:
            return
        self._current_on_page = page - 1
        self._mark_current()
        if scroll:
            link = links[0]
            self._anchor = (link.page(), link.location(), time.monotonic() + ANCHOR_HOLD_S)
            QTimer.singleShot(0, self._apply_anchor)

    def _mark_current(self, *_args: object) -> None:
        """Makes the first result on the wanted page the current (stronger) highlight.

        QPdfSearchModel fills its rows in the background, so this retries as rows arrive.
        """
        if self._current_on_page is None:
            return
        for i in range(self.search_model.rowCount(QModelIndex())):
            if self.search_model.resultAtIndex(i).page() == self._current_on_page:
                self.pdf_view.setCurrentSearchResultIndex(i)
                self._current_on_page = None
                return

    def _apply_anchor(self) -> None:
        """Re-applies the scroll to the highlighted word while QPdfView is still laying pages out
        (each relayout scrolls back to the page top); the user's own navigation ends it."""
        if self._anchor is None:
            return
        page, location, until = self._anchor
        if time.monotonic() > until:
            self._anchor = None
            return
        self._jump_near(page, location)

    def _jump_near(self, page: int, location: QPointF) -> None:
        """Scrolls so the word at ``location`` (points) shows with some context above it.

        QPdfView scrolls to a page but ignores the location inside it, so the offset is computed
        here the way QPdfView lays pages out (margins, spacing, per-page scale).
        """
        self.pdf_view.pageNavigator().jump(page, location, 0)
        if self.pdf_view.pageMode() != QPdfView.PageMode.MultiPage:
            return
        margins, spacing = self.pdf_view.documentMargins(), self.pdf_view.pageSpacing()
        top = margins.top() + sum(
            int(self.document.pagePointSize(i).height() * self._page_scale(i)) + spacing for i in range(page)
        )
        y = top + (location.y() - CONTEXT_ABOVE_PT) * self._page_scale(page)
        self.pdf_view.verticalScrollBar().setValue(int(max(y, top)))

    def _page_scale(self, index: int) -> float:
        """Pixels per PDF point for page ``index`` in the current zoom mode."""
        size = self.document.pagePointSize(index)
        view = self.pdf_view
        margins = view.documentMargins()
        width = view.viewport().width() - margins.left() - margins.right()
        height = view.viewport().height() - margins.top() - margins.bottom()
        if size.width() <= 0 or size.height() <= 0:
            return 1.0
        if view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return width / size.width()
        if view.zoomMode() == QPdfView.ZoomMode.FitInView:
            return min(width / size.width(), height / size.height())
        screen = self.screen()
        dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
        return view.zoomFactor() * dpi / 72.0

    def next_occurrence(self) -> None:
        total = self.search_model.rowCount(QModelIndex())
        if total:
            index = (self.pdf_view.currentSearchResultIndex() + 1) % total
            self.pdf_view.setCurrentSearchResultIndex(index)
            link = self.search_model.resultAtIndex(index)
            self._anchor = (link.page(), link.location(), time.monotonic() + ANCHOR_HOLD_S)
            self._jump_near(link.page(), link.location())

    # -- navigation ------------------------------------------------------------------------
    def current_page(self) -> int:
        return self.pdf_view.pageNavigator().currentPage() + 1

    def go_to_page(self, page: int) -> None:
        self._anchor = None
        count = self.document.pageCount()
        if not count:
            return
        page = min(max(page, 1), count)
        self._target_page = page
        self.pdf_view.pageNavigator().jump(page - 1, QPointF(), 0)
        self._select_result_on(page)

    def previous_page(self) -> None:
        self._anchor = None
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self._anchor = None
        self.go_to_page(self.current_page() + 1)

    def _navigator_page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.page_changed.emit(page + 1)

    def zoom_in(self) -> None:
        self._anchor = None
        self._set_zoom(self.pdf_view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._anchor = None
        self._set_zoom(self.pdf_view.zoomFactor() / ZOOM_STEP)

    def _set_zoom(self, factor: float) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(min(max(factor, 0.25), 6.0))

    def fit_width(self) -> None:
        self._anchor = None
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- outside the app -------------------------------------------------------------------
    def open_external(self) -> None:
        if self.path:
            self._open_url(QUrl.fromLocalFile(self.path))

    def open_folder(self) -> None:
        if self.path:
            self._open_url(QUrl.fromLocalFile(str(Path(self.path).parent)))


def _terms_pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    words = sorted({html.escape(t) for t in terms if t.strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")", re.IGNORECASE)
