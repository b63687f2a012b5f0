"""A model's one-sentence summary is kept only if every figure and every name in it is in the source."""

from __future__ import annotations

import re

from assistant.drafting.verify.base import Verdict, folded

_FIGURE = re.compile(r"\d[\d\s.,]*\d|\d")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Ý][\w'-]+")


def _digits(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f.,]", "", text)


def check_summary(summary: str, source: str) -> Verdict:
    name = "résumé fidèle"
    source_digits = _digits(source)
    for figure in _FIGURE.findall(summary):
        key = _digits(figure)
        if not re.search(rf"(?<!\d){re.escape(key)}(?!\d)", source_digits):
            return Verdict.failed(name, f"le chiffre « {figure.strip()} » n'est pas dans la source")
    low = folded(source)
    for word in _NAME.findall(summary):
        if folded(word) not in low:
            return Verdict.failed(name, f"le nom « {word} » n'est pas dans la source")
    return Verdict.passed(name)
