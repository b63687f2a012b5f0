"""The frozen build, run as a clerk's computer would: no Python, an empty home, nothing downloaded.

    python bench/check_frozen_build.py [--reuse] [--dist dist/Registre] [--keep]

Builds dist/Registre/ with PyInstaller (``--reuse``: keeps an existing one), then runs its
executable under ``env -i`` with a PATH that holds neither the venv nor any Python (only a folder
with a link to Tesseract, if this computer has it) and HOME in a temporary folder. It checks:

1. ``Registre --version`` (the cold start of the program);
2. the first-run welcome, offscreen: it joins the model from the pieces shipped in the folder
   into the per-user data folder (timed), with a clean stderr;
3. ``Registre import sample_deliberations/`` (timed);
4. a search whose expected act (``ground_truth.json``) comes first;
5. one question answered by the real model, citing the right act, and one refused;
6. a PV exported to .docx and .odt, both opened and read back;
7. the window, offscreen, for 10 s: time until shown (from the journal), clean stderr, exit 0 on SIGTERM;
8. nothing written in HOME outside the data folder and the config folder.

Prints each step, the folder and archive (tar.gz) sizes and the times, then one JSON object.
Exit code 0 when every check holds. Slow (a build takes minutes, the model answers in ~20-60 s on
2 cores): run it ``nice``d, by hand or in the packaging workflow, not in the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_deliberations"
EXE_NAME = "Registre.exe" if sys.platform == "win32" else "Registre"
ANSWERABLE = ("Quel montant le conseil municipal de Saint-Aubin-sur-Loire a-t-il voté en 2021 pour la subvention "
              "à l'Association Sportive de Saint-Aubin (football) ?")
UNANSWERABLE = "Quelle subvention le conseil a-t-il accordée au club de tennis ?"
# From ground_truth.json: a paraphrase, and a text found only on a scanned page (read by Tesseract).
SEARCHES = ("aide financière au club de foot", "prix d'une concession cinquantenaire au cimetière")
SEANCE = "2022-09-29"  # PV_CM_2022-09-29.pdf: a session with several acts
GUI_SECONDS = 10.0


class Check:
    def __init__(self) -> None:
        self.results: list[dict[str, Any]] = []
        self.figures: dict[str, Any] = {}

    def record(self, name: str, ok: bool, detail: str = "") -> bool:
        self.results.append({"check": name, "ok": ok, "detail": detail})
        print(f"[{'OK' if ok else 'ÉCHEC'}] {name}" + (f" — {detail}" if detail else ""), flush=True)
        return ok

    @property
    def ok(self) -> bool:
        return all(r["ok"] for r in self.results)


def build(dist: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "registre.spec"), "--noconfirm",
         "--log-level", "WARN", "--distpath", str(dist.parent), "--workpath", str(ROOT / "build" / "pyinstaller")],
        cwd=ROOT, check=True,
    )
    return time.perf_counter() - started


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def archive_size(folder: Path, scratch: Path) -> tuple[int, float]:
    """The .tar.gz a Linux user would download (zip/Inno Setup on Windows compress about the same)."""
    target = scratch / "Registre-linux-x86_64.tar.gz"
    started = time.perf_counter()
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    seconds = time.perf_counter() - started
    size = target.stat().st_size
    target.unlink()
    return size, seconds


def scrubbed_env(home: Path, tools: Path) -> list[str]:
    """A command prefix that runs with no variable of this shell, a PATH without Python, HOME in a temporary
    folder: ``env -i …`` on Linux and macOS; on Windows (no ``env``) :func:`windows_env` gives the same."""
    if sys.platform == "win32":
        return []
    return ["env", "-i", f"PATH={tools}", f"HOME={home}", "LANG=C.UTF-8", "QT_QPA_PLATFORM=offscreen",
            "REGISTRE_LLM_THREADS=2"]


def windows_env(home: Path, tools: Path) -> dict[str, str] | None:
    """Windows' equivalent of ``env -i``: only what a Windows program cannot start without.

    The profile folders themselves come from the shell (platformdirs asks Windows), so on Windows the data
    and config folders are the runner's real ones: a hosted runner's profile is fresh for each job."""
    if sys.platform != "win32":
        return None
    keep = {k: os.environ[k] for k in ("SYSTEMROOT", "WINDIR", "COMSPEC") if k in os.environ}
    return {**keep, "PATH": str(tools), "USERPROFILE": str(home), "TEMP": str(home / "Temp"),
            "TMP": str(home / "Temp"), "QT_QPA_PLATFORM": "offscreen", "REGISTRE_LLM_THREADS": "2"}


def user_folders(home: Path) -> tuple[Path, Path]:
    """Where platformdirs puts Registre's data and config for this HOME (as the frozen app will see it)."""
    if sys.platform == "win32":
        import platformdirs

        data = Path(platformdirs.user_data_dir("Registre", appauthor=False))
        return data, Path(platformdirs.user_config_dir("Registre", appauthor=False))
    if sys.platform == "darwin":
        support = home / "Library" / "Application Support" / "Registre"
        return support, support
    return home / ".local" / "share" / "Registre", home / ".config" / "Registre"


