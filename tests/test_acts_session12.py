"""Session 12 of issue 11: rules read on the tuning parts (A dev, B-H, J). Each on a short excerpt of a real corpus
file (private persons anonymised); each fails without its rule. Whole-corpus effect:
bench/devset/acts_after_session12.txt."""

from __future__ import annotations

from indexer.metadata import find_objet
from indexer.models import DocType, PageText
from indexer.non_acts import non_act_reason
from indexer.recap import closing_list
from indexer.segment import _ranks_in_gaps, analyse
from indexer.votes import read_votes

# Putanges-le-Lac, séance du 20 septembre 2016 (putanges-le-lac/2016/compte-rendu-seance-du-20-09-2016.pdf), each item
# shortened to its heading, a line of its exposé and its decision, with the closing list « DELIBERATIONS » (p7).
# Rank 6's title « VENTE D’HERBE 2016 » holds two words and a year, too few letters for a heading: the run 1. … 5., 7.
# skipped it and the sale was read into 5. The list marks 8. and 11 b) « SANS DELIBERATION ».
_PUTANGES_2016 = """Commune de PUTANGES LE LAC
Séance du 20 septembre 2016
Aucune observation n’ayant été soulevée, le compte rendu est adopté à l’unanimité.
1. HOMOGENEISATION DES ABATTEMENTS APPLIQUES POUR LE CALCUL DE LA TAXE D’HABITATION
Monsieur le Maire donne la parole à Madame X, Présidente de la commission finances.
Celle-ci expose aux Membres du Conseil Municipal la nécessité de procéder à une homogénéisation des abattements
Après en avoir délibéré, le Conseil municipal, à l’unanimité,
2. INTEGRATION FISCALE PROGRESSIVE DES TAUX D’IMPOSITION APPLIQUES SUR LE TERRITOIRE DE
LA COMMUNE NOUVELLE
La parole est donnée à Madame X.
Après en avoir délibéré, le Conseil municipal,
 Décide d’appliquer une intégration progressive du taux de la taxe d’habitation (TH), de la taxe foncière sur les
3. DEGREVEMENT DE LA TFNB – SUR LES PARCELLES EXPLOITEES PAR LES JEUNES AGRICULTEURS
Monsieur le Maire donne la parole à Madame X.
Après en avoir délibéré, le conseil municipal :
 Décide d’étendre à l’ensemble du territoire de la commune nouvelle, le dégrèvement de 50% sur 5 ans appliqué
4. EXONERATION EN FAVEUR DES ENTREPRISES NOUVELLES POUR LES ETABLISSEMENTS CREES OU
REPRIS – CFE/CVAE
Monsieur le Maire donne la parole à Madame X.
Après en avoir délibéré, le conseil municipal :
 Décide d’étendre à l’ensemble du territoire de la commune nouvelle les dégrévements, de 100% sur une période
5. TAXE D’AMENAGEMENT
Monsieur le Maire donne la parole à Madame X.
Après en avoir délibéré, le Conseil municipal,
Décide d’appliquer une uniformisation des taux, soit 1% sur l’ensemble du territoire de la commune nouvelle.
6. VENTE D’HERBE 2016
Monsieur le Maire donne la parole à Monsieur Y pour la commune historique de CHENEDOUIT
Monsieur Y expose à l’Assemblée que la commune historique avait l’habitude de vendre l’herbe des parcelles
Après en avoir délibéré, le Conseil municipal :
 Décide de reconduire la vente d’herbe à l’EARL Z pour un prix global de 76,00 € payable en une seule
7. RAPPORT ANNUEL SUR LE PRIX ET LA QUALITE DU SERVICE PUBLIC DE L’ASSAINISSEMENT
COLLECTIF- EXERCICE 2015
Monsieur le Maire donne la parole à Monsieur W, Membre de la commission Assainissement.
Après en avoir délibéré, le Conseil Municipal ;
 ADOPTE le rapport sur le prix et la qualité du service public d’assainissement collectif.
8. RENOUVELLEMENT DU PRET CONTRACTE A LA CAISSE D’EPARGNE LE 14-01-2010 PAR LA COMMUNE
HISTORIQUE DE PUTANGES PONT ECREPIN.
Monsieur le Maire informe l’Assemblée que nous sommes à l’issue de la première tranche de 5 ans
la possiblité pour la collectivité d’exercer un choix entre deux options proposées par l’établissement bancaire.
Après avoir entendu cet exposé, le Conseil municipal, prend acte de la négociation entreprise
et du choix pris par Monsieur le Maire.
9. CONVENTION D’UTILISATION DE LA SALLE JEAN FERON PAR LE COLLEGE G. LEFAVRAIS, LA
COMMUNAUTE DE COMMUNES DU VAL D’ORNE ET LA COMMUNE NOUVELLE DE PUTANGES LE LAC
Après en avoir délibéré, les Membres du Conseil Municipal :
 Acceptent les termes de ladite convention entre la CDC, le Collège G. Lefavrais et la commune
10. RAPPORT D’ACTIVITES DU Se61 DE L’ANNEE 2015
Monsieur le Maire présente aux membres du Conseil Municipal le rapport d’activités du Se61 de l’année 2015
Après en avoir délibéré, les membres du conseil municipal, à l’unanimité :
 Approuvent le rapport d’activités 2015.
11. QUESTIONS DIVERSES
a) Rénovation Eglise de MEGUILLAUME – commune historique de CHENEDOUIT
Monsieur le Maire donne la parole à Monsieur Y, Maire délégué de la Commune historique de CHENEDOUIT.
Après en avoir délibéré, le Conseil Muncipal ;
 Entérine les décisions prises par la commune historique de CHENEDOUIT
b) Degrèvement association Z – commune historique de PUTANGES PONT ECREPIN
Madame X informe le conseil municipal du courrier émanant de la Direction Générale des Finances
Publique de l’Orne concernant l’émission prochaine d’un titre de perception d’un montant de 17.247,00 €.
Madame X précise qu’il fera procéder au règlement de cet indu dès réception du titre de la DGFIP.
DELIBERATIONS
1. HOMOGENEISATION DES ABATTEMENTS APPLIQUES POUR LE CALCUL DE LA TAXE D’HABITATION
2. INTEGRATION FISCALE PROGRESSIVE DES TAUX D’IMPOSITION APPLIQUES SUR LE TERRITOIRE DE
LA COMMUNE NOUVELLE
3. DEGREVEMENT DE LA TFNB – SUR LES PARCELLES EXPLOITEES PAR LES JEUNES AGRICULTEURS
4. EXONERATION EN FAVEUR DES ENTREPRISES NOUVELLES POUR LES ETABLISSEMENTS CREES OU
REPRIS – CFE/CVAE
5. TAXE D’AMENAGEMENT
6. VENTE D’HERBE
7. RAPPORT ANNUEL SUR LE PRIX ET LA QUALITE DU SERVICE PUBLIC DE L’ASSAINISSEMENT
COLLECTIF – EXERCICE 2015
8. RENOUVELLEMENT DU PRET CONTRACTE A LA CAISSE D’EPARGNE LE 14-01-2010 PAR LA COMMUNE
HISTORIQUE DE PUTANGES PONT ECREPIN : SANS DELIBERATION
9. CONVENTION D’UTILISATION DE LA SALLE JEAN FERON PAR LE COLLEGE G. LEFAVRAIS, LA
COMMUNAUTE DE COMMUNES DU VAL D’ORNE ET LA COMMUNE NOUVELLE DE PUTANGES LE LAC
10. RAPPORT D’ACTIVITES DU SE61 DE L’ANNEE 2015
11. QUESTIONS DIVERSES
a) RENOVATION EGLISE DE MEGUILLAUME – COMMUNE HISTORIQUE DE CHENEDOUIT
b) DEGREVEMENT ASSOCIATION Z – COMMUNE HISTORIQUE DE PUTANGES PONT
ECREPIN : SANS DELIBERATION
"""


