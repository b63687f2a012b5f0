"""Projet de procès-verbal de séance (CGCT art. L2121-15), built from the session's documents.

Every fact is read from metadata or from the text by :mod:`seance_facts`; whatever is not found
becomes a visible placeholder. For the « teneur des débats », the interventions reported by the
source minutes are quoted word for word (:mod:`debates`); a language model, when given, may
summarise them instead, and its text is labelled as such.

Nothing is written as sure before a second, independent reading (:mod:`assistant.drafting.verify`) agrees
with it: a fact that fails becomes a placeholder that names the conflict. Each deliberation records its
decision in the source's own words; presentations, reports and questions diverses go to « Informations et
débats », without a vote or an act number.
"""

from __future__ import annotations

import re

from assistant.drafting.checked_facts import CheckedFacts, check_seance_facts
from assistant.drafting.debates import intervention_sentences, split_misc
from assistant.drafting.decisions import decision_text, information_reason
from assistant.drafting.llm_passes import DEBATES_TASK, DECISION_TASK, ask_documents, framed_document
from assistant.drafting.result import DraftResult
from assistant.drafting.seance_acts import (
    Seance,
    SeanceLibrary,
    act_facts,
    act_label,
    act_ref,
    adoption,
    format_vote,
    load_seance,
    seance_pages,
)
from assistant.drafting.seance_facts import FACT_LABELS, Fact, extract_seance_facts, fold_text, normalise
from assistant.drafting.verify import Verdict, check_result, check_summary, check_vote, read_printed_vote
from assistant.export import (
    Block,
    BulletList,
    Draft,
    Heading,
    Paragraph,
    SourceRef,
    Sources,
    Table,
    placeholder,
)
from assistant.llm import LLM
from indexer.models import ActRecord, DocType

LEGAL_NOTE = (
    "Projet de procès-verbal établi en application de l'article L2121-15 du code général des collectivités "
    "territoriales. Il est arrêté au commencement de la séance suivante, signé par le maire et le secrétaire "
    "de séance, puis publié sous forme électronique dans la semaine qui suit."
)
DEBATE_TOKENS = 900


class _Facts:
    """Looks verified facts up and remembers which ones the draft actually used.

    A fact the verifier rejected is not there: its placeholder names the conflict instead. A list the
    verifier trimmed (some names rejected) is written with the names that passed and a placeholder for
    the others."""

    def __init__(self, checked: CheckedFacts) -> None:
        self._facts = checked.facts
        self._checked = checked
        self.used: list[Fact] = []

    def text(self, name: str, absent: str | None = None) -> str:
        fact = self._facts.get(name)
        note = self._checked.note(name)
        if fact is None:
            label = absent or FACT_LABELS[name]
            return placeholder(f"{FACT_LABELS[name]} — à vérifier : {note}" if note else label)
        if fact not in self.used:
            self.used.append(fact)
        value = fact.value
        written = ", ".join(value) if isinstance(value, tuple) else str(value)
        if note:
            written += " " + placeholder(f"{FACT_LABELS[name]}, à vérifier : {note}")
        return written

    def has(self, name: str) -> bool:
        return self._facts.get(name) is not None

    def fact(self, name: str) -> Fact | None:
        return self._facts.get(name)

    def number(self, name: str) -> int | None:
        value = self._facts.value(name)
        return value if isinstance(value, int) else None


def _opening(seance: Seance, f: _Facts, commune: str) -> list[Block]:
    sentence = (
        f"Le {seance.date_fr} à {f.text('heure_ouverture')}, le conseil municipal de {commune}, "
        f"convoqué le {f.text('date_convocation')}, s'est réuni {f.text('lieu')}, "
        f"sous la présidence de {f.text('president')}."
    )
    return [Heading(1, "Ouverture de la séance"), Paragraph(sentence)]


def _members(f: _Facts) -> list[Block]:
    presents = f"Présents ({f.text('presents_nombre')}) : " if f.has("presents_nombre") else "Présents : "
    items = [
        f"Membres en exercice : {f.text('membres_en_exercice')}",
        presents + f.text("presents"),
        "Représentés (pouvoirs) : " + f.text("representes", "membres représentés et leur mandataire, ou « néant »"),
        "Excusés : " + f.text("excuses", "membres excusés, ou « néant »"),
        "Absents : " + f.text("absents", "membres absents, ou « néant »"),
        f"Votants : {f.text('votants')}",
        f"Secrétaire de séance : {f.text('secretaire')}",
    ]
    return [Heading(1, "Membres du conseil"), BulletList(items)]


