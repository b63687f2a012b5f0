"""Paramètres: data folder, OCR, model files, confidence threshold, language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.model_check_panel import CheckFn, ModelCheckPanel, real_check
from app.i18n import LANGUAGES, translate
from app.paths import is_writable_dir
from app.settings import Settings
from assistant.calibration import default_model
from assistant.model_check import CheckOutcome

# model file -> the threshold calibrated for that very file, or None
CalibratedFn = Callable[[str], "float | None"]


def stored_calibration(data_dir: Path) -> CalibratedFn:
    def lookup(path: str) -> float | None:
        from assistant.model_check import CalibrationStore
        from assistant.models_store import models_dir

        stored = CalibrationStore(models_dir(data_dir)).for_file(path)
        return None if stored is None else stored.threshold

    return lookup


def _data_dir_of(settings: Settings) -> Path:
    from app.paths import resolve_data_dir

    return resolve_data_dir(None, settings)


def model_problems(settings: Settings) -> list[str]:
    """French sentences for each configured model file or folder that is missing."""
    problems: list[str] = []
    if settings.embedding_model_dir and not Path(settings.embedding_model_dir).is_dir():
        problems.append(
            translate("SettingsDialog", "Le dossier du modèle de recherche « %1 » est introuvable.").replace(
                "%1", settings.embedding_model_dir
            )
        )
    if settings.llm_model_file and not Path(settings.llm_model_file).is_file():
        problems.append(
            translate("SettingsDialog", "Le fichier du modèle de l'assistant « %1 » est introuvable.").replace(
                "%1", settings.llm_model_file
            )
        )
    return problems


def settings_problems(settings: Settings) -> list[str]:
    """French sentences for each setting that cannot work as entered (empty list: all good)."""
    problems: list[str] = []
    if settings.data_dir and not is_writable_dir(Path(settings.data_dir)):
        problems.append(
            translate("SettingsDialog", "Le dossier de données « %1 » n'est pas accessible en écriture.").replace(
                "%1", settings.data_dir
            )
        )
    return problems + model_problems(settings)


class _PathField(QWidget):
    def __init__(self, value: str | None, pick_dir: bool, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(value or "", self)
        self.edit.setPlaceholderText(translate("SettingsDialog", "(par défaut)"))
        self.edit.setClearButtonEnabled(True)
        button = QPushButton(translate("SettingsDialog", "Parcourir…"), self)
        button.clicked.connect(self._browse)
        self._pick_dir, self._title = pick_dir, title
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(button)

    def _browse(self) -> None:
        if self._pick_dir:
            chosen = QFileDialog.getExistingDirectory(self, self._title, self.edit.text())
        else:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self._title,
                self.edit.text(),
                translate("SettingsDialog", "Modèles GGUF (*.gguf);;Tous (*)"),
            )
        if chosen:
            self.edit.setText(chosen)

    def value(self) -> str | None:
        return self.edit.text().strip() or None


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        check: CheckFn | None = None,
        calibrated: CalibratedFn | None = None,
        library_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        # Calibrations are stored beside the library the assistant reads (the session's, which a
        # ``--data-dir`` can move away from the settings' folder), so both look in the same place.
        calibration_dir = library_dir or _data_dir_of(settings)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "Paramètres"))
        self._original = settings
        self.data_dir = _PathField(settings.data_dir, True, translate("SettingsDialog", "Dossier de données"), self)
        self.ocr = QCheckBox(translate("SettingsDialog", "Lire les pages scannées (OCR)"), self)
        self.ocr.setChecked(settings.ocr_enabled)
        self.ocr_language = QComboBox(self)
        self.ocr_language.addItem(translate("SettingsDialog", "Français"), "fra")
        self.ocr_language.addItem(translate("SettingsDialog", "Français et anglais"), "fra+eng")
        self.ocr_language.setCurrentIndex(max(self.ocr_language.findData(settings.ocr_language), 0))
        self.embedding_dir = _PathField(
            settings.embedding_model_dir,
            True,
            translate("SettingsDialog", "Dossier du modèle de recherche"),
            self,
        )
        self.llm_file = _PathField(
            settings.llm_model_file,
            False,
            translate("SettingsDialog", "Fichier du modèle de l'assistant"),
            self,
        )
        self.model_check = ModelCheckPanel(check or real_check(calibration_dir), self.llm_file.value, self)
        self.model_check.finished.connect(self._calibrated)
        self._calibrated_for = calibrated or stored_calibration(calibration_dir)
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        chosen = settings.confidence_threshold
        # The threshold the assistant will use when the clerk sets none: the one calibrated for the chosen
        # model file, else the shipped default. Showing the default beside a calibrated file would show a
        # number the assistant does not use.
        self.threshold.setValue(self._automatic_threshold() if chosen is None else chosen)
        self.threshold_origin = QLabel(self)
        self.threshold_origin.setObjectName("thresholdOrigin")
        self.threshold_origin.setWordWrap(True)
        self.threshold_origin.setStyleSheet("color: #555555;")
        self._show_threshold_origin()
        self.threshold.valueChanged.connect(lambda _v: self._show_threshold_origin())
        self.llm_file.edit.textChanged.connect(lambda _t: self._show_threshold_origin())
        self.threshold.setToolTip(
            translate(
                "SettingsDialog",
                "Sous ce seuil, l'assistant répond qu'il ne sait pas et montre les sources les plus proches. "
                "Valeur par défaut : %1, calibrée pour refuser 95 % des questions sans réponse dans les documents.",
            ).replace("%1", f"{default_model().threshold:.2f}")
        )
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))

        form = QFormLayout()
        form.addRow(translate("SettingsDialog", "Dossier de données :"), self.data_dir)
        form.addRow("", self.ocr)
        form.addRow(translate("SettingsDialog", "Langue des documents scannés :"), self.ocr_language)
        form.addRow(translate("SettingsDialog", "Modèle de recherche (dossier) :"), self.embedding_dir)
        form.addRow(translate("SettingsDialog", "Modèle de l'assistant (fichier) :"), self.llm_file)
        form.addRow("", self.model_check)
        form.addRow(translate("SettingsDialog", "Seuil de confiance de l'assistant :"), self.threshold)
        form.addRow("", self.threshold_origin)
        form.addRow(translate("SettingsDialog", "Langue de l'interface :"), self.language)
        self.problems = QLabel(self)
        self.problems.setObjectName("settingsProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a00000;")
        note = QLabel(
            translate(
                "SettingsDialog",
                "Le changement de dossier de données ou de langue prend effet au prochain démarrage.",
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def result_settings(self) -> Settings:
        return replace(
            self._original,
            data_dir=self.data_dir.value(),
            ocr_enabled=self.ocr.isChecked(),
            ocr_language=str(self.ocr_language.currentData()),
            embedding_model_dir=self.embedding_dir.value(),
            llm_model_file=self.llm_file.value(),
            confidence_threshold=self._chosen_threshold(),
            language=str(self.language.currentData()),
        )

    def _automatic_threshold(self) -> float:
        path = self.llm_file.value()
        stored = self._calibrated_for(path) if path else None
        return default_model().threshold if stored is None else stored

    def _show_threshold_origin(self) -> None:
        self._shown_automatic = self._automatic_threshold()  # before a calibration stores a new one
        if round(self.threshold.value(), 2) != round(self._shown_automatic, 2):
            text = translate("SettingsDialog", "Seuil choisi par vous : il remplace le seuil calibré.")
        elif self.llm_file.value() and self._calibrated_for(self.llm_file.value() or "") is not None:
            text = translate("SettingsDialog", "Seuil calibré pour ce fichier de modèle.")
        else:
            text = translate("SettingsDialog", "Seuil par défaut, calibré pour le modèle livré.")
        self.threshold_origin.setText(text)

    def _calibrated(self, outcome: CheckOutcome) -> None:
        """A calibration just stored: the spin box shows its threshold, unless the clerk typed their own."""
        c = outcome.calibration
        if c is None or self.llm_file.value() != c.path:
            return
        own = round(self.threshold.value(), 2) != round(self._shown_automatic, 2)
        if not own:
            self.threshold.setValue(c.threshold)
        self._show_threshold_origin()

    def _chosen_threshold(self) -> float | None:
        value = round(self.threshold.value(), 2)
        return None if value == round(self._automatic_threshold(), 2) else value

    def done(self, result: int) -> None:
        self.model_check.shutdown()  # no calibration thread outlives the dialog
        super().done(result)

    def _accept(self) -> None:
        problems = settings_problems(self.result_settings())
        if problems:
            self.problems.setText("\n".join(problems))
            return
        self.accept()
