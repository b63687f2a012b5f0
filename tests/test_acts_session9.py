"""Session 9 of issue 11: rules for failure families shared across documents, read on parts B and E (tuning data
from session 9 on). Each on a short excerpt of a real corpus file (names of private persons replaced); each fails
without its rule. Whole-corpus effect: bench/devset/acts_after_session9.txt."""

from __future__ import annotations

from indexer.metadata import find_objet
from indexer.models import PageText
from indexer.segment import analyse

# Corte, procès-verbal du 23 septembre 2024 (corte/proces-verbaux/mairie-corte_proces-verbal_2024-09-23_
# downloads-1771.pdf), page 3, shortened: the title ends on a colon and goes on with its second half on the next line.
# Names of private persons replaced.
_CORTE_COLON = """Point n° 4 : GESTION DU DOMAINE COMMUNAL

24-09/088 — Modification du tableau des emplois communaux

> Le Conseil, à l’unanimité des membres présents et représentés, Adopte la proposition de son Maire.

24-09/089 — Régularisation d’un acte administratif :
Cession au profit de Monsieur Jean MARTIN :

> Le Conseil, VU le Code Général de la Fonction Publiques Territoriale, VU la délibération du Conseil Municipal
du 26 octobre 1994, à l’unanimité des membres présents et représentés, Adopte la proposition de son Maire.
"""


def test_a_title_ending_on_a_colon_goes_on_with_the_next_line() -> None:
    acts = analyse([PageText(3, _CORTE_COLON)], "mairie-corte_proces-verbal_2024-09-23_downloads-1771.pdf").acts
    assert [a.act_number for a in acts] == ["24-09/088", "24-09/089"]
    assert acts[1].objet == "Régularisation d’un acte administratif : Cession au profit de Monsieur Jean MARTIN"
    assert acts[0].objet == "Modification du tableau des emplois communaux"


# L'Arbresle, compte rendu du 9 juillet 2013 (benjaminpochat-demos/pdf/larbresle_compte-rendu_CM_2013-07-09.pdf),
# page 4, shortened: a numbered heading « DL-057-07-13 - … » wrapped over two lines. Names of private persons replaced.
_ARBRESLE_WRAPPED = """DL-056-07-13 - Bibliothèque : convention de mutualisation avec Lentilly
M. DURAND présente le dossier.
EXPOSE :
Il est rappelé aux membres du conseil municipal la convention de mutualisation des deux médiathèques.
Le conseil municipal, après en avoir délibéré, à l’unanimité, approuve la convention.
DL-057-07-13 - Informatisation réseau des médiathèques de L'Arbresle et Lentilly :
reversement de subvention à Lentilly
M. DURAND présente le dossier.
EXPOSE :
Il est rappelé aux membres du conseil municipal que par délibération N°DEL 116-12-11 en
date du 12 décembre 2011 ils avaient approuvé la convention de mutualisation des deux médiathèques.
Le conseil municipal, après en avoir délibéré, à l’unanimité, approuve le reversement.
"""


def test_a_numbered_heading_is_read_over_its_wrapped_line() -> None:
    acts = analyse([PageText(4, _ARBRESLE_WRAPPED)], "larbresle_compte-rendu_CM_2013-07-09.pdf").acts
    assert [a.act_number for a in acts] == ["DL-056-07-13", "DL-057-07-13"]
    assert acts[1].objet == ("Informatisation réseau des médiathèques de L'Arbresle et Lentilly : reversement de "
                             "subvention à Lentilly")


# Flaux, compte rendu du 20 juillet 2020 (flaux/txt-extrait-des-doc/20200720-4 - compte rendu du 20 juillet 2020
# (1).txt, antiword's reading of the .doc: the page's frame in the left cell, the minutes in the right one), shortened.
# The agenda lists the items without numbers and the body prints each again as its heading; the withdrawal of an
# earlier deliberation is told to the council, not voted. Names of private persons replaced.
_FLAUX_ANNOUNCED = """|REPUBLIQUE FRANCAISE| |
|DEPARTEMENT du GARD |COMPTE RENDU |
| |du CONSEIL MUNICIPAL de la COMMUNE de FLAUX |
| | |
| |Séance du 20 juillet 2020 |
| | |
| |Présents : Jean MARTIN - Paul DURAND - Marie LEROY |
|Nombre de membres | |
|en exercice : |Absents : Anne PETIT |
|11 | |
| |Monsieur Paul DURAND a été nommé secrétaire de séance |
| | |
| | |
| |Ordre du jour |
| | |
| |Approbation du compte rendu du conseil du 10 juillet 2020 |
| |Retrait de la délibération n° 2020-17 |
| |Indemnités de fonction des adjoints |
|Date de la |Convention d’assistance technique pour l’assainissement et |
|convocation : |l’eau potable |
| | |
|16 juillet 2020 | |
| |Approbation du compte rendu du Conseil Municipal du 10 juillet |
| |2020 |
| | |
| |Le compte rendu du Conseil Municipal du 10 juillet 2020 est |
| |validé à l’unanimité |
| | |
|Objet : | |
| |Retrait de la délibération n° 2020-17 |
| |Vu l’article L.2123-20-1 Code Général des Collectivités |
| |Territoriales |
| |Considérant la demande de la Préfecture du Gard en date du 6 |
| |juillet 2020 de retirer la délibération n°2020-17, par le |
| |manque en annexe d’un tableau récapitulant d’ensemble des |
| |indemnités alloués aux membres du conseil municipal. |
| |Après avoir informé les membres du Conseil Municipal, Monsieur |
| |le Maire, procède au retrait de la délibération n°2020-17. |
| | |
| | |
| |Indemnités de fonction des adjoints |
| |Vu le Code Général des Collectivités Territoriales et notamment|
| |les articles L2123-20 et suivants, |
| |Après en avoir délibéré, le Conseil Municipal décide, avec |
| |effet au 27 mai 2020, de fixer le montant des indemnités pour |
| |l’exercice effectif des fonctions des Adjoints comme suit. |
| | |
| | |
| |Convention d’assistance technique pour l’assainissement et |
| |l’eau potable |
| |Monsieur le Maire informe les membres du Conseil Municipal que |
| |les missions d’assistance technique du Département évoluent. |
| |Après en avoir délibéré, le Conseil Municipal décide à |
| |l’unanimité d’adhérer à la convention. |
| | |
| |Séance levée à 19h30 |
"""


