from datetime import date

import pytest

from indexer.actes import classify
from indexer.frdates import date_from_filename, find_dates, words_to_int
from indexer.metadata import (
    find_act_number,
    find_collectivite,
    find_deliberating_body,
    find_doc_type,
    find_objet,
    find_seance_date,
    find_votes,
)
from indexer.models import PageText
from indexer.segment import analyse


def test_written_out_dates() -> None:
    assert words_to_int("deux mille vingt et un") == 2021
    assert words_to_int("quatre-vingt-dix-sept") == 97
    found = find_dates("L'an deux mille vingt et un, le dix-neuf mai à dix-huit heures")
    assert found[0][1] == date(2021, 5, 19)


def test_seance_date_prefers_the_session_over_the_convocation() -> None:
    text = "Date de la convocation : 14 mai 2021\nSéance du 19 mai 2021\nVu la délibération du 3 mars 2020"
    assert find_seance_date(text) == date(2021, 5, 19)
    assert find_seance_date("Convoqué le 17/04/2014") is None
    assert find_seance_date("rien", "CR_conseil_municipal_07_10_2022.pdf") == date(2022, 10, 7)
    assert date_from_filename("sans date.pdf") is None


def test_collectivite_names() -> None:
    assert find_collectivite("COMMUNE DE SAINT-AUBIN-SUR-LOIRE\nSéance") == "Saint-Aubin-sur-Loire"
    assert find_collectivite("du CONSEIL MUNICIPAL de la COMMUNE de FLAUX\n") == "Flaux"
    assert find_collectivite("Conseil Municipal de la Ville de \nMontpellier") == "Montpellier"
    assert find_collectivite("Le conseil s'est réuni.") is None


def test_act_numbers_ignore_references_to_other_acts() -> None:
    assert find_act_number("Extrait\nn° 2014 / 137\nSéance") == "2014/137"
    assert find_act_number("Délibération n° DE_2021_014") == "DE_2021_014"
    assert find_act_number("Vu la délibération n° 2019-12 du 3 mars 2019") is None


def test_objet_lines() -> None:
    assert find_objet("Objet : Tarifs de la cantine\nMonsieur le Maire expose") == "Tarifs de la cantine"
    assert find_objet("D2024-27 - Objet : Organisation du temps scolaire\nMadame") == "Organisation du temps scolaire"
    assert find_objet("3/ Délibération pour le calcul de la voirie :\n12 votes pour") == "Le calcul de la voirie"
    assert find_objet("Le conseil municipal décide.") is None


def test_votes() -> None:
    votes, adopted = find_votes("Pour : 11 Contre : 1 Abstention : 1")
    assert (votes.pour, votes.contre, votes.abstention, votes.unanimite, adopted) == (11, 1, 1, False, True)
    votes, adopted = find_votes("Membres en exercice : 15\nVotants : 13\nAdopté à l'unanimité")
    assert votes.unanimite and votes.effectif == 15 and votes.votants == 13 and adopted
    votes, adopted = find_votes("2 votes contre 1 abstention 9 votes pour")
    assert (votes.pour, votes.contre, votes.abstention) == (9, 2, 1)
    votes, adopted = find_votes("La proposition est rejetée.")
    assert adopted is False and votes.pour is None


def test_doc_types() -> None:
    assert find_doc_type("PV_CM_2022.pdf", "") == "proces-verbal"
    assert find_doc_type("x.pdf", "LISTE DES DÉLIBÉRATIONS de la séance") == "liste"
    assert find_doc_type("odj.pdf", "Ordre du jour\n1. Budget") == "ordre-du-jour"
    assert find_doc_type("2021-014.pdf", "Extrait du registre des délibérations") == "deliberation"
    convocation = "Mairie\nConvocation du conseil municipal\nOrdre du jour\n1. Approbation du procès-verbal"
    assert find_doc_type("convoc.pdf", convocation) == "ordre-du-jour"
    act_header = "Date de la convocation : 2 mars\nObjet : Budget\nLe conseil décide"
    assert find_doc_type("2021-014.pdf", act_header) == "deliberation"
    # Informal minutes open with the agenda they follow: a "CR" file name, or recorded votes, tell them.
    minutes = "Page 1/6\nConseil municipal du 4 juin 2021\nOrdre du jour :\n1. Subventions associatives"
    assert find_doc_type("CR_reunion_20210604.pdf", minutes) == "proces-verbal"
    voted = minutes + "\nVote : 14 pour / 0 contre / 0 abstention  adopté"
    assert find_doc_type("reunion_20210604.pdf", voted) != "ordre-du-jour"
    assert find_doc_type("reunion_20210604.pdf", minutes) == "ordre-du-jour"
    attended = "SEANCE DU 6 NOVEMBRE 2014\nConvocation adressée le 22 octobre\nORDRE DU JOUR\nPrésents : M. Gosset"
    assert find_doc_type("ouzous_seance_CM_2014-11-06.txt", attended) != "ordre-du-jour"


def test_actes_matter_explicit_code_wins() -> None:
    m = classify("Subvention", "Nomenclature ACTES : 7.5\nSubvention au club")
    assert (m.code, m.confidence) == ("7.5", 1.0)
    m = classify("Création d'un poste d'adjoint technique au tableau des effectifs", "")
    assert m.code == "4" and 0 < m.confidence <= 1
    assert classify("Divers", "").code is None