def _objets(text: str, filename: str) -> list[str]:
    return [act.objet or "" for act in analyse([PageText(1, text, False, False)], filename).acts]


def test_a_rank_skipped_by_its_run_is_found_between_its_neighbours() -> None:
    objets = _objets(_PUTANGES_2016, "compte-rendu-seance-du-20-09-2016.pdf")
    assert objets[4:6] == ["TAXE D’AMENAGEMENT", "VENTE D’HERBE 2016"]
    assert objets[6].startswith("RAPPORT ANNUEL SUR LE PRIX")


def test_an_item_the_closing_list_marks_sans_deliberation_is_no_act() -> None:
    objets = _objets(_PUTANGES_2016, "compte-rendu-seance-du-20-09-2016.pdf")
    assert not any(objet.startswith(("RENOUVELLEMENT DU PRET", "Degrèvement")) for objet in objets)
    assert objets[-1] == "Rénovation Eglise de MEGUILLAUME – commune historique de CHENEDOUIT"


# Pierrefonds, conseil municipal du 12 avril 2022 (pierrefonds/conseil-municipal/CM-12-avril-2022.pdf), pages 1-6
# shortened: the agenda lists the sub-points of « 1. Budget – Commune », each voted in the body under its dash; the body
# words one of them otherwise (« Constitution d’une provision semi-budgétaire » for the agenda's « … pour risques et
# charges »), which no sub-point rule took, and the provision was read into the tax rates.
_PIERREFONDS_2022 = """Commune de Pierrefonds
Conseil Municipal du 12 avril 2022
Secrétaire : Monsieur X
Ordre du jour
1. Budget – Commune :
- Approbation du compte de gestion 2021
- Approbation du compte administratif 2021
- Affectation des résultats 2021
- Vote du taux des taxes communales
- Constitution d’une provision pour risques et charges
- Budget primitif 2022
2. Petit train touristique : proposition d’une convention temporaire avec tarification pour son
stationnement sur le domaine communal en dehors des heures d’utilisation
Madame le Maire informe les membres du conseil municipal qu’il est proposé une présentation des orientations
budgétaires de la commune avant le vote des délibérations à l’ordre du jour.
_______
1. Budget – Commune
- Approbation du compte de gestion 2021
Mme le maire présente aux membres du conseil municipal le compte administratif 2021 qui récapitule
l’ensemble des opérations effectuées en 2021.
Le compte de gestion du Service de gestion comptable de Compiègne est conforme à notre compte administratif.
Vote :
- Pour : 15
- Abstentions : 3 (Mme X, M. Y, M. Z)
- Approbation du compte administratif 2021
Madame le maire quitte la séance.
Monsieur W, premier adjoint, propose aux membres du conseil municipal d’approuver le compte
administratif 2021 de la commune.
Vote :
- Pour : 14
- Contre : 3 (Mme X, M. Y, M. Z)
- Affectation des résultats 2021
Madame le maire propose de reporter le reliquat de l’excédent de fonctionnement soit 120 655.71 € (recettes de
fonctionnement, chapitre 002) et de reporter l’excédent d’investissement de 158 214.66 €.
Vote : pour à l’unanimité.
− Vote du taux des taxes communales
Mme le maire donne la parole à M. V.
Pour la Taxe Foncière Bâti et la Taxe Foncière Non Bâti, compte tenu des bases d’impositions prévisionnelles pour
2022, il est proposé de maintenir les mêmes taux.
Vote : pour à l’unanimité
− Constitution d’une provision semi-budgétaire
Considérant que la commune peut décider de constituer une provision dès l’apparition d’un risque avéré.
Considérant qu’une expertise est en cours concernant des dommages de deux propriétés de la commune, il est
proposé aux membres du conseil municipal d’approuver la constitution d’une provision pour risques et charges
financières à hauteur de 10.000€. Les crédits correspondants figurent au chapitre 68 du projet de budget primitif.
Vote : pour à l’unanimité
− Budget primitif 2022
Mme le maire passe la parole à M. V, conseiller municipal délégué aux finances. Il commente la
proposition budgétaire par chapitre et par section (fonctionnement et investissement), en dépenses et recettes.
Vote :
- Pour : 15
- Contre : 3 (Mme X, M. Y, M. Z)
2. Petit train touristique : proposition d’une convention temporaire avec tarification pour son
stationnement sur le domaine communal en dehors des heures d’utilisation
Madame le maire expose la demande du propriétaire du petit train touristique de stationner son véhicule sur le
domaine communal en dehors des heures d’utilisation, moyennant une redevance.
Vote : pour à l’unanimité
"""


