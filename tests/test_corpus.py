"""The committed corpus (data/train, data/heldout, the demo traffic) is well formed and clean."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
LANGS = {"en", "nl", "de", "tl", "ceb", "es"}
LABELS = {"solicitation", "facilitation", "benign"}
SPLITS = {
    "train": (ROOT / "data/train/events.jsonl", ROOT / "data/train/labels.jsonl", "tr-"),
    "heldout": (ROOT / "data/heldout/events.jsonl", ROOT / "data/heldout/labels.jsonl", "ho-"),
    "demo": (
        ROOT / "src/sweetie/data/demo_traffic.jsonl",
        ROOT / "data/demo/labels.jsonl",
        "demo-",
    ),
}
EVENT_KEYS = {"id", "ts", "network", "room", "conversation", "sender", "to", "text"}
TS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")

# Hygiene: clearly explicit words that must never appear in the corpus, in all six languages.
# Stems match at the start of a word; whole words match only on their own.
# fmt: off
DENY_STEMS = [
    "porn", "naked", "sexy", "xxx",  # en
    "naakt", "geil",  # nl
    "nackt", "geil",  # de
    "hubad", "libog", "kantot", "jakol",  # tl
    "libog",  # ceb
    "desnud", "cachond",  # es
]
# fmt: on
DENY_WORDS = ["sex", "seks", "sexo", "nude", "nudes", "boobs", "tits", "hubo", "iyot"]
_DENY = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(set(DENY_STEMS)))) + r")"
    r"|\b(?:" + "|".join(map(re.escape, DENY_WORDS)) + r")\b"
)


def _read(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:  # pragma: no cover - the failure message is the point
            pytest.fail(f"{path}:{n}: {exc}")
    return rows


@cache
def events(split: str) -> list[dict[str, Any]]:
    return _read(SPLITS[split][0])


@cache
def labels(split: str) -> list[dict[str, Any]]:
    return _read(SPLITS[split][1])


def _plain(text: str) -> str:
    """Undo the disguises the corpus uses, so the hygiene check sees through them."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("\u200b", "")
    text = text.translate(str.maketrans("оаесрхуі01345@7", "oaecpxyioieasat"))
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@pytest.mark.parametrize("split", SPLITS)
def test_events_are_well_formed(split: str) -> None:
    prefix = SPLITS[split][2]
    rows = events(split)
    assert rows
    last_ts = ""
    for e in rows:
        assert set(e) == EVENT_KEYS, e
        assert e["id"].startswith(prefix) and e["conversation"].startswith(prefix)
        assert TS.fullmatch(e["ts"]), e["ts"]
        assert e["ts"] >= last_ts, f"{e['id']}: file not sorted by ts"
        last_ts = e["ts"]
        assert e["text"] and e["sender"] and e["network"]
        # A private message has `to` and no room; a room message has a room and no `to`.
        assert (e["room"] is None) != (e["to"] is None), e


def test_ids_unique_across_all_files() -> None:
    ids = [e["id"] for s in SPLITS for e in events(s)]
    assert len(ids) == len(set(ids))
    convs = [lab["conversation"] for s in SPLITS for lab in labels(s)]
    assert len(convs) == len(set(convs))


@pytest.mark.parametrize("split", SPLITS)
def test_conversations_are_ordered_and_sized(split: str) -> None:
    by_conv: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in events(split):
        by_conv[e["conversation"]].append(e)
    for conv, msgs in by_conv.items():
        assert 6 <= len(msgs) <= 30, (conv, len(msgs))
        stamps = [m["ts"] for m in msgs]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps), conv
        kinds = {m["room"] is None for m in msgs}
        assert len(kinds) == 1, f"{conv}: mixes room and private messages"


@pytest.mark.parametrize("split", SPLITS)
def test_labels_match_events(split: str) -> None:
    by_id = {e["id"]: e for e in events(split)}
    convs = {e["conversation"] for e in by_id.values()}
    labs = labels(split)
    assert {lab["conversation"] for lab in labs} == convs
    for lab in labs:
        keys = {"conversation", "label", "offenders", "first_offence", "language"}
        # Training labels name the bank set that wrote them, so folds keep a writer together.
        assert set(lab) == (keys | {"group"} if split == "train" else keys)
        assert lab["label"] in LABELS and lab["language"] in LANGS
        senders = {e["sender"] for e in by_id.values() if e["conversation"] == lab["conversation"]}
        if lab["label"] == "benign":
            assert lab["offenders"] == [] and lab["first_offence"] is None, lab
            continue
        assert lab["offenders"] and set(lab["offenders"]) <= senders, lab
        first = by_id[lab["first_offence"]]
        assert first["conversation"] == lab["conversation"], lab
        assert first["sender"] in lab["offenders"], lab


@pytest.mark.parametrize("split", ["train", "heldout"])
def test_every_language_has_every_label(split: str) -> None:
    seen = {(lab["language"], lab["label"]) for lab in labels(split)}
    assert seen == {(lang, label) for lang in LANGS for label in LABELS}


def test_split_sizes_and_mix() -> None:
    # Train draws from two independently written bank sets, 540 conversations each.
    assert len(labels("train")) >= 1000 and len(labels("heldout")) >= 240
    for split in ("train", "heldout"):
        for lang in LANGS:
            mine = [lab["label"] for lab in labels(split) if lab["language"] == lang]
            share = mine.count("benign") / len(mine)
            assert 0.5 <= share <= 0.65, (split, lang, share)
    demo = [lab["label"] for lab in labels("demo")]
    assert 50 <= len(demo) <= 70 and 10 <= len(demo) - demo.count("benign") <= 14


def test_heldout_shares_no_conversation_or_phrasing_with_train() -> None:
    train_convs = {lab["conversation"] for lab in labels("train")}
    assert not train_convs & {lab["conversation"] for lab in labels("heldout")}
    train_texts = {e["text"] for e in events("train") if len(e["text"]) > 25}
    shared = sorted({e["text"] for e in events("heldout") if e["text"] in train_texts})
    assert not shared, shared[:10]


def test_offenders_and_others_draw_nicks_from_one_pool() -> None:
    # A nick may not give the label away: no nick style is used only by offenders.
    def style(nick: str) -> str:
        return re.sub(r"[a-z]+", "w", re.sub(r"\d+", "9", nick.lower()))

    offenders = {n for lab in labels("train") for n in lab["offenders"]}
    styles_off = {style(n) for n in offenders}
    styles_rest = {style(e["sender"]) for e in events("train") if e["sender"] not in offenders}
    assert styles_off <= styles_rest


@pytest.mark.parametrize("split", SPLITS)
def test_nothing_explicit(split: str) -> None:
    for e in events(split):
        hit = _DENY.search(_plain(e["text"]))
        assert hit is None, f"{e['id']}: {hit.group(0)!r}"


def test_training_messages_record_the_cue_they_carry() -> None:
    from sweetie.connectors import read_cue_labels
    from sweetie.detect.cues import ADULT, MINOR, NONE
    from sweetie.detect.state import CUE_CATEGORIES

    allowed = (*CUE_CATEGORIES, MINOR, ADULT, NONE)
    cues = read_cue_labels(ROOT / "data" / "train" / "cues.jsonl", allowed)
    ids = {e["id"] for e in events("train")}
    assert set(cues) <= ids
    # Most messages carry none; every cue the detector knows is taught by some message.
    assert sum(c == NONE for c in cues.values()) > len(cues) / 2
    assert {"cam_request", "payment", "secrecy", "offer", MINOR} <= set(cues.values())
