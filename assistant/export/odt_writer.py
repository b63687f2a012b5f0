"""Render a Draft as an OpenDocument text (odfdo), the format LibreOffice opens natively."""

from __future__ import annotations

from pathlib import Path

from odfdo import Cell, Column, Document, Element, Header, List, ListItem, Row, Span, Style, StyleMasterPage
from odfdo import Paragraph as OdfParagraph
from odfdo import Table as OdfTable

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

_TITLE, _SUBTITLE, _MARK, _CELL_P = (
    "Registre_Titre",
    "Registre_Sous-titre",
    "Registre_Mention_IA",
    "Registre_Cellule",
)
_PLACEHOLDER, _AI_TEXT, _BOLD = "Registre_A_completer", "Registre_Texte_IA", "Registre_Gras"
_QUOTE = "Quotations"  # LibreOffice's own name for its « Citation » paragraph style
_CELL = "Registre_Cellule_bordee"
TABLE_CM = 17.0  # A4 width less LibreOffice's default 2 cm margins


_BULLETS = "Registre_Puces"
_HEADER = "Registre_En-tete"
_BULLET_STYLE = (
    f'<text:list-style style:name="{_BULLETS}">'
    '<text:list-level-style-bullet text:level="1" text:bullet-char="•">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
    '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" '
    'fo:text-indent="-0.5cm" fo:margin-left="1cm"/></style:list-level-properties>'
    "</text:list-level-style-bullet></text:list-style>"
)


def _styles() -> list[Style]:
    title = Style("paragraph", name=_TITLE, parent_style="Heading", area="text", font_size="20pt", font_weight="bold")
    subtitle = Style(
        "paragraph",
        name=_SUBTITLE,
        parent_style="Standard",
        area="text",
        font_size="13pt",
        font_style="italic",
    )
    mark = Style(
        "paragraph",
        name=_MARK,
        parent_style="Standard",
        border="0.06pt solid #c00000",
        padding="0.15cm",
        margin_top="0.2cm",
        margin_bottom="0.3cm",
    )
    mark.set_properties(area="text", color="#c00000", font_weight="bold", font_size="12pt")
    header = Style(
        "paragraph",
        name=_HEADER,
        parent_style="Standard",
        area="text",
        color="#c00000",
        font_weight="bold",
        font_size="8pt",
    )
    bullets = Element.from_tag(_BULLET_STYLE)
    assert isinstance(bullets, Style)
    quote = Style(
        "paragraph",
        name=_QUOTE,
        display_name="Quotations",
        parent_style="Standard",
        margin_left="1cm",
        margin_right="1cm",
        margin_bottom="0.15cm",
    )
    quote.set_properties(area="text", font_style="italic")
    return [
        header,
        bullets,
        quote,
        title,
        subtitle,
        mark,
        Style("paragraph", name=_CELL_P, parent_style="Standard"),
        Style("text", name=_PLACEHOLDER, bold=True, background_color="#ffff00"),
        Style("text", name=_AI_TEXT, italic=True),
        Style("text", name=_BOLD, bold=True),
    ]


def _automatic_styles() -> list[Style]:
    # Writer reads table-cell styles from the automatic styles of the content only.
    return [Style("table-cell", name=_CELL, border="0.5pt solid #000000", padding="0.1cm")]


def _paragraph(text: str, style: str | None = None, italic: bool = False) -> OdfParagraph:
    para = OdfParagraph("", style=style)
    for fragment, is_placeholder in split_placeholders(text):
        if is_placeholder:
            para.append(Span(fragment, style=_PLACEHOLDER))
        elif italic:
            para.append(Span(fragment, style=_AI_TEXT))
        else:
            para.append_plain_text(fragment)
    return para


def _bold(text: str, style: str | None = None) -> OdfParagraph:
    para = OdfParagraph("", style=style)
    para.append(Span(text, style=_BOLD))
    return para


def _list(items: list[str]) -> List:
    odf_list = List(style=_BULLETS)
    for item in items:
        entry = ListItem()
        entry.append(_paragraph(item))
        odf_list.append(entry)
    return odf_list


