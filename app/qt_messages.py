"""Filters Qt's log of messages known to be harmless, so stderr only shows what matters.

The offscreen platform (tests, headless runs) warns on every minimum-size change of a window:
it simply has no window manager to tell. Everything else is passed on unchanged.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

HARMLESS = ("This plugin does not support propagateSizeHints()",)

_previous: Any = None


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message in HARMLESS:
        return
    if _previous is not None:
        _previous(kind, context, message)
    else:
        print(message, file=sys.stderr)


def install_message_filter() -> None:
    global _previous
    _previous = qInstallMessageHandler(_handler)
