"""The answer card and the model settings as the clerk reads them (issue 13's screenshots, retaken in
session 5): the passage's lines, the list of sources, the threshold shown after a calibration."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import app_fixtures
import pytest

from assistant.evidence import Evidence
from assistant.llm import Message, ScriptedLLM
from indexer.testing import FakeAct, MemoryLibrary

pytestmark = pytest.mark.gui
config_dir = app_fixtures.config_dir

# Page 1 and page 2 of sample_deliberations/saint-aubin-sur-loire/2021/2021-015_tarifs_cantine.pdf as
# pypdfium2 reads them (line breaks of the printed page kept).
CANTINE_P1 = (
    "Il est proposé de fixer le prix du repas enfant à 3,20 € (contre 3,05 € depuis 2018) et de\n"
    "maintenir une tarification réduite pour les familles dont le quotient familial est inférieur à\n"
    "700 euros, ainsi qu'un tarif pour les repas des adultes (enseignants, personnel\n"
    "communal).\n"
    "La commission Écoles et jeunesse, réunie le 25 février 2021, a examiné plusieurs"
)
CANTINE_P2 = (
    "Article 1 : De fixer comme suit les tarifs de la restauration scolaire à compter du 1er\n"
    "septembre 2021 :\n"
    "Catégorie Prix du repas\n"
    "Repas enfant 3,20 €\n"
    "Repas enfant - quotient familial inférieur à 700 euros 2,10 €\n"
    "Repas adulte 5,60 €"
)


def _plain(fragment: str) -> str:
    """The card's HTML as the clerk reads it: <br> a line break, tags dropped."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment.replace("<br>", "\n")))


def _evidence(text: str, span_text: str | None) -> Evidence:
    start = text.index(span_text) if span_text else None
    span = (start, start + len(span_text)) if span_text and start is not None else None
    return Evidence("saint-aubin-sur-loire/2021/2021-015_tarifs_cantine.pdf", 1, text, span, 7, "2021-015",
                    "2021-03-12", "Tarifs de la restauration scolaire (cantine)")


def test_a_sentence_cut_by_the_page_s_lines_reads_as_one_in_the_card() -> None:
    from app.assistant.rendering import evidence_html

    shown = evidence_html(_evidence(CANTINE_P1, "3,20 €"), 1)
    plain = _plain(shown)
    # The PDF's breaks inside the sentence cut the 45-character dock's lines again (« et de ⏎ maintenir »).
    assert "(contre 3,05 € depuis 2018) et de maintenir une tarification" in plain
    assert "est inférieur à 700 euros" in plain and "personnel communal)." in plain
    assert "communal).\nLa commission" in plain, "a sentence's end keeps its break"
    assert '<span style="background-color:#ffe066"><b>3,20 €</b></span>' in shown, "the span still highlighted"
    # Word for word: only line breaks became spaces.
    assert plain.split("N° 2021-015")[-1].split("ouvrir à cette page", 1)[1].strip().replace(" ", "").replace(
        "\n", "") == CANTINE_P1.replace(" ", "").replace("\n", "")


def test_table_rows_keep_their_lines_in_the_card() -> None:
    from app.assistant.reflow import reflowed

    out = reflowed(CANTINE_P2)
    assert len(out) == len(CANTINE_P2), "same length: the answer span's offsets stay right"
    assert "à compter du 1er septembre 2021 :\nCatégorie Prix du repas\nRepas enfant 3,20 €\n" in out
    assert "2,10 €\nRepas adulte 5,60 €" in out


def test_one_source_leaves_the_room_to_the_passage(qtbot: Any) -> None:
    from app.assistant.rendering import render_answer
    from app.assistant.result_view import ResultView
    from assistant.qa import Answer

    view = ResultView("carte")
    qtbot.addWidget(view)
    view.resize(420, 560)
    view.show()
    answer = Answer("Quel est le prix ?", "Réponse : 3,20 € [1].", False, 0.47, kind="llm",
                    evidence=[_evidence(CANTINE_P1, "3,20 €")])
    view.show_rendered(render_answer(answer, "Quel est le prix du repas enfant à la cantine en 2021 ?"))
    qtbot.waitUntil(lambda: view.places.isVisible())
    # Before: the list took 2/5 of the card for one row, the passage above it scrolled.
    assert view.places.height() <= 4 * view.places.fontMetrics().height() + 16, view.places.height()
    assert view.text.height() > 2 * view.places.height()
    # and its two-line label is whole, not cut at the bottom
    label = view.places.visualItemRect(view.places.item(0))
    assert label.height() >= 2 * view.places.fontMetrics().height(), label
    assert label.bottom() <= view.places.viewport().height() and view.places.verticalScrollBar().maximum() == 0