def test_the_items_the_agenda_announces_are_cut_where_the_body_prints_them_again() -> None:
    analysis = analyse([PageText(1, _FLAUX_ANNOUNCED)], "20200720-4 - compte rendu du 20 juillet 2020 (1).txt")
    assert [a.objet for a in analysis.acts] == [
        "Indemnités de fonction des adjoints",
        "Convention d’assistance technique pour l’assainissement et l’eau potable"]
    assert [a.act_number for a in analysis.acts] == [None, None]  # « n° 2020-17 » is the withdrawn act's number
    assert analysis.acts[1].votes.unanimite is True


# Corte, procès-verbal du 1er juillet 2025 as the OCR saved it (corte/texte-ocr-projet-pertitellu/mairie-corte_proces-
# verbal_2025-07-01_downloads-1911.txt), shortened: the OCR leaves a blank line inside titles wrapped over lines, and
# their last line opens on a bracket or a quote.
_CORTE_ASIDE = """Point n° 2 : EAU ET ASSAINISSEMENT

25-07/055 — Approbation du Rapport Annuel sur le Prix et la Qualité du Service Public de l’Eau
Potable

(R. P. Q. S.) pour l’exercice 2024

> Le Conseil, à l’Unanimité des membres présents et représentés, Adopte la proposition du Maire,
> Approuve le R. P. Q. S. pour l’exercice 2024, tel qu’annexé à la délibération

Point n° 6 : GESTION DU DOMAINE COMMUNAL

25-07/067 — Inscription d’Itinéraires de randonnée au PTIPR de la CdC : « Tavignano-Refuge de la
Sega » -

« Restonica-Refuge de la Sega » - « Lac du Melu »

> Le Conseil, A l’unanimité des membres présents ou représentés, Approuve la proposition de son
> Maire ; Emet un avis favorable aux propositions d’inscription du PTIPR de sentiers du territoire
"""


def test_a_title_goes_on_across_a_blank_line_with_a_bracket_or_a_quote() -> None:
    acts = analyse([PageText(1, _CORTE_ASIDE)], "mairie-corte_proces-verbal_2025-07-01_downloads-1911.txt").acts
    assert [a.act_number for a in acts] == ["25-07/055", "25-07/067"]
    assert acts[0].objet == ("Approbation du Rapport Annuel sur le Prix et la Qualité du Service Public de l’Eau "
                             "Potable (R. P. Q. S.) pour l’exercice 2024")
    assert acts[1].objet == ("Inscription d’Itinéraires de randonnée au PTIPR de la CdC : « Tavignano-Refuge de la "
                             "Sega » - « Restonica-Refuge de la Sega » - « Lac du Melu »")


# Montpellier, procès-verbal du 30 mars 2009 (montpellier-opendata/proces-verbaux/PV_CM_30_03_2009.pdf), pages 87-89,
# shortened and its items 63-66 renumbered 1-4 (a séance's run of items starts at 1): item 65's report is cut into
# sections « 1/ », « 2/ », « 3/ », then voted once. Names of private persons replaced.
_MONTPELLIER_SECTIONS = """1 - Travaux de maintenance et de mise en conformité des équipements sportifs
M. DURAND : Il est proposé d’autoriser le lancement de la consultation pour ces travaux d’entretien.
Je vous propose d’approuver ce dossier.
. Pour : 60
. Adopté à l’unanimité.
--------------
2 - Serre amazonienne du parc de Lunaret - Bassins de rétention - Avenant n°1
M. DURAND : Le présent dossier a pour objet l’avenant n°1 au marché de travaux des bassins de rétention.
Je vous propose d’approuver ce dossier.
. Pour : 60
. Adopté à l’unanimité.
--------------
3 - Entretien du patrimoine arboré - Appel d’offres ouvert
M. MARTIN : Le présent dossier a pour objet l’appel d’offres pour l’entretien du patrimoine arboré.
Il est établi pour une durée d’un an, renouvelable deux fois.
1/ Présentation du marché
Lot n°1: Abattage
Lot n°2: Elagage
Lot n°3: Emondage, taille raisonnée, taille de formation
2/ Financement au budget primitif
Les crédits nécessaires seront prélevés sur le budget 2009, section investissement 908 et section
fonctionnement 928.
3/ Rappel de la procédure
Les critères de choix des offres sont les suivants : le mémoire technique (60%), le prix (40%).
La commission d’appel d’offres réunie le 20 janvier 2009 a retenu les entreprises suivantes.
Je vous propose d’approuver ce dossier.
. Pour : 60
. Adopté à l’unanimité.
--------------
4 - Lutte contre les inondations - Protection du lotissement des Grèzes
M. MARTIN : Le présent dossier a pour objet les travaux de protection du lotissement contre les crues.
Je vous propose d’approuver ce dossier.
. Pour : 60
. Adopté à l’unanimité.
"""


