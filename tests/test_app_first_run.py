"""The first start of an installed Registre: welcome, library folder, the model joined in the background."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import app_fixtures
import pytest

from app.first_run import Choice, FirstRunDialog, ModelProgress, ModelState, format_remaining, format_size
from app.settings import Settings, from_dict
from indexer.progress import Progress, ProgressStage

pytestmark = pytest.mark.gui
config_dir = app_fixtures.config_dir


@pytest.fixture
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The per-user data folder (platformdirs) of a clerk who never ran Registre."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    from indexer.config import default_data_dir

    assert str(default_data_dir()).startswith(str(tmp_path))
    return default_data_dir()


@pytest.fixture
def small_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """Three shipped pieces of a small stand-in model: the real join and check run on them."""
    import assistant.models_store as store
    import assistant.runtime as runtime

    pieces = [b"GGUF" + bytes(range(256)) * 4000, bytes(range(255, -1, -1)) * 3000, b"fin" * 5000]
    paths = []
    for i, piece in enumerate(pieces, 1):
        path = tmp_path / "pieces" / f"part{i}.bin"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(piece)
        paths.append(path)
    whole = b"".join(pieces)
    monkeypatch.setattr(store, "part_paths", lambda: paths)
    monkeypatch.setattr(store, "DEFAULT_MODEL_SHA256", hashlib.sha256(whole).hexdigest())
    monkeypatch.setattr(store, "DEFAULT_MODEL_SIZE", len(whole))
    monkeypatch.setattr(store, "_CHUNK", 64 * 1024)  # several progress reports per piece
    monkeypatch.setattr(runtime, "llama_available", lambda: True)
    return whole


def test_sizes_and_time_left_read_in_french() -> None:
    assert format_size(1_117_320_768) == "1,1 Go"
    assert format_size(420_000_000) == "420 Mo"
    assert format_remaining(35.4) == "environ 35 s restantes"
    assert format_remaining(150) == "environ 2 min restantes"


def test_time_left_counts_the_join_and_the_check() -> None:
    now = [0.0]
    meter = ModelProgress(clock=lambda: now[0])
    assert meter.update(Progress(0, 1000, ProgressStage.MODEL))[3] is None  # too early to say
    now[0] = 10.0
    fraction, done, size, left = meter.update(Progress(500, 1000, ProgressStage.MODEL))
    assert (fraction, done, size) == (0.25, 500, 1000)
    assert left == pytest.approx(30.0)  # a quarter in 10 s: three quarters left (join's end + the check)
    now[0] = 30.0
    fraction, done, _size, left = meter.update(Progress(500, 1000, ProgressStage.VERIFY))
    assert fraction == 0.75 and done == 1500 and left == pytest.approx(10.0)


def test_first_run_joins_the_model_in_the_background_with_size_and_time_left(
    qtbot: Any, tmp_path: Path, user_data: Path, small_model: bytes
) -> None:
    dialog = FirstRunDialog(user_data, start_model=False)
    qtbot.addWidget(dialog)
    assert dialog.state == ModelState.TO_PREPARE
    assert dialog.folder_edit.text() == str(user_data)
    seen: list[str] = []
    job = dialog.prepare_model()
    job.progress.connect(lambda _p: seen.append(dialog.model_label.text()))
    assert dialog.model_bar.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.state == ModelState.READY, timeout=20000)
    assert dialog.model_label.text() == "Le modèle de l'assistant est prêt."
    assert seen and all(" sur " in text and ("Mo" in text or "Go" in text) for text in seen)
    assert any(text.startswith("Étape 1 sur 2, copie du modèle") for text in seen)
    assert any(text.startswith("Étape 2 sur 2, vérification du modèle") for text in seen)
    from assistant.models_store import DEFAULT_MODEL_FILE

    joined = user_data / "models" / DEFAULT_MODEL_FILE
    assert joined.read_bytes() == small_model
    # written only under the per-user data folder
    written = {p for p in tmp_path.rglob("*") if p.is_file() and "pieces" not in p.parts}
    assert written and all(str(p).startswith(str(user_data)) for p in written)
    # next start: the model is ready without reading it again
    again = FirstRunDialog(user_data)
    qtbot.addWidget(again)
    assert again.state == ModelState.READY and again.model_job is None


def test_without_model_pieces_the_welcome_says_search_still_works(
    qtbot: Any, user_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.models_store as store

    monkeypatch.setattr(store, "part_paths", lambda: None)
    dialog = FirstRunDialog(user_data)
    qtbot.addWidget(dialog)
    assert dialog.state == ModelState.MISSING and dialog.model_job is None
    assert "la recherche et la lecture fonctionnent" in dialog.model_label.text()
    assert not dialog.model_bar.isVisibleTo(dialog)


def test_the_clerk_chooses_samples_or_import_in_a_writable_folder(
    qtbot: Any, tmp_path: Path, user_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.models_store as store

    monkeypatch.setattr(store, "part_paths", lambda: None)
    dialog = FirstRunDialog(user_data)
    qtbot.addWidget(dialog)
    blocker = tmp_path / "un-fichier"
    blocker.write_text("x")
    dialog.set_folder(blocker / "bibliotheque")  # cannot be created under a file
    dialog.import_button.click()
    assert dialog.result() == 0 and dialog.folder_problem.isVisibleTo(dialog)
    assert "n'accepte pas l'écriture" in dialog.folder_problem.text()
    dialog.set_folder(tmp_path / "Bibliothèque de la mairie")
    dialog.samples_button.click()
    assert dialog.choice == Choice.SAMPLES and dialog.result() == 1
    assert dialog.data_dir == tmp_path / "Bibliothèque de la mairie"


def test_the_welcome_is_for_a_first_start_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import _wants_welcome

    monkeypatch.delenv("REGISTRE_DATA_DIR", raising=False)
    assert _wants_welcome(None, welcome_done=False)
    assert not _wants_welcome(None, welcome_done=True)
    assert not _wants_welcome("/une/bibliotheque", welcome_done=False)  # a folder given is a choice made
    monkeypatch.setenv("REGISTRE_DATA_DIR", "/ailleurs")
    assert not _wants_welcome(None, welcome_done=False)
    # a clerk who used Registre before the welcome existed does not get it after an update
    assert from_dict({"version": 3, "language": "fr"}).welcome_done is True
    assert Settings().welcome_done is False  # no settings file yet: a first start


def _welcome_answers(qtbot: Any, monkeypatch: pytest.MonkeyPatch, choice: Choice, folder: Path) -> dict[str, Any]:
    """Runs app.cli.launch() as a first start where the clerk answers ``choice`` in ``folder``;
    records the window it opens (instead of entering the event loop)."""
    import signal

    from PySide6.QtWidgets import QApplication

    import assistant.models_store as store
    from app import cli

    monkeypatch.setattr(store, "part_paths", lambda: None)  # no 1.1 GB join in this test
    monkeypatch.setattr(signal, "signal", lambda *_a: None)  # leave pytest's handlers alone

    def answer(dialog: FirstRunDialog) -> int:
        dialog.set_folder(folder)
        dialog._finish(choice)
        return 1

    seen: dict[str, Any] = {}

    def event_loop(_app: Any) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible())
        with qtbot.waitSignal(window.session.opened, timeout=30000):
            pass  # the library opens on a worker thread; its result is delivered here
        qtbot.wait(50)
        seen["data_dir"], seen["demo"] = window.session.data_dir, window.demo_folder
        seen["data_dir_existed"] = window.session.data_dir.is_dir()
        window.close()
        return 0

    from PySide6.QtWidgets import QFileDialog

    def folder_asked(*_args: Any) -> str:
        seen["folder_asked"] = True
        return ""  # the clerk cancels the folder dialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder_asked)
    monkeypatch.setattr(FirstRunDialog, "exec", answer)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    seen["code"] = cli.launch(None, False)
    return seen


def test_samples_from_the_welcome_open_a_library_inside_the_chosen_folder(
    qtbot: Any, tmp_path: Path, user_data: Path, config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.settings import SettingsStore

    folder = tmp_path / "Bibliothèque"
    seen = _welcome_answers(qtbot, monkeypatch, Choice.SAMPLES, folder)
    assert seen["code"] == 0 and seen["demo"] is not None
    assert seen["data_dir"].parent == folder and seen["data_dir"].name.startswith("exemples-")
    assert seen["data_dir_existed"] and not seen["data_dir"].exists()  # removed when the window closed
    assert not seen.get("folder_asked")
    saved = SettingsStore().load()
    assert saved.welcome_done and saved.data_dir == str(folder)


def test_import_from_the_welcome_opens_the_chosen_library(
    qtbot: Any, tmp_path: Path, user_data: Path, config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.settings import SettingsStore

    seen = _welcome_answers(qtbot, monkeypatch, Choice.IMPORT, user_data)
    assert seen["code"] == 0 and seen["demo"] is None and seen["data_dir"] == user_data
    assert seen.get("folder_asked")  # « Importer un dossier… » asks for the folder once the library is open
    saved = SettingsStore().load()
    assert saved.welcome_done and saved.data_dir is None  # the platformdirs default is not written down