def test_the_badge_shows_the_threshold_the_answer_was_held_to(qtbot: Any) -> None:
    """« Confiance moyenne : 42 % » alone left the clerk asking why a score under one half was shown, and
    « confiance 0 % » on a refusal against what: the badge gives the threshold beside it (session 7)."""
    from app.assistant.rendering import render_answer
    from app.assistant.result_view import ResultView
    from assistant.qa import Answer

    view = ResultView("carte")
    qtbot.addWidget(view)
    view.resize(420, 560)
    view.show()
    shown = Answer("Quel est le prix ?", "Réponse : 3,20 € [1].", False, 0.42, kind="llm", threshold=0.3733,
                   evidence=[_evidence(CANTINE_P1, "3,20 €")])
    view.show_rendered(render_answer(shown, "Quel est le prix du repas enfant à la cantine en 2021 ?"))
    assert view.badge.isVisible()
    assert view.badge.text() == "Confiance moyenne : 42 % (seuil 37 %) — vérifiez les sources"
    refused = Answer("Quel est le prix ?", "", True, 0.0, kind="llm", threshold=0.3733,
                     evidence=[_evidence(CANTINE_P1, None)])
    view.show_rendered(render_answer(refused, "Quel est le prix du repas enfant à la cantine en 2024 ?"))
    assert view.badge.text() == "Pas de réponse sûre — confiance 0 %, seuil 37 %"


# -- the model settings: « Vérifier et calibrer » ---------------------------------------------------
PACK = [
    {"id": "A1", "answerable": True, "question": "Quel est le prix du repas enfant à la cantine en 2021 ?",
     "must_contain": ["3,20"], "sources": [{"path": "cantine.pdf", "pages": [1]}]},
    {"id": "U1", "answerable": False, "question": "Quel est le prix du repas enfant à la cantine en 2024 ?"},
]


def _library(*_args: Any) -> MemoryLibrary:
    return MemoryLibrary.from_fakes([FakeAct("cantine.pdf", [CANTINE_P1], "2021-015", "Cantine", "2021-03-12")])


def _chooser(messages: Sequence[Message]) -> str:
    return "Aucune de ces réponses." if "2024" in messages[-1]["content"].split("\n", 1)[0] else "3,20 €"


def _dialog(qtbot: Any, model: Path, store_dir: Path) -> Any:
    from app.dialogs.settings_dialog import SettingsDialog
    from app.settings import Settings
    from assistant.model_check import CalibrationStore, check_and_calibrate

    store = CalibrationStore(store_dir)

    def check(path: Path, progress: Any, cancel: Any) -> Any:
        return check_and_calibrate(path, store, _library, lambda _p: ScriptedLLM(_chooser), progress, cancel,
                                   inspect_load=lambda _p: "{{ messages }}", pack=PACK)

    def calibrated(path: str) -> float | None:
        stored = store.for_file(path)
        return None if stored is None else stored.threshold

    dialog = SettingsDialog(Settings(llm_model_file=str(model)), check=check, calibrated=calibrated)
    qtbot.addWidget(dialog)
    return dialog


