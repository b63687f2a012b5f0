"""Screenshots of evidence-first answers and of the model settings, under Xvfb, over the samples.

    python scripts/screenshots_evidence.py [OUT_DIR] [--real-model] [--replay RECORDS.jsonl]
        [--only answers|settings] [--pack N]

Saves: reponse-passage-surligne.png (the card: passage first, span highlighted, short answer),
reponse-lecteur-surligne.png (the reader opened on the span), refus-passage-proche.png (a
near-miss refused with its closest passage), parametres-modele-calibration.png (the settings after
« Vérifier et calibrer »). Without ``--real-model`` the chooser is scripted
(``assistant.llm.ScriptedLLM``) and so is the calibration's model: the pictures show the interface,
not the quality of a model (measured by ``bench/bench_choice.py``). With ``--replay`` the two
questions are decided by the scores the real default model gave them, recorded by
``bench/bench_choice.py`` on the sample library (``assistant.llm.ReplayLLM``): the card shows what
that model chose, at the confidence the fitted calibration gives it, without its minutes of CPU.

With ``--real-model`` the calibration is real too: ``REGISTRE_SHOTS_MODEL`` names the second GGUF file
(for example the Q3_K_S that ``scripts/requantize_model.py`` makes from the default model), loaded by
llama.cpp and asked the shipped pack (``--pack N``: its first N answerable and N unanswerable questions
only, which the dialog's question count then shows). ``--only`` takes one half: the answers (default
model) or the settings (second model), so that each can be retaken on a shared machine.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _shots import LAPTOP, ROOT, ShotSession, run_with_a_screen

SIZE = LAPTOP
QUESTION = "Quel est le prix du repas enfant à la cantine de Saint-Aubin en 2021 ?"
NEAR_MISS = "Quel est le prix du repas enfant à la cantine de Saint-Aubin en 2024 ?"


def _chooser(messages: Sequence[Any]) -> str:
    question = messages[-1]["content"].split("\n", 1)[0]
    return "Aucune de ces réponses." if "2024" in question else "3,20 €"


class _ReplayByQuestion:
    """One recorded question's scores per question, found in the prompt."""

    n_ctx = 4096

    def __init__(self, path: Path) -> None:
        import json

        from assistant.llm import ReplayLLM

        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        self.by_question = {r["question"]: ReplayLLM.from_record(r) for r in records}

    def count_tokens(self, text: str) -> int:
        return max(1, len(text) // 4)

    def close(self) -> None:
        pass

    def score_choices(self, messages: Sequence[Any], continuations: Sequence[str], cancel: Any = None) -> Any:
        prompt = messages[-1]["content"]
        replay = next(r for q, r in self.by_question.items() if q in prompt)
        return replay.score_choices(messages, continuations, cancel)


def _threshold(calibration: Any) -> float | None:
    return None if calibration is None else float(calibration.threshold)


_STARTED = time.monotonic()


def _stamp(what: str) -> None:
    """When each step ended and how loaded the machine was: the README's times are not a free laptop's."""
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"[{time.monotonic() - _STARTED:7.0f} s, charge {load}] {what}", flush=True)


