"""The optional whoosh keyword engine (``REGISTRE_KEYWORD_BACKEND=whoosh``); tantivy is the default.

whoosh-reloaded is used rather than the 2016 whoosh 2.7.4: same API, but maintained and quiet
on Python 3.11+. It is installed only with the ``whoosh`` extra. One document per (act, page):
results are grouped by act, and the best page of each act is the one the reader opens. The objet
is indexed with a 3x boost. The index holds no text that the catalogue does not: when it cannot
be opened it is rebuilt.
"""

from __future__ import annotations

import re
import shutil
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path

from indexer.errors import IndexUnreadable
from indexer.keyword_base import KeywordDoc, KeywordHit, shorter_stems
from indexer.models import SearchFilters

warnings.filterwarnings("ignore", category=DeprecationWarning, module="whoosh")
warnings.filterwarnings("ignore", category=SyntaxWarning, module="whoosh")

from whoosh import index as whoosh_index  # noqa: E402
from whoosh import query as wq  # noqa: E402
from whoosh.fields import ID, NUMERIC, TEXT, Schema  # noqa: E402

from indexer.analysis import analyzer, identifier_phrases  # noqa: E402
from indexer.thesaurus import expansions  # noqa: E402

INDEX_NAME = "registre"


def make_schema() -> Schema:
    ana = analyzer()
    return Schema(
        uid=ID(stored=True, unique=True),
        act_id=NUMERIC(stored=True, numtype=int, bits=64),
        file_key=ID(),
        page=NUMERIC(stored=True, numtype=int),
        objet=TEXT(analyzer=ana, field_boost=3.0),
        body=TEXT(analyzer=ana, phrase=True),
        date=ID(sortable=True),
        matter=ID(),
        doctype=ID(),
    )


def _filter_query(filters: SearchFilters | None) -> wq.Query | None:
    if not filters or filters.is_empty():
        return None
    parts: list[wq.Query] = []
    if filters.date_from or filters.date_to:
        parts.append(wq.TermRange("date", filters.date_from or "0000", filters.date_to or "9999"))
    if filters.matter_code:
        parts.append(wq.Term("matter", filters.matter_code.split(".")[0]))
    if filters.doc_type:
        parts.append(wq.Term("doctype", filters.doc_type))
    return wq.And(parts)


