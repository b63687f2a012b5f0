"""Session 5 of issue 11: rules for the failure families that parts C and D showed. Each on a short excerpt of a
real corpus file (names of private persons replaced); each fails without its rule. Whole-corpus effect and the
measure on unseen files: bench/devset/acts_after_session5.txt."""

from __future__ import annotations

from indexer.models import PageText
from indexer.segment import analyse
from indexer.vote_check import checked
from indexer.votes import read_votes

# Corte's OCR'd recueil of 18 March 2025 (corte/texte-ocr-projet-pertitellu/
# mairie-corte_deliberations_2025-03-18_downloads-1925.txt), three extracts' decision lines as OCR read them
_CORTE_OCR_DECISIONS = (
    "Oui exposé de son Maire,\n\nApis en avoid,\n\nA l'ananimitédes membres présents et représentés,\n\n"
    "> APPROUVE la proposition,\n",
    "‘Out exposé de son Maire,\n\npets avoir dling,\n\nA Caumanimité des membres présente represent,\n\n"
    "> APPROUVE ta proposition de son Maire,\n",
    "Madame Marie DUPONT ne prenant pas part au vote\n\n"
    "A Punaninité ds meres résets t roprésenté, pat 20 voix « Pour»,\n\n> APPROUVE la proposition,\n",
)


def test_ocr_d_unanimity_in_the_decision_formula_is_a_unanimity() -> None:
    for text in _CORTE_OCR_DECISIONS:
        votes, adopted = read_votes(text)
        stored, refused = checked(votes, text)
        assert (stored.unanimite, stored.contre, adopted, refused) == (True, 0, True, None), text


def test_a_word_that_only_looks_like_unanimity_outside_the_formula_is_none() -> None:
    # Pierrefonds, compte rendu du 10/12/2019: a line that opens with « aux animations », no « délibéré » above,
    # no « des membres » after
    text = ("La tente à lire sera également reconduite\n"
            "aux animations autour du livre proposées par les bibliothèques du territoire.\n")
    votes, _ = read_votes(text)
    assert votes.unanimite is None


# Avranches, procès-verbal du 2 juin 2014 (benjaminpochat-demos/txt/avranches/Procès-verbal du conseil municipal du
# 2 juin.pdf.txt), six items shortened, as pdftotext laid the justified headings out; private names replaced
_AVRANCHES_2014 = """2014.06.02 - 7  DROIT  A  LA  FORMATION  DES  ELUS  (ARTICLE  L  2123-12  DU  CODE  GENERAL

DES COLLECTIVITES TERRITORIALES)


Les  membres  d'un  conseil  municipal  ont  droit  à  une  formation  adaptée  à  leurs  fonctions,  en
référence à  l'article L2123-12 du CGCT modifié par la loi n°2002-276 du 27 février 2002.

LE CONSEIL MUNICIPAL, A L’UNANIMITE, ACCEPTE CES PROPOSITIONS

2014.06.02 - 8  ADHESION

A

L’ASSOCIATION

DES
COLLECTIVITES TERRITORIALES  (ARIC),  UN  ORGANISME  DE  FORMATION  DES
ELUS


Les  membres  d'un  conseil  municipal  doivent  bénéficier  d’une  formation  dispensée  par  un
organisme agréé par le ministère de l’intérieur. L'adhésion à l'ARIC est proposée pour l'année.

LE CONSEIL MUNICIPAL, A L’UNANIMITE, ACCEPTE CES PROPOSITIONS

2014.06.02 - 9  EMPLOI DE COLLABORATEUR DE CABINET


Il est proposé de créer un emploi de collaborateur de cabinet à temps complet.

LE CONSEIL MUNICIPAL, A L'EXCEPTION DE MADAME A, MESSIEURS B, C, QUI S'ABSTIENNENT, ACCEPTE CETTE PROPOSITION

2014.06.02 - 12

INDEMNITE DE CONSEIL AU TRESORIER


Vu  l’article  97  de  la  loi  n°82.213  du  2  mars  1982  modifié  relative  aux  droits  et  libertés  des
communes, des départements et des régions, il est proposé d'allouer l'indemnité au receveur.

LE CONSEIL MUNICIPAL, A L’UNANIMITE, ACCEPTE CES PROPOSITIONS

2014.06.02 - 15  DELEGATION  AU  MAIRE-ARTICLES  L-2122.22  ET  L-2122.23  DU  CODE

GENERAL DES COLLECTIVITES TERRITORIALES


Conformément  à  la  délibération  du  conseil  municipal  d'Avranches  en  date  du  7  avril  2014
m'accordant délégation, les arrêtés suivants ont été pris :

Il a été conclu une convention de location avec Monsieur Jean DUPONT en  vue  de  la  location  d’une
maison  d’habitation  moyennant  un  loyer  mensuel  de  180  €uros.

2014.06.02 - 16  COMMEMORATION DE LA LIBERATION D’AVRANCHES : FIXATION DU PRIX DE

VENTE D’UNE BANDE DESSINEE


Une bande dessinée a été éditée dans le cadre de la commémoration ; il est proposé d'en fixer le prix.

LE CONSEIL MUNICIPAL, A L’UNANIMITE, ACCEPTE CES PROPOSITIONS
"""


