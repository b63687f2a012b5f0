"""Item headings inside a page of minutes, and the page cut into items at them.

A compte rendu lists its items under short headings (« F/ Extinction de l'éclairage public »,
« 12) Tarifs de la cantine », « III – FINANCES », « Objet : … ») followed by a few lines each.
Indexed as one page, a heading that names the query's subject weighs no more than the same words
scattered across a 40-page procès-verbal's long pages. The keyword index therefore gets one extra
document per item (indexer.keyword_docs), so that a short item whose heading and lines hold the
query beats a long page that mentions its words here and there; the e5 encoder reads each item's
heading and first line (indexer.chunking.act_heads).

Pure functions on text (no catalogue, no engine): tested on real excerpts in tests/test_search_ranking.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_HEADING_CHARS = 140  # a heading is a line, not a paragraph

# « F/ Extinction… », « 3) Tarifs… », « 2. Vote… », « IV – Finances », « B- Travaux », « Point 4 : … »,
# « Délibération n° 2021-12 : … ». The marker is followed by a capital: « 2. le conseil » is a sentence.
_ENUMERATED = re.compile(
    r"^\s*(?:point\s+(?:n\s*[°º]\s*)?\d{1,2}\s*[:.)–-]?|d[ée]lib[ée]ration\s+n\s*[°º]\s*\S+\s*[:.–-]?"
    r"|(?:[A-Z]|[IVX]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2})\s*(?:[/).°]|\s[–-])\s*)"
    r"\s*[«\"]?[A-ZÉÈÀÂÊÎÔÇa-zéèàâêîôç]",
    re.IGNORECASE,
)
_MARKER = re.compile(r"^\s*(?:point\s+|d[ée]lib[ée]ration\s+)?(?:n\s*[°º]\s*)?[\w.-]{1,12}\s*[/).°:–-]?\s*",
                     re.IGNORECASE)
_CIVILITY = re.compile(r"^\s*(?:M|MM|Mme|Mmes|Mlle|Dr)\s*\.", re.IGNORECASE)
_OBJET = re.compile(r"^\s*objet\s*[:.–-]\s*\S", re.IGNORECASE)
_VOTE = re.compile(r"\b(?:vote|voix|unanimit|pour\s*:|contre\s*:|abst?ention)", re.IGNORECASE)


def is_heading(line: str) -> bool:
    """Does this line open an item? Enumerated titles, « Objet : » lines and short capitalised lines."""
    text = line.strip()
    if not 6 <= len(text) <= MAX_HEADING_CHARS or _VOTE.search(text):
        return False
    if _OBJET.match(text):
        return True
    if _ENUMERATED.match(text):
        # an enumerator alone does not make a heading: « 1. 250 € » is a table row, « A. Dupont » a name
        rest = _MARKER.sub("", text).lstrip("«\" ")
        if not rest[:1].isupper() or _CIVILITY.match(text):
            return False  # « 2. le conseil décide » is a sentence, « M. Dupont présente » a speaker
        alpha = sum(c.isalpha() for c in rest)
        return (re.search(r"[^\W\d_]{3,}", rest) is not None and alpha >= 0.6 * len(rest.replace(" ", ""))
                and not text.endswith((",", ";")))
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= 10 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
            and len(text.split()) >= 2)


@dataclass(frozen=True)
class Item:
    heading: str  # "" for the text before a page's first heading
    text: str  # heading line included


def headings(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if is_heading(line)]


def items(text: str, carried: str = "") -> list[Item]:
    """The page cut before each heading line. ``carried``: the heading of the item that the page
    continues (the previous page's last heading), given to the text before the first heading."""
    out: list[Item] = []
    heading, lines = carried, list[str]()
    for line in text.split("\n"):
        if is_heading(line):
            if any(x.strip() for x in lines):
                out.append(Item(heading, "\n".join(lines)))
                lines = []
            heading = line.strip()
        lines.append(line)
    if any(x.strip() for x in lines):
        out.append(Item(heading, "\n".join(lines)))
    return out
