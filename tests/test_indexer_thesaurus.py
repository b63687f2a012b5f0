from indexer.thesaurus import EVERYDAY_TO_ADMINISTRATIVE, expansions


def test_everyday_words_bring_the_wording_of_the_acts() -> None:
    assert {"eclairag", "public"} <= set(expansions("couper les lampadaires"))
    assert "recrut" in expansions("embauche d'un agent")


def test_no_expansion_for_words_already_administrative_or_quoted() -> None:
    assert expansions("subvention football") == []
    assert expansions('"lampadaires"') == []


def test_every_entry_is_one_word() -> None:
    assert all(" " not in word for word in EVERYDAY_TO_ADMINISTRATIVE)
