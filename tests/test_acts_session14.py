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


# Putanges-le-Lac, séance du 9 janvier 2018 (putanges-le-lac/2018/cpte-rendu-registre.pdf, OCR of the scan, p1-p5),
# shortened, names replaced. The first item lists the farmer's conditions 1. to 8.; the items of the séance, in
# capitals, go on with 2., 3. and 4. after them. Neither the file's name nor the opening says « compte rendu ».
_PUTANGES_2018 = """Commune de PUTANGES-LE-LAC
Séance du 9 janvier 2018

L'an deux mil dix huit, le neuf janvier, à vingt heures trente, les membres du Conseil Municipal de la
Commune de PUTANGES-LE-
LAC, convoqués le vingt deux décembre deux mil dix sept, se sont réunis dans la salle du rez-de-chaussée de
la Mairie, sous la
Présidence de Monsieur A.

Etaient présents : MM. PrénomA NOMA, PrénomB NOMB, PrénomC NOMC, PrénomD NOMD, PrénomE NOME, PrénomF NOMF,
PrénomG NOMG, PrénomH NOMH, PrénomI NOMI, PrénomJ NOMJ, PrénomK NOMK, PrénomL NOML, PrénomM NOMM, PrénomN NOMN,
PrénomO NOMO, PrénomP NOMP, PrénomQ NOMQ, PrénomR NOMR, PrénomS NOMS, PrénomT NOMT, PrénomU NOMU, PrénomV NOMV,
PrénomW NOMW, PrénomX NOMX, PrénomY NOMY, PrénomZ NOMZ, PrénomBA NOMBA, PrénomBB NOMBB, PrénomBC NOMBC,
PrénomBD NOMBD, PrénomBE NOMBE, PrénomBF NOMBF, PrénomBG NOMBG, PrénomBH NOMBH, PrénomBI NOMBI.

Personne ayant donné procuration : Mme AK à Mr B

Absents excusés : MM. AL, AM, AN, AO, AP, AQ.

Absents : MM. AR, AS, AT, AU, AV, AW, AX, AY, AZ.

Secrétaire : Mme O

Le Conseil Municipal, à l'unanimité, accepte d'inscrire à l'ordre du jour, le sujet suivant :

En question diverses

> Remplacement temporaire d'un Personnel Territorial
Il'est ensuite indiqué qu'était joint à la convocation, le compte rendu de la séance du 27 novembre 2017.
Aucune observation n'ayant été soulevée, le compte rendu est adopté à l'unanimité.

1. PROPOSITION D'ACHAT PARCELLE D81 LIEU-DIT CHAMP DU MARIAGE SUR LA COMMUNE DELEGUEE DE
PUTANGES PONT ECREPIN - MODIFICATIONS APPORTEES À LA DELIBERATION DU 27 NOVEMBRE 2017.

Monsieur le Maire indique que suite aux différents échanges, entre la SAFER, Monsieur BA exploitant, la commune
de PUTANGES-LE-LAC et l'avis de la commission d'urbanisme tenue le 4 décembre 2017, il y a lieu d'apporter
quelques modifications
quant aux conditions de libération de la parcelle cadastrée D 81 par l'exploitant.

1. Compte tenu du caractère précaire de la location (parcelles D 81 et D 215), de la perte de surface à terme, des
contraintes prévisibles liées aux travaux, la commune consente une gratuité de loyer.

En contrepartie de cette gratuité, il serait demandé à l'exploitant de prendre à sa charge :

2. La gestion du fonds agricole en bon père de famille (entretien des haies et terrains)

3. Les clôtures séparatives avec les parcelles cadastrées contiguës D 203 et AC 572, 573, 574, 576, 580, 589, 593.

Pour le reste, les conditions initiales restent inchangées :

4. De pouvoir disposer du surplus de terre végétale lié aux travaux à venir sur la parcelle qu'il évacuera à ses frais,
5. D'avoir à terme un accès à l'eau (abonnement et consommation à sa Charge) lorsque des travaux de VRD le permettront,

6. De pouvoir circuler avec un plateau fourrager comme il le fait jusqu'à présent, et donc que l'aménagement
de voirie soit
prévu en conséquence,

7. Pendant la durée du bail de 25 ans consenti avec la SCI le TRAINEFEUILLE, d'avoir un accès direct entre les parcelles
louées à cette dernière et l'ensemble des parcelles qu'il exploite au sud du chemin,

8. De ne pas avoir à prendre à sa charge les frais de clôture au fil de l'avancée des travaux sur les
parcelles achetées par la
commune et louées par CMD/CME,

Monsieur le Maire invite l'Assemblée à bien vouloir délibérer de ces modifications.
Après en avoir délibéré, le Conseil Municipal, à l'unanimité :
> Accepte les conditions énoncées ci-dessus,
> Dit que la présente délibération modifie et complète la délibération prise le 27 novembre 2017.

2. ACQUISITION TERRAIN CADASTRE AB 663 PAR VOIE DE PREEMPTION - COMMUNE DELEGUEE DE PUTANGES
PONT ECREPIN

Madame BB quitte la séance le temps de l'examen de ce rapport.

Dans le cadre de la politique d'aménagement menée par la commune de PUTANGES-LE-LAC, Monsieur le Maire
informe l'Assemblée
de l'opportunité d'acquérir le terrain cadastré AB 663 sur PUTANGES PONT ECREPIN appartenant aux consorts BC.

Demande au Conseil Municipal de bien vouloir en délibérer.
Après en avoir délibéré, le Conseil Municipal, à l'unanimité des votants, dit :

Article 1 : Il est décidé d'acquérir par voie de préemption le bien situé les Courtils, cadastré AB 663.

3. REALISATION D'UN EMPRUNT POUR FINANCER L'ACQUISITION DU TERRAIN CADASTRE AB N°663 - COMMUNE
DELEGUEE DE PUTANGES PONT ECREPIN

Monsieur BD et Monsieur BE administrateur de la Caisse Locale du Crédit Agricole, quittent la
Séance le temps de l'examen de ce rapport.

Monsieur le maire invite l'Assemblée à bien vouloir se prononcer sur l'avis de la commission.
Le Conseil Municipal, après avoir entendu cet exposé, à l'unanimité des votants :

> Approuve le projet présenté par Madame BF.

4. QUESTIONS DIVERSES

2) REMPLACEMENT TEMPORAIRE D'UN PERSONNEL TERRITORIAL

Monsieur le Maire invite les Membres du Conseil à bien vouloir se prononcer sur la proposition de Monsieur G.
Après en avoir délibéré, le Conseil Municipal, à l'unanimité :
> Acquiesce la proposition telle qu'énoncée par Monsieur G.
"""


