"""The assistant's hard checks, as small named objects.

Each check looks at the chosen span, its passage and the question, and either passes or gives a
French reason. ``penalty`` multiplies the calibrated probability (0 = always refuse). The list is
read by :mod:`assistant.choice` and by ``bench/calibrate_confidence.py``, which counts for each
check how many wrong answers and how many right ones it removes on the development set: a check is
kept only if it removes more wrong answers than right ones (figures in ``assistant/README.md``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from assistant import evidence as ev
from assistant import text as tx
from assistant.confidence import SourceText, contradicted_years, distant_years, instruction_sentences
from assistant.evidence import name_in_passage


@dataclass(frozen=True)
class Subject:
    """What a check reads: the question, the chosen span, the shown passage and its whole context."""

    question: str
    span: str
    passage: str  # the evidence shown (1–3 sentences or rows)
    source: SourceText  # the passage given to the model, its header and page
    context: str  # page, first page, path and commune of the chosen act
    page: str = ""  # the whole page the span was read from
    at: int = -1  # the span's offset in ``page`` (-1: unknown, checks then find it by its text)

    def after(self) -> str:
        """The rest of the span's page (or of its shown passage when it is not placed)."""
        if self.at >= 0:
            return self.page[self.at + len(self.span) :]
        at = self.passage.find(self.span)
        return self.passage[at + len(self.span) :] if at >= 0 else ""


@dataclass(frozen=True)
class Check:
    name: str
    fails: Callable[[Subject], list[str]]  # what is wrong (empty: passes)
    penalty: float
    reason: str  # French, "{}" receives what is wrong
    test: str  # the test that shows it catching a real case


def missing_question_entities(s: Subject) -> list[str]:
    """Numbers and names of the question absent from the chosen act (page, first page, path, commune).

    Names are matched as a clerk reads them (``evidence.name_in_passage``): "Saint-Aubin" is
    "Saint-Aubin-sur-Loire", case and accents do not matter.
    """
    numbers = tx.numbers(s.context + "\n" + s.source.header)
    missing = sorted(n for n in tx.numbers(s.question) if n not in numbers)
    pool = s.context + "\n" + s.source.header
    return missing + sorted(n for n in tx.proper_names(s.question) if not name_in_passage(n, pool))


def missing_question_nouns(s: Subject) -> list[str]:
    """Nouns of the question (words after a determiner: "club de tennis") that the chosen act never
    writes, in any form: the passage is about something else (the football club's grant)."""
    from assistant.confidence import generic_stems

    pool = s.context + "\n" + s.source.header
    written = _stems_of(pool)
    nouns = tx.noun_stems(s.question) - generic_stems() - written
    missing = [n for n in nouns if not name_in_passage(n, pool) and not _shortened(n, written)
               and not _unit_symbol_in(n, pool)]
    return sorted(_as_written(n, s.question) for n in missing)


# Units that the acts print as symbols: « au mètre carré » is written « 0,40 € le M² », « par hectare » « /ha ».
_UNIT_SYMBOLS = {
    # after a figure (« 360 m3 », « 12 ml »), or squared / cubed anywhere (« 0,40 € le M² »): never « M. Dupont »
    "metr": re.compile(r"(?:(?<=\d)\s?m(?:[²³23]|l)?|(?<![^\W\d_])m[²³23])(?![^\W\d_])", re.IGNORECASE),
    "kilometr": re.compile(r"(?<=\d)\s?km[²2]?(?![^\W\d_])", re.IGNORECASE),
    "hectar": re.compile(r"(?<=\d)\s?ha(?![^\W\d_])", re.IGNORECASE),
    "litr": re.compile(r"(?<=\d)\s?l(?![^\W\d_])", re.IGNORECASE),
}


def _unit_symbol_in(noun: str, pool: str) -> bool:
    """The question's unit (« mètre », « hectare ») is printed as its symbol beside a figure of the act."""
    symbol = _UNIT_SYMBOLS.get(noun)
    return symbol is not None and symbol.search(pool) is not None


@lru_cache(maxsize=256)  # the same act's text, once per candidate of its passage
def _stems_of(pool: str) -> frozenset[str]:
    return frozenset(tx.content_stems(pool))


def _as_written(stem: str, question: str) -> str:
    """The question's own word for a stem: the clerk reads « cantine », not the stem « cantin »."""
    for word in tx.words(question):
        w = re.split(r"['’]", word)[-1]
        if tx.stem(tx.fold(w)) == stem:
            return w.lower()
    return stem