def _quorum(f: _Facts) -> tuple[list[Block], Fact | None]:
    effectif, presents = f.number("membres_en_exercice"), f.number("presents_nombre")
    stated = f.fact("quorum")
    lines: list[str] = []
    computed: Fact | None = None
    if stated is not None and stated.value in ("atteint", "non atteint"):
        lines.append(f"Le quorum est {f.text('quorum')}, selon le document source.")
    elif stated is not None:
        lines.append(f"Quorum indiqué dans le document : {f.text('quorum')} membres.")
    if effectif is not None and presents is not None:
        majority = effectif // 2 + 1
        reached = presents >= majority
        lines.append(
            f"{presents} membres présents pour {effectif} en exercice : la majorité des membres en exercice "
            f"({majority}) {'est' if reached else 'n’est pas'} présente ; le quorum est "
            f"{'atteint' if reached else 'non atteint'} "
            "(art. L2121-17 du CGCT, les pouvoirs n'étant pas comptés)."
        )
        source = f.fact("presents_nombre")
        assert source is not None  # presents is not None only when the fact exists
        computed = Fact(
            "quorum (calculé)",
            "atteint" if reached else "non atteint",
            source.path,
            source.page,
            f"{presents} présents / {effectif} en exercice",
        )
    if not lines:
        lines.append("Le quorum est " + placeholder("quorum : atteint ou non atteint") + ".")
    return [Heading(1, "Quorum"), *[Paragraph(line) for line in lines]], computed


def _find(folded: str, act: ActRecord | None, after: int = 0) -> int | None:
    if act is None:
        return None
    for key in (act.act_number, (act.objet or "")[:40]):
        if key:
            at = folded.find(fold_text(key), after)
            if at >= 0:
                return at
    return None


def point_text(
    text: str,
    act: ActRecord,
    following: ActRecord | None,
    others: tuple[ActRecord, ...] = (),
    stops: tuple[str, ...] = (),
) -> str:
    """The part of the minutes about one point: from its heading to the next point's heading (an agenda
    or recap line that names it is passed over, as in :func:`_slice`), or to the first line headed by
    another act number of the séance (``stops``)."""
    text = normalise(text)
    folded = fold_text(text)
    start = _find(folded, act)
    if start is None:
        return text
    other_keys = _other_keys(act, others)
    while (_list_entry(folded, start, other_keys) or _in_agenda(folded, start)) and (
        later := _find(folded, act, start + 1)
    ) is not None:
        start = later
    end = _find(folded, following, start + 1)
    after = text.find("\n", start) + 1 or start + 1
    end = _agenda_stop(folded, act, after, _first_stop(text, folded, stops, after, end))
    return text[start:end] if end is not None else text[start:]


# What may stand before an act number that heads a line: bullets, « Délibération », « n° ».
_NUMBER_PREFIX = re.compile(r"[\s\W]*(?:(?:deliberation|n°|no|numero)[\s.:°]*)*", re.IGNORECASE)


def _first_stop(text: str, folded: str, stops: tuple[str, ...], after: int, end: int | None) -> int | None:
    """The earliest line after ``after`` headed by one of the séance's other act numbers, if before ``end``:
    a copy of the minutes where the indexer missed a heading (« 23-03/019 —- Adoption… » in an OCR) still
    ends the point there, since another copy of the séance knows that act."""
    for number in stops:
        at = folded.find(number, after)
        while at >= 0 and (end is None or at < end):
            line_start = folded.rfind("\n", 0, at) + 1
            whole = not folded[at + len(number) : at + len(number) + 1].isalnum()
            if whole and _NUMBER_PREFIX.fullmatch(folded, line_start, at):
                end = line_start
                break
            at = folded.find(number, at + 1)
    return end


def _stops(seance: Seance, act: ActRecord) -> tuple[str, ...]:
    """The séance's act numbers other than this act's (from every file: a copy may know one the other missed).
    Short numbers (« 3 ») are left out: they also head the lines of lists inside a point."""
    own = fold_text(act.act_number or "")
    numbers = {fold_text(a.act_number) for a in seance.acts if a.act_number}
    return tuple(sorted(n for n in numbers if n != own and len(n) >= 4 and any(c.isdigit() for c in n)))


