"""Error and question dialogs behind one small interface, so tests can run without modal dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.i18n import translate


class Notifier:
    """Shows French messages; ``detail`` (technical text) goes into "Afficher les détails…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def error(self, title: str, text: str, detail: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.parent)
        if detail:
            box.setDetailedText(detail)
        box.exec()

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def ask(self, title: str, text: str, accept: str, reject: str | None = None) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self.parent)
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(reject or translate("Notifier", "Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes


class RecordingNotifier(Notifier):
    """Records messages instead of showing them (tests, ``--no-dialogs``); answers from a script."""

    def __init__(self, answers: list[bool] | None = None) -> None:
        super().__init__(None)
        self.messages: list[tuple[str, str, str, str]] = []  # (kind, title, text, detail)
        self.answers = list(answers or [])

    def error(self, title: str, text: str, detail: str = "") -> None:
        self.messages.append(("error", title, text, detail))

    def info(self, title: str, text: str) -> None:
        self.messages.append(("info", title, text, ""))

    def ask(self, title: str, text: str, accept: str, reject: str | None = None) -> bool:
        self.messages.append(("ask", title, text, accept))
        return self.answers.pop(0) if self.answers else False

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text, _d in self.messages if kind is None or k == kind]
