"""Search through the real pipeline on the bundled samples (real OCR when installed, real embedder)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from indexer.extract.ocr import find_tesseract
from indexer.models import NOT_DELIBERATIONS, SearchFilters

OCR = find_tesseract() is not None


def _expected(entry: dict) -> tuple[str, int]:
    return entry["file"], entry["page"]


def test_import_report_lists_every_bad_file_with_a_french_reason(imported_library, ground_truth) -> None:
    report = imported_library.import_report
    failed = {f.path: f for f in report.failed}
    assert set(failed) == {b["file"] for b in ground_truth["bad_files"]}
    assert all(f.reason and f.reason[0].isupper() for f in failed.values())
    assert report.imported == len(ground_truth["files"])
    if OCR:
        assert report.ocr_pages == sum(f["pages"] for f in ground_truth["files"] if f["scanned"])


def test_every_act_of_the_ground_truth_is_found_with_its_pages(imported_library, ground_truth) -> None:
    acts = {(a.path, a.act_number): a for a in imported_library.acts()}
    missing, wrong_pages = [], []
    for truth in ground_truth["acts"]:
        if truth["scanned"] and not OCR:
            continue
        act = acts.get((truth["file"], truth["act_number"]))
        if act is None:
            missing.append((truth["file"], truth["act_number"]))
        elif [act.page_start, act.page_end] != truth["pages"]:
            wrong_pages.append((truth["file"], truth["act_number"], act.pages, truth["pages"]))
    assert not missing
    assert len(wrong_pages) <= 2, wrong_pages


def test_metadata_accuracy_on_samples(imported_library, ground_truth) -> None:
    acts = {(a.path, a.act_number): a for a in imported_library.acts()}
    fields = {"date": 0, "collectivite": 0, "objet": 0, "doc_type": 0, "votes": 0, "matter": 0}
    total = 0
    for truth in ground_truth["acts"]:
        act = acts.get((truth["file"], truth["act_number"]))
        if act is None:
            continue
        total += 1
        fields["date"] += act.date == truth["date"]
        fields["collectivite"] += act.collectivite == truth["collectivite"]
        fields["objet"] += bool(act.objet) and truth["objet"][:25].lower() in act.objet.lower()
        fields["doc_type"] += act.doc_type == truth["doc_type"]
        tv = truth["votes"]
        fields["votes"] += bool(act.votes.unanimite) == tv["unanimite"] and (
            tv["unanimite"] or (act.votes.pour, act.votes.contre) == (tv["pour"], tv["contre"]))
        fields["matter"] += (act.matter_code or "x").split(".")[0] == truth["matter_code"]
    rates = {k: v / total for k, v in fields.items()}
    assert total >= 25
    for key in ("date", "collectivite", "doc_type"):
        assert rates[key] >= 0.95, rates
    assert rates["objet"] >= 0.85, rates
    assert rates["votes"] >= 0.8, rates
    assert rates["matter"] >= 0.5, rates


def test_ground_truth_queries_find_the_expected_act_in_the_top_5(imported_library, ground_truth) -> None:
    misses = []
    for q in ground_truth["queries"]:
        if not OCR and any("scan" in e["file"].lower() for e in q["expected"]):
            continue
        hits = imported_library.search(q["query"], top=5)
        found = {(h.act.path, p) for h in hits for p in h.act.pages}
        if not any(_expected(e) in found for e in q["expected"]):
            misses.append((q["query"], [(h.act.path, h.page) for h in hits]))
    assert not misses


def test_keyword_mode_handles_typos_and_missing_accents(imported_library) -> None:
    for query in ("subvension football", "deliberation cantine", "assainisement"):
        hits = imported_library.search(query, mode="keyword", top=5)
        assert hits, query
        assert "<b>" in hits[0].snippet


def test_exact_phrase_query(imported_library) -> None:
    hits = imported_library.search('"Berthier TP"', mode="keyword")
    assert hits and all("PV_CM_2022-09-29" in h.act.path for h in hits)
    assert hits[0].page in (1, 2)
    assert "Berthier" in hits[0].terms


def test_vector_mode_finds_a_paraphrase_without_shared_words(imported_library) -> None:
    hits = imported_library.search("couper les lampadaires la nuit pour économiser l'électricité", mode="vector", top=3)
    assert any("extinction_eclairage" in h.act.path for h in hits)


def test_hit_json_contract(imported_library) -> None:
    hit = imported_library.search("cantine", top=1)[0]
    data = hit.to_json()
    for key in ("path", "page", "pages", "act_number", "objet", "date", "collectivite", "score", "snippet"):
        assert key in data
    assert not Path(data["path"]).is_absolute()
    assert data["page"] in data["pages"]


def test_filters_restrict_results(imported_library) -> None:
    only_valmont = imported_library.search("subvention", filters=SearchFilters(collectivite="Valmont-le-Vieux"))
    assert only_valmont and all(h.act.collectivite == "Valmont-le-Vieux" for h in only_valmont)
    in_2021 = imported_library.search("cantine", filters=SearchFilters(date_from="2021-01-01", date_to="2021-12-31"))
    assert in_2021 and all(h.act.date.startswith("2021") for h in in_2021)
    pv = imported_library.search("budget", filters=SearchFilters(doc_type="proces-verbal"))
    assert pv and all(h.act.doc_type == "proces-verbal" for h in pv)
    finances = imported_library.search("budget", filters=SearchFilters(matter_code="7"))
    assert finances and all(h.act.matter_code.startswith("7") for h in finances)


def test_similar_acts_finds_the_other_years_football_subsidy(imported_library) -> None:
    source = next(a for a in imported_library.acts() if a.act_number == "2021-014")
    similar = imported_library.similar_acts(source.act_id, top=5)
    assert source.act_id not in {h.act.act_id for h in similar}
    assert any(h.act.act_number in ("2023-008", "2024-015") for h in similar)


def test_structured_questions_are_answered_from_the_catalogue(imported_library) -> None:
    answer = imported_library.structured_query("Combien de délibérations sur la cantine en 2021 ?")
    assert answer is not None and answer.kind == "count"
    assert {a.act_number for a in answer.acts} == {"2021-015"}
    listing = imported_library.structured_query("Toutes les subventions votées en 2023")
    assert listing is not None and listing.kind == "list"
    assert "2023-008" in {a.act_number for a in listing.acts}
    assert all(a.date.startswith("2023") for a in listing.acts)
    assert imported_library.structured_query("Quel est le prix de la cantine ?") is None
    plural = imported_library.structured_query("Quelles délibérations sur la cantine en 2021 ?")
    assert plural is not None and plural.kind == "list" and {a.act_number for a in plural.acts} == {"2021-015"}
    assert imported_library.structured_query("Quelle délibération fixe le prix de la cantine ?") is None


def test_scdl_export(imported_library, tmp_path: Path) -> None:
    out = tmp_path / "scdl.csv"
    rows = imported_library.export_scdl(out)
    with out.open(encoding="utf-8") as fh:
        data = list(csv.DictReader(fh))
    # one row per deliberation: the agenda's record and decisions under delegation are not exported
    deliberations = [a for a in imported_library.acts() if a.doc_type not in NOT_DELIBERATIONS]
    assert rows == len(data) == len(deliberations) < len(imported_library.acts())
    football = next(r for r in data if r["DELIB_ID"] == "2021-014")
    assert (football["VOTE_POUR"], football["VOTE_CONTRE"], football["VOTE_ABSTENTION"]) == ("11", "1", "1")
    assert football["DELIB_DATE"] == "2021-03-12" and football["COLL_NOM"] == "Saint-Aubin-sur-Loire"


@pytest.mark.skipif(not OCR, reason="Tesseract (fra) n'est pas installé")
def test_text_only_in_a_scan_is_searchable(imported_library) -> None:
    hits = imported_library.search("concession cinquantenaire", mode="keyword", top=3)
    assert hits and "scan_deliberation_2019-031" in hits[0].act.path


def test_an_act_number_alone_finds_that_act_first(imported_library) -> None:
    for number in ("2022-043", "DE_2019_019", "2024-016"):
        hits = imported_library.search(number, top=3)
        assert hits and hits[0].act.act_number == number, [(h.act.act_number, h.act.path) for h in hits]


def test_meaning_only_noise_is_not_returned_as_results(imported_library) -> None:
    everything = len(imported_library.acts())
    assert len(imported_library.search("subvention football", top=100)) < everything