def _debate(
    llm: LLM | None, lib: SeanceLibrary, seance: Seance, act: ActRecord, following: ActRecord | None
) -> tuple[list[Block], list[Fact]]:
    """The « teneur des débats » of one point: model summary if asked, else quotations, else a gap."""
    label = act.act_number or act.objet or "ce point"
    gap = placeholder(f"teneur des débats sur le point {label}")
    minutes = seance.minutes_of(act)
    if minutes is None:
        return [Paragraph(f"Teneur des débats : {gap}")], []
    pages = lib.act_pages(minutes.act_id)
    minutes_text = "\n".join(p.text for p in pages)
    body, _misc = split_misc(
        point_text(minutes_text, act, following, _same_file(seance, minutes), _stops(seance, act))
    )
    if llm is not None:
        from assistant.context import trim_act

        header = f"{minutes.path}, pages {minutes.page_start}-{minutes.page_end}"
        framed = framed_document(1, header, trim_act(body, DEBATE_TOKENS, llm.count_tokens))
        text = ask_documents(llm, DEBATES_TASK, {"documents": framed, "point": act.objet or label}, max_tokens=200)
        if text is not None:
            return [Paragraph(text, ai_generated=True)], []
    quotes = intervention_sentences(body)
    if not quotes:
        return [Paragraph(f"Teneur des débats : {gap}")], []
    fact = Fact(f"interventions ({label})", tuple(quotes), minutes.path, minutes.page_start)
    return [
        Paragraph(f"Teneur des débats : {gap}"),
        Paragraph("Interventions relevées dans le document source, à vérifier et à reformuler :"),
        BulletList([f"« {q} »" for q in quotes]),
    ], [fact]


# --- the text of one point ------------------------------------------------------------------------

_OBJET_WORD = re.compile(r"\w{3,}")
_QUOTE_LINE = 90  # longer than a line: a quotation block, not an inline quote


_AFTER_POINTS = re.compile(
    r"\n\s*(?:[\dIVX]+\s*[./)-]?\s*)?questions\s+diverses\b|l'ordre du jour étant épuisé|la séance est levée",
    re.IGNORECASE,
)
_LIST_LOOKAHEAD_LINES = 3  # an agenda or recap entry: the next point's heading within its wrapped lines


_AGENDA_LABEL = re.compile(r"^[|\s]*ordre\s+du\s+jour\b[^\n]*$", re.MULTILINE)
_AGENDA_MAX_ITEMS = 25
# A point's rank before its title: « 1. », « 2/ », « IV - », « a) »
_NUMBERING = re.compile(r"^\s*(?:(?:\d{1,3}|[ivxlc]{1,6})\s*[./)°-]?|[a-z]\s*[.)])\s+")


def _cell(line: str) -> str:
    """A line's content; in a table row read from a .doc (« |Date de la convocation : |Désignations… | ») the
    last filled cell, where the page's main column is."""
    cells = [c.strip() for c in line.split("|") if c.strip()]
    return cells[-1] if cells else ""


def _agenda(folded: str) -> tuple[int, int, list[str]]:
    """The minutes' agenda (« Ordre du jour » then one short line per point): its span and its items, folded.
    (0, 0, []) when there is none."""
    label = _AGENDA_LABEL.search(folded)
    if not label:
        return 0, 0, []
    items: list[str] = []
    at = label.end() + 1
    while at < len(folded) and len(items) < _AGENDA_MAX_ITEMS:
        end = folded.find("\n", at)
        end = len(folded) if end < 0 else end
        item = _NUMBERING.sub("", _cell(folded[at:end]), count=1).strip(" -–•*·")
        if not item:
            if items:
                break  # the blank line after the list
        elif len(item) > 100 or item.endswith(".") or item in items:
            break  # a sentence, or the first point's heading again: the body has started
        else:
            items.append(item)
        at = end + 1
    # an agenda names points treated below it; « Ordre du jour » that heads the points themselves
    # (« 1/ Recensement voirie communale : ⏎ L'état demande… ») lists nothing
    again = sum(any(_heads_line(folded, m.start()) for m in _item_pattern(item).finditer(folded, at)) for item in items)
    if len(items) < 2 or 2 * again < len(items):
        return 0, 0, []
    return label.start(), at, items


def _item_pattern(item: str) -> re.Pattern[str]:
    """An agenda item as its heading may print it: singular or plural words (« Délégations de signatures » is
    headed « Délégation de signatures par arrêté n° 400 »)."""
    words = [re.escape(w[:-1] if len(w) > 3 and w[-1] in "sx" else w) + "[sx]?" for w in item.split()[:6]]
    return re.compile(r"\s+".join(words))


