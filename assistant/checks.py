"""The assistant's hard checks, as small named objects.

Each check looks at the chosen span, its passage and the question, and either passes or gives a
French reason. ``penalty`` multiplies the calibrated probability (0 = always refuse). The list is
read by :mod:`assistant.choice` and by ``bench/calibrate_confidence.py``, which counts for each
check how many wrong answers and how many right ones it removes on the development set: a check is
kept only if it removes more wrong answers than right ones (figures in ``assistant/README.md``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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
    written = tx.content_stems(pool)
    nouns = tx.noun_stems(s.question) - generic_stems() - written
    return sorted(n for n in nouns if not name_in_passage(n, pool) and not _shortened(n, written))


def _shortened(noun: str, written: set[str]) -> bool:
    """The act writes the noun cut short ("foot" for "football", "asso" for "association")."""
    return any(len(w) >= 4 and noun.startswith(w) for w in written)


def distant_year(s: Subject) -> list[str]:
    return distant_years(s.question, s.span, [s.source])


def contradicted_year(s: Subject) -> list[str]:
    return contradicted_years(s.question, [s.source])


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
        "L'acte ne parle pas de : {}.",
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
