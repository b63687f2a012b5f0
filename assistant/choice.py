"""Evidence-first answers: the model chooses a span of the passages, it does not write one.

1. Retrieval gives the passages (no model): their best sentences are the evidence, on screen
   before the model runs.
2. Candidate spans (amounts, numbers, dates, names) are read from those sentences.
3. The model scores each one as its reply ``[n] span`` (teacher-forced, one batch a candidate,
   the conversation read once), with "Aucune de ces réponses." as an option; the scores are
   normalised into a distribution.
4. Signals of the chosen span (its probability, margin, retrieval rank and agreement, the
   question's names found in its act) give a calibrated probability (:mod:`assistant.calibration`);
   the named hard checks (:mod:`assistant.checks`) can only lower it.
5. Above the threshold the card shows the passage with the span highlighted and the short answer;
   below it, « Je ne peux pas l'affirmer. Passage le plus proche : … » with the passage.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from assistant import evidence as ev
from assistant import prompts
from assistant import text as tx
from assistant.calibration import ConfidenceModel, SpanRanker, default_model, default_preview_ranker, default_ranker
from assistant.checks import CHECKS, Subject, by_name, run_checks
from assistant.confidence import SourceText, figure_matcher, generic_stems
from assistant.context import LABEL_LINES, focus_passage
from indexer.models import SearchHit
from indexer.progress import CancelToken

if TYPE_CHECKING:
    from indexer.protocol import LibraryReader

NONE_OPTION = "Aucune de ces réponses."
# Per passage, in tokens of four characters: 170 held the answer for 18 of 26 pack questions,
# 260 for 24 (bench_choice --no-model).
PASSAGE_TOKENS = 260
REFUSAL_PREFIX = "Je ne peux pas l'affirmer. Passage le plus proche : "


@dataclass
class Passage:
    """One retrieved page, the stretch of it given to the model (``page[start:end]``)."""

    n: int
    hit: SearchHit
    page: str
    start: int
    end: int
    source: SourceText
    continues: int = 0  # the passage whose item this one continues on the next or previous page (0: none)

    @property
    def text(self) -> str:
        return self.page[self.start : self.end]

    @property
    def placed(self) -> int:
        """Its retrieval rank: a continuation is as well placed as the passage it continues."""
        return self.continues or self.n


@dataclass
class Choice:
    """The outcome of one question: every signal needed to decide, and to re-decide offline."""

    passages: list[Passage]
    candidates: list[ev.Candidate]
    probabilities: list[float]  # one per candidate, then the "none" option
    token_logprobs: list[list[float]] = field(default_factory=list)
    chosen: int | None = None  # index in candidates; None: "none of these" or no candidate
    admissible: list[bool] = field(default_factory=list)  # per candidate: passes the hard checks
    distribution: list[float] = field(default_factory=list)  # ``probabilities`` over the admissible ones
    signals: dict[str, float] = field(default_factory=dict)
    failed: dict[str, list[str]] = field(default_factory=dict)
    seconds_to_evidence: float = 0.0
    seconds: float = 0.0

    @property
    def candidate(self) -> ev.Candidate | None:
        return None if self.chosen is None else self.candidates[self.chosen]


def passages_for(
    lib: LibraryReader,
    hits: Sequence[SearchHit],
    question: str,
    count: Callable[[str], int],
    header: Callable[[Any, int], str],
    context: Callable[[LibraryReader, SearchHit], str],
    budget: int = PASSAGE_TOKENS,
    continued: bool = False,
) -> list[Passage]:
    """The stretch of each hit's page that covers the question; ``continued``: then the continuation
    of the first one on the neighbouring page of its act (:func:`continuations`)."""
    out = []
    vague, figure = generic_stems(), figure_matcher(question)
    for n, hit in enumerate(hits, start=1):
        page = lib.page_text(hit.act.file_id, hit.page)
        body = focus_passage(hit.passage, page, question, budget, count, vague, figure)
        start = page.find(body) if body else -1
        if start < 0:  # the page is empty or the stretch was cut mid-line: give the whole page
            start, end = 0, len(page)
        else:
            end = start + len(body)
        source = SourceText(
            n, page[start:end], header(hit.act, hit.page), hit.keyword_rank, hit.vector_rank, hit.score,
            context(lib, hit),
        )
        out.append(Passage(n, hit, page, start, end, source))
    if continued:
        out += continuations(lib, out, question, count, header, context)
    return out


# The continuation read on a neighbouring page, in tokens of four characters: the head of the next
# page, or the foot of the previous one.
CONTINUATION_TOKENS = PASSAGE_TOKENS // 2


def continuations(
    lib: LibraryReader,
    passages: Sequence[Passage],
    question: str,
    count: Callable[[str], int],
    header: Callable[[Any, int], str],
    context: Callable[[LibraryReader, SearchHit], str],
    budget: int = CONTINUATION_TOKENS,
) -> list[Passage]:
    """An item runs over a page break: when the first passage's stretch reaches (within
    ``LABEL_LINES`` lines) the foot of its page, the head of the act's next page is read too (« Le
    détail de la longueur de voirie 2022 par commune est le suivant : » / next page: the list and its
    total); when it starts at the top of its page, the foot of the act's previous page (the item's
    heading and its figure above « M. PAPIN demande si le pique-nique est compris »). Only when it
    states a value of the asked kind next to the question's words (``evidence.answering_units``): a
    continuation is one more passage for the model to read."""
    if not passages:
        return []
    first = passages[0]
    hit, act = first.hit, first.hit.act
    taken = {(p.hit.act.file_id, p.hit.page) for p in passages}
    out: list[Passage] = []
    for step in (1, -1):
        rest = first.page[first.end :] if step == 1 else first.page[: first.start]
        number = hit.page + step
        if len(rest.strip().split("\n")) > LABEL_LINES or not act.page_start <= number <= act.page_end:
            continue
        if (act.file_id, number) in taken:
            continue
        page = lib.page_text(act.file_id, number)
        lines = page.split("\n")
        kept: list[str] = []
        for line in lines if step == 1 else reversed(lines):
            if kept and count("\n".join([*kept, line])) > budget:
                break
            kept.append(line)
        body = "\n".join(kept if step == 1 else reversed(kept)).strip()
        start = page.find(body) if step == 1 else page.rfind(body)
        if not body or not ev.answering_units(question, page, start, start + len(body)):
            continue
        near = replace(hit, page=number, passage="", snippet="", terms=[])
        n = len(passages) + len(out) + 1
        source = SourceText(n, body, header(act, number), near.keyword_rank, near.vector_rank, near.score,
                            context(lib, near))
        out.append(Passage(n, near, page, start, start + len(body), source, continues=first.n))
    return out


# What the choosing model reads of each passage: "fenetres", the sentences around its candidates
# (what the card would show for each), or "passage", the whole stretch. Reading is nearly all of a
# question's time (≈ 50 tokens a second on 2 threads): the windows are about a third of the
# passages (bench/choice_budget.py), and a span can only be chosen from its own window anyway.
MODEL_CONTEXT = "fenetres"
_GAP = " […] "


def model_text(question: str, p: Passage, cands: Sequence[ev.Candidate]) -> str:
    """The evidence windows of the passage's candidates, in page order, merged where they touch."""
    spans = sorted(ev.evidence_window(p.page, c.start, c.end, question) for c in cands if c.n == p.n)
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return _GAP.join(p.page[a:b] for a, b in merged)