def _agenda_stop(folded: str, act: ActRecord, after: int, end: int | None) -> int | None:
    """The first heading after ``after`` that is another item of the minutes' agenda, if before ``end``."""
    _start, _end, items = _agenda(folded)
    own = fold_text(normalise(act.objet or ""))
    for item in items:
        if len(item) < 8 or (own and (own.startswith(item[:25]) or item.startswith(own[:25]))):
            continue  # too short to be told from a word of the body, or this act's own item
        for match in _item_pattern(item).finditer(folded, after, end if end is not None else len(folded)):
            if _heads_line(folded, match.start()):
                end = folded.rfind("\n", 0, match.start()) + 1
                break
    return end


def _heads_line(folded: str, at: int) -> bool:
    """Nothing but a rank (« 2. ») before ``at`` on its line, or in its table cell."""
    before = _cell(folded[folded.rfind("\n", 0, at) + 1 : at] + "\x00")[:-1]
    return not _NUMBERING.sub("", before + " ", count=1).strip()


def _in_agenda(folded: str, at: int) -> bool:
    start, end, items = _agenda(folded)
    return bool(items) and start <= at < end


def _heading_starts(folded: str, key: str, after: int = 0) -> list[int]:
    """Where a point's heading may be: the key near the start of a line (« 13/ Questions diverses »), not
    the same words inside a sentence (« transmettre les questions diverses 36H avant »); else its first
    occurrence. Several places when the minutes open with their agenda: the agenda line comes first."""
    key = fold_text(key)
    first, at_line_start = None, []
    at = folded.find(key, after)
    while at >= 0:
        first = at if first is None else first
        if at - (folded.rfind("\n", 0, at) + 1) <= 30:
            at_line_start.append(at)
        at = folded.find(key, at + 1)
    return at_line_start or ([first] if first is not None else [])


def _heading_at(folded: str, key: str, after: int = 0) -> int | None:
    starts = _heading_starts(folded, key, after)
    return starts[0] if starts else None


def _slice(
    text: str,
    act: ActRecord,
    following: ActRecord | None,
    others: tuple[ActRecord, ...] = (),
    stops: tuple[str, ...] = (),
) -> str | None:
    """The part of a text about one act, or None when its heading cannot be found (nothing is verified then
    against a neighbour's lines). Minutes that open with their agenda, or close with a recap list, name
    each point more than once: a place where another point's heading follows within a few lines is a
    list entry, and the heading that opens the point's body is taken instead."""
    text = normalise(text)
    folded = fold_text(text)
    keys = [act.act_number, normalise(act.objet or "")[:40]]
    starts = next((found for key in keys if key and (found := _heading_starts(folded, key))), [])
    if not starts:
        return None
    other_keys = _other_keys(act, others)
    listed = [at for at in starts if _list_entry(folded, at, other_keys) or _in_agenda(folded, at)]
    start = next((at for at in starts if at not in listed), starts[0])
    return _piece_from(text, folded, start, following, stops, act)


def _other_keys(act: ActRecord, others: tuple[ActRecord, ...]) -> list[str]:
    return [fold_text(key) for other in others if other.act_id != act.act_id
            for key in (other.act_number, normalise(other.objet or "")[:40]) if key]


def _list_entry(folded: str, start: int, other_keys: list[str]) -> bool:
    lines = [line.strip() for line in folded[start:].split("\n")[1:] if line.strip()][:_LIST_LOOKAHEAD_LINES]
    return any(0 <= line.find(key) <= 30 for line in lines for key in other_keys)


def _piece_from(
    text: str,
    folded: str,
    start: int,
    following: ActRecord | None,
    stops: tuple[str, ...] = (),
    act: ActRecord | None = None,
) -> str:
    line_start = text.rfind("\n", 0, start) + 1  # keep the point's number (« 2/ »)
    end = None
    heading_end = text.find("\n", start)  # the next point starts after this one's heading line
    after = heading_end if heading_end >= 0 else start + 1
    if following is not None:
        for key in (following.act_number, normalise(following.objet or "")[:40]):
            if key and (at := _heading_at(folded, key, after)) is not None:
                end = text.rfind("\n", 0, at) + 1 or at
                break
    end = _first_stop(text, folded, stops, after, end)
    if act is not None:
        end = _agenda_stop(folded, act, after, end)
    # « 3/ Subventions … » ends where « 4/ … » starts, whatever the library's order of acts says
    number = re.match(r"[ \t]*(\d{1,2})[ \t]*([/.)-])[ \t]", text[line_start:])
    if number:  # the next number only: « 1. », « 2. » inside a point are its own list
        following_number = int(number.group(1)) + 1
        nxt = re.compile(rf"\n[ \t]*{following_number}[ \t]*{re.escape(number.group(2))}[ \t]").search(text, after)
        if nxt and (end is None or nxt.start() + 1 < end):
            end = nxt.start() + 1
    piece = text[line_start:end]
    # the last point runs to the end of the minutes: stop at the questions diverses or the closing
    stop = _AFTER_POINTS.search(piece, piece.find("\n") + 1 if "\n" in piece else len(piece))
    return piece[: stop.start()] if stop else piece