def test_a_sub_point_the_body_words_past_the_agendas_opening_words_is_an_act() -> None:
    objets = _objets(_PIERREFONDS_2022, "CM-12-avril-2022.pdf")
    assert len(objets) == 7
    assert objets[4].startswith("Constitution d’une provision")
    assert objets[5] == "Budget primitif 2022"


def test_an_objet_whose_last_word_is_not_the_agenda_items_is_not_completed_from_it() -> None:
    objets = _objets(_PIERREFONDS_2022, "CM-12-avril-2022.pdf")
    assert objets[4] == "Constitution d’une provision semi-budgétaire"


# Flaux, compte rendu du 31 mars 2021 (flaux/pdf-scannes/COMPTE RENDU DU 31 MARS 2021.pdf), a scan read by OCR, pages
# 1-3 shortened (persons anonymised): the page frame prints « Objet : Compte rendu conseil municipal du … », which the
# OCR read « Compte readu » and took for an act's objet (page 2's frame, its lines mixed with the budget's table, one
# more); the agenda's items come again as headings, two under a budget code the OCR misread (« Mt », « MH » for
# « M14 »): the four acts were read as two.
_FLAUX_2021 = """REPUBLIQUE FRANCAISE
DEPARTEMENT du GARD

Nombre de membres
en exercice :

Date de la convocation :

26 mars 2021

Objet :

Compte readu
conseil municipal du
31 mars 2021

1/3

COMPTE RENDU
du CONSEIL MUNICIPAL de la COMMUNE de FLAUX

Séance du 31 mars 2021

Présents : A - B - C - D - E - F - G - H - I - J
Absent: K

Nomination du secrétaire
Monsieur le Maire propose la candidature de J, en
qualité de secrétaire pour la présente séance

Vote : à l'unanimité

Ordre du jour

Approbation du compte rendu du conseil du 11 mars 2021

M4 - Taux d'imposition des taxes locales - 2021

M14 - Budget Primitif 2021

M49 - Budget Primitif 2021

Convention pour la capture des chats en vue de leur stérilisation
Questions diverses

Approbation du compte rendu du Conseil Municipal du 11 mars 2021
Monsieur le Maire demande s’il ya des observations.

Personne ne prenant la parole, il est passé au vote

Vote : à l'unanimité

Mt - Taux d'imposition des taxes locales - 2021

Monsieur le Maire explique aux membres du Conseil municipal les nouvelles
modalités de vote des taux à compter de 2021 à savoir avec la disparition de la THRP
le nouveau taux pivot devient le taux foncier bâti.

Taxe foncière bâti 39.11 %

Taxe foncière non-bâti 68.16 %

délibération : 10 | Vore : à l'unanimité

MH - Budget Primitif 2021

Monsieur le Maire laisse la parole à la secrétaire de Mairie qui expose
aux membres du conseil municipal les diverses ventilations au budget M14 au
préalablement validées par la commission des finances

Date de la convocation :
Recettes 301 394.00 €
|
Objet :
Recettes 164 818.00 €
Section
d'investissement |
Dépenses 164 818.00 €
Compte rendu |
conseil municipal du
31 mars 2021 Vote : à l'unanimité

M49 - Budget Primitif 2021

Monsieur le Maire laisse la parole à la secrétaire de Mairie qui expose
aux membres du conseil municipal les diverses ventilations au budget M49 au
préalablement validées par la commission des finances

Vore ; à l'unanimité

Convention pour là capture des chats en vue de leur stérilisation

Monsieur le Maire laisse la parole à Madame C conseillère
municipale, elle expose aux membres du conseil municipal qu’il est préconisé depuis
de nombreuses années la stérilisation de la population féline libre.

Vote : à l'unanimité

Questions diverses

Monsieur le Maire informe les membres du Conseil municipal d’une
hausse de 1 % du taux de la TOM

Séance levée à 20h20
"""


def test_a_scans_frame_objet_and_a_misread_budget_code_do_not_hide_the_agendas_items() -> None:
    objets = _objets(_FLAUX_2021, "COMPTE RENDU DU 31 MARS 2021.pdf")
    assert objets == ["M4 - Taux d'imposition des taxes locales - 2021", "M14 - Budget Primitif 2021",
                      "M49 - Budget Primitif 2021", "Convention pour la capture des chats en vue de leur stérilisation"]


# Corte, procès-verbal du 1er juillet 2025, its OCR text (corte/texte-ocr-projet-pertitellu/
# mairie-corte_proces-verbal_2025-07-01_downloads-1911.txt), shortened: the OCR read 058's « 2 » as a « d »
# (« d5-07/058 »), which no number rule takes; 058 was read into 057 and lost.
_CORTE_MISREAD_FIGURE = """25-07/057 — Autorisation à donner au Maire de signer le Marché de « Débroussaillage » -

4 lots (CAO du 03 juin 2025)

> Le Conseil, à l’Unanimité des membres présents et représentés, Adopte la proposition du Maire,
> Autorise son Maire a signer le marché de services, après avis conforme de la Commission d’Appels
> d’Offres du 03 juin 2025 pour un montant HT maximum de 440 000 € HT pour quatre années.

Point n° 4: GESTION DES RESSOURCES HUMAINES

d5-07/058 — Création de poste de catégorie « B » - Auxiliaire de puéricultrice de classe supérieure
(avancement

N k t

de grade)

> Le Conseil, à l’Unanimité des membres présents et représentés, Approuve la proposition de son
> Maire ; Décide

de créer à compter du 01” juillet 2025 un poste d’Auxiliaire de Puéricultrice de classe supérieure,
catégorie « B »,

25-07/059 — Modification de la délibération n° 2010-88 du 22 décembre 2010, créant un poste
d’Ingénieur

Territorial

> Le Conseil, VU le Code Général des Collectivités Territoriales ; Apres en avoir délibéré,
> A l’unanimité des membres présents et représentés, Approuve la proposition de son Maire; Décide :
> De créer vn emploi permanent d’Ingénieur Territorial, conduite de projets.
"""