def tools_folder(scratch: Path) -> Path:
    """Only what Registre may call: Tesseract (OCR of the scanned samples), when installed here."""
    tools = scratch / "bin"
    tools.mkdir()
    tesseract = shutil.which("tesseract")
    if tesseract and sys.platform != "win32":  # on Windows the build ships its own, beside Registre.exe
        (tools / "tesseract").symlink_to(tesseract)
    return tools


ENV: dict[str, str] | None = None  # set on Windows only (see windows_env)


def run(cmd: list[str], timeout: float = 900) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.perf_counter()
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=timeout, check=False,
                              env=ENV)
    except subprocess.TimeoutExpired:  # a failed check, not a crash of the checker
        done = subprocess.CompletedProcess(cmd, 124, "", f"plus de {timeout:.0f} s")
    return done, time.perf_counter() - started


def _json(done: subprocess.CompletedProcess[str], codes: tuple[int, ...] = (0,)) -> Any:
    """The command's JSON output, or None (a failed check, never a crash of the checker)."""
    if done.returncode not in codes:
        return None
    try:
        return json.loads(done.stdout)
    except ValueError:
        return None


def _journal_line(data_dir: Path, marker: str) -> str | None:
    journal = data_dir / "journal" / "registre.log"
    try:
        return next((line for line in journal.read_text(encoding="utf-8").splitlines() if marker in line), None)
    except OSError:
        return None


