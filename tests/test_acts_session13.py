"""Session 13 of issue 11: rules read on the tuning parts (A dev, B-H, J, K). Each on a short excerpt of a real corpus
file (private persons anonymised); each fails without its rule. Whole-corpus effect:
bench/devset/acts_after_session13.txt."""

from __future__ import annotations

from indexer.metadata import find_objet
from indexer.models import PageText
from indexer.segment import analyse


def _acts(text: str, filename: str, ocr: bool = False) -> list:
    return analyse([PageText(1, text, ocr, False)], filename).acts


# Avranches, séance du 18 décembre 2017 (benjaminpochat-demos/txt/avranches/Procès verbal du conseil municipal du
# 18 décembre 2017.pdf.txt, OCR of the scan), items 15 to 19 shortened to their heading, a line and their decision.
# The OCR read item 17's number « 2017.12.18-"17 » and item 18's « 20l7.l2.l8'l8 »: both acts were lost in 16 and 19.
_AVRANCHES_2017 = """2017.12.18-15 AVENANT AU LOT No1 - SQUARE THOMAS BECKET

Il est proposé au conseil municipal d'approuver l'avenant au lot no1 du marché de travaux.

LE CONSEIL MUNICIPAL, A L'UNANIMITE, ACCEPTE CETTE PROPOSITION

2017.12.18-16 REAMENAGEMENT DU BOULEVARD PASTEUR: DELEGATION DE MAITRISE
D'OUVRAGE PAR LA COMMUNE DU VAL SAINT PERE A LA VILLE D'AVRANCHES

La loi MOP et l'ordonnance 2004-566 du 17 juin 2004 prévoient que « lorsque la réalisation, la
réutilisation ou la réhabilitation d'un ouvrage relèvent simultanément de plusieurs maîtres d'ouvrage.»

LE CONSEIL MUNICIPAL, A L'UNANIMITE, ACCEPTE CES PROPOSITIONS

2017.12.18-"17 REVISION DE LA POLITIQUE TARIFA?RE DES MUSEES

La politique tarifaire du service des musées et du patrimoine a très peu évolué depuis 2006, année
de l'ouverture du Scriptorial.

LE CONSEIL MUNICIPAL, A L'UNANIMIÏE, ACCEPTE CETTE PROPOSIÏION

20l7.l2.l8'l8 ADHESION SDEAU50 - CERISY-LA-SALLE

Monsieur le président du SDeau50 nous a informé que le conseil municipal de la commune de
Cerisy la Salle avait délibéré le 11 septembre 2017 pour adhérer au SDeau50.

LE CONSEIL MUNICIPAL, A L'UNANIMIÏE, ACCEPÏE CETÏE PROPOSITION

2017.12.18-19 MODIFICATION DES STATUTS DU SMPGA

Par courrier en date du 30 novembre 2017, Monsieur le Président du SMPGA sollicite les
collectivités membres du SMPGA sur deux nouvelles modifications de statuts.

LE CONSEIL MUNICIPAL, A L'UNANIMITE, ACCEPTE CETTE PROPOSITION
"""


def test_a_register_number_whose_dash_and_figures_the_ocr_misread_still_opens_its_act() -> None:
    acts = _acts(_AVRANCHES_2017, "Procès verbal du conseil municipal du 18 décembre 2017.pdf.txt", ocr=True)
    numbers = [(act.act_number or "").replace(" ", "") for act in acts]
    assert numbers[-4:] == ["2017.12.18-16", "2017.12.18-17", "2017.12.18-18", "2017.12.18-19"]
    assert (acts[-3].objet or "").startswith("REVISION DE LA POLITIQUE")
    assert (acts[-2].objet or "").startswith("ADHESION SDEAU50")


