"""What the screenshot scripts share: a virtual screen, a throw-away Qt app, the sample library, waiting, saving.

    from _shots import ShotSession, run_with_a_screen

    def main(args: list[str]) -> int:
        shots = ShotSession()
        window = shots.window()
        shots.import_samples(window)
        shots.save(window, out / "04-resultats.png")
        ...

    if __name__ == "__main__":
        run_with_a_screen(main, sys.argv[1:], screen=(1466, 868))

``run_with_a_screen`` runs ``main`` when a display exists (or inside the re-run), else re-runs the script
under ``xvfb-run``: the pictures are of a real X11 window, not of the offscreen platform. Every session
uses a fresh settings folder (``REGISTRE_CONFIG_DIR``) and data folders under its temporary folder, so a
clerk's own library and settings are never touched; :meth:`ShotSession.close` removes them.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

ROOT = Path(__file__).resolve().parent.parent
LAPTOP = (1366, 768)  # the most common screen in a town hall


def run_with_a_screen(main: Callable[[list[str]], int], args: list[str], screen: tuple[int, int]) -> NoReturn:
    if os.environ.get("REGISTRE_SHOTS_INNER") or os.environ.get("DISPLAY"):
        raise SystemExit(main(args))
    if shutil.which("xvfb-run") is None:
        print("xvfb-run introuvable : installez le paquet xvfb.", file=sys.stderr)
        raise SystemExit(2)
    script = str(Path(sys.argv[0]).resolve())
    cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {screen[0]}x{screen[1]}x24", sys.executable, script, *args]
    env = dict(os.environ, REGISTRE_SHOTS_INNER="1", QT_QPA_PLATFORM="xcb")
    raise SystemExit(subprocess.call(cmd, env=env))


class ShotSession:
    """The Qt application in French, over a temporary folder; windows, waits and saved pictures."""

    def __init__(self, prefix: str = "registre-shots-", tmp_parent: str | None = None) -> None:
        sys.path.insert(0, str(ROOT))
        self.tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=tmp_parent))
        os.environ["REGISTRE_CONFIG_DIR"] = str(self.tmp / "config")
        from PySide6.QtWidgets import QApplication

        from app.i18n import install_translation
        from app.qt_messages import install_message_filter

        install_message_filter()
        self.app = QApplication([sys.argv[0]])
        self._translators = install_translation(self.app, "fr")  # kept alive with the session

    def samples(self) -> Path:
        from app.paths import samples_dir

        samples = samples_dir()
        if samples is None:
            print("sample_deliberations/ introuvable", file=sys.stderr)
            raise SystemExit(2)
        return samples

    def wait(self, cond: Callable[[], bool], timeout: float = 600.0, settle: int = 25) -> None:
        """Runs the event loop until ``cond``, then a little longer for layouts and the PDF renderer."""
        deadline = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > deadline:
                raise TimeoutError("l'application n'a pas atteint l'état attendu à temps")
            self.app.processEvents()
            time.sleep(0.02)
        for _ in range(settle):
            self.app.processEvents()
            time.sleep(0.02)

    def window(
        self,
        size: tuple[int, int] = LAPTOP,
        tag: str = "",
        demo_folder: Path | None = None,
        show: bool = True,
        data_dir: Path | None = None,
    ) -> Any:
        """A main window over its own data folder, or ``data_dir`` (a COPY of a library: it may be migrated);
        ``tag`` gives each window a fresh settings folder too."""
        from app.main_window import MainWindow
        from app.notify import RecordingNotifier
        from app.settings import SettingsStore

        if tag:
            os.environ["REGISTRE_CONFIG_DIR"] = str(self.tmp / f"config-{tag}")  # a first start
        store = SettingsStore()
        data = data_dir or self.tmp / f"data{'-' + tag if tag else ''}"
        window = MainWindow(data, store.load(), store, notifier=RecordingNotifier(), demo_folder=demo_folder)
        window.resize(*size)
        if show:
            window.show()
        return window

    def open_library(self, window: Any) -> None:
        opened: list[object] = []
        window.session.opened.connect(opened.append)
        window.open_library()
        self.wait(lambda: bool(opened))

    def import_samples(self, window: Any, keep_summary: bool = False, timeout: float = 600.0) -> None:
        """Opens the window's library and imports the samples into it; the summary dialog is closed."""
        self.open_library(window)
        window.start_import(str(self.samples()))
        self.wait(lambda: not window.importer.running and window.summary is not None, timeout)
        if not keep_summary:
            window.summary.close()

    def save(self, widget: Any, path: Path, small: bool = False) -> Path:
        """The widget as painted; ``small``: 256 colours, for pictures kept in the repository."""
        path.parent.mkdir(parents=True, exist_ok=True)
        image = widget.grab().toImage()
        if not small:
            image.save(str(path))
            print(path)
            return path
        from PIL import Image
        from PySide6.QtCore import QBuffer, QIODevice

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        picture = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
        picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
        print(path, f"{path.stat().st_size // 1024} Kio")
        return path

    def report(self, window: Any) -> None:
        messages = window.notifier.messages
        if messages:
            print("messages :", messages, file=sys.stderr)

    def close(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)
