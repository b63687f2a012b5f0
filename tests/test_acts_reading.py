"""How real documents are cut into acts and read: each rule on a short excerpt of a real corpus file
(names of private persons replaced). The measure on whole files is bench/score_acts.py."""

from __future__ import annotations

import pytest

from indexer.listed import ListedRef, read_listed, reconcile
from indexer.models import PageText, Votes
from indexer.non_acts import is_decision, non_act_reason
from indexer.segment import analyse, split_number
from indexer.stamps import blank_stamps, document_stamp, find_stamps, stamp_for_span
from indexer.vote_check import check_vote, checked
from indexer.votes import read_votes

# Montpellier, 2014-04-05-0000070899.pdf, page 1 (text layer as PDFium reads it)
MONTPELLIER = """Direction du Secrétariat
Extrait du registre des
délibérations du Conseil
Municipal de la Ville de
Montpellier
n° 2014 / 131
Séance publique du
samedi 5 avril 2014
Convoqué le lundi 31 mars 2014, le Conseil Municipal de la Ville de Montpellier s'est
réuni en mairie, Salle du Conseil Municipal, le samedi 5 avril 2014 à 10h00.
Absents :
Détermination du nombre d'Adjoints au Maire dans le cadre du
renouvellement du Conseil municipal de la Ville de Montpellier
M. X rapporte :
En application des dispositions de l'article L 2122-2 du Code Général des Collectivités Territoriales, le
Conseil municipal détermine le nombre des Adjoints au maire sans que ce nombre puisse excéder 30 % de
l'effectif légal du Conseil municipal.
Accusé de réception – Ministère de l’intérieur
Acte Certifié exécutoire
Envoi Préfecture :
Réception en Préfecture :
08/04/2014 08/04/2014 034-213401722-20140405-0000070899-DE
"""
MONTPELLIER_P2 = """En conséquence, il est proposé au Conseil municipal :
- De fixer à 20 le nombre d'Adjoints au Maire de la Ville de Montpellier.
 Le Conseil Adopte.
Pour extrait conforme,
Publiée le : 05/04/2014"""

# Flaux, « PV DU 17 NOVEMBRE-tampon.pdf »: the stamp printed on every page of the scanned PV
FLAUX_STAMP = """Envoyé en préfecture le 21/12/2023
Reçu en préfecture le 21/12/2023
Publié le
ID : 030-213001100-20231215-PV17112023-AU
"""

# Corte, recueil of 8 April 2025 (.txt from OCR): the stamp as Tesseract reads it
CORTE_OCR_STAMP = """Accusé de réception - Ministère de l'Intérieur [02B-212000962-20250408-DEL-25-04-031-DE

Accusé certifié exécutoire

IRéception par le préfet ! 14/04/2025] Publication : 14/04/2025
"""


def test_the_prefecture_stamp_is_read_and_never_becomes_an_act() -> None:
    stamps = find_stamps(MONTPELLIER)
    assert [(s.actes_id, s.siren, s.pref_date) for s in stamps] == [
        ("034-213401722-20140405-0000070899-DE", "213401722", "2014-04-08")]
    blanked = blank_stamps(MONTPELLIER)
    assert len(blanked) == len(MONTPELLIER)  # offsets kept: the page map stays true
    assert "034-213401722" not in blanked and "08/04/2014" not in blanked and "Accusé" not in blanked
    analysis = analyse([PageText(1, MONTPELLIER), PageText(2, MONTPELLIER_P2)], "2014-04-05-0000070899.pdf")
    assert len(analysis.acts) == 1
    act = analysis.acts[0]
    assert (act.pref_date, act.actes_id, act.siren) == ("2014-04-08", "034-213401722-20140405-0000070899-DE",
                                                        "213401722")
    assert act.act_number == "2014 / 131" and analysis.date == "2014-04-05"


