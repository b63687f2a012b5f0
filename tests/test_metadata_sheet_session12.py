"""An open-data catalogue's metadata sheet describes a dataset of deliberations: it is no act and no SCDL row."""

from __future__ import annotations

import csv
from pathlib import Path

from indexer.metadata import find_doc_type
from indexer.models import ActRecord, DocType, PageText
from indexer.scdl import write_scdl
from indexer.segment import analyse

# montpellier-opendata/metadata/README_VilleMTP_MTP_PVCM.txt, shortened
_SHEET = """--------------------------------------------------
Données publiques ouvertes - Montpellier Territoire Numérique
--------------------------------------------------
Fiche métadonnées
--------------------------------------------------

* ID : 126

* URL : http://opendata.montpelliernumerique.fr/Proces-verbal-du-Conseil-Municipal

* IDENTIFIANT : VilleMTP_MTP_PVCM

* TITRE : Procès verbal du Conseil Municipal

* DESCRIPTION : Cette donnée renseigne les procès verbaux des conseils municipaux de la Ville de Montpellier à partir
de l’année 2009. Les procès verbaux sont disponibles par conseil en fichier pdf ou word.

* LICENCE : LICENCE OUVERTE / OPEN LICENCE

* MOTS CLÉS : procès verbal ; délibération ; conseil municipal ; démocratie ; montpellier

* DATE PUBLICATION : 2014-02-13

* MISE À JOUR : 2014-06-23
"""


def test_a_metadata_sheet_is_no_minutes_nor_deliberation() -> None:
    assert find_doc_type("README_VilleMTP_MTP_PVCM.txt", _SHEET) == "autre"
    # the same fields without the sheet's title still make a sheet
    assert find_doc_type("notice.txt", _SHEET.replace("Fiche métadonnées", "")) == "autre"
    (act,) = analyse([PageText(1, _SHEET)], "README_VilleMTP_MTP_PVCM.txt").acts
    assert (act.act_number, act.objet) == (None, None)


def test_minutes_that_print_a_url_stay_minutes() -> None:
    minutes = ("PROCÈS-VERBAL DE LA SÉANCE DU 12 MARS 2024\nPrésents : 15\n* URL : https://example.fr\n"
               "* LICENCE : ouverte\n* DATE PUBLICATION : 2024-03-20\n* MISE À JOUR : 2024-03-21\n")
    assert find_doc_type("pv.txt", minutes) == "proces-verbal"


def test_the_empty_record_of_a_document_of_no_known_kind_is_no_scdl_row(tmp_path: Path) -> None:
    sheet = ActRecord(1, 1, "metadata/README_VilleMTP_MTP_PVCM.txt", "/m", DocType.AUTRE, 1, 1,
                      collectivite="Montpellier")
    act = ActRecord(2, 2, "delib/2014-05-22.pdf", "/m", DocType.DELIBERATION, 1, 1, "2014/131", "Subvention",
                    "2014-05-22", "Montpellier")
    out = tmp_path / "scdl.csv"
    assert write_scdl([sheet, act], out) == 1
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r.get("DELIB_ID") for r in rows] == ["2014/131"]
