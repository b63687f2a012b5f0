"""Plain text, Word and OpenDocument files. They have no real pages: page 1 unless form feeds say otherwise."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from indexer.errors import ExtractionError, Reason
from indexer.models import PageText
from indexer.textnorm import clean_page_text


def _split_pages(text: str) -> list[PageText]:
    chunks = text.split("\f")
    pages = [PageText(i + 1, clean_page_text(chunk)) for i, chunk in enumerate(chunks)]
    pages = [p for p in pages if p.text] or [PageText(1, "")]
    renumbered = [PageText(i + 1, p.text) for i, p in enumerate(pages)]
    if not any(p.text for p in renumbered):
        raise ExtractionError(Reason.NO_TEXT)
    return renumbered


def read_txt(path: Path) -> list[PageText]:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise ExtractionError(Reason.UNSUPPORTED, "fichier binaire")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return _split_pages(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    return _split_pages(raw.decode("latin-1"))


def read_docx(path: Path) -> list[PageText]:
    import docx  # python-docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # zipfile/KeyError/lxml errors all mean the same to the clerk
        raise ExtractionError(Reason.CORRUPT, str(exc)) from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return _split_pages("\n".join(lines))


_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _odf_paragraph_text(element: ElementTree.Element) -> str:
    parts: list[str] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "s":
            parts.append(" " * int(child.get(f"{{{_ODF_TEXT}}}c", "1")))
        elif tag == "tab":
            parts.append("\t")
        elif tag == "line-break":
            parts.append("\n")
        else:
            parts.append(_odf_paragraph_text(child))
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


def read_odt(path: Path) -> list[PageText]:
    try:
        with zipfile.ZipFile(path) as archive:
            root = ElementTree.fromstring(archive.read("content.xml"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise ExtractionError(Reason.CORRUPT, str(exc)) from exc
    lines = [
        _odf_paragraph_text(el)
        for el in root.iter()
        if el.tag in (f"{{{_ODF_TEXT}}}p", f"{{{_ODF_TEXT}}}h")
    ]
    return _split_pages("\n".join(lines))


def read_doc(path: Path) -> list[PageText]:
    for tool, args in (("antiword", ["-w", "0"]), ("catdoc", ["-w"])):
        exe = shutil.which(tool)
        if not exe:
            continue
        try:
            done = subprocess.run(
                [exe, *args, str(path)], capture_output=True, timeout=120, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise ExtractionError(Reason.READ_ERROR, f"{tool}: délai dépassé") from exc
        if done.returncode == 0 and done.stdout.strip():
            return _split_pages(done.stdout.decode("utf-8", errors="replace"))
    raise ExtractionError(Reason.DOC_NEEDS_TOOL)
