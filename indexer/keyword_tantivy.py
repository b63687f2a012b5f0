"""The default keyword index, on tantivy (Rust): the same interface as the optional whoosh one, 50-100x faster.

Text is analysed by Registre itself (indexer.analysis: folding, French stop words, Snowball
stems) and handed to tantivy already stemmed, so both engines match exactly the same words and
the highlighting code serves both.
"""

from __future__ import annotations

import math
import re
import shutil
import threading
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from pathlib import Path

import tantivy

from indexer.analysis import content_stems, identifier_phrases, index_tokens
from indexer.errors import IndexNotWritable, IndexUnreadable
from indexer.keyword_base import TYPO_TAIL, KeywordDoc, KeywordHit, is_shorter_stem, shorter_stems
from indexer.models import SearchFilters
from indexer.textnorm import edit_distance
from indexer.thesaurus import expansions, wording_by_word

OBJET_BOOST = 3.0
# Two query words side by side in the body ("éclairage public"). Chosen on the tuning half of
# bench/devset (keyword R@10 0.719 without, 0.752 at 1.0, 0.775 at 2.0, 0.760 at 4.0). A separate
# heading field (BM25F) was measured too and not kept: the items' own documents (keyword_docs) already
# make a heading match win, and boosting headings 1-3x lowered tuning R@10 (0.771 -> 0.743-0.765).
PROXIMITY_BOOST = 2.0
# A name typed in the query (typed_names) found in at most this many documents is decisive: a page
# holding all such names is anchored (KeywordHit.anchored, indexer.search.Fusion.anchor_weight).
# Chosen on the tuning half of bench/devset: 5 / 10 / 20 / 50-400 gave R@10 0.942 / 0.942 / 0.946 / 0.944.
RARE_DOCS = 20
# A query word counts as answered in the coordination bonus when the page holds its administrative
# wording instead (indexer.thesaurus.wording_by_word: « herbe » answered by « fauchage »), for this share
# of its weight (each wording word at most its own rarity: « mairie » answers « élus » for little).
# Before, a page in the acts' words lost the quadratic bonus for every clerk's word it did not repeat.
# Issue 14 session 9, tuning half, corpus library (v66, keyword content 6), keyword R@10 / nDCG
# (paraphrase): 0 0.893 / 0.832 (0.736 / 0.627), 0.5 0.895 / 0.837 (0.744), 0.75 0.899 / 0.844 (0.756),
# 1.0 0.908 / 0.849 (0.781 / 0.681); hybrid 0.941 / 0.863 -> 0.940 / 0.873. Cost: no_accent keyword
# nDCG 0.992 -> 0.969 (one query: « taxe » answered by « taux d'imposition »), R@10 unchanged.
WORDING_COVERS = 1.0
SCHEMA_VERSION = "2"  # bump when the fields change: an index of another version is rebuilt
_VERSION_FILE = "registre-schema.txt"


def _schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_integer_field("act_id", stored=True, indexed=True, fast=True)
    b.add_integer_field("file_key", stored=False, indexed=True)
    b.add_integer_field("page", stored=True)
    b.add_text_field("objet", tokenizer_name="default")
    b.add_text_field("body", tokenizer_name="default")
    b.add_text_field("stems", stored=True, index_option="basic", tokenizer_name="raw")  # for coordination
    b.add_integer_field("date", indexed=True, fast=True)
    b.add_text_field("matter", tokenizer_name="raw")
    b.add_text_field("doctype", tokenizer_name="raw")
    return b.build()


def coordination(fraction: float) -> float:
    """A page holding more of the query's distinct words beats one repeating a single word
    (whoosh's coordination bonus, which BM25 alone lacks)."""
    return 0.25 + 0.75 * fraction * fraction


