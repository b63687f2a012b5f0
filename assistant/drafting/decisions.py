"""What a point of the session decided, in the source's own words, and whether it was a decision at all.

The procès-verbal records decisions (CGCT L2121-15): amounts, beneficiaries, dates, rates, the « décide »
or « article » lines. They are copied verbatim from the point's text — never rephrased — so the clerk
reads the source's wording and nothing can be misquoted by a rewrite.
"""

from __future__ import annotations

import re

from assistant.drafting.verify import read_printed_vote
from indexer.textnorm import fold_aligned

MAX_CHARS = 1400
_VOTE_LINE = 120  # a line about the vote alone is short; a longer one also carries the decision

# « Le conseil municipal, après en avoir délibéré, décide : », « Le Conseil, à l'unanimité …, Décide d'attribuer »
_DECIDES = re.compile(r"\b(?:d[ée]cide|DECIDE|D[ÉE]CIDE|d[ée]lib[èe]re)\b", re.I)
_ARTICLE = re.compile(r"^\s*(?:article|art\.)\s*(?:\d+|premier|1er)\b", re.I)
_FIGURE = re.compile(r"\d[\d\s.,]*\s*(?:€|euros?|%|EUR)|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:19|20)\d{2}\b", re.I)
_BENEFICIARY = re.compile(r"^[^:\n]{2,60}\s:\s*\d")
_BARE_VOTE_LABEL = re.compile(r"^\s*(?:vote|votes|r[ée]sultat\s+du\s+vote)\s*:?\s*$", re.I)
_END = re.compile(
    r"^\s*(?:fait\s+et\s+d[ée]lib[ée]r[ée]|pour\s+extrait|ainsi\s+fait|le\s+maire\s*,?$|adopt[ée]e?\s+(?:à|a)\s+l)",
    re.I,
)


# A page's running header or footer (« Commune de … - Procès-verbal du … - Page 1/5 », « - 3 - »).
_PAGE_FURNITURE = re.compile(r"\bpage\s+\d+\s*(?:/|sur)\s*\d+\b|^\W*\d{1,3}\W*$", re.I)


_ORDINAL = re.compile(r"^(?:er|re|e|ème|eme|nd|nde)\b")  # « 1 » then « er janvier 2023 » on the next line


def _lines(text: str) -> list[str]:
    """The text's lines, the page's wrapping undone: a line that goes on in lower case joins the one before
    (« … au niveau du fonctionnement du » + « budget. »), a superscript « er » its number (« 1 » « er » →
    « 1er »). Only the layout changes; the words stay the source's."""
    raw = (" ".join(line.split()) for line in text.replace("\r", "\n").split("\n"))
    out: list[str] = []
    for line in raw:
        if not line or _PAGE_FURNITURE.search(line):
            continue
        if out and _ORDINAL.match(line) and out[-1][-1:].isdigit():
            out[-1] += line
        elif out and line[0].islower() and out[-1][-1:] not in ".:;!?»":
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def _vote_lines(text: str) -> set[str]:
    return set(read_printed_vote("\n".join(_lines(text))).lines)


def decision_text(body: str) -> str:
    """The decision of one point, verbatim: from « décide » on, else the article lines, else the lines
    with amounts, dates and beneficiaries (an informal compte rendu), without the heading and vote lines."""
    lines = _lines(body)[1:]  # without the point's own heading
    if not lines:
        return ""
    votes = _vote_lines(body)
    start = next((i for i, line in enumerate(lines) if _DECIDES.search(line)), None)
    if start is not None:
        chosen = []
        for line in lines[start:]:
            if _END.match(line):
                break
            chosen.append(line)
    elif any(_ARTICLE.match(line) for line in lines):
        chosen = [line for line in lines if _ARTICLE.match(line)]
    else:
        kept = [line for line in lines if line not in votes or len(line) > _VOTE_LINE]
        short = sum(len(line) for line in kept) <= 700
        chosen = kept if short else [line for line in kept if _FIGURE.search(line) or _BENEFICIARY.match(line)]
    # a vote line goes, unless the decision shares it (« Le Conseil, à l'unanimité, Décide d'attribuer », or
    # a long paragraph « Le Conseil, à l'unanimité …, Approuve …, Autorise le Maire à accorder 100,00 € … »)
    chosen = [line for line in chosen if line not in votes or _DECIDES.search(line) or len(line) > _VOTE_LINE]
    chosen = [line for line in chosen if not _BARE_VOTE_LABEL.match(line)]  # « Vote : », its figures below
    text = "\n".join(chosen)
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS].rsplit(" ", 1)[0] + " […]"
    return text


# --- information items ---------------------------------------------------------------------------

_INFO_OBJET = re.compile(
    r"^\s*(?:\d+\s*[/.)-]\s*)?(?:pr[ée]sentation|rapports?\b|information|communication|compte[- ]rendu|"
    r"point\s+(?:d'information|sur)|questions?\s+diverses|d[ée]bat\b|bilan\b|d[ée]cisions?\s+(?:du|prises?\s+par\s+le)\s+maire)",
    re.I,
)
_LATER = re.compile(
    r"d[ée]lib[ée]ration\s+sera\s+(?:r[ée]alis[ée]e|prise|pr[ée]sent[ée]e|soumise|vot[ée]e)|"
    r"(?:sera|seront)\s+(?:vot[ée]e?s?|d[ée]lib[ée]r[ée]e?s?)\s+(?:lors\s+d[ue]|au)\s+prochain",
    re.I,
)
_MAYOR_DECISION = re.compile(r"^\s*DM\b|^\s*d[ée]cision", re.I)


def information_reason(objet: str | None, act_number: str | None, text: str, in_misc: bool) -> str | None:
    """Why a point is an information item (no vote, no act number), or None for a deliberation."""
    if act_number and _MAYOR_DECISION.match(act_number):
        return "décision du maire prise par délégation"
    if in_misc:
        return "questions diverses"
    if _LATER.search(fold_aligned(text, keep_case=True)) or _LATER.search(text):
        return "délibération renvoyée à une séance suivante"
    if objet and _INFO_OBJET.match(objet) and not read_printed_vote(text).held:
        return "présentation ou rapport, sans vote"
    return None