def test_a_register_number_with_one_figure_misread_is_found_between_its_neighbours() -> None:
    acts = analyse([PageText(1, _CORTE_MISREAD_FIGURE, True, False)], "mairie-corte_proces-verbal_2025-07-01.txt").acts
    assert [act.act_number for act in acts] == ["25-07/057", "25-07/058", "25-07/059"]
    assert (acts[1].objet or "").startswith("Création de poste de catégorie « B »")


# Corte, recueil des délibérations du 1er juillet 2025, its OCR text (corte/texte-ocr-projet-pertitellu/
# mairie-corte_deliberations_2025-07-01_downloads-1919.txt), five extracts shortened (roll calls cut, persons
# anonymised, their length kept): the deliberation of 22 December 2010 that 25-07/059 amends is printed with it, its
# own extract opening and all, and was read as one more act of the séance, numbered from its @ctes stamp.
_CORTE_RECUEIL_ANNEX = """25-07/057
COMMUNE DE CORTE
DELIBERATION DU CONSEIL MUNICIPAL
SEANCE DU 01° JUILLET 2025
DATE DE CONVOCATION : 23 Juin 2025
PRESENTS : 19
PROCURATIONS : 05
ABSENTS : 05
L’An Deux-Mil-Vingt-Cinq, le Premier du mois de Juillet à 16 heures, le Conseil, légalement convoqué
par son Maire, s’est réuni dans la salle de la Maison du Temps Libre, sous la présidence du Docteur
XXXXXX XXXX, Maire.
PRESENTS: MM. XXXX X, XXXXXXXXX X, XXXXXXXX X, XXXXXXX X, XXXXXXX X, XXXXXXXX X, XXXXXXXXXXXX X,
XXXXXXX X, XXXXXXXXXXXXXXXXX X, XXXXXXXXX XX, XXXXXXXXX X, XXXXXXXX XX, XXXXXXXXX X, XXXXXX X,
XXXXXXXX X, XXXXXXX XX, XXXXXXX X, XXXXXXX X, XXXXXXX XX
PROCURATIONS : Madame XXXXXX XXXXXXXX à Monsieur XXXXXXX XXXXXXX
Monsieur XXXXXX XXXXXXX à Monsieur XXXXXXXXXX XXXXXXXXX Monsieur XXXXXXXXXXXXX XXXXXXXXX au Dr.
XXXXXX XXXX, Maire Madame XXXXX XXXXXXX à Monsieur XXXXXXXX XXXXXXXX Madame XXXXXXXXXXXX XXXX 4
Madame XXXXXXXX XXXXXXX
ABSENTS : MM. XXXXXXXXXXXXXX XXXXXXXXX, XXXXXX XXXXXXXX, XXXXXXXXXX XXXXXXXX,
XXXXXXXX XXXXXXX et XXXXXXXXXXX XXXXXXXXXX
SECRETAIRE DE SEANCE: Monsieur X
Accusé de réception - Ministère de l'Intérieur
[028-212000962-20250701-DEL-25-07-057-DE|
Accusé certifié exécutoire
[Réception par le préfet : 03/07/2025 Publication : 04/07/2025
Pour l'autorité compétente par délégation
OBJET : Marchés Publics :
> Autorisation à donner au Maire de signer le Marché de « Débroussaillage » -
4 lots (CAO du 03 juin 2025)
25-07/057
LE MAIRE,
Il est nécessaire de formaliser cet appel d’offres ouvert, couvrant les besoins de la commune dans
ce domaine
pour quatre ans (années 2025,2026,2027 et 2028), sous la forme d’un accord-cadre à bons de commande
sans
minimum mais avec un maximum, alloti en quatre lots: lot n°1 : Espaces Verts — Lot n°2: Cimetière —
Lot n°3 : Sentiers et Lot n°4 : Elagage.
Les besoins sont estimés, au maximum, et annuellement, à 40 000 € HT pour le lot 1, 20 000 € HT pour
le lot 2,
15 000 € HT pour le lot 3, et 35 000 € HT pour le lot 4.
Sur la période couverte de quatre années, le montant HT total du besoin pour les quatre lots est
estimé au
maximum a 440 000 € soit 110 000€ HT par an au maximum.
Le Maire invite le Conseil à l’autoriser à signer le marché de services conformément à l’avis
conforme de la
Commission d’Appels d’Offres du 03 juin 2025 avec les entreprises ou groupement suivants :
v Pour le lot 1 : débroussaillage, fauchage et nettoyage des zones de la commune :
SASA Smaghjera : maximum 40 000 € HT par an soit 160 000 € HT pour48 mois.
v Pour le lot 2 : débroussaillage, fauchage, élagage et nettoyage du pare de l’hôtel de ville et du
cimetière :
v EURL Y : maximum 20 000 € par an soit 80 000 € HT pour 48 mois.
/ Pour le lot3: : taille, élagage et abattage des arbres :
EIRL Z : maximum 15 000 € HT par an soit 60 000 € HT pour 48 mois.
Y Pour le lot 4 : entretien du sentier communal « U Chjassu di u Fiume » :
SARL COSTA SERENA MULTI SERVICES : maximum 35 000 € HT par an soit 140 000 € HT pour
48 mois.
LE CONSEIL,
Oui l’exposé de son Maire,
Après en avoir délibéré,
A l’unanimité des membres présents et représentés,
> ADOPTE |a proposition de son Maire,
> AUTORISE son Maire à signer le marché de services, après avis conforme de la Commission d’Appels
d’Offres du 03 juin 2025 pour un montant HT maximum de 440 000 € HT pour quatre années (soit 110 000
€
HT par an) avec les entreprises et les groupements en charge des travaux de débroussaillage,
d’entretien et
d’élagage retenus par la Commission d’Appels d’Offres :
Ÿ Pour le lot 1 : débroussaillage, fauchage et nettoyage des zones de la commune :
SASA Smaghjera : maximum 40 000 € HT par an soit 160 000 € HT pour48 mois.
Y Pour le lot 2 : débroussaillage, fauchage, élagage et nettoyage du pare de l’hôtel de ville et du
cimetière :
EURL Y : maximum 20 000 € par an soit 80 000 € HT pour 48 mois.
/ Pour le lot3 : : taille, élagage et abattage des arbres :
EIRL Z : maximum 15 000 € HT par an soit 60 000 € HT pour 48 mois.
/ Pour le lot 4 : entretien du sentier communal « U Chjassu di u Fiume » :
SARL COSTA SERENA MULTI SERVICES: maximum 35 000 € HT par an soit 140 000 € HT pour
48 mois. Accusé de réception - Ministère de l'Intérieur
Fait et délibéré le jour, mois et an que dessus.
‘025—21 }2000962-20250701-DEL-25-07-057-DE|
Accusé certifié exécutoire
IRéception par le préfet : 03/07/2025}
Publication : 04/07/2025
Pour lautorité compétente par délégation
Pour extrait conforme
LE MAIRE
Docteur X
v
25-07/058
COMMUNE DE CORTE
DELIBERATION DU CONSEIL MUNICIPAL
SEANCE DU 01° JUILLET 2025
DATE DE CONVOCATION : 23 Juin 2025
PRESENTS : 19
PROCURATIONS : 05
ABSENTS : 05
L’An Deux-Mil-Vingt-Cinq, le Premier du mois de Juillet à 16 heures, le Conseil, légalement convoqué
par son Maire, s’est réuni dans la salle de la Maison du Temps Libre, sous la présidence du Docteur
XXXXXX XXXX, Maire.
PRESENTS: MM. XXXX X, XXXXXXXXX X, XXXXXXXX X, XXXXXXX X, XXXXXXX X, XXXXXXXX X, XXXXXXXXXXXX X,
XXXXXXX X, XXXXXXXXXXXXXXXXX X, XXXXXXXXX XX, XXXXXXXXX X, XXXXXXXX XX, XXXXXXXXX X, XXXXXX X,
XXXXXXXX X, XXXXXXX XX, XXXXXXX X, XXXXXXX X, XXXXXXX XX
PROCURATIONS : Madame XXXXXX XXXXXXXX à Monsieur XXXXXXX XXXXXXX
Monsieur XXXXXX XXXXXXX à Monsieur XXXXXXXXXX XXXXXXXXX Monsieur XXXXXXXXXXXXX XXXXXXXXX au Dr.
XXXXXX XXXX, Maire Madame XXXXX XXXXXXX à Monsieur XXXXXXXX XXXXXXXX Madame XXXXXXXXXXXX XXXX 4
Madame XXXXXXXX XXXXXXX
ABSENTS : MM. XXXXXXXXXXXXXX XXXXXXXXX, XXXXXX XXXXXXXX, XXXXXXXXXX XXXXXXXX,
XXXXXXXX XXXXXXX et XXXXXXXXXXX XXXXXXXXXX
SECRETAIRE DE SEANCE: Monsieur X
OBJET : Gestion des Ressources Humaines : @
> Création de poste de catégorie «B» - Auxiliaire de puéricultrice de classe supérieure
(avancement de grade)
25-07/058
LE MAIRE,
Informe le Conseil que pour permettre aux personnels figurant au tableau d’avancement d’être promus
dans le grade supérieur, il convient de créer à compter du 01° juillet 2025 un poste d’Auxiliaire de
Puéricultrice de classe supérieure, de catégorie « B » .
LE CONSEIL,
Après en avoir délibéré,
A l’unanimité des membres présents et représentés,
> APPROUVE la proposition de son Maire,
Fait et délibéré le jour, mois et an que dessus.
COMMUNE DE CORTE
DELIBERATION DU CONSEIL MUNICIPAL
SEANCE DU 22 décembre 2010
DATE DE CONVOCATION: 13 décembre 2010
PRESENTS : 22
ABSENTS : 04
PROCURATIONS : 03
SECRETAIRE DE SEANCE : Monsieur Y
OBJET : Modification du tableau des emplois : création d’un poste d’ingénieur territorial
Accusé de réception - Ministère de l'Intérieur [02B-212000962-20250701-DEL-25-07-059-DE
LE MAIRE,
Expose au Conseil que dans le cadre de la modification du tableau des emplois il s’agit de pourvoir
à partir du OI\\* mars 2011, par voie de détachement de la fonction publique d’état ou de la fonction
publique territoriale :
> 1 poste d’ingénieur territorial.
LE CONSEIL,
Aprés en avoir délibéré,
A l’unanimité des membres présents ou représentés,
> Adopte la proposition telle qu’énoncée.
25-07/059
COMMUNE DE CORTE
DELIBERATION DU CONSEIL MUNICIPAL
SEANCE DU 01” JUILLET 2025
DATE DE CONVOCATION : 23 Juin 2025
PRESENTS : 19
SECRETAIRE DE SEANCE: Monsieur X
OBJET : Gestion des Ressources Humaines :
> Modification de la délibération n° 2010-88 du 22 décembre 2010, créant un poste d’Ingénieur Territorial
25-07/059
LE MAIRE,
Expose au Conseil qu’il convient de modifier la délibération n° 2010-88 du 22 décembre 2010.
LE CONSEIL,
Après en avoir délibéré,
A l’unanimité des membres présents ou représentés,
> APPROUVE la proposition de son Maire,
25-07/060
COMMUNE DE CORTE
DELIBERATION DU CONSEIL MUNICIPAL
SEANCE DU 01” JUILLET 2025
DATE DE CONVOCATION : 23 Juin 2025
PRESENTS : 19
SECRETAIRE DE SEANCE: Monsieur X
OBJET : Gestion des Ressources Humaines :
> Adoption du plan de formation des agents publics de la ville de Corte pour la période 2025-2027
25-07/060
LE MAIRE,
Expose au Conseil qu’un plan de formation des agents publics de la Ville de Corte a été adopté dans
sa
séance du 11 avril 2022 par délibération n° 22-04/054 et qu’il convient à ce jour de le modifier.
LE CONSEIL,
Après en avoir délibéré,
A l’unanimité des membres présents ou représentés,
> APPROUVE le nouveau Plan de Formation Pluriannuel tel qu’annexé à la présente.
"""


