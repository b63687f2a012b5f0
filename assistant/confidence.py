"""How sure the assistant may be of an answer, from evidence the program can check.

Small local models write fluent wrong answers, so the model's own words are never trusted alone.
Each signal below is in [0, 1] and is reported with the answer, so a reviewer can see *why*.

Soft signals (a weighted mean; weights in ``WEIGHTS``):

* ``support`` — for every sentence of the answer, the share of its content words (accents folded,
  French stems) found in the passages it cites (or all cited passages); then the mean.
* ``coverage`` — share of the question's content words found in the cited passages.
* ``local`` — share of the question's specific words found in the *label* of the answer's figure
  (its line, or what precedes it, and the passage header): "2 160 € TTC" read as a cost is not the
  Département's grant asked for. Equal to ``coverage`` when the answer has no figure.
* ``retrieval`` — the cited act was found by both keyword and vector search (agreement), near the
  top of the list, with a clear score margin over the next act.
* ``fluency`` — ``exp(min token log-prob)``: the probability of the least sure token.
* ``figure`` — the same, over the tokens that write the answer's figures only (how sure the model
  was of "1 800", not of its phrasing); equal to ``fluency`` when there is no figure.

Hard checks (multiply the mean; each one is a reason given to the user):

* the model says it does not know → 0;
* the answer repeats text from an instruction-like sentence found in a document → 0;
* a number (amount, date, year) of the answer is absent from the cited passages → × 0.25;
* a number or a name of the question is absent from the cited passages and their pages → × 0.3
  (the near-miss case: same topic, other year or other association);
* the answer repeats a noun of the question that its sources never use ("club de tennis") → × 0.3;
* the answer names someone or something found neither in the question nor in the sources → × 0.3;
* the question asks for an amount/date/count and the answer has no number → × 0.6;
* the question is about a sum of money and the answer's figures carry no currency → × 0.5;
* a long answer (6 content words or more) shares fewer than two with the question → × 0.4;
* a year of the question is neither the cited act's séance year nor written in the sentence of the
  answer's figure or in the 150 characters before it → × 0.5;
* a term the question dates ("compte administratif 2006") is dated otherwise, and only otherwise,
  in the cited passages ("Compte Administratif 2005", read at a séance of 2006) → × 0.5;
* no valid ``[n]`` citation → × 0.6; a citation to a passage that does not exist → × 0.5;
* a citation moved by the program to the passage that holds the sentence's figures → × 1: reported,
  not penalised, since the moved citation is verified like any other.

``confidence = Σ WEIGHTS[k]·signal[k] × Π(hard checks)``

The weights and ``DEFAULT_THRESHOLD`` come from ``bench/calibrate_confidence.py`` over the model's
cached answers to the development set (``bench/devset/qa.json``: 46 answerable and 38 unanswerable
questions over 402 real deliberation files, default model): the threshold is the lowest that refuses
at least 95 % of the unanswerable questions, the weights (0.05 steps) those that then answer most
questions right. Signals with weight 0 did not help on that set: they are still computed and shown
with every answer. With 84 questions this is a small sample: in a 4-fold cross-validation the
same procedure answered 50 % of the answerable questions right but refused only 89.5 % of the
unanswerable ones it had not seen; so the threshold keeps a margin above the lowest one the rule
allows on the whole set (0.28 on the last measure, one more right answer). A check measured to hit
right answers more often than wrong ones was removed (a "neighbouring table row" check hit 5 right
answers for 2 wrong). Re-measure when the model, the prompts or the checks change.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant import text as tx
from assistant.evidence import name_in_passage

WEIGHTS = {"support": 0.0, "coverage": 0.1, "local": 0.2, "retrieval": 0.0, "fluency": 0.65, "figure": 0.05}
PENALTY_UNSUPPORTED_NUMBER = 0.25
PENALTY_QUESTION_ENTITY = 0.3
PENALTY_NO_NUMBER = 0.6
PENALTY_NO_CITATION = 0.6
PENALTY_BAD_CITATION = 0.5
PENALTY_REATTRIBUTED = 1.0  # moving a citation to the passage holding the figure costs nothing: it is verified
PENALTY_DISTANT_YEAR = 0.5
PENALTY_OTHER_YEAR_TERM = 0.5
PENALTY_ECHOED_TERM = 0.3
PENALTY_OFF_TOPIC = 0.4
PENALTY_NO_CURRENCY = 0.5
PENALTY_UNKNOWN_NAME = 0.3
# Words of a question that an answer may repeat without the source using them.
GENERIC_QUESTION_WORDS = (
    "montant prix cout coute coutent somme tarif tarifs combien quel quelle quels quelles total totale "
    "vote votee votes voter accorde accordee attribue attribuee verse versee decide decidee fixe fixee "
    "retenu retenue adopte adoptee elu elue commune ville conseil municipal annee date"
)
YEAR_BEFORE = 150  # characters: how far before a figure a year (a heading, a label) still qualifies it
DEFAULT_THRESHOLD = 0.39

_IDK = re.compile(
    r"je ne sais pas|je n'ai pas (?:trouve|d'information)|ne (?:contien|mentionn|precis|permett|indiqu)\w*"
    r"|aucune? (?:information|mention|element|donnee)|pas d'information|n'est pas (?:mentionn|indiqu|precis)"
    r"|n'(?:y )?figure pas|impossible de repondre"
)
_INSTRUCTION = re.compile(
    r"ignore[rz]? (?:les |toutes les |tes )?(?:instructions|consignes|regles)|oublie[rz]? (?:les |tes )?"
    r"(?:instructions|consignes)|reponds? (?:uniquement|seulement|simplement)? ?(?:par|:|«|\"|')"
    r"|tu es (?:maintenant|desormais)|nouvelles? instructions?|system ?prompt|ignore previous",
)
_MONEY_QUESTION = re.compile(
    r"\b(montant|cout|coute|coutent|prix|tarif|somme|subvention|paye|payee|depense|amende|redevance|"
    r"combien\s+(?:\w+\s+){0,3}(?:verse|versee|paye|accorde|accordee|donne|donnee|attribue|attribuee))\b"
)
_MONEY = re.compile(r"€|\beuros?\b|\bEUR\b", re.IGNORECASE)
_QUANTITY_QUESTION = re.compile(
    r"\b(combien|montant|quelle somme|quel prix|quel tarif|quand|quelle date|en quelle annee|"
    r"quel taux|quel cout|a quelle date)\b"
)


_AMOUNT = re.compile(r"\d[\d \u00a0\u202f.,]*\s?(?:€|euros?\b|EUR\b)", re.IGNORECASE)


def figure_matcher(question: str) -> Callable[[str], bool] | None:
    """For a question asking for a sum (or a number), a test telling whether a line holds one."""
    folded = tx.fold(question)
    if _MONEY_QUESTION.search(folded):
        return lambda line: bool(_AMOUNT.search(line))
    if _QUANTITY_QUESTION.search(folded):
        asked = tx.numbers(question)
        return lambda line: bool(tx.numbers(line) - asked)
    return None


@dataclass
class SourceText:
    """One numbered passage shown to the model: ``header`` is metadata, ``text`` the document."""

    n: int
    text: str
    header: str = ""
    keyword_rank: int | None = None
    vector_rank: int | None = None
    score: float = 0.0
    page_text: str = ""  # the whole page the passage comes from: evidence for the question's names

    @property
    def full(self) -> str:
        return f"{self.header}\n{self.text}"

    @property
    def context(self) -> str:
        return f"{self.header}\n{self.text}\n{self.page_text}"


@dataclass
class Assessment:
    confidence: float
    signals: dict[str, float] = field(default_factory=dict)
    penalties: dict[str, float] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)  # French, for the user
    cited: list[int] = field(default_factory=list)
    idk: bool = False
    answer: str = ""  # the answer with citations moved to the passages holding its figures


@lru_cache(maxsize=1)
def generic_stems() -> frozenset[str]:
    return frozenset(tx.stem(w) for w in GENERIC_QUESTION_WORDS.split())


def question_entities(question: str) -> set[str]:
    """Numbers (years, amounts) and names of the question, normalised: what an answer must be about."""
    return tx.numbers(question) | tx.proper_names(question)


def missing_entities(question: str, evidence: str) -> list[str]:
    """The question's numbers and names not found in ``evidence`` (names: accent-folded substring)."""
    numbers = tx.numbers(evidence)
    folded = tx.fold(tx.normalize_ws(evidence))
    missing = sorted(n for n in tx.numbers(question) if n not in numbers)
    return missing + sorted(n for n in tx.proper_names(question) if n not in folded)


