"""Session 10 of issue 11: rules for failure families shared across documents, read on the tuning parts (A dev, B-G;
part G is tuning data from session 10 on). Each on a short excerpt of a real corpus file (names of private persons
replaced); each fails without its rule. Whole-corpus effect: bench/devset/acts_after_session10.txt."""

from __future__ import annotations

from indexer.models import PageText
from indexer.segment import analyse

# Pierrefonds, compte rendu du 9 juillet 2018 (pierrefonds/conseil-municipal/compte-rendu-09-07-2018.pdf), pages 3-4,
# shortened: each numbered item's title goes on with a sub-title on the next line behind the Symbol font's dash
# (U+F02D, kept by the PDF's text layer); three items share the words of their first line.
_PIERREFONDS_SYMBOL_DASH = """3. Accueil de loisirs
\uf02d Supplément mini-camps – été 2018
Durant l’accueil de loisirs des vacances d’été 2018 ayant lieu du 9 au 27 juillet 2018, est organisé un
mini – camp pour les adolescents.
Il est proposé pour assurer le financement de ce mini –camp de voter un supplément de 10 euros par
jour et par enfant correspondant aux repas.
Vote : Pour à l’unanimité
4. Restauration scolaire
\uf02d Tarification 2018/2019
Conformément à la demande de la C.A.F, un barème avec des tarifs modulés en fonction des ressources
des parents et distinguant l’accueil périscolaire du midi et le repas a été établi.
Il est décidé de maintenir pour l’année scolaire 2018/2019, la même tarification que l’an dernier.
Vote : Pour à l’unanimité
5. Accueil de Loisirs
\uf02d Barème de tarification - année scolaire 2018/2019
Le barème de participation familiale établi par la CAF, nécessaire à l’obtention de la participation
complémentaire, qu’il est proposé de mettre en place à Pierrefonds pour l’année scolaire 2018/2019.
Vote : Pour à l’unanimité
6. Accueil de Loisirs
\uf02d Tarification de la restauration - année scolaire 2018/2019
Madame le maire propose que pour l’année scolaire 2018/2019, le coût demandé aux familles pour la
restauration dans le cadre de l’accueil de loisirs demeure à 5 € par repas pour tous.
Vote : Pour à l’unanimité
"""


def test_a_sub_title_behind_the_symbol_font_dash_completes_the_title() -> None:
    acts = analyse([PageText(3, _PIERREFONDS_SYMBOL_DASH)], "compte-rendu-09-07-2018.pdf").acts
    assert [a.objet for a in acts] == [
        "Accueil de loisirs - Supplément mini-camps – été 2018",
        "Restauration scolaire - Tarification 2018/2019",
        "Accueil de Loisirs - Barème de tarification - année scolaire 2018/2019",
        "Accueil de Loisirs - Tarification de la restauration - année scolaire 2018/2019",
    ]
