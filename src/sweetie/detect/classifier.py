"""The message classifier: character n-grams and a linear model.

Character n-grams survive Taglish, typos and spelling games that word features miss. It is
trained with scikit-learn, but scored here by looking every n-gram of a message up in a
plain table of weights: that is exact (a test checks it against scikit-learn), needs no
pickle to load (a model file is data, never code), and is fast enough for the hot path.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["NGramClassifier", "char_wb_ngrams"]


def char_wb_ngrams(text: str, lo: int, hi: int) -> set[str]:
    """The distinct n-grams scikit-learn's `analyzer="char_wb"` yields for `text`."""
    grams: set[str] = set()
    for word in text.split():
        padded = f" {word} "
        length = len(padded)
        for n in range(lo, hi + 1):
            if n > length:
                break
            for i in range(length - n + 1):
                grams.add(padded[i : i + n])
    return grams


@dataclass(frozen=True)
class NGramClassifier:
    """A linear model over binary char_wb n-grams of the normalised text."""

    weights: Mapping[str, float]
    intercept: float
    ngram_range: tuple[int, int] = (2, 5)
    meta: Mapping[str, Any] = field(default_factory=dict)

    def logit(self, normalised_text: str) -> float:
        lo, hi = self.ngram_range
        get = self.weights.get
        total = self.intercept
        for gram in char_wb_ngrams(normalised_text, lo, hi):
            total += get(gram, 0.0)
        return total

    def probability(self, normalised_text: str) -> float:
        return _sigmoid(self.logit(normalised_text))

    def to_json(self) -> dict[str, Any]:
        return {
            "ngram_range": list(self.ngram_range),
            "intercept": self.intercept,
            "weights": dict(sorted(self.weights.items())),
            "meta": dict(self.meta),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> NGramClassifier:
        lo, hi = data["ngram_range"]
        weights = data["weights"]
        if not isinstance(weights, dict) or not all(
            isinstance(k, str) and isinstance(v, int | float) for k, v in weights.items()
        ):
            raise ValueError("weights: must map n-grams to numbers")
        return cls(
            weights={k: float(v) for k, v in weights.items()},
            intercept=float(data["intercept"]),
            ngram_range=(int(lo), int(hi)),
            meta=dict(data.get("meta", {})),
        )

    @classmethod
    def train(
        cls,
        texts: Sequence[str],
        labels: Sequence[int],
        *,
        ngram_range: tuple[int, int] = (2, 5),
        c: float = 0.5,
        min_df: int = 2,
    ) -> NGramClassifier:
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import LogisticRegression

        vectorizer = CountVectorizer(
            analyzer="char_wb",
            ngram_range=ngram_range,
            binary=True,
            min_df=min_df,
            lowercase=False,
        )
        matrix = vectorizer.fit_transform(texts)
        model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        model.fit(matrix, list(labels))
        coef = model.coef_[0]
        vocabulary: dict[str, int] = vectorizer.vocabulary_
        # Tiny weights cost lookups and file size and change no decision.
        weights = {
            g: round(float(coef[i]), 5) for g, i in vocabulary.items() if abs(coef[i]) >= 1e-3
        }
        return cls(weights=weights, intercept=float(model.intercept_[0]), ngram_range=ngram_range)


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)
