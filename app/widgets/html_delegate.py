"""Paints ``HTML_ROLE`` rich text (snippets with <b> marks) inside table cells."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.table_model import HTML_ROLE

MAX_LINES = 3


class HtmlDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(2)

    def _prepare(self, option: QStyleOptionViewItem, html: str, width: int) -> None:
        self._doc.setDefaultFont(option.font)
        self._doc.setHtml(html)
        self._doc.setTextWidth(max(width, 50))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        html = index.data(HTML_ROLE)
        if html is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        self._prepare(opt, html, opt.rect.width())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(group))
        painter.save()
        painter.translate(opt.rect.topLeft())
        # Whole lines only: a half-drawn last line looks like a rendering glitch.
        lines = max(int((opt.rect.height() - 4) // opt.fontMetrics.lineSpacing()), 1)
        clip = QRectF(0, 0, opt.rect.width(), min(opt.rect.height(), lines * opt.fontMetrics.lineSpacing() + 3))
        painter.setClipRect(clip)
        ctx.clip = clip
        self._doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        html = index.data(HTML_ROLE)
        if html is None:
            return super().sizeHint(option, index)
        line = option.fontMetrics.lineSpacing()
        return QSize(300, line * MAX_LINES + 6)
