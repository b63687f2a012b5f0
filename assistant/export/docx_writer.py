"""Render a Draft as a Word document (python-docx)."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from assistant.export.model import (
    AI_MARK,
    AI_TEXT_PREFIX,
    SOURCES_TITLE,
    BulletList,
    Draft,
    Heading,
    Paragraph,
    Sources,
    Table,
    column_shares,
    split_placeholders,
)

_MARK_COLOR = RGBColor(0xC0, 0x00, 0x00)
TABLE_CM = 17.0  # A4 width less 2 cm margins, see _a4


def _add_runs(paragraph: DocxParagraph, text: str, italic: bool = False) -> None:
    for fragment, is_placeholder in split_placeholders(text):
        run = paragraph.add_run(fragment)
        run.italic = italic or None
        if is_placeholder:
            run.bold = True
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _add_mark(doc: DocxDocument) -> None:
    para = doc.add_paragraph()
    run = para.add_run(AI_MARK)
    run.bold = True
    run.font.color.rgb = _MARK_COLOR
    run.font.size = Pt(12)


def _add_header_footer(doc: DocxDocument, draft: Draft) -> None:
    section = doc.sections[0]
    if draft.shows_ai_mark:
        header = section.header.paragraphs[0]
        run = header.add_run(AI_MARK)
        run.bold = True
        run.font.size = Pt(8)
        run.font.color.rgb = _MARK_COLOR
    line = draft.validation_line()
    if line:
        footer = section.footer.paragraphs[0]
        footer.add_run(line).font.size = Pt(8)


def _add_table(doc: DocxDocument, block: Table) -> None:
    shares = column_shares(block.header, block.rows)
    table = doc.add_table(rows=1, cols=len(shares))
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, block.header, strict=False):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=False):
            cell.text = ""
            _add_runs(cell.paragraphs[0], text)
    # Word reads the cell widths, LibreOffice the grid's column widths: set both.
    for column, share in zip(table.columns, shares, strict=True):
        column.width = Cm(TABLE_CM * share)
    for row in table.rows:
        for cell, share in zip(row.cells, shares, strict=True):
            cell.width = Cm(TABLE_CM * share)
    doc.add_paragraph()


def _set_properties(doc: DocxDocument, draft: Draft) -> None:
    props = doc.core_properties
    props.title = draft.title
    props.subject = draft.subtitle or ""
    props.author = "Registre"
    if draft.validated:
        props.content_status = "Validé"
        props.last_modified_by = draft.validated_by or ""
        if draft.validated_at:
            # core properties are stored in UTC; a naive time is the clerk's local time
            props.modified = draft.validated_at.astimezone(UTC)
        props.comments = draft.validation_line() or ""
    else:
        props.content_status = "Brouillon — à relire"
        props.comments = AI_MARK if draft.ai_assisted else "Brouillon"


def _a4(doc: DocxDocument) -> None:
    # python-docx's template is US Letter; French administrations print on A4.
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Cm(2)


def write_docx(draft: Draft, path: Path) -> None:
    doc = Document()
    _a4(doc)
    _set_properties(doc, draft)
    _add_header_footer(doc, draft)
    doc.add_heading(draft.title, level=0)
    if draft.subtitle:
        doc.add_paragraph(draft.subtitle, style="Subtitle")
    if draft.shows_ai_mark:
        _add_mark(doc)
    for block in draft.blocks:
        if isinstance(block, Heading):
            doc.add_heading(block.text, level=min(max(block.level, 1), 9))
        elif isinstance(block, Paragraph):
            # the source's own words: Word's built-in « Quote » style (indented, italic), as the clerk expects
            para = doc.add_paragraph(style="Quote") if block.quote else doc.add_paragraph()
            flagged = block.ai_generated and not draft.validated  # once reviewed, the clerk answers for it
            if flagged:
                para.add_run(AI_TEXT_PREFIX + " ").bold = True
            _add_runs(para, block.text, italic=flagged)
        elif isinstance(block, BulletList):
            for item in block.items:
                _add_runs(doc.add_paragraph(style="List Bullet"), item)
        elif isinstance(block, Table):
            _add_table(doc, block)
        elif isinstance(block, Sources):
            doc.add_heading(SOURCES_TITLE, level=1)
            if not block.refs:
                doc.add_paragraph("Aucune source citée.")
            for ref in block.refs:
                _add_runs(doc.add_paragraph(style="List Number"), ref.label())
    line = draft.validation_line()
    if line:
        doc.add_paragraph().add_run(line).bold = True
    doc.save(str(path))
