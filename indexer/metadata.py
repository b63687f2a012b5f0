"""Metadata of a deliberation read from its text: what is not found stays None, never guessed."""

from __future__ import annotations

import re
from datetime import date

from indexer.frdates import date_from_filename, find_dates
from indexer.models import Votes
from indexer.textnorm import fold
from indexer.votes import read_votes

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


def find_collectivite(text: str, communes_only: bool = False, deliberating: bool = False) -> str | None:
    """The first collectivité named in ``text``; with ``deliberating``, not one an item is about."""
    head = re.sub(r"-\n\s*", "-", text[:4000])  # "Saint-\nApollinaire" split at the end of a line
    best: tuple[int, str] | None = None
    for pattern in _COLLECTIVITE_PATTERNS[1:] if communes_only else _COLLECTIVITE_PATTERNS:
        for m in pattern.finditer(head):
            before = head[head.rfind("\n", 0, m.start()) + 1 : m.start()]
            if deliberating and (_OTHER_COMMUNE.search(before) or _MENTION.search(before)):
                continue  # « Demande de retrait de la commune de Castillon du Gard » names another commune
            name = _tidy_name(m.group(1))
            if name and (best is None or m.start() < best[0]):
                best = (m.start(), name)
                break
    return best[1] if best else None


# an item about another commune: its withdrawal, its joining, an agreement with it
_OTHER_COMMUNE = re.compile(r"\b(?:retrait|adh[ée]sion|sortie|rattachement|fusion|int[ée]gration|transfert|convention"
                            r"|avec|aupr[èe]s|entre)\b", re.IGNORECASE)
# « … (DSU) de la commune d'Héricourt », « conseillère municipale … de la commune de la Forêt-Auvray »: a commune
# named inside a sentence is talked about; « le conseil municipal de la commune de X » is the one that sits
_MENTION = re.compile(
    r"\b(?:de|à|a|pour|sur)\s+la(?<!conseil\smunicipal\sde\sla)(?<!maire\sde\sla)(?<!membres\sde\sla)\s*$",
    re.IGNORECASE,
)
_EPCI_COUNCIL = re.compile(r"conseil\s+communautaire|bureau\s+communautaire|comite\s+syndical|conseil\s+de\s+communaute")


def find_deliberating_body(head: str, text: str) -> str | None:
    """The collectivité whose council deliberated: an intercommunal council's minutes belong to the
    EPCI even when filed under a member commune or when the EPCI is named far below the heading; a
    municipal council's minutes belong to the commune even when they name the EPCI first."""
    folded = fold(head[:1500])
    if _EPCI_COUNCIL.search(folded) and "conseil municipal" not in folded:
        m = _EPCI_NAME.search(re.sub(r"-\n\s*", "-", text[:30000]))
        if m and (name := _tidy_name(m.group(1))):
            return name
    if "conseil municipal" in folded:
        # no commune named: the folder names it later (importer), never the EPCI the minutes mention
        return find_collectivite(head, communes_only=True, deliberating=True)
    return find_collectivite(head, deliberating=True)


_DOCUMENT_WORDS = {"liste", "listes", "compte", "comptes", "seance", "proces", "conseil", "deliberation",
                   "deliberations", "extrait", "registre", "annexe", "note", "convocation", "ordre", "mairie",
                   "commune", "ville", "repertoire", "rapport", "budget", "scan", "document", "reunion", "divers"}


def name_from_filename(filename: str, text: str) -> str | None:
    """« clairoix_CM_2006-03-24.txt »: minutes that never write « commune de Clairoix » still name it
    somewhere; a file named after a place the text prints with a capital is that place's."""
    stem = re.split(r"[_ .]", filename, maxsplit=1)[0]
    if len(stem) < 4 or any(ch.isdigit() for ch in stem) or fold(stem) in _DOCUMENT_WORDS:
        return None
    pattern = r"\b" + r"[ -]".join(re.escape(part) for part in re.split(r"[-]", stem)) + r"\b"
    for m in re.finditer(pattern, text[:20000], re.IGNORECASE):
        if m.group(0)[:1].isupper():
            return _tidy_name(m.group(0))
    return None


