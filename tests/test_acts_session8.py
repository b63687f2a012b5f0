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


# Avranches, procès-verbal du 11 avril 2016 (benjaminpochat-demos/txt/avranches/CM 16.04.11 - Procè-verbal.pdf.txt), as
# the OCR reads it, questions 2, 11, 16 and 17 shortened: question 2's four numbered sub-items are each voted (one
# act each, the heading none of its own); the OCR prints « Nol1 » for « No 11 », « ? » for « I » (« UNAN?MITE ») and
# garbles a unanimity (« A luwowiuiÏe, ACCEPÏE »). Names of private persons replaced.
_AVRANCHES_OCR = [
    PageText(6, """QUESTION No 2

AFFECTATION DES RESULTATS 2015

Rapporteur : Monsieur Jean MARTIN

La détermination des résultats s'effectue à la clôture de l'exercice, au vu du compte administratif.
Lors de la séance du 7 mars 2016, le Conseil municipal a approuvé le compte administratif de
l'exercice 2015, pour le budget principal, les budgets annexes du réseau d'alimentation en eau,
des activités assujetties à la TVA et le budget de la Caisse des écoles.

La procédure d'affectation du résultat porte sur le seul résultat de la section de fonctionnement.

1 - Affectation du résultat 2015 du budget principal.

L'excédent de fonctionnement s'élève à 2 510152 ,08 €. Après avis favorable de la commission des finances, il est
proposé au conseil municipal d'affecter cet excédent en section d'investissement, sur l'exercice 2016.

LE CONSEIL MUNICIPAL, A L'UNANIM?ÏE, ACCEPTE CETÏE PROPOSITION

6

CM - 11.04.2016
"""),
    PageText(7, """2 - Affectation du résultat 2015 du budget annexe du service d'alimentation en eau

A la clôture de l'exercice 2015, il apparaît au budget annexe du service d'alimentation en eau, un
solde positif d'exécution de la section d'investissement de 129 914,34 €.

LE CONSEIL MUNICIPAL, A L'UNANIMIÏE, ACCEPTE CETTE PROPOSIÏION

3 - Affectation du résultat 2015 du budget annexe des activités assujetties à la TVA

La section de fonctionnement dégage un excédent de 2 500 869,83 €. Après avis favorable
de la commission des finances, il est donc proposé d'affecter cet excédent en section
d'investissement, sur l'exercice 2016, à hauteur de 2196 939,34 €.

LE CONSEIL MUNICIPAL, A L'UNANIMIÏE, ACCEPÏE CEÏÏE PROPOSITION

7

CM - 11.04.2016
"""),
    PageText(20, """QUESTION Nol1

POL?TIQUE DE LA VILLE : VERSEMENT DE SUBVENTIONS

Rapporteur : Monsieur Paul DURAND

Le comité technique s'est réuni en Sous-Préfecture le 18 mars dernier et a émis un avis
favorable aux actions proposées et reprises dans le tableau ci-dessous.

Après avis favorable de la commission des finances, il est proposé au conseil municipal
d'autoriser le versement de ces subventions.

LE CONSEIL MUNICIPAL, A luwowiuiÏe, ACCEPÏE CETTE PROPOSITION

20

CM - 1104.2016
"""),
    PageText(28, """QUESTION No 16

CONTRIBUTION DUE PAR LA COMMUNE CONCERNANT UNE EXTENSION DE RESEAU

ELECTRIQUE CHEMIN DE BOUILLANT

Rap2porteur : Monsieur le maire

Dans le cadre de deux demandes de certificats d'urbanisme dits opérationnels Chemin de
Bouillant pour la construction de 6 habitations, une contribution financière est due par la commune à ERDF.

Après avis favorable de la commission des finances, il est proposé au conseil municipal :
d'autoriser Monsieur le Maire à signer tous documents relatifs à ce dossier

LE CONSEIL MUNICIPAL, A L'UNAN?MITE, ACCEPTE CES PROPOSITIONS

28

CM - 11.04.2016
"""),
    PageText(29, """QUESTION No 17

VENTE TERRAIN LE MOTTE A LA MISSION DE LIEBENZELL

Rapporteur : monsieur le maire

Suite à l'aménagement de la zone du Motté, la ville d'Avranches est restée propriétaire d'une
parcelle cadastrée AH no246 pour une contenance de 1 .889 m2. Il est proposé au conseil municipal :

1. d'autoriser la cession de la parcelle AH no246, moyennant la somme nette vendeur de 28.000 €uros ;

2. d'autoriser monsieur le maire à signer l'acte authentique correspondant.

APRES DEBAT, AUQUEL ONT PARÏICIPE MESSIEURS MARTIN ET DURAND LE CONSEIL MUNIC?PAL, A

L'UNAN?MITE, ACCEPÏE CES PROPOS?TIONS

29

CM - 11.04.2016
"""),
]