def model_documents(question: str, passages: Sequence[Passage], cands: Sequence[ev.Candidate]) -> str:
    if MODEL_CONTEXT == "passage":
        return "\n\n".join(prompts.document_block(p.n, p.source.header, p.text) for p in passages)
    # A passage without a candidate offers nothing to choose: it is left out, the others keep their number.
    return "\n\n".join(prompts.document_block(p.n, p.source.header, model_text(question, p, cands))
                        for p in passages if any(c.n == p.n for c in cands))


def continuation(c: ev.Candidate) -> str:
    return f"[{c.n}] {c.text}"


def choose(
    llm: Any,
    question: str,
    passages: Sequence[Passage],
    cancel: CancelToken | None = None,
    model: ConfidenceModel | None = None,
    ranker: SpanRanker | None = None,
) -> Choice:
    """Candidates from the passages, scored by the model when it can score (else: the best placed);
    the admissible span that ``ranker`` puts first is chosen."""
    started = time.monotonic()
    cands = ev.candidates(question, [(p.n, p.page, p.start, p.end) for p in passages])
    choice = Choice(list(passages), cands, [], seconds_to_evidence=time.monotonic() - started)
    if cancel is not None:
        cancel.raise_if_cancelled()
    scorer = getattr(llm, "score_choices", None)
    if cands and scorer is not None:
        messages = prompts.messages("choix", {"documents": model_documents(question, passages, cands),
                                              "question": question})
        logprobs = scorer(messages, [continuation(c) for c in cands] + [NONE_OPTION], cancel)
        choice.token_logprobs = logprobs
        choice.probabilities = normalise([sum(lp) for lp in logprobs])
    elif cands:
        # No model: the candidates are ordered by how much of the question their sentence holds.
        choice.probabilities = [1.0 / (i + 2) for i in range(len(cands))] + [0.0]
        total = sum(choice.probabilities)
        choice.probabilities = [p / total for p in choice.probabilities]
    else:
        choice.probabilities = [1.0]
    # The model chooses among the options that pass the hard checks: a span from an act about
    # something else (the water tariff for a canteen question) is not an option, however plausible
    # the model finds it; refusing it *after* the choice threw away the right span it ranked second.
    choice.admissible = [admissible(choice, i, question) for i in range(len(cands))]
    choice.distribution = restrict(choice.probabilities, choice.admissible)
    # Without the model's scores (the passage shown while the model loads and reads), the ranker fitted
    # for that case: the candidates' order is no stand-in for the model's probability.
    ranker = ranker or (default_ranker() if choice.token_logprobs else default_preview_ranker())
    ranking = [ranker.score(span_signals(choice, i, question)) for i in range(len(cands))]
    pool = [i for i in range(len(cands)) if choice.admissible[i] and choice.distribution[i] > 0]
    spans = [(c.text, c.n) for c in cands]
    choice.chosen = first_statement(spans, pool, max(pool, key=ranking.__getitem__)) if pool else None
    if choice.chosen is None and cands:
        # "None of these" won (or no option passes the checks): the signals still describe the best
        # span, so the closest passage is the one the model found most plausible, and calibration
        # can weigh the "none" probability.
        pool = [i for i in range(len(cands)) if choice.admissible[i]] or list(range(len(cands)))
        choice.chosen = max(pool, key=choice.probabilities.__getitem__)
    if choice.chosen is not None and choice.probabilities[-1] > choice.probabilities[choice.chosen]:
        # The model prefers « aucune » to the span: refused whatever the other signals say (measured on
        # the dev and heldout records: it removes no right answer; see assistant/README.md).
        choice.signals["none_won"] = 1.0
    describe(choice, question)
    choice.seconds = time.monotonic() - started
    return choice