class WhooshKeywordIndex:
    name = "whoosh"

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._index = self._open_or_create()
        self._searcher = None

    def _open_or_create(self):
        self.directory.mkdir(parents=True, exist_ok=True)
        if not any(self.directory.iterdir()):
            return whoosh_index.create_in(str(self.directory), make_schema(), indexname=INDEX_NAME)
        try:
            ix = whoosh_index.open_dir(str(self.directory), indexname=INDEX_NAME)
            with ix.searcher() as s:  # touch every segment once: a truncated file fails here
                s.doc_count()
            return ix
        except Exception as exc:  # whoosh raises many types on damaged files; all mean "unreadable"
            raise IndexUnreadable(f"{type(exc).__name__}: {exc}") from exc

    @classmethod
    def recreate(cls, directory: Path) -> WhooshKeywordIndex:
        shutil.rmtree(directory, ignore_errors=True)
        return cls(directory)

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._index.close()

    # -------------------------------------------------------------- writing
    def replace_files(self, file_ids: Iterable[int], docs: Iterable[KeywordDoc]) -> None:
        """Delete every page of these files and add ``docs`` in one commit (one writer at a time)."""
        writer = self._index.writer(limitmb=128, timeout=60.0)
        try:
            for file_id in file_ids:
                writer.delete_by_term("file_key", str(file_id))
            for d in docs:
                objet = d.objet
                writer.add_document(
                    uid=f"{d.act_id}:{d.page}", act_id=d.act_id, file_key=str(d.file_id), page=d.page,
                    objet=objet, body=d.body,
                    date=d.date or None, matter=(d.matter_code or "").split(".")[0] or None,
                    doctype=d.doc_type or None,
                )
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def optimize(self) -> None:
        """Merge all segments into one: a search then opens one segment instead of dozens."""
        if len(self._index._segments()) > 1:
            writer = self._index.writer(limitmb=128, timeout=60.0)
            writer.commit(optimize=True)

    def segment_count(self) -> int:
        return len(self._index._segments())

    def doc_count(self) -> int:
        return self._get_searcher().doc_count()

    def documents(self) -> list[tuple[int, int]]:
        """(act id, page) of every document, sorted (consistency checks and tests)."""
        return sorted((int(f["act_id"]), int(f["page"])) for f in self._get_searcher().all_stored_fields())

    # -------------------------------------------------------------- reading
    def _get_searcher(self):
        if self._searcher is not None and not self._searcher.up_to_date():
            # not refresh(): it fails when the previous reader was the empty index's
            self._searcher.close()
            self._searcher = None
        if self._searcher is None:
            self._searcher = self._index.searcher()
        return self._searcher

    def parse(self, text: str, feedback: Mapping[str, float] | None = None) -> wq.Query:
        """Build the query from the words themselves rather than whoosh's syntax: a clerk's
        "Sport & Loisirs (ASL)" or "Saint-Malo" must not be read as operators.

        Every word may match the objet or the body; acts matching more words rank higher; the
        words found together as a phrase get a bonus; text "between quotes" is required as a phrase.
        """
        ana = self._index.schema["body"].analyzer
        quoted = re.findall(r'"([^"]+)"', text)
        loose = re.sub(r'"[^"]*"', " ", text)
        stems = list(dict.fromkeys(t.text for t in ana(loose)))
        words: list[wq.Query] = [wq.Or([wq.Term("objet", t), wq.Term("body", t)]) for t in stems]
        if len(stems) >= 2:  # body phrases are costly in whoosh: the bonus is for the objet only
            words.append(wq.Phrase("objet", stems, slop=3, boost=2.0))
        for extra in expansions(loose):  # everyday words -> wording of the acts, weaker
            words.append(wq.Or([wq.Term("objet", extra), wq.Term("body", extra)], boost=0.4))
        for extra, weight in (feedback or {}).items():  # the words of the first answers, weaker still
            if weight > 0 and extra not in stems:
                words.append(wq.Or([wq.Term("objet", extra), wq.Term("body", extra)], boost=weight))
        for ident in identifier_phrases(loose):
            words.append(wq.Or([wq.Phrase("body", ident, boost=3.0), wq.Phrase("objet", ident, boost=3.0)]))
        required: list[wq.Query] = []
        for phrase in quoted:
            phrase_stems = [t.text for t in ana(phrase)]
            if len(phrase_stems) == 1:
                required.append(wq.Or([wq.Term("objet", phrase_stems[0]), wq.Term("body", phrase_stems[0])]))
            elif phrase_stems:
                required.append(wq.Or([wq.Phrase("body", phrase_stems), wq.Phrase("objet", phrase_stems)]))
        if not words and not required:
            return wq.NullQuery
        q: wq.Query = wq.Or(words, scale=0.9) if words else wq.Every()
        if required:
            q = wq.And([*required, q]) if words else wq.And(required)
        return self._with_typos(q)

    def _with_typos(self, q: wq.Query) -> wq.Query:
        """Terms absent from the index are widened to close spellings ("subvension" -> "subvention")."""
        reader = self._get_searcher().reader()

        def widen(node: wq.Query) -> wq.Query:
            if isinstance(node, wq.Term) and node.fieldname in ("objet", "body"):
                text = node.text
                if len(text) >= 4 and reader.doc_frequency(node.fieldname, text) == 0:
                    maxdist = 2 if len(text) >= 8 else 1
                    fuzzy = wq.FuzzyTerm(node.fieldname, text, boost=node.boost * 0.8, maxdist=maxdist,
                                         prefixlength=1)
                    shorter = next((p for p in shorter_stems(text) if reader.doc_frequency(node.fieldname, p)), None)
                    if shorter is None:
                        return fuzzy
                    # or a typo in its ending ("deratisass" for "deratis")
                    return wq.Or([fuzzy, wq.Term(node.fieldname, shorter, boost=node.boost * 0.8)])
            return node

        return q.accept(widen)

    def search(self, text: str, filters: SearchFilters | None = None, limit: int = 300,
               act_ids: set[int] | None = None,
               feedback: Mapping[str, float] | None = None) -> tuple[list[KeywordHit], set[str]]:
        """Page-level hits, best first, and the index terms that matched (for highlighting)."""
        searcher = self._get_searcher()
        q = self.parse(text, feedback)
        restrict = _filter_query(filters)
        if act_ids is not None:
            if not act_ids:
                return [], set()
            allowed = wq.Or([wq.Term("act_id", i) for i in sorted(act_ids)])
            restrict = wq.And([restrict, allowed]) if restrict is not None else allowed
        results = searcher.search(q, limit=limit, filter=restrict)
        hits = [KeywordHit(r["act_id"], r["page"], float(r.score)) for r in results]
        try:
            terms = {t.decode() if isinstance(t, bytes) else str(t)
                     for _f, t in q.existing_terms(searcher.reader(), expand=True)}
        except Exception:
            terms = set()
        return hits, terms - set(feedback or ())

    def doc_freqs(self, stems: Iterable[str]) -> tuple[int, dict[str, int]]:
        searcher = self._get_searcher()
        reader = searcher.reader()
        return searcher.doc_count(), {st: max(reader.doc_frequency("body", st), reader.doc_frequency("objet", st))
                                      for st in stems}

    def objet_act_ids(self, text: str, filters: SearchFilters | None = None) -> set[int]:
        """Every act whose objet matches all words of ``text`` (for counting questions)."""
        searcher = self._get_searcher()
        stems = list(dict.fromkeys(t.text for t in self._index.schema["objet"].analyzer(text)))
        if not stems:
            return set()
        q = self._with_typos(wq.And([wq.Term("objet", t) for t in stems]))
        results = searcher.search(q, limit=None, filter=_filter_query(filters))
        return {r["act_id"] for r in results}
