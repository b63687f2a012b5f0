"""Lines of a liste des délibérations or a répertoire chronologique: references, not acts.

A list names acts that live in other documents (art. L2121-25 CGCT). Its lines are kept as
*listed references* (number, date, objet, status) so that the library can fill or check the
number of the matching act it holds, and report the acts a list names that no imported
document holds (:func:`reconcile`).

Two shapes are read:
* rows that start with a date and/or a number, the objet wrapping over the next lines, a status
  word at the end (« 23/01/2024 2024_01 Aménagement … Approuvée »);
* bulleted or plain lines under a heading dated once (« Liste des délibérations votées / Le 16
  MAI 2025 / • Subventions aux associations »).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from indexer.frdates import find_dates
from indexer.textnorm import fold

_DATE = r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})"
_NUMBER = r"((?:[A-Z]{1,4}[ _-]?)?(?:19|20)\d{2}[ _/.-]\d{1,4}|\d{1,4}[/_-](?:19|20)\d{2})"
# a row opens with "date number", "number date" or a number alone, then the objet
_ROW_SHAPES = (
    ("date-number", re.compile(rf"^[ \t]*{_DATE}[ \t]+{_NUMBER}[ \t]*[-–:.]?[ \t]*(.*)$", re.MULTILINE)),
    ("number-date", re.compile(rf"^[ \t]*{_NUMBER}[ \t]+(?:du[ \t]+)?{_DATE}[ \t]*[-–:.]?[ \t]*(.*)$", re.MULTILINE)),
    ("number", re.compile(rf"^[ \t]*(?:N\s*[°º]\s*)?{_NUMBER}[ \t]*[-–:.]?[ \t]+([A-ZÉÈÀÂ«].*)$", re.MULTILINE)),
)
_STATUS = re.compile(
    r"\s*(?P<status>approuv[ée]e?s?|adopt[ée]e?s?|rejet[ée]e?s?|act[ée]e|prend\s+acte|retir[ée]e?"
    r"|ajourn[ée]e?(?:\s+au(?:\s+prochain(?:\s+CM)?)?)?)\s*$",
    re.IGNORECASE,
)
# bullets, including the private-use glyphs of Word's Symbol/Wingdings fonts (U+F0A7, U+F0B7, U+F0D7…)
_BULLET = re.compile(r"^[ \t]*(?:[\u2022\u25cf\u25aa\uf000-\uf0ff•·▪◦\-–*]|\d{1,2}[.)])[ \t]*(?P<objet>\S.{5,})$")
_HEADING = re.compile(r"r[ée]pertoire|liste\s+des\s+d[ée]lib|^\s*(?:date|num[ée]ro|objet)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ListedRef:
    number: str | None
    date: str | None  # ISO
    objet: str
    status: str | None = None


def _iso(day: str | None, month: str | None, year: str | None) -> str | None:
    if not (day and month and year):
        return None
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _finish(number: str | None, day: str | None, parts: list[str], default_date: str | None,
            status: str | None = None) -> ListedRef | None:
    text = " ".join(" ".join(parts).split())
    m = _STATUS.search(text)
    if m and m.start() > 0:
        status, text = m.group("status"), text[: m.start()].rstrip(" -–")
    text = text.strip(" -–:")
    if len(text) < 4:
        return None
    return ListedRef(number, day or default_date, text[:300], status)


def read_listed(text: str) -> list[ListedRef]:
    """Every reference a list prints, in order. Status words cut from a wrapped row
    (« Ajournée au / prochain / CM ») are dropped with the row's tail."""
    rows: list[tuple[int, int, str | None, str | None, str]] = []
    for shape, pattern in _ROW_SHAPES:
        for m in pattern.finditer(text):
            g = m.groups()
            if shape == "date-number":
                rows.append((m.start(), m.end(), g[3], _iso(g[0], g[1], g[2]), g[4]))
            elif shape == "number-date":
                rows.append((m.start(), m.end(), g[0], _iso(g[1], g[2], g[3]), g[4]))
            else:
                rows.append((m.start(), m.end(), g[0], None, g[1]))
        if len(rows) >= 2:
            break
        rows = []
    refs: list[ListedRef] = []
    if rows:
        rows.sort()
        for i, (_start, row_end, number, day, rest) in enumerate(rows):
            end = rows[i + 1][0] if i + 1 < len(rows) else len(text)
            tail = text[row_end:end].split("\n")
            # a status alone on its line (the table's last column) ends the objet
            alone = [(k, _STATUS.fullmatch(" " + line.strip())) for k, line in enumerate(tail)]
            status_at, status_match = next(((k, m) for k, m in alone if m), (None, None))
            status = status_match.group("status") if status_match else None
            lines = [rest, *(tail[:status_at] if status_at is not None else tail)]
            ref = _finish(" ".join(number.split()) if number else None, day, [x for x in lines if x.strip()], None,
                          status)
            if ref:
                refs.append(ref)
        return refs
    dates = find_dates(text[:600])
    default_date = dates[0][1].isoformat() if dates else None
    items: list[list[str]] = []
    for line in text.split("\n"):
        bullet = _BULLET.match(line)
        if bullet and not _HEADING.search(line):
            items.append([bullet.group("objet")])
        elif items and line.strip() and not line.startswith("====="):
            items[-1].append(line)  # the objet wraps onto the next line
        elif not line.strip() and items:
            items[-1].append("")
    for parts in items:
        kept = parts[: parts.index("")] if "" in parts else parts
        ref = _finish(None, None, kept, default_date)
        if ref:
            refs.append(ref)
    return refs


