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


def focus_passage(
    passage: str,
    page: str,
    question: str,
    budget: int,
    count: Callable[[str], int],
    ignore: frozenset[str] = frozenset(),
) -> str:
    """What the model reads of a page: the lines that cover the question, and the search's passage.

    The passage the search matched is only where the search landed: in minutes the answer can sit
    ten lines below ("… M. Edeline : 100 €"), while the matched lines themselves, picked by the
    search for good reasons, often hold it too. So half the budget goes to the run of consecutive
    lines holding most distinct question words (``ignore``: words too vague to count) and the
    rest to the passage grown with its neighbouring lines; both are given in page order, once.
    """
    lines = page.split("\n")
    if not page.strip():
        return truncate_tokens(passage, budget, count)
    if count(page) <= budget:
        return page.strip()
    costs = [count(line) + 1 for line in lines]
    start, end = _locate(passage, lines)
    if start is None:
        first, last = _best_window(lines, costs, question, ignore, budget)
        return "\n".join(lines[first:last]).strip() or truncate_tokens(passage, budget, count)
    first, last = _best_window(lines, costs, question, ignore, budget // 2)
    ranges = [(first, last)]
    spent = sum(costs[first:last])
    if not (first <= start and end <= last):
        core_start, core_end = start, end
        while core_end > core_start and sum(costs[core_start:core_end]) > budget - spent:
            core_end -= 1  # a passage longer than its share keeps its beginning
        ranges.append((core_start, core_end))
        spent += sum(costs[core_start:core_end])
    ranges = _grow(ranges, costs, budget - spent)
    return "\n[…]\n".join("\n".join(lines[a:b]).strip() for a, b in ranges if b > a)


def _best_window(
    lines: list[str], costs: list[int], question: str, ignore: frozenset[str], budget: int
) -> tuple[int, int]:
    """The run of lines within ``budget`` holding most distinct question words (numbers count twice)."""
    wanted = tx.content_stems(question) - ignore
    wanted_numbers = tx.numbers(question)
    line_stems = [tx.content_stems(line) & wanted for line in lines]
    line_numbers = [tx.numbers(line) & wanted_numbers for line in lines]
    matched = [i for i, (st, nb) in enumerate(zip(line_stems, line_numbers, strict=True)) if st or nb]
    centre = sum(matched) / len(matched) if matched else 0.0
    best: tuple[tuple[int, float], int, int] = ((-1, 0.0), 0, 0)
    for first in range(len(lines)):
        used, covered, figures = 0, set(), set()
        last = first
        while last < len(lines) and used + costs[last] <= budget:
            used += costs[last]
            covered |= line_stems[last]
            figures |= line_numbers[last]
            last += 1
        if last == first:
            continue
        # Ties go to the window that centres the matching lines: the figure often follows its label.
        key = (len(covered) + 2 * len(figures), -abs((first + last - 1) / 2 - centre))
        if key > best[0]:
            best = (key, first, last)
        if last == len(lines):
            break
    return best[1], best[2]


def _grow(ranges: list[tuple[int, int]], costs: list[int], budget: int) -> list[tuple[int, int]]:
    """Merge overlapping line ranges, then widen each by neighbouring lines while ``budget`` allows."""
    merged: list[list[int]] = []
    for a, b in sorted(r for r in ranges if r[1] > r[0]):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    grew = True
    while grew and budget > 0:
        grew = False
        for k, span in enumerate(merged):
            upper = merged[k + 1][0] if k + 1 < len(merged) else len(costs)
            lower = merged[k - 1][1] if k > 0 else 0
            for side in ("after", "before"):
                index = span[1] if side == "after" else span[0] - 1
                if not lower <= index < upper or costs[index] > budget:
                    continue
                budget -= costs[index]
                grew = True
                if side == "after":
                    span[1] += 1
                else:
                    span[0] -= 1
    out: list[tuple[int, int]] = []
    for a, b in merged:  # ranges that grew into each other become one
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