def test_voted_numbered_sub_items_under_one_question_are_the_acts_and_ocr_slips_keep_each_question() -> None:
    acts = analyse(_AVRANCHES_OCR, "CM 16.04.11 - Procè-verbal.pdf.txt").acts
    assert [a.objet for a in acts] == [
        "Affectation du résultat 2015 du budget principal.",
        "Affectation du résultat 2015 du budget annexe du service d'alimentation en eau",
        "Affectation du résultat 2015 du budget annexe des activités assujetties à la TVA",
        "POL?TIQUE DE LA VILLE : VERSEMENT DE SUBVENTIONS",
        "CONTRIBUTION DUE PAR LA COMMUNE CONCERNANT UNE EXTENSION DE RESEAU ELECTRIQUE CHEMIN DE BOUILLANT",
        "VENTE TERRAIN LE MOTTE A LA MISSION DE LIEBENZELL"]
    assert [a.votes.unanimite for a in acts[-2:]] == [True, True]  # « A L'UNAN?MITE »


def _corte_extract(number: str, opening: str, objet: str, decision: str, label: str = "OBJET :") -> str:
    return f"""{number}

COMMUNE DE CORTE

{opening}

PROCURATIONS 0s

ABSENTS os

L'An Deux-Mil-Vingt-Cing, le Dix-Huit du mois de Mars à 17 heures 30, le Conseil, légalement convoqué par
son Maire, s'est réuni dans la salle de la Maison du Temps Libre, sous la présidence du Maire

PRESENTS ; MM. MARTIN J, DURAND P, BERNARD L, PETIT M, MOREAU C.

SECRÉTAIRE DE SÉANCE : Monsieur Marc DUPONT

{label} {objet}

{number}

Le Conseil Municipal,

VU le Code Général des Collectivités Territoriales ;

Ayant entendu l'exposé de son Rapporteur

Après en avoir délibéré,

{decision}

Fait et délibéré les jour, mois et an que dessus,

Pour extrait conforme

LE MAIRE
"""


