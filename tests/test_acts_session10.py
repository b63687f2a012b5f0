"""Session 10 of issue 11: rules for failure families shared across documents, read on the tuning parts (A dev, B-G;
part G is tuning data from session 10 on). Each on a short excerpt of a real corpus file (names of private persons
replaced); each fails without its rule. Whole-corpus effect: bench/devset/acts_after_session10.txt."""

from __future__ import annotations

from indexer.metadata import find_objet
from indexer.models import PageText
from indexer.segment import analyse
from indexer.votes import read_votes

# Pierrefonds, compte rendu du 9 juillet 2018 (pierrefonds/conseil-municipal/compte-rendu-09-07-2018.pdf), pages 3-4,
# shortened: each numbered item's title goes on with a sub-title on the next line behind the Symbol font's dash
# (U+F02D, kept by the PDF's text layer); three items share the words of their first line.
_PIERREFONDS_SYMBOL_DASH = """3. Accueil de loisirs
\uf02d Supplément mini-camps – été 2018
Durant l’accueil de loisirs des vacances d’été 2018 ayant lieu du 9 au 27 juillet 2018, est organisé un
mini – camp pour les adolescents.
Il est proposé pour assurer le financement de ce mini –camp de voter un supplément de 10 euros par
jour et par enfant correspondant aux repas.
Vote : Pour à l’unanimité
4. Restauration scolaire
\uf02d Tarification 2018/2019
Conformément à la demande de la C.A.F, un barème avec des tarifs modulés en fonction des ressources
des parents et distinguant l’accueil périscolaire du midi et le repas a été établi.
Il est décidé de maintenir pour l’année scolaire 2018/2019, la même tarification que l’an dernier.
Vote : Pour à l’unanimité
5. Accueil de Loisirs
\uf02d Barème de tarification - année scolaire 2018/2019
Le barème de participation familiale établi par la CAF, nécessaire à l’obtention de la participation
complémentaire, qu’il est proposé de mettre en place à Pierrefonds pour l’année scolaire 2018/2019.
Vote : Pour à l’unanimité
6. Accueil de Loisirs
\uf02d Tarification de la restauration - année scolaire 2018/2019
Madame le maire propose que pour l’année scolaire 2018/2019, le coût demandé aux familles pour la
restauration dans le cadre de l’accueil de loisirs demeure à 5 € par repas pour tous.
Vote : Pour à l’unanimité
"""


def test_a_sub_title_behind_the_symbol_font_dash_completes_the_title() -> None:
    acts = analyse([PageText(3, _PIERREFONDS_SYMBOL_DASH)], "compte-rendu-09-07-2018.pdf").acts
    assert [a.objet for a in acts] == [
        "Accueil de loisirs - Supplément mini-camps – été 2018",
        "Restauration scolaire - Tarification 2018/2019",
        "Accueil de Loisirs - Barème de tarification - année scolaire 2018/2019",
        "Accueil de Loisirs - Tarification de la restauration - année scolaire 2018/2019",
    ]


