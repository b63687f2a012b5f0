"""Screenshots of the demo at laptop and desktop sizes, under Xvfb, for docs/screenshots/.

    python scripts/screenshots_layout.py [OUT_DIR] [--sizes 1366x768,1600x900,1920x1080]

For each size, the window opens in demo mode (``registre gui --demo``: the samples are imported into a
throw-away data folder) and the script saves, with W×H in the name:
  demo-premier-ecran-WxH.png   the demo's first screen (results of « subvention club de football »,
                               the first one open, the banner about unreadable samples)
  resultats-WxH.png            the results pane alone, as a clerk reads it
  assistant-ouvert-WxH.png     a result open with the assistant dock open (scripted model answer)
PNGs are reduced to 256 colours so they stay small in the repository. Re-runs itself inside
``xvfb-run`` when no display is set.
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
SIZES = ((1366, 768), (1600, 900), (1920, 1080))
QUESTION = "Quelle subvention pour le club de football de Saint-Aubin en 2021 ?"
REPLY = "1 500 euros"  # the span the scripted model chooses (it scores the choices, it writes nothing)


def _reexec_under_xvfb(args: list[str]) -> int:
    if shutil.which("xvfb-run") is None:
        print("xvfb-run introuvable : installez le paquet xvfb.", file=sys.stderr)
        return 2
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", sys.executable, __file__, *args]
    env = dict(os.environ, REGISTRE_SHOTS_INNER="1", QT_QPA_PLATFORM="xcb")
    return subprocess.call(cmd, env=env)


def _save_small(image: object, path: Path) -> None:
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[attr-defined]
    import io

    picture = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
    picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    print(path, f"{path.stat().st_size // 1024} Kio")


def main(out: Path, sizes: list[tuple[int, int]]) -> int:
    sys.path.insert(0, str(ROOT))
    tmp = Path(tempfile.mkdtemp(prefix="registre-shots-"))
    os.environ["REGISTRE_CONFIG_DIR"] = str(tmp / "config")
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from app.i18n import install_translation
    from app.main_window import MainWindow
    from app.notify import RecordingNotifier
    from app.paths import samples_dir
    from app.qt_messages import install_message_filter
    from app.settings import SettingsStore
    from assistant.llm import ScriptedLLM

    install_message_filter()
    app = QApplication([sys.argv[0]])
    translators = install_translation(app, "fr")  # noqa: F841 - kept alive
    samples = samples_dir()
    if samples is None:
        print("sample_deliberations/ introuvable", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)

    def wait(cond: Callable[[], bool], timeout: float = 600.0) -> None:
        deadline = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > deadline:
                raise TimeoutError("l'application n'a pas atteint l'état attendu à temps")
            app.processEvents()
            time.sleep(0.02)
        for _ in range(25):  # let layouts and the PDF renderer settle
            app.processEvents()
            time.sleep(0.02)

    def shot(widget: QWidget, name: str) -> None:
        _save_small(widget.grab().toImage(), out / name)

    for width, height in sizes:
        tag = f"{width}x{height}"
        os.environ["REGISTRE_CONFIG_DIR"] = str(tmp / f"config-{tag}")  # a first start at each size
        store = SettingsStore()
        notifier = RecordingNotifier()
        window = MainWindow(tmp / f"data-{tag}", store.load(), store, notifier=notifier, demo_folder=samples)
        window.resize(width, height)
        window.show()
        scripted = ScriptedLLM([REPLY] * 3)
        window.assistant.service.llm_factory = lambda _setting, _progress, _cancel, s=scripted: s
        window.open_library()
        reader = window.search_page.reader
        wait(lambda w=window: not w.importer.running and w.summary is not None and w.library_counts[1] > 0)
        wait(lambda r=reader: r.path is not None and r.stack.currentWidget() is r.pdf_view)
        modal = [d for d in window.findChildren(QDialog) if d.isVisible()]
        assert not modal and app.activeModalWidget() is None, f"dialogue au démarrage de la démo : {modal}"
        shot(window, f"demo-premier-ecran-{tag}.png")
        shot(window.search_page.results, f"resultats-{tag}.png")

        window.assistant_dock.show()
        tab = window.assistant.question_tab
        tab.last_answer = None
        tab.edit.setText(QUESTION)
        tab.ask()
        wait(lambda t=tab, w=window: t.last_answer is not None and not w.assistant.status_row.isVisible())
        window.search_page.results.select_row(1)
        wait(lambda r=reader: r.path is not None and r.highlighted_term() != "")
        print(
            f"{tag}: lecteur {reader.width()} px, résultats {window.search_page.results.width()} px, "
            f"assistant {window.assistant_dock.width()} px, panneau replié : {window.search_page.compact}"
        )
        shot(window, f"assistant-ouvert-{tag}.png")
        if notifier.messages:
            print("messages :", notifier.messages, file=sys.stderr)
        window.close()
        window.deleteLater()
        app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    argv = sys.argv[1:]
    chosen = list(SIZES)
    if "--sizes" in argv:
        i = argv.index("--sizes")
        chosen = [tuple(int(n) for n in s.split("x")) for s in argv[i + 1].split(",")]  # type: ignore[misc]
        argv = argv[:i] + argv[i + 2 :]
    target = Path(argv[0] if argv else "/tmp/registre-shots")
    if os.environ.get("REGISTRE_SHOTS_INNER") or os.environ.get("DISPLAY"):
        raise SystemExit(main(target, chosen))
    raise SystemExit(_reexec_under_xvfb(sys.argv[1:]))
