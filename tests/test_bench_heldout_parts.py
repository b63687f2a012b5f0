"""The held-out act truth parts stay out of the default measure and out of the named re-read diffs.

bench/ is not a package: its two scripts are loaded from their files. The truth lines are written here, so the test
does not depend on the corpus (absent from a fresh clone)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _truth_line(path: str, split: str) -> str:
    act = {"act_number": None, "objet": "Tarifs de la cantine", "page": 1, "vote": None, "adopted": True,
           "pref_date": None, "actes_id": None}
    return json.dumps({"path": path, "split": split, "collectivite": "Exemple", "siren": None,
                       "doc_type": "proces-verbal", "seance_date": "2024-01-15", "acts": [act], "decisions": [],
                       "listed": [], "not_acts": [], "notes": ""})


def _files(figures: dict) -> dict[str, int]:
    return {name: split["files"] for name, split in figures["splits"].items() if split["files"]}


def test_held_out_parts_are_scored_only_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    score_acts = _load("score_acts")
    (tmp_path / "acts_truth.part-X.jsonl").write_text(
        "".join(_truth_line(path, split) + "\n" for path, split in (("a/dev.pdf", "dev"), ("a/g.pdf", "G"),
                                                                      ("a/h.pdf", "H"), ("a/i.pdf", "I"),
                                                                      ("a/j.pdf", "J"), ("a/k.pdf", "K"),
                                                                      ("a/l.pdf", "L"), ("a/m.pdf", "M"))),
        encoding="utf-8")
    preds = tmp_path / "preds.json"
    preds.write_text(json.dumps([]), encoding="utf-8")
    common = ["--predictions", str(preds), "--truth", str(tmp_path / "acts_truth*.jsonl"), "--json"]

    assert score_acts.main(common) == 0
    assert _files(json.loads(capsys.readouterr().out)) == {"dev": 1, "all": 1}
    assert score_acts.main([*common, "--part-h"]) == 0
    assert _files(json.loads(capsys.readouterr().out)) == {"dev": 1, "all": 1, "H": 1}  # its own column, not "all"
    assert score_acts.main([*common, "--part-g", "--part-h"]) == 0
    assert _files(json.loads(capsys.readouterr().out)) == {"dev": 1, "all": 1, "G": 1, "H": 1}
    assert score_acts.main([*common, "--part-j"]) == 0
    assert _files(json.loads(capsys.readouterr().out)) == {"dev": 1, "all": 1, "J": 1}
    assert score_acts.main([*common, "--part-i", "--part-j"]) == 0
    assert _files(json.loads(capsys.readouterr().out)) == {"dev": 1, "all": 1, "I": 1, "J": 1}
    assert score_acts.main([*common, "--part-k"]) == 0
    assert _files(json.loads(capsys.readouterr().out)) == {"dev": 1, "all": 1, "K": 1}  # its own column, not "all"
    assert score_acts.main([*common, "--part-j", "--part-k"]) == 0
    assert _files(json.loads(capsys.readouterr().out)) == {"dev": 1, "all": 1, "J": 1, "K": 1}
    assert score_acts.main([*common, "--part-l"]) == 0
    assert _files(json.loads(capsys.readouterr().out)) == {"dev": 1, "all": 1, "L": 1}  # its own column, not "all"
    assert score_acts.main([*common, "--part-k", "--part-l"]) == 0
    assert _files(json.loads(capsys.readouterr().out)) == {"dev": 1, "all": 1, "K": 1, "L": 1}
    assert score_acts.main([*common, "--part-m"]) == 0
    assert _files(json.loads(capsys.readouterr().out)) == {"dev": 1, "all": 1, "M": 1}  # its own column, not "all"


def test_reread_hides_held_out_parts_and_their_twins_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    reread = _load("reread_library")
    devset = tmp_path / "devset"
    devset.mkdir()
    for part in "BEGHIJKL":
        (devset / f"acts_truth.part-{part}.jsonl").write_text(_truth_line(f"c/{part}.pdf", part) + "\n",
                                                              encoding="utf-8")
    (devset / "acts_truth.part-A.jsonl").write_text(
        _truth_line("c/Adev.pdf", "dev") + "\n" + _truth_line("c/Aheldout.pdf", "heldout") + "\n", encoding="utf-8")
    (devset / "acts_part_i_files.txt").write_text("c/Idrawn.pdf\n", encoding="utf-8")  # judged: its truth wins
    (devset / "acts_part_m_files.txt").write_text("c/M.pdf\n", encoding="utf-8")  # drawn, not yet judged
    monkeypatch.setattr(reread, "HERE", tmp_path)
    act = {"path": "", "pages": [1], "act_number": None, "objet": "x", "date": None, "collectivite": None,
           "doc_type": "proces-verbal", "vote": None, "adopted": None, "pref_date": None, "actes_id": None}
    before: dict[str, list[dict]] = {"acts": [], "files": []}
    changed = ["c/B.pdf", "c/E.pdf", "c/G.pdf", "c/Idrawn.pdf", "c/H.pdf", "c/H.txt", "c/J.pdf", "c/J.txt",
               "c/K.pdf", "c/K.txt", "c/L.pdf", "c/L.txt", "c/Aheldout.pdf", "c/I.pdf", "c/M.pdf", "c/M.txt",
               "c/Adev.pdf"]
    after = {"acts": [dict(act, path=path) for path in changed], "files": []}
    (tmp_path / "before.json").write_text(json.dumps(before), encoding="utf-8")
    monkeypatch.setattr(reread, "reread", lambda data_dir, only: after)
    monkeypatch.setattr(sys, "argv", ["reread_library.py", str(tmp_path), "--out", str(tmp_path / "after.json"),
                                      "--diff", str(tmp_path / "before.json")])

    assert reread.main() == 0
    out = capsys.readouterr().out
    assert out.startswith("17 files changed (4 hidden)")
    # tuning data (H from session 11 on, J from session 12 on, K from session 13 on, L from session 14 on, their
    # twins too), I's stale list: named
    for tuning in ("c/B.pdf", "c/E.pdf", "c/G.pdf", "c/H.pdf", "c/H.txt", "c/J.pdf", "c/J.txt", "c/K.pdf", "c/K.txt",
                   "c/L.pdf", "c/L.txt", "c/Adev.pdf", "c/Idrawn.pdf"):
        assert tuning in out
    for held_out in ("c/Aheldout.pdf", "c/I.pdf", "c/M.pdf", "c/M.txt"):  # nor their twins
        assert held_out not in out