_EPCI_NAME = re.compile(
    rf"(Communaut[ée]\s+(?i:de\s+communes|d['’]agglom[ée]ration|urbaine)\s+(?:du\s+|des\s+|de\s+la\s+|de\s+l['’]|de\s+)?"
    rf"{_NAME})")


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
# « OBIET \\* Finances Communales » (Corte's OCR saved as Markdown: « J » read « I », the colon an escaped « * »)
OBJET_LINE = re.compile(r"^[ \t]*(?:(?:d[ée]lib[ée]ration\s+)?(?:n\s*[°º]\s*)?[A-Z]{0,4}[ _]?\d{2,4}[-_/]\d{1,4}\s*[-–:]\s*)?(?:objet|OBJET|Objet|OBIET)\s*(?:de\s+la\s+d[ée]lib[ée]ration\s*)?(?:[:.–-]|\\\*)\s*(.*)$", _I)
_BODY_START = re.compile(
    r"^(monsieur|madame|m\.|mme|vu\b|le conseil|la commission|rapporteur|rapport|expos|le maire|"
    r"d[ée]lib[ée]ration|n°|apr[èe]s|considérant|considerant|sur proposition|il est|l'an)",
    re.IGNORECASE,
)
_RAPPORTE = re.compile(r"^.{0,60}\brapporte\s*:?\s*$", _I)
# « Patrick VIGNAL », « Jean DUPONT, Anne MARTIN-PRIVAT. »: first names then surnames in capitals
_NAMES = re.compile(r"^(?:[A-ZÉÈ][a-zéèëï]+(?:-[A-ZÉ][a-zéè]+)?[ \t]+[A-ZÉÈÇ][A-ZÉÈÇ'-]+(?:[ \t]+[A-ZÉÈÇ][A-ZÉÈÇ'-]+)*"
                    r"[ \t]*[,.–-]?[ \t]*)+$")


ITEM_HEADER = re.compile(
    r"^[ \t]*\d{1,2}\s*(?:/(?!\s*\d)|[.)-]\s*(?=d[ée]lib[ée]ration\b))\s*(?:d[ée]lib[ée]ration\s+(?:n°\s*\S+\s*)?(?:pour\s+|de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’]|relative\s+[àa]\s+|portant\s+(?:sur\s+)?)?)?",
    _I,
)


# "D2025-003 - Titre", "DEL 2025-86 : Titre", "N° DBC 2021-098 - Titre", "20211206 01 Titre", "2019-09-01 TITRE"
# « 2018.07.06 - 2 », « 2018.07.06 -4 » (Avranches): the rank after the date set off by a spaced dash
_TITLE_NUMBER = (r"(?:[A-Z]{1,4}[ _-]?)?(?:(?:19|20)\d{2}(?:[-_/.]|[ \t]?[–-][ \t]?|[ \t])?\d{1,4}"
                 r"(?:(?:[ \t]?[–-][ \t]?|[-_/. ])?\d{1,4}){0,2}"
                 r"|\d{2}-\d{2}/\d{3})")
# the number may carry its date before the dash: « N° DP 2021-313 du 15 septembre 2021 - Culture - … » (Roannais
# Agglomération, the Président's decisions)
_NUMBER_DATE = r"(?:[ \t]+du[ \t]+\d{1,2}(?:er)?[ \t]+[a-zéû]{3,9}[ \t]+(?:19|20)\d{2}(?=[ \t]*[-–—][ \t]))?"
NUMBERED_TITLE = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[.)][ \t]*)?(?:N\s*[°º]\s*)?(?P<num>{_TITLE_NUMBER}){_NUMBER_DATE}"
    # « 20240219 1-Consultation relative au projet … » (Putanges 2023-2024): the title glued to the rank by its dash
    r"(?:[ \t]*[-–—:.]?[ \t]+|-(?=[A-ZÉÈÀÂÊÎÔ][^\W\d_]{2}))(?P<title>[A-ZÉÈÀÂÊÎÔ«\"][^\n]{5,})$",
    re.MULTILINE,
)
# the same number alone on its line, or with one word (« 2014.06.02 - 12 », « 2014.06.02 - 8  ADHESION »), its title
# in capitals on the lines below: Avranches 2014, whose justified headings pdftotext spreads over short lines (a
# longer « word » is a whole title OCR glued together: « 2018.02.26-4 UTILISATIONDESCREDITS… », no lone number)
LONE_NUMBERED = re.compile(
    rf"^[ \t]*(?P<num>{_TITLE_NUMBER})[ \t]*[-–—:.]?[ \t]*(?P<word>[A-ZÉÈÀÂÊÎÔ][^\s]{{0,19}})?[ \t]*$", re.MULTILINE)
