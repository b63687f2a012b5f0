"""`registre draft …` end to end on the sample deliberations, with a scripted model where one is needed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.drafting import cli as draft_cli
from assistant.llm import ScriptedLLM
from indexer import Library
from registre.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "sample_deliberations"
pytestmark = pytest.mark.skipif(not (SAMPLES / "saint-aubin-sur-loire").is_dir(), reason="sample_deliberations/ absent")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli") / "docs"
    for year in ("2021", "2024"):
        shutil.copytree(SAMPLES / "saint-aubin-sur-loire" / year, root / "saint-aubin-sur-loire" / year)
    with Library(root.parent / "data", embedder="hashing") as lib:
        lib.import_folder(root)
    return root.parent / "data"


@pytest.fixture(autouse=True)
def _hashing_embedder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTRE_EMBEDDER", "hashing")


def test_pv_command_writes_the_file_and_reports_facts(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pv.docx"
    assert main(["draft", "pv", "--seance", "2024-03-28", "--out", str(out), "--data-dir", str(data_dir)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert Path(report["path"]) == out.resolve() and out.stat().st_size > 0
    filled = {f["fact"]: f for f in report["filled"]}
    assert filled["heure_ouverture"]["value"] == "20 h 00"
    assert filled["heure_ouverture"]["source"] == {
        "path": "saint-aubin-sur-loire/2024/PV_CM_2024-03-28.pdf",
        "page": 1,
    }
    assert "[à compléter : nom et signature du maire]" in report["placeholders"]
    assert {c["act_number"] for c in report["citations"]} >= {"2024-011", "2024-017"}
    assert report["ai_mark"] is True

    # a second run must not replace the clerk's file
    before = out.read_bytes()
    assert main(["draft", "pv", "--seance", "2024-03-28", "--out", str(out), "--data-dir", str(data_dir)]) == 1
    assert "existe déjà" in capsys.readouterr().err and out.read_bytes() == before

    # validating a PV that still has gaps is allowed, but said
    args = [
        "draft",
        "pv",
        "--seance",
        "2024-03-28",
        "--out",
        str(out),
        "--data-dir",
        str(data_dir),
        "--overwrite",
        "--validated-by",
        "Marie Dupont",
    ]
    assert main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ai_mark"] is False and "il reste" in report["warnings"][0]


def test_liste_command_validated_has_no_ai_mark(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "liste.odt"
    args = [
        "draft",
        "liste",
        "--seance",
        "2021-03-12",
        "--out",
        str(out),
        "--data-dir",
        str(data_dir),
        "--validated-by",
        "Marie Dupont",
    ]
    assert main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ai_mark"] is False and [c["act_number"] for c in report["citations"]] == [
        "2021-014",
        "2021-015",
    ]
    assert report["warnings"] == []  # every fact of this liste came from the documents


def test_unknown_session_is_a_french_error(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "liste.odt"
    assert main(["draft", "liste", "--seance", "2024-03-29", "--out", str(out), "--data-dir", str(data_dir)]) == 1
    assert "Aucun acte indexé pour la séance du 29 mars 2024" in capsys.readouterr().err
    assert not out.exists()


def test_email_without_model_says_so_and_writes_nothing(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(draft_cli, "_load_llm", lambda args: None)
    out = tmp_path / "reponse.docx"
    args = [
        "draft",
        "email",
        "--question",
        "Quel montant pour le club de football en 2021 ?",
        "--out",
        str(out),
        "--data-dir",
        str(data_dir),
    ]
    assert main(args) == 1
    assert "sans le modèle de langue local" in capsys.readouterr().err
    assert not out.exists()


def test_email_with_a_model_writes_a_letter(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    llm = ScriptedLLM(["L'Association Sportive de Saint-Aubin a reçu 1 500 euros [1]."])
    monkeypatch.setattr(draft_cli, "_load_llm", lambda args: llm)
    out = tmp_path / "reponse.odt"
    args = [
        "draft",
        "email",
        "--question",
        "Quelle subvention pour le club de football en 2021 ?",
        "--tone",
        "cordial",
        "--out",
        str(out),
        "--data-dir",
        str(data_dir),
    ]
    assert main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert out.exists() and report["title"] == "Projet de réponse"
    assert llm.calls, "the question went to the model"
    assert "[à compléter : nom et qualité du signataire]" in report["placeholders"]


def test_bad_arguments_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["draft", "pv", "--seance", "28/03/2024", "--out", "pv.docx"])
    assert exit_.value.code == 2 and "AAAA-MM-JJ" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["draft", "liste", "--seance", "2024-03-28", "--out", "liste.pdf"])
