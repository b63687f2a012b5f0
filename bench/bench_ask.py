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

from assistant.quotes import is_verbatim  # noqa: E402
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


def judge_libre(lib: Any, item: dict[str, Any], answer: Any, threshold: float) -> dict[str, Any]:
    """The free answer (``approach="libre"``), asked at threshold 0 so that every answer the model
    writes is judged, shown or not: ``refused`` is then the shipped decision at ``threshold`` (the
    model said it does not know, or its confidence is below it), and ``right_if_shown`` lets the
    threshold be fitted afterwards (:func:`libre_cv`).

    * evidence hit@1: the page of the first citation (an answer) or of the first source given to the
      model (no citation) holds every ``must_contain``; a page, not a passage of ~700 characters as
      for the evidence-first approach, so it is the more lenient of the two;
    * verbatim: every citation's quote is a slice of its page's stored text once runs of white space
      are made one space (the product's own test, ``assistant.quotes.is_verbatim``: the free answer
      quotes a sentence whose line breaks became spaces); ``verbatim_strict`` without that; a citation
      whose quote could not be located is shown without one (``unquoted_citations``);
    * ``right_strict_if_shown``: as ``right_if_shown`` but the written answer alone, not the quote
      under it, holds every ``must_contain`` (a sentence giving another figure than its quote is
      right by the shared rule, wrong by this one).
    """
    must = item.get("must_contain") or []
    idk = answer.refused  # at threshold 0 only the model's "je ne sais pas" (or no source) refuses
    refused = idk or answer.confidence < threshold
    quotes = [(c.quote, lib.page_text(lib.act(c.act_id).file_id, c.page)) for c in answer.citations if c.quote]
    row: dict[str, Any] = {"refused": refused, "idk": idk, "kind": answer.kind,
                           "verbatim": all(is_verbatim(q, page) for q, page in quotes),
                           "verbatim_strict": all(q in page for q, page in quotes),
                           "unquoted_citations": len(answer.citations) - len(quotes)}
    cited = answer.citations[0] if answer.citations else None
    if item["answerable"]:
        if cited is not None:
            page = lib.page_text(lib.act(cited.act_id).file_id, cited.page)
        elif answer.sources:
            first = answer.sources[0]
            page = lib.page_text(lib.act(first["act_id"]).file_id, first["page"]) if "act_id" in first else ""
        else:
            page = ""
        row["evidence_hit"] = bool(page) and all(contains(page, m) for m in must)
        said = answer.answer + " " + (cited.quote or "" if cited else "")
        row["right_if_shown"] = (
            not idk
            and cited is not None
            and all(contains(said, m) for m in must)
            and source_ok(lib, cited.act_id, cited.page, item.get("sources", []))
        )
        row["right_strict_if_shown"] = row["right_if_shown"] and all(contains(answer.answer, m) for m in must)
        row["right"] = not refused and row["right_if_shown"]
        row["wrong_shown"] = not refused and not row["right"]
    else:
        row["wrong_shown"] = not refused
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


def libre_score(record: dict[str, Any]) -> float:
    """A free answer's confidence, 0 when the model said it does not know (never shown): the part of
    ``calibrate_choice.score`` that gives 0 to a question with no candidate."""
    return 0.0 if record["idk"] else float(record["confidence"])


def libre_shown(record: dict[str, Any], threshold: float) -> bool:
    return not record["idk"] and float(record["confidence"]) >= threshold


def libre_threshold(records: list[dict[str, Any]], wrong_max: float) -> float:
    """``calibrate_choice.threshold_for`` for free answers: the lowest threshold refusing ≥ 95 % of the
    unanswerable questions and showing a wrong answer to at most ``wrong_max`` of the answerable ones."""
    from assistant.calibration import bounded_threshold

    una = [libre_score(r) for r in records if not r["answerable"]]
    ans = [(libre_score(r), bool(r["right_if_shown"])) for r in records if r["answerable"] and not r["idk"]]
    total = sum(1 for r in records if r["answerable"])
    return bounded_threshold(una, ans, 0.95, wrong_max, total)


def libre_figures(records: list[dict[str, Any]], shown: dict[str, bool], right_key: str = "right_if_shown"
                  ) -> dict[str, Any]:
    """Right, wrong shown (% of answerable), unanswerable refused, given which questions are shown."""
    ans = [r for r in records if r["answerable"]]
    una = [r for r in records if not r["answerable"]]

    def pct(part: int, whole: int) -> float:
        return round(100 * part / whole, 1) if whole else 0.0

    right = sum(1 for r in ans if shown[r["id"]] and r[right_key])
    wrong = sum(1 for r in ans if shown[r["id"]] and not r[right_key])
    return {
        "answerable": len(ans),
        "unanswerable": len(una),
        "right_with_citation_pct": pct(right, len(ans)),
        "wrong_shown_pct_of_answerable": pct(wrong, len(ans)),
        "unanswerable_refused_pct": pct(sum(1 for r in una if not shown[r["id"]]), len(una)),
        "unanswerable_shown": sum(1 for r in una if shown[r["id"]]),
        "right_n": right,
        "wrong_n": wrong,
    }


