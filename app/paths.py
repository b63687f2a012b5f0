"""Where the data folder and the bundled sample deliberations are."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.settings import Settings
from indexer.config import ENV_DATA_DIR
from indexer.config import resolve_data_dir as resolve_core_data_dir


def resolve_data_dir(arg: str | None, settings: Settings | None = None) -> Path:
    """``--data-dir`` > env ``REGISTRE_DATA_DIR`` > settings > platform default."""
    if arg or os.environ.get(ENV_DATA_DIR) or settings is None or not settings.data_dir:
        return resolve_core_data_dir(arg)
    return Path(settings.data_dir).expanduser()


def samples_dir() -> Path | None:
    """The bundled ``sample_deliberations/`` (env ``REGISTRE_SAMPLES`` wins)."""
    env = os.environ.get("REGISTRE_SAMPLES")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parent.parent / "sample_deliberations")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return None


def is_writable_dir(path: Path) -> bool:
    """True when ``path`` exists (or can be created) and accepts a new file."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".registre-test-"):
            pass
        return True
    except OSError:
        return False
