"""Session 14 of issue 11, objets: rules read on the tuning parts (A dev, B-H, J, K, L). Each on a short excerpt of a
real corpus file; each fails without its rule. Whole-corpus effect and tuning figures:
bench/devset/acts_objets_session14.txt."""

from __future__ import annotations

from indexer.metadata import find_objet
from indexer.models import PageText
from indexer.segment import agenda_items, analyse, clean_objet, completed_from_agenda


def _acts(text: str, filename: str, ocr: bool = False) -> list:
    return analyse([PageText(1, text, ocr, False)], filename).acts


# Flaux, PV du 22 septembre 2023 (flaux/pdf-scannes/PV DU 22 SEPTEMBRE-tampon.pdf, OCR of the scan), items 7 to 9
# shortened: minutes cut at their votes, each item's title wrapped over two lines
_FLAUX_2023_09 = """Compte rendu
conseil municipal du
22 septembre 2023

Séance du 22 septembre 2023

Révision du règlement d'occupation des salles du château, du contrat de
location et réactualisation du tarif

Monsieur le Maire propose la révision du règlement d'occupation des salles du
château, du contrat de location et réactualisation du tarif et soumet à l’approbation
du Conseil Municipal le nouveau projet.

Vote : Unanimité

Majoration de la cotisation due au titre des logements meublés non affectés à
habitation principale

Le conseil municipal après en avoir délibéré

Ÿ Majore 20 % la part communale de la cotisation de taxe d'habitation sur les
résidences secondaires et autres locaux meublés non affectés à l'habitation
principale due au titre des logements meublés.

Vote : 1 contre et 10 pour

Convention de coordination entre la police intercommunale de la communauté
de communes Pays d’Uzès et la Gendarmerie

Monsieur le Maire expose la convention de coordination entre la police
intercommunale de la communauté de communes Pays d’Uzès et la Gendarmerie
Le conseil municipal après en avoir délibéré

> autorise Monsieur le Maire à signer la Convention de coordination entre la
police intercommunale de la communauté de commun es Pays d'Uzès et la
Gendarmerie nationale de brigade d’Uzès, St Chaptes, $t Ambroix et
Remoulins.
Vote : Unanimité

Questions diverses

Une demande est faite pour suspendre les sacs jaunes pour éviter qu'ils soient
éventrés par les animaux, Mr le Maire en fera part au service technique
"""


def test_a_title_goes_on_over_the_line_below_that_opens_in_lower_case() -> None:
    acts = _acts(_FLAUX_2023_09, "PV DU 22 SEPTEMBRE-tampon.pdf", ocr=True)
    assert acts[-1].objet == ("Convention de coordination entre la police intercommunale de la communauté de communes"
                              " Pays d’Uzès et la Gendarmerie")


# Flaux, PV du 15 décembre 2023 (flaux/pdf-scannes/PV DU 15 DECEMBRE 2024-tampon.pdf): the stamp cut the title's
# first line in a word (« … d’i »); the lower line alone does not tell its end, the line is left as read
def test_a_title_line_the_stamp_cut_in_a_word_is_not_joined_to_the_line_below() -> None:
    text = _FLAUX_2023_09.replace(
        "Convention de coordination entre la police intercommunale de la communauté\nde communes Pays d’Uzès et la"
        " Gendarmerie", "Zones d’accélération pour Pimplantation d’i\nproduction d'énergies renouvelables — Bilan")
    acts = _acts(text, "PV DU 15 DECEMBRE 2024-tampon.pdf", ocr=True)
    assert acts[-1].objet == "Zones d’accélération pour Pimplantation d’i"