def test_an_earlier_years_deliberation_printed_in_a_recueil_is_no_act_of_the_seance() -> None:
    acts = analyse([PageText(1, _CORTE_RECUEIL_ANNEX, True, False)],
                   "mairie-corte_deliberations_2025-07-01_downloads-1919.txt").acts
    assert [act.act_number for act in acts] == ["25-07/057", "25-07/058", "25-07/059", "25-07/060"]


# Avranches, procès-verbal du 26 septembre 2016 (benjaminpochat-demos/txt/avranches/
# CM 26 09 2016 - Procès-verbal.pdf.txt), items 2-4 shortened (persons anonymised): the register numbers each act
# (« 2016.09.26 - 3 »), its sub-points A. to D. are voted one by one under it (one number, one act: the convention of
# parts H-J); each was read as an act, and the number's title as its first sub-point's.
_AVRANCHES_LETTERED_PARTS = """2016.09.26 - 2 COMMUNICATION DU RAPPORT D’OBSERVATIONS DEFINITIVES DE LA
CHAMBRE REGIONALE DES COMPTES (PERIODE 2010/2015)
Conformément à la réglementation, le rapport d’observations définitives relatif à la gestion de la ville
d’Avranches, pour les exercices 2010 et suivants, doit être communiqué au conseil municipal.
APRES DEBAT, LE CONSEIL MUNICIPAL, A L’UNANIMITE, PREND ACTE DE CETTE COMMUNICATION
2016.09.26 - 3 EXAMEN DES DEMANDES DE SUBVENTIONS
A. SUBVENTION DE FONCTIONNEMENT A L’ASSOCIATION RESONANCES
Par délibération n° 1 du 30 mai 2016, l’association Résonances a bénéficié d’une subvention de 500 €
(crédits inscrits au compte 6574, sous-fonction budgétaire 0420 Jumelage).
En accord avec la commission des finances, il est proposé au conseil municipal d'attribuer, à
l’association Résonances, une subvention de fonctionnement complémentaire de 160 €.
LE CONSEIL MUNICIPAL, A L’UNANIMITE, ACCEPTE CETTE PROPOSITION
B. SUBVENTION DE FONCTIONNEMENT AU PATRONAGE LAÏQUE D’AVRANCHES
Par délibération n° 1 du 30 mai 2016, l’association Patronage Laïque d’Avranches a bénéficié d’une
subvention de 12 000 € (crédits inscrits au compte 6574, sous-fonction budgétaire 400 Sport).
Pour financer les frais de déplacement liés aux bons résultats sportifs des équipes seniors aux
compétitions régionales et nationales, ce club sportif sollicite une subvention complémentaire de 4 000 €.
M. X et Mme Y ne participent pas aux votes
LE CONSEIL MUNICIPAL, A L’UNANIMITE, ACCEPTE CETTE PROPOSITION
C. SUBVENTION A L’ASSOCIATION KERMESSE D’AUTOMNE
Chaque année, la paroisse organisait une kermesse. Cette année, l’association « Kermesse d’automne »,
de création récente, prend en charge cette manifestation prévue à la Salle Victor HUGO.
En accord avec la commission des finances, il est proposé au conseil municipal d'attribuer une
subvention de fonctionnement de 450 € à l’association Kermesse d’automne.
LE CONSEIL MUNICIPAL, A L’UNANIMITE, ACCEPTE CETTE PROPOSITION
D. SUBVENTION A L’ASSOCIATION VELO CLUB AVRANCHINAIS
Le Vélo club Avranchinais sollicite une subvention complémentaire de 2 000 €.
En accord avec la commission des finances, il est proposé au conseil municipal d'attribuer au Vélo
club Avranchinais une subvention de fonctionnement complémentaire de 2 000 €.
LE CONSEIL MUNICIPAL, A L’UNANIMITE, ACCEPTE CETTE PROPOSITION
2016.09.26 - 4 POLITIQUE DE LA VILLE
DEMANDE DE SUBVENTION : "LES COURTS DU TEMPS"
Le projet "Les Courts du Temps" est un stage d'initiation de 5 jours de réalisation de courts-métrages avec
smartphones à destination prioritaire des jeunes du quartier de la Turfaudière.
LE CONSEIL MUNICIPAL, A L’UNANIMITE, ACCEPTE CETTE PROPOSITION
"""


