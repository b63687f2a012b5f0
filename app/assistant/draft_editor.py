"""The editable draft: AI mark until validated, placeholders highlighted, export to .docx / .odt.

Export goes through a save dialog, whose overwrite confirmation is the only way an existing file
is replaced; the file is written off the UI thread.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.assistant.draft_document import PlaceholderHighlighter, placeholders_in, read_draft, render_draft
from app.assistant.preferences import AssistantPreferences
from app.i18n import translate
from app.jobs import Job, JobFailure, JobRunner, ProgressFn
from app.session import LibrarySession, failure_text
from assistant.export import AI_MARK, PLACEHOLDER_RE, Draft, DraftFileExists, export_draft
from indexer.progress import CancelToken

# (suffix ".docx"/".odt", proposed file name) -> chosen path, or None when the clerk cancels
PathChooser = Callable[[str, str], str | None]
NameAsker = Callable[[], str | None]


def file_stem(title: str, limit: int = 80) -> str:
    """« Procès-verbal de la séance du 28 mars 2024 » -> proces-verbal-de-la-seance-du-28-mars-2024:
    plain ASCII travels safely as an e-mail attachment or on a USB key."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_title.casefold()).strip("-")
    if len(stem) > limit:
        stem = stem[:limit].rsplit("-", 1)[0]
    return stem or "brouillon"


