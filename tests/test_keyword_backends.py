"""Both keyword engines (tantivy, the default, and whoosh, the design card's) behind one interface:
the same behaviour on the same library."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from indexer import Library
from indexer.models import SearchFilters

BACKENDS = ("tantivy", "whoosh")


@pytest.fixture(scope="module", params=BACKENDS)
def keyword_library(request, tmp_path_factory: pytest.TempPathFactory, sample_copy: Path):
    data = tmp_path_factory.mktemp(f"kw-{request.param}")
    lib = Library(data, embedder="hashing", ocr_enabled=False, keyword_backend=request.param)
    lib.import_folder(sample_copy, embed=False)
    yield lib
    lib.close()


def _top_paths(lib: Library, query: str, **kw) -> list[str]:
    return [h.act.path for h in lib.search(query, mode="keyword", top=5, **kw)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tracteur tondeuse", "fontclaire/2022/D2022-31 tracteur-tondeuse.pdf"),
        ("deliberation cantine scolaire", "saint-aubin-sur-loire/2021/2021-015_tarifs_cantine.pdf"),
        ("subvension football", "saint-aubin-sur-loire/2021/2021-014_subvention_AS_football.pdf"),
        ("Sport & Loisirs (ASL) : subvention football",
         "saint-aubin-sur-loire/2021/2021-014_subvention_AS_football.pdf"),
        ('"extinction nocturne"', "valmont-le-vieux/DE_2024_022_extinction_eclairage.pdf"),
        ("DE_2022_007", "valmont-le-vieux/DE_2022_007_budget_primitif.docx"),
    ],
)
def test_same_answers_on_both_engines(keyword_library: Library, query: str, expected: str) -> None:
    assert expected in _top_paths(keyword_library, query)


def test_typo_in_a_word_ending_is_widened_to_the_shorter_stem(keyword_library: Library) -> None:
    # « stérilisassion » stems to "sterilisass", three edits from "sterilis" (« stérilisation »): beyond the edit
    # distance that widens an absent word, so before, nothing was found (corpus: « contrat de dératisassion »)
    hits = keyword_library.search("stérilisassion", mode="keyword", top=3)
    assert hits and hits[0].act.path == "saint-aubin-sur-loire/2024/PV_CM_2024-03-28.pdf"  # the fourrière debate
    assert "<b>stérilisation</b>" in hits[0].snippet.lower()


def test_typo_is_highlighted_in_the_snippet(keyword_library: Library) -> None:
    hit = keyword_library.search("subvension", mode="keyword", top=1)[0]
    assert re.search(r"<b>subventions?</b>", hit.snippet.lower())


def test_filters_on_both_engines(keyword_library: Library) -> None:
    hits = keyword_library.search("subvention", mode="keyword", top=20,
                                  filters=SearchFilters(date_from="2023-01-01", date_to="2023-12-31"))
    assert hits and all(h.act.date.startswith("2023") for h in hits)
    hits = keyword_library.search("subvention", mode="keyword",
                                  filters=SearchFilters(collectivite="valmont-le-vieux"))
    assert hits and all(h.act.collectivite == "Valmont-le-Vieux" for h in hits)


def test_quoted_phrase_is_required(keyword_library: Library) -> None:
    assert keyword_library.search('"tondeuse extinction"', mode="keyword") == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_unreadable_keyword_index_is_rebuilt_from_the_catalogue(tmp_path: Path, sample_copy: Path,
                                                                backend: str) -> None:
    data = tmp_path / "data"
    with Library(data, embedder="hashing", ocr_enabled=False, keyword_backend=backend) as lib:
        lib.import_folder(sample_copy, embed=False)
        before = _top_paths(lib, "cantine")
        index_dir = lib._keyword_dir
    for f in index_dir.iterdir():
        if f.is_file():
            f.write_bytes(b"garbage")
    with Library(data, embedder="hashing", ocr_enabled=False, keyword_backend=backend) as lib:
        assert lib.rebuilt_keyword_index
        assert _top_paths(lib, "cantine") == before


def test_switching_engine_rebuilds_the_other_index_once(tmp_path: Path, sample_copy: Path) -> None:
    data = tmp_path / "data"
    with Library(data, embedder="hashing", ocr_enabled=False, keyword_backend="whoosh") as lib:
        lib.import_folder(sample_copy, embed=False)
        before = _top_paths(lib, "salle des fêtes")
    with Library(data, embedder="hashing", ocr_enabled=False, keyword_backend="tantivy") as lib:
        assert lib.rebuilt_keyword_index
        assert set(_top_paths(lib, "salle des fêtes")) == set(before)
    shutil.rmtree(data)


@pytest.mark.parametrize("backend", BACKENDS)
def test_folder_and_file_names_are_keywords_of_every_page(tmp_path: Path, backend: str) -> None:
    data = tmp_path / "data"
    root = tmp_path / "classement"
    (root / "bourg-sur-brenne" / "2021").mkdir(parents=True)
    (root / "bourg-sur-brenne" / "2021" / "cr_seance.txt").write_text(
        "Le conseil recrute un archiviste itinérant pour cinq jours.\n", encoding="utf-8"
    )
    (root / "autre" / "note.txt").parent.mkdir(parents=True)
    (root / "autre" / "note.txt").write_text("Archiviste : l'archiviste a classé les registres.\n", encoding="utf-8")
    with Library(data, embedder="hashing", ocr_enabled=False, keyword_backend=backend) as lib:
        lib.import_folder(root, embed=False)
        # The commune is only in the folder name: it still decides which archivist page comes first.
        assert _top_paths(lib, "archiviste Bourg-sur-Brenne")[0].endswith("cr_seance.txt")
        assert _top_paths(lib, "archiviste")[0].endswith("note.txt")  # without the place, the other wins
        lib.catalog.set_meta(f"keyword_content_{backend}", "1")  # an index made by an older version
    with Library(data, embedder="hashing", ocr_enabled=False, keyword_backend=backend) as lib:
        assert lib.rebuilt_keyword_index
        assert _top_paths(lib, "archiviste Bourg-sur-Brenne")[0].endswith("cr_seance.txt")
    with Library(data, embedder="hashing", ocr_enabled=False, keyword_backend=backend) as lib:
        assert not lib.rebuilt_keyword_index  # once only


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_act_number_is_found_as_the_repertoire_writes_it(tmp_path: Path, backend: str) -> None:
    # Pierrefonds prints « D2024-49 » on the act and « 2024_49 » in its répertoire. The letter glued to
    # the year must not make another word of « D2024 »: else the page that only mentions 2024 and 49
    # here and there comes first.
    data, root = tmp_path / "data", tmp_path / "dossier"
    root.mkdir()
    (root / "pv.txt").write_text(
        "Délibération D2024-49 : tarification 2025 du foyer Napoléon.\nAdoptée à l'unanimité.\n", encoding="utf-8")
    (root / "budget.txt").write_text(
        "Budget 2024 : 49 lignes. En 2024 les 49 agents, 2024 encore, puis 49 postes.\n", encoding="utf-8")
    with Library(data, embedder="hashing", ocr_enabled=False, keyword_backend=backend) as lib:
        lib.import_folder(root, embed=False)
        for typed in ("2024_49", "2024-49", "D2024-49"):
            assert _top_paths(lib, typed)[0] == "pv.txt", typed


def test_documents_name_acts_and_pages_of_the_catalogue(keyword_library: Library) -> None:
    """documents() (used to prove an interrupted import converged) matches the catalogue on both engines."""
    docs = keyword_library.keyword.documents()
    assert len(docs) == keyword_library.keyword.doc_count() > 0
    acts = {a.act_id: a for a in keyword_library.acts()}
    assert {a for a, _page in docs} <= set(acts)
    assert all(acts[a].page_start <= page <= acts[a].page_end for a, page in docs)
