"""A thin, non-modal banner above the tabs: « 4 fichiers n'ont pas pu être lus — voir ».

It tells without interrupting: the window stays usable, the link opens the details, the × hides it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from app.i18n import translate


class NoticeBanner(QFrame):
    details_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setStyleSheet(
            "QFrame#noticeBanner { background: #fff4ce; border: 1px solid #e3c767; border-radius: 4px; }"
            "QFrame#noticeBanner QLabel { color: #4a3b00; }"
        )
        self.label = QLabel(self)
        self.label.setObjectName("noticeText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.label.linkActivated.connect(lambda _link: self.details_requested.emit())
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(translate("NoticeBanner", "Masquer ce message"))
        self.close_button.setAccessibleName(translate("NoticeBanner", "Masquer ce message"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 4, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_unreadable(self, count: int) -> None:
        """« N fichiers n'ont pas pu être lus — voir »; the link asks for the import summary."""
        if count == 1:
            text = translate("NoticeBanner", "1 fichier n'a pas pu être lu — <a href=\"#resume\">voir</a>")
        else:
            text = translate("NoticeBanner", "%1 fichiers n'ont pas pu être lus — <a href=\"#resume\">voir</a>")
            text = text.replace("%1", str(count))
        self.label.setText(text)
        self.show()

    def plain_text(self) -> str:
        return self.label.text().replace('<a href="#resume">', "").replace("</a>", "")
