"""Screenshots of the assistant panel under Xvfb, over the bundled sample library.

    python scripts/screenshots_assistant.py [OUT_DIR] [--real-model]   # default /tmp/registre-shots

The answers come from the scripted model (``assistant.llm.ScriptedLLM``) unless ``--real-model``
is given: the pictures show the panel, not the quality of a model. Throw-away settings and data
folders (``_shots.py``). Saves:
07-assistant-reponse.png, 08-assistant-citation-lecteur.png, 09-assistant-refus.png,
10-assistant-comparaison.png, 11-assistant-proces-verbal.png.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from _shots import LAPTOP, ShotSession, run_with_a_screen

SIZE = LAPTOP
QUESTION = "Quelle subvention pour le club de football de Saint-Aubin en 2021 ?"
REPLIES = [
    "L'Association Sportive de Saint-Aubin a reçu une subvention de 1 500 euros pour l'année 2021 [1].",
    "Je ne sais pas.",
    "Points communs :\n- Les deux actes attribuent une subvention à l'Association Sportive de Saint-Aubin.\n"
    "Différences :\n- Le montant et l'année ne sont pas les mêmes.",
]


def main(args: list[str]) -> int:
    real_model = "--real-model" in args
    rest = [a for a in args if a != "--real-model"]
    out = Path(rest[0] if rest else "/tmp/registre-shots")
    shots = ShotSession()
    from PySide6.QtCore import Qt

    from assistant.llm import ScriptedLLM

    window = shots.window(SIZE)
    panel = window.assistant
    if not real_model:
        scripted = ScriptedLLM(REPLIES)
        panel.service.llm_factory = lambda _setting, _progress, _cancel: scripted
    shots.import_samples(window)

    dock = window.assistant_dock
    dock.show()
    window.resizeDocks([dock], [470], Qt.Orientation.Horizontal)
    tab = panel.question_tab

    def ask(question: str) -> Any:
        tab.last_answer = None
        tab.edit.setText(question)
        tab.ask()
        shots.wait(lambda: tab.last_answer is not None and not panel.status_row.isVisible())
        return tab.last_answer

    ask(QUESTION)
    shots.save(window, out / "07-assistant-reponse.png")
    tab.view.places.setCurrentRow(0)
    tab.view.place_activated.emit(tab.view.rendered.places[0])
    reader = window.search_page.reader
    shots.wait(lambda: reader.path is not None and reader.highlighted_term() != "")
    shots.save(window, out / "08-assistant-citation-lecteur.png")
    ask("Quel est le tarif de la piscine municipale ?")
    shots.save(window, out / "09-assistant-refus.png")

    acts = panel.acts_tab
    chosen = [a for a in window.library_view.acts.model.records() if a.act_number in ("2021-014", "2023-008")]
    acts.set_current(chosen)
    panel.tabs.setCurrentWidget(acts)
    acts.compare()
    shots.wait(lambda: acts.view.rendered is not None and not panel.status_row.isVisible())
    shots.save(window, out / "10-assistant-comparaison.png")

    panel.tabs.setCurrentWidget(panel.drafting_tab)
    drafting = panel.drafting_tab
    shots.wait(lambda: drafting.seance.count() > 3)
    drafting.select_seance("2024-03-28")
    drafting.write()
    shots.wait(lambda: drafting.editor.template is not None)
    # The search page keeps the docked panel narrow: the draft is shown in the floating panel, as a
    # clerk would do to write at ease (double-click on the panel's title bar).
    dock.setFloating(True)
    dock.resize(760, SIZE[1] - 40)
    drafting.editor.next_placeholder()
    cursor = drafting.editor.editor.textCursor()
    cursor.clearSelection()  # the placeholder's yellow shows instead of the selection's blue
    drafting.editor.editor.setTextCursor(cursor)
    shots.wait(lambda: True)
    shots.save(dock, out / "11-assistant-proces-verbal.png")
    shots.report(window)
    window.close()
    shots.close()
    return 0


if __name__ == "__main__":
    run_with_a_screen(main, sys.argv[1:], screen=(SIZE[0] + 100, SIZE[1] + 100))