# Corte, recueil des délibérations du 18 mars 2025 as the OCR saved it
# (corte/texte-ocr-projet-pertitellu/mairie-corte_deliberations_2025-03-18_downloads-1925.txt), three extracts
# shortened: the second one's opening reads « DU 18 MARS 2025 SEANCE » and « DATE DE. CONVOCATION » (OCR). Names of
# private persons replaced.
_CORTE_RECUEIL = [
    PageText(1, _corte_extract(
        "25-03/001", "DELIBERATION DU CONSEIL MUNICIPAL\n\nSEANCE DU 18 MARS 2025\n\n"
        "DATE DE CONVOCATION = 10/mars2025 PRÉSENTS 16",
        "Finances Communales\n\n# Adoption du Compte Financier Unique 2024 du Budget Général de la Commune",
        "ADOPTE à l'unanimité des membres présents et représentés le Compte Financier Unique 2024.")
        + _corte_extract(
        "25-03/002", "DELIBERATION DU CONSEIL MUNICIPAL\n\nDU 18 MARS 2025 SEANCE\n\n"
        "DATE DE. CONVOCATION 10 mars 2025\n\nPRESENTS 16 PROCURATIONS 50s AUSENTS 0",
        "Finances Communales\n\n> Rapport d’ Orientation Budgétaire 2025",
        "PREND ACTE du Rapport sur les Orientations Budgétaires 2025 de la Commune")
        + _corte_extract(
        "25-03/003", "DELIBERATION DU CONSEIL MUNICIPAL\n\nSEANCE DU 18 MARS 2025\n\n"
        "DATE DE CONVOCATION + 10 mars 2025\n\nPRESENTS 16",
        "Finances Communales\n\n> Adoption du Plan Pluriannuel d’Investissement 2025-2031 (P.P.I)",
        "ADOPTE à l'unanimité des membres présents et représentés le Plan Pluriannuel d’Investissement.")),
]


def test_an_extract_whose_opening_the_ocr_garbled_is_still_an_act_of_the_recueil() -> None:
    acts = analyse(_CORTE_RECUEIL, "mairie-corte_deliberations_2025-03-18_downloads-1925.txt").acts
    assert [a.act_number for a in acts] == ["25-03/001", "25-03/002", "25-03/003"]


# Avranches, procès-verbal du 26 février 2018 (benjaminpochat-demos/txt/avranches/Procès verbal du conseil municipal du
# 26 février 2018.pdf.txt), as the OCR reads it, items 1, 2, 4-6, 8 and 9 shortened: the OCR printed the register
# numbers « 2018.02.26-I », « 2016.02.26-2 » and « 2(»I8.02.26-9 », and garbled « qui s'abstiennent » in item 2's
# vote. Names of private persons replaced.
_AVRANCHES_NUMBERS = [
    PageText(1, """Secrétaire de séance
Madame J.MARTIN est désignée comme secrétaire de séance.

2018.02.26-I ADOPTIONDUCOMPÏE-RENDUDELASEANCEDU22JANVIER20l8

Avant d'aborder les questions inscrites à l'ordre du jour, il vous est proposé d'approuver le compte-
rendu de la précédente réunion de conseil en date du 22 janvier 2018

LE CONSEIL MUNICIPAL, A L'UNANIMITE, ACCEPÏE CETTE PROPOSIÏION

2016.02.26-2 APPROBATIONCOMPTEDEGESTION

Vu le Code général des collectivités territoriales et notamment les articles L.1612-12 et L.2121-31 ,

Après avis favorable de la commission des finances, il est proposé au conseil municipal
d'adopter les comptes de gestion 2017 du budget principal de la Ville d'Avranches.

LE CONSEIL MUNICIPAL, A L'EXCEPTION DE MADAME DURAND, Messieuss PETIT, BERNARD, Mop»Ïh, MESDAMES

M«rep, MOREAU oui s'assÏiewwewÏ, ACCEPTE CEÏÏE PROPOSITION

1

CM - 26.02.2018
"""),
    PageText(5, """2018.02.26-4 UTILISATIONDESCREDITSAFFECTESAUXDEPENSESIMPREVUES(CHAPITRE

020)

Il est demandé au conseil municipal de prendre acte de cette communication, se rapportant au
budget principal de la Ville d'Avranches, pour l'exercice 2017.

LE CON8EIL MUNICIPAL A PRIS ACTE

2018.02.26 - 5 RAPPORT D'ORIENTATION BUDGETAIRE 2018

Conformément à la loi du 06 fé,vrïer 1992, un rapport surles orientations budgétaires a été transmis
aux membres du conseil municipal, ce document vise à :

Rappeler le contexte économique à partir des prévisions retenues dans le projet de loi de
finances pour 2018,

Arrêter les grandes lignes du projet du budget primitif pour l'exercice 2018, en précisant les
investissements.

Après débat, le conseil municipal a pris acte de la communication du présent rapport.

2018.02.26-6 VENTEDESCHALETSALAVILLEDEMORTAIN-BOCAGE

La ville de Mortain-Bocage s'est engagée à acquérir 12 chalets, propriétés de la Ville d'Avranches. La présente
convention prendra effet à compter de sa signature par les parties. Prix de vente : 800 € le chalet de 3 mètres.

Après avis favorable de la commission des finances, il est proposé au conseil municipal
d'accepter la vente de ces chalets à la ville de Mortain-bocage.

LE CONSEIL MUNICIPAL, A L'UNANIMIÏE, ACCEPTE CETÏE PROPOSITION

5
"""),
    PageText(6, """2018.02.26-8 CREATIOND'UNPOSTE-ACCROISSEMENTTEMPORAIRED'ACTIVITE-AGENT

D'ENTRETIEN DES EQUIPEMENTS SPORTIFS

Après avis favorable de la commission des finances, il est proposé au conseil municipal de créer 1 poste temporaire
d'agent d'entretien des équipements sportifs.

LE CONSEIL Muwtcrpac, A L'UNANIMIÏE, ACCEPTE CES PROPOSIÏIONS

2(»I8.02.26-9 CREATION D'UN POSTE -ACCROISSEMENT TEMPORAIRE D'ACT?VITE - AGENT

D'ENTRETIEN DES ESPACES VERTS

Après avis favorable de la commission des finances, il est proposé au conseil municipal de créer 1 poste temporaire
d'agent des espaces verts.

LE CONSEIL MUNICIPAL, A luwawiwiÏe, ACCEPÏE CES PROPOSITIONS

6
"""),
]


