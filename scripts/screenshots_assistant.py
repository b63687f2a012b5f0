"""Screenshots of the assistant panel under Xvfb, over the bundled sample library.

    python scripts/screenshots_assistant.py [OUT_DIR] [--real-model]   # default /tmp/registre-shots

The answers come from the scripted model (``assistant.llm.ScriptedLLM``) unless ``--real-model``
is given: the pictures show the panel, not the quality of a model. Re-runs itself inside
``xvfb-run`` when no display is set; throw-away settings and data folders. Saves:
07-assistant-reponse.png, 08-assistant-citation-lecteur.png, 09-assistant-refus.png,
10-assistant-comparaison.png, 11-assistant-proces-verbal.png.
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)  # a common laptop screen
QUESTION = "Quelle subvention pour le club de football de Saint-Aubin en 2021 ?"
REPLIES = [
    "L'Association Sportive de Saint-Aubin a reçu une subvention de 1 500 euros pour l'année 2021 [1].",
    "Je ne sais pas.",
    "Points communs :\n- Les deux actes attribuent une subvention à l'Association Sportive de Saint-Aubin.\n"
    "Différences :\n- Le montant et l'année ne sont pas les mêmes.",
]


def _reexec_under_xvfb(args: list[str]) -> int:
    if shutil.which("xvfb-run") is None:
        print("xvfb-run introuvable : installez le paquet xvfb.", file=sys.stderr)
        return 2
    cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {SIZE[0] + 100}x{SIZE[1] + 100}x24", sys.executable, __file__, *args]
    env = dict(os.environ, REGISTRE_SHOTS_INNER="1", QT_QPA_PLATFORM="xcb")
    return subprocess.call(cmd, env=env)


def main(out: Path, real_model: bool) -> int:
    sys.path.insert(0, str(ROOT))
    tmp = Path(tempfile.mkdtemp(prefix="registre-shots-"))
    os.environ["REGISTRE_CONFIG_DIR"] = str(tmp / "config")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

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
    store = SettingsStore()
    notifier = RecordingNotifier()
    window = MainWindow(tmp / "data", store.load(), store, notifier=notifier)
    window.resize(*SIZE)
    window.show()
    panel = window.assistant
    if not real_model:
        scripted = ScriptedLLM(REPLIES)
        panel.service.llm_factory = lambda _setting, _progress, _cancel: scripted

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
    window.resizeDocks([dock], [470], Qt.Orientation.Horizontal)
    tab = panel.question_tab

    def ask(question: str) -> Any:
        tab.last_answer = None
        tab.edit.setText(question)
        tab.ask()
        wait(lambda: tab.last_answer is not None and not panel.status_row.isVisible())
        return tab.last_answer

    ask(QUESTION)
    shot(window, "07-assistant-reponse.png")
    tab.view.places.setCurrentRow(0)
    tab.view.place_activated.emit(tab.view.rendered.places[0])
    reader = window.search_page.reader
    wait(lambda: reader.path is not None and reader.highlighted_term() != "")
    shot(window, "08-assistant-citation-lecteur.png")
    ask("Quel est le tarif de la piscine municipale ?")
    shot(window, "09-assistant-refus.png")

    acts = panel.acts_tab
    chosen = [a for a in window.library_view.acts.model.records() if a.act_number in ("2021-014", "2023-008")]
    acts.set_current(chosen)
    panel.tabs.setCurrentWidget(acts)
    acts.compare()
    wait(lambda: acts.view.rendered is not None and not panel.status_row.isVisible())
    shot(window, "10-assistant-comparaison.png")

    panel.tabs.setCurrentWidget(panel.drafting_tab)
    drafting = panel.drafting_tab
    wait(lambda: drafting.seance.count() > 3)
    drafting.select_seance("2024-03-28")
    drafting.write()
    wait(lambda: drafting.editor.template is not None)
    # The search page keeps the docked panel narrow: the draft is shown in the floating panel, as a
    # clerk would do to write at ease (double-click on the panel's title bar).
    dock.setFloating(True)
    dock.resize(760, SIZE[1] - 40)
    drafting.editor.next_placeholder()
    cursor = drafting.editor.editor.textCursor()
    cursor.clearSelection()  # the placeholder's yellow shows instead of the selection's blue
    drafting.editor.editor.setTextCursor(cursor)
    wait(lambda: True)
    shot(dock, "11-assistant-proces-verbal.png")
    if notifier.messages:
        print("messages :", notifier.messages, file=sys.stderr)
    window.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    argv = sys.argv[1:]
    real = "--real-model" in argv
    rest = [a for a in argv if a != "--real-model"]
    target = Path(rest[0] if rest else "/tmp/registre-shots")
    if os.environ.get("REGISTRE_SHOTS_INNER") or os.environ.get("DISPLAY"):
        raise SystemExit(main(target, real))
    raise SystemExit(_reexec_under_xvfb(argv))