# "4. Noël 2023 – cartes cadeaux", "12) Tarifs de la cantine"
SEQUENCE_ITEM = re.compile(r"^[ \t]*(?P<n>\d{1,2})[ \t]*[./)–-][ \t]+(?P<title>[A-ZÉÈÀÂÊÎÔ«][^\n]{5,})$", re.MULTILINE)


def capital_title_below(first: str, following: str) -> str | None:
    """The title in capitals that ``following`` (the text after a lone number) prints, its lines joined across up to
    two blank lines (« ADHESION ⏎ ⏎ A ⏎ ⏎ L’ASSOCIATION ⏎ ⏎ DES … »), up to the body; None if no such title."""
    parts = [first] if first else []
    blanks = 0
    for line in following.split("\n"):
        stripped = line.strip()
        if not stripped:
            blanks += 1
            if blanks > 2:
                break
            continue
        letters = [ch for ch in stripped if ch.isalpha()]
        if (not letters or stripped[:1].isdigit() or sum(ch.isupper() for ch in letters) < 0.9 * len(letters)
                or _BODY_START.match(stripped)):
            break
        blanks = 0
        parts.append(stripped)
        if len(" ".join(parts)) > 250:
            break
    title = " ".join(" ".join(parts).split()).strip(" :-–")
    return title if len(re.findall(r"[^\W\d_]{3,}", title)) >= 2 else None


def looks_like_title(title: str) -> bool:
    """A heading, not a table row of amounts: mostly letters, at least two real words."""
    # « D2024-15 - Compte Financier Unique 2023 »: the act number ahead of the title is not a table's figures
    title = re.sub(r"^[A-Z]{0,4}\s?\d{2,4}(?:\s?[-–_/.]\s?\d{1,4}){1,3}\s*[-–:]?\s*", "", title)
    # nor are the code's article numbers (« DELEGATION AU MAIRE-ARTICLES L-2122.22 ET L-2122.23 DU CODE »)
    title = re.sub(r"\b[LRD][ .-]?\d{4}(?:[-.]\d{1,3})+", "L", title)
    words = re.findall(r"[^\W\d_]{3,}", title[:80])
    digits = sum(ch.isdigit() for ch in title[:80])
    letters = sum(ch.isalpha() for ch in title[:80])
    return len(words) >= 2 and letters > 3 * digits


def _clean_title(title: str, length: int = 300) -> str:
    title = re.sub(r"^(?:objet|OBJET|Objet)\s*[:.–-]\s*", "", title.strip()).strip(" :-–")
    return title[:1].upper() + title[1:length]


_DANGLING = ("-", "–", ",", " de", " du", " des", " la", " le", " les", " et", " à", " au", " aux", " en", " pour",
             " sur", " par", "’", "'", "d’", "l’")


# « … et du LEADER ⏎ Compte tenu du succès grandissant … » (Pierrefonds): « Compte tenu » opens the body's sentence
_BODY_WORD = re.compile(r"^(?:Le|La|Les|L['’]|Il|Elle|Ils|Selon|Conformément|Suite|Vu|Après|Considérant|Sur|En|Par"
                        r"|Afin|Dans|Pour|Ce|Cette|Ces|Un|Une|Nous|On|Compte\s+tenu)\b")


# « Jacques Troncy présente la constitution … », « Madame MARTEAU ajoute que … »: a speaker opens the body
_SPEAKER = re.compile(r"^(?:[A-ZÉÈ][\w'’-]+[ \t]+){1,3}(?:présente|expose|rappelle|informe|indique|propose|explique"
                      r"|ajoute|précise|donne|fait|rapporte|souligne|signale|demande|annonce)\b"
                      # « Philippe THINES : » alone on its line or « Michaël DELAFOSSE : La ville de Montpellier est … »,
                      # the rapporteur of a Montpellier PV, then his report
                      r"|^[A-ZÉÈ][a-zéèëïîôç'’]+(?:-[A-ZÉÈ][a-zéèëïîôç'’]+)?[ \t]+[A-ZÉÈËÏ'’-]{2,}(?:[ \t-][A-ZÉÈËÏ'’]{2,})*[ \t]*:"
                      r"(?:$|[ \t]+[A-ZÉÈ][a-zéèêàâîôûç]*\b)")


