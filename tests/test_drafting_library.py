"""Drafts through the real Library on the shipped sample deliberations (multi-act procès-verbal)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.drafting.liste import build_liste
from assistant.drafting.proces_verbal import build_proces_verbal
from assistant.export import Table
from indexer import Library

SAMPLES = Path(__file__).resolve().parent.parent / "sample_deliberations"
COMMUNE = "saint-aubin-sur-loire"
PV_FILE = f"{COMMUNE}/2024/PV_CM_2024-03-28.pdf"

pytestmark = pytest.mark.skipif(not (SAMPLES / COMMUNE).is_dir(), reason="sample_deliberations/ absent")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    root = tmp_path_factory.mktemp("registre") / "docs"
    for year in ("2021", "2024"):  # two sessions are enough; the scans would cost OCR time
        shutil.copytree(SAMPLES / COMMUNE / year, root / COMMUNE / year)
    lib = Library(root.parent / "data", embedder="hashing")
    report = lib.import_folder(root)
    assert not report.failed
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def truth() -> dict[str, dict]:
    data = json.loads((SAMPLES / "ground_truth.json").read_text(encoding="utf-8"))
    return {a["act_number"]: a for a in data["acts"] if a.get("act_number")}


def test_pv_of_a_real_session_fills_facts_and_invents_none(library: Library, truth: dict[str, dict]) -> None:
    result = build_proces_verbal(library, "2024-03-28")
    facts = {f.name: f for f in result.filled}
    attendance = truth["2024-011"]["attendance"]
    assert facts["membres_en_exercice"].value == attendance["effectif"]
    assert facts["presents_nombre"].value == attendance["presents"]
    assert facts["votants"].value == attendance["votants"]
    assert facts["heure_ouverture"].value == "20 h 00" and facts["heure_ouverture"].path == PV_FILE
    assert facts["heure_cloture"].value == "22 h 40" and facts["heure_cloture"].page == 5
    assert facts["president"].value == "Monsieur Bernard LEFÈVRE"
    assert facts["secretaire"].value == "Mme Nathalie PERRIN"
    assert "Mme Sandrine COLIN (pouvoir à Mme Sylvie BOUCHER)" in facts["representes"].value
    assert len(facts["presents"].value) == attendance["presents"]

    # every name and number read from the text is printed on the page it cites
    for fact in result.filled:
        if fact.path != PV_FILE or fact.name.startswith(("heure", "quorum")) or "(" in fact.name:
            continue
        act = next(a for a in library.acts() if a.path == PV_FILE)
        page = " ".join(library.page_text(act.file_id, fact.page).split())
        values = fact.value if isinstance(fact.value, tuple) else (fact.value,)
        for value in values:
            for name in str(value).removesuffix(")").split(" (pouvoir à "):
                assert name in page, (fact.name, name)

    # quoted interventions are copied, not written: each one is in the minutes word for word
    act = next(a for a in library.acts() if a.path == PV_FILE)
    whole = " ".join(" ".join(library.page_text(act.file_id, n).split()) for n in range(1, 6))
    quotes = [q for f in result.filled if f.name.startswith(("interventions", "questions")) for q in f.value]
    assert "Mme Émilie ROBIN demande si le syndicat assure aussi la capture des chats errants." in quotes
    assert all(q in whole for q in quotes)

    table = next(b for b in result.draft.blocks if isinstance(b, Table))
    numbers = [row[0] for row in table.rows]
    assert numbers == sorted(n for n, a in truth.items() if a["file"] == PV_FILE)
    for number, objet, vote, _result in table.rows:
        expected = truth[number]
        assert objet == expected["objet"]
        if expected["votes"]["unanimite"]:
            assert "unanimité" in vote
        else:
            assert f"{expected['votes']['pour']}" in vote
    assert not any("heure" in p for p in result.placeholders)
    assert "[à compléter : teneur des débats sur le point 2024-013]" in result.placeholders


def test_liste_of_a_real_session(library: Library, truth: dict[str, dict]) -> None:
    result = build_liste(library, "2021-03-12")
    table = next(b for b in result.draft.blocks if isinstance(b, Table))
    assert [row[0] for row in table.rows] == ["2021-014", "2021-015"]  # the liste itself is not a decision
    assert table.rows[0][3] == "Pour : 11, contre : 1, abstention : 1"
    assert table.rows[1][3].startswith("À l'unanimité")
    assert all(row[2] == "Adoptée" for row in table.rows)
    assert {c.path for c in result.citations} == {truth["2021-014"]["file"], truth["2021-015"]["file"]}
