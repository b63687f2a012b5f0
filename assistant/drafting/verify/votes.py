"""The vote as printed: figures read in the order the source prints them, then compared with the claim.

« 11 votes pour 2 abstentions » is number-then-word (pour 11, abstention 2); « Pour : 11 Contre : 0 » is
word-then-number. The style is decided by what comes first on the line, so a figure is never paired with
the wrong word (the extractor once read « pour 2 » there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.drafting.verify.base import Verdict, flat, folded

_WORDS = {
    "zero": 0, "aucun": 0, "aucune": 0, "neant": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4,
    "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16,
}  # fmt: skip
_NUM = r"(?:\d{1,3}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
_KEY = r"(?P<key>pour|contre|abstentions?|abstenus?)"
_NUMBER_FIRST = re.compile(rf"(?<![\w.,/])(?P<n>{_NUM})\s+(?:voix\s+|votes?\s+|suffrages?\s+)?{_KEY}\b")
_WORD_FIRST = re.compile(rf"\b{_KEY}\s*(?P<sep>:|=|\.{{2,}}|…+)?\s*(?P<n>{_NUM})(?!\d)(?![,.]\d)")


def _word_first_ok(line: str, match: re.Match[str]) -> bool:
    """« Pour : 11 », « Pour 14 Contre 0 »: a colon follows the word, or the word opens the line, follows
    punctuation or another figure. « le contrat signé pour 25 ans » is not a vote."""
    before = line[: match.start()].rstrip()
    return bool(match.group("sep")) or not before or before[-1] in ",;:.(/–-" or before[-1].isdigit()


_UNANIMOUS = re.compile(r"\bunanimite\b|\bunanimement\b")
# « 13 votes » alone: a vote took place, but the line does not say for what (no figure is read from it)
_BARE_COUNT = re.compile(rf"^\s*{_NUM}\s+(?:voix|votes?|votants)\s*\.?\s*$")
_NOT_A_FIGURE = re.compile(r"\s*(?:le|la|les|l'|un|une|des|du)\b")
_NOT_UNANIMOUS = re.compile(r"\b(?:pas|non)\s+(?:a\s+l'|l')?unanimite")


# « 4-1 DETERMINATION DU NOMBRE… », « 4-2 ELECTION… »: two decisions in one text, each with its own vote
_SUBPOINT = re.compile(r"(?m)^\s*(\d{1,2}\s*[-.]\s*\d{1,2})\s*[-.)]?\s+[A-ZÀ-Þ]{3,}")


def _value(token: str) -> int:
    return int(token) if token.isdigit() else _WORDS[token]


def _key(word: str) -> str:
    return "pour" if word == "pour" else "contre" if word == "contre" else "abstention"


@dataclass
class PrintedVote:
    figures: dict[str, int] = field(default_factory=dict)  # pour / contre / abstention, as printed
    unanimous: bool = False
    lines: list[str] = field(default_factory=list)  # the source lines that state the vote, verbatim

    @property
    def stated(self) -> bool:
        """Figures or a unanimity: something a claim can be checked against."""
        return bool(self.figures) or self.unanimous

    @property
    def held(self) -> bool:
        """A vote is printed, even one without figures (« 13 votes »)."""
        return bool(self.lines)


def read_printed_vote(text: str) -> PrintedVote:
    """Every vote figure of a point's text, line by line, with the lines that hold them."""
    vote = PrintedVote()
    for line in text.replace("\r", "\n").split("\n"):
        low = folded(line)
        first_number = _NUMBER_FIRST.search(low)
        first_word = next((m for m in _WORD_FIRST.finditer(low) if _word_first_ok(low, m)), None)
        use_number = first_number is not None and (first_word is None or first_number.start() <= first_word.start())
        pattern = _NUMBER_FIRST if use_number else _WORD_FIRST
        found = False
        for match in pattern.finditer(low):
            if not use_number and not _word_first_ok(low, match):
                continue
            key = _key(match.group("key"))
            if key == "pour" and _NOT_A_FIGURE.match(low, match.end("key")):
                continue  # « 154 pour le Comptable Public », « pour une durée » are not votes
            vote.figures.setdefault(key, _value(match.group("n")))
            found = True
        if _UNANIMOUS.search(low) and not _NOT_UNANIMOUS.search(low):
            vote.unanimous = True
            found = True
        found = found or bool(_BARE_COUNT.match(low))
        if found and flat(line) not in vote.lines:
            vote.lines.append(flat(line))
    return vote


def check_vote(
    pour: int | None, contre: int | None, abstention: int | None, unanimous: bool, text: str
) -> Verdict:
    """Every figure claimed is the one printed for that word; a unanimity claimed is printed."""
    name = "vote imprimé"
    printed = read_printed_vote(text)
    if not printed.stated:
        return Verdict.failed(name, "aucun vote imprimé dans le texte de ce point")
    quote = " / ".join(printed.lines)[:160]
    subpoints = _SUBPOINT.findall(text)
    if len(subpoints) >= 2:
        listed = ", ".join(s.strip() for s in subpoints[:4])
        return Verdict.failed(name, f"ce texte réunit plusieurs points ({listed}) : de quel point est ce vote ?")
    claims = {"pour": pour, "contre": contre, "abstention": abstention}
    for key, claimed in claims.items():
        if claimed is None:
            continue
        got = printed.figures.get(key)
        if got is None and claimed == 0 and (printed.unanimous or printed.figures):
            continue  # « contre : 0 » beside a unanimity or other figures adds nothing false
        if got != claimed:
            shown = "rien" if got is None else str(got)
            return Verdict.failed(name, f"{key} lu {claimed}, la source imprime {shown} : « {quote} »")
    # « 12 voix pour, 0 contre, 0 abstention » is a unanimity of the votes cast: the word may be the reader's
    against = printed.figures.get("contre", 0) + printed.figures.get("abstention", 0)
    if unanimous and not printed.unanimous and not (printed.figures.get("pour") and against == 0):
        return Verdict.failed(name, f"« unanimité » non imprimée : « {quote} »")
    if not unanimous and printed.unanimous and not printed.figures:
        return Verdict.failed(name, f"la source dit « {quote} »")
    return Verdict.passed(name)


_ADOPTED_WORDS = re.compile(r"\badopte|\bapprouve|\baccepte|\bvalide\b|\bdecide\b|\bautorise\b")
_REJECTED_WORDS = re.compile(r"\brejete|\brefuse|\bn'est\s+pas\s+adopte|\bn'approuve\s+pas")


def check_result(adopted: bool, text: str) -> Verdict:
    """« Adoptée » needs a printed majority (pour > contre), a unanimity or the word; « Rejetée » likewise."""
    name = "résultat imprimé"
    printed = read_printed_vote(text)
    low = folded(text)
    pour, contre = printed.figures.get("pour"), printed.figures.get("contre", 0)
    said_adopted = printed.unanimous or (pour is not None and pour > contre) or _ADOPTED_WORDS.search(low)
    if adopted:
        if said_adopted and not _REJECTED_WORDS.search(low):
            return Verdict.passed(name)
        return Verdict.failed(name, "aucune majorité ni adoption imprimée dans le texte de ce point")
    if (pour is not None and contre > pour) or _REJECTED_WORDS.search(low):
        return Verdict.passed(name)
    return Verdict.failed(name, "aucun rejet imprimé dans le texte de ce point")