# Pierrefonds, séance du 28 novembre 2016 (pierrefonds/conseil-municipal/compte-rendu-28-11-2016.pdf, p1-p9): the
# agenda's first lines, then items 1 to 6 shortened. Item 4's title joins two matters; the body prints each under a
# sub-heading that repeats the item's opening words (« Noël 2016 - »), each closed by its own vote: two acts, the
# first named by its own sub-heading.
_PIERREFONDS_2016 = """ORDRE DU JOUR
1. Plan Local d’Urbanisme (P.L.U) - Bilan de la concertation et arrêt du projet
2. Budget de la commune
− Décision modificative n°1
3. Tarifications
4. Noël 2016 - Prime aux agents municipaux et attribution de cartes cadeaux
5. Contribution au SIVOC
6. Réalisation des écritures relatives à la cession des parcelles ZB 27 et ZB 31 à GECIMED
1. Plan Local d’Urbanisme (P.L.U) - Bilan de la concertation et arrêt du projet
Madame le maire rappelle que le conseil municipal a prescrit la révision du plan d’occupation des sols.
Vote : Pour à l’unanimité
2. Budget de la commune
Madame le maire présente la décision modificative n° 2 du budget de la commune.
Vote : Pour à l’unanimité
3. Tarifications
Madame le maire propose de fixer comme suit les tarifs communaux à compter du 1er janvier 2017.
Pénalité de retard (par document et par semaine) 1 €
Vote : Pour à l’unanimité
4. Noël 2016 - Prime aux agents municipaux et attribution de cartes cadeaux
Noël 2016 - Prime aux agents municipaux
Madame X rappelle que depuis la délibération du 28 mars 1997, et en vertu de l’article 111
de la loi 84-53 du 26 janvier 1984, la commune supplée au C.O.S et attribue la prime de fin d’année aux
membres du personnel communal titulaires, non-titulaires et stagiaires de la Fonction Publique Territoriale.
Vote : Pour à l’unanimité
Noël 2016 - Attribution de cartes cadeaux
Madame le maire rappelle aux membres du conseil municipal que chaque année la commune offre un
cadeau aux enfants des agents municipaux à l’occasion de la fête de Noël.
Le montant total des cartes cadeaux offertes aux enfants représente un montant de 490 €.
Vote : Pour à l’unanimité
5. Contribution au SIVOC
La commune de Pierrefonds adhère au SIVOC, Syndicat Intercommunal à Vocation Culturelle.
La contribution totale de la commune de Pierrefonds pour 2017 s’élève à 30 186 € (29 530 € en 2016).
Vote : Pour à l’unanimité
6. Réalisation des écritures relatives à la cession des parcelles ZB 27 et ZB 31 à GECIMED
Il convient de réaliser les écritures relatives à la cession des parcelles.
Vote : Pour à l’unanimité
"""


def test_sub_headings_repeating_their_items_opening_words_each_voted_are_acts() -> None:
    objets = [act.objet for act in _acts(_PIERREFONDS_2016, "compte-rendu-28-11-2016.pdf")]
    assert objets[1:5] == ["Tarifications", "Noël 2016 - Prime aux agents municipaux",
                           "Noël 2016 - Attribution de cartes cadeaux", "Contribution au SIVOC"]


