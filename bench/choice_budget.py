"""How many passages, how long each: what the choosing model reads costs its time, what it misses costs answers.

    python bench/choice_budget.py --data-dir D --split dev --configs 4-260,3-260,4-200

Reading the prompt is nearly all of a question's time (about 50 tokens a second on 2 threads,
measured in assistant/README.md), so each configuration ``top-budget`` (passages given to the model,
budget of each in four-character tokens) is judged, without the model, by:
- ``holds``: answerable questions where a passage holds every expected value (devset ``must_contain``);
- ``ceiling``: those where some candidate span is right (right value on an expected page);
- ``tokens``: the request's tokens (what :data:`assistant.choice.MODEL_CONTEXT` gives the model),
  by the default model's own tokenizer (mean, max), to which the fixed system prompt and worked
  example add ``fixed`` (read once, then reused from the cache).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import choice as ch  # noqa: E402
from assistant import prompts, qa  # noqa: E402
from bench.bench_choice import contains, judge, load_items  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--devset", default=str(ROOT / "bench" / "devset" / "qa.json"))
    parser.add_argument("--split", default="dev")
    parser.add_argument("--configs", default="4-260,3-260,4-200,3-200")
    parser.add_argument("--model", help="GGUF whose tokenizer counts (défaut : le modèle par défaut)")
    args = parser.parse_args(argv)

    from llama_cpp import Llama

    from assistant.models_store import resolve_model
    from indexer import Library

    path = resolve_model(args.model, None, Path(args.data_dir)).path
    vocab = Llama(model_path=str(path), vocab_only=True, verbose=False)  # the tokenizer alone: no weights read

    def count(text: str) -> int:
        return len(vocab.tokenize(text.encode("utf-8"), add_bos=False))

    configs = [tuple(int(x) for x in c.split("-")) for c in args.configs.split(",")]
    lib = Library(args.data_dir)
    stats: dict[tuple[int, ...], dict[str, Any]] = {c: {"holds": 0, "ceiling": 0, "tokens": []} for c in configs}
    worked = prompts.example("choix")
    fixed = count(prompts.load("systeme_documents")) + (sum(count(x) for x in worked) if worked else 0)
    items = load_items(Path(args.devset), args.split)
    for item in items:
        question = " ".join(item["question"].split())
        hits = qa.select_hits(lib, qa.retrieve(lib, question, qa.RETRIEVED), question, max(c[0] for c in configs))
        for top, budget in configs:
            # As the product reads them: the acts' next pages where there is room, the first passage's
            # continuation over a page break.
            passages = ch.passages_for(lib, qa.with_next_pages(hits[:top], top), question, qa._approx_tokens,
                                       qa.source_header, qa.document_context, budget, continued=True)
            documents = ch.model_documents(question, passages, ch.choose(None, question, passages).candidates)
            s = stats[(top, budget)]
            s["tokens"].append(count(prompts.fill(prompts.load("choix"), {"documents": documents,
                                                                           "question": question})))
            if item["answerable"]:
                must = item.get("must_contain") or []
                choice = ch.choose(None, question, passages)
                s["holds"] += any(all(contains(p.text, m) for m in must) for p in passages)
                s["ceiling"] += any(judge(lib, item, choice, i, question)["right"]
                                    for i in range(len(choice.candidates)))
    lib.close()
    answerable = sum(1 for i in items if i["answerable"])
    for (top, budget), s in stats.items():
        print(json.dumps({"passages": top, "budget": budget, "questions": len(items), "answerable": answerable,
                          "holds": s["holds"], "ceiling": s["ceiling"], "fixed_tokens": fixed,
                          "tokens_mean": round(statistics.mean(s["tokens"])), "tokens_max": max(s["tokens"])}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
