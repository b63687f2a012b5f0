"""Session 11 of issue 11: a heading found through the document's own numbering (indexer/number_gaps.py), read on
part H (tuning data from session 11 on). Each on a short excerpt of a real corpus file; each fails without the rule.
Whole-corpus effect: bench/devset/acts_after_session11.txt."""

from __future__ import annotations

from indexer.models import PageText, Votes
from indexer.non_acts import opens_decision_table
from indexer.number_gaps import missing_ranks
from indexer.segment import analyse
from indexer.vote_check import checked
from indexer.votes import read_votes

# Corte, procès-verbal du 25 mars 2024 (corte/proces-verbaux/mairie-corte_proces-verbal_2024-03-25_downloads-1715.pdf),
# a scan read by OCR, pages 1-2 shortened: the OCR doubled the dash of 032's heading (« —- »), which no heading rule
# takes; 032 was read as part of 031 and its vote lost.
_CORTE_DOUBLED_DASH = """24-03/031 — Adoption d’un plan de financement :

> Le Conseil, à l’unanimité, décide d’adopter le plan de financement relatif à la réalisation du Pont Provisoire
de Baliri comme suit : Montant H. T. des travaux : 788 305,30 €

* Aides sollicitées : Collectivité de Corse (Crédits Exceptionnels Intempéries) (40 %) : 315 322,12 €, Etat (DSEC-
DSIL-DETR- FNADT) (40 %) : 315 322,12 € et Part Communale (20 %) TVA en sus : 157 661,06 €.

24-03/032 —- Comptabilité autonome du Budget Annexe du CCAS :

- Le Conseil,
- _ VUle CGCT,
- VU le décret 87-130 du 26 février 1987 relatif à la comptabilité des CCAS, des CIAS et des Caisses des Écoles,
> A l’unanimité, DECIDE d'instaurer à compter du 01° janvier 2025 une comptabilité autonome dotée d’une
trésorerie séparée de celle du Budget Général de la Commune pour le Budget Annexe du CCAS.

Point n° 2 : REGIE DE L’EAU

24-03/033 — Adoption du Compte Administratif 2023 :

Monsieur Maroselli, 1° adjoint délégué aux finances, présente le Compte Administratif 2023.
Le Maire ne prend pas part au vote.

> Le Conseil, ayant entendu l’exposé de son rapporteur, des membres présents et représentés, Adopte, à
l'unanimité des membres présents et représentés, avec 24 Voix « Pour», par chapitre et par section,
le Compte Administratif 2023 en Fonctionnement et en Investissement.
"""

# Corte, procès-verbal du 8 avril 2024, its OCR text (corte/texte-ocr-projet-pertitellu/
# mairie-corte_proces-verbal_2024-04-08_downloads-1713.txt), shortened: 045's title has a single word of three
# letters or more (« AP », « CP » and the years are not words), too few for a heading, so 045 was read into 044.
_CORTE_SHORT_TITLE = """24-04/044 — Vote des taux d’imposition et des taxes directes locales 2024 (Etat 1259) :

> Le Conseil, à Punanimité des membres présents et représentés, décide d’appliquer les taux
> suivants, pour

l’année 2024 :

- Taxe Fonciére (non biti) ... : 67,77 %

- Contribution Foncière des Entreprises.... : 20,28 %

24-04/045 — Ajustements AP /CP 2024/2027 :

> Le Conseil, ayant entendu l’exposé de son rapporteur Décide à l’unanimité des membres présents et

représentés, de procéder aux réajustements des AP/CP pour les années 2024/2027 tels que définis dans

la délibération.

24-04/046 — Adoption du Budget Primitif 2024 :

> Le Budget Primitif 2024 de la Commune est adopté en Dépenses et en Recettes pour les Sections de

Fonctionnement et d’Investissement, à la majorité des membres présents et représentés, par 20 voix
Pour, et

5 Abstentions.
"""


def _numbers_and_objets(text: str, name: str) -> list[tuple[str | None, str | None]]:
    return [(a.act_number, a.objet) for a in analyse([PageText(1, text)], name).acts]