def test_items_in_capitals_counting_on_past_a_longer_list_inside_the_first_are_the_acts() -> None:
    acts = _acts(_PUTANGES_2018, "cpte-rendu-registre.pdf", ocr=True)
    assert [(act.objet or "")[:20] for act in acts] == [
        "PROPOSITION D'ACHAT ", "ACQUISITION TERRAIN ", "REALISATION D'UN EMP", "QUESTIONS DIVERSES"]
    assert all(act.votes.unanimite for act in acts)


def test_a_document_of_no_known_type_holding_several_acts_is_minutes() -> None:
    analysis = analyse([PageText(1, _PUTANGES_2018, True, False)], "cpte-rendu-registre.pdf")
    assert analysis.doc_type == "proces-verbal"


# Couthenans, conseil du 9 avril 2021 (couthenans/CR_reunion_20210409.pdf, text layer), shortened, first names
# replaced: under « 1/ Présentation du budget », six titles each followed by its count; items 2/ and 3/ voted by a
# bare « 15 pour »; 4/ not voted; 5/ questions diverses.
_COUTHENANS_2021 = """CR du conseil municipal 09 avril 2021
Présents : A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P
Ordre du jour
1/ Présentation du budget :
A présente le budget.
Synthèse :
Rappel de certains principes.
Le budget doit être ou à 0 ou en excédent.
Le budget communal de fonctionnement est en excédent de 20 000 €
Le budget assainissement de fonctionnement est à l’équilibre.
Le budget assainissement d’investissement est en excédent de 10 000 €.
Déficit de l’assainissement au 1
er janvier 2021 = 273 769.28 €
Sera résorbé en partie grâce à l’abondement de la commune et à l’augmentation du coût de
l’assainissement par foyer.
Vote des comptes de gestion 2020 :
15 pour.
Vote du budget assainissement 2020 :
15 pour
Vote de l’état 1259 2021 :
15 pour
Affectations de résultats 2020 :
15 pour
Vote du budget primitif 2021 :
15 pour
Vote du budget assainissement 2021 :
15 pour
2/ Travaux sylvicoles ONF année 2021 :
Les travaux : nettoyage de parcelles avec jeune peuplement. Devis de 2600€.
15 pour
3/ Annulation de régies recettes et d’avances « tennis » inactives :
Le terrain de tennis n’est pas occupé. Décision d’annuler les régies.
15 pour
4/ Renouvellement du contrat GRDF
Contrat signé pour une durée de 25 ans. S’arrête en 2023. La prochaine durée de contrat sera de 30
ans. Nous renouvelons maintenant pour que la redevance que l’on nous redonne passe de 600 à
900€.
Pas de vote. Nous attendrons donc le prochain conseil pour passer au vote afin de collecter quelques
informations sur des possibles mises à la concurrence.
5/ Questions diverses
A/ Le temple
Attente du devis d’une entreprise pour les travaux.
B/ Panneau Pocket
Application panneau sur le téléphone simple d’utilisation.
Séance clôturée à 21H
"""