def test_a_stamp_on_every_page_belongs_to_every_act_of_the_pv() -> None:
    document = document_stamp(find_stamps(FLAUX_STAMP * 3))
    assert document is not None
    assert (document.pref_date, document.actes_id) == ("2023-12-21", "030-213001100-20231215-PV17112023-AU")


def test_the_stamp_read_by_ocr() -> None:
    (stamp,) = find_stamps(CORTE_OCR_STAMP)
    assert (stamp.actes_id, stamp.pref_date) == ("02B-212000962-20250408-DEL-25-04-031-DE", "2025-04-14")
    assert "Réception" not in blank_stamps(CORTE_OCR_STAMP)


def test_a_stamp_that_spells_another_act_number_is_not_given_to_the_act() -> None:
    # Corte, recueil of 1 July 2025 (OCR): the page of « 25-07/058 » carries the stamp of the next act
    # (the identifier keeps its date: no préfecture receives an act before the date its identifier prints)
    stamp_059 = CORTE_OCR_STAMP.replace("20250408-DEL-25-04-031", "20250408-DEL-25-07-059")
    stamps = find_stamps(stamp_059)
    neighbour = stamp_for_span(stamps, 0, len(stamp_059), None, "25-07/058")
    assert neighbour is not None and neighbour.actes_id is None
    assert neighbour.pref_date == "2025-04-14"  # every stamp of the document prints this reception date
    other_day = stamp_059.replace("14/04/2025]", "15/04/2025]")
    two_dates = find_stamps(stamp_059 + "\n" + other_day)
    assert stamp_for_span(two_dates[:1], 0, len(stamp_059), None, "25-07/058") is not None
    assert stamp_for_span(two_dates, 0, len(stamp_059), None, "25-07/058") is None
    own = stamp_for_span(stamps, 0, len(stamp_059), None, "25-07/059")
    assert own is not None and own.actes_id == "02B-212000962-20250408-DEL-25-07-059-DE"
    # numbers the identifier does not spell (Montpellier's « 0000070899 ») change nothing
    (montpellier,) = find_stamps(MONTPELLIER)
    assert stamp_for_span([montpellier], 0, len(MONTPELLIER), None, "2014 / 131") is not None


def _votes(text: str) -> tuple:
    v, _adopted = read_votes(text)
    return v.pour, v.contre, v.abstention, v.unanimite


def test_vote_forms_of_the_corpus() -> None:
    # Fargues-Saint-Hilaire: a table, one figure per line — used to be read « contre = 21 »
    assert _votes("Après en avoir délibéré,\nPOUR 21\nCONTRE 0\nABSTENTION 0\nAPPROUVE le procès-verbal") == (
        21, 0, 0, False)
    assert _votes("POUR 19\nCONTRE 1 (M. X)\nABSTENTION 1 (M. Y)\n") == (19, 1, 1, False)
    # Corte: « par 25 VOIX » after « à l'unanimité »
    assert _votes("LE CONSEIL, à l’unanimité des membres présents ou représentés, PREND ACTE par 26 VOIX,") == (
        26, 0, None, True)
    # Corte 2025: figures before labels in quotes
    assert _votes("Par 21 voix « Pour» et 5 « Abstentions» (M. X, Mme Y)") == (21, None, 5, False)
    assert _votes("Votants : 19 — Pour : 17 — Contre : 2") == (17, 2, None, False)
    assert _votes("adopté par dix-sept voix pour et deux abstentions") == (17, None, 2, False)
    # unanimity of the votes cast, abstentions named
    assert _votes("Adopté à l'unanimité des suffrages exprimés. Abstention : M. X, Mme Y.") == (None, 0, 2, True)
    assert _votes("pour une durée de 10 ans ; adopté à l'unanimité")[0] is None  # « pour 10 ans » is no vote


