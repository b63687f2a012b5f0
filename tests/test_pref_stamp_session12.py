"""Issue 11, session 12: the préfecture's reception date where OCR spoilt the stamp (real excerpts, shortened)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from indexer import Library
from indexer.extract import ocr as ocr_module
from indexer.extract.ocr import OcrEngine, find_tesseract
from indexer.extract.stamp_ocr import stamp_reading
from indexer.stamps import document_stamp, find_stamps, stamp_for_span

# Flaux, compte rendu du 26 novembre 2021 (flaux/pdf-scannes/compte rendu conseil municipal 26 novembre 2021.pdf),
# page 1 as the import's OCR read it: the @ctes stamp overlaps the title, its second label is lost
_FLAUX_OVERLAPPED = """Envoyé en préfecture le 07/02/2022

DEPARTEMENT du GARD

COMPTE RE AREGHEp préfecture le 07/02/2022 7 DT

Séarice du 26 novembre 2021
"""


def test_a_mangled_reception_label_next_to_the_sending_line_is_the_reception_date() -> None:
    stamps = find_stamps(_FLAUX_OVERLAPPED)
    assert [s.pref_date for s in stamps] == ["2022-02-07"]
    assert stamps[0].start == _FLAUX_OVERLAPPED.index("AREGHEp")  # the reception line, not the sending one
    wide = document_stamp(stamps)
    assert wide is not None and wide.pref_date == "2022-02-07"


def test_the_sending_line_alone_or_a_sentence_is_no_reception() -> None:
    assert find_stamps("Envoyé en préfecture le 07/02/2022\nSéance du 26 novembre 2021\n") == []
    # without the stamp's sending line, a spoilt « … préfecture le » is not read
    assert find_stamps("COMPTE RE AREGHEp préfecture le 07/02/2022 7 DT\n") == []
    text = "Envoyé en préfecture le 07/02/2022\nLa convention, transmise à la préfecture le 10/02/2022, est jointe.\n"
    assert find_stamps(text) == []


# Corte, recueil du 1er juillet 2025 (corte/texte-ocr-projet-pertitellu/mairie-corte_deliberations_2025-07-01_
# downloads-1919.txt): each extract prints its stamp above its « OBJET », where the act is cut
_CORTE_ABOVE = """Accusé de réception - Ministére de l'Intérieur [02B-212000962-20250701-DEL-25-07-072-DE

Accusé certifié exécutoire

IRéception par le préfet ! 03/07/2025] Publication : 04/07/2025

OBJET: Divers :

> Modification de la Régie de Recettes de la Cantine Scolaire &

LE MAIRE,

Expose au Conseil qu’il convient de modifier la régie de recettes de la Caisse des Ecoles.

Accusé de réception - Ministère de l'Intérieur

[02B-212000962-20250701-DEL-25-07-073-DE|

Accusé certifié exécutoire

SECRETAIRE DE SEANCE : Monsieur Mare-Marie GUGLIELMI Publication | 04/07/2025

Accusé de réception - Ministère de l'Intérieur [02B-212000962-20250701-DEL-25-07-059-A-DE

[Réception par le préfet : 10/07/2025] Publication : 10/07/2025
"""


def test_the_stamp_whose_identifier_spells_the_act_number_is_its_own_even_above_its_span() -> None:
    stamps = find_stamps(_CORTE_ABOVE)
    begin, end = _CORTE_ABOVE.index("OBJET"), _CORTE_ABOVE.index("SECRETAIRE")
    pref = stamp_for_span(stamps, begin, end, document_stamp(stamps), "25-07/072")
    assert pref is not None
    assert (pref.pref_date, pref.actes_id) == ("2025-07-03", "02B-212000962-20250701-DEL-25-07-072-DE")
    # « …-059-A-DE » is not « 25-07/059 »'s: no identifier, no date rather than a neighbour's
    assert stamp_for_span(stamps, begin, end, document_stamp(stamps), "25-07/059") is None


# same recueil, act 25-07/050: its identifier spoilt by OCR, the next act's stamp inside its span
_CORTE_SPOILT = """Accusé de réception - Ministére de l'Intérieur

026-21 }2000962-20250701-DEL-25-07-050-DE|

