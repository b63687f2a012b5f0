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
from dataclasses import dataclass, field

from indexer.actes import Matter, classify
from indexer.metadata import (
    _HEADER_NUMBER,
    ITEM_HEADER,
    NUMBERED_TITLE,
    OBJET_LINE,
    SEQUENCE_ITEM,
    find_act_number,
    find_collectivite,
    find_doc_type,
    find_objet,
    find_seance_date,
    find_votes,
    looks_like_title,
)
from indexer.models import PageText, Votes
from indexer.textnorm import fold

_NUMBER_HEADER = re.compile(
    r"^[ \t]*(?:(?:extrait\s+de\s+(?:la\s+)?)?d[ée]lib[ée]ration\s+n\s*[°ºo]|DE[_-]\d{4}[_-]\d+|D\d{4}[-_]\d+\s*$"
    r"|n\s*[°º]\s*\d{4}\s*[-/]\s*\d{1,4}\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
_VOTE_END = re.compile(
    r"^.*(?:\bvote\s*:|\bvotes?\s+pour\s*:|\bpour\s*:\s*\d|adopt[ée]e?s?\s+(?:[àa]\s+l['’]unanimit|par\s+\d)"
    r"|\b[àa]\s+l['’]unanimit[ée]).*$",
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


@dataclass
class DocumentAnalysis:
    doc_type: str
    collectivite: str | None
    date: str | None
    acts: list[ActDraft]


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


def _explicit_starts(text: str) -> list[int]:
    objets = [(m.start(), "objet", fold(m.group(1).strip())[:60]) for m in OBJET_LINE.finditer(text)]
    numbers = [(m.start(), "number", "") for m in _NUMBER_HEADER.finditer(text)]
    numbers += [(m.start(), "number", "") for m in ITEM_HEADER.finditer(text)]
    numbers += [(pos, "number", "") for pos in _numbered_title_starts(text)]
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


def _shape(number: str) -> str:
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", number))


def _numbered_title_starts(text: str) -> list[int]:
    """Headings that begin with an act number. A shape must recur (D9999-99 twice or more) so
    that a lone "2023 2024 Budget" table row does not cut an act in two."""
    found = [(m.start(), _shape(m.group("num"))) for m in NUMBERED_TITLE.finditer(text)
             if looks_like_title(m.group("title"))]
    counts = Counter(shape for _pos, shape in found)
    return [pos for pos, shape in found if counts[shape] >= 2]


def _sequence_starts(text: str) -> list[int]:
    """Numbered agenda items (1. …, 2. …, 3. …): the longest run counting up by one, at least 3
    long, so that "1. Article" lists inside a decision, which restart, are not taken."""
    items = [(int(m.group("n")), m.start()) for m in SEQUENCE_ITEM.finditer(text)
             if looks_like_title(m.group("title"))]
    best: list[int] = []
    for i, (n, _pos) in enumerate(items):
        if n > 2:
            continue
        run, expected = [], n
        for number, pos in items[i:]:
            if number == expected:
                run.append(pos)
                expected += 1
        # the agenda announced at the top and the items themselves both count up: keep the
        # longer run, and of two equal runs the one spread over more text (the items)
        if (len(run), run[-1] - run[0] if run else 0) > (len(best), best[-1] - best[0] if best else 0):
            best = run
    return best if len(best) >= 3 else []


def _vote_starts(text: str) -> list[int]:
    starts: list[int] = []
    last = 0
    for m in _VOTE_END.finditer(text):
        end = m.end() + 1
        if end - last >= _MIN_ACT_CHARS:
            starts.append(end)
            last = end
    if starts and len(text) - starts[-1] < _MIN_ACT_CHARS:
        starts.pop()  # the closing lines after the last vote belong to the last item
    return [0, *starts] if starts else []


def _first_title_line(text: str, boilerplate: set[str]) -> str | None:
    for line in text.split("\n")[:25]:
        clean = line.strip(" -–•*:")
        folded = fold(clean)
        if sum(ch.isalpha() for ch in clean) < 8 or folded in boilerplate:
            continue
        if re.match(r"^(page|\d+\s*/\s*\d+|republique|departement|vote|pour|contre|abstention)\b", folded):
            continue
        return clean[:200]
    return None


def _summary_title(text: str) -> str | None:
    for line in text.split("\n")[:15]:
        if re.search(r"liste des d[ée]lib[ée]rations|ordre du jour", line, re.IGNORECASE):
            return line.strip()[:200]
    return None


def analyse(pages: list[PageText], filename: str) -> DocumentAnalysis:
    layout = _Layout(pages)
    text = layout.text
    head = text[:6000]
    doc_type = find_doc_type(filename, head)
    seance = find_seance_date(head, filename)
    collectivite = find_collectivite(head)

    summary_document = doc_type in ("liste", "ordre-du-jour")  # lists acts; is not one
    starts = [0] if summary_document else _explicit_starts(text)
    by_vote = False
    if len(starts) <= 1 and doc_type == "proces-verbal":
        sequence = _sequence_starts(text)
        if sequence:
            starts = sequence
    if len(starts) <= 1 and doc_type == "proces-verbal":
        vote_starts = _vote_starts(text)
        if len(vote_starts) >= 2:
            starts, by_vote = vote_starts, True
    headers = starts or [0]
    # Whatever precedes the first act (attendance, header) is read with the first act, but the
    # first act's own objet and number are read from its header.
    starts = [0, *headers[1:]]
    boundaries = [*starts, len(text)]
    boilerplate = _repeated_lines(pages) if by_vote else set()
    single = len(starts) == 1

    acts: list[ActDraft] = []
    for begin, header, end in zip(boundaries, headers, boundaries[1:], strict=False):
        chunk = text[begin:end].strip()
        if not chunk:
            continue
        own = text[header:end].strip()
        page_start = layout.page_at(begin)
        page_end = layout.page_at(max(begin, end - 3))
        objet = _summary_title(own) if summary_document else find_objet(own)
        if by_vote and (objet is None or fold(objet) in boilerplate):
            objet = _first_title_line(chunk, boilerplate)
        votes, adopted = find_votes(chunk)
        titled = NUMBERED_TITLE.match(own)
        header_number = (titled if titled and looks_like_title(titled.group("title"))
                         else _HEADER_NUMBER.match(own))
        act = ActDraft(
            page_start=page_start,
            page_end=max(page_start, page_end),
            text=chunk,
            act_number=None if summary_document else (
                " ".join(header_number.group(1).split()) if header_number
                else find_act_number(own, 2500 if single else 400)),
            objet=objet,
            date=seance.isoformat() if seance else None,
            collectivite=collectivite,
            votes=votes,
            adopted=adopted,
        )
        act.matter = classify(objet, chunk)
        act.page_slices = layout.slices(begin, end)
        acts.append(act)
    if not acts:
        acts = [ActDraft(pages[0].number if pages else 1, pages[-1].number if pages else 1, "", page_slices=[])]
    if len(acts) > 1 and doc_type == "deliberation":
        doc_type = "proces-verbal" if len(acts) > 2 else doc_type
    return DocumentAnalysis(doc_type, collectivite, seance.isoformat() if seance else None, acts)
