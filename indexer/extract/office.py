"""Plain text, Word and OpenDocument files. They have no real pages: page 1 unless form feeds say otherwise.

.docx and .odt are read as streams through :mod:`indexer.extract.zipguard` (a zip bomb is cut
after a fixed budget, entities are never resolved); each failure has its own reason, never the
PDF's one.
"""

from __future__ import annotations

import codecs
import shutil
import subprocess
import unicodedata
from pathlib import Path

from indexer.errors import ExtractionError, Reason
from indexer.extract.zipguard import MAX_PARAGRAPHS, TextBudget, iter_ends, open_archive, release
from indexer.models import PageText
from indexer.textnorm import clean_page_text

MAX_TXT_BYTES = 64 * 1024 * 1024
# Share of control characters above which a decoded .txt is not text: real text has none besides
# tab/newline/form feed, while random bytes decoded as cp1252 have ~10 %.
_MAX_CONTROL_SHARE = 0.01


def _split_pages(text: str) -> list[PageText]:
    chunks = text.split("\f")
    pages = [PageText(i + 1, clean_page_text(chunk)) for i, chunk in enumerate(chunks)]
    pages = [p for p in pages if p.text] or [PageText(1, "")]
    renumbered = [PageText(i + 1, p.text) for i, p in enumerate(pages)]
    if not any(p.text for p in renumbered):
        raise ExtractionError(Reason.NO_TEXT)
    return renumbered


def _decode_txt(raw: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with BOM (Notepad's « Unicode »), else Windows-1252."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ExtractionError(Reason.NOT_TEXT, f"{encoding} invalide") from exc
    if b"\x00" in raw[:4096]:
        raise ExtractionError(Reason.NOT_TEXT, "octets nuls")
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _looks_like_text(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return True
    control = sum(1 for ch in sample if ch not in "\t\n\r\f" and unicodedata.category(ch) in ("Cc", "Co", "Cn"))
    return control / len(sample) <= _MAX_CONTROL_SHARE


def read_txt(path: Path) -> list[PageText]:
    if path.stat().st_size > MAX_TXT_BYTES:
        raise ExtractionError(Reason.TOO_LARGE, f"{path.stat().st_size // (1024 * 1024)} Mo de texte")
    text = _decode_txt(path.read_bytes())
    if not _looks_like_text(text):
        raise ExtractionError(Reason.NOT_TEXT, "caractères de contrôle")
    return _split_pages(text)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_paragraph(element) -> str:  # noqa: ANN001 - lxml element
    parts: list[str] = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _inside(element, tag: str) -> bool:  # noqa: ANN001 - lxml element
    return next(element.iterancestors(tag), None) is not None


def read_docx(path: Path) -> list[PageText]:
    """Paragraphs in document order; a table row is one line, its cells joined by " | " (what
    python-docx gave: a cell's text is its own paragraphs, a text box's text is in its paragraph)."""
    budget = TextBudget()
    lines: list[str] = []
    paragraphs = 0
    with open_archive(path) as archive:
        for element in iter_ends(archive, "word/document.xml", (f"{_W}p", f"{_W}tr")):
            if _inside(element, f"{_W}tc") or (element.tag == f"{_W}p" and _inside(element, f"{_W}p")):
                continue  # read with its row, or with the paragraph that holds its text box
            paragraphs += 1
            if paragraphs > MAX_PARAGRAPHS:
                raise ExtractionError(Reason.INFLATES_TOO_MUCH, f"plus de {MAX_PARAGRAPHS} paragraphes")
            if element.tag == f"{_W}p":
                lines.append(budget.take(_docx_paragraph(element)))
            else:
                cells = element.iterchildren(f"{_W}tc")
                lines.append(budget.take(" | ".join(
                    "\n".join(_docx_paragraph(p) for p in cell.iterchildren(f"{_W}p")) for cell in cells)))
            release(element)
    return _split_pages("\n".join(lines))


_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _odf_paragraph_text(element) -> str:  # noqa: ANN001 - lxml element
    parts: list[str] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        if not isinstance(child.tag, str):  # comments and processing instructions
            continue
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "s":
            try:
                count = min(int(child.get(f"{{{_ODF_TEXT}}}c", "1")), 1000)
            except ValueError:
                count = 1
            parts.append(" " * count)
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
    budget = TextBudget()
    lines: list[str] = []
    tags = (f"{{{_ODF_TEXT}}}p", f"{{{_ODF_TEXT}}}h")
    with open_archive(path) as archive:
        for count, element in enumerate(iter_ends(archive, "content.xml", tags), start=1):
            if count > MAX_PARAGRAPHS:
                raise ExtractionError(Reason.INFLATES_TOO_MUCH, f"plus de {MAX_PARAGRAPHS} paragraphes")
            lines.append(budget.take(_odf_paragraph_text(element)))
            if not any(_inside(element, tag) for tag in tags):  # a note's paragraph: its holder still needs it
                release(element)
    return _split_pages("\n".join(lines))


def read_doc(path: Path) -> list[PageText]:
    tried: list[str] = []
    for tool, args in (("antiword", ["-w", "0"]), ("catdoc", ["-w"])):
        exe = shutil.which(tool)
        if not exe:
            continue
        tried.append(tool)
        try:
            done = subprocess.run(
                [exe, *args, str(path)], capture_output=True, timeout=120, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise ExtractionError(Reason.READ_ERROR, f"{tool}: délai dépassé") from exc
        except OSError:
            continue
        if done.returncode == 0 and done.stdout.strip():
            return _split_pages(done.stdout.decode("utf-8", errors="replace"))
    if tried:  # a tool is installed and could not read it: the file is the problem, not the computer
        raise ExtractionError(Reason.DOC_UNREADABLE, ", ".join(tried))
    raise ExtractionError(Reason.DOC_NEEDS_TOOL)