def test_register_numbers_the_ocr_damaged_take_the_seance_numbering_and_a_vote_but_for_named_members() -> None:
    acts = analyse(_AVRANCHES_NUMBERS, "Procès verbal du conseil municipal du 26 février 2018.pdf.txt").acts
    assert [a.act_number for a in acts] == ["2018.02.26-1", "2018.02.26-2", "2018.02.26-4", "2018.02.26 - 5",
                                            "2018.02.26-6", "2018.02.26-8", "2018.02.26-9"]
    assert acts[1].votes.unanimite is False  # « A L'EXCEPTION DE … ACCEPTE »: not a unanimity


# Avranches, procès-verbal du 4 juillet 2016 (benjaminpochat-demos/txt/avranches/Procès verbal du conseil municipal du
# 4 juillet 2016.pdf.txt), items 3 to 7 shortened: « 2014.07.04-4 » and « 2016.07.04 - s » as the OCR read them.
_AVRANCHES_RANK = [PageText(5, """2016.07.04-3 FORUMDESASSOCIATIONS-FIXATIOND'UNÏARIFDEPLATEAU-REPAS

Il est proposé au conseil municipal de fixer à sept euros et soixante-quinze centimes le tarif du plateau-repas, pour
la manifestation prévue en 20'l6.

LE CONSEIL MUNICIPAL, A L'UNANIMITE, ACCEPÏE CEÏÏE PROPOSITION

2014.07.04-4 REVISION DES TARIFS DE RESTAURATION SCOLAIRE AVEC EFFET AU IER

SEPTEMBRE 2016

La dernière révision des tarifs des repas servis dans les restaurants scolaires municipaux résulte
de la délibération du Conseil municipal no 5 du 30 juin 2015, avec effet au 1e' septembre 2015.

LE CONSEIL MUNICIPAL, A L'UNANIMITE, ACCEPÏE CES PROPOSIÏIONS

2016.07.04 - s PARTICIPATION DE LA VILLE AUX FRAIS DE FONCTIONNEMENT DES ECOLES

PRIVEES SOUS CONTRAT D'ASSOC?ATION AVEC L'ETAT

En référence à l'article L442-5 du Code de l'éducation, pour les classes des établissements
d'enseignement privé du premier degré ayant passé un contrat d'association avec l'Etat, les
dépenses de fonctionnement « sont prises en charge dans les mêmes conditions que celles des
classes correspondantes de l'enseignement public. »

LE CONSEIL MUNICIPAL, A L'UNANIMIÏE, ACCEPTE CES ppoporrÏrriws

2016.07.04-6 PART?CIPATION DES COMMUNES DE RESIDENCE D'ELEVES NON
AVRANCHINAIS AUX FRAIS DE FONCTIONNEMENT DES ECOLES

Comme chaque année, le conseil municipal est saisi afin de déterminer le montant de la
contribution des communes de résidence d'élèves scolarisés à Avranches.

LE CONSEIL MUNICIPAL, A L'UNANIMITE, ACCEPTE CETTE PROPOSITION

2016.07.04-7 LIGNE DE TRESORERIE

Pour optimiser la gestion de la trésorerie dont l'objectif consiste à obtenir un niveau d'encaisse
quotidienne proche de zéro, le recours à une ligne de crédit de trésorerie s'avère être nécessaire.

LE CONSEIL MUNICIPAL, A L'UNANIMITE, ACCEPTE CETTE PROPOSITION
""")]


