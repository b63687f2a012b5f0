"""The assistant as the clerk meets it: ``qa.ask`` with the shipped defaults, judged by hand-read truth.

    python bench/bench_ask.py --data-dir D --split heldout --out /tmp/ask-heldout.jsonl
    python bench/bench_ask.py --rescore /tmp/ask-heldout.jsonl          # figures again, no model

``bench_choice.py`` records everything the calibration needs; this one records only what the product
shows (answer or refusal, its confidence, the cited page, the passage) for each question of
``bench/devset/qa.json``, with the default model loaded once, the default threshold and weights
(``resources/calibration/confidence.json``) and no option changed. So a held-out figure printed here is the
product's, not a re-fit's. Judging uses the devset's ``must_contain`` and ``sources`` (read by hand),
never the program's own checks:

* right: not refused, every ``must_contain`` in the short answer or the passage shown, the cited page
  an expected source (the same rule as ``bench_choice.source_ok``);
* wrong shown: not refused and not right (for a question that has an answer), or not refused at all
  (for one that has none);
* evidence hit@1: the first passage shown holds every ``must_contain`` (refusals count: their closest
  passage is shown);
* verbatim: every passage shown is a slice of its page's stored text.

Time per question is wall clock from the call to the answer, and to the first passage (the
``on_evidence`` callback, before the model runs); peak RSS of the process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_choice import contains, load_items, source_ok  # noqa: E402


def judge(lib: Any, item: dict[str, Any], answer: Any) -> dict[str, Any]:
    must = item.get("must_contain") or []
    shown = answer.evidence
    verbatim = all(e.text in lib.page_text(lib.act(e.act_id).file_id, e.page) for e in shown)
    row: dict[str, Any] = {"refused": answer.refused, "kind": answer.kind, "verbatim": verbatim}
    first = shown[0].text if shown else ""
    if item["answerable"]:
        row["evidence_hit"] = bool(shown) and all(contains(first, m) for m in must)
        cited = answer.citations[0] if answer.citations else None
        said = answer.answer + " " + (cited.quote or "" if cited else "")
        row["right"] = (
            not answer.refused
            and cited is not None
            and all(contains(said, m) for m in must)
            and source_ok(lib, cited.act_id, cited.page, item.get("sources", []))
        )
        row["wrong_shown"] = not answer.refused and not row["right"]
    else:
        row["wrong_shown"] = not answer.refused
    return row


def _stopwatch(started: float, laps: list[float]) -> Any:
    def lap(_evidence: Any) -> None:
        laps.append(time.monotonic() - started)

    return lap


def summarise(records: list[dict[str, Any]]) -> dict[str, Any]:
    ans = [r for r in records if r["answerable"]]
    una = [r for r in records if not r["answerable"]]
    seconds = [r["seconds"] for r in records]
    first = [r["seconds_to_evidence"] for r in records if r.get("seconds_to_evidence") is not None]

    def pct(part: int, whole: int) -> float:
        return round(100 * part / whole, 1) if whole else 0.0

    return {
        "answerable": len(ans),
        "unanswerable": len(una),
        "right_with_citation_pct": pct(sum(r["right"] for r in ans), len(ans)),
        "wrong_shown_pct_of_answerable": pct(sum(r["wrong_shown"] for r in ans), len(ans)),
        "unanswerable_refused_pct": pct(sum(r["refused"] for r in una), len(una)),
        "unanswerable_shown": sum(not r["refused"] for r in una),
        "evidence_hit_at_1_pct": pct(sum(r["evidence_hit"] for r in ans), len(ans)),
        "verbatim_pct": pct(sum(r["verbatim"] for r in records), len(records)),
        "seconds_mean": round(statistics.mean(seconds), 1) if seconds else None,
        "seconds_median": round(statistics.median(seconds), 1) if seconds else None,
        "seconds_max": round(max(seconds), 1) if seconds else None,
        "first_evidence_mean_s": round(statistics.mean(first), 2) if first else None,
        "first_evidence_max_s": round(max(first), 2) if first else None,
        "load_1min": [r.get("load") for r in records][:1] + [r.get("load") for r in records][-1:],
        "peak_rss_mb": max((r.get("peak_rss_mb", 0.0) for r in records), default=0.0),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", help="bibliothèque du corpus déjà importée")
    parser.add_argument("--devset", default=str(ROOT / "bench" / "devset" / "qa.json"))
    parser.add_argument("--split", default="heldout", help="dev, heldout ou all")
    parser.add_argument("--out", help="une ligne JSON par question (reprise : les questions déjà faites sont sautées)")
    parser.add_argument("--ids", help="seulement ces questions (QA01,UQ03,…)")
    parser.add_argument("--limit", type=int, help="seulement les N premières (réponse et sans réponse alternées)")
    parser.add_argument("--rescore", help="chiffres depuis ce fichier, sans modèle")
    args = parser.parse_args(argv)

    if args.rescore:
        records = [json.loads(line) for line in Path(args.rescore).read_text(encoding="utf-8").splitlines() if line]
        print(json.dumps(summarise(records), ensure_ascii=False))
        return 0
    if not args.data_dir or not args.out:
        parser.error("--data-dir et --out sont nécessaires (ou --rescore)")

    from assistant import qa
    from assistant.runtime import load_llm
    from indexer.library import Library

    items = load_items(Path(args.devset), args.split)
    if args.ids:
        wanted = set(args.ids.split(","))
        items = [q for q in items if q["id"] in wanted]
    if args.limit:
        items = items[: args.limit]
    out = Path(args.out)
    done = set()
    if out.exists():
        done = {json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines() if line}
    lib = Library(Path(args.data_dir), create=False)
    llm = load_llm(data_dir=Path(args.data_dir))
    with out.open("a", encoding="utf-8") as sink:
        for item in items:
            if item["id"] in done:
                continue
            started = time.monotonic()
            first: list[float] = []
            answer = qa.ask(lib, llm, item["question"], on_evidence=_stopwatch(started, first))
            seconds = time.monotonic() - started
            record = {
                "id": item["id"],
                "split": item.get("split"),
                "answerable": item["answerable"],
                "near_miss": bool(item.get("near_miss")),
                "question": item["question"],
                "answer": answer.answer,
                "confidence": round(answer.confidence, 4),
                "citations": [c.to_json() for c in answer.citations],
                "evidence": [e.to_json() for e in answer.evidence][:2],
                **judge(lib, item, answer),
                "seconds": round(seconds, 2),
                "seconds_to_evidence": round(first[0], 2) if first else None,
                "load": round(os.getloadavg()[0], 2),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            }
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            sink.flush()
            print(json.dumps({k: record[k] for k in ("id", "refused", "seconds", "load")}
                             | {"right": record.get("right"), "wrong_shown": record["wrong_shown"]},
                             ensure_ascii=False), flush=True)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line]
    print(json.dumps(summarise(records), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
