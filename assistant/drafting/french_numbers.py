"""French number words up to 59, enough for times written out in minutes ("à vingt heures trente")."""

from __future__ import annotations

import re

_UNITS = (  # noqa: SIM905 - a word list reads better as one string
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf"
).split()
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante"}


def _build() -> dict[str, int]:
    words: dict[str, int] = {name: value for value, name in enumerate(_UNITS)}
    words["une"] = 1
    for tens, name in _TENS.items():
        words[name] = tens
        words[f"{name} et un"] = words[f"{name}-et-un"] = words[f"{name} et une"] = tens + 1
        for unit in range(2, 10):
            words[f"{name}-{_UNITS[unit]}"] = words[f"{name} {_UNITS[unit]}"] = tens + unit
    for teen in range(17, 20):
        words[_UNITS[teen].replace("-", " ")] = teen
    return words


NUMBER_WORDS = _build()
NUMBER_WORDS_RE = "|".join(re.escape(w) for w in sorted(NUMBER_WORDS, key=len, reverse=True))


def word_to_int(word: str) -> int | None:
    return NUMBER_WORDS.get(" ".join(word.lower().split()))
