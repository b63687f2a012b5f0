"""The list of deliberations some minutes print at their end (« LISTE DES DELIBERATIONS », « DELIBERATIONS »).

Putanges-le-Lac closes each séance with the ranks and titles of the deliberations taken, and nothing else:
an item written « Après avoir entendu cet exposé, les Membres du conseil … donnent leur accord » carries no
vote word, yet the list names it. The list is the document's own word on what was deliberated, so an item it
names is an act even when no vote is printed. It never adds an act of its own: it only keeps one.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from indexer.textnorm import fold

if TYPE_CHECKING:  # segment.py imports this module
    from indexer.segment import ActDraft

# the heading alone on its line, in the second half of the text (a title « DELIBERATIONS - SEANCE DU … » at
# the top of a registre is not the closing list)
_HEADING = re.compile(r"^[ \t]*(?:liste\s+des\s+)?d[ée]lib[ée]rations[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)
# « 3. TITRE », « a) TITRE », and the lettered items of a numbered one: « 20 a) TITRE », « 20/B TITRE »
_ITEM = re.compile(r"^\s*(?:\d{1,3}\s*[.)]|(?:\d{1,3}\s*)?[a-z]\s*\)|\d{1,3}\s*/\s*[a-zA-Z]\s)\s*(?P<title>\S.{5,})$")
_MAX_LINES = 400
_PREFIX = 40  # the list wraps titles at its own width: their openings are compared
_SAME = 0.85


def closing_list(text: str) -> list[str]:
    """The titles (folded, first line of each item) of the closing list of deliberations; [] when none."""
    heading = None
    for m in _HEADING.finditer(text):
        if m.start() >= len(text) // 2:
            heading = m
    if heading is None:
        return []
    titles = []
    for line in text[heading.end() :].split("\n")[:_MAX_LINES]:
        item = _ITEM.match(line)
        if item:
            titles.append(fold(item.group("title"))[:_PREFIX])
    return titles if len(titles) >= 2 else []


def named_in_list(objet: str | None, titles: list[str]) -> bool:
    """Whether the closing list names this objet (its opening, OCR slips aside)."""
    if not objet or not titles:
        return False
    key = fold(objet)[:_PREFIX]
    if len(key) < 8:
        return False
    for title in titles:
        size = min(len(key), len(title))
        if size >= 8 and SequenceMatcher(None, key[:size], title[:size]).ratio() >= _SAME:
            return True
    return False


_MIN_LISTED = 3
_MOST = 0.6


def only_listed(pieces: list[ActDraft], titles: list[str]) -> None:
    """Where the closing list names most pieces, a piece it does not name is no deliberation (Putanges-le-Lac,
    5 janvier 2016: the election's « Présidence de l'Assemblée », « Déroulement de chaque tour de scrutin » are
    operations of the séance, the list names the four deliberations). A numbered piece keeps its number's word."""
    candidates = [piece for piece in pieces if piece.kind is None and piece.act_number is None]
    if len(titles) < _MIN_LISTED or not candidates:
        return
    named = [named_in_list(piece.objet, titles) for piece in candidates]
    if sum(named) < _MOST * len(candidates):
        return
    for piece, is_named in zip(candidates, named, strict=True):
        if not is_named:
            piece.kind = "non-act"
