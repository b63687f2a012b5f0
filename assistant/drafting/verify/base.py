"""What every check returns, and the few text helpers the checks share (none from the extractor)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.textnorm import fold_aligned


@dataclass(frozen=True)
class Verdict:
    check: str  # the check's name, e.g. "pouvoir donné"
    ok: bool
    conflict: str = ""  # French, shown in the placeholder when the check fails

    @staticmethod
    def passed(check: str) -> Verdict:
        return Verdict(check, True)

    @staticmethod
    def failed(check: str, conflict: str) -> Verdict:
        return Verdict(check, False, conflict.replace("[", "(").replace("]", ")"))


def folded(text: str) -> str:
    """Lower case, no accents, same length as the text (a span found here is a span of the source)."""
    return fold_aligned(text.replace("’", "'"))


def flat(text: str) -> str:
    return " ".join(text.split())


_TITLES = {"m", "mr", "mme", "mlle", "mm", "mmes", "monsieur", "madame", "mademoiselle", "messieurs", "mesdames"}
_TOKEN = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


def name_tokens(name: str) -> list[str]:
    """Folded words of a name without civilities: « Mme Nelly WIDMER » → [nelly, widmer]."""
    return [t for t in (folded(m.group(0)).strip("'-") for m in _TOKEN.finditer(name)) if t and t not in _TITLES]


def find_name(name: str, text: str) -> list[tuple[int, int]]:
    """Spans of the name in the text, words in order, any spacing or line break between them."""
    tokens = name_tokens(name)
    if not tokens:
        return []
    # « E. Baghioni », « JT Albertini »: an initial's period sits between the words
    pattern = r"(?<![\w-])" + r"[\s.]+".join(re.escape(t) for t in tokens) + r"(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, folded(text))]


_LONG_TITLES = _TITLES - {"m"}


def same_person(a: str, b: str) -> bool:
    """Same surname, and first names (or initials) that agree where both give one: « Marc SAUGET » and
    « Marielle SAUGET » are two people, « M. Luciani » and « F. Luciani » too; « Marie PETIT » and
    « Mme Marie PETIT » are one."""
    ta = [t for t in (folded(m.group(0)).strip("'-") for m in _TOKEN.finditer(a)) if t and t not in _LONG_TITLES]
    tb = [t for t in (folded(m.group(0)).strip("'-") for m in _TOKEN.finditer(b)) if t and t not in _LONG_TITLES]
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    fa, fb = ta[:-1], tb[:-1]
    if not fa or not fb:
        return True
    return fa[0][0] == fb[0][0] and (len(fa[0]) == 1 or len(fb[0]) == 1 or fa[0] == fb[0])
