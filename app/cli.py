"""`registre gui [--data-dir D] [--demo]` and `python -m app`: opens the window.

Qt is imported only when the command runs, so `registre search` never pays for it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="dossier des données de Registre (catalogue et index)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="ouvre les délibérations d'exemple dans un dossier de données temporaire",
    )


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "gui",
        help="ouvre la fenêtre de Registre",
        description="Ouvre la fenêtre de recherche et de lecture des délibérations.",
    )
    _add_arguments(parser)
    parser.set_defaults(func=lambda args: launch(args.data_dir, args.demo))


def run_from_argv(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m app", description="Registre — fenêtre principale.")
    _add_arguments(parser)
    args = parser.parse_args(argv)
    return launch(args.data_dir, args.demo)


def launch(data_dir_arg: str | None, demo: bool) -> int:
    from PySide6.QtWidgets import QApplication

    from app.i18n import install_translation, translate
    from app.main_window import MainWindow
    from app.paths import resolve_data_dir, samples_dir
    from app.qt_messages import install_message_filter
    from app.settings import SettingsStore
    from indexer.config import default_data_dir

    started = time.perf_counter()
    install_message_filter()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Registre")
    app.setApplicationDisplayName("Registre")
    store = SettingsStore()
    settings = store.load()
    translators = install_translation(app, settings.language)  # noqa: F841 - must outlive the window
    stop = _StopOnSignals(app)
    demo_folder: Path | None = None
    temp_dir: str | None = None
    data_dir = resolve_data_dir(data_dir_arg, settings)
    open_import = welcomed = False
    if not demo and _wants_welcome(data_dir_arg, settings.welcome_done):
        choice, data_dir = _welcome(data_dir)
        if stop.requested:  # closed by a signal: nothing was answered, the welcome comes back next time
            return 0
        welcomed = True
        settings.welcome_done = True
        settings.data_dir = None if data_dir == default_data_dir() else str(data_dir)
        store.save(settings)
        demo = choice == "exemples"
        open_import = choice == "importer"
    if demo:
        demo_folder = samples_dir()
        if demo_folder is None:
            print(
                "registre : dossier sample_deliberations/ introuvable (définissez REGISTRE_SAMPLES).",
                file=sys.stderr,
            )
            return 2
        # `registre gui --demo` (a developer's) uses the system's temporary folder; the clerk's
        # « Essayer avec les exemples » stays inside her data folder, removed when the window closes.
        parent = data_dir if welcomed else None
        if parent is not None:
            parent.mkdir(parents=True, exist_ok=True)
        temp_dir = tempfile.mkdtemp(prefix="exemples-" if welcomed else "registre-demo-", dir=parent)
        data_dir = Path(temp_dir)
    try:
        window = MainWindow(data_dir, settings, store, demo_folder=demo_folder)
        window.show()
        _log_when_shown(window, started)
        if store.load_problem:
            window.notifier.error(
                translate("Launch", "Paramètres illisibles"),
                translate(
                    "Launch",
                    "Le fichier de paramètres était illisible : les réglages par défaut sont "
                    "utilisés (l'ancien fichier a été mis de côté).",
                ),
                store.load_problem,
            )
        if open_import:
            _import_once_opened(window)
        window.open_library()
        stop.target = window
        return int(app.exec())
    finally:
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)


def _wants_welcome(data_dir_arg: str | None, welcome_done: bool) -> bool:
    """The welcome is for a clerk's first start: a folder given on the command line is a choice made."""
    from indexer.config import ENV_DATA_DIR

    return not welcome_done and not data_dir_arg and not os.environ.get(ENV_DATA_DIR)


def _welcome(data_dir: Path) -> tuple[str, Path]:
    """Shows the first-run dialog: what the clerk chose, and the library folder."""
    from app.first_run import FirstRunDialog

    dialog = FirstRunDialog(data_dir)
    dialog.show()
    dialog.exec()
    return str(dialog.choice), dialog.data_dir


def _import_once_opened(window: Any) -> None:
    """« Importer un dossier… » asks for the folder as soon as the library is open."""

    def ask(*_args: object) -> None:
        window.session.opened.disconnect(ask)
        window.start_import()

    window.session.opened.connect(ask)


def _log_when_shown(window: Any, started: float) -> None:
    """The journal records how long the window took to appear (support, and bench/check_frozen_build.py)."""
    import logging

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: logging.getLogger("app").info(
        "Fenêtre affichée en %.2f s (depuis le lancement de l'interface)", time.perf_counter() - started))


class _StopOnSignals:
    """Ctrl+C or a termination signal closes the window cleanly (jobs cancelled, temp folder removed),
    or, during the welcome, ends the app without opening the window.

    Python only runs signal handlers between bytecodes, so a light timer keeps it awake.
    """

    def __init__(self, app: Any) -> None:
        import signal

        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        self.requested = False
        self.target: Any = None

        def request_close(_signum: int, _frame: Any) -> None:
            self.requested = True
            modal = QApplication.activeModalWidget()
            QTimer.singleShot(0, self.target.close if self.target else (modal.close if modal else app.closeAllWindows))

        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, request_close)
        self._timer = QTimer(app)
        self._timer.timeout.connect(lambda: None)
        self._timer.start(250)
