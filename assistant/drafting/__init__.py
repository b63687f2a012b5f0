"""Drafts for the clerk: liste des délibérations, procès-verbal, letters, corrections, notes.

Facts come from the indexed metadata and from the documents' text; an optional language model
only words what is already there. Everything returns a :class:`DraftResult` ready for export.
"""

from assistant.drafting.result import DraftingError, DraftResult

__all__ = ["DraftResult", "DraftingError"]
