"""Conversion to PDF with LibreOffice, when it is installed.

Used to check that our .docx/.odt files open in a real office suite, and to give the clerk the
non-modifiable PDF that electronic publication requires (CGCT R2131-1).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

_CANDIDATES = ("soffice", "libreoffice")
_WINDOWS = (r"C:\Program Files\LibreOffice\program\soffice.exe",)
_MAC = ("/Applications/LibreOffice.app/Contents/MacOS/soffice",)


class ConversionFailed(RuntimeError):
    """``str(exc)`` is a French sentence for the clerk; ``detail`` keeps LibreOffice's own output."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


def find_soffice() -> str | None:
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in (*_WINDOWS, *_MAC) if os.path.exists(p)), None)


def convert_to_pdf(document: Path, out_dir: Path, timeout: float = 180.0) -> Path:
    soffice = find_soffice()
    if soffice is None:
        raise ConversionFailed("LibreOffice n'est pas installé : la conversion en PDF est impossible.")
    out_dir.mkdir(parents=True, exist_ok=True)
    # A private profile: a LibreOffice already open on the laptop (or a parallel run) would
    # otherwise swallow the request and return without converting anything.
    with tempfile.TemporaryDirectory(prefix="registre-lo-") as profile:
        command = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(document),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ConversionFailed(f"LibreOffice n'a pas terminé la conversion en {timeout:.0f} s.") from exc
    pdf = out_dir / (document.stem + ".pdf")
    if done.returncode != 0 or not pdf.is_file():
        raise ConversionFailed(
            f"LibreOffice n'a pas pu convertir « {document.name} » en PDF.",
            (done.stdout + done.stderr).strip(),
        )
    return pdf
