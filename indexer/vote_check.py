"""An independent check of a vote read from an act, before it is stored as a fact.

:mod:`indexer.votes` reads votes with regular expressions over the raw text. This module does
not reuse them: it folds the act's text into a list of word tokens and asks, for every figure
the reader claims, whether that figure stands within a few tokens of its label (« pour »,
« contre », « abstention(s) », « votants », « exercice », « présents »), then whether the figures
agree with one another (pour + contre + abstention ≤ votants ≤ effectif, unanimity without a
contre, a claimed unanimity printed as such). A vote that fails is not stored: its figures are
cleared and the reason is kept (``vote_check``), so nobody reads an unverified vote as a fact.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from indexer.models import Votes
from indexer.textnorm import edit_distance

_WORD_VALUES = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}
# label tokens (folded) for each figure
_LABELS = {
    "pour": ("pour",),
    "contre": ("contre",),
    "abstention": ("abstention", "abstentions", "absention", "absentions"),
    "votants": ("votants", "votant", "vote", "votes", "voix", "exprimes", "suffrages"),  # « 13 votes »: the votes cast
    "effectif": ("exercice",),
    "presents": ("presents", "present"),
}
# words that may stand between a label and its figure (« 21 voix pour », « membres en exercice : 19 »)
_FILLERS = {"voix", "votes", "vote", "suffrages", "membres", "conseillers", "en", "de", "des", "nombre", ":", "=",
            "«", "»", '"'}
_BREAKS = {",", ";", ".", "\n", "/", "—", "–", "(", ")", "|"}  # a figure never belongs across these


def _tokens(text: str) -> list[str]:
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return re.findall(r"[a-z]+|\d+|[,;.\n/—–()|:=«»\"]", plain)


def _values(tokens: list[str]) -> list[int | None]:
    """The number each token stands for, joining "vingt et un" / "dix sept" into one figure."""
    out: list[int | None] = [None] * len(tokens)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.isdigit():
            out[i] = int(token)
            i += 1
            continue
        if token in _WORD_VALUES:
            total, j = _WORD_VALUES[token], i + 1
            while j < len(tokens) and (tokens[j] in _WORD_VALUES or tokens[j] == "et") and \
                    not (tokens[j] == "et" and (j + 1 >= len(tokens) or tokens[j + 1] not in ("un", "une"))):
                if tokens[j] != "et":
                    total += _WORD_VALUES[tokens[j]]
                j += 1
            for k in range(i, j):
                out[k] = total
            i = j
            continue
        i += 1
    return out


def _wrapped_after_voices(tokens: list[str], k: int) -> bool:
    """« … à 34 voix pour et une voix ⏎ contre » : a label opening a line after one that ends on « voix » is that
    count's (read from the label back to its figure only: « 13 votes ⏎ 3- Vente … » is no count of the next line)."""
    return k > 0 and tokens[k - 1] in ("voix", "votes", "vote")


def _count_before_voices(tokens: list[str], values: list[int | None], k: int) -> int | None:
    """« avec 25 ⏎ ⏎ voix Pour » : where the line breaks at ``k`` (read from the label back) follow a figure and come
    right before « voix », the index of that figure."""
    if k + 1 >= len(tokens) or tokens[k + 1] != "voix":
        return None
    j = k
    while j >= 0 and tokens[j] == "\n" and k - j < 2:
        j -= 1
    return j if j >= 0 and values[j] is not None else None


def _neighbour(tokens: list[str], values: list[int | None], start: int, step: int) -> tuple[int | None, int]:
    """The figure next to the label at ``start`` in direction ``step`` over filler words only, and its index."""
    k = start + step
    while 0 <= k < len(tokens):
        if values[k] is not None:
            return values[k], k
        if step < 0 and tokens[k] == "\n" and _wrapped_after_voices(tokens, k):
            k += step
            continue
        if step < 0 and tokens[k] == "\n" and (figure_at := _count_before_voices(tokens, values, k)) is not None:
            k = figure_at
            continue
        if tokens[k] in _BREAKS or tokens[k] not in _FILLERS:
            return None, k
        k += step
    return None, k


_VOTE_LABELS = {"pour", "contre", "abstention", "abstentions", "absention", "absentions"}


def _after_a_label(tokens: list[str], values: list[int | None], at: int) -> bool:
    """Whether the figure at ``at`` follows a vote label over filler words (« POUR 21 »)."""
    k = at - 1
    while k >= 0 and values[k] is not None:
        k -= 1
    while k >= 0 and tokens[k] in _FILLERS:
        k -= 1
    return k >= 0 and tokens[k] in _VOTE_LABELS


