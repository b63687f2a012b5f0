"""The place reserved for the assistant panel (issue 5): a dock the assistant layer fills in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

from app.i18n import translate


class AssistantDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("AssistantDock", "Assistant"), parent)
        self.setObjectName("assistantDock")  # saveState() needs a stable name
        placeholder = QLabel(translate("AssistantDock", "L'assistant de rédaction apparaîtra ici."), self)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        self.setWidget(placeholder)

    def set_panel(self, panel: QWidget) -> None:
        """Called by the assistant layer once its panel exists; the dock keeps its place and state."""
        old = self.widget()
        self.setWidget(panel)
        if old is not None and old is not panel:
            old.deleteLater()
