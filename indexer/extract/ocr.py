"""OCR of image-only pages with Tesseract (French), run as a separate program.

Tesseract is called as a subprocess rather than through a binding: it keeps the import light,
survives a crash of the engine, and lets two pages be read at once on a 2-core laptop
(OMP_THREAD_LIMIT=1 per process is faster than one process with two threads).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from indexer.extract.pdf import render_page_gray
from indexer.textnorm import clean_page_text

OCR_DPI = 200  # 300 dpi costs 2x the time for no measurable gain on typed council scans
_WINDOWS_DEFAULTS = (
    r"C:\Program Files\Tesseract-OCR\tesseract.exe",
    r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe",
    os.path.expandvars(r"%LOCALAPPDATA%\Programs\Tesseract-OCR\tesseract.exe"),  # installed without admin
)
# An app started from the Finder gets PATH=/usr/bin:/bin:/usr/sbin:/sbin, without Homebrew's folders.
_MACOS_DEFAULTS = ("/opt/homebrew/bin/tesseract", "/usr/local/bin/tesseract")


@dataclass(frozen=True)
class OcrEngine:
    executable: str
    language: str
    tessdata: str | None = None  # the language files of a Tesseract shipped beside the app

    def env(self) -> dict[str, str]:
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        if self.tessdata:
            env["TESSDATA_PREFIX"] = self.tessdata
        return env

    @property
    def name(self) -> str:
        return f"tesseract:{self.language}"


def bundled_tesseract() -> Path | None:
    """A Tesseract folder the packager put beside a frozen Registre (``tesseract/``, with ``tessdata/``)."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent / "tesseract"
    exe = folder / ("tesseract.exe" if sys.platform == "win32" else "tesseract")
    return exe if exe.is_file() else None


@lru_cache(maxsize=4)
def find_tesseract(language: str = "fra") -> OcrEngine | None:
    """REGISTRE_TESSERACT > the one shipped beside the app > PATH > the usual install places."""
    bundled = bundled_tesseract()
    exe = os.environ.get("REGISTRE_TESSERACT") or (str(bundled) if bundled else None) or shutil.which("tesseract")
    if not exe:
        known = _WINDOWS_DEFAULTS if sys.platform == "win32" else _MACOS_DEFAULTS if sys.platform == "darwin" else ()
        exe = next((p for p in known if Path(p).exists()), None)
    if not exe:
        return None
    tessdata = Path(exe).parent / "tessdata"
    probe = OcrEngine(exe, language, str(tessdata) if bundled and exe == str(bundled) and tessdata.is_dir() else None)
    try:
        done = subprocess.run([exe, "--list-langs"], capture_output=True, timeout=30, check=False, env=probe.env())
    except (OSError, subprocess.TimeoutExpired):
        return None
    langs = {line.strip() for line in done.stdout.decode(errors="replace").splitlines()[1:]}
    if language in langs:
        return probe
    if "eng" in langs:  # accents will suffer, but a scan read badly beats a scan not read at all
        return OcrEngine(exe, "eng", probe.tessdata)
    return None


def _ocr_png(engine: OcrEngine, png: bytes) -> str:
    env = engine.env()
    done = subprocess.run(
        [engine.executable, "stdin", "stdout", "-l", engine.language, "--psm", "3", "-c", "tessedit_do_invert=0"],
        input=png,
        capture_output=True,
        timeout=300,
        check=False,
        env=env,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode(errors="replace")[-300:])
    return clean_page_text(done.stdout.decode("utf-8", errors="replace"))


def _png_of(path: Path, page: int) -> bytes:
    image = render_page_gray(path, page, OCR_DPI)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False, compress_level=1)
    return buffer.getvalue()


def ocr_pages(
    engine: OcrEngine, jobs: Iterable[tuple[Path, int]], workers: int = 2
) -> Iterator[tuple[Path, int, str | None, str | None]]:
    """Yield (path, page, text, error) as pages finish, in submission order.

    Rendering stays on the calling thread (PDFium is not thread-safe); only Tesseract runs in
    parallel. At most ``workers`` rendered pages wait in memory at once.
    """
    pending: list[tuple[Path, int, object]] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for path, page in jobs:
            try:
                png = _png_of(path, page)
            except Exception as exc:  # a page PDFium cannot render is reported, not fatal
                yield path, page, None, str(exc)
                continue
            pending.append((path, page, pool.submit(_ocr_png, engine, png)))
            while len(pending) >= workers:
                yield _collect(pending.pop(0))
        while pending:
            yield _collect(pending.pop(0))


def _collect(item: tuple[Path, int, object]) -> tuple[Path, int, str | None, str | None]:
    path, page, future = item
    try:
        return path, page, future.result(), None  # type: ignore[attr-defined]
    except Exception as exc:
        return path, page, None, str(exc)
