"""The one text module: examples taken from real minutes (typists' and OCR's spellings)."""

from __future__ import annotations

import pytest

from indexer import textnorm as t


def test_fold_makes_the_spellings_of_a_word_equal() -> None:
    assert t.fold("DÉLIBÉRATION") == t.fold("Délibération") == "deliberation"
    assert t.fold("Vœu de soutien") == "voeu de soutien"
    assert t.fold("l’école") == "l'ecole"  # Word's apostrophe is the keyboard's


def test_fold_aligned_keeps_every_position() -> None:
    text = "Présents : Mme Hélène CŒUR, l’adjoint"
    folded = t.fold_aligned(text)
    assert len(folded) == len(text)
    start = folded.index("helene")
    assert text[start : start + 6] == "Hélène"
    assert t.fold_aligned("Élue", keep_case=True) == "Elue"


def test_singular_and_plural_share_a_stem_and_accents_do_not_matter() -> None:
    assert t.stem("délibérations") == t.stem("deliberation")
    assert t.stem("Subventions") == t.stem("subvention")
    assert t.analyse_word("les") is None and t.analyse_word("Cette") is None


def test_words_split_act_numbers_into_their_parts() -> None:
    assert t.words("DE_2021_014 - Tarifs") == ["DE", "2021", "014", "Tarifs"]


@pytest.mark.parametrize(("short", "long"), [
    ("Saint-Aubin", "Saint-Aubin-sur-Loire"),
    ("St Aubin", "Saint-Aubin-sur-Loire"),
    ("Putanges le Lac", "PUTANGES-LE-LAC"),
    ("Commune de Pierrefonds", "Pierrefonds"),
    ("la ville de Corte", "Corte"),
])
def test_a_place_is_named_as_a_clerk_names_it(short: str, long: str) -> None:
    assert t.same_place(short, long)
    assert t.same_place(long, short)


@pytest.mark.parametrize(("a", "b"), [
    ("Aubin", "Saint-Aubin-sur-Loire"),  # shortened from its end, never from its start
    ("Saint-Aubin", "Saint-Apollinaire"),
    ("Flaux", ""),
])
def test_other_places_are_not_the_same(a: str, b: str) -> None:
    assert not t.same_place(a, b)


def test_place_key_ignores_case_accents_and_separators() -> None:
    assert t.place_key("Putanges-le-Lac") == t.place_key("PUTANGES LE LAC") == "putangeslelac"


def test_edit_distance_stops_past_its_limit() -> None:
    assert t.edit_distance("subvension", "subvention", 2) == 1
    assert t.edit_distance("cantine", "deneigement", 2) == 3


def test_clean_page_text_joins_soft_hyphens_and_tidies_spaces() -> None:
    raw = "accord\ufffe cadre\r\nTotal :\u00a01\u202f500\t€"
    assert t.clean_page_text(raw) == "accordcadre\nTotal : 1 500 €"
