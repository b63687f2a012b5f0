"""The "Rédaction" tab: procès-verbal and liste des délibérations of a séance, reply to a question.

The séance is chosen among the dates the library knows, so a draft is never asked for a day with
no act. PV and liste are built from the documents alone (reader lane); the reply, and the PV's
optional summary of the debates, need the model (model lane).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.assistant.context import AssistantContext, failure_message
from app.assistant.draft_editor import DraftEditor
from app.assistant.service import AssistantJob, GetLLM
from app.i18n import translate
from app.jobs import Job, JobFailure
from app.labels import format_date
from indexer.models import ActRecord
from indexer.progress import CancelToken
from indexer.protocol import LibraryProtocol

PV, LISTE, LETTER = "pv", "liste", "courriel"
Seance = tuple[str, str | None]  # (ISO date, collectivité)


def known_seances(acts: Sequence[ActRecord]) -> list[tuple[Seance, int]]:
    """Each (date, collectivité) with acts, most recent first, with its number of acts."""
    counts = Counter((a.date[:10], a.collectivite) for a in acts if a.date)
    return sorted(counts.items(), key=lambda item: (item[0][0], item[0][1] or ""), reverse=True)


class DraftingTab(QWidget):
    def __init__(self, ctx: AssistantContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assistantDraftingTab")
        self.ctx = ctx
        self.job: Job | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("draftKind")
        self.kind.addItem(translate("DraftingTab", "Procès-verbal de séance"), PV)
        self.kind.addItem(translate("DraftingTab", "Liste des délibérations"), LISTE)
        self.kind.addItem(translate("DraftingTab", "Courriel / lettre de réponse"), LETTER)
        self.seance = QComboBox(self)
        self.seance.setObjectName("draftSeance")
        self.seance.setAccessibleName(translate("DraftingTab", "Séance"))
        self.debates = QCheckBox(translate("DraftingTab", "Résumer la teneur des débats avec l'IA"), self)
        self.question = QLineEdit(self)
        self.question.setObjectName("draftQuestion")
        self.question.setPlaceholderText(translate("DraftingTab", "La question posée par l'élu ou l'habitant"))
        self.tone = QComboBox(self)
        self.tone.addItem(translate("DraftingTab", "Formel"), "formel")
        self.tone.addItem(translate("DraftingTab", "Cordial"), "cordial")
        self.write_button = QPushButton(translate("DraftingTab", "Rédiger le brouillon"), self)
        self.write_button.setObjectName("draftWrite")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.editor = DraftEditor(ctx.session, ctx.preferences, self)
        form = QFormLayout()
        form.addRow(translate("DraftingTab", "Document :"), self.kind)
        form.addRow(translate("DraftingTab", "Séance :"), self.seance)
        form.addRow("", self.debates)
        form.addRow(translate("DraftingTab", "Question :"), self.question)
        form.addRow(translate("DraftingTab", "Ton :"), self.tone)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.write_button)
        layout.addWidget(self.message)
        layout.addWidget(self.editor, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.debates.toggled.connect(lambda _on: self._update_button())
        self.write_button.clicked.connect(self.write)
        self.question.returnPressed.connect(self.write)
        ctx.service.busy_changed.connect(lambda _busy: self._update_button())
        self._kind_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.seance.count() == 0:
            self.refresh_seances()

    # -- form --------------------------------------------------------------------------------
    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind.currentData()
        for widget, visible in (
            (self.seance, kind in (PV, LISTE)),
            (self.debates, kind == PV),
            (self.question, kind == LETTER),
            (self.tone, kind == LETTER),
        ):
            self.form.setRowVisible(widget, visible)
        self._update_button()

    def _update_button(self) -> None:
        kind = self.kind.currentData()
        needs_model = kind == LETTER or (kind == PV and self.debates.isChecked())
        ready = self.seance.count() > 0 and self.seance.currentData() is not None if kind != LETTER else True
        self.write_button.setEnabled(ready and not (needs_model and self.ctx.service.busy))

    def refresh_seances(self) -> None:
        if self.ctx.session.library is None:
            return
        job = self.ctx.session.read(lambda lib: known_seances(lib.acts()), "seances")
        job.result.connect(self.set_seances)
        self.ctx.session.submit_read(job)

    def set_seances(self, seances: list[tuple[Seance, int]]) -> None:
        previous = self.seance.currentData()
        self.seance.clear()
        for (date, commune), count in seances:
            label = format_date(date)
            if commune:
                label += f" — {commune}"
            label += " " + translate("DraftingTab", "(%1 acte(s))").replace("%1", str(count))
            self.seance.addItem(label, (date, commune))
        if not seances:
            self.seance.addItem(translate("DraftingTab", "Aucune séance datée dans la bibliothèque"), None)
        index = self.seance.findData(previous) if previous is not None else -1
        self.seance.setCurrentIndex(max(index, 0))
        self._update_button()

    def select_seance(self, date: str) -> bool:
        for i in range(self.seance.count()):
            data = self.seance.itemData(i)
            if data is not None and data[0] == date:
                self.seance.setCurrentIndex(i)
                return True
        return False

    # -- drafting ----------------------------------------------------------------------------
    def write(self) -> Job | None:
        kind = self.kind.currentData()
        if not self.write_button.isEnabled():
            return None
        if kind == LETTER:
            return self._letter()
        date, commune = self.seance.currentData()
        if kind == LISTE:
            from assistant.drafting.liste import build_liste

            job = self.ctx.session.read(lambda lib: build_liste(lib, date, commune), "liste")
        elif self.debates.isChecked():
            from assistant.drafting.proces_verbal import build_proces_verbal

            job = self.ctx.service.job(
                "pv", lambda lib, get_llm, _t, _c: build_proces_verbal(lib, date, commune, get_llm())
            )
        else:
            from assistant.drafting.proces_verbal import build_proces_verbal

            job = self.ctx.session.read(lambda lib: build_proces_verbal(lib, date, commune, None), "pv")
        return self._start(job)

    def _letter(self) -> Job | None:
        from assistant import qa
        from assistant.drafting.letter import build_letter

        question = " ".join(self.question.text().split())
        if not question:
            self.message.setText(translate("DraftingTab", "Écrivez d'abord la question à laquelle répondre."))
            return None
        tone, threshold = str(self.tone.currentData()), self.ctx.service.threshold()

        def work(lib: LibraryProtocol, get_llm: GetLLM, on_token: Callable[[str], None], cancel: CancelToken) -> Any:
            llm = None if qa.catalogue_query(lib, question) is not None else get_llm()
            answer = qa.ask(lib, llm, question, threshold, on_token=on_token, cancel=cancel, approach="libre")
            return build_letter(question, answer, tone)

        return self._start(self.ctx.service.job("courriel", work))

    def _start(self, job: Job) -> Job:
        self.message.setText(translate("DraftingTab", "Rédaction du brouillon en cours…"))
        job.result.connect(self._drafted)
        job.error.connect(self._failed)
        job.cancelled.connect(lambda: self.message.setText(translate("DraftingTab", "Rédaction interrompue.")))
        self.job = job
        if isinstance(job, AssistantJob):
            self.ctx.track(job, translate("DraftingTab", "Rédaction du brouillon…"))
            self.ctx.service.start(job)
        else:
            self.ctx.session.submit_read(job)
        return job

    def _drafted(self, result: Any) -> None:
        self.message.setText("")
        self.editor.set_draft(result.draft, result.warnings)

    def _failed(self, failure: JobFailure) -> None:
        text, expected = failure_message(failure)
        self.message.setText(text)
        if not expected:
            self.ctx.report_unexpected(failure)
