"""A second, independent reading of the source before a fact is written into a draft.

The extractor (:mod:`assistant.drafting.seance_facts`, :mod:`indexer.metadata`) reads facts with its own
patterns; these checks re-read the source text with different, smaller rules and say, for each fact, whether
the source supports it. A fact that fails becomes a placeholder that names the conflict: a PV is a legal
record, a placeholder costs the clerk a minute, a wrong fact that looks sure can cost an annulled deliberation.

This package must never import the extractor (import-linter contract in pyproject.toml): a check that
shared the extractor's patterns would share its mistakes.
"""

from assistant.drafting.verify.attendance import check_count, check_names, check_person, check_proxy
from assistant.drafting.verify.base import Verdict
from assistant.drafting.verify.summary import check_summary
from assistant.drafting.verify.votes import PrintedVote, check_result, check_vote, read_printed_vote

__all__ = [
    "PrintedVote",
    "Verdict",
    "check_count",
    "check_names",
    "check_person",
    "check_proxy",
    "check_result",
    "check_summary",
    "check_vote",
    "read_printed_vote",
]
