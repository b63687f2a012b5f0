"""Screenshots of the demo at laptop and desktop sizes, under Xvfb, for docs/screenshots/.

    python scripts/screenshots_layout.py [OUT_DIR] [--sizes 1366x768,1600x900,1920x1080]

For each size, the window opens in demo mode (``registre gui --demo``: the samples are imported into a
throw-away data folder) and the script saves, with W×H in the name:
  demo-premier-ecran-WxH.png   the demo's first screen (results of « subvention club de football »,
                               the first one open, the banner about unreadable samples)
  resultats-WxH.png            the results pane alone, as a clerk reads it
  assistant-ouvert-WxH.png     a result open with the assistant dock open (scripted model answer)
PNGs are reduced to 256 colours so they stay small in the repository. It prints the widths of the
reader, the results and the assistant at each size.

    python scripts/screenshots_layout.py OUT_DIR --library DATA_DIR [--sizes …]

does the same over a real library (a COPY: opening may migrate it) instead of the demo, as a clerk
with her own documents: corpus-resultats-WxH.png (the first result open) and
corpus-assistant-ouvert-WxH.png (the same with the assistant dock open, no question asked: the real
model is not scripted), and prints each shown row as the list draws it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _shots import ShotSession, run_with_a_screen

SIZES = ((1366, 768), (1600, 900), (1920, 1080))
QUERY = "subvention club de football"
QUESTION = "Quelle subvention pour le club de football de Saint-Aubin en 2021 ?"
REPLY = "1 500 euros"  # the span the scripted model chooses (it scores the choices, it writes nothing)


def main(args: list[str]) -> int:
    sizes = list(SIZES)
    if "--sizes" in args:
        i = args.index("--sizes")
        sizes = [(int(s.split("x")[0]), int(s.split("x")[1])) for s in args[i + 1].split(",")]
        args = args[:i] + args[i + 2 :]
    library = None
    if "--library" in args:
        i = args.index("--library")
        library = Path(args[i + 1])
        args = args[:i] + args[i + 2 :]
    out = Path(args[0] if args else "/tmp/registre-shots")
    shots = ShotSession()
    for size in sizes:
        if library is None:
            _one_size(shots, size, out)
        else:
            _real_library(shots, size, out, library)
    shots.close()
    return 0


def _one_size(shots: ShotSession, size: tuple[int, int], out: Path) -> None:
    from PySide6.QtWidgets import QDialog

    from assistant.llm import ScriptedLLM

    tag = f"{size[0]}x{size[1]}"
    window = shots.window(size, tag=tag, demo_folder=shots.samples())
    scripted = ScriptedLLM([REPLY] * 3)
    window.assistant.service.llm_factory = lambda _setting, _progress, _cancel: scripted
    window.open_library()
    reader = window.search_page.reader
    shots.wait(lambda: not window.importer.running and window.summary is not None and window.library_counts[1] > 0)
    shots.wait(lambda: reader.path is not None and reader.stack.currentWidget() is reader.pdf_view)
    modal = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert not modal and shots.app.activeModalWidget() is None, f"dialogue au démarrage de la démo : {modal}"
    shots.save(window, out / f"demo-premier-ecran-{tag}.png", small=True)
    shots.save(window.search_page.results, out / f"resultats-{tag}.png", small=True)

    window.assistant_dock.show()
    tab = window.assistant.question_tab
    tab.last_answer = None
    tab.edit.setText(QUESTION)
    tab.ask()
    shots.wait(lambda: tab.last_answer is not None and not window.assistant.status_row.isVisible())
    window.search_page.results.select_row(1)
    shots.wait(lambda: reader.path is not None and reader.highlighted_term() != "")
    print(
        f"{tag}: fenêtre {window.width()}×{window.height()}, lecteur {reader.width()} px, "
        f"résultats {window.search_page.results.width()} px, assistant {window.assistant_dock.width()} px, "
        f"panneau replié : {window.search_page.compact}, "
        f"barre horizontale des résultats : {window.search_page.results.horizontalScrollBar().isVisible()}"
    )
    shots.save(window, out / f"assistant-ouvert-{tag}.png", small=True)
    shots.report(window)
    window.close()
    window.deleteLater()
    shots.app.processEvents()


def _real_library(shots: ShotSession, size: tuple[int, int], out: Path, library: Path) -> None:
    from PySide6.QtWidgets import QDialog

    tag = f"{size[0]}x{size[1]}"
    window = shots.window(size, tag=f"corpus-{tag}", data_dir=library)
    page = window.search_page
    shots.open_library(window)
    shots.wait(lambda: window.library_counts[1] > 0, timeout=300)
    window.searcher.last = None
    page.search_bar.set_text(QUERY)
    page.search_bar.submit()
    shots.wait(lambda: window.searcher.last is not None and window.searcher.last.query == QUERY, timeout=300)
    page.results.select_row(0)
    reader = page.reader
    shots.wait(lambda: reader.path is not None, timeout=120)
    modal = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert not modal and shots.app.activeModalWidget() is None, f"dialogue : {modal}"
    view = page.results
    for row in range(min(view.results_model.rowCount(), 8)):
        card = view.delegate.card(view.results_model.index(row, view.result_column))
        print(f"   {row + 1}. {card.plain()}")
    shots.save(window, out / f"corpus-resultats-{tag}.png", small=True)
    window.assistant_dock.show()
    shots.wait(lambda: window.assistant_dock.isVisible())
    print(
        f"{tag} (bibliothèque réelle): lecteur {reader.width()} px, résultats {view.width()} px, "
        f"assistant {window.assistant_dock.width()} px, panneau replié : {page.compact}, "
        f"barre horizontale des résultats : {view.horizontalScrollBar().isVisible()}"
    )
    shots.save(window, out / f"corpus-assistant-ouvert-{tag}.png", small=True)
    shots.report(window)
    window.close()
    window.deleteLater()
    shots.app.processEvents()


if __name__ == "__main__":
    run_with_a_screen(main, sys.argv[1:], screen=(1920, 1080))
