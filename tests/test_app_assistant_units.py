"""Pieces of the assistant panel that need no library: the draft's round trip through the editor,
file names, confidence badges, séance dates, remembered validator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import app_fixtures
import pytest

from assistant.export import BulletList, Draft, Heading, Paragraph, SourceRef, Sources, Table
from indexer.models import ActRecord

pytestmark = pytest.mark.gui
config_dir = app_fixtures.config_dir

DRAFT = Draft(
    "Procès-verbal de la séance du 28 mars 2024",
    "Conseil municipal de Saint-Aubin-sur-Loire",
    [
        Paragraph("Le 28 mars 2024 à [à compléter : heure d'ouverture], le conseil s'est réuni."),
        Heading(1, "Ordre du jour"),
        BulletList(["2024-011 — Compte administratif", "2024-012 — Affectation du résultat"]),
        Heading(2, "Récapitulatif des votes"),
        Table(["N°", "Objet", "Vote"], [["2024-011", "Compte administratif", "14 pour"], ["2024-012", "Résultat", ""]]),
        Paragraph("Résumé des débats proposé par le modèle.", ai_generated=True),
        Sources([SourceRef("saint-aubin/PV_CM_2024-03-28.pdf", 1, "2024-011", "Compte administratif", "2024-03-28")]),
    ],
)


def test_a_draft_survives_the_editor_unchanged_and_keeps_edits(qtbot: Any) -> None:
    from PySide6.QtGui import QTextDocument

    from app.assistant.draft_document import placeholders_in, read_draft, render_draft

    doc = QTextDocument()
    render_draft(doc, DRAFT)
    back = read_draft(doc, DRAFT)
    assert (back.title, back.subtitle, back.blocks) == (DRAFT.title, DRAFT.subtitle, DRAFT.blocks)
    assert placeholders_in(doc) == ["[à compléter : heure d'ouverture]"]

    cursor = doc.find("[à compléter : heure d'ouverture]")
    cursor.insertText("20 h 30")
    cursor = doc.find("Compte administratif")  # first occurrence: the list item
    cursor.insertText("Compte administratif 2023")
    edited = read_draft(doc, DRAFT)
    assert edited.blocks[0] == Paragraph("Le 28 mars 2024 à 20 h 30, le conseil s'est réuni.")
    assert edited.blocks[2] == BulletList(
        ["2024-011 — Compte administratif 2023", "2024-012 — Affectation du résultat"]
    )
    assert edited.sources() == DRAFT.sources() and placeholders_in(doc) == []


def test_validated_draft_keeps_its_validation(qtbot: Any) -> None:
    from PySide6.QtGui import QTextDocument

    from app.assistant.draft_document import read_draft, render_draft

    validated = DRAFT.validate("Claire Martin")
    doc = QTextDocument()
    render_draft(doc, validated)
    back = read_draft(doc, validated)
    assert back.validated_by == "Claire Martin" and not back.shows_ai_mark


def test_file_names_are_plain_and_whole_words() -> None:
    from app.assistant.draft_editor import file_stem

    assert file_stem("Procès-verbal de la séance du 28 mars 2024") == "proces-verbal-de-la-seance-du-28-mars-2024"
    assert file_stem("Objet : « l'été » " * 10, limit=30) == "objet-l-ete-objet-l-ete-objet"
    assert file_stem("???") == "brouillon"


def test_confidence_badge_tells_refusal_medium_and_high(qtbot: Any) -> None:
    from app.assistant.rendering import confidence_badge

    assert confidence_badge(0.9, False, "llm", 0.3733) == ("Confiance élevée : 90 % (seuil 37 %)", "#2e7d32")
    text, colour = confidence_badge(0.6, False, "llm", 0.3733)
    assert text.startswith("Confiance moyenne : 60 % (seuil 37 %)") and colour == "#ef6c00"
    assert confidence_badge(0.2, True, "llm", 0.3733) == ("Pas de réponse sûre — confiance 20 %, seuil 37 %", "#c62828")
    assert confidence_badge(1.0, False, "catalogue", 0.3733)[0] == "Réponse exacte, tirée du catalogue"
    # Whole percents that would read the same on both sides of the threshold get a decimal.
    assert confidence_badge(0.372, True, "llm", 0.3733)[0] == "Pas de réponse sûre — confiance 37,2 %, seuil 37,3 %"
    assert confidence_badge(0.3748, False, "llm", 0.3733)[0].startswith("Confiance moyenne : 37,5 % (seuil 37,3 %)")


def test_words_to_highlight_skip_small_words() -> None:
    from app.assistant.rendering import words_to_highlight

    assert words_to_highlight("une subvention de 1 500 € à l'Association Sportive") == (
        "subvention",
        "1",
        "500",
        "l'Association",
        "Sportive",
    )
    assert words_to_highlight(None) == ()


def _act(act_id: int, date: str | None, commune: str | None) -> ActRecord:
    return ActRecord(act_id, act_id, f"{act_id}.pdf", "/r", "deliberation", 1, 1, date=date, collectivite=commune)


def test_known_seances_most_recent_first_with_counts() -> None:
    from app.assistant.drafting_tab import known_seances

    acts = [_act(1, "2024-03-28", "A"), _act(2, "2024-03-28", "A"), _act(3, "2022-09-29", "B"), _act(4, None, "A")]
    acts.append(_act(5, "2024-03-28", "B"))
    assert known_seances(acts) == [(("2024-03-28", "B"), 1), (("2024-03-28", "A"), 2), (("2022-09-29", "B"), 1)]


def test_validator_name_is_remembered_in_the_config_folder(config_dir: Path) -> None:
    from app.assistant.preferences import AssistantPreferences

    assert AssistantPreferences.load().validator_name == ""
    assert AssistantPreferences("Claire Martin").save()
    assert (config_dir / "assistant.json").is_file()
    assert AssistantPreferences.load().validator_name == "Claire Martin"
    (config_dir / "assistant.json").write_text("{pas du json", encoding="utf-8")
    assert AssistantPreferences.load().validator_name == ""


def test_a_source_whose_stored_objet_is_a_vote_line_is_named_by_its_file() -> None:
    from app.assistant.rendering import act_label

    # stored on the real corpus as an objet (Pierrefonds PV): the card must not show it as one
    vote_line = {"act_number": None, "objet": "− Abstention : 1, Monsieur TANGUY", "date": "2024-04-10",
                 "path": "pierrefonds/conseil-municipal/CM-du-10-avril-2024.pdf"}
    label = act_label(vote_line)
    assert "TANGUY" not in label and "CM-du-10-avril-2024.pdf" in label and "10/04/2024" in label
    good = dict(vote_line, act_number="D2024-17", objet="Subventions 2024 aux associations")
    assert act_label(good).startswith("N° D2024-17 — Subventions 2024 aux associations")


def test_readme_asks_the_example_the_panel_shows_and_the_real_model_test_checks() -> None:
    """README's `registre ask` example is the panel's example question, the one the sample library answers
    (tests/test_assistant_real_model.py checks « 3,20 € » from the 2021-015 act): the football question it
    showed before is refused on the samples, which the README now says beside it."""
    import re

    from app.assistant.question_tab import QuestionTab

    repo = Path(__file__).resolve().parent.parent
    readme = (repo / "README.md").read_text(encoding="utf-8")
    asked = re.findall(r'^registre ask "([^"]+)"', readme, flags=re.MULTILINE)
    assert len(asked) == 1
    source = Path(QuestionTab.__module__.replace(".", "/") + ".py")
    assert f'"{asked[0]}"' in (repo / source).read_text(encoding="utf-8")  # the panel's example
    real = (repo / "tests" / "test_assistant_real_model.py").read_text(encoding="utf-8")
    checked = real[real.index("def test_saint_aubin_cantine_question_answered_right") :]
    assert f'"{asked[0]}"' in checked[: checked.index("\ndef ")]
    assert "Je ne peux pas l'affirmer" in readme  # what the football question gets on the samples is said
