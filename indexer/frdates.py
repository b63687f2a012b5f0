"""French dates as councils write them: '24 avril 2014', '1er mars 2021', '12/03/2021',
and the written-out form of acts: « L'an deux mille vingt et un, le douze mars »."""

from __future__ import annotations

import re
from datetime import date

from indexer.textnorm import fold

MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
_MONTH_RE = "|".join(MONTHS)
_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"

NUMERIC_DATE = re.compile(r"\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})\b")
TEXT_DATE = re.compile(
    rf"\b(?:(?:{_DAYS})\s+)?(\d{{1,2}}|1er)\s*(?:er)?\s+({_MONTH_RE})\s+(\d{{4}})\b"
)

_UNITS = {
    "un": 1, "une": 1, "premier": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000, "mil": 1000,
}
_WORD_NUMBER = r"(?:(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")[\s-]*(?:et[\s-]+)?)+"
WRITTEN_DATE = re.compile(
    rf"l'an\s+(?P<year>{_WORD_NUMBER})\s*,?\s*(?:le\s+)?(?P<day>{_WORD_NUMBER}|\d{{1,2}}|1er)\s*(?:jour\s+du\s+mois\s+(?:de\s+|d')?)?(?P<month>{_MONTH_RE})",
)


def words_to_int(words: str) -> int | None:
    """'deux mille vingt et un' -> 2021, 'dix-neuf' -> 19. Returns None on anything unknown."""
    tokens = [t for t in re.split(r"[\s-]+", words.strip()) if t and t != "et"]
    if not tokens:
        return None
    total, current = 0, 0
    for token in tokens:
        value = _UNITS.get(token)
        if value is None:
            return None
        if value == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif value == 100:
            current = max(current, 1) * 100
        elif value == 20 and current % 100 == 4:  # quatre-vingt
            current = current - 4 + 80
        elif value < 20 and current % 100 in (60, 80) and value >= 10:  # soixante-dix, quatre-vingt-dix
            current += value
        else:
            current += value
    return total + current


def _safe_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    if not 1950 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, date]]:
    """All dates in ``text`` with their character offset, in order of appearance."""
    folded = fold(text)
    out: list[tuple[int, date]] = []
    for m in TEXT_DATE.finditer(folded):
        day = 1 if m.group(1) == "1er" else int(m.group(1))
        d = _safe_date(int(m.group(3)), MONTHS[m.group(2)], day)
        if d:
            out.append((m.start(), d))
    for m in NUMERIC_DATE.finditer(folded):
        d = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            out.append((m.start(), d))
    for m in WRITTEN_DATE.finditer(folded):
        year = words_to_int(m.group("year"))
        raw_day = m.group("day").strip()
        wday: int | None = 1 if raw_day in ("1er", "premier") else (
            int(raw_day) if raw_day.isdigit() else words_to_int(raw_day)
        )
        if year and wday:
            d = _safe_date(year, MONTHS[m.group("month")], wday)
            if d:
                out.append((m.start(), d))
    out.sort(key=lambda item: item[0])
    return out


FILENAME_DATE = re.compile(r"(?<!\d)(\d{4})[-_ .]?(\d{2})[-_ .]?(\d{2})(?!\d)|(?<!\d)(\d{2})[-_ .](\d{2})[-_ .](\d{4})(?!\d)")


def date_from_filename(name: str) -> date | None:
    for m in FILENAME_DATE.finditer(name):
        if m.group(1):
            d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        else:
            d = _safe_date(int(m.group(6)), int(m.group(5)), int(m.group(4)))
        if d:
            return d
    return None