# Putanges-le-Lac, séance du 17 juin 2019 (putanges-le-lac/2019/seance-du-17-06-2019-deliberations.pdf), pages 1-8,
# shortened: the closing list « DELIBERATIONS » marks two register numbers « (pas de délibération voir compte rendu) »:
# told to the council, no act, although their heading prints a number of the register. Names of private persons
# replaced.
_PUTANGES_NOT_DELIBERATED = """Putanges-Le-Lac – séance du 17 juin 2019
2019-06-01 FIXATION DU NOMBRE ET DE LA REPARTITION DES SIEGES DU CONSEIL COMMUNAUTAIRE DE LA
COMMUNAUTE DE COMMUNES DU VAL D’ORNE.
Monsieur le Maire informe l’Assemblée que l’organe délibérant de tous les établissements publics de coopération
intercommunale à fiscalité propre doit être recomposé l’année précédant celle du renouvellement général des conseils
municipaux. Le Conseil Communautaire de la CDC du VAL d’ORNE, en réunion du 13 juin dernier s’est prononcé
majoritairement sur l’accord légal de droit commun.
2019-06-02 PROJET MAISON DES ASSISTANTES MATERNELLES (MAM) – REHABILITATION DU LOGEMENT DU
PRESBYTERE - MISSION DE COORDINATION SPS
Monsieur le Maire donne la parole à Madame Anne MARTIN, Présidente de la commission urbanisme et logement.
Après analyse de ces différentes propositions, la commission propose de retenir EXECO SARL, moins disant.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité des Membres présents ;
\uf0d8 Approuve la proposition de la commission.
2019-06-03 CREATION D’UN POSTE PERMANENT – SERVICE ADMINISTRATIF
Monsieur le Maire donne la parole à Madame Jeanne DURAND, Présidente de la commission finance et personnel.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité des Membres présents ;
Décide de créer un poste de Rédacteur Principal 2ème classe à compter du 1er octobre 2019.
2019-06-09 VIREMENT DE CREDITS N°2/2019 – BUDGET COMMUNE
Madame Jeanne DURAND porte à la connaissance de l’Assemblée qu’en application de l’article L.2322-2 du Code Général
des Collectivités Territoriales, un virement de crédits, sur le chapitre 020 en section d’investissement, a dû être
effectué afin de pouvoir financer les dépenses imprévues suivantes.
2019-06-10 DECISION MODIFICATIVE N°1/2019 – BUDGET ASSAINISSEMENT RABODANGES/LA FORET AUVRAY
Madame DURAND fait part à l’Assemblée que les opérations d’ordre du budget assainissement doivent être ajustées.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité des Membres présents ;
\uf0d8 Accepte la décision modificative comme énoncée ci-dessus.
Putanges-Le-Lac – séance du 17 juin 2019
DELIBERATIONS
2019-06-01 FIXATION DU NOMBRE ET DE LA REPARTITION DES SIEGES DU CONSEIL COMMUNAUTAIRE DE LA
COMMUNAUTE DE COMMUNES DU VAL D’ORNE. (pas de délibération voir compte rendu)
2019-06-02 PROJET MAISON DES ASSISTANTES MATERNELLES (MAM) – REHABILITATION DU LOGEMENT DU
PRESBYTERE – MISSION DE COORDINATION SPS
2019-06-03 CREATION D’UN POSTE PERMANENT – SERVICE ADMINISTRATIF
2019-06-09 VIREMENT DE CREDITS N°2/2019 – BUDGET COMMUNE (pas de délibération voir compte rendu)
2019-06-10 DECISION MODIFICATIVE N°1/2019 – BUDGET ASSAINISSEMENT RABODANGES/LA FORET AUVRAY
"""


def test_an_item_the_closing_list_marks_pas_de_deliberation_is_no_act() -> None:
    acts = analyse([PageText(1, _PUTANGES_NOT_DELIBERATED)], "seance-du-17-06-2019-deliberations.pdf").acts
    assert [a.act_number for a in acts if a.kind is None] == ["2019-06-02", "2019-06-03", "2019-06-10"]


# Roannais Agglomération, procès-verbal du conseil communautaire du 28 octobre 2021 (roannais-agglomeration/
# roannais-agglomeration_PV_conseil-communautaire_2021-10-28.pdf), page 3, shortened: the Président's decisions under
# delegation print their date between the number and the title. Each is cut and typed a decision, not a deliberation.
# Names of private persons replaced.
_ROANNAIS_DATED_DECISIONS = """Page 3 sur 49
N° DP 2021-313 du 15 septembre 2021 - Culture - Saison culturelle 2021/2022 - CHOUET FESTIVAL 2022 -
Demande de subvention
Le Président décide :
- de solliciter une subvention, auprès du Département de la Loire et de la Région Auvergne -Rhône Alpes, au titre
du soutien « Festival » ;
- de préciser que cette demande de subvention a pour objet de soutenir la réalisation du Festival jeune public.
N° DP 2021-314 du 15 septembre 2021 - Clôture de la régie de recettes et d’avances du Centre de Loisirs
Ados au 15 septembre 2021 - Abrogation décision du Président n° DP 2016-237 du 30 août 2016
Le Président décide :
- d’abroger la décision du Président n° DP 2016-237 du 30 août 2016 et de clôturer au
15 septembre 2021 la régie de recettes et d’avances du Centre de loisirs ados ;
- de dire que Monsieur le Président est chargé de l’exécution de la présente décision.
N° DP 2021-316 du 17 septembre 2021 - Communication - Fourniture, pose, maintenance et entretien d’abris
de bus et de mobiliers d’information - Avenant n°3 avec la société JCDecaux France
Le Président décide :
- d’approuver l’avenant n°3 au marché de fourniture, pose, maintenance et entretien d’abris de bus et de mobiliers
d’information avec la société JCDecaux France ;
- de préciser que cette modification n’entraîne pas d’incidence financière sur le montant du marché public.
"""


