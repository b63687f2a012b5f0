"""The first start of an installed Registre: a welcome, the library folder, the assistant's model.

Shown once, before the main window, when the clerk has not chosen anything yet (no ``--data-dir``,
no ``REGISTRE_DATA_DIR``, ``Settings.welcome_done`` false). It writes nothing itself: the choice of
folder goes to the settings (config folder) and the model is joined into the per-user data folder's
``models/`` by :func:`assistant.models_store.ensure_default_model`, on a background thread, so the
window answers while 1.1 GB is copied and checked. Closing the dialog cancels the join; it resumes
at the last whole piece the next time the assistant needs the model.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.jobs import Job, JobFailure, JobRunner
from app.paths import is_writable_dir
from app.widgets.welcome_parts import big_button, heading, problem_label
from indexer.progress import Progress, ProgressStage


class Choice(StrEnum):
    IMPORT = "importer"
    SAMPLES = "exemples"
    LATER = "plus_tard"


class ModelState(StrEnum):
    READY = "pret"  # the joined, verified file is in place
    TO_PREPARE = "a_preparer"  # the pieces are installed beside the app: join them now
    MISSING = "absent"  # no pieces, or no llama.cpp: search works, the assistant does not


def model_state() -> ModelState:
    """Where the default model stands, without reading 1.1 GB (the stamp beside it says it was checked)."""
    from assistant.models_store import DEFAULT_MODEL_FILE, models_dir, part_paths
    from assistant.runtime import llama_available

    if not llama_available():
        return ModelState.MISSING
    target = models_dir(None) / DEFAULT_MODEL_FILE
    if target.is_file() and target.with_name(target.name + ".verifie").is_file():
        return ModelState.READY
    return ModelState.TO_PREPARE if part_paths() is not None else ModelState.MISSING


def format_size(size: float) -> str:
    """French sizes as a clerk reads them: « 1,1 Go », « 420 Mo »."""
    if size >= 1e9:
        return translate("FirstRun", "%1 Go").replace("%1", f"{size / 1e9:.1f}".replace(".", ","))
    return translate("FirstRun", "%1 Mo").replace("%1", f"{size / 1e6:.0f}")


def format_remaining(seconds: float) -> str:
    if seconds < 60:
        return translate("FirstRun", "environ %1 s restantes").replace("%1", str(max(1, round(seconds))))
    return translate("FirstRun", "environ %1 min restantes").replace("%1", str(round(seconds / 60)))


class ModelProgress:
    """Turns the join's and the check's byte counts into one fraction and a time left.

    Joining and checking each read the whole file once, so the work is twice its size.
    """

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self._clock = clock
        self._start: float | None = None

    def update(self, progress: Progress) -> tuple[float, int, int, float | None]:
        """(fraction, bytes done, file size, seconds left or None while too early to say)."""
        now = self._clock()
        if self._start is None:
            self._start = now
        size = max(progress.total, 1)
        done = progress.done + (size if progress.stage == ProgressStage.VERIFY else 0)
        fraction = min(1.0, done / (2 * size))
        elapsed = now - self._start
        left = elapsed / fraction * (1 - fraction) if fraction > 0.02 and elapsed > 0.5 else None
        return fraction, min(done, 2 * size), size, left


class FirstRunDialog(QDialog):
    """Welcome, library folder, model state; ``choice`` and ``data_dir`` hold the answer."""

    def __init__(self, default_dir: Path, parent: QWidget | None = None, start_model: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(translate("FirstRun", "Bienvenue dans Registre"))
        self.choice = Choice.LATER
        self.data_dir = default_dir
        self.model_job: Job | None = None
        self.runner = JobRunner(self)
        self._meter = ModelProgress()

        title = heading(translate("FirstRun", "Bienvenue dans Registre"), self)
        welcome = QLabel(
            translate(
                "FirstRun",
                "Registre retrouve vos délibérations en quelques mots, les ouvre à la bonne page et "
                "vous aide à rédiger procès-verbaux et courriers.<br><b>Tout reste sur cet ordinateur</b> : "
                "aucune connexion à Internet n'est nécessaire.",
            ),
            self,
        )
        welcome.setWordWrap(True)
        welcome.setTextFormat(Qt.TextFormat.RichText)

        folder_title = QLabel(translate("FirstRun", "<b>Où ranger la bibliothèque de Registre ?</b>"), self)
        folder_help = QLabel(
            translate(
                "FirstRun",
                "Registre y garde son catalogue, ses index et vos brouillons. Vos documents restent où ils "
                "sont. Désinstaller Registre ne supprime jamais ce dossier.",
            ),
            self,
        )
        folder_help.setWordWrap(True)
        self.folder_edit = QLineEdit(str(default_dir), self)
        self.folder_edit.setObjectName("firstRunFolder")
        self.folder_edit.setReadOnly(True)
        change = QPushButton(translate("FirstRun", "Changer…"), self)
        change.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(change)
        self.folder_problem = problem_label(self)

        model_title = QLabel(translate("FirstRun", "<b>L'assistant</b>"), self)
        self.model_label = QLabel(self)
        self.model_label.setObjectName("firstRunModel")
        self.model_label.setWordWrap(True)
        self.model_bar = QProgressBar(self)
        self.model_bar.setRange(0, 1000)
        self.model_bar.setTextVisible(False)
        self.model_bar.hide()

        self.import_button = big_button(translate("FirstRun", "Importer un dossier…"), "firstRunImport", self, True)
        self.samples_button = big_button(translate("FirstRun", "Essayer avec les exemples"), "firstRunSamples", self)
        later = QPushButton(translate("FirstRun", "Plus tard"), self)
        self.import_button.clicked.connect(lambda: self._finish(Choice.IMPORT))
        self.samples_button.clicked.connect(lambda: self._finish(Choice.SAMPLES))
        later.clicked.connect(lambda: self._finish(Choice.LATER))
        buttons = QHBoxLayout()
        buttons.addWidget(later)
        buttons.addStretch(1)
        buttons.addWidget(self.samples_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(welcome)
        layout.addSpacing(8)
        for widget in (folder_title, folder_help):
            layout.addWidget(widget)
        layout.addLayout(folder_row)
        layout.addWidget(self.folder_problem)
        layout.addSpacing(8)
        layout.addWidget(model_title)
        layout.addWidget(self.model_label)
        layout.addWidget(self.model_bar)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)

        self.state = model_state()
        self._show_state(self.state)
        if start_model and self.state == ModelState.TO_PREPARE:
            self.prepare_model()

    # -- the model -------------------------------------------------------------------------
    def _show_state(self, state: ModelState, detail: str = "") -> None:
        self.model_bar.setVisible(state == ModelState.TO_PREPARE)
        if state == ModelState.READY:
            self.model_label.setText(translate("FirstRun", "Le modèle de l'assistant est prêt."))
        elif state == ModelState.TO_PREPARE:
            self.model_label.setText(
                translate("FirstRun", "Préparation du modèle de l'assistant (%1, une seule fois)…").replace(
                    "%1", format_size(_model_size())
                )
            )
        else:
            self.model_label.setText(
                translate(
                    "FirstRun",
                    "Le modèle de l'assistant n'est pas installé : la recherche et la lecture fonctionnent, "
                    "l'assistant restera indisponible. Réinstallez Registre pour l'ajouter.",
                )
                + (f"\n{detail}" if detail else "")
            )

    def prepare_model(self) -> Job:
        from assistant.models_store import ensure_default_model

        job = Job(lambda progress, cancel: ensure_default_model(None, progress, cancel), name="modèle")
        job.progress.connect(self._model_progress)
        job.result.connect(lambda _path: self._model_done())
        job.error.connect(self._model_failed)
        self.model_job = self.runner.submit(job)
        return job

    def _model_progress(self, progress: Progress) -> None:
        fraction, _done, size, left = self._meter.update(progress)
        self.model_bar.setValue(round(fraction * 1000))
        step = (
            translate("FirstRun", "Étape 2 sur 2, vérification du modèle")
            if progress.stage == ProgressStage.VERIFY
            else translate("FirstRun", "Étape 1 sur 2, copie du modèle")
        )
        text = translate("FirstRun", "%1 : %2 sur %3").replace("%1", step)
        text = text.replace("%2", format_size(progress.done)).replace("%3", format_size(size))
        if left is not None:
            text += " — " + format_remaining(left)
        self.model_label.setText(text + ".")

    def _model_done(self) -> None:
        self.state = ModelState.READY
        self._show_state(self.state)

    def _model_failed(self, failure: JobFailure) -> None:
        self.state = ModelState.MISSING
        self._show_state(self.state, str(failure.exception))

    # -- the folder ------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("FirstRun", "Dossier de la bibliothèque"), str(self.data_dir)
        )
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> None:
        self.data_dir = folder
        self.folder_edit.setText(str(folder))
        self.folder_problem.hide()

    def _finish(self, choice: Choice) -> None:
        if choice != Choice.LATER and not is_writable_dir(self.data_dir):
            self.folder_problem.setText(
                translate("FirstRun", "Ce dossier n'accepte pas l'écriture : choisissez-en un autre.")
            )
            self.folder_problem.show()
            return
        self.choice = choice
        self.accept()

    def done(self, result: int) -> None:
        # An unfinished join stops here and resumes later at its last whole piece.
        self.runner.shutdown(timeout_ms=10000)
        super().done(result)


def _model_size() -> int:
    from assistant.models_store import DEFAULT_MODEL_SIZE

    return DEFAULT_MODEL_SIZE