# Putanges-le-Lac, séance du 6 octobre 2017 (putanges-le-lac/2017/compte-rendu-registre-6-10-2017.pdf), items
# shortened to their heading, a line and their decision, with the closing list « DELIBERATIONS » (p5). Item 4
# votes nothing of its own: its points « 4-1 » and « 4-2 » are voted (the list writes them « 4.1 », « 4.2 »);
# item 5 « QUESTIONS DIVERSES » holds « 5.a) » and « 5.b) », each voted. Seven acts; 4 and 5 are rubrics.
_PUTANGES_2017 = """Aucune observation n’ayant été soulevée, le compte rendu est adopté à l’unanimité.
1. INSTALLATION D’UN CONSEILLER MUNICIPAL DE LA COMMUNE HISTORIQUE DE RABODANGES.
Monsieur le Maire propose au conseil municipal de procéder à l’installation d’un nouveau conseiller municipal
issu du conseil de la
commune historique de RABODANGES, suite au départ de Madame X, élue démissionnaire de cette commune.
 Le conseil municipal, à l’unanimité, entérine la proposition d’installation de Monsieur Y comme
conseiller municipal de PUTANGES-LE-LAC.
2. CONVENTION D’OCCUPATION DE LA SALLE JEAN FERON PAR LE COLLEGE, LA COMMUNAUTE DE COMMUNES DU
VAL D’ORNE ET LA COMMUNE NOUVELLE DE PUTANGES-LE-LAC (COMMUNE HISTORIQUE DE PUTANGES PONT
ECREPIN.
Madame Z informe l’Assemblée que comme l’an passé le collège sollicite l’utilisation de la salle Jean Féron
située Rue du Docteur
Prodhomme commune historique de Putanges-Pont-Ecrepin pour des cours d’EPS au cours de l’année scolaire 2017/2018.
Après en avoir délibéré,à l’unanimité les Membres du Conseil Municipal :
 Acceptent les termes de ladite convention entre la CDC, le Collège G. Lefavrais et la commune
3. AMENAGEMENT DES RIVES DU LAC DE RABODANGES - PROPOSITION D’ACHAT DE TERRAIN POUR AGRANDIR LA
STATION D’EPURATION.
Dans le cadre du projet d’Aménagement du lac de RABODANGES, Madame W soumet à l’Assemblée qu’il pourrait être
utile que
la commune envisage dès à présent une réserve foncière autour de la station d’épuration des Safrières en vue
de son agrandissement.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité ;
4. ELECTION DU 1ER ADJOINT.
Monsieur le Maire rappelle que lors de l’installation du conseil municipal du 5 janvier 2016, il n’a pas été
élu de 1er adjoint au Maire de
la commune nouvelle, chacun des Maires délégués étant adjoint de droit.
Il est proposé aujourd’hui, par ce rapport, de procéder à l’élection d’un 1er adjoint qui pourra au besoin
suppléer sur tout sujet une
indisponibilité du Maire.
4-1 DETERMINATION DU NOMBRE DE POSTE D’ADJOINT.
Vu le code général des collectivités territoriales, notamment son article L 2122-2 ;
Considérant qu’il y a lieu d’élire un premier adjoint pour remplacer le maire en cas d’absence;
Après avoir entendu l’exposé de Monsieur le Maire, le conseil municipal décide, après en avoir délibéré, à
l’unanimité des
membres présents :
 De fixer le nombre d’adjoint élu à UN.
4-2 ELECTION D’UN PREMIER ADJOINT.
Le conseil municipal ayant fixé à UN le nombre d’adjoint au maire de la commune de PUTANGES-LE-LAC, il est
proposé au Conseil
de procéder à l’élection du premier adjoint.
Il est alors procédé à l’élection.
En conséquence, Monsieur V a été élu et immédiatement installé 1er adjoint de la commune de PUTANGES-LELAC.
5. QUESTIONS DIVERSES.
5.a) TRAVAUX COMPLEMENTAIRES INTERIEURS EGLISE ST PIERRE DE LA COMMUNE HISTORIQUE DE PUTANGES PONT
ECREPIN
Monsieur U rappelle à l’Assemblée, que par délibération en date du 10 avril 2017, un programme de travaux de
restauration
de l’Eglise Saint PIERRE de PUTANGES PONT ECREPIN a été engagé.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité ;
 Approuve la proposition de travaux complémentaires,
5.b) REFECTION TOITURE DU PRESBYTERE DE LA COMMUNE HISTORIQUE DE PUTANGES PONT ECREPIN
Monsieur T signale à l’Assemblée que par délibération du 28 février 2017, le Conseil avait retenu l’Entreprise S, pour
effectuer la réfection de la toiture du presbytère de PUTANGES PONT ECREPIN.
Le Conseil Municipal, ainsi informé, à l’unanimité :
 Retient le devis corrigé de l’Entreprise S, toujours moins disant, pour un montant de 15 895,35 € HT
DELIBERATIONS
1. INSTALLATION D’UN CONSEILLER MUNICIPAL DE LA COMMUNE HISTORIQUE DE RABODANGES
2. CONVENTION D’OCCUPATION DE LA SALLE JEAN FERON PAR LE COLLEGE, LA COMMUNAUTE DE COMMUNES
DU VAL D’ORNE ET LA COMMUNE NOUVELLE DE PUTANGES-LE-LAC (COMMUNE HISTORIQUE DE PUTANGES
PONT ECREPIN)
3. AMENAGEMENT DES RIVES DU LAC DE RABODANGES – PROPOSITION D’ACHAT DE TERRAIN POUR AGRANDIR
LA STATION D’EPURATION
4. ELECTION DU 1ER ADJOINT
4.1 DETERMINATION DU NOMBRE DE POSTE D’ADJOINT
4.2 ELECTION D’UN PREMIER ADJOINT
5. QUESTIONS DIVERSES
5a) TRAVAUX COMPLEMENTAIRES INTERIEURS EGLISE ST PIERRE DE LA COMMUNE HISTORIQUE DE PUTANGES
PONT ECREPIN
5b) REFECTION TOITURE DU PRESBYTERE DE LA COMMUNE HISTORIQUE DE PUTANGES PONT ECREPIN
"""