def test_titles_each_followed_by_its_count_are_the_acts_of_their_item() -> None:
    acts = _acts(_COUTHENANS_2021, "CR_reunion_20210409.pdf")
    assert [act.objet for act in acts][:6] == [
        "Vote des comptes de gestion 2020", "Vote du budget assainissement 2020", "Vote de l’état 1259 2021",
        "Affectations de résultats 2020", "Vote du budget primitif 2021", "Vote du budget assainissement 2021"]
    assert all(act.votes.pour == 15 for act in acts)


def test_a_bare_count_for_alone_on_its_line_votes_the_item() -> None:
    acts = _acts(_COUTHENANS_2021, "CR_reunion_20210409.pdf")
    assert [act.objet for act in acts][-2:] == [
        "Travaux sylvicoles ONF année 2021", "Annulation de régies recettes et d’avances « tennis » inactives"]


# Clairoix, séance du 24 mars 2006 (benjaminpochat-demos/txt/divers/clairoix_CM_2006-03-24.txt), shortened, names
# replaced: each item a title in capitals read by its rapporteur, « Adopté … » below; the budget's report runs into
# its tables and prints no vote. The rural policeman's item is adopted but for one abstention, named.
_CLAIROIX_2006 = """AFFECTATION DES RESULTATS :
Monsieur A donne lecture du rapport suivant :
Les résultats tels qu’il viennent d’être énoncés dans le Compte Administratif 2005 sont les suivants :
Excédent de la section de fonctionnement :
1 029 516,26 €
Aussi, nous vous proposons d’affecter une partie de l’excédent de fonctionnement, soit :
834 150,01 € à la section d’investissement.
Adopté à l’unanimité par le Conseil Municipal,
COMPTE DE GESTION 2005 :
Madame B donne lecture du rapport suivant :
Considérant qu’il y a concordance entre les écritures du comptable et celles de l’ordonnateur.
Déclare que le compte de gestion dressé pour l’exercice 2005 par le trésorier, visé et certifié conforme par
l’ordonnateur n’appelle ni observation, ni réserve de sa part.
Adopté à l’unanimité par le Conseil Municipal,
BUDGET PRIMITIF 2006 :
Madame C donne lecture du rapport suivant :
La proposition de Budget Primitif 2006 comprend la prévision de dépenses et de recettes pour l’année
2006 et reprend les résultats de l’exercice 2005 :
Capitalisation de l’excédent de fonctionnement à
l’article 1068 de la section d’investissement :
834 150,01
TOTAL
334 050,00 €
102 280,00 €
FISCALITE LOCALE 2006 :
Madame D donne lecture du rapport suivant :
Votre Commission des Finances souhaite que la pression fiscale reste identique à celle de 2005, ainsi le produit
attendu s’élève à 566 277 €.
Adopté à l’unanimité par le Conseil Municipal,
POLICIER INTERCOMMUNAL :
Monsieur E donne lecture du rapport suivant :
Il est proposé au Conseil Municipal de créer un poste de policier intercommunal avec les communes voisines.
D’autoriser M. le maire à signer tout acte se rapportant à cette affaire.
Adopté, sauf par M. F qui s’abstient.
"""


