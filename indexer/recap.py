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

from indexer.metadata import NUMBERED_TITLE
from indexer.textnorm import fold

if TYPE_CHECKING:  # segment.py imports this module
    from indexer.segment import ActDraft

# the heading alone on its line, in the second half of the text (a title « DELIBERATIONS - SEANCE DU … » at
# the top of a registre is not the closing list)
_HEADING = re.compile(r"^[ \t]*(?:liste\s+des\s+)?d[ée]lib[ée]rations[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)
# « 3. TITRE », « a) TITRE », and the lettered items of a numbered one: « 20 a) TITRE », « 20/B TITRE »
# A title opens on a word: « 16.05.2017 04.12.2017 (Sa Bourgogne » is a table's dates under a « Dates de ⏎
# délibérations » column header (Châtillon), no list
# and the sub-numbered points of one: « 4.1 DETERMINATION … », « 4-2 ELECTION … »
_ITEM = re.compile(r"^\s*(?:\d{1,3}[.-]\d{1,2}\.?\s|\d{1,3}\s*[.)]|(?:\d{1,3}\s*)?[a-z]\s*\)"
                   r"|\d{1,3}\s*/\s*[a-zA-Z]\s)\s*"
                   r"(?P<title>(?:[^\W\d_]|[«\"]).{5,})$")
_MAX_LINES = 400
_PREFIX = 40  # the list wraps titles at its own width: their openings are compared
_SAME = 0.85


def _closing_heading(text: str) -> re.Match[str] | None:
    heading = None
    for m in _HEADING.finditer(text):
        if m.start() >= len(text) // 2:
            heading = m
    return heading


def closing_heading(text: str) -> int | None:
    """Where a closing heading « DELIBERATIONS » stands in the second half of the text, whatever its lines' shape
    (« 2020-09-04 PRESBYTERE … »: register numbers, which :func:`closing_list` does not read), None when none."""
    heading = _closing_heading(text)
    return heading.start() if heading is not None else None


def list_start(text: str) -> int | None:
    """Where the closing list of deliberations begins (its heading), None when the minutes print none."""
    start = closing_heading(text)
    return start if start is not None and closing_list(text) else None


def closing_list(text: str) -> list[str]:
    """The titles (folded, first line of each item) of the closing list of deliberations; [] when none."""
    heading = _closing_heading(text)
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


# « 2019-06-09 VIREMENT DE CREDITS N°2/2019 – BUDGET COMMUNE (pas de délibération voir compte rendu) »: the closing list
# keeps the agenda's rank of an item on which the council took no deliberation (a virement de crédits from the dépenses
# imprévues is the maire's own, told to the council); « 8. RENOUVELLEMENT DU PRET … : SANS DELIBERATION » (Putanges
# 20/09/2016: the maire's choice, of which the council took note) is the same mark
_NOT_DELIBERATED = re.compile(r"(?:\(|[:–-])\s*(?:pas\s+de|sans)\s+deliberation\b")
# any other line that opens on a number opens an item (a lettered register number « 2019-03-25B »)
_OTHER_NUMBER = re.compile(r"^\s*(?P<num>\d[\w./-]*)\s+(?P<title>\S.*)$")


def not_deliberated(text: str) -> tuple[set[str], list[str]]:
    """The numbers (spaces removed) and the titles (folded openings) of the items the closing list marks « (pas de
    délibération – voir compte rendu) » or « : SANS DELIBERATION », the mark on the item's line or on a line it wraps
    over."""
    heading = _closing_heading(text)
    if heading is None:
        return set(), []
    items: list[tuple[str | None, str, list[str]]] = []  # number, title, the item's lines
    for line in text[heading.end() :].split("\n")[:_MAX_LINES]:
        numbered = NUMBERED_TITLE.match(line)
        ranked = _ITEM.match(line)
        other = _OTHER_NUMBER.match(line)
        if numbered:
            items.append(("".join(numbered.group("num").split()), numbered.group("title"), [line]))
        elif ranked:
            items.append((None, ranked.group("title"), [line]))
        elif other:  # « 2019-03-25B COMMUNICATION – … »: an item of its own, its mark not the item's above
            items.append((other.group("num"), other.group("title"), [line]))
        elif items and line.strip():
            items[-1][2].append(line)
    numbers: set[str] = set()
    titles: list[str] = []
    for number, title, lines in items:
        if _NOT_DELIBERATED.search(fold(" ".join(lines))):
            if number:
                numbers.add(number)
            titles.append(fold(title)[:_PREFIX])
    return numbers, titles


def drop_not_deliberated(pieces: list[ActDraft], text: str) -> None:
    """An item the closing list marks « pas de délibération » is no act, whatever its heading prints (Putanges-le-Lac
    17/06/2019: « 2019-06-01 FIXATION DU NOMBRE … DES SIEGES », told to the council; 17/12/2019: the virements de
    crédits): the list is the document's own word on what was deliberated."""
    numbers, titles = not_deliberated(text)
    if not titles:
        return
    for piece in pieces:
        if piece.kind is not None:
            continue
        if piece.act_number is not None:
            if "".join(piece.act_number.split()) in numbers:
                piece.kind = "non-act"
        elif named_in_list(piece.objet, titles) and _figures(fold(piece.objet or "")[:_PREFIX]) in {
                _figures(title) for title in titles}:
            piece.kind = "non-act"  # « VIREMENT DE CREDITS N°10/2018 … » is not the N°9/2018 the list marks


def _figures(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
