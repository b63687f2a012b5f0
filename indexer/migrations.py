"""Named, recorded migrations of the catalogue (the way simonw/llm's ``migrations.py`` does it).

Each migration is a function ``mNNN_what(db)`` registered in :data:`MIGRATIONS`, in order. The
names applied to a catalogue are recorded in its ``_migrations`` table, so each runs once. The
schema version of a catalogue is the number of migrations it has had: an app that finds a
larger number refuses the library rather than write into a schema it does not know.

When adding one: append a function below, never edit an applied one; a library written before
the ``_migrations`` table existed (schema version 1) is brought up by the same functions, so they
check what is already there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = []


def migration(func: Migration) -> Migration:
    MIGRATIONS.append(func)
    return func


def _script(db: sqlite3.Connection, script: str) -> None:
    """Statement by statement, so that they share the caller's transaction (executescript commits)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}  # table names are ours, not input


@migration
def m001_initial(db: sqlite3.Connection) -> None:
    _script(db, """
    CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE IF NOT EXISTS roots(
        root_id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, added_at TEXT DEFAULT CURRENT_TIMESTAMP,
        last_scan TEXT);
    CREATE TABLE IF NOT EXISTS files(
        file_id INTEGER PRIMARY KEY, root_id INTEGER NOT NULL REFERENCES roots ON DELETE CASCADE,
        path TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER, mtime REAL,
        pages INTEGER DEFAULT 0, ocr_pages INTEGER DEFAULT 0, pending_ocr INTEGER DEFAULT 0,
        status TEXT, reason_code TEXT, reason TEXT, doc_type TEXT,
        stage INTEGER DEFAULT 0, imported_at TEXT DEFAULT CURRENT_TIMESTAMP,
        UNIQUE(root_id, path));
    CREATE INDEX IF NOT EXISTS files_sha ON files(sha256);
    CREATE TABLE IF NOT EXISTS pages(
        file_id INTEGER NOT NULL REFERENCES files ON DELETE CASCADE, page INTEGER NOT NULL,
        text TEXT NOT NULL, ocr INTEGER DEFAULT 0, needs_ocr INTEGER DEFAULT 0,
        PRIMARY KEY(file_id, page));
    CREATE TABLE IF NOT EXISTS acts(
        act_id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES files ON DELETE CASCADE,
        seq INTEGER, page_start INTEGER, page_end INTEGER, act_number TEXT, objet TEXT, date TEXT,
        collectivite TEXT, doc_type TEXT, matter_code TEXT, matter_name TEXT, matter_confidence REAL,
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
    INSERT OR IGNORE INTO meta VALUES('generation', '0');
    """)


@migration
def m002_collectivite_raw(db: sqlite3.Connection) -> None:
    """The spelling each act was read with, kept apart from the merged name shown to the clerk."""
    if "collectivite_raw" not in _columns(db, "acts"):
        db.execute("ALTER TABLE acts ADD COLUMN collectivite_raw TEXT")
        db.execute("UPDATE acts SET collectivite_raw = collectivite")


@migration
def m003_analysis_version(db: sqlite3.Connection) -> None:
    """Which rules read a file's acts: a file read by older rules is re-analysed from its stored text."""
    if "analysis_version" not in _columns(db, "files"):
        db.execute("ALTER TABLE files ADD COLUMN analysis_version INTEGER DEFAULT 0")


@migration
def m004_prefecture_and_listed(db: sqlite3.Connection) -> None:
    """The préfecture stamp of each act (PREF_DATE, PREF_ID, SIREN), why a vote was refused, and the
    lines of lists and répertoires (listed references, not acts)."""
    have = _columns(db, "acts")
    for column in ("pref_date", "actes_id", "siren", "vote_check"):
        if column not in have:
            db.execute(f"ALTER TABLE acts ADD COLUMN {column} TEXT")  # names are ours, not input
    _script(db, """
    CREATE TABLE IF NOT EXISTS listed_refs(
        file_id INTEGER NOT NULL REFERENCES files ON DELETE CASCADE, seq INTEGER NOT NULL,
        number TEXT, date TEXT, objet TEXT NOT NULL, status TEXT, collectivite TEXT,
        PRIMARY KEY(file_id, seq));
    """)


@migration
def m005_heads(db: sqlite3.Connection) -> None:
    """Short texts per act and per item of a page (indexer.chunking.act_heads) for the e5 encoder."""
    _script(db, """
    CREATE TABLE IF NOT EXISTS heads(
        head_id INTEGER PRIMARY KEY, act_id INTEGER NOT NULL REFERENCES acts ON DELETE CASCADE,
        file_id INTEGER NOT NULL, page INTEGER NOT NULL, rank INTEGER NOT NULL, text TEXT NOT NULL,
        text_hash TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS heads_act ON heads(act_id);
    CREATE INDEX IF NOT EXISTS heads_hash ON heads(text_hash)
    """)


SCHEMA_VERSION = len(MIGRATIONS)