def test_a_decision_dated_between_its_number_and_its_title_is_cut_as_a_decision() -> None:
    acts = analyse([PageText(3, _ROANNAIS_DATED_DECISIONS)],
                   "roannais-agglomeration_PV_conseil-communautaire_2021-10-28.pdf").acts
    assert [(a.act_number, a.kind) for a in acts] == [
        ("DP 2021-313", "decision"), ("DP 2021-314", "decision"), ("DP 2021-316", "decision")]
    assert acts[0].objet == "Culture - Saison culturelle 2021/2022 - CHOUET FESTIVAL 2022 - Demande de subvention"


# Corte, recueil des délibérations du 1er juillet 2025 (corte/texte-ocr-projet-pertitellu/mairie-corte_deliberations_
# 2025-07-01_downloads-1919.txt, OCR), extract 25-07/049, shortened: the title on its arrow line ends on « au profit
# de », the beneficiary's name follows on a line of its own, with no arrow. Names of private persons replaced.
_CORTE_BENEFICIARY = """OBJET : Finances Communales :

> OPAH: Individualisation de crédits «Travaux Lourds» au profit de

Madame Anne-Laure MARTIN

25-07/049

LE MAIRE,

Propose au Conseil de l’autoriser à individualiser une aide municipale, conformément à la convention
"""


def test_an_arrow_title_ending_on_au_profit_de_takes_the_name_below() -> None:
    assert find_objet(_CORTE_BENEFICIARY) == (
        "Finances Communales : OPAH: Individualisation de crédits «Travaux Lourds» au profit de "
        "Madame Anne-Laure MARTIN")


# Avranches, procès-verbal du 26 janvier 2015 (benjaminpochat-demos/txt/avranches/CM 26 01 2015 - Procès-verbal.pdf
# .txt), pages 7-13, shortened: pdftotext spread each justified heading in capitals over short lines with blank
# lines between them, a colon set apart on a line of its own.
_AVRANCHES_SPREAD_HEADINGS = """2015.01.26 - 5 COMMUNAUTÉ DE COMMUNES AVRANCHES-MONT SAINT MICHEL

:

RECOMPOSITION DU CONSEIL COMMUNAUTAIRE

La ville d'Avranches est actuellement représentée à la communauté de communes Avranches -
Mont Saint Michel par 10 délégués.

LE CONSEIL MUNICIPAL, À L’UNANIMITÉ, ACCEPTE CETTE PROPOSITION

2015.01.26 - 7 RESTAURATION DES COLLECTIONS EGYPTIENNES

: DEMANDE DE

SUBVENTION

Dans le cadre de l’exposition temporaire prévue au Scriptorial d’octobre au 31 décembre 2015, il est envisagé
d’effectuer une campagne de restauration de certaines pièces de la collection égyptienne.

LE CONSEIL MUNICIPAL, À L’UNANIMITÉ, ACCEPTE CES PROPOSITIONS

2015.01.26 - 13 PERSONNEL : CONVENTION AVEC LE SDIS AU TITRE DE LA DISPONIBILITÉ DES

SAPEURS-POMPIERS VOLONTAIRES EMPLOYÉS PAR LA VILLE

Certains agents employés par la ville d’Avranches sont sapeurs-pompiers volontaires. Afin
d’assurer la continuité du service de secours, il est important que ces derniers soient disponibles.

LE CONSEIL MUNICIPAL, À L’UNANIMITÉ, ACCEPTE CETTE PROPOSITION

2015.01.26 - 14 RECONSTRUCTION DU STOCKAGE

INDUSTRIEL DE PONT-GILBERT –

PARTICIPATION DES ETABLISSEMENTS BLANCHET

La ville d’AVRANCHES loue aux Ets BLANCHET un ensemble comprenant des bureaux, un atelier
de production et un site de stockage de 5 000 m².

LE CONSEIL MUNICIPAL, À L’UNANIMITÉ, ACCEPTE CETTE PROPOSITION
"""


def test_a_heading_in_capitals_spread_over_short_lines_is_read_whole() -> None:
    acts = analyse([PageText(7, _AVRANCHES_SPREAD_HEADINGS)], "CM 26 01 2015 - Procès-verbal.pdf.txt").acts
    assert [a.objet for a in acts] == [
        "COMMUNAUTÉ DE COMMUNES AVRANCHES-MONT SAINT MICHEL : RECOMPOSITION DU CONSEIL COMMUNAUTAIRE",
        "RESTAURATION DES COLLECTIONS EGYPTIENNES : DEMANDE DE SUBVENTION",
        "PERSONNEL : CONVENTION AVEC LE SDIS AU TITRE DE LA DISPONIBILITÉ DES SAPEURS-POMPIERS VOLONTAIRES EMPLOYÉS "
        "PAR LA VILLE",
        "RECONSTRUCTION DU STOCKAGE INDUSTRIEL DE PONT-GILBERT – PARTICIPATION DES ETABLISSEMENTS BLANCHET",
    ]


