"""The import progress strip: stage, counts, current file, ETA and a cancel button."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QLocale, Signal
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
    locale = QLocale()
    if progress.total:
        parts.append(f"{locale.toString(progress.done)} / {locale.toString(progress.total)} {unit}")
    if progress.pages:
        parts.append(translate("ImportPanel", "%1 pages lues").replace("%1", locale.toString(progress.pages)))
    if progress.eta_seconds is not None:
        parts.append(translate("ImportPanel", "reste environ %1").replace("%1", format_duration(progress.eta_seconds)))
    return " — ".join(parts)


def activity_text(progress: Progress) -> tuple[str, str] | None:
    """What the import is doing when it is past the files (no file name comes with the stage), and a tooltip;
    None where the last file's name still tells it. Without it the « Fichier : » line stays on the last file
    read for the minutes of the e5 stage, and the import looks frozen."""
    if progress.current:
        return None
    if progress.stage not in ("affinage", "vectorisation", "indexation"):
        return None
    if not progress.total:
        return "", ""  # nothing to do at this stage: no stale file name either
    locale = QLocale()
    done, total = locale.toString(progress.done), locale.toString(progress.total)
    if progress.stage == "affinage":
        tip = translate(
            "ImportPanel",
            "Chaque lot d'intitulés rend la recherche par le sens plus précise. "
            "« Annuler l'import » l'arrête sans perdre les documents importés ; l'affinage reprendra au prochain "
            "import.",
        )
        if not progress.done:
            text = translate(
                "ImportPanel", "Affinage de la recherche : chargement du modèle e5, %1 intitulés à traiter…"
            )
            return text.replace("%1", total), tip
        text = translate(
            "ImportPanel",
            "Affinage de la recherche : %1 / %2 intitulés (la recherche fonctionne déjà ; elle devient plus précise "
            "à chaque lot)",
        )
        return text.replace("%1", done).replace("%2", total), tip
    if progress.stage == "vectorisation":
        text = translate("ImportPanel", "Calcul des vecteurs de recherche par le sens : %1 / %2 passages")
        return text.replace("%1", done).replace("%2", total), ""
    text = translate("ImportPanel", "Nouvelle analyse des actes déjà importés : %1 / %2 actes")
    return text.replace("%1", done).replace("%2", total), ""


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
        activity = activity_text(progress)
        if activity is not None:
            self.current.setText(activity[0])
            self.current.setToolTip(activity[1])
        elif progress.current:
            name = PurePath(progress.current).name
            self.current.setText(translate("ImportPanel", "Fichier : %1").replace("%1", name))
            self.current.setToolTip(progress.current)

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(translate("ImportPanel", "Annulation…"))
        self.cancel_requested.emit()

    def finish(self) -> None:
        self.hide()
