"""May this stored objet be shown as an objet? The view's own second reading, token by token.

The extractor (``indexer/segment.py``) already rejects some lines with ``indexer.objet_lines``; asking
the same function again before display would only repeat its verdict, so a line it lets through would
be shown as it came. This module reads the stored text again by another method (a list of tokens and
named cues, no shared pattern; an import-linter contract keeps it away from the extractor) and says
why a line is no objet: a vote or ballot line, an entry of a list of deliberations, a page header, or
a piece of a sentence. The result list then shows « fichier, page N » instead (``app/result_card.py``).

``bench/objet_display_agreement.py`` compares both readings on a real library's objets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.textnorm import fold

# Tokens: runs of letters, runs of digits, and each other visible character on its own.
_TOKEN = re.compile(r"[a-z]+|[0-9]+|[^\sa-z0-9]")

_BALLOT_NOUNS = frozenset("voix vote votes suffrage suffrages bulletin bulletins".split())
# Words that open a line of a tally (« Pour : 12 », « en exercice : 11 », « Abstentions : 3, … »).
_TALLY_WORDS = frozenset("""
pour contre abstention abstentions votant votants present presents exprime exprimes blanc blancs nul nuls
absent absents represente representes excuse excuses exercice
""".split())
_ELECTED = frozenset("elu elue elus elues".split())
_DECIDED = frozenset("approuve approuvee approuves approuvees adopte adoptee adoptes adoptees rejete rejetee "
                     "rejetes rejetees retire retiree retires retirees".split())
_OF = frozenset("de du des d".split())
_PLACES = frozenset("departement arrondissement canton prefecture".split())
_TOWN = frozenset("commune mairie ville".split())
_SITTING = frozenset("seance reunion session".split())
_SITTING_KIND = frozenset("du ordinaire extraordinaire publique".split())
_TITLES = (("proces", "verbal"), ("compte", "rendu"), ("ordre", "du", "jour"), ("registre", "des", "deliberations"),
           ("liste", "des", "deliberations"), ("note", "de", "synthese"), ("note", "explicative", "de", "synthese"))
# What may follow a document title in a header: the sitting or the council, never a subject.
_TITLE_TAIL = frozenset("seance seances reunion conseil sceance municipal".split())
# A line that continues the previous one opens, in lower case, with a link word or a verb of the
# decision (« relatif à », « tel qu'annexé », « autorise le maire… »); an objet opens with a noun.
_GOES_ON = frozenset("""
a au aux avec de des du d en et la le les l ou par pour que qu qui dont dans sur sous tel telle tels telles
relatif relative relatifs relatives present presente presents presentee presentes suivant suivante suivants
suivantes favorable autorise autorisent decide decident approuve approuvent adopte emet prend donne charge
represente representes representee representees
""".split())


def _clean(text: str) -> str:
    # OCR'd table borders and leading bullets are not part of the objet (« |  Tarifs | », « . APPROBATION »).
    return " ".join(text.replace("|", " ").split()).lstrip(".-–—•*· ")


def _is_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and token[:2] in ("19", "20")


def _opens_with_a_date(t: list[str]) -> bool:
    """« 02/2024 », « 12/03/2021 », « 28/04/14 »: how a row of a list of deliberations starts."""
    if len(t) < 3 or not (t[0].isdigit() and t[1] == "/" and t[2].isdigit()):
        return False
    if _is_year(t[2]):
        return True
    return len(t) >= 5 and t[3] == "/" and t[4].isdigit() and len(t[4]) in (2, 4)


def _after_date(t: list[str]) -> list[str]:
    skip = 5 if len(t) >= 5 and t[3] == "/" else 3
    return t[skip:]


def _before_colon(t: list[str]) -> list[str] | None:
    for i, token in enumerate(t[:8]):
        if token in (":", "="):
            return t[:i]
    return None


def _ballot(t: list[str], words: list[str]) -> bool:
    if any(a.isdigit() and b in _BALLOT_NOUNS for a, b in zip(t, t[1:], strict=False)):  # « 11 votes », « 26 voix »
        return True
    if any(words[i : i + 3] in (["part", "au", "vote"], ["part", "a", "ce"]) for i in range(len(words))):
        return True  # « ne prenant pas part au vote »
    if "unanimite" in words[:4]:
        return True  # « À l'unanimité », « Adopté à l'unanimité » on its own line
    if words and words[-1] in _ELECTED and any(x.isdigit() for x in t):
        return True  # « Anne-Marie : 11 votes, Elue »
    head = _before_colon(t)
    if head is None:
        return False
    head_words = [x for x in head if x.isalpha()]
    if any(w in _TALLY_WORDS for w in head_words) and len(head_words) <= 4:
        return True  # « Pour : 12 », « membres en exercice : 11 »
    rest = t[len(head) + 1 :]
    # « Dupont Jean : 9 »: a name and a count, nothing else.
    return 0 < len(head_words) <= 4 and bool(rest) and all(not x.isalpha() for x in rest) and any(
        x.isdigit() for x in rest)


def _list_entry(t: list[str], words: list[str]) -> bool:
    if _opens_with_a_date(t):
        rest = _after_date(t)
        return not rest or rest[0].isdigit() or not any(x.isalpha() and len(x) >= 3 for x in rest)
    digits = [x for x in t if x.isdigit()]
    for i in range(len(t) - 4):  # the préfecture's ACTES identifier: 034-213401722-20140424-…
        if [len(t[i]), t[i + 1], len(t[i + 2]), t[i + 3], len(t[i + 4])] == [3, "-", 9, "-", 8]:
            return True
    ends_decided = bool(words) and (words[-1] in _DECIDED or words[-2:] == ["prend", "acte"])
    return bool(digits) and t[0].isdigit() and ends_decided  # « 2024_07 Convention … Approuvée »


def _header(t: list[str], words: list[str]) -> bool:
    if not words:
        return all(not x.isalpha() for x in t)  # « - 4 - », « 3/12 »
    first, second = words[0], (words[1] if len(words) > 1 else "")
    if words[:2] in (["republique", "francaise"], ["liberte", "egalite"]):
        return True
    if first in _PLACES and second in _OF:
        return True
    if first in _TOWN and second in _OF and len(words) <= 6 and ":" not in t:
        return True  # « Commune de Pierrefonds », not « Commune nouvelle : création »
    if first == "extrait" and second in ("du", "des"):
        return True
    for title in _TITLES:
        if tuple(words[: len(title)]) == title:
            tail = [w for w in words[len(title) :] if w not in ("de", "du", "des", "la", "l")]
            return not tail or tail[0] in _TITLE_TAIL
    if first in _SITTING and second in _SITTING_KIND:
        return True
    if words[:2] == ["conseil", "municipal"]:
        return len(words) == 2 or words[2] in ("du", "en", "extraordinaire", "ordinaire")
    return first == "page" and all(not x.isalpha() or x == "sur" for x in t[1:])


def _piece_of_sentence(line: str, words: list[str]) -> bool:
    if line[:1] in ">,;:)]" or not any(len(w) >= 3 for w in words):
        return True
    return line[:1].islower() and bool(words) and words[0] in _GOES_ON


# Named, in the order they are asked; the French reasons are for the measure and the logs.
REASONS: dict[str, str] = {
    "vote": "ligne de vote ou de scrutin",
    "liste": "ligne d'une liste de délibérations",
    "entete": "en-tête ou pied de page",
    "fragment": "morceau de phrase",
}


@lru_cache(maxsize=16384)  # a listing asks for the same objets again at each search or filter
def _refusal(line: str) -> str | None:
    if not line:
        return None
    t = _TOKEN.findall(fold(line))
    words = [x for x in t if x.isalpha()]
    if _ballot(t, words):
        return "vote"
    if _list_entry(t, words):
        return "liste"
    if _header(t, words):
        return "entete"
    if _piece_of_sentence(line, words):
        return "fragment"
    return None


def refusal(text: str | None) -> str | None:
    """Why ``text`` is not shown as an objet (a key of :data:`REASONS`), or None when it may be."""
    return _refusal(_clean(text or ""))


def readable_objet(text: str | None) -> str | None:
    """``text`` cleaned when it reads like an objet; None when it is missing or is not one."""
    line = _clean(text or "")
    return line if line and _refusal(line) is None else None
