"""« Vérifier et calibrer » in the settings: a GGUF file checked, then calibrated in the background.

The work is :func:`assistant.model_check.check_and_calibrate` in a :class:`app.jobs.Job` on its own
thread pool; this widget shows the progress, the file's size and SHA-256, whether it has a chat
template, and the calibration result (threshold, right answers, refused unanswerable questions).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.i18n import translate
from app.jobs import Job, JobFailure, JobRunner, ProgressFn
from assistant.model_check import CalibrationStore, CheckOutcome, check_and_calibrate
from indexer.progress import CancelToken, Progress

# (model file, progress, cancel) -> outcome; the real one imports the samples and loads llama.cpp
CheckFn = Callable[[Path, ProgressFn, CancelToken], CheckOutcome]


def real_check(data_dir: Path) -> CheckFn:
    def run(path: Path, progress: ProgressFn, cancel: CancelToken) -> CheckOutcome:
        from app.paths import samples_dir
        from assistant.llm import LlamaLLM
        from assistant.models_store import models_dir
        from assistant.runtime import default_threads

        def library(progress: Any, cancel: Any) -> Any:
            from indexer import Library

            samples = samples_dir()
            if samples is None:
                raise RuntimeError("Les délibérations d'exemple (sample_deliberations) sont introuvables.")
            lib = Library(Path(data_dir) / "calibration" / "bibliotheque")
            lib.import_folder(samples, progress=progress, cancel=cancel)
            return lib

        def open_model(p: Path) -> Any:
            llm = LlamaLLM(p, n_ctx=4096, n_threads=default_threads())
            llm.load()
            return llm

        store = CalibrationStore(models_dir(data_dir))
        return check_and_calibrate(path, store, library, open_model, progress, cancel)

    return run


class ModelCheckPanel(QWidget):
    finished = Signal(object)  # CheckOutcome: the settings show the calibrated threshold at once

    def __init__(self, check: CheckFn, current: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelCheckPanel")
        self._check, self._current = check, current
        self.job: Job | None = None
        self.outcome: CheckOutcome | None = None
        self.runner = JobRunner(self)
        self.button = QPushButton(translate("ModelCheckPanel", "Vérifier et calibrer ce modèle"), self)
        self.button.setObjectName("modelCheckButton")
        self.button.clicked.connect(self.start)
        self.bar = QProgressBar(self)
        self.bar.hide()
        self.status = QLabel(self)
        self.status.setObjectName("modelCheckStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def start(self) -> Job | None:
        path = self._current()
        if not path:
            self.status.setText(html.escape(translate(
                "ModelCheckPanel", "Choisissez d'abord un fichier .gguf (le modèle par défaut est déjà calibré).")))
            return None
        target = Path(path)
        job = Job(lambda progress, cancel: self._check(target, progress, cancel), "calibration")
        job.progress.connect(self._progress)
        job.result.connect(self._done)
        job.error.connect(self._failed)
        self.button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setText(html.escape(translate("ModelCheckPanel", "Vérification du fichier…")))
        self.job = job
        self.runner.submit(job, JobRunner.READER)
        return job

    def shutdown(self) -> None:
        """Stops a running calibration (between two questions) and waits for it."""
        self.runner.shutdown(-1, cancel=True)

    def _progress(self, p: Progress) -> None:
        stages = {
            "verification": translate("ModelCheckPanel", "Empreinte SHA-256 du fichier…"),
            "modele": translate("ModelCheckPanel", "Questions de calibration : %1 / %2"),
        }
        text = stages.get(str(p.stage), translate("ModelCheckPanel", "Préparation des délibérations d'exemple…"))
        self.status.setText(html.escape(text.replace("%1", str(p.done)).replace("%2", str(p.total))))
        if p.total:
            self.bar.setRange(0, p.total)
            self.bar.setValue(p.done)

    def _done(self, outcome: CheckOutcome) -> None:
        self.outcome = outcome
        self.button.setEnabled(True)
        self.bar.hide()
        self.status.setText(describe(outcome))
        self.finished.emit(outcome)

    def _failed(self, failure: JobFailure) -> None:
        self.button.setEnabled(True)
        self.bar.hide()
        text = translate("ModelCheckPanel", "La calibration a échoué : %1").replace("%1", str(failure.exception))
        self.status.setText(f'<span style="color:#a00000">{html.escape(text)}</span>')


def describe(outcome: CheckOutcome) -> str:
    r = outcome.report
    size = translate("ModelCheckPanel", "%1 Mo").replace("%1", f"{r.size / 1e6:,.0f}".replace(",", "\u202f"))
    lines = [
        translate("ModelCheckPanel", "Fichier : %1").replace("%1", Path(r.path).name),
        translate("ModelCheckPanel", "Taille : %1").replace("%1", size),
        translate("ModelCheckPanel", "SHA-256 : %1").replace("%1", r.sha256),
        translate("ModelCheckPanel", "Se charge : %1").replace(
            "%1", translate("ModelCheckPanel", "oui") if r.loads else translate("ModelCheckPanel", "non")),
        translate("ModelCheckPanel", "Gabarit de conversation : %1").replace(
            "%1", translate("ModelCheckPanel", "oui") if r.chat_template else translate("ModelCheckPanel", "non")),
    ]
    body = "<br>".join(html.escape(line) for line in lines)
    if r.error:
        return body + f'<br><span style="color:#a00000"><b>{html.escape(r.error)}</b></span>'
    c = outcome.calibration
    if c is not None:
        result = (
            translate("ModelCheckPanel", "Seuil calibré : %1 — bonnes réponses %2 %, questions sans réponse refusées "
                      "%3 % (%4 questions, %5 s). Enregistré pour ce fichier.")
            .replace("%1", f"{c.threshold:.2f}".replace(".", ","))  # French decimal comma, as in the box below
            .replace("%2", f"{100 * c.answerable_right:.0f}")
            .replace("%3", f"{100 * c.unanswerable_refused:.0f}")
            .replace("%4", str(c.questions))
            .replace("%5", f"{c.seconds:.0f}")
        )
        body += f'<br><span style="color:#2e7d32"><b>{html.escape(result)}</b></span>'
        if c.kept_default:
            kept = translate("ModelCheckPanel", "Les questions sans réponse du pack ont toutes été écartées par les "
                             "vérifications : elles ne disent pas où placer le seuil de ce modèle, celui du modèle "
                             "par défaut est gardé.")
            body += f"<br>{html.escape(kept)}"
    return body