def main(args: list[str]) -> int:
    real_model = "--real-model" in args
    replay = None
    if "--replay" in args:
        at = args.index("--replay")
        replay = Path(args[at + 1])
        args = args[:at] + args[at + 2 :]
    only = pack_size = None
    if "--only" in args:
        at = args.index("--only")
        only = args[at + 1]
        args = args[:at] + args[at + 2 :]
    if "--pack" in args:
        at = args.index("--pack")
        pack_size = int(args[at + 1])
        args = args[:at] + args[at + 2 :]
    rest = [a for a in args if a != "--real-model"]
    out = Path(rest[0] if rest else ROOT / "docs" / "screenshots")
    shots = ShotSession()
    from PySide6.QtCore import Qt

    from app.dialogs.settings_dialog import SettingsDialog
    from assistant.llm import ScriptedLLM
    from assistant.model_check import CalibrationStore, check_and_calibrate, load_pack

    def wait(cond: Callable[[], bool], timeout: float = 1800.0) -> None:  # a real model may be slow
        shots.wait(cond, timeout)

    window = shots.window(SIZE)
    panel = window.assistant
    if replay is not None:
        replayed = _ReplayByQuestion(replay)
        panel.service.llm_factory = lambda _setting, _progress, _cancel: replayed
    elif not real_model:
        scripted = ScriptedLLM(_chooser)
        panel.service.llm_factory = lambda _setting, _progress, _cancel: scripted
    _stamp("fenêtre ouverte, import des exemples")
    shots.import_samples(window, timeout=3600)  # 13 min seen at load 6-7 (USE, then e5 on the headings)
    _stamp("exemples importés")
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

    if only != "settings":
        answer = ask(QUESTION)
        print("réponse :", answer.answer, answer.confidence, "seuil", answer.threshold, answer.reasons)
        _stamp("question 2021 répondue")
        shots.save(window, out / "reponse-passage-surligne.png")
        tab.view.place_activated.emit(tab.view.rendered.places[0])
        reader = window.search_page.reader
        wait(lambda: reader.path is not None and reader.highlighted_term() != "")
        shots.save(window, out / "reponse-lecteur-surligne.png")
        near_miss = NEAR_MISS
        if replay is not None:  # the near-miss as it was recorded with the real model
            near_miss = next((q for q in replayed.by_question if "2024" in q), NEAR_MISS)
        refusal = ask(near_miss)
        print("refus :", refusal.answer[:120], refusal.confidence, "seuil", refusal.threshold, refusal.reasons)
        _stamp("question 2024 répondue")
        # The clerk opens the closest passage: the reader leaves the previous answer's page and shows it.
        tab.view.place_activated.emit(tab.view.rendered.places[0])
        try:
            shots.wait(lambda: reader.highlighted_term() not in ("", "3,20 €"), timeout=60)
        except TimeoutError:
            print("le lecteur ne surligne aucun mot de la question", file=sys.stderr)
        shots.save(window, out / "refus-passage-proche.png")

    if only == "answers":
        window.close()
        shots.close()
        return 0

    # The settings after « Vérifier et calibrer » on a second model file.
    model = shots.tmp / "modele-de-la-mairie.gguf"
    source = os.environ.get("REGISTRE_SHOTS_MODEL")
    if source:
        model = Path(source)
    else:
        model.write_bytes(b"GGUF" + b"\0" * 4096)

    pack = None
    if pack_size:
        items = load_pack()
        pack = [q for q in items if q["answerable"]][:pack_size] + [q for q in items if not q["answerable"]][:pack_size]

    def open_model(path: Path) -> Any:
        if not (real_model and source):
            return ScriptedLLM(_chooser)
        from assistant.llm import LlamaLLM
        from assistant.runtime import default_threads

        llm = LlamaLLM(path, n_ctx=4096, n_threads=default_threads())
        llm.load()
        return llm

    def check(path: Path, progress: Any, cancel: Any) -> Any:
        lib = window.session.library
        def tell(p: Any) -> None:  # one line a question: a real model takes minutes on a shared machine
            if str(p.stage) == "modele":
                print(f"calibration : {p.done} / {p.total}", flush=True)
            progress(p)

        outcome = check_and_calibrate(
            path, store, lambda _p, _c: lib, open_model, tell, cancel,
            inspect_load=None if source else (lambda _p: "{{ messages }}"), pack=pack,
        )
        if outcome.calibration is not None:  # the figures behind the picture, for the README
            c = outcome.calibration
            for d in c.details:
                print("calibration :", d)
            print(f"calibration : seuil {c.threshold}, réponses justes {c.answerable_right}, "
                  f"sans-réponse refusées {c.unanswerable_refused}, {c.questions} questions en {c.seconds} s",
                  flush=True)
        return outcome

    settings = window.settings
    settings.llm_model_file = str(model)
    store = CalibrationStore(shots.tmp / "models")
    dialog = SettingsDialog(settings, window, check=check, calibrated=lambda p: _threshold(store.for_file(p)))
    dialog.show()
    dialog.model_check.start()
    _stamp("vérification et calibration du second modèle")
    wait(lambda: dialog.model_check.outcome is not None, timeout=3600)
    _stamp("calibration terminée")
    dialog.adjustSize()
    shots.save(dialog, out / "parametres-modele-calibration.png")
    dialog.reject()
    window.close()
    shots.close()
    return 0


if __name__ == "__main__":
    run_with_a_screen(main, sys.argv[1:], screen=(SIZE[0] + 100, SIZE[1] + 100))