def test_a_rank_the_ocr_read_as_a_letter_and_a_year_it_misread_keep_the_seance_numbering() -> None:
    acts = analyse(_AVRANCHES_RANK, "Procès verbal du conseil municipal du 4 juillet 2016.pdf.txt").acts
    assert [a.act_number for a in acts] == ["2016.07.04-3", "2016.07.04-4", "2016.07.04 - 5", "2016.07.04-6",
                                            "2016.07.04-7"]


def test_a_title_the_ocr_glued_is_cut_into_the_words_the_document_prints() -> None:
    acts = analyse(_AVRANCHES_NUMBERS, "Procès verbal du conseil municipal du 26 février 2018.pdf.txt").acts
    # the body prints « la vente de ces chalets à la ville de Mortain-bocage » (and « sa »: not « CHALET SA »)
    assert acts[4].objet == "VENTE DES CHALETS A LA VILLE DE MORTAIN-BOCAGE"
    # a run the document's words cannot cut stays as printed
    assert acts[2].objet == "UTILISATIONDESCREDITSAFFECTESAUXDEPENSESIMPREVUES(CHAPITRE 020)"


def test_a_glued_title_is_not_cut_into_stray_letters() -> None:
    # Avranches, 18 décembre 2017: « 2017.12.18-2 ADMISSIONSENNON-VALEUR-CREANCESETEINTES », the body printing « Les
    # missions réalisées » and « admission à la retraite », never « admissions »: no « A D MISSIONS EN »
    from indexer.segment import _document_words, unglued

    words = _document_words("Les missions réalisées ;\nde supprimer, à compter de la radiation des cadres pour "
                            "admission à la retraite, le poste occupé en fonction\nrenouveler ce poste non permanent")
    assert unglued("ADMISSIONSENNON-VALEUR-CREANCESETEINTES", words) == "ADMISSIONSENNON-VALEUR-CREANCESETEINTES"


# Corte, recueil of 18 March 2025 again, extract 25-03/005: « OBIET \* Finances Commanaes » as the OCR saved it (« J »
# read « I », the colon written as an escaped « * »), the title on the arrow line below. Names replaced.
_CORTE_OBIET = [PageText(1, "".join(_corte_extract(
    f"25-03/00{rank}",
    "DELIBERATION DU CONSEIL MUNICIPAL\n\nSEANCE DU 18 MARS 2025\n\nDATE DE CONVOCATION : 10 mars 2025",
    objet, "ADOPTE à l'unanimité des membres présents et représentés la proposition de son Maire.", label)
    for rank, label, objet in (
        (4, "OBJET :", "Finances Communales\n\n> Adoption d’un plan de financement Travaux de voirie"),
        (5, "OBIET \\*", "Finances Commanaes\n\n> OAM, Individualisation de crédis « Proprétire Occupant » « Travaus "
                          "Lourds » au prot de\nMadame Marie DUPONT"),
        (6, "OBJET :", "Finances Communales\n\n> Adoption d’un plan de financement Automatismes Piscine Municipale"))))]