def test_the_independent_check_refuses_a_vote_the_text_does_not_print() -> None:
    text = "Après en avoir délibéré,\nPOUR 21\nCONTRE 0\nABSTENTION 0\n"
    assert check_vote(Votes(pour=21, contre=0, abstention=0, unanimite=False), text).ok
    wrong = check_vote(Votes(pour=21, contre=21, abstention=0, unanimite=False), text)
    assert not wrong.ok and "contre 21" in (wrong.reason or "")
    assert not check_vote(Votes(pour=21, contre=21), "POUR 21 CONTRE 0 ABSTENTION 0").ok
    assert check_vote(Votes(pour=21, contre=2), "21 voix pour, 2 contre").ok
    stored, reason = checked(Votes(pour=17, contre=2, votants=15), "Votants : 15 — Pour : 17 — Contre : 2")
    assert stored.is_empty() and reason and "votants" in reason
    unanimous_without_the_word = check_vote(Votes(unanimite=True), "Pour : 12")
    assert not unanimous_without_the_word.ok


# Pierrefonds, RÉPERTOIRE-CHRONOLOGIQUE-2024 (first rows)
REPERTOIRE = """RÉPERTOIRE CHRONOLOGIQUE DES DÉLIBÉRATIONS 2024
DATE Numéro OBJET Approuvée/
Rejetée
23/01/2024 2024_01 Aménagement de la Rue de l’Armistice : Autorisation à donner à
Madame le maire pour la signature du marché
Approuvée
23/01/2024 2024_03 Approbation de la convention entre la commune et le SMOA
concernant la réalisation de travaux de restauration
Ajournée au
prochain
CM
20/02/2024 2024_07 Convention pour le déneigement de la commune Approuvée
"""


def test_a_repertoire_holds_no_act_only_listed_references() -> None:
    analysis = analyse([PageText(1, REPERTOIRE)], "REPERTOIRE-CHRONOLOGIQUE-2024-POUR-AFFICHAGE.pdf")
    assert analysis.doc_type == "liste"
    assert len(analysis.acts) == 1 and analysis.acts[0].act_number is None  # the document's record, not an act
    assert [(r.number, r.date, r.status) for r in analysis.listed] == [
        ("2024_01", "2024-01-23", "Approuvée"), ("2024_03", "2024-01-23", "Ajournée au"),
        ("2024_07", "2024-02-20", "Approuvée")]
    assert analysis.listed[0].objet.endswith("pour la signature du marché")


def test_a_bulleted_list_of_deliberations() -> None:
    # Flaux, « liste des délibérations 16 mai 2025.pdf » (Word's Symbol bullet U+F0D7)
    text = (" Liste des délibérations votées\nLe 16 MAI 2025\n\uf0d7 Subventions aux associations\n"
            "\uf0d7 Devis prévisionnel honoraires avocat sur procédure contre l’arrêté préfectoral du 13 mars\n"
            "2025 approuvant le PPRI de la commune de Flaux\n")
    refs = read_listed(text)
    assert [r.objet for r in refs] == ["Subventions aux associations", "Devis prévisionnel honoraires avocat sur "
                                       "procédure contre l’arrêté préfectoral du 13 mars 2025 approuvant le PPRI de "
                                       "la commune de Flaux"]
    assert {r.date for r in refs} == {"2025-05-16"}


def test_reconciliation_names_the_listed_acts_the_library_lacks() -> None:
    refs = [ListedRef("2024_15", "2024-04-10", "Compte Financier Unique 2023"),
            ListedRef("2024_18", "2024-04-10", "Vote des taux d’imposition 2024"),
            ListedRef("2024_21", "2024-05-14", "Tarifs de la cantine")]
    acts = [("D2024-15", "2024-04-10", "Compte Financier Unique 2023"),
            (None, "2024-04-10", "Vote des taux d’imposition 2024")]  # printed without its number
    result = reconcile(refs, acts)
    assert (result.listed, result.found) == (3, 2) and [r.number for r in result.missing] == ["2024_21"]