def test_points_numbered_under_their_items_number_are_acts_and_their_item_a_rubric() -> None:
    objets = [act.objet or "" for act in _acts(_PUTANGES_2017, "compte-rendu-registre-6-10-2017.pdf")]
    assert len(objets) == 7
    assert [objet[:20] for objet in objets[3:]] == ["DETERMINATION DU NOM", "ELECTION D’UN PREMIE",
                                                     "TRAVAUX COMPLEMENTAI", "REFECTION TOITURE DU"]


# CC des Lisières de l'Oise, conseil du 10 avril 2025 (pierrefonds/conseil-communautaire-CCLO/Compte-rendu-approuve-du-
# CC-du-10-avril-2025.pdf, p21-p25 and p40), shortened. DEL2025-29 quotes article L 101-2 of the Code de l'urbanisme,
# whose numbered lines « 1. » to « 8. » counted up to the section « 9. ADMINISTRATION GENERALE »: its « 8. La promotion
# du principe de conception universelle … » was an act.
_CCLO_2025 = """3. URBANISME / ENVIRONNEMENT
DEL2025-29 : Prescription de l'élaboration du Plan Local d'Urbanisme intercommunal valant Programme Local de
l'Habitat (PLUi-H)
Rapporteur : Monsieur X
Rapport
L’élaboration du PLUi-H constitue un enjeu majeur, dans la mesure où ce document permettra de poursuivre la
construction d'un projet de territoire à l’échelle des communes membres. Il devra bien entendu s'inscrire dans les
objectifs par la loi, qui sont notamment rappelés dans les articles L 101-2 du Code de l'Urbanisme :
« Dans le respect des objectifs du développement durable, l'action des collectivités publiques en
matière d'urbanisme vise à atteindre les objectifs suivants :
1. L'équilibre entre :
a. Les populations résidant dans les zones urbaines et rurales ;
b. Le renouvellement urbain, le développement urbain et rural maîtrisé, la
restructuration des espaces urbanisés, la revitalisation des centres urbains et ruraux ;
2. La qualité urbaine, architecturale et paysagère, notamment des entrées de ville ;
3. La diversité des fonctions urbaines et rurales et la mixité sociale dans l'habitat, en prévoyant
des capacités de construction et de réhabilitation suffisantes pour la satisfaction, sans
discrimination, des besoins présents et futurs de l'ensemble des modes d'habitat ;
4. La sécurité et la salubrité publiques ;
5. La prévention des risques naturels prévisibles, des risques miniers, des risques
technologiques, des pollutions et des nuisances de toute nature ;
6. La protection des milieux naturels et des paysages, la préservation de la qualité de l'air, de
l'eau, du sol et du sous-sol, des ressources naturelles, de la biodiversité, des écosystèmes ;
7. La lutte contre le changement climatique et l'adaptation à ce changement, la réduction des
émissions de gaz à effet de serre, l'économie des ressources fossiles, la maîtrise de l'énergie ;
8. La promotion du principe de conception universelle pour une société inclusive vis-à-vis des
personnes en situation de handicap ou en perte d'autonomie dans les zones urbaines et
rurales. »
Les objectifs poursuivis par la prescription de l’élaboration du PLUi-H des Lisières de l’Oise sont donc
de répondre aux enjeux du territoire et de traduire le projet de territoire de la communauté de communes.
Après avoir délibéré, les Membres du Conseil Communautaire ont, adopté à l’unanimité :
- De prescrire l’élaboration du Plan Local d’Urbanisme intercommunal valant Programme Local de l’Habitat.
4. DEVELOPPEMENT ECONOMIQUE
DEL2025-30 : Approbation de la convention de partenariat Initiative Oise Est et attribution
d’une subvention
Rapporteur : Monsieur Y
Rapport
Initiative France est le 1er réseau associatif de financement et d’accompagnement des
créateurs, repreneurs et développeurs d’entreprise.
Après avoir délibéré, les Membres du Conseil Communautaire ont, adopté à l’unanimité :
- D’approuver la convention de partenariat avec Initiative Oise Est.
9. ADMINISTRATION GENERALE
DEL2025-40 : Avenant au Contrat de Relance et de Transition Ecologique
Rapporteur : Monsieur Z
Rapport
Le Contrat de Relance et de Transition Ecologique a été signé par la communauté de communes et l'Etat.
Après avoir délibéré, les Membres du Conseil Communautaire ont, adopté à l’unanimité :
- D’approuver l’avenant au Contrat de Relance et de Transition Ecologique.
"""


