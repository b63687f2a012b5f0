"""Session 4 of issue 11: rules that hold for a layout family, not one file. Each on a short excerpt of a real
corpus file (names of private persons replaced); each fails without its rule. Whole-corpus effect and the
measure on unseen files: bench/devset/acts_after_session4.txt."""

from __future__ import annotations

from indexer.models import PageText
from indexer.segment import analyse
from indexer.stamps import document_stamp, find_stamps, stamp_for_span


def _extract(number: str, objet: str, reception: str) -> str:
    """One extract of Corte's OCR'd recueil of 28 October 2025 (corte/texte-ocr-projet-pertitellu/
    mairie-corte_deliberations_2025-10-28_downloads-1909.txt), shortened."""
    return f"""{number}
COMMUNE DE CORTE
DELIBERATION DU CONSEIL MUNICIPAL
SEANCE DU 28 Octobre 2025
DATE DE CONVOCATION : 20 Octobre 2025 PRÉSENTS : 20 ABSENTS 07 PROCURATIONS : 02
SECRÉTAIRE DE SÉANCE : Monsieur Marc DUPONT
OBJET : Finances Communales : {objet}
LE MAIRE,
Expose qu’il s’agit de fixer les modalités de financement du projet.
Le Maire invite le Conseil à délibérer.
Accusé de réception - Ministère de l'Intérieur
[02B-212000962-20251030-DEL-{number.replace('/', '-')}-DE]
Accusé certifié exécutoire
{reception} Publication : 30/10/2025
Pour l'autorité compétente par délégation
{number}
LE CONSEIL,
Après en avoir délibéré,
A l’unanimité des membres présents et représentés,
APPROUVE la proposition.
"""


RECUEIL = "".join([
    _extract("25-10/075", "Plan de financement Requalification du Centre Ancien.",
             "Réception par le préfet : 30/10/2025}"),
    _extract("25-10/076", "Plan de financement Espace Logirem.", "Réception par le préfet : 30/10/202"),
    _extract("25-10/077", "Modification du Plan de financement acquisition des parcelles AD 106 à AD 109.",
             "Réception par le préfet : 30/10/2707S"),
])


def test_a_recueil_of_extracts_stays_deliberations() -> None:
    """Three acts under one heading are minutes, but a recueil prints « DELIBERATION DU CONSEIL MUNICIPAL »
    over each of its extracts: it stays a set of deliberations (the 4 Corte recueils of the corpus)."""
    analysis = analyse([PageText(1, RECUEIL)], "mairie-corte_deliberations_2025-10-28_downloads-1909.txt")
    assert [a.act_number for a in analysis.acts] == ["25-10/075", "25-10/076", "25-10/077"]
    assert analysis.doc_type == "deliberation"


def test_a_reception_date_ocr_cut_or_garbled_is_the_recueils_single_date() -> None:
    """« Réception par le préfet : 30/10/202 » (cut) and « 30/10/2707S » (a year OCR made up) give no date;
    every stamp of the recueil that prints a real date prints 30/10/2025: that is the act's date."""
    stamps = find_stamps(RECUEIL)
    assert {s.pref_date for s in stamps} == {"2025-10-30", None}  # 2707 is no year
    second = RECUEIL.index("25-10/076")
    third = RECUEIL.index("25-10/077")
    pref = stamp_for_span(stamps, second, third, document_stamp(stamps), "25-10/076")
    assert pref is not None and pref.pref_date == "2025-10-30"
    assert pref.actes_id == "02B-212000962-20251030-DEL-25-10-076-DE"
    pref = stamp_for_span(stamps, third, len(RECUEIL), document_stamp(stamps), "25-10/077")
    assert pref is not None and pref.pref_date == "2025-10-30"


def test_reception_dates_that_differ_give_no_date_to_an_act_without_its_own() -> None:
    """Corte's recueil of 18 March 2025 was received on 20/03, 21/03 and 01/04/2025: an act whose stamp OCR
    lost gets no date rather than a neighbour's."""
    text = RECUEIL.replace("30/10/2025}", "20/03/2025}").replace("30/10/2707S", "01/04/2025")
    stamps = find_stamps(text)
    second = text.index("25-10/076")
    pref = stamp_for_span(stamps, second, text.index("25-10/077"), document_stamp(stamps), "25-10/076")
    assert pref is not None and pref.pref_date is None
