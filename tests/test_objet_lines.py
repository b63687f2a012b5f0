"""Which lines may be shown as an objet: lines taken from real deliberations, registers and PVs."""

from __future__ import annotations

import pytest

from indexer.objet_lines import not_an_objet


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
        ("02/2024 2024_07 Convention de mise à disposition du gymnase Approuvée", "liste"),
        ("09/2025 2025_033 Rapport d’activités 2024 CCLO Prend acte", "liste"),
        ("04/2014 28/04/2014 034-213401722-20140424-0000071249-DE", "liste"),
        ("12/2024", "liste"),
        ("12/03/2021 2021-014 Subvention à l'AS football", "liste"),
        ("|REPUBLIQUE FRANCAISE| |", "entete"),
        ("VILLE D'AVRANCHES", "entete"),
        ("Commune de Pierrefonds", "entete"),
        ("Compte rendu conseil municipal du 22 septembre 2023", "entete"),
        ("ORDRE DU JOUR DU CONSEIL MUNICIPAL EXTRAORDINAIRE", "entete"),
        ("Extrait du registre des délibérations du conseil municipal", "entete"),
        ("Séance du 12 mars 2021", "entete"),
        ("Page 3 / 12", "entete"),
        ("- 4 -", "entete"),
        ("> relatif à", "fragment"),
        ("tel qu’annexé a la délibération.", "fragment"),
        ("| |autorise Monsieur le Maire à résilier le contrat de maintenance|", "fragment"),
        ("10/2707S", "fragment"),
    ],
)
def test_lines_that_are_not_objets(line: str, code: str) -> None:
    rule = not_an_objet(line)
    assert rule is not None and rule.code == code, line


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
    ],
)
def test_objets_are_kept(line: str) -> None:
    assert not_an_objet(line) is None, line


def test_table_borders_and_bullets_are_read_through() -> None:
    assert not_an_objet(". APPROBATION DU COMPTE RENDU DE LA SEANCE DU 21 DECEMBRE 2020") is None
    assert not_an_objet("|  Tarifs de la cantine |") is None
    assert not_an_objet("| |Pour : 12 |") is not None  # a vote line inside a table row
    assert not_an_objet(None) is None and not_an_objet("   ") is None and not_an_objet("") is None