def first_statement(spans: Sequence[tuple[str, int]], pool: Sequence[int], best: int) -> int:
    """The chosen value where the best-ranked passage states it (``spans``: each candidate's text and
    passage number; ``pool``: the options). The same figure or name often sits in several passages
    (the deliberation, and the minutes that discussed it, or last year's table with the same price);
    retrieval ranked the passages for the question (its year, its act), so the first one that states
    the value is the one to cite (dev set: 2 citations of 61 moved to the judged source, none away
    from it; assistant/README.md). bench/calibrate_choice.py applies it to recorded candidates."""
    key = ev.value_key(spans[best][0])
    same = [i for i in pool if ev.value_key(spans[i][0]) == key]
    return min(same, key=lambda i: (spans[i][1], i != best))


# How the selection signal is read once the inadmissible options are set aside (compared by
# bench/calibrate_choice.py on the development set, cross-validated; the figures in assistant/README.md):
# "avec_aucune": renormalised over the admissible spans and « aucune »;
# "sans_aucune": renormalised over the admissible spans only, « aucune » keeping its probability.
SELECTION_RULE = "sans_aucune"


def restrict(probabilities: Sequence[float], usable: Sequence[bool], rule: str | None = None) -> list[float]:
    """The distribution over the usable candidates and "none" (last), renormalised under ``rule``;
    when no candidate is usable, the original one (the checks will refuse whatever is chosen)."""
    if not any(usable):
        return list(probabilities)
    none = probabilities[-1]
    kept = [p if ok else 0.0 for p, ok in zip(probabilities, usable, strict=False)]
    if (rule or SELECTION_RULE) == "sans_aucune":
        mass = sum(kept)
        return [p / mass for p in kept] + [none] if mass > 0 else list(probabilities)
    total = sum(kept) + none
    return [p / total for p in kept] + [none / total] if total > 0 else list(probabilities)


