"""Session 12 of issue 11: rules read on the tuning parts (A dev, B-H, J). Each on a short excerpt of a real corpus
file (private persons anonymised); each fails without its rule. Whole-corpus effect:
bench/devset/acts_after_session12.txt."""

from __future__ import annotations

from indexer.models import PageText
from indexer.segment import analyse

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
