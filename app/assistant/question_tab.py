"""The "Question" tab: ask the library, watch the answer being written, open its sources."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.assistant.context import AssistantContext, failure_message
from app.assistant.rendering import Rendered, render_answer
from app.assistant.result_view import ResultView
from app.assistant.service import AssistantJob, GetLLM
from app.i18n import translate
from app.jobs import JobFailure
from assistant import qa
from indexer.progress import CancelToken
from indexer.protocol import LibraryProtocol


class QuestionTab(QWidget):
    def __init__(self, ctx: AssistantContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assistantQuestionTab")
        self.ctx = ctx
        self.job: AssistantJob | None = None
        self.last_answer: Any = None
        intro = QLabel(
            translate(
                "QuestionTab",
                "Posez une question sur les délibérations importées. L'assistant répond uniquement à partir "
                "des documents, cite ses sources, et préfère ne pas répondre plutôt que d'inventer.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("assistantQuestion")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(translate("QuestionTab", "Votre question…"))  # fits the dock at 1366 px
        self.edit.setAccessibleName(translate("QuestionTab", "Question à l'assistant"))
        self.ask_button = QPushButton(translate("QuestionTab", "Demander"), self)
        self.ask_button.setObjectName("assistantAsk")
        self.ask_button.setDefault(True)
        self.edit.returnPressed.connect(self.ask)
        self.ask_button.clicked.connect(self.ask)
        self.view = ResultView("assistantAnswer", self)
        self.view.place_activated.connect(ctx.open_place)
        # The example a sample library answers (Saint-Aubin 2021: 0.57 for 0.37, session 7), whole, in the card.
        self.view.show_hint(
            translate("QuestionTab", "Par exemple (cliquez pour la reprendre) :"),
            translate("QuestionTab", "Quel est le prix du repas enfant à la cantine de Saint-Aubin en 2021 ?"),
        )
        self.view.example_activated.connect(self._use_example)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.ask_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        ctx.service.busy_changed.connect(lambda busy: self.ask_button.setEnabled(not busy))

    def ask(self, question: str | None = None) -> AssistantJob | None:
        text = " ".join((question if isinstance(question, str) else self.edit.text()).split())
        if not text or self.ctx.service.busy:
            return None
        self.edit.setText(text)
        self.edit.setCursorPosition(0)  # the start of a long question says what it is about
        threshold = self.ctx.service.threshold()

        def work(lib: LibraryProtocol, get_llm: GetLLM, on_token: Callable[[str], None], cancel: CancelToken) -> Any:
            # Counts and lists come from the catalogue: no need to wake the model for them.
            if qa.catalogue_query(lib, text) is not None:
                return qa.ask(lib, None, text, threshold, cancel=cancel)
            # The closest passage first, from retrieval alone, while the model loads and chooses.
            job.evidence.emit(qa.preview_evidence(lib, text))
            return qa.ask(lib, get_llm(), text, threshold, on_token=on_token, cancel=cancel)

        job = self.ctx.service.job("question", work)
        self.view.begin(text)
        job.generated.connect(self.view.append_token)
        job.evidence.connect(lambda shown: self.view.show_preview(shown, text))
        job.result.connect(lambda answer: self._answered(text, answer))
        job.cancelled.connect(self._cancelled)
        job.error.connect(self._failed)
        self.job = job
        self.ctx.track(job, translate("QuestionTab", "Rédaction de la réponse…"))
        self.ctx.service.start(job)
        return job

    def _use_example(self, example: str) -> None:
        self.edit.setText(example)
        self.edit.setCursorPosition(0)
        self.edit.setFocus()

    def _answered(self, question: str, answer: Any) -> None:
        self.last_answer = answer
        rendered: Rendered = render_answer(answer, question)
        self.view.show_rendered(rendered)

    def _cancelled(self) -> None:
        self.view.show_message(translate("QuestionTab", "Réponse interrompue à votre demande."))

    def _failed(self, failure: JobFailure) -> None:
        text, expected = failure_message(failure)
        self.view.show_message(text, error=True)
        if not expected:
            self.ctx.report_unexpected(failure)
