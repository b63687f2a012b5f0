"""« À propos » — says plainly that nothing leaves the computer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.i18n import translate
from indexer.version import __version__


def app_version() -> str:
    return __version__


class AboutDialog(QDialog):
    def __init__(self, data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("AboutDialog", "À propos de Registre"))
        title = QLabel(f"<h2>Registre {app_version()}</h2>", self)
        self.title = title
        text = QLabel(
            translate(
                "AboutDialog",
                "Registre retrouve, lit et résume les délibérations de votre conseil municipal.<br><br>"
                "<b>Rien ne quitte cet ordinateur.</b> Les documents, les recherches, les questions posées à "
                "l'assistant et les brouillons sont traités ici, sans connexion à Internet et sans aucun "
                "service extérieur.<br><br>"
                "Les textes rédigés avec l'aide de l'assistant portent la mention « à relire » tant que vous "
                "ne les avez pas validés.",
            ),
            self,
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.body = text
        where = QLabel(translate("AboutDialog", "Dossier de données : %1").replace("%1", data_dir), self)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, text, where, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)
