"""Issue 11, session 12: the préfecture's reception date where OCR spoilt the stamp (real excerpts, shortened)."""

from __future__ import annotations

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