# Pierrefonds, 20241015-PV.pdf page 2: decisions of the maire under delegation
DECISIONS = """Décisions prises par délégation du Conseil Municipal au maire
DM 2024-04 : Objet : Convention d’utilisation de la salle « ancienne PMI » par le SIVOC atelier musical
de l’Oise
Mise à disposition pour une période de 12 mois avec tacite reconduction pour une durée maximale de 2 ans.
DM 2024-05 : Objet : Renouvellement adhésion ADICO sauvegarde externalisée
Renouvellement de la concession accordée à Mme X d’une durée de 50 ans
I. Finances
D2024-31 - Objet : Tarif accueil de loisirs et restauration de l’accueil de loisirs
Madame le Maire rappelle que les tarifs de l'accueil de loisirs ont été fixés en 2023 et propose de les revoir
pour tenir compte de la hausse du prix des repas servis par le prestataire de restauration scolaire.
Après en avoir délibéré, le conseil municipal, à l’unanimité, fixe les tarifs.
"""


def test_decisions_under_delegation_are_kept_but_not_deliberations() -> None:
    assert is_decision("DM 2024-04", "Convention d’utilisation de la salle", "")
    assert not is_decision("D2024-31", "Décision modificative n° 2", "")
    # Pierrefonds 13/06/2024: the first deliberation follows the list of decisions
    assert not is_decision("D2024-27", "Organisation du temps scolaire", "Décisions prises par délégation du maire")
    analysis = analyse([PageText(1, "Commune de Pierrefonds\nConseil Municipal du 15/10/2024\n" + DECISIONS)],
                       "20241015-PV.pdf")
    kinds = [(a.act_number, a.kind) for a in analysis.acts]
    assert kinds == [("DM 2024-04", "decision"), ("DM 2024-05", "decision"), ("D2024-31", None)]
    assert analysis.acts[2].votes.unanimite is True


def test_what_looks_like_an_act_in_minutes_but_is_not() -> None:
    body = "Monsieur le Maire propose de désigner Mme X comme secrétaire de séance. Adopté à l'unanimité. " * 2
    assert non_act_reason("Désignation du secrétaire de séance", body, has_number=False) == "vote de procédure"
    info = "Madame le Maire informe le conseil de l'avancement des travaux de la salle des fêtes. " * 3
    assert non_act_reason("Informations diverses", info, has_number=False)
    # Putanges 11/09/2018: the closing recap list, one line per item
    assert non_act_reason("TE61 – APPROBATION DU RAPPORT D’ACTIVITES 2017", "2. TE61 – APPROBATION DU RAPPORT",
                          has_number=False)
    voted = "Le Conseil Municipal, après en avoir délibéré, à l'unanimité, décide de verser 160 € à la Fondation. " * 2
    assert non_act_reason("QUESTIONS DIVERSES", voted, has_number=False) is None  # put to the vote: an act


# Putanges-le-Lac, seance-du-11-09-2018-deliberations.pdf (abridged): items 1. 2. 3., then the recap list
PUTANGES = """SEANCE DU 11 SEPTEMBRE 2018
DELIBERATIONS
L’an deux mil dix-huit, le onze septembre à vingt heures trente, les Membres du Conseil Municipal de la
commune de PUTANGES-LE-LAC convoqués le cinq septembre deux mil dix-huit, se sont réunis.
Secrétaire : Mme X
1. MODIFICATION DES STATUTS DU SMICO – ADHESIONS ET RETRAIT
Madame X rappelle que dans le cadre de l’adhésion de notre collectivité au Syndicat Mixte pour
l’Informatisation des Collectivités, il convient de délibérer sur les nouvelles adhésions et les retraits.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité, émet un avis favorable.
2. TE61 – APPROBATION DU RAPPORT D’ACTIVITES 2017
Monsieur le Maire présente le rapport d’activités 2017 du Territoire d’Energie Orne, transmis à la commune
pour être soumis au conseil municipal qui doit l’approuver.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité, approuve le rapport d’activités 2017.
3. DECISION MODIFICATIVE N°6/2018 – BUDGET COMMUNE
Monsieur le Maire indique qu’il convient de procéder à des ajustements de crédits sur le budget de la commune
pour régler les dépenses imprévues de l’exercice, selon le tableau présenté en séance.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité, adopte la décision modificative.
Liste des délibérations
1. MODIFICATION DES STATUTS DU SMICO – ADHESIONS ET RETRAIT
2. TE61 – APPROBATION DU RAPPORT D’ACTIVITES 2017
3. DECISION MODIFICATIVE N°6/2018 – BUDGET COMMUNE
"""


