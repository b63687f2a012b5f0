"""Quotes shown to the user must be the document's own words.

A quote is displayed only if it is found verbatim in the page text (after whitespace is
normalised); otherwise it is dropped. The candidate quote is the sentence of the cited passage
closest to what the answer says.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant import text as tx

MAX_QUOTE_CHARS = 300
_GUILLEMETS = re.compile(r"«\s*([^«»]{3,400}?)\s*»|\"([^\"]{3,400}?)\"")


def is_verbatim(quote: str, page_text: str) -> bool:
    q = tx.normalize_ws(quote)
    return bool(q) and q in tx.normalize_ws(page_text)


def best_sentence(passage: str, target: str) -> str | None:
    """The passage sentence sharing most content words with ``target`` (ties: the earliest)."""
    target_stems = tx.content_stems(target)
    best: tuple[float, str] | None = None
    for sentence in tx.sentences(passage):
        stems = tx.content_stems(sentence)
        if not stems:
            continue
        score = len(stems & target_stems) + 0.01 * len(tx.numbers(sentence) & tx.numbers(target))
        if best is None or score > best[0]:
            best = (score, sentence)
    if best is None or best[0] < 1:  # a sentence sharing no word with the claim supports nothing
        return None
    return _shorten(best[1])


def locate_quote(
    passage: str,
    target: str,
    pages: Sequence[int],
    page_text: Callable[[int], str],
) -> tuple[str, int] | None:
    """A verbatim quote supporting ``target`` and the page it is on, or None.

    ``pages`` lists the preferred page first. If the passage's sentence cannot be found verbatim
    (the index may store text normalised differently), the closest sentence of the page itself is
    tried, so what is shown always comes from the page.
    """
    texts = {p: page_text(p) for p in pages}
    candidate = best_sentence(passage, target)
    if candidate:
        for p in pages:
            if is_verbatim(candidate, texts[p]):
                return candidate, p
    reference = target + "\n" + passage
    for p in pages:
        fallback = best_sentence(texts[p], reference)
        if fallback and is_verbatim(fallback, texts[p]):
            return fallback, p
    return None


def unquote_unverified(answer: str, sources: Sequence[str]) -> tuple[str, int]:
    """Remove the quotation marks around any quote in the answer not found in the sources.

    The words stay (they may be a fair paraphrase) but are no longer presented as a quotation.
    Returns the new answer and how many quotes were demoted.
    """
    demoted = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal demoted
        inner = m.group(1) or m.group(2) or ""
        if any(is_verbatim(inner, s) for s in sources):
            return m.group(0)
        demoted += 1
        return inner

    return _GUILLEMETS.sub(repl, answer), demoted


def _shorten(sentence: str) -> str:
    sentence = tx.normalize_ws(sentence)
    if len(sentence) <= MAX_QUOTE_CHARS:
        return sentence
    cut = sentence[:MAX_QUOTE_CHARS]
    return cut[: cut.rfind(" ")] if " " in cut else cut