def test_the_budget_is_an_act_though_the_minutes_print_no_vote_under_its_tables() -> None:
    acts = _acts(_CLAIROIX_2006, "clairoix_CM_2006-03-24.txt")
    assert [act.objet for act in acts] == ["AFFECTATION DES RESULTATS", "COMPTE DE GESTION 2005",
                                           "BUDGET PRIMITIF 2006", "FISCALITE LOCALE 2006", "POLICIER INTERCOMMUNAL"]


def test_the_check_counts_the_members_named_before_s_abstient() -> None:
    text = _CLAIROIX_2006[_CLAIROIX_2006.index("POLICIER"):]
    votes, _adopted = read_votes(text)
    assert votes.abstention == 1
    assert check_vote(votes, text).ok
    assert _acts(_CLAIROIX_2006, "clairoix_CM_2006-03-24.txt")[-1].votes.abstention == 1


# Flaux, séance du 17 novembre 2023 (flaux/pdf-scannes/PV DU 17 NOVEMBRE-tampon.pdf, OCR of the scan, p8-p10),
# shortened: minutes cut at their « Vote : » lines. The OCR mixes the page's left column (the frame) into the
# articles of the renewable-energy zones' decision, pushing its « Vote : Unanimité » more than 600 characters below
# its « après en avoir délibéré à l'unanimité ».
_FLAUX_2023_11 = """Conditions de facturation eau et assainissement 2024

Monsieur le Maire expose qu'il convient de fixer les conditions de facturation de l'eau et de l'assainissement pour
l'année 2024.

Vote : Unanimité

Zones d'accélération pour l'implantation d'installations terrestres de production d'énergies
renouvelables - modalités de concertation préalable

Considérant que les communes identifient des Zones d'accélération par délibération
du conseil municipal après concertation du public selon des modalités qu'elles
déterminent librement, qu'elles transmettent au référent préfectoral, à l'EPCI dont
elles sont membres et le cas échéant, à l'établissement public mentionné à l'article L.
143-16 du code de l'urbanisme ;

Le conseil municipal après en avoir délibéré à l'unanimité

Article 1e: Identifie les zones d'accélérations d'installations terrestres de

Nombre de membres 7 1 : : + +
production d'énergies renouvelables. Article 2 : Définir

en exercice : 11

qui ont pris part à la - les modalités de concertation préalable avec le public comme suit : mise à

dIbértion . disposition des plans en mairie, consultable par des permanences en mairie
Ont procuratons mardi 28 novembre de 10hà12h

et le vendredi 1er décembre de 17h30 à 19h, affichage de l'information,
information sur le site internet pendant 15 jours.

Vote : Unanimité

M57- Décision Modificative n° 1

Manque de crédit budgétaire pour régler des factures d'investissement :

Chapitre 23 Compte 2315 Installations, matériel + 5500€
Chapitre 21 Compte 212 terrain + 4700€

Vote : Unanimité
"""


def test_a_piece_opening_on_the_decision_s_first_article_belongs_to_the_item_above() -> None:
    acts = _acts(_FLAUX_2023_11, "PV DU 17 NOVEMBRE-tampon.pdf", ocr=True)
    assert len(acts) == 3
    assert (acts[1].objet or "").startswith("Zones d'accélération")
    assert "Article 2" in acts[1].text