def _table(doc: Document, block: Table, index: int) -> OdfTable:
    shares = column_shares(block.header, block.rows)
    width = len(shares)
    name = f"Tableau{index}"
    doc.insert_style(Style("table", name=name, width=f"{TABLE_CM}cm", align="margins"), automatic=True)
    table = OdfTable(name, style=name)
    for col, share in enumerate(shares):
        col_style = f"{name}.{col}"
        doc.insert_style(Style("table-column", name=col_style, width=f"{TABLE_CM * share:.2f}cm"), automatic=True)
        table.append(Column(style=col_style))
    for row_index, texts in enumerate([block.header, *block.rows]):
        row = Row()
        for col in range(width):
            text = texts[col] if col < len(texts) else ""
            cell = Cell(style=_CELL)
            cell.set_attribute("office:value-type", "string")  # lets readers get the text as the cell's value
            cell.append(_bold(text, _CELL_P) if row_index == 0 else _paragraph(text, _CELL_P))
            row.append(cell)
        table.append(row)
    return table


def _set_meta(doc: Document, draft: Draft) -> None:
    meta = doc.meta
    meta.set_title(draft.title)
    if draft.subtitle:
        meta.set_subject(draft.subtitle)
    meta.set_initial_creator("Registre")
    if draft.validated and draft.validated_by:
        meta.set_creator(draft.validated_by)
        if draft.validated_at:
            meta.set_modification_date(draft.validated_at)
        meta.set_description(draft.validation_line() or "")
        meta.set_user_defined_metadata("Validé par", draft.validated_by)
        if draft.validated_at:
            meta.set_user_defined_metadata("Validé le", draft.validated_at.isoformat(timespec="minutes"))
        meta.set_user_defined_metadata("Statut", "Validé")
    else:
        meta.set_description(AI_MARK if draft.ai_assisted else "Brouillon")
        meta.set_user_defined_metadata("Statut", "Brouillon — à relire")


def _set_header_footer(doc: Document, draft: Draft) -> None:
    master = doc.get_style("master-page", "Standard")
    if not isinstance(master, StyleMasterPage):
        return
    if draft.shows_ai_mark:
        master.set_page_header(OdfParagraph(AI_MARK, style=_HEADER))
    line = draft.validation_line()
    if line:
        master.set_page_footer(line)


def _unnumbered_headings(doc: Document) -> None:
    # The default template numbers headings "1.", "1.1."; a procès-verbal numbers its own points.
    for level in doc.styles.get_elements("//text:outline-level-style"):
        level.set_attribute("style:num-format", "")
        for attr in ("style:num-suffix", "loext:num-list-format"):
            level.del_attribute(attr)


def write_odt(draft: Draft, path: Path) -> None:
    doc = Document("text")
    _unnumbered_headings(doc)
    for style in _styles():
        doc.insert_style(style, automatic=False)
    for style in _automatic_styles():
        doc.insert_style(style, automatic=True)
    _set_meta(doc, draft)
    _set_header_footer(doc, draft)
    body = doc.body
    body.clear()
    body.append(OdfParagraph(draft.title, style=_TITLE))
    if draft.subtitle:
        body.append(OdfParagraph(draft.subtitle, style=_SUBTITLE))
    if draft.shows_ai_mark:
        body.append(OdfParagraph(AI_MARK, style=_MARK))
    tables = 0
    for block in draft.blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 10)
            header = Header(level, block.text)
            header.style = f"Heading_20_{level}"
            body.append(header)
        elif isinstance(block, Paragraph):
            flagged = block.ai_generated and not draft.validated  # once reviewed, the clerk answers for it
            para = _paragraph(block.text, style=_QUOTE if block.quote else None, italic=flagged)
            if flagged:
                para.insert(Span(AI_TEXT_PREFIX + " ", style=_BOLD), position=0)
            body.append(para)
        elif isinstance(block, BulletList):
            body.append(_list(block.items))
        elif isinstance(block, Table):
            tables += 1
            body.append(_table(doc, block, tables))
            body.append(OdfParagraph(""))
        elif isinstance(block, Sources):
            header = Header(1, SOURCES_TITLE)
            header.style = "Heading_20_1"
            body.append(header)
            if not block.refs:
                body.append(OdfParagraph("Aucune source citée."))
            for number, ref in enumerate(block.refs, start=1):
                body.append(_paragraph(f"{number}. {ref.label()}"))
    line = draft.validation_line()
    if line:
        body.append(_bold(line))
    doc.save(str(path))