Accusé certifié exécutoire

IRéception par le préfet ! 03/07/2025] Publication : 04/07/2025

OBJET : Finances Communales :

> OPAH: Individualisation de crédits «Travaux Lourds» au profit de Madame Anne-Laure LEONZI

Accusé de réception - Ministère de l'Intérieur [02B-212000962-20250701-DEL-25-07-051-DE

Réception par le préfet : 10/07/2025] Publication : 10/07/2025
"""


def test_a_spoilt_identifier_still_tells_whose_reception_date_it_is() -> None:
    stamps = find_stamps(_CORTE_SPOILT)
    pref = stamp_for_span(stamps, 0, len(_CORTE_SPOILT), document_stamp(stamps), "25-07/050")
    assert pref is not None and (pref.pref_date, pref.actes_id) == ("2025-07-03", None)


def test_a_spoilt_identifier_of_the_next_act_gives_nothing() -> None:
    # Corte, recueil du 18 mars 2025: act 25-03/010's span runs over act 011's annex and its stamp
    text = """OBJET : Régie de l'Eau « Cort'Acqua » : Adoption du Compte Financier Unique 2024

Accusé de réception - Ministére de l'Intérieur

02B-212000962-20250318-DEL-25-03-01 1-DE|

Accusé certifié exécutoire

Réception par le préfet : 20/03/2025 1 Publication : 21/03/2025

Accusé de réception - Ministère de l'Intérieur [02B-212000962-20250318-DEL-25-03-014D-DE