def off_topic(question: str, answer: str) -> bool:
    """A long answer sharing fewer than two meaningful words with the question: text copied at random."""
    answer_stems = tx.content_stems(answer) - generic_stems()
    if len(answer_stems) < 6:
        return False  # "320 euros [2]" is terse, not off topic
    return len(answer_stems & (tx.content_stems(question) - generic_stems())) < 2


def says_idk(answer: str) -> bool:
    return bool(_IDK.search(tx.fold(answer)))


def instruction_sentences(text: str) -> list[str]:
    return [s for s in tx.sentences(text) if _INSTRUCTION.search(tx.fold(s))]


def assess(
    question: str,
    answer: str,
    sources: Sequence[SourceText],
    min_logprob: float | None = None,
    figure_logprob: float | None = None,
) -> Assessment:
    by_n = {s.n: s for s in sources}
    answer_body = answer.strip()
    if not answer_body or says_idk(answer_body):
        return Assessment(0.0, idk=True, reasons=["Le modèle indique que les documents ne contiennent pas la réponse."])

    penalties: dict[str, float] = {}
    reasons: list[str] = []
    invalid = [n for n in tx.citations(answer_body) if n not in by_n]
    answer_body, moved = attribute(question, answer_body, sources)
    if moved:
        penalties["citation_rattachee"] = PENALTY_REATTRIBUTED
        reasons.append(f"{moved} phrase(s) rattachée(s) par le programme à l'extrait qui contient leurs chiffres.")
    valid = [n for n in tx.citations(answer_body) if n in by_n]
    cited_sources = [by_n[n] for n in valid] or list(sources)

    if _repeats_injected_text(answer_body, cited_sources if valid else sources):
        return Assessment(
            0.0,
            {"injection": 1.0},
            {"injection": 0.0},
            ["La réponse reprend une consigne trouvée dans un document : elle est écartée."],
            valid,
            answer=answer_body,
        )

    source_text = "\n".join(s.full for s in cited_sources)
    source_stems = tx.content_stems(source_text)
    source_numbers = tx.numbers(source_text)

    support = _support(answer_body, by_n, cited_sources)
    q_stems = tx.content_stems(question)
    coverage = len(q_stems & source_stems) / len(q_stems) if q_stems else 0.5
    retrieval = _retrieval(cited_sources, sources)
    fluency = math.exp(min_logprob) if min_logprob is not None else 0.5
    figure = math.exp(figure_logprob) if figure_logprob is not None else fluency
    local = local_coverage(question, answer_body, cited_sources)
    signals = {
        "support": support,
        "coverage": coverage,
        "local": coverage if local is None else local,
        "retrieval": retrieval,
        "fluency": fluency,
        "figure": figure,
    }

    missing_numbers = sorted(tx.numbers(answer_body) - source_numbers)
    if missing_numbers:
        penalties["nombre_absent"] = PENALTY_UNSUPPORTED_NUMBER
        reasons.append("Nombre absent des sources : " + ", ".join(missing_numbers[:5]) + ".")
    if far := distant_years(question, answer_body, cited_sources):
        penalties["annee_eloignee"] = PENALTY_DISTANT_YEAR
        reasons.append(
            "L'année demandée (" + ", ".join(far) + ") n'est ni celle de la séance ni écrite près de la réponse."
        )
    if other := contradicted_years(question, cited_sources):
        penalties["annee_contredite"] = PENALTY_OTHER_YEAR_TERM
        reasons.append("Les sources parlent d'un autre exercice : " + ", ".join(other[:3]) + ".")
    context = "\n".join(s.context for s in cited_sources)
    echoed = sorted(
        (tx.noun_stems(answer_body) & tx.noun_stems(question)) - tx.content_stems(context) - generic_stems()
    )
    # "Saint-Aubin" is in sources that write "Saint-Aubin-sur-Loire": names match as a clerk reads them.
    echoed = [e for e in echoed if not name_in_passage(e, context)]
    if echoed:
        penalties["terme_absent"] = PENALTY_ECHOED_TERM
        reasons.append(
            "La réponse reprend des mots de la question absents des sources : " + ", ".join(echoed[:5]) + "."
        )
    q_missing = missing_entities(question, context)
    if q_missing:
        penalties["question_hors_sources"] = PENALTY_QUESTION_ENTITY
        reasons.append("Élément de la question absent des sources : " + ", ".join(q_missing[:5]) + ".")
    if _QUANTITY_QUESTION.search(tx.fold(question)) and not tx.numbers(answer_body):
        penalties["sans_nombre"] = PENALTY_NO_NUMBER
        reasons.append("La question demande un montant, une date ou un nombre ; la réponse n'en donne pas.")
    if _MONEY_QUESTION.search(tx.fold(question)) and tx.numbers(answer_body) and not _MONEY.search(answer_body):
        penalties["sans_unite"] = PENALTY_NO_CURRENCY
        reasons.append("La question porte sur une somme ; la réponse ne donne aucun montant en euros.")
    if invented := unknown_names(question, answer_body, sources):
        penalties["nom_inconnu"] = PENALTY_UNKNOWN_NAME
        reasons.append("Nom absent de la question et des sources : " + ", ".join(invented[:3]) + ".")
    if off_topic(question, answer_body):
        penalties["hors_sujet"] = PENALTY_OFF_TOPIC
        reasons.append("La réponse ne reprend aucun terme de la question : elle semble hors sujet.")
    if not valid:
        penalties["sans_citation"] = PENALTY_NO_CITATION
        reasons.append("La réponse ne cite aucun extrait.")
    if invalid:
        penalties["citation_invalide"] = PENALTY_BAD_CITATION
        reasons.append("La réponse cite un extrait inexistant.")

    base = sum(WEIGHTS[k] * signals[k] for k in WEIGHTS)
    confidence = base * math.prod(penalties.values())
    return Assessment(round(max(0.0, min(1.0, confidence)), 4), signals, penalties, reasons, valid, answer=answer_body)