def test_a_heading_whose_dash_the_ocr_doubled_is_found_by_its_number() -> None:
    acts = analyse([PageText(1, _CORTE_DOUBLED_DASH)], "mairie-corte_proces-verbal_2024-03-25.pdf").acts
    assert [(a.act_number, a.objet) for a in acts] == [
        ("24-03/031", "Adoption d’un plan de financement"),
        ("24-03/032", "Comptabilité autonome du Budget Annexe du CCAS"),
        ("24-03/033", "Adoption du Compte Administratif 2023"),
    ]
    assert acts[1].votes.unanimite is True


def test_a_heading_with_a_short_title_is_found_by_its_number() -> None:
    assert _numbers_and_objets(_CORTE_SHORT_TITLE, "mairie-corte_proces-verbal_2024-04-08.txt") == [
        ("24-04/044", "Vote des taux d’imposition et des taxes directes locales 2024 (Etat 1259)"),
        ("24-04/045", "Ajustements AP /CP 2024/2027"),
        ("24-04/046", "Adoption du Budget Primitif 2024"),
    ]


def test_a_number_the_document_skips_cuts_nothing() -> None:
    # a withdrawn item's number is simply not printed: its neighbours stay two acts
    skipped = _CORTE_SHORT_TITLE.replace("24-04/045 — Ajustements AP /CP 2024/2027 :\n", "")
    assert [n for n, _ in _numbers_and_objets(skipped, "pv.txt")] == ["24-04/044", "24-04/046"]


def test_the_missing_number_must_open_its_line() -> None:
    # cited inside a sentence, the number is another act's, not a heading
    cited = _CORTE_SHORT_TITLE.replace("24-04/045 — Ajustements AP /CP 2024/2027 :\n",
                                       "Vu la délibération 24-04/045 — Ajustements AP /CP 2024/2027 :\n")
    text = cited
    assert missing_ranks(text, [0, text.index("24-04/046")]) == {}
    assert len(missing_ranks(_CORTE_SHORT_TITLE, [0, _CORTE_SHORT_TITLE.index("24-04/046")])) == 1


