"""The import progress strip: stage, counts, current file, ETA and a cancel button."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.i18n import translate
from app.labels import format_duration, stage_labels
from indexer.progress import Progress


def progress_text(progress: Progress) -> str:
    stage = stage_labels().get(progress.stage, progress.stage)
    if progress.stage == "vectorisation":
        unit = translate("ImportPanel", "passages")
    elif progress.stage == "affinage":
        unit = translate("ImportPanel", "intitulés")
    elif progress.stage == "indexation":
        unit = translate("ImportPanel", "actes")
    else:
        unit = translate("ImportPanel", "fichiers")
    parts = [translate("ImportPanel", "Étape : %1").replace("%1", stage)]
    if progress.total:
        parts.append(f"{progress.done} / {progress.total} {unit}")
    if progress.pages:
        parts.append(translate("ImportPanel", "%1 pages lues").replace("%1", str(progress.pages)))
    if progress.eta_seconds is not None:
        parts.append(translate("ImportPanel", "reste environ %1").replace("%1", format_duration(progress.eta_seconds)))
    return " — ".join(parts)


class ImportPanel(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPanel")
        self.title = QLabel(self)
        self.title.setObjectName("importTitle")
        self.detail = QLabel(self)
        self.detail.setObjectName("importDetail")
        self.current = QLabel(self)
        self.current.setObjectName("importCurrent")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importBar")
        self.cancel_button = QPushButton(translate("ImportPanel", "Annuler l'import"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self._cancel)
        layout = QGridLayout(self)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.cancel_button, 0, 1)
        layout.addWidget(self.bar, 1, 0, 1, 2)
        layout.addWidget(self.detail, 2, 0, 1, 2)
        layout.addWidget(self.current, 3, 0, 1, 2)
        self.hide()

    def start(self, folder: str) -> None:
        self.title.setText(translate("ImportPanel", "Import de « %1 » en cours…").replace("%1", folder))
        self.detail.setText(translate("ImportPanel", "Préparation…"))
        self.current.clear()
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(translate("ImportPanel", "Annuler l'import"))
        self.show()

    def update_progress(self, progress: Progress) -> None:
        if progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))
        else:
            self.bar.setRange(0, 0)
        self.detail.setText(progress_text(progress))
        if progress.current:
            name = PurePath(progress.current).name
            self.current.setText(translate("ImportPanel", "Fichier : %1").replace("%1", name))
            self.current.setToolTip(progress.current)

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(translate("ImportPanel", "Annulation…"))
        self.cancel_requested.emit()

    def finish(self) -> None:
        self.hide()
