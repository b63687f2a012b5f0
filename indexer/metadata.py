"""Metadata of a deliberation read from its text: what is not found stays None, never guessed."""

from __future__ import annotations

import re
from datetime import date

from indexer.frdates import date_from_filename, find_dates
from indexer.models import Votes
from indexer.textnorm import fold

_I = re.IGNORECASE | re.MULTILINE

# ---------------------------------------------------------------- collectivité
_UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ"
_NAME_WORD = rf"[{_UPPER}][\w'’]*"
_PARTICLE = r"(?:sur|sous|en|le|la|les|lès|lez|de|du|des|aux|et|d'|l'|d’|l’)"
_NAME = rf"{_NAME_WORD}(?:(?:[ -]|(?<=['’]))(?:{_PARTICLE}[ -]?)*{_NAME_WORD}){{0,4}}"
_COLLECTIVITE_PATTERNS = (
    re.compile(
        rf"(Communaut[ée]\s+(?:de\s+communes|d['’]agglom[ée]ration|urbaine)\s+(?:du\s+|des\s+|de\s+la\s+|de\s+l['’]|de\s+)?{_NAME})"
    ),
    re.compile(rf"\b(?i:commune|ville|mairie|village)\s+(?i:de\s+la\s+|de\s+|d['’])({_NAME})"),
    re.compile(rf"\b(?:COMMUNE|VILLE|MAIRIE)\s+(?:DE\s+LA\s+|DE\s+|D['’])([{_UPPER}][{_UPPER}'’ -]+[{_UPPER}])"),
    re.compile(rf"(?i:conseil\s+municipal\s+de)\s+({_NAME})"),
    re.compile(rf"({_NAME_WORD}\s+Agglom[ée]ration)"),
)
_NOT_NAMES = {"la", "le", "les", "de", "séance", "seance", "conseil", "commune", "ville", "france"}
_SMALL_WORDS = {"sur", "sous", "en", "le", "la", "les", "lès", "lez", "de", "du", "des", "aux", "et"}


_NAME_STOPS = {"communauté", "communaute", "département", "departement", "canton", "arrondissement", "conseil",
               "séance", "seance", "compte", "procès", "proces", "république", "republique", "mairie", "extrait",
               "registre", "délibération", "deliberation", "région", "region"}


def _tidy_name(raw: str) -> str | None:
    name = re.split(r"\s*\n\s*|\s{2,}", raw.strip())[0].strip(" -,.'’")
    kept: list[str] = []
    for word in name.split():
        if kept and word.lower() in _NAME_STOPS:
            break
        kept.append(word)
    name = " ".join(kept)
    if not name or name.lower() in _NOT_NAMES or len(name) < 3:
        return None
    if name.isupper():
        parts = re.split(r"([ -])", name.lower())
        name = "".join(
            p if p in (" ", "-") or (i > 0 and p in _SMALL_WORDS) else p[:1].upper() + p[1:]
            for i, p in enumerate(parts)
        )
        name = re.sub(r"\b([DL])'(\w)", lambda m: m.group(1).lower() + "'" + m.group(2).upper(), name)
    words = name.split()
    while words and (words[-1].lower() in _SMALL_WORDS or words[-1].lower() in ("d'", "l'", "d’", "l’")):
        words.pop()
    return " ".join(words) or None


def find_collectivite(text: str) -> str | None:
    head = re.sub(r"-\n\s*", "-", text[:4000])  # "Saint-\nApollinaire" split at the end of a line
    best: tuple[int, str] | None = None
    for pattern in _COLLECTIVITE_PATTERNS:
        for m in pattern.finditer(head):
            name = _tidy_name(m.group(1))
            if name and (best is None or m.start() < best[0]):
                best = (m.start(), name)
                break
    return best[1] if best else None


# ---------------------------------------------------------------- séance date
_SEANCE_CONTEXT = re.compile(
    r"(seance|reuni|conseil municipal du|conseil communautaire du|l'an |session|assemblee|reunion du"
    r"|deliberations? du conseil)"
)
_NOT_SEANCE = re.compile(r"(convoc|convoqu|affich|transmis|recu|publi|notifi|vu la delib|vu l'arrete|en date du|exercice)")


def find_seance_date(text: str, filename: str = "") -> date | None:
    folded = fold(text[:6000])
    for pos, found in find_dates(text[:6000]):
        before = folded[max(0, pos - 70) : pos + 8]
        tail = before[-45:].rsplit("\n", 1)[-1]
        if _SEANCE_CONTEXT.search(before) and not _NOT_SEANCE.search(tail):
            return found
    return date_from_filename(filename) if filename else None


