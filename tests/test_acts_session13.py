"""Session 13 of issue 11: rules read on the tuning parts (A dev, B-H, J, K). Each on a short excerpt of a real corpus
file (private persons anonymised); each fails without its rule. Whole-corpus effect:
bench/devset/acts_after_session13.txt."""

from __future__ import annotations

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