# Couthenans, compte rendu du 26 novembre 2021 (couthenans/CR_reunion_20211126.pdf), pages 1-2, and du 7 octobre 2022
# (couthenans/CR_conseil_municipal_07_10_2022.pdf), page 1, shortened: the tally alone on the item's last line, « N
# votes », is the votes cast, all for; a ballot line names its candidate first and stays no vote figure.
def test_a_tally_line_of_votes_is_the_votes_for() -> None:
    votes, adopted = read_votes("Sa compensation sera inscrite dans la partie recette n°7022\nRésultat du vote :\n"
                                "Pour la décision modificative : 13 votes\n")
    assert (votes.pour, votes.contre, votes.unanimite, adopted) == (13, None, False, True)
    votes, _ = read_votes("ASSPEC : 600€\nCoopérative scolaire : 600€\nCycloclub Couthenans : 230€\n13 votes\n")
    assert votes.pour == 13
    votes, _ = read_votes("Résultat du vote :\n- Anne-Marie : 11 votes, Elue\n- Agnès : 1 vote\n- Blanc : 1 vote\n")
    assert votes.pour is None


# Pierrefonds, compte rendu du 30 juin 2020 (pierrefonds/conseil-municipal/compte-rendu-30-06-2020.pdf), pages 1-7,
# shortened: the agenda lists four sub-points under « 1. Budget - Commune », the body prints each again as a sub-heading
# behind the Symbol font's dash, each voted. Names of private persons replaced.
_PIERREFONDS_SUB_POINTS = """Ordre du jour
1. Budget - Commune
- Affectation des résultats 2019
- Vote des subventions aux associations
- Vote du taux des taxes communales
- Budget primitif 2020
2. Travaux de réhabilitation de l’église de Pierrefonds
- Sollicitation de subvention auprès de la Région Hauts de France
3. Création d’un emploi d’attaché territorial à temps complet
_________
1. Budget - Commune
\uf02d Affectation des résultats 2019
Mme le maire passe la parole à M. DURAND qui fait au préalable une présentation générale des principes
budgétaires. Il présente aux membres du conseil municipal les résultats de clôture de l’exercice 2019.
Vote : Pour à l’unanimité
\uf02d Vote des subventions aux associations
Mme le maire passe la parole à Mme MARTIN qui rappelle que les présidents d’association ne prennent pas
part au vote des subventions qui les concernent, et présente les demandes de subventions 2020.
Vote : Pour à l’unanimité
\uf02d Vote du taux des taxes communales
Mme le maire donne la parole à M. DURAND. Il rappelle que la commune perçoit 3 taxes qui sont la Taxe d’Habitation,
la Taxe Foncière Bâti et la Taxe Foncière Non Bâti.
Vote : Pour à l’unanimité
\uf02d Budget primitif 2020
Mme le maire passe la parole à Monsieur DURAND, adjoint aux finances. Il commente la proposition budgétaire
par chapitre et par section (fonctionnement et investissement), en dépenses et recettes.
Vote : Pour à l’unanimité
2. Travaux de réhabilitation de l’église de Pierrefonds
- Sollicitation de subvention auprès de la Région Hauts de France
Mme le maire rappelle aux membres du conseil que la DRAC a attribué une subvention pour la première tranche des
travaux de réhabilitation de l’église.
Vote : Pour à l’unanimité
3. Création d’un emploi d’attaché territorial à temps complet
Mme le maire propose aux membres du conseil de créer un emploi d’attaché territorial à temps complet à compter
du 1er septembre 2020 pour assurer les fonctions de secrétaire de mairie.
Vote : Pour à l’unanimité
"""


def test_sub_points_the_agenda_announces_and_the_body_votes_one_by_one_are_acts() -> None:
    acts = analyse([PageText(1, _PIERREFONDS_SUB_POINTS)], "compte-rendu-30-06-2020.pdf").acts
    assert [a.objet for a in acts] == [
        "Budget - Commune - Affectation des résultats 2019",
        "Vote des subventions aux associations",
        "Vote du taux des taxes communales",
        "Budget primitif 2020",
        "Travaux de réhabilitation de l’église de Pierrefonds - Sollicitation de subvention auprès de la Région Hauts "
        "de France",
        "Création d’un emploi d’attaché territorial à temps complet",
    ]
