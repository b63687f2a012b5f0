"""Checks on who attended: proxies, names of a list, counts, the president and the secretary."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.drafting.verify.base import Verdict, find_name, flat, folded, name_tokens, same_person

# Words that deny a proxy in the item that names the person.
_DENIED = re.compile(r"\b(?:pas\s+de|sans|aucun|aucune|n'a\s+pas\s+donne|non\s+represente)e?\s*(?:pouvoir|procuration)")
# Words that give one, with the holder after them.
_GRANTED = re.compile(
    r"(?:(?:donne|donnee|a\s+donne|ayant\s+donne|donnant|remis)\s+)?(?:pouvoir|procuration)s?\s+(?:donnee?\s+)?"
    r"(?:a|au|aux)\s+(?P<to>[^\s,;/()]+(?:\s+[^\s,;/()]+){0,3})"
    r"|represente?e?s?\s+par\s+(?P<by>[^\s,;/()]+(?:\s+[^\s,;/()]+){0,3})"
)
# The list a name sits in, read backwards from the name: the last label wins.
_PROXY_LABEL = re.compile(r"\b(?:procurations?|pouvoirs?|representee?s?|mandataires?)\b")
_OTHER_LABEL = re.compile(r"\b(?:absente?s?|excusee?s?|presente?s?)\b")
_ITEM_END = re.compile(r"[,;/\n]|\s-\s|\bet\b")


def _item_after(text: str, end: int) -> str:
    """From the name's end to the next separator outside parentheses: « (pas de pouvoir donné) »."""
    depth, i = 0, end
    while i < len(text) and i - end < 160:
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and _ITEM_END.match(text, i):
            break
        i += 1
    return text[end:i]


def _clause_before(text: str, start: int) -> str:
    """Back from the name to the start of its sentence (a period not after a civility), at most 400 chars."""
    window = text[max(0, start - 400) : start]
    cut = max((m.end() for m in re.finditer(r"(?<!\bm)(?<!\bmme)(?<!\bmm)\.\s", window)), default=0)
    return window[cut:]


def _holder_matches(holder: str | None, phrase: str) -> bool:
    if not holder:
        return True
    wanted = name_tokens(holder)
    got = set(name_tokens(phrase))
    return bool(wanted) and any(t in got for t in wanted)


def check_proxy(giver: str, holder: str | None, source: str, absents: Sequence[str] = ()) -> Verdict:
    """A name under « représentés » sits in a sentence that gives a proxy, not one that denies it, and is not
    also listed as absent."""
    name = "pouvoir donné"
    text = folded(source)
    spans = find_name(giver, source)
    if not spans:
        return Verdict.failed(name, f"« {flat(giver)} » introuvable dans la source")
    cuts = [_fragment(giver, source, start, end) for start, end in spans]
    if all(cuts):
        return Verdict.failed(name, cuts[0] or "")
    granted = False
    for start, end in spans:
        item = _item_after(text, end)
        if _DENIED.search(item):
            quote = flat(source[end : end + len(item)]).strip(" ().,;")
            return Verdict.failed(name, f"la source dit « {flat(giver)} ({quote}) » : aucun pouvoir donné")
        grant = _GRANTED.search(item)
        if grant:
            phrase = grant.group("to") or grant.group("by") or ""
            if _holder_matches(holder, phrase):
                granted = True
            else:
                return Verdict.failed(name, f"la source donne le pouvoir de {flat(giver)} à « {flat(phrase)} »")
            continue
        clause = _clause_before(text, start)
        labels = [(m.start(), "proxy") for m in _PROXY_LABEL.finditer(clause)]
        labels += [(m.start(), "other") for m in _OTHER_LABEL.finditer(clause)]
        if labels and max(labels)[1] == "proxy" and not _DENIED.search(clause):
            granted = True
    for absent in absents:
        if granted and same_person(absent, giver):
            return Verdict.failed(name, f"{flat(giver)} est aussi inscrit parmi les absents ({flat(absent)})")
    if granted:
        return Verdict.passed(name)
    return Verdict.failed(name, f"aucune phrase de la source ne donne de pouvoir pour {flat(giver)}")


_ALL_CAPS = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]+\b")
_NOT_NAMES = {"ET", "DE", "DU", "LA", "LE", "LES", "ORDRE", "OBJET", "POUVOIR", "ABSENTS", "EXCUSES", "PRESENTS"}
_CIVILITIES = {"MM", "MME", "MMES", "MR", "MLLE", "MONSIEUR", "MADAME", "MESSIEURS", "MESDAMES"}


