"""What the assistant remembers between sessions (the validator's name), beside the app's settings.

A small JSON file in the same configuration folder as ``settings.json``, so tests and the
``REGISTRE_CONFIG_DIR`` override isolate it the same way.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from app.settings import config_dir


@dataclass
class AssistantPreferences:
    validator_name: str = ""

    @staticmethod
    def path() -> Path:
        return config_dir() / "assistant.json"

    @classmethod
    def load(cls) -> AssistantPreferences:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        name = raw.get("validator_name") if isinstance(raw, dict) else None
        return cls(validator_name=name if isinstance(name, str) else "")

    def save(self) -> bool:
        """False when the folder is not writable: the name is then only kept until the app closes."""
        with contextlib.suppress(OSError):
            path = self.path()
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
            tmp.replace(path)
            return True
        return False
