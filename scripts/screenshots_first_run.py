"""Screenshots of the first-run welcome under Xvfb, with the real model pieces when they are installed.

    python scripts/screenshots_first_run.py [OUT_DIR]        # default /tmp/registre-shots

Re-runs itself inside ``xvfb-run`` when no display is set. A throw-away config folder and per-user
data folder (``XDG_DATA_HOME``) stand for a clerk's first start, so the real join of the model's
pieces runs (1.1 GB written there, removed at the end). Saves:
premier-lancement-preparation.png (the join in progress, size and time left),
premier-lancement-pret.png (model ready), premier-lancement-sans-modele.png (no pieces installed).
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


def _reexec_under_xvfb(out: Path) -> int:
    if shutil.which("xvfb-run") is None:
        print("xvfb-run introuvable : installez le paquet xvfb.", file=sys.stderr)
        return 2
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, __file__, str(out)]
    env = dict(os.environ, REGISTRE_SHOTS_INNER="1", QT_QPA_PLATFORM="xcb")
    return subprocess.call(cmd, env=env)


def main(out: Path) -> int:
    sys.path.insert(0, str(ROOT))
    tmp = Path(tempfile.mkdtemp(prefix="registre-first-run-", dir=os.environ.get("REGISTRE_SHOTS_TMP")))
    os.environ["REGISTRE_CONFIG_DIR"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    os.environ.pop("REGISTRE_DATA_DIR", None)
    from PySide6.QtWidgets import QApplication

    import assistant.models_store as store
    from app.first_run import FirstRunDialog, ModelState
    from app.i18n import install_translation
    from app.qt_messages import install_message_filter
    from indexer.config import default_data_dir

    install_message_filter()
    app = QApplication([sys.argv[0]])
    translators = install_translation(app, "fr")  # noqa: F841 - kept alive
    out.mkdir(parents=True, exist_ok=True)

    def wait(cond: Callable[[], bool], timeout: float = 600.0) -> None:
        deadline = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > deadline:
                raise TimeoutError("le premier lancement n'a pas atteint l'état attendu à temps")
            app.processEvents()
            time.sleep(0.02)
        for _ in range(10):
            app.processEvents()
            time.sleep(0.02)

    def shot(dialog: FirstRunDialog, name: str) -> None:
        path = out / name
        dialog.grab().save(str(path))
        print(path, "—", dialog.model_label.text())

    try:
        dialog = FirstRunDialog(default_data_dir())
        dialog.show()
        if dialog.state != ModelState.TO_PREPARE:
            print("les morceaux du modèle ne sont pas installés : pas de capture de la préparation", file=sys.stderr)
        else:
            started = time.perf_counter()
            wait(lambda: dialog.model_bar.value() > 250 and "restantes" in dialog.model_label.text())
            shot(dialog, "premier-lancement-preparation.png")
            wait(lambda: dialog.state != ModelState.TO_PREPARE)
            print(f"modèle assemblé et vérifié en {time.perf_counter() - started:.1f} s")
            shot(dialog, "premier-lancement-pret.png")
        dialog.close()

        store.part_paths = lambda: None  # a build without the pieces
        shutil.rmtree(tmp / "data", ignore_errors=True)
        missing = FirstRunDialog(default_data_dir())
        missing.show()
        wait(lambda: True)
        shot(missing, "premier-lancement-sans-modele.png")
        missing.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/registre-shots")
    if os.environ.get("REGISTRE_SHOTS_INNER") or os.environ.get("DISPLAY"):
        raise SystemExit(main(target))
    raise SystemExit(_reexec_under_xvfb(target))
