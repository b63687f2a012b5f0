"""What the assistant's tabs share: the model lane, the library session, and the window's services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.assistant.preferences import AssistantPreferences
from app.assistant.rendering import CitedPlace
from app.assistant.service import AssistantJob, AssistantService
from app.i18n import translate
from app.jobs import JobFailure
from app.session import LibrarySession, failure_text
from assistant.drafting.result import DraftingError
from assistant.llm import LLMUnavailable


def failure_message(failure: JobFailure) -> tuple[str, bool]:
    """A French sentence for a failed assistant job, and whether it is an expected situation."""
    exc = failure.exception
    if isinstance(exc, LLMUnavailable):
        hint = translate(
            "AssistantPanel",
            "Vous pouvez aussi indiquer un fichier de modèle (.gguf) dans Fichier › Paramètres › "
            "Modèle de l'assistant. La recherche et les brouillons sans IA restent disponibles.",
        )
        return f"{exc}\n\n{hint}", True
    if isinstance(exc, DraftingError):
        return str(exc), True
    return failure_text(failure), False


@dataclass
class AssistantContext:
    service: AssistantService
    session: LibrarySession
    preferences: AssistantPreferences
    open_place: Callable[[CitedPlace], None]
    track: Callable[[AssistantJob, str], None]  # the panel shows its progress, model loading and Stop
    report_unexpected: Callable[[JobFailure], None]  # an error dialog with the technical details
