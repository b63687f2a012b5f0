"""Evidence-first assistant on the judged QA set: one model pass per question, everything cached.

    python bench/bench_choice.py --data-dir D --split dev --cache /work/data/wt13-choice.jsonl
    python bench/bench_choice.py --data-dir D --split heldout --cache …   # once, at the end
    python bench/bench_choice.py --data-dir D --speed                      # time per question, RSS

For each question the record holds the retrieved passages, every candidate span with its
per-token log-probabilities (as the reply "[n] span"), the "none of these" option's, the
calibration signals and failed checks *for every candidate*, and whether each candidate is right
(its value is an expected one, its page an expected source) and its evidence holds the answer.
So ``bench/calibrate_confidence.py`` can compare selection rules, fit the confidence and ablate the
checks offline, without the model. Outcomes are judged by the devset's ``must_contain`` and
``sources`` (hand-read), never by the program's own checks.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import choice as ch  # noqa: E402
from assistant import evidence as ev  # noqa: E402
from assistant import qa  # noqa: E402
from assistant import text as tx  # noqa: E402
from assistant.quotes import is_verbatim  # noqa: E402


def emit(record: dict[str, Any]) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_items(path: Path, split: str | None) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    items = [{**q, "answerable": True} for q in data.get("answerable", [])]
    items += [{**q, "answerable": False} for q in data.get("unanswerable", [])]
    chosen = [q for q in items if split in (None, "all") or q.get("split", "dev") == split]
    # Answerable and unanswerable alternate, so that a run stopped early still measures both.
    ans = [q for q in chosen if q["answerable"]]
    una = [q for q in chosen if not q["answerable"]]
    mixed = [q for pair in zip(ans, una, strict=False) for q in pair]
    return mixed + ans[len(una):] + una[len(ans):]


def contains(text: str, needle: str) -> bool:
    if tx.numbers(needle) and tx.numbers(needle) <= tx.numbers(text):
        return True
    return tx.fold(tx.normalize_ws(needle)) in tx.fold(tx.normalize_ws(text))


def _nfc(path: str) -> str:
    return unicodedata.normalize("NFC", path).strip("/")


def source_ok(lib: Any, act_id: int, page: int, expected: list[dict[str, Any]]) -> bool:
    """The page is an expected source's page, or in the same short act (≤ 3 pages) as one."""
    act = lib.act(act_id)
    path = _nfc(act.path)
    short = act.page_end - act.page_start <= 2
    for e in expected:
        want = _nfc(e.get("path") or e.get("file") or "")
        if not want or not (path == want or path.endswith("/" + want) or want.endswith("/" + path)):
            continue
        pages = [int(p) for p in e.get("pages") or []]
        if not pages or page in pages or (short and any(act.page_start <= p <= act.page_end for p in pages)):
            return True
    return False


def judge(lib: Any, item: dict[str, Any], choice: ch.Choice, i: int, question: str) -> dict[str, Any]:
    """What the card would show if candidate ``i`` were chosen, and whether it is right."""
    c = choice.candidates[i]
    p = choice.passages[c.n - 1]
    start, end = ev.evidence_window(p.page, c.start, c.end, question)
    shown = p.page[start:end]
    must = item.get("must_contain") or []
    row: dict[str, Any] = {
        "text": c.text,
        "kind": c.kind,
        "n": c.n,
        "evidence": shown,
        "verbatim": is_verbatim(shown, lib.page_text(p.hit.act.file_id, p.hit.page)),
    }
    if item["answerable"]:
        row["span_ok"] = any(contains(c.text, m) for m in must)
        row["evidence_ok"] = all(contains(shown, m) for m in must)
        row["source_ok"] = source_ok(lib, p.hit.act.act_id, p.hit.page, item.get("sources", []))
        row["right"] = row["span_ok"] and row["source_ok"] and all(contains(c.text + " " + shown, m) for m in must)
    return row