def test_numbered_lines_of_a_quoted_article_are_no_items() -> None:
    acts = _acts(_CCLO_2025, "Compte-rendu-approuve-du-CC-du-10-avril-2025.pdf")
    assert [act.act_number for act in acts] == ["DEL2025-29", "DEL2025-30", "DEL2025-40"]



# Avranches, séance du 30 mai 2016 (benjaminpochat-demos/txt/avranches/CM 16.05.30 - Procès-verbal.pdf.txt, OCR), item 9
# « MOUVEMENTS AU SEIN DU PERSONNEL », its lettered parts A) to E) each voted (one vote, one act), shortened but E).
# C)'s vote reads « A L'UNAN?MITE »; E)'s vote stands after its tables of posts, 3700 characters below E), before
# « QUESTION No 10 ». Either missed lost the four parts B) to E).
_AVRANCHES_2016_POSTS = "|".join([
    'concours|Chaque année, la collectivité établit un tableau sur lequel sont inscrits les agents qui '
    "remplissent|Ies conditions pour bénéficier d'un d'avancement de grade et/ou d'une promotion interne, dont "
    "les|qualités professionnelles sont reconnues et dont les missions sont susceptibles d'évoluer. Ce|tableau est "
    "soumis à l'avis de la commission administrative paritaire placée auprès du centre de|gestion et qui a compétence"
    ' sur les questions relatives à la situation professionnelle des|fonctionnaires territoriaux.|Ce travail est '
    'effectué en collaboration entre les chefs de service, la direction des ressources|humaines, le directeur général'
    " des services, le maire et l'adjointe en charge du personnel.|15|CM - 30.05.2016|"
    "\x0cCette année, voici les postes "
    "qui nécessitent d'être transformés au titre de la|d'avancement et de promotion interne :|campagne|AVANCEMENTS DE"
    ' GRADE :|Service|Services|techniques|Secrétariat|général|Jeunesse et|cohésion|social|Services|techniques '
    '-|espaces verts|Services|techniques -|VOirie|Services|techniques -|bâtiments|Jeunesse '
    'et|cohésion|social|Poste|occupé|Secrétaire -|services|techniques|Agent|polyvalent '
    "-|secrétariat|général|Agent|d'accueil|référent|Adjoint au|chef "
    'de|service|Agent|référent|propreté|urbaine|Agent|polyvalent|Responsabl|e du pôle|enfance|PROMOTION INTERNE '
    ":|Catégorie|Grade actuel|d'avanceme|Grade|Adjoint|administratif|principal de|2ème "
    'classe|Adjoint|administratif|de 1ère classe|Adjoint|administratif|de 1ère classe|Agent de|maitrise|Agent '
    'de|maitrise|Adjoint|technique 1ère|classe|Animateur|nt|Adjoint|administratif|principal de|1 ère '
    'classe|Adjoint|administratif|principal de|2ème classe|Adjoint|administratif|principal de|2ème classe|Agent '
    'de|maitrise|principal|Agent de|maitrise|principal|Adjoint|technique|principal 2ème|classe|Animateur|principal '
    '2ème|classe|c|c|c|c|c|c|B|Nombre de|postes|concernes|1|2|1|1|1|1|1|Service|Poste|occupé|Catégorie|actuelle|Grade'
    " actuel|Catégorie|Grade|Nombre de|postes|d'avancement|d'avancement|concernes|Jeunesse et|Agent|cohésion|référent"
    ' des|social|écoles|Jeunesse et|cohésion|social|Directeur|c|B|Adjoint|technique|principal '
    '2ème|classe|Animateur|principal 2ème|classe|c|A|Agent de|maitrise|Attaché|territorial|1|1|REUSSITE AU CONCOURS '
    ':|Il convient également de transformer un poste au sein du service jeunesse et cohésion sociale|suite à la '
    "réussite au concours d'un agent, et ce de la manière suivante :|16|CM - 30.05.2016|\x0cService|Poste "
    "occupé|Catégorie|actuelle|Grade|actuel|Catégorie|Grade|d'avancement|d'avancement|Nombre "
    "de|postes|concernés|Jeunesse|et cohésion|social|Directeur|d'accueil de|Ioisir -|animateur|périscolaire,|CLAS "
    "et|référent projet|radio|c|Adjoint|d'animation|1ère classe|B|Animateur|1|Ce changement de grade doit "
    "s'accompagner d'un changement de mission. Cet agent sera|désormais, en plus de ses missions de directeur de "
    "centre de loisirs et d'animateur périscolaire,|chef de projet sur les projets qui intéressent le service, à "
    "commencer par le projet radio.|A ce titre, il devra conseiller les élus, leur rendre compte de l'avancée des "
    "projets et sera|l'interlocuteur unique des services, des partenaires et des prestataires intervenant sur ces "
    "projets.|11 aura pour mission d'assurer une synergie entre ces différents intervenants.|Après avis favorable de "
    'la commission des finances, il est proposé au conseil municipal :'
]).replace("|", "\n")
_AVRANCHES_2016 = """QUESTION No 8

MUSEE D'ART ET D'HISTOIRE : PROLONGATION DE LA GRATUITE DES ENTREES

Il est proposé au conseil municipal de décider la prolongation de la gratuité des entrées pour la période du 1er juin
au 30 septembre 2016.

APRES DEBAT, LE CONSEIL MUNICIPAL, A L'UNANIM?TE,

ACCEPTE CETTE PROPOSITION

QUESTION No 9

MOUVEMENTS AU SEIN DU PERSONNEL : RENOUVELLEMENTS, CREATIONS ET

TRANSFORMATIONS DE POSTES

Rapporteur .' Madame X

A) Renouvellement d'un poste en emploi d'avenir - service ieunesse - projet radio :

La ville d'Avranches a décidé de s'engager pour l'insertion des jeunes sur le marché du travail, et
notamment des jeunes éloignés de l'emploi.

LE CONSEIL MUNICIPAL, A L'UNANIMIÏE, ACCEPÏE CEÏÏE PROPOSIÏION

B) Emplois saisonniers 2016 :

Comme chaque année, la ville d'Avranches recrute des saisonniers pour renforcer ses services pendant la période
estivale.

LE CONSEIL MUN?CIPAL, A L'UNANIMIÏE, ACCEPÏE CETTE PROPOSITION

C) Création d'un poste permanent - police municipale :

Les agents de la police municipale sont de plus en plus sollicités et les demandes de la part des
administrés sont nombreuses.

LE CONSEIL MUNICIPAL, A L'UNAN?MITE, ACCEPTE CES PROPOSITIONS

D) Remplacement d'un poste permanent - responsable du service accueil/état-

civil/élections

Suite au départ d'un agent, il convient de remplacer le poste de responsable du service accueil.

LE CONSEIL MUNICIPAL, A L'UNANIMITE, ACCEPÏE CES PROPOSITIONS

E) Transformations de postes - avancement de grade, promotion interne et réussite au

concours

""" + _AVRANCHES_2016_POSTS + """

APRES DEBAT, LE CONSEIL MUNICIPAL, A L'UNANIMITE, ACCEPTE CES

PROPoSlTIONS

QUESTION No 10

DEMANDE DE FINANCEMENT FONDS FEADER (LEADER/MESURE 7.6.4)/CONTRAT

D'ACTION TERRITORIALE AVRANCHES 'CITE MEDIEVALE NATURE"

Il est proposé au conseil municipal de solliciter une subvention au titre du programme LEADER.

LE CONSEIL MUNICIPAL, A L'UNANIMITE, ACCEPTE CETTE PROPOSITION
"""


