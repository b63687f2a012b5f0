"""The .docx and .odt writers: reopen what they wrote and check what the clerk will see."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from docx.enum.text import WD_COLOR_INDEX
from odfdo import Document as OdfDocument

from assistant.export import (
    AI_MARK,
    BulletList,
    Draft,
    DraftFileExists,
    Heading,
    Paragraph,
    SourceRef,
    Sources,
    Table,
    UnsupportedFormat,
    export_draft,
    split_placeholders,
)

VALIDATED_AT = datetime(2024, 3, 20, 9, 30)


def sample_draft() -> Draft:
    return Draft(
        title="Procès-verbal de la séance du conseil municipal du 12 mars 2024",
        subtitle="Conseil municipal de Saint-Exemple",
        blocks=[
            Heading(1, "Ouverture de la séance"),
            Paragraph("La séance est ouverte à [à compléter : heure d'ouverture de la séance] par le maire."),
            Heading(1, "Membres du conseil"),
            BulletList(["Présents (12) : Jean MARTIN, Sophie DURAND", "Excusés : [à compléter : membres excusés]"]),
            Heading(2, "Récapitulatif des votes"),
            Table(
                ["N°", "Objet", "Vote", "Résultat"],
                [
                    ["D2024-01", "Budget primitif 2024", "À l'unanimité", "Adoptée"],
                    ["D2024-02", "Tarifs de la cantine", "Pour : 10, contre : 3, abstention : 1", "Adoptée"],
                ],
            ),
            Paragraph("M. LEROY a interrogé le maire sur la voirie.", ai_generated=True),
            Sources([SourceRef("2024/pv-2024-03-12.pdf", 2, "D2024-01", "Budget primitif 2024", "2024-03-12")]),
        ],
    )


def docx_texts(path: Path) -> tuple[list[str], list[str], list[list[str]]]:
    doc = DocxDocument(str(path))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    paragraphs = [p.text for p in doc.paragraphs]
    tables = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
    return headings, paragraphs, tables


def odt_texts(path: Path) -> tuple[list[str], list[str], list[list[str]]]:
    doc = OdfDocument(str(path))
    headings = [str(h.text_recursive) for h in doc.body.get_headers()]
    paragraphs = [str(p.text_recursive) for p in doc.body.get_paragraphs()]
    tables = [[str(v) for v in row] for t in doc.body.get_tables() for row in t.get_values()]
    return headings, paragraphs, tables


def test_split_placeholders_keeps_every_character() -> None:
    text = "Le [à compléter : jour] à [à compléter] h."
    pieces = split_placeholders(text)
    assert "".join(p for p, _ in pieces) == text
    assert [p for p, is_ph in pieces if is_ph] == ["[à compléter : jour]", "[à compléter]"]


def test_docx_has_title_headings_votes_sources_and_ai_mark(tmp_path: Path) -> None:
    path = export_draft(sample_draft(), tmp_path / "pv.docx")
    headings, paragraphs, tables = docx_texts(path)
    assert headings[0].startswith("Procès-verbal de la séance")
    assert {"Ouverture de la séance", "Membres du conseil", "Récapitulatif des votes", "Sources"} <= set(headings)
    assert AI_MARK in paragraphs[:4]  # at the top, before any content
    assert ["D2024-02", "Tarifs de la cantine", "Pour : 10, contre : 3, abstention : 1", "Adoptée"] in tables
    assert any("2024/pv-2024-03-12.pdf, page 2, délibération n° D2024-01" in p for p in paragraphs)
    assert any(p.startswith("[Texte proposé par l'IA — à vérifier] M. LEROY") for p in paragraphs)
    doc = DocxDocument(str(path))
    assert AI_MARK in doc.sections[0].header.paragraphs[0].text
    placeholder_runs = [r for p in doc.paragraphs for r in p.runs if r.text.startswith("[à compléter")]
    assert placeholder_runs and all(
        r.bold and r.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in placeholder_runs
    )
    assert doc.core_properties.content_status == "Brouillon — à relire"


def test_odt_has_title_headings_votes_sources_and_ai_mark(tmp_path: Path) -> None:
    path = export_draft(sample_draft(), tmp_path / "pv.odt")
    headings, paragraphs, tables = odt_texts(path)
    assert paragraphs[0].startswith("Procès-verbal de la séance")
    assert {"Ouverture de la séance", "Membres du conseil", "Récapitulatif des votes", "Sources"} <= set(headings)
    assert AI_MARK in paragraphs[:3]
    assert ["D2024-02", "Tarifs de la cantine", "Pour : 10, contre : 3, abstention : 1", "Adoptée"] in tables
    assert any("2024/pv-2024-03-12.pdf, page 2, délibération n° D2024-01" in p for p in paragraphs)
    assert "Présents (12) : Jean MARTIN, Sophie DURAND" in paragraphs  # list items
    doc = OdfDocument(str(path))
    spans = [s for s in doc.body.get_spans() if str(s.text_recursive).startswith("[à compléter")]
    assert len(spans) == 2 and all(s.style == "Registre_A_completer" for s in spans)
    style = doc.get_style("text", "Registre_A_completer")
    assert style is not None and "#ffff00" in style.serialize().lower()
    master = doc.get_style("master-page", "Standard")
    assert AI_MARK in str(master.get_page_header().text_recursive)  # type: ignore[union-attr]


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_validated_draft_has_no_ai_mark_and_names_the_validator(tmp_path: Path, suffix: str) -> None:
    draft = sample_draft().validate("Marie Dupont, secrétaire de mairie", VALIDATED_AT)
    path = export_draft(draft, tmp_path / f"pv{suffix}")
    _headings, paragraphs, _tables = (docx_texts if suffix == ".docx" else odt_texts)(path)
    everything = "\n".join(paragraphs)
    assert AI_MARK not in everything and "[Texte proposé par l'IA" not in everything
    assert "M. LEROY a interrogé le maire sur la voirie." in paragraphs  # the reviewed text stays, unflagged
    assert "Document relu et validé par Marie Dupont, secrétaire de mairie le 20/03/2024 à 09:30." in paragraphs
    if suffix == ".docx":
        props = DocxDocument(str(path)).core_properties
        assert props.last_modified_by == "Marie Dupont, secrétaire de mairie"
        assert props.content_status == "Validé"
        assert props.modified == VALIDATED_AT.astimezone(UTC)
    else:
        doc = OdfDocument(str(path))
        meta = doc.meta.get_user_defined_metadata()
        assert meta["Validé par"] == "Marie Dupont, secrétaire de mairie"
        assert doc.meta.get_creator() == "Marie Dupont, secrétaire de mairie"
        assert doc.get_style("master-page", "Standard").get_page_header() is None  # type: ignore[union-attr]


def test_validation_needs_a_name() -> None:
    with pytest.raises(ValueError, match="nom"):
        sample_draft().validate("  ")


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_never_overwrites_without_explicit_consent(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"pv{suffix}"
    target.write_bytes(b"travail de la secretaire")
    with pytest.raises(DraftFileExists, match="existe déjà") as err:
        export_draft(sample_draft(), target)
    assert isinstance(err.value, FileExistsError)
    assert target.read_bytes() == b"travail de la secretaire"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temporary file left behind
    export_draft(sample_draft(), target, overwrite=True)
    assert target.read_bytes() != b"travail de la secretaire"


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat, match=r"\.docx ou \.odt"):
        export_draft(sample_draft(), tmp_path / "pv.pdf")