_TRAILING_REFS = re.compile(r"([.!?])((?:\s*\[\d{1,2}\])+)")


def attribute(question: str, answer: str, sources: Sequence[SourceText]) -> tuple[str, int]:
    """Point each sentence's ``[n]`` at the passage that really holds its figures.

    A small model often cites the wrong passage number. When a sentence's numbers are not in the
    passages it cites but are all in another one, the citation is moved there (the shown quote is
    then checked against that passage's page as usual); cited passages holding none of the
    sentence's figures are dropped. A sentence without any citation is attached to the passage
    that supports most of its words. Returns the answer and the count of sentences moved.
    """
    # "… 437,40 euros. [2]": the reference after the full stop belongs to the sentence before it.
    answer = _TRAILING_REFS.sub(lambda m: m.group(2).rstrip() + m.group(1), answer)
    by_n = {s.n: s for s in sources}
    moved = 0
    for sentence in tx.sentences(answer):
        numbers = tx.numbers(sentence)
        cited = [by_n[n] for n in tx.citations(sentence) if n in by_n]
        if numbers and cited and numbers <= tx.numbers("\n".join(s.full for s in cited)):
            holders = [s for s in cited if numbers & tx.numbers(s.full)]
            if len(holders) < len(cited):
                answer = answer.replace(sentence, _cite(sentence, [s.n for s in holders]), 1)
            continue
        if numbers:
            candidates = [s for s in sources if numbers <= tx.numbers(s.full)]
        elif not cited and not tx.citations(answer):
            candidates = list(sources)
        else:
            continue
        if not candidates:
            continue
        wanted = tx.content_stems(sentence + " " + question)
        best = max(candidates, key=lambda s: (len(wanted & tx.content_stems(s.full)), -s.n))
        if not numbers and len(tx.content_stems(sentence) & tx.content_stems(best.full)) < 2:
            continue
        answer = answer.replace(sentence, _cite(sentence, [best.n]), 1)
        moved += 1
    return answer, moved


