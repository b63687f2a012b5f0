"""One deliberation held by several files is counted once (indexer.same_act)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from indexer.extract import extract_pages
from indexer.models import ActRecord, DocType, Votes
from indexer.same_act import distinct_acts, number_key
from indexer.scdl import merged_row
from registre.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "sample_deliberations"


def _act(act_id: int, file_id: int, number: str | None, objet: str | None, *, date: str = "2024-04-08",
         place: str = "Corte", doc_type: DocType = DocType.PROCES_VERBAL, actes_id: str | None = None) -> ActRecord:
    return ActRecord(act_id, file_id, f"f{file_id}.pdf", "/r", doc_type, 1, 1, number, objet, date, place,
                     actes_id=actes_id)


def test_number_forms_of_one_act() -> None:
    assert number_key("D2024-14") == number_key("2024_14") == number_key("n° 2024 / 014") == "2024 14"
    assert number_key("24-04/041") != number_key("24-04/042")
    assert number_key(None) is None and number_key("sans numéro") is None


def test_a_pdf_and_its_ocr_text_copy_are_one_act() -> None:
    # Corte publishes each procès-verbal as a PDF and as an OCR'd .txt: same number, objet with OCR slips
    pdf = _act(1, 10, "24-04/041", "Participation à la consultation de mise en œuvre de la convention")
    txt = _act(2, 11, "24-04/041", "Participation a la consultation de mise en ceuvre de la convention")
    other = _act(3, 10, "24-04/042", "Affectation du Résultat 2023")
    distinct = distinct_acts([pdf, txt, other])
    assert [d.act.act_id for d in distinct] == [1, 3]
    assert [c.act_id for c in distinct[0].copies] == [2]


def test_the_extract_is_kept_and_the_minutes_are_its_copy() -> None:
    minutes = _act(1, 10, None, "Tarifs de la cantine scolaire à la rentrée", doc_type=DocType.PROCES_VERBAL)
    extract = _act(2, 11, "2021-015", "Tarifs de la cantine scolaire à la rentrée", doc_type=DocType.DELIBERATION)
    (only,) = distinct_acts([minutes, extract])
    assert only.act.act_id == 2 and [c.act_id for c in only.copies] == [1]


def test_what_proves_two_acts_distinct() -> None:
    # Montpellier 2014-04-24 prints « n° 2014 / 137 » on several extracts: their @ctes ids differ
    a = _act(1, 10, "2014 / 137", None, doc_type=DocType.DELIBERATION,
             actes_id="034-213401722-20140424-0000071217-DE")
    b = _act(2, 11, "2014 / 137", None, doc_type=DocType.DELIBERATION,
             actes_id="034-213401722-20140424-0000071229-DE")
    assert len(distinct_acts([a, b])) == 2
    # same number, objets with nothing in common
    c = _act(3, 12, "2014 / 137", "Modification du nombre d'Adjoints au Maire")
    d = _act(4, 13, "2014 / 137", "Election des membres des Commissions Municipales")
    assert len(distinct_acts([c, d])) == 2
    # another day, another place, or two acts of one file are never merged
    assert len(distinct_acts([_act(5, 10, "1", "Tarifs de la cantine"), _act(6, 11, "1", "Tarifs de la cantine",
                                                                                 date="2024-04-09")])) == 2
    assert len(distinct_acts([_act(7, 10, "1", "Tarifs de la cantine"), _act(8, 11, "1", "Tarifs de la cantine",
                                                                                 place="Cortevaix")])) == 2
    assert len(distinct_acts([_act(9, 10, None, "Tarifs de la cantine"), _act(10, 10, None,
                                                                               "Tarifs de la cantine")])) == 2


def test_a_count_through_the_library_counts_a_copied_act_once(fast_library, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "deliberations"
    folder.mkdir()
    pdf = SAMPLES / "saint-aubin-sur-loire" / "2021" / "2021-015_tarifs_cantine.pdf"
    shutil.copy(pdf, folder / pdf.name)
    # the clerk's folder also holds a text copy of the same extract, as the web site publishes it
    (folder / "2021-015_tarifs_cantine.txt").write_text(
        "\n\f".join(page.text for page in extract_pages(pdf)), encoding="utf-8")
    fast_library.import_folder(folder)
    assert len([a for a in fast_library.acts() if a.act_number == "2021-015"]) == 2
    # the SCDL export is one row per deliberation too
    assert fast_library.export_scdl(tmp_path / "scdl.csv") == 1
    answer = fast_library.structured_query("Combien de délibérations sur la cantine en 2021 ?")
    assert answer is not None and answer.count == 1
    (act,) = answer.acts
    assert act.path.endswith(".pdf")
    assert [c.path for c in answer.copies[act.act_id]] == ["2021-015_tarifs_cantine.txt"]
    # `registre query` says it too: one act, the other file under also_in
    fast_library.close()
    assert main(["query", "Combien de délibérations sur la cantine en 2021 ?", "--data-dir",
                 str(fast_library.data_dir), "--embedder", "hashing"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["count"] == 1 and len(data["acts"]) == 1
    (copy,) = data["acts"][0]["also_in"]
    assert copy["path"] == "2021-015_tarifs_cantine.txt" and copy["pages"][0] == 1


def test_the_scdl_row_of_a_copied_act_fills_its_blanks_from_the_copy_whole() -> None:
    extract = _act(1, 10, "2021-015", "Tarifs de la cantine scolaire", doc_type=DocType.DELIBERATION,
                   actes_id="049-214900000-20210315-2021_015-DE")
    extract.pref_date = "2021-03-15"
    minutes = _act(2, 11, None, "Tarifs de la cantine scolaire", doc_type=DocType.PROCES_VERBAL,
                   actes_id="049-214900000-20210320-PV-AU")
    minutes.votes = Votes(pour=11, contre=1, abstention=1, unanimite=False)
    (distinct,) = distinct_acts([extract, minutes])
    row = merged_row(distinct)
    assert row["DELIB_URL"] == "f10.pdf" and row["DELIB_ID"] == "2021-015"
    assert row["PREF_ID"] == "049-214900000-20210315-2021_015-DE" and row["PREF_DATE"] == "2021-03-15"
    assert (row["VOTE_POUR"], row["VOTE_CONTRE"], row["VOTE_ABSTENTION"]) == ("11", "1", "1")
    # a vote the kept record holds is never completed from another record
    extract.votes = Votes(unanimite=True, contre=0)
    row = merged_row(distinct_acts([extract, minutes])[0])
    assert (row["VOTE_POUR"], row["VOTE_CONTRE"], row["VOTE_ABSTENTION"]) == ("", "0", "")