def test_lettered_parts_between_two_register_numbers_are_one_act() -> None:
    acts = analyse([PageText(1, _AVRANCHES_LETTERED_PARTS, False, False)], "CM 26 09 2016 - Procès-verbal.pdf.txt").acts
    assert [act.act_number for act in acts] == ["2016.09.26 - 2", "2016.09.26 - 3", "2016.09.26 - 4"]
    assert acts[1].objet == "EXAMEN DES DEMANDES DE SUBVENTIONS"


# Clairoix, compte rendu du 24 mars 2006 (benjaminpochat-demos/txt/divers/clairoix_CM_2006-03-24.txt), two items
# shortened (persons anonymised): the heading « SUPERETTE – CONTROLE TECHNIQUE ET COORDINATION S.P.S. : » cut the item
# (the rapporteur reads the report on the next line), but no objet rule took its words: the act had no objet.
_CLAIROIX_REPORT_HEADING = """MUR DEVANT LA MAIRIE :
Monsieur X donne lecture du rapport suivant :
Le mur situé devant la mairie menace de s’effondrer. Nous vous proposons de consulter des entreprises
et de retenir l’entreprise la mieux disante après étude des devis par la commission de travaux.
Adopté à l’unanimité par le Conseil Municipal,
SUPERETTE – CONTROLE TECHNIQUE ET COORDINATION S.P.S. :
Monsieur Y donne lecture du rapport suivant :
Le dossier de permis de construire de la supérette est en cours d’instruction et l’appel d’offres sera lancé dès le mois
d’avril. Il est indispensable de procéder au choix des entreprises de contrôle technique et de coordination S.P.S.
car de nombreuses sociétés interviendront en même temps.
Adopté à l’unanimité par le Conseil Municipal,
"""


