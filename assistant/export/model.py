"""A small document model shared by every draft and by both writers (.docx, .odt).

Drafts are plain data: the app edits them, the writers only render them. Missing facts stay in the
text as visible placeholders «[à compléter : …]» so that nothing is silently invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime

AI_MARK = "Document rédigé avec l'aide d'une intelligence artificielle — à relire et valider"
AI_TEXT_PREFIX = "[Texte proposé par l'IA — à vérifier]"
SOURCES_TITLE = "Sources"

PLACEHOLDER_RE = re.compile(r"\[à compléter(?:\s*:\s*[^\]]*)?\]")


def placeholder(label: str | None = None) -> str:
    return f"[à compléter : {label}]" if label else "[à compléter]"


def split_placeholders(text: str) -> list[tuple[str, bool]]:
    """Cut a text into (fragment, is_placeholder) pieces so writers can style the placeholders."""
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for match in PLACEHOLDER_RE.finditer(text):
        if match.start() > pos:
            pieces.append((text[pos : match.start()], False))
        pieces.append((match.group(0), True))
        pos = match.end()
    if pos < len(text):
        pieces.append((text[pos:], False))
    return pieces


@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Paragraph:
    text: str
    ai_generated: bool = False  # written by the language model: shown in italics with a warning prefix
    quote: bool = False  # the source's own words, longer than a line: a quotation block (« Quote » style)


@dataclass
class BulletList:
    items: list[str]


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]


def column_shares(header: list[str], rows: list[list[str]]) -> list[float]:
    """Relative column widths: long objets get room, short numbers and votes do not."""
    width = max([len(header)] + [len(r) for r in rows])
    longest, longest_word = [0] * width, [0] * width
    for row in [header, *rows]:
        for i, text in enumerate(row):
            longest[i] = max(longest[i], len(text))
            longest_word[i] = max([longest_word[i]] + [len(w) for w in text.split()])
    # a column is never narrower than its longest word (no "Résu-ltat"), nor wider than a short sentence
    weights = [max(int(word * 1.5) + 2, min(n, 40)) for n, word in zip(longest, longest_word, strict=True)]
    total = sum(weights) or 1
    return [w / total for w in weights]


@dataclass(frozen=True)
class SourceRef:
    path: str
    page: int | None = None
    act_number: str | None = None
    objet: str | None = None
    date: str | None = None

    def label(self) -> str:
        parts = [self.path]
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.act_number:
            parts.append(f"délibération n° {self.act_number}")
        if self.date:
            parts.append(f"séance du {format_date_fr(self.date)}")
        text = ", ".join(parts)
        return f"{text} — {self.objet}" if self.objet else text

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "page": self.page,
            "act_number": self.act_number,
            "objet": self.objet,
            "date": self.date,
        }


@dataclass
class Sources:
    refs: list[SourceRef]


Block = Heading | Paragraph | BulletList | Table | Sources


@dataclass
class Draft:
    title: str
    subtitle: str | None = None
    blocks: list[Block] = field(default_factory=list)
    ai_assisted: bool = True
    validated_by: str | None = None
    validated_at: datetime | None = None

    @property
    def validated(self) -> bool:
        return bool(self.validated_by)

    @property
    def shows_ai_mark(self) -> bool:
        return self.ai_assisted and not self.validated

    def validate(self, by: str, at: datetime | None = None) -> Draft:
        """The clerk takes editorial responsibility (AI Act art. 50): the AI mark goes away."""
        if not by.strip():
            raise ValueError("Indiquez le nom de la personne qui valide le document.")
        return replace(self, validated_by=by.strip(), validated_at=at or datetime.now().replace(microsecond=0))

    def validation_line(self) -> str | None:
        if not self.validated or self.validated_by is None:
            return None
        when = self.validated_at.strftime("%d/%m/%Y à %H:%M") if self.validated_at else "date non précisée"
        return f"Document relu et validé par {self.validated_by} le {when}."

    def texts(self) -> Iterator[str]:
        yield self.title
        if self.subtitle:
            yield self.subtitle
        for block in self.blocks:
            if isinstance(block, Heading | Paragraph):
                yield block.text
            elif isinstance(block, BulletList):
                yield from block.items
            elif isinstance(block, Table):
                yield from block.header
                for row in block.rows:
                    yield from row
            elif isinstance(block, Sources):
                yield from (ref.label() for ref in block.refs)

    def placeholders(self) -> list[str]:
        return [m.group(0) for text in self.texts() for m in PLACEHOLDER_RE.finditer(text)]

    def sources(self) -> list[SourceRef]:
        return [ref for block in self.blocks if isinstance(block, Sources) for ref in block.refs]

    def plain_text(self) -> str:
        return "\n".join(self.texts())


_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def format_date_fr(iso: str) -> str:
    """'2025-03-06' -> '6 mars 2025'; anything unparsable is returned unchanged."""
    try:
        day = datetime.strptime(iso[:10], "%Y-%m-%d")
    except ValueError:
        return iso
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {_MONTHS[day.month - 1]} {day.year}"