def _same_file(seance: Seance, act: ActRecord) -> tuple[ActRecord, ...]:
    return tuple(a for a in seance.acts if a.path == act.path)


def _file_order(seance: Seance, act: ActRecord) -> ActRecord | None:
    """The act after this one in the same file, where its text ends."""
    siblings = sorted((a for a in seance.acts if a.path == act.path), key=lambda a: (a.page_start, a.act_id))
    index = next((i for i, a in enumerate(siblings) if a.act_id == act.act_id), None)
    return siblings[index + 1] if index is not None and index + 1 < len(siblings) else None


def act_text(lib: SeanceLibrary, seance: Seance, act: ActRecord, point: ActRecord | None = None) -> str:
    return "\n".join(act_pieces(lib, seance, act, point))


def act_pieces(lib: SeanceLibrary, seance: Seance, act: ActRecord, point: ActRecord | None = None) -> list[str]:
    """What the sources say about one act: its own text (cut out of a multi-act file), then the minutes' (the
    point with its number, or ``point``: the unnumbered point of the minutes found to be this act)."""
    pieces: list[str] = []
    shared = sum(a.path == act.path for a in seance.acts) > 1
    own = "\n".join(p.text for p in lib.act_pages(act.act_id))
    stops = _stops(seance, act)
    piece = _slice(own, act, _file_order(seance, act), _same_file(seance, act), stops) if shared else normalise(own)
    if piece:
        pieces.append(piece)
    minutes = seance.minutes_of(act)
    if minutes is not None and minutes.act_id != act.act_id:
        text = "\n".join(p.text for p in lib.act_pages(minutes.act_id))
        if part := _slice(text, act, _file_order(seance, minutes), _same_file(seance, minutes), stops):
            pieces.append(part)
    if point is not None:
        text = "\n".join(p.text for p in lib.act_pages(point.act_id))
        if part := _slice(text, point, _file_order(seance, point), _same_file(seance, point), _stops(seance, point)):
            pieces.append(part)
    return pieces


def _misc_texts(lib: SeanceLibrary, seance: Seance) -> dict[str, tuple[str, str]]:
    """Per minutes file, (its text before « questions diverses », that section): a point found only in the
    section is not a deliberation."""
    out: dict[str, tuple[str, str]] = {}
    for act in seance.source_acts():
        if act.doc_type != "proces-verbal" or act.path in out:
            continue
        files = [a for a in seance.acts if a.path == act.path]
        pages: dict[int, str] = {}
        for a in files:
            for page in lib.act_pages(a.act_id):
                pages.setdefault(page.number, page.text)
        out[act.path] = _last_misc(normalise("\n".join(pages[n] for n in sorted(pages))))
    return out


_MISC_HEADING = re.compile(r"(?:^|\n)\s*(?:[\dIVX]+\s*[./)-]?\s*)?questions\s+diverses\b", re.IGNORECASE)


_SESSION_END = re.compile(r"l'ordre du jour étant épuisé|la séance est levée|fin de la séance", re.IGNORECASE)


def _last_misc(text: str) -> tuple[str, str]:
    """Cut at the last « Questions diverses » heading (the first one is often in the agenda), its own line
    going with the section (« Questions diverses : stérilisation des chats »), which ends with the session."""
    for heading in reversed(list(_MISC_HEADING.finditer(text))):
        at = heading.start()
        rest = text[at:].lstrip("\n") + "\n"
        if len(rest.split("\n", 1)[1].strip()) >= 20:  # a heading left alone at the end heads nothing
            end = _SESSION_END.search(rest)
            return text[:at], rest[: end.start()] if end else rest
    return text, ""


def _in_misc(act: ActRecord, misc: dict[str, tuple[str, str]]) -> bool:
    """In the questions diverses and nowhere before them (a list of the acts may follow the section)."""
    before, section = misc.get(act.path, ("", ""))
    key = fold_text(normalise(act.objet or "")[:40])
    return bool(section and key.strip() and key in fold_text(section) and key not in fold_text(before))


_POINT_HEADING = re.compile(r"(?m)^[ \t]*(\d{1,2})[ \t]*([/.)-])[ \t]+(\S[^\n]{2,150})$")


