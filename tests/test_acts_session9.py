"""Session 9 of issue 11: rules for failure families shared across documents, read on parts B and E (tuning data
from session 9 on). Each on a short excerpt of a real corpus file (names of private persons replaced); each fails
without its rule. Whole-corpus effect: bench/devset/acts_after_session9.txt."""

from __future__ import annotations

from indexer.models import PageText
from indexer.segment import analyse

# Corte, procès-verbal du 23 septembre 2024 (corte/proces-verbaux/mairie-corte_proces-verbal_2024-09-23_
# downloads-1771.pdf), page 3, shortened: the title ends on a colon and goes on with its second half on the next line.
# Names of private persons replaced.
_CORTE_COLON = """Point n° 4 : GESTION DU DOMAINE COMMUNAL

24-09/088 — Modification du tableau des emplois communaux

> Le Conseil, à l’unanimité des membres présents et représentés, Adopte la proposition de son Maire.

24-09/089 — Régularisation d’un acte administratif :
Cession au profit de Monsieur Jean MARTIN :

> Le Conseil, VU le Code Général de la Fonction Publiques Territoriale, VU la délibération du Conseil Municipal
du 26 octobre 1994, à l’unanimité des membres présents et représentés, Adopte la proposition de son Maire.
"""


def test_a_title_ending_on_a_colon_goes_on_with_the_next_line() -> None:
    acts = analyse([PageText(3, _CORTE_COLON)], "mairie-corte_proces-verbal_2024-09-23_downloads-1771.pdf").acts
    assert [a.act_number for a in acts] == ["24-09/088", "24-09/089"]
    assert acts[1].objet == "Régularisation d’un acte administratif : Cession au profit de Monsieur Jean MARTIN"
    assert acts[0].objet == "Modification du tableau des emplois communaux"


# L'Arbresle, compte rendu du 9 juillet 2013 (benjaminpochat-demos/pdf/larbresle_compte-rendu_CM_2013-07-09.pdf),
# page 4, shortened: a numbered heading « DL-057-07-13 - … » wrapped over two lines. Names of private persons replaced.
_ARBRESLE_WRAPPED = """DL-056-07-13 - Bibliothèque : convention de mutualisation avec Lentilly
M. DURAND présente le dossier.
EXPOSE :
Il est rappelé aux membres du conseil municipal la convention de mutualisation des deux médiathèques.
Le conseil municipal, après en avoir délibéré, à l’unanimité, approuve la convention.
DL-057-07-13 - Informatisation réseau des médiathèques de L'Arbresle et Lentilly :
reversement de subvention à Lentilly
M. DURAND présente le dossier.
EXPOSE :
Il est rappelé aux membres du conseil municipal que par délibération N°DEL 116-12-11 en
date du 12 décembre 2011 ils avaient approuvé la convention de mutualisation des deux médiathèques.
Le conseil municipal, après en avoir délibéré, à l’unanimité, approuve le reversement.
"""


def test_a_numbered_heading_is_read_over_its_wrapped_line() -> None:
    acts = analyse([PageText(4, _ARBRESLE_WRAPPED)], "larbresle_compte-rendu_CM_2013-07-09.pdf").acts
    assert [a.act_number for a in acts] == ["DL-056-07-13", "DL-057-07-13"]
    assert acts[1].objet == ("Informatisation réseau des médiathèques de L'Arbresle et Lentilly : reversement de "
                             "subvention à Lentilly")
