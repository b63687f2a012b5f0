"""First run: an empty library with one clear action."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.i18n import translate
from app.widgets.welcome_parts import big_button, heading, problem_label


class EmptyState(QWidget):
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        title = heading(translate("EmptyState", "Votre bibliothèque est vide"), self)
        explain = QLabel(
            translate(
                "EmptyState",
                "Choisissez le dossier où sont rangées vos délibérations\n"
                "(PDF, Word, OpenDocument ou texte). Registre les lit, les classe\n"
                "et vous permet ensuite de les retrouver en quelques mots.\n"
                "Tout reste sur cet ordinateur.",
            ),
            self,
        )
        explain.setWordWrap(False)  # explicit line breaks: a wrapped label in a centred column gets clipped
        self.button = big_button(translate("EmptyState", "Importer un dossier…"), "emptyImportButton", self, True)
        self.button.setMinimumWidth(260)
        self.button.clicked.connect(self.import_requested)
        self.hint = hint = QLabel(
            translate("EmptyState", "Vous pouvez aussi faire glisser un dossier sur cette fenêtre."), self
        )
        hint.setEnabled(False)
        self.problem = problem_label(self, "emptyProblem")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (title, explain, self.button, hint, self.problem):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            if isinstance(widget, QLabel):
                widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)

    def set_busy(self, busy: bool) -> None:
        """While the library opens the button waits, so a click cannot race the opening."""
        self.button.setEnabled(not busy)

    def set_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def set_importing(self, importing: bool) -> None:
        self.button.setEnabled(not importing)
        self.hint.setText(
            translate("EmptyState", "Import en cours : les documents apparaîtront ici dès qu'ils seront lus.")
            if importing
            else translate("EmptyState", "Vous pouvez aussi faire glisser un dossier sur cette fenêtre.")
        )
