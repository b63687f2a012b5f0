"""Shared helpers for the app's pytest-qt tests: offscreen Qt, a tiny fake Library, a window factory.

The fake is only for pure-widget tests; the main flow goes through the real :class:`indexer.Library`.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from indexer.models import ActRecord, FileRecord, ImportReport, PageText, SearchFilters, SearchHit, Votes
from indexer.progress import CancelToken, Progress


def _offscreen_with_a_laptop_screen() -> None:
    """Offscreen Qt (set before any QApplication exists) with a 1920×1080 screen instead of 800×600,
    so window geometry behaves as on a real laptop."""
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
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen]}))
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


@dataclass
class FakeLibrary:
    """Behaves like indexer.Library on a handful of files; ``delay`` slows each file for cancel tests."""

    data_dir: Path
    delay: float = 0.0
    acts_: list[ActRecord] = field(default_factory=list)
    files_: list[FileRecord] = field(default_factory=list)
    texts: dict[int, list[PageText]] = field(default_factory=dict)
    closed: bool = False
    threads: set[str] = field(default_factory=set)

    def import_folder(
        self,
        root: str | Path,
        progress: Callable[[Progress], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        self.threads.add(threading.current_thread().name)
        root = Path(root)
        paths = sorted(p for p in root.rglob("*") if p.is_file())
        report = ImportReport()
        start = time.monotonic()
        for i, path in enumerate(paths):
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                progress(Progress(i, len(paths), "lecture", str(path), None, report.pages))
            time.sleep(self.delay)
            rel = path.relative_to(root).as_posix()
            file_id = len(self.files_) + 1
            text = path.read_text(errors="ignore") if path.suffix == ".txt" else path.stem.replace("_", " ")
            self.files_.append(
                FileRecord(
                    file_id,
                    rel,
                    str(root),
                    "0" * 64,
                    path.stat().st_size,
                    1,
                    0,
                    "ok",
                    None,
                    "deliberation",
                    1,
                )
            )
            act = ActRecord(
                act_id=file_id,
                file_id=file_id,
                path=rel,
                root=str(root),
                doc_type="deliberation",
                page_start=1,
                page_end=1,
                act_number=f"2023-{file_id:03d}",
                objet=path.stem,
                date=f"2023-0{1 + file_id % 9}-15",
                collectivite="Testville",
                matter_code="7",
                votes=Votes(pour=10, contre=1, abstention=0),
                adopted=True,
            )
            self.acts_.append(act)
            self.texts[file_id] = [PageText(1, text)]
            report.imported += 1
            report.pages += 1
            report.acts += 1
        if progress is not None:
            progress(Progress(len(paths), len(paths), "indexation", "", None, report.pages))
        report.seconds = time.monotonic() - start
        return report


    import_folder_isolated = import_folder  # the real one runs in a child process

    def _match(self, act: ActRecord, filters: SearchFilters | None) -> bool:
        f = filters or SearchFilters()
        return (
            (not f.collectivite or act.collectivite == f.collectivite)
            and (not f.date_from or (act.date or "") >= f.date_from)
            and (not f.date_to or (act.date or "") <= f.date_to)
            and (not f.matter_code or (act.matter_code or "").startswith(f.matter_code))
            and (not f.doc_type or act.doc_type == f.doc_type)
        )

    def search(
        self,
        query: str,
        top: int = 10,
        mode: str = "hybrid",
        filters: SearchFilters | None = None,
        within: Any = None,
    ) -> list[SearchHit]:
        self.threads.add(threading.current_thread().name)
        words = [w.lower() for w in query.split()]
        hits = []
        for act in self.acts_:
            if within is not None and act.act_id not in within:
                continue
            text = " ".join(p.text for p in self.texts[act.act_id]).lower() + " " + (act.objet or "").lower()
            score = sum(text.count(w) for w in words)
            if score and self._match(act, filters):
                hits.append(SearchHit(act, 1, float(score), f"… <b>{words[0]}</b> …", terms=words))
        return sorted(hits, key=lambda h: -h.score)[:top]

    def structured_query(self, question: str) -> Any:
        return None

    def similar_acts(self, act_id: int, top: int = 10) -> list[SearchHit]:
        return [SearchHit(a, 1, 0.5, "") for a in self.acts_ if a.act_id != act_id][:top]

    def act(self, act_id: int) -> ActRecord:
        return next(a for a in self.acts_ if a.act_id == act_id)

    def act_pages(self, act_id: int) -> list[PageText]:
        return self.texts[act_id]

    def acts(self, filters: SearchFilters | None = None) -> list[ActRecord]:
        return [a for a in self.acts_ if self._match(a, filters)]

    def files(self) -> list[FileRecord]:
        return list(self.files_)

    def stats(self) -> dict[str, int]:
        return {"files": len(self.files_), "acts": len(self.acts_)}

    def close(self) -> None:
        self.closed = True


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