def _cite(sentence: str, refs: list[int]) -> str:
    bare = re.sub(r"\s+([.!?])", r"\1", tx.strip_citations(sentence).rstrip())
    bare = re.sub(r"\s{2,}", " ", bare)
    marks = " ".join(f"[{n}]" for n in refs)
    return f"{bare[:-1]} {marks}{bare[-1]}" if bare[-1:] in ".!?" else f"{bare} {marks}"


_YEAR = re.compile(r"(?:19|20)\d\d")
_SEANCE_YEAR = re.compile(r"séance du ((?:19|20)\d\d)")
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:-|–|/|à|au)\s*((?:19|20)\d\d)(?!\d)")


def distant_years(question: str, answer: str, sources: Sequence[SourceText]) -> list[str]:
    """Years of the question that neither date the cited act nor qualify the answer's figure.

    A year qualifies a figure when it is in the same sentence or in the 150 characters before it
    (headings and labels precede values). "Subvention votée en 2022 ?" answered from the 2023 act
    that mentions "la rentrée 2022" several lines above its 1 800 € is caught: 2022 is on the page,
    but not where the answer was read.
    """
    years = {n for n in tx.numbers(question) if _YEAR.fullmatch(n)}
    if not years:
        return []
    wanted = tx.numbers(answer) - tx.numbers(question)
    satisfied: set[str] = set()
    for source in sources:
        satisfied |= set(_SEANCE_YEAR.findall(source.header)) & years
        text = source.text
        # « le programme FEDER-FSE+ 2021-2027 », « le mandat 2020-2026 »: a period names a programme, not the
        # year of the figure; the act that writes the same period speaks of it, wherever the figure stands.
        for first, last in _YEAR_RANGE.findall(question):
            if any((a, b) == (first, last) for a, b in _YEAR_RANGE.findall(text)):
                satisfied |= {first, last}
        year_positions = [(m.group(), m.start()) for m in _YEAR.finditer(text) if m.group() in years]
        if not wanted:
            satisfied |= {y for y, _ in year_positions}
            continue
        for m in tx.NUMBER.finditer(text):
            if tx.normalize_number(m.group()) in wanted:
                satisfied |= {y for y, pos in year_positions if 0 <= m.start() - pos <= YEAR_BEFORE}
                sentence = _sentence_around(text, m.start(), m.end())
                satisfied |= {y for y in years if y in sentence}
    return sorted(years - satisfied)