# Couthenans, CR du 24 février 2023 (couthenans/CR_conseil_municipal_24_02_2023.pdf): « 9/ » is the item's rank
def test_an_items_rank_is_not_part_of_its_objet() -> None:
    first = ("Révision du règlement d'occupation des salles du château, du contrat de\n"
             "location et réactualisation du tarif")
    text = _FLAUX_2023_09.replace(first, "9/ Changement de destination pour 2 parcelles de bois")
    acts = _acts(text, "CR_conseil_municipal_24_02_2023.pdf")
    assert acts[0].objet == "Changement de destination pour 2 parcelles de bois"


# Illats, CR du 13 décembre 2018 (benjaminpochat-demos/txt/divers/illats_CR_CM_2018-12-13.txt), shortened
_ILLATS = """COMMUNE D’ILLATS
COMPTE-RENDU DU CONSEIL MUNICIPAL
DU 13 DECEMBRE 2018
Secrétaire de séance : Cécile BUZOS

ORDRE DU JOUR :
(SESSION ORDINAIRE)
DÉLIBÉRATIONS
1)
2)
Autorisation de signature d’un avenant sur le contrat enfance et jeunesse de la
Communauté de Communes Convergence Garonne
Vote de subvention pour le Collège Georges Brassens de Podensac et virement de crédits
correspondant – DM n°10
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
AUTORISE Monsieur le Maire à signer l’avenant de rattachement des communes de
l’ancienne Communauté de communes des Coteaux de Garonne ;
Délibération adoptée par 14 voix POUR
2) Vote subvention Collège Georges Brassens – Virement de crédits
correspondant DM N° 10
Monsieur le Maire rappelle au conseil municipal que la subvention attribuée
annuellement au Collège Georges Brassens de Podensac n’a pas été inscrite au budget 2018.
ACCEPTE de verser au Collège Georges Brassens de Podensac une
subvention d’un montant de 376.47 €
Délibération adoptée par 14 voix POUR
"""


def test_the_heading_of_the_section_of_acts_is_no_objet() -> None:
    acts = _acts(_ILLATS, "illats_CR_CM_2018-12-13.txt")
    assert (acts[0].objet or "").startswith("Autorisation de signature de l’avenant de rattachement")


# Flaux, PV du 16 décembre 2022 (flaux/pdf-scannes/PV du 16 décembre 2022.pdf): the agenda's items behind « + »
_FLAUX_2022_AGENDA = """Ordre du jour
+ Approbation du procès-verbal du 23 novembre 2022
+ Dépenses d'investissement avant le vote du budget 2023 M14 *
+ Dépenses d'investissement avant le vote du budget 2023 M49..

+ CSI fénouvellement convention d'objectifs et moyens 2022-2025 animation
vie sociale -

+ Questions diverses

Ouverture de la séance
"""


def test_a_bullet_opens_an_agenda_item_and_is_not_part_of_it() -> None:
    items = agenda_items(_FLAUX_2022_AGENDA)
    assert items[1] == "Dépenses d'investissement avant le vote du budget 2023 M14"
    assert items[-1] == "CSI fénouvellement convention d'objectifs et moyens 2022-2025 animation vie sociale"


def test_the_prefecture_stamp_read_over_a_title_is_not_of_the_objet() -> None:
    # Flaux, PV du 16 décembre 2022 and compte rendu du 26 novembre 2021 (OCR of the scans)
    assert clean_objet("M49 -— Interconnexion des 2 réservoirs - Em] Re94 en préfecture le 02/02/2023") == (
        "M49 -— Interconnexion des 2 réservoirs - Em")
    assert clean_objet("Regu en préfecture") is None


def test_the_frame_count_misread_by_the_ocr_is_no_objet() -> None:
    assert clean_objet("Nombre de membies") is None  # Flaux, PV du 16 décembre 2022


def test_a_sentence_the_ocr_glued_to_the_title_ends_it() -> None:
    # Flaux, PV du 31 mars 2023 (flaux/pdf-scannes/PV du 31 mars 2023-tampon.pdf)
    assert clean_objet("Réalisation d’un parc photovoltaïqueLa commune de Flaux envisage de réaliser un") == (
        "Réalisation d’un parc photovoltaïque")