def test_minutes_are_cut_one_act_per_deliberation_without_the_recap_list() -> None:
    analysis = analyse([PageText(1, PUTANGES)], "seance-du-11-09-2018-deliberations.pdf")
    assert [a.objet for a in analysis.acts] == [
        "MODIFICATION DES STATUTS DU SMICO – ADHESIONS ET RETRAIT", "TE61 – APPROBATION DU RAPPORT D’ACTIVITES 2017",
        "DECISION MODIFICATIVE N°6/2018 – BUDGET COMMUNE"]
    assert analysis.doc_type == "proces-verbal" and analysis.date == "2018-09-11"
    assert all(a.votes.unanimite for a in analysis.acts)


def test_the_number_printed_at_the_head_of_an_objet_is_the_act_number() -> None:
    assert split_number("2013.02.04 - 2 DOTATION D’EQUIPEMENT DES TERRITOIRES RURAUX") == (
        "2013.02.04 - 2", "DOTATION D’EQUIPEMENT DES TERRITOIRES RURAUX")
    assert split_number("D2024-15 - Compte Financier Unique 2023") == ("D2024-15", "Compte Financier Unique 2023")
    assert split_number("Budget 2024 de la commune") == (None, "Budget 2024 de la commune")


def test_act_numbers_on_their_heading_as_printed() -> None:
    from indexer.segment import heading_number

    assert heading_number("Délibération D2018-67\nObjet : Délibération portant sur le choix") == "D2018-67"  # Fargues
    assert heading_number("DL-056-07-13 - Création de 5 postes d'adjoints Techniques") == "DL-056-07-13"  # L'Arbresle
    assert heading_number("N° 2016.02.16 - Subvention à l'association") == "2016.02.16"  # Bourg-en-Bresse
    assert heading_number("3 – N° 2018-024 - Exercice 2017 – Budget principal") == "2018-024"  # Châtillon
    assert heading_number("23-03/011 — Adoption du Compte Administratif 2022 :") == "23-03/011"  # Corte
    assert heading_number("1. D2024 – 14 - Élection du président de séance") == "D2024 – 14"  # Pierrefonds
    assert heading_number("12/03/2021 séance ordinaire") is None  # a date is no number
    assert heading_number("4. Vote des taux d’imposition 2024") is None  # a rank is no number
    # Corte 2025: the number alone on the extract's first line, the « OBJET : » line 30 lines below
    recueil = ("25-04/031\n\nCOMMUNE DE CORTE\n\nDELIBERATION DU CONSEIL MUNICIPAL\n\nSEANCE DU 08 AVRIL 2025\n"
               "L’an Deux-Mil-Vingt-Cinq, le Huit du mois d’Avril, le Conseil Municipal s’est réuni.\n"
               "OBJET : Finances Communales : vote des taux d’imposition\nLe Maire expose le budget. "
               "Le Conseil Municipal, à l’unanimité, ADOPTE les taux.\nPour extrait conforme\n"
               "25-04/032\n\nCOMMUNE DE CORTE\n\nDELIBERATION DU CONSEIL MUNICIPAL\n\nSEANCE DU 08 AVRIL 2025\n"
               "OBJET : Finances Communales : affectation du résultat 2024\nLe Maire expose le compte. "
               "Le Conseil Municipal, à l’unanimité, ADOPTE l’affectation.\n")
    analysis = analyse([PageText(1, recueil)], "mairie-corte_deliberations_2025-04-08.txt")
    assert [a.act_number for a in analysis.acts] == ["25-04/031", "25-04/032"]