def test_ranked_sections_inside_one_numbered_item_are_not_acts() -> None:
    acts = analyse([PageText(87, _MONTPELLIER_SECTIONS)], "PV_CM_30_03_2009.pdf").acts
    assert [a.objet for a in acts] == [
        "Travaux de maintenance et de mise en conformité des équipements sportifs",
        "Serre amazonienne du parc de Lunaret - Bassins de rétention - Avenant n°1",
        "Entretien du patrimoine arboré - Appel d’offres ouvert",
        "Lutte contre les inondations - Protection du lotissement des Grèzes"]



# Montpellier, procès-verbal du 7 février 2011 (montpellier-opendata/proces-verbaux/PV_CM_07_02_2011.pdf), page 4,
# shortened: the heading is long enough to look wrapped, and the rapporteur's speech opens on the next line with his
# name and a colon. Names of private persons replaced.
_MONTPELLIER_SPEAKER = """2 - Montpellier Territoire Numérique - Lancement du programme
Jean DURAND : La ville de Montpellier est depuis longtemps pionnière en matière
d’équipements numériques, elle l’a démontré en déployant un réseau très haut débit.
"""


def test_a_rapporteur_speaking_after_his_name_and_a_colon_is_not_the_title() -> None:
    assert find_objet(_MONTPELLIER_SPEAKER) == "Montpellier Territoire Numérique - Lancement du programme"

# Putanges-le-Lac, registre de la séance du 26 septembre 2022 (putanges-le-lac/2022/registre-des-deliberations-de-la-
# seance-du-26-septembre-2022.pdf), pages 13-14, shortened and its items 15-18 renumbered 1-4: two information items
# voted by nobody, whose text prints « pour 2022 » and amounts, between two voted items. Names of private persons
# replaced.
_PUTANGES_INFORMATION = """1. Mise en place d’une part supplémentaire « IFSE régie » dans le cadre du RIFSEEP,
Monsieur le Maire donne la parole à Madame Jeanne MARTIN, Présidente de la commission personnel.
Madame MARTIN précise que le régime indemnitaire a été institué afin de valoriser principalement l’exercice des
fonctions via la création d’une indemnité principale, versée mensuellement (IFSE).
Après en avoir délibéré, le Conseil municipal, à l’unanimité des Membres présents, approuve la rubrique.
2. Information sur les acquisitions de véhicules,
Monsieur le Maire donne la parole à monsieur Paul DURAND, Président de la commission travaux.
Monsieur DURAND rappelle la cession de trois véhicules dont l’état général imposait le remplacement.
Il indique que trois nouveaux véhicules d’occasion ont été depuis acquis par la commune : une
fourgonnette, un camion et une voiture électrique.
3. Information sur l’éclairage public,
Monsieur le Maire donne la parole à monsieur Paul DURAND, Président de la commission travaux.
Monsieur DURAND détaille les montants estimés, pour 2022, en matière de consommation électrique. La
prévision s’élève à 60 000€, soit une augmentation de 10 000€ par rapport à la prévision budgétaire.
L'éclairage public, lui aussi comptabilisé à l’article 60612 représente 23 000€, pour 2022.
4. Petites Villes de Demain, demande de financement du poste de chef de projet,
Monsieur le Maire cède la parole à monsieur Pierre LEROY, Président de la commission finances et budget.
Il vous est proposé de renouveler cette demande de subvention pour l’année 2022 en adoptant le plan
de financement suivant.
Après en avoir délibéré, le Conseil municipal, à l’unanimité des Membres présents :
✓ Valide le plan de financement du poste de chef de projet Petites Villes de Demain tel qu’exposé ci-dessus.
"""


def test_pour_and_a_year_is_no_vote_figure() -> None:
    acts = analyse([PageText(13, _PUTANGES_INFORMATION)],
                   "registre-des-deliberations-de-la-seance-du-26-septembre-2022.pdf").acts
    assert [a.objet for a in acts] == [
        "Mise en place d’une part supplémentaire « IFSE régie » dans le cadre du RIFSEEP",
        "Petites Villes de Demain, demande de financement du poste de chef de projet"]
