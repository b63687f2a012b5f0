"""Session 8 of issue 11: rules for failure families of the dev parts (A dev, C, D, F). Each on a short excerpt of a
real corpus file (names of private persons replaced); each fails without its rule. Whole-corpus effect:
bench/devset/acts_after_session8.txt."""

from __future__ import annotations

from indexer.models import PageText
from indexer.segment import analyse

# Corte, procès-verbal du 16 décembre 2024 as the OCR saved it in Markdown
# (corte/texte-ocr-projet-pertitellu/mairie-corte_proces-verbal_2024-12-16_downloads-1924.txt), shortened: the second
# number is printed « 24-12/124\_ », an underscore the OCR read after it, escaped. Names of private persons replaced.
_CORTE_ESCAPED = r"""Point n° 1 : Gestion Communale

24-12/123 — Délibération modificative à la délibération n° 20-06/011 du 22 juin 2020

> Le Conseil, ayant entendu l’exposé de son rapporteur, à l’unanimité des membres présents et
> représentés, Adopte la proposition de son Maire, Autorise le Maire à modifier la délibération n°
> 20-06/011 en désignant: Membre \_titulaire: Docteur Jean MARTIN, et Membre \_suppléant: Monsieur
> Paul DURAND, en qualité de personnalités extérieures appelées à siéger au Conseil d’
> Administration de I’ Université de Corse.

24-12/124\_ — Rapport d’Observations Définitives de la Chambre Régionale des Comptes de Corse

concernant la Gestion de la Commune de Corte pour les exercices 2018 et suivants

> Au regard des éléments exposés du rapport de la CRC, le Conseil, aprés en avoir débattu, Prend
> Acte de la communication du Rapport d’Observations Définitives sur la gestion de la Commune de
> Corte pour les exercices 2018 et suivants, et des réponses qui y ont été apportées.

24-12/125 — Rapport d’Observations Définitives de la Chambre Régionale des Comptes de Corse
concernant la Gestion de la Commune de Corte et de la Caisse des Ecoles pour les

exercices 2019 et suivants

> Au regard des éléments exposés du rapport de la CRC, le Conseil, aprés en avoir débattu, Prend
> Acte de la communication du Rapport d’Observations Définitives sur la gestion de la Commune de
> Corte et de la Caisse des Ecoles pour les exercices 2019 et suivants, et des réponses qui y ont
> été apportées.

Plus rien n’étant inscrit à Vordre du jour, la séance est levée à 19h30.
"""


def test_a_number_with_an_escaped_underscore_after_it_still_heads_its_act() -> None:
    acts = analyse([PageText(1, _CORTE_ESCAPED)], "mairie-corte_proces-verbal_2024-12-16_downloads-1924.txt").acts
    assert [a.act_number for a in acts] == ["24-12/123", "24-12/124", "24-12/125"]
    assert acts[1].objet is not None and acts[1].objet.startswith("Rapport d’Observations Définitives")


# Flaux, procès-verbal du 22 septembre 2023 (flaux/pdf-scannes/PV DU 22 SEPTEMBRE-tampon.pdf), pages 1-3 as the OCR
# reads the scan, shortened: the frame printed on each page reads « Nombte de membres » on page 2, where the last
# minutes' approval stands under the stamp (« observatid »). Names of private persons replaced.
_FLAUX_FRAME_OCR = [
    PageText(1, """REPUBLIQUE FRANCAISE
DEPARTEMENT du GARD

Nombre de membres
en exercice :

qui ont pris part à La
délibération :

dont 2 procurations

Date de la convocation :
19 septembre 2023

Compte rendu
conseil municipal du
22 septembre 2023

1/6

Séance du 22 septembre 2023

L'an deux mille vingt-trois le vingt deux septembre à dix-huit heures trente, le Conseil
Municipal de la commune, régulièrement convoqué, s’est réuni au nombre prescrit par la loi,
dans la salle de réunion de la mairie, sous la présidence de Monsieur le Maire

Ordre du jour

Approbation du procès-verbal du 9 juin 2023
Promesse de bail
SDIS - convention de prestation de service
> Questions diverses

Monsieur le Maire demande aux Membres du Conseil Municipal de rajouter à l'ordre
du jour la convention de coordination entre la police intercommunale de la
communauté de communes Pays d'Uzès et la Gendarmerie nationale

Vote : à l'unanimité

Ouverture de la séance

Le quorum est atteint, Monsieur le Maire déclare la séance ouverte

Nomination du secrétaire
Monsieur le Maire propose la candidature de Paul DURAND
en qualité de secrétaire pour la présente séance

Vote ; Unanimité
"""),
    PageText(2, """REPUBLIQUE FRANCAISE
DEPARTEMENT du GARD

Nombte de membres

en exercice : il
qui ont pris part à la
délibération : il
dont 2 procurations

Date de la convocation :
19 septembre 2023

Compte rendu
conseil municipal du
22 septembre 2023

2/6

Approbation du procès-verbal du Conseil Mu ;,pjé ie

Monsieur le Maire demande s’il y a des observatid 1 : 030-213001100-20231215-Pv22092023.DE
Personne ne prenant la parole, il est passé au vote

Vote : Unanimité

Promesse de bail

Vu le Code Général des Collectivités Territoriales,

Considérant la politique de maîtrise de l'énergie et de promotion des énergies
renouvelables en France.

Le conseil municipal après en avoir délibéré

> Déclare avoir pris connaissance de la promesse de bail ;

> Donne pouvoir à Monsieur le Maire de signer la promesse de bail ;

Vote : Unanimité
"""),
    PageText(3, """SDIS - convention de prestation de service

Monsieur le Maire expose au Conseil Municipal que le Service Départemental d'Incendie et de Secours
propose une convention de prestation de service pour le contrôle des poteaux d'incendie.

Le conseil municipal après en avoir délibéré approuve la convention.

Vote : à l'unanimité
"""),
]


def test_the_frame_count_misread_by_the_ocr_is_no_objet_and_the_opening_is_no_act() -> None:
    acts = analyse(_FLAUX_FRAME_OCR, "PV DU 22 SEPTEMBRE-tampon.pdf").acts
    assert [a.objet for a in acts] == ["Promesse de bail", "SDIS - convention de prestation de service"]