def test_the_heading_above_the_rapporteurs_line_is_the_objet() -> None:
    objets = _objets(_CLAIROIX_REPORT_HEADING, "clairoix_CM_2006-03-24.txt")
    assert objets[-1] == "SUPERETTE – CONTROLE TECHNIQUE ET COORDINATION S.P.S."


# Châtillon-sur-Seine, compte rendu du 4 avril 2018 (benjaminpochat-demos/txt/divers/
# chatillon-sur-seine_CR_CM_2018-04-04.txt), shortened: item 34 prints its rank right against its number
# (« 34 –N° 2018-055 »), so the run 33, 35 did not find it; it is an information the register numbers (« DONT ACTE »),
# an act by the convention of parts H-J; and a table of item 27 (« Dates de ⏎ délibérations » as a column header, then
# dates) was read as the closing list of deliberations, so that every unvoted item after it was dropped.
_CHATILLON_ITEMS = """\
33 – N° 2018-054 - Signature d’une convention avec VEOLIA pour l’entretien de la source des Goulottes
La source des Goulottes est une résurgence qui prend sa source dans les bois de Nod sur Seine et qui
coule gravitairement sur un parcours de 11 kms jusqu’au réservoir du bas service dit de la Grosne.
34 –N° 2018-055 - Information sur les marchés
Monsieur le Maire informe le conseil municipal des marchés conclus en 2017, dont le montant est
supérieur à 20 0000 € HT, au nom et pour le compte de la commune de Châtillon-sur-Seine :
C- MARCHES DE SERVICES
Tranche de 20 000 € HT à 89 999 € HT
 Installation d’une unité mobile de traitement d’eau à la source des Goulottes
Attribué à : VEOLIA Eau - 21400 – signé le 05/10/2017
Montant HT : 38 083,00 € HT.
DONT ACTE.
35 – N° 2018-056 - Construction d’une médiathèque – Signature du contrat de maîtrise d’œuvre
Vu le Code Général des Collectivités Territoriales,
"""
_CHATILLON_TABLE = """ANNEXE N° 1
TABLEAU RECAPITULATIF DES OPERATIONS IMMOBILIERES DECIDEES
ET REALISEES EN 2017
OPERATIONS ACTES REGULARISES en €
NOMBRE MONTANT EN € Dates de
délibérations
Dates de signature des actes
ACQUISITIONS 1 10 000 € + 2100 € de
frais d'acquisition
16.05.2017 04.12.2017 (Sa Bourgogne
Fonderie)
CESSIONS 3 623 000 € TTC
16.05.2017
23.02.2017
23.02.2017
05.07.2017 (à SCI du Conroy)
"""


def test_a_rank_against_its_title_is_found_in_its_runs_gap() -> None:
    text = _CHATILLON_ITEMS
    run = [text.index("33 – N°"), text.index("35 – N°")]
    assert _ranks_in_gaps(text, run) == [run[0], text.index("34 –N°"), run[1]]


def test_an_information_the_register_numbers_is_an_act() -> None:
    own = _CHATILLON_ITEMS[_CHATILLON_ITEMS.index("34 –N°") : _CHATILLON_ITEMS.index("35 – N°")]
    assert non_act_reason("Information sur les marchés", own, True) is None
    assert non_act_reason("Information sur les marchés", own, False) is not None  # unnumbered: still told only


def test_a_tables_dates_under_a_deliberations_column_header_are_no_closing_list() -> None:
    assert closing_list("x" * len(_CHATILLON_TABLE) + "\n" + _CHATILLON_TABLE) == []


# L'Arbresle, compte rendu du 9 juillet 2013 (benjaminpochat-demos/pdf/larbresle_compte-rendu_CM_2013-07-09.pdf),
# pages 2-3 shortened (persons anonymised): the maire's decision DL-055-07-13 is numbered like the séance's
# deliberations, under the heading « III. DECISIONS PRISES EN VERTU DES POUVOIRS DELEGUES », and was read as one
# of them.
_LARBRESLE_DELEGATION = """II. APPROBATION DU COMPTE RENDU DE LASEANCE DU CONSEIL
MUNICIPALDU 27 MAI 2013
Le compte rendu de la séance du 27 mai 2013 est approuvé à l’unanimité
III. DECISIONS PRISES EN VERTU DES POUVOIRS DELEGUES
DL-055-07-13 - Signature du marché: Etude communale de ruissellement / zonage
pluvial et propositions d'aménagement
M. X présente le dossier.
EXPOSE :
Signature du marché: Etude communale de ruissellement / zonage pluvial et
propositions d’aménagement, notifié le 13 mai 2013 à Sté IRH Ingénieur Conseil.
Montant HT de 13 460,00 €, soit 16 098,16 TTC
Page 3 sur 19
IV. PERSONNEL
DL-056-07-13 - Création de 5 postes d'adjoints Techniques Territoriaux 1ère Classe à
temps complet
M. X présente le dossier.
EXPOSE :
5 agents communaux actuellement titulaires du grade d’Adjoint Technique Territorial 2ème
classe ont été reçus à l’examen professionnel d’Adjoint Technique Territorial 1ère classe.
DECISION :
Après avoir entendu l’exposé qui précède et après délibération, les membres du conseil
municipal adoptent, à l’unanimité, la présente délibération.
"""