# ---------------------------------------------------------------- act number
_NUM = r"([A-Z]{0,4}[ _-]?\d{2,4}\s?[-_/.]\s?\d{1,4}(?:[-_/.]\d{1,4})?|\d{1,4})"
_HEADER_NUMBER = re.compile(r"^[ \t]*(?:DM\s+|D[ée]lib[ée]ration\s+n\s*[°º]?\s*|N\s*[°º]\s*)?([A-Z]{0,4}[ _]?\d{2,4}[-_/]\d{1,4})\s*[-–:]", re.IGNORECASE)
_NUMBER_PATTERNS = (
    re.compile(rf"d[ée]lib[ée]ration\s+n\s*[°ºo]\s*[:.]?\s*{_NUM}", re.IGNORECASE),
    re.compile(rf"^\s*(?:DCM|D[ée]lib\.?|Acte)\s*n?\s*[°ºo]?\s*[:.]?\s*{_NUM}", _I),
    re.compile(r"\b(DE[_-]\d{4}[_-]\d{1,4}|D\d{4}[-_]\d{1,4}|DCM[_-]?\d{4}[-_]\d{1,4})\b"),
    re.compile(r"^[ \t]*n\s*[°º]\s*:?\s*(\d{4}\s*/\s*\d{1,4}|\d{4}-\d{1,4}|\d{1,4}/\d{4}|\d{4}\.\d{1,4})\s*$", _I),
)


_REFERENCE = re.compile(r"(?:vu|rappel\w*|modifi\w*|abrog\w*|compl[ée]t\w*)\s+(?:la|les|sa|notre)?\s*$", re.IGNORECASE)


def find_act_number(text: str, limit: int = 2500) -> str | None:
    head = text[:limit]
    for pattern in _NUMBER_PATTERNS:
        for m in pattern.finditer(head):
            if _REFERENCE.search(head[max(0, m.start() - 30) : m.start()]):
                continue  # "Vu la délibération n° 2019-12": another act, not this one
            number = re.sub(r"\s+", "", m.group(1))
            if number.isdigit() and (len(number) == 4 and 1950 <= int(number) <= 2100 or len(number) < 2):
                continue  # a bare year or a single digit is not an act number
            return number
    return None


# ---------------------------------------------------------------- objet
OBJET_LINE = re.compile(r"^[ \t]*(?:(?:d[ée]lib[ée]ration\s+)?(?:n\s*[°º]\s*)?[A-Z]{0,4}[ _]?\d{2,4}[-_/]\d{1,4}\s*[-–:]\s*)?(?:objet|OBJET|Objet)\s*(?:de\s+la\s+d[ée]lib[ée]ration\s*)?[:.–-]\s*(.*)$", _I)
_BODY_START = re.compile(
    r"^(monsieur|madame|m\.|mme|vu\b|le conseil|la commission|rapporteur|rapport|expos|le maire|"
    r"d[ée]lib[ée]ration|n°|apr[èe]s|considérant|considerant|sur proposition|il est|l'an)",
    re.IGNORECASE,
)
_RAPPORTE = re.compile(r"^.{0,60}\brapporte\s*:?\s*$", _I)


ITEM_HEADER = re.compile(
    r"^[ \t]*\d{1,2}\s*(?:/|[.)-]\s*(?=d[ée]lib[ée]ration\b))\s*(?:d[ée]lib[ée]ration\s+(?:n°\s*\S+\s*)?(?:pour\s+|de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’]|relative\s+[àa]\s+|portant\s+(?:sur\s+)?)?)?",
    _I,
)


# "D2025-003 - Titre", "DEL 2025-86 : Titre", "N° DBC 2021-098 - Titre", "20211206 01 Titre", "2019-09-01 TITRE"
NUMBERED_TITLE = re.compile(
    r"^[ \t]*(?:N\s*[°º]\s*)?(?P<num>(?:[A-Z]{1,4}[ _-]?)?(?:(?:19|20)\d{2}(?:[-_/. ]?\d{1,4}){1,3}|\d{2}-\d{2}/\d{3}))"
    r"[ \t]*[-–:.]?[ \t]+(?P<title>[A-ZÉÈÀÂÊÎÔ«\"][^\n]{5,})$",
    re.MULTILINE,
)
# "4. Noël 2023 – cartes cadeaux", "12) Tarifs de la cantine"
SEQUENCE_ITEM = re.compile(r"^[ \t]*(?P<n>\d{1,2})[ \t]*[./)–-][ \t]+(?P<title>[A-ZÉÈÀÂÊÎÔ«][^\n]{5,})$", re.MULTILINE)


