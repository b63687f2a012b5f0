"""The SQLite catalogue: files, page texts, acts, chunks, embeddings and the OCR cache.

It is the source of truth: the keyword index and the vector matrix can always be rebuilt from
it. WAL mode lets searches read while an import writes; each file is committed in one
transaction, so a killed import leaves either all of a file or none of it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from indexer.collectivites import key as collectivite_key
from indexer.models import ActRecord, FileRecord, PageText, SearchFilters, Votes

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS roots(
    root_id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, added_at TEXT DEFAULT CURRENT_TIMESTAMP,
    last_scan TEXT);
CREATE TABLE IF NOT EXISTS files(
    file_id INTEGER PRIMARY KEY, root_id INTEGER NOT NULL REFERENCES roots ON DELETE CASCADE,
    path TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER, mtime REAL,
    pages INTEGER DEFAULT 0, ocr_pages INTEGER DEFAULT 0, pending_ocr INTEGER DEFAULT 0,
    status TEXT, reason_code TEXT, reason TEXT, doc_type TEXT,
    stage INTEGER DEFAULT 0, analysis_version INTEGER DEFAULT 0, imported_at TEXT DEFAULT CURRENT_TIMESTAMP,
    UNIQUE(root_id, path));
CREATE INDEX IF NOT EXISTS files_sha ON files(sha256);
CREATE TABLE IF NOT EXISTS pages(
    file_id INTEGER NOT NULL REFERENCES files ON DELETE CASCADE, page INTEGER NOT NULL,
    text TEXT NOT NULL, ocr INTEGER DEFAULT 0, needs_ocr INTEGER DEFAULT 0,
    PRIMARY KEY(file_id, page));
CREATE TABLE IF NOT EXISTS acts(
    act_id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES files ON DELETE CASCADE,
    seq INTEGER, page_start INTEGER, page_end INTEGER, act_number TEXT, objet TEXT, date TEXT,
    collectivite TEXT, collectivite_raw TEXT, doc_type TEXT, matter_code TEXT, matter_name TEXT, matter_confidence REAL,
    vote_pour INTEGER, vote_contre INTEGER, vote_abstention INTEGER, vote_unanimite INTEGER,
    vote_effectif INTEGER, vote_presents INTEGER, vote_votants INTEGER, adopted INTEGER);
CREATE INDEX IF NOT EXISTS acts_file ON acts(file_id);
CREATE INDEX IF NOT EXISTS acts_date ON acts(date);
CREATE TABLE IF NOT EXISTS act_slices(
    act_id INTEGER NOT NULL REFERENCES acts ON DELETE CASCADE, page INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY(act_id, page));
CREATE TABLE IF NOT EXISTS chunks(
    chunk_id INTEGER PRIMARY KEY, act_id INTEGER NOT NULL REFERENCES acts ON DELETE CASCADE,
    file_id INTEGER NOT NULL, page INTEGER NOT NULL, text TEXT NOT NULL, text_hash TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_act ON chunks(act_id);
CREATE INDEX IF NOT EXISTS chunks_hash ON chunks(text_hash);
CREATE TABLE IF NOT EXISTS embeddings(
    model TEXT NOT NULL, text_hash TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY(model, text_hash));
CREATE TABLE IF NOT EXISTS ocr_cache(
    sha256 TEXT NOT NULL, page INTEGER NOT NULL, engine TEXT NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY(sha256, page, engine));
"""

_ACT_COLUMNS = (
    "a.act_id, a.file_id, f.path, r.path, a.doc_type, a.page_start, a.page_end, a.act_number, a.objet, "
    "a.date, a.collectivite, a.matter_code, a.matter_name, a.matter_confidence, a.vote_pour, a.vote_contre, "
    "a.vote_abstention, a.vote_unanimite, a.vote_effectif, a.vote_presents, a.vote_votants, a.adopted"
)
_ACT_FROM = "acts a JOIN files f ON f.file_id = a.file_id JOIN roots r ON r.root_id = f.root_id"


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _act_from_row(row: tuple) -> ActRecord:
    return ActRecord(
        act_id=row[0], file_id=row[1], path=row[2], root=row[3], doc_type=row[4] or "autre",
        page_start=row[5], page_end=row[6], act_number=row[7], objet=row[8], date=row[9],
        collectivite=row[10], matter_code=row[11], matter_name=row[12], matter_confidence=row[13] or 0.0,
        votes=Votes(
            pour=row[14], contre=row[15], abstention=row[16], unanimite=_bool(row[17]),
            effectif=row[18], presents=row[19], votants=row[20],
        ),
        adopted=_bool(row[21]),
    )


def filters_sql(filters: SearchFilters | None) -> tuple[str, list]:
    """WHERE clause (without the keyword) over the acts alias ``a``; '1' when there is no filter."""
    clauses: list[str] = []
    params: list = []
    if filters:
        if filters.collectivite:
            # "Putanges le Lac" typed by the clerk finds "Putanges-le-Lac"
            clauses.append("coll_key(a.collectivite) = ?")
            params.append(collectivite_key(filters.collectivite))
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


