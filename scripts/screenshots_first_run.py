"""Screenshots of the first-run welcome under Xvfb, with the real model pieces when they are installed.

    python scripts/screenshots_first_run.py [OUT_DIR]        # default /tmp/registre-shots

A throw-away config folder (``_shots.py``) and per-user data folder (``XDG_DATA_HOME``) stand for a
clerk's first start, so the real join of the model's pieces runs (1.1 GB written there, removed at the
end). Saves:
premier-lancement-preparation.png (the join in progress, size and time left),
premier-lancement-pret.png (model ready), premier-lancement-sans-modele.png (no pieces installed).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

from _shots import ShotSession, run_with_a_screen


def main(args: list[str]) -> int:
    out = Path(args[0] if args else "/tmp/registre-shots")
    shots = ShotSession(prefix="registre-first-run-", tmp_parent=os.environ.get("REGISTRE_SHOTS_TMP"))
    os.environ["XDG_DATA_HOME"] = str(shots.tmp / "data")
    os.environ.pop("REGISTRE_DATA_DIR", None)
    import assistant.models_store as store
    from app.first_run import FirstRunDialog, ModelState
    from indexer.config import default_data_dir

    def shot(dialog: FirstRunDialog, name: str) -> None:
        shots.save(dialog, out / name)
        print("   ", dialog.model_label.text())

    try:
        dialog = FirstRunDialog(default_data_dir())
        dialog.show()
        if dialog.state != ModelState.TO_PREPARE:
            print("les morceaux du modèle ne sont pas installés : pas de capture de la préparation", file=sys.stderr)
        else:
            started = time.perf_counter()
            shots.wait(lambda: dialog.model_bar.value() > 250 and "restantes" in dialog.model_label.text())
            shot(dialog, "premier-lancement-preparation.png")
            shots.wait(lambda: dialog.state != ModelState.TO_PREPARE)
            print(f"modèle assemblé et vérifié en {time.perf_counter() - started:.1f} s")
            shot(dialog, "premier-lancement-pret.png")
        dialog.close()

        store.part_paths = lambda: None  # a build without the pieces
        shutil.rmtree(shots.tmp / "data", ignore_errors=True)
        missing = FirstRunDialog(default_data_dir())
        missing.show()
        shots.wait(lambda: True)
        shot(missing, "premier-lancement-sans-modele.png")
        missing.close()
    finally:
        shots.close()
    return 0


if __name__ == "__main__":
    run_with_a_screen(main, sys.argv[1:], screen=(1366, 768))
