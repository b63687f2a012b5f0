"""The communes a question names scope the retrieval: unit tests and one through the real index."""

from __future__ import annotations

from assistant.qa import retrieve
from assistant.scope import place_scope, question_places
from indexer.testing import FakeAct, MemoryLibrary


def test_capitalised_names_become_place_keys_without_question_words() -> None:
    assert question_places("Combien Putanges-le-Lac a-t-elle versé ?") == [[" putanges le lac "]]
    assert question_places("À quel prix la commune d'Ouzous achète-t-elle le terrain ?") == [[" ouzous "]]
    # A title before the commune is tried first, then left out.
    assert question_places("Quelle aide l'OPAH Corte a-t-elle accordée ?") == [[" opah corte ", " corte "]]
    assert question_places("quel est le tarif de la cantine ?") == []


def _library() -> MemoryLibrary:
    subsidy = "Le conseil attribue une subvention de {} € au club de football."
    return MemoryLibrary.from_fakes(
        [
            FakeAct("autres/foot_1.pdf", [subsidy.format(300)], "1", "Foot", None, "Eybens"),
            FakeAct("autres/foot_2.pdf", [subsidy.format(200)], "2", "Foot", None, "Corte"),
            FakeAct("couthenans/CR_2021.pdf", [subsidy.format(500)], None, "Subventions", "2021-06-04", None),
        ]
    )


def test_scope_is_found_in_folder_names_and_collectivites() -> None:
    lib = _library()
    assert place_scope(lib, "Couthenans a-t-elle aidé le club de football ?") == {3}  # the folder
    assert place_scope(lib, "Corte a-t-elle aidé le club de football ?") == {2}  # the collectivité
    assert place_scope(lib, "Le conseil a-t-il aidé le club de football ?") is None
    assert place_scope(lib, "Bitry a-t-elle aidé le club de football ?") is None  # unknown: no scope


def test_the_named_commune_is_added_when_the_plain_search_misses_it() -> None:
    lib = _library()
    question = "Quelle subvention Couthenans a-t-elle versée au club de football ?"
    plain = lib.search(question, top=2)
    assert "couthenans/CR_2021.pdf" not in [h.act.path for h in plain]  # what a plain search gives
    hits = retrieve(lib, question, 2)
    assert hits[0].act.path == "couthenans/CR_2021.pdf"
    assert {h.act.act_id for h in hits} == {1, 2, 3}  # the others are still there, after it


def test_when_the_named_commune_is_already_found_the_plain_search_stands() -> None:
    # More passages of the same commune would only be more distractors for a small model.
    lib = _library()
    question = "Quelle subvention Couthenans a-t-elle versée au club de football ?"
    assert retrieve(lib, question, 3) == lib.search(question, top=3)


def test_scope_through_the_real_index(imported_library) -> None:  # type: ignore[no-untyped-def]
    question = "Quel est le tarif de la cantine scolaire à Fontclaire ?"
    scope = place_scope(imported_library, question)
    fontclaire = {a.act_id for a in imported_library.acts() if a.path.startswith("fontclaire/")}
    assert scope == fontclaire
    scoped = imported_library.search(question, top=5, within=scope)
    assert scoped and all(h.act.act_id in fontclaire for h in scoped)
    assert retrieve(imported_library, question, 5)[0].act.path.startswith("fontclaire/")
