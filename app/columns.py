"""Column sets for :class:`app.table_model.RecordTableModel`: search hits, acts, files."""

from __future__ import annotations

from app.i18n import translate
from app.labels import doc_type_label, doc_type_labels, format_date, matter_label, status_labels
from app.result_card import CardMaker
from app.table_model import Column
from indexer.models import ActRecord, SearchHit


def _number_key(text: str | None) -> str:
    return text or ""


def hit_columns() -> list[Column]:
    # The results view shows only "result", drawn as a card by ResultDelegate (date, commune, number,
    # objet, snippet); the other columns keep their roles for sorting, filtering and tests.
    card, labels = CardMaker(), doc_type_labels()

    def tooltip(hit: SearchHit) -> str:
        c, name = card(hit), hit.act.path.rsplit("/", 1)[-1]
        lines = (c.heading(), labels.get(hit.act.doc_type, ""), c.title_line(), f"{name}, p. {hit.page}")
        return "\n".join(x for x in lines if x)

    return [
        Column("result", translate("Columns", "Résultat"), lambda h: card(h).plain(), lambda h: -h.score,
               tooltip=tooltip),
        Column(
            "objet",
            translate("Columns", "Objet"),
            lambda h: card(h).title,
            tooltip=lambda h: card(h).title,  # the stored line only when it reads as an objet
        ),
        Column("snippet", translate("Columns", "Extrait"), lambda h: h.snippet, html=True, sort_key=lambda h: -h.score),
        Column(
            "date",
            translate("Columns", "Date"),
            lambda h: format_date(h.act.date),
            sort_key=lambda h: h.act.date or "",
        ),
        Column("collectivite", translate("Columns", "Collectivité"), lambda h: h.act.collectivite or ""),
        Column(
            "number",
            translate("Columns", "N°"),
            lambda h: h.act.act_number or "",
            sort_key=lambda h: _number_key(h.act.act_number),
        ),
        Column("type", translate("Columns", "Type"), lambda h: labels.get(h.act.doc_type, h.act.doc_type or "")),
    ]


def act_columns() -> list[Column]:
    card = CardMaker()

    def objet(act: ActRecord) -> str:  # never a vote line or a page header: « fichier, page N » instead
        return card.objet_or_place(act, act.page_start)[0]

    return [
        Column("number", translate("Columns", "N°"), lambda a: a.act_number or ""),
        Column("objet", translate("Columns", "Objet"), objet, tooltip=objet),
        Column("collectivite", translate("Columns", "Collectivité"), lambda a: a.collectivite or ""),
        Column(
            "date",
            translate("Columns", "Date"),
            lambda a: format_date(a.date),
            sort_key=lambda a: a.date or "",
        ),
        Column("matter", translate("Columns", "Matière"), lambda a: matter_label(a.matter_code, a.matter_name)),
        Column("type", translate("Columns", "Type"), lambda a: doc_type_label(a.doc_type)),
        Column("file", translate("Columns", "Fichier"), lambda a: a.path, tooltip=lambda a: a.absolute_path),
        Column(
            "pages",
            translate("Columns", "Pages"),
            lambda a: f"{a.page_start}" if a.page_start == a.page_end else f"{a.page_start}–{a.page_end}",
            sort_key=lambda a: a.page_start,
            align_right=True,
        ),
    ]


def file_columns() -> list[Column]:
    statuses = status_labels()
    return [
        Column("file", translate("Columns", "Fichier"), lambda f: f.path, tooltip=lambda f: f.absolute_path),
        Column(
            "status",
            translate("Columns", "État"),
            lambda f: statuses.get(f.status, f.status),
            tooltip=lambda f: f.reason or "",
        ),
        Column(
            "reason",
            translate("Columns", "Remarque"),
            lambda f: f.reason or "",
            tooltip=lambda f: f.reason or "",
        ),
        Column("pages", translate("Columns", "Pages"), lambda f: f.pages, align_right=True),
        Column("ocr_pages", translate("Columns", "Pages OCR"), lambda f: f.ocr_pages, align_right=True),
        Column("acts", translate("Columns", "Actes"), lambda f: f.acts, align_right=True),
        Column("type", translate("Columns", "Type"), lambda f: doc_type_label(f.doc_type)),
        Column("root", translate("Columns", "Dossier importé"), lambda f: f.root),
    ]


def act_as_hit(act: ActRecord) -> SearchHit:
    """Listing answers (metadata queries, browsing by filters) reuse the hit table."""
    return SearchHit(act=act, page=act.page_start, score=0.0, snippet="")