# Putanges-le-Lac, compte rendu du 7 juin 2016 (putanges-le-lac/2016/compte-rendu-seance-du-7-juin-2016.pdf), pages
# 10-16 shortened, names of persons replaced: the lettered items of « QUESTIONS DIVERSES » decide with no vote formula
# (« Après en avoir délibéré, le Conseil Municipal décide d’aider … »), and the closing « LISTE DES DELIBERATIONS »
# names them; the opinion asked on the syndicats (D here, H in the document) it does not name. The list's own line
# « 4. QUESTIONS DIVERSES : a) … » is no act either. Items renumbered 1-3 (16-18 in the document, whose list
# numbers them 16-19).
_PUTANGES_LISTED_SUB_ITEMS = """1. VERIFICATION ET ENTRETIEN DES POTEAUX ET BOUCHES INCENDIE – CONVENTION
Monsieur le Maire présente la convention proposée par le prestataire pour la vérification des poteaux incendie de la
commune nouvelle, pour une durée de trois ans.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité, autorise Monsieur le Maire à signer la convention.
2. AMENAGEMENT RIVES DU LAC DE RABODANGES
Monsieur le Maire rappelle le projet d’aménagement des rives du lac et présente la proposition d’assistance.
Après en avoir délibéré, les Membres du Conseil Municipal, à l’unanimité,
 Acceptent de confier la mission d’assistance à maîtrise d’ouvrage à Ingénierie 61 pour un montant de
8.100,00€ HT soit 9.720,00 € TTC.
3. QUESTIONS DIVERSES
A. Soutien aux actions menées par la FONDATION du PATRIMOINE
Monsieur le Maire fait part à l’Assemblée de la demande de participation émanant de la Fondation du Patrimoine
Délégation Régionale NORMANDIE.
Cette organisation soutien principalement les projets concernant des thématiques très diverses de valorisation du
patrimoine et nous les avons sollicité à plusieurs reprises, notamment pour les Eglises et le projet de restauration
du lavoir de Putanges Pont Ecrepin.
Aussi, il propose de soutenir les actions menées par cet organisme en versant une subvention de 100,00 € pour
l’année 2016.
Après en avoir délibéré, le Conseil Municipal décide d’aider la Fondation du Patrimoine sous la forme
d’une subvention de 100,00 €
B. Remplacement de 5 fenêtres bois par fenêtres plastique logement au-dessus de la mairie de
RABODANGES.
Monsieur X fait part au Conseil du compte rendu de la réunion de la commission des travaux qu’il a présidée ;
La commission d’entretien des bâtiments communaux et constructions s’est réunie le 1er juin 2016 afin d’étudier les
devis de travaux prévus sur la commune historique de RABODANGES.
Après en avoir délibéré, les Membres de la commission retiennent le devis de la menuiserie, mieux
disant, pour le montant énoncé ci-dessus.
Le Conseil Municipal, ainsi informé, approuve le choix de la commission et décide à l’unanimité de l’entériner.
C. Travaux de clôture derrière la salle communale à MENIL JEAN
La commission d’entretien des bâtiments communaux et constructions s’est réunie le 1er juin 2016 afin d’étudier les
devis de travaux prévus sur la commune historique de MENIL JEAN.
Après en avoir délibéré, les Membres de la commission retiennent le devis de l’entreprise pour un montant
de 2.040,00 € HT, soit 2.448,00 € TTC, compte tenu des prestations mieux adaptées aux besoins de la commune.
Le Conseil Municipal, ainsi informé, approuve le choix de la commission et décide à l’unanimité de l’entériner.
D. SITCOM d’ARGENTAN et SIRTOM de FLERS-CONDE
Madame Y fait part à l’Assemblée du courrier reçu par la Communauté de Communes,
émanant des Présidents du SIRTOM de la région FLERS-CONDE et du SITCOM d’ARGENTAN, relatif aux
communes historiques de la commune nouvelle de PUTANGES-LE-LAC.
Il apparaît que la commune nouvelle doit confier son service de tri et collecte des ordures ménagères à un
seul syndicat, aussi Madame Y sollicite l’avis des Membres du Conseil Municipal sur l’orientation de leur choix.
L’avis des élus municipaux converge vers un regroupement au SITCOM d’ARGENTAN si le service rendu aux
communes reste inchangé.
---------------------------------------------------
LISTE DES DELIBERATIONS
1. VERIFICATION ET ENTRETIEN DES POTEAUX ET BOUCHES INCENDIE – CONVENTION
2. AMENAGEMENT RIVES DU LAC DE RABODANGES
3. TABLEAU DES EMPLOIS ET EFFECTIFS DU PERSONNEL AU 1er FEVRIER 2016
4. QUESTIONS DIVERSES :
a) SOUTIEN AUX ACTIONS MENEES PAR LA FONDATION DU PATRIMOINE
b) REMPLACEMENT DE 5 FENETRES BOIS PAR FENETRES PLASTIQUE LOGEMENT AUDESSUS DE LA MAIRIE DE RABODANGES
c) TRAVAUX DE CLOTURE DERRIERE LA SALLE COMMUNALE A MENIL JEAN
"""


def test_lettered_items_the_closing_list_names_are_acts_without_a_vote_formula() -> None:
    acts = analyse([PageText(12, _PUTANGES_LISTED_SUB_ITEMS)], "compte-rendu-seance-du-7-juin-2016.pdf").acts
    assert [a.objet for a in acts] == [
        "VERIFICATION ET ENTRETIEN DES POTEAUX ET BOUCHES INCENDIE – CONVENTION",
        "AMENAGEMENT RIVES DU LAC DE RABODANGES",
        "Soutien aux actions menées par la FONDATION du PATRIMOINE",
        "Remplacement de 5 fenêtres bois par fenêtres plastique logement au-dessus de la mairie de RABODANGES.",
        "Travaux de clôture derrière la salle communale à MENIL JEAN",
    ]


def test_without_a_closing_list_unvoted_lettered_items_stay_one_act() -> None:
    # the list is what says the unvoted items were deliberated: without it, nothing is cut
    text = _PUTANGES_LISTED_SUB_ITEMS.split("-----")[0]
    acts = analyse([PageText(12, text)], "compte-rendu.pdf").acts
    assert len(acts) == 3


