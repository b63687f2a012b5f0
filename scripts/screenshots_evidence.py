"""Screenshots of evidence-first answers and of the model settings, under Xvfb, over the samples.

    python scripts/screenshots_evidence.py [OUT_DIR] [--real-model]   # default docs/screenshots

Saves: reponse-passage-surligne.png (the card: passage first, span highlighted, short answer),
reponse-lecteur-surligne.png (the reader opened on the span), refus-passage-proche.png (a
near-miss refused with its closest passage), parametres-modele-calibration.png (the settings after
« Vérifier et calibrer »). Without ``--real-model`` the chooser is scripted
(``assistant.llm.ScriptedLLM``) and so is the calibration's model: the pictures show the interface,
not the quality of a model (measured by ``bench/bench_choice.py``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)
QUESTION = "Quel est le prix du repas enfant à la cantine de Saint-Aubin en 2021 ?"
NEAR_MISS = "Quel est le prix du repas enfant à la cantine de Saint-Aubin en 2024 ?"


def _reexec_under_xvfb(args: list[str]) -> int:
    if shutil.which("xvfb-run") is None:
        print("xvfb-run introuvable : installez le paquet xvfb.", file=sys.stderr)
        return 2
    cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {SIZE[0] + 100}x{SIZE[1] + 100}x24", sys.executable, __file__, *args]
    env = dict(os.environ, REGISTRE_SHOTS_INNER="1", QT_QPA_PLATFORM="xcb")
    return subprocess.call(cmd, env=env)


def _chooser(messages: Sequence[Any]) -> str:
    question = messages[-1]["content"].split("\n", 1)[0]
    return "Aucune de ces réponses." if "2024" in question else "3,20 €"


def main(out: Path, real_model: bool) -> int:
    sys.path.insert(0, str(ROOT))
    tmp = Path(tempfile.mkdtemp(prefix="registre-shots-"))
    os.environ["REGISTRE_CONFIG_DIR"] = str(tmp / "config")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from app.dialogs.settings_dialog import SettingsDialog
    from app.i18n import install_translation
    from app.main_window import MainWindow
    from app.notify import RecordingNotifier
    from app.paths import samples_dir
    from app.qt_messages import install_message_filter
    from app.settings import SettingsStore
    from assistant.llm import ScriptedLLM
    from assistant.model_check import CalibrationStore, check_and_calibrate

    install_message_filter()
    app = QApplication([sys.argv[0]])
    translators = install_translation(app, "fr")  # noqa: F841 - kept alive
    samples = samples_dir()
    if samples is None:
        print("sample_deliberations/ introuvable", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    store = SettingsStore()
    window = MainWindow(tmp / "data", store.load(), store, notifier=RecordingNotifier())
    window.resize(*SIZE)
    window.show()
    panel = window.assistant
    if not real_model:
        scripted = ScriptedLLM(_chooser)
        panel.service.llm_factory = lambda _setting, _progress, _cancel: scripted

    def wait(cond: Callable[[], bool], timeout: float = 1800.0) -> None:
        deadline = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > deadline:
                raise TimeoutError("l'application n'a pas atteint l'état attendu à temps")
            app.processEvents()
            time.sleep(0.02)
        for _ in range(25):
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
    window.start_import(str(samples))
    wait(lambda: not window.importer.running and window.summary is not None)
    window.summary.close()
    dock = window.assistant_dock
    dock.show()
    window.resizeDocks([dock], [520], Qt.Orientation.Horizontal)
    tab = panel.question_tab

    def ask(question: str) -> Any:
        tab.last_answer = None
        tab.edit.setText(question)
        tab.ask()
        wait(lambda: tab.last_answer is not None and not panel.status_row.isVisible())
        return tab.last_answer

    answer = ask(QUESTION)
    print("réponse :", answer.answer, answer.confidence, answer.reasons)
    shot(window, "reponse-passage-surligne.png")
    tab.view.place_activated.emit(tab.view.rendered.places[0])
    reader = window.search_page.reader
    wait(lambda: reader.path is not None and reader.highlighted_term() != "")
    shot(window, "reponse-lecteur-surligne.png")
    refusal = ask(NEAR_MISS)
    print("refus :", refusal.answer[:120], refusal.reasons)
    shot(window, "refus-passage-proche.png")

    # The settings after « Vérifier et calibrer » on a second model file.
    model = tmp / "modele-de-la-mairie.gguf"
    source = os.environ.get("REGISTRE_SHOTS_MODEL")
    if source:
        model = Path(source)
    else:
        model.write_bytes(b"GGUF" + b"\0" * 4096)

    def check(path: Path, progress: Any, cancel: Any) -> Any:
        lib = window.session.library
        return check_and_calibrate(
            path, CalibrationStore(tmp / "models"), lambda _p, _c: lib,
            lambda _p: ScriptedLLM(_chooser), progress, cancel,
            inspect_load=None if source else (lambda _p: "{{ messages }}"),
        )

    settings = window.settings
    settings.llm_model_file = str(model)
    dialog = SettingsDialog(settings, window, check=check)
    dialog.show()
    dialog.model_check.start()
    wait(lambda: dialog.model_check.outcome is not None, timeout=3600)
    dialog.adjustSize()
    shot(dialog, "parametres-modele-calibration.png")
    dialog.reject()
    window.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    argv = sys.argv[1:]
    real = "--real-model" in argv
    rest = [a for a in argv if a != "--real-model"]
    target = Path(rest[0] if rest else ROOT / "docs" / "screenshots")
    if os.environ.get("REGISTRE_SHOTS_INNER") or os.environ.get("DISPLAY"):
        raise SystemExit(main(target, real))
    raise SystemExit(_reexec_under_xvfb(argv))