def _printed_near(tokens: list[str], values: list[int | None], label: str, value: int) -> bool:
    """Whether ``value`` stands right after (« POUR 21 », « Pour : 21 ») or right before (« 21 voix
    pour ») one of the label's words, with nothing but filler words and no line break between."""
    names = _LABELS[label]
    for i, token in enumerate(tokens):
        if token not in names:
            continue
        after, at = _neighbour(tokens, values, i, 1)
        if after is not None:
            # « 4 votes contre 8 votes pour »: a figure followed by « votes »/« voix » and a label is that
            # label's figure (« Pour : 15 Contre : 2 » and « POUR 21 CONTRE 0 » have no such word)
            k = at + 1
            while k < len(tokens) and values[k] is not None:
                k += 1
            if k + 1 < len(tokens) and tokens[k] in ("votes", "voix", "vote") and tokens[k + 1] in _VOTE_LABELS:
                after = None
        before, at_before = _neighbour(tokens, values, i, -1)
        # « 11 votes pour 2 abstentions », « 2 contre 3 absentions 6 votes pour »: figures printed before their
        # labels, so the figure after this label, followed right by the next label, is that label's own
        # (« POUR 21 CONTRE 0 » prints figures after their labels: the 21 before « CONTRE » is POUR's)
        if (after is not None and before is not None and k < len(tokens) and tokens[k] in _VOTE_LABELS
                and tokens[k] not in names and not _after_a_label(tokens, values, at_before)):
            after = None
        if after == value or (after is None and before == value):
            return True
    return False


_CIVILITIES = {"m", "mm", "mme", "mmes", "mlle", "monsieur", "madame", "messieurs", "mesdames"}


def _names_after(tokens: list[str], label: str, value: int) -> bool:
    """« Contre : M. X, Mme Y » — as many people named after the label as the figure says."""
    for i, token in enumerate(tokens):
        if token not in _LABELS[label]:
            continue
        people, k = 0, i + 1
        while k < len(tokens) and k < i + 60 and tokens[k] not in (";", "\n"):
            if tokens[k] == "." and (k == 0 or tokens[k - 1] not in _CIVILITIES):
                break
            people += tokens[k] in _CIVILITIES
            k += 1
        if people == value:
            return True
    return False


_ABSTAINING_VERBS = {"abstient", "abstiennent", "abstenant", "abstenu", "abstenus", "abstenue", "abstenues"}
_PLURAL_CIVILITIES = {"mm", "mmes", "messieurs", "mesdames"}


def _names_before_abstaining(tokens: list[str], value: int) -> bool:
    """« Adopté, sauf par M. X qui s’abstient », « MM. X et Y s'abstenant »: as many people named in the clause before
    the verb as the figure says (a civility each; after a plural one, each name joined by « , » or « et »)."""
    for i, token in enumerate(tokens):
        if token not in _ABSTAINING_VERBS or i < 1 or tokens[i - 1] != "s":
            continue
        k = i - 2
        while k >= 0 and i - k <= 40 and tokens[k] not in (";", "\n", ":") and not (
                tokens[k] == "." and (k == 0 or tokens[k - 1] not in _CIVILITIES)):
            k -= 1
        clause = tokens[k + 1 : i - 1]
        people, plural = 0, False
        for j, word in enumerate(clause):
            if word in _CIVILITIES:
                people += 1
                plural = word in _PLURAL_CIVILITIES
            elif plural and word in (",", "et") and j + 1 < len(clause) and clause[j + 1] not in _CIVILITIES \
                    and clause[j + 1].isalpha() and clause[j + 1] != "qui":
                people += 1
        if people == value:
            return True
    return False


_GROUP_WORDS = {"membres", "conseillers", "elus"}


def _group_count_after(tokens: list[str], values: list[int | None], value: int) -> bool:
    """« Abstention de l'Opposition, ( 5 Membres : … ) »: the figure opening a bracket within a dozen tokens after
    « abstention », followed by « membres » (or « conseillers », « élus »), with no sentence end between."""
    for i, token in enumerate(tokens):
        if token not in _LABELS["abstention"]:
            continue
        for k in range(i + 1, min(len(tokens) - 2, i + 13)):
            if tokens[k] in (".", ";"):
                break
            if tokens[k] == "(" and values[k + 1] == value and tokens[k + 2] in _GROUP_WORDS:
                return True
    return False


@dataclass(frozen=True)
class VoteCheck:
    ok: bool
    reason: str | None = None  # French, for the clerk and the export's notes


_DECISION = ("pour", "contre", "abstention")
_SEANCE = ("votants", "effectif", "presents")


