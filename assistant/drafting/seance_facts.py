"""Facts about a council session read from its documents with regular expressions (no LLM).

Every fact keeps the file and page it was read from, so the draft can cite it and the clerk can
check it. A fact that no pattern finds is simply absent: the procès-verbal then shows a
placeholder instead of a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.drafting.french_numbers import NUMBER_WORDS_RE, word_to_int
from indexer.textnorm import fold_aligned

FACT_LABELS: dict[str, str] = {
    "heure_ouverture": "heure d'ouverture de la séance",
    "lieu": "lieu de la séance",
    "date_convocation": "date de convocation",
    "president": "président de séance",
    "membres_en_exercice": "nombre de membres en exercice",
    "presents_nombre": "nombre de membres présents",
    "votants": "nombre de votants",
    "presents": "noms des membres présents",
    "representes": "membres représentés (pouvoirs)",
    "excuses": "membres excusés",
    "absents": "membres absents",
    "secretaire": "secrétaire de séance",
    "quorum": "quorum",
    "heure_cloture": "heure de clôture",
}


@dataclass(frozen=True)
class SourcePage:
    path: str
    page: int
    text: str


@dataclass(frozen=True)
class Fact:
    name: str
    value: str | int | tuple[str, ...]
    path: str
    page: int
    excerpt: str = ""

    def to_json(self) -> dict[str, object]:
        value = list(self.value) if isinstance(self.value, tuple) else self.value
        return {
            "fact": self.name,
            "label": FACT_LABELS.get(self.name, self.name),
            "value": value,
            "source": {"path": self.path, "page": self.page},
            "excerpt": self.excerpt,
        }


@dataclass
class SeanceFacts:
    facts: dict[str, Fact] = field(default_factory=dict)

    def get(self, name: str) -> Fact | None:
        return self.facts.get(name)

    def value(self, name: str) -> str | int | tuple[str, ...] | None:
        fact = self.facts.get(name)
        return fact.value if fact else None

    def offer(self, fact: Fact) -> None:
        """First source wins: pages are given in order of trust (procès-verbal first)."""
        if fact.value in ("", (), None):
            return
        self.facts.setdefault(fact.name, fact)


# --- text helpers -------------------------------------------------------------------------------

_SOFT_BREAK = re.compile(r"(\w)[\u00ad\ufffe\uffff]\s*")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "\t": " "})


def normalise(text: str) -> str:
    text = _SOFT_BREAK.sub(r"\1-", text.translate(_APOSTROPHES))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(" ".join(line.split()) for line in lines)


def _fold(text: str) -> str:
    """One character for one character, so a match found in the folded text has the same span in the
    original: patterns are written once, and work on "Présents" as on a typist's "Presents"."""
    return fold_aligned(text, keep_case=True)


def fold_text(text: str) -> str:
    """Accent- and case-insensitive form of a text, with the same length (positions carry over)."""
    return fold_aligned(text)


def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(_fold(pattern), flags)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _excerpt(text: str, start: int, end: int) -> str:
    return _flat(text[max(0, start - 40) : end + 20])


# --- times --------------------------------------------------------------------------------------

_TIME = (
    r"(?:(?P<h>\d{1,2})\s*(?:h|heures?)\s*(?P<m>[0-5]\d)?(?!\d)"
    r"|(?P<hc>\d{1,2}):(?P<mc>[0-5]\d)"
    rf"|(?P<hw>{NUMBER_WORDS_RE})\s+heures?(?:\s+(?P<mw>et\s+demie|et\s+quart|{NUMBER_WORDS_RE}))?)"
)
_TIME_RE = _rx(_TIME)


