"""Fitting document text into the model's context window.

On this hardware prompt reading costs ~20 ms a token, so budgets are also a speed setting.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant import text as tx

LABEL_LINES = 4  # how far below the words that name it a figure may stand
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
    figure: Callable[[str], bool] | None = None,
) -> str:
    """The stretch of ``page`` that fits in ``budget`` tokens and covers most of the question.

    The index passage that matched is only where the search landed: in minutes the answer can sit
    ten lines below ("… M. Edeline : 100 €"). Every run of consecutive lines that fits is scored
    by the distinct question words it holds (``ignore``: words too vague to count), one more when
    it holds a figure of the kind asked for at most LABEL_LINES below a line with question words
    (``figure``: a test on a line; a question on a sum is answered by an amount, and a stretch of
    labels without one cannot answer it), then by whether it contains the matched passage; the
    best one is returned.
    """
    lines = page.split("\n")
    if not page.strip() or count(page) <= budget:
        return page.strip() if page.strip() else truncate_tokens(passage, budget, count)
    wanted = tx.content_stems(question) - ignore
    wanted_numbers = tx.numbers(question)
    line_stems = [tx.content_stems(line) & wanted for line in lines]
    line_numbers = [tx.numbers(line) & wanted_numbers for line in lines]
    matched_lines = [i for i, (st, nb) in enumerate(zip(line_stems, line_numbers, strict=True)) if st or nb]
    line_figures = [figure is not None and figure(line) for line in lines]
    costs = [count(line) + 1 for line in lines]
    start, end = _locate(passage, lines)
    centre = sum(matched_lines) / len(matched_lines) if matched_lines else 0.0
    best: tuple[tuple[int, int, float], int, int] | None = None
    for first in range(len(lines)):
        used, covered, figures, answers = 0, set(), set(), False
        labelled = -LABEL_LINES - 1  # the last line of the window holding question words
        last = first
        while last < len(lines) and used + costs[last] <= budget:
            used += costs[last]
            covered |= line_stems[last]
            figures |= line_numbers[last]
            if line_stems[last] or line_numbers[last]:
                labelled = last
            # A figure answers only under its label, a few lines below the question's words: "un
            # chèque cadeau de 150 €" above an agenda listing "terrain AA 153" is not that price.
            answers = answers or (line_figures[last] and last - labelled <= LABEL_LINES)
            last += 1
        if last == first:
            continue
        holds_passage = int(start is not None and first <= start and end <= last)
        # Ties go to the window that centres the matching lines: the figure often follows its label.
        key = (len(covered) + 2 * len(figures) + int(answers), holds_passage, -abs((first + last - 1) / 2 - centre))
        if best is None or key > best[0]:
            best = (key, first, last)
        if last == len(lines):
            break
    if best is None:
        return truncate_tokens(passage or page, budget, count)
    _, first, last = best
    return "\n".join(lines[first:last]).strip()