def test_a_numbered_item_under_the_heading_of_decisions_taken_under_delegation_is_a_decision() -> None:
    acts = analyse([PageText(1, _LARBRESLE_DELEGATION, False, False)], "larbresle_compte-rendu_CM_2013-07-09.pdf").acts
    assert [(act.act_number, act.kind) for act in acts] == [("DL-055-07-13", DocType.DECISION), ("DL-056-07-13", None)]


# Illats, compte rendu du 13 décembre 2018 (benjaminpochat-demos/txt/divers/illats_CR_CM_2018-12-13.txt), shortened
# (persons anonymised): minutes cut at their votes; the first piece, roll call and agenda up to « Le compte-rendu du
# Conseil Municipal du 14 novembre 2018 est approuvé à l'unanimité », was read as an act named « (SESSION ORDINAIRE) ».
_ILLATS_OPENING = """COMMUNE D’ILLATS
COMPTE-RENDU DU CONSEIL MUNICIPAL
DU 13 DECEMBRE 2018
L’an deux mille dix-huit, le treize décembre, le Conseil municipal de la commune, dûment
convoqué s’est réuni en session ordinaire, à la Mairie, sous la présidence de Monsieur
X, Maire.
Date de convocation du Conseil municipal : 6 décembre 2018
PRESENTS : MM et Mmes A, B, C, D, E, F, G, H, I, J, K, L, M, N
ABSENT : O
Secrétaire de séance : C

ORDRE DU JOUR :
(SESSION ORDINAIRE)
DÉLIBÉRATIONS
1)
2)
3)
Autorisation de signature d’un avenant sur le contrat enfance et jeunesse de la
Communauté de Communes Convergence Garonne
Vote de subvention pour le Collège Georges Brassens de Podensac et virement de crédits
correspondant – DM n°10
Inscription de crédits – Budget annexe « Donation Guix de Pinos » DM n°1
QUESTIONS DIVERSES

Le compte-rendu du Conseil Municipal du 14 novembre 2018 est approuvé à
l’unanimité.
DÉLIBÉRATIONS
1)Autorisation de signature de l’avenant de rattachement des actions du contrat enfance et
jeunesse de la Communauté de communes des Coteaux de Garonne sur le contrat enfance
et jeunesse de la communauté de communes de Podensac
VU la délibération 02/2016 du 03/02/2016 par laquelle le Conseil Municipal a
autorisé Monsieur le Maire à signer le Contrat Enfance et Jeunesse de la
Communauté de communes de Podensac pour la période 2015-2018 ;
AUTORISE Monsieur le Maire à notifier la présente délibération au Président de la
Communauté de communes Convergence Garonne ainsi qu’à la Caisse
d’Allocations Familiales de la Gironde et à la Mutualité Sociale Agricole de la
Gironde.
Délibération adoptée par 14 voix POUR
2) Vote subvention Collège Georges Brassens – Virement de crédits
correspondant DM N° 10
Monsieur le Maire rappelle au conseil municipal que la subvention attribuée
annuellement au Collège Georges Brassens de Podensac, par les communes
adhérentes du Syndicat du Collège, n’a pas été inscrite au budget 2018. Pour la
commune d’ILLATS, le montant de la subvention s’élève à 376.47 €.
Le Conseil Municipal, après en avoir délibéré,
ACCEPTE de verser au Collège Georges Brassens de Podensac une
subvention d’un montant de 376.47 €.
Délibération adoptée par 14 voix POUR
"""


def test_the_first_piece_cut_at_the_openings_vote_is_no_act() -> None:
    objets = _objets(_ILLATS_OPENING, "illats_CR_CM_2018-12-13.txt")
    assert len(objets) == 2 and "(SESSION ORDINAIRE)" not in objets


def test_the_count_of_a_unanimity_of_the_votants_is_the_pour() -> None:
    # Bourg-en-Bresse, délibération du 1er février 2016 (benjaminpochat-demos/pdf/
    # bourg-en-bresse_deliberation_2016-02-01_n2016.02.16_subvention-ECD.pdf), page 2
    votes, adopted = read_votes("A L'UNANIMITE des votants (31 voix), 8 abstentions (groupe d'union de la droite et du "
                                "centre et Mme X)\nAPPROUVE l’affectation d’une subvention à l’association")
    assert (votes.pour, votes.abstention, votes.unanimite, adopted) == (31, 8, True, True)


def test_a_wrapped_title_stops_where_compte_tenu_opens_the_body() -> None:
    # Pierrefonds, compte rendu du 10 décembre 2019 (pierrefonds/conseil-municipal/compte-rendu-10-12-2019.pdf), page 3
    heading = ("3. Organisation de la 4ème édition du festival pour enfants « Les Petites Bouilles » et sollicitation\n"
               "de subventions auprès du Conseil Départemental, du Conseil Régional et du LEADER\n"
               "Compte tenu du succès grandissant rencontré par les précédentes éditions du festival culturel jeune\n"
               "public « les petites bouilles », il est envisagé de reconduire cette manifestation en 2020.\n")
    assert find_objet(heading) == (
        "Organisation de la 4ème édition du festival pour enfants « Les Petites Bouilles » et sollicitation de "
        "subventions auprès du Conseil Départemental, du Conseil Régional et du LEADER")
