"""Drafts (procès-verbal, liste, lettres…) as a small document model, exported to .docx and .odt."""

from __future__ import annotations

from pathlib import Path

from assistant.export.files import DraftFileExists, UnsupportedFormat, write_safely
from assistant.export.model import (
    AI_MARK,
    AI_TEXT_PREFIX,
    PLACEHOLDER_RE,
    Block,
    BulletList,
    Draft,
    Heading,
    Paragraph,
    SourceRef,
    Sources,
    Table,
    format_date_fr,
    placeholder,
    split_placeholders,
)

FORMATS = (".docx", ".odt")


def export_draft(draft: Draft, path: str | Path, overwrite: bool = False) -> Path:
    """Write ``draft`` to ``path``; the suffix chooses the format. Refuses to replace a file by default."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".docx":
        from assistant.export.docx_writer import write_docx as writer
    elif suffix == ".odt":
        from assistant.export.odt_writer import write_odt as writer
    else:
        raise UnsupportedFormat(target)
    return write_safely(target, overwrite, lambda tmp: writer(draft, tmp))


__all__ = [
    "AI_MARK",
    "AI_TEXT_PREFIX",
    "FORMATS",
    "PLACEHOLDER_RE",
    "Block",
    "BulletList",
    "Draft",
    "DraftFileExists",
    "Heading",
    "Paragraph",
    "SourceRef",
    "Sources",
    "Table",
    "UnsupportedFormat",
    "export_draft",
    "format_date_fr",
    "placeholder",
    "split_placeholders",
]
