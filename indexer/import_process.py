"""Run an import in a child process and follow it as if it ran here.

The desktop app imports this way: the child's CPU-heavy Python work (regular expressions over a
255-page procès-verbal hold the interpreter lock for long stretches) cannot freeze the window,
and a crash inside a PDF library on a malformed file ends the child, not the app. The catalogue
and indexes are shared through the data folder; an interrupted child is resumed by the next
import like any killed import.

Protocol: the child prints one JSON object per line on stdout — {"progress": {...}} while it
works, then {"report": {...}}; a line "annuler" on its stdin cancels it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from dataclasses import asdict
from pathlib import Path

from indexer.environment import explain
from indexer.errors import EnvironmentProblem, RegistreError
from indexer.models import ImportFailure, ImportReport
from indexer.progress import CancelToken, Progress, ProgressCallback, ProgressStage

CANCEL_LINE = "annuler"


def _command(folder: Path, data_dir: Path, embedder: str | None, ocr: bool) -> list[str]:
    if getattr(sys, "frozen", False):  # PyInstaller: the executable is the `registre` command itself
        command = [sys.executable, "import"]
    else:
        command = [sys.executable, "-m", "registre", "import"]
    command += [str(folder), "--data-dir", str(data_dir), "--progress-jsonl"]
    if embedder:
        command += ["--embedder", embedder]
    if not ocr:
        command.append("--no-ocr")
    return command


def report_from_json(data: dict) -> ImportReport:
    fields = dict(data)
    fields["failed"] = [ImportFailure(**f) for f in data.get("failed", [])]
    fields["warnings"] = [ImportFailure(**f) for f in data.get("warnings", [])]
    return ImportReport(**fields)


def import_in_subprocess(folder: Path, data_dir: Path, progress: ProgressCallback | None = None,
                         cancel: CancelToken | None = None, embedder: str | None = None,
                         ocr: bool = True) -> ImportReport:
    env = dict(os.environ, PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8")
    # Below-normal priority (inherited by Tesseract): on two cores the window must still get its turn.
    priority: dict = (
        {"creationflags": getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)} if sys.platform == "win32"
        else {"preexec_fn": lambda: os.nice(5)}
    )
    child = subprocess.Popen(
        _command(folder, data_dir, embedder, ocr), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env, **priority,
    )
    stop_watching = threading.Event()

    def watch_cancel() -> None:
        while not stop_watching.wait(0.1):
            if cancel is not None and cancel.cancelled:
                try:
                    assert child.stdin is not None
                    child.stdin.write(CANCEL_LINE + "\n")
                    child.stdin.flush()
                except OSError:
                    pass
                return

    watcher = threading.Thread(target=watch_cancel, daemon=True)
    watcher.start()
    report: ImportReport | None = None
    refusal: RegistreError | None = None
    assert child.stdout is not None
    try:
        for line in child.stdout:
            try:
                message = json.loads(line)
            except json.JSONDecodeError:
                continue
            if "progress" in message and progress is not None:
                fields = dict(message["progress"], stage=ProgressStage(message["progress"]["stage"]))
                progress(Progress(**fields))
            elif "report" in message:
                report = report_from_json(message["report"])
            elif "error" in message:
                refusal = _error_from_json(message["error"])
    finally:
        stop_watching.set()
        stderr = child.stderr.read() if child.stderr else ""
        child.wait()
    if refusal is not None:
        raise refusal
    if report is None:
        raise RegistreError(
            "L'import s'est arrêté de façon inattendue. Relancez-le : il reprendra là où il s'est arrêté.",
            f"code {child.returncode} : {stderr[-2000:]}",
        )
    return report


def _error_from_json(data: dict) -> RegistreError:
    """The child's refusal (another import running, disk full…), with its French message: retrying
    would fail the same way, so the window must not say « Relancez-le »."""
    cls = EnvironmentProblem if data.get("environment") else RegistreError
    return cls(str(data.get("message", "")), str(data.get("detail", "")))


def serve_progress_jsonl(run, data_dir: Path | None = None) -> ImportReport:  # noqa: ANN001 - run(progress, cancel)
    """The child's side: progress as JSON lines, cancel on the stdin line; an error that stops the
    import is sent as {"error": {...}} with its French message, then raised again."""
    token = CancelToken()

    def read_stdin() -> None:
        for line in sys.stdin:
            if line.strip() == CANCEL_LINE:
                token.cancel()
                return

    threading.Thread(target=read_stdin, daemon=True).start()

    def emit(p: Progress) -> None:
        sys.stdout.write(json.dumps({"progress": asdict(p)}, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    try:
        report: ImportReport = run(emit, token)
    except Exception as exc:
        problem = explain(exc, data_dir) if data_dir is not None else None
        shown: RegistreError | None = problem or (exc if isinstance(exc, RegistreError) else None)
        if shown is not None:
            sys.stdout.write(json.dumps({"error": {"message": shown.user_message, "detail": shown.detail,
                                                   "environment": problem is not None}}, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        raise
    sys.stdout.write(json.dumps({"report": report.to_json()}, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return report
