"""One CSV writer for everything Registre exports, safe to open in a spreadsheet.

OWASP « CSV injection »: a cell that starts with ``= + - @``, a tab or a carriage return is read as
a formula by Excel and LibreOffice (``=HYPERLINK(…)`` leaks data, ``=cmd|' /C calc'!A0`` runs a
program). Such a cell gets a leading apostrophe: spreadsheets show the text as typed (the apostrophe
marks "text" and is hidden), and a reader of the raw file still sees the whole objet — "- Travaux
de voirie" stays readable as "'- Travaux de voirie". Numbers we write ourselves (votes, years,
dates) never start with these characters, so they are left exactly as they are.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> str:
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_rows(out: Path, fields: Sequence[str], rows: Iterable[Mapping[str, object]]) -> int:
    """Write ``rows`` (dicts keyed by ``fields``) to ``out`` atomically (a temporary file renamed at the
    end: an interrupted export never leaves half a file); returns the number of rows."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    count = 0
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(fields))
        writer.writeheader()
        for row in rows:
            writer.writerow({key: neutralise(row.get(key)) for key in fields})
            count += 1
    tmp.replace(out)
    return count