def libre_cv(records: list[dict[str, Any]], k: int = 5, wrong_max: float | None = None
             ) -> tuple[dict[str, bool], list[float]]:
    """Threshold fitted on k−1 folds (``calibrate_choice``'s folds and rule), applied to the k-th.
    Returns whether each question is shown and the k thresholds."""
    from bench.calibrate_choice import WRONG_MAX, fold_of

    bound = WRONG_MAX if wrong_max is None else wrong_max
    shown: dict[str, bool] = {}
    thresholds = []
    for f in range(k):
        t = libre_threshold([r for r in records if fold_of(r["id"], k) != f], bound)
        thresholds.append(t)
        for r in records:
            if fold_of(r["id"], k) == f:
                shown[r["id"]] = libre_shown(r, t)
    return shown, thresholds


def rescore_libre(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The free-answer figures: at the threshold the code ships (as asked), cross-validated, and the
    same with the stricter judge (the written answer alone holds the expected words)."""
    shipped = float(records[0]["threshold_shipped"])
    at_shipped = {r["id"]: libre_shown(r, shipped) for r in records}
    cv, thresholds = libre_cv(records)
    cv_una_only, thresholds_una = libre_cv(records, wrong_max=1.0)
    ans = [r for r in records if r["answerable"]]
    lines: list[dict[str, Any]] = [
        {"scoring": "seuil_du_code", "threshold": shipped, **libre_figures(records, at_shipped),
         "strict": libre_figures(records, at_shipped, "right_strict_if_shown")},
        {"scoring": "validation_croisee_5_plis", "thresholds": thresholds, **libre_figures(records, cv),
         "strict": libre_figures(records, cv, "right_strict_if_shown")},
        {"scoring": "validation_croisee_sans_borne_fausses", "thresholds": thresholds_una,
         **libre_figures(records, cv_una_only)},
        {"scoring": "toutes_affichees", **libre_figures(records, {r["id"]: not r["idk"] for r in records}),
         "idk_answerable": sum(r["idk"] for r in ans),
         "idk_unanswerable": sum(r["idk"] for r in records if not r["answerable"])},
    ]
    seconds = [r["seconds"] for r in records]
    common = summarise(records)
    lines.append({"scoring": "commun",
                  "evidence_hit_at_1_pct": common["evidence_hit_at_1_pct"],
                  "verbatim_pct": common["verbatim_pct"],
                  "verbatim_strict_pct": round(100 * sum(r.get("verbatim_strict", True) for r in records)
                                               / len(records), 1),
                  "unquoted_citations": sum(r.get("unquoted_citations", 0) for r in records),
                  "seconds_over_25_pct": round(100 * sum(s > 25 for s in seconds) / len(seconds), 1),
                  "load_min": min(r["load"] for r in records), "load_max": max(r["load"] for r in records),
                  "load_median": statistics.median(r["load"] for r in records),
                  **{k: common[k] for k in ("seconds_mean", "seconds_median", "seconds_max", "peak_rss_mb")}})
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", help="bibliothèque du corpus déjà importée")
    parser.add_argument("--devset", default=str(ROOT / "bench" / "devset" / "qa.json"))
    parser.add_argument("--split", default="heldout", help="dev, heldout ou all")
    parser.add_argument("--out", help="une ligne JSON par question (reprise : les questions déjà faites sont sautées)")
    parser.add_argument("--ids", help="seulement ces questions (QA01,UQ03,…)")
    parser.add_argument("--limit", type=int, help="seulement les N premières (réponse et sans réponse alternées)")
    parser.add_argument("--rescore", help="chiffres depuis ce fichier, sans modèle")
    parser.add_argument("--approach", choices=("choix", "libre"), default="choix",
                        help="choix (livré : le modèle choisit un passage) ou libre (réponse rédigée puis vérifiée, "
                        "celle des courriels ; posée au seuil 0 puis décidée au seuil du code)")
    args = parser.parse_args(argv)

    if args.rescore:
        records = [json.loads(line) for line in Path(args.rescore).read_text(encoding="utf-8").splitlines() if line]
        if records and records[0].get("approach") == "libre":
            for line in rescore_libre(records):
                print(json.dumps(line, ensure_ascii=False))
            return 0
        print(json.dumps(summarise(records), ensure_ascii=False))
        return 0
    if not args.data_dir or not args.out:
        parser.error("--data-dir et --out sont nécessaires (ou --rescore)")

    from assistant import qa
    from assistant.confidence import DEFAULT_THRESHOLD
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
            if args.approach == "libre":
                answer = qa.ask(lib, llm, item["question"], threshold=0.0, approach="libre")
            else:
                answer = qa.ask(lib, llm, item["question"], on_evidence=_stopwatch(started, first))
            seconds = time.monotonic() - started
            judged = (judge_libre(lib, item, answer, DEFAULT_THRESHOLD) if args.approach == "libre"
                      else judge(lib, item, answer))
            record = {
                "id": item["id"],
                "approach": args.approach,
                "split": item.get("split"),
                "answerable": item["answerable"],
                "near_miss": bool(item.get("near_miss")),
                "question": item["question"],
                "answer": answer.answer,
                "confidence": round(answer.confidence, 4),
                "citations": [c.to_json() for c in answer.citations],
                "evidence": [e.to_json() for e in answer.evidence][:2],
                **judged,
                **({"raw_answer": answer.raw_answer, "reasons": answer.reasons, "signals": answer.signals,
                    "penalties": answer.penalties, "sources": answer.sources[:4], "threshold_asked": 0.0,
                    "threshold_shipped": DEFAULT_THRESHOLD} if args.approach == "libre" else {}),
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
