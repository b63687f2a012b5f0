"""Questions over the library: retrieve, answer from the passages only, check, or refuse.

The model's answer is streamed through ``on_token`` while it is written; the *final* answer is the
returned :class:`Answer`, which may be a refusal replacing what was streamed.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from assistant import choice as ch
from assistant import prompts
from assistant import text as tx
from assistant.calibration import ConfidenceModel
from assistant.choice import Choice
from assistant.confidence import (
    DEFAULT_THRESHOLD,
    Assessment,
    SourceText,
    assess,
    figure_matcher,
    generic_stems,
    missing_entities,
    question_entities,
    says_idk,
)
from assistant.context import focus_passage
from assistant.evidence import Evidence
from assistant.llm import LLM, Completion, TokenCallback
from assistant.quotes import locate_quote, unquote_unverified
from assistant.scope import place_scope
from indexer.models import DOC_TYPE_LABELS, ActRecord, SearchHit
from indexer.progress import CancelToken

if TYPE_CHECKING:
    from indexer.protocol import LibraryReader

REFUSAL = "Je ne trouve pas de réponse sûre dans les délibérations indexées."
NO_SOURCES = "Aucune délibération indexée ne correspond à cette question."
DEFAULT_TOP = 4  # passages given to the model (free answer)
# Passages given to the choosing model. Reading the prompt is nearly all of a question's time
# (about 50 tokens a second on 2 threads): on the dev set the 4th passage added 170 tokens on
# average and never held an answer the first three lacked (bench/choice_budget.py).
CHOICE_TOP = 3
RETRIEVED = 10  # passages retrieved, before those missing the question's names and years are set aside
RETRY_SOURCES = 2  # passages given again when the model first says it does not know
CONTEXT_TOKENS = 1100  # all passages together; prompt reading costs ~20 ms a token on a laptop
PASSAGE_TOKENS = 700  # at most, for one passage: the stretch of its page that covers the question
ANSWER_TOKENS = 160
MAX_LISTED_ACTS = 30


@dataclass
class Citation:
    n: int
    path: str
    page: int
    act_number: str | None
    quote: str | None  # verbatim from the page, or None when no quote could be verified
    act_id: int
    objet: str | None = None
    date: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    question: str
    answer: str
    refused: bool
    confidence: float
    citations: list[Citation] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    kind: str = "llm"  # "llm", "catalogue" (counted from metadata), "aucune_source"
    raw_answer: str = ""
    reasons: list[str] = field(default_factory=list)
    signals: dict[str, float] = field(default_factory=dict)
    penalties: dict[str, float] = field(default_factory=dict)
    threshold: float = DEFAULT_THRESHOLD
    completion: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)  # verbatim passages, shown first
    choice: Choice | None = None  # the span selection behind an evidence-first answer

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "refused": self.refused,
            "confidence": round(self.confidence, 4),
            "threshold": self.threshold,
            "kind": self.kind,
            "evidence": [e.to_json() for e in self.evidence],
            "citations": [c.to_json() for c in self.citations],
            "sources": self.sources,
            "raw_answer": self.raw_answer,
            "reasons": self.reasons,
            "signals": {k: round(v, 4) for k, v in self.signals.items()},
            "penalties": self.penalties,
            "completion": self.completion,
        }


def source_header(act: ActRecord, page: int) -> str:
    """Short on purpose: every token of context costs ~20 ms of prompt reading on a laptop."""
    label = DOC_TYPE_LABELS.get(act.doc_type, "Document").lower()
    parts = [act.collectivite or "", f"{label} n° {act.act_number}" if act.act_number else label]
    if act.date:
        parts.append(f"séance du {act.date}")
    parts.append(f"page {page}")
    return ", ".join(p for p in parts if p)


def build_sources(
    lib: LibraryReader, hits: list[SearchHit], llm: LLM, passage_tokens: int, question: str = ""
) -> list[SourceText]:
    out: list[SourceText] = []
    budget = min(passage_tokens, CONTEXT_TOKENS // max(1, len(hits)))
    vague, figure = generic_stems(), figure_matcher(question)
    for n, hit in enumerate(hits, start=1):
        page = lib.page_text(hit.act.file_id, hit.page)
        body = focus_passage(hit.passage, page, question, budget, llm.count_tokens, vague, figure)
        header = source_header(hit.act, hit.page)
        out.append(
            SourceText(n, body, header, hit.keyword_rank, hit.vector_rank, hit.score, document_context(lib, hit))
        )
    return out


def document_context(lib: LibraryReader, hit: SearchHit) -> str:
    """What situates a passage: its page, the act's first page, the document's own first page, its
    folder and file name.

    A minutes page rarely repeats the commune's name; the file's first page and its folder
    ("couthenans/CR_conseil_municipal_28_10_2022.pdf") do, and are evidence the program can check.
    """
    act = hit.act
    parts = [lib.page_text(act.file_id, hit.page)]
    # The act's own first page holds its heading: the figures on its next page are about that.
    for page in sorted({act.page_start, 1} - {hit.page}):
        parts.append(lib.page_text(act.file_id, page))
    parts.append(re.sub(r"[/_]+", " ", act.path))
    parts.append(act.collectivite or "")
    return "\n".join(parts)


def retrieve(lib: LibraryReader, question: str, top: int) -> list[SearchHit]:
    """Hybrid search; when it misses the communes the question names, their documents are added."""
    hits = lib.search(question, top=top, mode="hybrid")
    scope = place_scope(lib, question)
    if scope is None or any(h.act.act_id in scope for h in hits):
        # The named commune is already there: select_hits prefers its passages. More of them would
        # only be more distractors (measured: three right answers lost to a neighbouring figure).
        return hits
    scoped = lib.search(question, top=top, mode="hybrid", within=scope)
    # Interleaved, not appended: a name can also be a word of other communes' paths ("Lisières").
    merged: dict[int, SearchHit] = {}
    for pair in itertools.zip_longest(scoped, hits):
        for hit in pair:
            if hit is not None:
                merged.setdefault(hit.act.act_id, hit)
    return list(merged.values())


def select_hits(lib: LibraryReader, hits: list[SearchHit], question: str, keep: int) -> list[SearchHit]:
    """Prefer passages whose document has the years, amounts and names of the question.

    A small model handed "subvention 2024 : 1 800 €" next to "subvention 2021 : 1 500 €" may answer
    a 2021 question with 2024's figure; passages about another year or association are distractors,
    and setting them aside also shortens the prompt (measured on the development set: no right
    passage lost, 2.6 passages kept on average out of 10).
    """
    if not question_entities(question):
        return hits[:keep]
    ranked = []
    for rank, hit in enumerate(hits):
        evidence = "\n".join((source_header(hit.act, hit.page), hit.passage, document_context(lib, hit)))
        ranked.append((len(missing_entities(question, evidence)), rank, hit))
    best = min(m for m, _, _ in ranked)
    return [h for m, _, h in sorted(ranked, key=lambda r: (r[0], r[1])) if m == best][:keep]


def with_next_pages(hits: list[SearchHit], keep: int) -> list[SearchHit]:
    """The hits, then, while there is room, the next page of each hit's act. The heading and the
    subject of an item are where the search lands; its figures are often on the next page (« … de
    lui verser la somme de 100 € » under a heading at the foot of page 3)."""
    out = list(hits)
    taken = {(h.act.act_id, h.page) for h in hits}
    for h in hits:
        if len(out) >= keep:
            break
        page = h.page + 1
        if page <= h.act.page_end and (h.act.act_id, page) not in taken:
            out.append(replace(h, page=page, passage="", snippet="", terms=[]))
            taken.add((h.act.act_id, page))
    return out


def choice_hits(lib: LibraryReader, retrieved: list[SearchHit], question: str, top: int) -> list[SearchHit]:
    """The pages the evidence-first path reads: the selected hits, then their acts' next pages."""
    return with_next_pages(select_hits(lib, retrieved, question, top), top)