def looks_like_title(title: str) -> bool:
    """A heading, not a table row of amounts: mostly letters, at least two real words."""
    words = re.findall(r"[^\W\d_]{3,}", title[:80])
    digits = sum(ch.isdigit() for ch in title[:80])
    letters = sum(ch.isalpha() for ch in title[:80])
    return len(words) >= 2 and letters > 3 * digits


def _clean_title(title: str) -> str:
    title = re.sub(r"^(?:objet|OBJET|Objet)\s*[:.–-]\s*", "", title.strip()).strip(" :-–")
    return title[:1].upper() + title[1:300]


def find_objet(text: str) -> str | None:
    lines = text[:5000].split("\n")
    first = lines[0] if lines else ""
    item = ITEM_HEADER.match(first)
    if item and len(first) - item.end() >= 4:
        return _clean_title(first[item.end() :])
    if not OBJET_LINE.match(first):
        for pattern in (NUMBERED_TITLE, SEQUENCE_ITEM):
            m = pattern.match(first)
            if m and looks_like_title(m.group("title")):
                return _clean_title(m.group("title"))
    for i, line in enumerate(lines):
        m = OBJET_LINE.match(line)
        if not m:
            continue
        parts = [m.group(1).strip()]
        j = i + 1
        if not parts[0] and j < len(lines):  # "Objet :" alone on its line (scans, tables)
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines):
                parts = [lines[j].strip()]
                j += 1
        while j < len(lines) and len(" ".join(parts)) < 220:
            nxt = lines[j].strip()
            if not nxt or _BODY_START.match(nxt) or nxt.endswith(":"):
                break
            last = parts[-1]
            wrapped = len(last) >= 70 and not last.endswith((".", ";", ":"))
            dangling = last.endswith(("-", ",", " de", " du", " des", " la", " le", " les", " et", " à", " au", " aux", "’", "'"))
            if not (wrapped or dangling or nxt[:1].islower()):
                break
            parts.append(nxt)
            j += 1
        objet = " ".join(parts).strip(" :-–")
        if len(objet) >= 4:
            return objet[:300]
    for i, line in enumerate(lines):  # Montpellier style: the objet stands just above "X rapporte :"
        if _RAPPORTE.match(line):
            above: list[str] = []
            k = i - 1
            while k >= 0 and lines[k].strip() and len(above) < 3:
                if re.match(r"^(absents?|excus|pr[ée]sents?)\b", lines[k].strip(), re.IGNORECASE):
                    break
                above.insert(0, lines[k].strip())
                k -= 1
            if above:
                return " ".join(above)[:300]
    return None


# ---------------------------------------------------------------- votes
def _int(pattern: str, text: str) -> int | None:
    m = re.search(pattern, text, re.IGNORECASE)
    if not m:
        return None
    value = int(m.group(1))
    return value if value < 1000 else None


_UNANIMITY = re.compile(r"unanimit[ée]", re.IGNORECASE)
_REJECTED = re.compile(
    r"(?:proposition|d[ée]lib[ée]ration|projet|motion|amendement)\s+(?:est\s+)?rejet[ée]e?|\brejette\b", re.IGNORECASE
)


def find_votes(text: str) -> tuple[Votes, bool | None]:
    votes = Votes(
        effectif=_int(r"en\s+exercice\s*:?\s*(\d{1,3})\b", text),
        presents=_int(r"\bpr[ée]sents?\s*:\s*(\d{1,3})\b", text),
        votants=_int(
            r"(?:\bvotants?\s*:\s*|pris\s+part\s+(?:au\s+vote|[àa]\s+la\s+d[ée]lib[ée]ration)\s*:?\s*)(\d{1,3})\b",
            text,
        ),
    )
    votes.pour = _first_int(text, (r"(?:\bpour\s*:\s*|\bvotes?\s+pour\s*:?\s*)(\d{1,3})\b", r"\b(\d{1,3})\s+(?:voix\s+|votes?\s+)?pour\b"))
    votes.contre = _first_int(text, (r"\bcontre\s*:\s*(\d{1,3})\b", r"\b(\d{1,3})\s+(?:voix\s+|votes?\s+)?contre\b"))
    votes.abstention = _first_int(
        text, (r"\babstentions?\s*:\s*(\d{1,3})\b", r"\b(\d{1,3})\s+abstentions?\b")
    )
    if votes.abstention is None:
        votes.abstention = _named_abstentions(text)
    if votes.contre is None:
        votes.contre = _listed(_AGAINST_LIST, text)  # "Contre : M. Leblanc, Mme Papin"
    if votes.abstention is None and re.search(r"\babstentions?\s*:\s*(?:n[ée]ant|aucune|0)\b", text, re.I):
        votes.abstention = 0
    if votes.contre is None and re.search(r"\bcontre\s*:\s*(?:n[ée]ant|aucun)\b", text, re.I):
        votes.contre = 0
    unanimous = bool(_UNANIMITY.search(text))
    if unanimous:
        votes.unanimite = True
        if votes.contre is None:
            votes.contre = 0
    elif votes.pour is not None or votes.contre:
        votes.unanimite = False
    adopted: bool | None = None
    if _REJECTED.search(text):
        adopted = False
    elif unanimous or (votes.pour is not None and votes.pour > (votes.contre or 0)) or re.search(r"\b(adopt[ée]e?|approuv[ée]e?|d[ée]cide)\b", text, re.IGNORECASE):
        adopted = True
    return votes, adopted


