"""Assistant speed and answer quality on this machine, with the default model (or --model).

    python bench/bench_assistant.py --data-dir D [--import ROOT] [--devset bench/devset/qa.json]
    python bench/bench_assistant.py --data-dir D --rescore     # recompute scores from the cache only

Prints JSON lines: speed (time to first token and total, summary of a 2-page act and one question;
peak RSS), then the evaluation at the default threshold and the curve over thresholds.

The model's raw outputs and the evidence given to it are cached (bench/out/assistant_eval.jsonl), so
the confidence formula and the threshold can be re-evaluated without running the model again.
Answer correctness: every ``must_contain`` string appears in the answer (accents, case, spaces and
number spelling ignored); citation correctness: one cited (file, page) or act number is an expected
source. Displayed quotes are checked verbatim against the page text.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import text as tx  # noqa: E402
from assistant.confidence import DEFAULT_THRESHOLD, SourceText  # noqa: E402
from assistant.llm import Completion  # noqa: E402
from assistant.qa import DEFAULT_TOP, Answer, ask, finalize  # noqa: E402
from assistant.quotes import is_verbatim  # noqa: E402

THRESHOLDS = [round(0.1 * i, 1) for i in range(11)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def emit(record: dict[str, Any]) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def load_devset(path: Path) -> list[dict[str, Any]]:
    """bench/devset/qa.json ({"answerable": [...], "unanswerable": [...]}) or ground_truth.json ("qa")."""
    data = json.loads(path.read_text(encoding="utf-8"))
    raw: list[dict[str, Any]] = []
    if isinstance(data, dict) and ("answerable" in data or "unanswerable" in data):
        raw += [{**item, "answerable": True} for item in data.get("answerable", [])]
        raw += [{**item, "answerable": False} for item in data.get("unanswerable", [])]
    elif isinstance(data, dict):
        raw = data.get("qa") or data.get("questions") or []
    else:
        raw = data
    out = []
    for item in raw:
        sources = []
        for s in item.get("sources", []):
            pages = s.get("pages") or ([s["page"]] if s.get("page") is not None else [])
            sources.append(
                {
                    "file": s.get("file") or s.get("path"),
                    "pages": [int(p) for p in pages],
                    "act_number": s.get("act_number"),
                }
            )
        must = item.get("must_contain")
        if must is None and item.get("answer"):
            # ground_truth.json style: the numbers of the expected answer's first clause must be there.
            head = str(item["answer"]).split("(")[0]
            must = sorted(tx.numbers(head)) or [head.strip()]
        if isinstance(must, str):
            must = [must]
        out.append(
            {
                "id": item.get("id", len(out)),
                "question": item["question"],
                "answerable": bool(item.get("answerable", True)),
                "must_contain": must or [],
                "sources": sources,
            }
        )
    return out


def contains(answer: str, needle: str) -> bool:
    if tx.numbers(needle) and tx.numbers(needle) <= tx.numbers(answer):
        return True
    return tx.fold(tx.normalize_ws(needle)) in tx.fold(tx.normalize_ws(answer))


def citation_ok(answer: Answer, expected: list[dict[str, Any]], lib: Any) -> bool:
    """Right file, and the cited page is an expected one or in the same short act (≤ 3 pages)."""
    for c in answer.citations:
        act = lib.act(c.act_id)
        short_act = act is not None and act.page_end - act.page_start <= 2
        for e in expected:
            f = e["file"]
            same_file = bool(f) and (c.path == f or c.path.endswith("/" + f) or f.endswith("/" + c.path))
            same_act = bool(e.get("act_number")) and c.act_number == e["act_number"]
            if not (same_file or same_act):
                continue
            if not e["pages"] or c.page in e["pages"]:
                return True
            if short_act and any(act.page_start <= p <= act.page_end for p in e["pages"]):
                return True
    return False


def sources_from_cache(record: dict[str, Any]) -> list[SourceText]:
    return [SourceText(**s) for s in record["sources"]]


class CachedLLM:
    """Replays one recorded completion, so that ``finalize`` reruns the checks only."""

    n_ctx = 4096

    def __init__(self, completion: dict[str, Any]) -> None:
        self.completion = Completion(**completion)

    def count_tokens(self, text: str) -> int:
        return max(1, len(text) // 4)


def run_question(lib: Any, llm: Any, question: str, top: int) -> tuple[Answer, dict[str, Any]]:
    """Ask, and keep what is needed to rescore later (hits, sources, raw completion)."""
    import assistant.qa as qa

    captured: dict[str, Any] = {}
    original = qa.finalize

    def spy(
        lib_: Any,
        q: str,
        hits: list[Any],
        sources: list[SourceText],
        completion: Completion,
        threshold: float,
    ) -> Answer:
        captured.update(
            hits=[{"act_id": h.act.act_id, "page": h.page} for h in hits],
            sources=[asdict(s) for s in sources],
            completion=asdict(completion),
        )
        return original(lib_, q, hits, sources, completion, threshold)

    qa.finalize = spy  # type: ignore[assignment]
    try:
        answer = ask(lib, llm, question, threshold=0.0, top=top)
    finally:
        qa.finalize = original  # type: ignore[assignment]
    return answer, captured


_VOCAB: list[Any] = []


def with_token_texts(completion: dict[str, Any]) -> Completion:
    """A cached completion, its token texts recovered by re-tokenising when the cache predates them.

    Only the model's vocabulary is loaded. When the re-tokenised text does not give one token per
    recorded log-probability, the texts are left out (the figure signal then falls back).
    """
    result = Completion(**completion)
    if result.token_texts or not result.token_logprobs:
        return result
    if not _VOCAB:
        try:
            import llama_cpp

            from assistant.models_store import resolve_model

            path = resolve_model().path
            _VOCAB.append(llama_cpp.Llama(model_path=str(path), vocab_only=True, verbose=False))
        except Exception:  # no model here: rescoring still works, without the figure signal
            _VOCAB.append(None)
    vocab = _VOCAB[0]
    if vocab is None:
        return result
    from assistant.llm import token_texts

    tokens = vocab.tokenize(result.text.encode("utf-8"), add_bos=False, special=False)
    texts = token_texts(lambda t: bytes(vocab.detokenize([t])), tokens)
    if len(texts) == len(result.token_logprobs):
        result.token_texts = texts
    return result


def rescore(lib: Any, record: dict[str, Any]) -> Answer:
    from indexer.models import SearchHit

    if "completion" not in record:  # catalogue or no-source answers were not produced by the model
        return Answer(
            record["question"],
            record["answer"],
            record["refused"],
            record["confidence"],
            kind=record.get("kind", "llm"),
        )
    hits = []
    for h in record["hits"]:
        act = lib.act(h["act_id"])
        hits.append(SearchHit(act, h["page"], 0.0, ""))
    return finalize(
        lib, record["question"], hits, sources_from_cache(record), with_token_texts(record["completion"]), 0.0
    )


def evaluate(items: list[dict[str, Any]], answers: dict[Any, Answer], lib: Any, threshold: float) -> dict[str, Any]:
    ans_total = sum(1 for i in items if i["answerable"])
    una_total = len(items) - ans_total
    correct = refused_ok = wrongly_refused = 0
    quotes = verbatim = 0
    failures = []
    for item in items:
        a = answers[item["id"]]
        refused = a.refused or a.confidence < threshold
        if not refused:
            for c in a.citations:
                if c.quote:
                    quotes += 1
                    verbatim += is_verbatim(c.quote, lib.page_text(lib.act(c.act_id).file_id, c.page))
        if item["answerable"]:
            if refused:
                wrongly_refused += 1
                failures.append({"id": item["id"], "kind": "refus_a_tort", "confidence": a.confidence})
            elif all(contains(a.answer, m) for m in item["must_contain"]) and citation_ok(a, item["sources"], lib):
                correct += 1
            else:
                failures.append({"id": item["id"], "kind": "faux_ou_mal_cite", "answer": a.answer[:160]})
        elif refused:
            refused_ok += 1
        else:
            failures.append(
                {"id": item["id"], "kind": "non_refuse", "confidence": a.confidence, "answer": a.answer[:160]}
            )
    return {
        "threshold": threshold,
        "answerable": ans_total,
        "unanswerable": una_total,
        "answerable_correct_with_citation": round(correct / ans_total, 3) if ans_total else None,
        "answerable_wrongly_refused": round(wrongly_refused / ans_total, 3) if ans_total else None,
        "unanswerable_refused": round(refused_ok / una_total, 3) if una_total else None,
        "quotes_shown": quotes,
        "quotes_verbatim": round(verbatim / quotes, 3) if quotes else 1.0,
        "failures": failures,
    }


def bench_speed(lib: Any, llm: Any, question: str, summary_act: Any) -> None:
    from assistant import tasks

    for label, run in (
        ("resume_acte_2_pages", lambda cb: tasks.summarize(lib, llm, [summary_act], on_token=cb)),
        ("question", lambda cb: ask(lib, llm, question, on_token=cb)),
    ):
        started = time.monotonic()
        first: list[float] = []

        def on_token(_piece: str, first: list[float] = first, started: float = started) -> None:
            if not first:
                first.append(time.monotonic() - started)

        result = run(on_token)
        total = time.monotonic() - started
        stats = result.completion
        emit(
            {
                "bench": label,
                "time_to_first_token_s": round(first[0], 2) if first else None,
                "total_s": round(total, 2),
                "prompt_tokens": stats.get("prompt_tokens"),
                "completion_tokens": stats.get("completion_tokens"),
                "act": getattr(summary_act, "path", None) if label.startswith("resume") else None,
                "peak_rss_mb": round(peak_rss_mb(), 1),
            }
        )


def run_signature(args: argparse.Namespace) -> str:
    """What makes a cached model output stale: what builds the prompt, the index content, the model.

    Only the code that chooses passages and writes the prompt counts (not the whole of qa.py): the
    checks (confidence scoring, quotes, the decision in ``finalize``) can change and be re-measured
    with ``--rescore``, without running the model again.
    """
    import hashlib
    import inspect

    from assistant import confidence, prompts, qa
    from indexer import importer

    h = hashlib.sha256()
    for f in sorted(prompts.PROMPTS_DIR.glob("*.md")):
        h.update(f.read_bytes())
    for name in ("context.py", "prompts.py", "text.py", "scope.py"):
        h.update((ROOT / "assistant" / name).read_bytes())
    for fn in (
        qa.ask,
        qa.retrieve,
        qa._second_look,
        qa.build_sources,
        qa.select_hits,
        qa.document_context,
        qa.source_header,
        confidence.question_entities,
        confidence.missing_entities,
        confidence.generic_stems,
        confidence.figure_matcher,
    ):
        h.update(inspect.getsource(fn).encode())
    h.update(confidence.GENERIC_QUESTION_WORDS.encode())
    constants = (qa.DEFAULT_TOP, qa.RETRIEVED, qa.RETRY_SOURCES, qa.CONTEXT_TOKENS, qa.PASSAGE_TOKENS)
    h.update(f"{constants}|{qa.ANSWER_TOKENS}|{args.top}|{args.model or 'defaut'}".encode())
    # What the search returns decides the passages: a change of index content invalidates the cache.
    h.update(f"{importer.ANALYSIS_VERSION}|{importer.KEYWORD_CONTENT_VERSION}".encode())
    return "v2-" + h.hexdigest()[:12] + ":"


def pick_two_page_act(lib: Any) -> Any:
    acts = [a for a in lib.acts() if a.page_end - a.page_start == 1 and a.doc_type == "deliberation"]
    acts = acts or [a for a in lib.acts() if a.page_end - a.page_start == 1] or lib.acts()
    return acts[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", required=True, help="bibliothèque déjà importée (ou à importer avec --import)")
    parser.add_argument("--import", dest="import_root", help="importer ce dossier d'abord")
    parser.add_argument("--devset", default=str(ROOT / "bench" / "devset" / "qa.json"))
    parser.add_argument("--model", help="GGUF à utiliser (défaut : le modèle par défaut)")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--top", type=int, default=DEFAULT_TOP)
    parser.add_argument("--cache", default=str(ROOT / "bench" / "out" / "assistant_eval.jsonl"))
    parser.add_argument("--rescore", action="store_true", help="ne pas lancer le modèle : rescorer le cache")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--limit", type=int, default=None, help="seulement les N premières questions")
    parser.add_argument("--ids", help="seulement ces questions (QA01,UQ03,…)")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--details", action="store_true", help="une ligne par question : confiance et raisons")
    args = parser.parse_args(argv)

    from indexer import Library

    lib = Library(args.data_dir)
    if args.import_root:
        report = lib.import_folder(args.import_root)
        emit(
            {
                "bench": "import",
                "files": report.imported,
                "acts": report.acts,
                "seconds": round(report.seconds, 1),
            }
        )
    items = load_devset(Path(args.devset))[: args.limit]
    if args.ids:
        wanted = set(args.ids.split(","))
        items = [i for i in items if str(i["id"]) in wanted]
    cache_path = Path(args.cache)
    cache: dict[str, dict[str, Any]] = {}
    if cache_path.exists():
        for line in cache_path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            cache[record.get("signature", "") + record["question"]] = record

    llm = None
    if not args.rescore:
        from assistant.runtime import load_llm

        started = time.monotonic()
        llm = load_llm(args.model, Path(args.data_dir), n_threads=args.threads)
        emit(
            {
                "bench": "chargement_modele",
                "seconds": round(time.monotonic() - started, 2),
                "model": str(llm.model_path),
                "threads": llm.n_threads,
                "peak_rss_mb": round(peak_rss_mb(), 1),
            }
        )
        if not args.skip_speed and items:
            bench_speed(lib, llm, items[0]["question"], pick_two_page_act(lib))

    signature = run_signature(args)
    answers: dict[Any, Answer] = {}
    cache_path.parent.mkdir(parents=True, exist_ok=True)
    with open(cache_path, "a", encoding="utf-8") as out:
        for item in items:
            record = cache.get(signature + item["question"])
            if record is not None:
                answers[item["id"]] = rescore(lib, record)
                continue
            if llm is None:
                emit({"bench": "absent_du_cache", "id": item["id"]})
                continue
            started = time.monotonic()
            answer, captured = run_question(lib, llm, item["question"], args.top)
            record = {
                "question": item["question"],
                "answer": answer.answer,
                "refused": answer.refused,
                "confidence": answer.confidence,
                "kind": answer.kind,
                "seconds": time.monotonic() - started,
                "signature": signature,
                **captured,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
            answers[item["id"]] = answer
            emit(
                {
                    "bench": "question",
                    "id": item["id"],
                    "answerable": item["answerable"],
                    "confidence": answer.confidence,
                    "raw": answer.raw_answer[:200],
                    "seconds": round(time.monotonic() - started, 1),
                }
            )
    items = [i for i in items if i["id"] in answers]
    if args.details:
        for item in items:
            a = answers[item["id"]]
            emit(
                {
                    "bench": "detail",
                    "id": item["id"],
                    "answerable": item["answerable"],
                    "confidence": a.confidence,
                    "penalties": a.penalties,
                    "signals": {k: round(v, 2) for k, v in a.signals.items()},
                    "answer": (a.raw_answer or a.answer)[:140],
                    "reasons": a.reasons,
                }
            )
    if items:
        emit({"bench": "evaluation", **evaluate(items, answers, lib, args.threshold)})
        for t in THRESHOLDS:
            summary = evaluate(items, answers, lib, t)
            summary.pop("failures")
            emit({"bench": "courbe", **summary})
    emit({"bench": "fin", "peak_rss_mb": round(peak_rss_mb(), 1)})
    if llm is not None:
        llm.close()
    lib.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
