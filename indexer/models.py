"""Plain dataclasses shared by the indexer, the assistant and the app (no Qt, no I/O)."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class DocType(StrEnum):
    """What a document (and each act read from it) is. Stored as these strings in the catalogue."""

    DELIBERATION = "deliberation"
    PROCES_VERBAL = "proces-verbal"
    LISTE = "liste"
    ORDRE_DU_JOUR = "ordre-du-jour"
    ANNEXE = "annexe"
    AUTRE = "autre"
    # a decision of the maire/président under delegation (CGCT L2122-22), reported in minutes:
    # stored and searchable, never counted as a deliberation of the council
    DECISION = "decision"


# Documents that name acts without being one (their single record is the document, for search)
NON_ACT_DOC_TYPES = ("liste", "ordre-du-jour", "annexe")
# Records that are not deliberations of the council: left out of every count of acts
NOT_DELIBERATIONS = (*NON_ACT_DOC_TYPES, "decision")


DOC_TYPES = tuple(DocType)

DOC_TYPE_LABELS = {
    DocType.DELIBERATION: "Délibération",
    DocType.PROCES_VERBAL: "Procès-verbal",
    DocType.LISTE: "Liste des délibérations",
    DocType.ORDRE_DU_JOUR: "Ordre du jour",
    DocType.ANNEXE: "Annexe",
    DocType.AUTRE: "Autre document",
    DocType.DECISION: "Décision du maire",
}


class FileStatus(StrEnum):
    OK = "ok"
    OCR = "ocr"  # read, some pages through OCR
    PARTIAL = "partiel"  # some pages still without text
    UNREADABLE = "illisible"


@dataclass(frozen=True)
class PageText:
    number: int  # 1-based, as printed by a PDF viewer
    text: str
    ocr: bool = False  # text came from OCR rather than the PDF's text layer
    needs_ocr: bool = False  # image-only page whose text could not be read


@dataclass
class Votes:
    pour: int | None = None
    contre: int | None = None
    abstention: int | None = None
    unanimite: bool | None = None
    effectif: int | None = None  # membres en exercice
    presents: int | None = None
    votants: int | None = None

    def is_empty(self) -> bool:
        return all(v is None for v in asdict(self).values())


@dataclass
class ActRecord:
    act_id: int
    file_id: int
    path: str  # relative to the imported root, with forward slashes
    root: str  # absolute path of the imported root folder
    doc_type: DocType
    page_start: int
    page_end: int
    act_number: str | None = None
    objet: str | None = None
    date: str | None = None  # ISO date of the séance, YYYY-MM-DD
    collectivite: str | None = None
    matter_code: str | None = None  # ACTES level 1 ("7") or level 2 ("7.5")
    matter_name: str | None = None
    matter_confidence: float = 0.0
    votes: Votes = field(default_factory=Votes)
    adopted: bool | None = None
    seq: int = 0  # rank of the act in its file
    pref_date: str | None = None  # reception in préfecture, ISO (SCDL PREF_DATE)
    actes_id: str | None = None  # @ctes identifier (SCDL PREF_ID)
    siren: str | None = None  # the collectivité's SIREN, read from the @ctes identifier
    vote_check: str | None = None  # why the vote read was refused (its figures are then None)

    @property
    def absolute_path(self) -> str:
        return f"{self.root.rstrip('/')}/{self.path}"

    @property
    def pages(self) -> list[int]:
        return list(range(self.page_start, self.page_end + 1))


@dataclass
class FileRecord:
    file_id: int
    path: str
    root: str
    sha256: str
    size: int
    pages: int
    ocr_pages: int
    status: FileStatus
    reason: str | None = None
    doc_type: DocType | None = None
    acts: int = 0

    @property
    def absolute_path(self) -> str:
        return f"{self.root.rstrip('/')}/{self.path}"


def find_file(files: list[FileRecord], path: str | os.PathLike[str]) -> FileRecord | None:
    """A file by absolute path, by path relative to its imported root, or by a unique end of path."""
    wanted = Path(path).expanduser()
    absolute = wanted.resolve() if wanted.exists() else None
    relative = wanted.as_posix().removeprefix("./")
    for f in files:
        if f.path == relative or (absolute is not None and Path(f.absolute_path).resolve() == absolute):
            return f
    by_suffix = [f for f in files if f.path.endswith("/" + relative)]
    return by_suffix[0] if len(by_suffix) == 1 else None


@dataclass
class SearchFilters:
    collectivite: str | None = None
    date_from: str | None = None  # inclusive ISO date
    date_to: str | None = None
    matter_code: str | None = None  # "7" matches "7" and "7.x"
    doc_type: str | None = None

    def is_empty(self) -> bool:
        return all(v in (None, "") for v in asdict(self).values())


@dataclass
class SearchHit:
    act: ActRecord
    page: int  # best-matching page inside the act
    score: float
    snippet: str  # HTML-escaped text; query terms wrapped in <b>…</b>
    passage: str = ""  # plain text of the best-matching passage (for the assistant)
    keyword_rank: int | None = None
    vector_rank: int | None = None
    terms: list[str] = field(default_factory=list)  # words to highlight in a viewer

    def to_json(self) -> dict[str, Any]:
        a = self.act
        return {
            # NFC: macOS and some copies store "é" decomposed; callers compare with typed text.
            "path": unicodedata.normalize("NFC", a.path),
            "page": self.page,
            "pages": a.pages,
            "act_number": a.act_number,
            "objet": a.objet,
            "date": a.date,
            "collectivite": a.collectivite,
            "doc_type": a.doc_type,
            "matter_code": a.matter_code,
            "score": round(self.score, 6),
            "snippet": self.snippet,
            "act_id": a.act_id,
        }


@dataclass
class ImportFailure:
    path: str
    code: str  # stable code, see indexer.errors
    reason: str  # French sentence for the clerk


@dataclass
class ImportReport:
    imported: int = 0
    unchanged: int = 0
    removed: int = 0
    moved: int = 0
    failed: list[ImportFailure] = field(default_factory=list)
    warnings: list[ImportFailure] = field(default_factory=list)
    pages: int = 0
    ocr_pages: int = 0
    pages_without_text: int = 0
    acts: int = 0
    chunks_embedded: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["seconds"] = round(self.seconds, 3)
        d["stage_seconds"] = {k: round(v, 3) for k, v in self.stage_seconds.items()}
        return d


@dataclass(frozen=True)
class SemanticStatus:
    """Which encoders the search by meaning uses now, and how far the background e5 pass is."""

    model: str  # the passages' encoder (USE by default)
    passages: int
    passages_embedded: int
    e5_installed: bool  # an e5 engine loads on this computer
    heads: int
    heads_embedded: int

    @property
    def e5_live(self) -> bool:
        return self.e5_installed and self.heads_embedded > 0

    @property
    def engine(self) -> str:
        """The encoder the search by meaning uses now: "e5", "USE" (or another passages' model, by its
        id), or "aucun" while no passage has a vector yet (keyword search only)."""
        if self.e5_live:
            return "e5"
        if self.passages_embedded == 0:
            return "aucun"
        return "USE" if self.model.startswith("use-") else self.model

    def to_json(self) -> dict[str, Any]:
        return {"engine": self.engine, **asdict(self), "e5_live": self.e5_live}


@dataclass
class LibraryStats:
    """What `registre stats` and the library view show; every figure is counted by the catalogue."""

    files: int
    files_by_status: dict[str, int]
    pages: int
    ocr_pages: int
    pages_waiting_ocr: int
    acts: int
    acts_by_doc_type: dict[str, int]
    acts_by_year: dict[str, int]
    acts_with_date: int
    acts_with_objet: int
    acts_with_number: int
    acts_with_matter: int
    decisions: int  # decisions under delegation, not counted in ``acts``
    listed_refs: int  # lines of lists and répertoires, not counted in ``acts``
    chunks: int
    chunks_embedded: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
