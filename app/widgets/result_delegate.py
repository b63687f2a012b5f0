"""Draws one search result as a small card, in one column that fits any width (no horizontal scrolling):

    12/03/2021 · Saint-Aubin-sur-Loire                    [Délibération]
    n° 2021-014 — Subvention à l'association sportive          (bold)
    … une <b>subvention</b> de 1 500 € au <b>club de football</b> …   (one or two lines)

The date is never elided; the commune, then the title, give way on a narrow pane (full text in the
tooltip). A title too long for one line takes the snippet's first line when the snippet has two: on a
1366 px laptop with the assistant open, the objet says what the act is, the passage only why it matched.
Cards come from :func:`app.result_card.result_card`, cached per record while a result set is shown (Qt
paints the same rows many times).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.result_card import ResultCard, result_card
from app.table_model import RECORD_ROLE

PAD_X, PAD_Y, GAP = 8, 6, 2
SNIPPET_LINES = 2
# Badge colours by document type (background, text): pale, readable on the selection colour too.
BADGE_COLOURS = {
    "deliberation": ("#dce8f7", "#1d4f91"),
    "proces-verbal": ("#dff0e0", "#25612a"),
    "liste": ("#f6e8d2", "#7a4b12"),
    "ordre-du-jour": ("#efe1f3", "#5e2b72"),
}
DEFAULT_BADGE = ("#e8e8e8", "#404040")


@dataclass(frozen=True)
class CardLayout:
    """Where each part of a card goes, and the text that fits (what a person actually sees)."""

    date: str
    date_rect: QRect
    where: str  # elided when the pane is narrow; "" when hidden
    where_rect: QRect
    badge_rect: QRect  # empty when the badge gives way
    title_lines: tuple[str, ...]  # one line, or two when it did not fit and the snippet had two; elided
    title_rect: QRect
    snippet_rect: QRect
    snippet_lines: int  # whole lines of snippet drawn

    @property
    def title(self) -> str:
        """The title as a person reads it, its lines joined."""
        return " ".join(self.title_lines)


def row_height(metrics: QFontMetrics, snippet_lines: int) -> int:
    line = metrics.lineSpacing()
    return 2 * PAD_Y + 2 * line + GAP + snippet_lines * line + (GAP if snippet_lines else 0)


def _wrap_title(metrics: QFontMetrics, text: str, width: int, max_lines: int) -> tuple[str, ...]:
    """``text`` on up to ``max_lines`` lines of ``width`` px, cut between words, the last line elided."""
    if max_lines < 2 or metrics.horizontalAdvance(text) <= width:
        return (metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),)
    words = text.split(" ")
    first = words[0]
    taken = 1
    while taken < len(words) and metrics.horizontalAdvance(f"{first} {words[taken]}") <= width:
        first = f"{first} {words[taken]}"
        taken += 1
    if metrics.horizontalAdvance(first) > width:  # one word longer than the line: cut it where it must be
        return (metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),)
    rest = " ".join(words[taken:])
    return first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)


def lead_to_first_mark(html: str, words_before: int = 4) -> str:
    """The snippet from a few words before its first highlighted word: on one line, the match shows.

    Cut at a space of the text before the first ``<b>``, which holds no tag, and an entity has no space.
    """
    mark = html.find("<b>")
    if mark <= 0:
        return html
    head = html[:mark]
    words = head.rstrip(" ").split(" ")
    if len(words) <= words_before:
        return html
    return "… " + " ".join(words[-words_before:]) + head[len(head.rstrip(" ")) :] + html[mark:]


class ResultDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_where = True  # False when the library holds one commune only
        self.snippet_lines = SNIPPET_LINES
        self._cards: dict[int, ResultCard] = {}
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(0)

    def clear_cache(self) -> None:
        self._cards.clear()

    def card(self, index: QModelIndex | QPersistentModelIndex) -> ResultCard | None:
        record = index.data(RECORD_ROLE)
        if record is None:
            return None
        card = self._cards.get(id(record))
        if card is None:
            card = self._cards[id(record)] = result_card(record)
        return card

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.85, 7.0))
        return option.font, bold, small

    def layout(self, option: QStyleOptionViewItem, card: ResultCard) -> CardLayout:
        normal, bold, small = self._fonts(option)
        fm, fm_bold, fm_small = QFontMetrics(normal), QFontMetrics(bold), QFontMetrics(small)
        line = fm.lineSpacing()
        rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        x, y, width = rect.left(), rect.top(), rect.width()

        # First line, by priority: the date (never elided), the commune, then the badge, which gives
        # way first on a narrow pane (the type is also in the tooltip and the Informations tab).
        date_w = fm_bold.horizontalAdvance(card.when)
        date_rect = QRect(x, y, date_w, line)
        where = f" · {card.where}" if self.show_where and card.where else ""
        where_w = fm.horizontalAdvance(where)
        badge_w = fm_small.horizontalAdvance(card.badge) + 12 if card.badge else 0
        if badge_w and date_w + where_w + 8 + badge_w > width:
            badge_w = 0
        room = width - date_w - (badge_w + 8 if badge_w else 0)
        if where:
            where = fm.elidedText(where, Qt.TextElideMode.ElideRight, max(room, 0))
        where_rect = QRect(x + date_w, y, max(room, 0), line)
        badge_h = min(fm_small.height() + 2, line)
        badge_rect = QRect(rect.right() - badge_w + 1, y + (line - badge_h) // 2, badge_w, badge_h)

        title_metrics = fm_bold if card.title_is_objet else fm
        lines = _wrap_title(title_metrics, card.title_line(), width, 2 if self.snippet_lines >= 2 else 1)
        snippet_lines = self.snippet_lines - (len(lines) - 1)
        title_rect = QRect(x, y + line + GAP, width, len(lines) * line)
        snippet_top = title_rect.bottom() + 1 + GAP
        snippet_rect = QRect(x, snippet_top, width, max(rect.bottom() - snippet_top + 1, 0))
        return CardLayout(
            card.when, date_rect, where, where_rect, badge_rect, lines, title_rect, snippet_rect, snippet_lines
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card = self.card(index)
        if card is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # background, selection, focus: the platform's look
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        normal, bold, small = self._fonts(opt)
        parts = self.layout(opt, card)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

        painter.save()
        painter.setPen(text_colour)
        painter.setFont(bold)
        painter.drawText(parts.date_rect, align, parts.date)
        painter.setFont(normal)
        if parts.where:
            painter.drawText(parts.where_rect, align, parts.where)
        if card.badge and parts.badge_rect.width():
            self._paint_badge(painter, parts.badge_rect, card, small)
        title_font = QFont(bold if card.title_is_objet else normal)
        title_font.setItalic(not card.title_is_objet)
        painter.setPen(text_colour)
        painter.setFont(title_font)
        line_height = QFontMetrics(normal).lineSpacing()
        line_rect = QRect(parts.title_rect.topLeft(), QSize(parts.title_rect.width(), line_height))
        for text in parts.title_lines:
            painter.drawText(line_rect, align, text)
            line_rect.translate(0, line_rect.height())
        if card.snippet_html and parts.snippet_lines > 0 and parts.snippet_rect.height() > 0:
            self._paint_snippet(
                painter, parts.snippet_rect, card.snippet_html, normal, text_colour, parts.snippet_lines
            )
        painter.restore()

    def _paint_badge(self, painter: QPainter, rect: QRect, card: ResultCard, font: QFont) -> None:
        background, foreground = BADGE_COLOURS.get(card.kind, DEFAULT_BADGE)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(QRectF(rect), 4, 4)
        painter.setPen(QColor(foreground))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, card.badge)

    def _paint_snippet(
        self, painter: QPainter, rect: QRect, html: str, font: QFont, colour: QColor, wanted: int
    ) -> None:
        self._doc.setDefaultFont(font)
        self._doc.setHtml(lead_to_first_mark(html) if wanted == 1 else html)
        self._doc.setTextWidth(max(rect.width(), 50))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, colour)
        line = QFontMetrics(font).lineSpacing()
        # Whole lines only: a half-drawn last line looks like a rendering glitch.
        lines = max(min(wanted, rect.height() // line), 1)
        clip = QRectF(0, 0, rect.width(), lines * line)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(clip)
        ctx.clip = clip
        self._doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(240, row_height(option.fontMetrics, self.snippet_lines))

