"""How the keyword engines and the snippets analyse text, on top of :mod:`indexer.textnorm`.

lower-case -> accent folding -> stop words -> Snowball French stemming. Folding comes before
stemming so that "deliberation" typed without accents meets "délibération" in the text.
"""

from __future__ import annotations

import re

from indexer.textnorm import STOP_WORDS, analyse_word, stem

# What the keyword index calls a word: a run of letters or a run of digits. A letter prefix glued to
# a number is a word of its own, so that the act printed « D2024-49 » is found by the « 2024_49 » of
# the répertoire or a typed « 2024-49 » (the « d » is a stop word), and the parcel « AH36 » by
# « AH 36 ». Only the index splits them: textnorm.words, which the act analysis uses, keeps « D2024 ».
INDEX_WORD_PATTERN = r"[^\W\d_]+|\d+"
_INDEX_WORD = re.compile(INDEX_WORD_PATTERN)


def analyzer():
    """The whoosh analyzer of every text field."""
    from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
    from whoosh.support.charset import accent_map

    return (
        RegexTokenizer(INDEX_WORD_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=STOP_WORDS, minsize=1)
        | StemFilter(stemfn=stem, cachesize=-1)
    )


def content_stems(text: str) -> list[str]:
    """Stems of the meaningful words of ``text``, in order (same pipeline as the index)."""
    return [s for s in map(analyse_word, _INDEX_WORD.findall(text)) if s]


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stem) of each meaningful word; stop words are skipped."""
    out = []
    for m in _INDEX_WORD.finditer(text):
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