def test_minutes_belong_to_the_council_that_met() -> None:
    from indexer.metadata import find_deliberating_body

    # CCLO minutes filed under pierrefonds/: the EPCI is named only far below the heading
    cclo = "Compte-rendu de la séance\nDu Conseil Communautaire\n25 septembre 2025 à 19h30\nOrdre du jour :\n"
    body = cclo + "Etaient présents : …\n" * 3 + "Le Président de la Communauté de Communes des Lisières de l’Oise"
    assert find_deliberating_body(cclo, body) == "Communauté de Communes des Lisières de l’Oise"
    # Putanges-le-Lac, 3 février 2025: a municipal council that names its EPCI first
    putanges = ("CONSEIL MUNICIPAL\nPROCES-VERBAL DE LA SEANCE DU 3 FEVRIER 2025\n"
                "Convention avec la Communauté de communes du Val d'Omne\n")
    assert find_deliberating_body(putanges, putanges) is None  # the folder names the commune, not the EPCI
    assert find_deliberating_body("COMMUNE DE FLAUX\nConseil municipal du 16 mai 2025", "") == "Flaux"


def test_numbered_items_restarting_per_section_are_each_an_act() -> None:
    # Pierrefonds, CM du 10 avril 2024: « 1. D2024 – 14 », then « 1. D2024-15 », « 2. D2024-16 »…
    text = ("Commune de Pierrefonds\nConseil Municipal du 10/04/2024\n"
            "1. D2024 – 14 - Élection du président de séance\n"
            "Madame le Maire propose d'élire Madame X pour présider la séance pendant le vote du compte financier.\n"
            "Le conseil municipal, à l'unanimité, ÉLIT Madame X.\n"
            "II. Finances\n1. D2024-15 - Compte Financier Unique 2023\n"
            "Madame X présente le compte financier unique 2023 de la commune, en fonctionnement et en investissement.\n"
            "Vote : 2 CONTRE (M. Y et M. Z)\n"
            "2. D2024-16 - Affectation des résultats 2023\n"
            "Madame le Maire propose d'affecter les résultats de l'exercice 2023 au budget primitif de l'année 2024.\n"
            "Le conseil municipal, à l'unanimité, DÉCIDE d'affecter les résultats.\n")
    analysis = analyse([PageText(1, text)], "CM-du-10-avril-2024.pdf")
    assert [(a.act_number, a.objet) for a in analysis.acts] == [
        ("D2024 – 14", "Élection du président de séance"), ("D2024-15", "Compte Financier Unique 2023"),
        ("D2024-16", "Affectation des résultats 2023")]
    assert analysis.acts[1].votes.contre == 2 and analysis.acts[2].votes.unanimite


def test_an_objet_wraps_over_its_lines() -> None:
    from indexer.metadata import find_objet

    # Châtillon-sur-Seine: the heading goes on below, cut at « et »
    text = ("Exercice 2017 – Budget annexe du lotissement communal artisanal industriel et\n"
            "commercial de la route de Troyes – Compte de gestion\nVu le Code Général des Collectivités")
    assert find_objet("Objet : " + text) == ("Exercice 2017 – Budget annexe du lotissement communal artisanal "
                                             "industriel et commercial de la route de Troyes – Compte de gestion")


def test_a_reception_date_whose_label_ocr_mangled() -> None:
    # Flaux, « PV du 16 décembre 2022.pdf », page 3 as Tesseract reads the stamp
    ocr = ("Envoyé en préfecture le 02/02/2023\nM49 -— Interconnexion des 2 réservoirs - Em] Re94 en préfecture le "
           "02/02/2023\nID : 030-213001100-20230127-PV16122022-DE\n")
    assert [(s.actes_id, s.pref_date) for s in find_stamps(ocr)] == [
        ("030-213001100-20230127-PV16122022-DE", "2023-02-02")]
    assert find_stamps("Envoyé en préfecture le 21/12/2023\n") == []  # the sending date is not the reception