def gui_session(env: list[str], exe: Path, args: list[str], until: Any, timeout: float) -> tuple[int, str, float]:
    """Starts the window offscreen, waits for ``until()`` (or ``timeout``), stops it with SIGTERM.

    Returns (exit code, stderr, seconds until ``until()`` held, or -1)."""
    started = time.perf_counter()
    proc = subprocess.Popen([*env, str(exe), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8", env=ENV)
    reached = -1.0
    while time.perf_counter() - started < timeout and proc.poll() is None:
        if reached < 0 and until():
            reached = time.perf_counter() - started
        if reached >= 0 and time.perf_counter() - started >= GUI_SECONDS:
            break
        time.sleep(0.05)
    if proc.poll() is None:
        # Windows has no SIGTERM for a program: terminate() ends it (the clean close is checked on POSIX).
        proc.send_signal(signal.SIGTERM) if sys.platform != "win32" else proc.terminate()
    try:
        _out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
    return proc.returncode, err, reached


def _stopped_cleanly(code: int) -> bool:
    """0 after SIGTERM on Linux and macOS; Windows' terminate() cannot ask politely, so any code is its own."""
    return code == 0 or sys.platform == "win32"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "Registre")
    parser.add_argument("--reuse", action="store_true", help="use dist/Registre/ as it is when it exists")
    parser.add_argument("--keep", action="store_true", help="keep the temporary home and data folders")
    args = parser.parse_args()
    check = Check()
    dist: Path = args.dist.resolve()
    exe = dist / EXE_NAME
    if not (args.reuse and exe.is_file()):
        check.figures["build_s"] = round(build(dist), 1)
    if not check.record("le dossier gelé existe", exe.is_file(), str(exe)):
        return 1
    scratch = Path(tempfile.mkdtemp(prefix="registre-frozen-"))
    home, data = scratch / "home", scratch / "bibliotheque"
    home.mkdir()
    tools = tools_folder(scratch)
    env = scrubbed_env(home, tools)
    global ENV
    ENV = windows_env(home, tools)
    try:
        return _checks(check, dist, exe, scratch, home, data, tools, env)
    finally:
        if args.keep:
            print(f"dossiers gardés : {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


def _checks(check: Check, dist: Path, exe: Path, scratch: Path, home: Path, data: Path, tools: Path,
            env: list[str]) -> int:
    pythons = [p.name for p in tools.iterdir() if p.name.lower().startswith("python")]
    check.record("aucun Python dans le PATH", not pythons, f"PATH={tools} : {sorted(p.name for p in tools.iterdir())}")
    figures = check.figures
    figures["folder_bytes"] = folder_size(dist)
    figures["archive_bytes"], figures["archive_s"] = archive_size(dist, scratch)
    print(f"dossier : {figures['folder_bytes'] / 1e6:.0f} Mo ; archive .tar.gz : "
          f"{figures['archive_bytes'] / 1e6:.0f} Mo", flush=True)

    done, seconds = run([*env, str(exe), "--version"], timeout=120)
    figures["version_cold_s"] = round(seconds, 2)
    check.record("Registre --version", done.returncode == 0 and done.stdout.startswith("Registre "),
                 f"{done.stdout.strip()} en {seconds:.2f} s")

    # First run: the welcome joins the model into the per-user data folder (~/.local/share/Registre).
    user_data, user_config = user_folders(home)
    stamp = user_data / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf.verifie"
    code, err, assembled = gui_session(env, exe, ["gui"], stamp.is_file, timeout=900)
    figures["first_run_model_s"] = round(assembled, 1)
    check.record("premier lancement : modèle assemblé depuis les morceaux livrés", assembled > 0,
                 f"{assembled:.1f} s")
    check.record("premier lancement : stderr propre, arrêt propre", _stopped_cleanly(code) and not err.strip(),
                 f"code {code}" + (f", stderr : {err.strip()[:300]}" if err.strip() else ""))

    samples = scratch / "sample_deliberations"
    shutil.copytree(SAMPLES, samples, ignore=shutil.ignore_patterns("*.py", "*.json", "__pycache__"))
    done, seconds = run([*env, str(exe), "import", str(samples), "--data-dir", str(data), "--json"], timeout=1800)
    figures["import_samples_s"] = round(seconds, 1)
    report = _json(done, codes=(0, 1)) or {}
    check.record("import des exemples", done.returncode in (0, 1) and report.get("acts", 0) > 0,
                 f"code {done.returncode}, {report.get('imported')} fichiers, {report.get('acts')} actes, "
                 f"{report.get('ocr_pages')} pages OCR, {len(report.get('failed', []))} refusés, {seconds:.1f} s"
                 + (f" ; stderr : {done.stderr.strip()[-300:]}" if done.returncode not in (0, 1) else ""))

    truth = {q["query"]: {e["file"] for e in q["expected"]}
             for q in json.loads((SAMPLES / "ground_truth.json").read_text(encoding="utf-8"))["queries"]}
    for query in SEARCHES:
        done, seconds = run([*env, str(exe), "search", query, "--data-dir", str(data), "--json"], timeout=300)
        found = _json(done)
        # `registre search --json` gives {"query", "suggestion", "applied", "hits"} (a bare list before)
        hits = found.get("hits", []) if isinstance(found, dict) else found or []
        first = hits[0].get("path") if hits else None
        check.record("recherche : l'acte attendu vient en premier", first in truth[query],
                     f"« {query} » → {first} ({seconds:.1f} s)")

    done, seconds = run([*env, str(exe), "ask", ANSWERABLE, "--threshold", "0.5", "--data-dir", str(data),
                         "--json"], timeout=1800)
    figures["ask_answer_s"] = round(seconds, 1)
    answer = _json(done) or {}
    cites = [c for c in answer.get("citations", []) if c.get("act_number") == "2021-014"]
    check.record("question : réponse du vrai modèle, citée",
                 not answer.get("refused", True) and "1 500" in answer.get("answer", "").replace("1500", "1 500")
                 and bool(cites), f"{answer.get('answer', done.stderr.strip()[-300:])!r} ({seconds:.1f} s)")
    done, seconds = run([*env, str(exe), "ask", UNANSWERABLE, "--data-dir", str(data), "--json"], timeout=1800)
    refusal = _json(done) or {}
    check.record("question sans réponse dans les documents : refusée", refusal.get("refused") is True,
                 f"{refusal.get('answer', done.stderr.strip()[-300:])!r} ({seconds:.1f} s)")

    for suffix, member in ((".docx", "word/document.xml"), (".odt", "content.xml")):
        out = scratch / f"pv-{SEANCE}{suffix}"
        done, seconds = run([*env, str(exe), "draft", "pv", "--seance", SEANCE, "--data-dir", str(data),
                             "--out", str(out)], timeout=300)
        text = ""
        if out.is_file():
            with zipfile.ZipFile(out) as z:
                text = z.read(member).decode("utf-8")
        check.record(f"procès-verbal exporté en {suffix}",
                     done.returncode == 0 and "29 septembre 2022" in text and "proc" in text.lower(),
                     f"{out.name}, {out.stat().st_size if out.is_file() else 0} octets ({seconds:.1f} s)"
                     + (f" ; {done.stderr.strip()[-300:]}" if done.returncode else ""))

    code, err, shown = gui_session(env, exe, ["gui", "--data-dir", str(data)],
                                   lambda: _journal_line(data, "Fenêtre affichée") is not None, timeout=120)
    figures["window_shown_s"] = round(shown, 2)
    line = _journal_line(data, "Fenêtre affichée") or ""
    check.record(f"fenêtre hors écran {GUI_SECONDS:.0f} s : affichée, stderr propre, arrêt propre",
                 shown > 0 and _stopped_cleanly(code) and not err.strip(),
                 f"affichée {shown:.2f} s après le lancement ({line.split(' : ')[-1]}), code {code}"
                 + (f", stderr : {err.strip()[:300]}" if err.strip() else ""))

    allowed = (user_data, user_config)
    outside = sorted(str(p.relative_to(home)) for p in home.rglob("*")
                     if p.is_file() and not any(p.is_relative_to(a) for a in allowed))
    check.record("rien d'écrit hors des dossiers des données et de configuration", not outside,
                 ", ".join(outside[:10]) or f"seulement dans {', '.join(sorted({str(a) for a in allowed}))}")

    print(json.dumps({"ok": check.ok, "figures": figures, "checks": check.results}, ensure_ascii=False, indent=1))
    return 0 if check.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
