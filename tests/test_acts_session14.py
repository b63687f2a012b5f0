"""Session 14 of issue 11: rules read on the tuning parts (A dev, B-H, J, K, L). Each on a short excerpt of a real
corpus file (private persons anonymised); each fails without its rule. Whole-corpus effect:
bench/devset/acts_after_session14.txt."""

from __future__ import annotations

from indexer.models import PageText
from indexer.segment import analyse
from indexer.vote_check import check_vote
from indexer.votes import read_votes


def _acts(text: str, filename: str, ocr: bool = False) -> list:
    return analyse([PageText(1, text, ocr, False)], filename).acts


# Flaux, séance du 9 juin 2023 (flaux/pdf-scannes/PV DU 9 JUIN 2023-tampon.pdf, OCR of the scan, p1-p4), shortened:
# minutes cut at their « Vote : » lines. The PNR's vote prints its figures on three lines, a blank line after the
# first; its decision names the delegate « à l'unanimité ». The subsidies are voted line by line under one heading.
_FLAUX_2023 = """PROCES VERBAL

Séance du 09 juin 2023

Ordre du jour

Approbation du procès-verbal du 31 mars 2023

RPQS Eau

PNR (Adhésion à l'Association de préfiguration d'un Parc Naturel Régional)

Subventions Associations

Echange de parcelles

Questions diverses

Nomination du secrétaire
Monsieur le Maire propose la candidature de M. A en qualité de secrétaire pour la présente séance

Vote : à l'unanimité

RPQS Eau

Madame B 1ère adjointe expose aux membres du conseil municipal le
Rapport de l'eau potable 2022

Vote : à l'unanimité

PNR (Adhésion à l'Association de préfiguration d'un Parc Naturel Régional)
Vu le code général des collectivités territoriales,
Considérant que les communes jusqu'à 1000 habitants sont invitées à désigner un(e)
représentant(e) pour siéger à l'Assemblée générale.

Le conseil municipal après en avoir délibéré :
approuve les statuts de l'association de préfiguration d'un parc naturel régional
autour du Pays d'Uzès et du Pont du Gard
décide d'adhérer à l'association de préfiguration d'un parc naturel régional
autour du pays d'Uzès et du Pont du Gard
désigne pour siéger à l'Assemblée générale, ladite association à Monsieur Le
Maire à l'unanimité
autorise Monsieur le Maire à prendre toutes les mesures nécessaires en vue de
l'exécution de la présente délibération

Vote : 1 contre (Mr A)

3 abstentions (Mme B - Mme C - Mr D)
7 pour

Subventions Associations
Le conseil municipal décide d'attribuer les subventions suivantes :

La fiesta demande : 1000 €
(Mr E et Mr D ne votent pas)

Vote : 9 pour

Chavamieux : 1000 €

Vote : 6 pour, 1 abstention (Mme F) , 2 contre ( Mr E -
Mme B)

(Mr A prend la parole et fait un point sur le travail dynamique de
l'association et propose 1000 €)

Mme C prend la parole et refait un point mais ne prend pas part au vote
Me B félicite le travail de l'association et propose aussi 1000 €

Mr D évoque aussi la proposition de 1000 €

Me G prend la parole et propose 700 €

AOP d'Uzès 70 € vote : à l'unanimité
ATP 250€ vote : à l'unanimité
AMF 100 € vote : à l'unanimité

Echange de parcelles

Vu la délibération n°2023-20 concernant le projet de réalisation d'un parc
photovoltaïque

Monsieur le Maire expose au conseil municipal une proposition d'échange de parcelle
d'une valeur de 800 € à savoir
parcelle communale n° A327 de 83a20 au lieu-dit Marinard et Vallagrand
contre les parcelles privées A336 de 39a00 et A325 de 27a40 lieu-dit
Marinard et Vallagrand appartenant à Mr H

La commune prendra en charge tous les frais nécessaires à la réalisation de cette
opération (Acte notarié)

Le conseil municipal après en avoir délibéré
accepte la proposition d'échange de parcelle d'une valeur de 800 €
Accepte que la commune prenne en charge tous les frais nécessaires à la
réalisation de cette opération ( Acte notarié)
autorise Monsieur le Maire à signer tous les documents
nécessaires à ce dossier.

Vote : à l'unanimité
"""


def test_a_table_voted_line_by_line_is_one_act() -> None:
    acts = _acts(_FLAUX_2023, "PV DU 9 JUIN 2023-tampon.pdf", ocr=True)
    assert [act.objet for act in acts][-3:] == [
        "PNR (Adhésion à l'Association de préfiguration d'un Parc Naturel Régional)", "Subventions Associations",
        "Echange de parcelles"]


def test_vote_figures_listed_below_the_vote_line_over_a_blank_line_stay_with_their_vote() -> None:
    pnr = _acts(_FLAUX_2023, "PV DU 9 JUIN 2023-tampon.pdf", ocr=True)[-3]
    assert (pnr.votes.pour, pnr.votes.contre, pnr.votes.abstention) == (7, 1, 3)
    assert pnr.votes.unanimite is False


def test_a_unanimity_naming_a_delegate_to_an_association_s_general_assembly_is_not_the_council_s_vote() -> None:
    start, end = _FLAUX_2023.index("Le conseil municipal après"), _FLAUX_2023.index("Subventions Associations\nLe")
    text = _FLAUX_2023[start:end]
    votes, _adopted = read_votes(text)
    assert (votes.pour, votes.contre, votes.abstention, votes.unanimite) == (7, 1, 3, False)
    assert check_vote(votes, text).ok


def test_an_act_whose_vote_lines_tell_different_votes_has_no_one_vote() -> None:
    start, end = _FLAUX_2023.index("Subventions Associations\nLe"), _FLAUX_2023.index("Echange de parcelles\n\nVu")
    text = _FLAUX_2023[start:end]
    votes, _adopted = read_votes(text)
    assert (votes.pour, votes.contre, votes.abstention, votes.unanimite) == (None, None, None, False)
    subsidies = _acts(_FLAUX_2023, "PV DU 9 JUIN 2023-tampon.pdf", ocr=True)[-2]
    assert subsidies.votes.unanimite is False