def ask(
    lib: LibraryReader,
    llm: LLM | None,
    question: str,
    threshold: float | None = None,
    top: int | None = None,
    on_token: TokenCallback | None = None,
    cancel: CancelToken | None = None,
    passage_tokens: int = PASSAGE_TOKENS,
    max_tokens: int = ANSWER_TOKENS,
    retry_on_idk: bool = True,
    approach: str = "choix",
    model: ConfidenceModel | None = None,
    on_evidence: Callable[[list[Evidence]], None] | None = None,
) -> Answer:
    """Answer ``question`` from the library, or refuse. ``llm`` may be None for catalogue questions only.

    ``approach``: "choix" (default: the model chooses a span of the passages, evidence first) or
    "libre" (the model writes a sentence, checked afterwards: the former design, kept for the bench).
    ``on_evidence`` receives the closest passages as soon as retrieval has found them, before the model.
    """
    question = " ".join(question.split())
    if approach == "choix":
        chosen = default_threshold() if threshold is None else threshold
        return ask_choice(lib, llm, question, chosen, top or CHOICE_TOP, cancel, model, on_evidence)
    top = top or DEFAULT_TOP
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    catalogue = _catalogue_answer(lib, question, threshold)
    if catalogue is not None:
        return catalogue
    hits = retrieve(lib, question, max(2 * top, RETRIEVED))
    hits = select_hits(lib, hits, question, top)
    if cancel is not None:
        cancel.raise_if_cancelled()
    if not hits:
        return Answer(
            question,
            NO_SOURCES,
            True,
            0.0,
            kind="aucune_source",
            threshold=threshold,
            reasons=["La recherche n'a trouvé aucun document."],
        )
    if llm is None:
        raise ValueError("un modèle de langue est nécessaire pour cette question")
    sources = build_sources(lib, hits, llm, passage_tokens, question)
    documents = "\n\n".join(prompts.document_block(s.n, s.header, s.text) for s in sources)
    messages = prompts.messages("question", {"documents": documents, "question": question})
    completion = llm.complete(messages, max_tokens=max_tokens, on_token=on_token, cancel=cancel)
    if retry_on_idk and says_idk(completion.text):
        completion = _second_look(llm, question, sources, completion, max_tokens, on_token, cancel)
    return finalize(lib, question, hits, sources, completion, threshold)


