"""`registre acts --json`: the stable contract bench/score_acts.py measures from outside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from registre.cli import main

ACT_KEYS = {"path", "pages", "seq", "act_number", "objet", "date", "collectivite", "doc_type", "matter_code", "vote",
            "adopted", "pref_date", "actes_id"}
VOTE_KEYS = {"pour", "contre", "abstention", "unanimite", "effectif", "presents", "votants"}


def _acts(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    assert main(["acts", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_acts_json_contract_on_the_sample_library(imported_library, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(imported_library.data_dir)
    acts = _acts(capsys, "--data-dir", data_dir)
    assert acts and all(set(a) == ACT_KEYS and set(a["vote"]) == VOTE_KEYS for a in acts)
    # the agenda of the samples names acts; it is not one
    assert not [a for a in acts if a["doc_type"] in ("liste", "ordre-du-jour", "annexe")]
    assert any("ordre_du_jour" in f.path for f in imported_library.files())
    football = next(a for a in acts if a["act_number"] == "2021-014")
    assert football["vote"]["pour"] == 11 and football["vote"]["contre"] == 1 and football["date"] == "2021-03-12"
    one_file = _acts(capsys, "--data-dir", data_dir, "--path", football["path"])
    assert {a["path"] for a in one_file} == {football["path"]} and [a["seq"] for a in one_file] == sorted(
        a["seq"] for a in one_file)
    folder = football["path"].split("/")[0]
    assert {a["path"].split("/")[0] for a in _acts(capsys, "--data-dir", data_dir, "--path", folder)} == {folder}
    by_place = _acts(capsys, "--data-dir", data_dir, "--collectivite", "saint aubin sur loire")
    assert by_place and {a["collectivite"] for a in by_place} == {"Saint-Aubin-sur-Loire"}


def test_acts_without_a_library_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["acts", "--data-dir", str(tmp_path / "rien"), "--json"]) == 2
    assert "aucune bibliothèque" in capsys.readouterr().err
    assert not (tmp_path / "rien").exists()


def test_stamp_and_list_reach_the_catalogue_stats_and_the_scdl_export(fast_library, tmp_path: Path) -> None:
    """Read, stored, exported: PREF_DATE/PREF_ID from the stamp; a list's lines reported as listed but not found."""
    folder = tmp_path / "mairie"
    folder.mkdir()
    (folder / "extrait_2024-15.txt").write_text(
        "Commune de Pierrefonds\nConseil municipal du 10 avril 2024\nDélibération n° D2024-15\n"
        "Objet : Compte Financier Unique 2023\nLe conseil municipal, après en avoir délibéré, approuve le compte.\n"
        "Pour : 15 Contre : 2 Abstention : 0\nReçu en préfecture le 12/04/2024\n"
        "ID : 060-216004911-20240410-D2024_15-DE\n", encoding="utf-8")
    (folder / "REPERTOIRE-CHRONOLOGIQUE-2024.txt").write_text(
        "RÉPERTOIRE CHRONOLOGIQUE DES DÉLIBÉRATIONS 2024\nDATE Numéro OBJET\n"
        "10/04/2024 2024_15 Compte Financier Unique 2023 Approuvée\n"
        "10/04/2024 2024_17 Subventions 2024 aux associations Approuvée\n", encoding="utf-8")
    fast_library.import_folder(folder)
    stats = fast_library.stats()
    assert stats["acts"] == 1 and stats["listed_refs"] == 2
    (listing,) = stats["listes"]
    assert (listing["lignes"], listing["trouvees"]) == (2, 1)
    assert listing["introuvables"][0]["numero"] == "2024_17"
    assert "2024_17 listé" in listing["introuvables"][0]["message"]
    out = tmp_path / "scdl.csv"
    assert fast_library.export_scdl(out) == 1
    row = out.read_text(encoding="utf-8").splitlines()[1]
    assert "2024-04-12" in row and "060-216004911-20240410-D2024_15-DE" in row and ",15,2,0," in row


def test_a_reader_that_closes_the_pipe_is_no_error(imported_library) -> None:
    # `registre acts --json | head -c 1`: the reader stops early; Registre says nothing and exits 0
    import subprocess
    import sys

    repo = Path(__file__).resolve().parent.parent
    process = subprocess.Popen([sys.executable, "-m", "registre", "acts", "--json", "--data-dir",
                                str(imported_library.data_dir)], cwd=repo, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the first line
    errors = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=120) == 0
    assert "inattendue" not in errors and "Traceback" not in errors