# Avranches, séance du 26 septembre 2016 (benjaminpochat-demos/txt/avranches/CM 26 09 2016 - Procès-verbal.pdf.txt),
# items 12 and 19 shortened: headings in capitals whose second half pdftotext set below a blank line
_AVRANCHES_2016 = """2016.09.26 - 12  POLITIQUE DE LA VILLE

RAPPORT ANNUEL SUR LA MISE EN ŒUVRE DE LA POLITIQUE DE LA VILLE


Dans  le  cadre  de  la  loi  du  21  février  2014  de  programmation  pour  la  ville  et  la  cohésion  urbaine,
les
communes et EPCI signataires d’un contrat de ville ont obligation de rédiger un rapport annuel.

LE CONSEIL MUNICIPAL, A L’UNANIMITE, ACCEPTE CETTE PROPOSITION

2016.09.26 - 19  PLACE  DU  MARCHE :

INTEGRATION  DANS  LE  DOMAINE  PUBLIC  DE
PARCELLES DE TERRAIN SUITE A UN ECHANGE IMMOBILIER AVEC MR ET MME
BRAULT


Dans le cadre de sa politique en faveur de la réhabilitation de l’habitat ancien, le conseil municipal, lors de
sa séance du 28 janvier dernier, a décidé d’acquérir des immeubles.

LE CONSEIL MUNICIPAL, A L’UNANIMITE, ACCEPTE CETTE PROPOSITION
"""


def test_a_capital_heading_goes_on_with_its_capital_rapport_line_below() -> None:
    acts = _acts(_AVRANCHES_2016, "CM 26 09 2016 - Procès-verbal.pdf.txt")
    assert acts[0].objet == "POLITIQUE DE LA VILLE RAPPORT ANNUEL SUR LA MISE EN ŒUVRE DE LA POLITIQUE DE LA VILLE"


def test_a_capital_heading_ending_on_a_colon_goes_on_below_the_blank_line() -> None:
    acts = _acts(_AVRANCHES_2016, "CM 26 09 2016 - Procès-verbal.pdf.txt")
    assert (acts[1].objet or "").startswith("PLACE DU MARCHE : INTEGRATION DANS LE DOMAINE PUBLIC DE PARCELLES")


def test_an_arrow_with_an_ocr_speck_before_it_still_brings_the_title_under_its_category() -> None:
    # Corte, recueil du 1er juillet 2025 (corte/texte-ocr-projet-pertitellu/mairie-corte_deliberations_2025-07-01_
    # downloads-1919.txt), act 25-07/053's heading
    text = """SECRETAIRE DE SEANCE: Monsieur Mare-Marie GUGLIELMI

Accusé de réception - Ministére de l'Intérieur [02B-212000962-20250701-DEL-25-07-053-DE

Accusé certifié exécutoire

IRéception par le préfet ! 03/07/2025] Publication : 04/07/2025

Pour l'autorité compétente par délégation

OBJET : Finances Communales :

}> Admission en non-valeurs pour l’exercice 2025

25-07/053

LE MAIRE,

Expose au Conseil qu’à la demande du Comptable Public, il convient d’admettre en non-valeur des
créances,
"""
    assert find_objet(text) == "Finances Communales : Admission en non-valeurs pour l’exercice 2025"


def test_the_frame_of_a_scanned_page_is_no_objet() -> None:
    # Flaux's scans: PV DU 9 JUIN 2023-tampon.pdf, PV du 31 mars 2023-tampon.pdf, compte rendu du 25 mars 2022 (1).pdf
    assert clean_objet("PV conseil municipal du 09 juin 2023") is None
    assert clean_objet("Note de synthèse conseil municipal du 31 mars 2023") is None
    assert clean_objet("FRÉPOBLIQUE FRANCAISE") is None


