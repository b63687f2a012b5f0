"""The SQLite catalogue: files, page texts, acts, chunks, embeddings and the OCR cache.

It is the source of truth: the keyword index and the vector matrix can always be rebuilt from
it. WAL mode lets searches read while an import writes (on a network drive, where WAL is unsafe, the
rollback journal: :mod:`indexer.network_drive`); each file is committed in one transaction, so a
killed import leaves either all of a file or none of it.

Every SQL statement of Registre lives in this module, always with parameters; callers get named
records back (:class:`KnownFile`, :class:`OcrJob`, :class:`~indexer.models.ActRecord`…).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path, PurePosixPath

import numpy as np

from indexer.chunking import Chunk
from indexer.errors import LibraryTooNew
from indexer.listed import ListedRef
from indexer.migrations import MIGRATIONS, SCHEMA_VERSION
from indexer.models import (
    NOT_DELIBERATIONS,
    ActRecord,
    DocType,
    FileRecord,
    FileStatus,
    LibraryStats,
    PageText,
    SearchFilters,
    Votes,
)
from indexer.network_drive import on_network_drive
from indexer.segment import DocumentAnalysis
from indexer.textnorm import place_key

log = logging.getLogger(__name__)


class Stage(IntEnum):
    """How far a file's import got: a killed import resumes from here and duplicates nothing."""

    REGISTERED = 0
    STORED = 1  # pages, acts and passages in the catalogue
    INDEXED = 2  # and in the keyword index


@dataclass(frozen=True)
class KnownFile:
    """A file as the catalogue last saw it."""

    file_id: int
    path: str
    sha256: str
    size: int | None
    mtime: float | None
    stage: int
    analysis_version: int
    status: FileStatus | None
    reason_code: str | None
    reason: str | None

    @property
    def indexed(self) -> bool:
        return self.stage >= Stage.INDEXED

    @property
    def unreadable(self) -> bool:
        return self.status == FileStatus.UNREADABLE


@dataclass(frozen=True)
class FileContent:
    """Everything the catalogue stores about one readable file, computed before the write."""

    pages: list[PageText]
    analysis: DocumentAnalysis
    chunks: list[list[Chunk]]  # per act, in the order of ``analysis.acts``
    status: FileStatus
    reason_code: str | None
    reason: str | None
    analysis_version: int
    heads: list[list[Chunk]] | None = None  # per act: what the e5 encoder reads (indexer.chunking.act_heads)


@dataclass(frozen=True)
class OcrJob:
    file_id: int
    path: str  # relative to its root
    root: str
    sha256: str
    page: int

    @property
    def absolute_path(self) -> Path:
        return Path(self.root) / self.path


