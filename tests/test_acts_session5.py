"""Session 5 of issue 11: rules for the failure families that parts C and D showed. Each on a short excerpt of a
real corpus file (names of private persons replaced); each fails without its rule. Whole-corpus effect and the
measure on unseen files: bench/devset/acts_after_session5.txt."""

from __future__ import annotations

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
