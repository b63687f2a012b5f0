"""Shared helpers for the app's pytest-qt tests: offscreen Qt, a tiny fake Library, a window factory.

The fake is only for pure-widget tests; the main flow goes through the real :class:`indexer.Library`.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import Any

import pytest

from indexer.models import ActRecord, DocType, ImportReport, PageText, SearchFilters, SearchHit, Votes
from indexer.progress import CancelToken, Progress, ProgressCallback, ProgressStage
from indexer.testing import MemoryLibrary

LAPTOP_SIZE = (1366, 768)  # the most common screen in a town hall


def _offscreen_with_a_laptop_screen() -> None:
    """Offscreen Qt (set before any QApplication exists) with a 1920×1080 screen instead of 800×600,
    so window geometry behaves as on a real computer, and a second 1366×768 screen on its right, where
    :func:`on_laptop` puts a window to check the layout of a mairie laptop."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    config = Path(tempfile.gettempdir()) / "registre-offscreen-screen.json"
    screen = {
        "name": "Offscreen",
        "x": 0,
        "y": 0,
        "width": 1920,
        "height": 1080,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    laptop = dict(screen, name="Laptop", x=1920, width=LAPTOP_SIZE[0], height=LAPTOP_SIZE[1])
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen, laptop]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


_offscreen_with_a_laptop_screen()

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sample_deliberations"


def make_pdf(path: Path, pages: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def on_laptop(qtbot: Any, window: Any) -> Any:
    """Moves ``window`` to the 1366×768 screen and gives it the whole screen, as on a mairie laptop."""
    from PySide6.QtGui import QGuiApplication

    laptop = next(s for s in QGuiApplication.screens() if s.size().toTuple() == LAPTOP_SIZE)
    window.setScreen(laptop)
    window.setGeometry(laptop.availableGeometry())
    qtbot.waitUntil(lambda: window.size().toTuple() == LAPTOP_SIZE and window.screen() is laptop, timeout=5000)
    qtbot.wait(50)  # layouts settle (splitter sizes, dock) after the resize
    assert window.size().toTuple() == LAPTOP_SIZE
    return window


class FakeLibrary(MemoryLibrary):
    """The shared in-memory library, plus an import that reads a folder's file names (and .txt texts);
    ``delay`` slows each file for cancel tests, ``threads`` records which threads called it."""

    def __init__(self, data_dir: Path, delay: float = 0.0) -> None:
        super().__init__(data_dir=data_dir)
        self.delay = delay
        self.threads: set[str] = set()

    def import_folder_isolated(self, root: str | os.PathLike[str], progress: ProgressCallback | None = None,
                               cancel: CancelToken | None = None) -> ImportReport:
        self.threads.add(threading.current_thread().name)
        root = Path(root)
        paths = sorted(p for p in root.rglob("*") if p.is_file())
        report = ImportReport()
        start = time.monotonic()
        for i, path in enumerate(paths):
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                progress(Progress(i, len(paths), ProgressStage.READ, str(path), None, report.pages))
            time.sleep(self.delay)
            act_id = len(self.acts()) + 1
            text = path.read_text(errors="ignore") if path.suffix == ".txt" else path.stem.replace("_", " ")
            act = ActRecord(
                act_id=act_id, file_id=act_id, path=path.relative_to(root).as_posix(), root=str(root),
                doc_type=DocType.DELIBERATION, page_start=1, page_end=1, act_number=f"2023-{act_id:03d}",
                objet=path.stem, date=f"2023-0{1 + act_id % 9}-15", collectivite="Testville", matter_code="7",
                votes=Votes(pour=10, contre=1, abstention=0), adopted=True,
            )
            self.add(act, [PageText(1, text)])
            report.imported += 1
            report.pages += 1
            report.acts += 1
        if progress is not None:
            progress(Progress(len(paths), len(paths), ProgressStage.REANALYSE, "", None, report.pages))
        report.seconds = time.monotonic() - start
        return report

    def search(self, query: str, top: int = 10, mode: str = "hybrid", filters: SearchFilters | None = None,
               within: Collection[int] | None = None) -> list[SearchHit]:
        self.threads.add(threading.current_thread().name)
        return super().search(query, top, mode, filters, within)


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own settings folder: nothing touches the real user's configuration."""
    path = tmp_path / "config"
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(path))
    monkeypatch.delenv("REGISTRE_DATA_DIR", raising=False)
    return path


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path, config_dir: Path) -> Iterator[Callable[..., Any]]:
    """Builds a MainWindow (RecordingNotifier, URL opener recorded); closes it and checks no thread leaks."""
    from app.main_window import MainWindow
    from app.notify import RecordingNotifier
    from app.settings import SettingsStore

    windows: list[Any] = []

    def factory(
        library_factory: Callable[[Path], Any] | None = None,
        data_dir: Path | None = None,
        answers: list[bool] | None = None,
        open_library: bool = True,
        **kwargs: Any,
    ) -> Any:
        store = SettingsStore()
        opened_urls: list[Any] = []
        window = MainWindow(
            data_dir or tmp_path / "data",
            store.load(),
            store,
            notifier=RecordingNotifier(answers),
            library_factory=library_factory,
            open_url=lambda url: opened_urls.append(url) or True,
            **kwargs,
        )
        window.opened_urls = opened_urls
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        if open_library:
            with qtbot.waitSignal(window.session.opened, timeout=180000):
                window.open_library()
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.close()
        assert window.runner.active_thread_count() == 0, "a worker thread outlived the window"
