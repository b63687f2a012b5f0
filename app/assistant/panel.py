"""The assistant panel: three tabs (question, acts, drafting) over a shared activity line with Stop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.assistant.acts_tab import ActsTab
from app.assistant.context import AssistantContext
from app.assistant.drafting_tab import DraftingTab
from app.assistant.preferences import AssistantPreferences
from app.assistant.question_tab import QuestionTab
from app.assistant.rendering import CitedPlace
from app.assistant.service import AssistantJob, AssistantService
from app.i18n import translate
from app.jobs import JobFailure
from app.session import LibrarySession
from indexer.progress import Progress


class AssistantPanel(QWidget):
    def __init__(
        self,
        service: AssistantService,
        session: LibrarySession,
        open_place: Callable[[CitedPlace], None],
        report_unexpected: Callable[[JobFailure], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assistantPanel")
        self.service = service
        self._jobs: dict[AssistantJob, str] = {}
        self._loading = False
        self.watcher: QObject | None = None  # keeps the selection watcher alive with the panel
        self.ctx = AssistantContext(
            service, session, AssistantPreferences.load(), open_place, self.track, report_unexpected
        )
        self.question_tab = QuestionTab(self.ctx, self)
        self.acts_tab = ActsTab(self.ctx, self)
        self.drafting_tab = DraftingTab(self.ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("assistantTabs")
        self.tabs.addTab(self.question_tab, translate("AssistantPanel", "Question"))
        self.tabs.addTab(self.acts_tab, translate("AssistantPanel", "Actes"))
        self.tabs.addTab(self.drafting_tab, translate("AssistantPanel", "Rédaction"))

        self.activity = QLabel(self)
        self.activity.setObjectName("assistantActivity")
        self.activity.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        self.stop_button = QPushButton(translate("AssistantPanel", "Arrêter"), self)
        self.stop_button.setObjectName("assistantStop")
        self.stop_button.setToolTip(translate("AssistantPanel", "Arrête la rédaction en cours (Échap)"))
        self.stop_button.setShortcut(Qt.Key.Key_Escape)
        self.stop_button.clicked.connect(self.stop)
        status = QHBoxLayout()
        status.addWidget(self.activity, 1)
        status.addWidget(self.bar)
        status.addWidget(self.stop_button)
        self.status_row = QWidget(self)
        self.status_row.setLayout(status)
        status.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_row)
        self.status_row.hide()

    # -- activity line -----------------------------------------------------------------------
    def track(self, job: AssistantJob, activity: str) -> None:
        """Shows ``job``'s activity while it waits or runs; connect before starting it."""
        self._jobs[job] = activity
        job.started.connect(lambda: self._show(activity))
        job.loading.connect(self._model_loading)
        job.progress.connect(self._progress)
        job.finished.connect(lambda: self._finished(job))
        self._show(activity)

    def _show(self, text: str) -> None:
        if self._loading:
            return
        self.activity.setText(text)
        self.bar.setRange(0, 0)  # busy: generation has no known length
        self.stop_button.setEnabled(True)
        self.status_row.show()

    def _model_loading(self, loading: bool) -> None:
        self._loading = loading
        if loading:
            self.activity.setText(
                translate("AssistantPanel", "Chargement du modèle… (une seule fois par session, quelques secondes)")
            )
            self.bar.setRange(0, 0)
            self.status_row.show()
        elif self._jobs:
            self._show(next(reversed(self._jobs.values())))

    def _progress(self, progress: Progress) -> None:
        if not self._loading or not progress.total:
            return
        stages = {
            "modele": translate("AssistantPanel", "Préparation du modèle (première utilisation) : %1 %"),
            "verification": translate("AssistantPanel", "Vérification du modèle : %1 %"),
        }
        text = stages.get(progress.stage)
        if text is not None:
            percent = int(progress.fraction * 100)
            self.activity.setText(text.replace("%1", str(percent)))
            self.bar.setRange(0, 100)
            self.bar.setValue(percent)

    def _finished(self, job: AssistantJob) -> None:
        self._jobs.pop(job, None)
        if not self._jobs:
            self._loading = False
            self.status_row.hide()
        else:
            self._show(next(reversed(self._jobs.values())))

    def stop(self) -> None:
        if not self._jobs:
            return
        self.service.cancel()
        self.activity.setText(translate("AssistantPanel", "Arrêt en cours…"))
        self.stop_button.setEnabled(False)
