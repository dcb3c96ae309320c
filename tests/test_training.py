"""`sweetie train`: folds and held-out reports that measure phrasing the model never saw."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sweetie.connectors import ConversationLabel, read_labels
from sweetie.detect.model import DetectionModel
from sweetie.detect.training import (
    Corpus,
    _assign_folds,
    split_by_group,
    train_model,
)
from sweetie.events import Label
from sweetie.runtime.training import load_corpus

ROOT = Path(__file__).resolve().parents[1]


def _label(cid: str, lang: str, group: str | None) -> ConversationLabel:
    return ConversationLabel(cid, Label.BENIGN, (), None, lang, group)


def test_group_is_read_written_and_optional(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    path.write_text(
        '{"conversation": "a", "label": "benign", "group": "writer1"}\n'
        '{"conversation": "b", "label": "benign"}\n',
        encoding="utf-8",
    )
    a, b = read_labels(path)
    assert a.group == "writer1" and a.to_json()["group"] == "writer1"
    assert b.group is None and "group" not in b.to_json()


def test_folds_follow_writer_groups_then_languages_then_hash() -> None:
    by_group = Corpus((), tuple(_label(f"c{i}", "en", f"g{i % 3}") for i in range(9)))
    folds, kind = _assign_folds(by_group, 5)
    assert kind == "by group"
    assert {folds[f"c{i}"] for i in range(9)} == {0, 1, 2}
    assert all(folds[f"c{i}"] == folds[f"c{i + 3}"] for i in range(6))

    langs = ("en", "nl", "de")
    by_language = Corpus((), tuple(_label(f"c{i}", langs[i % 3], None) for i in range(9)))
    folds, kind = _assign_folds(by_language, 5)
    assert kind == "by language"
    assert all(folds[f"c{i}"] == folds[f"c{i + 3}"] for i in range(6))

    # One group missing its name: groups cannot be trusted to keep writers apart.
    mixed = Corpus((), (*by_group.labels[:-1], _label("c8", "en", None)))
    assert _assign_folds(mixed, 5)[0] == _assign_folds(
        Corpus((), tuple(_label(f"c{i}", "en", None) for i in range(9))), 5
    )[0]


def test_report_holds_out_the_last_group_whole() -> None:
    corpus = Corpus((), tuple(_label(f"c{i}", "en", f"g{i % 3}") for i in range(9)))
    split = split_by_group(corpus)
    assert split is not None
    fit, held, group = split
    assert group == "g2"
    assert {lab.group for lab in held.labels} == {"g2"}
    assert {lab.group for lab in fit.labels} == {"g0", "g1"}
    ungrouped = Corpus((), tuple(_label(f"c{i}", "en", None) for i in range(9)))
    assert split_by_group(ungrouped) is None


@pytest.fixture(scope="module")
def small_corpus() -> Corpus:
    corpus = load_corpus([ROOT / "data" / "train"])
    keep: set[str] = set()
    seen: dict[tuple[str | None, str, str], int] = {}
    for lab in corpus.labels:
        key = (lab.group, lab.language, lab.label.value)
        if seen.get(key, 0) < 2:
            seen[key] = seen.get(key, 0) + 1
            keep.add(lab.conversation)
    return corpus.subset(keep)


def test_a_trained_model_round_trips_and_says_how_it_was_measured(
    small_corpus: Corpus, tmp_path: Path
) -> None:
    report = train_model(small_corpus, semantic=False, description="test")
    model = report.model
    assert model.meta["folds"] == "by group"
    assert 0.05 <= model.watch_threshold <= model.warn_threshold <= 0.99
    path = tmp_path / "m.model.json.gz"
    model.save(path)
    loaded = DetectionModel.load(path)
    assert loaded.version == model.version
    assert json.dumps(loaded.meta, sort_keys=True) == json.dumps(model.meta, sort_keys=True)
