"""The préfecture's @ctes stamp and accusé de réception: read, then blanked out of the text.

An act sent through @ctes carries an identifier ``034-213401722-20140405-0000070899-DE``
(département, the collectivité's SIREN, date, the sender's own reference, nature) next to a
reception date (« Reçu en préfecture le 21/12/2023 », « Réception en Préfecture : 08/04/2014 »,
« Réception par le préfet : 14/04/2025 »). The stamp belongs to its act: it is read into
``pref_date`` / ``actes_id`` / ``siren``, and its lines are replaced by spaces before the text
is cut into acts, so that it never becomes an act, an objet or a number of its own. Blanking
keeps every offset in place (the page map of the document stays true).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# "034-213401722-20140405-0000070899-DE", "02B-212000962-20250408-DEL-25-04-031-DE",
# "030-213001100-20231215-PV17112023-AU"
ACTES_ID = re.compile(
    r"(?<![\w-])(?P<id>(?P<dep>\d{2}[0-9AB])-(?P<siren>\d{9})-(?P<date>\d{8})-(?P<ref>[A-Z0-9_.-]{1,40}?)"
    r"-(?P<nature>DE|AR|AI|CC|BF|AU))(?![\w])",
)
_DATE = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
# the reception date, after its label ("Reçu en préfecture le", "Réception en Préfecture :", "Date de
# réception préfecture :", "Réception par le préfet !" as OCR reads a colon)
_RECEPTION = re.compile(
    r"(?:re[çc]u\s+en\s+pr[ée]fecture(?:\s+le)?|r[ée]ception\s+(?:en\s+pr[ée]fecture|par\s+le\s+pr[ée]fet)"
    r"|date\s+de\s+r[ée]ception(?:\s+(?:en\s+)?pr[ée]fecture)?)\s*[:!.]?\s*(?:le\s*)?",
    re.IGNORECASE,
)
# Lines that only make sense as part of the stamp: blanked with it.
_STAMP_LINE = re.compile(
    r"^[ \t\[|]*I?(?:accus[ée]\s+de\s+r[ée]ception\b.*|(?:acte\s+|accus[ée]\s+)?certifi[ée]\s+ex[ée]cutoire\s*$"
    r"|envoi\s+pr[ée]fecture\s*:.*|envoy[ée]\s+en\s+pr[ée]fecture\b.*|re[çc]u\s+en\s+pr[ée]fecture\b.*"
    r"|r[ée]ception\s+(?:en\s+pr[ée]fecture|par\s+le\s+pr[ée]fet)\b.*|publi[ée]\s+le\s*:?\s*(?:\d.*)?$"
    r"|publication\s*:\s*\d.*|id\s*:\s*\S+-(?:DE|AR|AI|CC|BF|AU)\b.*|pour\s+l['’]autorit[ée]\s+comp[ée]tente"
    r"\s+par\s+d[ée]l[ée]gation\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
# a stamp's reception date stands within this many characters of its identifier or label
_NEAR = 300


@dataclass(frozen=True)
class Stamp:
    """One préfecture stamp found in a text; offsets are in that text."""

    start: int
    end: int
    actes_id: str | None
    siren: str | None
    pref_date: str | None  # ISO
    # the reference of an identifier OCR spoilt too much to be read as one (« 026-21 }2000962-20250701-DEL-25-07-
    # 050-DE| » -> « DEL-25-07-050 »), printed just above a reception date: only to tell whose stamp it is
    loose_ref: str | None = None


def _iso(day: str, month: str, year: str) -> str | None:
    """The ISO date, or None: no préfecture received an act before the 1982 decentralisation law, and a year
    OCR made up (« Réception par le préfet : 30/10/2707 ») is no date."""
    if not 1982 <= int(year) <= 2099:
        return None
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _reception_dates(text: str) -> list[tuple[int, str]]:
    """(offset, ISO date) of each labelled reception date. When the label stands alone and the
    dates follow on the next line ("Envoi Préfecture : / Réception en Préfecture : / 08/04/2014
    08/04/2014"), the reception date is the last of the dates printed there."""
    found: list[tuple[int, str]] = []
    for m in _RECEPTION.finditer(text):
        after = text[m.end() : m.end() + 60]
        same_line = re.match(rf"[ \t]*{_DATE}", after)
        if same_line:
            iso = _iso(*same_line.groups())
        else:
            following = after.split("\n", 2)[1] if "\n" in after else ""
            dates = re.findall(_DATE, following)
            iso = _iso(*dates[-1]) if dates else None
        if iso:
            found.append((m.start(), iso))
    # OCR mangles the first word of the stamp (« Re94 en préfecture le 02/02/2023 »): any « … en
    # préfecture le DATE » counts, except the sending date (« Envoyé en préfecture le … »)
    labelled = {pos for pos, _iso_date in found}
    for m in _ANY_PREFECTURE.finditer(text):
        if m.group(1).lower().startswith(("envoy", "transmis", "adress", "depos", "dépos")):
            continue
        iso = _iso(m.group(2), m.group(3), m.group(4))
        if iso and not any(abs(m.start() - pos) < 40 for pos in labelled):
            found.append((m.start(), iso))
    if _SENT.search(text):
        known = {pos for pos, _iso_date in found}
        for m in _MANGLED_LABEL.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[line_start : m.start()]
            if m.group(1).lower() in {"en", "la", "à", "a", "de", "sous"} or _SENDING_WORDS.search(before + m.group(1)):
                continue  # « … en préfecture le » is read above; « transmis à la préfecture le … » is the sending
            iso = _iso(m.group(2), m.group(3), m.group(4))
            if iso and not any(abs(m.start() - pos) < 40 for pos in known):
                found.append((m.start(), iso))
    return sorted(found)


_ANY_PREFECTURE = re.compile(rf"(\S*)\s+en\s+pr[ée]fecture\s+le\s*{_DATE}", re.IGNORECASE)
# the @ctes stamp of a scan prints « Envoyé en préfecture le … ⏎ Reçu en préfecture le … ⏎ Affiché le … ⏎ ID : … »;
# where it overlaps the page's title OCR loses the second label's words (« COMPTE RE AREGHEp préfecture le
# 07/02/2022 »): on a text that prints the sending line, « <mangled word> préfecture le DATE » is the reception line
_SENT = re.compile(r"envoy[ée]\s+en\s+pr[ée]fecture\s+le", re.IGNORECASE)
_MANGLED_LABEL = re.compile(rf"(\S+)[ \t]+pr[ée]fecture[ \t]+le[ \t]*{_DATE}", re.IGNORECASE)
_SENDING_WORDS = re.compile(r"envoy|transmi|adress|d[ée]pos|notifi", re.IGNORECASE)

_MONTHS = ("jan", "fev", "mar", "avr", "mai", "juin", "juil", "aou", "sep", "oct", "nov", "dec")


def _month(word: str) -> int:
    plain = word.lower().replace("é", "e").replace("û", "u")
    return next(i for i, stem in enumerate(_MONTHS, 1) if plain.startswith(stem))
# the préfecture's mail-room stamp on a paper copy, as OCR reads it on a scan: « PRÉFECTURE DU GARD ⏎ Reçu le ⏎
# 03 DEC. 2021 ⏎ Bureau du Courrier » (the year often loses its last digit under the ink: « © 27 MAI 202 », a
# day's digits come apart: « 0 3 DEC. 2021 », a stamp read on its own keeps the box's rules: « Reçu le | — ⏎
# 22 OCT. 2t21 »)
_PAPER_RECEPTION = re.compile(
    r"\bre[çc]u\s+le[ \t]*:?\s*[^\w\n]{0,3}[ \t]*(?:\n[^\w\n]{0,3}[ \t]*)?(?P<d>\d[ ]?\d|\d)[ \t]+"
    r"(?P<m>janv?|f[ée]vr?|mars?|avr|mai|juin|juil|ao[uû]t?|sept?|oct|nov|d[ée]c)[a-zéû]*[ \t]*[.,]?[ \t]*"
    r"(?P<y>\d[0-9tlIoO]{2,3})(?![\w])", re.IGNORECASE)
# « ureau du Courrier »: B lost; « ÉFECTURE DU GARD », « RÉFECTURE DU GARD »: the stamp's first letters lost at the
# edge of its box (the « PR » of a round or inked stamp), as OCR reads it on a scan
_PAPER_CONTEXT = re.compile(r"(?:\bp?r|\b)[ée]fecture\b|b?ureau\s+du\s+courrier", re.IGNORECASE)
_OCR_DIGITS = str.maketrans("tlIoO", "11100")


def _paper_years(printed: str, day: int, month: int, after: date | None) -> list[str]:
    """The ISO dates a stamp's year can be. Four digits read whole are the year, unless the séance is known and puts
    them far from it (« 30 SEP, 2071 » for a séance of June 2021): then, as for a year cut to three digits
    (« 202 ») or read with letters (« 2t21 »), the year is the one that puts the stamp within a year after the séance,
    and it must agree with every digit read but one (none invented: without the séance, nothing)."""
    plain = printed.translate(_OCR_DIGITS)
    if len(printed) == 4 and printed.isdigit():
        iso = _iso(str(day), str(month), printed)
        if after is None:
            return [iso] if iso else []
        if iso and 0 <= (date.fromisoformat(iso) - after).days <= 366:
            return [iso]
        if abs(int(printed) - after.year) <= 1:
            return []  # a year that could be printed, out of the year after the séance: another paper's stamp
    if after is None:
        return []
    found = []
    for year in (after.year, after.year + 1):
        iso = _iso(str(day), str(month), str(year))
        if not iso or not 0 <= (date.fromisoformat(iso) - after).days <= 366:
            continue
        digits = str(year)
        if len(plain) == 3 and digits.startswith(plain[:2]) and digits[:3] == plain:
            found.append(iso)  # « 202 »: the last digit lost
        elif len(plain) == 4 and sum(a != b for a, b in zip(plain, digits, strict=True)) <= 1 \
                and (printed.isdigit() or plain.isdigit()):
            found.append(iso)
    return found


def _paper_receptions(text: str, after: date | None) -> list[tuple[int, str]]:
    """(offset, ISO date) of each mail-room stamp (its year read with :func:`_paper_years`)."""
    found: list[tuple[int, str]] = []
    for m in _PAPER_RECEPTION.finditer(text):
        if not _PAPER_CONTEXT.search(text[max(0, m.start() - 120) : m.end() + 60]):
            continue  # « … un courrier reçu le 16 juin … » in the minutes' own words
        day, month = int(m.group("d").replace(" ", "")), _month(m.group("m"))
        isos = _paper_years(m.group("y"), day, month, after)
        if len(isos) == 1:
            found.append((m.start(), isos[0]))
    return found


# what OCR leaves of an identifier: its date and what follows, spaces slipped in (« -20250318-DEL-25-03-01 1-DE| »)
_LOOSE_ID = re.compile(
    r"(?<!\d)(?:19|20)\d{6}[ \t]*[-:][ \t]*(?P<ref>[A-Z0-9][A-Z0-9 \t_.-]{0,40}?)[ \t]*-[ \t]*D[ \t]*E(?![A-Za-z])")


def find_stamps(text: str, seance: date | None = None) -> list[Stamp]:
    """Every @ctes identifier and labelled reception date, paired when they stand close together; the mail-room
    stamps of paper copies (dates only, never paired with an identifier)."""
    ids = [(m.start(), m.end(), m.group("id"), m.group("siren"), m.group("date")) for m in ACTES_ID.finditer(text)]
    receptions = _reception_dates(text)
    stamps: list[Stamp] = []
    used: set[int] = set()
    for start, end, actes_id, siren, sent in ids:
        # the préfecture never receives an act before the date its identifier prints (an annexed older act's
        # « Réception par le préfet : 14/12/2020 » next to « …-20250701-DEL-25-07-069-DE » is not its date)
        acted = f"{sent[:4]}-{sent[4:6]}-{sent[6:]}"
        near = [(abs(pos - start), i) for i, (pos, iso) in enumerate(receptions)
                if abs(pos - start) <= _NEAR and iso >= acted]
        pref_date = None
        if near:
            _distance, index = min(near)
            used.add(index)
            pref_date = receptions[index][1]
        stamps.append(Stamp(start, end, actes_id, siren, pref_date))
    for i, (pos, iso) in enumerate(receptions):
        if i not in used:
            loose = list(_LOOSE_ID.finditer(text[max(0, pos - _NEAR) : pos]))
            ref = re.sub(r"\s", "", loose[-1].group("ref")) if loose else None
            stamps.append(Stamp(pos, pos + 1, None, None, iso, ref))
    stamps.extend(Stamp(pos, pos + 1, None, None, iso) for pos, iso in _paper_receptions(text, seance))
    return sorted(stamps, key=lambda s: s.start)


def _spaces(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def _id_line(match: re.Match[str]) -> str:
    """A line holding an identifier and nothing but dates around it (« 08/04/2014 08/04/2014 034-… »)
    is all stamp; a sentence that quotes an identifier keeps its words."""
    line = match.group(0)
    rest = re.sub(_DATE, " ", ACTES_ID.sub(" ", line))
    if sum(ch.isalpha() for ch in rest) < 12:
        return " " * len(line)
    return ACTES_ID.sub(_spaces, line)


# stamp fragments that OCR glues to other words on a line, and identifiers OCR misread
# (« D25-212000962-20250A08-DEL-25-07-051-DE »): blanked, never read
_STAMP_FRAGMENT = re.compile(
    r"(?:publication\s*:\s*\d{1,2}/\d{1,2}/\d{4}|re[çc]u\s+en\s+pr[ée]fecture\s+le\s*\d{1,2}/\d{1,2}/\d{4}"
    r"|\[?r[ée]ception\s+par\s+le\s+pr[ée]fet\s*[:!]?\s*\d{1,2}/\d{1,2}/\d{4}\]?"
    r"|pour\s+l['’]autorit[ée]\s+comp[ée]tente\s+par\s+d[ée]l[ée]gation"
    r"|\[?\b[0-9A-Z]{3}-\d{9}-[0-9A-Z]{8}-[A-Z0-9_.-]{1,40}-(?:DE|AR|AI|CC|BF|AU)\b\]?)",
    re.IGNORECASE)


def blank_stamps(text: str) -> str:
    """The text with every stamp line (and bare identifier) replaced by spaces, offsets unchanged."""
    text = _STAMP_LINE.sub(_spaces, text)
    text = re.sub(r"[^\n]*" + ACTES_ID.pattern + r"[^\n]*", _id_line, text)
    return _STAMP_FRAGMENT.sub(_spaces, text)


@dataclass(frozen=True)
class PrefInfo:
    pref_date: str | None
    actes_id: str | None
    siren: str | None


_ID_DATE = re.compile(r"-\d{8}-")
_GROUPS = re.compile(r"\d+")


def _other_act(actes_id: str, number: str | None) -> bool:
    """The identifier spells an act number (Corte: « 02B-212000962-20250701-DEL-25-07-059-DE ») with the same
    groups as the act's own number but the last (« 25-07/058 »): the stamp and the number disagree, so one of
    them belongs to the neighbouring act (in Corte's OCR'd recueils either can be the wrong one)."""
    at = _ID_DATE.search(actes_id)
    return _other_ref(actes_id[at.end() :] if at else "", number)


def _other_ref(ref: str, number: str | None) -> bool:
    if not number:
        return False
    own = [int(g) for g in _GROUPS.findall(number)]
    spelled = [int(g) for g in _GROUPS.findall(ref)]
    return len(own) >= 2 and len(spelled) == len(own) and spelled[:-1] == own[:-1] and spelled[-1] != own[-1]


_TOKENS = re.compile(r"\d+|[A-Za-z]+")


def _tokens(text: str) -> list[str]:
    return [str(int(t)) if t.isdigit() else t.upper() for t in _TOKENS.findall(text)]


def _spells(actes_id: str, number: str | None) -> bool:
    """The identifier's own reference spells the act's number, every group of it (« 02B-212000962-20250701-
    DEL-25-07-072-DE » for « 25-07/072 »; a « DEL » prefix aside, nothing more: « …-059-A-DE » is not « 25-07/059 »)."""
    at = _ID_DATE.search(actes_id)
    return bool(at) and _spells_ref(actes_id[at.end() :].rsplit("-", 1)[0], number)  # type: ignore[union-attr]


def _spells_ref(ref_text: str, number: str | None) -> bool:
    own = _tokens(number or "")
    if len(own) < 2 or sum(t.isdigit() for t in own) < 2:
        return False
    ref = _tokens(ref_text)
    return len(ref) >= len(own) and ref[len(ref) - len(own) :] == own and all(
        t.isalpha() for t in ref[: len(ref) - len(own)])


def _spelled_elsewhere(stamps: list[Stamp], number: str | None) -> PrefInfo | None:
    """The act's stamp printed outside its span (a recueil's extract prints it above the « OBJET » where the act
    is cut), or inside it with its identifier spoilt by OCR: the stamps whose identifier spells the act's number,
    with the one identifier and the one reception date they print (none when they disagree)."""
    own = [s for s in stamps if (s.actes_id and _spells(s.actes_id, number))
           or (s.loose_ref and _spells_ref(s.loose_ref, number))]
    if not own:
        return None
    ids = {_usual_departement(s.actes_id, stamps) for s in own if s.actes_id}
    dates = {s.pref_date for s in own if s.pref_date}
    pref_date = next(iter(dates)) if len(dates) == 1 else None
    if len(ids) > 1 or (pref_date is None and not ids):
        return None
    first = next((s for s in own if s.actes_id), None)
    if first is None or first.actes_id is None:
        return PrefInfo(pref_date, None, None)
    return PrefInfo(pref_date, _usual_departement(first.actes_id, stamps), first.siren)


def _usual_departement(actes_id: str, stamps: list[Stamp]) -> str:
    """The identifier with the département the document's other identifiers of that SIREN print, when OCR misread
    it (« 028-212000962-… » among « 02B-212000962-… »): one collectivité sits in one département."""
    dep, siren = actes_id[:3], actes_id[4:13]
    seen = [s.actes_id[:3] for s in stamps if s.actes_id and s.actes_id[4:13] == siren]
    usual = max(set(seen), key=seen.count) if seen else dep
    return usual + actes_id[3:] if seen.count(usual) > 2 * seen.count(dep) else actes_id


def stamp_for_span(
    stamps: list[Stamp], begin: int, end: int, document_wide: PrefInfo | None, number: str | None = None
) -> PrefInfo | None:
    """The stamp of the act spanning ``[begin, end)``: its own when one stands inside it, else the
    document's single stamp (a PV transmitted whole carries one stamp on every page). A stamp whose
    identifier spells another number than the act's is not given to it: no identifier rather than a
    neighbour's, and its reception date only when every stamp of the document prints that same date."""
    # a stamp whose spoilt identifier still spells another act's number (« …-DEL-25-03-01 1-DE| ») is that act's
    inside = [s for s in stamps if begin <= s.start < end and not (s.loose_ref and _other_ref(s.loose_ref, number))]
    with_id = [s for s in inside if s.actes_id]
    # one reception date printed by every stamp that prints one (a recueil sent to the préfecture in one
    # go): the date of an act whose own stamp OCR cut (« Réception par le préfet : 30/10/202 ») or lost
    dates = {s.pref_date for s in stamps if s.pref_date}
    single_date = next(iter(dates)) if len(dates) == 1 else None
    if with_id and all(_other_act(s.actes_id or "", number) for s in with_id):
        if (elsewhere := _spelled_elsewhere(stamps, number)) is not None:
            return elsewhere
        return PrefInfo(single_date, None, None) if single_date else None
    with_id = [s for s in with_id if not _other_act(s.actes_id or "", number)]
    if not with_id and (elsewhere := _spelled_elsewhere(stamps, number)) is not None:
        return elsewhere
    if with_id:
        first = with_id[0]
        pref_date = first.pref_date or next((s.pref_date for s in inside if s.pref_date), None) or single_date
        return PrefInfo(pref_date, first.actes_id, first.siren)
    if inside and inside[0].pref_date and document_wide is None:
        return PrefInfo(inside[0].pref_date, None, None)
    if document_wide is None and single_date and len(stamps) >= 2:
        return PrefInfo(single_date, None, None)
    return document_wide


def document_stamp(stamps: list[Stamp]) -> PrefInfo | None:
    """The stamp of the whole document, when all its stamps name one identifier (or one date)."""
    ids = {s.actes_id for s in stamps if s.actes_id}
    dates = {s.pref_date for s in stamps if s.pref_date}
    if len(ids) == 1 and len(dates) <= 1:
        first = next(s for s in stamps if s.actes_id)
        return PrefInfo(next(iter(dates), None), first.actes_id, first.siren)
    if not ids and len(dates) == 1:
        return PrefInfo(next(iter(dates)), None, None)
    return None
