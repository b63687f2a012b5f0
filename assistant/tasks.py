"""Work on chosen acts: summary, key points, plain-language version, comparison, precedents.

Every result built by the model carries ``generated_by_ai = True`` (AI Act art. 50: the text
must be shown as AI-written until a person has reviewed it) and marks the statements whose
numbers could not be found in the act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from assistant import prompts
from assistant import text as tx
from assistant.context import trim_act
from assistant.keypoints import FIELD_LABELS, FIELDS, KeyPoint, parse_model_fields, read_key_points
from assistant.llm import LLM, TokenCallback
from indexer.models import ActRecord, SearchHit
from indexer.progress import CancelToken

if TYPE_CHECKING:
    from indexer.protocol import LibraryReader

AI_NOTICE = "Rédigé avec l'aide d'une IA — à relire."
DOCUMENT_TOKENS = 1400  # a two-page act fits; prompt reading is ~20 ms a token here
MIN_ACT_TOKENS = 150
_BULLET = re.compile(r"^\s*(?:[-•*]|\d+[.)])\s+(.*\S)")


@dataclass
class Statement:
    text: str
    supported: bool = True  # False: a number in it is not in the act(s)
    missing_numbers: list[str] = field(default_factory=list)


@dataclass
class TaskResult:
    task: str  # "resume", "langage_clair", "points_cles", "comparaison"
    acts: list[dict[str, Any]]
    statements: list[Statement] = field(default_factory=list)
    text: str = ""
    key_points: list[dict[str, dict[str, Any]]] = field(default_factory=list)
    common: list[Statement] = field(default_factory=list)
    differences: list[Statement] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    generated_by_ai: bool = True
    notice: str = AI_NOTICE
    completion: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def act_text(lib: LibraryReader, act: ActRecord) -> str:
    return "\n".join(p.text for p in lib.act_pages(act.act_id))


def act_summary_json(act: ActRecord) -> dict[str, Any]:
    return {
        "act_id": act.act_id,
        "path": act.path,
        "pages": act.pages,
        "act_number": act.act_number,
        "objet": act.objet,
        "date": act.date,
        "collectivite": act.collectivite,
    }


def _documents(lib: LibraryReader, llm: LLM, acts: Sequence[ActRecord], budget: int) -> tuple[str, str]:
    """The <document> blocks for the acts, and their full text for the checks.

    The budget is shared between the acts, at least ``MIN_ACT_TOKENS`` each; acts that no longer
    fit (a long minutes file) are left out rather than overflowing the model's context.
    """
    per_act = max(MIN_ACT_TOKENS, budget // max(1, len(acts)))
    blocks: list[str] = []
    texts: list[str] = []
    used = 0
    for n, act in enumerate(acts, start=1):
        if used + per_act > budget and blocks:
            break
        full = act_text(lib, act)
        texts.append(full)
        header = f"{act.path}, pages {act.page_start}-{act.page_end}"
        if act.act_number:
            header += f", n° {act.act_number}"
        body = trim_act(full, per_act, llm.count_tokens)
        used += llm.count_tokens(body)
        blocks.append(prompts.document_block(n, header, body))
    return "\n\n".join(blocks), "\n".join(texts)


def _check(statement: str, source_text: str) -> Statement:
    missing = sorted(tx.numbers(statement) - tx.numbers(source_text))
    return Statement(statement, not missing, missing)


def _bullets(reply: str) -> list[str]:
    found = [m.group(1) for line in reply.splitlines() if (m := _BULLET.match(line))]
    return found or [s for s in tx.sentences(reply)]


def _warnings(statements: Sequence[Statement]) -> list[str]:
    return [
        f"À vérifier : « {s.text} » contient un nombre absent du document ({', '.join(s.missing_numbers)})."
        for s in statements
        if not s.supported
    ]


def summarize(
    lib: LibraryReader,
    llm: LLM,
    acts: Sequence[ActRecord],
    on_token: TokenCallback | None = None,
    cancel: CancelToken | None = None,
    max_tokens: int = 220,
) -> TaskResult:
    documents, source = _documents(lib, llm, acts, DOCUMENT_TOKENS)
    completion = llm.complete(prompts.messages("resume", {"documents": documents}), max_tokens, on_token, cancel)
    statements = [_check(b, source) for b in _bullets(completion.text)][:5]
    return TaskResult(
        "resume",
        [act_summary_json(a) for a in acts],
        statements,
        completion.text,
        [_kp_json(read_key_points(a, act_text(lib, a))) for a in acts],
        warnings=_warnings(statements),
        completion=_stats(completion),
    )


def plain_language(
    lib: LibraryReader,
    llm: LLM,
    act: ActRecord,
    on_token: TokenCallback | None = None,
    cancel: CancelToken | None = None,
    max_tokens: int = 220,
) -> TaskResult:
    documents, source = _documents(lib, llm, [act], DOCUMENT_TOKENS)
    completion = llm.complete(prompts.messages("langage_clair", {"documents": documents}), max_tokens, on_token, cancel)
    statements = [_check(s, source) for s in tx.sentences(completion.text)]
    return TaskResult(
        "langage_clair",
        [act_summary_json(act)],
        statements,
        completion.text,
        warnings=_warnings(statements),
        completion=_stats(completion),
    )


def key_points(
    lib: LibraryReader,
    llm: LLM | None,
    act: ActRecord,
    cancel: CancelToken | None = None,
    max_tokens: int = 160,
) -> TaskResult:
    """Patterns first; the model (if given) only fills the fields still empty."""
    full = act_text(lib, act)
    points = read_key_points(act, full)
    missing = [f for f in FIELDS if points[f].value is None]
    stats: dict[str, Any] = {}
    warnings: list[str] = []
    if missing and llm is not None:
        documents, _ = _documents(lib, llm, [act], DOCUMENT_TOKENS)
        fields = "\n".join(f"{FIELD_LABELS[f]} :" for f in missing)
        completion = llm.complete(
            prompts.messages("points_cles", {"documents": documents, "fields": fields}),
            max_tokens,
            None,
            cancel,
        )
        stats = _stats(completion)
        for name, point in parse_model_fields(completion.text, missing, full).items():
            points[name] = point
            if not point.checked:
                warnings.append(f"À vérifier : {FIELD_LABELS[name]} contient un nombre absent du document.")
    used_model = any(p.origin == "modele" for p in points.values())
    return TaskResult(
        "points_cles",
        [act_summary_json(act)],
        key_points=[_kp_json(points)],
        warnings=warnings,
        generated_by_ai=used_model,
        notice=AI_NOTICE if used_model else "",
        completion=stats,
    )


def compare(
    lib: LibraryReader,
    llm: LLM | None,
    acts: Sequence[ActRecord],
    on_token: TokenCallback | None = None,
    cancel: CancelToken | None = None,
    max_tokens: int = 260,
) -> TaskResult:
    """A field-by-field table (read by patterns, exact) and, with a model, what is common and what differs."""
    if len(acts) < 2:
        raise ValueError("il faut au moins deux actes à comparer")
    table = [_kp_json(read_key_points(a, act_text(lib, a))) for a in acts]
    result = TaskResult(
        "comparaison", [act_summary_json(a) for a in acts], key_points=table, generated_by_ai=False, notice=""
    )
    if llm is None:
        return result
    documents, source = _documents(lib, llm, acts, DOCUMENT_TOKENS + 400)
    completion = llm.complete(prompts.messages("comparaison", {"documents": documents}), max_tokens, on_token, cancel)
    common, differences = _split_comparison(completion.text)
    result.common = [_check(s, source) for s in common]
    result.differences = [_check(s, source) for s in differences]
    result.text = completion.text
    result.generated_by_ai, result.notice = True, AI_NOTICE
    result.warnings = _warnings(result.common + result.differences)
    result.completion = _stats(completion)
    return result


def precedents(lib: LibraryReader, act: ActRecord, top: int = 10) -> list[SearchHit]:
    """Similar acts from other dates or communes (no model: the vector index decides)."""
    return [h for h in lib.similar_acts(act.act_id, top=top + 1) if h.act.act_id != act.act_id][:top]


def comparison_table(result: TaskResult) -> list[list[str]]:
    """Rows for display: header row then one row per field."""
    header = ["Champ"] + [a.get("act_number") or a["path"] for a in result.acts]
    rows = [header]
    for f in FIELDS:
        rows.append([FIELD_LABELS[f]] + [kp[f]["value"] or "—" for kp in result.key_points])
    return rows


def _split_comparison(reply: str) -> tuple[list[str], list[str]]:
    common: list[str] = []
    differences: list[str] = []
    current = common
    for line in reply.splitlines():
        folded = tx.fold(line)
        if folded.strip().startswith(("points communs", "**points communs")):
            current = common
        elif folded.strip().startswith(("differences", "**differences")):
            current = differences
        elif m := _BULLET.match(line):
            current.append(m.group(1))
    return common, differences


def _kp_json(points: dict[str, KeyPoint]) -> dict[str, dict[str, Any]]:
    return {k: v.to_json() for k, v in points.items()}


def _stats(completion: Any) -> dict[str, Any]:
    return {
        "prompt_tokens": completion.prompt_tokens,
        "completion_tokens": completion.completion_tokens,
        "first_token_seconds": completion.first_token_seconds,
        "seconds": round(completion.seconds, 3),
    }