# Putanges-le-Lac, séance du 7 juin 2016 (putanges-le-lac/2016/compte-rendu-seance-du-7-juin-2016.pdf, text layer),
# shortened to items 15 to 19, renumbered 1 to 5: item 18 prints its rank without a dot (« 18 TABLEAU DES EMPLOIS … »),
# the next heading repeats 18 (« 18. QUESTIONS DIVERSES »); the closing list ranks them 18 and 19.
_PUTANGES_2016 = """1. CESSION DE TERRAINS A LA COMMUNAUTE DE COMMUNE DU VAL D’ORNE pour le parking du PSLA
Dans le cadre des travaux d’aménagement du PSLA, Monsieur le Maire expose aux Membres présents qu’il
convient de céder à la Communauté de Communes du Val d’Orne une partie de la parcelle cadastrée section AB n°602.
Il demande au Conseil de bien vouloir se prononcer sur cette affaire.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité :
 Décide la cession à la Communauté de communes du Val d’orne d’une partie des parcelles de terrain.
2. VERIFICATION ET ENTRETIEN DES POTEAUX ET BOUCHES INCENDIE – CONVENTION -
La parole est donnée à Monsieur A concernant la proposition d’entretien des poteaux d’incendie sur
l’ensemble du territoire ;
Après en avoir délibéré, les Membres du Conseil :
 Autorise Monsieur le Maire à signer la nouvelle convention proposée entre la commune de PUTANGES LE LAC et
VEOLIA pour les prestations similaires à celles effectuées dans les 5 communes historiques énoncées ci-dessus.
3. AMENAGEMENT RIVES DU LAC DE RABODANGES –
Monsieur le Maire expose à l’Assemblée le projet d’aménagement des rives du lac de Rabodanges comme ci-après :
Le lac de Rabodanges est l'élément d'attractivité touristique principal de notre commune nouvelle.
Après avoir entendu cet exposé, puis délibéré les Membres du Conseil Municipal :
 Adhèrent au projet tel qu’énnoncé ci-dessus,
 Acceptent de confier la mission d’assistance à maîtrise d’ouvrage à Ingénierie 61 pour un montant de
8.100,00€ HT soit 9.720,00 € TTC.
4 TABLEAU DES EMPLOIS ET EFFECTIFS DU PERSONNEL AU 1er FEVRIER 2016
Monsieur le Maire donne la parole à Madame B pour la délibération relative au personnel ci-dessous ;
Le tableau des effectifs du personnel de la commune de PUTANGES LE LAC ayant été modifié le 1er février 2016
en raison du changement de grade de 2 agents (1 administratif et 1 technique), le Conseil Municipal se doit
de délibérer pour en faire le constat et l’approuver tel qu’il apparaît ci-dessous ;
4. QUESTIONS DIVERSES
A. Soutien aux actions menées par la FONDATION du PATRIMOINE
Monsieur le Maire présente la demande de la Fondation du Patrimoine pour l'adhésion de la commune.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité, décide d'adhérer à la Fondation du Patrimoine.
LISTE DES DELIBERATIONS
1. CESSION DE TERRAINS A LA COMMUNAUTE DE COMMUNES DU VAL D’ORNE POUR LE
PARKING DU PSLA
2. VERIFICATION ET ENTRETIEN DES POTEAUX ET BOUCHES INCENDIE – CONVENTION
3. AMENAGEMENT RIVES DU LAC DE RABODANGES
4. TABLEAU DES EMPLOIS ET EFFECTIFS DU PERSONNEL AU 1er FEVRIER 2016
5. QUESTIONS DIVERSES :
a) SOUTIEN AUX ACTIONS MENEES PAR LA FONDATION DU PATRIMOINE
"""


def test_an_item_the_closing_list_ranks_printed_in_the_body_without_its_dot_is_an_act() -> None:
    acts = _acts(_PUTANGES_2016, "compte-rendu-seance-du-7-juin-2016.pdf")
    objets = [act.objet or "" for act in acts]
    assert "TABLEAU DES EMPLOIS ET EFFECTIFS DU PERSONNEL AU 1er FEVRIER 2016" in objets
    assert len(acts) == 5


