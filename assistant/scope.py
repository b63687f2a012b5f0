"""The communes a question names, as a scope for retrieval.

"Combien coûte la mission de l'archiviste votée à Couthenans ?" asked of a library holding twenty
communes: the words "mission" and "archiviste" are commoner in other communes' minutes than in
Couthenans' short notes, so a search over everything can leave Couthenans out of the passages
the model reads. A commune is known to the library by its acts' collectivité and by the folders
and file names the clerk gave ("couthenans/CR_reunion_20210604.pdf"); a capitalised name of the
question that is one of those restricts a second search to those documents.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import text as tx

if TYPE_CHECKING:
    from indexer.protocol import LibraryReader

# A capitalised name, hyphens and short connectors included: "Putanges-le-Lac", "Fargues-Saint-Hilaire",
# "Châtillon-sur-Seine", "Roannais Agglomération".
_PLACE = re.compile(
    r"(?<!\w)[A-ZÀ-ÖØ-Þ][\w]+(?:(?:[- ](?:(?:le|la|les|de|du|des|en|sur|sous|lès|aux?)[- ])?)[A-ZÀ-ÖØ-Þ][\w]+)*"
)
_SEPARATORS = re.compile(r"[\s/_.\-’']+")
MIN_PLACE_LETTERS = 4
# Capitalised at the head of a question, never a place: "Combien Putanges-le-Lac a-t-elle versé".
_QUESTION_WORDS = frozenset(
    "quel quelle quels quelles combien comment pourquoi quand depuis avons avez est sont qui".split()
)


def _key(text: str) -> str:
    return " " + _SEPARATORS.sub(" ", tx.fold(text)).strip() + " "


def question_places(question: str) -> list[list[str]]:
    """Per capitalised name of the question, its place keys, longest first.

    "OPAH Corte" gives " opah corte " then " corte ": an acronym or a title before a commune's
    name is tried with it first, then left out.
    """
    out: list[list[str]] = []
    for m in _PLACE.finditer(question):
        raw = _SEPARATORS.sub(" ", m.group()).split()
        capitals = [i for i, w in enumerate(raw) if w[:1].isupper()]
        keys = []
        for i in capitals:
            key = _key(" ".join(raw[i:]))
            first = key.split()[0]
            if first in _QUESTION_WORDS or tx.is_stop_word(first):
                continue
            if len(key.replace(" ", "")) >= MIN_PLACE_LETTERS:
                keys.append(key)
        if keys:
            out.append(keys)
    return out


def place_scope(lib: LibraryReader, question: str) -> set[int] | None:
    """Act ids of the documents of the communes the question names; None when it names none."""
    names = question_places(question)
    if not names:
        return None
    where = {act.act_id: _key(act.path) + _key(act.collectivite or "") for act in lib.acts()}
    scope: set[int] = set()
    for keys in names:
        for key in keys:  # the longest spelling that the library knows
            found = {act_id for act_id, text in where.items() if key in text}
            if found:
                scope |= found
                break
    return scope or None
