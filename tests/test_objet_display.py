"""The result list's own reading of an objet (app/objet_display.py), on lines taken from real deliberations,
registers and PVs. It must refuse what the extractor's rules refuse, by its own code: the lines it is asked
about are stored objets, some of which the extractor let through."""

from __future__ import annotations

import pytest

from app.objet_display import REASONS, readable_objet, refusal


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Anne-Marie : 11 votes, \ufffd Elue", "vote"),
        ("Anne-Marie : 11 votes,  Elue", "vote"),
        ("Abstentions : 3, Madame HUDO, Madame DANAN, Monsieur GOSSOT", "vote"),
        ("représentés, PREND ACTE par 26 VOIX, des informations communiquées par son Maire", "vote"),
        ("Madame Marie-Luce Castelli ne prenant pas part au vote.", "vote"),
        ("|en exercice : 11 | |", "vote"),
        ("Pour : 12", "vote"),
        ("Dupont Jean : 9", "vote"),
        ("Adopté à l'unanimité", "vote"),
        ("02/2024 2024_07 Convention de mise à disposition du gymnase Approuvée", "liste"),
        ("09/2025 2025_033 Rapport d’activités 2024 CCLO Prend acte", "liste"),
        ("04/2014 28/04/2014 034-213401722-20140424-0000071249-DE", "liste"),
        ("12/2024", "liste"),
        ("12/03/2021 2021-014 Subvention à l'AS football", "liste"),
        ("2024_07 Convention de mise à disposition du gymnase Approuvée", "liste"),
        ("|REPUBLIQUE FRANCAISE| |", "entete"),
        ("VILLE D'AVRANCHES", "entete"),
        ("Commune de Pierrefonds", "entete"),
        ("Compte rendu conseil municipal du 22 septembre 2023", "entete"),
        ("ORDRE DU JOUR DU CONSEIL MUNICIPAL EXTRAORDINAIRE", "entete"),
        ("Extrait du registre des délibérations du conseil municipal", "entete"),
        ("Séance du 12 mars 2021", "entete"),
        ("Note de synthèse", "entete"),  # stored as an objet on the real corpus (analysis 20)
        ("Page 3 / 12", "entete"),
        ("- 4 -", "entete"),
        ("> relatif à", "fragment"),
        ("tel qu’annexé a la délibération.", "fragment"),
        ("| |autorise Monsieur le Maire à résilier le contrat de maintenance|", "fragment"),
        ("10/2707S", "fragment"),
    ],
)
def test_lines_that_are_not_objets(line: str, code: str) -> None:
    assert refusal(line) == code, line
    assert readable_objet(line) is None
    assert code in REASONS


@pytest.mark.parametrize(
    "line",
    [
        "Subvention à l'association sportive de Saint-Aubin (football)",
        "APPROBATION DU COMPTE DE GESTION 2018 – COMMUNE.",
        "Vote des taux d’imposition de fiscalité directe locale pour 2025",  # « vote » as a topic
        "Modalités de remboursement des frais de déplacement des agents et des élus",
        "Election des délégués de la commune au sein du Syndicat Mixte Oise Aronde (SMOA)",
        "2016.09.26 - 5 PARTICIPATIONS AUX FRAIS DE FONCTIONNEMENT DES ECOLES SOLLICITEES",
        "approbation du procès-verbal de la séance du 8 octobre 2018",  # lower case, but a noun first
        "admission en non-valeur",
        "Compte rendu des décisions prises par le maire par délégation",
        "Commune nouvelle : création et charte",
        "Tarifs 2024 : 15 € par repas",
        "2023-008 Subvention à l'AS football",
        "Budget primitif 2021 : vote du budget",
        "Election du maire",
    ],
)
def test_objets_are_kept(line: str) -> None:
    assert refusal(line) is None, line
    assert readable_objet(line) == line


def test_cleans_table_borders_and_bullets() -> None:
    assert readable_objet(". APPROBATION DU COMPTE RENDU DE LA SEANCE DU 21 DECEMBRE 2020") == (
        "APPROBATION DU COMPTE RENDU DE LA SEANCE DU 21 DECEMBRE 2020"
    )
    assert readable_objet("|  Tarifs de la cantine |") == "Tarifs de la cantine"
    assert readable_objet(None) is None and readable_objet("   ") is None and refusal("") is None



@pytest.mark.parametrize(
    ("stored", "code"),
    [
        # Objets stored for real corpus PVs (Pierrefonds 2016 and 2018, Flaux 2021, Putanges-le-Lac 2023):
        # a bullet the OCR read as a private-use or minus sign hid them from the extractor's own rules.
        ("\uf02d Abstention : 1, Monsieur TANGUY", "vote"),
        ("− Abstention : 1, Monsieur TANGUY", "vote"),
        ("5 Ordre du jour", "entete"),
        ("ABSENTS AYANT DONNE PROCURATION : MM Sophie PICHONNIER donne pouvoir à monsieur", "vote"),
    ],
)
def test_a_result_card_never_shows_a_stored_vote_or_header(stored: str, code: str) -> None:
    from app.result_card import result_card
    from indexer.models import ActRecord, DocType, SearchHit

    act = ActRecord(1, 1, "pierrefonds/2016/PV_CM_2016-11-28.pdf", "/corpus", DocType.PROCES_VERBAL, 4, 5, None,
                    stored, "2016-11-28", "Pierrefonds")
    card = result_card(SearchHit(act, 4, 1.0, "… <b>budget</b> …"))
    assert refusal(stored) == code
    assert card.title == "PV_CM_2016-11-28.pdf, page 4" and not card.title_is_objet
    assert "Abstention" not in card.plain() and "Ordre du jour" not in card.plain()


def test_no_table_cell_nor_tooltip_shows_a_vote_line_as_objet() -> None:
    """The library's acts table and the results' columns: display, tooltip and filter text."""
    from app.columns import act_columns, hit_columns
    from app.table_model import build_rows
    from indexer.models import ActRecord, DocType, SearchHit

    vote = "− Abstention : 1, Monsieur TANGUY"
    act = ActRecord(1, 1, "pierrefonds/2016/PV_CM_2016-11-28.pdf", "/corpus", DocType.PROCES_VERBAL, 4, 5, None,
                    vote, "2016-11-28", "Pierrefonds")
    good = ActRecord(2, 1, "pierrefonds/2016/DE_2016_12.pdf", "/corpus", DocType.DELIBERATION, 1, 1, "2016-12",
                     "Tarifs de la cantine", "2016-11-28", "Pierrefonds")
    for columns, records in ((act_columns(), [act, good]), (hit_columns(), [SearchHit(act, 4, 1.0, "x"),
                                                                             SearchHit(good, 1, 1.0, "x")])):
        bad_row, good_row = build_rows(columns, records)
        cells = bad_row.display + tuple(t or "" for t in bad_row.tooltip) + (bad_row.filter_text,)
        assert not any("TANGUY" in c or "tanguy" in c for c in cells), cells
        assert any("Tarifs de la cantine" in c for c in good_row.display + tuple(t or "" for t in good_row.tooltip))
        assert "PV_CM_2016-11-28.pdf, page 4" in bad_row.display  # the acts table too: where, not blank