# Putanges-le-Lac, séance du 5 janvier 2016 (putanges-le-lac/2016/compte-rendu-du-5-01-2016.pdf, text layer),
# shortened, names replaced: the maire's election numbered 1. to 4., then the deliberations under capital headings,
# which the closing list names; it does not name the election's steps.
_PUTANGES_2016_01 = """ELECTION DU MAIRE
1. Présidence de l’Assemblée.
Monsieur A, doyen d’âge parmi les conseillers municipaux, a présidé la suite de
cette séance (art.2122-8 du CGCT), il a dénombré quarante-six (46) présents plus une procuration et
a constaté que la condition de quorum posée à l’article L.2121-17 du CGCT était remplie.
2. Constitution du bureau
Le conseil municipal a désigné deux assesseurs : B et C, qui ont pris place au bureau avec le président
et le secrétaire de séance pour le dépouillement des bulletins de vote.
3. Déroulement de chaque tour de scrutin
Monsieur le Président a constaté que chaque conseiller a déposé son bulletin dans l'urne. Lorsque l’élection
n’a pas été acquise lors d’un des deux premiers tours de scrutin, il a été procédé à un nouveau tour de scrutin.
4. Proclamation de l’élection du Maire
Monsieur D a obtenu 34 voix.
Monsieur D a été proclamé maire et a été immédiatement installé.
MAIRES DELEGUES – ADJOINTS DE DROIT A LA COMMUNE NOUVELLE
Les maires délégués des communes historiques sont adjoints de droit à la commune nouvelle, sans élection ;
le nombre des adjoints au maire de la commune nouvelle est limité à neuf.
RABODANGES - E
LES ROTOURS - F
SAINT AUBERT SUR ORNE - G
SAINTE CROIX SUR ORNE - H
INDEMNITES DE FONCTION AU MAIRE ET MAIRES DELEGUES FAISANT
FONCTION D’ADJOINTS
Vu le Code Général des Collectivités territoriales et notamment les articles L.2123-20 et
suivants,
Après en avoir délibéré, le conseil municipal, en l’absence des intéressés, acquiesce la
proposition de Monsieur le Maire de la commune nouvelle et décide que l’indemnité de fonction due
au Maire et aux 9 Maires délégués faisant fonction d’Adjoints sera déterminée selon les barèmes
préfectoraux en vigueur.
INDEMNITES AUX ADJOINTS DES COMMUNES DELEGUEES
Vu l’article L.2113-19 qui détermine l’indemnité allouée aux Adjoints aux Maires délégués
selon la strate démographique de la commune déléguée,
Le Conseil Municipal, fixe les indemnités comme suit :
-PUTANGES PONT ECREPIN : 16,5% de l’indice brut 1015
INDEMNITE DES CONSEILLERS MUNICIPAUX DELEGUES
Les conseillers municipaux auxquels le Maire délégue une partie de ses fonctions en
application des articles L.2122-18 et L.2122-20 peuvent recevoir une indemnité allouée par le conseil
municipal.
Le Conseil Municipal fixe l'indemnité des conseillers municipaux délégués à 6% de l'indice brut 1015.
QUESTIONS DIVERSES :
BUDGETS ANNEXES ASSAINISSEMENT –
Considérant l’existence de 3 budgets annexes « assainissement » pour la commune de
PUTANGES LE LAC,
Après en avoir délibéré, le conseil municipal acquiesce cet exposé et fixe à 2, le nombre de
budget annexe « assainissement ».
Liste des délibérations
1. Indemnités de fonction du Maire et des Maires délégués faisant fonction
d’Adjoints
2. Indemnités aux Adjoints des communes déléguées.
3. Indemnités des Conseillers Municipaux délégués.
4. Questions diverses :
a) Budgets annexes « Assainissement »
"""