Réception par le préfet : 21/03/2025
"""
    stamps = find_stamps(text)
    end = text.index("Accusé de réception - Ministère")
    assert stamp_for_span(stamps, 0, end, document_stamp(stamps), "25-03/010") is None


def test_a_reception_before_the_act_is_another_acts_date() -> None:
    # Corte 1er juillet 2025, act 25-07/069 annexes the 2020 deliberation it replaces, with that one's stamp
    text = """[02B-212000962-20250701-DEL-25-07-069-DE|

Accusé certifié exécutoire

Réception par le préfet : 14/12/2020
"""
    assert [s.pref_date for s in find_stamps(text) if s.actes_id] == [None]


def test_a_misread_departement_takes_the_one_of_the_documents_other_identifiers() -> None:
    text = "\n\n".join(
        [f"[02B-212000962-20250701-DEL-25-07-06{n}-DE\nRéception par le préfet : 03/07/2025" for n in range(5)]
        + ["[028-212000962-20250701-DEL-25-07-068-DE|\nRéception par le préfet : 03/07/2025", "OBJET : Pièges"])
    stamps = find_stamps(text)
    pref = stamp_for_span(stamps, text.index("OBJET"), len(text), document_stamp(stamps), "25-07/068")
    assert pref is not None and pref.actes_id == "02B-212000962-20250701-DEL-25-07-068-DE"


# --------------------------------------------------------------------------- the mail-room stamp of a paper copy

# Flaux, compte rendu du 24 septembre 2021 (flaux/pdf-scannes/compte rendu du 24 sept 21.pdf), page 1: the stamp
# « PRÉFECTURE DU GARD / Reçu le / 22 OCT. 2021 / Bureau du Courrier » as the stamp's own reading gives it
_FLAUX_STAMP_READ = """en D Oo “ee té bem 7 ee — EVE 4
Reçu le | —
22 OCT. 2t21 Contrat d
mie)
ureau du Courrier || Le maire :
du Gard «
risques fir"""


def test_a_stamp_year_spoilt_by_ocr_is_the_one_in_the_year_after_the_seance() -> None:
    assert [s.pref_date for s in find_stamps(_FLAUX_STAMP_READ, date(2021, 9, 24))] == ["2021-10-22"]
    assert find_stamps(_FLAUX_STAMP_READ) == []  # without the séance, no year is made up
    # a day's digits apart (Flaux, 15 octobre 2021, page 3)
    apart = "PRÉFECTURE DU GARD)|\nReçu le\n0 3 DEC. 2021\nBureau du Courrier"
    assert [s.pref_date for s in find_stamps(apart, date(2021, 10, 15))] == ["2021-12-03"]
    # four digits read wrong, far from the séance: one digit mended, within the year after it (Flaux, 16 juin 2021)
    wrong = "PRÉFECTURE DU GARD\nReçu le\n30 SEP, 2071\nBureau du Courrier"
    assert [s.pref_date for s in find_stamps(wrong, date(2021, 6, 16))] == ["2021-09-30"]
    assert find_stamps(wrong.replace("2071", "2671"), date(2021, 6, 16)) == []  # two digits: nothing


def test_a_stamp_dated_before_the_seance_is_not_its_acts_reception() -> None:
    before = "PRÉFECTURE DU GARD\nReçu le\n12 MAR. 2021\nBureau du Courrier"
    assert find_stamps(before, date(2021, 3, 20)) == []
    assert [s.pref_date for s in find_stamps(before)] == ["2021-03-12"]  # no séance known: read as printed


_FIXTURE = Path(__file__).parent / "fixtures" / "stamp" / "scan_tampon_courrier.pdf"  # a drawn scan, faint stamp
TESSERACT = find_tesseract() is not None


@pytest.mark.skipif(not TESSERACT, reason="Tesseract (fra) n'est pas installé")
def test_the_stamp_is_read_again_on_its_own() -> None:
    engine = find_tesseract()
    assert engine is not None
    reading = stamp_reading(engine, _FIXTURE, 1)
    assert reading is not None
    assert [s.pref_date for s in find_stamps(reading, date(2021, 9, 24))] == ["2021-10-22"]


# what the page's OCR gives when it takes the stamp for a picture
_PAGE_WITHOUT_STAMP = """COMPTE RENDU DU CONSEIL MUNICIPAL DE LA COMMUNE DE FLAUX
Séance du 24 septembre 2021
L'an deux mille vingt et un le vingt-quatre septembre, le Conseil Municipal de la commune, régulièrement convoqué,
s'est réuni sous la présidence du Maire.
Objet : Contrat d'assurance contre les risques statutaires
Le maire propose au conseil municipal que la commune charge le Centre de Gestion de négocier un contrat groupe.
Vote : à l'unanimité
"""


@pytest.mark.skipif(not TESSERACT, reason="Tesseract (fra) n'est pas installé")
def test_the_import_reads_a_stamp_the_page_ocr_missed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    shutil.copy(_FIXTURE, folder / "compte rendu du 24 sept 21.pdf")
    monkeypatch.setattr(ocr_module, "_ocr_png", lambda engine, png: _PAGE_WITHOUT_STAMP)
    with Library(tmp_path / "d", embedder="hashing") as lib:
        lib.import_folder(folder)
        acts = lib.acts()
        assert acts and {a.pref_date for a in acts} == {"2021-10-22"}
        assert "Reçu le" in lib.page_text(acts[0].file_id, 1)


def test_a_scan_whose_text_shows_a_reception_is_not_read_again(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    shutil.copy(_FIXTURE, folder / "a.pdf")
    calls: list[int] = []
    monkeypatch.setattr("indexer.importer.find_tesseract", lambda language: OcrEngine("tesseract", "fra"))
    monkeypatch.setattr(ocr_module, "_ocr_png",
                        lambda engine, png: _PAGE_WITHOUT_STAMP + "Reçu en préfecture le 22/10/2021\n")
    monkeypatch.setattr("indexer.importer.stamp_reading", lambda engine, path, page: calls.append(page))
    with Library(tmp_path / "d", embedder="hashing") as lib:
        lib.import_folder(folder)
        assert calls == [] and {a.pref_date for a in lib.acts()} == {"2021-10-22"}
    monkeypatch.setattr(ocr_module, "_ocr_png", lambda engine, png: _PAGE_WITHOUT_STAMP)
    with Library(tmp_path / "e", embedder="hashing") as lib:
        lib.import_folder(folder)
        assert calls == [1]  # one scanned page: read once, nothing found
        assert {a.pref_date for a in lib.acts()} == {None}