class DraftEditor(QWidget):
    exported = Signal(str)  # path written
    status_message = Signal(str)

    def __init__(
        self, session: LibrarySession, preferences: AssistantPreferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftEditor")
        self.session = session
        self.preferences = preferences
        self.template: Draft | None = None
        self.choose_path: PathChooser = self._ask_path
        self.ask_name: NameAsker = self._ask_name
        self.last_folder = str(Path.home())

        self.ai_banner = QLabel(AI_MARK, self)
        self.ai_banner.setObjectName("draftAiMark")
        self.ai_banner.setWordWrap(True)
        self.ai_banner.setStyleSheet("QLabel { color: #c62828; font-weight: bold; }")
        self.editor = QTextEdit(self)
        self.editor.setObjectName("draftText")
        self.editor.setAcceptRichText(False)  # pasted text keeps the draft's own styles
        self.editor.setAccessibleName(translate("DraftEditor", "Texte du brouillon"))
        self.highlighter = PlaceholderHighlighter(self.editor.document())
        self.editor.textChanged.connect(self._update_state)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.validate_button = QPushButton(translate("DraftEditor", "Valider…"), self)
        self.validate_button.setToolTip(
            translate(
                "DraftEditor",
                "Vous avez relu le brouillon et en prenez la responsabilité : la mention « IA » est retirée.",
            )
        )
        self.next_button = QPushButton(translate("DraftEditor", "À compléter suivant"), self)
        self.next_button.setToolTip(
            translate("DraftEditor", "Sélectionne le prochain élément à compléter : tapez pour le remplacer (F8).")
        )
        self.next_button.setShortcut(Qt.Key.Key_F8)
        self.next_button.clicked.connect(self.next_placeholder)
        self.docx_button = QPushButton(translate("DraftEditor", "Exporter en .docx…"), self)
        self.odt_button = QPushButton(translate("DraftEditor", "Exporter en .odt…"), self)
        self.validate_button.clicked.connect(self.validate)
        self.docx_button.clicked.connect(lambda: self.export(".docx"))
        self.odt_button.clicked.connect(lambda: self.export(".odt"))
        buttons = QGridLayout()  # two by two: the panel stays narrow enough to dock beside the reader
        for i, button in enumerate((self.next_button, self.validate_button, self.docx_button, self.odt_button)):
            buttons.addWidget(button, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ai_banner)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.info)
        layout.addLayout(buttons)
        self.set_draft(None)

    # -- content ---------------------------------------------------------------------------
    def set_draft(self, draft: Draft | None, warnings: list[str] | None = None) -> None:
        self.template = draft
        self._warnings = list(warnings or [])
        if draft is None:
            self.editor.clear()
        else:
            render_draft(self.editor.document(), draft)
            self.editor.moveCursor(QTextCursor.MoveOperation.Start)
        self._update_state()

    def current_draft(self) -> Draft | None:
        if self.template is None:
            return None
        return read_draft(self.editor.document(), self.template)

    def placeholders(self) -> list[str]:
        return placeholders_in(self.editor.document())

    def _update_state(self) -> None:
        has = self.template is not None
        for button in (self.validate_button, self.docx_button, self.odt_button):
            button.setEnabled(has)
        self.editor.setReadOnly(not has)
        self.ai_banner.setVisible(has and bool(self.template and self.template.shows_ai_mark))
        if not has:
            self.next_button.setEnabled(False)
            self.info.setText(translate("DraftEditor", "Choisissez un document à rédiger ci-dessus."))
            return
        assert self.template is not None
        lines = []
        count = len(self.placeholders())
        self.next_button.setEnabled(count > 0)
        if count:
            lines.append(
                translate("DraftEditor", "%1 élément(s) à compléter, surligné(s) en jaune.").replace("%1", str(count))
            )
        if self.template.validated:
            lines.append(self.template.validation_line() or "")
            self.validate_button.setEnabled(False)
        lines += self._warnings
        self.info.setText("\n".join(line for line in lines if line))

    def next_placeholder(self) -> bool:
        """Selects the next «[à compléter : …]» after the cursor (from the top again at the end)."""
        doc, pattern = self.editor.document(), QRegularExpression(PLACEHOLDER_RE.pattern)
        found = doc.find(pattern, self.editor.textCursor())
        if found.isNull():
            found = doc.find(pattern, 0)
        if found.isNull():
            return False
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        self.editor.setFocus()
        return True

    # -- validation ------------------------------------------------------------------------
    def _ask_name(self) -> str | None:
        name, ok = QInputDialog.getText(
            self,
            translate("DraftEditor", "Valider le brouillon"),
            translate("DraftEditor", "Votre nom (il figurera sur le document validé) :"),
            QLineEdit.EchoMode.Normal,
            self.preferences.validator_name,
        )
        return name.strip() if ok and name.strip() else None

    def validate(self) -> bool:
        if self.template is None:
            return False
        name = self.preferences.validator_name or self.ask_name()
        if not name:
            return False
        if name != self.preferences.validator_name:
            self.preferences.validator_name = name
            self.preferences.save()
        edited = self.current_draft()
        assert edited is not None
        self.template = edited.validate(name)
        render_draft(self.editor.document(), self.template)  # AI paragraphs lose their "to check" look
        self._update_state()
        self.status_message.emit(translate("DraftEditor", "Brouillon validé par %1.").replace("%1", name))
        return True

    # -- export ----------------------------------------------------------------------------
    def _ask_path(self, suffix: str, name: str) -> str | None:
        filters = {
            ".docx": translate("DraftEditor", "Document Word (*.docx)"),
            ".odt": translate("DraftEditor", "Document OpenDocument (*.odt)"),
        }
        # QFileDialog asks before replacing an existing file (its default): never a silent overwrite.
        path, _ = QFileDialog.getSaveFileName(
            self, translate("DraftEditor", "Exporter le brouillon"), str(Path(self.last_folder) / name), filters[suffix]
        )
        return path or None

    def export(self, suffix: str) -> Job | None:
        draft = self.current_draft()
        if draft is None:
            return None
        chosen = self.choose_path(suffix, file_stem(draft.title) + suffix)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
            if path.exists():  # a name the dialog did not check: ask through the dialog again
                self.status_message.emit(str(DraftFileExists(path)))
                return None
        self.last_folder = str(path.parent)

        def work(_progress: ProgressFn, _cancel: CancelToken) -> Any:
            return export_draft(draft, path, overwrite=True)  # the dialog confirmed any replacement

        job = Job(work, "export-draft")
        job.result.connect(self._exported)
        job.error.connect(self._export_failed)
        self.session.runner.submit(job, JobRunner.READER)
        return job

    def _exported(self, path: object) -> None:
        self.status_message.emit(translate("DraftEditor", "Brouillon enregistré : %1").replace("%1", str(path)))
        self.exported.emit(str(path))

    def _export_failed(self, failure: JobFailure) -> None:
        self.info.setText(translate("DraftEditor", "L'export a échoué : %1").replace("%1", failure_text(failure)))