# Pierrefonds, compte rendu du 7 juin 2018 (pierrefonds/conseil-municipal/compte-rendu-07-06-2018.pdf), pages 1-3
# shortened, names of persons replaced: a séance of two numbered items, each closed by its vote. Two items were too
# few for a run of headings (three needed), so the minutes were cut at their votes, and the second cut fell on « Madame
# le maire demande … s'ils sont d'accord pour : » inside item 1.
_PIERREFONDS_TWO_ITEMS = """Madame le maire demande aux membres du conseil municipal s’ils souhaitent conserver le mode
de vote à main levée et nominatif.
Vote : Pour à l’unanimité
_________
Ordre du jour
1. Renforcement du réseau d'eau potable avec reprise de branchements et remplacement du
réseau d'assainissement - Rue de l'Armistice
 Autorisation à donner à Madame le maire pour la signature du marché
2. Approbation des nouveaux statuts du SMOA et désignation d’un délégué titulaire et suppléant
pour la compétence SAGE
1. Renforcement du réseau d'eau potable avec reprise de branchements et remplacement du
réseau d'assainissement - Rue de l'Armistice
 Autorisation à donner à Madame le maire pour la signature du marché
Madame le maire indique aux membres présents que la réalisation des travaux cités ci-dessus a fait
l’objet d’une procédure adaptée selon l’article 27 du Décret du 25 mars 2016.
Après examen des offres reçues et présentation du rapport d’analyses par l’assistant conseil, Madame le
maire propose de passer un marché pour un montant de 457 632,20 € HT.
Il est précisé que le marché doit être attribué dans son intégralité mais que seules les tranches
optionnelles choisies seront affermies.
Madame le maire demande aux membres du conseil municipal s’ils sont d’accord pour :
- Prendre note du montant de l’offre pour un montant de 457 632,20 € HT,
- L’autoriser à signer le marché et l’ensemble des documents afférents à ces travaux.
Vote :
 Pour : 17
 Abstention : 1, Monsieur X
2. Approbation des nouveaux statuts du SMOA et désignation d’un délégué titulaire et suppléant
pour la compétence SAGE
Vu la délibération de la commune de Pierrefonds du 08 juin 2009 portant création et adhésion au SMOA,
Vu la délibération du Syndicat Mixte Oise-Aronde du 21 février 2018 portant modification des statuts
du SMOA au titre de la compétence GEMA et SAGE,
Il convient donc, compte tenu de ces éléments de contexte, d’approuver les nouveaux statuts du SMOA
et désigner le délégué titulaire et le délégué suppléant appelés à siéger au SMOA au titre de la
compétence SAGE.
Madame le maire demande aux membres du conseil municipal s’ils sont d’accord pour approuver
la modification des statuts du Syndicat Mixte Oise-Aronde,
Vote :
 Pour : 15
 Abstentions : 3, Madame Y, Madame Z, Monsieur W
"""


def test_two_numbered_items_each_closed_by_its_vote_are_the_seances_acts() -> None:
    acts = analyse([PageText(1, _PIERREFONDS_TWO_ITEMS)], "compte-rendu-07-06-2018.pdf").acts
    assert len(acts) == 2
    assert acts[0].objet is not None and acts[0].objet.startswith("Renforcement du réseau d'eau potable")
    assert acts[1].objet is not None and acts[1].objet.startswith("Approbation des nouveaux statuts du SMOA")
    assert (acts[0].votes.pour, acts[0].votes.abstention) == (17, 1)


# Corte, procès-verbal du 25 mars 2024 (scan, OCR), act 24-03/041: the count « 24 voix » and its label « « Pour » »
# stand on two lines; CCLO, compte rendu du conseil communautaire du 13 novembre 2025
# (pierrefonds/conseil-communautaire-CCLO/2025.11.13-CR-CC-du-13-novembre-2025-approuve.pdf), p. 25: « une voix ⏎
# contre ». The reader took no figure across the line, and the independent check refused the one it did read.
_CORTE_WRAPPED_COUNT = """> Le Conseil, ayant entendu l’exposé de son rapporteur, des membres présents et
représentés, avec 24 voix
« Pour » Adopte, à l'unanimité, le Compte de Gestion 2023 tel que présenté."""
_CCLO_WRAPPED_COUNT = """Après avoir délibéré, les Membres du Conseil Communautaire ont, à 34 voix pour et une voix
contre :
- Approuvé la signature de la convention de partenariat pour Paroles, festival de la langue française,"""