def test_capital_headings_the_closing_list_names_are_the_deliberations_not_the_election_s_steps() -> None:
    acts = _acts(_PUTANGES_2016_01, "compte-rendu-du-5-01-2016.pdf")
    assert [(act.objet or "")[:30] for act in acts] == [
        "INDEMNITES DE FONCTION AU MAIR", "INDEMNITES AUX ADJOINTS DES CO", "INDEMNITE DES CONSEILLERS MUNI",
        "BUDGETS ANNEXES ASSAINISSEMENT"]


# Eybens, conseil du 24 octobre 2013 (benjaminpochat-demos/txt/divers/eybens_deliberations_CM_2013-10-24.txt),
# shortened, names replaced: the file's name says « CM », its title « DÉLIBÉRATIONS DU CONSEIL MUNICIPAL »;
# it holds one.
_EYBENS_2013 = """VILLE D’EYBENS
DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DU 24 OCTOBRE 2013
Le jeudi 24 octobre 2013 à 17 h 30, le Conseil municipal de la commune d’Eybens dûment
convoqué s’est réuni en mairie sous la présidence de M. A, Maire.
Date de la convocation : vendredi 18 octobre 2013
Présents : A - B - C - D - E - F
Elus en exercice : 29
Elus présents : 17
Secrétaire de séance : F
Délégation de service public : SAEML CCIAG – Avenant n°5 de la convention de concession de chauffage urbain
passée entre la ville d'Eybens et la CCIAG le 4 octobre 1983 et nouveau règlement de service.
Une convention de concession de chauffage urbain a été signée le 4 octobre 1983 entre la ville
d'Eybens et SAEML CCIAG.
Délibération adoptée à l'unanimité.
"""


def test_a_file_named_cm_whose_title_says_deliberations_of_the_council_is_a_deliberation() -> None:
    analysis = analyse([PageText(1, _EYBENS_2013, False, False)], "eybens_deliberations_CM_2013-10-24.txt")
    assert analysis.doc_type == "deliberation"


# Putanges-le-Lac, séance du 11 septembre 2023 (putanges-le-lac/2023/pv-du-conseil-municipal-du-11-septembre-2023-
# le-15-09-2023.pdf, text layer), items 5 to 8 shortened, names replaced: the register number (the séance's date, then
# the rank) glued to its title by a dash, once printed « 20230911-7- ».
_PUTANGES_2023 = """20230911 5-CUMA Auvraysienne, délibération faisant suite à l’avis des domaines,
Monsieur A passe la parole à monsieur B, Président de la commission du Lac.
Monsieur B débute sa présentation en expliquant que du fait de la fusion, les biens immobiliers qui
faisaient partie du patrimoine des anciennes communes sont transférés dans le patrimoine de la commune
nouvelle.
Après en avoir délibéré, le conseil municipal à l’unanimité des membres présents et représentés :
✓ Donne pouvoir à monsieur le Maire, ou son représentant, de signer un acte de transfert de
propriété de la commune de la Forêt-Auvray au profit de la commune de Putanges-le-Lac,
20230911 6-CUMA Auvraysienne, Transfert de propriété sans changer les conditions du crédit-bail
d’origine
Monsieur B informe l’assemblée qu’après la délibération décidant de la vente d’une partie du terrain
le 3 juin 2021, une nouvelle délibération est requise pour décider de la modification des conditions du
crédit-bail en date du 22 novembre 2008.
Après en avoir délibéré, le conseil municipal à l’unanimité des membres présents et représentés :
✓ Que cela ne modifie rien aux conditions du crédit-bail en cours.
20230911-7- CUMA Auvraysienne, Mention de l’avis des domaines à préciser sur la délibération
Pour conclure monsieur B demande que l’avis du domaine soit ajouté à la délibération n°2021 06
03 du 3 juin 2021.
Après en avoir délibéré, le conseil municipal à l’unanimité des membres présents et représentés :
✓ Décide de modifier la délibération n°2021 06 03 du 3 juin 2021 en ajoutant mention de l’avis du
domaine sur la valeur vénale du bien établi à 16 000€,
20230911 8-Décision modificative n° 3/2023 relative au budget général,
Monsieur A cède la parole à monsieur C, Président de la commission finances et budget.
Monsieur C explique que nous devons ajouter des crédits sur certaines imputations.
Après en avoir délibéré, le conseil municipal à l’unanimité des membres présents et représentés :
✓ Adopte la décision modificative n° 3/2023 du budget général.
"""


