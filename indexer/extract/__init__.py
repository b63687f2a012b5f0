"""Text per page from the formats a mairie keeps: PDF first, also .txt, .docx, .odt and .doc."""

from __future__ import annotations

from pathlib import Path

from indexer.errors import ExtractionError, Reason
from indexer.extract.office import read_doc, read_docx, read_odt, read_txt
from indexer.extract.pdf import read_pdf
from indexer.models import PageText

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".docx", ".odt", ".doc")
MAX_FILE_BYTES = 512 * 1024 * 1024  # above this a "PDF" is almost surely not a deliberation


def is_supported(path: Path) -> bool:
    name = path.name
    if name.startswith(("~$", ".")):  # Office lock files and hidden files
        return False
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def extract_pages(path: Path) -> list[PageText]:
    """Return one PageText per page; image-only PDF pages come back with ``needs_ocr=True``.

    Raises ExtractionError with a stable reason for anything unreadable.
    """
    size = path.stat().st_size
    if size == 0:
        raise ExtractionError(Reason.EMPTY)
    if size > MAX_FILE_BYTES:
        raise ExtractionError(Reason.TOO_LARGE, f"{size // (1024 * 1024)} Mo")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return read_pdf(path)
    if suffix == ".txt":
        return read_txt(path)
    if suffix == ".docx":
        return read_docx(path)
    if suffix == ".odt":
        return read_odt(path)
    if suffix == ".doc":
        return read_doc(path)
    raise ExtractionError(Reason.UNSUPPORTED, suffix)