def test_lettered_parts_voted_one_by_one_are_acts_the_last_voted_below_its_long_table() -> None:
    objets = [act.objet or "" for act in _acts(_AVRANCHES_2016, "CM 16.05.30 - Procès-verbal.pdf.txt", ocr=True)]
    assert [objet[:20] for objet in objets] == ["MUSEE D'ART ET D'HIS", "Renouvellement d'un ", "Emplois saisonniers ",
                                                 "Création d'un poste ", "Remplacement d'un po", "Transformations de p",
                                                 "DEMANDE DE FINANCEME"]


# Putanges-le-Lac, séance du 28 septembre 2020 (putanges-le-lac/2020/registre-deliberations-corrige.pdf), pages 5, 7,
# 12-16 and 22 shortened. 2020-09-04's heading stood at the bottom of p13, under an annexed map the OCR read nothing
# of; the closing list names it, its exposé and decision fill p14, after 2020-09-03's decision and its annexes.
_PUTANGES_2020_PAGES = [
    """Putanges-le-Lac, séance du 28 septembre 2020
2020-09-02 AMENAGEMENT DES RIVES DU LAC DE RABODANGES - ACQUISITION DE 7 PARCELLES EDF
Monsieur le Maire rappelle le projet d’aménagement des rives du lac et la proposition d’EDF de céder sept parcelles.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité des Membres présents ;
➢Accepte l’acquisition des 7 parcelles.""",
    """Putanges-le-Lac, séance du 28 septembre 2020
2020-09-03 ASSAINISSEMENT- ENQUETE PUBLIQUE - APPROBATION DU ZONAGE SUITE A LA REMISE DE L’AVIS
DU COMMISSAIRE ENQUETEUR
Monsieur X rappelle que par délibération en date du 17 décembre 2019, il a été prescrit l’élaboration d’un projet
de révision du zonage d’assainissement.
Après avoir en avoir délibéré, le Conseil municipal décide :
- d’approuver la révision du zonage d'assainissement tel qu'annexé à la présente délibération,
- d’annexer les plans à la présente délibération.""",
    """Putanges-le-Lac, séance du 28 septembre 2020

IANC] Zone en assainissement non collectif

Annexe 5 : Révision zonage assainissement La Forêt-Auvray

12""",
    "",
    """Putanges-le-Lac, séance du 28 septembre 2020
14
Monsieur le Maire donne la parole à Monsieur Y, Président de la commission des finances et Maire délégué
de Chenedouit.
Monsieur Y informe le conseil municipal que le Presbytère de Chenedouit et les parcelles citées ci-dessous
sont aujourd’hui vacants et pourraient être mis en vente.
Au vu de la qualité de ce bien, il est proposé une mise en vente au prix de 190.000 € net vendeur.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité des Membres présents ;
➢Accepte de vendre le presbytère de Chenedouit au prix de 190 000 € net vendeur.
Annexe 6 : Extrait du plan cadastral des parcelles du Presbytère de Chênedouit""",
    """Putanges-le-Lac, séance du 28 septembre 2020
2020-09-05 LOCATION - CONVENTION POUR LA LOCATION DE LA SALLE DE MENIL-JEAN
Monsieur le Maire propose de conclure une convention pour la location de la salle de Ménil-Jean.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité des Membres présents ;
➢Approuve la convention.
2020-09-06 COVID-19 – REMISE DE LOYERS POUR LE BÂTIMENT D’ACCUEIL DU VAL D’ORNE
Monsieur le Maire propose une remise de loyers au locataire du bâtiment d’accueil du Val d’Orne.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité des Membres présents ;
➢Accepte la remise de loyers.""",
    """Putanges-le-Lac, séance du 28 septembre 2020
DELIBERATIONS
2020-09-02 AMENAGEMENT DES RIVES DU LAC DE RABODANGES - ACQUISITION DE 7 PARCELLES EDF
2020-09-03 ASSAINISSEMENT- ENQUETE PUBLIQUE - APPROBATION DU ZONAGE SUITE A LA REMISE DE L’AVIS
DU COMMISSAIRE ENQUETEUR
2020-09-04 PRESBYTERE DE CHENEDOUIT – MISE EN VENTE
2020-09-05 LOCATION – CONVENTION POUR LA LOCATION DE LA SALLE DE MENIL-JEAN
2020-09-06 COVID-19 – REMISE DE LOYERS POUR LE BÂTIMENT D’ACCUEIL DU VAL D’ORNE""",
]