_NUMBER_WORDS = {"une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
                 "huit": 8, "neuf": 9, "dix": 10}
_CIVILITY = re.compile(r"\b(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Mademoiselle)(?=[\s.])")
_WORD_ABSTENTIONS = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\s+abstentions?\b", re.IGNORECASE)
_ABSTENTION_LIST = re.compile(r"\babstentions?\s*:\s*([^\n;]{0,200})", re.IGNORECASE)
_AGAINST_LIST = re.compile(r"\bcontre\s*:\s*([^\n;]{0,200})", re.IGNORECASE)
_ABSTAINING = re.compile(r"([^\n;:]{0,200}?)\bs[’']abst(?:enant|iennent|ient|enu)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<!\bM)(?<!\bMM)(?<!\bMme)(?<!\bMmes)(?<!\bMlle)[.!?]\s")
_SURNAME = re.compile(r"\b[A-ZÀ-Ý][\w-]+")  # a surname after a plural title


def _count_names(portion: str) -> int | None:
    """How many people a list names ("M. Dupont, Mme Martin", "MM. Dupont et Durand")."""
    people, plural = 0, False
    for part in re.split(r",|\bet\b", portion):
        if _CIVILITY.search(part):
            people += 1
            plural = bool(re.search(r"\b(?:MM|Mmes)\b", part))
        elif plural and _SURNAME.search(part):  # "MM. Dupont et Durand": the second name has no title
            people += 1
    return people or None


def _listed(label: re.Pattern[str], text: str) -> int | None:
    """How many people follow ``label`` ("Contre : …"), up to the end of its sentence."""
    m = label.search(text)
    return _count_names(_SENTENCE_END.split(m.group(1))[0]) if m else None


def _named_abstentions(text: str) -> int | None:
    """Abstentions written in words or as names: "unanimité moins une abstention (M. Durand)",
    "Abstention : M. Dupont, Mme Martin", "M. X et Mme Y s'abstenant"."""
    m = _WORD_ABSTENTIONS.search(text)
    if m:
        return _NUMBER_WORDS[m.group(1).lower()]
    listed = _listed(_ABSTENTION_LIST, text)
    if listed:
        return listed
    m = _ABSTAINING.search(text)
    if m:
        return _count_names(_SENTENCE_END.split(m.group(1))[-1])
    return None


def _first_int(text: str, patterns: tuple[str, ...]) -> int | None:
    for pattern in patterns:
        value = _int(pattern, text)
        if value is not None:
            return value
    return None


# ---------------------------------------------------------------- document type
def find_doc_type(filename: str, first_pages: str) -> str:
    name = fold(filename)
    head = fold(first_pages[:1500])
    if "liste des deliberations" in head or "liste-des-deliberations" in name or "liste_des_delib" in name:
        return "liste"
    if "annexe" in name:
        return "annexe"
    # a heading line "Convocation…" / "Ordre du jour…", not "Date de la convocation : …" in an act's header
    convocation = re.search(r"^[ \t]*(?:convocation|ordre du jour)\b", head[:700], re.M) or "ordre-du-jour" in name \
        or "odj" in name
    title = "\n".join(head.split("\n")[:2])
    minutes_name = re.search(r"proces[- ]verbal|compte[- _]rendu|(?<![a-z])(?:pv|cr)(?![a-z])", name)
    # Minutes often open with the agenda they follow; they record who attended and the votes, a
    # convocation does neither.
    held = re.search(r"unanimit|\b\d+\s+(?:voix\s+)?pour\b|\bpour\s*:\s*\d|\badopte|\bpresents?\s*:", head)
    if (convocation and not minutes_name and not held and "decide" not in head
            and not re.search(r"proces[- ]verbal|compte[- ]rendu", title)):
        return "ordre-du-jour"
    if minutes_name or re.search(r"proces[- ]verbal|compte[- ]rendu", head[:600]):
        return "proces-verbal"
    if re.search(r"deliber|extrait du registre|\bdecide\b|objet", head) or "delib" in name:
        return "deliberation"
    return "autre"