def _shortened(noun: str, written: frozenset[str]) -> bool:
    """The act writes the noun cut short ("foot" for "football", "asso" for "association")."""
    return any(len(w) >= 4 and noun.startswith(w) for w in written)


def distant_year(s: Subject) -> list[str]:
    return distant_years(s.question, s.span, [s.source])


def contradicted_year(s: Subject) -> list[str]:
    return contradicted_years(s.question, [s.source])


_YEAR_WORD = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d|[,.]\d)")
# A name followed by one of these verbs is the one who speaks (the mayor, a rapporteur), not what a
# question about a sale, a vote or a grant asks for.
_SPEECH = re.compile(
    r"^\s*(?:,[^,\n]{0,40})?,?\s*(?:propose|rappelle|présente|expose|indique|informe|explique|précise|"
    r"rapporte|donne lecture|demande|souhaite|fait part|annonce|répond|remercie|intervient|souligne|ajoute)\b",
    re.IGNORECASE,
)
_ASKS_SPEAKER = re.compile(r"\bqui\b.{0,40}\b(?:propos|présent|expos|rapport|expliqu|annonc|demand|intervenu)",
                           re.IGNORECASE)


def own_unit(s: Subject) -> str:
    """The sentence or table row of the shown passage that holds the span (the passage if none)."""
    for u in ev.units(s.passage):
        text = s.passage[u.start : u.end]
        if s.span and s.span in text:
            return text
    return s.passage


def other_year_in_sentence(s: Subject) -> list[str]:
    """The span's own sentence or row dates it to another year than the question's (« En 2021, nous
    avions déclaré 77 132 m » for a question about 2022). A year qualifies the span when no other
    number stands between them: in « 3,20 € (contre 3,05 € depuis 2018) », 2018 is 3,05 €'s."""
    asked = set(_YEAR_WORD.findall(s.question))
    unit = own_unit(s)
    at = unit.find(s.span) if s.span else -1
    if not asked or at < 0:
        return []
    end = at + len(s.span)
    qualifying = set()
    for m in _YEAR_WORD.finditer(unit):
        if at <= m.start() < end:
            continue
        between = unit[m.end() : at] if m.end() <= at else unit[end : m.start()]
        if not re.search(r"\d", between):
            qualifying.add(m.group())
    return sorted(qualifying) if qualifying and not qualifying & asked else []


def speaker(s: Subject) -> list[str]:
    """The span is the name of whoever speaks in the minutes (« Monsieur Leroux propose… »)."""
    if not s.span or any(ch.isdigit() for ch in s.span) or _ASKS_SPEAKER.search(s.question):
        return []
    return [s.span] if _SPEECH.match(s.after()) else []


# The labels of who attends a séance; names under them answer no question but one about attendance.
# Written here, not taken from evidence._ATTENDANCE_LABEL: a check must not share the extractor's rules.
_ATTENDANCE = re.compile(
    r"^\s*(?:[ée]taient\s+|sont\s+)?(?:pr[ée]sents?|absents?|excus[ée]s?|procurations?|pouvoirs?|"
    r"absents?\s+(?:excus[ée]s?|repr[ée]sent[ée]s?|ayant\s+donn[ée]\s+pouvoir|ayant\s+vot[ée]\s+par\s+procuration))"
    r"\b[^:\n]{0,120}:",
    re.IGNORECASE,
)
# (« représente » holds « présente »: word starts only)
_ASKS_ATTENDANCE = re.compile(r"\b(?:pr[ée]sent|absent|excus|procuration|pouvoir|quorum|assist)", re.IGNORECASE)
# A line of a roll call: names and civilities separated by commas, nothing that reads as a sentence.
_NAMES_LINE = re.compile(r"^[\s\w'’.,()-]*$")


