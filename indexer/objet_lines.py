"""Is this line an objet? Recognises the lines that metadata extraction sometimes takes for one.

On real files the extractor can pick a vote tally (« Anne-Marie : 11 votes, Elue »), an entry of a
list of deliberations (« 02/2024 2024_07 Convention… Approuvée »), a page header
(« |REPUBLIQUE FRANCAISE| | », « Page 3 / 12 ») or the tail of a sentence (« > relatif à »).
Shown as an objet, such a line misleads: the result list shows « Fichier, page N » instead.

Each rule is a named object with a French reason and its own tests (tests/test_objet_lines.py);
``python -m indexer.objet_lines CATALOGUE`` prints how many objets of a library each rule rejects.
This module does not fix the extractor (that is metadata's job): it only decides what to display.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from indexer.textnorm import fold


@dataclass(frozen=True)
class LineRule:
    code: str
    reason: str  # French, for logs and the measure below
    matches: Callable[[str, str], bool]  # (stripped original line, folded line) -> is it this kind


def _any(*patterns: str) -> Callable[[str, str], bool]:
    # Two alternations, the anchored ones tried at the start only: the result list checks every objet
    # of a listing (3,000+ on a real library), on a worker thread but before anything shows.
    def alternation(chosen: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in chosen) or "(?!)")

    start = alternation([p[1:] for p in patterns if p.startswith("^")])
    anywhere = alternation([p for p in patterns if not p.startswith("^")])
    return lambda _line, folded: start.match(folded) is not None or anywhere.search(folded) is not None


# Patterns run on fold(): lower case, no accents, one apostrophe.
_VOTE = _any(
    r"\b\d+\s*(?:voix|votes?|suffrages?|bulletins?)\b",  # « 11 votes », « par 26 voix »
    r"^(?:pour|contre|abst?entions?|votants?|presents?|exprimes?|suffrages exprimes|blancs?|nuls?|"
    r"absents?|representes?|excuses?|membres en exercice|en exercice|nombre de \w+)\s*[:=]",
    r"^[a-z' -]{2,40}:\s*\d+\s*[,;.]?\s*$",  # « Dupont : 11 »
    r"^(?:pour|contre|abst?entions?)\s+\d+\b",  # « Pour 9 », « Abstention 1 Aurélie X » (Saint-Apollinaire)
    r"\bpas (?:pris )?part (?:au|a ce) vote\b",
    r"^(?:a l'unanimite|adoptee? a l'unanimite|unanimite)\b",
    r"^[^,]*\d[^,]*,\s*elue?s?\s*[.!]?$",  # « Anne-Marie : 11 votes, Elue » is a ballot line
)
_LIST_ENTRY = _any(
    r"^\d{1,2}/\d{4}\b",  # « 02/2024 2024_07 Convention… »: month/year opens a list row
    r"^\d{1,2}/\d{1,2}/\d{2,4}\s+(?:n\W?\s*)?[\w/-]*\d[\w/-]*\s",  # a date, then an act code
    r"\b\d{3}-\d{9}-\d{8}-",  # the préfecture's ACTES identifier
    r"^\d[\w/.-]*\s.*\b(?:approuvee?s?|adoptee?s?|prend acte|rejetee?s?|retiree?s?)\s*[.]?$",
)
_HEADER = _any(
    r"^republique francaise\b",
    r"^liberte\W+egalite\b",
    r"^(?:departement|arrondissement|canton|prefecture) (?:de|du|des|d')",
    r"^(?:commune|mairie|ville) (?:de|du|des|d')\s*\S+(?:\s+\S+){0,3}$",
    r"^extrait (?:du|des) (?:registre|proces|deliberations)",
    r"^(?:proces[- ]verbal|compte[- ]rendu|ordre du jour|registre des deliberations|liste des deliberations)"
    r"(?:\s+(?:de la |du |des |de l')?(?:seance|reunion|conseil|sceance)\b.*)?\W*$",
    r"^(?:seance|reunion|session) (?:du|ordinaire|extraordinaire|publique)\b",
    r"^conseil municipal(?:\s+(?:du|en date du|extraordinaire|ordinaire)\b.*|\s*)$",
    r"^page\s+\d+(?:\s*(?:/|sur)\s*\d+)?\W*$",
    r"^\W*\d+\s*(?:/\s*\d+)?\W*$",  # « - 3 - », « 3/12 »
    # « DÉLIBÉRATIONS »: the heading of the minutes' section of acts, each item below it has its own title
    r"^deliberations\W*$",
)
_WORD3 = re.compile(r"[^\W\d_]{3,}")
# A line that goes on from the previous one starts with one of these, in lower case. Objets written
# in lower case start with a noun (« approbation du procès-verbal », « admission en non-valeur »).
_CONTINUATIONS = frozenset("""
a au aux avec de des du d en et la le les l ou par pour que qui dont dans sur sous tel telle tels telles
relatif relative relatifs relatives represente representes representee representees present presents
presente presentee presentes suivant suivants suivante suivantes favorable autorise decide approuve adopte
emet emettre acte prend
""".split())


def _fragment(line: str, folded: str) -> bool:
    """The tail of a sentence cut from the previous line, or no word at all (« 12/2022. »)."""
    if line[:1] in ">,;:)]" or _WORD3.search(line) is None:
        return True
    if line[:1] == "+" and line[1:].lstrip()[:1].islower():  # « + de signer la convention … »: a bulleted decision
        return True
    first = re.split(r"[\s',.;:’]", folded, maxsplit=1)[0]
    return line[:1].islower() and first in _CONTINUATIONS


RULES: tuple[LineRule, ...] = (
    LineRule("vote", "ligne de vote ou de scrutin", _VOTE),
    LineRule("liste", "ligne d'une liste de délibérations", _LIST_ENTRY),
    LineRule("entete", "en-tête ou pied de page", _HEADER),
    LineRule("fragment", "morceau de phrase", _fragment),
)


def _clean(text: str) -> str:
    # Table borders read by OCR (« |REPUBLIQUE FRANCAISE| | ») and odd spaces are not content.
    # Nor is a leading bullet (« . APPROBATION DU COMPTE RENDU », « – Tarifs »).
    return " ".join(text.replace("|", " ").split()).lstrip(".-–—•*· ")


def not_an_objet(text: str | None) -> LineRule | None:
    """The first rule that says ``text`` is not an objet, or None when it reads like one."""
    return _first_rule(_clean(text or ""))


@lru_cache(maxsize=16384)  # a library's objets are listed again at each search or filter change
def _first_rule(line: str) -> LineRule | None:
    if not line:
        return None
    folded = fold(line)
    return next((rule for rule in RULES if rule.matches(line, folded)), None)


def _measure(catalogue: str) -> int:  # pragma: no cover - a measuring tool, run by hand
    import sqlite3

    con = sqlite3.connect(f"file:{catalogue}?mode=ro", uri=True)
    objets = [row[0] for row in con.execute("SELECT objet FROM acts WHERE objet IS NOT NULL")]
    counts = {rule.code: 0 for rule in RULES}
    examples: dict[str, list[str]] = {rule.code: [] for rule in RULES}
    for objet in objets:
        rule = not_an_objet(objet)
        if rule is not None:
            counts[rule.code] += 1
            examples[rule.code].append(objet)
    print(f"{len(objets)} objets, {sum(counts.values())} refusés")
    for code, n in counts.items():
        print(f"  {code}: {n}")
        for example in examples[code][:: max(len(examples[code]) // 12, 1)][:12]:
            print(f"      {example[:110]}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_measure(sys.argv[1]))