def typed_names(text: str) -> set[str]:
    """Stems of the words typed as names: a capital after the first word (« Hameau des Auvis »), or a
    word in capitals (« CCIAG », « CHOUET »). A clerk who types a name means that very name."""
    words = re.findall(r"[^\W\d_]+", text)
    named = [w for i, w in enumerate(words) if (len(w) >= 2 and w.isupper()) or (i > 0 and w[0].isupper())]
    return set(content_stems(" ".join(named)))


def _date_number(iso: str | None) -> int | None:
    return int(iso.replace("-", "")) if iso and re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso) else None


class TantivyKeywordIndex:
    name = "tantivy"

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        # per thread, what its last search without feedback read: (searcher, {document address: (act id,
        # page, stems or None)}), which the query's second search (pseudo-relevance feedback) reuses; kept
        # until that thread's next search (one snapshot and at most `limit` documents' stems per thread)
        self._last_read = threading.local()
        self._collected = False  # leftovers of a killed writer removed (see replace_files)
        self.schema = _schema()
        version_file = self.directory / _VERSION_FILE
        try:
            fresh = not (self.directory / "meta.json").exists()
            if not fresh and any(self.directory.iterdir()) and not tantivy.Index.exists(str(self.directory)):
                raise ValueError("meta.json illisible")
            if not fresh and (not version_file.exists() or version_file.read_text().strip() != SCHEMA_VERSION):
                raise ValueError("index d'une autre version de Registre")
            self._index = tantivy.Index(self.schema, path=str(self.directory), reuse=True)
            version_file.write_text(SCHEMA_VERSION)
            self._index.reload()
            self._index.searcher().num_docs  # noqa: B018 - opens every segment once
        except PermissionError as exc:  # the folder's rights, not its content: never "rebuild" it
            raise IndexNotWritable(str(self.directory), f"{type(exc).__name__}: {exc}") from exc
        except (ValueError, OSError) as exc:
            if "Permission denied" in str(exc) or "os error 13" in str(exc) or "os error 1)" in str(exc):
                raise IndexNotWritable(str(self.directory), f"{type(exc).__name__}: {exc}") from exc
            raise IndexUnreadable(f"{type(exc).__name__}: {exc}") from exc

    @classmethod
    def recreate(cls, directory: Path) -> TantivyKeywordIndex:
        shutil.rmtree(directory, ignore_errors=True)
        return cls(directory)

    def close(self) -> None:
        self._index = None  # type: ignore[assignment]

    # -------------------------------------------------------------- writing
    def replace_files(self, file_ids: Iterable[int], docs: Iterable[KeywordDoc]) -> None:
        with self._lock:
            writer = self._index.writer(heap_size=64_000_000, num_threads=1)
            if not self._collected:
                # An import killed during a commit leaves files the index never adopted (a segment's
                # ".del" file): the next commit that wants the same name failed with FileAlreadyExists
                # (seen in bench/bench_kill_reimport.py). Collected once, before the first write here.
                writer.garbage_collect_files()
                self._collected = True
            try:
                for file_id in file_ids:
                    writer.delete_documents_by_term("file_key", int(file_id))
                for d in docs:
                    doc = tantivy.Document()
                    doc.add_integer("act_id", d.act_id)
                    doc.add_integer("file_key", d.file_id)
                    doc.add_integer("page", d.page)
                    objet_stems, body_stems = index_tokens(d.objet), index_tokens(d.body)
                    doc.add_text("objet", objet_stems)
                    doc.add_text("body", body_stems)
                    doc.add_text("stems", " ".join(sorted(set(f"{objet_stems} {body_stems}".split()))))
                    date = _date_number(d.date)
                    if date:
                        doc.add_integer("date", date)
                    if d.matter_code:
                        doc.add_text("matter", d.matter_code.split(".")[0])
                    if d.doc_type:
                        doc.add_text("doctype", d.doc_type)
                    writer.add_document(doc)
                writer.commit()
                writer.wait_merging_threads()
            except BaseException:
                writer.rollback()
                # the traceback keeps this frame alive: without this, the writer (and tantivy's lock)
                # would outlive the failure and the importer's final flush would fail with LockBusy
                del writer
                raise
            self._index.reload()

    def optimize(self) -> None:
        """tantivy merges segments in the background; nothing to do."""

    def segment_count(self) -> int:
        return self._index.searcher().num_segments

    def doc_count(self) -> int:
        self._index.reload()
        return self._index.searcher().num_docs

    def documents(self) -> list[tuple[int, int]]:
        """(act id, page) of every document, sorted: what a consistency check compares."""
        self._index.reload()
        searcher = self._index.searcher()
        if not searcher.num_docs:
            return []
        result = searcher.search(tantivy.Query.all_query(), searcher.num_docs)
        return sorted((int(searcher.doc(a)["act_id"][0]), int(searcher.doc(a)["page"][0])) for _s, a in result.hits)

    # -------------------------------------------------------------- reading
    def _filter(self, filters: SearchFilters | None) -> list[tantivy.Query]:
        if not filters or filters.is_empty():
            return []
        s = self.schema
        parts: list[tantivy.Query] = []
        if filters.date_from or filters.date_to:
            parts.append(tantivy.Query.range_query(
                s, "date", tantivy.FieldType.Integer,
                _date_number(filters.date_from) or 0, _date_number(filters.date_to) or 99991231))
        if filters.matter_code:
            parts.append(tantivy.Query.term_query(s, "matter", filters.matter_code.split(".")[0]))
        if filters.doc_type:
            parts.append(tantivy.Query.term_query(s, "doctype", filters.doc_type))
        return parts

    def _word(self, searcher: tantivy.Searcher, stem: str, fuzzy: set[str]) -> tantivy.Query:
        s = self.schema
        clauses = []
        absent = len(stem) >= 4 and self._doc_freq(searcher, stem) == 0
        shorter = next((p for p in shorter_stems(stem) if self._doc_freq(searcher, p)), None) if absent else None
        for field, boost in (("objet", OBJET_BOOST), ("body", 1.0)):
            if absent:
                # absent word: a typo ("subvension") is widened to close spellings
                q = tantivy.Query.fuzzy_term_query(s, field, stem, distance=2 if len(stem) >= 8 else 1)
                if shorter is not None:  # or a typo in its ending ("deratisass" for "deratis")
                    cut = tantivy.Query.term_query(s, field, shorter)
                    q = tantivy.Query.boolean_query([(tantivy.Occur.Should, q), (tantivy.Occur.Should, cut)])
                fuzzy.add(stem)
                boost *= 0.8
            else:
                q = tantivy.Query.term_query(s, field, stem)
            clauses.append((tantivy.Occur.Should, tantivy.Query.boost_query(q, boost) if boost != 1.0 else q))
        return tantivy.Query.boolean_query(clauses)

    @staticmethod
    def _doc_freq(searcher: tantivy.Searcher, stem: str) -> int:
        return int(searcher.doc_freq("body", stem) + searcher.doc_freq("objet", stem))

    def _query(self, searcher: tantivy.Searcher, text: str,
               feedback: Mapping[str, float] | None = None) -> tuple[tantivy.Query | None, set[str]]:
        quoted = re.findall(r'"([^"]+)"', text)
        loose = re.sub(r'"[^"]*"', " ", text)
        stems = list(dict.fromkeys(content_stems(loose)))
        fuzzy: set[str] = set()
        should = [(tantivy.Occur.Should, self._word(searcher, st, fuzzy)) for st in stems]
        if len(stems) >= 2:
            phrase = tantivy.Query.phrase_query(self.schema, "objet", list[str | tuple[int, str]](stems), slop=3)
            should.append((tantivy.Occur.Should, tantivy.Query.boost_query(phrase, 2.0)))
            for pair in zip(stems, stems[1:], strict=False):  # proximity: words of the query side by side
                near = tantivy.Query.phrase_query(self.schema, "body", list[str | tuple[int, str]](pair), slop=2)
                should.append((tantivy.Occur.Should, tantivy.Query.boost_query(near, PROXIMITY_BOOST)))
        for extra in expansions(loose):  # everyday words -> wording of the acts, weaker
            should.append((tantivy.Occur.Should, tantivy.Query.boost_query(self._word(searcher, extra, set()), 0.4)))
        for extra, weight in (feedback or {}).items():  # the words of the first answers, weaker still
            if weight > 0 and extra not in stems:
                in_objet = tantivy.Query.term_query(self.schema, "objet", extra)
                term = tantivy.Query.boolean_query([
                    (tantivy.Occur.Should, tantivy.Query.boost_query(in_objet, OBJET_BOOST)),
                    (tantivy.Occur.Should, tantivy.Query.term_query(self.schema, "body", extra))])
                should.append((tantivy.Occur.Should, tantivy.Query.boost_query(term, weight)))
        for ident in identifier_phrases(loose):
            for field in ("body", "objet"):
                phrase = tantivy.Query.phrase_query(self.schema, field, list[str | tuple[int, str]](ident))
                should.append((tantivy.Occur.Should, tantivy.Query.boost_query(phrase, 3.0)))
        must = []
        for phrase_text in quoted:
            words: list[str | tuple[int, str]] = list(content_stems(phrase_text))
            if len(words) == 1:
                must.append((tantivy.Occur.Must, self._word(searcher, str(words[0]), fuzzy)))
            elif words:
                either = tantivy.Query.boolean_query([
                    (tantivy.Occur.Should, tantivy.Query.phrase_query(self.schema, "body", words)),
                    (tantivy.Occur.Should, tantivy.Query.phrase_query(self.schema, "objet", words)),
                ])
                must.append((tantivy.Occur.Must, either))
        if not should and not must:
            return None, set()
        if must and should:
            clauses = [*must, (tantivy.Occur.Should, tantivy.Query.boolean_query(should))]
        else:
            clauses = must or should
        terms = set(stems) | {w for p in quoted for w in content_stems(p)} | {f"~{f}" for f in fuzzy}
        return tantivy.Query.boolean_query(clauses), terms

    def search(self, text: str, filters: SearchFilters | None = None, limit: int = 300,
               act_ids: set[int] | None = None,
               feedback: Mapping[str, float] | None = None) -> tuple[list[KeywordHit], set[str]]:
        last = getattr(self._last_read, "value", None)
        self._last_read.value = None
        if feedback and last is not None:
            # the second search of a query (pseudo-relevance feedback, indexer.search) reads the snapshot its
            # first search read, and none of the documents that one read again: reading a hit's stored
            # stems is most of a search's cost, and the two searches share 84 % of their 300 hits (corpus)
            searcher, read = last
        else:
            self._index.reload()  # an import in another process may have committed since
            searcher, read = self._index.searcher(), {}
        query, terms = self._query(searcher, text, feedback)
        if query is None or act_ids is not None and not act_ids:
            return [], set()
        filters_q = self._filter(filters)
        if act_ids is not None:
            filters_q.append(tantivy.Query.term_set_query(self.schema, "act_id", sorted(act_ids)))
        if filters_q:
            query = tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, query), *[(tantivy.Occur.Must, f) for f in filters_q]])
        result = searcher.search(query, limit)
        fuzzy = {t[1:] for t in terms if t.startswith("~")}
        exact = {t for t in terms if not t.startswith("~")} - fuzzy
        weights = self._rarity(searcher, exact)
        rare = self._rare(searcher, exact & typed_names(text))
        typo_weight = sum(weights.values()) / len(weights) if weights else 1.0
        total = sum(weights.values()) + typo_weight * len(fuzzy)
        near: dict[tuple[str, str], bool] = {}  # each (typo, word) pair is compared once per query

        def close(f: str, word: str) -> bool:
            limit = 2 if len(f) >= 8 else 1
            if f[0] != word[0] or abs(len(f) - len(word)) > max(limit, TYPO_TAIL):
                return False
            key = (f, word)
            if key not in near:
                near[key] = edit_distance(f, word, limit) <= limit or is_shorter_stem(f, word)
            return near[key]

        wording = {st: ws for st, ws in wording_by_word(text).items() if st in weights} if WORDING_COVERS else {}
        # a wording word counts as much as the rarer of it and the query word: « mairie » for « élus » little
        wording_weights = self._rarity(searcher, {e for ws in wording.values() for e in ws})

        def answered(st: str, weight: float, present: AbstractSet[str]) -> float:
            if st in present:
                return weight
            return max((min(weight, wording_weights[e]) * WORDING_COVERS for e in wording.get(st, ()) if e in present),
                       default=0.0)

        needs_stems = bool(rare) or len(exact) + len(fuzzy) > 1
        hits = []
        for score, address in result.hits:
            key = (address.segment_ord, address.doc)
            known = read.get(key)
            if known is None or known[2] is None and needs_stems:
                doc = searcher.doc(address)
                stems = frozenset((doc.get_first("stems") or "").split()) if needs_stems else None
                known = read[key] = (int(doc["act_id"][0]), int(doc["page"][0]), stems)
            act_id, page, stems = known
            present = stems or frozenset()
            if len(exact) + len(fuzzy) > 1:
                found = (sum(answered(st, w, present) for st, w in weights.items())
                         + typo_weight * sum(1 for f in fuzzy if any(close(f, w) for w in present)))
                score *= coordination(found / total)
            hits.append(KeywordHit(act_id, page, float(score), anchored=bool(rare) and rare <= present, stems=present))
        hits.sort(key=lambda h: -h.score)
        if not feedback:
            self._last_read.value = (searcher, read)
        return hits, terms

    def doc_freqs(self, stems: Iterable[str]) -> tuple[int, dict[str, int]]:
        searcher = self._index.searcher()
        return searcher.num_docs, {st: max(searcher.doc_freq("body", st), searcher.doc_freq("objet", st))
                                   for st in stems}

    @staticmethod
    def _rare(searcher: tantivy.Searcher, stems: set[str]) -> set[str]:
        """The words found in at most RARE_DOCS documents' body (or objet), and in one at least: an absent
        word is a typo, widened, not a name."""
        out = set()
        for st in stems:
            df = max(searcher.doc_freq("body", st), searcher.doc_freq("objet", st))
            if 0 < df <= RARE_DOCS:
                out.add(st)
        return out

    @staticmethod
    def _rarity(searcher: tantivy.Searcher, stems: set[str]) -> dict[str, float]:
        """Weight of each query word in the coordination bonus: its inverse document frequency, so that
        a page holding the rare « extinction » beats one holding the common « nuit »."""
        n = max(1, searcher.num_docs)
        return {st: math.log(1 + n / (1 + searcher.doc_freq("body", st))) for st in stems}

    def objet_act_ids(self, text: str, filters: SearchFilters | None = None) -> set[int]:
        searcher = self._index.searcher()
        stems = list(dict.fromkeys(content_stems(text)))
        if not stems:
            return set()
        fuzzy: set[str] = set()
        clauses = []
        for st in stems:
            q = (tantivy.Query.fuzzy_term_query(self.schema, "objet", st, distance=1)
                 if len(st) >= 4 and searcher.doc_freq("objet", st) == 0 else
                 tantivy.Query.term_query(self.schema, "objet", st))
            fuzzy.add(st)
            clauses.append((tantivy.Occur.Must, q))
        clauses += [(tantivy.Occur.Must, f) for f in self._filter(filters)]
        query = tantivy.Query.boolean_query(clauses)
        result = searcher.search(query, max(1, searcher.num_docs))
        return {int(searcher.doc(addr)["act_id"][0]) for _score, addr in result.hits}
