"""The versioned detection model: classifier, combiner weights and calibrated thresholds.

A model file is gzipped JSON (data, never code: loading one cannot run anything). Its
version is derived from its content, so every assessment names exactly the weights that
produced it, and two files with the same version are the same model.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sweetie.detect.classifier import NGramClassifier
from sweetie.detect.cues import CueModel
from sweetie.detect.features import FEATURE_NAMES
from sweetie.detect.semantic import SemanticClassifier
from sweetie.events import ModelFileError

__all__ = ["FORMAT", "DetectionModel", "default_model"]

FORMAT = "sweetie-detection-model/1"
DEFAULT_MODEL = "default.model.json.gz"


@dataclass(frozen=True)
class DetectionModel:
    classifier: NGramClassifier
    coefficients: Mapping[str, float]
    intercept: float
    warn_threshold: float
    watch_threshold: float
    aggregation: str = "max"
    meta: Mapping[str, Any] = field(default_factory=dict)
    # Optional: without it the detector runs on rules and n-grams alone (no encoder).
    semantic: SemanticClassifier | None = None
    # Optional: semantic cues, the cue categories of paraphrases no rule was written for.
    cues: CueModel | None = None
    # The coefficients in FEATURE_NAMES order, derived once for the hot path.
    vector: list[float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        unknown = set(self.coefficients) - set(FEATURE_NAMES)
        if unknown:
            raise ValueError(f"coefficients: unknown features {sorted(unknown)}")
        if not 0.0 < self.watch_threshold <= self.warn_threshold < 1.0:
            raise ValueError("thresholds: need 0 < watch <= warn < 1")
        object.__setattr__(
            self, "vector", [float(self.coefficients.get(n, 0.0)) for n in FEATURE_NAMES]
        )

    def logit(self, x: Sequence[float]) -> float:
        return self.intercept + sum(w * v for w, v in zip(self.vector, x, strict=True))

    def probability(self, x: Sequence[float]) -> float:
        z = self.logit(x)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def explain(self, x: Sequence[float]) -> dict[str, float]:
        """Each feature's contribution to the logit, the non-zero ones only."""
        out = {"intercept": self.intercept}
        for name, w, v in zip(FEATURE_NAMES, self.vector, x, strict=True):
            if w * v != 0.0:
                out[name] = w * v
        return out

    # -- files -------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "classifier": self.classifier.to_json(),
            "semantic": None if self.semantic is None else self.semantic.to_json(),
            **({} if self.cues is None else {"cues": self.cues.to_json()}),
            "combiner": {
                "intercept": self.intercept,
                "coefficients": {n: self.coefficients.get(n, 0.0) for n in FEATURE_NAMES},
                "aggregation": self.aggregation,
            },
            "thresholds": {"warn": self.warn_threshold, "watch": self.watch_threshold},
            "meta": dict(self.meta),
        }

    @property
    def version(self) -> str:
        body = json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode()
        return "m-" + hashlib.sha256(body).hexdigest()[:12]

    def save(self, path: Path) -> None:
        body = json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode()
        path.parent.mkdir(parents=True, exist_ok=True)
        # mtime=0: the same model always gives the same bytes.
        with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
            out.write(body)

    @classmethod
    def load(cls, path: Path | str) -> DetectionModel:
        name = str(path)
        try:
            with gzip.open(path, "rb") as f:
                data = json.loads(f.read())
        except FileNotFoundError:
            raise ModelFileError("no such model file", source=name) from None
        except (OSError, EOFError, zlib.error, json.JSONDecodeError, UnicodeDecodeError) as e:
            raise ModelFileError(f"not a Sweetie model file ({e})", source=name) from None
        return cls.from_json(data, source=name)

    @classmethod
    def from_json(cls, data: Any, *, source: str = "<model>") -> DetectionModel:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            found = data.get("format") if isinstance(data, dict) else type(data).__name__
            raise ModelFileError(f"format {found!r} is not {FORMAT!r}", source=source)
        try:
            combiner = data["combiner"]
            return cls(
                classifier=NGramClassifier.from_json(data["classifier"]),
                semantic=None
                if data.get("semantic") is None
                else SemanticClassifier.from_json(data["semantic"]),
                cues=None if data.get("cues") is None else CueModel.from_json(data["cues"]),
                coefficients={str(k): float(v) for k, v in combiner["coefficients"].items()},
                intercept=float(combiner["intercept"]),
                aggregation=str(combiner.get("aggregation", "max")),
                warn_threshold=float(data["thresholds"]["warn"]),
                watch_threshold=float(data["thresholds"]["watch"]),
                meta=dict(data.get("meta", {})),
            )
        except KeyError as e:
            raise ModelFileError("missing key", source=source, field=str(e.args[0])) from None
        except (TypeError, ValueError, AttributeError) as e:
            raise ModelFileError(str(e), source=source) from None


def default_model_path() -> Path:
    return Path(str(resources.files("sweetie.detect") / "models" / DEFAULT_MODEL))


_DEFAULT: DetectionModel | None = None


def default_model() -> DetectionModel:
    """The model that ships inside the package (trained by `sweetie train` on data/train)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = DetectionModel.load(default_model_path())
    return _DEFAULT
