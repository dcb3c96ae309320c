"""`sweetie eval`: replay labelled events through the detector and measure it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sweetie.connectors import pan12_labels, read_events, read_labels
from sweetie.detect.detector import Detector
from sweetie.detect.evaluation import evaluate
from sweetie.detect.model import DetectionModel
from sweetie.events import Assessment, ChatEvent

__all__ = ["detect_all", "run_eval"]


def detect_all(events: list[ChatEvent], model: DetectionModel | None = None) -> list[Assessment]:
    detector = Detector(model)
    state = detector.new_state()
    found: list[Assessment] = []
    for ev in events:
        state, assessments = detector.step(state, ev)
        found.extend(assessments)
    return found


def run_eval(
    events_path: Path, labels_path: Path, *, fmt: str = "chat-jsonl", model_path: Path | None
) -> dict[str, Any]:
    labels = pan12_labels(events_path, labels_path) if fmt == "pan12" else read_labels(labels_path)
    events = list(read_events([events_path], fmt))
    model = DetectionModel.load(model_path) if model_path else None
    return evaluate(labels, events, detect_all(events, model)).to_json()