def test_a_number_only_the_closing_list_prints_opens_the_page_its_heading_was_lost_with() -> None:
    pages = [PageText(n, text, n in (12, 13, 14), False)
             for n, text in zip([5, 7, 12, 13, 14, 15, 22], _PUTANGES_2020_PAGES, strict=True)]
    acts = analyse(pages, "registre-deliberations-corrige.pdf").acts
    assert [act.act_number for act in acts] == ["2020-09-02", "2020-09-03", "2020-09-04", "2020-09-05", "2020-09-06"]
    assert (acts[2].page_start, acts[2].objet) == (13, "PRESBYTERE DE CHENEDOUIT – MISE EN VENTE")


# Pierrefonds, séance du 28 novembre 2016 (pierrefonds/conseil-municipal/compte-rendu-28-11-2016.pdf, p12): item 12's
# title wraps over two lines, then its one sub-point, itself wrapped after « et le ». The sub-point is part of the objet
# (as below a one-line title: « 6. Réalisation des écritures … ⏎ − Valorisation des parcelles en sortie d’inventaire »).
_PIERREFONDS_2016_ITEM_12 = """12. Gestion du domaine public communal pour l’implantation des abris-voyageurs
départementaux
− Conclusion d’une convention de délégation de compétence entre la commune et le
département
Le département de l'Oise a conclu en 2008 un marché de location, d'installation et
d'entretien-maintenance de mobilier urbain en vue de mettre à disposition des communes
qui le souhaitaient des abris-voyageurs sur le réseau départemental de transport.
Vote : Pour à l’unanimité
"""


def test_the_one_sub_point_below_a_wrapped_title_is_part_of_the_objet() -> None:
    assert find_objet(_PIERREFONDS_2016_ITEM_12) == (
        "Gestion du domaine public communal pour l’implantation des abris-voyageurs départementaux - Conclusion d’une "
        "convention de délégation de compétence entre la commune et le département")
