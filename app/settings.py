"""User settings: a typed, versioned JSON file under the platform's config folder.

Resolution of the config folder: env ``REGISTRE_CONFIG_DIR`` > platformdirs. Unknown keys are
dropped, a corrupt file is set aside (``settings.json.corrompu``) rather than crashing the app.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

SETTINGS_VERSION = 4
APP_NAME = "Registre"  # same folder name as indexer.config


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    data_dir: str | None = None
    ocr_enabled: bool = True
    ocr_language: str = "fra"
    embedding_model_dir: str | None = None
    llm_model_file: str | None = None
    # None: the threshold calibrated for the model file, else the default (assistant.calibration),
    # so that a recalibration reaches every clerk who never chose her own.
    confidence_threshold: float | None = None
    language: str = "fr"
    folders: list[str] = field(default_factory=list)  # imported roots, for "Réanalyser"
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    welcome_done: bool = False  # the first-run welcome (app/first_run.py) was shown and answered

    def remember_folder(self, folder: str) -> None:
        if folder not in self.folders:
            self.folders.append(folder)


def _from_v0(raw: dict[str, Any]) -> dict[str, Any]:
    # Pre-release files had no version and a single "ocr" flag.
    if "ocr" in raw:
        raw["ocr_enabled"] = bool(raw.pop("ocr"))
    raw["version"] = 1
    return raw


def _from_v1(raw: dict[str, Any]) -> dict[str, Any]:
    # v1 stored the threshold as a percentage (0-100).
    threshold = raw.get("confidence_threshold")
    if isinstance(threshold, int | float) and threshold > 1:
        raw["confidence_threshold"] = threshold / 100.0
    raw["version"] = 2
    return raw


def _from_v2(raw: dict[str, Any]) -> dict[str, Any]:
    # 0.5 was v2's built-in default, never calibrated: the calibrated default replaces it.
    if raw.get("confidence_threshold") == 0.5:
        raw["confidence_threshold"] = None
    raw["version"] = 3
    return raw


def _from_v3(raw: dict[str, Any]) -> dict[str, Any]:
    # A settings file written before the welcome existed belongs to a clerk who already uses Registre.
    raw["welcome_done"] = True
    raw["version"] = 4
    return raw


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    0: _from_v0, 1: _from_v1, 2: _from_v2, 3: _from_v3}


def migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Brings a settings dict of any known version up to :data:`SETTINGS_VERSION`."""
    raw = dict(raw)
    version = int(raw.get("version", 0))
    while version < SETTINGS_VERSION:
        raw = MIGRATIONS[version](raw)
        version = int(raw["version"])
    return raw


def from_dict(raw: dict[str, Any]) -> Settings:
    raw = migrate(raw)
    known = {f.name: f for f in fields(Settings)}
    defaults = Settings()
    values: dict[str, Any] = {}
    for name, value in raw.items():
        if name not in known:
            continue
        default = getattr(defaults, name)
        # A value of the wrong type (hand-edited file) falls back to the default, field by field.
        if default is None or value is None or isinstance(value, type(default)):
            values[name] = value
        elif isinstance(default, float) and isinstance(value, int):
            values[name] = float(value)
    threshold = values.get("confidence_threshold")
    if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, int | float)
                                  or not 0.0 <= threshold <= 1.0):
        values["confidence_threshold"] = None  # the calibrated default rather than a nonsense value
    values["version"] = SETTINGS_VERSION
    return Settings(**values)


def config_dir() -> Path:
    env = os.environ.get("REGISTRE_CONFIG_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


class SettingsStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.json"
        self.load_problem: str | None = None  # technical detail when the file was unreadable

    def load(self) -> Settings:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
            return from_dict(raw)
        except FileNotFoundError:
            return Settings()
        except (OSError, ValueError, KeyError, TypeError) as exc:
            self.load_problem = f"{self.path}: {exc}"
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_name(self.path.name + ".corrompu"))
            return Settings()

    def save(self, settings: Settings) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(self.path)  # atomic: a crash never leaves half a file