def _approx_tokens(text: str) -> int:
    return max(1, len(text) // 4)  # French averages about four characters a token


def preview_evidence(lib: LibraryReader, question: str, top: int = CHOICE_TOP) -> list[Evidence]:
    """The closest passage from retrieval alone, before any model is loaded: what the card shows in
    the first seconds. It asserts nothing (no span highlighted)."""
    question = " ".join(question.split())
    hits = choice_hits(lib, retrieve(lib, question, max(2 * top, RETRIEVED)), question, top)
    if not hits:
        return []
    passages = ch.passages_for(lib, hits, question, _approx_tokens, source_header, document_context, continued=True)
    return ch.evidence_of(ch.choose(None, question, passages), question, assert_span=False)


def default_threshold() -> float:
    """The threshold calibrated for the default model (``resources/calibration/confidence.json``)."""
    from assistant.calibration import default_model

    return default_model().threshold


def ask_choice(
    lib: LibraryReader,
    llm: LLM | None,
    question: str,
    threshold: float = DEFAULT_THRESHOLD,
    top: int = CHOICE_TOP,
    cancel: CancelToken | None = None,
    model: ConfidenceModel | None = None,
    on_evidence: Callable[[list[Evidence]], None] | None = None,
) -> Answer:
    """Evidence first: the passage that holds the answer, the span the model chose in it, or a
    refusal that still shows the closest passage (see :mod:`assistant.choice`)."""
    catalogue = _catalogue_answer(lib, question, threshold)
    if catalogue is not None:
        return catalogue
    retrieved = retrieve(lib, question, max(2 * top, RETRIEVED))
    hits = choice_hits(lib, retrieved, question, top)
    if cancel is not None:
        cancel.raise_if_cancelled()
    if not hits:
        return Answer(question, ch.refusal_text([]), True, 0.0, kind="aucune_source", threshold=threshold,
                      reasons=["La recherche n'a trouvé aucun document."])
    # Passages are cut by characters, not by the model's tokens: the passage shown before the model
    # runs is then the one it reads, whatever the model (a real tokenizer cut the cantine table off).
    passages = ch.passages_for(lib, hits, question, _approx_tokens, source_header, document_context, continued=True)
    if on_evidence is not None:
        on_evidence(ch.evidence_of(ch.choose(None, question, passages), question, assert_span=False))
    if llm is None:
        raise ValueError("un modèle de langue est nécessaire pour cette question")
    choice = ch.choose(llm, question, passages, cancel)
    confidence = ch.confidence(choice, model)
    c = choice.candidate
    refused = c is None or confidence < threshold
    extra: list[ch.Passage] = []
    if refused:  # set aside by select_hits (another year…), they may hold the question's subject
        kept = {h.act.act_id for h in hits}
        others = [h for h in retrieved if h.act.act_id not in kept][:top]
        extra = ch.passages_for(lib, others, question, _approx_tokens, source_header, document_context)
    shown = ch.evidence_of(choice, question, assert_span=not refused, extra=extra)
    sentence = None if refused or c is None else ch.short_answer(c, shown[0])
    reasons = ch.reasons_of(choice)
    sources = [_source_json(p.hit, p.source) for p in passages]
    if refused or sentence is None or c is None:
        if not refused:
            reasons.append("La réponse courte contient un élément absent du passage : elle n'est pas affichée.")
        return Answer(question, ch.refusal_text(shown), True, confidence, [], sources[:3], "llm",
                      c.text if c else "", reasons, choice.signals, {}, threshold,
                      {"seconds": round(choice.seconds, 3)}, shown, choice)
    e = shown[0]
    act = choice.passages[c.n - 1].hit.act
    citation = Citation(c.n, act.path, e.page, act.act_number, e.text, act.act_id, act.objet, act.date)
    return Answer(question, sentence, False, confidence, [citation], sources, "llm", c.text, reasons,
                  choice.signals, {}, threshold, {"seconds": round(choice.seconds, 3)}, shown, choice)


def _second_look(
    llm: LLM,
    question: str,
    sources: list[SourceText],
    first: Completion,
    max_tokens: int,
    on_token: TokenCallback | None,
    cancel: CancelToken | None,
) -> Completion:
    """Ask again, with the best passages only and no invitation to give up.

    The small default model says "Je ne sais pas" to a third of the questions whose answer is in
    front of it. A second, plainer request recovers many; what it invents instead is caught by the
    checks, which do not depend on the model's goodwill (measured in bench/bench_assistant.py).
    """
    best = sources[:RETRY_SOURCES]
    documents = "\n\n".join(prompts.document_block(s.n, s.header, s.text) for s in best)
    # The same worked example as the first request: the prompt prefix stays in llama.cpp's cache.
    messages = prompts.messages("question_relance", {"documents": documents, "question": question}, "question")
    second = llm.complete(messages, max_tokens=max_tokens, on_token=on_token, cancel=cancel)
    second.first_token_seconds = first.first_token_seconds
    second.seconds += first.seconds
    second.prompt_tokens += first.prompt_tokens
    return second


def finalize(
    lib: LibraryReader,
    question: str,
    hits: list[SearchHit],
    sources: list[SourceText],
    completion: Completion,
    threshold: float,
) -> Answer:
    """Checks, citations with verified quotes, and the answer-or-refuse decision."""
    raw = completion.text.strip()
    figure = completion.figure_logprob(tx.numbers(question))
    assessment = assess(question, raw, sources, completion.min_logprob, figure)
    answer_text, demoted = assessment.answer or raw, 0
    if "«" in answer_text or '"' in answer_text:
        pages = [lib.page_text(h.act.file_id, p) for h in hits for p in h.act.pages]
        answer_text, demoted = unquote_unverified(answer_text, pages)
    reasons = list(assessment.reasons)
    if demoted:
        reasons.append(f"{demoted} citation(s) entre guillemets introuvable(s) mot pour mot : guillemets retirés.")
    refused = assessment.idk or assessment.confidence < threshold
    stats = {
        "prompt_tokens": completion.prompt_tokens,
        "completion_tokens": completion.completion_tokens,
        "first_token_seconds": completion.first_token_seconds,
        "seconds": round(completion.seconds, 3),
        "min_logprob": completion.min_logprob,
        "figure_logprob": figure,
    }
    closest = [_source_json(h, s) for h, s in zip(hits, sources, strict=True)]
    # A refusal shows the closest sources, not the refused text: its quotes are not looked up.
    return Answer(
        question,
        REFUSAL if refused else answer_text,
        refused,
        assessment.confidence,
        [] if refused else _citations(lib, hits, sources, answer_text, assessment),
        closest[:3] if refused else closest,
        "llm",
        raw,
        reasons,
        assessment.signals,
        assessment.penalties,
        threshold,
        stats,
    )


def _citations(
    lib: LibraryReader, hits: list[SearchHit], sources: list[SourceText], answer: str, assessment: Assessment
) -> list[Citation]:
    out: list[Citation] = []
    sentences = tx.sentences(answer)
    for n in assessment.cited:
        hit, source = hits[n - 1], sources[n - 1]
        claim = " ".join(s for s in sentences if n in tx.citations(s)) or answer
        act = hit.act
        pages = [hit.page] + [p for p in act.pages if p != hit.page]
        found = locate_quote(source.text, claim, pages, functools.partial(lib.page_text, act.file_id))
        quote, page = (found[0], found[1]) if found else (None, hit.page)
        out.append(Citation(n, act.path, page, act.act_number, quote, act.act_id, act.objet, act.date))
    return out


def _source_json(hit: SearchHit, source: SourceText) -> dict[str, Any]:
    act = hit.act
    return {
        "n": source.n,
        "path": act.path,
        "page": hit.page,
        "act_number": act.act_number,
        "objet": act.objet,
        "date": act.date,
        "collectivite": act.collectivite,
        "score": round(hit.score, 6),
        "keyword_rank": hit.keyword_rank,
        "vector_rank": hit.vector_rank,
        "act_id": act.act_id,
    }


# "Combien de délibérations…" counts acts; "combien de conseillers ont voté contre…" or "combien
# coûte…" asks for a figure written in an act, which is a question for the documents.
_COUNTED_ACTS = re.compile(
    r"\b(?:combien|nombre)\s+(?:de\s+|d')(?:fois|deliberations?|decisions?|actes?|seances?|reunions?|"
    r"subventions?|marches?|conventions?|contrats?|arretes?|documents?|fichiers?|proces-verbaux|budgets?)\b"
)


def catalogue_query(lib: LibraryReader, question: str) -> Any | None:
    """The catalogue's structured answer when the question is really a count or a list of acts."""
    structured = getattr(lib, "structured_query", None)
    result = structured(question) if structured is not None else None
    if result is None:
        return None
    if getattr(result, "kind", "") == "count" and not _COUNTED_ACTS.search(tx.fold(question)):
        return None
    return result


def _catalogue_answer(lib: LibraryReader, question: str, threshold: float) -> Answer | None:
    """Counts and lists come from the metadata catalogue: exact, and no model needed."""
    result = catalogue_query(lib, question)
    if result is None:
        return None
    acts: list[ActRecord] = list(getattr(result, "acts", []) or [])
    description = getattr(result, "description", "") or ""
    count = getattr(result, "count", None)
    if count is None:
        count = len(acts)
    text = f"{count} délibération{'s' if count > 1 else ''} dans le catalogue."
    if description:
        text += f" Critère : {description.rstrip('.')}."
    if count > MAX_LISTED_ACTS:
        text += f" Les {MAX_LISTED_ACTS} premières sont listées."
    citations = [
        Citation(i, a.path, a.page_start, a.act_number, None, a.act_id, a.objet, a.date)
        for i, a in enumerate(acts[:MAX_LISTED_ACTS], start=1)
    ]
    sources = [
        {
            "n": c.n,
            "path": c.path,
            "page": c.page,
            "act_number": c.act_number,
            "objet": c.objet,
            "date": c.date,
            "act_id": c.act_id,
        }
        for c in citations
    ]
    return Answer(
        question,
        text,
        False,
        1.0,
        citations,
        sources,
        "catalogue",
        text,
        ["Réponse calculée à partir des métadonnées du catalogue."],
        threshold=threshold,
    )