def test_a_count_and_its_label_wrapped_over_two_lines_are_read_and_checked() -> None:
    votes, _found = read_votes(_CORTE_WRAPPED_COUNT)
    assert (votes.pour, votes.unanimite) == (24, True)
    votes, _found = read_votes(_CCLO_WRAPPED_COUNT)
    assert (votes.pour, votes.contre) == (34, 1)
    kept, refused = checked(votes, _CCLO_WRAPPED_COUNT)
    assert refused is None and (kept.pour, kept.contre) == (34, 1)


def test_a_line_break_still_ends_a_count_elsewhere() -> None:
    # a figure at the end of one line is not the label's on the next when no « voix » stands between
    text = "Le montant est de 34\ncontre la somme prévue, adopté à l'unanimité."
    kept, refused = checked(Votes(contre=34, unanimite=False), text)
    assert refused is not None and kept.contre is None


# Montpellier, procès-verbal du conseil municipal du 24 avril 2014 (montpellier-opendata/proces-verbaux/
# PV_CM_24_04_2014.pdf), pages 46-47 shortened: after the last affaire, the table of the maire's decisions under
# delegation, each row opened by its number. The rows were read as acts of the séance.
_MONTPELLIER_DECISION_TABLE = """Je mets aux voix. Qui est contre ? Qui s'abstient ? A l'unanimité des exprimés.
Pour : 62
Contre :
Abstentions : 3
Adopté à l’unanimité.
Monsieur le Maire : Le prochain Conseil municipal aura lieu le 22 mai, ici même, à 18 heures.
---------------------------------------
Articles L 2122-22 et L 2122-23 du Code Général des Collectivités Territoriales Ŕ Lecture des décisions prises
depuis la dernière séance publique du Conseil municipal.
Numéro de la
décision
Synthèse de la décision
2013/0401 De conclure avec l'entreprise SNC LE ROYAL une convention de location pour une parcelle
cadastrée CH 48, située avenue de la Reine d'Italie, destinée à permettre à l'entreprise un accès
au chantier et l'implantation d'un espace de vente de type bâtiment modulaire dans le cadre de la
réalisation d'un programme immobilier. Elle est consentie pour une durée de 1 an, à compter du
1er janvier 2013 jusqu'au 31 décembre 2014, renouvelable de façon expresse, moyennant un
loyer mensuel de 500,00 €.
2014/0007 La Ville de Montpellier décide de défendre ses intérêts par l'intermédiaire d'un avocat dans
l'instance introduite devant le Tribunal Administratif de Montpellier par une société, qui demande
l'annulation de l'arrêté portant refus de permis de construire, et de régler les frais et honoraires
correspondants.
2014/0014 La Ville décide de passer un 2ème avenant à la maîtrise d'œuvre pour la construction d'un
groupe scolaire afin de prendre en compte les études complémentaires demandées par le maître
d'ouvrage, pour un montant de 12 500 € HT.
2014/0019 La Ville de Montpellier décide de défendre ses intérêts par l'intermédiaire d'un avocat dans
l'instance introduite devant le Tribunal Administratif de Montpellier par un particulier, qui demande
l'annulation de la décision de préemption, et de régler les frais et honoraires correspondants.
"""


def test_the_rows_of_the_maires_decisions_table_are_decisions() -> None:
    acts = analyse([PageText(46, _MONTPELLIER_DECISION_TABLE)], "PV_CM_24_04_2014.pdf").acts
    rows = [a for a in acts if a.act_number]
    assert [a.act_number for a in rows] == ["2013/0401", "2014/0007", "2014/0014", "2014/0019"]
    assert all(a.kind == "decision" for a in rows)


def test_an_empty_decisions_report_leaves_the_next_numbered_act_a_deliberation() -> None:
    # Pierrefonds, procès-verbal du 3 avril 2025 (pierrefonds/conseil-municipal/20250403-PV.pdf), page 2: « Néant »
    assert not opens_decision_table("Décisions prises par délégation du Conseil Municipal au maire (articles L 2122-22"
                                    " et L 2122-23 du CGCT) :\nNéant\nI. AFFAIRES GÉNÉRALES\n")
    assert opens_decision_table(_MONTPELLIER_DECISION_TABLE[:_MONTPELLIER_DECISION_TABLE.index("2013/0401")])