_ACT_COLUMNS = (
    "a.act_id, a.file_id, f.path, r.path, a.doc_type, a.page_start, a.page_end, a.act_number, a.objet, "
    "a.date, a.collectivite, a.matter_code, a.matter_name, a.matter_confidence, a.vote_pour, a.vote_contre, "
    "a.vote_abstention, a.vote_unanimite, a.vote_effectif, a.vote_presents, a.vote_votants, a.adopted, a.seq, "
    "a.pref_date, a.actes_id, a.siren, a.vote_check"
)
_ACT_FROM = "acts a JOIN files f ON f.file_id = a.file_id JOIN roots r ON r.root_id = f.root_id"
_STALE_KEY = "keyword_stale_files"  # meta key: comma-separated file ids (no schema change needed)
_KNOWN_COLUMNS = "file_id, path, sha256, size, mtime, stage, analysis_version, status, reason_code, reason"


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _int_or_none(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _act_from_row(row: tuple) -> ActRecord:
    return ActRecord(
        act_id=row[0], file_id=row[1], path=row[2], root=row[3], doc_type=DocType(row[4] or DocType.AUTRE),
        page_start=row[5], page_end=row[6], act_number=row[7], objet=row[8], date=row[9],
        collectivite=row[10], matter_code=row[11], matter_name=row[12], matter_confidence=row[13] or 0.0,
        votes=Votes(
            pour=row[14], contre=row[15], abstention=row[16], unanimite=_bool(row[17]),
            effectif=row[18], presents=row[19], votants=row[20],
        ),
        adopted=_bool(row[21]), seq=row[22] or 0, pref_date=row[23], actes_id=row[24], siren=row[25],
        vote_check=row[26],
    )


def _known_from_row(row: tuple) -> KnownFile:
    return KnownFile(row[0], row[1], row[2], row[3], row[4], row[5] or 0, row[6] or 0,
                     FileStatus(row[7]) if row[7] else None, row[8], row[9])


def filters_sql(filters: SearchFilters | None) -> tuple[str, list]:
    """WHERE clause (without the keyword) over the acts alias ``a``; '1' when there is no filter."""
    clauses: list[str] = []
    params: list = []
    if filters:
        if filters.collectivite:
            # "Putanges le Lac" typed by the clerk finds "Putanges-le-Lac"
            clauses.append("coll_key(a.collectivite) = ?")
            params.append(place_key(filters.collectivite))
        if filters.date_from:
            clauses.append("a.date >= ?")
            params.append(filters.date_from)
        if filters.date_to:
            clauses.append("a.date <= ?")
            params.append(filters.date_to)
        if filters.matter_code:
            clauses.append("(a.matter_code = ? OR a.matter_code LIKE ?)")
            params += [filters.matter_code, filters.matter_code + ".%"]
        if filters.doc_type:
            clauses.append("a.doc_type = ?")
            params.append(filters.doc_type)
    return (" AND ".join(clauses) or "1"), params


def _model_generation_key(model: str) -> str:
    return f"generation:{model}"


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


class Catalog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self.journal = "DELETE" if on_network_drive(path) else "WAL"
        if self.journal != "WAL":
            log.warning("Bibliothèque sur un lecteur réseau (%s) : journal SQLite classique, les recherches "
                        "attendent pendant qu'un import écrit", path.parent)
        self._migrate()

    # -------------------------------------------------------------- schema
    def _migrate(self) -> None:
        """Apply the migrations this catalogue has not had; refuse one written by a newer Registre."""
        db = self.db
        db.execute("CREATE TABLE IF NOT EXISTS _migrations(name TEXT PRIMARY KEY, applied_at TEXT"
                   " DEFAULT CURRENT_TIMESTAMP)")
        found = self._stored_schema_version()
        if found is not None and found > SCHEMA_VERSION:
            raise LibraryTooNew(str(self.path.parent), found, SCHEMA_VERSION)
        applied = {row[0] for row in db.execute("SELECT name FROM _migrations")}
        pending = [m for m in MIGRATIONS if m.__name__ not in applied]
        if not pending:
            return
        if found is not None:
            self._backup(found)
        for step in pending:
            with self.transaction() as tx:
                step(tx)
                tx.execute("INSERT INTO _migrations(name) VALUES(?)", (step.__name__,))
                tx.execute("INSERT OR REPLACE INTO meta VALUES('schema_version', ?)", (str(SCHEMA_VERSION),))
            log.info("Catalogue %s : migration %s appliquée", self.path, step.__name__)

    def _stored_schema_version(self) -> int | None:
        has_meta = self.db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if not has_meta:
            return None
        row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else None

    def _backup(self, version: int) -> None:
        """A copy of the catalogue as it was, before a newer Registre changes its schema."""
        target = self.path.with_name(f"{self.path.stem}.avant-migration-v{version}{self.path.suffix}")
        if target.exists():
            return
        copy = sqlite3.connect(target)
        try:
            self.db.backup(copy)
        finally:
            copy.close()
        log.info("Copie de sauvegarde du catalogue avant migration : %s", target)

    @property
    def schema_version(self) -> int:
        return self._stored_schema_version() or 0

    # -------------------------------------------------------------- connections
    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.execute(f"PRAGMA journal_mode={self.journal}")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.create_function("coll_key", 1, lambda v: place_key(v) if v else None, deterministic=True)
            self._local.conn = conn
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        else:
            db.execute("COMMIT")

    def check_writable(self) -> None:
        """Raises the SQLite error now (read-only file, damaged database) rather than halfway through an import."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("INSERT OR REPLACE INTO meta VALUES('write_probe', '1')")
        finally:
            db.execute("ROLLBACK")

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -------------------------------------------------------------- meta
    def generation(self) -> int:
        """Moves when files, acts, passages or heads change (what every derived cache is keyed on); storing
        vectors moves only that model's own counter (:meth:`vector_generation`)."""
        return int(self.db.execute("SELECT value FROM meta WHERE key='generation'").fetchone()[0])

    def vector_generation(self, model: str) -> tuple[int, int]:
        """What a matrix of ``model``'s vectors is keyed on: the content generation and the count of that
        model's stored batches. The e5 stage of an import stores a batch every few seconds for minutes: with
        one shared counter each search then re-read every matrix (USE 26k x 512 included) from SQLite."""
        row = self.db.execute("SELECT (SELECT value FROM meta WHERE key='generation'),"
                              " (SELECT value FROM meta WHERE key=?)", (_model_generation_key(model),)).fetchone()
        return int(row[0]), int(row[1] or 0)

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES(?, ?)", (key, value))

    @staticmethod
    def _bump_generation(db: sqlite3.Connection) -> None:
        db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key='generation'")

    # -------------------------------------------------------------- roots & files
    def add_root(self, path: str) -> int:
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO roots(path) VALUES(?)", (path,))
            return db.execute("SELECT root_id FROM roots WHERE path=?", (path,)).fetchone()[0]

    def mark_scanned(self, root_id: int) -> None:
        with self.transaction() as db:
            db.execute("UPDATE roots SET last_scan=CURRENT_TIMESTAMP WHERE root_id=?", (root_id,))

    def roots(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT path FROM roots ORDER BY path")]

    def known_files(self, root_id: int) -> dict[str, KnownFile]:
        rows = self.db.execute(f"SELECT {_KNOWN_COLUMNS} FROM files WHERE root_id=?", (root_id,))
        return {row[1]: _known_from_row(row) for row in rows}

    def known_file(self, file_id: int) -> KnownFile | None:
        row = self.db.execute(f"SELECT {_KNOWN_COLUMNS} FROM files WHERE file_id=?", (file_id,)).fetchone()
        return _known_from_row(row) if row else None

    def touch_file(self, file_id: int, size: int, mtime: float) -> None:
        with self.transaction() as db:
            db.execute("UPDATE files SET mtime=?, size=? WHERE file_id=?", (mtime, size, file_id))

    def move_file(self, file_id: int, path: str, size: int, mtime: float) -> None:
        with self.transaction() as db:
            db.execute("UPDATE files SET path=?, mtime=?, size=? WHERE file_id=?", (path, mtime, size, file_id))

    def remove_files(self, file_ids: Iterable[int]) -> None:
        with self.transaction() as db:
            db.executemany("DELETE FROM files WHERE file_id=?", [(i,) for i in file_ids])
            self._bump_generation(db)

    def store_failure(self, root_id: int, path: str, sha: str, size: int, mtime: float, reason_code: str,
                      reason: str, replaces: int | None) -> None:
        """An unreadable file is recorded as such, so that the next import reports it without re-reading."""
        with self.transaction() as db:
            if replaces is not None:
                db.execute("DELETE FROM files WHERE file_id=?", (replaces,))
                self._add_stale(db, replaces)
            db.execute(
                "INSERT INTO files(root_id, path, sha256, size, mtime, status, reason_code, reason, stage)"
                " VALUES(?,?,?,?,?,?,?,?,?)",
                (root_id, path, sha, size, mtime, FileStatus.UNREADABLE, reason_code, reason, Stage.INDEXED),
            )
            self._bump_generation(db)

    def store_file(self, root_id: int, path: str, sha: str, size: int, mtime: float, content: FileContent,
                   replaces: int | None) -> int:
        """A new or changed file, with all its content, in one transaction."""
        with self.transaction() as db:
            if replaces is not None:
                db.execute("DELETE FROM files WHERE file_id=?", (replaces,))
                self._add_stale(db, replaces)
            cur = db.execute(
                "INSERT INTO files(root_id, path, sha256, size, mtime, stage) VALUES(?,?,?,?,?,?)",
                (root_id, path, sha, size, mtime, Stage.REGISTERED),
            )
            file_id = int(cur.lastrowid or 0)
            self._write_content(db, file_id, content)
        return file_id

    def rewrite_content(self, file_id: int, content: FileContent) -> None:
        with self.transaction() as db:
            self._write_content(db, file_id, content)

    def _write_content(self, db: sqlite3.Connection, file_id: int, content: FileContent) -> None:
        db.execute("DELETE FROM pages WHERE file_id=?", (file_id,))
        db.execute("DELETE FROM acts WHERE file_id=?", (file_id,))
        db.execute("DELETE FROM listed_refs WHERE file_id=?", (file_id,))
        db.executemany(
            "INSERT INTO pages(file_id, page, text, ocr, needs_ocr) VALUES(?,?,?,?,?)",
            [(file_id, p.number, p.text, int(p.ocr), int(p.needs_ocr)) for p in content.pages],
        )
        analysis = content.analysis
        heads = content.heads if content.heads is not None else [[] for _ in analysis.acts]
        for seq, (act, chunks, act_heads) in enumerate(zip(analysis.acts, content.chunks, heads, strict=True)):
            v = act.votes
            cur = db.execute(
                "INSERT INTO acts(file_id, seq, page_start, page_end, act_number, objet, date, collectivite,"
                " collectivite_raw, doc_type, matter_code, matter_name, matter_confidence, vote_pour, vote_contre,"
                " vote_abstention, vote_unanimite, vote_effectif, vote_presents, vote_votants, adopted, pref_date,"
                " actes_id, siren, vote_check)"
                " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (file_id, seq, act.page_start, act.page_end, act.act_number, act.objet, act.date,
                 act.collectivite, act.collectivite, act.kind or analysis.doc_type, act.matter.code,
                 act.matter.name, act.matter.confidence, v.pour, v.contre, v.abstention, _int_or_none(v.unanimite),
                 v.effectif, v.presents, v.votants, _int_or_none(act.adopted), act.pref_date, act.actes_id,
                 act.siren, act.vote_check),
            )
            act_id = cur.lastrowid
            db.executemany("INSERT INTO act_slices(act_id, page, text) VALUES(?,?,?)",
                           [(act_id, page, text) for page, text in act.page_slices])
            db.executemany(
                "INSERT INTO chunks(act_id, file_id, page, text, text_hash) VALUES(?,?,?,?,?)",
                [(act_id, file_id, c.page, c.text, c.text_hash) for c in chunks],
            )
            db.executemany(
                "INSERT INTO heads(act_id, file_id, page, rank, text, text_hash) VALUES(?,?,?,?,?,?)",
                [(act_id, file_id, h.page, rank, h.text, h.text_hash) for rank, h in enumerate(act_heads)],
            )
        db.executemany(
            "INSERT INTO listed_refs(file_id, seq, number, date, objet, status, collectivite) VALUES(?,?,?,?,?,?,?)",
            [(file_id, i, ref.number, ref.date, ref.objet, ref.status, analysis.collectivite)
             for i, ref in enumerate(analysis.listed)],
        )
        db.execute(
            "UPDATE files SET pages=?, ocr_pages=?, pending_ocr=?, status=?, reason_code=?, reason=?, doc_type=?,"
            " stage=?, analysis_version=? WHERE file_id=?",
            (len(content.pages), sum(p.ocr for p in content.pages), sum(p.needs_ocr for p in content.pages),
             content.status, content.reason_code, content.reason, analysis.doc_type, Stage.STORED,
             content.analysis_version, file_id),
        )
        self._bump_generation(db)

    def mark_indexed(self, file_ids: Iterable[int], clear_stale: Iterable[int] = ()) -> None:
        """These files are in the keyword index, and these replaced ones are out of it."""
        with self.transaction() as db:
            db.executemany("UPDATE files SET stage=? WHERE file_id=? AND stage=?",
                           [(Stage.INDEXED, i, Stage.STORED) for i in file_ids])
            cleared = set(clear_stale)
            if cleared:
                left = [i for i in self._stale(db) if i not in cleared]
                db.execute("INSERT OR REPLACE INTO meta VALUES(?, ?)", (_STALE_KEY, ",".join(map(str, left))))

    # -------------------------------------------------------------- keyword index bookkeeping
    def stale_keyword_files(self) -> list[int]:
        """Ids of files deleted or replaced in the catalogue whose pages may still be in the keyword index."""
        return self._stale(self.db)

    @staticmethod
    def _stale(db: sqlite3.Connection) -> list[int]:
        row = db.execute("SELECT value FROM meta WHERE key=?", (_STALE_KEY,)).fetchone()
        return [int(v) for v in str(row[0]).split(",") if v] if row and row[0] else []

    def _add_stale(self, db: sqlite3.Connection, file_id: int) -> None:
        """Recorded in the transaction that drops the file's rows: a kill before the keyword index is
        updated cannot forget them (issue 15: 352 keyword documents instead of 327 after kill -9)."""
        current = self._stale(db)
        if file_id not in current:
            current.append(file_id)
            db.execute("INSERT OR REPLACE INTO meta VALUES(?, ?)", (_STALE_KEY, ",".join(map(str, current))))

    def file_records(self) -> list[FileRecord]:
        rows = self.db.execute(
            "SELECT f.file_id, f.path, r.path, f.sha256, f.size, f.pages, f.ocr_pages, f.status, f.reason,"
            " f.doc_type, (SELECT COUNT(*) FROM acts a WHERE a.file_id=f.file_id)"
            " FROM files f JOIN roots r ON r.root_id=f.root_id ORDER BY r.path, f.path"
        )
        return [FileRecord(file_id=r[0], path=r[1], root=r[2], sha256=r[3], size=r[4], pages=r[5], ocr_pages=r[6],
                           status=FileStatus(r[7]), reason=r[8], doc_type=DocType(r[9]) if r[9] else None, acts=r[10])
                for r in rows]

    def readable_file_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT file_id FROM files WHERE status IS NOT ? ORDER BY file_id", (FileStatus.UNREADABLE,))]

    # -------------------------------------------------------------- pages
    def pages(self, file_id: int) -> list[PageText]:
        rows = self.db.execute(
            "SELECT page, text, ocr, needs_ocr FROM pages WHERE file_id=? ORDER BY page", (file_id,)
        )
        return [PageText(r[0], r[1], bool(r[2]), bool(r[3])) for r in rows]

    def page_text(self, file_id: int, page: int) -> str:
        row = self.db.execute("SELECT text FROM pages WHERE file_id=? AND page=?", (file_id, page)).fetchone()
        return row[0] if row else ""

    def content_key(self) -> str:
        """Changes when a file is added, replaced, re-read or removed (a new file row each time), not when
        vectors are written: what derived data computed from the page texts is keyed on."""
        row = self.db.execute("SELECT COUNT(*), MAX(file_id), SUM(pages), SUM(analysis_version) FROM files").fetchone()
        return "-".join(str(x) for x in row)

    def all_page_texts(self) -> Iterator[str]:
        """Every stored page text, for the spelling vocabulary."""
        for (text,) in self.db.execute("SELECT text FROM pages"):
            yield text

    def act_slice(self, act_id: int, page: int) -> str:
        """The part of ``page`` that belongs to this act (a page can hold the end of one act and the next)."""
        row = self.db.execute("SELECT text FROM act_slices WHERE act_id=? AND page=?", (act_id, page)).fetchone()
        return row[0] if row else ""

    def act_slices(self, act_id: int) -> list[tuple[int, str]]:
        return list(self.db.execute("SELECT page, text FROM act_slices WHERE act_id=? ORDER BY page", (act_id,)))

    # -------------------------------------------------------------- acts
    def act(self, act_id: int) -> ActRecord | None:
        row = self.db.execute(f"SELECT {_ACT_COLUMNS} FROM {_ACT_FROM} WHERE a.act_id=?", (act_id,)).fetchone()
        return _act_from_row(row) if row else None

    def acts_by_ids(self, act_ids: Iterable[int]) -> dict[int, ActRecord]:
        ids = list(dict.fromkeys(act_ids))
        out: dict[int, ActRecord] = {}
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            for row in self.db.execute(f"SELECT {_ACT_COLUMNS} FROM {_ACT_FROM} WHERE a.act_id IN ({_marks(batch)})",
                                       batch):
                out[row[0]] = _act_from_row(row)
        return out

    def acts(self, filters: SearchFilters | None = None, file_id: int | None = None) -> list[ActRecord]:
        where, params = filters_sql(filters)
        if file_id is not None:
            where += " AND a.file_id = ?"
            params.append(file_id)
        rows = self.db.execute(
            f"SELECT {_ACT_COLUMNS} FROM {_ACT_FROM} WHERE {where} ORDER BY a.date, f.path, a.seq", params
        )
        return [_act_from_row(r) for r in rows]

    def act_ids(self, filters: SearchFilters | None) -> set[int]:
        where, params = filters_sql(filters)
        return {r[0] for r in self.db.execute(f"SELECT a.act_id FROM acts a WHERE {where}", params)}

    def place_act_ids(self, names: Iterable[str]) -> set[int]:
        """The acts of these collectivités: read so in their text, or filed in a folder named after one
        (« pierrefonds/annexes/…RPQS-CCLO… » is the intercommunality's report, kept for Pierrefonds)."""
        keys = {place_key(n) for n in names}
        # spellings and folders are few (tens, thousands): fold those in Python, let SQLite pick the acts
        spellings = [c for (c,) in self.db.execute("SELECT DISTINCT collectivite FROM acts WHERE collectivite"
                                                   " IS NOT NULL") if place_key(c) in keys]
        files = [f for f, path in self.db.execute("SELECT file_id, path FROM files")
                 if any(place_key(folder) in keys for folder in PurePosixPath(path).parts[:-1])]
        rows = self.db.execute(f"SELECT act_id FROM acts WHERE collectivite IN ({_marks(spellings)})"
                               f" OR file_id IN ({_marks(files)})", [*spellings, *files])
        return {r[0] for r in rows}

    def act_count(self) -> int:
        """Deliberations only: lists, agendas, annexes and decisions under delegation are not acts."""
        skipped = list(NOT_DELIBERATIONS)
        return int(self.db.execute(f"SELECT COUNT(*) FROM acts WHERE doc_type NOT IN ({_marks(skipped)})",
                                   skipped).fetchone()[0])

    def has_acts(self) -> bool:
        return self.db.execute("SELECT 1 FROM acts LIMIT 1").fetchone() is not None

    def collectivites(self) -> list[str]:
        rows = self.db.execute(
            "SELECT collectivite FROM acts WHERE collectivite IS NOT NULL GROUP BY collectivite ORDER BY collectivite"
        )
        return [r[0] for r in rows]

    def listed_refs(self) -> list[tuple[str, ListedRef, str | None]]:
        """(file path, reference, collectivité) of every line of every list, in file and line order."""
        rows = self.db.execute(
            "SELECT f.path, l.number, l.date, l.objet, l.status, l.collectivite FROM listed_refs l"
            " JOIN files f ON f.file_id = l.file_id ORDER BY f.path, l.seq")
        return [(r[0], ListedRef(r[1], r[2], r[3], r[4]), r[5]) for r in rows]

    # -------------------------------------------------------------- collectivité names
    def raw_collectivite_counts(self) -> dict[str, int]:
        return dict(self.db.execute(
            "SELECT collectivite_raw, COUNT(*) FROM acts WHERE collectivite_raw IS NOT NULL GROUP BY 1"))

    def apply_collectivite_spellings(self, mapping: dict[str, str]) -> None:
        """Every act read with a spelling in ``mapping`` shows the spelling it maps to."""
        with self.transaction() as db:
            db.executemany("UPDATE acts SET collectivite=? WHERE collectivite_raw=? AND collectivite IS NOT ?",
                           [(best, raw, best) for raw, best in mapping.items()])

    def unnamed_act_paths(self) -> list[tuple[int, str]]:
        """(act id, file path) of the acts whose text names no collectivité."""
        return list(self.db.execute("SELECT a.act_id, f.path FROM acts a JOIN files f ON f.file_id = a.file_id"
                                    " WHERE a.collectivite IS NULL"))

    def name_acts(self, names: Iterable[tuple[int, str]]) -> None:
        """Give each (act id, collectivité) pair's act that collectivité."""
        with self.transaction() as db:
            db.executemany("UPDATE acts SET collectivite=? WHERE act_id=?", [(name, i) for i, name in names])

    # -------------------------------------------------------------- OCR
    def ocr_jobs(self, root_id: int) -> list[OcrJob]:
        rows = self.db.execute(
            "SELECT f.file_id, f.path, r.path, f.sha256, p.page FROM pages p JOIN files f ON f.file_id=p.file_id"
            " JOIN roots r ON r.root_id=f.root_id WHERE p.needs_ocr=1 AND f.root_id=? ORDER BY f.file_id, p.page",
            (root_id,),
        )
        return [OcrJob(*row) for row in rows]

    def cached_ocr(self, sha: str, page: int, engine: str) -> str | None:
        row = self.db.execute(
            "SELECT text FROM ocr_cache WHERE sha256=? AND page=? AND engine=?", (sha, page, engine)
        ).fetchone()
        return row[0] if row else None

    def store_ocr_page(self, job: OcrJob, engine: str, text: str, cache: bool) -> None:
        """The page's text as read by OCR; ``cache`` keeps it for any copy of the same file."""
        with self.transaction() as db:
            if cache:
                db.execute("INSERT OR REPLACE INTO ocr_cache VALUES(?,?,?,?)", (job.sha256, job.page, engine, text))
            db.execute("UPDATE pages SET text=?, ocr=1, needs_ocr=0 WHERE file_id=? AND page=?",
                       (text, job.file_id, job.page))

    # -------------------------------------------------------------- embeddings
    def chunks_missing_embedding(self, model: str, limit: int) -> list[tuple[str, str]]:
        rows = self.db.execute(
            "SELECT c.text_hash, MIN(c.text) FROM chunks c LEFT JOIN embeddings e"
            " ON e.text_hash = c.text_hash AND e.model = ? WHERE e.text_hash IS NULL"
            " GROUP BY c.text_hash LIMIT ?",
            (model, limit),
        )
        return list(rows)

    def count_missing_embeddings(self, model: str) -> int:
        return self.db.execute(
            "SELECT COUNT(DISTINCT c.text_hash) FROM chunks c LEFT JOIN embeddings e"
            " ON e.text_hash = c.text_hash AND e.model = ? WHERE e.text_hash IS NULL",
            (model,),
        ).fetchone()[0]

    def store_embeddings(self, model: str, items: list[tuple[str, np.ndarray]]) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO embeddings(model, text_hash, vector) VALUES(?,?,?)",
                [(model, h, v.astype(np.float16).tobytes()) for h, v in items],
            )
            db.execute("INSERT INTO meta(key, value) VALUES(?, '1') ON CONFLICT(key)"
                       " DO UPDATE SET value = CAST(value AS INTEGER) + 1", (_model_generation_key(model),))

    def vectors(self, model: str) -> Iterator[tuple[int, int, int, bytes]]:
        yield from self.db.execute(
            "SELECT c.chunk_id, c.act_id, c.page, e.vector FROM chunks c JOIN embeddings e"
            " ON e.text_hash = c.text_hash AND e.model = ? ORDER BY c.chunk_id",
            (model,),
        )

    # -------------------------------------------------------------- heads (e5)
    def heads_missing_embedding(self, model: str, limit: int) -> list[tuple[str, str]]:
        """Heads without a vector of ``model``: each act's own head (rank 0) before its items' heads,
        so that every act is reachable early and the long minutes' items sharpen afterwards."""
        rows = self.db.execute(
            "SELECT h.text_hash, MIN(h.text) FROM heads h LEFT JOIN embeddings e"
            " ON e.text_hash = h.text_hash AND e.model = ? WHERE e.text_hash IS NULL"
            " GROUP BY h.text_hash ORDER BY MIN(h.rank > 0), MIN(h.head_id) LIMIT ?",
            (model, limit),
        )
        return list(rows)

    def head_counts(self, model: str) -> tuple[int, int]:
        """(heads, heads with a vector of ``model``)."""
        total, embedded = self.db.execute(
            "SELECT COUNT(*), COUNT(e.text_hash) FROM heads h LEFT JOIN embeddings e"
            " ON e.text_hash = h.text_hash AND e.model = ?", (model,)).fetchone()
        return int(total), int(embedded)

    def head_vectors(self, model: str) -> Iterator[tuple[int, int, int, bytes]]:
        yield from self.db.execute(
            "SELECT h.head_id, h.act_id, h.page, e.vector FROM heads h JOIN embeddings e"
            " ON e.text_hash = h.text_hash AND e.model = ? ORDER BY h.head_id",
            (model,),
        )

    def chunk_texts(self, chunk_ids: list[int]) -> dict[int, str]:
        return dict(self.db.execute(f"SELECT chunk_id, text FROM chunks WHERE chunk_id IN ({_marks(chunk_ids)})",
                                    chunk_ids))

    # -------------------------------------------------------------- figures
    def stats(self, embedding_model: str) -> LibraryStats:
        db = self.db
        skipped = list(NOT_DELIBERATIONS)
        deliberation = f"doc_type NOT IN ({_marks(skipped)})"

        def one(sql: str, *params: object) -> int:
            return int(db.execute(sql, params).fetchone()[0])

        return LibraryStats(
            files=one("SELECT COUNT(*) FROM files"),
            files_by_status=dict(db.execute("SELECT status, COUNT(*) FROM files GROUP BY status")),
            pages=one("SELECT COUNT(*) FROM pages"),
            ocr_pages=one("SELECT COUNT(*) FROM pages WHERE ocr=1"),
            pages_waiting_ocr=one("SELECT COUNT(*) FROM pages WHERE needs_ocr=1"),
            acts=one(f"SELECT COUNT(*) FROM acts WHERE {deliberation}", *skipped),
            acts_by_doc_type=dict(db.execute("SELECT doc_type, COUNT(*) FROM acts GROUP BY doc_type")),
            acts_by_year=dict(db.execute(
                f"SELECT substr(date,1,4), COUNT(*) FROM acts WHERE date IS NOT NULL AND {deliberation}"
                " GROUP BY 1 ORDER BY 1", skipped)),
            acts_with_date=one(f"SELECT COUNT(*) FROM acts WHERE date IS NOT NULL AND {deliberation}", *skipped),
            acts_with_objet=one(f"SELECT COUNT(*) FROM acts WHERE objet IS NOT NULL AND {deliberation}", *skipped),
            acts_with_number=one(f"SELECT COUNT(*) FROM acts WHERE act_number IS NOT NULL AND {deliberation}",
                                 *skipped),
            acts_with_matter=one(f"SELECT COUNT(*) FROM acts WHERE matter_code IS NOT NULL AND {deliberation}",
                                 *skipped),
            decisions=one("SELECT COUNT(*) FROM acts WHERE doc_type=?", DocType.DECISION),
            listed_refs=one("SELECT COUNT(*) FROM listed_refs"),
            chunks=one("SELECT COUNT(*) FROM chunks"),
            chunks_embedded=one("SELECT COUNT(*) FROM chunks c JOIN embeddings e ON e.text_hash=c.text_hash"
                                " AND e.model=?", embedding_model),
        )
