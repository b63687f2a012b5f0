"""Split a document into acts and read each act's metadata.

Most real files hold several acts: a séance's procès-verbal, a registre, a compte rendu. The
file stays the unit of display; each act gets its own record with the pages it spans.

Two clues mark where an act starts, tried in order:
1. explicit headers: an "Objet :" line and/or a numbered "Délibération n° …" line;
2. in minutes without such headers, the vote that closes each item ("Vote : à l'unanimité").
A document with neither is one act.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher

from indexer.actes import Matter, classify
from indexer.frdates import find_dates
from indexer.listed import ListedRef, read_listed
from indexer.metadata import (
    _BODY_START,
    _HEADER_NUMBER,
    ITEM_HEADER,
    LONE_NUMBERED,
    NUMBERED_TITLE,
    OBJET_LINE,
    SEQUENCE_ITEM,
    _upper_line,
    capital_title_below,
    find_act_number,
    find_deliberating_body,
    find_doc_type,
    find_objet,
    find_seance_date,
    find_votes,
    looks_like_heading,
    looks_like_title,
    name_from_filename,
    wrapped_title,
)
from indexer.models import NON_ACT_DOC_TYPES, DocType, PageText, Votes
from indexer.non_acts import (
    is_decision,
    is_voted,
    is_voted_item,
    non_act_reason,
    opens_decision_table,
    under_delegation_heading,
)
from indexer.number_gaps import missing_ranks, within_one_number
from indexer.objet_lines import not_an_objet
from indexer.recap import closing_heading, closing_list, drop_not_deliberated, list_start, named_in_list, only_listed
from indexer.stamps import blank_stamps, document_stamp, find_stamps, stamp_for_span
from indexer.textnorm import fold
from indexer.vote_check import checked

_NUMBER_HEADER = re.compile(
    r"^[ \t]*(?:(?:extrait\s+de\s+(?:la\s+)?)?d[ée]lib[ée]ration\s+n\s*[°ºo]|DE[_-]\d{4}[_-]\d+|D\d{4}[-_]\d+\s*$"
    r"|(?:extrait\s+de\s+(?:la\s+)?)?d[ée]lib[ée]ration\s+[A-Z]{1,4}[ _-]?\d{2,4}[-_/.]\d{1,4}\s*$"
    r"|[A-Z]{1,4}-\d{3}-\d{2}-\d{2}\s+-|n\s*[°º]\s*\d{4}\.\d{2}\.\d{2}\s+-"
    r"|n\s*[°º]\s*\d{4}\s*[-/]\s*\d{1,4}\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
_VOTE_END = re.compile(
    r"^.*(?:\bvote\s*[:;]|\bvotes?\s+pour\s*:|\bpour\s*:\s*\d|adopt[ée]e?s?\s+(?:[àa]\s+l['’]unanimit|par\s+\d)"
    r"|\b[àa]\s+l['’]unan[i?]m).*$",  # « A L'UNAN?MITE » (OCR: « ? » for « I »)
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_MERGE_GAP = 500  # a number line and its "Objet" line belong to one header when this close
_MIN_ACT_CHARS = 120


@dataclass
class ActDraft:
    page_start: int
    page_end: int
    text: str
    act_number: str | None = None
    objet: str | None = None
    date: str | None = None
    collectivite: str | None = None
    matter: Matter = field(default_factory=lambda: Matter(None, None, 0.0))
    votes: Votes = field(default_factory=Votes)
    adopted: bool | None = None
    page_slices: list[tuple[int, str]] = field(default_factory=list)  # the act's text on each page
    kind: str | None = None  # DocType.DECISION for a decision under delegation; None: the file's type
    pref_date: str | None = None
    actes_id: str | None = None
    siren: str | None = None
    vote_check: str | None = None  # why the vote read was refused (the votes are then empty)
    span: tuple[int, int, int] = (0, 0, 0)  # begin, header, end offsets in the document's text
    joint: bool = False  # its heading names the next act's number too: one debate, one vote for both


@dataclass
class DocumentAnalysis:
    doc_type: str
    collectivite: str | None
    date: str | None
    acts: list[ActDraft]
    listed: list[ListedRef] = field(default_factory=list)  # lines of a list or répertoire


class _Layout:
    """The document as one string, with a map from offsets back to page numbers."""

    def __init__(self, pages: list[PageText]) -> None:
        self.starts: list[int] = []
        self.numbers: list[int] = []
        parts: list[str] = []
        offset = 0
        for page in pages:
            self.starts.append(offset)
            self.numbers.append(page.number)
            parts.append(page.text)
            offset += len(page.text) + 2
        self.text = "\n\n".join(parts)

    def slices(self, begin: int, end: int) -> list[tuple[int, str]]:
        out = []
        for i, page_start in enumerate(self.starts):
            page_end = self.starts[i + 1] - 2 if i + 1 < len(self.starts) else len(self.text)
            lo, hi = max(begin, page_start), min(end, page_end)
            if lo < hi and self.text[lo:hi].strip():
                out.append((self.numbers[i], self.text[lo:hi].strip()))
        return out

    def page_at(self, offset: int) -> int:
        index = bisect.bisect_right(self.starts, max(0, offset)) - 1
        return self.numbers[max(0, index)]


def _repeated_lines(pages: list[PageText]) -> set[str]:
    """Lines printed on most pages (running headers, footers): never an objet."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({fold(line.strip()) for line in page.text.split("\n") if line.strip()})
    return {line for line, n in counts.items() if n >= max(3, len(pages) // 2)}


# « Objet : Contre-offre d'achat ⏎ Monsieur, ⏎ Suite à votre proposition … »: a letter annexed to an act
_SALUTATION = re.compile(r"^[ \t]*(?:madame|monsieur|mesdames|messieurs)(?:[ \t,]+(?:madame|monsieur|le maire))*[ \t]*,"
                         r"[ \t]*$", re.IGNORECASE)


def _letter_objet(text: str, end: int) -> bool:
    """An « Objet : » line whose next lines greet someone heads a letter, not an act."""
    following = [line for line in text[end : end + 400].split("\n") if line.strip()][:3]
    return any(_SALUTATION.match(line) for line in following)


# « COMPTE ADMINISTRATIF 2005 : ⏎ Madame X donne lecture du rapport suivant : » (Clairoix): a heading
# whose rapporteur reads the report on the next line opens an item
_REPORT_HEADING = re.compile(
    r"^[ \t]*(?P<title>[A-ZÉÈÀÂÎ][A-ZÉÈÀÂÊÎÔ'’]{2,}[^\n]{0,150}?)[ \t]*:?[ \t]*\n"
    r"[ \t]*(?:Monsieur|Madame|M\.|Mme)[ \t]+[^\n]{0,60}?\b(?:donne lecture du rapport|rapporte\b)", re.MULTILINE)


# « QUESTION No 2 » / « QUESTION N° 12 » alone on its line above the item's title (Avranches' minutes of
# 2015-2016); the summary's « Question no 2 » lines are not headings. OCR reads a « 1 » as « l » (« QUESTION Nol1 »)
QUESTION_HEADING = re.compile(r"^[ \t]*(?-i:QUESTION)[ \t]+(?:N[ \t]*[°ºo][ \t]*)?(?=[lI]?\d)[\dlI]{1,2}[ \t]*$",
                              re.MULTILINE)


def _explicit_starts(text: str) -> list[int]:
    # the key is the whole objet: « OBJET : Finances Communales : » heads many acts of a recueil, each
    # with its own title on the arrow lines below
    # the key is the whole objet: « OBJET : Finances Communales : » heads many acts of a recueil, each
    # with its own title on the arrow lines below. An « Objet : Compte rendu conseil municipal du … »
    # printed in every page's frame (Flaux's scans) is the document's header, not an act's.
    objets = []
    for m in OBJET_LINE.finditer(text):
        objet = find_objet(text[m.start() : m.start() + 1500])
        if _letter_objet(text, m.end()) or (objet and clean_objet(objet) is None):
            continue
        objets.append((m.start(), "objet", fold(objet or "")[:80]))
    # « délibération n° 21-12/130 du 06 décembre 2021 … » opening a wrapped line of the body cites an act; a
    # heading writes « Délibération » with its capital
    numbers = [(m.start(), "number", "") for m in _NUMBER_HEADER.finditer(text)
               if not re.match(r"\s*d[ée]lib", m.group(0))]
    registered = _numbered_title_starts(text)
    # « 1/ Catégorie 3-1 … », « 2/ … » between two register-numbered headings (« 2015.12.14 - 3 DETR 2016 » …
    # « 2015.12.14 - 4 CARTE ACHAT », Avranches) are that act's ranked points, voted once below the last: no act
    items: dict[int, list[int]] = {}
    for m in ITEM_HEADER.finditer(text):
        items.setdefault(_registered_span(m.start(), registered), []).append(m.start())
    numbers += [(pos, "number", "") for span, group in items.items()
                if span < 0 or not _inside_one_registered(group, registered) for pos in group]
    numbers += [(pos, "number", "") for pos in registered]
    numbers += [(m.start(), "number", "") for m in _REPORT_HEADING.finditer(text)]
    numbers += [(m.start(), "number", "") for m in QUESTION_HEADING.finditer(text)]
    candidates = sorted(objets + numbers)
    starts: list[int] = []
    seen_objets: set[str] = set()
    previous: tuple[int, str] | None = None
    for pos, kind, objet in candidates:
        if kind == "objet":
            if objet and objet in seen_objets:  # the same objet repeated as a running header
                continue
            if objet:
                seen_objets.add(objet)
        if previous and pos - previous[0] < _HEADER_MERGE_GAP and previous[1] not in (kind, "both"):
            previous = (previous[0], "both")
            continue
        starts.append(pos)
        previous = (pos, kind)
    return starts


def _voted_sub_items_first(text: str, explicit: list[int], sequence: list[int]) -> int | None:
    """Numbered sub-items (« 1 - Affectation du résultat 2015 du budget principal », « 2 - … », « 3 - … ») all under
    one explicit heading (« QUESTION No 2 ⏎ AFFECTATION DES RESULTATS 2015 »), each closed by its own vote, and the
    heading's exposé above them voting nothing: each sub-item is an act (one vote, one act), the heading is none of
    its own. The first sub-item, which then does not cut: the heading's piece is its act and takes its title."""
    if len(sequence) < 2 or not explicit:
        return None
    above = [q for q in explicit if q < sequence[0]]
    below = [q for q in explicit if q > sequence[0]]
    if not above or (below and below[0] < sequence[-1]):
        return None  # not all inside one explicit section
    end = below[0] if below else len(text)
    bounds = [*sequence, end]
    if not all(is_voted_item(text[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)):
        return None
    if is_voted_item(text[above[-1] : sequence[0]]):
        return None  # the heading voted something of its own above its points
    return sequence[0]


def _sections_of_items(text: str, starts: list[int], sequence: list[int]) -> set[int]:
    """Ranked headings (« 1/ Présentation du marché », « 2/ Financement au budget primitif », « 3/ Rappel de la
    procédure ») counting 1, 2, 3 all below one numbered item of the séance (« 65 - Entretien du patrimoine arboré -
    Appel d’offres ouvert », Montpellier) and above the next: that item's sections, voted once at its end, not acts."""
    groups: dict[int, list[int]] = {}
    for pos in starts:
        if ITEM_HEADER.match(text, pos):
            groups.setdefault(bisect.bisect_right(sequence, pos) - 1, []).append(pos)
    sections: set[int] = set()
    for item, group in groups.items():
        ranks = [int(m.group(1)) if (m := re.match(r"[ \t]*(\d{1,2})", text[pos : pos + 6])) else 0 for pos in group]
        if item >= 0 and len(group) >= 2 and ranks == list(range(1, len(group) + 1)):
            sections.update(group)
    return sections


def _registered_span(pos: int, registered: list[int]) -> int:
    """Which gap between two register-numbered headings holds ``pos`` (-1: none, or fewer than 3 headings)."""
    if len(registered) < 3:
        return -1
    return next((i for i, (a, b) in enumerate(zip(registered, registered[1:], strict=False)) if a < pos < b), -1)


def _inside_one_registered(positions: list[int], registered: list[int]) -> bool:
    """Ranked points (« 1/ », « 2/ », « 3/ ») all inside one register-numbered act are that act's points; a run that
    spans several numbered acts (Pierrefonds' « 3. D2024-17 … », « 4. Vote des taux … ») is the items' own rank."""
    spans = {_registered_span(pos, registered) for pos in positions}
    return len(spans) == 1 and -1 not in spans


def _shape(number: str) -> str:
    """« D2024 – 14 », « D2024-15 » and « D2024_19 » are one numbering: spaces and dash kinds aside; so are
    « 20230911 6 » and « 20230911-7 » (the séance's date, then the rank)."""
    plain = re.sub(r"\s+", "", re.sub(r"^((?:19|20)\d{6})[ \t]*[-–][ \t]*(?=\d{1,2}$)", r"\1 ", number.strip()))
    plain = plain.replace("–", "-").replace("_", "-")
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", plain))


def _numbered_title_starts(text: str) -> list[int]:
    """Headings that begin with an act number. A shape must recur (D9999-99 twice or more) so
    that a lone "2023 2024 Budget" table row does not cut an act in two."""
    found = [(m.start(), _shape(m.group("num"))) for m in NUMBERED_TITLE.finditer(text)
             if looks_like_title(m.group("title"))]
    counts = Counter(shape for _pos, shape in found)
    # a short title after a number of that recurring shape (« 2015.12.14 - 3 DETR 2016 », « 20241216 10 Prix de vente
    # 2025 ») heads an item too
    found += [(m.start(), shape) for m in NUMBERED_TITLE.finditer(text)
              if counts[shape := _shape(m.group("num"))] >= 2 and not looks_like_title(m.group("title"))
              and _short_title(m.group("title"))]
    # a number of that recurring shape alone on its line (« 2014.06.02 - 12 ») heads an item when capitals follow
    lone = [m.start() for m in LONE_NUMBERED.finditer(text) if counts[_shape(m.group("num"))] >= 2
            and _lone_numbered_title(text, m) is not None]
    return sorted([pos for pos, shape in found if counts[shape] >= 2] + lone)


_SHORT_CAPITAL_TITLE = re.compile(r"(?=[^\n]*[A-ZÉÈÀÂÊÎÔ]{4})[A-ZÉÈÀÂÊÎÔ][A-ZÉÈÀÂÊÎÔ0-9 '’-]{3,38}")


def _short_title(title: str) -> bool:
    """A short heading that looks_like_title refuses for its year: « DETR 2016 », « Prix de vente 2025 »."""
    title = title.strip()
    if len(title) > 60:
        return False
    letters = sum(ch.isalpha() for ch in title)
    digits = sum(ch.isdigit() for ch in title)
    return bool(_SHORT_CAPITAL_TITLE.fullmatch(title)) or (
        len(re.findall(r"[^\W\d_]{3,}", title)) >= 2 and letters >= 2 * digits)


def _lone_numbered_title(text: str, m: re.Match[str]) -> str | None:
    capital = capital_title_below(m.group("word") or "", text[m.end() : m.end() + 800])
    if capital is not None or m.group("word") or not m.group(0).rstrip().endswith(("-", "–", "—", ":")):
        return capital
    # « 23-04/038 — ⏎ ⏎ Autorisation à donner au Maire en vue de signer l’avenant n° 1 … » (Corte's OCR): the number
    # and its dash alone, the title in lower case on the next line
    below = next((line.strip() for line in text[m.end() : m.end() + 400].split("\n")[1:4] if line.strip()), "")
    return below.rstrip(" :") if looks_like_title(below) and not _BODY_START.match(below) else None


# « − Vote du taux des taxes communales »: a sub-point's heading, behind a dash (the Symbol font's U+F02D too)
_SUB_HEADING = re.compile(r"^[ \t]*[-−–\uf02d][ \t]+(?P<title>[A-ZÉÈÀ][^\n]{3,100})$", re.MULTILINE)
_FIRST_SUB_POINT = 3  # lines between a numbered item's heading and its first sub-point's
_SAME_SUB_POINT = 0.9
_OPENING_WORDS = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def _sub_point_starts(text: str, sequence: list[int]) -> dict[int, str]:
    """Sub-points that the agenda lists under a numbered item (« 1. Budget - Commune ⏎ - Affectation des résultats
    2019 ⏎ - Vote des subventions aux associations ⏎ - Vote du taux … ⏎ - Budget primitif 2020 », Pierrefonds) and
    that the body prints again as the item's sub-headings, each closed by its own vote: each is an act (one vote,
    one act, the convention of parts C and E). The first begins right under the item's heading, whose piece it
    names; the others cut, titled with their own words. Where: the sub-heading's start, and its title."""
    agenda = [fold(item) for item in agenda_items(text)]

    def announced(title: str) -> bool:  # « Bilan des cessions et des acquisitions 2020 » for « … et acquisitions … »
        key = fold(title.strip())
        return any(SequenceMatcher(None, key, item).ratio() >= _SAME_SUB_POINT for item in agenda
                   if abs(len(item) - len(key)) <= 0.2 * len(item))

    def reworded(title: str, taken: list[str]) -> bool:
        """The agenda's sub-point reworded past its opening words (« Constitution d’une provision semi-budgétaire »
        for « Constitution d’une provision pour risques et charges »): the same first three words or more, half the
        title's words at least, and that agenda line matched by no other sub-heading of the item."""
        key = _OPENING_WORDS.findall(fold(title.strip()))
        for item in agenda:
            words = _OPENING_WORDS.findall(item)
            shorter = min(len(key), len(words))
            same = next((k for k, (a, b) in enumerate(zip(key, words, strict=False)) if a != b), shorter)
            if same >= 3 and 2 * same >= shorter and not any(
                    SequenceMatcher(None, fold(other.strip()), item).ratio() >= _SAME_SUB_POINT for other in taken):
                return True
        return False

    bounds = [*sequence, len(text)]
    found: dict[int, str] = {}
    for begin, end in zip(bounds, bounds[1:], strict=False):
        item = SEQUENCE_ITEM.match(text, begin)
        item_title = item.group("title").strip(" :-–") if item else ""
        # « − Budget – Commune : Vote des subventions aux associations » under « 1. Budget – Commune : »: the
        # sub-heading repeats its item's title before its own
        titles = {m.start(): _after_item_title(m.group("title"), item_title)
                  for m in _SUB_HEADING.finditer(text, begin, end)}
        exact = [title for title in titles.values() if announced(title)]
        subs = [pos for pos, title in titles.items()
                if announced(title) or len(exact) >= 2 and reworded(title, exact)]
        if len(subs) < 2 or text[begin : subs[0]].count("\n") > _FIRST_SUB_POINT:
            continue
        ends = [*subs[1:], end]
        if all(is_voted_item(text[pos:stop]) for pos, stop in zip(subs, ends, strict=True)):
            found.update({pos: titles[pos].strip() for pos in subs[1:]})
    return found


def _prefixed_sub_points(text: str, sequence: list[int]) -> tuple[dict[int, str], dict[int, str]]:
    """Sub-headings that repeat the opening of their numbered item's title before their own words (« 4. Noël 2016 -
    Prime aux agents municipaux et attribution de cartes cadeaux ⏎ Noël 2016 - Prime aux agents municipaux … Vote :
    … ⏎ Noël 2016 - Attribution de cartes cadeaux … Vote : … », Pierrefonds), at least two, the first right under
    the heading, each closed by its own vote: each is an act (one vote, one act). Returns the cuts (the second
    sub-heading on, with its title) and, for each item so cut, the item's start with its first sub-heading's title
    (the first act's objet)."""
    bounds = [*sequence, len(text)]
    cuts: dict[int, str] = {}
    firsts: dict[int, str] = {}
    for begin, end in zip(bounds, bounds[1:], strict=False):
        item = SEQUENCE_ITEM.match(text, begin)
        if not item:
            continue
        head = re.split(r"[ \t]+[-–—:][ \t]+", item.group("title").strip(), maxsplit=1)
        if len(head) < 2 or len(_OPENING_WORDS.findall(head[0])) < 2 or len(head[0]) < 6:
            continue
        line = re.compile(r"^[ \t]*(?P<title>" + re.escape(head[0]) + r"[ \t]*[-–—:][ \t]*[A-ZÉÈÀa-zéèà][^\n]{3,100})$",
                          re.MULTILINE | re.IGNORECASE)
        subs = [(m.start(), m.group("title").strip()) for m in line.finditer(text, item.end(), end)]
        if len(subs) < 2 or text[begin : subs[0][0]].count("\n") > _FIRST_SUB_POINT:
            continue
        stops = [pos for pos, _ in subs[1:]] + [end]
        if all(is_voted_item(text[pos:stop]) for (pos, _), stop in zip(subs, stops, strict=True)):
            cuts.update(dict(subs[1:]))
            firsts[begin] = subs[0][1]
    return cuts, firsts


PointsIn = Callable[[re.Match[str], int], list[tuple[int, str]]]


def _divided_items(text: str, bounds: list[int], points_in: PointsIn) -> tuple[dict[int, str], set[int]]:
    """The items between consecutive ``bounds`` that ``points_in(item, end)`` divides into acts (where each point
    begins, its title), and the items so divided whose own text above their first point votes nothing (a rubric,
    not an act)."""
    found: dict[int, str] = {}
    rubrics: set[int] = set()
    for begin, end in zip(bounds, bounds[1:], strict=False):
        item = SEQUENCE_ITEM.match(text, begin)
        if not item:
            continue
        points = points_in(item, end)
        if not points:
            continue
        found.update(points)
        if not is_voted_item(text[begin : points[0][0]]):
            rubrics.add(begin)
    return found, rubrics


def _sub_numbered_points(text: str, sequence: list[int]) -> tuple[dict[int, str], set[int]]:
    """Points numbered under their item's number (« 4. ELECTION DU 1ER ADJOINT ⏎ … ⏎ 4-1 DETERMINATION DU NOMBRE DE
    POSTE D’ADJOINT … à l’unanimité ⏎ 4-2 ELECTION D’UN PREMIER ADJOINT … », « 5. QUESTIONS DIVERSES ⏎ 5.a) TRAVAUX …
    ⏎ 5.b) REFECTION … », Putanges; « 4.1 », « 4.2 », « 5a) » in the closing list): at least two, counting up from 1
    or « a », each voted or named by the minutes' closing list, one voted at least: each is an act (one vote, one act).
    Returns where each begins with its title, and the items so divided whose own text above their first point votes
    nothing (a rubric, not an act)."""
    listing = list_start(text)  # the closing list prints the points again (« 5a) TRAVAUX … »): the body stops there
    bounds = [*sequence, listing if listing is not None and listing > sequence[-1] else len(text)]
    recap = closing_list(text)

    def points_in(item: re.Match[str], end: int) -> list[tuple[int, str]]:
        line = re.compile(r"^[ \t]*" + item.group("n")
                          + r"[ \t]*(?:[-.][ \t]*(?P<d>[1-9])[ \t]*\.?|[-.]?[ \t]*(?P<l>[a-h])\))"
                          r"[ \t]+(?P<title>[A-ZÉÈÀÂÊÎÔ][^\n]{5,})$", re.MULTILINE)
        points = list(line.finditer(text, item.end(), end))
        keys = [m.group("d") or m.group("l") for m in points]
        if len(points) < 2 or keys != ["123456789"[k] if keys[0] == "1" else "abcdefgh"[k] for k in range(len(keys))]:
            return []
        stops = [m.start() for m in points[1:]] + [end]
        voted = [is_voted_item(text[m.start() : stop]) for m, stop in zip(points, stops, strict=True)]
        titles = [wrapped_title(m.group("title"), text[m.end() + 1 :]) or m.group("title") for m in points]
        if not any(voted) or not all(v or named_in_list(t, recap) for v, t in zip(voted, titles, strict=True)):
            return []
        return [(m.start(), t.strip()) for m, t in zip(points, titles, strict=True)]

    return _divided_items(text, bounds, points_in)


# « Vote des comptes de gestion 2020 : ⏎ 15 pour »: a title ending on its colon, its count alone on the next line
_TALLIED_LINE = re.compile(r"^[ \t]*(?P<title>[^\W\d_][^\n]{4,80}?)[ \t]*:[ \t]*\n[ \t]*\d{1,3}[ \t]+"
                           r"(?:(?:voix|votes?)[ \t]+)?pour\b[ \t]*\.?[ \t]*$", re.MULTILINE)


def _tallied_lines(text: str, sequence: list[int]) -> tuple[dict[int, str], set[int]]:
    """Lines that each title one vote and print its count below (« 1/ Présentation du budget : ⏎ … ⏎ Vote des comptes
    de gestion 2020 : ⏎ 15 pour ⏎ Vote du budget assainissement 2020 : ⏎ 15 pour ⏎ … », Couthenans): at least two
    inside one numbered item are its acts (one vote, one act), the item a rubric where its text above the first votes
    nothing. Returns where each begins with its title, and those rubrics."""

    def points_in(item: re.Match[str], end: int) -> list[tuple[int, str]]:
        lines = list(_TALLIED_LINE.finditer(text, item.end(), end))
        return [(m.start(), m.group("title").strip()) for m in lines] if len(lines) >= 2 else []

    return _divided_items(text, [*sequence, len(text)], points_in)


def _after_item_title(title: str, item_title: str) -> str:
    """``title`` past its numbered item's own title and the separator after it, when it opens with it."""
    if len(item_title) < 4 or not fold(title).startswith(fold(item_title)):
        return title
    rest = title[len(item_title) :].lstrip(" :-–—")
    return rest if len(rest) >= 4 and rest != title[len(item_title) :] else title


def _same_heading(item: int, explicit: list[int], sequence: list[int]) -> bool:
    """A numbered item and an explicit header this close are one heading, unless another numbered item
    stands between them (« 6. Subvention … », « 7. Questions diverses ⏎ 1 / respect … »: 6 is an item)."""
    return any(abs(item - q) <= _SAME_HEADER and not any(min(item, q) < other < max(item, q) for other in sequence)
               for q in explicit)


# « 3) Urbanisme », « 8) Camping » (Saint-Apollinaire): a one-word heading is a title where the agenda announces
# it (« 1 - Gouvernance » inside a Montpellier report is a sub-heading of its item, not an item)
_ONE_WORD_TITLE = re.compile(r"[A-ZÉÈÀ](?:[a-zéèêëàâçôîïû]{4,}|[A-ZÉÈÀÂÊÎÔ]{4,})\.?")


# an agenda number kept in the minutes with nothing deliberated under it
_NO_DELIBERATION = re.compile(r"^(?:pas\s+de|sans)\s+deliberation\b|^(?:point|question)\s+(?:retire|ajourne|reporte)")


# a rank's heading however short its title, so long as it holds a word (« 6. VENTE D’HERBE 2016 »)
# the title of what a one-word rubric holds, on the line below it, closed by a colon
_RUBRIC_SUBTITLE = re.compile(r"[ \t]*(?P<title>[A-ZÉÈÀ][^\n]{10,120}?)[ \t]*:[ \t]*$", re.MULTILINE)
_RANK_HEADING = re.compile(r"^[ \t]*(?P<n>\d{1,2})[ \t]*[./)–-][ \t]*(?P<title>[A-ZÉÈÀÂÊÎÔ«][^\n]{3,})$", re.MULTILINE)


def _ranks_in_gaps(text: str, run: list[int]) -> list[int]:
    """The run's items with the rank it skipped found again (« 5. TAXE D’AMENAGEMENT », then « 7. RAPPORT ANNUEL … »):
    the heading of 6 is there, its title too short or too full of figures to pass for one (« 6. VENTE D’HERBE 2016 »,
    « 21. SUBVENTIONS 2017 »). The neighbours say which rank to look for and where: taken where one line alone opens
    with it between them, far enough from both not to be an agenda's line; a rank the minutes skip is not found."""
    ranks = {m.start(): int(m.group("n")) for m in SEQUENCE_ITEM.finditer(text)}
    found = list(run)
    for before, after in zip(run, run[1:], strict=False):
        if ranks.get(after, 0) - ranks.get(before, 0) != 2:
            continue
        hits = [m.start() for m in _RANK_HEADING.finditer(text, before + 1, after)
                if int(m.group("n")) == ranks[before] + 1 and re.search(r"[^\W\d_]{4,}", m.group("title"))]
        if len(hits) == 1 and min(hits[0] - before, after - hits[0]) >= _AGENDA_GAP:
            found.append(hits[0])
    return sorted(found)


_QUOTATION = 4000  # characters: a quoted article of law, not a whole report between two stray guillemets


def _inside_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation « … » opened on an earlier line and closed after it, within
    _QUOTATION characters: the article of a code the minutes cite (« Dans le respect des objectifs du développement
    durable, … : ⏎ 1. L'équilibre entre : … ⏎ 8. La promotion du principe de conception universelle … »), whose
    numbered lines are the article's, not the séance's items."""
    opened = text.rfind("«", max(0, pos - _QUOTATION), pos)
    if opened < 0 or "»" in text[opened:pos] or "\n" not in text[opened:pos]:
        return False
    closed = text.find("»", pos, opened + _QUOTATION)
    return closed >= 0 and "«" not in text[pos:closed]


def _sequence_starts(text: str, pair: bool = False) -> list[int]:
    """Numbered agenda items (1. …, 2. …, 3. …): the longest run counting up by one, at least 3
    long, so that "1. Article" lists inside a decision, which restart, are not taken. A run whose
    items stand a line or two apart is the agenda or the closing recap list, not the items."""
    announced = {fold(item) for item in agenda_items(text)}
    # a heading the agenda announces is a title also when short (« 5. Tarification 2023 », Pierrefonds)
    items = [(int(m.group("n")), m.start(), m.group("title")) for m in SEQUENCE_ITEM.finditer(text)
             if (looks_like_title(m.group("title")) or (_ONE_WORD_TITLE.fullmatch(m.group("title").strip())
                                                        and fold(m.group("title")) in announced)
                 or (fold(m.group("title")) in announced and re.search(r"[^\W\d_]{4,}", m.group("title"))
                     and sum(ch.isalpha() for ch in m.group("title"))
                     >= 2 * sum(ch.isdigit() for ch in m.group("title"))))
             and not _inside_quotation(text, m.start())]
    best = _longest_run(items)
    # « 1. PROPOSITION D'ACHAT … », then the conditions the item lists (« 1. Compte tenu … », « 2. La gestion … »,
    # … « 8. De ne pas avoir … »), then « 2. ACQUISITION … », « 3. REALISATION … », « 4. QUESTIONS DIVERSES »
    # (Putanges): the list inside the first item counts up longer, but the items in capitals count on past its end
    # (the closing list's lines, in capitals too, are none of them)
    closing = closing_heading(text)
    titles = {pos: title for _n, pos, title in items}
    capitals = _longest_run([item for item in items
                             if _upper_line(item[2]) and (closing is None or item[1] < closing)])
    if len(capitals) >= 3 and best and capitals[-1] > best[-1] and not set(capitals) <= set(best) and any(
            not _upper_line(titles[pos]) for pos in best):
        best = capitals
    if len(best) >= 3:
        best = _ranks_in_gaps(text, best)
    first_number = next((n for n, pos, _title in items if best and pos == best[0]), None)
    if pair and len(best) == 2 and first_number == 1 and best[1] - best[0] >= _AGENDA_GAP and all(
            _VOTE_END.search(text[a:b]) for a, b in zip(best, [best[1], len(text)], strict=True)):
        # minutes with no other heading: « 1. Renforcement du réseau … », « 2. Approbation des statuts … », each closed
        # by its vote, are the séance's two items (a pair inside a register's numbered act is its table's rows)
        return best
    return best if len(best) >= 3 else []


def _longest_run(items: list[tuple[int, int, str]]) -> list[int]:
    """The positions of the longest run of ``items`` (rank, position, title) counting up by one (see
    :func:`_sequence_starts`)."""
    best: list[int] = []
    for i, (n, _pos, _title) in enumerate(items):
        if n > 2:
            continue
        run: list[int] = []
        expected = n
        empty_item = False  # the last item of the run is a number with no deliberation under it
        for number, pos, title in items[i:]:
            # an item a line below the previous one is the agenda's next line, not the next item, unless the
            # previous one says it has nothing below it (« 8. PAS DE DELIBERATION – VOIR COMPTE RENDU … ⏎ 9. REGIE … »)
            # one missing number (an item printed otherwise, a line lost to OCR) does not end the run
            skipped = number == expected + 1 and len(run) >= 3
            if (number == expected or skipped) and (not run or pos - run[-1] >= _AGENDA_GAP // 2 or empty_item):
                run.append(pos)
                expected = number + 1
                empty_item = bool(_NO_DELIBERATION.search(fold(title)))
        if len(run) >= 3 and (run[-1] - run[0]) / (len(run) - 1) < _AGENDA_GAP:
            continue
        # the agenda announced at the top and the items themselves both count up: keep the
        # longer run, and of two equal runs the one spread over more text (the items) — unless they
        # differ by their first item only: the agenda's « 1. » then the items' « 2. », « 3. » is the
        # items' own run started too early
        same_tail = len(run) == len(best) and run[1:] == best[1:] and run
        if same_tail:
            best = max(run, best, key=lambda r: r[0])
        elif _run_key(run) > _run_key(best):
            best = run
    return best


# « b. REMPLACEMENT DE DEUX CANDELABRES … », « c) ANIMATION DU REPAS … » under « QUESTIONS DIVERSES »
_LETTERED = re.compile(r"^[ \t]*(?:\d{1,2}[ \t]*[.)][ \t]*questions?\s+diverses\W*)?(?P<l>[a-h])[ \t]*[.)][ \t]+"
                       r"(?P<title>[A-ZÉÈÀÂÊÎÔ][^\n]{5,})$", re.MULTILINE | re.IGNORECASE)


# « 20/A DENOMINATION D’UNE VOIE PUBLIQUE », « 20/B SUBVENTION … » under « 20. QUESTIONS DIVERSES » (Putanges)
_NUMBER_LETTERED = re.compile(r"^[ \t]*\d{1,2}[ \t]*/[ \t]*(?P<l>[a-hA-H])[ \t]+(?P<title>[A-ZÉÈÀÂÊÎÔ][^\n]{5,})$",
                              re.MULTILINE)


# « LE CONSEIL MUNICIPAL, A L'EXCEPTION DE … QUI VOTENT CONTRE, ACCEPTE CES PROPOSITIONS » (Avranches): a vote
# that names its opponents prints no « unanimité » and no figure
_NAMED_VOTE = re.compile(r"\bqui\s+(?:votent|s'abstien)")


def _lettered_starts(text: str, headings: list[int] | None = None) -> tuple[list[int], list[int]]:
    """Lettered items (a., b., c.; 20/A, 20/B) counting up from a, each far enough from the last (not a recap
    list's lines) and each closed by its own vote: the items of « Questions diverses » the council voted on.
    Also the first item of each run that does not cut (its section's heading cut there): it names that act."""
    found = sorted((m.start(), m.group("l").lower(), pattern is _NUMBER_LETTERED)
                   for pattern in (_LETTERED, _NUMBER_LETTERED)
                   for m in pattern.finditer(text) if looks_like_title(m.group("title")))
    runs: list[list[int]] = []
    numbered: set[int] = set()  # « 20/A » stands on its own line below « 20. QUESTIONS DIVERSES »
    for pos, letter, under_number in found:
        if letter == "a":
            runs.append([pos])
        elif runs and ord(letter) == ord("a") + len(runs[-1]) and pos - runs[-1][-1] >= _AGENDA_GAP:
            runs[-1].append(pos)
        if under_number:
            numbered.add(pos)
    starts: list[int] = []
    firsts: list[int] = []
    listed = closing_list(text)
    for run in runs:
        # the last item runs to the next heading (« E) Transformations de postes … » and its table, voted two pages
        # below, before « QUESTION No 10 »), or 3000 characters where none follows
        following = next((h for h in headings or [] if h > run[-1]), None)
        ends = [*run[1:], following if following is not None else run[-1] + 3000]
        # the run's next letter a few lines below its last item: sub-items too short to tell from a list (« A.
        # SUBVENTION A QUARTIER NATURE ⏎ … ACCEPTE ⏎ B. … ⏎ C. … » every 4 lines): not cut at all rather than half
        cut_short = any(letter == chr(ord("a") + len(run)) and run[-1] < pos < run[-1] + _AGENDA_GAP
                        for pos, letter, _under in found)
        voted = [bool(_VOTE_END.search(text[a:b]) or _NAMED_VOTE.search(fold(text[a:b])))
                 for a, b in zip(run, ends, strict=True)]
        # the closing list of deliberations names the items decided with no vote formula (« Après en avoir délibéré,
        # le Conseil Municipal décide d'aider … »): most of the run voted or named there cuts it whole, and the
        # items it names not (an opinion asked, « H. SITCOM … ») are dropped as no deliberation with the others
        named = [named_in_list(_lettered_title(text, a), listed) for a in run]
        by_list = sum(named) >= 2 and sum(v or n for v, n in zip(voted, named, strict=True)) >= _MOST_LISTED * len(run)
        if len(run) >= 2 and not cut_short and (all(voted) or by_list):
            # the first item starts where its section's heading already cut (« 18. QUESTIONS DIVERSES a. … »),
            # but « 20/A » has its own line
            starts.extend(run if run[0] in numbered else run[1:])
            firsts.extend([] if run[0] in numbered else run[:1])
    return starts, firsts


_MOST_LISTED = 0.7


def _lettered_title(text: str, pos: int) -> str | None:
    m = _LETTERED.match(text, pos) or _NUMBER_LETTERED.match(text, pos)
    return m.group("title") if m else None


def _run_key(run: list[int]) -> tuple[int, bool, int]:
    """Longer first; of two equal runs, one that takes no agenda line (two items two lines apart: an
    agenda item wrapped over two lines), then the one spread over more text."""
    min_gap = min((b - a for a, b in zip(run, run[1:], strict=False)), default=0)
    return len(run), min_gap >= 2 * _AGENDA_GAP, run[-1] - run[0] if run else 0


_SAME_HEADER = 300  # a numbered item and an explicit header this close are one heading
_AGENDA_GAP = 160  # mean characters between two items of an agenda or a recap list


# « Vote : Unanimité » closing each item: where minutes print it, it alone ends an item (their
# « après en avoir délibéré à l'unanimité » a few lines above is the same vote, not another item)
_VOTE_LABEL = re.compile(r"^[ \t]*votes?[ \t]*[:;].*$", re.IGNORECASE | re.MULTILINE)
# the vote's other figures, listed on the lines below the one that ends it: they belong to the same vote
# (« - Pour : 15 ⏎ - Abstentions : 3 (…) »), or figure first (« Vote : 1 contre (M. X) ⏎ ⏎ 3 abstentions (…) ⏎ 7 pour »)
_FIGURE_LINE_AFTER = re.compile(r"(?:[ \t]*\n)*[ \t]*[-−–•]?[ \t]*(?:(?:contre|abst?entions?|pour)[ \t]*:[ \t]*\d"
                                r"|\d{1,3}[ \t]+(?:(?:voix|votes?)[ \t]+)?(?:contre|abst?entions?|pour)\b).*$",
                                re.IGNORECASE | re.MULTILINE)
# the first article of a decision (« Article 1er : », « Article 1 - », « ARTICLE PREMIER : »)
_ARTICLES_OPENING = re.compile(r"article\s+(?:1\s*(?:er|e)?|premier)\s*[:.–-]", re.IGNORECASE)
# a row of a table of amounts, alone on its line: « Chavamieux : 1000 € », « Bols d’air 400 € »
_TABLE_ROW = re.compile(r"^[ \t]*[^\W\d][^\n]{1,80}?[ \t]:?[ \t]*\d[\d \u00a0.]*(?:,\d\d)?[ \t]?€[ \t]*$", re.MULTILINE)
_SAME_VOTE = 600  # characters between a decision's « à l'unanimité » and its « Vote : » line


def _vote_starts(text: str) -> list[int]:
    starts: list[int] = []
    last = 0
    labelled = [m.start() for m in _VOTE_LABEL.finditer(text)]
    for m in _VOTE_END.finditer(text):
        after = bisect.bisect_left(labelled, m.start())
        own_label = after < len(labelled) and labelled[after] == m.start()
        if not own_label and after < len(labelled) and labelled[after] - m.start() < _SAME_VOTE:
            continue  # the decision's « à l'unanimité », then its « Vote : Unanimité » line below
        end = m.end() + 1
        while figures := _FIGURE_LINE_AFTER.match(text, end):  # « - Pour : 15 ⏎ - Abstentions : 3 (…) »
            end = figures.end() + 1
        if end - last >= _MIN_ACT_CHARS:
            starts.append(end)
            last = end
    if starts and len(text) - starts[-1] < _MIN_ACT_CHARS:
        starts.pop()  # the closing lines after the last vote belong to the last item
    return [0, *starts] if starts else []


def _first_title_line(text: str, boilerplate: set[str]) -> str | None:
    lines = text.split("\n")
    for i, line in enumerate(lines[:25]):
        table = "|" in line
        if table:  # a .doc table: the frame in the left cell, the minutes in the right one
            cells = [cell.strip() for cell in line.split("|") if cell.strip()]
            line = cells[-1] if cells else ""
        # « €CPU — Marché nocturne 2021 » (Flaux's scan): a sign the OCR read before the title's first letter
        clean = _LEADING_SIGNS.sub("", line.strip(" -–•*:"))
        folded = fold(clean)
        lead_in = line.rstrip().endswith(":") and not _upper_line(clean)  # « 2020 suivants : »
        if sum(ch.isalpha() for ch in clean) < 8 or folded in boilerplate:
            continue
        if re.match(r"^(page|\d+\s*/\s*\d+|republique|departement|vote|pour|contre|abst?ention)\b", folded):
            continue
        if clean_objet(clean) is None or _FRAME_LINE.match(folded):
            continue  # the page's frame (« en exercice : 11 », « Séance du … »), a vote or list line
        if lead_in or not looks_like_heading(clean):
            return None  # a sentence of the body or a list of names: no title here
        if table and line.endswith(("-", "–")):
            # « Centre Socioculturel Intercommunal Pierre Mendès France – ⏎ Avenant à la convention … » (a .doc table
            # of Flaux): the dash ending the cell's line announces the title's second half in the cells below
            return wrapped_title(line, "\n".join(_column(row).strip() for row in lines[i + 1 : i + 5]))[:300]
        if "|" not in line and clean.lower().endswith(_WRAPS):  # « … avec la ⏎ Médiation de l’eau » (Flaux scan)
            return wrapped_title(_TITLE_RANK.sub("", clean),
                                 "\n".join(line for line in lines[i + 1 : i + 5] if line.strip()))[:200]
        if ("|" not in line and i + 1 < len(lines) and not _CUT_WORD.search(clean)
                and (lines[i + 1].strip()[:1].islower()
                     # « AVIS D'APPEL A MANIFESTATION D’INTERET CONCURRENTE ⏎ SUITE A LA MANIFESTATION … »
                     or _upper_line(clean) and _upper_line(lines[i + 1]) and len(clean) >= 30)):
            # « Enquête publique relative à la demande d’autorisation environnementale ⏎ unique présentée par … »:
            # a line opening in lower case goes on the title above it (not a line the stamp cut in a word, « … pour
            # les a »: its end is lost, the agenda completes it)
            return wrapped_title(_TITLE_RANK.sub("", clean), "\n".join(lines[i + 1 : i + 8]))[:300]
        return _TITLE_RANK.sub("", clean)[:200]
    return None


_LEADING_SIGNS = re.compile(r"^[^\w\s«\"“(\[]+(?=[A-ZÉÈÀ])")
# a word cut to one letter at the line's end (« … pour Pimplantation d’i », under the stamp of Flaux's scans)
_CUT_WORD = re.compile(r"(?:^|[\s'’])[^\W\dà]$")
# « 1)Autorisation de signature … » (Illats): the item's rank, not of its title
_TITLE_RANK = re.compile(r"^\d{1,2}[ \t]*[)/.][ \t]*(?=[A-ZÉÈÀ])")
# the frame printed around each page of an extract (Flaux's scans): counts and dates, never a title
_FRAME_LINE = re.compile(r"^(?:en exercice|presents?|votants?|qui ont pris part|deliberation\s*(?::|$)"
                         r"|dont procurations|date de (?:la )?convocation|l\W?an (?:deux|mil)"
                         r"|\d{1,2}(?:er)? \w+ \d{4}$"
                         # the same frame as the OCR read it: « Il mars 2021 » (11), « conseil mugicipal du »
                         r"|[il1][il1\d]? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre"
                         r"|novembre|decembre) \d{4}$|conseil m\w{5,10} du$)")
# « Monsieur le Maire demande … de rajouter à l'ordre du jour … ⏎ Vote : unanimité »: a vote on the agenda
_AGENDA_VOTE = re.compile(r"\b(?:rajouter|ajouter|retirer|inscrire)\s+(?:a|de|un point a)\s+l'ordre\s+du\s+jour")


# « Le compte rendu du Conseil Municipal du 8 juin 2020 est validé à l’unanimité »: the opening's votes
_OPENING_VOTE = re.compile(r"\b(?:compte[- ]rendu|proces[- ]verbal|pv)\b.{0,80}\b(?:valide|approuve|adopte)"
                           r"|secretaire de (?:la )?seance|approbation du (?:compte|proces)"
                           # « … la candidature de X, en qualité de secrétaire pour la présente séance ⏎ Vote : à
                           # l'unanimité » (Flaux), « … s'ils souhaitent conserver le mode de vote à main levée et
                           # nominatif. ⏎ Vote : Pour à l'unanimité » (Pierrefonds): the séance's opening, voted
                           r"|\bsecretaire\b[^.]{0,40}\bseance\b|\bmode\s+de\s+(?:vote|scrutin)\b|\bvote\s+a\s+main\s+levee\b"
                           # Flaux, the last minutes approved: « … s'il y a des observations. Personne ne prenant la
                           # parole, il est passé au vote » (its heading lost under the stamp)
                           r"|\bdes observations\b.{0,120}\bpasse au vote\b", re.DOTALL)


_INFORMATION_HEADING = re.compile(r"^[ \t]*(?:\d{1,2}[ \t]*[.)/-][ \t]*)?informations?\s+(?:diverses|du\s+maire)\W*$",
                                  re.IGNORECASE | re.MULTILINE)
_AGENDA_HEADING = re.compile(r"^[ \t]*ordre\s+du\s+jour[ \t:]*$", re.IGNORECASE | re.MULTILINE)
_RANK = re.compile(r"^\s*\d{1,2}\s*[.)/–-]\s*")


# « Secrétaire de séance : Aurélie Sauze »: the roll call's last line, above the act's title
_SECRETARY_LINE = re.compile(r"^[ \t]*secr[ée]taire\s+de\s+(?:la\s+)?s[ée]ance\b[^\n]*$", re.IGNORECASE | re.MULTILINE)


def title_below_roll_call(text: str) -> str | None:
    """The objet of an extract that holds one act and labels it no way (no « Objet : », no number): the heading
    printed right below the roll call's « Secrétaire de séance : X » line, over its wrapped lines (Eybens 2013:
    « Délégation de service public : SAEML CCIAG (Société Anonyme … - ⏎ Compagnie de Chauffage … – Avenant n°5 … »)."""
    secretary = _SECRETARY_LINE.search(text[:6000])
    if not secretary:
        return None
    first, _, following = text[secretary.end() :].lstrip("\n").partition("\n")
    first = first.strip()
    if not looks_like_heading(first) or _upper_line(first) and len(first) < 20:
        return None
    return clean_objet(wrapped_title(first, following, limit=500))


def sole_agenda_item(text: str) -> str | None:
    """The objet of minutes that hold one item: the agenda's only line, printed again below as the
    item's heading (« Ordre du jour ⏎ 1. Tarification : location … ⏎ ___ ⏎ 1. Tarification : … »).
    The repetition is the check: an agenda line that is not the heading of anything below is not taken."""
    m = _AGENDA_HEADING.search(text[:8000])
    if not m:
        return None
    lines = [line.strip() for line in text[m.end() : m.end() + 600].split("\n")]
    items = [line for line in lines if line and not re.fullmatch(r"[_\-–=. ]+", line)]
    if not items:
        return None
    title = _RANK.sub("", items[0]).strip()
    if not looks_like_title(title) or len(title) < 8:
        return None
    after = text[m.end() + text[m.end() :].find(items[0]) + len(items[0]) :]
    repeated = [line for line in after.split("\n") if fold(_RANK.sub("", line)) == fold(title)]
    return clean_objet(title) if repeated else None


_AGENDA_END = re.compile(r"^(?:[_\-–=. ]+|ouverture\b.*|vote\s*[:;].*|questions?\s+diverses.*|s[ée]ance\b.*)$",
                         re.IGNORECASE)
_WRAPS = (" de", " des", " du", " la", " le", " les", " et", " à", " au", " aux", " pour", " en", " d’", " l’", " d'",
          " l'", " sur", " par", "-", "–", ",")


def agenda_items(text: str) -> list[str]:
    """The items of the agenda printed at the head of minutes, each joined over its wrapped lines
    (a line that opens in lower case, or follows a line cut after « de », goes on the item above)."""
    m = _AGENDA_HEADING.search(_cells(text[:8000]))
    if not m:
        return []
    items: list[str] = []
    blanks = 0
    for raw in _cells(text[:8000])[m.end() :].split("\n")[:60]:
        line = raw.strip()
        blanks = 0 if line else blanks + 1
        if blanks >= 2 and items:  # OCR leaves one blank line between lines, never two inside a list
            break
        if not line:
            continue
        # « + Dépenses d'investissement … M49.. » (Flaux's scans): a bullet opens an item, never goes on the one above
        bullet = _AGENDA_BULLET.match(line)
        if bullet:
            line = line[bullet.end() :]
        if _AGENDA_END.match(line):
            break
        line = _RANK.sub("", line).lstrip(">➢•*- ").strip()
        if items and not bullet and (line[:1].islower() or items[-1].lower().endswith(_WRAPS)):
            items[-1] = f"{items[-1]} {line}"
        else:
            items.append(line)
    return [item.rstrip(" *-–") for item in items]


_AGENDA_BULLET = re.compile(r"^[+>➢►•*][ \t]*(?=\w)")


def _column(line: str) -> str:
    """The minutes' column of a .doc read as a table (its last cell, empty or not); any other line as it is."""
    if "|" not in line:
        return line
    cells = line.rstrip().split("|")
    if line.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells[-1] if cells else ""


_ANNOUNCED_MIN = 12  # characters of an agenda item's heading line, to be told from a word of the body


def _same_first_word(word: str, other: str) -> bool:
    """The same word, or the same short budget code as OCR misreads its figures (« MH » and « Mt » for « M14 »,
    « M4 » on the agenda of Flaux's scans): a letter and at most three more characters, the letter alike."""
    return word == other or (len(word) <= 4 and len(other) <= 4 and word[:1] == other[:1] and word[:1].isalpha()
                             and any(ch.isdigit() for ch in word + other))


def _prints_item(line: str, key: str) -> bool:
    """Whether a line (folded) prints the agenda item ``key`` (folded), or its first line where the heading wraps:
    same first word, and most of its characters in the item's order (« Approbation du compte rendu du Conseil
    Municipal du 10 juillet » for « Approbation du compte rendu du conseil du 10 juillet 2020 »)."""
    if len(line) < min(len(key), 2 * _ANNOUNCED_MIN) or not _same_first_word(line.split(" ", 1)[0],
                                                                            key.split(" ", 1)[0]):
        return False
    matched = sum(block.size for block in SequenceMatcher(None, line, key, autojunk=False).get_matching_blocks())
    return matched >= 0.8 * len(line) and matched >= 0.85 * min(len(key), 2 * _ANNOUNCED_MIN)


def announced_starts(text: str) -> dict[int, str]:
    """Minutes whose agenda (« Ordre du jour », its items without numbers) announces each item that the body then
    prints again as a heading on a line of its own (after a blank line, its rank aside): where each item begins,
    with the agenda's words for its title. Empty unless every item of the agenda (two at least) is found so, in
    the agenda's order: a structure the document states, surer than cutting at its votes."""
    lines = text.split("\n")
    column = [_column(line) for line in lines]
    items = agenda_items("\n".join(column))
    if len(items) < 2:
        return {}
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    heading = next((i for i, line in enumerate(column[:400]) if _AGENDA_HEADING.match(line)), None)
    if heading is None:
        return {}
    # the body begins after the agenda's own lines: the first line that prints the last item's start
    last_key = fold(_RANK.sub("", items[-1]))[:_ANNOUNCED_MIN]
    body = next((i + 1 for i in range(heading + 1, min(len(column), heading + 60))
                 if fold(_RANK.sub("", column[i].strip())).startswith(last_key)), None)
    if body is None:
        return {}
    found: dict[int, str] = {}
    i = body
    for item in items:
        key = fold(item)
        if len(key) < _ANNOUNCED_MIN:
            return {}
        while i < len(column):
            line = fold(_RANK.sub("", column[i].strip()))
            above_blank = not column[i - 1].strip()
            if above_blank and _prints_item(line, key):
                found[offsets[i] + len(lines[i]) - len(lines[i].lstrip())] = item
                i += 1
                break
            i += 1
        else:
            return {}
    return found


def _cells(text: str) -> str:
    """A .doc read as a table: each line's last non-empty cell (the minutes' column)."""
    if "|" not in text:
        return text
    out = []
    for line in text.split("\n"):
        cells = [cell.strip() for cell in line.split("|") if cell.strip()] if "|" in line else [line]
        out.append(cells[-1] if cells else "")
    return "\n".join(out)


def agenda_heading(piece: str, agenda: list[str]) -> str | None:
    """The first line of ``piece`` that prints an agenda item (its rank aside, 90 % of its characters):
    the item's heading, checked against the agenda rather than guessed from the layout."""
    keys = [(fold(item), item) for item in agenda if len(fold(item)) >= 8]
    for raw in _cells(piece).split("\n")[:80]:
        line = fold(_RANK.sub("", raw.strip()))
        if len(line) < 8:
            continue
        scored = [(SequenceMatcher(None, key, line).ratio(), item) for key, item in keys
                  if abs(len(key) - len(line)) <= 0.2 * len(key)]
        best = max(scored, default=None, key=lambda pair: pair[0])  # « M14 - Budget … » is not « M49 - Budget … »
        if best and best[0] >= 0.9:
            return clean_objet(best[1])
    return None


_LINE_CUT = 40  # an objet this long may have lost its end at the line's end (or under the stamp)


# the code of the budget an item is voted on, ahead of its title (« M49 - Dépenses … », « M 14 – … »)
_BUDGET_CODE = re.compile(r"^[ \t]*(M)[ \t]?(\d{2})[ \t]*[-–—]+[ \t]*(?=\w)")


def completed_from_agenda(objet: str | None, agenda: list[str]) -> str | None:
    """``objet`` in full when it is the start of an agenda item, its last word cut (« … CNRACL e »);
    OCR slips between the two are allowed (90 % of the characters in common)."""
    if not objet or not agenda:
        return objet
    if code := _BUDGET_CODE.match(objet):
        # « M49 - Dépenses d’investissement avant le vd » (its end under the stamp) is the agenda's « Dépenses
        # d'investissement avant le vote du budget 2024 M49 », the budget's code printed after the title there
        same_code = re.compile(rf"[ \t]*\b{code.group(1)}[ \t]?{code.group(2)}\b[ \t]*", re.IGNORECASE)
        titles = {fold(same_code.sub(" ", item).strip()): item for item in agenda if same_code.search(item)}
        rest = objet[code.end() :]
        full = completed_from_agenda(rest, [same_code.sub(" ", item).strip() for item in titles.values()])
        if full != rest and fold(full or "") in titles:
            return clean_objet(titles[fold(full or "")]) or objet
    stem = fold(objet).rsplit(" ", 1)[0] if len(fold(objet).split()) > 3 else ""
    cut = len(objet) >= _LINE_CUT or objet.lower().endswith(_WRAPS) or len(fold(objet).split()[-1]) <= 2
    if len(stem) < 15 or not cut:  # « Concours des maisons fleuries » is whole, not a line cut short
        return objet
    if any(fold(item) == fold(objet) for item in agenda):
        return objet  # an agenda item itself (« … de l’eau potable »), not its neighbour's cut start (« … de l’ass »)
    matches: list[str] = []
    for item in agenda:
        folded = fold(item)
        if len(folded) <= len(fold(objet)) + 2:
            continue
        if item[len(objet) :].strip().startswith("("):
            continue  # « … de l’école (proposition 10€/pièce) »: a remark added on the agenda, not the objet
        if SequenceMatcher(None, stem, folded[: len(stem)]).ratio() >= 0.9 and SequenceMatcher(
                None, fold(objet), folded[: len(fold(objet))]).ratio() >= 0.9:
            # its last word too is the item's, or the start of it: « … provision semi-budgétaire » is a title of
            # its own, not « … provision pour risques et charges » cut short
            matches.append(item)
    if len(matches) != 1:  # two items open alike (« Zones d’accélération … – Bilan », « … – Approbation »)
        return objet       # and the cut objet cannot tell which: it stays as printed
    return clean_objet(matches[0]) or objet


# « 24-04/058 — Plan Local d'Urbanisme : ⏎ # Arrêt du Projet … ⏎ + Bilan de la Concertation Publique »,
# « 20-11/092 : Bilan, dégâts … »
_NUMBERED_HEADING = re.compile(r"^[ \t]*(?P<num>\d{2}-\d{2}/\d{3})[ \t]*[—–:-][ \t]*(?P<title>\S[^\n]{3,})$",
                               re.MULTILINE)
_BULLET = re.compile(r"^[ \t]*[#+>➢►¥»*•][ \t]*(?=\w)")


def numbered_heading(text: str) -> tuple[str, str] | None:
    """The heading « NN-NN/NNN — Title » of a one-act extract, its bulleted lines below joined to it."""
    m = _NUMBERED_HEADING.search(text[:8000])
    if not m:  # « 20230609 1 ELECTION DES DELEGUES … » (Putanges-le-Lac): a dated number, then the title
        for titled in NUMBERED_TITLE.finditer(text[:8000]):
            if looks_like_title(titled.group("title")) and re.match(r"(?:19|20)\d{2}", titled.group("num")):
                objet = clean_objet(wrapped_title(titled.group("title"), text[titled.end() + 1 : titled.end() + 600]))
                if objet:
                    return " ".join(titled.group("num").split()), objet
        return None
    parts = [m.group("title").strip().rstrip(" :")]
    for line in text[m.end() + 1 : m.end() + 600].split("\n"):
        if not _BULLET.match(line):
            break
        parts.append(_BULLET.sub("", line).strip())
    title = parts[0] + (" : " + " - ".join(parts[1:]) if len(parts) > 1 else "")
    objet = clean_objet(title)
    return (m.group("num"), objet) if objet else None


def _summary_title(text: str) -> str | None:
    for line in text.split("\n")[:15]:
        if re.search(r"liste des d[ée]lib[ée]rations|ordre du jour", line, re.IGNORECASE):
            return line.strip()[:200]
    return None


def _running_lines(pages: list[PageText]) -> set[str]:
    """Page headers and footers: a line among the first or last three of a page that recurs, digits
    aside, on at least half the pages (« Commune de Pierrefonds - Conseil Municipal du … – Page 2 / 6 »)."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in page.text.split("\n") if line.strip()]
        counts.update({_running_key(line) for line in lines[:3] + lines[-3:]
                       if not (_VOTE_END.match(line) or OBJET_LINE.match(line) or _NUMBER_HEADER.match(line))})
    return {key for key, n in counts.items() if key and n >= max(3, len(pages) // 2)}


def _running_key(line: str) -> str:
    """A header or footer line recurs with its page number changing (« … – Page 2 / 6 »); any other
    line must recur as it is: « Délibération n 2020-001 » and « n 2020-002 » are two acts' headers."""
    folded = fold(line).strip()
    if re.search(r"\bpage\b|\d+\s*/\s*\d+\s*$|\bsur\s+\d+\s*$", folded):
        return re.sub(r"[\d\s]+", " ", folded).strip()
    return folded


def _blank_running(text: str, running: set[str]) -> str:
    """``text`` with its running header/footer lines (and bare page numbers) replaced by spaces."""
    if not running:
        return text

    def blank(m: re.Match[str]) -> str:
        line = m.group(0)
        return " " * len(line) if _running_key(line) in running else line

    return re.sub(r"[^\n]+", blank, text)


_PAGE_NUMBER_LINE = re.compile(r"^[ \t]*(?:page\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_NUMBER_IN_OBJET = re.compile(
    r"^(?:n\s*[°º]\s*)?(?P<num>(?:[A-Z]{1,4}[ _-]?)?(?:19|20)\d{2}(?:[._/-]\d{1,4}){1,3}(?:\s*-\s*\d{1,3}(?=\s))?)"
    r"\s*[-–:.]?\s+(?P<rest>\S.*)$")


# the number on an act's own heading line: « Délibération D2018-67 », « DL-056-07-13 - Création … »,
# « N° 2016.02.16 - Subvention … », « 3 – N° 2018-024 - Exercice … », « 1. D2024 – 14 - Élection … »
_HEADING_NUMBER = re.compile(
    r"^[ \t]*(?:\d{1,2}[ \t]*[.)][ \t]*|\d{1,2}[ \t]+[–-][ \t]+)?"
    r"(?:(?:extrait\s+de\s+(?:la\s+)?)?d[ée]lib[ée]ration[ \t]*)?"
    r"(?:n[ \t]*[°ºo][ \t]*:?[ \t]*)?(?P<num>[A-Z]{0,4}[ _-]?\d{2,4}(?:[ \t]?[-–_/.][ \t]?[0-9]{1,4}){1,3}"
    r"(?:-[A-Z]{1,2}\b)?)(?![\d/])",
    re.IGNORECASE)


def heading_number(own: str, before: str = "") -> str | None:
    """The act number printed on an act's heading, as printed: on the first lines of its own text,
    else on the lines just above its « Objet : » line (« 25-04/031 » alone on its line)."""
    own_lines = [line for line in own.split("\n") if line.strip()][:3]
    above = [line for line in before.split("\n") if line.strip()][-3:][::-1]
    for line in own_lines + above:
        m = _HEADING_NUMBER.match(line)
        if not m:
            continue
        number = " ".join(m.group("num").split())
        digits = re.sub(r"\D", "", number)
        if re.fullmatch(r"\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})", number) or len(digits) < 3:
            continue  # a date (« 12/03/2021 ») or a rank, not a number
        return number
    return None


# « 25-04/031 »; « 25-07/059-A »: the deliberation that cancels and replaces 25-07/059 takes its number and a letter
_LONE_NUMBER = re.compile(r"^[ \t]*(\d{2}-\d{2}/\d{3}(?:-[A-Z])?|[A-Z]{0,4}[ _-]?(?:19|20)\d{2}[-_/.]\d{1,4})[ \t]*$",
                          re.MULTILINE)


def _lone_number(header_zone: str) -> str | None:
    """A number printed alone on its line in an extract's header (« 25-04/031 » above « COMMUNE DE
    CORTE … OBJET : »): the act's number, wherever the header puts it."""
    found = _LONE_NUMBER.findall(header_zone)
    return found[-1] if found else None  # the nearest above the heading


def clean_objet(objet: str | None) -> str | None:
    """An objet read from a table row of a .doc (« | |Délégation de missions … | ») keeps its words only;
    a page header, a vote or a list line is no objet (:func:`indexer.objet_lines.not_an_objet`)."""
    if not objet:
        return None
    text = " ".join(re.sub(r"\s*\|\s*", " ", objet).split()).strip(" :-–")
    text = _OBJET_NOISE.sub("", text).strip(" :-–,")
    text = _STAMP_WORDS.sub("", text).strip(" :-–—,]")
    if glued := _GLUED_SENTENCE.search(text):  # « … parc photovoltaïqueLa commune de Flaux envisage … » (OCR)
        text = text[: glued.start()]
    text = _caps_title_alone(text)
    if len(text) < 4 or not_an_objet(text) or _HEADER_OBJET.match(fold(text)) or _roll_call(text):
        return None
    return text


# « TARIFS ASSAINISSEMENT de LA FORET AUVRAY – EXERCICE 2016 Comme indiqué dans la délibération … » (Putanges-le-Lac):
# a title in capitals run into the body's first sentence on one line ends where the sentence opens
_SENTENCE_OPENER = re.compile(r"(?:Comme|Dans|Le|La|Les|Il|Elle|Ils|Suite|Monsieur|Madame|Considérant|Vu|Par|Afin|Après"
                              r"|Lors|En|Conformément|Au|Aux|Pour|Depuis|Sur|Une|Un|Ce|Cette|Ces|Selon|Nous|On)")


def _caps_title_alone(text: str) -> str:
    words = text.split()
    for i in range(3, len(words) - 1):
        if not (_SENTENCE_OPENER.fullmatch(words[i]) and words[i + 1][:1].islower()):
            continue
        letters = [ch for word in words[:i] if len(word) > 3 for ch in word if ch.isalpha()]
        if len(letters) >= 10 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters):
            return " ".join(words[:i]).rstrip(" :-–,")
        return text
    return text


# around the objet, not of it: « QUESTIONS DIVERSES a. » ahead of an item, « , rapporteur monsieur Gaudin » after it
_OBJET_NOISE = re.compile(r"^questions\s+diverses\s*[.:–-]?\s*(?:[a-z1-9][.)]\s*)?(?=\S)"
                          r"|,?\s*\(?rapporteure?\s*:?\s*(?:monsieur|madame|m\.|mme)\b.*$"
                          # « Déneigement (rajouté en préambule du conseil municipal) »: how it came on the agenda
                          r"|\s*\((?:point\s+)?(?:rajout|ajout)[ée]?e?\b[^)]*\)\s*$"
                          # « II PADD. », « III Adhésion aux associations. »: a section's Roman rank
                          r"|^(?-i:(?:I{1,3}|IV|VI{0,3}|IX|X)\s*[.)–-]?\s+(?=[A-ZÉÈ]))",
                          re.IGNORECASE)
# the préfecture's stamp over a scanned title (Flaux): « M49 - Interconnexion … - Em] Re94 en préfecture le
# 02/02/2023 », « Regu en préfecture »; its words, however the OCR read « Reçu », are not of the objet
_STAMP_WORDS = re.compile(r"(?:^|\s)(?:re\w{0,3}|envoy\w{0,2})\s+en\s+pr[ée]fecture\b.*$", re.IGNORECASE)
# a sentence of the body the OCR glued to the title's last word, without a space: where it opens, the title ends
_GLUED_SENTENCE = re.compile(r"(?<=[a-zà-ÿ]{3})(?=(?:La|Le|Les|Il|Elle)\s+[a-zà-ÿ])")
# « RUBAN, Andrée NOEL, Monique FOURE-BECHET, Philippe MALLARD, … »: the roll call, never an objet
_PERSON = re.compile(r"^(?:[A-ZÉÈ][a-zéèëïç]+(?:-[A-ZÉ][a-zéè]+)?[ \t]+[A-ZÉÈÇ]{2}[\wÉÈÇ'’-]*"
                     r"|[A-ZÉÈÇ]{2}[\wÉÈÇ'’-]*[ \t]+[A-ZÉÈ][a-zéèëïç]+)$")


def _roll_call(text: str) -> bool:
    """Three or more « First SURNAME » between commas or dashes."""
    if re.search(r"\bdonnen?t?\s+(?:pouvoir|procuration)\b", text, re.IGNORECASE):
        return True  # « Madame X donne pouvoir à Monsieur Y, … »
    parts = [part.strip() for part in re.split(r"\s*[,–]\s*|\s+-\s+|\s+et\s+", text) if part.strip()]
    return sum(bool(_PERSON.match(part)) for part in parts) >= 3
_HEADER_OBJET = re.compile(
    # « Compte readu conseil municipal du … »: OCR's « rendu »
    r"^(?:proces[- ]verba[li]|absents?\b|excuses?\b|pouvoirs?\s*:|procurations?\s*:|compte[- ]r\w{3,4}\b|republique"
    # « Nombte de membres » (Flaux's scan, OCR): the frame's count whatever the OCR made of « nombre »
    r"|nom\w{2,4} de (?:me\w{3,6}|conseillers)\s*$|nom\w{2,4} de (?:membres|conseillers)|en exercice|seance du"
    r"|conseil municipal du|departement|arrondissement|canton|commune de|mairie de|pour extrait|page \d"
    # the frame of Flaux's scans, as printed or OCR'd: « PV conseil municipal du 09 juin 2023 », « Note de synthèse
    # conseil municipal du 31 mars 2023 », « FRÉPOBLIQUE FRANCAISE »
    r"|(?:pv|cr|note de synthese) (?:du )?conseil municipal du|\w{1,3}p\w?blique fran\w{3,5}$"
    r"|\d+ (?:conseillers|membres)\b)")  # « 26 Conseillers Municipaux étaient présents ou représentés … »


def split_number(objet: str | None) -> tuple[str | None, str | None]:
    """« 2013.02.04 - 2 DOTATION … » → ("2013.02.04 - 2", "DOTATION …"): the number printed at the
    head of an objet is the act's number, not part of its objet."""
    if not objet:
        return None, objet
    m = _NUMBER_IN_OBJET.match(objet.strip())
    if m and looks_like_title(m.group("rest")):
        return " ".join(m.group("num").split()), m.group("rest").strip(" -–—:")
    number = heading_number(objet)
    heading = _HEADING_NUMBER.match(objet.strip())
    if number and heading:
        rest = objet.strip()[heading.end() :].strip(" -–—:")
        if looks_like_title(rest):
            return number, rest
    return None, objet


# « 24-12/124\_ — Rapport d’Observations … » (Corte's OCR saved as Markdown): an underscore the OCR read after the
# number, escaped; a stray mark, not part of the heading (blanked, offsets unchanged)
_MARKDOWN_UNDERSCORE = re.compile(r"\\_(?!\w)")


# a register number opening its heading line (« 2018.02.26-7 SUBVENTION … », Avranches): the séance's date, a rank
_REGISTER_PREFIX = re.compile(r"^[ \t]*((?:19|20)\d{2})(\.\d{2}\.\d{2})[ \t]*[-–][ \t]*\d", re.MULTILINE)
_OCR_RANK = {"I": "1", "l": "1", "s": "5", "S": "5"}


def _repair_register_numbers(text: str) -> str:
    """Register numbers whose year or rank the OCR damaged, read from the séance's own numbering (at least three
    headings « 2018.02.26-N … »): « 2(»I8.02.26-9 CREATION … », « 20'l8.06.26-19 … », « 2016.02.26-2 … » in the
    minutes of 2018 take the year the others print; « 2018.02.26-I ADOPTION … », « 2016.07.04 - s PARTICIPATION … »
    the rank « 1 », « 5 ». Same length (a longer garbled year is padded with spaces ahead): offsets unchanged."""
    prefixes = Counter(m.group(1) + m.group(2) for m in _REGISTER_PREFIX.finditer(text))
    if not prefixes:
        return text
    prefix, count = prefixes.most_common(1)[0]
    if count < 3:
        return text
    year, month_day = prefix[:4], prefix[4:]

    def repair(m: re.Match[str]) -> str:
        printed, rank = m.group("year"), m.group("rank")
        if printed != year and (len(printed) < 4 or sum(ch.isdigit() for ch in printed) < 2):
            return m.group(0)
        fixed_year = year.rjust(len(printed)) if printed != year else printed
        return (m.group("lead") + fixed_year + m.group("mid") + _OCR_RANK.get(rank, rank) + m.group("tail"))

    pattern = re.compile(r"^(?P<lead>[ \t]*)(?P<year>[12]\S{2,4}?)(?P<mid>" + re.escape(month_day)
                         + r"[ \t]*[-–][ \t]*)(?P<rank>\d{1,2}|[IlsS])(?P<tail>[ \t]+[A-ZÉÈÀÂÊÎÔ])", re.MULTILINE)
    text = pattern.sub(repair, text)

    # « 2017.12.18-"17 REVISION … », « 20l7.l2.l8'l8 ADHESION … »: the OCR read a 1 as « l » or « I », a 0 as « O »
    # and the dash as a quote or put one after it; the séance's own prefix and the rank are written back
    def misread(digits: str) -> str:
        return "".join(r"[" + ch + ("lI" if ch == "1" else "Oo" if ch == "0" else "") + "]" if ch.isdigit()
                       else re.escape(ch) for ch in digits)

    def rewrite(m: re.Match[str]) -> str:
        dash = re.sub(r"[\"'’]", " ", m.group("sep"))
        if not re.search(r"[-–]", dash):
            dash = "-" + dash[1:]
        rank = "".join(_OCR_RANK.get(ch, "0" if ch in "Oo" else ch) for ch in m.group("rank"))
        return m.group("lead") + prefix + dash + rank + m.group("tail")

    garbled = re.compile(r"^(?P<lead>[ \t]*)" + misread(year) + misread(month_day)
                         + r"(?P<sep>[ \t]*(?:[-–][ \t]*[\"'’]|[\"'’])[ \t]*)"
                         + r"(?P<rank>[1-9lI][\dlIOo]?)(?P<tail>[ \t]+[A-ZÉÈÀÂÊÎÔ])", re.MULTILINE)
    return garbled.sub(rewrite, text)


# « Après en avoir délibéré », « Après avoir délibéré », « Après avoir en avoir délibéré » (sic)
_DECIDED = re.compile(r"apr[èeé]s\s+(?:\w+\s+){0,2}avoir\s+d[ée]lib[ée]r[ée]", re.IGNORECASE)


def _lost_headings(text: str, starts: list[int], page_starts: list[int]) -> dict[int, tuple[str, str]]:
    """A register number the closing list names (« 2020-09-04 PRESBYTERE DE CHENEDOUIT – MISE EN VENTE ») that no
    heading of the body prints, between its two neighbours (« 2020-09-03 », « 2020-09-05 »): its heading was lost
    with the page the OCR could not read (the bottom of a page under an annexed map). Where the act before it holds
    two decisions (« Après en avoir délibéré »), the second after a page break, the lost act begins at the last page
    break before that second decision, or at the blank page above it (the unread one); its number and objet are the
    list's. Offset → (number, objet)."""
    listing = closing_heading(text)
    if listing is None:
        return {}
    numbered = [(pos, found) for pos in starts if pos < listing and (found := _line_register_number(text, pos))]
    lost: dict[int, tuple[str, str]] = {}
    for (begin, (prefix, rank)), (end, (next_prefix, next_rank)) in zip(numbered, numbered[1:], strict=False):
        if prefix != next_prefix or int(next_rank) - int(rank) != 2:
            continue
        missing = str(int(rank) + 1).zfill(len(rank))
        printed = list(re.finditer(r"^[ \t]*" + re.escape(prefix) + missing + r"(?!\d)[ \t]+(?P<title>\S[^\n]{5,})$",
                                   text, re.MULTILINE))
        if len(printed) != 1 or printed[0].start() < listing:
            continue  # printed in the body (another rule's case), or not named by the list
        decisions = [m.start() for m in _DECIDED.finditer(text, begin, end)]
        pages = [page for page in page_starts if len(decisions) == 2 and decisions[0] < page <= decisions[1]]
        if pages:  # the blank page just above, where the OCR read nothing, is the one that held the heading
            first = pages[-2] if len(pages) >= 2 and not text[pages[-2] : pages[-1]].strip() else pages[-1]
            lost[first] = (prefix + missing, printed[0].group("title").strip())
    return lost


_LISTED_RANK = re.compile(r"^[ \t]*(?P<n>\d{1,2})[ \t]*[.)][ \t]*(?P<title>[A-ZÉÈÀÂÊÎÔ][^\n]{9,})$", re.MULTILINE)
_RANK_KEY = 20  # characters of a title (folded) that tell an item of the closing list from another


def _undotted_ranks(text: str, sequence: list[int]) -> dict[int, str]:
    """An item the closing list ranks (« 18. TABLEAU DES EMPLOIS ET EFFECTIFS … ») that no numbered heading of the
    body prints, printed in the body with its rank but no dot (« 18 TABLEAU DES EMPLOIS ET EFFECTIFS … », Putanges;
    the run of numbered headings then went on with « 18. QUESTIONS DIVERSES »): its heading, once only. Offset →
    its title."""
    listing = closing_heading(text)
    if listing is None or not sequence:
        return {}
    heads = [SEQUENCE_ITEM.match(text, pos) for pos in sequence]
    headed = {fold(head.group("title"))[:_RANK_KEY] for head in heads if head}
    found: dict[int, str] = {}
    for item in _LISTED_RANK.finditer(text, listing):
        key = fold(item.group("title"))[:_RANK_KEY]
        if key in headed:
            continue
        printed = [m for m in re.finditer(r"^[ \t]*" + item.group("n") + r"[ \t]+(?P<title>[A-ZÉÈÀÂÊÎÔ][^\n]{9,})$",
                                          text[:listing], re.MULTILINE)
                   if fold(m.group("title"))[:_RANK_KEY] == key and sequence[0] < m.start()]
        if len(printed) == 1:
            found[printed[0].start()] = printed[0].group("title").strip()
    return found


_CAPITAL_LINE = re.compile(r"^[ \t]*(?P<title>[A-ZÉÈÀÂÊÎÔ][^\n]{11,})$", re.MULTILINE)


def _listed_capital_headings(text: str, starts: list[int]) -> dict[int, str]:
    """Title lines in capitals of the body (« INDEMNITES AUX ADJOINTS DES COMMUNES DELEGUEES ») that the closing list
    names (« 2. Indemnités aux Adjoints des communes déléguées. »), where the body's numbered headings are another
    list (Putanges, 5 janvier 2016: the election's « 1. Présidence de l'Assemblée », « 2. Constitution du bureau » …):
    the deliberations' headings. Only where every item of the list is printed so, two at least new. Offset → title."""
    listing = closing_heading(text)
    titles = closing_list(text)
    if listing is None or len(titles) < 2:
        return {}
    lines = [m for m in _CAPITAL_LINE.finditer(text, 0, listing)
             if _upper_line(m.group("title")) and named_in_list(m.group("title"), titles)]
    if not all(any(named_in_list(m.group("title"), [title]) for m in lines) for title in titles):
        return {}  # every item the list names has its heading in the body
    found = {m.start(): (wrapped_title(m.group("title"), text[m.end() + 1 :]) or m.group("title")).strip()
             for m in lines if all(abs(m.start() - pos) > _SAME_HEADER for pos in starts)}
    return found if len(found) >= 2 else {}


def _line_register_number(text: str, pos: int) -> tuple[str, str] | None:
    """(prefix, rank) of a dated register number opening the line at ``pos`` (« 2020-09-03 » → « 2020-09- », « 03 »)."""
    m = re.match(r"[ \t]*((?:19|20)\d{2}[-.]\d{2}[-.])(\d{2})(?!\d)", text[pos : pos + 40])
    return (m.group(1), m.group(2)) if m else None


# « VENTEDESCHALETSALAVILLEDEMORTAIN-BOCAGE » (Avranches' OCR of 2016-2018 glued the words of its capital titles)
_GLUED = re.compile(r"[A-ZÉÈÀÂÊÎÔÛÇ]{16,}|(?<!\S)[A-ZÉÈÀÂÊÎÔÛÇ'’-]{24,}(?!\S)")
_SHORT_WORDS = frozenset({"a", "l", "d", "au", "aux", "de", "des", "du", "la", "le", "les", "et", "en", "un", "une",
                          "sur", "par", "pour"})
_MAX_WORD = 25


def _document_words(text: str) -> frozenset[str]:
    """The words the document prints in lower case (its body): the vocabulary its glued titles are made of."""
    return frozenset(fold(word) for word in re.findall(r"\b[^\W\d_]*[a-zéèêëàâîïôûùç][^\W\d_]*\b", text)
                     if len(word) >= 2) | _SHORT_WORDS


def _split_words(run: str, vocabulary: frozenset[str], elided: bool) -> list[str] | None:
    """``run`` (letters only) cut into words of ``vocabulary``, longer words first (the cut whose word lengths have
    the largest sum of squares: « CHALETS A », not « CHALET SA »); None if it cannot be cut so. « L », « D » only
    end a run an apostrophe follows (``elided``: « …SPORTIVED'AVRANCHES »); « A » never opens one."""
    folded = fold(run)
    if len(folded) != len(run):
        return None
    best: list[tuple[int, list[int]] | None] = [(0, [])] + [None] * len(folded)  # best[i]: score, cuts of [:i]
    for end in range(1, len(folded) + 1):
        for start in range(max(0, end - _MAX_WORD), end):
            before = best[start]
            word = folded[start:end]
            if before is None or word not in vocabulary:
                continue
            if (word in ("l", "d") and not (elided and end == len(folded))) or (word == "a" and start == 0):
                continue
            score = before[0] + (end - start) ** 2
            current = best[end]
            if current is None or score > current[0]:
                best[end] = (score, [*before[1], end])
    found = best[-1]
    if found is None:
        return None
    return [run[a:b] for a, b in zip([0, *found[1]], found[1], strict=False)]


def unglued(objet: str | None, vocabulary: frozenset[str]) -> str | None:
    """An objet whose capital words the OCR glued together (« UTILISATIONDESCREDITSAFFECTESAUXDEPENSESIMPREVUES »)
    with its spaces put back, each run cut into the fewest words the document itself prints; a run that cannot be
    cut so stays as printed."""
    if not objet or not _GLUED.search(objet):
        return objet

    def cut(m: re.Match[str]) -> str:
        words = _split_words(m.group(0), vocabulary, objet[m.end() : m.end() + 1] in ("'", "’"))
        return " ".join(words) if words and len(words) > 1 else m.group(0)

    # letters between apostrophes, dashes and digits: « SUBVENTIONAL'UNION-SPORTIVED'AVRANCHES »
    spaced = re.sub(r"[A-ZÉÈÀÂÊÎÔÛÇ]{6,}", cut, objet)
    spaced = re.sub(r"(?<=[A-Z])(?=\d{4}\b)|(?<=\d)(?=[A-Z]{2})", " ", spaced)  # « FISCALITE2018 », « 2016-BUDGET »
    return " ".join(spaced.split())


# The national form « PROCÈS-VERBAL DE L'ÉLECTION DU MAIRE ET DES ADJOINTS » (filled in by hand, scanned): its
# markers, as OCR reads them (« Résultats du oremier tour de scrutin », « Proçlamation »)
_FORM_MARKERS = ("feuille de proclamation", "constitution du bureau", "tour de scrutin", "election du maire et des adj")
_FORM_MAIRE = re.compile(r"^[ \t]*2[ \t]*[.,][ \t]*[ÉEé]\w{1,2}ection[ \t]+du[ \t]+maire[ \t]*$",
                         re.IGNORECASE | re.MULTILINE)
_FORM_ADJOINTS = re.compile(r"^[ \t]*3[ \t]*[.,][ \t]*[ÉEé]\w{1,2}ection[ \t]+des[ \t]+ad\w{1,2}oints[ \t]*$",
                            re.IGNORECASE | re.MULTILINE)
_FORM_LISTS = re.compile(r"^[ \t]*3[ \t]*[.,][ \t]*2[ \t]*[.,][ \t]*listes?\b", re.IGNORECASE | re.MULTILINE)


def election_form_sections(text: str) -> dict[int, str]:
    """Where the national form of the election of the maire and the adjoints puts the council's three acts, each
    with the title the form prints: « 2. Élection du maire »; « 3. Élection des adjoints » opening « 3.1 Nombre
    d'adjoints » (the council fixes their number), then « 3.2 Listes de candidats … » up to the proclamation (the
    election of the adjoints). Empty unless the form is recognised: two of its markers and all three headings."""
    folded = fold(text)
    if sum(marker in folded for marker in _FORM_MARKERS) < 2:
        return {}
    maire, adjoints, lists = _FORM_MAIRE.search(text), _FORM_ADJOINTS.search(text), _FORM_LISTS.search(text)
    if not (maire and adjoints and lists and maire.start() < adjoints.start() < lists.start()):
        return {}
    return {maire.start(): "Élection du maire", adjoints.start(): "Nombre d’adjoints",
            lists.start(): "Élection des adjoints"}


def analyse(pages: list[PageText], filename: str) -> DocumentAnalysis:
    layout = _Layout(pages)
    # the text the rules read: stamps, running headers/footers and bare page numbers blanked out,
    # every offset unchanged (the page map and the stored page slices stay those of the real text)
    unstamped = blank_stamps(layout.text)
    text = _PAGE_NUMBER_LINE.sub(lambda m: " " * len(m.group(0)), _blank_running(unstamped, _running_lines(pages)))
    text = _repair_register_numbers(_MARKDOWN_UNDERSCORE.sub("  ", text))
    head = unstamped[:6000]
    doc_type = find_doc_type(filename, head)
    seance = find_seance_date(head, filename)
    stamps = find_stamps(layout.text, seance)
    collectivite = find_deliberating_body(head, unstamped) or name_from_filename(filename, unstamped)
    date_iso = seance.isoformat() if seance else None
    document_pref = document_stamp(stamps)

    if doc_type in NON_ACT_DOC_TYPES:  # names acts, is not one: one record for the document itself
        record = ActDraft(layout.page_at(0), layout.page_at(len(text)), layout.text.strip(),
                          objet=_summary_title(text) or _first_title_line(text, set()), date=date_iso,
                          collectivite=collectivite, page_slices=layout.slices(0, len(layout.text)))
        listed = read_listed(text) if doc_type == "liste" else []
        return DocumentAnalysis(doc_type, collectivite, date_iso, [record], listed)

    starts = _explicit_starts(text)
    gap_headings = missing_ranks(text, starts)  # « 24-03/032 —- … » between 031 and 033: found by its number
    lost = _lost_headings(text, sorted({*starts, *gap_headings}), layout.starts)
    starts = sorted({*starts, *gap_headings, *lost})
    by_vote = False
    # numbered items (« 4. Création d'une autorisation de programme ») cut too, where no explicit
    # header stands on the same lines: minutes list the bureau's decisions with numbers, then
    # number the council's own items 1., 2., 3.
    sequence = _sequence_starts(text, pair=len(starts) <= 1)
    registered = _numbered_title_starts(text)
    if sequence and _inside_one_registered(sequence, registered):  # one numbered act's ranked points
        sequence = []
    if len(sequence) >= 3:  # « 1/ Présentation du marché », « 2/ … » inside one item of the séance: its sections
        sections = _sections_of_items(text, starts, sequence)
        starts = [p for p in starts if p not in sections]
    sequence_first = _voted_sub_items_first(text, starts, sequence)
    sequence = [p for p in sequence if p != sequence_first]
    if sequence:
        starts = sorted([*starts, *(p for p in sequence if not _same_heading(p, starts, sequence))])
    lettered, lettered_firsts = _lettered_starts(text, starts) if starts else ([], [])
    # « 2016.09.26 - 3 EXAMEN DES DEMANDES DE SUBVENTIONS ⏎ A. SUBVENTION … ⏎ B. … », then « 2016.09.26 - 4 »: the
    # register numbers each act, so lettered sub-points voted one by one are its parts (Avranches), not acts
    lettered = [p for p in lettered if not within_one_number(text, p, starts)]
    parts_first = [p for p in lettered_firsts if within_one_number(text, p, starts)]  # « A. » right under the heading
    lettered_firsts = [p for p in lettered_firsts if p not in parts_first]
    if lettered:
        starts = sorted([*starts, *(p for p in lettered if all(abs(p - q) > _SAME_HEADER for q in starts))])
    sub_points = _sub_point_starts(text, sequence) if sequence else {}
    prefixed, prefixed_firsts = _prefixed_sub_points(text, sequence) if sequence else ({}, {})
    sub_points.update({pos: title for pos, title in prefixed.items() if pos not in sub_points})
    numbered_points, rubrics = _sub_numbered_points(text, sequence) if sequence else ({}, set())
    sub_points.update({pos: title for pos, title in _undotted_ranks(text, sequence).items() if pos not in sub_points})
    listed_capitals = _listed_capital_headings(text, sorted({*starts, *sub_points}))
    sub_points.update({pos: title for pos, title in listed_capitals.items() if pos not in sub_points})
    tallied, tallied_rubrics = _tallied_lines(text, sequence) if sequence else ({}, set())
    numbered_points.update({pos: title for pos, title in tallied.items() if pos not in numbered_points})
    rubrics |= tallied_rubrics
    sub_points.update({pos: title for pos, title in numbered_points.items() if pos not in sub_points})
    if sub_points:
        starts = sorted({*starts, *sub_points})
    announced: dict[int, str] = {}
    if len(starts) <= 1 and doc_type == "proces-verbal":
        announced = announced_starts(text)  # the agenda's items printed again as headings: cut there
        vote_starts = [] if announced else _vote_starts(text)
        if announced:
            starts = sorted(announced)
        elif len(vote_starts) >= 2:
            starts, by_vote = vote_starts, True
    election = election_form_sections(text)  # the national form of the maire's and adjoints' election: 3 acts
    if election:
        starts, by_vote = sorted(election), False
    headers = starts or [0]
    boundaries = [0, *headers[1:], len(text)]
    boilerplate = _repeated_lines(pages) if by_vote else set()
    single = len(headers) == 1

    pieces: list[ActDraft] = []
    recueil = doc_type == "deliberation" and len(_EXTRACT_HEADER.findall(fold(text))) >= _RECUEIL_EXTRACTS
    claimed = _extract_headers(text, headers) if recueil else {}
    if set(claimed) - set(headers):
        headers = sorted({*headers, *claimed})
        boundaries = [0, *headers[1:], len(text)]
        single = len(headers) == 1
    agenda = agenda_items(text)
    previous_header = 0
    in_information = False  # below an « Informations diverses » heading, until an item is voted
    decision_rows: str | None = None  # the number shape of the rows of the maire's decisions table, while it lasts
    for begin, header, end in zip(boundaries, headers, boundaries[1:], strict=False):
        if not text[begin:end].strip():
            continue
        own = text[header:end].strip()
        in_information = in_information or bool(_INFORMATION_HEADING.search(text[previous_header:header]))
        objet = clean_objet(find_objet(own))
        if (short := NUMBERED_TITLE.match(own)) and header in registered and not looks_like_title(
                short.group("title")) and _short_title(short.group("title")):
            # « 2015.12.14 - 3 DETR 2016 »: the short capital title is the objet
            objet = clean_objet(re.sub(r"^objet\s*[:.–-]\s*", "", short.group("title").strip(), flags=re.IGNORECASE))
        if number_lettered := _NUMBER_LETTERED.match(own):  # « 20/A DENOMINATION … »: the letter is no word
            objet = clean_objet(wrapped_title(number_lettered.group("title"), own[number_lettered.end() + 1 :]))
        lone = LONE_NUMBERED.match(own)
        lone_title = _lone_numbered_title(own, lone) if lone else None
        if lone and lone_title:  # « 2014.06.02 - 12 ⏎ ⏎ INDEMNITE DE CONSEIL AU TRESORIER »
            objet = clean_objet(lone_title)
            if (bis := re.match(r"(BIS|TER)\s+", lone_title)) and objet:  # « 2017.07.04 – 1 ⏎ BIS ⏎ DESIGNATION … »
                objet = clean_objet(lone_title[bis.end() :])
        if header in sequence and (rank := _RANK_HEADING.match(own)) and (
                not looks_like_title(rank.group("title")) or not SEQUENCE_ITEM.match(own)):
            # « 6. VENTE D’HERBE 2016 », the rank found in its run's gap: its title, however short
            objet = clean_objet(wrapped_title(rank.group("title"), own[rank.end() + 1 :])) or objet
        if (header in sequence and (rank := _RANK_HEADING.match(own)) and len(rank.group("title").split()) == 1
                and (sub := _RUBRIC_SUBTITLE.match(own, rank.end() + 1))
                and looks_like_heading(sub.group("title")) and clean_objet(sub.group("title"))):
            # « 3) Urbanisme ⏎ Convention financière avec le SyME 05 : ⏎ Monsieur le Maire expose … »
            # (Saint-Apollinaire): the rubric's one word, then the title of what is voted under it
            objet = clean_objet(sub.group("title"))
        if header in sub_points:  # « − Vote des subventions aux associations », a sub-point the agenda announces
            objet = clean_objet(sub_points[header]) or objet
        if header in prefixed_firsts:  # « 4. Noël 2016 - Prime … et attribution … ⏎ Noël 2016 - Prime aux agents »
            objet = clean_objet(prefixed_firsts[header]) or objet
        if header in announced:  # the agenda's words for the item the body prints again as its heading
            objet = clean_objet(announced[header]) or objet
        if question := QUESTION_HEADING.match(own):  # « QUESTION No 3 ⏎ VOTE DES TAUX DE FISCALITE ⏎ Rapporteur … »
            title, _, following = own[question.end() :].lstrip(" \t\n").partition("\n")
            objet = clean_objet(wrapped_title(title, following)) or objet
        # the section's heading cut where its first lettered sub-item's vote begins: the sub-item names the act
        # (« QUESTION No 10 ⏎ MOUVEMENTS DE PERSONNEL ⏎ Rapporteur : … ⏎ A) EMPLOI SAISONNIER - … »), as its
        # siblings B), C) name theirs
        part = next((p for p in parts_first if header < p < min(end, header + _SAME_HEADER)), None)
        if part is not None and objet and (sub_title := _lettered_title(text, part)) and (
                cut := objet.find(sub_title.strip()[:20])) > 0:
            # the heading's title ends where its first lettered part begins (« … DEMANDES DE SUBVENTIONS A. … »)
            objet = clean_objet(re.sub(r"\s*\b[A-Ha-h][.)]\s*$", "", objet[:cut])) or objet
        first_letter = next((p for p in lettered_firsts if header <= p < min(end, header + 1500)), None)
        if first_letter is not None and (sub_item := _LETTERED.match(text, first_letter)):
            objet = clean_objet(wrapped_title(sub_item.group("title"), text[sub_item.end() + 1 :])) or objet
        if sequence_first is not None and header < sequence_first < end and (
                sub_item := SEQUENCE_ITEM.match(text, sequence_first)):  # « QUESTION No 2 … ⏎ 1 - Affectation … »
            objet = clean_objet(wrapped_title(sub_item.group("title"), text[sub_item.end() + 1 :])) or objet
        if objet is None and (report := _REPORT_HEADING.match(own)):
            # « SUPERETTE – CONTROLE TECHNIQUE ET COORDINATION S.P.S. : ⏎ Monsieur X donne lecture du rapport suivant »
            # (Clairoix): the heading the rapporteur's line follows is the objet
            objet = clean_objet(report.group("title"))
        if objet is None and (lettered_title := _LETTERED.match(own)):  # « b. REMPLACEMENT DE … »
            objet = clean_objet(wrapped_title(lettered_title.group("title"), own[lettered_title.end() + 1 :]))
        if (objet is None and not single) or (by_vote and objet is not None and fold(objet) in boilerplate):
            # a piece of minutes cut at its heading: the heading is its objet (a lone note keeps none); cut
            # at a vote, the agenda item it prints is surer than its first line (« C-R du Conseil municipal »)
            objet = (by_vote and agenda_heading(own, agenda)) or clean_objet(_first_title_line(own, boilerplate))
        if objet is None and not single:  # no heading found: the agenda item the piece prints
            objet = agenda_heading(own, agenda)
        if objet is None:  # « 23-03/011 — Adoption du Compte … : » among the heading's first lines, wrapped
            own_lines = own.split("\n")
            for k in [k for k, line in enumerate(own_lines) if line.strip()][:3]:
                if heading_number(own_lines[k].strip()):
                    rest = split_number(own_lines[k].strip())[1]
                    if rest and own_lines[k].rstrip().endswith(":"):
                        rest += " :"  # « … Lentilly : ⏎ reversement de subvention … »: its second half follows
                    objet = clean_objet(wrapped_title(rest, "\n".join(own_lines[k + 1 : k + 8])) if rest else rest)
                    break
        titled = NUMBERED_TITLE.match(own)
        header_number = (titled if titled and (looks_like_title(titled.group("title"))
                                               or header in registered and _short_title(titled.group("title")))
                         else _HEADER_NUMBER.match(own))
        number = ((" ".join(lone.group("num").split()) + (" BIS" if lone_title.startswith("BIS ") else "")
                   + (" TER" if lone_title.startswith("TER ") else "") if lone and lone_title else None)
                  or heading_number(own, text[max(begin, header - 300) : header])
                  or _lone_number(text[previous_header:header])
                  or (" ".join(header_number.group(1).split()) if header_number
                      else find_act_number(own, 2500 if single else 400)))
        if header in announced:  # the heading prints no number: one its text cites (« Retrait de la délibération
            number = heading_number(own)  # n° 2020-17 ») is another act's
        printed, objet = split_number(objet)
        number = number or printed
        if header in lost:  # « 2020-09-04 PRESBYTERE DE CHENEDOUIT – MISE EN VENTE » as the closing list prints it
            number, objet = lost[header][0], clean_objet(lost[header][1])
        if header in gap_headings:  # its number and title as the line prints them, which the rules above misread
            number, title = gap_headings[header]
            objet = clean_objet(wrapped_title(title, own.partition("\n")[2])) or objet
        piece = ActDraft(layout.page_at(begin), layout.page_at(max(begin, end - 3)), text[begin:end].strip(),
                         act_number=number, objet=objet, date=date_iso, collectivite=collectivite)
        piece.span = (begin, header, end)
        if claimed.get(header):
            piece.act_number = claimed[header]  # « #25. 04-033 » over a budget form
            form = _FORM_TITLE.search(own[:1500])
            if form and not piece.objet:  # « … DU Conseil Municipal AFFECTATION DU RESULTAT … »
                rest = own[form.end() :].lstrip(" \t")
                title, _, following = rest.lstrip("\n").partition("\n")
                piece.objet = clean_objet(wrapped_title(title, following))
        previous_header = header + 1
        if header in election:  # a section of the election form: its title as the form prints it, no number
            piece.objet, piece.act_number = election[header], None
        if single or len(headers) == 1 or header in election:
            pieces.append(piece)
            continue
        if recueil and header not in claimed:
            piece.kind = "non-act"  # a recueil's act opens with its extract's heading: this is a table inside one
        elif recueil and _earlier_seance(text[max(0, header - _ROLL_CALL) : header], seance):
            piece.kind = "non-act"  # an earlier year's deliberation annexed to the act above (« SEANCE DU 22 décembre
            # 2010 » under 25-07/059 that amends it): the act above's, not one of this séance
        elif is_decision(number, objet, text[max(0, header - 400) : header]) or (
                number and under_delegation_heading(text[max(0, header - 400) : header])):
            # « III. DECISIONS PRISES EN VERTU DES POUVOIRS DELEGUES ⏎ DL-055-07-13 - Signature du marché … »
            # (L'Arbresle): numbered like the séance's acts, the item right under that heading is the maire's decision
            piece.kind = DocType.DECISION
        elif number and (opens_decision_table(text[max(0, header - 400) : header])
                         or decision_rows == _shape(number)):
            # « 2013/0401 De conclure … », the first row under « Lecture des décisions prises … L 2122-22 », and the
            # rows numbered like it below: the maire's decisions, reported to the council (Montpellier's PVs)
            piece.kind = DocType.DECISION
            decision_rows = _shape(number)
        elif non_act_reason(objet, own, bool(number)) or (
                by_vote and not number and (
                    _AGENDA_VOTE.search(fold(own[-600:]))
                    or (objet is None or not pieces) and _OPENING_VOTE.search(fold(own[-400:])))):
            # the first piece cut at a vote, that vote the opening's (« Le compte-rendu du Conseil Municipal du 14
            # novembre 2018 est approuvé à l'unanimité »), is the opening whatever line names it (« (SESSION
            # ORDINAIRE) », Illats)
            piece.kind = "non-act"
        elif by_vote and pieces and objet is None and number is None and _TABLE_ROW.match(own) and _TABLE_ROW.search(
                text, pieces[-1].span[1], pieces[-1].span[2]):
            # minutes cut at their votes, a piece with no heading that opens on a row of amounts like the rows above
            # it: the next line of a table the item above votes line by line (« Subventions Associations ⏎ La fiesta
            # demande : 1000 € ⏎ Vote : 9 pour ⏎ Chavamieux : 1000 € ⏎ Vote : 6 pour, 1 abstention, 2 contre »,
            # Flaux), not an item of its own
            piece.kind = "non-act"
        elif by_vote and pieces and _ARTICLES_OPENING.match(own):
            # minutes cut at their votes, a piece that opens on the decision's first article (« Article 1er : Identifie
            # les zones … », Flaux): the decision of the item above, cut at its « après en avoir délibéré à
            # l'unanimité » where the OCR'd columns put its « Vote : » line too far below
            piece.kind = "non-act"
        elif in_information and not is_voted_item(own):
            piece.kind = "non-act"  # « 5/ Recrutement … » told to the council, not voted
        elif not by_vote and not any(p.kind is None for p in pieces) and objet is None and number is None:
            piece.kind = "non-act"  # the opening before the first act: roll call, secrétaire, last minutes
        if (piece.kind is None and number and not is_voted(own)
                and any(p.kind is None and p.act_number == number for p in pieces)):
            # an act's number again, with no vote: the closing list's line (Putanges: a list title wrapped over three
            # lines has too many letters for the « line without text » rule)
            piece.kind = "non-act"
        if piece.kind is None and is_voted_item(own):
            in_information = False
        if piece.kind is None:
            decision_rows = None  # an act of the séance ends the table
        pieces.append(piece)

    # « il est procédé à l’installation de Mme X » is recorded as a deliberation without a vote (Pierrefonds'
    # répertoire numbers it 2024_09): an installation counts as voted here
    voted = [is_voted(text[p.span[1] : p.span[2]]) or bool(_INSTALLATION.search(text[p.span[1] : p.span[2]]))
             for p in pieces]
    recap = closing_list(text)  # an item the minutes' own closing list names was deliberated
    if len(pieces) >= 3 and sum(voted) >= 2 * len(pieces) // 3:
        for piece, was_voted in zip(pieces, voted, strict=True):
            if (piece.kind is None and piece.act_number is None and not was_voted and piece.span[1] not in election
                    and not named_in_list(piece.objet, recap) and not _BUDGET_TITLE.match(fold(piece.objet or ""))):
                # minutes whose items are voted: an item nobody voted on was only told; not the budget, which the
                # council adopts by law (« BUDGET PRIMITIF 2006 : ⏎ Madame X donne lecture du rapport suivant : ⏎
                # [its tables] », Clairoix: the minutes print no vote under its tables)
                piece.kind = "non-act"
    for piece in pieces:
        if piece.span[1] in rubrics:  # « 4. ELECTION DU 1ER ADJOINT » over its « 4-1 », « 4-2 »: a rubric
            piece.kind = "non-act"
    only_listed(pieces, recap)
    if listed_capitals:
        # the closing list's items found as the body's capital headings, every one of them: a piece it does not name
        # (the election's « 1. Présidence de l'Assemblée », « 4. Proclamation de l'élection du Maire ») is no
        # deliberation, however few the list names
        for piece in pieces:
            if piece.kind is None and piece.act_number is None and not named_in_list(piece.objet, recap):
                piece.kind = "non-act"
    drop_not_deliberated(pieces, text)
    if (listing := list_start(text)) is not None:  # « 19. QUESTIONS DIVERSES a) SOUTIEN … »: the list's own line
        for piece, was_voted in zip(pieces, voted, strict=True):
            if piece.kind is None and piece.span[1] > listing and not was_voted:
                piece.kind = "non-act"
    mark_agenda_repeats(pieces, frozenset(sub_points))
    acts = split_joint_headings(_merge_non_acts(pieces), text)
    if recueil:
        _recueil_numbers(acts, text)
    for act in acts:  # an objet cut short (a stamp over the scan's margin) is read in full on the agenda
        act.objet = completed_from_agenda(act.objet, agenda)
    if any(act.objet and _GLUED.search(act.objet) for act in acts):
        vocabulary = _document_words(text)
        for act in acts:
            act.objet = unglued(act.objet, vocabulary)
    if len(acts) == 1 and acts[0].objet is None:  # one item: the agenda names it
        acts[0].objet = sole_agenda_item(text)
    if len(acts) == 1 and acts[0].objet is None:
        acts[0].act_number, acts[0].objet = numbered_heading(text) or (acts[0].act_number, None)
    if len(acts) == 1 and acts[0].objet is None:
        acts[0].objet = title_below_roll_call(text)
    elif len(acts) == 1 and acts[0].act_number is None and (heading := numbered_heading(text)):
        # one act whose heading prints its number (« 20-11/092 : Bilan, dégâts … »): the objet is that
        # heading's, not a line of the roll call above it
        acts[0].act_number, acts[0].objet = heading
    for act in acts:
        begin, header, end = act.span
        own = text[header:end]
        # the first act of several reads its own text, not the opening before it (« mode de vote à main levée …
        # Vote : Pour à l’unanimité », the last minutes' approval); a lone act may print its vote anywhere
        read = own if act is not acts[0] or len(acts) > 1 else text[begin:end]
        votes, adopted = find_votes(read)
        act.votes, act.vote_check = checked(votes, read)
        act.adopted = adopted
        act.matter = classify(act.objet, act.text)
        act.page_start, act.page_end = layout.page_at(begin), max(layout.page_at(begin),
                                                                  layout.page_at(max(begin, end - 3)))
        act.page_slices = layout.slices(begin, end)
        act.text = layout.text[begin:end].strip()
        pref = stamp_for_span(stamps, begin, end, document_pref, act.act_number)
        if pref is not None:
            act.pref_date, act.actes_id, act.siren = pref.pref_date, pref.actes_id, pref.siren
    for act, debated_with in zip(acts, acts[1:], strict=False):
        if act.joint:  # « … délibérer sur ces deux points » : the vote printed once is both acts' vote
            act.votes, act.vote_check, act.adopted = debated_with.votes, debated_with.vote_check, debated_with.adopted
    if not acts:
        acts = [ActDraft(pages[0].number if pages else 1, pages[-1].number if pages else 1, "", page_slices=[])]
    deliberations = [a for a in acts if a.kind != DocType.DECISION]
    if len(deliberations) > 2 and doc_type in ("deliberation", "autre") and not recueil:
        # many acts under one heading: minutes (also where neither the file's name, « cpte-rendu-registre.pdf », nor
        # its first lines, the séance and its roll call, say what it is); a recueil repeats each extract's heading
        doc_type = "proces-verbal"
    return DocumentAnalysis(doc_type, collectivite, date_iso, acts)


# the heading of each extract of a recueil (« COMMUNE DE CORTE / DELIBERATION DU CONSEIL MUNICIPAL »), folded
_EXTRACT_HEADER = re.compile(r"^\W*(?:deliberation du conseil municipal|extrait du registre des deliberations)\b",
                             re.MULTILINE)
_RECUEIL_EXTRACTS = 3
# the lines that open each extract of a recueil, one of which survives even a poor OCR (« cA. INE DE CORTE »
# above « DELIBERATION DU CONSEIL MUNICIPAL », « SEANCE DU 18 MARS 2025 », « DATE DE CONVOCATION : … »; the
# budget forms: « EXTRAIT DU REGISTRE DES DELIBERATIONS DU Conseil Municipal »)
_EXTRACT_OPENING = re.compile(
    r"^\W*(?:\w{1,4}\W*)?(?:(?P<deliberation>(?:d[ée]lib[ée])?\w{0,3}ration\s+du\s+conseil)|(?:\w+\s)?(?P<seance>s[ée]ance\s+du)"
    r"|(?P<convocation>date\W{0,2}de\W{0,2}convocation)"  # « DATE DE. CONVOCATION », « DATEDECONVOCATION »
    r"|(?P<extrait>extrait\s+du\s+registre))\b", re.IGNORECASE | re.MULTILINE)
# the extract's number near its opening (« 25-07/050 », « #25. 04-033 » on a budget form)
_BLOCK_NUMBER = re.compile(r"(?<![\d/])(\d{2})[\s,./_-]{1,3}(\d{2})[\s,./_-]{1,3}(\d{3})(?!\d)")
_FORM_TITLE = re.compile(r"extrait\s+du\s+registre\s+des\s+d[ée]lib[ée]rations\s+du\s+conseil\s+municipal",
                         re.IGNORECASE)
_OPENING_BLOCK = 300  # the lines of one extract's opening stand this close to each other
_NUMBER_ABOVE = 300  # the extract's number may stand above its opening
_ROLL_CALL = 3500  # the roll call stands between the opening and the objet, where the act's heading is


# « SEANCE DU 22 décembre 2010 » on its own line of an extract's opening, above its objet
_EXTRACT_SEANCE = re.compile(r"^[ \t]*s[ée]ance\s+du\s+([^\n]{6,40})$", re.IGNORECASE | re.MULTILINE)


# the title of the budget itself (« BUDGET PRIMITIF 2006 »), not of an item about it
_BUDGET_TITLE = re.compile(r"\W*budgets?\s+primitifs?\b")


def _earlier_seance(opening: str, seance: date | None) -> bool:
    """Whether the extract whose opening ends ``opening`` (the text above its objet) is of a séance of an earlier year
    than the document's (OCR may spoil a day or a month, seldom a whole year)."""
    lines = _EXTRACT_SEANCE.findall(opening)
    dates = find_dates(lines[-1]) if lines and seance else []
    return bool(dates) and seance is not None and dates[0][1].year < seance.year


def _recueil_numbers(acts: list[ActDraft], text: str) -> None:
    """A recueil numbers its extracts in one sequence (« 25-10/079 », « 25-10/080 »…) and prints each number
    above the extract and again below its objet. Where OCR lost the one above, the act took the number the
    previous extract repeats at its end, or a number its text cites (« AP n° 2023-02 »): the one below its
    objet is its own; where OCR lost both, the gap between its neighbours (079 … 081) names it."""
    shapes = Counter(_shape(a.act_number) for a in acts if a.act_number)
    if not shapes:
        return
    main = shapes.most_common(1)[0][0]
    for i, act in enumerate(acts):
        before = acts[i - 1].act_number if i else None
        if act.act_number and _shape(act.act_number) == main and act.act_number != before:
            continue
        _begin, header, end = act.span
        below = [n for n in _LONE_NUMBER.findall(text[header:end][:2500]) if _shape(n) == main and n != before]
        after = acts[i + 1].act_number if i + 1 < len(acts) else None
        act.act_number = below[0] if below else _between(before, after) or act.act_number


def _between(before: str | None, after: str | None) -> str | None:
    """« 25-10/083 » and « 25-10/085 » → « 25-10/084 »."""
    if not before or not after:
        return None
    a, b = re.match(r"(.*?)(\d+)$", before), re.match(r"(.*?)(\d+)$", after)
    if not a or not b or a.group(1) != b.group(1) or int(b.group(2)) - int(a.group(2)) != 2:
        return None
    return f"{a.group(1)}{int(a.group(2)) + 1:0{len(a.group(2))}d}"


def _extract_headers(text: str, headers: list[int]) -> dict[int, str | None]:
    """In a recueil, the act headers that open an extract: each extract's opening (« COMMUNE DE CORTE /
    DELIBERATION DU CONSEIL MUNICIPAL / SEANCE DU … / DATE DE CONVOCATION ») claims the first header at or
    below it, or, where the extract prints none before the next one (a budget form), its own first line.
    A header no opening claims is a table or a numbered line inside an extract (an annex's rows, the
    sections of a budget), not an act. Each header kept, with the number printed by a form's opening."""
    clusters: list[tuple[int, set[str]]] = []  # (start, the kinds of opening lines in it)
    last = -_OPENING_BLOCK
    for m in _EXTRACT_OPENING.finditer(text):
        kind = next(name for name, value in m.groupdict().items() if value)
        if clusters and m.start() - last <= _OPENING_BLOCK:
            clusters[-1][1].add(kind)
        else:
            clusters.append((m.start(), {kind}))
        last = m.start()
    # an extract's opening prints two of its lines at least (one line alone is a sentence of a text or a
    # form's field: « … délibération du conseil municipal, conformément à … », « Date de convocation : »);
    # a budget form opens with « EXTRAIT DU REGISTRE » and its own number, not the number of the act before
    blocks: list[tuple[int, bool, str | None]] = []  # (start, a form, its number)
    last_number: str | None = None
    for start, kinds in clusters:
        found = list(_BLOCK_NUMBER.finditer(text, max(0, start - _NUMBER_ABOVE), start + 2 * _NUMBER_ABOVE))
        near = min(found, key=lambda m: abs(m.start() - start), default=None)
        number = "{}-{}/{}".format(*near.groups()) if near else None
        if len(kinds - {"extrait"}) >= 2:
            blocks.append((start, False, number))
        elif "extrait" in kinds and number and number != last_number:
            blocks.append((start, True, number))
        last_number = number or last_number
    claimed: dict[int, str | None] = {}
    if not blocks:
        return claimed
    ends = [start for start, _form, _number in blocks[1:]] + [len(text) + _NUMBER_ABOVE]
    for (block, form, number), following in zip(blocks, ends, strict=True):
        below = next((h for h in headers if h >= block - _NUMBER_ABOVE and h not in claimed), None)
        if not form and below is not None and below - block <= _ROLL_CALL and below < following - _NUMBER_ABOVE:
            claimed[below] = None
        elif block > 0:  # a budget form, or an extract whose heading OCR lost: its opening is its start
            claimed[text.index("\n", block) + 1 if text[block] == "\n" else block] = number
    return claimed
_INSTALLATION = re.compile(r"\binstall(?:ation|[ée]e?s?)\b[^\n]{0,60}\b(?:conseill|maire|adjoint)"
                           r"|\bd[ée]clar[ée]e?s?\s+install", re.IGNORECASE)


def _number_pattern(number: str) -> str:
    """A regex for the numbers of the same numbering as ``number`` (« 20211206 02 » -> 8 digits, a space, 2 digits)."""
    out = []
    for ch in re.sub(r"\s+", " ", number.strip()):
        if ch.isdigit():
            out.append(r"\d")
        elif ch.isalpha():
            out.append("[A-Za-z]")
        elif ch == " ":
            out.append(r"\s+")
        elif ch in "-–_":
            out.append(r"\s*[-–_]\s*")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def split_joint_headings(acts: list[ActDraft], text: str) -> list[ActDraft]:
    """One heading that names two numbers of the register (« 20211206 02 Présentation du rapport d’activité du
    Te61 et 20211206 03 examen du projet de modification des statuts ») heads two acts debated together: the
    second number, the next one of the numbering, opens the second act on that line; the first act keeps the
    heading's first half (its vote, printed once below, is given to it after the votes are read)."""
    out: list[ActDraft] = []
    for act in acts:
        out.append(act)
        if act.kind is not None or not act.act_number or not act.objet:
            continue
        own = re.findall(r"\d+", act.act_number)
        begin, header, end = act.span
        joint = re.search(r"[ \t]et[ \t]+(?P<num>" + _number_pattern(act.act_number) + r")[ \t]+(?P<rest>\S)",
                          text[header : min(end, header + 400)])
        if not joint or "\n\n" in text[header : header + joint.start()]:
            continue
        spelled = re.findall(r"\d+", joint.group("num"))
        if spelled[:-1] != own[:-1] or int(spelled[-1]) != int(own[-1]) + 1:
            continue  # only the next number of the same numbering: « … et 2014 03 » may be a date
        cut = header + joint.start("num")
        title = clean_objet(wrapped_title(text[header + joint.start("rest") :].split("\n", 1)[0],
                                          text[cut:end].split("\n", 1)[1] if "\n" in text[cut:end] else ""))
        in_objet = re.search(r"\s+et\s+" + _number_pattern(act.act_number), act.objet)
        first = clean_objet(act.objet[: in_objet.start()]) if in_objet else None
        if not title or not first:
            continue
        act.objet = first
        act.span, act.joint = (begin, header, cut), True
        second = ActDraft(act.page_start, act.page_end, text[cut:end].strip(),
                          act_number=" ".join(joint.group("num").split()), objet=title, date=act.date,
                          collectivite=act.collectivite)
        second.span = (cut, cut, end)
        out.append(second)
    return out


def mark_agenda_repeats(pieces: list[ActDraft], sub_points: frozenset[int] = frozenset()) -> None:
    """A piece with no number whose objet a later piece prints again is the agenda's line, the later
    one the item itself (« 1. Élection du président de séance » then « 1. D2024 – 14 - Élection … »). A sub-point
    cut where the body prints it is none: two budgets have each their « Approbation du compte administratif 2016 »."""
    for i, piece in enumerate(pieces):
        if piece.span[1] in sub_points:
            continue
        if piece.kind is None and piece.act_number is None and piece.objet and any(
                later.kind is None and later.objet and fold(later.objet) == fold(piece.objet)
                for later in pieces[i + 1 :]):
            piece.kind = "non-act"


def _merge_non_acts(pieces: list[ActDraft]) -> list[ActDraft]:
    """Pieces that are not acts join the act before them (the first ones, the act after them), so
    that their text stays searchable inside the act whose page they share."""
    acts: list[ActDraft] = []
    pending: tuple[int, int, int] | None = None  # span of non-acts before the first act
    for piece in pieces:
        if piece.kind == "non-act":
            if acts:
                last = acts[-1]
                last.span = (last.span[0], last.span[1], piece.span[2])
            elif pending is None:
                pending = piece.span
            else:
                pending = (pending[0], pending[1], piece.span[2])
            continue
        if pending is not None and not acts:
            piece.span = (pending[0], piece.span[1], piece.span[2])
            pending = None
        acts.append(piece)
    if not acts and pieces:  # nothing but non-acts: the document stays one record
        first = pieces[0]
        first.kind = None
        first.span = (pieces[0].span[0], pieces[0].span[1], pieces[-1].span[2])
        acts = [first]
    return acts