def _avranches_acts() -> list[tuple[str | None, str | None]]:
    analysis = analyse([PageText(1, _AVRANCHES_2014)], "Procès-verbal du conseil municipal du 2 juin.pdf.txt")
    return [(act.act_number, act.objet) for act in analysis.acts if act.kind is None]


def test_a_capital_heading_goes_on_over_a_blank_line() -> None:
    assert ("2014.06.02 - 7", "DROIT A LA FORMATION DES ELUS (ARTICLE L 2123-12 DU CODE GENERAL DES COLLECTIVITES "
            "TERRITORIALES)") in [(n, o and " ".join(o.split())) for n, o in _avranches_acts()]


def test_a_number_alone_on_its_line_heads_the_capital_title_below() -> None:
    acts = [(n, o and " ".join(o.split())) for n, o in _avranches_acts()]
    assert ("2014.06.02 - 12", "INDEMNITE DE CONSEIL AU TRESORIER") in acts
    assert ("2014.06.02 - 8", "ADHESION A L’ASSOCIATION DES COLLECTIVITES TERRITORIALES (ARIC), UN ORGANISME DE "
            "FORMATION DES ELUS") in acts


def test_a_numbered_delegation_report_is_the_council_s_item() -> None:
    # the article numbers L-2122.22 / L-2122.23 do not make its heading a table row, and the register numbers it
    numbers = [n for n, _ in _avranches_acts()]
    assert numbers == ["2014.06.02 - 7", "2014.06.02 - 8", "2014.06.02 - 9", "2014.06.02 - 12", "2014.06.02 - 15",
                       "2014.06.02 - 16"]


# Putanges-le-Lac, séance du 9 mars 2020 (putanges-le-lac/2020/09032020compte-rendu-internet.pdf), two numbered items
# shortened, then the closing « DELIBERATIONS » list, whose long titles wrap over three lines
_PUTANGES_2020 = """2020-03-05 AMENAGEMENT DES RIVES DU LAC DE RABODANGES – CONSTRUCTION DU LOCAL MAÎTRE-NAGEUR
SAUVETEUR, TOILETTES PUBLIQUES ET CHANTIER D’AMENAGEMENT DES OUVRAGES – MISSION DE CONTROLE TECHNIQUE.
Dans le cadre des travaux d’aménagement des rives du lac de RABODANGES, Monsieur le Maire fait part à l’Assemblée de
l’obligation de lancer une consultation pour la réalisation d’une mission de contrôle technique.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité des Membres présents ;
         Retient la Société APAVE pour un montant de 8.205,00 € HT soit 9.846,00 € TTC
2020-03-06 AMENAGEMENT DES RIVES DU LAC DE RABODANGES – CONSTRUCTION DU LOCAL MAÎTRE-NAGEUR
SAUVETEUR, TOILETTES PUBLIQUES ET CHANTIER D’AMENAGEMENT DES OUVRAGES - MISSION DE
COORDINATION - SECURITE PROTECTION DE LA SANTE EN PHASE CONCEPTION ET REALISATION.
Dans le cadre des travaux d’aménagement des rives du lac de RABODANGES, Monsieur le Maire fait part à l’Assemblée de
l’obligation de lancer une consultation pour la réalisation d’une prestation de mission de coordination Sécurité.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité des Membres présents ;
         Retient la Société DEKRA pour un montant de 15.440,00 € HT
2020-03-07 AMENAGEMENT DES RIVES DU LAC DE RABODANGES – ACHAT DU TERRAIN LES SAFRIERES.
Monsieur le Maire rappelle le projet d’acquisition du terrain dit « les Safrières » nécessaire aux aménagements.
Après en avoir délibéré, le Conseil Municipal, à l’unanimité des Membres présents ;
         Décide d’acquérir le terrain pour le prix énoncé.
                                                   DELIBERATIONS
2020-03-05 AMENAGEMENT DES RIVES DU LAC DE RABODANGES – CONSTRUCTION DU LOCAL MAITRE-NAGEUR
           SAUVETEUR, TOILETTES PUBLIQUES ET CHANTIER D’AMENAGEMENT DES OUVRAGES – MISSION DE
           CONTROLE TECHNIQUE
2020-03-06 AMENAGEMENT DES RIVES DU LAC DE RABODANGES – CONSTRUCTION DU LOCAL MAITRE-NAGEUR
           SAUVETEUR, TOILETTES PUBLIQUES ET CHANTIER D’AMENAGEMENT DES OUVRAGES – MISSION DE
           COORDINATION – SECURITE PROTECTION DE LA SANTE EN PHASE CONCEPTION ET REALISATION
2020-03-07 AMENAGEMENT DES RIVES DU LAC DE RABODANGES – ACHAT DU TERRAIN LES SAFRIERES
"""


def test_an_act_number_printed_again_without_a_vote_is_the_closing_list_s_line() -> None:
    analysis = analyse([PageText(1, _PUTANGES_2020)], "09032020compte-rendu-internet.pdf")
    numbers = [act.act_number for act in analysis.acts if act.kind is None]
    assert numbers == ["2020-03-05", "2020-03-06", "2020-03-07"]