def test_the_check_reads_figures_before_their_label_and_drops_an_unfound_seance_figure() -> None:
    # Couthenans, CR du 24/02/2023: « 4 votes contre 8 votes pour »
    assert check_vote(Votes(pour=8, contre=4, unanimite=False), "4 votes contre 8 votes pour").ok
    assert not check_vote(Votes(pour=4, contre=8), "4 votes contre 8 votes pour").ok
    # Flaux, PV du 15/12/2023 (OCR): « Vote : unanimité », the votants figure nowhere near its label
    stored, reason = checked(Votes(unanimite=True, contre=0, votants=9), "en exercice : 11\nVote : unanimité\n9")
    assert stored.unanimite is True and stored.votants is None and reason and "votants 9" in reason
    # Corte (OCR): « à Punanimité »
    assert check_vote(Votes(unanimite=True, contre=0), "Le Conseil, Approuve à Punanimité du Compte").ok


def test_pieces_that_only_look_like_items() -> None:
    # Couthenans CR du 07/10/2022: a presentation nobody votes on
    presentation = "Madame X présente le projet de maison d'assistantes maternelles porté par deux habitantes. " * 2
    assert non_act_reason("Présentation d’un projet de maison d’assistante maternelle", presentation, False)
    # Flaux .doc table: the « Objet : | Conseil Municipal décide : » column header is no act
    assert non_act_reason(None, "|Objet : |Conseil Municipal décide : |\n" * 4, False)
    from indexer.metadata import find_doc_type

    note = find_doc_type("20201215-3 - note de synthèse.txt", "Conseil municipal du 15 décembre 2020")
    assert note == "ordre-du-jour"


def test_reconciliation_checks_numbers_and_needs_real_words_in_common() -> None:
    refs = [ListedRef("2024_19", "2024-04-10", "BP 2024"),
            ListedRef("2024_59", "2024-12-10", "Recrutement de vacataires")]
    acts = [("D2024-17", "2024-04-10", "Subventions 2024 aux associations"),
            ("D2024-55", "2024-12-10", "Recrutement de vacataires")]  # Pierrefonds PV of 10/12/2024
    result = reconcile(refs, acts)
    assert [r.number for r in result.missing] == ["2024_19"]  # « 2024 » alone is no common objet
    assert [(m.ref.number, m.printed) for m in result.mismatched] == [("2024_59", "D2024-55")]


def test_a_run_of_numbered_items_survives_one_missing_number() -> None:
    from indexer.segment import _sequence_starts

    # Châtillon-sur-Seine 4 avril 2018: item 34 is printed without its « 34 – », items 35-38 still count
    body = "Le conseil municipal, après en avoir délibéré, adopte la proposition à l'unanimité des présents.\n" * 2
    text = "".join(f"{n} – N° 2018-0{n + 21} - Dispositif numéro {n} pour la commune\n{body}"
                   for n in (28, 29, 30, 31, 32, 33, 35, 36))
    text = "1 – Observation sur le compte-rendu de la séance\n" + body + "2 – Compte-rendu des décisions du Maire\n" + \
        body + "".join(f"{n} – Point {n} de la séance du conseil\n{body}" for n in range(3, 28)) + text
    assert len(_sequence_starts(text)) == 35


