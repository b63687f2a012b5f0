"""The passage a clerk can check at a glance: sentences and table rows of a page, answer spans in them.

Everything here reads the page text itself (never the model's words), so what it returns is
verbatim by construction: an :class:`Evidence` is a slice ``page[start:end]`` and its span a slice of
that slice. The model, when there is one, only *chooses* among the :class:`Candidate` spans found here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from assistant import text as tx
from indexer.textnorm import place_words, same_place

MAX_UNITS = 3  # sentences or rows shown as evidence
MAX_EVIDENCE_CHARS = 420  # beyond this a passage is no longer read "at a glance"
MAX_CANDIDATES = 16  # each one costs a few tokens of model time
_ABBREVIATIONS = frozenset("m mm mme mmes mlle dr st ste art n no p cf etc av bd vol".split())
# An amount, a rate or a measure: the number with its unit, as printed.
_UNIT = r"(?:\s?(?:€|euros?\b|EUR\b|%|m3\b|m³|m²|m2\b|km\b|ml\b|ha\b|m\b|ans?\b|voix\b|jours?\b|mois\b|heures?\b))"
_FIGURE = re.compile(
    r"(?<![\w,./])(?<!\d\d\d-)"  # not the tail of an identifier ("045-214502871")
    r"(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:[,.]\d+)?|\d+(?:[,.]\d+)?)"
    r"(?![\d/]|-\d{4}|[^\W\d]|[.,]\d)"  # nor a date, a year range's head, a word
    + _UNIT + "?",
    re.IGNORECASE,
)
# Numbers that name rather than count: "n° 12", "article 3", "page 2".
_LABEL_BEFORE = re.compile(
    r"(?:n°|no|num[ée]ro|article|art\.|page|p\.|parcelles?|section|alin[ée]a)\s*$", re.IGNORECASE
)
_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
)
_DATE = re.compile(
    rf"\b(?:1er|\d{{1,2}})\s+(?:{_MONTHS})\s+(?:19|20)\d\d\b|\b\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d\b", re.IGNORECASE
)
# A name: capitalised words (with particles inside), or a surname in capitals ("M. Franck RIBEIRO").
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]{2,})(?:-(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]{2,}))*"
_NAME = re.compile(rf"\b{_NAME_WORD}(?:[ \u00a0]+(?:(?:de|du|des|la|le|d'|l')[ \u00a0]*)?{_NAME_WORD}){{0,4}}")
# Capitalised words of every deliberation: headings and titles, not names.
_NOT_NAMES = frozenset(
    "objet page article vu considerant monsieur madame mme m mm le la les commune conseil municipal maire "
    "adjoint adjointe deliberation seance rapporteur pour contre abstention vote adopte adoptee total annexe "
    "president presidente secretaire date nombre membres presents representes excuses absents extrait registre "
    "prefecture arrondissement departement republique francaise acte certifie envoi accuse reception publiee "
    "ministere".split()
)
_CIVILITY = re.compile(r"(?:\bM\.|\bMM\.|\bMmes?\.?|\bMlle|\bMonsieur|\bMadame|\bMe)\s*$")
# A unit naming this many people is a roll call (present, absent, proxies): its names answer nothing
# the question asks unless nothing else does, so they are placed last.
ROLL_CALL_NAMES = 5
# So is a unit under an attendance label, however few names it holds (« Absents : » / « Patrick V. »).
_ATTENDANCE_LABEL = re.compile(
    r"(?:\b(?:pr[ée]sents?|absents?|excus[ée]s?|repr[ée]sent[ée]s?|procurations?|pouvoirs?)\b[^:\n]{0,120}:)\s*$",
    re.IGNORECASE,
)
_MONEY_Q = re.compile(
    r"\b(montant|cout|coute|coutent|prix|tarif|somme|subvention|aide|verse|versee|paye|payee|paie|depense|amende|"
    r"redevance|valeur|budget|financement|octroye|accorde|accordee|attribue|alloue)\b"
)
_WHO_Q = re.compile(r"\b(qui|a qui|quelle (?:entreprise|societe|association|personne)|quel (?:organisme|prestataire|"
                    r"cabinet|bureau|titulaire|attributaire|candidat)|nom)\b")
_DATE_Q = re.compile(r"\b(quand|quelle date|a quelle date|en quelle annee|depuis quand|jusqu'a quand)\b")
_COUNT_Q = re.compile(r"\b(combien|quel nombre|nombre|taux|quelle longueur|quelle surface|quel age|jusqu'a quel)\b")


@dataclass(frozen=True)
class Unit:
    """A sentence or a table row of a page: ``page[start:end]``."""

    start: int
    end: int


@dataclass
class Candidate:
    """A possible answer, verbatim: ``page[start:end]`` of passage ``n``."""

    text: str
    kind: str  # "montant", "nombre", "date", "nom"
    n: int
    start: int
    end: int


@dataclass
class Evidence:
    """What the card shows first: ``text`` is ``page[start:end]``; ``span`` the answer inside it."""

    path: str
    page: int
    text: str
    span: tuple[int, int] | None
    act_id: int
    act_number: str | None = None
    date: str | None = None
    objet: str | None = None
    start: int = 0  # offset of ``text`` in the page

    @property
    def span_text(self) -> str | None:
        return self.text[self.span[0] : self.span[1]] if self.span else None

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "page": self.page,
            "text": self.text,
            "span": list(self.span) if self.span else None,
            "act_id": self.act_id,
            "act_number": self.act_number,
            "date": self.date,
            "objet": self.objet,
        }


# The line that announces who was elected, designated or chosen; the names follow it.
_DESIGNATION = re.compile(
    r"\b(?:[ée]lu|d[ée]sign[ée]|nomm[ée]|retenu|candidat|proclam[ée])e?s?\s*(?:\([^)]*\)\s*)?:\s*$", re.IGNORECASE
)


def units(page: str) -> list[Unit]:
    return list(_units(page))


@lru_cache(maxsize=64)  # the same pages are cut again for every candidate of a question
def _units(page: str) -> tuple[Unit, ...]:
    """Sentences and table rows of ``page``, in order, covering its non-blank text.

    A PDF wraps a sentence over several lines, so a newline ends a unit only where a row or a list
    item ends: the line holds a figure and the next one starts like a new row (capital, digit,
    bullet), or the next line is a bullet, or a blank line follows.
    """
    cuts = {0, len(page)}
    for m in re.finditer(r"[.!?;](?=\s+[«\"(\[]?[A-ZÀ-ÖØ-Þ0-9])", page):
        word = re.search(r"(\w+)$", page[max(0, m.start() - 24) : m.start()])
        if word and (tx.fold(word.group(1)) in _ABBREVIATIONS or len(word.group(1)) == 1):
            continue  # "M. Edeline", "n. 12": not a sentence end
        cuts.add(m.end())
    lines = page.split("\n")
    offset = 0
    for i, line in enumerate(lines[:-1]):
        end = offset + len(line)
        following = lines[i + 1].lstrip()
        if not line.strip() or not following or re.match(r"[-•*–]\s", following) or (
            (_FIGURE.search(line) or line.rstrip().endswith(":")) and re.match(r"[A-ZÀ-ÖØ-Þ0-9]", following)
        ):
            cuts.add(end)
        offset = end + 1
    ordered = sorted(cuts)
    out: list[Unit] = []
    for a, b in zip(ordered, ordered[1:], strict=False):
        chunk = page[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead and any(ch.isalnum() for ch in chunk):
            out.extend(_split_long(page, a + lead, a + trail))
    return tuple(out)


def _split_long(page: str, start: int, end: int, limit: int = MAX_EVIDENCE_CHARS) -> list[Unit]:
    """A run-on paragraph (no punctuation in an OCR'd table) is cut at its lines to stay readable."""
    if end - start <= limit:
        return [Unit(start, end)]
    out, a = [], start
    while end - a > limit:
        cut = page.rfind("\n", a, a + limit)
        cut = cut if cut > a else page.rfind(" ", a, a + limit)
        cut = cut if cut > a else a + limit
        out.append(Unit(a, cut))
        a = cut + 1
        while a < end and page[a].isspace():
            a += 1
    if a < end:
        out.append(Unit(a, end))
    return out


def question_kinds(question: str) -> set[str]:
    """What kind of span answers the question: amounts, numbers, dates, names."""
    folded = tx.fold(question)
    kinds: set[str] = set()
    if _MONEY_Q.search(folded):
        kinds.add("montant")
    if _WHO_Q.search(folded):
        kinds.add("nom")
    if _DATE_Q.search(folded):
        kinds.add("date")
    if _COUNT_Q.search(folded):
        kinds.add("nombre")
    return kinds or {"montant", "nombre", "date", "nom"}


def question_stems(question: str) -> set[str]:
    from assistant.confidence import generic_stems

    return tx.content_stems(question) - generic_stems()


def unit_score(text: str, wanted: set[str], numbers: set[str], figure: Callable[[str], bool] | None) -> float:
    """Question words and numbers a unit holds, plus one when it holds a figure of the asked kind."""
    own = tx.content_stems(text)
    score = len(own & wanted) + 2 * len(tx.numbers(text) & numbers)
    if figure is not None and figure(text):
        score += 1
    return float(score)


def candidates_in(
    question: str, page: str, start: int, end: int, n: int, kinds: set[str] | None = None
) -> list[Candidate]:
    """Answer spans of ``page[start:end]`` of the asked kinds; the question's own numbers excluded."""
    kinds = kinds or question_kinds(question)
    asked_numbers = tx.numbers(question)
    asked_names = tx.fold(question)
    region = page[start:end]
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    if kinds & {"date"}:
        for m in _DATE.finditer(region):
            out.append(Candidate(m.group(), "date", n, start + m.start(), start + m.end()))
            taken.append((m.start(), m.end()))
    if kinds & {"montant", "nombre", "date"}:
        for m in _FIGURE.finditer(region):
            if any(a <= m.start() < b for a, b in taken):
                continue
            value = m.group().strip()
            digits = re.sub(r"\D", "", value)
            identifier = len(digits) > 1 and digits[0] == "0" and not re.match(r"0[,.]\d", value)
            if tx.numbers(value) <= asked_numbers or identifier or len(digits) > 9:
                continue  # the question's own year or amount, "045", "214502871": not answers ("0,40 €" is)
            if _LABEL_BEFORE.search(region[max(0, m.start() - 12) : m.start()]):
                continue
            money = bool(re.search(r"€|euro|EUR", value, re.IGNORECASE))
            kind = "montant" if money else "nombre"
            if kind == "nombre" and "nombre" not in kinds and "date" not in kinds:
                continue  # a sum is asked: a bare number is not one (kept only when no sum is written)
            out.append(Candidate(value, kind, n, start + m.start(), start + m.start() + len(value)))
    if "nom" in kinds:
        for m in _NAME.finditer(region):
            name = m.group().strip()
            words = tx.fold(name).split()
            if len(name) < 3 or all(tx.is_stop_word(w) or w in _NOT_NAMES for w in words):
                continue
            if tx.fold(name) in asked_names:
                continue
            if len(words) > 1 and tx.is_stop_word(words[-1]):
                continue  # a heading in capitals cut at its line's end ("NETTOYAGE DE")
            # A lone word is a heading or a line's first word ("Code", "Publiée", "Désignation") or an
            # acronym ("TTC"), unless a civility names it a person ("M. Edeline") or it is a long word
            # in capitals (a surname: "JAMET").
            lone = len(words) == 1 and not _CIVILITY.search(region[max(0, m.start() - 12) : m.start()])
            if lone and (not name.isupper() or len(name) < 5):
                continue
            out.append(Candidate(name, "nom", n, start + m.start(), start + m.end()))
    return out


def _has_money(text: str) -> bool:
    return bool(re.search(r"\d\s?(?:€|euros?\b|EUR\b)", text, re.IGNORECASE))


def best_units(
    question: str, page: str, start: int = 0, end: int | None = None, keep: int | None = 6
) -> list[Unit]:
    """The ``keep`` units of ``page[start:end]`` that hold most of the question, best first (all of
    them when ``keep`` is None)."""
    from assistant.confidence import figure_matcher

    end = len(page) if end is None else end
    wanted, numbers, figure = question_stems(question), tx.numbers(question), figure_matcher(question)
    who = "nom" in question_kinds(question)
    scored = []
    all_units = [u for u in units(page) if u.start >= start and u.end <= end]
    for i, u in enumerate(all_units):
        text = page[u.start : u.end]
        score = unit_score(text, wanted, numbers, figure)
        # The label of a row is often the line above it ("Montant :" / "1 800 €").
        if i > 0:
            above = page[all_units[i - 1].start : all_units[i - 1].end]
            score += 0.5 * unit_score(above, wanted, numbers, None)
            if who and _DESIGNATION.search(above):
                score += 2  # « A été élue : » / « - M.-H. S. »: the name a "qui" question asks for
        scored.append((score, -i, u))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    return [u for _, _, u in (scored if keep is None else scored[:keep])]


def candidates(question: str, passages: Sequence[tuple[int, str, int, int]]) -> list[Candidate]:
    """Candidate spans of the passages ``(n, page, start, end)``: those nearest the question's words first.

    Every span of the asked kind in the best units of each passage, deduplicated by value within a
    passage (the occurrence in the better unit is kept), at most :data:`MAX_CANDIDATES`.
    """
    kinds = question_kinds(question)
    found = _ranked(question, passages, kinds)
    if found and "montant" in kinds:
        found += _page_sums(question, passages, found)
    if not found and kinds == {"montant"}:
        # The passage is cut where the question's words are (an item's title); its sums are often
        # further down the same page (« … s'élève à 80 814€ HT, soit 96 977€ TTC »): the whole page
        # is read for a written sum before bare numbers are taken.
        found = _ranked(question, [(n, page, 0, len(page)) for n, page, _, _ in passages], kinds)
    if not found and kinds == {"montant"}:
        # Sums written without a currency (« 12 500 »), but not a measure: « 360 M3 » is no cost.
        found = [c for c in _ranked(question, passages, {"montant", "nombre"}) if not _MEASURE.search(c.text)]
    return found[:MAX_CANDIDATES]


def _page_sums(question: str, passages: Sequence[tuple[int, str, int, int]], found: list[Candidate]) -> list[Candidate]:
    """The written sums of the first passage's whole page when its stretch gives none, after the others: the
    stretch holds the item's heading and exposé, its total is often further down (« pour un montant total
    de 26 500 € »), while another passage's sums fill the candidates. Only the best-ranked passage: each
    sum is one more option to read for the model, and the others have their own."""
    have = {c.n for c in found if c.kind == "montant"}
    seen = {(c.n, value_key(c.text)) for c in found}
    extra: list[Candidate] = []
    for n, page, _, _ in passages[:1]:
        if n in have:
            continue
        for c in _ranked(question, [(n, page, 0, len(page))], {"montant"}, holding=True):
            if c.kind == "montant" and (n, value_key(c.text)) not in seen:
                seen.add((n, value_key(c.text)))
                extra.append(c)
    return extra


_MEASURE = re.compile(r"\d\s?(?:%|m3|m³|m²|m2|km|ml|ha|m|ans?|voix|jours?|mois|heures?)\s*$", re.IGNORECASE)


def _ranked(
    question: str, passages: Sequence[tuple[int, str, int, int]], kinds: set[str], holding: bool = False
) -> list[Candidate]:
    """Candidates of the best units of each passage. ``holding``: the best units *that hold a
    candidate* — on a whole page, the item's heading repeats the question's words in more lines than
    its sums do (« 60ème ANNIVERSAIRE DU LAC … PRETS DE TERRAINS » above « … EDELINE, de la somme
    de 150,00 € »), and the best units overall held no sum at all."""
    ranked: list[tuple[int, int, Candidate]] = []
    # A name is often alone on its line under a heading ("A été élue :" / "- Marie-Hélène SANTARELLI"),
    # a unit that holds none of the question's words: more units are read for names.
    keep = 10 if "nom" in kinds else 6
    for order, (n, page, start, end) in enumerate(passages):
        seen: dict[str, int] = {}  # value -> its entry in ``ranked``
        chosen = (answering_units(question, page, start, end, kinds)[:keep] if holding
                  else best_units(question, page, start, end, keep))
        for rank, u in enumerate(chosen):
            found = candidates_in(question, page, u.start, u.end, n, kinds)
            roll_call = sum(c.kind == "nom" for c in found) >= ROLL_CALL_NAMES or in_attendance(page, u)
            for c in found:
                key = value_key(c.text)
                entry = (rank + (100 if roll_call and c.kind == "nom" else 0), order, c)
                if key in seen:
                    # A name read first in the roll call (it lists every councillor) is taken where the
                    # page says what they were elected to (« A été élue : - M.-H. S. »), if it does.
                    if ranked[seen[key]][0] >= 100 > entry[0]:
                        ranked[seen[key]] = entry
                    continue
                seen[key] = len(ranked)
                ranked.append(entry)
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [c for _, _, c in ranked]


# Question words a unit, or the line above it (its label), must hold to answer on a page read beyond its stretch.
ANSWER_WORDS = 2


def answering_units(question: str, page: str, start: int = 0, end: int | None = None,
                    kinds: set[str] | None = None) -> list[Unit]:
    """The units of ``page[start:end]``, best first, that hold a candidate of the asked kind next to the
    question's words: ``ANSWER_WORDS`` of them in the unit or the unit above it (« Soit un total de
    longueur de voirie en 2022 : 85 807 mètre », « Concernant Monsieur EDELINE, … le terrain … la
    somme de 150,00 € »)."""
    kinds = kinds or question_kinds(question)
    wanted = question_stems(question)
    stop = len(page) if end is None else end
    inside = [u for u in units(page) if u.start >= start and u.end <= stop]
    held = [tx.content_stems(page[u.start : u.end]) & wanted for u in inside]
    near = set()
    for i, u in enumerate(inside):
        words = held[i] | held[i - 1] if i > 0 else held[i]
        if len(words) >= ANSWER_WORDS and candidates_in(question, page, u.start, u.end, 0, kinds):
            near.add(u)
    return [u for u in best_units(question, page, start, stop, None) if u in near]


def in_attendance(page: str, u: Unit) -> bool:
    """``u`` is a list of who attends: it opens with an attendance label, or one ends the line above it."""
    label, colon, _ = page[u.start : u.end].split("\n", 1)[0].partition(":")
    if colon and _ATTENDANCE_LABEL.search(label + colon):
        return True
    before = page[max(0, u.start - 160) : u.start].rstrip()
    return bool(_ATTENDANCE_LABEL.search(before.rsplit("\n", 1)[-1]))


def value_key(text: str) -> str:
    """Two spans state the same value: the same numbers, or the same words when there are none."""
    numbers = sorted(tx.numbers(text))
    return "|".join(numbers) if numbers else tx.fold(text)


def evidence_window(page: str, span_start: int, span_end: int, question: str) -> tuple[int, int]:
    """One to three units around a span: its own, and its neighbours when they hold the question's
    words (the label of a row, the subject of a sentence), within :data:`MAX_EVIDENCE_CHARS`."""
    all_units = units(page)
    idx = next((i for i, u in enumerate(all_units) if u.start <= span_start and span_end <= u.end), None)
    if idx is None:  # the span crosses units: show the lines around it
        a = page.rfind("\n", 0, span_start) + 1
        b = page.find("\n", span_end)
        return a, len(page) if b < 0 else b
    wanted, numbers = question_stems(question), tx.numbers(question)
    first = last = idx
    for step in range(MAX_UNITS - 1):
        options = []
        if first > 0:
            u = all_units[first - 1]
            options.append((unit_score(page[u.start : u.end], wanted, numbers, None), 1, "before"))
        if last + 1 < len(all_units):
            u = all_units[last + 1]
            options.append((unit_score(page[u.start : u.end], wanted, numbers, None), 0, "after"))
        if not options:
            break
        score, _, side = max(options)
        if score <= 0 and step > 0:
            break
        if score <= 0 and all_units[idx].end - all_units[idx].start > 120:
            break  # a long sentence stands on its own
        if side == "before":
            grown = (all_units[first - 1].start, all_units[last].end)
        else:
            grown = (all_units[first].start, all_units[last + 1].end)
        if grown[1] - grown[0] > MAX_EVIDENCE_CHARS:
            break
        if side == "before":
            first -= 1
        else:
            last += 1
    return all_units[first].start, all_units[last].end


def closest_window(question: str, page: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """Where to look on a page when nothing is asserted: its unit nearest the question, with context."""
    best = best_units(question, page, start, end, keep=1)
    if not best:
        stop = len(page) if end is None else end
        return start, min(stop, start + MAX_EVIDENCE_CHARS)
    u = best[0]
    return evidence_window(page, u.start, u.end, question)


def names_in(text: str) -> list[str]:
    """Names a reader would check: capitalised words not opening a sentence, and words in capitals."""
    return sorted(tx.proper_names(text) | {tx.fold(w) for w in re.findall(r"\b[A-ZÀ-ÖØ-Þ]{3,}\b", text)})


# Every candidate of a passage asks the same names of the same act: without the cache the question's
# names were looked up again per candidate, 2-3 s of the time to first evidence on long pages.
@lru_cache(maxsize=4096)
def name_in_passage(name: str, passage: str) -> bool:
    """A name is in the passage as a clerk reads it: accents, case and hyphens ignored; a place
    shortened from its end ("Saint-Aubin" for "Saint-Aubin-sur-Loire", either way round) and an
    acronym whose long name the passage writes ("CCPH", "Communauté de Communes du Pays de Honfleur")
    match too."""
    folded = " ".join(re.findall(r"[a-z0-9]+", tx.fold(passage)))
    key = " ".join(re.findall(r"[a-z0-9]+", tx.fold(name)))
    if not key or re.search(rf"\b{re.escape(key)}\b", folded):
        return True
    for m in _NAME.finditer(passage):
        other = m.group()
        if min(len(place_words(name)), len(place_words(other))) >= 2 and same_place(name, other):
            return True
    return _acronym_defined(key, passage)


def _acronym_defined(key: str, passage: str) -> bool:
    if " " in key or not 2 <= len(key) <= 8:
        return False
    for m in re.finditer(rf"{_NAME_WORD}(?:\s+(?:(?:de|du|des|la|le|d'|l'|et)\s*)*{_NAME_WORD})+", passage):
        initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", m.group()) if w[0].isupper())
        if tx.fold(initials) == key:
            return True
    return False


def drawn_from(sentence: str, passage: str, context: str = "") -> list[str]:
    """Figures, dates and names of ``sentence`` that the passage (or ``context``: the act's header,
    its commune) does not hold; empty when the sentence is drawn from the evidence."""
    pool = passage + "\n" + context
    missing = sorted(tx.numbers(sentence) - tx.numbers(pool))
    missing += [n for n in names_in(tx.strip_citations(sentence)) if not name_in_passage(n, pool)]
    return missing

