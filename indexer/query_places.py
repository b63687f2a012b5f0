"""The collectivité a query names: « la cantine de Pierrefonds », « les lampadaires à Couthenans ».

A clerk who types a commune's name asks about that commune. The words engines do not read it so:
the name is one word among many, and the long minutes of another commune that share the query's
other words outrank the named commune's short compte rendu; USE and e5 read a place name as
meaning, which it is not. The search therefore scopes such a query to the acts of the named place
(indexer.search.scope_to_place), softly: the others keep a share of their score, so that a query
whose place is only its subject (« convention avec Montpellier ») still finds the other party's act.

Only names the library already knows count (the collectivités read in its acts), matched the way a
clerk shortens them (indexer.textnorm.same_place): « Putanges » names Putanges-le-Lac, « Saint
Apollinaire » names Saint-Apollinaire, « Saint » alone names nothing. Pure functions, tested in
tests/test_search_ranking.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from indexer.textnorm import GENERIC_WORDS, STOP_WORDS, place_words

# A name that opens with the kind of body names no place by that word: « communauté » in a query
# is not the Communauté de communes des Lisières de l'Oise, « ville » is not Ville-d'Avray.
_BODY_WORDS = frozenset({
    "agglomeration", "commune", "communes", "communaute", "conseil", "departement", "grand", "metropole",
    "pays", "region", "sivom", "sivu", "syndicat", "ville",
})
_ARTICLES = frozenset({"l", "le", "la", "les"})
_SAINTS = frozenset({"saint", "sainte", "saints", "saintes"})
MIN_LETTERS = 4  # « Eu », « Y », « Bar » as query words are far more often words than communes


def naming_words(name: str) -> list[str] | None:
    """The words a query must hold, side by side, to name this place: its first word (« putanges »),
    or its first two when the first is « saint » (« saint apollinaire »); None for a name that opens
    with a body (« Communauté de communes… ») or whose distinctive word is too short to be read as a name."""
    words = place_words(name)
    while words and words[0] in _ARTICLES:  # « L'Arbresle » is named by « Arbresle »
        words = words[1:]
    if not words or words[0] in _BODY_WORDS or words[0] in GENERIC_WORDS or words[0] in STOP_WORDS:
        # a misread collectivité (« Conseil », « Fait ») must not scope every query that uses the word
        return None
    needed = words[:2] if words[0] in _SAINTS else words[:1]
    if len(needed[-1]) < MIN_LETTERS:
        return None
    return needed


def places_named(query: str, known: Iterable[str]) -> list[str]:
    """The known collectivités the query names, in ``known``'s order."""
    words = place_words(query)  # folded, « St » read as « saint »
    text = f" {' '.join(words)} "
    out = []
    for name in known:
        needed = naming_words(name)
        if needed and f" {' '.join(needed)} " in text:
            out.append(name)
    return out