def _pv_pages() -> list[PageText]:
    return [
        PageText(1, "COMMUNE DE BOURG-NEUF\nSéance du 3 février 2022\nPrésents : tous\n"
                    "Délibération n° 2022-01 - Objet : Budget primitif 2022\nLe conseil décide.\nPour : 10 Contre : 1"),
        PageText(2, "suite du budget\nDélibération n° 2022-02 - Objet : Tarifs de la cantine\n"
                    "Adopté à l'unanimité"),
        PageText(3, "Délibération n° 2022-03 - Objet : Vente d'un terrain\nLe conseil décide.\nPour : 9 Contre : 2"),
    ]


def test_multi_act_minutes_become_one_record_per_act() -> None:
    analysis = analyse(_pv_pages(), "PV_2022-02-03.pdf")
    assert analysis.doc_type == "proces-verbal"
    assert [a.act_number for a in analysis.acts] == ["2022-01", "2022-02", "2022-03"]
    assert [(a.page_start, a.page_end) for a in analysis.acts] == [(1, 2), (2, 2), (3, 3)]
    assert analysis.acts[1].objet == "Tarifs de la cantine"
    assert all(a.collectivite == "Bourg-Neuf" and a.date == "2022-02-03" for a in analysis.acts)
    assert analysis.acts[1].votes.unanimite is True
    assert analysis.acts[2].page_slices == [(3, analysis.acts[2].text)]


def test_document_without_headers_is_one_act() -> None:
    analysis = analyse([PageText(1, "Note au maire sans structure."), PageText(2, "Suite.")], "note.pdf")
    assert len(analysis.acts) == 1
    assert (analysis.acts[0].page_start, analysis.acts[0].page_end) == (1, 2)
    assert analysis.acts[0].objet is None and analysis.acts[0].date is None  # missing, not guessed


def test_collectivite_spellings_are_merged() -> None:
    from indexer.collectivites import canonical_spellings

    mapping = canonical_spellings({"PUTANGESLE-LAC": 40, "Putanges-le-Lac": 12, "Putanges le Lac": 3,
                                   "Pierrefonds": 30, "Pierefonds": 1, "Corte": 5})
    assert mapping["PUTANGESLE-LAC"] == mapping["Putanges le Lac"] == "Putanges-le-Lac"
    assert mapping["Pierefonds"] == "Pierrefonds"  # one OCR slip
    assert mapping["Corte"] == "Corte"


def test_old_spelling_of_the_year() -> None:
    assert find_dates("L'an deux mil dix neuf, le huit avril")[0][1] == date(2019, 4, 8)


def test_collectivite_name_stops_before_the_next_institution() -> None:
    assert find_collectivite("la commune de Saint-\nApollinaire doit") == "Saint-Apollinaire"
    assert find_collectivite("retrait de la commune de Castillon du Gard de la Communauté") == "Castillon du Gard"


def test_a_commune_talked_about_in_the_minutes_is_not_the_one_that_sits() -> None:
    # couthenans/CR_reunion_20220121.pdf: minutes that never write « Couthenans » (its folder does)
    couthenans = ("CR du conseil municipal 21 janvier 2022\nOrdre du jour\n"
                  "1/ Pacte Financier et Fiscal de Solidarité (PFFS) 2021-2027 :\n"
                  "- sécuriser l'enveloppe de la Dotation de Solidarité Urbaine (DSU) de la commune d'Héricourt,\n")
    assert find_deliberating_body(couthenans, couthenans) is None
    # putanges-le-lac/2023/pv-de-la-seance-du-cm-du-5-juin-2023.pdf: a former councillor of a commune déléguée
    putanges = ("Procès-verbal du Conseil municipal\nSéance du lundi 5 Juin 2023\n"
                "Conseillère municipale de 1983 à 1989, de la commune de la Forêt-Auvray, elle\n")
    assert find_deliberating_body(putanges, putanges) is None
    sits = "Procès-verbal\nL'an deux mille vingt-trois, le Conseil Municipal de la commune de Putanges-le-Lac\n"
    assert find_deliberating_body("conseil municipal\n" + sits, sits) == "Putanges-le-Lac"


@pytest.mark.parametrize(
    ("text", "contre", "abstention"),
    [
        ("Le Conseil Municipal, à l'unanimité et deux abstentions, des Membres présents", 0, 2),
        ("à la majorité des voix et une abstention, le Conseil Municipal approuve", None, 1),
        ("Adopté à l'unanimité moins une abstention (M. Durand).", 0, 1),
        ("Crédits inscrits. Abstentions : M. Leblanc, M. Thuillier, Mme Debuisser et M. Papin.", None, 4),
        ("Contre : M. Tanguy, M. Leblanc et M. Thuillier\nAbstention : M. Papin et Mme Debuisser", 3, 2),
        ("Abstentions : MM. Dupont et Durand", None, 2),
        ("Adopté, sauf par M. GUESNIER qui s'abstient. Monsieur le Maire ajoute", None, 1),
        ("Abstention : M. Dupont, élu intéressé, ne prend pas part au débat.", None, 1),
        ("Abstention : néant", None, 0),
        ("Le maire rappelle les règles de vote.", None, None),
    ],
)
def test_votes_written_in_words_or_as_names_are_counted(text: str, contre: int | None, abstention: int | None) -> None:
    votes, _ = find_votes(text)
    assert (votes.contre, votes.abstention) == (contre, abstention)


def test_named_votes_against_mean_not_unanimous() -> None:
    votes, adopted = find_votes("Contre : M. Tanguy\nLe conseil adopte la proposition.")
    assert votes.contre == 1 and votes.unanimite is False and adopted is True
