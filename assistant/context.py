"""Fitting document text into the model's context window.

On this hardware prompt reading costs ~20 ms a token, so budgets are also a speed setting.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant import text as tx

# Where the operative part of an act starts: we keep it whole when trimming.
_DECISION = re.compile(r"apres en avoir delibere|decide\b|deliberent|arrete\b|adopte\b", re.IGNORECASE)


def truncate_tokens(text: str, budget: int, count: Callable[[str], int]) -> str:
    """The longest prefix of ``text`` (cut at a word) that fits in ``budget`` tokens."""
    if budget <= 0:
        return ""
    if count(text) <= budget:
        return text
    lo, hi = 0, len(text)
    while hi - lo > 16:  # binary search on characters; tokens per character vary too much to guess
        mid = (lo + hi) // 2
        if count(text[:mid]) <= budget:
            lo = mid
        else:
            hi = mid
    cut = text[:lo]
    space = cut.rfind(" ")
    return (cut[:space] if space > len(cut) // 2 else cut).rstrip() + " […]"


def trim_act(text: str, budget: int, count: Callable[[str], int]) -> str:
    """Shorten an act to ``budget`` tokens, keeping its head (objet) and its decision and vote.

    A deliberation puts what matters at both ends: the objet first, the decision and the vote last;
    the middle (visas, exposé) is what can be cut.
    """
    if count(text) <= budget:
        return text
    match = _DECISION.search(tx.fold_aligned(text))
    head_budget = budget // 3
    if match is None:
        return truncate_tokens(text, budget, count)
    head = truncate_tokens(text[: match.start()], head_budget, count)
    tail = truncate_tokens(text[match.start() :], budget - count(head) - 4, count)
    return f"{head}\n[…]\n{tail}"


def widen_passage(passage: str, page: str, budget: int, count: Callable[[str], int]) -> str:
    """The passage grown with the page text around it, up to ``budget`` tokens.

    Index passages are cut at fixed sizes and may stop in the middle of a tariff table: the row
    the question asks about can be just after the cut. Lines are added alternately after and
    before the passage while the budget allows.
    """
    if not page.strip():
        return truncate_tokens(passage, budget, count)
    lines = page.split("\n")
    start, end = _locate(passage, lines)
    if start is None:
        return truncate_tokens(passage or page, budget, count)
    core = "\n".join(lines[start:end])
    if count(core) >= budget:
        return truncate_tokens(core, budget, count)
    used = count(core)
    before, after = start, end
    grew = True
    while grew:
        grew = False
        for side in ("after", "before"):
            index = after if side == "after" else before - 1
            if not 0 <= index < len(lines):
                continue
            cost = count(lines[index]) + 1
            if used + cost > budget:
                continue
            used += cost
            grew = True
            if side == "after":
                after += 1
            else:
                before -= 1
    return "\n".join(lines[before:after]).strip()


def _locate(passage: str, lines: list[str]) -> tuple[int | None, int]:
    """First and last+1 page lines covered by the passage (matched on whitespace-free text)."""
    squeezed = [re.sub(r"\s+", "", line) for line in lines]
    target = re.sub(r"\s+", "", passage)
    if not target:
        return None, 0
    head, tail = target[:40], target[-40:]
    joined = "".join(squeezed)
    begin = joined.find(head)
    if begin < 0:
        return None, 0
    finish = joined.find(tail, begin)
    finish = begin + len(target) if finish < 0 else finish + len(tail)
    offsets, position = [], 0
    for s in squeezed:
        offsets.append(position)
        position += len(s)
    start = max(i for i, o in enumerate(offsets) if o <= begin)
    end = max(i for i, o in enumerate(offsets) if o < finish) + 1
    return start, end
