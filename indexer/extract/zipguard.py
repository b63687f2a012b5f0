"""Reading one member of a .docx/.odt (zip) archive without trusting it.

A 3 MB .docx whose XML inflates to gigabytes grew the import to 9 GB (issue 15). Here the member
is inflated in small blocks and parsed as it streams (lxml ``iterparse``, elements dropped as soon
as their text is taken), and the count of inflated bytes is checked at every block: the import
stops reading at :data:`MAX_INFLATED_BYTES`, whatever the archive's directory claims. Memory stays
that of one block plus the text kept, itself capped at :data:`MAX_TEXT_CHARS`.

The XML parser resolves no entity, loads no DTD and opens no network (XXE, "billion laughs").
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from lxml import etree

from indexer.errors import ExtractionError, Reason

# A 300-page deliberation register saved from Word is ~5 MB of XML; 32 MB leaves a wide margin and
# inflates in a fraction of a second, while a bomb is cut after 32 MB instead of after gigabytes.
MAX_INFLATED_BYTES = 32 * 1024 * 1024
MAX_TEXT_CHARS = 8 * 1024 * 1024  # text kept from one document (~3,000 pages)
# Each paragraph costs Python work (~20 µs here): a bomb of tiny paragraphs is cut by their number
# long before its bytes run out. A 1,000-page register has ~40,000 paragraphs.
MAX_PARAGRAPHS = 150_000
_BLOCK = 256 * 1024


class _Budgeted(io.RawIOBase):
    """A zip member read block by block, that refuses to inflate past its budget."""

    def __init__(self, member: IO[bytes], name: str, budget: int) -> None:
        self._member = member
        self._name = name
        self._left = budget
        self._budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - memoryview/bytearray from the io machinery
        data = self._member.read(min(len(buffer), _BLOCK))
        self._left -= len(data)
        if self._left < 0:
            raise ExtractionError(Reason.INFLATES_TOO_MUCH,
                                  f"{self._name} dépasse {self._budget // (1024 * 1024)} Mo une fois décompressé")
        buffer[: len(data)] = data
        return len(data)


def open_archive(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ExtractionError(Reason.OFFICE_CORRUPT, f"{type(exc).__name__}: {exc}") from exc


def iter_ends(archive: zipfile.ZipFile, member: str, tags: tuple[str, ...],
              budget: int = MAX_INFLATED_BYTES) -> Iterator[etree._Element]:
    """Yield each element of ``member`` whose tag is in ``tags``, complete (at its end); the caller
    takes its text, then :func:`release` frees it. Raises ExtractionError for a missing, damaged or
    oversized member."""
    try:
        info = archive.getinfo(member)
    except KeyError as exc:
        raise ExtractionError(Reason.OFFICE_CORRUPT, f"{member} absent") from exc
    if info.file_size > budget:  # the directory already admits it: no need to inflate anything
        raise ExtractionError(Reason.INFLATES_TOO_MUCH,
                              f"{member} : {info.file_size // (1024 * 1024)} Mo une fois décompressé")
    try:
        with archive.open(info) as raw:
            stream = io.BufferedReader(_Budgeted(raw, member, budget), buffer_size=_BLOCK)
            parser = etree.iterparse(stream, events=("end",), tag=tags, resolve_entities=False, no_network=True,
                                     load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True)
            for _event, element in parser:
                yield element
    except ExtractionError:
        raise
    except (zipfile.BadZipFile, etree.XMLSyntaxError, OSError, EOFError, ValueError, NotImplementedError,
            RuntimeError) as exc:
        # a bad CRC, an unknown compression method, broken XML: all "damaged" to the clerk
        inner = exc.__context__ if isinstance(exc.__context__, ExtractionError) else None
        if inner is not None:
            raise inner from exc
        raise ExtractionError(Reason.OFFICE_CORRUPT, f"{type(exc).__name__}: {exc}") from exc


def release(element: etree._Element) -> None:
    """Drop an element already read, and everything before it in document order (the siblings before
    it and before each of its ancestors), so that the tree never grows, whatever wraps the text."""
    element.clear(keep_tail=True)
    node: etree._Element | None = element
    while node is not None:
        parent = node.getparent()
        if parent is not None:
            while node.getprevious() is not None:
                del parent[0]
        node = parent


class TextBudget:
    """Counts the characters kept from one document."""

    def __init__(self, limit: int = MAX_TEXT_CHARS) -> None:
        self.left = limit
        self.limit = limit

    def take(self, text: str) -> str:
        self.left -= len(text)
        if self.left < 0:
            raise ExtractionError(Reason.INFLATES_TOO_MUCH, f"plus de {self.limit // (1024 * 1024)} M caractères")
        return text