def _unlisted_points(lib: SeanceLibrary, seance: Seance) -> list[tuple[ActRecord, str, str]]:
    """Numbered points of the minutes that no act of the library stands for, without any vote printed: the
    library leaves out presentations nobody votes on (« 6/ Présentation du rapport d'activité du SIED70 »),
    the procès-verbal still reports them. A number counts only where it fills a gap between the points the
    library knows (« 5/ » and « 7/ » known, « 6/ » missing), so a list « 1. 2. » inside a decision is not taken."""
    found: list[tuple[ActRecord, str, str]] = []
    for path in dict.fromkeys(a.path for a in seance.source_acts() if a.doc_type == "proces-verbal"):
        acts = [a for a in seance.acts if a.path == path]
        pages: dict[int, str] = {}
        for a in acts:
            for printed in lib.act_pages(a.act_id):
                pages.setdefault(printed.number, normalise(printed.text))
        numbers = sorted(pages)
        text = "\n".join(pages[n] for n in numbers)
        starts = [sum(len(pages[m]) + 1 for m in numbers[:i]) for i in range(len(numbers))]
        keys = [fold_text(normalise(a.objet or "")[:30]) for a in acts if a.objet]
        headings = list(_POINT_HEADING.finditer(text))
        known = {
            int(h.group(1)): h.start() for h in headings if any(k.strip() and k in fold_text(h.group(3)) for k in keys)
        }
        for index, heading in enumerate(headings):
            n = int(heading.group(1))
            if n in known or not (n - 1 in known and known[n - 1] < heading.start()):
                continue
            if n + 1 in known and known[n + 1] < heading.start():
                continue
            end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
            body = text[heading.start() : end]
            stop = _AFTER_POINTS.search(body, len(heading.group(0)))
            body = body[: stop.start()] if stop else body
            if read_printed_vote(body).held:
                continue  # a vote the library missed: not ours to file as information
            page = numbers[max(i for i, start in enumerate(starts) if start <= heading.start())]
            title = heading.group(3).strip(" :.")
            point = ActRecord(-len(found) - 1, acts[0].file_id, path, acts[0].root, DocType.PROCES_VERBAL, page, page,
                              objet=title, date=seance.date, collectivite=seance.collectivite)  # fmt: skip
            reason = information_reason(title, None, body, False) or "point sans vote"
            found.append((point, reason, body))
            known[n] = heading.start()
    return found


def _reading_order(lib: SeanceLibrary, seance: Seance, act: ActRecord) -> tuple[str, int, int]:
    """(file, page, where its heading is on the page): the order in which the minutes report the items."""
    pages = {p.number: p.text for a in seance.acts if a.path == act.path for p in lib.act_pages(a.act_id)}
    text = fold_text(normalise(pages.get(act.page_start, "")))
    at = _heading_at(text, normalise(act.objet or "")[:30]) if act.objet else None
    return act.path, act.page_start, at if at is not None else len(text)


def _objet_words(text: str | None) -> set[str]:
    return {w for w in _OBJET_WORD.findall(fold_text(text or ""))}


def _with_numbers(acts: list[ActRecord]) -> tuple[list[ActRecord], dict[int, ActRecord]]:
    """An unnumbered point of the minutes whose objet is that of a numbered act of the same séance is that
    act: one entry, with the act's number (the library holds the acts of the séance). Returns the acts and,
    per numbered act, the point of the minutes that reports it."""
    numbered = [a for a in acts if a.act_number]
    out: list[ActRecord] = []
    points: dict[int, ActRecord] = {}
    for act in acts:
        if act.act_number:
            out.append(act)
            continue
        words = _objet_words(act.objet)
        twin = next((n for n in numbered if n.act_id not in points and _same_objet(words, n.objet)), None)
        if twin is None:
            out.append(act)
        else:
            points[twin.act_id] = act
    return out, points


def _same_objet(words: set[str], objet: str | None) -> bool:
    theirs = _objet_words(objet)
    return bool(words) and len(words & theirs) >= max(2, int(0.6 * min(len(words), len(theirs))))


# --- deliberations and information items ---------------------------------------------------------


def _quote_blocks(intro: str, text: str) -> list[Block]:
    """Source words, marked as a quotation: inline when short, a quotation block when longer than a line."""
    if not text:
        return []
    if len(text) <= _QUOTE_LINE and "\n" not in text:
        return [Paragraph(f"{intro} : « {text} »")]
    return [Paragraph(f"{intro} :"), Paragraph(text, quote=True)]  # one block, the source's line breaks kept