def roll_call_name(s: Subject) -> list[str]:
    """The span is a name of the séance's roll call (« Absents : » / « Patrick VIGNAL »): whoever is
    present, absent or represented is not who was elected, designated or paid."""
    if not s.span or any(ch.isdigit() for ch in s.span) or _ASKS_ATTENDANCE.search(s.question):
        return []
    if s.at < 0:
        return []
    line_start = s.page.rfind("\n", 0, s.at) + 1
    lines = s.page[:line_start].split("\n")[:-1]
    own = s.page[line_start : s.at]
    if _ATTENDANCE.match(own):
        return [s.span]  # « Présents : Fabien ABERT, … » on the label's own line
    if not _NAMES_LINE.match(own):
        return []
    above = lines[-15:]  # a council of 60 fills a dozen lines
    for i in range(len(above) - 1, -1, -1):  # the label within a few lines of names above
        # a label may wrap over two lines (« Absents ayant voté par procuration … du Code / Général … : »)
        labels = (above[i], above[i - 1] + " " + above[i]) if i > 0 else (above[i],)
        for label in labels:
            if _ATTENDANCE.match(label) and (label.rstrip().endswith(":") or _NAMES_LINE.match(label.split(":", 1)[1])):
                return [s.span]
        if not above[i].strip() or not _NAMES_LINE.match(above[i]) or len(above[i].split(",")) < 2:
            return []
    return []


# « 37 – N° 2018-058 - Dispositif d'aide… », « 12. Subvention… »: the number that orders the agenda.
_ITEM_NUMBER = re.compile(r"\s*(?:[-–—.)]|/)\s*(?:N°|n°|[A-ZÀ-ÖØ-Þ])")


def item_number(s: Subject) -> list[str]:
    """The span is the bare number that opens an agenda item or a heading, not a quantity."""
    number = s.span.strip()
    if not re.fullmatch(r"\d{1,3}", number):
        return []
    for m in re.finditer(rf"(?m)^[ \t]*{number}(?!\d)", s.passage):  # digits only: nothing to escape
        if _ITEM_NUMBER.match(s.passage, m.end()):
            return [number]
    return []


def injected(s: Subject) -> list[str]:
    """The span sits in a sentence that gives orders (a prompt injection in a document)."""
    return instruction_sentences(s.passage)


CHECKS: tuple[Check, ...] = (
    Check(
        "question_hors_sources",
        missing_question_entities,
        0.0,
        "Élément de la question absent de l'acte : {}.",
        "tests/test_assistant_choice.py::test_near_miss_refused_with_closest_passage",
    ),
    Check(
        "sujet_absent",
        missing_question_nouns,
        0.0,
        "L'acte de la réponse écartée ne parle pas de : {}.",
        "tests/test_assistant_choice.py::test_checks_catch_their_case",
    ),
    Check(
        "annee_eloignee",
        distant_year,
        0.0,
        "L'année demandée ({}) n'est ni celle de la séance ni écrite près de la réponse.",
        "tests/test_assistant_choice.py::test_checks_catch_their_case",
    ),
    Check(
        "annee_contredite",
        contradicted_year,
        0.0,
        "Les sources parlent d'un autre exercice : {}.",
        "tests/test_assistant_choice.py::test_checks_catch_their_case",
    ),
    Check(
        "annee_autre_dans_la_phrase",
        other_year_in_sentence,
        0.0,
        "La phrase de la réponse parle d'une autre année : {}.",
        "tests/test_assistant_choice.py::test_new_checks_catch_their_case",
    ),
    Check(
        "numero_d_ordre",
        item_number,
        0.0,
        "Le nombre proposé est le numéro d'un point de l'ordre du jour : {}.",
        "tests/test_assistant_choice.py::test_new_checks_catch_their_case",
    ),
    Check(
        "nom_de_l_orateur",
        speaker,
        0.0,
        "Le nom proposé est celui de la personne qui parle : {}.",
        "tests/test_assistant_choice.py::test_new_checks_catch_their_case",
    ),
    Check(
        "nom_de_la_liste_de_presence",
        roll_call_name,
        0.0,
        "Le nom proposé est dans la liste des présents ou des absents de la séance : {}.",
        "tests/test_assistant_choice.py::test_a_name_of_the_roll_call_is_not_an_answer",
    ),
    Check(
        "consigne_dans_le_document",
        injected,
        0.0,
        "Le passage contient une consigne adressée au programme : il n'est pas une réponse ({}).",
        "tests/test_assistant_choice.py::test_prompt_injection_document",
    ),
)


def run_checks(subject: Subject, checks: tuple[Check, ...] = CHECKS) -> dict[str, list[str]]:
    """The failing checks' names with what each found."""
    out: dict[str, list[str]] = {}
    for check in checks:
        found = check.fails(subject)
        if found:
            out[check.name] = found
    return out


def by_name(name: str) -> Check:
    return next(c for c in CHECKS if c.name == name)
