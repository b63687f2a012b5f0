"""Any GGUF model: check the file, calibrate its refusal threshold on the shipped pack, remember it.

* :func:`inspect_model` — the file is a GGUF, it loads, its size and SHA-256, its chat template.
* :func:`calibrate` — the calibration pack (``resources/calibration/pack.json``: questions over
  ``sample_deliberations/``, answerable and not) asked with threshold 0; the model's threshold is the
  lowest that refuses ≥ 95 % of the pack's unanswerable questions.
* :class:`CalibrationStore` — results per model file (``<données>/models/calibrations.json``, keyed
  by SHA-256, with size and mtime to notice a replaced file without hashing it again).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from assistant import text as tx
from assistant.calibration import bounded_threshold, default_model
from indexer.digest import sha256_file
from indexer.progress import CancelToken, Progress, ProgressStage

PACK = Path(__file__).resolve().parent.parent / "resources" / "calibration" / "pack.json"
STORE_NAME = "calibrations.json"
REFUSE_SHARE = 0.95
WRONG_SHARE = 0.05  # and at most this share of the answerable ones answered wrong (the dev set's rule)


@dataclass
class ModelReport:
    path: str
    size: int
    sha256: str
    loads: bool
    chat_template: bool
    error: str | None = None  # French, for the clerk

    @property
    def usable(self) -> bool:
        return self.loads and self.chat_template


@dataclass
class Calibration:
    sha256: str
    path: str
    size: int
    mtime_ns: int
    threshold: float
    answerable_right: float  # share of the pack's answerable answered right at that threshold
    unanswerable_refused: float
    questions: int
    seconds: float
    date: str = ""
    details: list[dict[str, Any]] = field(default_factory=list)
    # True when the pack could not place the threshold (every unanswerable question refused by a hard
    # check) and the development set's was kept: the settings say so, not « measured on this model ».
    kept_default: bool = False


def inspect_model(
    path: str | Path,
    load: Callable[[Path], Any] | None = None,
    on_block: Callable[[int], None] | None = None,
) -> ModelReport:
    """Checks a model file without changing anything. ``load(path)`` returns a loaded model (with a
    ``chat_template`` attribute or ``metadata``) or raises; by default llama.cpp reads its vocabulary
    and metadata only."""
    p = Path(path)
    if not p.is_file():
        return ModelReport(str(p), 0, "", False, False, f"Le fichier « {p} » est introuvable.")
    size = p.stat().st_size
    with open(p, "rb") as f:
        magic = f.read(4)
    if magic != b"GGUF":
        return ModelReport(str(p), size, sha256_file(p, on_block), False, False,
                           f"« {p.name} » n'est pas un modèle de langue au format GGUF. Choisissez un fichier "
                           ".gguf ; le modèle actuel reste utilisé, rien n'a été modifié.")
    digest = sha256_file(p, on_block)
    try:
        template = (load or _load_metadata)(p)
    except Exception as exc:  # llama.cpp reports a damaged file as ValueError or RuntimeError
        return ModelReport(str(p), size, digest, False, False,
                           f"« {p.name} » n'a pas pu être chargé comme modèle de langue (fichier GGUF endommagé, "
                           f"incomplet ou d'un autre type : {type(exc).__name__}). Le modèle actuel reste utilisé, "
                           "rien n'a été modifié.")
    if not template:
        return ModelReport(str(p), size, digest, True, False,
                           f"« {p.name} » se charge mais n'a pas de gabarit de conversation (chat template) : "
                           "ce n'est pas un modèle « instruct ». Choisissez un modèle de conversation.")
    return ModelReport(str(p), size, digest, True, True)


def _load_metadata(path: Path) -> str:
    from llama_cpp import Llama

    llama = Llama(model_path=str(path), vocab_only=True, verbose=False)
    try:
        return str(llama.metadata.get("tokenizer.chat_template") or "")
    finally:
        llama.close()


def load_pack(path: Path = PACK) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [{**q, "answerable": True} for q in data["answerable"]] + [
        {**q, "answerable": False} for q in data["unanswerable"]
    ]


def _right(answer: Any, item: dict[str, Any]) -> bool:
    shown = answer.answer + " " + " ".join(e.text for e in getattr(answer, "evidence", []))
    for needle in item.get("must_contain", []):
        numbers = tx.numbers(needle)
        if not (numbers and numbers <= tx.numbers(shown)) and tx.fold(needle) not in tx.fold(shown):
            return False
    wanted = {s["path"] for s in item.get("sources", [])}
    return any(any(c.path.endswith(w) for w in wanted) for c in answer.citations)


def calibrate(
    lib: Any,
    llm: Any,
    model_path: str | Path,
    sha256: str,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
    pack: list[dict[str, Any]] | None = None,
) -> Calibration:
    """Every pack question asked at threshold 0, then the lowest threshold refusing ≥ 95 % of the
    unanswerable ones and showing a wrong answer to at most 5 % of the answerable ones (never below
    the default threshold when no unanswerable question got past the hard checks);
    ``lib`` is a library holding ``sample_deliberations/``."""
    from assistant.qa import ask

    items = pack if pack is not None else load_pack()
    started = time.monotonic()
    details = []
    for i, item in enumerate(items):
        if cancel is not None:
            cancel.raise_if_cancelled()
        answer = ask(lib, llm, item["question"], threshold=0.0, cancel=cancel)
        details.append({"id": item["id"], "answerable": item["answerable"], "confidence": answer.confidence,
                        "right": item["answerable"] and not answer.refused and _right(answer, item),
                        "kind": answer.kind})
        if progress is not None:
            progress(Progress(i + 1, len(items), ProgressStage.MODEL, item["id"]))
    una = [d["confidence"] for d in details if not d["answerable"]]
    ans = [d for d in details if d["answerable"]]
    threshold = bounded_threshold(una, [(d["confidence"], bool(d["right"])) for d in ans], REFUSE_SHARE, WRONG_SHARE)
    kept_default = False
    if not any(c > 0 for c in una) and threshold < default_model().threshold:
        # Every unanswerable question refused by a hard check says nothing of where confident wrong
        # answers start: a two-question pack gave 0,0001. The development set's threshold stands.
        threshold, kept_default = default_model().threshold, True
    right = sum(1 for d in ans if d["right"] and d["confidence"] >= threshold)
    st = Path(model_path).stat()
    return Calibration(
        sha256, str(model_path), st.st_size, st.st_mtime_ns, threshold,
        round(right / len(ans), 3) if ans else 0.0,
        round(sum(1 for c in una if c < threshold) / len(una), 3) if una else 1.0,
        len(items), round(time.monotonic() - started, 1), time.strftime("%Y-%m-%d %H:%M"), details, kept_default,
    )


class CalibrationStore:
    """Calibrations per model file, in the data folder's models directory."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / STORE_NAME

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def save(self, result: Calibration) -> None:
        data = self._read()
        data[result.sha256] = asdict(result)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)

    def for_file(self, model_path: str | Path) -> Calibration | None:
        """The calibration of this very file: same path, size and mtime (no re-hashing of 1 GB)."""
        p = Path(model_path)
        if not p.is_file():
            return None
        st = p.stat()
        wanted = (str(p), st.st_size, st.st_mtime_ns)
        for entry in self._read().values():
            if (entry.get("path"), entry.get("size"), entry.get("mtime_ns")) == wanted:
                return Calibration(**entry)
        return None