class Catalog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self.db.executescript(_SCHEMA)  # executescript manages its own transaction
        self._migrate()
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO meta VALUES('schema_version', ?)", (str(SCHEMA_VERSION),))
            db.execute("INSERT OR IGNORE INTO meta VALUES('generation', '0')")

    def _migrate(self) -> None:
        """Bring a catalogue written by an earlier version up to date, in place."""
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(acts)")}
        if "collectivite_raw" not in columns:
            with self.transaction() as db:
                db.execute("ALTER TABLE acts ADD COLUMN collectivite_raw TEXT")
                db.execute("UPDATE acts SET collectivite_raw = collectivite")
        file_columns = {row[1] for row in self.db.execute("PRAGMA table_info(files)")}
        if file_columns and "analysis_version" not in file_columns:
            with self.transaction() as db:
                db.execute("ALTER TABLE files ADD COLUMN analysis_version INTEGER DEFAULT 0")

    # -------------------------------------------------------------- connections
    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.create_function("coll_key", 1, lambda v: collectivite_key(v) if v else None, deterministic=True)
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

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -------------------------------------------------------------- meta
    def generation(self) -> int:
        return int(self.db.execute("SELECT value FROM meta WHERE key='generation'").fetchone()[0])

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES(?, ?)", (key, value))

    def bump_generation(self, db: sqlite3.Connection) -> None:
        db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key='generation'")

    # -------------------------------------------------------------- roots & files
    def root_id(self, path: str) -> int:
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO roots(path) VALUES(?)", (path,))
            return db.execute("SELECT root_id FROM roots WHERE path=?", (path,)).fetchone()[0]

    def roots(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT path FROM roots ORDER BY path")]

    def files_of_root(self, root_id: int) -> dict[str, tuple]:
        rows = self.db.execute(
            "SELECT path, file_id, sha256, size, mtime, stage, analysis_version, status FROM files WHERE root_id=?",
            (root_id,),
        )
        return {r[0]: r[1:] for r in rows}

    def file_records(self) -> list[FileRecord]:
        rows = self.db.execute(
            "SELECT f.file_id, f.path, r.path, f.sha256, f.size, f.pages, f.ocr_pages, f.status, f.reason,"
            " f.doc_type, (SELECT COUNT(*) FROM acts a WHERE a.file_id=f.file_id)"
            " FROM files f JOIN roots r ON r.root_id=f.root_id ORDER BY r.path, f.path"
        )
        return [FileRecord(*row) for row in rows]

    # -------------------------------------------------------------- pages
    def pages(self, file_id: int) -> list[PageText]:
        rows = self.db.execute(
            "SELECT page, text, ocr, needs_ocr FROM pages WHERE file_id=? ORDER BY page", (file_id,)
        )
        return [PageText(r[0], r[1], bool(r[2]), bool(r[3])) for r in rows]

    def page_text(self, file_id: int, page: int) -> str:
        row = self.db.execute("SELECT text FROM pages WHERE file_id=? AND page=?", (file_id, page)).fetchone()
        return row[0] if row else ""

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
            marks = ",".join("?" * len(batch))
            for row in self.db.execute(f"SELECT {_ACT_COLUMNS} FROM {_ACT_FROM} WHERE a.act_id IN ({marks})", batch):
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

    def raw_collectivite_counts(self) -> dict[str, int]:
        return dict(self.db.execute(
            "SELECT collectivite_raw, COUNT(*) FROM acts WHERE collectivite_raw IS NOT NULL GROUP BY 1"))

    def collectivites(self) -> list[str]:
        rows = self.db.execute(
            "SELECT collectivite FROM acts WHERE collectivite IS NOT NULL GROUP BY collectivite ORDER BY collectivite"
        )
        return [r[0] for r in rows]

    # -------------------------------------------------------------- OCR cache
    def cached_ocr(self, sha: str, page: int, engine: str) -> str | None:
        row = self.db.execute(
            "SELECT text FROM ocr_cache WHERE sha256=? AND page=? AND engine=?", (sha, page, engine)
        ).fetchone()
        return row[0] if row else None

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
            self.bump_generation(db)

    def vectors(self, model: str) -> Iterator[tuple[int, int, int, bytes]]:
        yield from self.db.execute(
            "SELECT c.chunk_id, c.act_id, c.page, e.vector FROM chunks c JOIN embeddings e"
            " ON e.text_hash = c.text_hash AND e.model = ? ORDER BY c.chunk_id",
            (model,),
        )

    def chunk_texts(self, chunk_ids: list[int]) -> dict[int, str]:
        marks = ",".join("?" * len(chunk_ids))
        return dict(self.db.execute(f"SELECT chunk_id, text FROM chunks WHERE chunk_id IN ({marks})", chunk_ids))
