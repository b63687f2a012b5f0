"""What every drafting function returns: the draft plus an account of where each fact came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.drafting.seance_facts import Fact
from assistant.export import Draft, SourceRef


class DraftingError(RuntimeError):
    """A draft cannot be made (no act for that date…); ``str(exc)`` is a French sentence for the clerk."""


@dataclass
class DraftResult:
    draft: Draft
    filled: list[Fact] = field(default_factory=list)
    citations: list[SourceRef] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def placeholders(self) -> list[str]:
        """Each distinct «[à compléter : …]» still in the draft, in reading order."""
        return list(dict.fromkeys(self.draft.placeholders()))

    def to_json(self, path: Path | str | None = None) -> dict[str, Any]:
        return {
            "path": str(path) if path is not None else None,
            "title": self.draft.title,
            "filled": [f.to_json() for f in self.filled],
            "placeholders": self.placeholders,
            "citations": [c.to_json() for c in self.citations],
            "warnings": self.warnings,
            "ai_mark": self.draft.shows_ai_mark,
        }
