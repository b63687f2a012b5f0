"""Where Registre keeps its data: --data-dir flag > REGISTRE_DATA_DIR > platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from indexer.errors import DataDirUnwritable

APP_NAME = "Registre"
ENV_DATA_DIR = "REGISTRE_DATA_DIR"
ENV_EMBEDDER = "REGISTRE_EMBEDDER"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(arg: str | os.PathLike[str] | None = None) -> Path:
    if arg:
        return Path(arg).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def ensure_writable(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".ecriture-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataDirUnwritable(str(path), str(exc)) from exc
    return path
