"""French text analysis shared by the keyword index, snippets and answer checks.

lower-case -> accent folding -> stop words -> Snowball French stemming. Folding comes before
stemming so that "deliberation" typed without accents meets "délibération" in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.textnorm import fold

_WORD_PATTERN = r"[^\W_]+"  # letters and digits; "DE_2021_014" gives "de", "2021", "014"
_WORD = re.compile(_WORD_PATTERN, re.UNICODE)

_EXTRA_STOPS = {"les", "a", "l", "d", "qu", "n", "s", "c", "j", "m", "t", "y", "dont", "cette", "ces", "leur",
                "leurs", "tout", "tous", "toute", "toutes", "sont", "ete", "etre", "fait", "plus", "ainsi"}


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    from whoosh.lang import stopwords_for_language

    return frozenset({fold(w) for w in stopwords_for_language("fr")} | _EXTRA_STOPS)


@lru_cache(maxsize=1)
def _stemmer():
    from whoosh.lang import stemmer_for_language

    return stemmer_for_language("fr")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer()(word)


def analyzer():
    """The whoosh analyzer of every text field."""
    from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
    from whoosh.support.charset import accent_map

    return (
        RegexTokenizer(_WORD_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=stopwords(), minsize=1)
        | StemFilter(stemfn=stem, cachesize=-1)
    )


@lru_cache(maxsize=300_000)
def analyse_word(word: str) -> str | None:
    """The stem of one word as printed, or None for a stop word (cached: texts repeat words)."""
    folded = fold(word)
    return None if folded in stopwords() else stem(folded)


def content_stems(text: str) -> list[str]:
    """Stems of the meaningful words of ``text``, in order (same pipeline as the index)."""
    return [s for s in map(analyse_word, _WORD.findall(text)) if s]


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stem) of each meaningful word; stop words are skipped."""
    out = []
    for m in _WORD.finditer(text):
        s = analyse_word(m.group())
        if s:
            out.append((m.start(), m.end(), s))
    return out


def index_tokens(text: str) -> str:
    """The analysed text as space-separated stems, for engines that take pre-analysed text."""
    return " ".join(content_stems(text))


_IDENTIFIER = re.compile(r"\b\w*\d+(?:[-_/.]\w+)+\b")


def identifier_phrases(text: str) -> list[list[str]]:
    """Act numbers typed in a query ("24-07/061", "DE_2020_027") as stem sequences: they must be
    found as a sequence, not as three common numbers scattered over a page."""
    out = []
    for m in _IDENTIFIER.finditer(text):
        stems = content_stems(m.group())
        if len(stems) >= 2:
            out.append(stems)
    return out
