"""Text normalisation shared by extraction, matching and quote checks."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f\u200b]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_HYPHEN_BREAK = re.compile(r"(\w)[\u00ad\ufffe\uffff]\s*")


def clean_page_text(text: str) -> str:
    """Normalise what PDF libraries return: odd spaces, soft hyphens, CR, tabs between words."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HYPHEN_BREAK.sub(r"\1", text)
    text = "".join(ch for ch in text if ch == "\n" or ch >= " " or ch == "\t")
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _MANY_NEWLINES.sub("\n\n", text).strip()


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Délibération' -> 'deliberation'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("œ", "oe")