# Eybens, séance du 24 octobre 2013 (benjaminpochat-demos/txt/divers/eybens_deliberations_CM_2013-10-24.txt): one act,
# its title right below the roll call, no « Objet : », no number
_EYBENS = """VILLE D’EYBENS
DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DU 24 OCTOBRE 2013
Le jeudi 24 octobre 2013 à 17 h 30, le Conseil municipal de la commune d’Eybens dûment
convoqué s’est réuni en mairie sous la présidence de Marc Baïetto, Maire.
Date de la convocation : vendredi 18 octobre 2013
Elus en exercice : 29
Elus présents : 17
Secrétaire de séance : Aurélie Sauze
Délégation de service public : SAEML CCIAG (Société Anonyme d'Economie Mixte Locale -
Compagnie de Chauffage Intercommunale de l'Agglomération Grenobloise) – Avenant n°5
de la convention de concession de chauffage urbain passée entre la ville d'Eybens et la
CCIAG le 4 octobre 1983 et avenant n°6 au cahier des charges, annexé à la convention, et
nouveau règlement de service.
Une convention de concession de chauffage urbain a été signée le 4 octobre 1983 entre la ville
d'Eybens et SAEML CCIAG. Des avenants successifs n° 1 à 4 sont venus compléter et modifier cette
convention ainsi que des avenants nos 1 à 5 son cahier des charges.
Après en avoir délibéré, le Conseil municipal approuve l'avenant n°5 à l'unanimité.
"""


def test_a_lone_acts_title_is_the_heading_below_the_roll_call() -> None:
    acts = _acts(_EYBENS, "eybens_deliberations_CM_2013-10-24.txt")
    assert len(acts) == 1
    assert (acts[0].objet or "").startswith("Délégation de service public : SAEML CCIAG")
    assert (acts[0].objet or "").endswith("et nouveau règlement de service.")


def test_a_title_in_a_doc_table_cell_ending_on_a_dash_goes_on_in_the_cells_below() -> None:
    # Flaux, compte rendu du 19 novembre 2020 (flaux/txt-extrait-des-doc/20201119-5 - compte rendu du 19 novembre
    # 2020.txt, the .doc's table as text), its first item shortened, then the second item
    text = """|REPUBLIQUE FRANCAISE| |
|DEPARTEMENT du GARD |COMPTE RENDU |
| |du CONSEIL MUNICIPAL de la COMMUNE de FLAUX |
| |Séance du 19 novembre 2020 |
| |Le compte rendu du Conseil Municipal du 19 novembre 2020 est |
|19 octobre 2020 |validé à l’unanimité |
| | |
|1/3 |Centre Socioculturel Intercommunal Pierre Mendès France – |
| |Avenant à la convention d’objectifs et de moyens pour l’année |
| |2021 - Animation de la vie sociale |
| | |
| |Monsieur le Maire rappelle aux membres du Conseil Municipal que|
| |depuis de nombreuses années la commune de Flaux est signataire |
| |d’une Convention qui la lie au CSI dans la réalisation |
| |d’objectifs d’animation sociale. |
| |Le Conseil Municipal, après en avoir délibéré et à l’unanimité,|
| |autorise Monsieur le Maire à signer l’avenant à la convention |
| | |
| |Transfert de la compétence et documents d’urbanisme (PLUI) |
| | |
| |Monsieur Le Maire rappelle aux membres du Conseil Municipal, |
| |Vu le code d’urbanisme, |
| |Le Conseil Municipal, après en avoir délibéré et à l’unanimité,|
| |décide de se prononcer contre le transfert de cette compétence |
"""
    acts = _acts(text, "20201119-5 - compte rendu du 19 novembre 2020.txt")
    assert acts[0].objet == ("Centre Socioculturel Intercommunal Pierre Mendès France – Avenant à la convention"
                             " d’objectifs et de moyens pour l’année 2021 - Animation de la vie sociale")


