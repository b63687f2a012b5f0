"""Screenshots of the desktop app under Xvfb with the bundled sample library.

    python scripts/screenshots.py [OUT_DIR]        # default /tmp/registre-shots

Re-runs itself inside ``xvfb-run`` when no display is set. Uses a throw-away settings folder and
data folder, so the user's library is never touched. Saves:
01-premier-lancement.png, 02-import-en-cours.png, 03-resume-import.png, 04-resultats.png,
05-lecteur-page-surlignee.png, 06-bibliotheque.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)  # a common laptop screen


def _reexec_under_xvfb(out: Path) -> int:
    if shutil.which("xvfb-run") is None:
        print("xvfb-run introuvable : installez le paquet xvfb.", file=sys.stderr)
        return 2
    cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {SIZE[0] + 100}x{SIZE[1] + 100}x24", sys.executable, __file__, str(out)]
    env = dict(os.environ, REGISTRE_SHOTS_INNER="1", QT_QPA_PLATFORM="xcb")
    return subprocess.call(cmd, env=env)


def main(out: Path) -> int:
    sys.path.insert(0, str(ROOT))
    tmp = Path(tempfile.mkdtemp(prefix="registre-shots-"))
    os.environ["REGISTRE_CONFIG_DIR"] = str(tmp / "config")
    from PySide6.QtWidgets import QApplication, QWidget

    from app.i18n import install_translation
    from app.main_window import MainWindow
    from app.notify import RecordingNotifier
    from app.paths import samples_dir
    from app.qt_messages import install_message_filter
    from app.settings import SettingsStore

    install_message_filter()
    app = QApplication([sys.argv[0]])
    translators = install_translation(app, "fr")  # noqa: F841 - kept alive
    samples = samples_dir()
    if samples is None:
        print("sample_deliberations/ introuvable", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    store = SettingsStore()
    notifier = RecordingNotifier()
    window = MainWindow(tmp / "data", store.load(), store, notifier=notifier)
    window.resize(*SIZE)
    window.show()

    def wait(cond: Callable[[], bool], timeout: float = 300.0) -> None:
        deadline = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > deadline:
                raise TimeoutError("l'application n'a pas atteint l'état attendu à temps")
            app.processEvents()
            time.sleep(0.02)
        for _ in range(20):  # let layouts and the PDF renderer settle
            app.processEvents()
            time.sleep(0.02)

    def shot(widget: QWidget, name: str) -> None:
        path = out / name
        widget.grab().save(str(path))
        print(path)

    opened: list[object] = []
    window.session.opened.connect(opened.append)
    window.open_library()
    wait(lambda: bool(opened))
    shot(window, "01-premier-lancement.png")

    progress: list[object] = []
    window.importer.progress.connect(progress.append)
    window.start_import(str(samples))
    wait(lambda: any(getattr(p, "stage", "") == "ocr" and getattr(p, "done", 0) >= 1 for p in progress))
    shot(window, "02-import-en-cours.png")
    wait(lambda: not window.importer.running and window.summary is not None)
    window.summary.adjustSize()
    shot(window.summary, "03-resume-import.png")
    window.summary.close()

    def search(text: str) -> None:
        window.search_page.search_bar.set_text(text)
        window.searcher.last = None
        window.search_page.search_bar.submit()
        wait(lambda: window.searcher.last is not None and window.searcher.last.query == text)

    search("subvention club de football")
    shot(window, "04-resultats.png")
    search("vente d'une parcelle communale aux Grands Champs")
    window.search_page.results.select_row(0)
    reader = window.search_page.reader
    wait(lambda: reader.stack.currentWidget() is reader.pdf_view and reader.current_page() > 1)
    wait(lambda: window.search_page.act_panel.similar_list.count() > 1, timeout=60)
    shot(window, "05-lecteur-page-surlignee.png")
    window.tabs.setCurrentWidget(window.library_view)
    shot(window, "06-bibliotheque.png")
    if notifier.messages:
        print("messages :", notifier.messages, file=sys.stderr)
    window.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/registre-shots")
    if os.environ.get("REGISTRE_SHOTS_INNER") or os.environ.get("DISPLAY"):
        raise SystemExit(main(target))
    raise SystemExit(_reexec_under_xvfb(target))