@dataclass(frozen=True)
class Reconciliation:
    """Listed references matched against the acts the library holds."""

    listed: int
    found: int
    missing: list[ListedRef]
    mismatched: list[NumberMismatch] = field(default_factory=list)  # found by objet, another number printed


def _number_key(number: str | None) -> str:
    """« 2024_17 », « D2024-17 », « DEL 2024-017 » name the same act: year and rank."""
    if not number:
        return ""
    m = re.search(r"((?:19|20)\d{2})\D{0,3}0*(\d{1,4})\b", number)
    return f"{m.group(1)}-{int(m.group(2))}" if m else fold(number).replace(" ", "")


def _objet_words(objet: str | None) -> set[str]:
    return {w for w in fold(objet or "").split() if len(w) > 3 and not w.isdigit()}


def same_number(ref: ListedRef, act_number: str | None) -> bool:
    return bool(ref.number and act_number and _number_key(ref.number) == _number_key(act_number))


def same_objet(ref: ListedRef, act_date: str | None, act_objet: str | None) -> bool:
    """Same séance date and most of the objet's words (two at least: « BP 2024 » is no match for
    « Subventions 2024 »)."""
    if not (ref.date and act_date and ref.date == act_date):
        return False
    a, b = _objet_words(ref.objet), _objet_words(act_objet)
    shared = a & b
    return len(shared) >= min(2, len(a), len(b)) > 0 and len(shared) / min(len(a), len(b)) >= 0.6


def matches(ref: ListedRef, act_number: str | None, act_date: str | None, act_objet: str | None) -> bool:
    """Whether an act found in a document is the one a list line names: same number (year and
    rank), or same séance date and most of the objet's words."""
    return same_number(ref, act_number) or same_objet(ref, act_date, act_objet)


@dataclass(frozen=True)
class NumberMismatch:
    """A listed act found by its date and objet, printed with another number in its document."""

    ref: ListedRef
    printed: str


def reconcile(refs: list[ListedRef], acts: list[tuple[str | None, str | None, str | None]]) -> Reconciliation:
    """Which listed references no act of the library answers to; ``acts`` are (number, date, objet)."""
    missing: list[ListedRef] = []
    mismatched: list[NumberMismatch] = []
    for ref in refs:
        if any(same_number(ref, number) for number, _date, _objet in acts):
            continue
        by_objet = [number for number, day, objet in acts if same_objet(ref, day, objet)]
        if not by_objet:
            missing.append(ref)
        elif ref.number and by_objet[0]:
            mismatched.append(NumberMismatch(ref, by_objet[0]))
    return Reconciliation(len(refs), len(refs) - len(missing), missing, mismatched)


def missing_message(ref: ListedRef) -> str:
    """The clerk's sentence for a listed act no document of the library holds."""
    name = ref.number or (f"« {ref.objet[:60]} »" + (f" ({ref.date})" if ref.date else ""))
    return f"{name} listé dans la liste ou le répertoire, introuvable dans la bibliothèque"