_MONTHS = frozenset("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split())
_TERM_YEAR = re.compile(r"([^\W\d_]{3,})\s+((?:19|20)\d\d)\b")


def contradicted_years(question: str, sources: Sequence[SourceText]) -> list[str]:
    """Terms the question dates ("compte administratif 2006") that the sources date otherwise only.

    A deliberation of March 2006 presents the "Compte Administratif 2005": the séance's year
    matches the question, the exercise does not. Only a word written right before the year counts
    (a budget, a festival, an exercise), and only when the sources never write it with the asked
    year. Returns "term year" as found in the sources.
    """
    out: list[str] = []
    text = tx.fold("\n".join(s.text for s in sources))
    dated_in_sources: dict[str, set[str]] = {}
    for m in _TERM_YEAR.finditer(text):
        dated_in_sources.setdefault(m.group(1), set()).add(m.group(2))
    for m in _TERM_YEAR.finditer(tx.fold(question)):
        term, year = m.group(1), m.group(2)
        if tx.is_stop_word(term) or term in _MONTHS or term not in dated_in_sources:
            continue
        years = dated_in_sources[term]
        if year not in years:
            out += [f"{term} {y}" for y in sorted(years)]
    return out


def local_coverage(question: str, answer: str, sources: Sequence[SourceText]) -> float | None:
    """Share of the question's specific words written where the answer's figure is read.

    The figure's label (:func:`label_context`) and the passage header (commune, séance) are the
    evidence window; the best occurrence counts.
    "2 160 € TTC" read in a paragraph about the cost is not the Département's grant that the
    question asks for: "Département" is written two paragraphs below, outside the window.
    None when the answer has no figure of its own (then the passage-wide coverage stands).
    """
    wanted = tx.numbers(answer) - tx.numbers(question)
    asked = tx.content_stems(question) - generic_stems()
    if not wanted or not asked:
        return None
    best = 0.0
    for source in sources:
        text = source.text
        for m in tx.NUMBER.finditer(text):
            if tx.normalize_number(m.group()) not in wanted:
                continue
            window = " ".join((source.header, label_context(text, m.start(), m.end())))
            best = max(best, len(asked & tx.content_stems(window)) / len(asked))
    return best


def label_context(text: str, start: int, end: int) -> str:
    """The words that say what the figure at ``text[start:end]`` is.

    Its line up to the figure, or the 150 characters before it when the line holds no words of its
    own ("Montant :\n 1 800 €"); then the rest of its line, and the next line too when that one
    carries on the same sentence (it starts in lower case). A table row stops at its line: in
    "trentenaire 180 € / cinquantenaire 320 €" on two lines, 180's label is not 320's.
    """
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if len(tx.content_stems(before)) < 2:
        before = text[max(0, start - YEAR_BEFORE) : start]
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    after = text[end:line_end]
    following = text[line_end + 1 :].split("\n", 1)[0]
    if following[:1].islower() and not re.search(r"[.;!?]\s*$", after):
        after += " " + following
    return f"{before}{text[start:end]}{after}"


def unknown_names(question: str, answer: str, sources: Sequence[SourceText]) -> list[str]:
    """Names in the answer found neither in the question nor anywhere in the sources: invented."""
    known = tx.fold(tx.normalize_ws(question + "\n" + "\n".join(s.context for s in sources)))
    return sorted(n for n in tx.proper_names(answer) if n not in known)


_BOUNDARY = re.compile(r"[.!?;](?=\s)|\n\s*\n")


def _sentence_around(text: str, start: int, end: int) -> str:
    before = [m.end() for m in _BOUNDARY.finditer(text, 0, start)]
    after = _BOUNDARY.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _support(answer: str, by_n: dict[int, SourceText], cited: Sequence[SourceText]) -> float:
    ratios: list[float] = []
    for sentence in tx.sentences(answer):
        stems = tx.content_stems(sentence)
        if not stems:
            continue
        own = [by_n[n] for n in tx.citations(sentence) if n in by_n] or list(cited)
        pool = tx.content_stems("\n".join(s.full for s in own))
        ratios.append(len(stems & pool) / len(stems))
    return sum(ratios) / len(ratios) if ratios else 0.0


def _retrieval(cited: Sequence[SourceText], all_sources: Sequence[SourceText]) -> float:
    best = min(cited, key=lambda s: s.n)
    both = best.keyword_rank is not None and best.vector_rank is not None
    one = best.keyword_rank is not None or best.vector_rank is not None
    agreement = 1.0 if both else (0.5 if one else 0.0)
    position = 1.0 / best.n
    scores = sorted((s.score for s in all_sources), reverse=True)
    if len(scores) >= 2 and scores[0] > 0:
        margin = min(1.0, max(0.0, (scores[0] - scores[1]) / scores[0]) * 4)
    else:
        margin = 1.0 if scores else 0.0
    return 0.5 * agreement + 0.3 * position + 0.2 * margin


def _repeats_injected_text(answer: str, sources: Sequence[SourceText]) -> bool:
    """True when the answer echoes an order hidden in a document (prompt injection)."""
    answer_folded = tx.fold(tx.strip_citations(answer))
    answer_stems = tx.content_stems(answer)
    for source in sources:
        for sentence in instruction_sentences(source.text):
            folded = tx.fold(sentence)
            for quoted in re.findall(r"(?:^|\s)[«\"']\s*([^«»\"']{2,60}?)\s*[»\"']", folded):
                if quoted.strip() and quoted.strip() in answer_folded:
                    return True
            stems = tx.content_stems(sentence)
            if stems and answer_stems and len(answer_stems & stems) / len(answer_stems) >= 0.6:
                return True
    return False
