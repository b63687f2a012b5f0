"""Screenshots of the desktop app under Xvfb with the bundled sample library.

    python scripts/screenshots.py [OUT_DIR]        # default /tmp/registre-shots

Throw-away settings and data folders (``_shots.py``), so the user's library is never touched. Saves:
01-premier-lancement.png, 02-import-en-cours.png, 03-resume-import.png, 04-resultats.png,
05-lecteur-page-surlignee.png, 06-bibliotheque.png.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _shots import LAPTOP, ShotSession, run_with_a_screen


def main(args: list[str]) -> int:
    out = Path(args[0] if args else "/tmp/registre-shots")
    shots = ShotSession()
    samples = shots.samples()
    window = shots.window()
    shots.open_library(window)
    shots.save(window, out / "01-premier-lancement.png")

    progress: list[object] = []
    window.importer.progress.connect(progress.append)
    window.start_import(str(samples))
    shots.wait(lambda: any(getattr(p, "stage", "") == "ocr" and getattr(p, "done", 0) >= 1 for p in progress))
    shots.save(window, out / "02-import-en-cours.png")
    shots.wait(lambda: not window.importer.running and window.summary is not None)
    window.summary.adjustSize()
    shots.save(window.summary, out / "03-resume-import.png")
    window.summary.close()

    def search(text: str) -> None:
        window.search_page.search_bar.set_text(text)
        window.searcher.last = None
        window.search_page.search_bar.submit()
        shots.wait(lambda: window.searcher.last is not None and window.searcher.last.query == text)

    search("subvention club de football")
    shots.save(window, out / "04-resultats.png")
    search("vente d'une parcelle communale aux Grands Champs")
    window.search_page.results.select_row(0)
    reader = window.search_page.reader
    shots.wait(lambda: reader.stack.currentWidget() is reader.pdf_view and reader.current_page() > 1)
    shots.wait(lambda: window.search_page.act_panel.similar_list.count() > 1, timeout=60)
    shots.save(window, out / "05-lecteur-page-surlignee.png")
    window.tabs.setCurrentWidget(window.library_view)
    shots.save(window, out / "06-bibliotheque.png")
    shots.report(window)
    window.close()
    shots.close()
    return 0


if __name__ == "__main__":
    run_with_a_screen(main, sys.argv[1:], screen=(LAPTOP[0] + 100, LAPTOP[1] + 100))