def test_a_register_number_glued_to_its_title_by_a_dash_heads_its_act() -> None:
    acts = _acts(_PUTANGES_2023, "pv-du-conseil-municipal-du-11-septembre-2023-le-15-09-2023.pdf")
    assert [act.act_number for act in acts] == ["20230911 5", "20230911 6", "20230911-7", "20230911 8"]
    assert (acts[0].objet or "").startswith("CUMA Auvraysienne, délibération faisant suite")
    assert (acts[3].objet or "").startswith("Décision modificative n° 3/2023")


# Corte, recueil du 1er juillet 2025 (corte/texte-ocr-projet-pertitellu/mairie-corte_deliberations_2025-07-01_
# downloads-1919.txt, OCR), three extracts shortened, the roll call cut: the third cancels and replaces the second,
# numbered « 25-07/059-A » alone on its line above its opening.
def _corte_extract(number: str, objet: str) -> str:
    return f"""{number}

COMMUNE DE CORTE

DELIBERATION DU CONSEIL MUNICIPAL

SEANCE DU 01” JUILLET 2025

DATE DE CONVOCATION : 23 Juin 2025

PRÉSENTS : 19

PROCURATIONS : 05

ABSENTS : 05

L’An Deux-Mil-Vingt-Cinq, le Premier du mois de Juillet à 16 heures, le Conseil, légalement convoqué
par son Maire, s’est réuni dans la salle de la Maison du Temps Libre, sous la présidence du Maire.

SECRETAIRE DE SEANCE: Monsieur A

OBJET : {objet}

LE MAIRE,

Expose au Conseil que le poste d’ingénieur territorial à temps complet est désormais vacant, et il convient à
ce jour d’en modifier les termes relatifs aux conditions de recrutement.

LE CONSEIL,

Après en avoir délibéré,

A l’unanimité des membres présents et représentés,

ADOPTE la proposition du Maire.

Fait et délibéré le jour, mois et an que dessus.

"""


_CORTE_2025 = (_corte_extract("25-07/058", "Gestion des Ressources Humaines : Création d’un emploi saisonnier")
               + _corte_extract("25-07/059", "Gestion des Ressources Humaines : Modification de la délibération "
                                             "n° 2010-88 du 22 décembre 2010")
               + _corte_extract("25-07/059-A", "Gestion des Ressources Humaines : Délibération annulant la "
                                               "délibération n° 25-07/059 du 01er juillet 2025"))


def test_a_recueil_number_with_a_letter_after_it_is_read_whole() -> None:
    acts = _acts(_CORTE_2025, "mairie-corte_deliberations_2025-07-01_downloads-1919.txt", ocr=True)
    assert [act.act_number for act in acts] == ["25-07/058", "25-07/059", "25-07/059-A"]


# Corte, procès-verbal du 22 avril 2024 (corte/proces-verbaux/mairie-corte_proces-verbal_2024-04-22_downloads-1714.pdf),
# the decision's lines, names replaced: the opposition abstains as a group, its count in brackets.
_CORTE_2024 = """24-04/058 — Plan Local d'Urbanisme :
# Arrêt du Projet de Révision du Plan Local d'Urbanisme (P. L. U.)
+ Bilan de la Concertation Publique

A la majorité des membres présents et représentés, Abstention de Opposition,
(5 Membres : MM. A, B, C, D,
E),

Le Conseil DECIDE, par 19 voix « Pour »,
> De considérer comme favorable et de valider le Bilan de la Concertation présenté ;
"""


def test_a_group_abstaining_with_its_count_in_brackets_is_read_and_checked() -> None:
    votes, _adopted = read_votes(_CORTE_2024)
    assert (votes.pour, votes.abstention, votes.unanimite) == (19, 5, False)
    assert check_vote(votes, _CORTE_2024).ok
