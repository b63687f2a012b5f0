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
)


@dataclass(frozen=True)
class OcrEngine:
    executable: str
    language: str

    @property
    def name(self) -> str:
        return f"tesseract:{self.language}"


@lru_cache(maxsize=4)
def find_tesseract(language: str = "fra") -> OcrEngine | None:
    exe = os.environ.get("REGISTRE_TESSERACT") or shutil.which("tesseract")
    if not exe and sys.platform == "win32":
        exe = next((p for p in _WINDOWS_DEFAULTS if Path(p).exists()), None)
    if not exe:
        return None
    try:
        done = subprocess.run([exe, "--list-langs"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    langs = {line.strip() for line in done.stdout.decode(errors="replace").splitlines()[1:]}
    if language in langs:
        return OcrEngine(exe, language)
    if "eng" in langs:  # accents will suffer, but a scan read badly beats a scan not read at all
        return OcrEngine(exe, "eng")
    return None


def _ocr_png(engine: OcrEngine, png: bytes) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
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