def _missing(votes: Votes, tokens: list[str], values: list[int | None], labels: tuple[str, ...]) -> str | None:
    for label in labels:
        value = getattr(votes, label)
        if value is None or (value == 0 and label in ("contre", "abstention")):
            continue  # 0 is what unanimity or « néant » means; nothing to find printed
        if _printed_near(tokens, values, label, value):
            continue
        if label == "pour" and _printed_near(tokens, values, "votants", value):
            continue  # « par 25 voix »: the votes cast, all for
        if label in ("contre", "abstention") and _names_after(tokens, label, value):
            continue  # « Contre : M. X, Mme Y »
        if label == "abstention" and _names_before_abstaining(tokens, value):
            continue  # « sauf par M. X qui s’abstient »
        if label == "abstention" and _group_count_after(tokens, values, value):
            continue  # « Abstention de l'Opposition, (5 Membres : …) »
        return f"« {label} {value} » introuvable près de son intitulé dans le texte"
    return None


_DECIDING_VERBS = ("accep", "adopt", "approuv", "decid")


def _slot_of_the_decision(tokens: list[str], i: int) -> bool:
    """Whether token ``i`` is the one word of the council's decision formula, « conseil <word> , a ▢ , accepte », spelt
    within five letters of « lunanimite », from its « l » (Avranches' OCR: « A luwawiwiÏe, ACCEPÏE »)."""
    token = tokens[i]
    return (4 <= i < len(tokens) - 2 and tokens[i - 4] == "conseil" and tokens[i - 2 : i] == [",", "a"]
            and tokens[i + 1] == "," and tokens[i + 2].startswith(_DECIDING_VERBS)
            and token.startswith("l") and edit_distance(token, "lunanimite", 5) <= 5)


def _near_unanimit(token: str) -> bool:
    """A word within two letters of « unanimit » (at its start or up to three letters in), or holding « unani »."""
    return "unani" in token or any(edit_distance(token[start:start + size], "unanimit", 2) <= 2
                                   for start in range(4) for size in (7, 8, 9) if start + size <= len(token))


def _unanimity_written(tokens: list[str]) -> bool:
    """« unanimité » in the text (« à Punanimité », « UNANIM?ÏE », « UNAN?MITE »), or OCR's other misreadings of the
    formula « l'unanimité des membres » (Corte's scans: « Pananimité des meres », « AVunani 6 des membres »): a word
    within two letters of « unanimit », or holding « unani », with « m… » (membres) or « pres… » among the next
    three words, line breaks aside."""
    for i, token in enumerate(tokens):
        if "unanim" in token:
            return True
        if token == "unan" and tokens[i + 1 : i + 2] in (["mite"], ["mit"]):
            return True  # « UNAN?MITE » (Avranches' OCR prints « ? » for « I »): two tokens
        # the next three words, not counting the line breaks OCR puts between them (« AVunani ⏎ ⏎ 6 des membres »);
        # looked at before the spelling, which costs twelve edit distances a word (a third of a corpus re-read)
        following = [t for t in tokens[i + 1 : i + 12] if t != "\n"][:3]
        if any(t.startswith(("m", "pres")) for t in following) and _near_unanimit(token):
            return True
        if _slot_of_the_decision(tokens, i):
            return True
    return False


def check_vote(votes: Votes, text: str) -> VoteCheck:
    """Whether ``votes`` is what ``text`` prints; the first reason it is not, otherwise."""
    if votes.is_empty():
        return VoteCheck(True)
    tokens = _tokens(text)
    values = _values(tokens)
    reason = _missing(votes, tokens, values, _DECISION + _SEANCE)
    if reason:
        return VoteCheck(False, reason)
    cast = sum(v or 0 for v in (votes.pour, votes.contre, votes.abstention))
    if votes.votants is not None and votes.pour is not None and cast > votes.votants:
        return VoteCheck(False, f"pour + contre + abstentions = {cast} dépasse les {votes.votants} votants")
    ceiling = votes.effectif
    if ceiling is not None and (cast > ceiling or (votes.votants or 0) > ceiling or (votes.presents or 0) > ceiling):
        return VoteCheck(False, f"plus de voix ou de présents que les {ceiling} membres en exercice")
    if votes.unanimite:
        if not _unanimity_written(tokens):
            return VoteCheck(False, "« unanimité » n'est pas écrit dans le texte")
        if votes.contre:
            return VoteCheck(False, f"unanimité avec {votes.contre} voix contre")
    return VoteCheck(True)


def checked(votes: Votes, text: str) -> tuple[Votes, str | None]:
    """The vote to store and, when it was refused, why. A séance figure (effectif, présents, votants)
    that the check cannot find is dropped alone; a refused vote keeps none of its figures."""
    verdict = check_vote(votes, text)
    if verdict.ok:
        return votes, None
    tokens = _tokens(text)
    seance_reason = _missing(votes, tokens, _values(tokens), _SEANCE)
    if seance_reason:
        trimmed = Votes(votes.pour, votes.contre, votes.abstention, votes.unanimite)
        if check_vote(trimmed, text).ok:
            return trimmed, seance_reason
    return Votes(), verdict.reason