def test_calibration_in_the_settings_shows_the_file_and_the_threshold_it_will_use(
    qtbot: Any, tmp_path: Path, config_dir: Path
) -> None:
    from assistant.calibration import default_model

    model = tmp_path / "modele-de-la-mairie.gguf"
    model.write_bytes(b"GGUF" + b"\x01" * 2_000_000)
    dialog = _dialog(qtbot, model, tmp_path / "models")
    assert dialog.threshold.value() == pytest.approx(default_model().threshold, abs=0.005)
    assert dialog.threshold_origin.text() == "Seuil par défaut, calibré pour le modèle livré."
    dialog.model_check.start()
    qtbot.waitUntil(lambda: dialog.model_check.outcome is not None, timeout=20_000)
    c = dialog.model_check.outcome.calibration
    assert c is not None and c.questions == 2
    status = dialog.model_check.status.text()
    assert "Fichier : modele-de-la-mairie.gguf" in status and "Taille : 2 Mo" in status
    assert re.search(r"SHA-256 : [0-9a-f]{64}", status) and "Gabarit de conversation : oui" in status
    shown = f"{c.threshold:.2f}".replace(".", ",")
    assert f"Seuil calibré : {shown} —" in status, "a French decimal comma, as in the box below"
    assert "Enregistré pour ce fichier." in status
    # The scripted pack's unanswerable questions are all refused by the checks: it cannot place the
    # threshold, and the dialog says that the default model's was kept.
    assert c.kept_default and "celui du modèle par défaut est gardé" in html.unescape(status)
    # The spin box below says the threshold the assistant will now use, not the shipped model's.
    assert dialog.threshold.value() == pytest.approx(c.threshold, abs=0.005)
    assert dialog.threshold_origin.text() == "Seuil calibré pour ce fichier de modèle."
    assert dialog.result_settings().confidence_threshold is None, "the calibration is not stored as the clerk's own"
    assert dialog.model_check.button.isEnabled() and not dialog.model_check.bar.isVisible()


def test_a_threshold_the_clerk_chose_stays_after_a_calibration(qtbot: Any, tmp_path: Path, config_dir: Path) -> None:
    model = tmp_path / "autre.gguf"
    model.write_bytes(b"GGUF" + b"\x01" * 4096)
    dialog = _dialog(qtbot, model, tmp_path / "models")
    dialog.threshold.setValue(0.8)
    assert dialog.threshold_origin.text() == "Seuil choisi par vous : il remplace le seuil calibré."
    dialog.model_check.start()
    qtbot.waitUntil(lambda: dialog.model_check.outcome is not None, timeout=20_000)
    assert dialog.threshold.value() == pytest.approx(0.8) and dialog.result_settings().confidence_threshold == 0.8


def test_a_file_that_is_not_a_model_is_refused_in_french_in_the_settings(
    qtbot: Any, tmp_path: Path, config_dir: Path
) -> None:
    notes = tmp_path / "compte-rendu.gguf"
    notes.write_bytes(b"%PDF-1.4 ce n'est pas un modele")
    dialog = _dialog(qtbot, notes, tmp_path / "models")
    before = dialog.threshold.value()
    dialog.model_check.start()
    qtbot.waitUntil(lambda: dialog.model_check.outcome is not None, timeout=20_000)
    status = dialog.model_check.status.text()
    assert "n'est pas un modèle de langue au format GGUF" in html.unescape(status)
    assert "rien n'a été modifié" in html.unescape(status) and "Seuil calibré" not in status
    assert dialog.threshold.value() == before and not (tmp_path / "models").exists()
    assert dialog.model_check.button.isEnabled()


def test_settings_read_the_calibration_beside_the_open_library(qtbot: Any, tmp_path: Path) -> None:
    """A window opened with ``--data-dir`` keeps its library (and the assistant's calibrations) away from
    the settings' folder: the dialog must show the threshold stored where the assistant reads it."""
    from app.dialogs.settings_dialog import SettingsDialog
    from app.settings import Settings
    from assistant.calibration import default_model
    from assistant.model_check import Calibration, CalibrationStore
    from assistant.models_store import models_dir

    calibrated = round((default_model().threshold + 0.25) % 1.0, 2)  # never the default threshold

    model = tmp_path / "autre-modele.gguf"
    model.write_bytes(b"GGUF" + b"\0" * 64)
    st = model.stat()
    library = tmp_path / "bibliotheque-ouverte"
    CalibrationStore(models_dir(library)).save(
        Calibration("0" * 64, str(model), st.st_size, st.st_mtime_ns, calibrated, 1.0, 1.0, 2, 1.0))
    settings = Settings(data_dir=str(tmp_path / "dossier-des-parametres"), llm_model_file=str(model))
    opened = SettingsDialog(settings, library_dir=library)
    qtbot.addWidget(opened)
    assert opened.threshold.value() == pytest.approx(calibrated)
    elsewhere = SettingsDialog(settings)
    qtbot.addWidget(elsewhere)
    assert elsewhere.threshold.value() != pytest.approx(calibrated), "the settings' own folder holds no calibration"