def _vote_line(act: ActRecord, text: str) -> tuple[str, Verdict | None, str | None]:
    """(the « Vote : » line, the verifier's verdict, the vote written as sure or None)."""
    printed = read_printed_vote(text)
    quote = " / ".join(printed.lines)[:160]
    claimed = format_vote(act.votes)
    if claimed is None:
        gap = placeholder("vote")
        return (f"Vote : {gap} — texte de la source : « {quote} »" if quote else f"Vote : {gap}"), None, None
    v = act.votes
    verdict = check_vote(v.pour, v.contre, v.abstention, bool(v.unanimite), text)
    if verdict.ok:
        return f"Vote : {claimed}", verdict, claimed
    if v.unanimite and v.pour is not None and check_vote(None, v.contre, v.abstention, True, text).ok:
        # « à l'unanimité » is printed, the count of votes the library added (« 154 voix pour ») is not: the
        # printed words are written, the count is left out
        return "Vote : À l'unanimité", check_vote(None, v.contre, v.abstention, True, text), "À l'unanimité"
    return f"Vote : {placeholder('vote — à vérifier : ' + verdict.conflict)}", verdict, None


def _summary(llm: LLM | None, decision: str, source: str) -> Paragraph | None:
    """Optional: one plain sentence by the model, kept only if its figures and names are in the source."""
    if llm is None or not decision:
        return None
    text = ask_documents(llm, DECISION_TASK, {"documents": framed_document(1, "décision", decision)}, max_tokens=80)
    if not text or not check_summary(text, source).ok:
        return None
    return Paragraph(f"En bref : {text}", ai_generated=True)


def _deliberations(
    seance: Seance, lib: SeanceLibrary, llm: LLM | None
) -> tuple[list[Block], list[Fact], list[tuple[ActRecord, str, str]]]:
    misc = _misc_texts(lib, seance)
    acts: list[ActRecord] = []
    infos: list[tuple[ActRecord, str, str]] = []
    texts: dict[int, str] = {}
    numbered, points = _with_numbers(seance.deliberations())
    pieces: dict[int, list[str]] = {}
    for act in numbered:
        pieces[act.act_id] = act_pieces(lib, seance, act, points.get(act.act_id))
        text = "\n".join(pieces[act.act_id])
        reason = information_reason(act.objet, act.act_number, text, _in_misc(act, misc))
        if reason:
            infos.append((act, reason, text))
        else:
            acts.append(act)
            texts[act.act_id] = text
    # the maire's decisions under delegation, reported to the council: information, never deliberations
    infos += [(a, "décision du maire prise par délégation", act_text(lib, seance, a)) for a in seance.acts
              if a.doc_type == DocType.DECISION]  # fmt: skip
    infos += _unlisted_points(lib, seance)
    infos.sort(key=lambda item: _reading_order(lib, seance, item[0]))
    blocks: list[Block] = [Heading(1, "Ordre du jour")]
    if acts:
        blocks.append(BulletList([f"{act_label(a)} — {a.objet or placeholder('objet')}" for a in acts]))
    else:
        blocks.append(Paragraph(placeholder("ordre du jour : aucune délibération identifiée dans les documents")))
    blocks.append(Heading(1, "Délibérations"))
    facts: list[Fact] = []
    rows: list[list[str]] = []
    for index, act in enumerate(acts):
        following = acts[index + 1] if index + 1 < len(acts) else None
        text = texts[act.act_id]
        vote_line, verdict, vote = _vote_line(act, text)
        result, derived = adoption(act)
        if verdict is not None and not verdict.ok:
            result = placeholder("résultat du vote")  # read with the same misread vote: not sure either
        elif result in ("Adoptée", "Rejetée") and not (checked := check_result(result == "Adoptée", text)).ok:
            result = placeholder(f"résultat du vote — à vérifier : {checked.conflict}")
        # the decision of the first source that states one (the act itself, else the minutes' point)
        decision = next((d for piece in pieces[act.act_id] if (d := decision_text(piece))), "")
        debate_blocks, debate_facts = _debate(llm, lib, seance, act, following)
        summary = _summary(llm, decision, text)
        blocks += [
            Heading(2, f"Délibération n° {act_label(act)} — {act.objet or placeholder('objet')}"),
            *(
                _quote_blocks("Décision (texte de la source)", decision)
                or [Paragraph(f"Décision : {placeholder('décision prise, montants et bénéficiaires')}")]
            ),
            *([summary] if summary else []),
            Paragraph(f"{vote_line}."),
            Paragraph(f"Résultat : {result}."),
            *debate_blocks,
        ]
        facts.extend(debate_facts)
        rows.append([act_label(act), act.objet or placeholder("objet"), vote or placeholder("vote"), result])
        sure = {"vote": vote is not None, "résultat": not result.startswith("[à compléter")}
        facts.extend(f for f in act_facts(act) if sure.get(f.name.split(" (")[0], True))
        if decision:
            facts.append(Fact(f"décision ({act_label(act)})", decision, act.path, act.page_start))
    if rows:
        blocks += [Heading(2, "Récapitulatif des votes"), Table(["N°", "Objet", "Vote", "Résultat"], rows)]
    return blocks, facts, infos