@dataclass
class CheckOutcome:
    report: ModelReport
    calibration: Calibration | None = None


def check_and_calibrate(
    model_path: str | Path,
    store: CalibrationStore,
    library: Callable[[Callable[[Progress], None] | None, CancelToken | None], Any],
    open_model: Callable[[Path], Any],
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
    inspect_load: Callable[[Path], Any] | None = None,
    pack: list[dict[str, Any]] | None = None,
) -> CheckOutcome:
    """The settings' "Vérifier et calibrer": check the file, then calibrate it and store the result.

    ``library(progress, cancel)`` gives a library holding ``sample_deliberations/`` (imported once
    into the data folder); ``open_model(path)`` a loaded model, closed here. Nothing is stored when
    the file is not a usable model: the current model and its threshold stay as they were.
    """
    p = Path(model_path)
    total = p.stat().st_size if p.is_file() else 0
    hashed = 0

    def on_block(size: int) -> None:
        nonlocal hashed
        hashed += size
        if cancel is not None:
            cancel.raise_if_cancelled()
        if progress is not None:
            progress(Progress(hashed, total, ProgressStage.VERIFY, p.name))

    report = inspect_model(p, inspect_load, on_block)
    if not report.usable:
        return CheckOutcome(report)
    lib = library(progress, cancel)
    llm = open_model(p)
    try:
        result = calibrate(lib, llm, p, report.sha256, progress, cancel, pack)
    finally:
        close = getattr(llm, "close", None)
        if close is not None:
            close()
    store.save(result)
    return CheckOutcome(report, result)