def _time_value(match: re.Match[str]) -> str | None:
    if match.group("h") is not None:
        hour, minute = int(match.group("h")), int(match.group("m") or 0)
    elif match.group("hc") is not None:
        hour, minute = int(match.group("hc")), int(match.group("mc"))
    else:
        hw = word_to_int(match.group("hw"))
        if hw is None:
            return None
        hour, words = hw, " ".join((match.group("mw") or "").lower().split())
        minute = {"et demie": 30, "et quart": 15}.get(words, word_to_int(words) or 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return f"{hour} h {minute:02d}"


_OPENING_CONTEXT = _rx(r"l'an\b|séance|réuni|convoqu|ouverte|conseil municipal|\b\d{1,2}(?:er)?\s+[a-z]+\s+\d{4}")
_NOT_OPENING = _rx(r"arriv|départ|quitt|levé|clos|clôtur|suspen|repri|fin\b|jusqu|avant|après")
_CLOSING = _rx(
    r"(?:(?:séance|réunion)\s+(?:est\s+|a\s+été\s+)?(?:levée|close|clôturée|terminée)"
    r"|(?:fin|clôture|levée)\s+de\s+(?:la\s+)?(?:séance|réunion))\s*(?:à|:)?\s*" + _TIME
)
_EXPLICIT_OPENING = _rx(r"(?:séance\s+(?:est\s+|a\s+été\s+)?ouverte|ouvre\s+la\s+séance)\s+à\s+" + _TIME)


def _opening_time(flat: str) -> tuple[str, int, int] | None:
    folded = _fold(flat)
    for match in _TIME_RE.finditer(folded):
        before = folded[max(0, match.start() - 160) : match.start()]
        near = folded[max(0, match.start() - 30) : match.start()]
        if not _OPENING_CONTEXT.search(before) or _NOT_OPENING.search(near):
            continue
        if re.search(r"\ba\s*$", near) and (value := _time_value(match)):
            return value, match.start(), match.end()
    explicit = _EXPLICIT_OPENING.search(folded)
    if explicit and (value := _time_value(explicit)):
        return value, explicit.start(), explicit.end()
    return None


# --- sentence-like facts -----------------------------------------------------------------------

_MONTHS = r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_DATE = rf"(?:\d{{1,2}}(?:er)?\s+(?:{_MONTHS})(?:\s+\d{{4}})?|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})"
_TITLE = r"(?:Madame|Monsieur|Mme|Mlle|M\.|MM\.?)"
_NAME = _TITLE + r"?\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4}"
# A name after a label: a title with its period ("M. Laurent GAUTHIER"), then up to the line's end.
_LABEL_VALUE = rf"(?P<v>(?:{_TITLE}\s+)?[^,.;:\n]{{3,80}})"

_PATTERNS: dict[str, list[re.Pattern[str]]] = {
    "president": [
        _rx(
            rf"sous\s+la\s+présidence\s+de\s+(?P<v>(?:{_TITLE}\s+)?[^,.;:()]{{3,80}}?)"
            r"\s*(?=[,.;:(]|$|\s+(?:maire|qui)\b)"
        ),
        _rx(r"président(?:e)?\s+de\s+(?:la\s+)?séance\s*:[ ]*" + _LABEL_VALUE),
        _rx(r"présidée?\s+par\s+(?P<v>" + _NAME + ")", 0),
    ],
    "lieu": [
        _rx(
            r"s'est\s+réuni(?:e|s|es)?\s+(?:en\s+(?:séance|session)\s+\w+\s*,?\s*)?"
            r"(?P<v>(?:dans|à|en)\s+(?:la\s+|le\s+)?(?:salle|mairie|foyer|lieu|maison)[^,.;]{0,80})"
        ),
    ],
    "date_convocation": [
        _rx(rf"date\s+de\s+(?:la\s+)?convocation\s*:\s*(?P<v>{_DATE})"),
        _rx(rf"convoquée?s?\s+(?:le\s+|en\s+date\s+du\s+)?(?P<v>{_DATE})"),
    ],
    "membres_en_exercice": [
        _rx(r"(?:membres?|conseillers?)(?:\s+municipaux)?\s+en\s+exercice\s*:?\s*(?P<v>\d{1,3})\b"),
        _rx(r"en\s+exercice\s*:\s*(?P<v>\d{1,3})\b"),
        _rx(r"\b(?P<v>\d{1,3})\s+(?:membres?|conseillers?)(?:\s+municipaux)?\s+en\s+exercice"),
    ],
    "presents_nombre": [
        _rx(r"(?<![\w-])présents?\s*:\s*(?P<v>\d{1,3})\b(?!\s*[/.]\d)"),
        _rx(r"\b(?P<v>\d{1,3})\s+(?:membres?\s+|conseillers?\s+)?présents\b"),
    ],
    "votants": [
        _rx(r"votants?\s*:\s*(?P<v>\d{1,3})\b"),
        _rx(r"\b(?P<v>\d{1,3})\s+votants\b"),
    ],
    "quorum": [
        _rx(r"(?P<v>quorum\s+(?:n'est\s+pas|n'étant\s+pas)\s+atteint)"),
        _rx(r"(?P<v>quorum\s+(?:est|étant|a\s+été|ayant\s+été)\s+(?:atteint|constaté|réuni))"),
        _rx(r"quorum\s*:\s*(?P<v>\d{1,3})\b"),
    ],
    "secretaire": [
        _rx(r"secrétaire(?:\s+de\s+séance)?\s*(?:désignée?\s*)?:[ ]*" + _LABEL_VALUE),
        _rx(
            r"(?P<v>" + _NAME + r")\s+(?:est|a\s+été)\s+(?:nommée?|désignée?|élue?)\s+"
            r"(?:en\s+qualité\s+de\s+|comme\s+|pour\s+remplir\s+les\s+fonctions\s+de\s+)?secrétaire",
            0,
        ),
    ],
}

_VALUE_NOISE = re.compile(r"^(?:de|par|:)\s+|\s+(?:et|,)$", re.I)
_TRAILING_TITLE = re.compile(r"\b(?:M|MM|Mme|Mlle)\.$")
_INITIAL = re.compile(r"(?:^|[\s,;.])(?:[A-Z]|Ph|Ch|Th)\.$")


def _clean_value(value: str) -> str:
    value = _flat(value).strip(" ,;:-–")
    if value.endswith(".") and not _TRAILING_TITLE.search(value):
        value = value[:-1]
    return _VALUE_NOISE.sub("", value).strip()


def _sentence_facts(src: SourcePage, text: str, facts: SeanceFacts, first_page: bool) -> None:
    flat = _flat(text)
    for name, patterns in _PATTERNS.items():
        if name in facts.facts:
            continue
        for pattern in patterns:
            # "Label : value" forms stop at the end of their line; sentences may wrap across lines.
            haystack = text if r"\n" in pattern.pattern else flat
            match = pattern.search(_fold(haystack))
            if not match:
                continue
            raw = _clean_value(haystack[match.start("v") : match.end("v")])
            value: str | int = int(raw) if raw.isdigit() else raw
            if name == "quorum" and isinstance(value, str):
                value = "non atteint" if "pas" in value.lower() else "atteint"
            facts.offer(Fact(name, value, src.path, src.page, _excerpt(haystack, match.start(), match.end())))
            break
    if first_page and "heure_ouverture" not in facts.facts and (found := _opening_time(flat)):
        opening, start, end = found
        facts.offer(Fact("heure_ouverture", opening, src.path, src.page, _excerpt(flat, start, end)))
    if "heure_cloture" not in facts.facts:
        for match in _CLOSING.finditer(_fold(flat)):
            if closing := _time_value(match):
                excerpt = _excerpt(flat, match.start(), match.end())
                facts.offer(Fact("heure_cloture", closing, src.path, src.page, excerpt))
                break


# --- attendance sections -----------------------------------------------------------------------

_SECTION_LABELS: list[tuple[str, str]] = [
    (
        "representes",
        r"absents?\s+(?:ayant\s+donné|avec|représentés?\s+par|ayant\s+remis)\s*(?:un\s+)?"
        r"(?:pouvoirs?|procurations?)?|absents?\s+représentés?|pouvoirs?|procurations?|représentés?",
    ),
    ("excuses", r"(?:absents?\s+)?excusée?s?(?:\s+et\s+représentée?s?)?"),
    ("absents", r"absente?s?(?:\s+non\s+excusée?s?)?"),
    ("presents", r"(?:étaient\s+|membres\s+)?présente?s?"),
    # « Secrétaires de Séance : A ; B » ends the list above it too (plural: two secretaries)
    ("secretaire", r"secrétaires?(?:\s+de\s+séance)?"),
]
_STOP_LABELS = r"quorum|ordre\s+du\s+jour|votants?|(?:membres?|conseillers?)\s+en\s+exercice|nombre\s+de\s+\w+"
_LABEL_RE = _rx(
    r"(?:^|(?<=[\s.;,(–-]))(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _SECTION_LABELS)
    + rf"|(?P<stop>{_STOP_LABELS}))\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_CONNECTORS = set(
    [
        "et",
        "à",
        "a",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "d'",
        "pouvoir",
        "pouvoirs",
        "donné",
        "donnée",
        "donne",
        "procuration",
        "monsieur",
        "madame",
        "mme",
        "m.",
        "mm",
        "mm.",
        "mlle",
        "par",
        "représenté",
        "représentée",
        "-",
        "–",
        "/",
        "(",
        ")",
        "ayant",
    ]
)


def _name_like(line: str) -> bool:
    tokens = [t.strip(",;.()") for t in line.split()]
    tokens = [t for t in tokens if t]
    if not tokens or line.lstrip()[:1] in '«"[':
        return False
    good = sum(1 for t in tokens if t[:1].isupper() or t.lower() in _CONNECTORS)
    return good / len(tokens) >= 0.75


def _section_text(text: str, start: int, end: int) -> str:
    """Keep continuation lines only while they still look like a list of names."""
    lines = text[start:end].split("\n")
    kept = [lines[0]]
    for line in lines[1:]:
        previous = kept[-1].rstrip()
        # « … C.BUZOS, S. ⏎ VALLOIR »: an initial's period ends no sentence
        ends_sentence = (
            previous.endswith(".") and not _TRAILING_TITLE.search(previous) and not _INITIAL.search(previous)
        )
        if not line.strip() or ends_sentence or not _name_like(line) or line.startswith(("_", "—")):
            break
        kept.append(line)
    return "\n".join(kept)  # as long as the text it was read from: its span is known


# « − Madame Isabelle SIGAUD − Monsieur Jean-Marc GOSSOT »: minus signs and dashes as bullets too
_ITEM_SPLIT = re.compile(r"\s*(?:[,;]|\s/\s|\s[-−–]\s|^[-−–]\s|\bet\b(?![^(]*\)))\s*")
_GROUP_PREFIX = re.compile(r"^(?:MM\.?|Mmes\.?|Messieurs|Mesdames)\s+")
_PROXY_PATTERNS = [
    _rx(
        r"^(?P<from>.+?)\s+(?:a\s+donné|donne|ayant\s+donné|donnant)\s+(?:pouvoir|procuration)\s+"
        r"(?:à|a)\s+(?P<to>.+)$"
    ),
    _rx(
        r"^(?P<from>[^()]+?)\s*\((?:[^()]*?)(?:pouvoir|procuration)(?:\s+donnée?)?\s+(?:(?:à|a)\s+)?"
        r"(?P<to>[^()]+)\)"
    ),
    _rx(r"^(?P<from>[^()]+?)\s*\((?:représentée?\s+par)\s+(?P<to>[^()]+)\)"),
]
_PROXY_SECTION = _rx(r"^(?P<from>.+?)\s+(?:à|a|→|par)\s+(?P<to>.+)$")
_LOWER_TITLE = re.compile(r"^(?:monsieur|madame|m\.|mme)\s+(?=[A-ZÉ])")


# « PRESENTS : MM et Mmes Ph. DUBOURG, … »: the civilities of the whole list, not a name
_GROUP_CIVILITIES = re.compile(
    r"^\s*(?:(?:MM\.?|Messieurs)\s+et\s+(?:Mmes\.?|Mesdames)|(?:Mmes\.?|Mesdames)\s+et\s+(?:MM\.?|Messieurs))\s+"
)


def _split_items(section: str) -> list[str]:
    items = []
    for raw in _ITEM_SPLIT.split(_GROUP_CIVILITIES.sub("", section)):
        item = _GROUP_PREFIX.sub("", raw.strip(" :-–"))
        if item.endswith(".") and not _TRAILING_TITLE.search(item):
            item = item[:-1]
        if item and len(item) <= 90 and not item.isdigit():
            items.append(item)
    return items


def _proxy(item: str, in_proxy_section: bool) -> tuple[str, str] | None:
    patterns = [*_PROXY_PATTERNS, _PROXY_SECTION] if in_proxy_section else _PROXY_PATTERNS
    folded = _fold(item)
    for pattern in patterns:
        match = pattern.match(folded)
        if match:
            giver = item[match.start("from") : match.end("from")].strip(" :-–/")
            holder = _LOWER_TITLE.sub("", item[match.start("to") : match.end("to")].strip(" .)"))
            if giver and holder:
                return giver, holder
    return None


_FREE_SPLIT = re.compile(r"(?<!\bM)(?<!\bMM)(?<!\bMme)[.;,\n]+\s*")


def _free_segments(text: str, read: list[tuple[int, int]]) -> list[str]:
    """The text's sentences and clauses outside the labelled lists already read: a list item that wraps
    (« NABAIS RAMOS ⏎ Manuel (donne procuration à …) ») would otherwise give its second line as a proxy."""
    segments, start = [], 0
    for cut in [*_FREE_SPLIT.finditer(text), None]:
        end = cut.start() if cut else len(text)
        if not any(lo <= start < hi for lo, hi in read):
            segments.append(text[start:end])
        start = cut.end() if cut else len(text)
    return segments


def _known_giver(giver: str, givers: set[str]) -> bool:
    """The same person already read as a giver, or a piece of one (« Manuel » of « NABAIS RAMOS Manuel »)."""
    words = set(fold_text(giver).split())
    return any(words <= set(fold_text(known).split()) for known in givers)
_INLINE_ABSENT = _rx(
    r"^(?P<name>[A-Z][\w'. -]{1,60}?)\s*:\s*(?P<kind>absente?s?\s+non\s+excusée?s?|absente?s?\s+excusée?s?|"
    r"absente?s?|excusée?s?)\s*\.?$",
    re.MULTILINE,
)


def _attendance(src: SourcePage, text: str, facts: SeanceFacts) -> None:
    folded = _fold(text)
    labels = list(_LABEL_RE.finditer(folded))
    sections: dict[str, list[str]] = {"presents": [], "representes": [], "excuses": [], "absents": []}
    proxies: list[str] = []
    excerpts: dict[str, str] = {}
    read: list[tuple[int, int]] = []  # the labelled lists' spans: the sentence pass below stays out of them
    for index, label in enumerate(labels):
        kind = label.lastgroup or "stop"
        if kind in ("stop", "secretaire") or kind in facts.facts:
            continue
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        body = _section_text(text, label.end(), end)
        read.append((label.start(), label.end() + len(body)))
        body = body.replace("\n", " ").strip()
        if not body or body[:1].isdigit():
            continue  # "Présents : 12" is a count, read elsewhere
        excerpts.setdefault(kind, _flat(text[label.start() : label.end() + 80]))
        for item in _split_items(body):
            pair = _proxy(item, kind == "representes")
            if pair:
                proxies.append(f"{pair[0]} (pouvoir à {pair[1]})")
                excerpts.setdefault("representes", excerpts[kind])
                if kind in ("excuses", "absents"):  # listed as excused by the document: stays excused too
                    sections[kind].append(pair[0])
            else:
                sections[kind].append(item)
    givers = {p.split(" (pouvoir à ")[0] for p in proxies}
    for segment in _free_segments(text, read):
        # "Marie PETIT a donné pouvoir à Jean MARTIN" written as a sentence, outside any labelled list
        has_proxy = re.search(r"pouvoir|procuration", segment, re.IGNORECASE)
        pair = _proxy(segment.strip(), False) if has_proxy else None
        if pair and not _known_giver(pair[0], givers) and len(pair[0].split()) <= 6 and _name_like(pair[0]):
            givers.add(pair[0])
            proxies.append(f"{pair[0]} (pouvoir à {pair[1]})")
            excerpts.setdefault("representes", _flat(segment))
    for match in _INLINE_ABSENT.finditer(folded):
        status = match.group("kind").lower()
        kind = "absents" if "non" in status or "excus" not in status else "excuses"
        sections[kind].append(text[match.start("name") : match.end("name")].strip())
        excerpts.setdefault(kind, _flat(text[match.start() : match.end()]))
    if proxies:
        sections["representes"] = proxies + [s for s in sections["representes"] if s not in proxies]
    for kind, names in sections.items():
        if names:
            unique = tuple(dict.fromkeys(names))
            facts.offer(Fact(kind, unique, src.path, src.page, excerpts.get(kind, "")))


def extract_seance_facts(pages: list[SourcePage]) -> SeanceFacts:
    """Read the facts from pages given in order of trust (the procès-verbal's own pages first)."""
    facts = SeanceFacts()
    seen_files: set[str] = set()
    for src in pages:
        text = normalise(src.text)
        first_page = src.path not in seen_files
        seen_files.add(src.path)
        _sentence_facts(src, text, facts, first_page)
        _attendance(src, text, facts)
    return facts
