"""Text helpers of the assistant's checks and quote verification, on top of :mod:`indexer.textnorm`.

Checks compare the answer with the sources on *forms a reader would accept as the same*:
accents folded, French stems, numbers written with or without thousands separators.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from indexer.textnorm import GENERIC_WORDS, STOP_WORDS, fold, fold_aligned, stem

__all__ = ["fold", "fold_aligned", "stem"]

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[«\"(\[]?[A-ZÀ-ÖØ-Þ0-9])|\n{2,}|\n(?=\s*[-•*]\s)")
# Thousands groups need exactly three digits so that "2021." or "12.5" are not swallowed.
NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?")
_CITATION = re.compile(r"\[(\d{1,2})\]")
# The subject pronoun of a question's inverted verb ("achète-t-elle", "a-t-il", "est-elle").
_INVERTED_SUBJECT = re.compile(r"(?:-t)?-(?:il|elle|on|ils|elles)$", re.IGNORECASE)
# Function words, and the words every deliberation uses: neither is evidence that a source answers.
_STOP = STOP_WORDS | GENERIC_WORDS


def normalize_ws(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def is_stop_word(word: str) -> bool:
    return fold(word) in _STOP


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def content_stems(text: str) -> set[str]:
    """Stems of the words that carry meaning (no stop words, no one- or two-letter words)."""
    return set(_content_stems(text))


@lru_cache(maxsize=4096)  # the same lines and windows are read again for every candidate of a question
def _content_stems(text: str) -> frozenset[str]:
    out: set[str] = set()
    for w in words(strip_citations(text)):
        # "l'association" → "association": elided articles are not content.
        w = _INVERTED_SUBJECT.sub("", re.split(r"['’]", w)[-1])
        f = fold(w)
        if len(f) > 2 and f not in _STOP:
            out.add(stem(f))
    return frozenset(out)


def normalize_number(raw: str) -> str:
    digits = re.sub(r"[ \u00a0\u202f]", "", raw)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", digits):
        digits = digits.replace(".", "")
    digits = digits.replace(",", ".")
    if "." in digits:
        whole, frac = digits.split(".", 1)
        frac = frac.rstrip("0")
        digits = f"{whole}.{frac}" if frac else whole
    return digits.lstrip("0") or "0"


def numbers(text: str) -> set[str]:
    """Numbers as normalised strings: "1 500,00 €" and "1500" both give "1500"."""
    return {normalize_number(m.group()) for m in NUMBER.finditer(strip_citations(text))}


def strip_citations(text: str) -> str:
    return _CITATION.sub(" ", text)


def citations(text: str) -> list[int]:
    seen: list[int] = []
    for m in _CITATION.finditer(text):
        n = int(m.group(1))
        if n not in seen:
            seen.append(n)
    return seen


def sentences(text: str) -> list[str]:
    parts = (p.strip(" \n\t-•*") for p in _SENTENCE_END.split(text.strip()))
    return [p for p in parts if p and any(ch.isalnum() for ch in p)]


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[- ][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)*")


def proper_names(text: str) -> set[str]:
    """Capitalised words not at a sentence start, folded: a cheap stand-in for names."""
    out: set[str] = set()
    for sent in sentences(strip_citations(text)):
        for m in _NAME.finditer(sent):
            if m.start() == 0:
                continue
            f = fold(m.group())
            if f not in _STOP and len(f) > 2:
                out.add(f)
    return out


# A lookahead, so that matches overlap: in « de la fourrière » the cue « de » takes « la » as its
# word, and « la » must still be read as the cue of « fourrière ».
_NOUN_CUE = re.compile(
    r"(?=(?:\b(?:le|la|les|un|une|des|du|de|au|aux|ce|cette|ces|son|sa|ses|leur|leurs)\s+|\b[ld]['’]\s*)"
    r"([^\W\d_]+(?:-[^\W\d_]+)*))",
    re.IGNORECASE,
)


def noun_stems(text: str) -> set[str]:
    """Content stems of words right after a determiner or "de": nouns, mostly, not verbs.

    "a obtenu le marché" gives "march" but not "obten": the verbs of a question can be repeated by an
    answer in other words than the source's, its nouns (club, tennis, comité) cannot.
    """
    out: set[str] = set()
    for m in _NOUN_CUE.finditer(strip_citations(text)):
        f = fold(m.group(1))
        if len(f) > 2 and f not in _STOP:
            out.add(stem(f))
    return out
