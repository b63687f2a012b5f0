"""Hybrid retrieval at act level: keyword (BM25F) and vector rankings fused by reciprocal rank.

Both engines rank pages/passages; each act keeps its best one. Reciprocal rank fusion needs no
score calibration between BM25 and cosine, which differ in scale from one query to the next.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from indexer.analysis import content_stems, identifier_phrases
from indexer.catalog import Catalog
from indexer.embeddings import Embedder
from indexer.highlight import Highlighter
from indexer.keyword_base import KeywordBackend
from indexer.models import SearchFilters, SearchHit
from indexer.query_places import places_named
from indexer.thesaurus import expansions, semantic_query
from indexer.vector_index import VectorIndex

MODES = ("hybrid", "keyword", "vector")


@dataclass(frozen=True)
class Fusion:
    """How the rankings are fused (reciprocal rank fusion at act level). The defaults were chosen on the
    tuning half of bench/devset only (bench/bench_search_fusion.py prints the sweep); the held-out half
    is reported, never tuned on."""

    # a small k lets each engine's first answers weigh most; exact words count more than meaning.
    # Sweep on the corpus library (every passage and head embedded), tuning half: k 5 beat 20 and 60;
    # USE 0.5 beat 0.3 / 0.7 / 1.0; e5 0.5 over its first 30 acts beat 0.3 / 0.7 / 1.0 / 1.5 and depth 60;
    # e5 as a rerank of the first 50 only was lower (tuning R@10 0.940 against 0.956).
    rrf_k: int = 5
    vector_weight: float = 0.5
    # Meaning-only matches far below the best one are noise, not results: without a floor every query
    # "finds" the whole library. Cosines of USE are not calibrated, hence a relative floor.
    vector_relative_floor: float = 0.8
    # e5 over the heads (indexer.e5), a third ranking where an engine is installed. Its cosines are
    # compressed (0.75-0.90 for everything), so no floor: only its first e5_depth acts vote.
    e5_weight: float = 0.5
    e5_depth: int = 30
    # > 0: e5 only reorders the first e5_rerank acts of the keyword + USE fusion (it brings no new act)
    e5_rerank: int = 0
    # What e5 reads at query time: "heads" (indexer.chunking.act_heads, the only ones the import embeds),
    # "passages" (the USE passages, where bench/sharpen_passages.py gave them an e5 vector) or "both"
    # (each act's best cosine over heads and passages). Issue 14 session 6, corpus library with 35 % of its
    # 26,136 passages e5-embedded (all of them are ~2.25 core-hours): "both" tuning hybrid R@10 / nDCG
    # 0.971 / 0.923 -> 0.971 / 0.925 (multi_act nDCG 0.937 -> 0.903), held-out (once) 0.919 / 0.884 ->
    # 0.916 / 0.875, paraphrase 0.788 -> 0.779; "passages" alone lower than heads on tuning. Heads stay.
    e5_source: str = "heads"
    # Acts whose page holds every rare name the query types (KeywordHit.anchored: « Auvis », « CCIAG »)
    # vote once more, in keyword order, with this weight: meaning alone must not push them out of the
    # top 10. Their number is bounded by the rarity itself (keyword_tantivy.RARE_DOCS documents).
    # Tuning sweep (names found in <= 5..400 documents, weight 0.25-1): 1.0 lifted tuning R@10 0.942 ->
    # 0.946 at analysis v30 (exact 0.980 -> 1.000); any rare word, not only typed names, was worse (it
    # anchors paraphrases' unusual everyday words: « lampadaires », « revendre »). A cap of 10 anchored
    # acts, first kept, disabled it at v35 where « Auvis » names 11 acts; 20, 30 or none tie on tuning.
    anchor_weight: float = 1.0
    # A query that names a collectivité of the library (indexer.query_places: « … à Couthenans ») is
    # scoped to that place's acts: the others keep this share of their fused score. Tuning half, corpus
    # library (v40), hybrid R@10 / paraphrase R@10: 1.0 (off) 0.956 / 0.862; 0.8 0.956 / 0.862;
    # 0.6 0.965 / 0.896; 0.5-0.0 0.971 / 0.929 (same acts found, nDCG 0.922-0.923), no kind lower.
    # 0.4, inside that plateau, stays soft: a place that is only the query's subject (« convention
    # avec Montpellier ») keeps the other party's act within reach. Session 7, library at v55, both tuning
    # batches (79 + the 42 of S166-S207): 0.4 sat on the plateau's edge: 0.0-0.3 second batch R@10
    # 0.800 -> 0.821 (paraphrase 0.690 -> 0.723), first batch equal (0.967); 0.2, inside it, kept: an act
    # elsewhere that every engine ranks first no longer beats the place's act that keyword ranks third.
    elsewhere_weight: float = 0.2
    # Pseudo-relevance feedback (RM3-like) for the keyword side, issue 14 session 9: the words that the
    # first answers share (the first prf_docs acts of the first fusion, where meaning already reads past
    # the clerk's words; in keyword mode the first keyword acts) are added to the keyword query, prf_terms
    # of them, the strongest at prf_weight; then the keyword ranking and the fusion are redone. Each act is
    # read as its objet plus the keyword document that matched (KeywordHit.stems: the item, the list row or
    # the page, which the engine read anyway) or, found by meaning only, the passage USE matched. Skipped
    # for act numbers and for queries with a word the library does not know (a typo's first answers are
    # a guess). 0 prf_docs: off. Tuning half, corpus library (v66, keyword content 6, wording coverage on),
    # hybrid R@10 / nDCG (paraphrase R@10), keyword R@10 (paraphrase): off 0.940 / 0.873 (0.849), 0.908
    # (0.781); 10 x 0.5 x 8 terms 0.951 / 0.883 (0.882), 0.915 (0.793); 8 / 15 docs 0.943 / 0.946 hybrid;
    # weight 0.3 / 0.7 0.943 / 0.954: a plateau, its middle kept. Without the typo guard a typo query at
    # rank 9 fell out (typo R@10 1.000 -> 0.923). Reading whole pages instead was flat (0.938 -> 0.933-0.938)
    # and re-cutting each page into items cost 2 ms a page (hybrid p95 141 ms against 65 ms now).
    prf_docs: int = 10
    prf_terms: int = 8
    prf_weight: float = 0.5
    prf_min_docs: int = 2
    # What the second search may read (issue 14 session 10), in postings per document of the library: no
    # feedback for a query whose own words (and thesaurus wording) hold more (words on most pages: the
    # second search costs as much as the first; synthetic 100k index, its vocabulary's queries: keyword
    # p50 69 ms against 40 without feedback, 47 with this bound), and the fed-back words, best first, only
    # while together they hold no more. Tuning half, corpus library: the tuning queries' words hold at most
    # 1.41; the fed-back words' budget alone leaves every figure equal at 1.5-3 and first moves one at 1.0
    # (S16); 2.0, both rules: identical rankings. A cap on each word's share of documents (0.05-0.3)
    # lowered hybrid nDCG instead (0.883 -> 0.874-0.882). On the corpus the posting lists cost little: the
    # second search's cost was reading its hits again (indexer.keyword_tantivy now reuses the first's).
    prf_postings: float = 2.0


DEFAULT_FUSION = Fusion()
VECTOR_ABSOLUTE_FLOOR = 0.15




@dataclass
class _Ranked:
    act_id: int
    page: int
    score: float
    chunk_id: int | None = None
    anchored: bool = False
    stems: AbstractSet[str] = frozenset()  # the matched keyword document's (KeywordHit.stems)


def _best_per_act(items: list[_Ranked]) -> list[_Ranked]:
    seen: dict[int, _Ranked] = {}
    anchored = {item.act_id for item in items if item.anchored}  # on any of the act's pages
    for item in items:  # items come best first
        seen.setdefault(item.act_id, item)
    return [replace(r, anchored=True) if r.act_id in anchored and not r.anchored else r for r in seen.values()]


def fuse(keyword: list[_Ranked], vector: list[_Ranked], sharp: list[_Ranked], mode: str, identifier: bool,
         fusion: Fusion = DEFAULT_FUSION) -> tuple[list[tuple[int, float]], dict[int, _Ranked]]:
    """Acts best first with their fused score, and each act's page to show (the keyword page wins: it
    holds the words). A pure function, so that bench/bench_search_fusion.py sweeps the very code the
    search runs. ``identifier``: the query types an act number, which is not a meaning (the words decide)."""
    if mode == "keyword":
        return [(r.act_id, r.score) for r in keyword], {r.act_id: r for r in keyword}
    if mode == "vector" and not sharp:
        return [(r.act_id, r.score) for r in vector], {r.act_id: r for r in vector}
    if vector and mode == "hybrid":
        floor = vector[0].score * fusion.vector_relative_floor
        keyword_ids = {r.act_id for r in keyword}
        vector = [r for r in vector if r.score >= floor or r.act_id in keyword_ids]
    damp = 0.2 if identifier else 1.0
    scores: dict[int, float] = {}
    best: dict[int, _Ranked] = {}
    anchors = [r for r in keyword if r.anchored]
    for ranking, weight in ((keyword, 1.0), (vector, fusion.vector_weight * damp), (anchors, fusion.anchor_weight)):
        for i, r in enumerate(ranking):
            scores[r.act_id] = scores.get(r.act_id, 0.0) + weight / (fusion.rrf_k + i + 1)
            best.setdefault(r.act_id, r)
    if fusion.e5_rerank and (keyword or vector):
        candidates = {a for a, _ in sorted(scores.items(), key=lambda kv: -kv[1])[: fusion.e5_rerank]}
        sharp = [r for r in sharp if r.act_id in candidates]
    for i, r in enumerate(sharp[: fusion.e5_depth]):
        scores[r.act_id] = scores.get(r.act_id, 0.0) + fusion.e5_weight * damp / (fusion.rrf_k + i + 1)
        best.setdefault(r.act_id, r)
    return sorted(scores.items(), key=lambda kv: -kv[1]), best


def scope_to_place(fused: list[tuple[int, float]], here: Collection[int],
                   weight: float) -> list[tuple[int, float]]:
    """The fused acts, those outside ``here`` (the named place's acts) with ``weight`` times their score."""
    scoped = [(a, s if a in here else s * weight) for a, s in fused]
    return sorted(scoped, key=lambda kv: -kv[1])  # stable: acts of equal score keep their order


def rerank_candidates(keyword: list[_Ranked], vector: list[_Ranked], identifier: bool, fusion: Fusion) -> list[int]:
    """The acts e5 may reorder in rerank mode (the first ``e5_rerank`` of keyword + USE)."""
    fused, _best = fuse(keyword, vector, [], "hybrid", identifier, replace(fusion, e5_rerank=0))
    return [a for a, _ in fused[: fusion.e5_rerank]]


DocFreqs = Callable[[list[str]], tuple[int, dict[str, int]]]


def feedback_terms(pages: list[list[str]], exclude: Collection[str], doc_freqs: DocFreqs, terms: int,
                   min_docs: int, postings: float = math.inf) -> dict[str, float]:
    """RM3-like expansion: the words that weigh most in the first answers' pages (``pages``, best
    first), each page counting less the lower it ranks, a word's share of each page times its rarity in
    the library (idf); only words found in ``min_docs`` of the pages at least, never one of ``exclude``
    (the query's own words and its thesaurus wording), never a number; best first, while the chosen
    words together are found in at most ``postings`` times the library's documents (what the search
    with them reads). Weights scaled to 1 for the strongest word."""
    shares: dict[str, float] = {}
    seen_in: Counter[str] = Counter()
    for rank, page in enumerate(pages):
        stems = [st for st in page if len(st) >= 4 and st.isalpha() and st not in exclude]
        if not stems:
            continue
        counts = Counter(stems)
        for st, n in counts.items():
            shares[st] = shares.get(st, 0.0) + n / len(stems) / (rank + 1)
            seen_in[st] += 1
    candidates = [st for st in shares if seen_in[st] >= min_docs]
    if not candidates:
        return {}
    total, dfs = doc_freqs(candidates)
    scored = {st: shares[st] * math.log(1 + total / (1 + dfs.get(st, 0))) for st in candidates if dfs.get(st, 0) > 0}
    best: list[tuple[str, float]] = []
    budget = postings * total
    for st, w in sorted(scored.items(), key=lambda kv: (-kv[1], kv[0])):
        if len(best) == terms:
            break
        if dfs[st] <= budget:
            best.append((st, w))
            budget -= dfs[st]
    if not best:
        return {}
    top = best[0][1]
    return {st: w / top for st, w in best}


class Searcher:
    def __init__(self, catalog: Catalog, keyword: KeywordBackend, vectors: VectorIndex, embedder: Embedder,
                 sharpener: Embedder | None = None, fusion: Fusion = DEFAULT_FUSION) -> None:
        self.catalog = catalog
        self.fusion = fusion
        self.keyword = keyword
        self.vectors = vectors
        self.embedder = embedder
        self.sharpener = sharpener  # e5 (indexer.e5), or None where no engine is installed
        self.heads = VectorIndex(catalog, sharpener.model_id, source="heads") if sharpener else None
        # the same encoder over the passages (Fusion.e5_source): read only when a fusion asks for it
        self.e5_passages = VectorIndex(catalog, sharpener.model_id, source="chunks") if sharpener else None
        self._places: tuple[int, list[str]] = (-1, [])  # (catalogue generation, its collectivités)
        self._place_acts: dict[tuple[int, tuple[str, ...]], set[int]] = {}

    def place_scope(self, query: str, filters: SearchFilters | None) -> set[int] | None:
        """The acts of the collectivités the query names (indexer.query_places), or None where it names
        none or a filter already chose the collectivité. Cached per catalogue generation: a query typed
        letter by letter re-reads nothing."""
        if filters and filters.collectivite:
            return None
        generation = self.catalog.generation()
        if self._places[0] != generation:
            self._places = (generation, self.catalog.collectivites())
            self._place_acts.clear()
        names = tuple(places_named(query, self._places[1]))
        if not names:
            return None
        acts = self._place_acts.get((generation, names))
        if acts is None:  # read into a local: another thread may clear the cache meanwhile
            acts = self._place_acts[(generation, names)] = self.catalog.place_act_ids(names)
        return acts

    def _e5_indexes(self) -> list[tuple[VectorIndex, bool]]:
        """The e5 matrices the search reads (Fusion.e5_source), each with "its rows are passages"."""
        source = self.fusion.e5_source
        chosen = []
        if self.heads is not None and source in ("heads", "both"):
            chosen.append((self.heads, False))
        if self.e5_passages is not None and source in ("passages", "both"):
            chosen.append((self.e5_passages, True))
        return chosen

    def e5_live(self) -> bool:
        """Does e5 take part in searches now (an engine, and heads or passages already embedded)?"""
        return self.sharpener is not None and any(len(index) > 0 for index, _p in self._e5_indexes())

    def e5_ranking(self, query: str, filters: SearchFilters | None,
                   within: Collection[int] | None = None, depth: int | None = None) -> list[_Ranked]:
        indexes = [(index, passages) for index, passages in self._e5_indexes() if len(index)]
        if self.sharpener is None or not indexes:
            return []
        allowed = self.catalog.act_ids(filters) if filters and not filters.is_empty() else None
        if within is not None:
            allowed = set(within) if allowed is None else allowed & set(within)
        depth = depth or self.fusion.e5_depth
        vector = self.sharpener.embed_query(semantic_query(query))
        ranked: list[_Ranked] = []
        for index, passages in indexes:  # an act's best cosine over heads and passages: same encoder, same scale
            ranked += [_Ranked(h.act_id, h.page, h.score, h.chunk_id if passages else None)
                       for h in index.search(vector, limit=depth * (10 if passages else 4), allowed_acts=allowed)]
        ranked.sort(key=lambda r: -r.score)
        return _best_per_act(ranked)[:depth]

    def keyword_ranking(self, query: str, filters: SearchFilters | None,
                        within: Collection[int] | None = None,
                        feedback: dict[str, float] | None = None) -> tuple[list[_Ranked], set[str]]:
        act_ids = set(within) if within is not None else None
        if filters and filters.collectivite:
            # spellings of a commune are reconciled in the catalogue, not in the index
            chosen = self.catalog.act_ids(filters)
            act_ids = chosen if act_ids is None else act_ids & chosen
            filters = replace(filters, collectivite=None)
        hits, terms = self.keyword.search(query, filters, act_ids=act_ids, feedback=feedback)
        return _best_per_act([_Ranked(h.act_id, h.page, h.score, anchored=h.anchored, stems=h.stems)
                              for h in hits]), terms

    def feedback(self, query: str, first: list[tuple[int, float]], best: dict[int, _Ranked]) -> dict[str, float]:
        """The feedback words (Fusion.prf_*) of the first answers ``first`` (fused acts, best first)."""
        chosen = [a for a, _ in first[: self.fusion.prf_docs]]
        if not chosen:
            return {}
        exclude = set(content_stems(query)) | set(expansions(query))
        total, dfs = self.keyword.doc_freqs(exclude)
        if sum(dfs.values()) > self.fusion.prf_postings * total:
            return {}
        acts = self.catalog.acts_by_ids(chosen)
        chunks = self.catalog.chunk_texts([c for a in chosen if (c := best[a].chunk_id) is not None])
        texts: list[list[str]] = []
        for a in chosen:
            objet = (acts[a].objet or "") if a in acts else ""
            chunk = best[a].chunk_id
            if best[a].stems:  # the keyword document that matched: an item, a list row or the page
                texts.append([*content_stems(objet), *best[a].stems])
            elif chunk is not None and chunk in chunks:  # the passage that meaning matched
                texts.append(content_stems(f"{objet}\n{chunks[chunk]}"))
            else:
                texts.append(content_stems(objet))
        weights = feedback_terms(texts, exclude, self.keyword.doc_freqs, self.fusion.prf_terms,
                                 self.fusion.prf_min_docs, self.fusion.prf_postings)
        return {st: w * self.fusion.prf_weight for st, w in weights.items()}

    def vector_ranking(self, query: str, filters: SearchFilters | None,
                       within: Collection[int] | None = None) -> list[_Ranked]:
        if not len(self.vectors):
            return []
        allowed = self.catalog.act_ids(filters) if filters and not filters.is_empty() else None
        if within is not None:
            allowed = set(within) if allowed is None else allowed & set(within)
        hits = self.vectors.search(self.embedder.embed_query(semantic_query(query)), limit=400, allowed_acts=allowed)
        return [r for r in _best_per_act([_Ranked(h.act_id, h.page, h.score, h.chunk_id) for h in hits])
                if r.score >= VECTOR_ABSOLUTE_FLOOR]

    def search(self, query: str, top: int = 10, mode: str = "hybrid",
               filters: SearchFilters | None = None, within: Collection[int] | None = None) -> list[SearchHit]:
        """Best acts for ``query``; ``within``: only these act ids (a scope the caller computed)."""
        if mode not in MODES:
            raise ValueError(f"mode inconnu : {mode}")
        query = query.strip()
        if not query or top < 1:  # fused[:-1] would silently drop the last hit
            return []
        keyword: list[_Ranked] = []
        vector: list[_Ranked] = []
        terms: set[str] = set()
        if mode in ("hybrid", "keyword"):
            keyword, terms = self.keyword_ranking(query, filters, within)
        sharp: list[_Ranked] = []
        if mode in ("hybrid", "vector"):
            vector = self.vector_ranking(query, filters, within)
            if self.fusion.e5_rerank and mode == "hybrid":
                candidates = rerank_candidates(keyword, vector, bool(identifier_phrases(query)), self.fusion)
                sharp = self.e5_ranking(query, filters, candidates, depth=len(candidates)) if candidates else []
            else:
                sharp = self.e5_ranking(query, filters, within)
        stems = set(content_stems(query)) | terms
        kw_rank = {r.act_id: i for i, r in enumerate(keyword)}
        vec_rank = {r.act_id: i for i, r in enumerate(vector)}
        identifier = bool(identifier_phrases(query))
        fused, best = fuse(keyword, vector, sharp, mode, identifier, self.fusion)
        here = self.place_scope(query, filters)
        if here is not None:
            fused = scope_to_place(fused, here, self.fusion.elsewhere_weight)
        # no feedback for an act number (the words decide) nor for a query with a word the library does not
        # know (widened to close spellings: its first answers rest on a guess, feeding them back amplifies it)
        guessed = any(t.startswith("~") for t in terms)
        if self.fusion.prf_docs and mode in ("hybrid", "keyword") and keyword and not identifier and not guessed:
            extra = self.feedback(query, fused, best)
            if extra:
                keyword, _terms = self.keyword_ranking(query, filters, within, feedback=extra)
                kw_rank = {r.act_id: i for i, r in enumerate(keyword)}
                fused, best = fuse(keyword, vector, sharp, mode, identifier, self.fusion)
                if here is not None:
                    fused = scope_to_place(fused, here, self.fusion.elsewhere_weight)
        fused = fused[:top]
        acts = self.catalog.acts_by_ids(a for a, _ in fused)
        chunk_texts = self.catalog.chunk_texts([c for a, _ in fused if (c := best[a].chunk_id) is not None])
        out: list[SearchHit] = []
        for act_id, score in fused:
            act = acts.get(act_id)
            if act is None:  # deleted by a concurrent import since the index was read
                continue
            ranked = best[act_id]
            page_text = self.catalog.act_slice(act_id, ranked.page) or self.catalog.page_text(act.file_id, ranked.page)
            page = Highlighter(page_text, stems)
            source = page
            if act_id not in kw_rank and ranked.chunk_id in chunk_texts:
                source = Highlighter(chunk_texts[ranked.chunk_id], stems)
            out.append(
                SearchHit(
                    act=act, page=ranked.page, score=score, snippet=source.snippet_html(),
                    passage=source.plain_window(), keyword_rank=kw_rank.get(act_id),
                    vector_rank=vec_rank.get(act_id), terms=page.matched_words(),
                )
            )
        return out

    def similar_acts(self, act_id: int, top: int = 10) -> list[SearchHit]:
        """Precedents: acts closest in meaning to this one, other files first."""
        act = self.catalog.act(act_id)
        if act is None:
            return []
        centroid = self.vectors.act_centroid(act_id)
        ranked: list[_Ranked] = []
        if centroid is not None:
            hits = self.vectors.search(centroid, limit=400)
            ranked = [r for r in _best_per_act([_Ranked(h.act_id, h.page, h.score, h.chunk_id) for h in hits])
                      if r.act_id != act_id]
        elif act.objet:
            ranked = [r for r in self.keyword_ranking(act.objet, None)[0] if r.act_id != act_id]
        stems = set(content_stems(act.objet or ""))
        acts = self.catalog.acts_by_ids(r.act_id for r in ranked[: top * 3])
        same_file = [r for r in ranked if acts.get(r.act_id) and acts[r.act_id].file_id == act.file_id]
        others = [r for r in ranked if acts.get(r.act_id) and acts[r.act_id].file_id != act.file_id]
        out = []
        for r in (others + same_file)[:top]:
            text = Highlighter(self.catalog.act_slice(r.act_id, r.page), stems)
            out.append(SearchHit(act=acts[r.act_id], page=r.page, score=r.score, snippet=text.snippet_html(),
                                 passage=text.plain_window(), vector_rank=None, terms=text.matched_words()))
        return out
