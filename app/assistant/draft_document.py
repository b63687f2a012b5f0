"""A draft (``assistant.export.Draft``) as an editable QTextDocument, and back.

The clerk edits the draft in place; export reads the document back into the same block model so
the .docx/.odt writers render her text, not the first proposal. Each block carries its role
(title, heading, AI-written paragraph, source) as a user property of its format, which survives
typing inside the block.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QColor,
    QFont,
    QSyntaxHighlighter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
    QTextTable,
    QTextTableFormat,
)

from app.i18n import translate
from assistant.export import (
    PLACEHOLDER_RE,
    Block,
    BulletList,
    Draft,
    Heading,
    Paragraph,
    SourceRef,
    Sources,
    Table,
)

ROLE = int(QTextFormat.Property.UserProperty) + 1
SOURCE_INDEX = int(QTextFormat.Property.UserProperty) + 2
TITLE, SUBTITLE, AI_TEXT, SOURCES_TITLE, SOURCE = "titre", "sous-titre", "ia", "titre-sources", "source"
AI_BACKGROUND = QColor("#e8f0fe")
PLACEHOLDER_BACKGROUND = QColor("#ffe066")
# sizes relative to the editor's font, so the draft follows the system's font size
TITLE_SCALE, SUBTITLE_SCALE, HEADING_SCALES = 1.4, 1.05, {1: 1.22, 2: 1.1}


def _char(size: float | None = None, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if size is not None:
        fmt.setFontPointSize(size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    return fmt


def _block(role: str | None = None, heading: int = 0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(4)
    fmt.setBottomMargin(4)
    if role:
        fmt.setProperty(ROLE, role)
    if heading:
        fmt.setHeadingLevel(heading)
        fmt.setTopMargin(10)
    if role == AI_TEXT:
        fmt.setBackground(AI_BACKGROUND)
    return fmt


class _Writer:
    def __init__(self, doc: QTextDocument) -> None:
        doc.clear()
        self.doc = doc
        self.cursor = QTextCursor(doc)
        self._first = True

    def line(self, text: str, block: QTextBlockFormat, char: QTextCharFormat) -> None:
        if self._first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            self._first = False
        else:
            self.cursor.insertBlock(block, char)
        self.cursor.insertText(text, char)

    def items(self, texts: list[str], style: QTextListFormat.Style, role: str | None = None) -> None:
        text_list: QTextList | None = None
        for i, text in enumerate(texts):
            block = _block(role)
            if role == SOURCE:
                block.setProperty(SOURCE_INDEX, i)
            self.line(text, block, _char())
            if text_list is None:
                fmt = QTextListFormat()
                fmt.setStyle(style)
                text_list = self.cursor.createList(fmt)
            else:
                text_list.add(self.cursor.block())

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        self._first = False
        fmt = QTextTableFormat()
        fmt.setBorder(0.5)
        fmt.setCellPadding(3)
        fmt.setCellSpacing(0)
        fmt.setHeaderRowCount(1)
        columns = max([len(header)] + [len(r) for r in rows])
        table = self.cursor.insertTable(len(rows) + 1, columns, fmt)
        for r, row in enumerate([header, *rows]):
            for c, text in enumerate(row):
                cell = table.cellAt(r, c).firstCursorPosition()
                cell.insertText(text, _char(bold=r == 0))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)


def render_draft(doc: QTextDocument, draft: Draft) -> None:
    base = doc.defaultFont().pointSizeF()
    base = base if base > 0 else 10.0
    w = _Writer(doc)
    w.line(draft.title, _block(TITLE), _char(base * TITLE_SCALE, bold=True))
    if draft.subtitle:
        w.line(draft.subtitle, _block(SUBTITLE), _char(base * SUBTITLE_SCALE, italic=True))
    for block in draft.blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 6)
            w.line(block.text, _block(heading=level), _char(base * HEADING_SCALES.get(level, 1.0), bold=True))
        elif isinstance(block, Paragraph):
            ai = block.ai_generated and not draft.validated
            w.line(block.text, _block(AI_TEXT if ai else None), _char(italic=ai))
        elif isinstance(block, BulletList):
            w.items(block.items, QTextListFormat.Style.ListDisc)
        elif isinstance(block, Table):
            w.table(block.header, block.rows)
        elif isinstance(block, Sources):
            w.line(
                translate("DraftDocument", "Sources"),
                _block(SOURCES_TITLE, heading=1),
                _char(base * HEADING_SCALES[1], bold=True),
            )
            w.items([ref.label() for ref in block.refs], QTextListFormat.Style.ListDecimal, SOURCE)
    doc.setModified(False)


def _cell_text(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return " ".join(cursor.selectedText().replace("\u2029", " ").split())


def _read_table(table: QTextTable) -> Table:
    grid = [[_cell_text(table, r, c) for c in range(table.columns())] for r in range(table.rows())]
    return Table(grid[0], grid[1:]) if grid else Table([], [])


def _source_ref(block: QTextBlock, text: str, refs: list[SourceRef]) -> SourceRef:
    index = block.blockFormat().property(SOURCE_INDEX)
    if isinstance(index, int) and 0 <= index < len(refs) and refs[index].label() == text:
        return refs[index]
    return next((r for r in refs if r.label() == text), SourceRef(text))  # edited by hand: kept as written


def read_draft(doc: QTextDocument, template: Draft) -> Draft:
    """The edited document as a Draft; ``template`` gives what is not in the text (validation, AI use)."""
    title, subtitle = template.title, template.subtitle
    original_refs = template.sources()
    blocks: list[Block] = []
    seen_tables: set[int] = set()
    current_list: tuple[int, BulletList] | None = None
    sources: Sources | None = None
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        text = " ".join(block.text().replace("\u2028", " ").split())
        role = block.blockFormat().property(ROLE)
        text_list = block.textList()
        if table is not None:
            if table.firstPosition() not in seen_tables:
                seen_tables.add(table.firstPosition())
                blocks.append(_read_table(table))
            current_list = None
        elif role in (SOURCE, SOURCES_TITLE):
            if sources is None:
                sources = Sources([])
                blocks.append(sources)
            if role == SOURCE and text:
                sources.refs.append(_source_ref(block, text, original_refs))
            current_list = None
        elif not text:
            pass
        elif role == TITLE:
            title = text
        elif role == SUBTITLE:
            subtitle = text
        elif text_list is not None:
            key = text_list.objectIndex()
            if current_list is None or current_list[0] != key:
                current_list = (key, BulletList([]))
                blocks.append(current_list[1])
            current_list[1].items.append(text)
        elif block.blockFormat().headingLevel() > 0:
            blocks.append(Heading(block.blockFormat().headingLevel(), text))
            current_list = None
        else:
            blocks.append(Paragraph(text, ai_generated=role == AI_TEXT))
            current_list = None
        block = block.next()
    return Draft(
        title=title,
        subtitle=subtitle,
        blocks=blocks,
        ai_assisted=template.ai_assisted,
        validated_by=template.validated_by,
        validated_at=template.validated_at,
    )


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Keeps every «[à compléter : …]» highlighted while the clerk types around it."""

    def __init__(self, doc: QTextDocument) -> None:
        super().__init__(doc)
        self._format = QTextCharFormat()
        self._format.setBackground(PLACEHOLDER_BACKGROUND)
        self._format.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:
        for match in PLACEHOLDER_RE.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self._format)


def placeholders_in(doc: QTextDocument) -> list[str]:
    return PLACEHOLDER_RE.findall(doc.toPlainText())