def run_one(lib: Any, llm: Any, item: dict[str, Any], top: int, budget: int = ch.PASSAGE_TOKENS) -> dict[str, Any]:
    question = " ".join(item["question"].split())
    started = time.monotonic()
    catalogue = qa.catalogue_query(lib, question)
    retrieved = qa.retrieve(lib, question, max(2 * top, qa.RETRIEVED))
    hits = qa.choice_hits(lib, retrieved, question, top)
    passages = ch.passages_for(lib, hits, question, qa._approx_tokens, qa.source_header, qa.document_context, budget,
                               continued=True)
    # What a refusal may show besides them (qa.ask_choice): retrieved acts set aside by select_hits.
    kept = {h.act.act_id for h in hits}
    others = [h for h in retrieved if h.act.act_id not in kept][:top]
    extra = ch.passages_for(lib, others, question, qa._approx_tokens, qa.source_header, qa.document_context, budget)
    preview = ch.choose(None, question, passages)
    first_evidence = time.monotonic() - started
    choice = ch.choose(llm, question, passages) if llm is not None else preview
    seconds = time.monotonic() - started
    must = item.get("must_contain") or []
    rows = []
    for i in range(len(choice.candidates)):
        # The signals and checks as if candidate i were chosen (cheap: no model).
        alt = ch.Choice(choice.passages, choice.candidates, choice.probabilities, choice.token_logprobs, i)
        ch.describe(alt, question)
        row = {**judge(lib, item, alt, i, question), "signals": alt.signals, "failed": alt.failed}
        if item["answerable"]:
            # The passage the card shows if this candidate is chosen and refused (qa.ask_choice).
            refusal = ch.evidence_of(alt, question, assert_span=False, extra=extra)
            row["refusal_evidence_ok"] = bool(refusal) and all(contains(refusal[0].text, m) for m in must)
            # The passage shown before the model has run, if this candidate is the one it puts first.
            first = ch.evidence_of(alt, question, assert_span=False)
            row["preview_evidence_ok"] = bool(first) and all(contains(first[0].text, m) for m in must)
        rows.append(row)
    closest = ch.evidence_of(preview, question, assert_span=False)
    refused = ch.evidence_of(choice, question, assert_span=False, extra=extra)  # as chosen, refused
    record = {
        "id": item["id"],
        "split": item.get("split"),
        "answerable": item["answerable"],
        "near_miss": bool(item.get("near_miss")),
        "question": question,
        "catalogue": catalogue is not None,
        "passages": [
            {"n": p.n, "path": p.hit.act.path, "page": p.hit.page, "act_id": p.hit.act.act_id,
             "keyword_rank": p.hit.keyword_rank, "vector_rank": p.hit.vector_rank,
             "source_ok": item["answerable"] and source_ok(lib, p.hit.act.act_id, p.hit.page, item.get("sources", [])),
             "holds_answer": item["answerable"] and all(contains(p.text, m) for m in must)}
            for p in passages
        ],
        # Per passage, the model's then the refusal's extra ones: its window nearest the question holds the answer.
        "closest_ok": [item["answerable"] and all(contains(p.page[slice(*ev.closest_window(question, p.page, p.start,
                                                                                            p.end))], m) for m in must)
                       for p in [*passages, *extra]],
        "candidates": rows,
        "token_logprobs": choice.token_logprobs,
        "probabilities": choice.probabilities,
        "closest_evidence_ok": item["answerable"] and bool(closest) and all(contains(closest[0].text, m) for m in must),
        "refusal_evidence_ok": item["answerable"] and bool(refused) and all(contains(refused[0].text, m) for m in must),
        "seconds_to_evidence": round(first_evidence, 3),
        "seconds": round(seconds, 3),
    }
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--devset", default=str(ROOT / "bench" / "devset" / "qa.json"))
    parser.add_argument("--split", default="dev", help="dev, heldout ou all")
    parser.add_argument("--cache", default=str(ROOT / "bench" / "out" / "choice.jsonl"))
    parser.add_argument("--model", help="GGUF (défaut : le modèle par défaut)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--top", type=int, default=qa.CHOICE_TOP)
    parser.add_argument("--passage-tokens", type=int, default=ch.PASSAGE_TOKENS)
    parser.add_argument("--no-model", action="store_true", help="sans modèle : candidats et passages seulement")
    parser.add_argument("--ids", help="seulement ces questions (QA01,UQ03,…)")
    parser.add_argument("--speed", action="store_true", help="temps par question et mémoire, puis fin")
    parser.add_argument("--replay", help="rejouer les scores du modèle de ces enregistrements (checks et signaux "
                        "recalculés par le code actuel, sans le modèle)")
    args = parser.parse_args(argv)

    from indexer import Library

    lib = Library(args.data_dir)
    items = load_items(Path(args.devset), args.split)
    if args.ids:
        wanted = set(args.ids.split(","))
        items = [i for i in items if i["id"] in wanted]
    llm = None
    replayed: dict[str, dict[str, Any]] = {}
    if args.replay:
        # The model's scores are the expensive part; the checks, signals and judgement are cheap and
        # are recomputed by today's code. A candidate the model never scored is counted, not guessed.
        from bench.calibrate_choice import read_records_text

        replayed = {r["id"]: r for r in map(json.loads, read_records_text(Path(args.replay)).splitlines())
                    if r.get("token_logprobs")}
        items = [i for i in items if i["id"] in replayed]
    elif not args.no_model:
        from assistant.runtime import load_llm

        started = time.monotonic()
        llm = load_llm(args.model, Path(args.data_dir), n_threads=args.threads)
        emit({"bench": "chargement_modele", "seconds": round(time.monotonic() - started, 1),
              "model": str(llm.model_path), "threads": args.threads, "peak_rss_mb": round(peak_rss_mb())})
    cache = Path(args.cache)
    done = set()
    if cache.exists() and not args.speed:
        done = {json.loads(line)["id"] for line in cache.read_text(encoding="utf-8").splitlines() if line.strip()}
    cache.parent.mkdir(parents=True, exist_ok=True)
    times: list[tuple[float, float]] = []
    with open(cache, "a", encoding="utf-8") as out:
        for item in items:
            if item["id"] in done:
                continue
            if args.replay:
                from assistant.llm import ReplayLLM

                old = replayed[item["id"]]
                llm = ReplayLLM.from_record(old)
                record = run_one(lib, llm, item, args.top, args.passage_tokens)
                record["model"] = old.get("model")
                record["replayed_from"] = args.replay
                record["replay_missing"] = sum(1 for c in record["candidates"]
                                               if f"[{c['n']}] {c['text']}" not in llm.scores)
                llm = None
            else:
                record = run_one(lib, llm, item, args.top, args.passage_tokens)
                record["model"] = str(getattr(llm, "model_path", "")) if llm else None
            if not args.speed:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
            times.append((record["seconds_to_evidence"], record["seconds"]))
            # The machine's load is part of the figure: on a shared 2-core machine it decides the time.
            emit({"bench": "question", "id": item["id"], "candidates": len(record["candidates"]),
                  "seconds_to_evidence": record["seconds_to_evidence"], "seconds": record["seconds"],
                  "peak_rss_mb": round(peak_rss_mb()), "load_average_1min": round(os.getloadavg()[0], 2)})
    if llm is not None:
        llm.close()
    lib.close()
    summary: dict[str, Any] = {"bench": "fin", "questions": len(times), "threads": args.threads,
                               "peak_rss_mb": round(peak_rss_mb()), "cores": os.cpu_count(),
                               "load_average_1_5_15": [round(x, 2) for x in os.getloadavg()]}
    if times:
        first, total = sorted(t[0] for t in times), sorted(t[1] for t in times)
        summary.update(first_evidence_mean_s=round(sum(first) / len(first), 2), first_evidence_max_s=first[-1],
                       seconds_mean=round(sum(total) / len(total), 1), seconds_median=total[len(total) // 2],
                       seconds_max=total[-1])
    emit(summary)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
