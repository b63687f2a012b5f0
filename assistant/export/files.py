"""Safe writing: never replace an existing file unless the caller explicitly asked for it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class DraftFileExists(FileExistsError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Le fichier « {path} » existe déjà : il n'a pas été remplacé. "
            "Choisissez un autre nom ou confirmez le remplacement."
        )
        self.path = path


class UnsupportedFormat(ValueError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"Format non pris en charge pour « {path.name} » : choisissez un fichier .docx ou .odt.")
        self.path = path


def write_safely(path: Path, overwrite: bool, save: Callable[[Path], None]) -> Path:
    """Save through a temporary file in the same folder so a crash never leaves half a document."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise DraftFileExists(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".registre-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        save(tmp)
        if not overwrite and path.exists():  # appeared while we were writing
            raise DraftFileExists(path)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return path