# Flaux, compte rendu du 11 mars 2021 (flaux/pdf-scannes/compte rendu du 11 mars 2021.pdf, OCR of the scan), page 4
# shortened: the page's frame as the OCR read it (« Il mars 2021 », « conseil mugicipal du »), then two items
_FLAUX_2021_03 = """Convention de prestation avec le CSI pour la traille des OLD
Monsieur le Maire rappelle aux membres du conseil municipal qu’il avait été envisagé
de confier au Centre Social Intercommunal de St Quentin la Poterie, (CSI) dans le
cadre d’un chantier de réinsertion, la taille dans le cadre des OLD
Vote : à l'unanimité
REPUBLIQUE FRANCAÏSE
DEPARTEMENT du GARD
Nombre de membres
en exercice : il
qui ont pris part à la
délibération : il
Date de la convocation :
5 mars 20?
Objet :
Compte rendu
conseil mugicipal du
Il mars 2021
4/5
Emprunt à court terme
Suite au projet de réhabilitation du lavoir du Hameau des Auvis, monsieur le Maire
propose de recourir à un emprunt à court terme sur 2 ans pour l'intégralité du
montant total T.T. C. de l'opération, soit 35 000.00 €.
Vote : à l'unanimité
€CPU — Marché nocturne 2021
La candidature de la commune a été retenue par la commission en charge de
l'organisation des marchés. La date du mercredi 18 août est attribuée à la commune.
Vote : à l'unanimité
"""


def test_the_frame_as_the_ocr_read_it_and_a_sign_before_a_title_do_not_hide_the_title() -> None:
    acts = _acts(_FLAUX_2021_03, "compte rendu du 11 mars 2021.pdf", ocr=True)
    assert [act.objet for act in acts][-2:] == ["Emprunt à court terme", "CPU — Marché nocturne 2021"]


def test_a_title_cut_under_the_stamp_is_completed_from_the_agenda_that_prints_its_budget_code_after_it() -> None:
    # Flaux, PV du 15 décembre 2023 (flaux/pdf-scannes/PV DU 15 DECEMBRE 2024-tampon.pdf): the agenda's two items
    # differ only by their budget's code, printed after the title there and before it in the body
    agenda = ["Dépenses d'investissement avant le vote du budget 2024 M57",
              "Dépenses d'investissement avant le vote du budget 2024 M49"]
    assert completed_from_agenda("M49 - Dépenses d’investissement avant le vd", agenda) == (
        "Dépenses d'investissement avant le vote du budget 2024 M49")
    assert completed_from_agenda("M14 - Dépenses d’investissement avant le vd", agenda) == (
        "M14 - Dépenses d’investissement avant le vd")


def test_a_first_title_line_in_capitals_goes_on_with_the_capital_lines_below() -> None:
    # Flaux, PV du 16 décembre 2022 (flaux/pdf-scannes/PV du 16 décembre 2022.pdf, OCR of the scan), page 3 shortened
    text = _FLAUX_2023_09.replace(
        "Convention de coordination entre la police intercommunale de la communauté\nde communes Pays d’Uzès et la"
        " Gendarmerie", "AVIS D'APPEL A MANIFESTATION D’INTERET CONCURRENTE\nSUITE A LA MANIFESTATION D’INTERET"
        " SPONTANEE POUR LA\nCONCLUSION D'UN CONTRAT DE BAIL REALISATION,\nEXPLOITATION ET MAINTENANCE D'UNE"
        " CENTRALE\nPHOTOVOLTAIQUE AU SOL")
    acts = _acts(text, "PV du 16 décembre 2022.pdf", ocr=True)
    assert acts[-1].objet == ("AVIS D'APPEL A MANIFESTATION D’INTERET CONCURRENTE SUITE A LA MANIFESTATION D’INTERET"
                              " SPONTANEE POUR LA CONCLUSION D'UN CONTRAT DE BAIL REALISATION, EXPLOITATION ET"
                              " MAINTENANCE D'UNE CENTRALE PHOTOVOLTAIQUE AU SOL")
