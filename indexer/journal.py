"""The log file of an installation: where a support call starts when a clerk says "ça n'a pas marché".

Standard ``logging``, written to ``<data folder>/journal/registre.log`` (rotated: 4 files of 1 MB at
most). It receives every exception the program swallows to keep going, with its traceback, each
import's summary and each model load. It names files, never quotes their text: messages shown to
the clerk stay in the interface, in French.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
from pathlib import Path

from indexer.version import __version__

LOG_FOLDER = "journal"
LOG_FILE = "registre.log"
_FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s : %(message)s"
_MARK = "_registre_journal"  # set on our handler, so that attaching again replaces it


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_FOLDER / LOG_FILE


def attach(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send the log of this process to the data folder's journal; None when it cannot be written
    (a read-only folder must not stop the program that would report it)."""
    path = log_path(data_dir)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        if getattr(handler, "baseFilename", None) == str(path.resolve()):
            return path
        root.removeHandler(handler)
        handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # A read-only folder or file (a library on a USB key or a CD) is found now: with the handler's delay, it
        # was found at the first message, and logging printed its own traceback under the French one.
        with path.open("a", encoding="utf-8"):
            pass
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8", delay=True)
    except OSError:
        # No journal: its messages are dropped, as they are from the terminal when there is one, rather than printed
        # by logging's last resort beside the French message (« Arrêt : … ([Errno 30] Read-only file system) »).
        silent = logging.NullHandler()
        setattr(silent, _MARK, True)
        root.addHandler(silent)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    setattr(handler, _MARK, True)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.getLogger(__name__).info("Journal ouvert : Registre %s, Python %s, %s", _version(),
                                     platform.python_version(), platform.platform(terse=True))
    return path


def _version() -> str:
    return __version__


def detach() -> None:
    """Close the journal (tests and the app's data-folder switch)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
