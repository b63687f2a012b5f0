"""Sentences of the minutes that report an elected member speaking, copied word for word.

They give the clerk the raw material of the « teneur des débats » without any model: each one is
a quotation of the source, to be checked and reworded, never a summary.
"""

from __future__ import annotations

import re

from assistant.drafting.seance_facts import fold_text, normalise

MAX_SENTENCES = 8
MAX_CHARS = 400

_SENTENCE_END = re.compile(r"(?<!\bM\.)(?<!\bMM\.)(?<!\bMme\.)(?<=[.!?])\s+(?=[«A-ZÉÈ])")
_VERBS = (
    "demand|précis|rappell|indiqu|relèv|estim|soulign|interrog|répond|regrett|confirm|expliqu|"
    "s'abstien|souhait|remarqu|fait remarquer|font remarquer|observ|s'interrog|annonc|signal|ajout|déclar|"
    "s'inquièt|s'étonn|intervien|craign|insist|approuv|s'oppos|conteste|considèr"
)
_SPEAKER = re.compile(
    fold_text(
        r"^(?:débat\s*:\s*)?(?:monsieur|madame|m\.|mme|mm\.?)\s+(?:le\s+|la\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?"
        r"(?:\s+et\s+(?:monsieur|madame|m\.|mme)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?)?"
        rf"\s+(?:{_VERBS})\w*\b"
    )
)


_DEBATE_LABEL = re.compile(r"\b(?:Débats?|Discussions?|Échanges?)\s*:\s*")
_MISC_HEADING = re.compile(r"\n\s*(?:\d+\s*[./)-]?\s*)?questions\s+diverses\b[^\n]*", re.IGNORECASE)
_END_OF_SESSION = re.compile(r"l'ordre du jour étant épuisé|la séance est levée|fin de la séance", re.IGNORECASE)


_SPEAKER_LINE = re.compile(r"\n(?=(?:Monsieur|Madame|M\.|Mme|MM\.?)\s)")


def _pieces(text: str) -> list[str]:
    # A line that opens on "Monsieur …" starts a new intervention even after a heading without a period.
    lines = _SPEAKER_LINE.split(normalise(text))
    return [" ".join(part.split()) for line in lines for part in _DEBATE_LABEL.split(line)]


def intervention_sentences(text: str) -> list[str]:
    found: list[str] = []
    for piece in _pieces(text):
        for sentence in _SENTENCE_END.split(piece):
            if _SPEAKER.match(fold_text(sentence)) and len(sentence) <= MAX_CHARS:
                found.append(sentence.strip())
                if len(found) == MAX_SENTENCES:
                    return found
    return found


def split_misc(text: str) -> tuple[str, str]:
    """(the text before « Questions diverses », that section up to the end of the session)."""
    heading = _MISC_HEADING.search(text)
    if heading is None:
        return text, ""
    rest = text[heading.end() :]
    end = _END_OF_SESSION.search(rest)
    return text[: heading.start()], rest[: end.start()] if end else rest
