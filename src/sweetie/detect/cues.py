"""Semantic cues: the cue categories a message says, read from its sentence embedding.

Rules know the phrasings somebody wrote them for; a new writer says "videoanruf ohne dass
wer dabei ist" or "geh in der siebten" and no rule fires. This model reads the same
multilingual embedding the semantic classifier uses and names the cue category a message
carries (a cam request, a payment, a child saying they are in school, ...), so a paraphrase
nobody wrote a rule for still counts as that cue. It is trained on messages whose move the
corpus records (data/train/cues.jsonl), and each category fires only above a threshold set
from measurements: the precision it reaches on a writer group it was not trained on.

A semantic cue is an indicator like a rule's: it names its category, the message it came
from (the whole message is its span) and its probability, and it weighs less than a rule.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from sweetie.detect.semantic import DIMENSIONS, ENCODER, encode, prime

__all__ = ["MINOR", "NONE", "CueModel", "fit_cue_model"]

NONE = "none"  # a message that carries no cue
MINOR = "minor"  # the speaker presents as a minor (age, school year, school life)
ADULT = "adult"  # the speaker states an adult age: learnt so it is told apart from MINOR
# A category fires only where it reaches this precision on writers it never saw.
TARGET_PRECISION = 0.9
# Never below this probability, however precise the category measured.
MIN_THRESHOLD = 0.5


@dataclass(frozen=True)
class CueModel:
    classes: tuple[str, ...]
    weights: Sequence[Sequence[float]]  # one row of DIMENSIONS per class
    intercepts: Sequence[float]
    thresholds: Mapping[str, float]  # the categories that may fire, each at its threshold
    encoder: str = ENCODER
    meta: Mapping[str, Any] = field(default_factory=dict)
    _w: npt.NDArray[np.float32] = field(init=False, repr=False, compare=False)
    _b: npt.NDArray[np.float32] = field(init=False, repr=False, compare=False)
    _fire: tuple[tuple[int, str, float], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.encoder != ENCODER:
            raise ValueError(f"encoder: {self.encoder!r} is not {ENCODER!r}")
        if NONE not in self.classes or len(set(self.classes)) != len(self.classes):
            raise ValueError(f"classes: must be distinct and include {NONE!r}")
        if len(self.weights) != len(self.classes) or len(self.intercepts) != len(self.classes):
            raise ValueError("weights: one row and one intercept per class")
        if any(len(row) != DIMENSIONS for row in self.weights):
            raise ValueError(f"weights: every row holds {DIMENSIONS} values")
        unknown = set(self.thresholds) - (set(self.classes) - {NONE, ADULT})
        if unknown:
            raise ValueError(f"thresholds: not a cue class: {sorted(unknown)}")
        if any(not 0.0 < t <= 1.0 for t in self.thresholds.values()):
            raise ValueError("thresholds: each in (0, 1]")
        object.__setattr__(self, "_w", np.asarray(self.weights, dtype=np.float32))
        object.__setattr__(self, "_b", np.asarray(self.intercepts, dtype=np.float32))
        fire = tuple(
            (self.classes.index(c), c, float(t)) for c, t in sorted(self.thresholds.items())
        )
        object.__setattr__(self, "_fire", fire)

    def probabilities(self, text: str) -> npt.NDArray[np.float32]:
        z = self._w @ encode(text) + self._b
        z = np.exp(z - z.max())
        result: npt.NDArray[np.float32] = z / z.sum()
        return result

    def cues(self, text: str) -> list[tuple[str, float]]:
        """The categories this message carries, with their probabilities."""
        if not text or not self._fire:
            return []
        p = self.probabilities(text)
        return [(c, float(p[i])) for i, c, t in self._fire if p[i] >= t]

    def to_json(self) -> dict[str, Any]:
        return {
            "encoder": self.encoder,
            "classes": list(self.classes),
            "weights": [[round(float(w), 5) for w in row] for row in self.weights],
            "intercepts": [round(float(b), 6) for b in self.intercepts],
            "thresholds": {c: round(float(t), 4) for c, t in sorted(self.thresholds.items())},
            "meta": dict(self.meta),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CueModel:
        rows = data["weights"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise ValueError("weights: must be a list of rows of numbers")
        return cls(
            classes=tuple(str(c) for c in data["classes"]),
            weights=tuple(tuple(float(w) for w in row) for row in rows),
            intercepts=tuple(float(b) for b in data["intercepts"]),
            thresholds={str(k): float(v) for k, v in dict(data["thresholds"]).items()},
            encoder=str(data.get("encoder", "")),
            meta=dict(data.get("meta", {})),
        )


def _fit(matrix: npt.NDArray[np.float32], labels: Any) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=4.0, max_iter=2000)
    model.fit(matrix, list(labels))
    return model


def _threshold(probs: npt.NDArray[np.float64], gold: npt.NDArray[np.bool_]) -> float | None:
    """The lowest probability at which the category keeps TARGET_PRECISION; None if never."""
    order = np.argsort(-probs)
    hits = np.cumsum(gold[order])
    precision = hits / np.arange(1, len(order) + 1)
    ok = np.nonzero((precision >= TARGET_PRECISION) & gold[order])[0]
    if len(ok) == 0 or hits[ok[-1]] < 5:
        return None
    return max(MIN_THRESHOLD, float(probs[order][ok[-1]]))


def fit_cue_model(
    texts: Sequence[str], labels: Sequence[str], groups: Sequence[str]
) -> CueModel | None:
    """Fit on every labelled message; set each category's threshold on held-out writers.

    With two or more writer groups, each group is scored by a model fitted on the others,
    and a category fires from the probability at which those unseen-writer scores keep
    TARGET_PRECISION; a category that never does is not allowed to fire. With one group
    there is nothing to measure on, and no model is made.
    """
    distinct = sorted(set(groups))
    classes = sorted(set(labels))
    if len(distinct) < 2 or NONE not in classes or len(classes) < 2:
        return None
    prime(texts)
    matrix = np.stack([encode(t) for t in texts])
    y = np.asarray(labels)
    g = np.asarray(groups)
    held_probs = np.zeros((len(texts), len(classes)))
    for group in distinct:
        inside = g != group
        if len(set(y[inside])) != len(classes):
            return None
        held_probs[~inside] = _fit(matrix[inside], y[inside]).predict_proba(matrix[~inside])
    thresholds: dict[str, float] = {}
    precision_at: dict[str, float] = {}
    for i, c in enumerate(classes):
        if c in (NONE, ADULT):
            continue
        t = _threshold(held_probs[:, i], y == c)
        if t is not None:
            thresholds[c] = round(t, 4)
            fired = held_probs[:, i] >= t
            precision_at[c] = round(float((y[fired] == c).mean()), 4)
    final = _fit(matrix, y)
    coef, intercept = final.coef_, final.intercept_
    if coef.shape[0] == 1:  # two classes: one row for the second; softmax([0, z]) = sigmoid(z)
        coef = np.vstack([np.zeros_like(coef), coef])
        intercept = np.concatenate([[0.0], intercept])
    order = [list(final.classes_).index(c) for c in classes]
    return CueModel(
        classes=tuple(classes),
        weights=tuple(tuple(float(w) for w in coef[i]) for i in order),
        intercepts=tuple(float(intercept[i]) for i in order),
        thresholds=thresholds,
        meta={"messages": len(texts), "groups": distinct, "held_out_precision": precision_at},
    )