def looks_like_heading(line: str) -> bool:
    """A heading line: opens with a capital or a figure, does not end a sentence, names no one first
    (« Madame X ajoute que … », « Jean DUPONT – Anne MARTIN » are body and roll call)."""
    first_letter = next((ch for ch in line if ch.isalpha()), "")
    return (line[:1].isupper() or line[:1].isdigit()) and first_letter.isupper() \
        and not line.endswith((".", ",", ";")) \
        and not _BODY_START.match(line) and not _SPEAKER.match(line) and not _NAMES.match(line) \
        and len(re.findall(r"[^\W\d_]{3,}", line)) >= 2


def _upper_line(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 3 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


# the dash may be the Symbol font's (U+F02D, Pierrefonds 2018-2020: « 3. Accueil de loisirs ⏎ \uf02d Supplément
# mini-camps – été 2018 »), which PDF text extraction keeps in the private use area
_SUB_POINT = re.compile(r"^[ \t]*[-−–\uf02d][ \t]+(?P<text>[A-ZÉÈÀ][^\n]{3,100})$")


# a line that can only go on the line above: it opens in lower case, with a figure or a sign
_CIVILITY_WORD = re.compile(r"\b(?:Monsieur|Madame|Mme|M\.)\s")  # « 9-1 Monsieur X »: a speaker, not a title
_GOES_ON = re.compile(r"(?-i:[a-zà-ÿ])|\d|[%«\"“—–-]\s*\w")


def _announces(line: str) -> bool:
    """A title line that ends on a colon after a word (« … acte administratif : »), not a label (« Objet : »)."""
    return bool(re.search(r"[^\W\d_]{3,}[ \t]*:$", line)) and len(re.findall(r"[^\W\d_]{3,}", line)) >= 3


def _subtitle(line: str) -> bool:
    """A line that may be a title's second half: a title opening with a letter, not the body, a speaker, a vote, a
    sentence."""
    return (line[:1].isalpha() and looks_like_title(line) and not _BODY_START.match(line) and not _BODY_WORD.match(line)
            and not _SPEAKER.match(line) and not _VOTE_WORD.match(line) and not line.endswith(".")
            and not re.search(r"[.;!?]\s|[_|]", line))


def _title_ends(second: str, following: list[str]) -> bool:
    """The first line below a title's second half, blank lines aside: the body's (« > Le Conseil, VU … », « M. X
    présente le dossier. », « Depuis trois ans et dans le cadre des actions … »), or the title going on in capitals
    (« … ET ⏎ LANCEMENT DE LA PROCEDURE »); a table's next row or a sentence's next line is not."""
    line = next((line.strip() for line in following[:6] if line.strip()), "").lstrip(">»").strip()
    return not line or bool(_BODY_START.match(line) or _SPEAKER.match(line) or _BODY_WORD.match(line)
                            or len(line) >= 50 and re.match(r"[A-ZÉÈÀ][a-zéèêàâîôûç]+\s+[a-zéèêàâîôûç]", line)
                            or _upper_line(second) and _upper_line(line))


# « Vote : unanimité », « Pour : 15 », « Adopté à l'unanimité »: a vote, never a title's second half
_VOTE_WORD = re.compile(r"^(?:votes?|pour|contre|abst?entions?|adopt[ée]e?s?|unanimit[ée]|approuv[ée]e?s?)\b",
                        re.IGNORECASE)


# a bracket or a quote opening a line after a blank one: the title goes on (not a rapporteur's or an agenda's note,
# nor a note on who votes: « (Monsieur X a quitté la salle et ne participe pas au vote) », Avranches)
_OPENS_ASIDE = re.compile(r"[(«\"“](?![ \t]*(?:rapport|ajout|rajout|point|suite|voir|cf\b|annexe|monsieur|madame"
                          r"|mesdames|messieurs|mademoiselle|(?:m|mm|mme|mmes|mlle)\.?\s))", re.IGNORECASE)


# « (LA SEANCE EST PRESIDEE PAR MADAME X) », « (MONSIEUR X QUITTE LA SALLE) » below a heading: a note, not its words
_ASIDE_NOTE = re.compile(r"^\((?=.*\b(?:madame|monsieur|mme|s[ée]ance|quitte|sort)\b).*\)$", re.IGNORECASE)


def _lone_colon(lines: list[str], j: int) -> tuple[int, str] | None:
    """A colon alone on line ``j``, then a line in capitals after a blank: (that line's index, « : » and its text)."""
    if j + 2 < len(lines) and lines[j].strip() == ":" and not lines[j + 1].strip() and _upper_line(
            after := lines[j + 2].strip()) and not after[:1].isdigit() and not _BODY_START.match(after):
        return j + 2, f": {after}"
    return None


def _lone_sub_point(lines: list[str], j: int) -> re.Match[str] | None:
    """A sub-point on line ``j`` that ends no sentence and that no other sub-point follows (one sub-point is part of
    its heading's objet; several are a list)."""
    if j >= len(lines):
        return None
    sub = _SUB_POINT.match(lines[j])
    if not sub or sub.group("text").endswith(".") or (j + 1 < len(lines) and _SUB_POINT.match(lines[j + 1])):
        return None
    return sub


def _sole_sub_point(lines: list[str], j: int) -> str | None:
    """The text of a sub-point on line ``j`` that no other follows (its line wrapped once where it ends on a word that
    cannot end it, « − Conclusion d’une convention … entre la commune et le ⏎ département », or before a name in
    capitals); None otherwise."""
    sub = _lone_sub_point(lines, j)
    if not sub:
        return None
    text = sub.group("text").strip()
    if (j + 1 < len(lines) and (more := lines[j + 1].strip()) and len(more) < 40 and not _BODY_WORD.match(more)
            and (text.lower().endswith(_DANGLING) or _upper_line(more))):  # « … Avec la société ⏎ VALLORGE SAS »
        if j + 2 < len(lines) and _SUB_POINT.match(lines[j + 2]):
            return None
        text = f"{text} {more}"
    return text


# « RAPPORT ANNUEL SUR LA MISE EN ŒUVRE … » in capitals under a heading in capitals: its second half, not the
# rapporteur's report opening the body (« Rapport de Monsieur … », « RAPPORTEUR : … »)
_CAPITAL_REPORT = re.compile(r"^RAPPORT[ \t]+(?!DE\b|DU\b|:)[A-ZÉÈ]")


def _opens_body(line: str) -> bool:
    return bool(_BODY_START.match(line)) and not (_CAPITAL_REPORT.match(line) and _upper_line(line))


def _continued(lines: list[str], j: int, parts: list[str], limit: int = 260) -> str:
    """An objet wraps over the next lines until a blank line, the body, or a line that cannot go on.
    A heading with one sub-point below it (« 2. Budget Commune ⏎ - Décision modificative n°1 ») is one
    objet, the two joined by a dash; several sub-points are a list, not part of the heading."""
    if sub := _lone_sub_point(lines, j):
        return f"{' '.join(parts).strip(' :-–')} - {sub.group('text').strip()}"
    first = len(parts)
    while j < len(lines) and len(" ".join(parts)) < limit:
        nxt = lines[j].strip()
        if len(parts) > first and (sub_text := _sole_sub_point(lines, j)):
            # « 12. Gestion du domaine public … abris-voyageurs ⏎ départementaux ⏎ − Conclusion d’une convention … »:
            # the heading's one sub-point below its wrapped title is part of the objet too
            return f"{' '.join(parts).strip(' :-–')} - {sub_text}"
        last = parts[-1]
        # a line cut by the page width (PDF lines run 55-100 characters) goes on below
        wrapped = len(last) >= 50 and not last.endswith((".", ";", ":"))
        # « … ATTRIBUTION DE ⏎ L’INDEMNITE DE CONSEIL », « … au profit de : ⏎ Mme X : »
        dangling = last.rstrip(" :").lower().endswith(_DANGLING)
        dangling_word = dangling and last.rstrip(" :")[-1:].isalpha() or last.rstrip(" :").endswith(("’", "'"))
        if not nxt and dangling_word and j + 1 < len(lines) and lines[j + 1].strip():
            j += 1  # OCR leaves a blank line between a title's two lines (« … de la ⏎ ⏎ « Voie Douce » … »)
            nxt = lines[j].strip()
        elif (not nxt and wrapped and not last.endswith(",") and j + 1 < len(lines)
              and _GOES_ON.match(lines[j + 1].strip()) and not _CIVILITY_WORD.search(lines[j + 1])):
            j += 1  # « … des parcelles AD ⏎ ⏎ 106 à AD 109 … », « … dans la limite de 25 ⏎ ⏎ % des crédits … »
            nxt = lines[j].strip()
        elif (not nxt and (wrapped or len(parts) >= 2 or last.endswith(("–", "-"))) and j + 1 < len(lines)
              and _OPENS_ASIDE.match(lines[j + 1].strip())):
            # OCR leaves a blank line inside a title wrapped over lines, and a line opening on a bracket or a quote
            # never opens the body: « … Service Public de l’Eau ⏎ Potable ⏎ ⏎ (R. P. Q. S.) pour l’exercice 2024 »,
            # « … « Tavignano-Refuge de la ⏎ Sega » - ⏎ ⏎ « Restonica-Refuge de la Sega » » (Corte's OCR)
            j += 1
            nxt = lines[j].strip()
            wrapped = True
        elif not nxt and _upper_line(last) and (colon := _lone_colon(lines, j + 1)):
            # « … AVRANCHES-MONT SAINT MICHEL ⏎ ⏎ : ⏎ ⏎ RECOMPOSITION DU CONSEIL COMMUNAUTAIRE » (Avranches 2015): the
            # colon the justified heading set apart joins its two halves
            j, nxt = colon
        elif not nxt and _upper_line(last) and j + 1 < len(lines) and (
                _upper_line(after := lines[j + 1].strip()) and not after[:1].isdigit() and not _opens_body(after)
                and not _ASIDE_NOTE.match(after)):
            # a heading in capitals wrapped with a blank line between its lines (Avranches 2014: « … URBAINS – ⏎ ⏎
            # LANCEMENT DE LA PROCEDURE », « … DU CODE GENERAL ⏎ ⏎ DES COLLECTIVITES TERRITORIALES) »), also where
            # pdftotext spread a justified heading over short lines (« RECONSTRUCTION DU STOCKAGE ⏎ ⏎ INDUSTRIEL DE
            # PONT-GILBERT – ⏎ ⏎ PARTICIPATION … », « … EGYPTIENNES ⏎ ⏎ : DEMANDE DE ⏎ ⏎ SUBVENTION »)
            j += 1
            nxt = after
        if nxt and dangling_word and not _BODY_WORD.match(nxt):  # a dash may end a title; « de » never does
            parts.append(nxt)
            j += 1
            continue
        if nxt and _announces(last) and _subtitle(nxt) and _title_ends(nxt, lines[j + 1 :]):
            # « Régularisation d’un acte administratif : ⏎ Cession au profit de M. X : » (Corte), « … Lentilly : ⏎
            # reversement de subvention à Lentilly » (L'Arbresle): a title that ends on a colon announces its second
            # half on the next line
            parts.append(nxt)
            j += 1
            continue
        if not nxt or _opens_body(nxt) or _SPEAKER.match(nxt) or (
                nxt.endswith(":") and len(nxt) < 30 and not wrapped):  # « Corse FEDER-FSE + 2021-2027 : » ends it
            break
        # a heading in capitals wraps in capitals (« … VOTE DE CREDITS ⏎ SUPPLEMENTAIRES BUDGET 2014 »)
        # (« PLACE DU MARCHE : ⏎ ⏎ INTEGRATION DANS LE DOMAINE PUBLIC … »: a heading in capitals announces its second
        # half with a colon)
        capitals = _upper_line(last) and _upper_line(nxt) and (
            not last.endswith((".", ";", ":"))
            or last.endswith(":") and len(re.findall(r"[^\W\d_]{2,}", last)) >= 2 and not _SUB_POINT.match(nxt))
        if not (wrapped or dangling or capitals or nxt[:1].islower()):
            break
        if not dangling and _BODY_WORD.match(nxt):
            break  # « … – Compte administratif ⏎ Le compte administratif du budget … »: the body begins
        parts.append(nxt)
        j += 1
    return " ".join(parts).strip(" :-–")


# What the préfecture's stamp and the signature block leave among an OCR'd objet's lines (Corte's
# recueils print the stamp over the heading): never words of the objet
_STAMP_NOISE = re.compile(
    r"pour\s+l['’]autorit[ée]\s+comp\S*\s+par\s+d[ée]l[ée]gation|publication\s*:\s*(?:\d[\d/]*)?"
    r"|accus[ée]\s+(?:de\s+r[ée]ception|certifi[ée]).*|\[?\s*r[ée]ception\s+par\s+le\s+pr[ée]fet.*"
    r"|\[?\b[0-9A-Z]{3}-\d{9}-\S+|[®©]", re.IGNORECASE)
# an OCR'd arrow or bullet ahead of the title under a category (« > », « ➢ », « ¥ »)
_ARROW = re.compile(r"^[ \t]*[^\w\s>➢►¥»]?[>➢►¥»][ \t]*(?=\w)")  # « }> Admission … »: a speck the OCR read before it
# a civility and a name alone on their line (« Madame Anne-Laure MARTIN », « Monsieur Jean DURAND »), not the body
_CIVIL_NAME = re.compile(r"^(?:Madame|Monsieur|Mme|M\.|Mlle)[ \t]+[A-ZÉÈ][\w'’-]*(?:[ \t]+[A-ZÉÈ][\w'’-]*){0,4}[ \t]*[.:]?$")
_ARROW_STOP = re.compile(r"^(?:le maire\b|\d{2}-\d{2}/\d{3}\s*$|vu\b|consid[ée]rant\b|expose\b)", re.IGNORECASE)


def _arrow_lines(lines: list[str], j: int) -> str | None:
    """The title printed under « OBJET : Category : » on lines of its own opened by an arrow, with the
    stamp's words and blank lines between them; None when no arrow line follows before the body."""
    taken: list[str] = []
    seen = 0
    for line in lines[j : j + 24]:
        raw = line.strip()
        if not raw:
            continue
        if taken and taken[-1].lower().endswith(_DANGLING) and _CIVIL_NAME.match(raw):
            taken.append(raw.rstrip(" .:"))  # « … au profit de ⏎ ⏎ Madame Anne MARTIN »: the title names its beneficiary
            continue
        if _ARROW_STOP.match(raw) or _BODY_START.match(raw):
            break
        seen += 1
        text = _STAMP_NOISE.sub("", raw).strip(" ;=|[]\\")
        if _ARROW.match(raw):
            taken.append(_ARROW.sub("", text, count=1).strip())
        elif taken and len(re.findall(r"[^\W\d_]{3,}", text)) >= 2 and (
                text[:1].islower() or taken[-1].lower().endswith(_DANGLING)):
            taken.append(text)  # the title goes on below (« … portant sur le ⏎ risque « SANTE » … »)
        elif not taken and seen > 6:
            return None
    title = " ".join(part for part in taken if part).strip(" :-–—")
    return title or None


def wrapped_title(first: str, following: str, limit: int = 260) -> str:
    """A heading's title ``first`` with the lines of ``following`` it wraps over."""
    return _clean_title(_continued(following.split("\n"), 0, [first.strip()], limit), limit + 40)


def find_objet(text: str) -> str | None:
    lines = text[:5000].split("\n")
    first = lines[0] if lines else ""
    item = ITEM_HEADER.match(first)
    if item and len(first) - item.end() >= 4:
        return _clean_title(_continued(lines, 1, [first[item.end() :].strip()]))
    if not OBJET_LINE.match(first):
        for pattern in (NUMBERED_TITLE, SEQUENCE_ITEM):
            m = pattern.match(first)
            if m and looks_like_title(m.group("title")):
                return _clean_title(_continued(lines, 1, [m.group("title").strip()]))
    for i, line in enumerate(lines):
        m = OBJET_LINE.match(line)
        if not m:
            continue
        parts = [_STAMP_NOISE.sub("", m.group(1)).strip()]
        j = i + 1
        arrows = _arrow_lines(lines, j) if parts[0] else None
        if arrows:  # « OBJET : Finances Communales : ⏎ ⏎ > Réajustements des AP/CP … »
            head = parts[0].rstrip(" :[]|;")
            return f"{head} : {arrows}"[:300] if head else arrows[:300]
        if not parts[0] and j < len(lines):  # "Objet :" alone on its line (scans, tables)
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines):
                parts = [lines[j].strip()]
                j += 1
        objet = _continued(lines, j, parts)
        if len(objet) >= 4:
            return objet[:300]
    for i, line in enumerate(lines):  # Montpellier style: the objet stands just above "X rapporte :"
        if _RAPPORTE.match(line):
            above: list[str] = []
            k = i - 1
            while k >= 0 and not lines[k].strip():  # a blank line may part the objet from « rapporte »
                k -= 1
            while k >= 0 and lines[k].strip() and len(above) < 3:
                if re.match(r"^(absents?|excus|pr[ée]sents?)\b", lines[k].strip(), re.IGNORECASE):
                    # the names listed under « Absents : » are not the objet below them
                    while above and _NAMES.match(above[0]) and len(above) > 1:
                        above.pop(0)
                    break
                above.insert(0, lines[k].strip())
                k -= 1
            if above:
                return " ".join(above)[:300]
    return None


