"""The pieces that the first-run welcome and the empty library's page share: one look for both first screens."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

PROBLEM_COLOUR = "#a00000"  # dark red: readable on the light and the dark palettes
BIG_BUTTON_HEIGHT = 44  # a first action a new user finds at once


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


def big_button(text: str, name: str, parent: QWidget, default: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setDefault(default)
    button.setMinimumHeight(BIG_BUTTON_HEIGHT)
    return button


def problem_label(parent: QWidget, name: str = "") -> QLabel:
    """Hidden until there is something wrong to say (a folder that refuses writing, a library that won't open)."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
    label.hide()
    return label
