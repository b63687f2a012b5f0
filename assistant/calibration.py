"""Confidence as a calibrated probability: a logistic regression over a handful of signals.

The signals (:data:`FEATURES`) are computed for the span the model chose; the weights are fitted by
``bench/calibrate_confidence.py`` on the development set's cached features (never on the held-out
part) and stored in ``resources/calibration/confidence.json`` with the default threshold. A model
file other than the default one gets its own threshold from the calibration pack
(:mod:`assistant.model_check`), the weights staying the same.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "resources" / "calibration" / "confidence.json"
FEATURES = ("selection", "margin", "none", "rank", "agreement", "entities", "local", "unit")


@dataclass
class ConfidenceModel:
    weights: dict[str, float]
    bias: float
    threshold: float
    fitted_on: str = ""
    figures: dict[str, float] = field(default_factory=dict)

    def probability(self, signals: Mapping[str, float]) -> float:
        z = self.bias + sum(w * float(signals.get(k, 0.0)) for k, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, object]:
        return {
            "weights": self.weights,
            "bias": self.bias,
            "threshold": self.threshold,
            "fitted_on": self.fitted_on,
            "figures": self.figures,
        }


# Before any fit: the chosen span's probability alone, which is what the model says.
FALLBACK = ConfidenceModel({"selection": 6.0, "none": -4.0, "entities": 2.0}, -4.0, 0.5, "valeurs de départ")

# Which span is chosen: the model's probability for it, weighed with how much of the question its
# own sentence or row holds (a small model happily picks the figure of the neighbouring row).
SPAN_FEATURES = ("selection", "unit", "local", "rank")


@dataclass
class SpanRanker:
    """A logistic score per candidate span, fitted on the development set's candidates (right or
    not) by ``bench/calibrate_choice.py``; the highest admissible one is chosen."""

    weights: dict[str, float]
    bias: float = 0.0

    def score(self, signals: Mapping[str, float]) -> float:
        return self.bias + sum(w * float(signals.get(k, 0.0)) for k, w in self.weights.items())

    def to_json(self) -> dict[str, object]:
        return {"weights": self.weights, "bias": self.bias}


# Before any fit (or in a weights file without a ranker): the model's own choice.
MODEL_ALONE = SpanRanker({"selection": 1.0})

# The passage shown before the model has run (« Passage le plus proche », in the first second): the
# same ranker without the model's probability, fitted on whether the span's window holds the answer
# (bench/calibrate_choice.py, "apercu"). With the choice's ranker and the candidates' order standing in
# for the model, the first passage held the answer for 34 of the 61 answerable dev questions; fitted
# this way, 40 (5-fold cross-validation, assistant/README.md, 12th session).
PREVIEW_FEATURES = ("unit", "local", "rank")


@cache
def default_ranker() -> SpanRanker:
    try:
        data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["choix"]
    except (OSError, ValueError, KeyError, TypeError):
        return MODEL_ALONE
    return SpanRanker({k: float(v) for k, v in data["weights"].items()}, float(data.get("bias", 0.0)))


@cache
def default_preview_ranker() -> SpanRanker:
    """The ranker of the passage shown before the model; without one in the weights file, the choice's."""
    try:
        data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["apercu"]
    except (OSError, ValueError, KeyError, TypeError):
        return default_ranker()
    return SpanRanker({k: float(v) for k, v in data["weights"].items()}, float(data.get("bias", 0.0)))


@cache
def default_model() -> ConfidenceModel:
    try:
        data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return FALLBACK
    return ConfidenceModel(
        {k: float(v) for k, v in data["weights"].items()},
        float(data["bias"]),
        float(data["threshold"]),
        str(data.get("fitted_on", "")),
        {k: float(v) for k, v in data.get("figures", {}).items()},
    )


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000, rate: float = 0.5
) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-regularised logistic regression, by gradient descent (numpy only:
    no scikit-learn to ship for a dozen numbers)."""
    n, d = x.shape
    w, b = np.zeros(d), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        grad_w = x.T @ (p - y) / n + l2 * w / n
        grad_b = float(np.mean(p - y))
        w -= rate * grad_w
        b -= rate * grad_b
    return w, b


def matrix(rows: Sequence[Mapping[str, float]], features: Sequence[str] = FEATURES) -> np.ndarray:
    return np.array([[float(r.get(f, 0.0)) for f in features] for r in rows], dtype=float)


def lowest_threshold(unanswerable_scores: Sequence[float], share: float = 0.95) -> float:
    """The lowest threshold that refuses at least ``share`` of the unanswerable questions (refused:
    confidence below the threshold)."""
    scores = sorted(unanswerable_scores)
    if not scores:
        return 0.5
    for t in sorted({round(s + 1e-4, 4) for s in scores} | {0.0}):
        if sum(s < t for s in scores) >= share * len(scores):
            return t
    return 1.0


def bounded_threshold(
    unanswerable: Sequence[float],
    answerable: Sequence[tuple[float, bool]],
    refuse_share: float = 0.95,
    wrong_max: float = 0.05,
    total_answerable: int | None = None,
) -> float:
    """The lowest threshold that refuses ≥ ``refuse_share`` of the unanswerable questions **and** shows a
    wrong answer to at most ``wrong_max`` of the answerable ones (``answerable``: confidence and whether
    the answer was right). The first condition alone depends on the unanswerable questions only: a
    model that refuses them with a hard 0 would get a threshold of 0 and show every confident wrong
    answer (measured on the dev set: bench/calibrate_choice.py)."""
    t = lowest_threshold(unanswerable, refuse_share)
    total = len(answerable) if total_answerable is None else total_answerable
    for cut in sorted({t} | {round(p + 1e-4, 4) for p, _ in answerable if p >= t}):
        if sum(1 for p, right in answerable if p >= cut and not right) <= wrong_max * total:
            return cut
    return 1.0
