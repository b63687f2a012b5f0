"""Bulk import of a folder, as small resumable steps.

1. scan: list supported files; unchanged size+mtime skips hashing, a known hash at a vanished
   path is a move (no re-processing), paths gone from disk are removed;
2. read: text layer of each new or changed file, OCR cache applied, acts and passages stored in
   one SQLite transaction per file, then pushed to the keyword index in batches — keyword
   search works long before the slow steps are over;
3. OCR: image-only pages through Tesseract, each page cached as soon as it is read;
4. vectors: passages without an embedding for the current model, in batches.

A file's ``stage`` records how far it got (0 registered, 1 stored, 2 keyword-indexed), so a
killed import resumes where it stopped and never duplicates anything.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from indexer.catalog import Catalog
from indexer.chunking import chunk_act
from indexer.collectivites import canonical_spellings, from_folders
from indexer.embeddings import Embedder
from indexer.errors import ExtractionError, Reason, message
from indexer.extract import extract_pages, is_supported
from indexer.extract.ocr import OcrEngine, find_tesseract, ocr_pages
from indexer.keyword_index import KeywordBackend, KeywordDoc
from indexer.models import ImportFailure, ImportReport, PageText
from indexer.progress import Cancelled, CancelToken, ProgressCallback, ProgressReporter
from indexer.segment import analyse

KEYWORD_BATCH_FILES = 40
KEYWORD_BATCH_SECONDS = 15.0
EMBED_BATCH = 64

STAGE_REGISTERED, STAGE_STORED, STAGE_INDEXED = 0, 1, 2
# Bump when segmentation or metadata rules change: the next import re-reads acts from the stored
# page texts (no PDF reading, no OCR), and only passages whose text changed are embedded again.
ANALYSIS_VERSION = 5
# What a keyword document holds besides the page text (now: the place words of its path). When it
# changes, an existing keyword index is rebuilt from the catalogue on opening (derived data only).
KEYWORD_CONTENT_VERSION = "2"
RETRYABLE_REASONS = {str(Reason.DOC_NEEDS_TOOL), str(Reason.READ_ERROR)}  # may succeed on the next import


@dataclass
class _DiskFile:
    rel: str
    path: Path
    size: int
    mtime: float


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _scan(root: Path) -> Iterator[_DiskFile]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if not is_supported(path):
                continue
            try:
                st = path.stat()
            except OSError:
                continue
            yield _DiskFile(path.relative_to(root).as_posix(), path, st.st_size, st.st_mtime)


def place_words(rel_path: str, collectivite: str | None) -> str:
    """Words that situate every page of a file: its folders, its file name and its collectivité.

    Clerks file by commune and year ("couthenans/2021/CR_reunion.pdf"), and a page of minutes rarely
    repeats the commune's name: without these words, "archiviste Couthenans" missed the one page
    about Couthenans's archivist. They go into the indexed body only (never shown in a snippet).
    """
    parts = rel_path.replace("\\", "/").split("/")
    parts[-1] = os.path.splitext(parts[-1])[0]
    return " ".join([*(p.replace("_", " ") for p in parts), collectivite or ""]).strip()


class Importer:
    def __init__(self, catalog: Catalog, keyword: KeywordBackend, embedder: Embedder | None,
                 ocr_enabled: bool = True, ocr_language: str = "fra") -> None:
        self.catalog = catalog
        self.keyword = keyword
        self.embedder = embedder
        self.ocr: OcrEngine | None = find_tesseract(ocr_language) if ocr_enabled else None
        self.ocr_enabled = ocr_enabled
        self._pending_keyword: list[int] = []
        self._outdated: list[int] = []
        self._last_flush = time.monotonic()

    # ------------------------------------------------------------------ entry point
    def run(self, root: Path, progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
            embed: bool = True) -> ImportReport:
        started = time.monotonic()
        report = ImportReport()
        reporter = ProgressReporter(progress, cancel)
        root = root.resolve()
        try:
            todo = self._scan_stage(root, report, reporter)
            stage_start = time.monotonic()
            self._read_stage(todo, report, reporter)
            self._reanalyse_outdated(reporter)
            self._flush_keyword()
            report.stage_seconds["lecture"] = time.monotonic() - stage_start
            stage_start = time.monotonic()
            self._ocr_stage(report, reporter)
            self._flush_keyword()
            self.keyword.optimize()
            self._merge_collectivite_spellings()
            report.stage_seconds["ocr"] = time.monotonic() - stage_start
            if embed and self.embedder is not None:
                stage_start = time.monotonic()
                self._embed_stage(report, reporter)
                report.stage_seconds["vectorisation"] = time.monotonic() - stage_start
        except Cancelled:
            report.cancelled = True
        finally:
            self._flush_keyword()
        report.acts = self.catalog.db.execute("SELECT COUNT(*) FROM acts").fetchone()[0]
        report.seconds = time.monotonic() - started
        reporter_total = report.imported + report.unchanged
        if progress is not None and not report.cancelled:
            progress_done = ProgressReporter(progress, None)
            progress_done.pages = report.pages
            progress_done.report(reporter_total, reporter_total, "termine")
        return report

    # ------------------------------------------------------------------ 1. scan
    def _scan_stage(self, root: Path, report: ImportReport,
                    reporter: ProgressReporter) -> list[tuple[_DiskFile, str, int | None]]:
        stage_start = time.monotonic()
        root_id = self.catalog.root_id(str(root))
        known = self.catalog.files_of_root(root_id)
        reporter.report(0, 0, "analyse", str(root))
        disk = list(_scan(root))
        on_disk = {f.rel for f in disk}
        vanished = {rel: info for rel, info in known.items() if rel not in on_disk}
        vanished_by_sha = {info[1]: (rel, info) for rel, info in vanished.items()}
        todo: list[tuple[_DiskFile, str, int | None]] = []
        seen_sha: dict[str, str] = {}
        for i, f in enumerate(disk):
            reporter.report(i, len(disk), "analyse", f.rel)
            info = known.get(f.rel)
            if info and self._retry_failure(info[0]):
                todo.append((f, info[1], info[0]))  # the missing tool may be installed now
                continue
            if info and info[2] == f.size and info[3] == f.mtime and info[4] >= STAGE_INDEXED:
                report.unchanged += 1
                self._report_known_failure(info[0], f.rel, report)
                if info[5] < ANALYSIS_VERSION and info[6] != "illisible":
                    self._outdated.append(info[0])
                continue
            try:
                sha = sha256_of(f.path)
            except OSError as exc:
                report.failed.append(ImportFailure(f.rel, Reason.READ_ERROR, message(Reason.READ_ERROR, str(exc))))
                continue
            if sha in seen_sha:
                report.warnings.append(ImportFailure(
                    f.rel, Reason.DUPLICATE, f"{message(Reason.DUPLICATE)} ({seen_sha[sha]})"))
            seen_sha.setdefault(sha, f.rel)
            if info and info[1] == sha:
                with self.catalog.transaction() as db:
                    db.execute("UPDATE files SET mtime=?, size=? WHERE file_id=?", (f.mtime, f.size, info[0]))
                if info[4] >= STAGE_INDEXED:
                    report.unchanged += 1
                    self._report_known_failure(info[0], f.rel, report)
                    if info[5] < ANALYSIS_VERSION and info[6] != "illisible":
                        self._outdated.append(info[0])
                else:
                    todo.append((f, sha, info[0]))  # interrupted earlier: resume it
                continue
            if info is None and sha in vanished_by_sha:
                old_rel, old = vanished_by_sha.pop(sha)
                del vanished[old_rel]
                with self.catalog.transaction() as db:
                    db.execute("UPDATE files SET path=?, mtime=?, size=? WHERE file_id=?",
                               (f.rel, f.mtime, f.size, old[0]))
                report.moved += 1
                if old[4] < STAGE_INDEXED:
                    todo.append((f, sha, old[0]))
                else:
                    report.unchanged += 1
                    if old[5] < ANALYSIS_VERSION and old[6] != "illisible":
                        self._outdated.append(old[0])
                continue
            todo.append((f, sha, info[0] if info else None))
        if vanished:
            removed_ids = [info[0] for info in vanished.values()]
            self.keyword.replace_files(removed_ids, [])
            with self.catalog.transaction() as db:
                db.executemany("DELETE FROM files WHERE file_id=?", [(i,) for i in removed_ids])
                self.catalog.bump_generation(db)
            report.removed += len(removed_ids)
        with self.catalog.transaction() as db:
            db.execute("UPDATE roots SET last_scan=CURRENT_TIMESTAMP WHERE root_id=?", (root_id,))
        self._root_id = root_id
        report.stage_seconds["analyse"] = time.monotonic() - stage_start
        return todo

    def _retry_failure(self, file_id: int) -> bool:
        row = self.catalog.db.execute("SELECT reason_code FROM files WHERE file_id=?", (file_id,)).fetchone()
        return bool(row) and row[0] in RETRYABLE_REASONS

    def _report_known_failure(self, file_id: int, rel: str, report: ImportReport) -> None:
        row = self.catalog.db.execute(
            "SELECT status, reason_code, reason FROM files WHERE file_id=?", (file_id,)).fetchone()
        if row and row[0] == "illisible":
            report.failed.append(ImportFailure(rel, row[1], row[2]))

    # ------------------------------------------------------------------ 2. read
    def _read_stage(self, todo: list[tuple[_DiskFile, str, int | None]], report: ImportReport,
                    reporter: ProgressReporter) -> None:
        for i, (f, sha, old_id) in enumerate(todo):
            reporter.report(i, len(todo), "lecture", f.rel)
            if old_id is not None:
                stage = self.catalog.db.execute("SELECT stage, sha256 FROM files WHERE file_id=?", (old_id,)).fetchone()
                if stage and stage[1] == sha and stage[0] == STAGE_STORED:
                    self._pending_keyword.append(old_id)  # killed between storing and indexing
                    self._maybe_flush()
                    report.imported += 1
                    continue
            try:
                pages = extract_pages(f.path)
            except ExtractionError as exc:
                self._store_failure(f, sha, old_id, exc)
                report.failed.append(ImportFailure(f.rel, exc.reason, exc.user_message))
                continue
            except Exception as exc:  # a library bug on one file must not stop the import
                failure = ExtractionError(Reason.READ_ERROR, f"{type(exc).__name__}: {exc}")
                self._store_failure(f, sha, old_id, failure)
                report.failed.append(ImportFailure(f.rel, Reason.READ_ERROR, message(Reason.READ_ERROR)))
                continue
            pages = self._apply_ocr_cache(sha, pages)
            file_id = self._store_file(f, sha, old_id, pages)
            report.imported += 1
            report.pages += len(pages)
            reporter.pages = report.pages
            self._pending_keyword.append(file_id)
            self._maybe_flush()

    def _apply_ocr_cache(self, sha: str, pages: list[PageText]) -> list[PageText]:
        if self.ocr is None:
            return pages
        out = []
        for p in pages:
            cached = self.catalog.cached_ocr(sha, p.number, self.ocr.name) if p.needs_ocr else None
            out.append(PageText(p.number, cached, ocr=True) if cached is not None else p)
        return out

    def _store_failure(self, f: _DiskFile, sha: str, old_id: int | None, exc: ExtractionError) -> None:
        with self.catalog.transaction() as db:
            if old_id is not None:
                db.execute("DELETE FROM files WHERE file_id=?", (old_id,))
            db.execute(
                "INSERT INTO files(root_id, path, sha256, size, mtime, status, reason_code, reason, stage)"
                " VALUES(?,?,?,?,?,'illisible',?,?,?)",
                (self._root_id, f.rel, sha, f.size, f.mtime, str(exc.reason), exc.user_message, STAGE_INDEXED),
            )
            self.catalog.bump_generation(db)
        if old_id is not None:
            self.keyword.replace_files([old_id], [])

    def _store_file(self, f: _DiskFile, sha: str, old_id: int | None, pages: list[PageText]) -> int:
        with self.catalog.transaction() as db:
            if old_id is not None:
                db.execute("DELETE FROM files WHERE file_id=?", (old_id,))
                self._pending_keyword.append(old_id)  # its old pages must leave the keyword index
            cur = db.execute(
                "INSERT INTO files(root_id, path, sha256, size, mtime, stage) VALUES(?,?,?,?,?,?)",
                (self._root_id, f.rel, sha, f.size, f.mtime, STAGE_REGISTERED),
            )
            file_id = int(cur.lastrowid or 0)
            self._write_content(db, file_id, f.rel, pages)
        return file_id

    def _write_content(self, db, file_id: int, rel: str, pages: list[PageText]) -> None:
        """(Re)write pages, acts and passages of one file inside the caller's transaction."""
        db.execute("DELETE FROM pages WHERE file_id=?", (file_id,))
        db.execute("DELETE FROM acts WHERE file_id=?", (file_id,))
        db.executemany(
            "INSERT INTO pages(file_id, page, text, ocr, needs_ocr) VALUES(?,?,?,?,?)",
            [(file_id, p.number, p.text, int(p.ocr), int(p.needs_ocr)) for p in pages],
        )
        analysis = analyse(pages, Path(rel).name)
        for seq, act in enumerate(analysis.acts):
            v = act.votes
            cur = db.execute(
                "INSERT INTO acts(file_id, seq, page_start, page_end, act_number, objet, date, collectivite,"
                " collectivite_raw, doc_type, matter_code, matter_name, matter_confidence, vote_pour, vote_contre,"
                " vote_abstention, vote_unanimite, vote_effectif, vote_presents, vote_votants, adopted)"
                " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (file_id, seq, act.page_start, act.page_end, act.act_number, act.objet, act.date,
                 act.collectivite, act.collectivite, analysis.doc_type, act.matter.code, act.matter.name,
                 act.matter.confidence,
                 v.pour, v.contre, v.abstention, None if v.unanimite is None else int(v.unanimite),
                 v.effectif, v.presents, v.votants, None if act.adopted is None else int(act.adopted)),
            )
            act_id = cur.lastrowid
            db.executemany("INSERT INTO act_slices(act_id, page, text) VALUES(?,?,?)",
                           [(act_id, page, text) for page, text in act.page_slices])
            db.executemany(
                "INSERT INTO chunks(act_id, file_id, page, text, text_hash) VALUES(?,?,?,?,?)",
                [(act_id, file_id, c.page, c.text, c.text_hash) for c in chunk_act(act.objet, act.page_slices)],
            )
        pending = sum(1 for p in pages if p.needs_ocr)
        ocr_count = sum(1 for p in pages if p.ocr)
        has_text = any(p.text.strip() for p in pages)
        if pending and not has_text:
            status, code, reason = "partiel", Reason.NO_TEXT, message(Reason.NO_TEXT)
        elif pending:
            status, code, reason = "partiel", None, None
        else:
            status, code, reason = ("ocr" if ocr_count else "ok"), None, None
        db.execute(
            "UPDATE files SET pages=?, ocr_pages=?, pending_ocr=?, status=?, reason_code=?, reason=?, doc_type=?,"
            " stage=?, analysis_version=? WHERE file_id=?",
            (len(pages), ocr_count, pending, status, code, reason, analysis.doc_type, STAGE_STORED,
             ANALYSIS_VERSION, file_id),
        )
        self.catalog.bump_generation(db)

    def _merge_collectivite_spellings(self) -> None:
        """OCR and typists spell one commune several ways; filters and counts need one name. An act
        whose text names no commune takes the one its folder is named after, when that is known."""
        mapping = canonical_spellings(self.catalog.raw_collectivite_counts())
        with self.catalog.transaction() as db:
            db.executemany("UPDATE acts SET collectivite=? WHERE collectivite_raw=? AND collectivite IS NOT ?",
                           [(best, raw, best) for raw, best in mapping.items()])
        known = self.catalog.collectivites()
        with self.catalog.transaction() as db:
            unnamed = db.execute("SELECT a.act_id, f.path FROM acts a JOIN files f ON f.file_id = a.file_id"
                                 " WHERE a.collectivite IS NULL").fetchall()
            named = from_folders({path for _, path in unnamed}, known)
            db.executemany("UPDATE acts SET collectivite=? WHERE act_id=?",
                           [(named[path], act_id) for act_id, path in unnamed if path in named])

    # ------------------------------------------------------------------ keyword batches
    def _maybe_flush(self) -> None:
        if (len(self._pending_keyword) >= KEYWORD_BATCH_FILES
                or time.monotonic() - self._last_flush > KEYWORD_BATCH_SECONDS):
            self._flush_keyword()

    def _flush_keyword(self) -> None:
        self._last_flush = time.monotonic()
        if not self._pending_keyword:
            return
        file_ids = list(dict.fromkeys(self._pending_keyword))
        self._pending_keyword = []
        self.keyword.replace_files(file_ids, self._keyword_docs(file_ids))
        with self.catalog.transaction() as db:
            db.executemany("UPDATE files SET stage=? WHERE file_id=? AND stage=?",
                           [(STAGE_INDEXED, i, STAGE_STORED) for i in file_ids])

    def _keyword_docs(self, file_ids: list[int]) -> Iterator[KeywordDoc]:
        for file_id in file_ids:
            for act in self.catalog.acts(file_id=file_id):
                title = " ".join(x for x in (act.objet, act.act_number) if x)
                place = place_words(act.path, act.collectivite)
                for page, body in self.catalog.act_slices(act.act_id) or [(act.page_start, "")]:
                    if body or title:
                        yield KeywordDoc(act.act_id, file_id, page, title, f"{body}\n{place}", act.collectivite,
                                         act.date, act.matter_code, act.doc_type)

    # ------------------------------------------------------------------ 3. OCR
    def _ocr_stage(self, report: ImportReport, reporter: ProgressReporter) -> None:
        rows = self.catalog.db.execute(
            "SELECT f.file_id, f.path, r.path, f.sha256, p.page FROM pages p JOIN files f ON f.file_id=p.file_id"
            " JOIN roots r ON r.root_id=f.root_id WHERE p.needs_ocr=1 AND f.root_id=? ORDER BY f.file_id, p.page",
            (self._root_id,),
        ).fetchall()
        if not rows:
            return
        if self.ocr is None:
            files = {(r[0], r[1]) for r in rows}
            report.pages_without_text += len(rows)
            if self.ocr_enabled:
                for _file_id, rel in sorted(files, key=lambda x: x[1]):
                    report.warnings.append(ImportFailure(rel, Reason.OCR_UNAVAILABLE, message(Reason.OCR_UNAVAILABLE)))
            return
        engine = self.ocr
        by_file: dict[int, list[tuple[str, str, str, int]]] = {}
        for file_id, rel, root, sha, page in rows:
            by_file.setdefault(file_id, []).append((rel, root, sha, page))
        total = len(rows)
        jobs = [(Path(root) / rel, page) for items in by_file.values() for rel, root, _sha, page in items]
        key_of = {(Path(root) / rel, page): (file_id, sha) for file_id, items in by_file.items()
                  for rel, root, sha, page in items}
        remaining = {file_id: len(items) for file_id, items in by_file.items()}
        failed_pages: dict[int, int] = {}
        reporter.report(0, total, "ocr", "")
        for done, (path, page, text, error) in enumerate(ocr_pages(engine, jobs), start=1):
            file_id, sha = key_of[(path, page)]
            if text is None:
                failed_pages[file_id] = failed_pages.get(file_id, 0) + 1
                text = ""
            with self.catalog.transaction() as db:
                if error is None:
                    db.execute("INSERT OR REPLACE INTO ocr_cache VALUES(?,?,?,?)", (sha, page, engine.name, text))
                db.execute("UPDATE pages SET text=?, ocr=1, needs_ocr=0 WHERE file_id=? AND page=?",
                           (text, file_id, page))
            report.ocr_pages += 1
            remaining[file_id] -= 1
            if remaining[file_id] == 0:
                self._reanalyse(file_id)
                if failed_pages.get(file_id):
                    rel = by_file[file_id][0][0]
                    report.warnings.append(ImportFailure(
                        rel, Reason.OCR_FAILED, f"{message(Reason.OCR_FAILED)} ({failed_pages[file_id]} page(s))"))
            reporter.report(done, total, "ocr", path.name)

    def _reanalyse_outdated(self, reporter: ProgressReporter) -> None:
        for i, file_id in enumerate(self._outdated):
            reporter.report(i, len(self._outdated), "indexation", "")
            self._reanalyse(file_id)
        self._outdated = []

    def _reanalyse(self, file_id: int) -> None:
        row = self.catalog.db.execute("SELECT path FROM files WHERE file_id=?", (file_id,)).fetchone()
        if row is None:
            return
        pages = self.catalog.pages(file_id)
        with self.catalog.transaction() as db:
            self._write_content(db, file_id, row[0], pages)
        self._pending_keyword.append(file_id)
        self._maybe_flush()

    # ------------------------------------------------------------------ 4. vectors
    def _embed_stage(self, report: ImportReport, reporter: ProgressReporter) -> None:
        assert self.embedder is not None
        model = self.embedder.model_id
        total = self.catalog.count_missing_embeddings(model)
        done = 0
        reporter.report(0, total, "vectorisation", "")
        while True:
            batch = self.catalog.chunks_missing_embedding(model, EMBED_BATCH)
            if not batch:
                break
            vectors = self.embedder.embed_passages([text for _h, text in batch])
            self.catalog.store_embeddings(model, list(zip([h for h, _t in batch], vectors, strict=True)))
            done += len(batch)
            report.chunks_embedded += len(batch)
            reporter.report(min(done, total), total, "vectorisation", "")
