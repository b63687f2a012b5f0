"""`registre gui [--data-dir D] [--demo]` and `python -m app`: opens the window.

Qt is imported only when the command runs, so `registre search` never pays for it.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
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

    install_message_filter()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Registre")
    app.setApplicationDisplayName("Registre")
    store = SettingsStore()
    settings = store.load()
    translators = install_translation(app, settings.language)  # noqa: F841 - must outlive the window
    demo_folder: Path | None = None
    temp_dir: str | None = None
    if demo:
        demo_folder = samples_dir()
        if demo_folder is None:
            print(
                "registre : dossier sample_deliberations/ introuvable (définissez REGISTRE_SAMPLES).",
                file=sys.stderr,
            )
            return 2
        temp_dir = tempfile.mkdtemp(prefix="registre-demo-")
        data_dir = Path(temp_dir)
    else:
        data_dir = resolve_data_dir(data_dir_arg, settings)
    try:
        window = MainWindow(data_dir, settings, store, demo_folder=demo_folder)
        window.show()
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
        window.open_library()
        _close_on_signals(window)
        return int(app.exec())
    finally:
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)


def _close_on_signals(window: Any) -> None:
    """Ctrl+C or a termination signal closes the window cleanly (jobs cancelled, temp folder removed).

    Python only runs signal handlers between bytecodes, so a light timer keeps it awake.
    """
    import signal

    from PySide6.QtCore import QTimer

    def request_close(_signum: int, _frame: Any) -> None:
        QTimer.singleShot(0, window.close)

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, request_close)
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)
