"""A second, targeted OCR pass for the préfecture's mail-room stamp that the page's OCR missed.

On a scanned paper copy the stamp « PRÉFECTURE DU GARD / Reçu le / 22 OCT. 2021 / Bureau du Courrier » is a faint
box in a margin; Tesseract's page layout (``--psm 3``) often takes it for a picture and leaves it out of the text
(Flaux, compte rendu du 24 septembre 2021). Read on its own it is legible. This pass, run only on the scanned pages of
a file whose text shows no reception date at all:

1. finds the stamp's words on the page with Tesseract's sparse-text mode (``--psm 11``, word boxes, at 150 dpi);
2. reads the box around them again at 300 dpi, as one block (``--psm 6``), then as sparse text, then a wider box;
3. keeps the first reading that holds the label and a day and month (« Reçu le … 22 OCT. … »).

The reading is returned as it is, never corrected here: the stamp reader (:mod:`indexer.stamps`) decides what date
it holds, with the séance it knows (a year OCR spoilt is completed only within the year after the séance).
Measured on the scanned pages of the tuning files (2 cores shared, nice 10): about 1.3-4.7 s a page for step 1,
1-2 s more where the stamp's words are found, against 4-8 s for the page's own OCR.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from indexer.extract.ocr import OcrEngine
from indexer.extract.pdf import render_page_gray
from indexer.textnorm import clean_page_text

FIND_DPI = 150
READ_DPI = 300
_ANCHOR = re.compile(r"re[çc]u|pr[ée]fecture|courrier", re.IGNORECASE)
# what a reading must hold to be kept: the label, then a day and a month
_READING = re.compile(
    r"re[çc]u\s+le\W{0,8}?\d[ ]?\d?\s+(?:janv?|f[ée]vr?|mars?|avr|mai|juin|juil|ao[uû]t?|sept?|oct|nov|d[ée]c)",
    re.IGNORECASE)


def _tesseract(engine: OcrEngine, image: object, psm: int, tsv: bool = False) -> str:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)  # type: ignore[attr-defined]
    command = [engine.executable, "stdin", "stdout", "-l", engine.language, "--psm", str(psm)]
    done = subprocess.run([*command, "tsv"] if tsv else command, input=buffer.getvalue(), capture_output=True,
                          timeout=120, check=False, env=engine.env())
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode(errors="replace")[-300:])
    return done.stdout.decode("utf-8", errors="replace")


def _anchors(tsv: str) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, width, height) of the stamp's words in Tesseract's TSV output."""
    boxes = []
    for line in tsv.splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) == 12 and _ANCHOR.search(cells[11]):
            boxes.append((int(cells[6]), int(cells[7]), int(cells[8]), int(cells[9])))
    return boxes


def stamp_reading(engine: OcrEngine, path: Path, page: int) -> str | None:
    """The text of the page's mail-room stamp read on its own, or None when the page shows none."""
    boxes = _anchors(_tesseract(engine, render_page_gray(path, page, FIND_DPI), 11, tsv=True))
    if not boxes:
        return None
    left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, bottom = max(b[0] + b[2] for b in boxes), max(b[1] + b[3] for b in boxes)
    line = max(max(b[3] for b in boxes), 10)
    width = max(right - left, 8 * line)
    scale = READ_DPI / FIND_DPI
    image = render_page_gray(path, page, READ_DPI)
    for grow_x, grow_y in ((width // 2, 5 * line), (width, 7 * line)):
        box = (left - grow_x, top - grow_y, right + grow_x, bottom + grow_y)
        crop = image.crop(tuple(max(0, int(v * scale)) for v in box))
        for psm in (6, 11):
            text = clean_page_text(_tesseract(engine, crop, psm))
            if _READING.search(text):
                return text
    return None