def candidate_checks(choice: Choice, i: int, question: str) -> dict[str, list[str]]:
    """The hard checks candidate ``i`` fails (its act, its shown passage, the question)."""
    c = choice.candidates[i]
    passage = choice.passages[c.n - 1]
    start, end = ev.evidence_window(passage.page, c.start, c.end, question)
    subject = Subject(question, c.text, passage.page[start:end], passage.source, passage.source.context,
                      passage.page, c.start)
    return run_checks(subject, CHECKS)


def admissible(choice: Choice, i: int, question: str) -> bool:
    """Candidate ``i`` fails no check that always refuses (penalty 0)."""
    return not any(by_name(name).penalty == 0.0 for name in candidate_checks(choice, i, question))


def normalise(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def describe(choice: Choice, question: str) -> None:
    """The calibration signals of the chosen span and the hard checks it fails."""
    c = choice.candidate
    probs = choice.distribution or choice.probabilities
    if c is None:
        choice.signals.update(selection=0.0, margin=0.0, none=probs[-1], rank=0.0, agreement=0.0,
                              entities=0.0, local=0.0, unit=0.0)
        return
    assert choice.chosen is not None
    choice.signals.update(span_signals(choice, choice.chosen, question))
    choice.failed = candidate_checks(choice, choice.chosen, question)


def span_signals(choice: Choice, i: int, question: str) -> dict[str, float]:
    """The signals of candidate ``i`` as if it were chosen (the ranker's and the calibration's)."""
    c = choice.candidates[i]
    probs = choice.distribution or choice.probabilities
    others = [p for j, p in enumerate(probs[:-1]) if j != i]
    passage = choice.passages[c.n - 1]
    start, end = ev.evidence_window(passage.page, c.start, c.end, question)
    shown = passage.page[start:end]
    subject = Subject(question, c.text, shown, passage.source, passage.source.context, passage.page, c.start)
    asked = tx.numbers(question) | tx.proper_names(question)
    missing = by_name("question_hors_sources").fails(subject)
    wanted = ev.question_stems(question)
    window = tx.content_stems(shown + "\n" + passage.source.header)
    # The span's own sentence or row: a window can borrow the question's words from a neighbour
    # (« Concession trentenaire (à compléter) » above « 425€ concession 50ANS »), its own row cannot.
    own = next((u for u in ev.units(passage.page) if u.start <= c.start and c.end <= u.end), None)
    own_stems = tx.content_stems(passage.page[own.start : own.end] if own else c.text)
    hit = passage.hit
    return {
        "selection": probs[i],
        # how far the span leads the others in the model's eyes (0 when it does not lead)
        "margin": max(0.0, probs[i] - max(others, default=0.0)),
        "none": probs[-1],
        "rank": 1.0 / passage.placed,
        "agreement": float(hit.keyword_rank is not None and hit.vector_rank is not None),
        "entities": 1.0 - len(missing) / len(asked) if asked else 1.0,
        "local": len(wanted & window) / len(wanted) if wanted else 1.0,
        "unit": len(wanted & own_stems) / len(wanted) if wanted else 1.0,
    }


def confidence(choice: Choice, model: ConfidenceModel | None = None, checks: Sequence[str] | None = None) -> float:
    """Calibrated probability that the chosen span answers, times the penalties of failed checks."""
    if choice.candidate is None:
        return 0.0
    model = model or default_model()
    if choice.signals.get("none_won"):
        return 0.0
    p = model.probability(choice.signals)
    for check in CHECKS:
        if check.name in choice.failed and (checks is None or check.name in checks):
            p *= check.penalty
    return round(p, 4)


def evidence_of(
    choice: Choice, question: str, assert_span: bool, extra: Sequence[Passage] = ()
) -> list[ev.Evidence]:
    """The passage to show: around the chosen span (highlighted only when it is asserted), or,
    without a candidate, the sentence of the first passage nearest the question. ``extra``: other
    retrieved passages, not given to the model, where a refusal may find the question's subject."""
    c = choice.candidate
    off_subject = not assert_span and any(name in choice.failed for name in SUBJECT_CHECKS)
    if c is not None and not off_subject:
        p = choice.passages[c.n - 1]
        start, end = ev.evidence_window(p.page, c.start, c.end, question)
        span = (c.start - start, c.end - start) if assert_span else None
    elif choice.passages:
        # A refused span from an act about something else is not the closest passage: the first
        # retrieved passage whose act speaks of the question's subject is (else the first one).
        # The passages given to the model are those of the asked year; a near-miss ("en 2024") may
        # have none on its subject, while retrieval found the subject in another year: show that.
        p = next((q for q in [*choice.passages, *extra] if not on_other_subject(question, q)), choice.passages[0])
        start, end = ev.closest_window(question, p.page, p.start, p.end)
        span = None
    else:
        return []
    act = p.hit.act
    return [ev.Evidence(act.path, p.hit.page, p.page[start:end], span, act.act_id, act.act_number, act.date,
                        act.objet, start)]


# Checks that say the chosen act is about something else than the question
SUBJECT_CHECKS = ("sujet_absent", "question_hors_sources")


def on_other_subject(question: str, p: Passage) -> bool:
    """The passage's act never names the question's subject (its year or figures may differ: the
    closest passage to a near-miss question is the same subject in another year)."""
    subject = Subject(question, "", p.text, p.source, p.source.context)
    return bool(by_name("sujet_absent").fails(subject))


def short_answer(c: ev.Candidate, shown: ev.Evidence) -> str | None:
    """The sentence under the evidence, or None when it states anything the passage does not hold."""
    sentence = f"Réponse : {c.text} [{c.n}]."
    context = " ".join(x for x in (shown.act_number or "", shown.date or "", shown.objet or "") if x)
    return None if ev.drawn_from(sentence, shown.text, context) else sentence


def refused_from(choice: Choice) -> str:
    """Where the refused span comes from: a refusal often shows another act (the one on the
    question's subject), and « l'acte de la réponse écartée » must not read as that one."""
    c = choice.candidate
    assert c is not None
    p = choice.passages[c.n - 1]
    act = p.hit.act
    number = f"n° {act.act_number}" if act.act_number else act.path
    return f"réponse écartée « {c.text} » : {number}" + (f" du {act.date}" if act.date else "") + f", p. {p.hit.page}"


def refusal_text(shown: Sequence[ev.Evidence]) -> str:
    if not shown:
        return "Je ne peux pas l'affirmer : aucun passage des délibérations indexées ne s'en approche."
    return REFUSAL_PREFIX + "« " + tx.normalize_ws(shown[0].text) + " »"


def reasons_of(choice: Choice) -> list[str]:
    out = []
    for name, found in choice.failed.items():
        reason = by_name(name).reason.format(", ".join(found[:3]))
        if name in SUBJECT_CHECKS and choice.candidate is not None:
            reason = f"{reason.rstrip('.')} ({refused_from(choice)})."
        out.append(reason)
    if choice.signals.get("none_won"):
        out.append("Le modèle estime qu'aucun des passages ne répond à la question.")
    if choice.candidate is None:
        out.append("Aucun montant, date, nombre ou nom du type demandé dans les passages trouvés.")
    return out