def _fragment(name: str, source: str, start: int, end: int) -> str | None:
    """Why the name looks like a piece of a longer one in the source, or None."""
    before, after = source[max(0, start - 1) : start], source[end : end + 40]
    if before == "-" or re.match(r"-\s*\w", after):
        return f"« {flat(name)} » n'est qu'une partie d'un nom composé"
    # « Philippe ROUVIER - COROUGE »: a lone capitalised word after a dash ends the surname (a scan's spacing)
    if re.match(r"\s*-\s*[A-ZÀ-Þ][A-ZÀ-Þ'-]+\s*(?:[-,;.]|$|[A-ZÀ-Þ][a-zà-ÿ])", after) or (
        len(name.split()) == 1 and re.search(r"[A-ZÀ-Þ]{2,}\s*-\s*$", source[max(0, start - 40) : start])
    ):
        return f"« {flat(name)} » n'est qu'une partie d'un nom composé"
    has_caps = any(_ALL_CAPS.fullmatch(t) for t in name.split())
    # « NABAIS RAMOS ⏎ Manuel »: a first name whose surname, in capitals, ends the line above it
    prev = re.search(r"(\S+)[ \t]*\n?[ \t]*$", source[max(0, start - 40) : start])
    if not has_caps and prev:
        word = prev.group(1)
        if _ALL_CAPS.fullmatch(word) and folded(word).upper() not in _NOT_NAMES | _CIVILITIES:
            return f"« {flat(name)} » suit « {word} » dans la source : nom coupé"
    nxt = re.match(r"[ \t]*\n?[ \t]*(\S+)", after)
    if not has_caps and nxt:
        word = nxt.group(1).strip(",;.()")
        if _ALL_CAPS.fullmatch(word) and word not in _NOT_NAMES:
            return f"« {flat(name)} » est suivi de « {word} » dans la source : nom coupé"
    return None


def _region(source: str, near: str) -> str:
    """The part of the source where the fact was read (its excerpt onwards): a first name alone (« Pierre »)
    also occurs elsewhere (« église St Pierre »), and only the list it was read from tells."""
    text = flat(source)
    at = text.find(flat(near)[:60]) if near.strip() else -1
    return text[at : at + 2500] if at >= 0 else text


_NOTE = re.compile(r"\s*\((?:arrivée?|départ|parti|partie|sortie?|quitte)[^()]*\)\s*$", re.IGNORECASE)


def _name_problem(name: str, source: str) -> str | None:
    note = _NOTE.search(name)
    if note:  # « Madame Karine DUTEIL (arrivée à 18h36) »: the name, then the note as printed beside it
        if folded(flat(name)) not in folded(flat(source)):
            return f"« {flat(name)} » introuvable tel quel dans la source"
        name = name[: note.start()]
    if re.search(r"\d", name) or name.count("(") != name.count(")"):
        return f"« {flat(name)} » n'est pas un nom"
    if len(name_tokens(name)) > 6 or len(re.findall(r"\b(?:M\.|Mme|Monsieur|Madame)(?=\s)", name)) > 1:
        return f"« {flat(name)} » semble réunir plusieurs personnes"
    spans = find_name(name, source)
    if not spans:
        return f"« {flat(name)} » introuvable dans la source"
    return _fragment(name, source, *spans[0])  # the first time the name is printed is where it was read


def _edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def spelling_twin(name: str, roster: Sequence[str]) -> str | None:
    """Another name of the roster with the same first name and a surname one or two letters away: two
    readings of one person (a scan read twice differently), so neither can be written as sure."""
    mine = name_tokens(name)
    if len(mine) < 2 or len(mine[-1]) < 4:
        return None
    for other in roster:
        theirs = name_tokens(other)
        if len(theirs) < 2 or theirs == mine or theirs[0] != mine[0]:
            continue
        if 0 < _edit_distance(theirs[-1], mine[-1]) <= 2:
            return other
    return None


def check_names(
    names: Sequence[str], source: str, roster: Sequence[str] = (), near: str = ""
) -> list[tuple[str, Verdict]]:
    """Each name of a list (présents, excusés, absents) is a whole name printed in the source, where the list
    is (``near``: the excerpt the list was read from)."""
    out = []
    region = _region(source, near)
    for name in names:
        problem = _name_problem(name, region)
        twin = None if problem else spelling_twin(name, roster)
        if twin:
            problem = f"deux graphies dans la source : « {flat(name)} » et « {flat(twin)} »"
        out.append((name, Verdict.failed("nom lu", problem) if problem else Verdict.passed("nom lu")))
    return out


def check_person(name: str, source: str, roster: Sequence[str] = (), absents: Sequence[str] = ()) -> Verdict:
    """The president or the secretary: one whole person, printed in the source, not listed as absent."""
    problem = _name_problem(name, source)
    if problem:
        return Verdict.failed("personne", problem)
    for absent in absents:
        if same_person(absent, name):
            return Verdict.failed("personne", f"{flat(name)} est inscrit parmi les absents ({flat(absent)})")
    twin = spelling_twin(name, roster)
    if twin:
        return Verdict.failed("personne", f"deux graphies dans la source : « {flat(name)} » et « {flat(twin)} »")
    return Verdict.passed("personne")


def check_count(what: str, announced: int, listed: int) -> Verdict:
    """A count printed in the source equals the names it lists, or neither is sure."""
    if announced == listed:
        return Verdict.passed(f"décompte {what}")
    return Verdict.failed(f"décompte {what}", f"{listed} noms listés, {announced} annoncés")
