"""How an act's objet is read: each rule on a short excerpt of a real corpus file (names of private
persons replaced). The measure on whole files is bench/score_acts.py (« objets justes »)."""

from __future__ import annotations

from indexer.metadata import find_objet
from indexer.segment import clean_objet


def test_a_heading_in_capitals_wraps_in_capitals() -> None:
    # Ouzous, séance du 6 novembre 2014: the heading goes on in capitals, or ends on « DE »
    text = ("2014/25 – DECISISIONS MODIFICATIVES – VOTE DE CREDITS\nSUPPLEMENTAIRES BUDGET 2014\n"
            "Le Maire expose au le conseil municipal que les crédits ouverts aux articles ci-après du\n")
    assert find_objet(text) == "DECISISIONS MODIFICATIVES – VOTE DE CREDITS SUPPLEMENTAIRES BUDGET 2014"
    text = ("N°2014/27 - CONCOURS DU TRESORIER – ATTRIBUTION DE\nL’INDEMNITE DE CONSEIL\n"
            "Monsieur le Maire expose au Conseil Municipal qu’un arrêté interministériel en date du 16\n")
    assert find_objet(text) == "CONCOURS DU TRESORIER – ATTRIBUTION DE L’INDEMNITE DE CONSEIL"


def test_the_speaker_who_presents_opens_the_body() -> None:
    # Roannais Agglomération, conseil communautaire du 28 octobre 2021
    text = ("3. Constitution et reprise de provisions - compte épargne temps (CET) - Année 2021\n"
            "Jacques Dupont présente la constitution et reprise de provisions du compte épargne temps.\n"
            "Vu le décret n° 2010-531 du 20 mai 2010 modifiant certaines dispositions relatives au compte\n")
    assert find_objet(text) == "Constitution et reprise de provisions - compte épargne temps (CET) - Année 2021"


def test_the_objet_above_rapporte_not_the_absent_named_above_it() -> None:
    # Montpellier, délibérations 2014/253 (an absent's name above the objet) and 2014/144 (a blank line)
    text = ("Absents :\nPatrick DUPONT\nVoeu de soutien aux intermittents\nMonsieur le Maire, Philippe Y, rapporte :\n"
            "La coordination montpelliéraine des intermittents et professionnels du spectacles réunis\n")
    assert find_objet(text) == "Voeu de soutien aux intermittents"
    text = ("Stéphanie X,Bernard Y,Dominique Z.\nAbsents :\nElection d'un Adjoint au Maire\n\n"
            "Monsieur le Maire rapporte :\nLe Conseil municipal, en sa séance du 24 avril 2014, a modifié\n")
    assert find_objet(text) == "Election d'un Adjoint au Maire"


def test_what_surrounds_an_objet_is_not_of_it() -> None:
    # Putanges-le-Lac: « QUESTIONS DIVERSES a. » ahead of the item (3 novembre 2017, 11 septembre 2018);
    # the rapporteur after it (3 février 2025)
    assert clean_objet("QUESTIONS DIVERSES. a. Acquisition d’une désherbeuse.") == "Acquisition d’une désherbeuse."
    assert clean_objet("QUESTIONS DIVERSES a. SOUTIEN AUX ACTIONS MENEES PAR LA FONDATION du PATRIMOINE") == \
        "SOUTIEN AUX ACTIONS MENEES PAR LA FONDATION du PATRIMOINE"
    assert clean_objet("Une mission confiée à l’Agence Départementale d'Ingénierie pour une étude préalable à "
                       "l'implantation de jeux aquatiques, rapporteur monsieur X") == (
        "Une mission confiée à l’Agence Départementale d'Ingénierie pour une étude préalable à "
        "l'implantation de jeux aquatiques")
    # a « Rapport annuel » is an objet, not a rapporteur
    assert clean_objet("Rapport annuel sur le prix et la qualité du service") == \
        "Rapport annuel sur le prix et la qualité du service"
