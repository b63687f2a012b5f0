"""Headings found through the document's own numbering: a rank missing between two numbered headings.

Minutes number their acts in sequence (« 24-03/031 », « 24-03/032 », « 24-03/033 »). When the segmenter accepts 031
and 033 but not 032, the heading of 032 is there, printed in a form its rules do not take: an OCR that doubled the
dash (« 24-03/032 —- Comptabilité … »), a title too short to pass for one (« 24-04/045 — Ajustements AP /CP
2024/2027 »). The two neighbours say what number to look for and where, so the missing heading is found by its
number alone, whatever the secretariat's layout. A number that the document skips (a withdrawn item, a number
given to a decision) is simply not found, and nothing is cut.
"""

from __future__ import annotations

import re

# the number opening a heading line: « 24-03/032 », « D2024-15 », « 2015.12.14 - 3 », « 20211206 01 », « N° 2021-05 »
_OPENING_NUMBER = re.compile(
    r"[ \t]*(?:N[ \t]*[°º][ \t]*)?(?P<num>(?:[A-Z]{1,4}[ _-]?)?\d{2,8}(?:[ \t]?[-–_/.][ \t]?\d{1,4}){0,3}"
    r"(?:[ \t]?[-–_/. ][ \t]?\d{1,4}))(?![\d/])"
)
_RANK = re.compile(r"^(?P<prefix>.*?)(?P<rank>\d{1,4})$")
_MAX_GAP = 3  # at most two ranks missing between neighbours: a wider gap is a part of the register not printed here


def _number(line: str) -> tuple[str, str] | None:
    """(prefix, rank) of the number opening ``line``, the prefix unspaced (« 2015.12.14 - 3 » → « 2015.12.14- »)."""
    m = _OPENING_NUMBER.match(line)
    if not m:
        return None
    parts = _RANK.match(re.sub(r"[ \t]", "", m.group("num")))
    if not parts or not re.search(r"\d", parts.group("prefix")):
        return None  # a bare rank (« 3 ») is no register number
    return parts.group("prefix"), parts.group("rank")


def _pattern(prefix: str, rank: str, misread: bool = False) -> re.Pattern[str]:
    """The heading line of ``prefix`` + ``rank``, spaced as printers space it, followed by a title on the line;
    ``misread``: any letter or figure in place of each of the prefix's figures (checked by :func:`_one_slip`)."""
    spaced = "".join(r"[ \t]*[-–—_/.][ \t]*" if ch in "-–_/." else r"[^\W_]" if misread and ch.isdigit()
                     else re.escape(ch) for ch in prefix)
    return re.compile(rf"^[ \t]*(?:N[ \t]*[°º][ \t]*)?(?P<num>{spaced}[ \t]*{rank})(?![\d/])"
                      r"[ \t]*[-–—:.]*[ \t]*(?P<title>[^\n]*?[^\W\d_]{3}[^\n]*)$", re.MULTILINE)


def _one_slip(printed: str, number: str) -> bool:
    """Whether ``printed`` (spaces aside) is ``number`` with one figure of its prefix misread."""
    unspaced = re.sub(r"[ \t]", "", printed)
    unspaced = re.sub(r"[-–—_/.]", lambda m: "-", unspaced)
    expected = re.sub(r"[-–—_/.]", "-", number)
    return len(unspaced) == len(expected) and sum(a != b for a, b in zip(unspaced, expected, strict=True)) == 1


def missing_ranks(text: str, starts: list[int]) -> dict[int, tuple[str, str]]:
    """The headings whose number lies in a gap of the sequence the ``starts`` print: offset → (number as printed,
    or as its neighbours spell it where the OCR misread one of its figures, the title on its line).

    Only consecutive numbered headings of one prefix are read (« 24-03/031 » then « 24-03/033 »), and a missing
    rank is taken only where its line opens with it, between the two, once."""
    numbered: list[tuple[int, str, str]] = []
    for pos in sorted(starts):
        line_end = text.find("\n", pos)
        found = _number(text[pos : line_end if line_end >= 0 else len(text)])
        if found:
            numbered.append((pos, *found))
    added: dict[int, tuple[str, str]] = {}
    for (begin, prefix, rank), (end, next_prefix, next_rank) in zip(numbered, numbered[1:], strict=False):
        gap = int(next_rank) - int(rank)
        if prefix != next_prefix or not 2 <= gap <= _MAX_GAP:
            continue
        for missing in range(int(rank) + 1, int(next_rank)):
            printed = str(missing).zfill(len(rank)) if rank.startswith("0") else str(missing)
            hits = list(_pattern(prefix, printed).finditer(text, begin + 1, end))
            number = " ".join(hits[0].group("num").split()) if len(hits) == 1 else ""
            if not hits:  # « d5-07/058 — Création de poste … » between 057 and 059: the OCR misread one figure,
                # the neighbours say which number it is
                hits = [hit for hit in _pattern(prefix, printed, misread=True).finditer(text, begin + 1, end)
                        if _one_slip(hit.group("num"), prefix + printed)]
                number = prefix + printed
            if len(hits) == 1:
                # « 24-12/124_ — Rapport … »: what the OCR left between the number and the title is no part of it
                title = re.sub(r"^[\W_]+", "", hits[0].group("title")).strip()
                added[hits[0].start()] = (number, title)
    return added


def _line_number(text: str, pos: int) -> tuple[str, str] | None:
    line_end = text.find("\n", pos)
    return _number(text[pos : line_end if line_end >= 0 else len(text)])


def within_one_number(text: str, pos: int, starts: list[int]) -> bool:
    """Whether ``pos`` lies between two headings of the register's numbers that follow each other (« 2016.09.26 - 3 »,
    then « 2016.09.26 - 4 »): nothing between them can be an act of its own, the register giving each act a number.
    ``starts``: the document's headings, sorted."""
    before = [start for start in starts if start < pos]
    after = [start for start in starts if start > pos]
    if not before or not after:
        return False
    first, second = _line_number(text, before[-1]), _line_number(text, after[0])
    return bool(first and second and first[0] == second[0] and int(second[1]) == int(first[1]) + 1)
