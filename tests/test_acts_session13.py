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
