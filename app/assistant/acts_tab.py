"""The "Actes" tab: summary, key points, plain language, comparison and precedents of chosen acts.

The acts follow the selection in the search results or in Bibliothèque › Actes; "Épingler" keeps
some aside, so two results of different searches can be compared.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.assistant.context import AssistantContext, failure_message
from app.assistant.rendering import act_label, render_precedents, render_task
from app.assistant.result_view import ResultView
from app.assistant.service import AssistantFn, AssistantJob
from app.i18n import translate
from app.jobs import JobFailure
from assistant import tasks
from indexer.models import ActRecord

MAX_COMPARED = 4


class ActsTab(QWidget):
    def __init__(self, ctx: AssistantContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assistantActsTab")
        self.ctx = ctx
        self.pinned: list[ActRecord] = []
        self.current: list[ActRecord] = []
        help_text = QLabel(
            translate(
                "ActsTab",
                "Sélectionnez un résultat de recherche, ou plusieurs actes dans Bibliothèque › Actes "
                "(Ctrl+clic). « Épingler » les garde ici pour les comparer à d'autres.",
            ),
            self,
        )
        help_text.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("assistantActs")
        self.list.setMaximumHeight(110)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pin_button = QPushButton(translate("ActsTab", "Épingler"), self)
        self.unpin_button = QPushButton(translate("ActsTab", "Retirer les épingles"), self)
        self.pin_button.clicked.connect(self.pin)
        self.unpin_button.clicked.connect(self.unpin_all)
        pins = QHBoxLayout()
        pins.addWidget(self.pin_button)
        pins.addWidget(self.unpin_button)
        pins.addStretch(1)

        self.summary_button = QPushButton(translate("ActsTab", "Résumer"), self)
        self.points_button = QPushButton(translate("ActsTab", "Points clés"), self)
        self.plain_button = QPushButton(translate("ActsTab", "En langage clair"), self)
        self.compare_button = QPushButton(translate("ActsTab", "Comparer"), self)
        self.precedents_button = QPushButton(translate("ActsTab", "Précédents"), self)
        self.compare_button.setToolTip(translate("ActsTab", "Compare deux à quatre actes choisis."))
        self.precedents_button.setToolTip(
            translate("ActsTab", "Actes semblables d'autres dates ou d'autres communes (sans IA).")
        )
        self.summary_button.clicked.connect(self.summarize)
        self.points_button.clicked.connect(self.key_points)
        self.plain_button.clicked.connect(self.plain_language)
        self.compare_button.clicked.connect(self.compare)
        self.precedents_button.clicked.connect(self.precedents)
        grid = QGridLayout()
        for i, button in enumerate(
            (self.summary_button, self.points_button, self.plain_button, self.compare_button, self.precedents_button)
        ):
            grid.addWidget(button, i // 3, i % 3)
        self.view = ResultView("assistantActsResult", self)
        self.view.place_activated.connect(ctx.open_place)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.list)
        layout.addLayout(pins)
        layout.addLayout(grid)
        layout.addWidget(self.view, 1)
        ctx.service.busy_changed.connect(lambda _busy: self._update_buttons())
        self._refresh()

    # -- the chosen acts ---------------------------------------------------------------------
    def acts(self) -> list[ActRecord]:
        ids = {a.act_id for a in self.pinned}
        return self.pinned + [a for a in self.current if a.act_id not in ids]

    def set_current(self, acts: Sequence[ActRecord]) -> None:
        self.current = list(acts)
        self._refresh()

    def pin(self) -> None:
        ids = {a.act_id for a in self.pinned}
        self.pinned += [a for a in self.current if a.act_id not in ids]
        self._refresh()

    def unpin_all(self) -> None:
        self.pinned = []
        self._refresh()

    def _refresh(self) -> None:
        self.list.clear()
        pinned = {a.act_id for a in self.pinned}
        for act in self.acts():
            self.list.addItem(act_label(act))
            if act.act_id in pinned:
                item = self.list.item(self.list.count() - 1)
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(translate("ActsTab", "Épinglé"))
        if not self.list.count():
            self.list.addItem(translate("ActsTab", "Aucun acte choisi."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        n, busy = len(self.acts()), self.ctx.service.busy
        for button in (self.summary_button, self.points_button, self.plain_button):
            button.setEnabled(n >= 1 and not busy)
        self.compare_button.setEnabled(n >= 2 and not busy)
        self.precedents_button.setEnabled(n >= 1)
        self.pin_button.setEnabled(bool(self.current))
        self.unpin_button.setEnabled(bool(self.pinned))

    # -- actions -----------------------------------------------------------------------------
    def _run(self, title: str, activity: str, work: AssistantFn) -> AssistantJob | None:
        if not self.acts() or self.ctx.service.busy:
            return None
        job = self.ctx.service.job("acts", work)
        self.view.begin(title)
        job.generated.connect(self.view.append_token)
        job.result.connect(lambda result: self.view.show_rendered(render_task(result, job.model_note)))
        job.cancelled.connect(lambda: self.view.show_message(translate("ActsTab", "Interrompu à votre demande.")))
        job.error.connect(self._failed)
        self.ctx.track(job, activity)
        self.ctx.service.start(job)
        return job

    def summarize(self) -> AssistantJob | None:
        acts = self.acts()
        return self._run(
            translate("ActsTab", "Résumé"),
            translate("ActsTab", "Rédaction du résumé…"),
            lambda lib, get_llm, on_token, cancel: tasks.summarize(lib, get_llm(), acts, on_token, cancel),
        )

    def key_points(self) -> AssistantJob | None:
        if not self.acts():
            return None
        act = self.acts()[0]
        return self._run(
            translate("ActsTab", "Points clés"),
            translate("ActsTab", "Lecture des points clés…"),
            lambda lib, get_llm, _on_token, cancel: tasks.key_points(lib, get_llm(optional=True), act, cancel),
        )

    def plain_language(self) -> AssistantJob | None:
        if not self.acts():
            return None
        act = self.acts()[0]
        return self._run(
            translate("ActsTab", "En langage clair"),
            translate("ActsTab", "Reformulation en langage clair…"),
            lambda lib, get_llm, on_token, cancel: tasks.plain_language(lib, get_llm(), act, on_token, cancel),
        )

    def compare(self) -> AssistantJob | None:
        acts = self.acts()[:MAX_COMPARED]
        if len(acts) < 2:
            return None
        return self._run(
            translate("ActsTab", "Comparaison"),
            translate("ActsTab", "Comparaison des actes…"),
            lambda lib, get_llm, on_token, cancel: tasks.compare(lib, get_llm(optional=True), acts, on_token, cancel),
        )

    def precedents(self) -> None:
        acts = self.acts()
        if not acts:
            return
        act = acts[0]
        job = self.ctx.session.read(lambda lib: tasks.precedents(lib, act, top=8), "precedents")
        self.view.begin(translate("ActsTab", "Précédents"))
        job.result.connect(lambda hits: self.view.show_rendered(render_precedents(act, hits)))
        job.error.connect(self._failed)
        self.ctx.session.submit_read(job)

    def _failed(self, failure: JobFailure) -> None:
        text, expected = failure_message(failure)
        self.view.show_message(text, error=True)
        if not expected:
            self.ctx.report_unexpected(failure)