def test_an_objet_line_the_markdown_ocr_misspelt_still_names_the_act() -> None:
    acts = analyse(_CORTE_OBIET, "mairie-corte_deliberations_2025-03-18_downloads-1925.txt").acts
    assert [a.act_number for a in acts] == ["25-03/004", "25-03/005", "25-03/006"]
    assert acts[1].objet is not None and acts[1].objet.startswith("Finances Commanaes : OAM, Individualisation")


# Pierrefonds, 28 mai 2020 (pierrefonds/conseil-municipal/compte-rendu-28-05-2020.pdf): the national form
# « PROCÈS-VERBAL DE L'ÉLECTION DU MAIRE ET DES ADJOINTS », filled in by hand and scanned, as the OCR reads its printed
# headings (the handwriting is lost), shortened. Three acts: the maire's election, the number of adjoints, their
# election; the form's own section numbers are no act numbers.
_ELECTION_FORM = [
    PageText(2, """-2-
La séance a été ouverte sous ta présidence de M. le maire (ou remplaçant en application de I'article L.2122-17 du
CGCT), qui a déclaré les membres du conseil municipal cités ci-dessus (présents et absents) installés dans leurs
fonctions.
2. Étection du maire
2.'t. Présidence de I'assemblée :
Le plus âgé des membres présents du conseil municipal a pris la présidence de l'assemblée (afi. L. 2122-8 du CQCT).
ll a ensuite invité le conseil municipal à procéder à l'élection du maire. ll a rappelé qu'en application des articles
L. 2122-4 et L. 2122-T du CGCT, le maire est élu au scrutin secret et à la mejorité absolue.
2,2. Constitution du bureau
"""),
    PageText(3, """2.4. Résultats du oremier tour de scrutin
a. Nombre de conseillers présents à l'appel n,ayant pas pris part au vote
b. Nombre de votants (enveloppes déposées)
e. Nombre de suffrages exprimés [b - c - d]
"""),
    PageText(4, """2.7. Proçlamation de l'élection du maire
maire et a été immédiatement installé(e).
"""),
    PageText(5, """3. Election des adioints
sous la présidence du maire élu(e), le conseil municipal a été invité à procéder à l'élection des adjoints.
3.1. Nombre d'adioints
Le président a indiqué qu'en application des articles L. 2122-1 et L. 2122-2 du CGCT, la commune doit disposer au
minimum d'un adjoint et au maximum d'un nombre d'adjoints correspondant à 30% de l'effectif légal du conseil
municipal. Au vu de ces éléments, le conseil municipal a fixé à 5 le nombre des adjoints au maire de la commune.
3.2. Listes de candidats aux fonctions d'adiolnt au maire
Le maire (ou son remplagant) a rappelé que les adjoints sont élus au scrutin secret de liste à la majorité absolue.
b. Nombre de votants (enveloppes déposées)
"""),
    PageText(9, """ÉLECTIoN DU MARE ET DES ADJOINTS
FEUILLE DE PROCLAMATION
aolexée au orocès-verbal de l'élection
"""),
]


def test_the_national_form_of_the_maire_and_adjoints_election_holds_three_acts() -> None:
    acts = analyse(_ELECTION_FORM, "compte-rendu-28-05-2020.pdf").acts
    assert [(a.objet, a.page_start) for a in acts] == [
        ("Élection du maire", 2), ("Nombre d’adjoints", 5), ("Élection des adjoints", 5)]
    assert [a.act_number for a in acts] == [None, None, None]