def _informations(
    lib: SeanceLibrary, seance: Seance, infos: list[tuple[ActRecord, str, str]]
) -> tuple[list[Block], list[Fact]]:
    """Presentations, reports, mayor's decisions and questions diverses: what was said, no vote, no number."""
    blocks: list[Block] = [Heading(1, "Informations et débats")]
    facts: list[Fact] = []
    for act, reason, text in infos:
        objet = act.objet or placeholder("objet")
        blocks.append(Heading(2, f"{act.act_number} — {objet}" if act.act_number else objet))
        blocks.append(Paragraph(f"Point d'information ({reason}) : pas de vote."))
        # what the source says, or its heading line when that is all (« DM 2024-07 : Remboursement … (1 438,80 €) »)
        said = decision_text(text) or next((" ".join(line.split()) for line in text.split("\n") if line.strip()), "")
        blocks += _quote_blocks("Texte de la source", said)
        facts.append(Fact(f"information ({objet[:40]})", reason, act.path, act.page_start))
    misc_blocks, misc_facts = _misc_section(lib, seance)
    if not infos or misc_facts:
        blocks += misc_blocks
    return blocks, facts + misc_facts


def _misc_section(lib: SeanceLibrary, seance: Seance) -> tuple[list[Block], list[Fact]]:
    """« Questions diverses » as the minutes report them, quoted, or a gap."""
    gap = Paragraph(placeholder("questions diverses et informations données au conseil, ou « néant »"))
    for act in seance.source_acts():
        if act.doc_type != "proces-verbal":
            continue
        pages = lib.act_pages(act.act_id)
        _before, misc = split_misc("\n".join(p.text for p in pages))
        quotes = intervention_sentences(misc)
        if quotes:
            fact = Fact("questions diverses", tuple(quotes), act.path, act.page_end)
            intro = Paragraph("Interventions relevées dans le document source, à vérifier et à reformuler :")
            return [gap, intro, BulletList([f"« {q} »" for q in quotes])], [fact]
    return [gap], []


def build_proces_verbal(
    lib: SeanceLibrary, date: str, collectivite: str | None = None, llm: LLM | None = None
) -> DraftResult:
    seance = load_seance(lib, date, collectivite)
    pages = seance_pages(lib, seance)
    checked = check_seance_facts(extract_seance_facts(pages), pages)
    f = _Facts(checked)
    commune = seance.collectivite or placeholder("collectivité")

    blocks: list[Block] = [Paragraph(LEGAL_NOTE)]
    blocks += _opening(seance, f, commune)
    blocks += _members(f)
    quorum_blocks, quorum_fact = _quorum(f)
    blocks += quorum_blocks
    deliberation_blocks, act_level, infos = _deliberations(seance, lib, llm)
    blocks += deliberation_blocks
    info_blocks, info_facts = _informations(lib, seance, infos)
    blocks += [
        *info_blocks,
        Heading(1, "Clôture"),
        Paragraph(f"L'ordre du jour étant épuisé, la séance est levée à {f.text('heure_cloture')}."),
        Paragraph(f"Le maire : {placeholder('nom et signature du maire')}"),
        Paragraph(f"Le secrétaire de séance : {f.text('secretaire')} — {placeholder('signature')}"),
    ]
    fact_refs = [SourceRef(fact.path, fact.page) for fact in f.used]
    act_refs = [act_ref(a) for a in seance.deliberations()] + [act_ref(a) for a, _, _ in infos if a.act_id < 0]
    refs = list(dict.fromkeys(act_refs + fact_refs))
    blocks.append(Sources(refs))
    draft = Draft(
        title=f"Procès-verbal de la séance du conseil municipal du {seance.date_fr}",
        subtitle=f"Conseil municipal de {commune}",
        blocks=blocks,
    )
    filled = f.used + ([quorum_fact] if quorum_fact else []) + act_level + info_facts
    warnings = (
        [] if pages else ["Aucun texte lisible dans les documents de la séance : seules les métadonnées ont servi."]
    )
    warnings += [
        f"Vérification « {v.check} » ({name}) : {v.conflict}" for name, v in checked.verdicts if not v.ok
    ]
    return DraftResult(draft, filled, refs, warnings)