def test_a_file_named_after_the_commune_its_text_names() -> None:
    from indexer.metadata import name_from_filename

    # Clairoix, CM du 24/03/2006: the minutes never print « commune de Clairoix »
    assert name_from_filename("clairoix_CM_2006-03-24.txt", "Monsieur le Maire signale que Clairoix est une "
                              "des rares communes à ne pas augmenter les impôts") == "Clairoix"
    assert name_from_filename("ouzous_seance_CM_2014-11-06.txt", "SEANCE DU CONSEIL MUNICIPAL D'OUZOUS") == "Ouzous"
    assert name_from_filename("liste des délibérations 16 mai 2025.pdf", "Liste des délibérations") is None
    assert name_from_filename("clairoix_CM.txt", "aucune commune nommée ici") is None


def test_the_acts_own_vote_comes_before_a_chapters_unanimity() -> None:
    # Corte, PV du 8 avril 2025 (OCR): budget adopted by majority, one chapter « Adopté à l'Unanimité »
    text = ("Adopte le Budget Primitif 2025, à la Majorité des membres présents et représentés, par 22 voix\n"
            "Pour et 5 Abstentions (M. X, Mme Y, M. Z, Mme V et M. W), tel que présenté.\n"
            "En Dépenses de Fonctionnement au chapitre 65 : Subventions aux Associations : Adopté à l’Unanimité.\n")
    assert _votes(text) == (22, None, 5, False)


def test_a_parcel_number_before_pour_is_no_vote() -> None:
    # Pierrefonds, 23 novembre 2020: the bail TDF — « n°90 pour une contenance » was read « pour 90 », the
    # independent check refused it and the printed unanimity was lost with it
    text = ("une parcelle de terrain cadastrée section ZA n°90 pour une contenance de 86 m2, une parcelle\n"
            "d'autoriser Madame le Maire à signer ledit avenant.\nVote : pour à l’unanimité\n")
    assert _votes(text) == (None, 0, None, True)
    assert _votes("Parcelle n° 12 pour la somme de 3 000 €. Adopté par 12 voix pour et 2 contre")[:2] == (12, 2)
    assert _votes("Vote : 15 pour, 2 contre, 1 abstention") == (15, 2, 1, False)


@pytest.mark.parametrize(
    ("text", "pour"),
    [
        # lines of the corpus where « N pour » is the preposition (each was stored as a « pour » figure)
        ("(sur la parcelle\nAB 290 pour partie et AB 291)\nAdopté à l'unanimité", None),  # Avranches 2013-07-01
        ("le Quotient Familial maximum passant de 650 à 750 pour ls bénéficiiresaus", None),  # Corte 2025, OCR
        ("prélève 1 011 559 m3 pour l'exercice 2024 (1 004 471 pour\nl'exercice 2023).", None),  # Corte RPQS
        ("la commune effectuera un mandat au compte\n678 pour concrétiser ces transferts.", None),  # Pierrefonds
        ("de réclamations est de 0 pour 1000 abonnés (0 en 2023).", None),  # Corte RPQS
        ("extension du secteur de zone 2U1-7 pour\npermettre", None),  # Montpellier PV 2011-05-09
        # … and where it is the count
        ("adopté par 17 pour et 2 abstentions", 17),
        ("Vote : 12 pour 0 contre", 12),
        ("ADOPTE PAR 17 POUR ET 2 CONTRE", 17),
        ("Vote : 17 pour\nContre : 2", 17),
        ("11 pour – 1 contre", 11),
    ],
)
def test_a_bare_pour_after_a_figure_is_a_count_only_where_the_clause_ends(text: str, pour: int | None) -> None:
    assert _votes(text)[0] == pour


def test_no_vote_figure_is_larger_than_the_largest_council_nor_a_group_of_a_larger_number() -> None:
    assert _votes("Pour : 290\nContre : 0")[:2] == (None, 0)
    # Corte, budget 2025 (OCR): « ce panier s'élevait a 5 249 ⏎ 234€ ⏎⏎ contre 5 221 493€ en 2025 »
    assert _votes("ce panier s'élevait a 5 249\n234€\n\ncontre 5 221 493€ en 2025.")[1] is None
    assert _votes("POUR 21\nCONTRE 0\nABSTENTION 0")[:3] == (21, 0, 0)