# ---------------------------------------------------------------- votes
def find_votes(text: str) -> tuple[Votes, bool | None]:
    """The vote of an act (:func:`indexer.votes.read_votes`)."""
    return read_votes(text)


# ---------------------------------------------------------------- document type
_METADATA_SHEET = re.compile(r"^\W*fiche\s+(?:de\s+)?metadonnees\b", re.M)
_METADATA_FIELD = re.compile(
    r"^\W*(?:identifiant|licence|mots?[- ]cles|date\s+(?:de\s+)?publication|mise\s+a\s+jour|url|diffuseur"
    r"|proprietaire|categorie|langue|couverture\s+geographique)\s*:", re.M)


def find_doc_type(filename: str, first_pages: str) -> str:
    name = fold(filename)
    head = fold(first_pages[:1500])
    # the title of a list stands at its top; minutes often end with their own « Liste des délibérations »
    if ("liste des deliberations" in head[:300] or "liste-des-deliberations" in name or "liste_des_delib" in name
            or re.search(r"^\W*repertoire\s+(?:chronologique\s+)?des\s+deliberations", head[:400], re.M)):
        return "liste"
    if "annexe" in name:
        return "annexe"
    # an open-data catalogue's sheet that describes a dataset of deliberations (« Fiche métadonnées », « * LICENCE : »,
    # « * MOTS CLÉS : délibération ; … ») records no séance, no act and no vote: neither minutes nor a deliberation
    sheet = _METADATA_SHEET.search(head[:600]) or len(_METADATA_FIELD.findall(head)) >= 4
    if sheet and not re.search(r"unanimit|\bpour\s*:\s*\d|\bseance\s+du\b|\bpresents?\s*:|\bdecide\b", head):
        return "autre"
    # the « note explicative de synthèse » sent with the convocation (L2121-12) explains the agenda
    if re.search(r"note[- _](?:explicative[- _])?de[- _]synthese", name) or \
            re.search(r"^\W*note\s+(?:explicative\s+)?de\s+synthese", head[:300], re.M):
        return "ordre-du-jour"
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
    # « CM-du-10-avril-2024.pdf »: a council meeting's file that records attendance or votes is its minutes, unless its
    # own title says it holds the council's deliberations (« VILLE D’EYBENS ⏎ DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DU 24
    # OCTOBRE 2013 » in « eybens_deliberations_CM_2013-10-24.txt »: one deliberation; more become minutes in analyse)
    if re.search(r"(?<![a-z])cm(?![a-z])", name) and held and "extrait" not in head[:400] and not re.search(
            r"^\W*deliberations?\s+du\s+conseil\s+municipal\b", "\n".join(head.split("\n")[:3]), re.M):
        return "proces-verbal"
    if re.search(r"deliber|extrait du registre|\bdecide\b|objet", head) or "delib" in name:
        return "deliberation"
    return "autre"
