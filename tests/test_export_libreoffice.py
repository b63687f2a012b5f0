"""The exported files open in LibreOffice and show what the clerk expects (skipped without soffice)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from assistant.export import (
    AI_MARK,
    BulletList,
    Draft,
    Heading,
    Paragraph,
    SourceRef,
    Sources,
    Table,
    export_draft,
)
from assistant.export.libreoffice import convert_to_pdf, find_soffice

pytestmark = pytest.mark.skipif(
    find_soffice() is None,
    reason="LibreOffice (soffice) absent : apt-get install libreoffice-writer-nogui pour ce test",
)


def _draft() -> Draft:
    return Draft(
        title="Procès-verbal de la séance du conseil municipal du 28 mars 2024",
        subtitle="Conseil municipal de Saint-Aubin-sur-Loire",
        blocks=[
            Heading(1, "Ouverture de la séance"),
            Paragraph("La séance est levée à [à compléter : heure de clôture]."),
            Heading(1, "Membres du conseil"),
            BulletList(["Présents (11) : M. Bernard LEFÈVRE, Mme Martine GIRAUD"]),
            Heading(2, "Récapitulatif des votes"),
            Table(
                ["N°", "Objet", "Vote", "Résultat"],
                [
                    [
                        "2024-013",
                        "Vote du budget primitif 2024",
                        "Pour : 11, contre : 2, abstention : 0",
                        "Adoptée",
                    ]
                ],
            ),
            Sources([SourceRef("saint-aubin-sur-loire/2024/PV_CM_2024-03-28.pdf", 3, "2024-013")]),
        ],
    )


def _pdf_text(pdf: Path) -> str:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in doc)
    finally:
        doc.close()


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_libreoffice_opens_the_export_and_shows_headings_votes_sources(tmp_path: Path, suffix: str) -> None:
    source = export_draft(_draft(), tmp_path / f"pv{suffix}")
    text = _pdf_text(convert_to_pdf(source, tmp_path / "pdf"))
    for expected in (
        "Procès-verbal de la séance du conseil municipal du 28 mars 2024",
        "Ouverture de la séance",
        "Récapitulatif des votes",
        "Pour : 11, contre : 2, abstention : 0",
        "Sources",
        "PV_CM_2024-03-28.pdf, page 3",
        "[à compléter : heure de clôture]",
        AI_MARK,
    ):
        assert expected in text, expected


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_libreoffice_shows_the_validation_instead_of_the_ai_mark(tmp_path: Path, suffix: str) -> None:
    draft = _draft().validate("Marie Dupont", datetime(2024, 4, 2, 18, 5))
    text = _pdf_text(convert_to_pdf(export_draft(draft, tmp_path / f"pv{suffix}"), tmp_path / "pdf"))
    assert AI_MARK not in text
    assert "Document relu et validé par Marie Dupont le 02/04/2024 à 18:05." in text
